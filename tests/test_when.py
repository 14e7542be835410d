"""claimcheck.when: the time of a figure from the words around it."""

from __future__ import annotations

import pytest

from claimcheck.when import year_to_date

# dev26: a count since a bare year ('nine men have died in accidents since 2025') counts many
# events over years, not the event's; a superlative's 'since 2019' ('the deadliest since 2019')
# compares, and a day ('since 3 March 2027') starts the event's own span. Written before the
# change, not from any set (first run at main: 6/14 as expected, the six that are not).
SINCE_A_YEAR = [
    ("wire-died-since", "where the union says ", " men have died in accidents since 2025.", True),
    ("ngo-recorded-since", "we have recorded ", " killings of land defenders since 2024.", True),
    ("forum-since", "", " journalists murdered in this state since 2019 and nobody in jail", True),
    ("release-since-early", "The federation counts ", " members jailed since early 2023.", True),
    ("headline-since", "", " activists killed since 2016, report says", True),
    ("translated-since-the-year", "It is already ", " the dead of the communities since the year 2020.", True),
    ("before-since", "Since 2022, ", " miners have lost their lives at the site.", True),
    ("table-since", "Deaths at the mine since 2018: ", "", True),
    ("superlative-after", "The blast killed ", " people, the deadliest since 2015.", False),
    ("largest-since", "Organisers put the crowd at ", ", the largest since 2019.", False),
    ("first-since", "Police arrested ", " people, the first mass arrests since 2021.", False),
    ("since-a-day", "", " people have been arrested since 3 March 2027.", False),
    ("since-a-month", "", " people have been detained since March.", False),
    ("other-clause", "Unrest has simmered since 2024, and on Monday police arrested ", " people.", False),
]


@pytest.mark.parametrize("case,before,after,expected", SINCE_A_YEAR, ids=[c[0] for c in SINCE_A_YEAR])
def test_a_count_since_a_bare_year_is_of_many_events(case: str, before: str, after: str, expected: bool) -> None:
    assert year_to_date(before, after) is expected
