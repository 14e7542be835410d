"""Grouping, end to end: hand-written reports through pipeline.compare (the real parser and
matcher), checked on behaviour rather than on the exact claims found."""

from __future__ import annotations

import pytest

from claimcheck import pipeline
from claimcheck.render.common import timeline_text
from claimcheck.render.json_ import group_to_dict


def report(tmp_path, **texts: str):
    """Write one dated report per keyword (``a="2024-11-26|text"``) and compare them."""
    for name, dated in texts.items():
        date, text = dated.split("|", 1)
        (tmp_path / f"{name}.txt").write_text(f"---\ndate: {date}\n---\n{text}\n")
    result = pipeline.compare([str(tmp_path)])
    assert result.problems == ()
    return result


def group_with(result, text: str):
    (group,) = [g for g in result.groups if any(c.text == text for c in g.claims)]
    return group


POLICE_450 = "2024-11-26|Police said 450 protesters were arrested on Tuesday."


def test_a_figure_for_another_time_is_its_own_group(tmp_path):
    result = report(
        tmp_path,
        a="2024-11-26|Police said 450 protesters were arrested on Tuesday. Prior to the protest, "
        "4,000 PTI supporters were arrested.",
        b="2024-11-27|Nearly 1,000 protesters were arrested, the agency reported.",
    )
    overall, before = group_with(result, "450"), group_with(result, "4,000")
    assert overall is not before
    assert before.scope and before.status == "single" and before.conflicts == ()
    assert {c.text for c in overall.claims} == {"450", "Nearly 1,000"}
    # a day later the toll is higher: it rose, it is not contradicted
    assert overall.status == "rising" and overall.conflicts == ()


def test_one_claimant_repeating_a_figure_is_one_position(tmp_path):
    group = group_with(
        report(tmp_path, a=POLICE_450, b="2024-11-27|Police said 450 protesters were arrested."),
        "450",
    )
    assert len(group.claims) == 2 and group.status == "single"
    (figure,) = group.corroboration
    assert figure["independent"] == 1 and figure["grade"] == "single"


def test_one_claimant_changing_its_figure_later_is_a_revision(tmp_path):
    group = group_with(
        report(tmp_path, a=POLICE_450, b="2024-11-28|Police said 600 protesters were arrested."),
        "450",
    )
    assert group.conflicts == () and group.status != "conflict"
    (earlier, later) = group.revisions[0]
    assert (group.claims[earlier].text, group.claims[later].text) == ("450", "600")
    assert group.consensus == (600, 600)  # the revised figure no longer counts


@pytest.mark.parametrize(
    "other, severity",
    [
        pytest.param("The PTI said hundreds of its workers were killed.", 200, id="hundreds"),
        pytest.param("Hospital officials said 17 protesters were killed.", 17, id="seventeen"),
    ],
)
def test_a_denial_conflicts_with_a_count(tmp_path, other, severity):
    result = report(
        tmp_path,
        a="2024-11-26|The Interior Ministry denied that any protesters were killed.",
        b=f"2024-11-27|{other}",
    )
    (group,) = [g for g in result.groups if g.measure == "killed"]
    assert group.status == "conflict" and group.conflicts == ((0, 1),)
    assert {c.qualifier for c in group.claims} >= {"denial"}
    assert group.severity == severity and group.consensus is None


def test_two_claimants_with_one_figure_corroborate_it(tmp_path):
    texts = {"a": "2024-11-28|Hospital officials said 12 protesters were killed.",
             "b": "2024-11-28|Doctors said 12 protesters were killed."}  # fmt: skip
    group = group_with(report(tmp_path, **texts), "12")
    assert group.status == "consistent" and group.consensus == (12, 12)
    (figure,) = group.corroboration
    assert figure["grade"] == "corroborated" and figure["independent"] == 2


# --------------------------------------------------------------------------- time, place, part


def killed(result):
    (group,) = [g for g in result.groups if g.measure == "killed" and g.scope is None]
    return group


def texts(group, pairs):
    return {(group.claims[i].text, group.claims[j].text) for i, j in pairs}


