"""Layout lines (claimcheck/layout.py): infoboxes, list lines and scraped tables give their figures
with the measure from the label or heading and the claimant from a label or a bracket."""

from __future__ import annotations

import pytest
from corpus import report_texts

from claimcheck.extract import extract_claims
from claimcheck.layout import read_layout
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source

LEX = load_lexicon()


def _read(text: str) -> list[tuple]:
    claims = read_layout(Source(id="t", text=text), LEX).claims
    return [(c.text, c.measure, c.subject, c.low, c.high, c.claimant) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Casualties — Deaths: 14 · Injuries: 230 hospitalised · Arrests: 1,050",
            [
                ("14", "killed", "people", 14, 14, None),
                ("230", "injured", "people", 230, 230, None),
                ("1,050", "arrested", "people", 1050, 1050, None),
            ],
            id="infobox-casualties-line-hospitalised-names-the-injured",
        ),
        pytest.param(
            "Casualties — Injuries: 64 police officers, 41 demonstrators · Arrests: 112[1]",
            [
                ("64", "injured", "security", 64, 64, None),
                ("41", "injured", "protesters", 41, 41, None),
                ("112", "arrested", "people", 112, 112, None),
            ],
            id="infobox-several-figures-under-one-label-citation-mark",
        ),
        pytest.param(
            "Key figures\nDeaths 37 Injured 112 Missing 9 Displaced 14,300",
            [("37", "killed", "people", 37, 37, None), ("112", "injured", "people", 112, 112, None)],
            id="key-figures-strip-label-figure-pairs-without-colons",
        ),
        pytest.param(
            "Deaths\t37\tInjured\t112\tMissing\t9",
            [("37", "killed", "people", 37, 37, None), ("112", "injured", "people", 112, 112, None)],
            id="key-figures-strip-tabs-the-next-label-is-not-the-figures-noun",
        ),
        pytest.param(
            "Dead 12, injured 40, missing 3",
            [("12", "killed", "people", 12, 12, None), ("40", "injured", "people", 40, 40, None)],
            id="forum-shorthand-label-first",
        ),
        pytest.param(
            "Police injured 12 Protesters injured 40 (hospital sources)",
            [
                ("12", "injured", "security", 12, 12, None),
                ("40", "injured", "protesters", 40, 40, "hospital sources"),
            ],
            id="key-figures-strip-subjects-and-a-bracket-source",
        ),
        pytest.param(
            "Deaths: 61 confirmed (government), 80–100 (local NGOs)[4]",
            [
                ("61", "killed", "people", 61, 61, "government"),
                ("80–100", "killed", "people", 80, 100, "local NGOs"),
            ],
            id="infobox-value-with-a-status-word-before-its-source",
        ),
        pytest.param(
            "Estimates of the crowd vary: police 5,000; organisers 20,000; an independent count 11,500.",
            [
                ("5,000", "participants", "protesters", 5000, 5000, "police"),
                ("20,000", "participants", "protesters", 20000, 20000, "organisers"),
                ("11,500", "participants", "protesters", 11500, 11500, "an independent count"),
            ],
            id="estimates-listed-source-first-without-a-verb",
        ),
        pytest.param("Deaths: marched 5,000", [], id="not-a-source-words-before-a-value"),
        pytest.param("Police arrested 12 and charged 3", [], id="not-pairs-a-headline-sentence"),
        pytest.param("Flight 370 Gate 12", [], id="not-pairs-no-label-names-a-measure"),
        pytest.param(
            "• Firefighters sent: 142 (NEMA)",
            [("142", "deployed", "security", 142, 142, "NEMA")],
            id="label-forces-sent",
        ),
        pytest.param(
            "Turnout estimates — Organisers: 120,000 / Police: 45,000",
            [
                ("120,000", "participants", "protesters", 120000, 120000, "Organisers"),
                ("45,000", "participants", "protesters", 45000, 45000, "Police"),
            ],
            id="heading-names-measure-labels-name-speakers",
        ),
        pytest.param(
            "Casualties — Deaths: 742 (2004 inquiry)[1] · Injuries: thousands · Arrests: 2,300 (first week)",
            [
                ("742", "killed", "people", 742, 742, "2004 inquiry"),
                ("thousands", "injured", "people", 2000, 9999, None),
                ("2,300", "arrested", "people", 2300, 2300, None),
            ],
            id="bracket-names-source-or-time-vague-value",
        ),
        pytest.param(
            "Deaths: 58 (Department of Shipping); 93 (Families Association)\nNon-fatal injuries: 70+",
            [
                ("58", "killed", "people", 58, 58, "Department of Shipping"),
                ("93", "killed", "people", 93, 93, "Families Association"),
                ("70+", "injured", "people", 70, None, None),
            ],
            id="semicolon-keeps-label-plus-is-at-least",
        ),
        pytest.param(
            "Crowd estimates for Sunday's march:\n• City police zone: 18,000\n• Climate Alliance: 31,000–35,000",
            [
                ("18,000", "participants", "protesters", 18000, 18000, "City police zone"),
                ("31,000–35,000", "participants", "protesters", 31000, 35000, "Climate Alliance"),
            ],
            id="bullets-under-a-heading-line",
        ),
        pytest.param(
            "• Dead: 41 (district administration)\n• Missing: at least 60 (relatives' estimate)\n• Arrested: 4 (police)",
            [
                ("41", "killed", "people", 41, 41, "district administration"),
                ("4", "arrested", "people", 4, 4, "police"),
            ],
            id="live-blog-summary-missing-is-no-measure",
        ),
        pytest.param(
            "Death toll (official, Civil Defence):\n- Mar 3 AM: 17 dead, 9 missing\n- Mar 3 PM: 22\n"
            "- Mar 4 8AM sitrep: 30 dead, 4 missing, 61 injured, 2 rescued",
            [
                ("17", "killed", "people", 17, 17, "Civil Defence"),
                ("22", "killed", "people", 22, 22, "Civil Defence"),
                ("30", "killed", "people", 30, 30, "Civil Defence"),
                ("61", "injured", "people", 61, 61, "Civil Defence"),
            ],
            id="dated-bullets-under-a-heading-naming-the-source-missing-skipped",
        ),
        pytest.param(
            "Toll so far:\n- Mar 3 AM: 17 dead, 40 houses, 2 buses\n- Monday evening: 5 families, 9 injured",
            [
                ("17", "killed", "people", 17, 17, None),
                ("9", "injured", "people", 9, 9, None),
            ],
            id="dated-bullets-no-source-houses-and-families-no-claims-vehicles-end-the-list",
        ),
        pytest.param(
            "Deaths14\nArrested1,050 (first week)\nPolice injured64\nVehicles burned37",
            [
                ("14", "killed", "people", 14, 14, None),
                ("1,050", "arrested", "people", 1050, 1050, None),
                ("64", "injured", "security", 64, 64, None),
            ],
            id="scraped-cells-run-together",
        ),
        pytest.param(
            "Turnout, day 1 (Interior Ministry)310,000\nInterior Ministry (1996)Deaths112\n"
            "Lowest estimate of deaths 1,200",
            [
                ("310,000", "participants", "protesters", 310000, 310000, "Interior Ministry"),
                ("112", "killed", "people", 112, 112, "Interior Ministry"),
                ("1,200", "killed", "people", 1200, 1200, None),
            ],
            id="scraped-cells-with-source-column",
        ),
        pytest.param(
            "Date: 14 August 2026\nLocation: Italy (more than 80 cities)\n"
            "Estimated cost6.3 billion euros (Confindustria)\nMinister: 11 officers hurt in clashes",
            [],
            id="not-claims-dates-places-money-headline",
        ),
        pytest.param(
            "Police said 30 people were arrested: 12 of them students.\n"
            "Deaths: the toll rose to 12 on Monday, officials said.",
            [],
            id="not-claims-prose-with-colons",
        ),
        pytest.param(
            "Deaths11 (home department)\n37 (inquiry)\n64 (union)\nArrested1,120 (first week, union)",
            [
                ("11", "killed", "people", 11, 11, "home department"),
                ("37", "killed", "people", 37, 37, "inquiry"),
                ("64", "killed", "people", 64, 64, "union"),
                ("1,120", "arrested", "people", 1120, 1120, "union"),
            ],
            id="infobox-cell-over-several-lines-and-a-bracket-of-time-and-source",
        ),
        pytest.param(
            "Estimates over the years:\n- Home department (22 November 1991): 11 dead\n"
            "- Rights forum (December 1991): at least 42 dead, over 200 wounded\n"
            "- Union (list, 29 November 1991): 64 dead\n- Police (1991): 37 vehicles burnt",
            [
                ("11", "killed", "people", 11, 11, "Home department"),
                ("at least 42", "killed", "people", 42, None, "Rights forum"),
                ("over 200", "injured", "people", 201, None, "Rights forum"),
                ("64", "killed", "people", 64, 64, "Union"),
            ],
            id="source-labels-each-figure-naming-its-measure-dates-in-brackets",
        ),
        pytest.param(
            "Final-day turnout, police count versus union count:\n- Seoul (Yeouido): 24,000 / 90,000\n"
            "- Ulsan: 11,000 / 25,000",
            [
                ("24,000", "participants", "protesters", 24000, 24000, "police"),
                ("90,000", "participants", "protesters", 90000, 90000, "union"),
                ("11,000", "participants", "protesters", 11000, 11000, "police"),
                ("25,000", "participants", "protesters", 25000, 25000, "union"),
            ],
            id="rows-of-places-under-a-heading-naming-two-sources",
        ),
        pytest.param(
            "The strike spread. Outside the capital the turnout was just as large:\n"
            "- Changwon: about 9,000\n- Gwangju: 4,000\n\nCrowd estimates:\n- Police: 45,000\n"
            "- Comptage Citoyen: 70,000",
            [
                ("about 9,000", "participants", "protesters", 8100, 9900, None),
                ("4,000", "participants", "protesters", 4000, 4000, None),
                ("45,000", "participants", "protesters", 45000, 45000, "Police"),
                ("70,000", "participants", "protesters", 70000, 70000, "Comptage Citoyen"),
            ],
            id="a-place-label-is-no-claimant-a-name-under-estimates-is",
        ),
        pytest.param(
            "Casualties\nDeaths7 (government) – 31 (rights group)[1][2]\n"
            "Arrested468 (rights group); 210 (government)[2][3]\nSecurity forces killed2",
            [
                ("7", "killed", "people", 7, 7, "government"),
                ("31", "killed", "people", 31, 31, "rights group"),
                ("468", "arrested", "people", 468, 468, "rights group"),
                ("210", "arrested", "people", 210, 210, "government"),
                ("2", "killed", "security", 2, 2, None),
            ],
            id="scraped-cells-with-several-sources-and-a-subject-label",
        ),
        pytest.param(
            "The march left at about 10 a.m. Estimates of its size vary:[1][2]\n"
            "- The union: 15,000\n- District administration: 4,000",
            [
                ("15,000", "participants", "protesters", 15000, 15000, "The union"),
                ("4,000", "participants", "protesters", 4000, 4000, "District administration"),
            ],
            id="a-prose-lead-in-with-citations-heads-the-list",
        ),
        pytest.param(
            "Source\tKilled\tInjured\tDate\nMinistry of Interior\t12\t40\t27 October 2025\n"
            "Rights group\t31[2]\t–\t2 November 2025\n\nAfterwards\t3\t4\t5",
            [
                ("12", "killed", "people", 12, 12, "Ministry of Interior"),
                ("40", "injured", "people", 40, 40, "Ministry of Interior"),
                ("31", "killed", "people", 31, 31, "Rights group"),
            ],
            id="a-scraped-table-with-a-header-row-of-measures",
        ),
        pytest.param(
            "Source | Dead | Hostages freed\nPolice | 9 | 120",
            [("9", "killed", "people", 9, 9, "Police")],
            id="a-table-with-bars-and-a-column-that-counts-no-measure",
        ),
        pytest.param(
            'Estimates for the rally:\n• Union: "over 30,000"\n• Our reporters: about 12,000 at the peak'
            "\n• Police: 4,500 in the square, 300 outside",
            [
                ("over 30,000", "participants", "protesters", 30001, None, "Union"),
                ("about 12,000", "participants", "protesters", 10800, 13200, "Our reporters"),
                ("4,500", "participants", "protesters", 4500, 4500, "Police"),
            ],
            id="quoted-value-and-a-place-or-time-after-it",
        ),
        pytest.param(
            "Crowd estimates:\n• Police: 4,500 vehicles",
            [],
            id="not-claims-a-noun-after-the-value",
        ),
        pytest.param(
            "The Mineworkers Union of Zambia (MUZ) said 140 were held.\n\nEstimates for the rally "
            'outside Parliament:\n• Police: 4,500\n• MUZ: "over 30,000"',
            [
                ("4,500", "participants", "protesters", 4500, 4500, "Police"),
                ("over 30,000", "participants", "protesters", 30001, None, "MUZ"),
            ],
            id="an-acronym-the-report-names-is-a-speaker-not-a-place",
        ),
        pytest.param(
            "Figures at a glance (Government Delegation in Aragon, 4 May)\nAttendance (peak)6,200\n"
            "Vehicles checked1,900\nArrests14\n\nArrests (organisers)20",
            [
                ("6,200", "participants", "protesters", 6200, 6200, "Government Delegation in Aragon"),
                ("14", "arrested", "people", 14, 14, "Government Delegation in Aragon"),
                ("20", "arrested", "people", 20, 20, "organisers"),
            ],
            id="a-box-title-names-the-source-of-the-lines-under-it",
        ),
        pytest.param(
            "Casualties — Deaths: 742 (2004 inquiry)[1]",
            [("742", "killed", "people", 742, 742, "2004 inquiry")],
            id="a-bracket-naming-a-source-by-its-year",
        ),
        pytest.param(
            "Official numbers so far:\n- Deaths: 23 according to KNCHR, police say 6\n- Injured: "
            "KNCHR says 361",
            [
                ("23", "killed", "people", 23, 23, "KNCHR"),
                ("6", "killed", "people", 6, 6, "police"),
                ("361", "injured", "people", 361, 361, "KNCHR"),
            ],
            id="a-forum-list-value-told-with-its-sources",
        ),
        pytest.param(
            "Toll by day\nDay 1: 4 dead, 50 injured (police)\nDay 2: 9 dead (hospital sources)",
            [
                ("4", "killed", "people", 4, 4, "police"),
                ("50", "injured", "people", 50, 50, "police"),
                ("9", "killed", "people", 9, 9, "hospital sources"),
            ],
            id="a-day-labels-a-line-whose-bracket-names-the-source",
        ),
        pytest.param(
            "Casualty estimates\nSource\tKilled\tInjured\nUN OHCHR\t23\t300+",
            [
                ("23", "killed", "people", 23, 23, "UN OHCHR"),
                ("300+", "injured", "people", 300, None, "UN OHCHR"),
            ],
            id="a-table-cell-with-a-plus-is-a-lower-bound",
        ),
        pytest.param(
            "Casualties\nKilled: 14 (official), 31 (opposition claim)\nInjured: 200+ (police estimate)",
            [
                ("14", "killed", "people", 14, 14, None),
                ("31", "killed", "people", 31, 31, "opposition"),
                ("200+", "injured", "people", 200, None, "police"),
            ],
            id="brackets-opposition-claim-and-police-estimate-official-names-nobody",
        ),
        pytest.param(
            "Casualty estimates\n\nSourceDeathsInjured\nHealth Ministry (May 2026)Deaths34Injured126\n"
            "Association of Victims (2026)Deaths41",
            [
                ("34", "killed", "people", 34, 34, "Health Ministry"),
                ("126", "injured", "people", 126, 126, "Health Ministry"),
                ("41", "killed", "people", 41, 41, "Association of Victims"),
            ],
            id="scraped-row-two-cells-run-together-the-source-gives-both",
        ),
        pytest.param(
            "Figures at a glance (Regional Delegation, 4 May)\nAgents deployed300+\nAgents injured7\n"
            "Partygoers treated by Red Cross146",
            [
                ("300+", "deployed", "security", 300, None, "Regional Delegation"),
                ("7", "injured", "security", 7, 7, "Regional Delegation"),
                ("146", "injured", "people", 146, 146, "Regional Delegation"),
            ],
            id="bare-agents-are-police-treated-names-the-injured",
        ),
        pytest.param(
            "Key points\n• Deaths17 (Ministry of Health, Friday)\n• Hospitalised187, of whom 19 still"
            " in intensive care\n• Soldiers guarding the complex: about 400",
            [
                ("17", "killed", "people", 17, 17, "Ministry of Health"),
                ("187", "injured", "people", 187, 187, None),
                ("about 400", "deployed", "security", 360, 440, None),
            ],
            id="a-weekday-names-no-one-a-cell-with-a-tail-in-words-forces-guarding",
        ),
        pytest.param(
            "KEY FIGURES\nDeaths22Missing26Injured 71 (26 hospitalised)Displaced2,600Homes destroyed190",
            [
                ("22", "killed", "people", 22, 22, None),
                ("71", "injured", "people", 71, 71, None),
                ("26", "injured", "people", 26, 26, None),
            ],
            id="a-key-figures-strip-its-missing-and-displaced-count-nothing",
        ),
        pytest.param(
            "Police said 12 people died in Lima and 30 in Cusco on Monday",
            [],
            id="a-sentence-is-no-key-figures-strip",
        ),
        pytest.param(
            "KEY FIGURES19dead25survivors still in hospital3arrested in North Macedonia150extra police"
            " at the southern border",
            [
                ("19", "killed", "people", 19, 19, None),
                ("25", "injured", "people", 25, 25, None),
                ("3", "arrested", "people", 3, 3, None),
                ("150", "deployed", "security", 150, 150, None),
            ],
            id="a-key-figures-strip-each-figure-glued-to-the-caption-after-it",
        ),
        pytest.param(
            "Los Amates massacre\nDeaths138+ (FGR, 2026)[1]14 (Armed Forces, 1982)[3]\n"
            "Injured12 (parish clinic)[4]\nForces~600 (survivors)[5]240 (army records)[6]",
            [
                ("138+", "killed", "people", 138, None, "FGR"),
                ("14", "killed", "people", 14, 14, "Armed Forces"),
                ("12", "injured", "people", 12, 12, "parish clinic"),
                ("~600", "deployed", "security", 540, 660, "survivors"),
                ("240", "deployed", "security", 240, 240, "army records"),
            ],
            id="an-infobox-cell-with-a-second-source-right-after-its-citation-and-forces-about",
        ),
        pytest.param(
            "Mill shootingDate14 March 2001CauseWage protest by cane cuttersDeaths4 (official)\n"
            "9 (congressional commission)[2]\n"
            "17 (Pastoral Commission)[3]Injured22–37[1][2]Arrests140+[4]Participants\n600–3,000[1][4]",
            [
                ("4", "killed", "people", 4, 4, None),
                ("9", "killed", "people", 9, 9, "congressional commission"),
                ("17", "killed", "people", 17, 17, "Pastoral Commission"),
                ("22–37", "injured", "people", 22, 37, None),
                ("140+", "arrested", "people", 140, None, None),
                ("600–3,000", "participants", "protesters", 600, 3000, None),
            ],
            id="an-infobox-run-together-with-the-cells-before-it-over-wrapped-lines",
        ),
        pytest.param(
            "Casualties\nDeath(s)300+ (UN estimate)[1][2]\n450+ (interior ministry estimate)[3] (first week only)\n"
            "Injuries~2,000 (excluding the capital)",
            [
                ("300+", "killed", "people", 300, None, "UN"),
                ("450+", "killed", "people", 450, None, "interior ministry"),
                ("~2,000", "injured", "people", 1800, 2200, None),
            ],
            id="an-infobox-second-source-line-ending-in-a-note-in-brackets",
        ),
        pytest.param(
            "Casualties\nDeaths: 300+ (UN estimate)[1]\n450 (interior ministry estimate)[3] (first week only)\n",
            [
                ("300+", "killed", "people", 300, None, "UN"),
                ("450", "killed", "people", 450, 450, "interior ministry"),
            ],
            id="a-list-lines-second-source-line-ending-in-a-note-in-brackets",
        ),
        pytest.param(
            "Border shootingCausePolice fire on striking workersParticipants~5,000 (police)[2]20,000 (union)[3]"
            "Deaths19 (commission, 2026)[1]4 (Military Council, 1991)[4]Injured40 (inquiry)[5]100+ (union)[3]",
            [
                ("~5,000", "participants", "protesters", 4500, 5500, "police"),
                ("20,000", "participants", "protesters", 20000, 20000, "union"),
                ("19", "killed", "people", 19, 19, "commission"),
                ("4", "killed", "people", 4, 4, "Military Council"),
                ("40", "injured", "people", 40, 40, "inquiry"),
                ("100+", "injured", "people", 100, None, "union"),
            ],
            id="an-infobox-run-together-each-source-figure-right-after-the-citation-mark-before-it",
        ),
        pytest.param(
            "MOD SUMMARY\n\nIn hospital: 19 taken in Sat night/Sun (PHA)\n"
            "Officers hurt: 3 immigration officers, smoke inhalation, all released (ministry)\n"
            "Vigil outside Parliament Mon: police ~120, organisers 300+\n",
            [
                ("19", "injured", "people", 19, 19, "PHA"),
                ("3", "injured", "security", 3, 3, "ministry"),
                ("~120", "participants", "protesters", 108, 132, "police"),
                ("300+", "participants", "protesters", 300, None, "organisers"),
            ],
            id="a-moderators-summary-a-value-taken-somewhere-a-kind-of-officers-a-vigils-crowd",
        ),
        pytest.param(
            "MOD SUMMARY\n\nIn hospital: 19 beds taken in the night (PHA)\nDeaths: 5 burned vehicles\n",
            [],
            id="not-claims-beds-taken-somewhere-burned-vehicles",
        ),
        pytest.param(
            "Border shootingDeaths19 (commission)[1]4th of the year in the district",
            [("19", "killed", "people", 19, 19, "commission")],
            id="a-citation-mark-then-an-ordinal-is-no-other-figure",
        ),
        pytest.param(
            "Type Dam failure Cause Overtopping; spillway gates not opened in time[1] Deaths 54–71[2][5]"
            " Non-fatal injuries 118[2] Missing 9[3] Property damage US$57 million[4] Inquiries Government",
            [
                ("54–71", "killed", "people", 54, 71, None),
                ("118", "injured", "people", 118, 118, None),
            ],
            id="an-infobox-flattened-into-prose-each-cell-after-a-citation-mark",
        ),
        pytest.param(
            "2026 Arland strike Part of the pension protests Date 3–4 May 2026 Location Arland Methods "
            "Strikes, marches, road blockades Resulted in Bill withdrawn Parties Arland Union Federation "
            "Government of Arland Lead figures Ana Brel Casualties Deaths 2[4] Injuries 40 (incl. 6 police)[4] "
            "Arrests 19 (police)[4] 45 (unions)[5]",
            [
                ("2", "killed", "people", 2, 2, None),
                ("40", "injured", "people", 40, 40, None),
                ("6", "injured", "security", 6, 6, None),  # (a part of the 40: its scope says so)
                ("19", "arrested", "people", 19, 19, "police"),
                ("45", "arrested", "people", 45, 45, "unions"),
            ],
            id="a-flattened-infobox-cell-with-each-sources-figure-and-its-citation",
        ),
        pytest.param(
            "2026 Arland farm protests Part of the land reform protests Date 2 May 2026 Location Arland "
            "Caused by The land reform bill Methods Sit-in, road blockade Parties Farmers' Union; Arland "
            "Police Casualties Deaths 3 (ministry, 2 May)[2] · 7 (union)[5] Injuries 40 (ministry)[2] · 95 (union)[5]",
            [
                ("3", "killed", "people", 3, 3, "ministry"),
                ("7", "killed", "people", 7, 7, "union"),
                ("40", "injured", "people", 40, 40, "ministry"),
                ("95", "injured", "people", 95, 95, "union"),
            ],
            id="a-flattened-infobox-cells-sources-set-apart-by-dots",
        ),
        pytest.param(
            "Los Amates massacre\nAttack typeMassacre\nDeaths138+ (FGR, 2026)[1]14 (Armed Forces, 1982)[3]\n"
            "Injured12 (parish clinic)[4]\n",
            [
                ("138+", "killed", "people", 138, None, "FGR"),
                ("14", "killed", "people", 14, 14, "Armed Forces"),
                ("12", "injured", "people", 12, 12, "parish clinic"),
            ],
            id="an-infobox-line-opened-by-a-cell-whose-sources-follow-one-another-glued",
        ),
        pytest.param(
            "The shooting took place in 2001. Historians say Date 14 March is remembered.",
            [],
            id="a-label-word-in-prose-glued-to-nothing-is-no-cell",
        ),
        pytest.param(
            "Aftermath text.\n\nCasualty estimates\n\n * 4 – Lao government (state news agency), November 1997[1]\n"
            " * More than 30 – Siam Weekly Review, December 1997[2]\n * 19–26 – Vongsa, 2012[8]\n",
            [
                ("4", "killed", "people", 4, 4, "Lao government"),
                ("More than 30", "killed", "people", 31, None, "Siam Weekly Review"),
                ("19–26", "killed", "people", 19, 26, "Vongsa"),
            ],
            id="an-encyclopedias-list-of-estimates-under-a-title-each-figure-then-its-source",
        ),
        pytest.param(
            "What we know\n\nHow many were arrested?\n\n• Interior ministry: 52.\n"
            '• Legal aid group: "at least 70", among them nine students.\n',
            [
                ("52", "arrested", "people", 52, 52, "Interior ministry"),
                ("at least 70", "arrested", "people", 70, None, "Legal aid group"),
            ],
            id="an-explainers-question-heads-the-list-of-sources-figures-under-it",
        ),
        pytest.param(
            "Where things stand:\n\nCapital: police 21,000 / organisers 64,000\n",
            [
                ("21,000", "participants", "protesters", 21000, 21000, "police"),
                ("64,000", "participants", "protesters", 64000, 64000, "organisers"),
            ],
            id="police-and-organisers-figures-side-by-side-are-a-crowds-size",
        ),
        pytest.param(
            "Where things stand:\n\nCapital: police 21 / unions 64\n",
            [],
            id="figures-of-sources-with-no-organisers-and-no-measure-name-nothing",
        ),
        pytest.param(
            "Turnout, police estimate: 21,000\n",
            [("21,000", "participants", "protesters", 21000, 21000, "police estimate")],
            id="a-label-naming-whose-estimate-names-the-claimant-not-the-subject",
        ),
        pytest.param(
            "2025 Port Kessel riot Date 3 June 2025 Location Port Kessel harbour Caused by a dockers' pay dispute "
            "Casualties Death(s) 2 (ministry)[3] 5 (rights group)[4] Injuries 40 treated (hospital)[3] 90+ "
            "(rights group)[4] Arrests (harbour) 18 (police)[2] 25+ (lawyers)[5]\n",
            [
                ("2", "killed", "people", 2, 2, "ministry"),
                ("5", "killed", "people", 5, 5, "rights group"),
                ("40", "injured", "people", 40, 40, "hospital"),
                ("90+", "injured", "people", 90, None, "rights group"),
                ("18", "arrested", "people", 18, 18, "police"),
                ("25+", "arrested", "people", 25, None, "lawyers"),
            ],
            id="a-flattened-infobox-cells-each-figure-with-its-source-in-brackets-and-citations",
        ),
        pytest.param(
            "Turnout in the provinces, union tally versus prefecture tally:\n\n"
            "Lyon, place Bellecour: 12,000 / 7,500\nNantes: 9,000 / 4,100\n",
            [
                ("12,000", "participants", "protesters", 12000, 12000, "union"),
                ("7,500", "participants", "protesters", 7500, 7500, "prefecture"),
                ("9,000", "participants", "protesters", 9000, 9000, "union"),
                ("4,100", "participants", "protesters", 4100, 4100, "prefecture"),
            ],
            id="rows-one-blank-line-under-a-heading-naming-two-sources",
        ),
        pytest.param(
            "Crowd sizes outside the capital (organisers' tally / police figure where given):\n"
            "Kraków: 8,000 / 5,000\nGdańsk: 3,500 / 2,000\n",
            [
                ("8,000", "participants", "protesters", 8000, 8000, "organisers"),
                ("5,000", "participants", "protesters", 5000, 5000, "police"),
                ("3,500", "participants", "protesters", 3500, 3500, "organisers"),
                ("2,000", "participants", "protesters", 2000, 2000, "police"),
            ],
            id="two-sources-named-in-the-headings-bracket-each-before-what-it-gave",
        ),
        pytest.param(
            "Turnout in the provinces, union tally versus prefecture tally:\n\n"
            "Lyon: the march set off at noon and reached the river by three.\n",
            [],
            id="a-blank-line-then-a-sentence-with-a-colon-ends-the-heading",
        ),
        # tables of sources: a heading's bracket, a column of notes, a cell's bracket, counters beside arrests
        pytest.param(
            "Nurses on strike, by day\n\nDay          NHU (union)      Health Ministry\n"
            "Mon 3 Mar    41,000           12,500\nTue 4 Mar    38,000           9,800\n",
            [
                ("41,000", "participants", "people", 41000, 41000, "NHU (union)"),
                ("12,500", "participants", "people", 12500, 12500, "Health Ministry"),
                ("38,000", "participants", "people", 38000, 38000, "NHU (union)"),
                ("9,800", "participants", "people", 9800, 9800, "Health Ministry"),
            ],
            id="spaced-tracker-a-source-heading-with-its-kind-in-a-bracket",
        ),
        pytest.param(
            "Dockers on strike by region\n\nRegion | ITF (federation) | Port authority | Method\n"
            "Antwerp | 6,200 | 2,100 | gate counts\nGhent | 1,900 | 700 | shift rosters\n",
            [
                ("6,200", "participants", "people", 6200, 6200, "ITF (federation)"),
                ("2,100", "participants", "people", 2100, 2100, "Port authority"),
                ("1,900", "participants", "people", 1900, 1900, "ITF (federation)"),
                ("700", "participants", "people", 700, 700, "Port authority"),
            ],
            id="barred-table-a-last-column-of-methods-holds-no-figures",
        ),
        pytest.param(
            "Marches: police against organisers\n\nCity          Police / authorities     Organisers (local union)\n"
            "Lyon          9,000 (prefecture)       30,000\nLille         4,500 (police)           12,000+\n",
            [
                ("9,000", "participants", "protesters", 9000, 9000, "prefecture"),
                ("30,000", "participants", "protesters", 30000, 30000, "Organisers (local union)"),
                ("4,500", "participants", "protesters", 4500, 4500, "police"),
                ("12,000+", "participants", "protesters", 12000, None, "Organisers (local union)"),
            ],
            id="place-rows-a-cell-names-the-body-that-counted-in-its-bracket",
        ),
        pytest.param(
            "Earlier rallies called by the alliance\n\nDate            Police        Organisers     Detained\n"
            "15 Mar 2025     9,000         25,000         0\n7 Sep 2025      5,500         11,000         2\n",
            [
                ("9,000", "participants", "protesters", 9000, 9000, "Police"),
                ("25,000", "participants", "protesters", 25000, 25000, "Organisers"),
                ("0", "arrested", "people", 0, 0, None),
                ("5,500", "participants", "protesters", 5500, 5500, "Police"),
                ("11,000", "participants", "protesters", 11000, 11000, "Organisers"),
                ("2", "arrested", "people", 2, 2, None),
            ],
            id="counters-columns-beside-an-arrests-column-count-the-titles-crowd",
        ),
        pytest.param(
            "Past marches\tby the numbers\n\nDate\tPolice\tOrganisers\tArrests\n"
            "1 May 2024\t3,000\t8,000\t4\n1 May 2025\t2,800\t7,500\t1\n",
            [
                ("3,000", "participants", "protesters", 3000, 3000, "Police"),
                ("8,000", "participants", "protesters", 8000, 8000, "Organisers"),
                ("4", "arrested", "people", 4, 4, None),
                ("2,800", "participants", "protesters", 2800, 2800, "Police"),
                ("7,500", "participants", "protesters", 7500, 7500, "Organisers"),
                ("1", "arrested", "people", 1, 1, None),
            ],
            id="tab-table-marches-title-counters-and-arrests",
        ),
        pytest.param(
            "Arrests by day\n\nDate            Police        Organisers     Arrests\n"
            "15 Mar 2025     9             25             9\n",
            [("9", "arrested", "people", 9, 9, None)],
            id="counters-under-a-title-of-the-columns-own-measure-give-nothing",
        ),
        pytest.param(
            "Vehicles by district\n\nDistrict      Police (fleet)     Council (fleet)\n"
            "North         120                80\nSouth         95                 60\n",
            [],
            id="a-table-whose-title-names-no-measure-gives-nothing",
        ),
        pytest.param(
            "Marches: police against organisers\n\nCity          Police          Organisers\n"
            "Lyon          9,000 (peak)    30,000\n",
            [
                ("9,000", "participants", "protesters", 9000, 9000, "Police"),
                ("30,000", "participants", "protesters", 30000, 30000, "Organisers"),
            ],
            id="a-cells-bracket-of-a-time-names-no-one-the-columns-source-gave-it",
        ),
        pytest.param(
            "Marches: police against organisers\n\nCity          Police            Organisers\n"
            "Lyon          9,000 (2019)      30,000\n",
            [],
            id="a-cells-bracket-of-a-year-makes-the-row-no-row",
        ),
        # a title naming a measure and its source heads the list under it; numbered nights are times
        pytest.param(
            "Detentions by night (MRO count, confirmed)\n- Night 1, Sunday 15 November: 61\n- Night 2, Monday 16 November: 88\nTotal: 149\n",
            [
                ("61", "arrested", "people", 61, 61, "MRO"),
                ("88", "arrested", "people", 88, 88, "MRO"),
                ("149", "arrested", "people", 149, 149, "MRO"),
            ],
            id="monitors-list-numbered-nights-with-their-days",
        ),
        pytest.param(
            "Injured by day (Red Cross)\n* Day 1: 14\n* Day 2: 9\n",
            [("14", "injured", "people", 14, 14, "Red Cross"), ("9", "injured", "people", 9, 9, "Red Cross")],
            id="relief-agency-list-numbered-days",
        ),
        pytest.param(
            "Arrests (police figures, 3 May)\n- Friday 1 May: 12\n- Saturday 2 May: 30\n",
            [("12", "arrested", "people", 12, 12, "police"), ("30", "arrested", "people", 30, 30, "police")],
            id="wire-box-arrests-by-weekday-and-date",
        ),
        pytest.param(
            "Deaths by district (health office)\n• Gumla: 8\n• Palamu: 5\n",
            [("8", "killed", "people", 8, 8, "health office"), ("5", "killed", "people", 5, 5, "health office")],
            id="translated-bulletin-deaths-by-district",
        ),
        pytest.param(
            "Hospitalised (regional health bureau)\n- Night 3: 22\n- Week 2, Monday 9 March: 40\n",
            [
                ("22", "injured", "people", 22, 22, "regional health bureau"),
                ("40", "injured", "people", 40, 40, "regional health bureau"),
            ],
            id="forum-post-nights-and-weeks",
        ),
        pytest.param(
            "Timeline (local time)\n- Night 1, Sunday 15 November: 61\n",
            [],
            id="a-title-naming-no-measure-heads-no-list",
        ),
    ],
)
def test_layout_lines(text: str, expected: list[tuple]):
    assert _read(text) == expected


