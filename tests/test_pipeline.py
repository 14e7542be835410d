"""Pipeline: sources → claims, with per-source failures kept as problems."""

from __future__ import annotations

import sys
import types

import pytest

from claimcheck import pipeline
from claimcheck.models import Claim, Quantity, Source


def one_claim(source: Source, lexicon: object | None = None) -> list[Claim]:
    start = source.text.index("450")
    q = Quantity("450", start, start + 3, 450, 450, 450, "exact")
    return [Claim(source.id, source.path, source.date, "arrested", "protesters", q, 1, "")]


@pytest.fixture
def two_files(tmp_path):
    (tmp_path / "a.txt").write_text("Police arrested 450 protesters.\n")
    (tmp_path / "b.txt").write_text("Officials said 450 were held.\n")
    return tmp_path


def test_extract_runs_parser_per_source(two_files, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_claims", one_claim)
    result = pipeline.extract([str(two_files)])
    assert [s.id for s in result.sources] == ["a", "b"]
    assert [c.source for c in result.claims] == ["a", "b"]
    assert result.problems == ()


def test_parser_crash_becomes_problem_for_that_source_only(two_files, monkeypatch):
    def flaky(source: Source, lexicon: object | None = None) -> list[Claim]:
        if source.id == "a":
            raise KeyError("boom\nsecond line")
        return one_claim(source)

    monkeypatch.setattr(pipeline, "extract_claims", flaky)
    result = pipeline.extract([str(two_files), str(two_files / "missing.txt")])
    assert [c.source for c in result.claims] == ["b"]
    crash, missing = sorted(result.problems, key=lambda p: p.message)
    assert crash.level == "error" and crash.path.endswith("a.txt")
    assert crash.message.startswith("internal error while parsing: KeyError:")
    assert "\n" not in crash.message
    assert missing.level == "error" and missing.path.endswith("missing.txt")


def test_lexicon_passed_to_parser(two_files, monkeypatch):
    seen = []
    monkeypatch.setattr(pipeline, "load_lexicon", lambda path=None: ("lexicon", path))
    monkeypatch.setattr(pipeline, "extract_claims", lambda s, lex: seen.append(lex) or [])
    pipeline.extract([str(two_files)], lexicon_path="my.json")
    assert seen == [("lexicon", "my.json")] * 2


def fake_lexicon_module(load):
    module = types.ModuleType("claimcheck.lexicon")

    class LexiconError(ValueError):
        pass

    module.LexiconError = LexiconError
    module.load_lexicon = lambda path=None: load(path, LexiconError)
    return module


@pytest.mark.parametrize(
    "load, message",
    [
        pytest.param(
            lambda path, err: (_ for _ in ()).throw(err("bad JSON at line 3")),
            "lex.json: bad JSON at line 3",
            id="lexicon-error",
        ),
        pytest.param(
            lambda path, err: (_ for _ in ()).throw(err(f"lexicon {path} is not valid JSON")),
            "lexicon lex.json is not valid JSON",
            id="message-names-the-file",
        ),
        pytest.param(
            lambda path, err: open(path),
            "lex.json: cannot read lexicon: no such file or directory",
            id="missing-file",
        ),
    ],
)
def test_bad_lexicon_raises_input_error(tmp_path, monkeypatch, load, message):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "claimcheck.lexicon", fake_lexicon_module(load))
    with pytest.raises(pipeline.InputError) as info:
        pipeline.load_lexicon("lex.json")
    assert str(info.value) == message


def test_good_lexicon_is_returned(monkeypatch):
    module = fake_lexicon_module(lambda path, err: {"path": path})
    monkeypatch.setitem(sys.modules, "claimcheck.lexicon", module)
    assert pipeline.load_lexicon(None) == {"path": None}


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_only_while_a_stage_runs(enabled: bool) -> None:
    import gc

    seen: list[bool] = []
    (gc.enable if enabled else gc.disable)()
    try:
        pipeline.compare(["sources"], progress=lambda *_: seen.append(gc.isenabled()))
        assert seen and not any(seen)  # paused while reading and parsing
        assert gc.isenabled() is enabled  # and left as it was
    finally:
        gc.enable()


def test_an_undated_reports_look_back_is_an_earlier_events_figure(tmp_path) -> None:
    # the undated report's date would be its look back's, 2022, were the first full date in its
    # prose taken for it; its event is the dated reports', and its 2022 figure is of the period
    # before that event, apart from the toll
    (tmp_path / "a.txt").write_text(
        "July 2, 2024\n\nAt least 60 people were killed in a crush at a temple fair in Korvi on "
        "Tuesday, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "87 dead in Korvi temple crush\n\nAbout 87 people died in the crush at the temple fair in "
        "Korvi on Tuesday, the district police said.\n\nThe region has seen such disasters before. "
        "On January 1, 2022, officials said at least 12 people were killed in a crush at a shrine "
        "near Korvi.\n",
        encoding="utf-8",
    )
    report = pipeline.compare([str(tmp_path)])
    assert not report.events or len(report.events) == 1
    group_of = {c.text: g for g in report.groups for c in g.claims}
    assert group_of["At least 60"] is group_of["About 87"]
    assert group_of["at least 12"] is not group_of["About 87"]
    assert next(c for c in group_of["at least 12"].claims if c.text == "at least 12").period == "before"


def test_an_undated_report_takes_its_events_year_for_a_day_it_names(tmp_path) -> None:
    """A national strike's second day in an undated report ('On February 19, …') is of the year
    of the event's dated report: its own day's quantity, apart from the first day's."""
    strike = (
        "Unions said {n} demonstrators marched across Portugal against the labour law; the "
        "interior ministry counted {m}. Teachers, nurses and dockers joined the processions in "
        "Lisbon, Porto and Coimbra, and unions plan further days of action."
    )
    dated = tmp_path / "a.md"
    first = strike.format(n="1.5 million", m="690,000")
    dated.write_text("---\ndate: 2026-02-12\n---\nOn Thursday, " + first[0].lower() + first[1:])
    undated = tmp_path / "b.txt"
    second = strike.format(n="1.1 million", m="520,000")
    undated.write_text("On February 19, " + second[0].lower() + second[1:])
    report = pipeline.compare([str(dated), str(undated)])
    days = {c.quantity.text: c.as_of for g in report.groups for c in g.claims if c.source == "b"}
    assert days["1.1 million"] == "2026-02-19"
    groups = {c.quantity.text: g.id for g in report.groups for c in g.claims}
    assert groups["1.1 million"] != groups["1.5 million"]