def test_a_toll_rising_over_three_dated_reports_is_rising_not_a_conflict(tmp_path):
    group = killed(
        report(
            tmp_path,
            a="2026-03-08|Officials said two people were killed in the clashes on Sunday.",
            b="2026-03-09|Officials said seven people had been killed in the clashes.",
            c="2026-03-10|The health ministry said nine people had been killed in the clashes.",
        )
    )
    assert group.status == "rising" and group.conflicts == () and group.conflict_count == 0
    assert texts(group, group.revisions) == {("two", "seven")}  # the officials raised it
    (officials, ministry) = group.timeline
    assert [group.claims[i].as_of for i in officials["claims"]] == ["2026-03-08", "2026-03-09"]
    assert [group.claims[i].text for i in ministry["claims"]] == ["nine"]
    assert timeline_text(group) == (
        "Officials two (Sun 8 Mar) → seven (Mon 9 Mar) · The health ministry nine (Tue 10 Mar)"
    )


def test_a_same_day_disagreement_inside_a_rising_toll_is_the_only_conflict(tmp_path):
    result = report(
        tmp_path,
        a="2026-03-08|Officials said two people were killed in the clashes on Sunday.",
        b="2026-03-09|Officials said seven people had been killed in the clashes.",
        c="2026-03-10|The health ministry said nine people had been killed in the clashes. "
        "A rights group said at least 20 people had been killed. Police said 5,000 people took "
        "part in the march on Sunday, while organisers put the crowd at 40,000.",
    )
    group = killed(result)
    assert group.status == "conflict"
    assert texts(group, group.conflicts) == {("nine", "at least 20")}
    assert group.conflict_count == 1
    crowd = group_with(result, "5,000")
    assert crowd.status == "conflict" and texts(crowd, crowd.conflicts) == {("5,000", "40,000")}


def test_a_later_figure_below_an_earlier_one_of_another_claimant_is_no_conflict(tmp_path):
    # conflicts are judged between figures for the same time (issue 13): a rights group's 30 on
    # Sunday and the ministry's 12 on Monday may count differently (its list, the ministry's
    # register); the timeline shows both, and the same day's figures still conflict
    group = killed(
        report(
            tmp_path,
            a="2026-03-08|A rights group said 30 people were killed in the clashes.",
            b="2026-03-09|The ministry said 12 people had been killed in the clashes.",
            c="2026-03-09|The rights group said 31 people had been killed in the clashes.",
        )
    )
    assert texts(group, group.conflicts) == {("12", "31")}
    assert len(group.timeline) == 2


def test_a_claimants_own_later_lower_figure_is_a_downward_revision(tmp_path):
    group = killed(
        report(
            tmp_path,
            a="2026-03-08|The ministry said 30 people were killed in the clashes.",
            b="2026-03-09|The ministry said 12 people had been killed in the clashes.",
        )
    )
    assert group.conflicts == () and texts(group, group.revisions) == {("30", "12")}
    assert group.consensus == (12, 12)  # the headline is the claimant's latest figure


def undated(tmp_path, **texts: str):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n")
    return pipeline.compare([str(tmp_path)])


def test_undated_reports_are_never_ordered_by_file_order(tmp_path):
    result = undated(
        tmp_path,
        a="Police said 5,000 people joined the march.",
        b="Police said 6,000 people joined the march.",
        c="Police said 12 protesters were killed.",
        d="Police said 15 protesters were killed.",
    )
    for first in ("5,000", "12"):
        group = group_with(result, first)
        assert group.revisions == ()  # no 'later raised' invented from file names
        assert group.status == "conflict" and len(group.conflicts) == 1


def test_a_multi_day_strike_gives_one_group_per_day(tmp_path):
    days = {"a": ("2026-02-10", "Tuesday"), "b": ("2026-02-11", "Wednesday"),
            "c": ("2026-02-12", "Thursday")}  # fmt: skip
    turnouts = {"a": ("1.2 million", "3 million"), "b": ("800,000", "2.2 million"),
                "c": ("500,000", "1.5 million")}  # fmt: skip
    result = report(
        tmp_path,
        **{
            k: f"{d}|On {day}, the interior ministry said {turnouts[k][0]} people marched "
            f"across the country. The unions said {turnouts[k][1]} people marched on {day}."
            for k, (d, day) in days.items()
        },
    )
    groups = [g for g in result.groups if g.measure == "participants"]
    assert len(groups) == 3
    for g in groups:
        assert len(g.claims) == 2 and g.status == "conflict" and g.conflict_count == 1
        assert len({c.as_of for c in g.claims}) == 1


def test_a_city_figure_is_a_part_of_the_national_one(tmp_path):
    result = report(
        tmp_path,
        a="2026-02-12|PARIS, Feb 12 (Reuters) - The interior ministry said 963,000 people "
        "had demonstrated nationwide, including 87,000 in Paris.",
        b="2026-02-13|In Paris, the police counted 87,000 marchers; the CGT claimed half a "
        "million.",
    )
    national, paris = group_with(result, "963,000"), group_with(result, "half a million")
    assert national is not paris
    assert [c.text for c in national.claims] == ["963,000"]
    assert {c.text for c in paris.claims} == {"87,000", "half a million"}
    assert paris.status == "conflict" and "Paris" in (paris.scope or "")