def test_layout_claims_replace_the_sentence_parser_on_their_lines():
    text = (
        "Casualties — Injuries: 64 police officers, 41 demonstrators · Arrests: 112[1]\n\n"
        "Police said 12 people were arrested on Monday."
    )
    claims = extract_claims(Source(id="t", text=text))
    got = [(c.text, c.measure, c.subject) for c in claims]
    assert got == [
        ("64", "injured", "security"),
        ("41", "injured", "protesters"),
        ("112", "arrested", "people"),
        ("12", "arrested", "people"),
    ]
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert c.text in c.sentence


def test_a_list_crowd_in_a_report_that_names_no_protesters_counts_people():
    filler = "The fair opened on Friday with stalls from every district of the province. " * 24
    text = filler + "\n\nCrowd estimates:\n\n• Police: 14,000\n• Organisers: 22,000\n"
    assert [c[:3] for c in _read(text)] == [("14,000", "participants", "people"), ("22,000", "participants", "people")]
    protest = text.replace("The fair opened", "The protesters marched")
    assert [c[2] for c in _read(protest)] == ["protesters", "protesters"]


def test_a_long_line_is_prose():
    line = "Deaths: 14 " + "and more words " * 30
    assert _read(line) == []


def test_a_sentence_with_a_colon_and_a_figure_before_it_is_prose():
    line = "Our monitors recorded 31 deaths in three days: 19 in Sokodé, 8 in Lomé and 4 in Bafilo."
    assert _read(line) == []
    assert _read("- Qureshi tribunal (1993): 37 dead") == [
        ("37", "killed", "people", 37, 37, "Qureshi tribunal")
    ]


