"""Places of rival crowd figures told city by city, and of a list under a place heading
(sentences written for these tests)."""

from pathlib import Path

from claimcheck import pipeline


def _places(text: str, tmp: Path) -> list[tuple[int | float | None, str | None]]:
    path = tmp / "report.txt"
    path.write_text("date 2026-05-03\n\n" + text, encoding="utf-8")
    return [(c.value, c.place) for c in pipeline.extract([str(path)]).claims if c.measure == "participants"]


def test_a_while_clause_names_its_own_city_and_its_rival_figure_is_there_too(tmp_path):
    text = (
        "Nurses marched in four towns on Saturday. In Tartu police estimated 2,000 and the union "
        "5,000, while in Narva the march drew 900 people according to police and about 3,000 "
        "according to the union.\n"
    )
    assert _places(text, tmp_path)[-2:] == [(900, "Narva"), (3000, "Narva")]


def test_a_list_under_a_place_and_date_heading_is_that_place(tmp_path):
    text = (
        "How many marched? The nurses crowd counts\n\nThousands of nurses marched in Tartu and in "
        "Narva on Saturday, and the counts disagree.\n\nThe key numbers\n\n"
        "Tartu, 2 May\n• Police: 2,000\n• Union: 5,000\n\nNationwide, 2 May\n• Ministry: 9,000\n"
    )
    assert _places(text, tmp_path)[-3:] == [(2000, "Tartu"), (5000, "Tartu"), (9000, "nationwide")]