def test_the_events_own_city_is_the_whole_event(tmp_path):
    result = report(
        tmp_path,
        a="2026-09-21|TBILISI, Georgia (AP) — Police said 41 people were arrested in Tbilisi.",
        b="2026-09-21|The rights group GYLA said at least 57 people were arrested.",
    )
    group = group_with(result, "41")
    assert {c.text for c in group.claims} == {"41", "at least 57"}


def test_an_event_counted_town_by_town_keeps_each_towns_figures_apart(tmp_path):
    # the opening names both towns (each is the event's own), but a sentence counts the dead
    # town by town: each town's figure is a part, compared only with that town's
    result = report(
        tmp_path,
        a="2026-10-07|SOKODE, Togo — Protests in Sokodé and Lomé were put down by force. Our "
        "monitors recorded 31 deaths: 19 in Sokodé and 12 in Lomé.",
        b="2026-10-07|The government said seven people were killed. It said nobody had been "
        "killed in Lomé.",
    )
    whole, lome = group_with(result, "31"), group_with(result, "12")
    assert {c.text for c in whole.claims} == {"31", "seven"}
    assert {c.text for c in lome.claims} == {"12", "nobody"} and lome.status == "conflict"
    assert group_with(result, "19") not in (whole, lome)


def test_a_forces_own_officers_are_of_the_kind_its_name_says(tmp_path):
    result = report(
        tmp_path,
        a="2026-09-23|The military police said 150 of its officers had been deployed.",
        b="2026-09-23|The city said around 500 riot police were deployed. Police said 450 "
        "officers were on the streets.",
    )
    police = group_with(result, "around 500")
    assert {c.text for c in police.claims} == {"around 500", "450"}
    assert group_with(result, "150") is not police


def test_deployments_of_two_kinds_of_force_are_two_quantities(tmp_path):
    result = report(
        tmp_path,
        a="2026-09-23|The army sent about 400 soldiers to guard the plant. The civil protection "
        "service has sent 60 firefighters.",
        b="2026-09-23|The defence ministry said 500 soldiers were deployed. In all, 1,100 "
        "security personnel were mobilised.",
    )
    soldiers = group_with(result, "about 400")
    assert {c.text for c in soldiers.claims} == {"about 400", "500"}
    assert soldiers.status == "conflict"
    firefighters, everyone = group_with(result, "60"), group_with(result, "1,100")
    assert len({id(soldiers), id(firefighters), id(everyone)}) == 3


def test_one_kind_of_force_is_one_deployment(tmp_path):
    # officers and 'officers and soldiers' name one kind, and the two kinds joined: no split
    result = report(
        tmp_path,
        a="2026-10-07|Police said 350 officers were deployed at the market.",
        b="2026-10-07|The lawyers said at least 500 officers and soldiers took part.",
    )
    assert {c.text for c in group_with(result, "350").claims} == {"350", "at least 500"}


def test_a_site_alone_is_a_part_but_the_events_own_place_is_not(tmp_path):
    result = report(
        tmp_path,
        a="2026-04-18|ERCIS, Turkey — The coast guard said 52 people drowned. Survivors believe "
        "that nearly 40 people drowned in the hold alone.",
        b="2026-04-18|A lawmaker said 60 people had died in the Ercis district alone. The mayor "
        "said 11 people died on Tuesday alone.",
    )
    whole, hold = group_with(result, "52"), group_with(result, "nearly 40")
    assert {c.text for c in whole.claims} == {"52", "60", "11"}
    assert hold is not whole and [c.text for c in hold.claims] == ["nearly 40"]


def test_deaths_in_custody_and_a_denied_part_of_the_dead_are_parts(tmp_path):
    result = report(
        tmp_path,
        a="2026-03-20|Officials said 11 people were killed. It denied that any woman or child "
        "was among the dead.",
        b="2026-03-20|The union said 64 people were killed. Rights groups documented 12 deaths "
        "in custody.",
    )
    toll = group_with(result, "64")
    assert {c.text for c in toll.claims} == {"11", "64"}
    for part in ("12", "denied that any woman or child was among the dead"):
        assert group_with(result, part) is not toll