def test_the_prose_sentence_after_a_list_line_is_the_parsers():
    text = (
        "Final-day turnout, police count versus union count:\n"
        "- Seoul: 24,000 / 90,000\n"
        "The labor ministry's estimate: 92,000 workers on strike at the peak on Thursday. "
        "The unions talked of half a million.\n"
    )
    got = [(c.text, c.measure) for c in extract_claims(Source(id="t", text=text))]
    assert ("half a million", "participants") in got
    assert ("92,000", "participants") in got


HEADLINE = (
    "Italy general strike: unions say 1.1 million marched on first day\n\n"
    "ROME - Italy's three main union confederations said 1.1 million people took to the streets "
    "on Tuesday. The Interior Ministry said about 310,000 people had joined the rallies.\n"
)


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        pytest.param(
            HEADLINE,
            [
                "Italy's three main union confederations",
                "Italy's three main union confederations",
                "The Interior Ministry",
            ],
            id="headline-claimant-named-in-fewer-words",
        ),
        pytest.param(
            "Brazil flood death toll has climbed to 96\n\nThe death toll from floods in Bahia has "
            "climbed to 96, the state governor's office said Tuesday.\n",
            ["the state governor's office", "the state governor's office"],
            id="headline-without-claimant",
        ),
        pytest.param(
            "Police say 45,000 marched in the capital\n\nOrganisers said 45,000 people marched.\n",
            ["Police", "Organisers"],
            id="headline-with-another-claimant-keeps-it",
        ),
        pytest.param(
            "Toll rises to 12\n\nThe governor's office said 11 people had died.\n",
            [None, "The governor's office"],
            id="headline-with-another-figure-keeps-its-own-voice",
        ),
        pytest.param(
            "r/europe\n\nPosted by u/jo · 9h\n18 migrants found dead in lorry near the border - police\n\n"
            "u/ana · 8h · 201 points\nPolice spokesman on TV just now: 18 dead, more in hospital.\n\n"
            "u/ben · 7h · 12 points\nAwful news.\n",
            ["police", "Police spokesman"],
            id="thread-title-not-restated-by-another-writers-comment",
        ),
    ],
)
def test_a_headline_restated_by_its_lead_is_the_leads_claim(text: str, claimants: list):
    """Issue 12, kind 11: a headline and its lead giving the same figure are one claim."""
    claims = extract_claims(Source(id="t", text=text))
    assert [c.claimant for c in claims] == claimants


