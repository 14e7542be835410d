"""claimcheck.where: the place of a figure from the words around it."""

from __future__ import annotations

import pytest

from claimcheck.where import place_words, places_named

# dev26: a site named by its proper name and a common noun after 'at the' ('at the Oum Lekhcheb
# pit', 'at the Las Lajas quarry') is a place of its own, as 'at Oum Lekhcheb' is; not a named
# hospital's ward ('at the Mercy clinic': where people were counted) nor a body's office ('at
# the Interior Ministry'). Written before the change, not from any set (first run at main: 3/14
# as expected, the three that name no place).
NAMED_SITES = [
    ("wire-pit", "Two miners were shot dead at the Karsa pit on Wednesday.", ["Karsa"]),
    ("wire-quarry-two-words", "Six people were hurt at the Piedra Negra quarry, police said.", ["Piedra Negra"]),
    ("live-junction", "14:05 - Reports of gunfire at the Tamar junction, near the mine.", ["Tamar"]),
    ("translation-gate", "The forces of order intervened at the Mbeli gate of the factory.", ["Mbeli"]),
    ("forum-smelter", "ppl say 40 arrested at the Duro smelter last night", ["Duro"]),
    ("release-camp", "Our observers counted 300 families at the Kolo camp for the displaced.", ["Kolo"]),
    ("headline-dam", "Police clash with villagers at the Orvo dam site", ["Orvo"]),
    ("wire-depot", "Firefighters battled the blaze at the Vridi fuel depot for six hours.", ["Vridi"]),
    ("explainer-bridge", "The second clash came at the Santa Ana bridge, where 12 were detained.", ["Santa Ana"]),
    ("wire-market", "Nine traders were arrested at the Kanti market.", ["Kanti"]),
    ("wire-numbered-junction", "Three were killed at the Km 12 junction overnight.", ["Km 12"]),
    ("not-hospital", "Thirty were treated at the Mercy clinic.", []),
    ("not-ministry", "Relatives gathered at the Interior Ministry on Friday.", []),
    ("not-no-noun", "The rally at the Globe Roundabout drew 2,000.", []),
    ("still-in", "Twelve were arrested in Tamar on Monday.", ["Tamar"]),
]


@pytest.mark.parametrize("case,text,places", NAMED_SITES, ids=[c[0] for c in NAMED_SITES])
def test_a_named_site_after_at_the_is_a_place(case: str, text: str, places: list[str]) -> None:
    assert places_named(text, place_words()) == places