def test_a_denial_that_names_a_kind_of_people_is_a_part(tmp_path):
    result = report(
        tmp_path,
        a="2026-05-02|Police said 40 people were arrested. The police denied that any party "
        "official had been detained.",
        b="2026-05-02|A rights group said 75 people were arrested and 20 injured. Police "
        "said none of the arrested had been hurt.",
    )
    toll = group_with(result, "75")
    assert {c.text for c in toll.claims} == {"40", "75"}
    official = group_with(result, "denied that any party official had been detained")
    assert official is not toll and len(official.claims) == 1
    assert group_with(result, "none of the arrested") is not group_with(result, "20")


def test_a_denial_limited_to_some_places_is_a_part(tmp_path):
    result = report(
        tmp_path,
        a="2026-05-02|Officials said 31 people were killed. Officials denied that anyone had "
        "died inside the stadium. No death has been reported from any other district.",
        b="2026-05-02|A rights group said 40 people were killed. The mayor said nobody died in "
        "any of the shelters.",
    )
    toll = group_with(result, "40")
    assert {c.text for c in toll.claims} == {"31", "40"}
    parts = [group_with(result, t) for t in ("denied that anyone had died", "No death", "nobody")]
    assert len({id(g) for g in [toll, *parts]}) == 4


def test_a_denial_of_anyone_stays_with_the_whole(tmp_path):
    result = report(
        tmp_path,
        a="2026-05-02|Police said 40 people were arrested.",
        b="2026-05-02|The interior ministry said no one had been arrested.",
    )
    assert len(group_with(result, "40").claims) == 2


def test_a_rival_count_after_a_semicolon_counts_the_same_still_held(tmp_path):
    held = group_with(
        report(
            tmp_path,
            a="2026-11-28|The OTDH said 468 people had been arrested. In late November, the "
            "government said 35 people were still detained; the OTDH said the number was well "
            "over 100.",
        ),
        "35",
    )
    assert {c.text for c in held.claims} == {"35", "well over 100"}


def test_a_toll_including_the_attackers_is_every_sides(tmp_path):
    result = report(
        tmp_path,
        a="2025-11-15|ALMATY — Thirty-eight people died, including the four gunmen, the "
        "ministry said.",
        b="2025-11-20|The ministry of health said 34 people were killed.",
    )
    assert group_with(result, "Thirty-eight") is not group_with(result, "34")


def test_the_hospitalised_among_a_sentences_injured_are_a_part(tmp_path):
    result = report(
        tmp_path,
        a="2026-05-05|The Red Cross treated 146 people over the four days; 11 were taken to "
        "hospital.",
        b="2026-05-05|The organisers said dozens of people were hurt.",
    )
    treated = group_with(result, "146")
    assert {c.text for c in treated.claims} == {"146", "dozens"}
    assert group_with(result, "11") is not treated


def test_a_part_of_those_counted_is_a_part(tmp_path):
    result = report(
        tmp_path,
        a="2025-11-22|Police detained at least 60 people over social media posts. The Bureau for "
        "Human Rights says three of those held were journalists.",
        b="2025-11-22|The Interior Ministry said 44 people were detained.",
    )
    assert group_with(result, "three") is not group_with(result, "44")


def test_arrests_for_another_reason_are_a_count_of_their_own(tmp_path):
    result = report(
        tmp_path,
        a="2025-11-22|ALMATY — Prosecutors said 19 people were arrested after the siege. "
        + "The gunmen held the hall for fourteen hours before the assault. " * 10  # the opening
        + "\n\nIn the week after the siege, police detained at least 60 people over social "
        "media posts about the attack; the Interior Ministry put the number at 44.",
        b="2025-11-22|Nineteen people were arrested, the prosecutor's office said.",
    )
    posts = group_with(result, "at least 60")
    assert {c.text for c in posts.claims} == {"at least 60", "44"}
    assert {c.text for c in group_with(result, "19").claims} == {"19", "Nineteen"}


def test_a_part_is_compared_with_figures_for_the_same_part(tmp_path):
    result = report(
        tmp_path,
        a="2026-03-10|More than 200 people were injured, including 35 police officers, the "
        "ministry said. At least 14 people, including six women, were killed.",
        b="2026-03-10|Police said four officers were injured.",
    )
    police = group_with(result, "35")
    assert {c.text for c in police.claims} == {"35", "four"}
    assert police.status == "conflict"
    women = group_with(result, "six")
    assert [c.text for c in women.claims] == ["six"] and "women" in women.id