def test_a_headline_and_its_lead_are_one_position_not_a_revision():
    from claimcheck.match import align

    claims = extract_claims(Source(id="t", text=HEADLINE))
    [group] = [g for g in align(claims) if any(c.value == 1_100_000 for c in g.claims)]
    ours = [i for i, c in enumerate(group.claims) if c.value == 1_100_000]
    assert len(ours) == 2
    assert not [pair for pair in group.revisions if set(pair) <= set(ours)]
    assert not [pair for pair in group.conflicts if set(pair) <= set(ours)]


STACKED = (
    "Table 1: Cases and deaths by district\nDistrict\nCases\nDeaths\nDischarged\n"
    "Kangema\n51\n14\n6\nKiharu\n35\n9\n2\nTotal\n86\n23\n8\n\n"
    "Table 2: New deaths per day\nDate\nNew deaths\nCumulative\n"
    "10/08/2026\n14\n14\n11/08/2026\n9\n23\n\nThe outbreak is concentrated in Kangema.\n"
)


def test_a_table_scraped_one_cell_per_line_gives_its_measure_columns():
    claims = read_layout(Source(id="t", text=STACKED), LEX).claims
    got = [(c.text, c.measure, c.place, c.period) for c in claims]
    assert got == [
        ("14", "killed", "Kangema", None),
        ("9", "killed", "Kiharu", None),
        ("23", "killed", None, None),  # the total row: the whole
        ("14", "killed", None, "increment"),  # 'New deaths' on a day: what it added
        ("9", "killed", None, "increment"),
    ]  # ('Cases' and 'Discharged' name no measure; 'Cumulative' is read nowhere)
    table = claims[0]
    assert STACKED[table.start : table.end] == "14"
    assert table.sentence.startswith("District\nCases") and table.sentence.endswith("Total\n86\n23\n8")
    parsed = extract_claims(Source(id="t", text=STACKED), LEX)
    assert [(c.text, c.measure, c.place) for c in parsed if c.measure != "other"] == [
        (t, m, p) for t, m, p, _ in got
    ]  # the sentence parser reads none of the cells again