def test_a_historical_figure_is_its_own_group(tmp_path):
    result = undated(
        tmp_path,
        a="Security forces killed 23 protesters in the 2019 protests, rights groups said. "
        "Rights groups recalled the 1989 crackdown, in which hundreds of protesters were killed.",
        b="Officials said 20 protesters were killed in the 2019 protests. In 2015, 300 "
        "protesters were killed.",  # undated: the latest year written is the event's
    )
    current = group_with(result, "23")
    assert {c.text for c in current.claims} == {"23", "20"}
    for past, year in (("hundreds", "1989"), ("300", "2015")):
        group = group_with(result, past)
        assert group is not current and group.id.endswith(f"/before/{year}")
        assert group.conflicts == ()  # (two earlier events: not compared with each other)


def test_earlier_events_of_two_years_are_two_quantities(tmp_path):
    """A look back at two earlier raids: the one of 2025 told in two reports (its year written
    before the figure) is one quantity, the police killings of 2024 (its year after the
    figure) another."""
    result = report(
        tmp_path,
        a="2026-06-09|Police killed 40 people in the raid on Tuesday, officials said. It came "
        "eight months after the October 2025 operation, which left more than 120 people dead.",
        b="2026-06-10|The raid was the deadliest since the October 2025 operation, in which "
        "officials said 121 people were killed. Police killed 699 people in 2024, according to "
        "the institute.",
    )
    earlier = group_with(result, "121")
    assert {c.text for c in earlier.claims} == {"121", "more than 120"}
    assert earlier.id.endswith("/before/2025") and earlier.conflicts == ()
    assert group_with(result, "699").id.endswith("/before/2024")
    assert group_with(result, "40") not in (earlier, group_with(result, "699"))


def test_a_year_of_the_next_clause_is_not_the_figures(tmp_path):
    """Two earlier disasters in one sentence, a semicolon between them: each figure is of the
    year of its own clause."""
    result = report(
        tmp_path,
        a="2026-10-12|A crush at the gate killed 11 fans on Saturday. The ferry fire off Kisumu in 2015 "
        "killed 40 people; the bridge collapse of 2009 killed 97.",
        b="2026-10-13|The toll rose to 12. In 2009 a bridge collapse killed 97 people.",
    )
    assert group_with(result, "40").id.endswith("/before/2015")
    assert group_with(result, "97").id.endswith("/before/2009")


def test_an_earlier_events_figure_is_of_the_year_its_paragraph_opens_with(tmp_path):
    """A look back at earlier sinkings, one paragraph or list item a year: a figure whose own
    sentence names no year is of the year its paragraph or item opens with, not of the year
    another paragraph names."""
    result = report(
        tmp_path,
        a="2026-12-14|A ferry sank off Raha on Thursday, and 26 people died, rescuers said.\n\n"
        "In January 2009 the Bintang Laut went down in a storm. The provincial government's final toll was 31.\n\n"
        "In 2015 a speedboat caught fire at the old port. Police said eight people died.\n\n"
        "The 2019 capsizing of the Mutiara produced a smaller gap: the harbour office reported 14 dead.",
        b="2026-12-14|Inmates rioted at the remand prison on Sunday and 12 were injured, the prisons service said.\n\n"
        "Earlier riots in the country's prisons:\n"
        "- 2009, Gweru: inmates rioted over food. The prisons service said three inmates were shot dead.\n"
        "- 2018, Marondera: two inmates were killed when guards opened fire.",
    )
    assert "/before/2009" in group_with(result, "31").id
    assert "/before/2015" in group_with(result, "eight").id
    assert "/before/2019" in group_with(result, "14").id
    assert "/before/2009" in group_with(result, "three").id
    assert "/before/2018" in group_with(result, "two").id


def grouped_together(tmp_path, dated: str, first: str, second: str) -> bool:
    """Whether one report's figures ``first`` and ``second`` are in one group."""
    result = report(tmp_path, a=dated)
    return group_with(result, first) is group_with(result, second)


def test_the_year_a_claimant_was_founded_is_not_the_figures(tmp_path):
    assert grouped_together(
        tmp_path,
        "2026-12-05|Police said 487 people had been detained since Monday. Cofadeh, a human "
        "rights group founded in 1982, said on Friday that at least 520 people had been "
        "detained.",
        "487",
        "at least 520",
    )


def test_an_anniversary_story_keeps_its_own_march_apart_from_the_event_it_recalls(tmp_path):
    result = report(
        tmp_path,
        a="1991-11-23|MIRPUR KHAS — Police fired on a march of 15,000 mill workers on Friday, "
        "the union said. The home department said 11 people were killed and 300 arrested.",
        b="2026-11-23|Thousands march in Mirpur Khas on 35th anniversary of mill firing\n\n"
        "MIRPUR KHAS — Thousands of people marched through Mirpur Khas on Sunday. Police put "
        "the size of the crowd at 3,500. No one was arrested, police said.\n\n"
        "The union has always said 64 people were killed in 1991.",
    )
    # the recalled toll is the event's, told 35 years on (of no known day: it did not rise
    # from 11 in 1991 to 64 in 2026); the anniversary march is not
    toll = group_with(result, "64")
    assert {c.text for c in toll.claims} == {"11", "64"} and toll.status != "rising"
    assert next(c for c in toll.claims if c.text == "64").as_of is None
    march = group_with(result, "3,500")
    assert {c.text for c in march.claims} == {"Thousands", "3,500"}
    assert group_with(result, "15,000") is not march
    assert group_with(result, "No one") is not group_with(result, "300")


def test_no_arrests_at_a_later_march_is_no_denial_of_the_events_arrests(tmp_path):
    result = report(
        tmp_path,
        a="2026-09-23|GABES — Police said 22 people were arrested after Tuesday's clashes.",
        b="2026-09-25|GABES — A second, silent march passed off peacefully on Friday. About "
        "2,000 people turned out. The police said no arrests were made.",
    )
    arrests, march = group_with(result, "22"), group_with(result, "no arrests")
    assert arrests is not march and arrests.conflicts == ()


def test_no_arrests_at_a_march_whose_later_figures_name_no_day(tmp_path):
    """The march's day is its first figure's ('On Tuesday afternoon, several hundred workers
    … marched'), though its last ('the union said 2,000 people took part') names none."""
    result = report(
        tmp_path,
        a="2026-03-10|PHNOM PENH — Police said three people were detained over the fire. On "
        "Tuesday afternoon, several hundred workers marched along National Road 2. Police put "
        "the number of marchers at around 400. The union said 2,000 people took part. "
        "No one was arrested, police said.",
    )
    assert group_with(result, "No one") is not group_with(result, "three")


def test_arrests_when_police_dispersed_a_protest_are_that_protests(tmp_path):
    """'Police dispersed the protest and detained 15 people' counts that protest's arrests, as
    'no one had been detained' does, not the six railway employees arrested over the crash."""
    result = report(
        tmp_path,
        a="2026-09-01|MINYA — Six railway employees were arrested on 10 August. On 12 August, "
        "several hundred people protested outside the governorate building. Police dispersed "
        "the protest and detained 15 people, according to a rights group. The Interior "
        "Ministry said that no one had been detained.",
    )
    protest = group_with(result, "15")
    assert protest is group_with(result, "no one")
    assert protest is not group_with(result, "Six")


def test_an_undated_reports_figure_of_a_year_its_opening_does_not_name_is_historical(tmp_path):
    result = undated(
        tmp_path,
        a="GABES, Tunisia (Reuters) - Twelve people were killed and 187 taken to hospital "
        "after ammonia escaped from a tank, civil protection said.\n\n"
        + "The cloud drifted inland on a sea breeze before the valve was sealed. " * 9
        + "\n\nA smaller leak from the same site in 2017 sent about 40 people to hospital.",
        b="Civil protection says 187 people have been taken to hospital.",
    )
    assert group_with(result, "about 40") is not group_with(result, "187")


def test_a_claimants_earlier_figure_in_the_same_report_is_ordered_by_its_wording(tmp_path):
    group = killed(
        report(
            tmp_path,
            a="2026-03-10|The ministry said nine people were killed in the clashes. The ministry "
            "had earlier said seven people were killed.",
        )
    )
    assert texts(group, group.revisions) == {("seven", "nine")}  # raised, not lowered
    assert group.status == "rising" and group.consensus == (9, 9)


def test_a_live_blog_newest_first_is_a_rising_toll(tmp_path):
    blog = (
        "2026-02-17|Floods live\n\nTuesday 17 February\n\n"
        "14:10 — The toll has risen to 96, the governor's office says.\n\n"
        "09:40 — The death toll now stands at 89, according to the governor's office.\n\n"
        "Monday 16 February\n\n"
        "18:30 — The toll climbs to 71, the governor's office says. Itabuna's mayor says 19 "
        "people were killed in the city so far.\n\n"
        "In Itabuna, rescuers are still searching.\n"
    )
    group = killed(report(tmp_path, a=blog))
    assert [c.as_of for c in group.claims] == [
        "2026-02-17T14:10", "2026-02-17T09:40", "2026-02-16T18:30",
    ]  # fmt: skip
    assert group.status == "rising" and group.conflicts == ()
    assert texts(group, group.revisions) == {("71", "89"), ("89", "96")}  # in time, not text, order