def test_stacked_figures_without_a_heading_naming_a_measure_are_no_table():
    text = "Results\nName\nVotes\nSeats\nAlpha\n51\n14\nBeta\n35\n9\n"
    assert read_layout(Source(id="t", text=text), LEX).claims == []


def test_a_count_heading_takes_the_measure_of_the_passage_before_it():
    text = (
        "1. We recorded 2,950 arrests over the three days of protest.\n\n2. By day, our count is:\n"
        "   - Monday 4 May: 900\n   - Tuesday 5 May: 1,250\n   - Wednesday 6 May: 800\n\n"
        "3. Our offices are open daily.\n"
    )
    assert _read(text) == [
        ("900", "arrested", "people", 900, 900, None),  # (a day's label names no one)
        ("1,250", "arrested", "people", 1250, 1250, None),
        ("800", "arrested", "people", 800, 800, None),
    ]
    # lines that name their own measures keep them: 'Tally as of tonight:' / 'Day 1: 11 dead'
    tally = "Police arrested 12 people on Monday.\n\nTally as of tonight:\nDay 1 (6 Jul): 11 dead (gov) / 6 (police)\n"
    assert {m for _, m, *_ in _read(tally)} == {"killed"}


def test_a_communiques_dot_leaders_part_a_town_from_its_figure():
    text = (
        "Estimated number of participants by town (peak attendance):\n\n"
        "  1. Arlon (Grand Place) ...................... approx. 11,500\n"
        "  2. Namur (Place d'Armes) .................... approx. 4,000\n"
    )
    # the bracket after a town names a site in it, not who counted
    assert _read(text) == [
        ("approx. 11,500", "participants", "protesters", 10350, 12650, None),
        ("approx. 4,000", "participants", "protesters", 3600, 4400, None),
    ]