def test_what_each_named_day_added_is_that_days_count_not_a_rival_of_another_days(tmp_path):
    result = report(
        tmp_path,
        a="2026-03-13|The deputy minister said 140 people were arrested on Thursday, bringing the "
        "number detained since the protests began to 310.",
        b="2026-03-14|The interior ministry said another 95 people were detained on Friday, taking "
        "the total number of arrests to 405.",
    )
    thursday, friday = group_with(result, "140"), group_with(result, "95")
    assert thursday is not friday and thursday.conflicts == () and friday.conflicts == ()
    total = group_with(result, "310")
    assert {c.text for c in total.claims} == {"310", "405"} and total.status == "rising"


def test_an_earlier_figure_told_in_a_when_clause_does_not_contradict_the_later_toll(tmp_path):
    result = report(
        tmp_path,
        a="2026-03-15|Published: 15 March 2026\n\nThe ministry's count has risen every day since "
        "the first night of clashes, when it reported four deaths. The health ministry said on "
        "Saturday that 13 people had died.",
        b="2026-03-14|The health ministry said 13 people had died.",
    )
    assert group_with(result, "13").conflicts == ()
    assert all(c.claimant != "Published" for g in result.groups for c in g.claims)


def test_a_bulletins_count_of_its_last_24_hours_is_that_days(tmp_path):
    """Two health bulletins, dated only by their 'Issued …' line: each day's '… more died in
    the last 24 hours' is that day's count (nine after eleven is no conflict), apart from the
    running total; 'since the heatwave began on 8 July' dates no figure to 8 July."""
    for name, text in {
        "a": "Heatwave situation report No. 4\nIssued by the Health Department, 14 July 2025\n\n"
        "Eleven more people died of heat-related illness in the last 24 hours, taking the total "
        "death toll to 63 since the heatwave began on 8 July, the health department said.\n",
        "b": "Heatwave situation report No. 5\nIssued by the Health Department, 15 July 2025\n\n"
        "Nine more deaths were recorded in the past 24 hours, bringing the cumulative toll to "
        "72, the health department said.\n",
    }.items():
        (tmp_path / f"{name}.txt").write_text(text)
    result = pipeline.compare([str(tmp_path)])
    total, eleven, nine = (group_with(result, t) for t in ("63", "Eleven", "Nine"))
    assert [c.as_of for c in total.claims] == ["2025-07-14", "2025-07-15"]
    assert total.status == "rising" and total.conflicts == ()
    assert len({id(total), id(eleven), id(nine)}) == 3
    assert [c.period for c in eleven.claims + nine.claims] == ["day", "day"]


def test_a_bulletins_district_and_hospital_counts_are_shares_of_its_toll(tmp_path):
    """One day's bulletin: the toll, a district's count told as its subject ('Northern district
    has now recorded 31 deaths') and a named hospital's ('At Central General Hospital, 14 …';
    'Central General Hospital reported 16 deaths') are three quantities, the hospital's rising
    from one day to the next; 'At Ercis Hospital, where …, staff said dozens …' stays the
    event's."""
    result = report(
        tmp_path,
        a="2025-07-14|Eleven more people died in the last 24 hours, taking the total death toll "
        "to 63, the health department said. At Central General Hospital, 14 patients have died "
        "since the heatwave began.",
        b="2025-07-15|Nine more deaths were recorded in the past 24 hours, bringing the toll to "
        "72, the health department said. The dead were in Northern, Riverside and Eastport "
        "districts. Northern district has now recorded 31 deaths. Central General Hospital "
        "reported 16 deaths since the start of the heatwave.",
    )
    total, district, hospital = (group_with(result, t) for t in ("63", "31", "14"))
    assert {c.text for c in total.claims} == {"63", "72"} and total.status == "rising"
    assert [c.text for c in hospital.claims] == ["14", "16"] and hospital.status == "rising"
    assert district is not total and district.claims[0].place == "Northern"


def test_a_hospital_where_the_injured_were_seen_is_no_count_of_its_own(tmp_path):
    assert grouped_together(
        tmp_path,
        "2026-01-19|At least 380 people were injured, the agency said. At Ercis State "
        "Hospital, where the wounded were treated in tents, staff said dozens of people had been "
        "brought in with crush injuries.",
        "At least 380",
        "dozens",
    )


def test_an_earlier_point_of_those_still_held_is_that_counts(tmp_path):
    """'… 19 people were still in custody — down from 25 in the morning': 25 is how many were
    held that morning, with the 19 (of that day), not a figure of every arrest (96)."""
    result = report(
        tmp_path,
        a="2026-03-23|The police say 96 people were detained on Saturday. By Sunday evening the "
        "police said 19 people were still in custody — down from 25 in the morning.",
    )
    held = group_with(result, "19")
    assert [c.text for c in held.claims] == ["19", "25"] and held.id.endswith("/held")
    assert held.claims[1].as_of == held.claims[0].as_of
    assert group_with(result, "96") is not held


def test_the_first_days_toll_quoted_later_is_an_earlier_figure_not_a_fall(tmp_path):
    result = report(
        tmp_path,
        a="2026-11-25|The ministry said 11 people had been killed.",
        b="2026-11-26|By then the toll had climbed far beyond the first day's toll of three.\n\n"
        "By Thursday morning the ministry's count stood at 11 dead.",
    )
    group = group_with(result, "three")
    assert group.conflicts == ()
    assert {c.claimant for c in group.claims if c.text == "11"} == {"The ministry", "the ministry"}


KERALA_MINISTER = "2026-11-20|The state revenue minister said on Friday that 25 people had died in floods in Kerala."


@pytest.mark.parametrize(
    "report_text, restating",
    [
        pytest.param(
            "Floods kill 23 in Kerala, officials say\n\n"
            "At least 23 people have died in floods in Kerala, state officials said.",
            ["23"],
            id="a-headline-restating-its-lead",
        ),
        pytest.param(
            "Kerala floods: the toll rises\n\n"
            "At least 23 people have died in floods in Kerala, state officials said on Friday.\n\n"
            "Key figures\nDead: 23\nDisplaced: 12,000\n\n"
            "In all, 23 people have died, officials said.",
            ["23", "23"],
            id="a-key-figures-box-and-a-closing-summary-restating-the-body",
        ),
    ],
)
def test_a_figure_a_report_restates_is_one_claim(tmp_path, report_text, restating):
    """'Floods kill 23 …' over 'At least 23 people have died …': one claim, compared by the
    lead's 'at least 23', so no revision '23 → At least 23' and no conflict with another
    report's 25 that the lead's figure allows."""
    result = report(tmp_path, a=f"2026-11-20|{report_text}", b=KERALA_MINISTER)
    group = group_with(result, "25")
    assert group.revisions == () and group.conflicts == () and group.status == "consistent"
    assert texts(group, group.restated) == {("23", "At least 23")}
    assert [group.claims[i].text for i, _j in group.restated] == restating
    entry = group_to_dict(group)["restatements"][0]
    assert entry["restates"] == next(c.id for c in group.claims if c.text == "At least 23")


def test_a_crowd_told_the_day_after_its_march_is_that_marchs(tmp_path):
    """A report dated only by its own date line, the day after a Sunday march: the police's
    figure, told with no day of its own, is the march's (the day the story named for it), so it
    meets the organisers' figure of that Sunday, not a crowd of the day the report was written."""
    a = tmp_path / "a.txt"
    a.write_text(
        "Marchers fill the city\n\nAnn Lee | June 17, 2019, 06:57 PM\n\nThe second massive Sunday protests on June 16 drew two "
        "million people to the streets, the protest organiser said.\n\nThe police has since provided a much "
        "more conservative figure, saying there were 338,000 protesters at its peak.\n",
        encoding="utf-8",
    )
    result = pipeline.compare([str(a)])
    group = group_with(result, "338,000")
    assert {c.text for c in group.claims} >= {"338,000", "two million"}
    assert group.conflicts


def test_a_disasters_toll_and_the_toll_of_clashes_after_it_are_two_quantities(tmp_path):
    """A bus crash's toll rising over days, then clashes at a march over it: the ministry's
    crash toll and a rights group's toll of the clashes are no rival figures."""
    result = report(
        tmp_path,
        a="2026-03-02|The bus crash near Tamale has killed 21 people, the health ministry said.",
        b="2026-03-03|The toll from Monday's bus crash rose to 26, the health ministry said.",
        c="2026-03-05|Police said 2 people died in the clashes at Wednesday's march over the crash. "
        "A rights group said 5 protesters were killed in the clashes.",
        d="2026-03-05|The health ministry said the crash toll stood at 27. Police said 2 people died in "
        "the clashes after the march.",
    )
    crash = group_with(result, "27")
    assert {c.text for c in crash.claims} == {"21", "26", "27"}
    assert {c.text for c in group_with(result, "5").claims} == {"2", "5"}