def test_a_table_of_estimates_by_source_and_year_scraped_onto_one_line():
    text = (
        "Aftermath\n\nEstimates of the dead\nSource Year Figure Notes Interior Ministry 1970 4 "
        'communiqué, "rioters"[2] Diocese of Arlon (burial register) 1991 41 parish records[5] '
        "R. Lee (historian) 2011 26–34 archival study[7]\n\nLegacy\n"
    )
    got = [
        (c.text, c.measure, c.claimant)
        for c in extract_claims(Source(id="t", text=text), LEX)
    ]
    assert got == [
        ("4", "killed", "Interior Ministry"),  # (its mark after a quotation mark is masked)
        ("41", "killed", "Diocese of Arlon"),
        ("26–34", "killed", "R. Lee"),
    ]


def test_a_count_heading_takes_the_measure_of_the_passage_before_a_passage_naming_none():
    """'Our figures by town:' after a paragraph that only argues about figures ('We reject the
    prefecture's 30,000 …', no measure word): the measure is the one the paragraph before named."""
    text = (
        "More than 90,000 people marched in the capital, by our stewards' reckoning, the largest turnout in years.\n\n"
        "We reject the prefecture's 30,000, which nobody has explained. An aerial photograph taken at 15:00 "
        "shows the boulevard full from end to end, and a second one at 16:00 shows the side streets full as well. "
        "We have asked the prefecture to publish its method and it has not replied. Our stewards stand by "
        "their work, and so do we, and we will publish the photographs on our site so that anyone can check.\n\n"
        "Our figures by town:\n"
        "Rouen: 6,000\nCaen: 2,500\n"
    )
    assert [(c.text, c.measure) for c in read_layout(Source(id="t", text=text), LEX).claims] == [
        ("6,000", "participants"),
        ("2,500", "participants"),
    ]


def test_a_section_heading_in_capitals_names_the_measure_of_the_lines_under_it():
    """A forum's or a fact box's section heading in capitals with no colon ('ARRESTED', 'INJURED')
    names the measure of the labelled lines below it, each source's figure with its source."""
    text = (
        "Pinned: what we know so far.\n\nARRESTED\nPolice: 40 in Lyon\nLegal team: 52 (as of 9pm)\n\n"
        "INJURED\nFire brigade: 7\n"
    )
    assert [(c.text, c.measure, c.claimant) for c in read_layout(Source(id="t", text=text), LEX).claims] == [
        ("40", "arrested", "Police"),
        ("52", "arrested", "Legal team"),
        ("7", "injured", "Fire brigade"),
    ]
    assert read_layout(Source(id="t", text="NEWS\nLyon: 40\n"), LEX).claims == []  # a heading naming no measure


def _scoped(text: str) -> list[tuple]:
    claims = read_layout(Source(id="t", text=text), LEX).claims
    return [(c.text, c.measure, c.subject, c.claimant, c.scope) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- Dead: Ministry 16 (14 inmates + 2 custodians) · OCL 21",
            [
                ("16", "killed", "people", "Ministry", None),
                ("14", "killed", "people", "Ministry", "part: 14 of 16"),
                ("2", "killed", "security", "Ministry", "part: 2 of 16"),
                ("21", "killed", "people", "OCL", None),
            ],
            id="forum-summary-parts-joined-by-plus-in-the-bracket",
        ),
        pytest.param(
            "Injured: 40 (12 children, 3 firefighters)",
            [
                ("40", "injured", "people", None, None),
                ("12", "injured", "people", None, "part: 12 of 40"),
                ("3", "injured", "security", None, "part: 3 of 40"),
            ],
            id="wire-box-parts-listed-with-commas",
        ),
        pytest.param(
            "• Hospitalised: 27 (incl. 5 police officers)",
            [("27", "injured", "people", None, None), ("5", "injured", "security", None, "part: 5 of 27")],
            id="live-blog-bullet-incl-part",
        ),
        pytest.param(
            "Arrests: 212, of whom 30 minors",
            [("212", "arrested", "people", None, None), ("30", "arrested", "people", None, "part: 30 of 212")],
            id="translation-of-whom-tail",
        ),
        pytest.param(
            "Wounded: 58, 9 seriously (Red Cross)",
            [("58", "injured", "people", "Red Cross", None), ("9", "injured", "people", "Red Cross", "part: 9 of 58")],
            id="how-badly-tail-before-the-source-bracket",
        ),
        pytest.param(
            "Detained: 31 (4 of them minors)",
            [("31", "arrested", "people", None, None), ("4", "arrested", "people", None, "part: 4 of 31")],
            id="of-them-part-is-no-source",
        ),
        pytest.param(
            "Injured: MSPBS 44 (23 still admitted)",
            [("44", "injured", "people", "MSPBS", None), ("23", "injured", "people", "MSPBS", "part: 23 of 44")],
            id="still-admitted-part",
        ),
        pytest.param(
            "Deaths: 9 (including 2 rescuers) · Missing: 4",
            [("9", "killed", "people", None, None), ("2", "killed", "security", None, "part: 2 of 9")],
            id="key-figures-pairs-including-part",
        ),
        pytest.param(
            "DETAINED\nPolice: 14 in Prague (12 at the counter-demo, 2 on the square)",
            [
                ("14", "arrested", "people", "Police", None),
                ("12", "arrested", "people", "Police", "part: 12 of 14"),
                ("2", "arrested", "people", "Police", "part: 2 of 14"),
            ],
            id="parts-by-place-after-the-figures-own-place",
        ),
        pytest.param(
            "Injured: 20 in Ghent (4 police officers)",
            [("20", "injured", "people", None, None), ("4", "injured", "security", None, "part: 4 of 20")],
            id="a-part-after-the-place-is-no-source",
        ),
        pytest.param(
            "Detained: 52 (46 on the first night)",
            [("52", "arrested", "people", None, None), ("46", "arrested", "people", None, None)],
            id="a-times-count-in-the-bracket-is-no-part",
        ),
        pytest.param(
            "Deaths: 742 (2004 inquiry) · Arrests: 2,300 (first week)",
            [("742", "killed", "people", "2004 inquiry", None), ("2,300", "arrested", "people", None, None)],
            id="not-a-part-a-source-or-a-time-in-the-bracket",
        ),
    ],
)
def test_parts_of_a_list_value(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '- Injured: Ministry 34 · OCL "at least 40"',
            [("34", "injured", "people", "Ministry", None), ("at least 40", "injured", "people", "OCL", None)],
            id="forum-summary-second-source-in-quotes",
        ),
        pytest.param(
            "- Crowd: police ~700 / traders' union \"more than 5,000\"",
            [("~700", "participants", "protesters", "police", None),
             ("more than 5,000", "participants", "protesters", "traders' union", None)],
            id="crowd-rival-counts-quoted",
        ),
        pytest.param(
            'Arrests: police 12, lawyers "over 30"',
            [("12", "arrested", "people", "police", None), ("over 30", "arrested", "people", "lawyers", None)],
            id="comma-list-quoted-second-figure",
        ),
        pytest.param(
            "Turnout: prefecture 8,000 · CGT “nearly 25,000”",
            [("8,000", "participants", "protesters", "prefecture", None),
             ("nearly 25,000", "participants", "protesters", "CGT", None)],
            id="curly-quotes-translation",
        ),
        pytest.param(
            'Dead: army 4 | residents "more than 20"',
            [("4", "killed", "people", "army", None), ("more than 20", "killed", "people", "residents", None)],
            id="bars-quoted-residents-figure",
        ),
        pytest.param(
            'Dead: "at least 12" (families)',
            [("at least 12", "killed", "people", "families", None)],
            id="a-quoted-value-alone-still-read",
        ),
    ],
)
def test_a_sources_figure_in_its_own_words(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Methods\tMarches, road blockades\nNumber\t3,500 (police)[2] – 20,000+ (organisers)[3]",
            [("3,500", "participants", "protesters", "police", None),
             ("20,000+", "participants", "protesters", "organisers", None)],
            id="protest-infobox-number-tab",
        ),
        pytest.param(
            "Number Peak (12 October): 1,200 (ROP)[4] – c. 6,000 (organisers)[5]",
            [("1,200", "participants", "protesters", "ROP", None),
             ("c. 6,000", "participants", "protesters", "organisers", None)],
            id="protest-infobox-number-peak-circa-after-the-dash",
        ),
        pytest.param(
            "Number 3,500–20,000 (estimates vary)[3][9]",
            [("3,500–20,000", "participants", "protesters", None, None)],
            id="protest-infobox-flattened-range-run-together",
        ),
        pytest.param(
            "Number\tc. 40,000 (organisers)[1]",
            [("c. 40,000", "participants", "protesters", "organisers", None)],
            id="protest-infobox-circa",
        ),
        pytest.param(
            "Number: 2,000–3,000 (police)",
            [("2,000–3,000", "participants", "protesters", "police", None)],
            id="number-label-colon-range",
        ),
        pytest.param(
            "Peak number: 15,000 (city hall)",
            [("15,000", "participants", "protesters", "city hall", None)],
            id="peak-number-label",
        ),
        pytest.param("Number of schools closed: 40", [], id="not-a-crowd-number-of-other-things"),
    ],
)
def test_a_crowd_label_names_the_turnout(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Recaptured: 35 (ministry, Tuesday)", [("35", "arrested", "people", "ministry", None)],
                     id="escape-summary-recaptured"),
        pytest.param("• Taken into custody: 12 (police)", [("12", "arrested", "people", "police", None)],
                     id="live-blog-taken-into-custody"),
        pytest.param("Apprehended\t9 (border guard)[2]", [("9", "arrested", "people", "border guard", None)],
                     id="infobox-tab-apprehended"),
        pytest.param("KEY FIGURES\nDead5Missing2Injured17Critical4",
                     [("5", "killed", "people", None, None), ("17", "injured", "people", None, None)],
                     id="key-figures-run-together-critical-is-a-part-left-out"),
        pytest.param("- Sought medical help: 17 (city health dept)", [("17", "injured", "people", "city health dept", None)],
                     id="forum-sought-medical-help"),
        pytest.param("Needed treatment: 31 · Received treatment: 12 (Red Crescent)",
                     [("31", "injured", "people", None, None), ("12", "injured", "people", "Red Crescent", None)],
                     id="translation-needed-and-received-treatment"),
        pytest.param("Critical infrastructure: 4 sites", [], id="not-a-count-of-people-critical-sites"),
    ],
)
def test_label_words_of_the_hurt_and_the_held(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Counter-demo at the Museum: police ~300, Hlas národa says 2,000+",
            [("~300", "participants", "protesters", "police", None),
             ("2,000+", "participants", "protesters", "Hlas národa", None)],
            id="forum-recap-place-label-police-then-a-group-says",
        ),
        pytest.param(
            "• Tuesday on Austurvöllur: ~6,000 (police) / 14,000+ (Protect the Fjords)",
            [("~6,000", "participants", "protesters", "police", None),
             ("14,000+", "participants", "protesters", "Protect the Fjords", None)],
            id="live-blog-catch-up-sources-in-brackets",
        ),
        pytest.param(
            "Place Bellecour: 8,000 (police) / 25,000 (CGT)",
            [("8,000", "participants", "protesters", "police", None), ("25,000", "participants", "protesters", "CGT", None)],
            id="translation-square-label-brackets",
        ),
        pytest.param(
            "Harbour front: police 1,200 · the fishers' association 5,000",
            [("1,200", "participants", "protesters", "police", None),
             ("5,000", "participants", "protesters", "the fishers' association", None)],
            id="wire-box-bullets-source-before-figure",
        ),
        pytest.param("Kyiv: police 4, medics 9", [], id="not-a-crowd-small-figures"),
        pytest.param("Lyon: 8,000 · 25,000", [], id="not-a-crowd-no-sources-named"),
        pytest.param("The mayor said: police counted 300, organisers 2,000.", [], id="not-a-list-a-sentence"),
    ],
)
def test_rival_counts_of_a_place_name_the_crowd(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Injured: 34 (ministry) / at least 40 (OCL)",
            [("34", "injured", "people", "ministry", None), ("at least 40", "injured", "people", "OCL", None)],
            id="key-figures-slash-at-least",
        ),
        pytest.param(
            "Arrests: 19 (police) / more than 60 (lawyers)",
            [("19", "arrested", "people", "police", None), ("more than 60", "arrested", "people", "lawyers", None)],
            id="wire-box-slash-more-than",
        ),
        pytest.param(
            "Turnout: 5,000 (police) / about 12,000 (union)",
            [("5,000", "participants", "protesters", "police", None),
             ("about 12,000", "participants", "protesters", "union", None)],
            id="turnout-slash-about",
        ),
        pytest.param(
            "Deaths: 7 (army) · up to 25 (villagers)",
            [("7", "killed", "people", "army", None), ("up to 25", "killed", "people", "villagers", None)],
            id="translation-bullet-up-to",
        ),
        pytest.param(
            "Wounded: 12 (hospital) | well over 30 (medics' network)",
            [("12", "injured", "people", "hospital", None), ("well over 30", "injured", "people", "medics' network", None)],
            id="forum-bar-well-over",
        ),
        pytest.param(
            "Deaths 37 Injured 112 Missing 9",
            [("37", "killed", "people", None, None), ("112", "injured", "people", None, None)],
            id="labels-and-figures-still-pairs",
        ),
    ],
)
def test_a_qualified_figure_of_another_source_is_no_label(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


def test_glued_cells_are_looked_for_where_their_cue_can_be() -> None:
    """layout._glued_cell_cue tries GLUED_CUES' first pattern only where CELL_CUE_MARKS finds its
    capital, small letters and digit in a byte per character: the same answer as the patterns'
    own searches, on every test report (from its body's start and from other places) and on
    random strings of the characters the cues read."""
    import random

    from claimcheck.layout import GLUED_CUES, _glued_cell_cue

    texts = list(report_texts())
    rng = random.Random(26)
    alphabet = "aZb)]D \t\n1٣?é’x   "
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(20000)]
    for text in texts:
        for start in (0, 1, len(text) // 3):
            want = any(cue.search(text, start) for cue in GLUED_CUES)
            assert _glued_cell_cue(text, start) == want, (text[:80], start)


def test_a_line_spaced_into_cells_is_looked_for_at_its_spaces() -> None:
    """layout._separator tries SPACED only before two spaces when the line holds no tab: the
    same answer as its search, for every line of every test report and random lines."""
    import random

    from claimcheck.layout import SPACED, _separator

    texts = list(report_texts())
    rng = random.Random(26)
    texts += ["".join(rng.choice("a  \u00a0|b") for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in texts:
        lo = 0
        while lo < len(text):
            hi = text.find("\n", lo)
            hi = len(text) if hi < 0 else hi
            if hi > lo:
                got = _separator(text, lo, hi)
                if got in ("  ", None):
                    assert (got == "  ") == (SPACED.search(text, lo, hi) is not None)
            lo = hi + 1


def _counted(text: str) -> list[tuple]:
    claims = read_layout(Source(id="t", text=text), LEX).claims
    return [(c.text, c.measure, c.subject, c.claimant) for c in claims]


# A label line whose label names people alone, by its head noun (a plural of forces, or of those who
# make up a crowd), with modifiers after it (a place, a time, a bracket): the forces sent, the crowd.
PEOPLE_LABELS = (
    ("Constables on duty at the bridge ........ 310", "310", "deployed", "security", None, "forces-dot-leaders-on-duty"),
    ("Soldiers (army statement): 1,200", "1,200", "deployed", "security", "army statement", "forces-bracket-colon"),
    ("Firefighters at the scene: 85", "85", "deployed", "security", None, "forces-at-the-scene"),
    ("Gendarmes around the prefecture ...... 600 (prefecture)", "600", "deployed", "security", "prefecture", "forces-gendarmes-around"),
    ("Troops in the old town: about 2,000", "about 2,000", "deployed", "security", None, "forces-troops-in-about"),
    ("Marines (navy) ....................... 140", "140", "deployed", "security", "navy", "forces-marines-bracket-leaders"),
    ("Rescuers from neighbouring districts: 73", "73", "deployed", "security", None, "forces-rescuers-from"),
    ("Paramilitary troops since Friday: 900 (home ministry)", "900", "deployed", "security", "home ministry", "forces-since-a-day"),
    ("Peacekeepers along the buffer zone ..... 1,100", "1,100", "deployed", "security", None, "forces-peacekeepers-along"),
    ("Security personnel inside the stadium: 640", "640", "deployed", "security", None, "forces-personnel-inside"),
    ("Carabinieri in Piazza Duomo: 250 (prefecture)", "250", "deployed", "security", "prefecture", "forces-carabinieri-square"),
    ("Riot police officers before the match ...... 480", "480", "deployed", "security", None, "forces-before-the-match"),
    ("Spectators in the stands ........ 41,000", "41,000", "participants", "people", None, "crowd-spectators-in-the-stands"),
    ("Mourners (parish): about 3,000", "about 3,000", "participants", "people", "parish", "crowd-mourners-bracket"),
    ("Pilgrims at the shrine: 250,000 (temple board)", "250,000", "participants", "people", "temple board", "crowd-pilgrims-at"),
    ("Fans outside the ground ..... c. 5,000", "c. 5,000", "participants", "people", None, "crowd-fans-outside-circa"),
    ("Worshippers (mosque committee): 12,000", "12,000", "participants", "people", "mosque committee", "crowd-worshippers"),
    ("Onlookers along the route: 800", "800", "participants", "people", None, "crowd-onlookers-along"),
    ("Revellers on the seafront: 60,000 (council)", "60,000", "participants", "people", "council", "crowd-revellers-on"),
    ("Concertgoers (promoter) .... 55,000", "55,000", "participants", "people", "promoter", "crowd-concertgoers-leaders"),
    ("Devotees at the ghats: 120,000", "120,000", "participants", "people", None, "crowd-devotees-at"),
    ("Well-wishers at the airport ......... 2,000", "2,000", "participants", "people", None, "crowd-well-wishers"),
    ("Marchers from the station ........ 7,000", "7,000", "participants", "protesters", None, "crowd-marchers-from"),
    ("Strikers outside the plant: 2,300 (union)", "2,300", "participants", "protesters", "union", "crowd-strikers-outside"),
    ("Officers on the streets — 4,000", "4,000", "deployed", "security", None, "forces-dash-on-the-streets"),
    ("Lifeguards along the beach – 35 (council)", "35", "deployed", "security", "council", "forces-dash-lifeguards-bracket"),
    ("Soldiers at the checkpoints - about 600", "about 600", "deployed", "security", None, "forces-hyphen-about"),
    ("Volunteers in the camps — 210", "210", "deployed", "security", None, "relief-dash-volunteers"),
    ("Spectators at the final — 38,500 (league)", "38,500", "participants", "people", "league", "crowd-dash-spectators"),
    ("Mourners outside the church – c. 1,500", "c. 1,500", "participants", "people", None, "crowd-dash-mourners-circa"),
    # a measure phrase of the lexicon that names its people ('police deployed') gives them
    ("Police deployed: 1,500", "1,500", "deployed", "security", None, "measure-phrase-police-deployed"),
    ("Troops deployed ........ 2,000 (defence ministry)", "2,000", "deployed", "security", "defence ministry", "measure-phrase-troops-deployed"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, [(n, m, s, w)], id=i, marks=[pytest.mark.xfail(strict=True, reason="'lifeguards' is in no list of forces or relief staff")] if "lifeguards" in i else [])
        for t, n, m, s, w, i in PEOPLE_LABELS
    ]
    + [
        pytest.param("Injured:\nPolice officers: 12\nProtesters: 40", [("12", "injured", "security", None), ("40", "injured", "protesters", None)],
                     id="not-forces-sent-under-a-heading-of-the-hurt"),
        pytest.param("Deaths: 4\nPolice officers: 2", [("4", "killed", "people", None)], id="not-forces-sent-under-a-line-of-the-dead"),
        pytest.param("Police: 4,000", [], id="not-forces-sent-the-police-alone-may-be-a-source"),
        pytest.param("Police vehicles at the scene: 40", [], id="not-forces-sent-vehicles"),
    ],
)
def test_a_label_naming_people_alone_counts_them(text: str, expected: list[tuple]):
    assert _counted(text) == expected


# A line of a scraped box whose cells a scraper ran together from its start, each cell's label glued
# to the figure or the bracket before it: every cell is read apart, its own source in its bracket.
# Written before the reader (first run at main: 10 of 13 failed).
RUN_FROM_THE_START = (
    ("Fatalities12 (coroner)[3]Hurt40 (hospital)", [("12", "killed", "people", "coroner"), ("40", "injured", "people", "hospital")], "fatalities-hurt"),
    ("Dead3 (police)[1]Arrested27 (police)[2]", [("3", "killed", "people", "police"), ("27", "arrested", "people", "police")], "dead-arrested"),
    ("Deaths21 (ministry)[4]30 (NGO)[5]Missing4", [("21", "killed", "people", "ministry"), ("30", "killed", "people", "NGO")], "two-sources-then-missing"),
    ("Killed2 (army)Wounded19 (Red Crescent)[2]", [("2", "killed", "people", "army"), ("19", "injured", "people", "Red Crescent")], "bracket-then-label"),
    ("Injured64[1]Arrests112[2]", [("64", "injured", "people", None), ("112", "arrested", "people", None)], "citations-only"),
    ("Detained15 (prosecutor)[7]Released9", [("15", "arrested", "people", "prosecutor")], "released-counts-nothing"),
    ("Dead11[2]Injured80+ (civil defence)[3]", [("11", "killed", "people", None), ("80+", "injured", "people", "civil defence")], "citation-then-plus"),
    ("Arrested44 (interior ministry)Injured6 (police)", [("44", "arrested", "people", "interior ministry"), ("6", "injured", "people", "police")], "ministry-then-police"),
    ("Deaths5Injuries23 (hospital board)[1]", [("5", "killed", "people", None), ("23", "injured", "people", "hospital board")], "figure-into-label"),
    (
        "Turnout3,000 (police)[1]18,000 (organisers)[2]Arrests7",
        [("3,000", "participants", "protesters", "police"), ("18,000", "participants", "protesters", "organisers"), ("7", "arrested", "people", None)],
        "turnout-two-sources-then-arrests",
    ),
    ("Hospitalised31 (health office)[2]Dead4 (health office)[2]", [("31", "injured", "people", "health office"), ("4", "killed", "people", "health office")], "hospitalised-dead"),
    ("Fatalities8Injured52Missing2", [("8", "killed", "people", None), ("52", "injured", "people", None)], "bare-figures"),
    ("Officers deployed900 (prefecture)[4]Arrested61[5]", [("900", "deployed", "security", "prefecture"), ("61", "arrested", "people", None)], "forces-then-arrests"),
)


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for t, e, i in RUN_FROM_THE_START])
def test_a_line_of_cells_run_together_from_its_start_reads_each_cell(text: str, expected: list[tuple]):
    assert _counted(f"The summary box, as scraped:\n\n{text}\n\nOfficials spoke later.\n") == expected


# A scraped row or cell whose label names forces or a body's people sent, with no measure word, run
# into its figure ('Army engineers (Field Engineering Bn)85', 'Police1,200 (…)[4]'): those sent.
# (first run at main: 10 of 12 failed).
FORCES_RUN_TOGETHER = (
    ("Response\nNavy divers (Western Command)44\nCivil Defence volunteers310\n",
     [("44", "deployed", "security", "Western Command"), ("310", "deployed", "security", None)], "rows-divers-volunteers"),
    ("Teams on site\nCoast guard officers60\nRed Crescent paramedics95\n",
     [("60", "deployed", "security", None), ("95", "deployed", "security", None)], "rows-a-bodys-paramedics"),
    ("Response\nBorder guards (eastern sector)220\nMunicipal rescuers (three districts)75\n",
     [("220", "deployed", "security", "eastern sector"), ("75", "deployed", "security", "three districts")], "rows-guards-rescuers"),
    ("Resources committed\nGendarmes (mobile squadrons)450\nArmy medics38\n",
     [("450", "deployed", "security", "mobile squadrons"), ("38", "deployed", "security", None)], "rows-army-medics"),
    ("Response\nFire service crews (two stations)52\nSt John volunteers140\n",
     [("52", "deployed", "security", "two stations"), ("140", "deployed", "security", None)], "rows-service-crews-volunteers"),
    ("Sent to the site\nRiot police officers700\nScout volunteers64\n",
     [("700", "deployed", "security", None), ("64", "deployed", "security", None)], "rows-scout-volunteers"),
    ("Summary box, scraped\nTroops1,500 (defence ministry)[3]2,000 (local media)[4]\n",
     [("1,500", "deployed", "security", "defence ministry"), ("2,000", "deployed", "security", "local media")], "cell-troops-two-sources"),
    ("Summary box, scraped\nPolice3,000 (prefecture)[1]Arrests41 (prefecture)[2]\n",
     [("3,000", "deployed", "security", "prefecture"), ("41", "arrested", "people", "prefecture")], "cell-police-then-arrests"),
    ("Summary box, scraped\nDeaths4 (hospital)[1]Soldiers600 (army)[2]\n",
     [("4", "killed", "people", "hospital"), ("600", "deployed", "security", "army")], "cell-deaths-then-soldiers"),
    ("Summary box, scraped\nSpectators52,000 (league)[1]Injured17 (ambulance service)[2]\n",
     [("52,000", "participants", "people", "league"), ("17", "injured", "people", "ambulance service")], "cell-spectators-then-injured"),
    ("Summary box, scraped\nRescuers180 (civil protection)[2]Dead9[3]\n",
     [("180", "deployed", "security", "civil protection"), ("9", "killed", "people", None)], "cell-rescuers-then-dead"),
    ("Summary box, scraped\nFirefighters90[2]Missing3[3]\n", [("90", "deployed", "security", None)], "cell-firefighters-then-missing"),
)


_FORCES_READ = ("rows-guards-rescuers", "cell-troops-two-sources")  # the rest: known misses (a reader of them was
# tried and left out: it moved no blind text and lowered the grouping of sets 74, 80, 85 and set 80's attribution)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(t, e, id=i, marks=[] if i in _FORCES_READ else [pytest.mark.xfail(strict=True, reason="a label of forces or a body's people run into its figure names no measure")])
    for t, e, i in FORCES_RUN_TOGETHER
])
def test_a_run_together_label_of_forces_or_a_bodys_people_counts_those_sent(text: str, expected: list[tuple]):
    assert _counted(text) == expected
