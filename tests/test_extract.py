"""extract_claims on single sentences of our own, from many kinds of events.

Each row lists every claim the sentence must give, left to right, as
(measure, subject, value, low, high, qualifier); nothing else among the five measures may come out.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_claims
from claimcheck.models import Claim, Source
from claimcheck.parse.sentences import split_sentences

K, INJ, A, P, D = "killed", "injured", "arrested", "participants", "deployed"
MEASURES = (K, INJ, A, P, D)
PEOPLE, PROT, SEC, JOUR = "people", "protesters", "security", "journalists"


def case(id: str, *values: object) -> object:
    return pytest.param(*values, id=id)


def xfail(id: str, *values: object, reason: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


def check_spans(source: Source, claims: list[Claim]) -> None:
    """Every claim points at its own words, and its interval is well formed."""
    for c in claims:
        assert source.text[c.start : c.end] == c.text
        assert c.high is None or c.low <= c.high
        assert c.text in c.sentence
        assert source.text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start and c.end <= c.sentence_start + len(c.sentence)
        assert c.line == source.text.count("\n", 0, c.start) + 1


def claims_of(text: str, **kwargs: object) -> list[Claim]:
    source = Source(id="t", text=text)
    claims = extract_claims(source, **kwargs)
    check_spans(source, claims)
    return [c for c in claims if c.measure in MEASURES]


def rows(claims: list[Claim]) -> list[tuple[object, ...]]:
    return [(c.measure, c.subject, c.value, c.low, c.high, c.qualifier) for c in claims]


def exact(measure: str, subject: str, n: int) -> tuple[object, ...]:
    return (measure, subject, n, n, n, "exact")


def denial(measure: str, subject: str = PEOPLE) -> tuple[object, ...]:
    return (measure, subject, 0, 0, 0, "denial")


# --- claims ---------------------------------------------------------------------------------

CLAIMS = [
    # floods and earthquakes
    case(
        "flood-killed-and-injured",
        "At least 34 people were killed and 120 injured when floodwaters swept through villages in Sindh.",
        [(K, PEOPLE, 34, 34, None, "at_least"), exact(INJ, PEOPLE, 120)],
    ),
    case(
        "quake-active-verbs-trailing-source",
        "The earthquake killed 2,300 people and injured more than 5,000, the disaster agency said.",
        [exact(K, PEOPLE, 2300), (INJ, PEOPLE, 5000, 5001, None, "more_than")],
    ),
    case("quake-left-injured", "The quake left 2,000 injured.", [exact(INJ, PEOPLE, 2000)]),
    case(
        "camp-fire-dead-not-missing",
        "The Rohingya camp fire left 15 dead and 400 missing.",
        [exact(K, PEOPLE, 15)],
    ),
    case(
        "landslide-homes-not-counted",
        "A landslide buried 40 homes, killing 12 villagers.",
        [exact(K, PEOPLE, 12)],
    ),
    case(
        "cyclone-year-not-counted",
        "The cyclone killed 138,000 people in 1991.",
        [exact(K, PEOPLE, 138000)],
    ),
    case(
        "flood-words-hundred-and-five",
        "One hundred and five people were killed in the floods.",
        [exact(K, PEOPLE, 105)],
    ),
    case(
        "landslide-scores",
        "Scores of villagers were killed in the landslide.",
        [(K, PEOPLE, None, 40, 99, "vague")],
    ),
    case(
        "heatwave-more-than",
        "More than 1,100 people died in the heatwave.",
        [(K, PEOPLE, 1100, 1101, None, "more_than")],
    ),
    case(
        "toll-reached-year-inside",
        "The toll from the 2005 earthquake reached 86,000.",
        [exact(K, PEOPLE, 86000)],
    ),
    case(
        "number-of-dead-rose-to",
        "The number of people killed rose to 42.",
        [exact(K, PEOPLE, 42)],
    ),
    # stadium crush, stampede, lakh and crore
    case(
        "stadium-crush",
        "At least 125 people died in a crush at the stadium in Malang after police fired tear gas.",
        [(K, PEOPLE, 125, 125, None, "at_least")],
    ),
    case(
        "stampede-india",
        "At least 121 people were killed in a stampede at a religious gathering in Hathras.",
        [(K, PEOPLE, 121, 121, None, "at_least")],
    ),
    case(
        "stampede-lakh-crowd",
        "At least 30 people were killed and 2 lakh people gathered at the site when the stampede began.",
        [(K, PEOPLE, 30, 30, None, "at_least"), exact(P, PEOPLE, 200000)],
    ),
    case(
        "crowd-of-two-lakh-words",
        "A crowd of two lakh people had assembled at the fairground.",
        [exact(P, PEOPLE, 200000)],
    ),
    case(
        "crore-took-part",
        "Officials said 1.5 crore people took part in the holy dip on Monday.",
        [exact(P, PEOPLE, 15000000)],
    ),
    case(
        "lakh-grouping-nearly",
        "Nearly 5,00,000 people gathered at the ghats before dawn.",
        [(P, PEOPLE, 500000, 450000, 500000, "approx")],
    ),
    case(
        "bus-crash-pilgrims-killing",
        "A bus plunged into a gorge, killing 27 pilgrims.",
        [exact(K, PEOPLE, 27)],
    ),
    # strikes and marches (France)
    case(
        "france-police-count",
        "Police said 1.2 million people marched across France on Thursday against the pension reform.",
        [exact(P, PEOPLE, 1200000)],
    ),
    case(
        "france-union-count-approx",
        "About 4.5 million people took part in the strike across France, the CGT union said.",
        [(P, PEOPLE, 4500000, 4050000, 4950000, "approx")],
    ),
    case(
        "france-joined-the-strike",
        "Some 800,000 workers joined the strike, the CGT said.",
        [(P, PEOPLE, 800000, 720000, 880000, "approx")],
    ),
    case(
        "paris-thousands-marched",
        "Thousands of demonstrators marched through Paris.",
        [(P, PROT, None, 2000, 9999, "vague")],
    ),
    case(
        "crowd-of-about",
        "Police fired tear gas on a crowd of about 10,000 demonstrators.",
        [(P, PROT, 10000, 9000, 11000, "approx")],
    ),
    case(
        "rally-attended-by-nearly",
        "The rally was attended by nearly 50,000 supporters.",
        [(P, PROT, 50000, 45000, 50000, "approx")],
    ),
    case(
        "crowd-numbered",
        "The crowd numbered about 80,000.",
        [(P, PEOPLE, 80000, 72000, 88000, "approx")],
    ),
    # riots (US)
    case(
        "us-riot-arrested-overnight",
        "Police arrested 200 people overnight as rioting spread in Minneapolis.",
        [exact(A, PEOPLE, 200)],
    ),
    case(
        "us-riot-up-to",
        "Up to 20 people were arrested after the riot in Minneapolis.",
        [(A, PEOPLE, 20, 0, 20, "up_to")],
    ),
    case(
        "fewer-than-detained",
        "Fewer than 20 people were detained.",
        [(A, PEOPLE, 20, 0, 19, "less_than")],
    ),
    case(
        "uk-arrested-and-officers-injured",
        "Police said 457 people were arrested nationwide and 441 officers were injured.",
        [exact(A, PEOPLE, 457), exact(INJ, SEC, 441)],
    ),
    case(
        "hundreds-arrested",
        "Hundreds of protesters were arrested.",
        [(A, PROT, None, 200, 999, "vague")],
    ),
    case(
        "more-than-detained-since",
        "More than 450 protesters have been detained since Monday, police said.",
        [(A, PROT, 450, 451, None, "more_than")],
    ),
    case(
        "activists-jailed-since-year",
        "Since 2019, 500 activists have been jailed.",
        [exact(A, PROT, 500)],
    ),
    case(
        "arrests-noun-after-distance",
        "The 1,200 km march ended with 35 arrests.",
        [exact(A, PEOPLE, 35)],
    ),
    case(
        "demonym-head",
        "Police said 40 Americans were detained.",
        [exact(A, PEOPLE, 40)],
    ),
    case(
        "range-between",
        "Between 400 and 800 protesters were arrested.",
        [(A, PROT, 400, 400, 800, "range")],
    ),
    case(
        "range-hyphen",
        "400-800 protesters were arrested.",
        [(A, PROT, 400, 400, 800, "range")],
    ),
    case(
        "range-to",
        "400 to 800 protesters were arrested.",
        [(A, PROT, 400, 400, 800, "range")],
    ),
    # war and security forces
    case(
        "war-soldiers-killed-wounded",
        "Twelve soldiers were killed and 30 wounded in the attack on the base, the army said.",
        [exact(K, SEC, 12), exact(INJ, SEC, 30)],
    ),
    case(
        "war-russian-soldiers",
        "Ukraine's defence ministry said 20 Russian soldiers were killed.",
        [exact(K, SEC, 20)],
    ),
    case(
        "ambush-a-dozen",
        "A dozen soldiers were killed in the ambush.",
        [exact(K, SEC, 12)],
    ),
    case(
        "officers-shot-dead-others-wounded",
        "Two police officers were shot dead and four others were wounded.",
        [exact(K, SEC, 2), exact(INJ, SEC, 4)],
    ),
    case(
        "deployed-active",
        "Authorities deployed 5,000 police officers for the march.",
        [exact(D, SEC, 5000)],
    ),
    case(
        "deployed-passive-about",
        "About 3,000 troops were deployed in the capital.",
        [(D, SEC, 3000, 2700, 3300, "approx")],
    ),
    case(
        "riot-police-stationed",
        "Some 800 riot police were stationed around the parliament.",
        [(D, SEC, 800, 720, 880, "approx")],
    ),
    case(
        "national-guard-deployed",
        "The National Guard deployed 1,000 soldiers to Minneapolis.",
        [exact(D, SEC, 1000)],
    ),
    case(
        "article-then-deployed",
        "Article 245 was invoked and 5,000 troops were deployed.",
        [exact(D, SEC, 5000)],
    ),
    # factory fire (Bangladesh), hospitals, journalists
    case(
        "factory-fire-year",
        "The fire killed 112 workers at the Tazreen factory in 2012.",
        [exact(K, PEOPLE, 112)],
    ),
    case(
        "bodies-brought-in",
        "Doctors at the hospital said 17 bodies had been brought in.",
        [exact(K, PEOPLE, 17)],
    ),
    case(
        "treated-for-injuries",
        "Hospital officials said 60 people were being treated for injuries.",
        [exact(INJ, PEOPLE, 60)],
    ),
    case(
        "hospitalised",
        "Officials said 14 people were hospitalised after the crush.",
        [exact(INJ, PEOPLE, 14)],
    ),
    case(
        "dozens-injured",
        "Dozens of people were injured.",
        [(INJ, PEOPLE, None, 24, 99, "vague")],
    ),
    case(
        "a-hundred-injured",
        "A hundred people were injured.",
        [exact(INJ, PEOPLE, 100)],
    ),
    case(
        "journalists-injured",
        "Four journalists were injured while covering the protest.",
        [exact(INJ, JOUR, 4)],
    ),
    case(
        "train-passengers",
        "Rescue officials said 40 passengers were injured when the train derailed.",
        [exact(INJ, PEOPLE, 40)],
    ),
    case(
        "others-inherit-people",
        "Five workers were killed and eight others were injured in the blast.",
        [exact(K, PEOPLE, 5), exact(INJ, PEOPLE, 8)],
    ),
    case(
        "others-inherit-protesters",
        "Nine protesters were arrested and two others were injured.",
        [exact(A, PROT, 9), exact(INJ, PROT, 2)],
    ),
    case(
        "age-before-count",
        "A 17-year-old was among 12 people killed.",
        [exact(K, PEOPLE, 12)],
    ),
    case(
        "clock-time-before-count",
        "At 5 pm, 30 protesters were detained.",
        [exact(A, PROT, 30)],
    ),
    case(
        "duration-before-count",
        "Over 3 days, 300 people were arrested.",
        [exact(A, PEOPLE, 300)],
    ),
    case(
        "date-after-count",
        "Police arrested 60 people on 3 June.",
        [exact(A, PEOPLE, 60)],
    ),
    case(
        "section-then-arrested",
        "Section 144 was imposed and 300 protesters were arrested.",
        [exact(A, PROT, 300)],
    ),
    # real-web harm, arrest and deployment wording (issue 12)
    case(
        "agent-before-the-verb-is-not-counted",
        "Police arrested 45 on Monday.",
        [exact(A, PEOPLE, 45)],
    ),
    case(
        "singular-of-a-listed-noun",
        "One miner, 46-year-old Chanda Mulenga, died at the hospital early on Friday.",
        [exact(K, PEOPLE, 1)],
    ),
    case(
        "singular-after-of-names-a-person",
        "\"He was arrested,\" said the mother of one detained fan.",
        [],
    ),
    case(
        "a-part-is-no-antecedent",
        "ZRM said it had identified 63 people arrested, including three local reporters, and "
        "that at least 38 were still in custody.",
        [exact(A, PEOPLE, 63), exact(A, JOUR, 3), (A, PEOPLE, 38, 38, None, "at_least")],
    ),
    case(
        "part-of-the-figure-after",
        "NEMA said 11 of the 34 people treated for burns were in a serious condition.",
        [exact(INJ, PEOPLE, 11), exact(INJ, PEOPLE, 34)],
    ),
    case(
        "hospital-admitted-part-needed-surgery",
        "Doctors at the hospital told us they admitted 97 patients, 42 of whom needed surgery.",
        [exact(INJ, PEOPLE, 97), exact(INJ, PEOPLE, 42)],
    ),
    case(
        "part-released-is-no-arrest",
        "Police say three of the seven people detained at the gates have been released.",
        [exact(A, PEOPLE, 7)],
    ),
    case(
        "members-of-the-riot-police",
        "Within half an hour, several hundred members of the riot police had surrounded the hall.",
        [(D, SEC, None, 200, 999, "vague")],
    ),
    case(
        "his-officers-are-deployed",
        "The commander told reporters his 25 officers had fired only warning shots.",
        [exact(D, SEC, 25)],
    ),
    case(
        "barely-a-figure-near-a-place",
        "The ministry said some 600 officers were on duty. Lawyers put the figure at "
        '"barely 150 near the bridge".',
        [(D, SEC, 600, 540, 660, "approx"), (D, SEC, 150, 0, 150, "up_to")],
    ),
    case(
        "dash-aside-then-the-verb",
        "Four people — two engineers and two municipal officials — were arrested on Friday.",
        [exact(A, PEOPLE, 4)],
    ),
    case(
        "staff-members-of-ours",
        "Three of our staff members and the owner of the warehouse were arrested on Friday.",
        [exact(A, PEOPLE, 3)],
    ),
    case(
        "quoted-figure-after-number-of-arrests-at",
        'Hengaw Watch put the number of arrests at "at least 70".',
        [(A, PEOPLE, 70, 70, None, "at_least")],
    ),
    case(
        "ages-after-aged-are-no-counts",
        "The group said two young men, aged 24 and 19, had been killed by live fire.",
        [exact(K, PEOPLE, 2)],
    ),
    case(
        "a-comma-list-is-no-sum",
        "Our teams recorded 21 deaths — 15 women, four children and two men.",
        [exact(K, PEOPLE, 21), exact(K, PEOPLE, 15), exact(K, PEOPLE, 4), exact(K, PEOPLE, 2)],
    ),
    case(
        "police-horses-are-no-officers",
        "Two police horses and a police dog were also injured.",
        [],
    ),
    case(
        "released-figure-is-no-arrest",
        "A magistrate's court released 41 of the detainees on bail on Wednesday.",
        [],
    ),
    case(
        "a-verb-after-the-quotation-closes-is-not-the-figures",
        '"They took away 120 of our members, among them 14 minors," said the secretary, adding '
        "that many had been beaten.",
        [(A, PEOPLE, 120, 120, 120, "exact"), (A, PEOPLE, 14, 14, 14, "exact")],  # (whose members: unknown)
    ),
    case(
        "names-aside-then-the-verb",
        "Two journalists, Habib Diallo of Espace FM and a freelance photographer working for a "
        "French news agency, were arrested on Monday.",
        [exact(A, JOUR, 2)],
    ),
    case(
        "figure-included-a-part",
        "The ministry's final figure of 31 injured included 12 guards.",
        [exact(INJ, PEOPLE, 31), exact(INJ, SEC, 12)],
    ),
    # --- known failures ---------------------------------------------------------------------
    case(
        "unknown-noun-fans",
        "Nearly 1,000 fans were injured in the stadium crush.",
        [(INJ, PEOPLE, 1000, 900, 1000, "approx")],
    ),
    case("firefighters-are-forces", "Six firefighters were killed.", [exact(K, SEC, 6)]),
    case(
        "unknown-noun-miners", "Twenty-one miners were killed in the blast.", [exact(K, PEOPLE, 21)]
    ),
    case(
        "unknown-noun-garment-workers",
        "More than 100 garment workers died in the fire at the factory outside Dhaka.",
        [(K, PEOPLE, 100, 101, None, "more_than")],
    ),
    case(
        "unknown-noun-devotees-lakh",
        "Around 2.5 lakh devotees had gathered for the event, officials said.",
        [(P, PEOPLE, 250000, 225000, 275000, "approx")],
    ),
    case(
        "unknown-noun-pilgrims-gathered",
        "Hundreds of thousands of pilgrims gathered at the river.",
        [(P, PEOPLE, None, 200000, 999999, "vague")],
    ),
    case(
        "unknown-noun-farmers-converged",
        "Thousands of farmers converged on the capital.",
        [(P, PEOPLE, None, 2000, 9999, "vague")],
    ),
    case(
        "drowned",
        "At least 300 people drowned when the boat capsized.",
        [(K, PEOPLE, 300, 300, None, "at_least")],
    ),
    case(
        "trampled-to-death",
        "Twenty people were trampled to death in the stampede.",
        [exact(K, PEOPLE, 20)],
    ),
    case(
        "went-on-strike",
        "About 800,000 workers went on strike across France.",
        [(P, PEOPLE, 800000, 720000, 880000, "approx")],
    ),
    case(
        "death-toll-rose-to",
        "The death toll rose to 42 on Sunday.",
        [exact(K, PEOPLE, 42)],
    ),
    case(
        "death-toll-has-risen-to",
        "The death toll from the floods has risen to 63, the disaster management authority said.",
        [exact(K, PEOPLE, 63)],
    ),
    case(
        "death-toll-stands-at",
        "The death toll stands at 42.",
        [exact(K, PEOPLE, 42)],
    ),
    case(
        "put-the-death-toll-at",
        "Officials put the death toll at 42.",
        [exact(K, PEOPLE, 42)],
    ),
    case(
        "estimated-the-crowd-at",
        "Police estimated the crowd at 80,000.",
        [exact(P, PEOPLE, 80000)],
    ),
    case(
        "crowd-estimated-at",
        "A crowd estimated at 80,000 marched to the Bastille.",
        [exact(P, PEOPLE, 80000)],
    ),
    case(
        "put-the-turnout-at",
        "The interior ministry put the turnout at 1.28 million.",
        [exact(P, PEOPLE, 1280000)],
    ),
    case(
        "among-them-after-verb",
        "Twelve people were killed, among them three children.",
        [exact(K, PEOPLE, 12), exact(K, PEOPLE, 3)],
    ),
    case(
        "clock-time-at-2-before-count",
        "The fire broke out at 2 and killed 9 workers.",
        [exact(K, PEOPLE, 9)],
    ),
    case(
        "a-police-officer-is-one",
        "Seven protesters and a police officer were injured.",
        [exact(INJ, PROT, 7), exact(INJ, SEC, 1)],
    ),
    case(
        "bare-figure-with-verb",
        "The ministry said 1.28 million marched, while the CGT said 3.5 million took part.",
        [exact(P, PEOPLE, 1280000), exact(P, PEOPLE, 3500000)],
    ),
    case(
        "crowd-numbered",
        "Protesters numbered about 5,000 according to police.",
        [(P, PROT, 5000, 4500, 5500, "approx")],
    ),
    # hospital wording, and people counted under one measure who suffer another
    case(
        "taken-to-hospital",
        "The health ministry said 23 people had been taken to hospital.",
        [exact(INJ, PEOPLE, 23)],
    ),
    case(
        "sought-hospital-treatment-with-part",
        "The ministry said 23 people had sought hospital treatment, including four journalists.",
        [exact(INJ, PEOPLE, 23), exact(INJ, JOUR, 4)],
    ),
    case(
        "patients-treated-for-wounds",
        "Doctors said at least four patients were treated for pellet wounds.",
        [(INJ, PEOPLE, 4, 4, None, "at_least")],
    ),
    case(
        "detainees-died",
        "At least two detainees have died in custody since the operation began.",
        [(K, PEOPLE, 2, 2, None, "at_least")],
    ),
    case(
        "detainees-beaten",
        "The group documented 14 detainees who were beaten by guards.",
        [exact(INJ, PEOPLE, 14)],
    ),
    case(
        "detainees-without-another-verb",
        "Police said 409 detainees were held in the city jail.",
        [exact(A, PEOPLE, 409)],
    ),
    case(
        "part-with-a-verb-of-its-own",
        "Police said 300 people were arrested. At least 60 of them had been hurt.",
        [exact(A, PEOPLE, 300), (INJ, PEOPLE, 60, 60, None, "at_least")],
    ),
    case(
        "year-range-is-no-crowd",
        "Tens of thousands of people filled the arena, the largest gathering in the capital "
        "since the winter protests of 2024–2025, before marching to parliament.",
        [(P, PEOPLE, None, 20000, 99999, "vague")],
    ),
    case(
        "up-from-an-earlier-figure",
        "By Monday, 46 people had been detained, the ministry said, up from 41 announced overnight.",
        [exact(A, PEOPLE, 46), exact(A, PEOPLE, 41)],
    ),
    case(
        "to-a-figure-from-an-earlier-one",
        "The agency raised the death toll to 41 from 35.",
        [exact(K, PEOPLE, 41), exact(K, PEOPLE, 35)],
    ),
    case(
        "the-total-reached",
        "Police said 9,412 people were arrested in the first week. By June 24, the total had "
        "reached 12,306.",
        [exact(A, PEOPLE, 9412), exact(A, PEOPLE, 12306)],
    ),
    case(
        "people-nouns-of-many-stories",
        "Nine survivors were arrested, and police said they had also detained 93 suspects.",
        [exact(A, PEOPLE, 9), exact(A, PEOPLE, 93)],
    ),
    case(
        "wounds-and-burns",
        "The hospital received 23 patients with gunshot and machete wounds.",
        [exact(INJ, PEOPLE, 23)],
    ),
    case(
        "the-injuring-of",
        "Amnesty condemned the killing of at least 12 people and the injuring of 40 others.",
        [(K, PEOPLE, 12, 12, None, "at_least"), exact(INJ, PEOPLE, 40)],
    ),
    case(
        "toll-far-from-its-figure",
        "The death toll from a fire that tore through a garment factory on the outskirts of the "
        "capital rose to 38 on Tuesday.",
        [exact(K, PEOPLE, 38)],
    ),
    case(
        "bringing-the-number-to",
        "Police arrested a fourth suspect, bringing the number detained to 4.",
        [exact(A, PEOPLE, 4)],
    ),
    case(
        "security-forces-taking-part-are-deployed",
        "About 1,300 police officers and soldiers took part in the search operation.",
        [(D, SEC, 1300, 1170, 1430, "approx")],
    ),
    case(
        "security-forces-marching-are-participants",
        "About 3,000 police officers marched to protest against low pay.",
        [(P, SEC, 3000, 2700, 3300, "approx")],
    ),
    case(
        "capacity-is-no-count",
        "The prison, built for 600 inmates, held 2,100 detainees when the riot broke out.",
        [],  # the 2,100 are the prison's population, no arrests (not-a-count/prison-holds)
    ),
    case(
        "measure-word-before-a-verb-in-ed",
        "The ministry's final figure of 31 injured included several guards.",
        [exact(INJ, PEOPLE, 31)],
    ),
    case(
        "taken-people-to-hospital",
        "The ambulance service said it had taken 12 people to hospital on the night.",
        [exact(INJ, PEOPLE, 12)],
    ),
    case(
        "put-the-number-detained-at",
        "The bar association put the total number detained at 81.",
        [exact(A, PEOPLE, 81)],
    ),
    case(
        "put-the-number-of-marchers-at",
        "Police put the number of marchers at 3,500.",
        [exact(P, PROT, 3500)],
    ),
    case(
        "currency-code-before-a-sum",
        "The state will pay EGP 100,000 to the family of each person killed.",
        [],
    ),
    case(
        "bodies-and-wounded",
        "Doctors said they had received 19 bodies and more than 40 wounded.",
        [exact(K, PEOPLE, 19), (INJ, PEOPLE, 40, 41, None, "more_than")],
    ),
    case(
        "of-the-injured-who-died",
        "Six of the injured died overnight in hospital.",
        [exact(K, PEOPLE, 6)],
    ),
    case(
        "injured-people-who-died",
        "The toll rose to 47 after six injured people died in hospital.",
        [exact(K, PEOPLE, 47), exact(K, PEOPLE, 6)],
    ),
    case(
        "had-taken-part",
        "Organisers said more than 20,000 students had taken part.",
        [(P, PEOPLE, 20000, 20001, None, "more_than")],
    ),
    case(
        "headline-participle-then-a-time",
        "Interior ministry says 48 detained overnight",
        [exact(A, PEOPLE, 48)],
    ),
    case(
        "answers-to-a-question-about-the-dead",
        "How many people died?\nThe health ministry's latest figure is 31. The victims' association puts "
        "the number at 41.",
        [exact(K, PEOPLE, 31), exact(K, PEOPLE, 41)],
    ),
    case(
        "a-question-about-the-dead-makes-no-stadium-a-toll",
        "How many people died?\nThe stadium holds 600 seats.",
        [],
    ),
    case(
        "a-source-bracket-names-no-counted-subject",
        "Estimates of the crowd ranged from 40,000 (police) to 160,000 (organisers).",
        [exact(P, PEOPLE, 40000), exact(P, PEOPLE, 160000)],
    ),
    case(
        "perished-before-the-count",
        "In result of the accident perished 9 people.",
        [exact(K, PEOPLE, 9)],
    ),
    case(
        "treated-at-and-on-admission-are-injured",
        "Forty-six (46) persons were treated at health facilities, of whom nine (9) remain on admission.",
        [exact(INJ, PEOPLE, 46), exact(INJ, PEOPLE, 9)],
    ),
    case(
        "the-police-figure-names-whose-figure-not-who-is-counted",
        "How many were arrested?\nThe police figure is 312.",
        [exact(A, PEOPLE, 312)],
    ),
    case(
        "assaulted-are-injured",
        "Police said 12 officers were assaulted by protesters.",
        [exact(INJ, SEC, 12)],
    ),
    case(
        "sought-medical-help-is-injured",
        "The minister told reporters 31 people had sought medical help.",
        [exact(INJ, PEOPLE, 31)],
    ),
    case(
        "remain-admitted-and-receiving-treatment-are-injured",
        "The county said 14 people had died, 74 remain admitted and 58 were receiving treatment.",
        [exact(K, PEOPLE, 14), exact(INJ, PEOPLE, 74), exact(INJ, PEOPLE, 58)],
    ),
    case(
        "asked-for-medical-assistance-is-injured",
        "The ambulance service said 12 persons asked for medical assistance during the day.",
        [exact(INJ, PEOPLE, 12)],
    ),
    case(
        "employees-of-the-police-are-security",
        "Nine employees of the police and of the carabinieri were wounded by thrown objects.",
        [exact(INJ, SEC, 9)],
    ),
    case(
        "a-crowd-after-officers-counted-is-no-force",
        "The city police, which had sent 2,000 officers to the route, put the crowd at about 90,000.",
        [exact(D, SEC, 2000), (P, PEOPLE, 90000, 81000, 99000, "approx")],
    ),
    case(
        "translated-verb-before-the-crowd",
        "In the march participated about 4.5 thousand persons, the police said.",
        [(P, PEOPLE, 4500, 4050, 4950, "approx")],
    ),
    case(
        "prison-custodians-are-security",
        "Two custodians died in the riot, the prison service said.",
        [exact(K, SEC, 2)],
    ),
    case(
        "translated-militaries-are-security",
        "The navy sent 40 militaries to the islands.",
        [exact(D, SEC, 40)],
    ),
    case(
        "retained-by-the-police-in-translated-copy-is-arrested",
        "Twenty-three persons were retained by the police on Sunday.",
        [exact(A, PEOPLE, 23)],
    ),
    case(
        "counter-protesters-gathered",
        "About 400 counter-protesters gathered near the cathedral.",
        [(P, PROT, 400, 360, 440, "approx")],
    ),
    case(
        "a-part-charged-after-arrests-counts-no-arrests",
        "Nine people were arrested on Sunday; five of them were later charged with theft.",
        [exact(A, PEOPLE, 9)],
    ),
    case(
        "forum-like-is-about",
        "The crowd around that tanker was like 400 people, women with basins and buckets.",
        [(P, PEOPLE, 400, 360, 440, "approx")],
    ),
    case(
        "hundreds-more-were-treated",
        "About 100 people died, and hundreds more were treated.",
        [(K, PEOPLE, 100, 90, 110, "approx"), (INJ, PEOPLE, None, 200, 999, "vague")],
    ),
    case(
        "a-patrol-of-officers-is-a-deployment",
        "A road safety patrol of six officers tried to keep people away.",
        [exact(D, SEC, 6)],
    ),
    case(
        "walked-with-us-is-a-crowd",
        "Yesterday 1,500 people walked with us from the Government building.",
        [exact(P, PEOPLE, 1500)],
    ),
    case(
        "testimony-we-buried-is-a-toll",
        '"We buried 27 people from our village alone," said Ahmed Salim, a farmer.',
        [exact(K, PEOPLE, 27)],
    ),
    case(
        "translated-died-total",
        "The number of dead may be increase more, the victims died total 9 persons.",
        [exact(K, PEOPLE, 9)],
    ),
    case(
        "translated-injured-light",
        "In the accident were injured light 20 persons and heavy 3.",
        [exact(INJ, PEOPLE, 20), exact(INJ, PEOPLE, 3)],
    ),
    case(
        "the-dead-include-a-list-of-parts",
        "The dead include 12 children, 4 women and 2 police officers.",
        [exact(K, PEOPLE, 12), exact(K, PEOPLE, 4), exact(K, SEC, 2)],
    ),
    case(
        "among-the-wounded-were",
        "Among the wounded were 3 journalists, the union said.",
        [exact(INJ, "journalists", 3)],
    ),
    case(
        "testimony-we-lost-is-a-toll",
        '"We lost 11 members of our family," said Fatima, 52.',
        [exact(K, PEOPLE, 11)],
    ),
    case("lost-fingers-is-no-toll", "He lost 3 fingers in the blast.", []),
    case(
        "translated-while-the-injured-is-a-clause-of-its-own",
        "Victims who died reached 15 people, while the injured is 32 people.",
        [exact(K, PEOPLE, 15), exact(INJ, PEOPLE, 32)],
    ),
    case(
        "retrospective-figures-under-the-toll-of-the-paragraph-before",
        "Ten years on, the death toll remains disputed.\n\n"
        "The government's figure: 116. The families' figure: more than 200.",
        [exact(K, PEOPLE, 116), (K, PEOPLE, 200, 201, None, "more_than")],
    ),
    case(
        "retrospective-sources-with-a-colon",
        "Nobody agrees how many died. The interior ministry's count: 42. Opposition parties: 160.",
        [exact(K, PEOPLE, 42), exact(K, PEOPLE, 160)],
    ),
    case(
        "rival-estimate-after-a-semicolon",
        "The government says 116 died; families, more than 200.",
        [exact(K, PEOPLE, 116), (K, PEOPLE, 200, 201, None, "more_than")],
    ),
    case(
        "translated-total-death",
        "Total death 21 people, according to the district head.",
        [exact(K, PEOPLE, 21)],
    ),
    case(
        "translated-and-the-wounded-is-a-clause-of-its-own",
        "Until now the victims who died are 12 people, and the wounded 30 people, the head of BPBD said.",
        [exact(K, PEOPLE, 12), exact(INJ, PEOPLE, 30)],
    ),
    case(
        "translated-peoples-was-dead",
        "In this incident, 4 peoples was dead and 10 peoples was injured.",
        [exact(K, PEOPLE, 4), exact(INJ, PEOPLE, 10)],
    ),
    case(
        "testimony-admitted-to-the-trauma-unit",
        "Dr. Amina Yusuf said 43 people had been admitted to the trauma unit.",
        [exact(INJ, PEOPLE, 43)],
    ),
    case(
        "post-the-rest-are-injured-is-a-clause-of-its-own",
        "Police said 14 people died, the rest were injured.",
        [exact(K, PEOPLE, 14)],
    ),
    case(
        "post-it-was-60-not-200",
        "How many people were arrested at the march?\n\nReply: police told us it was 60 not 200",
        [exact(A, PEOPLE, 60)],
    ),
    case("translated-passed-away-amount", "The victims who passed away amount 33 persons.", [exact(K, PEOPLE, 33)]),
    case("translated-deprived-of-liberty", "Police deprived of liberty 13 persons.", [exact(A, PEOPLE, 13)]),
    case(
        "of-the-n-killed-a-part-after-the-comma",
        "Of the 31 killed, 19 were civilians.",
        [exact(K, PEOPLE, 31), exact(K, PEOPLE, 19)],
    ),
    case(
        "the-toll-of-n-includes",
        "The toll of 58 includes 11 children.",
        [exact(K, PEOPLE, 58), exact(K, PEOPLE, 11)],
    ),
    case(
        "a-tally-by-journalists-counts-no-journalists",
        "Official figures at the time recorded 78 deaths; an unofficial tally by journalists reached 143.",
        [exact(K, PEOPLE, 78), exact(K, PEOPLE, 143)],
    ),
    case("translated-the-injury-of", "The number of the dead rose to 9 persons, in addition to the injury of 27 others.", [exact(K, PEOPLE, 9), exact(INJ, PEOPLE, 27)]),
    case("translated-the-martyrdom-of", "The attack caused the martyrdom of 5 citizens.", [exact(K, PEOPLE, 5)]),
    case("translated-the-participation-of", "The march saw the participation of 5,000 people.", [exact("participants", PEOPLE, 5000)]),
    case("translated-arrested-n-accused", "The security services arrested 14 accused of involvement in the riots.", [exact(A, PEOPLE, 14)]),
    case("a-toll-touched", "The death toll has touched 45, officials informed.", [exact(K, PEOPLE, 45)]),
    case("a-mob-of", "Reportedly, the mob of 2,000 people pelted stones at the police.", [exact("participants", PEOPLE, 2000)]),
    case("a-toll-mounted-to-n-with-more", "The toll in the incident has mounted to 12 with four more succumbing to injuries on Wednesday.", [exact(K, PEOPLE, 12)]),
    case(
        "speakers-who-are-activists-make-no-protest-passage",
        "In the 2018 floods, the government put the toll at 483, though activists said more than 500 had died.",
        [exact(K, PEOPLE, 483), (K, PEOPLE, 500, 501, None, "more_than")],
    ),
    case(
        "a-part-of-lawmakers",
        "The opposition coalition said 47 of its members had been detained since Thursday, including three MPs.",
        [exact(A, PROT, 47), exact(A, PEOPLE, 3)],
    ),
    case(
        "speakers-who-are-activists-estimate",
        "Local activists estimate the true toll at closer to 150,000.",
        [("killed", PEOPLE, 150000, 135000, 165000, "approx")],
    ),
    case(
        "a-rival-figure-after-only",
        "The union said it had counted 64 arrests, but police said only 20.",
        [exact(A, PEOPLE, 64), exact(A, PEOPLE, 20)],
    ),
    case("the-injured-came-in", "Over 200 injured came to the hospital.", [("injured", PEOPLE, 200, 201, None, "more_than")]),
    case("the-dead-lay", "Over 200 dead lay in the streets.", [("killed", PEOPLE, 200, 201, None, "more_than")]),
    case(
        "a-march-had-drawn",
        "The march had drawn about 5,000 people, police said.",
        [("participants", PEOPLE, 5000, 4500, 5500, "approx")],
    ),
    case(
        "sitrep-total-between-the-figure-and-its-noun",
        "So far 88 children have been killed and 140 injured, out of 900 total deaths and 2,500 injured.",
        [exact(K, PEOPLE, 88), exact(INJ, PEOPLE, 140), exact(K, PEOPLE, 900), exact(INJ, PEOPLE, 2500)],
    ),
    case(
        "toll-may-rise-as-patients-are-critical",
        "At least 40 people died in the blaze, and the toll could climb further as 12 patients are in critical condition.",
        [(K, PEOPLE, 40, 40, None, "at_least"), exact(INJ, PEOPLE, 12)],
    ),
    # a force named as who acted, in a clause of its own or after 'by', is not who the bare figure
    # after it counts (subject/named-before); the whole a part is told of still is
    case("agent-clause-cops-storm", "Dominican cops storm campus tower, 112 nabbed.", [exact(A, PEOPLE, 112)]),
    case("agent-clause-police-fired", "The police fired tear gas, 12 were hurt.", [exact(INJ, PEOPLE, 12)]),
    case("agent-clause-soldiers-opened-fire", "Soldiers opened fire on the crowd, 14 were wounded.",
         [exact(INJ, PEOPLE, 14)]),
    case("agent-clause-troops-stormed", "Troops stormed the camp at dawn, 30 arrested.", [exact(A, PEOPLE, 30)]),
    case("agent-after-by-the-police", "Dozens were detained by the police, 12 were injured.",
         [(A, PEOPLE, None, 24, 99, "vague"), exact(INJ, PEOPLE, 12)]),
    case("partitive-whole-keeps-its-side", "Of the soldiers deployed, 3 were hurt.", [exact(INJ, SEC, 3)]),
    case("partitive-among-the-police", "Among the police on duty, 5 were injured.", [exact(INJ, SEC, 5)]),
    case("own-count-verb-keeps-the-side", "The number of injured officers was 21.", [exact(INJ, SEC, 21)]),
    # numbered lines that cite no work keep their figures (not-a-count/reference-title's 'not')
    case("numbered-quoted-statement-is-no-reference",
         "Key points\n1. \"We counted 212 injured\", the Red Cross said on 3 May 2026.",
         [exact(INJ, PEOPLE, 212)]),
    case("forum-caret-pointing-up-is-no-reference",
         "Thread\n^ this. Police say 40 were arrested, not 400.",
         [exact(A, PEOPLE, 40)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAIMS)
def test_claims(sentence, expected):
    assert rows(claims_of(sentence)) == expected


# --- sums ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected", "phrases"),
    [
        case(
            "spec-sum-one-claim",
            "One police officer and four paramilitary personnel were killed.",
            [exact(K, SEC, 5)],
            ["One police officer and four paramilitary personnel"],
        ),
        case(
            "war-sum-wounded",
            "Two soldiers and three policemen were wounded in the ambush.",
            [exact(INJ, SEC, 5)],
            ["Two soldiers and three policemen"],
        ),
        case(
            "spec-including-is-not-a-sum",
            "At least six people, including four security personnel, were killed.",
            [(K, PEOPLE, 6, 6, None, "at_least"), exact(K, SEC, 4)],
            ["At least six", "four"],
        ),
        case(
            "different-sides-are-not-summed",
            "Three civilians and two soldiers were killed.",
            [exact(K, PEOPLE, 3), exact(K, SEC, 2)],
            ["Three", "two"],
        ),
        case(
            "dead-and-wounded-after-their-nouns-are-not-summed",
            "The fire left 5 people dead and 11 people wounded.",
            [exact(K, PEOPLE, 5), exact(INJ, PEOPLE, 11)],
            ["5", "11"],
        ),
        # figures listed after the words that make them parts ('Among the dead are', 'The injured
        # include') are each a part of the toll, not one sum
        case("among-the-dead-lists-parts", "Among the dead are four children and 11 women, she said.",
             [exact(K, PEOPLE, 4), exact(K, PEOPLE, 11)], ["four", "11"]),
        case("among-those-arrested-lists-parts",
             "Among those arrested were nine juveniles and five women, the report says.",
             [exact(A, PEOPLE, 9), exact(A, PEOPLE, 5)], ["nine", "five"]),
        case("among-the-injured-lists-parts", "Among the injured are six students and four teachers.",
             [exact(INJ, PEOPLE, 6), exact(INJ, PEOPLE, 4)], ["six", "four"]),
        case("among-the-deceased-lists-security-parts", "Among the deceased were 3 firefighters and 2 policemen.",
             [exact(K, SEC, 3), exact(K, SEC, 2)], ["3", "2"]),
        case("among-the-people-killed-lists-parts",
             "Among the people killed were two nurses and one doctor, the hospital said.",
             [exact(K, PEOPLE, 2), exact(K, PEOPLE, 1)], ["two", "one"]),
        case("among-those-detained-lists-parts",
             "Among those detained were 12 women and three minors, lawyers said.",
             [exact(A, PEOPLE, 12), exact(A, PEOPLE, 3)], ["12", "three"]),
        case("the-injured-include-lists-parts", "The injured include four children and two women, the clinic said.",
             [exact(INJ, PEOPLE, 4), exact(INJ, PEOPLE, 2)], ["four", "two"]),
    ],
)
def test_sums(sentence, expected, phrases):
    claims = claims_of(sentence)
    assert rows(claims) == expected
    assert [c.text for c in claims] == phrases


# --- denials ------------------------------------------------------------------------------------

DENIALS = [
    case(
        "not-one-of-the-ministrys-personnel",
        "Not one of the Ministry's personnel has been injured during the operation.",
        [denial(INJ, SEC)],
        "Not one of the Ministry's personnel has been injured",
    ),
    case(
        "denied-any-fatalities",
        "The military denied any fatalities.",
        [denial(K)],
        "denied any fatalities",
    ),
    case(
        "denied-any-deaths-among",
        "The army denied any deaths among soldiers.",
        [denial(K, SEC)],
        "denied any deaths",
    ),
    case("denied-any-arrests", "Officials denied any arrests.", [denial(A)], "denied any arrests"),
    case(
        "denied-reports-that-a-protester-died",
        "The ministry denied reports on social media that a protester had died.",
        [denial(K, PROT)],
        "denied reports on social media that a protester had died",
    ),
    case("no-one-shot", "Police said no one was shot.", [denial(INJ)], "no one"),
    case("no-one-shot-dead", "Police said no one was shot dead.", [denial(K)], "no one"),
    case(
        "no-supporters-bitten",
        "Police said no supporters were bitten by police dogs.",
        [denial(INJ, PROT)],
        "no supporters",
    ),
    case(
        "denied-any-detainee-beaten",
        "The chief denied that any detainee had been beaten by police.",
        [denial(INJ)],
        "denied that any detainee had been beaten",
    ),
    case(
        "no-one-was-killed", "No one was killed in the blast, police said.", [denial(K)], "No one"
    ),
    case("nobody-hurt", "Nobody was hurt in the fire.", [denial(INJ)], "Nobody"),
    case("nobody-died", "Nobody died in the crush.", [denial(K)], "Nobody"),
    case(
        "no-bodies-brought-in",
        "No bodies were brought in to the city morgue.",
        [denial(K)],
        "No bodies",
    ),
    case("no-bodies-recovered", "No bodies have been recovered.", [denial(K)], "No bodies"),
    case(
        "there-were-no-deaths", "There were no deaths, the governor said.", [denial(K)], "no deaths"
    ),
    case("no-deaths-reported", "No deaths were reported.", [denial(K)], "No deaths"),
    case("no-loss-of-life", "There was no loss of life.", [denial(K)], "no loss of life"),
    case(
        "no-soldiers-killed",
        "No soldiers were killed, the ministry said.",
        [denial(K, SEC)],
        "No soldiers",
    ),
    case(
        "none-of-the-protesters",
        "None of the protesters were killed.",
        [denial(K, PROT)],
        "None of the protesters",
    ),
    case(
        "reported-no-protesters-detained",
        "Police said no protesters were detained.",
        [denial(A, PROT)],
        "no protesters",
    ),
    case(
        "two-denials",
        "No one was injured and no one was arrested.",
        [denial(INJ), denial(A)],
        "No one",
    ),
    case("no-arrests-were-made", "No arrests were made.", [denial(A)], "No arrests"),
    case("no-injuries-reported", "No injuries were reported.", [denial(INJ)], "No injuries"),
    case(
        "denied-that-anyone-was-killed",
        "The police denied that anyone was killed.",
        [denial(K)],
        "denied that anyone was killed",
    ),
    case(
        "denied-that-any-protesters",
        "The prime minister denied that any protesters had been killed.",
        [denial(K, PROT)],
        "denied that any protesters had been killed",
    ),
    # real-web denials (issue 12)
    case("singular-no-teacher", "No teacher was shot.", [denial(INJ)], "No teacher"),
    case(
        "coordinated-no-guards-or-visitors",
        "No guards or visitors were among the dead.",
        [denial(K, SEC)],
        "No guards or visitors",
    ),
    case(
        "denied-forces-deployed",
        "The regional government denied that any Peshmerga forces had been deployed.",
        [denial(D, SEC)],
        "denied that any Peshmerga forces had been deployed",
    ),
    case(
        "denied-that-anyone-shot",
        "The police denied that anyone had been shot.",
        [denial(INJ)],
        "denied that anyone had been shot",
    ),
    case(
        "none-of-its-crews-takes-the-subject-before",
        "It says 142 firefighters fought the blaze. The agency said none of its crews had been hurt.",
        [exact(D, SEC, 142), denial(INJ, SEC)],
        "142",
    ),
    case(
        "none-of-the-people-gunshot-wounds",
        "None of the people we took to hospital had gunshot wounds.",
        [denial(INJ)],
        "None of the people we took to hospital",
    ),
    case(
        "reported-no-arrests",
        "About 5,000 people marched; the police reported no arrests.",
        [(P, PEOPLE, 5000, 4500, 5500, "approx"), denial(A)],
        "About 5,000",
    ),
    # denials of set 10 and wire wording (issue 12): the value is 0, and no other figure
    case(
        "did-not-kill-anyone",
        '"Our soldiers did not kill anyone," he said.',
        [denial(K)],
        "did not kill anyone",
    ),
    case("killed-no-one", "The explosion killed no one.", [denial(K)], "killed no one"),
    case(
        "without-a-single-arrest",
        "Police put the crowd at 400 and said the march ended without a single arrest.",
        [exact(P, PEOPLE, 400), denial(A)],
        "400",
    ),
    case(
        "not-one-quoted-is-no-figure-of-one",
        'The committee said that "not one hostage" died from the fire of its officers.',
        [denial(K)],
        "not one hostage",
    ),
    case(
        "reports-called-false",
        "Reports that two vendors were shot dead at the market are false, police said.",
        [denial(K)],
        "Reports that two vendors were shot dead at the market are false",
    ),
    case(
        "nobody-on-their-side",
        "Police said 7 officers were injured. Nobody on their side was seriously hurt.",
        [exact(INJ, SEC, 7), denial(INJ, SEC)],
        "7",
    ),
    case(
        "denied-killing-any",
        "The army denied killing any protesters.",
        [denial(K, PROT)],
        "denied killing any protesters",
    ),
    case(
        "not-made-any-arrests",
        "Police have not made any arrests.",
        [denial(A)],
        "have not made any arrests",
    ),
    case(
        "no-reports-of-injuries",
        "There were no reports of injuries.",
        [denial(INJ)],
        "no reports of injuries",
    ),
    case("zero-is-a-denial", "Zero fatalities were recorded.", [denial(K)], "Zero"),
    case(
        "no-officer-among-the-people-arrested",
        "He said no police officer was among the people arrested.",
        [denial(A, SEC)],
        "no police officer",
    ),
    case(
        "none-of-the-30-detainees",
        "None of the 30 detainees was injured.",
        [denial(INJ)],
        "None of the 30 detainees",
    ),
    # records and cases of a harm denied: 'no record of any death', 'has not registered any death'
    case(
        "no-record-of-any-death",
        '"We have no record of any death at the clinic," a hospital spokesman said.',
        [denial(K)],
        "no record of any death",
    ),
    case(
        "no-records-of-deaths",
        "The coroner's office said it had no records of deaths linked to the march.",
        [denial(K)],
        "no records of deaths",
    ),
    case(
        "no-confirmed-cases-of-deaths",
        '"We have found no confirmed cases of deaths," the health director told reporters.',
        [denial(K)],
        "no confirmed cases of deaths",
    ),
    case(
        "received-no-reports-of-injuries-among",
        "Police said they had received no reports of injuries among the protesters.",
        [denial(INJ)],
        "no reports of injuries",
    ),
    case(
        "forum-no-record-of-any-arrest",
        "checked w/ the desk sgt, they have no record of any arrest at the border post",
        [denial(A)],
        "no record of any arrest",
    ),
    case(
        "no-confirmed-report-of-any-death",
        "The governor said there was no confirmed report of any death in the district.",
        [denial(K)],
        "no confirmed report of any death",
    ),
    case(
        "have-not-registered-any-death",
        "Hospitals in the capital have not registered any death since Friday, the ministry said.",
        [denial(K)],
        "have not registered any death",
    ),
    case(
        "had-not-confirmed-any-death",
        "The ministry had not confirmed any death outside health facilities.",
        [denial(K)],
        "had not confirmed any death",
    ),
    case(
        "police-report-no-detentions",
        "Kaunas County Police report no detentions in the district.",
        [denial(A)],
        "no detentions",
    ),
    case(
        "hospitals-count-no-deaths",
        "The hospitals count no deaths so far, the ministry said.",
        [denial(K)],
        "no deaths",
    ),
    # harms denied in other words: losing one's life, perishing, a hospital admission
    case(
        "no-rescuer-lost-the-life",
        "No rescuer has lost the life, the brigade said.",
        [denial(K, SEC)],
        "No rescuer",
    ),
    case(
        "no-firefighter-lost-his-or-her-life",
        '"No firefighter lost his or her life," the chief said.',
        [denial(K, SEC)],
        "No firefighter",
    ),
    case(
        "no-women-had-perished",
        "Officials said no women had perished in the fire.",
        [denial(K)],
        "no women",
    ),
    case(
        "no-minor-among-those-who-lost-their-lives",
        "No minor was among those who lost their lives, the prosecutor said.",
        [denial(K)],
        "No minor",
    ),
    case(
        "no-demonstrator-admitted-to-hospital",
        "No demonstrator had been admitted to hospital, the health secretariat said.",
        [denial(INJ, PROT)],
        "No demonstrator",
    ),
    case(
        "nobody-hospitalised",
        "Nobody was hospitalised after the stampede, police said.",
        [denial(INJ)],
        "Nobody",
    ),
    case(
        "no-protester-needed-hospital-care",
        "No protester needed hospital care, the Red Cross said.",
        [denial(INJ, PROT)],
        "No protester",
    ),
    # a grave condition denied: none of the hurt critical (injured, [0, 0])
    case(
        "nobody-is-critical",
        "Nobody is critical, the hospital said.",
        [denial(INJ)],
        "Nobody",
    ),
    case(
        "none-ever-in-a-critical-condition",
        "Doctors said none was ever in a critical condition.",
        [denial(INJ)],
        "none",
    ),
    case(
        "none-in-a-life-threatening-condition",
        "None is in a life-threatening condition, the ministry said.",
        [denial(INJ)],
        "None",
    ),
    case(
        "none-of-the-five-in-a-serious-condition",
        "None of the five is in a serious condition, a spokesperson told us.",
        [denial(INJ)],
        "None of the five",
    ),
    case(
        "none-remained-in-critical-condition",
        "Of the 14 taken to hospital, none remained in critical condition on Sunday.",
        [exact(INJ, PEOPLE, 14), denial(INJ)],
        "14",
    ),
    case(
        "no-one-in-intensive-care",
        "Sixteen were treated for tear gas; no one is in intensive care.",
        [exact(INJ, PEOPLE, 16), denial(INJ)],
        "Sixteen",
    ),
    case(
        "no-serious-injuries-among",
        "Police said there were no serious injuries among the protesters.",
        [denial(INJ)],
        "no serious injuries",
    ),
    # 'not a single' member or representative of a body
    case(
        "not-a-single-representative-of-the-media",
        "Not a single representative of the media was detained.",
        [denial(A, JOUR)],
        "Not a single representative of the media was detained",
    ),
    case(
        "not-one-member-of-the-crew",
        "The captain said not one member of the crew was hurt.",
        [denial(INJ)],
        "not one member of the crew was hurt",
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "phrase"), DENIALS)
def test_denials(sentence, expected, phrase):
    claims = claims_of(sentence)
    assert rows(claims) == expected
    assert claims[0].text == phrase


# --- not claims ---------------------------------------------------------------------------------

# A figure told as a rumour's by its own noun and called untrue in its sentence (dev25b): the
# report tells it to deny it, nobody's count. Written before any fix, none from a set.
RUMOURED_FIGURES_MISSED = {  # known misses (xfail)
    "talk-of-dead-called-baseless": "'Talk on Telegram of 60' names no circulating: the medium right after a noun is no rumour yet",
}
RUMOURED_FIGURES = [
    case("figures-circulating-of-quoted", 'Figures circulating on Facebook of "hundreds of dead" are not true, the governor said.'),
    case("numbers-doing-the-rounds", "Numbers doing the rounds on WhatsApp of 300 arrests are false, police said."),
    case("toll-shared-online-untrue", "A toll of 85 shared on social media is untrue, the ministry insisted."),
    pytest.param("Talk on Telegram of 60 drowned villagers is baseless, the mayor's office said.", id="talk-of-dead-called-baseless",
                 marks=pytest.mark.xfail(strict=True, reason=RUMOURED_FIGURES_MISSED["talk-of-dead-called-baseless"])),
    case("forum-figure-going-round-fake", "that 200 dead figure going round on tiktok is fake lol"),
    case("translation-the-numbers-not-correspond",
         "The numbers that circulate in the social networks of 40 deceased persons are not true, informed the Prefecture."),
    case("press-release-counts-circulating-inaccurate",
         "Counts circulating on social media of more than 1,000 detainees are false and malicious."),
    case("headline-claims-false", "Police: social media claims of 50 killed are false"),
    case("videos-claiming-untrue", "Videos on Instagram claiming 70 students were killed are not true, the university said."),
    case("viral-post-said-false", "A viral post on Facebook said 120 miners had died; the company said the post was false."),
    case("estimates-online-rejected-as-untrue",
         "Estimates on social networks of 5,000 wounded were untrue, the health office said on Monday."),
    case("tallies-of-dead-online-fabricated", "Tallies of 90 dead posted on social media are fabricated, the army said."),
    # (a call not to believe the rumour denies it too: developing-kathmandu's ministry statement)
    case("urged-not-to-believe-rumours", "Residents were urged not to believe rumours on Facebook that 40 children had drowned."),
    # the second first run: six more, written after the fix
    case("again-lists-spread-on-telegram", "Lists spreading on Telegram of 400 missing fishermen are fake, the coast guard said."),
    case("again-death-counts-forwarded", "Death counts forwarded on WhatsApp of 75 pupils are untrue, the school said on Tuesday."),
    case("again-totals-shared-facebook-headline", "Army: totals of 2,000 detained shared on Facebook are false"),
    case("again-screenshots-going-round", 'Screenshots going round on TikTok of "150 killed" are fabricated, police warned.'),
    case("again-forum-that-number-posted", "the 500 arrested number posted on facebook is fake, the lawyers have 61 names"),
    case("again-translation-circulated-photos",
         "The photographs that have circulated in the social networks of 30 deceased are false, manifested the Ministry."),
]


NOT_CLAIMS = [
    case("denial-of-a-cause", "Nobody was killed by bad luck."),
    case("critical-of-the-police", "No one was critical of the police operation, the mayor said."),
    case("no-signs-of-injuries-on-a-body", "The autopsy found no signs of injuries on the body."),
    case("no-record-of-a-visit", '"We keep no record of the visit," a hospital spokesman said.'),
    case("none-of-the-injured-in-a-serious-condition", "The police said none of the injured were in a serious condition."),
    case("not-a-single-member-would-say", "Not a single member of the crew would say how many had been hurt."),
    case(
        "helpers-of-anyone-who-was-hurt",
        "Our legal team of 8 lawyers remains available to anyone who was hurt on Sunday.",
    ),
    case("none-of-the-dead-identified", "None of the dead were identified."),
    case("none-of-the-injured-died", "Doctors said none of the injured died."),
    case("capacity-of", "Police said the stadium has a capacity of 54,000 spectators."),
    case("date-month-day-year", "On November 26, 2024, police arrested protesters in the capital."),
    case("date-day-month-year", "The riot on 14 July 2023 left two streets in ruins."),
    case("year", "In 2019, protesters were arrested in Hong Kong."),
    case("clock-time-colon", "At 8:17 pm, police began arresting protesters."),
    case("clock-time-am", "The clashes began at 11 a.m. and protesters were detained by evening."),
    case("age-hyphen", "A 20-year-old student was killed in the clashes."),
    case("age-spec-form", "A 20 year-old student was killed in the clashes."),
    case("age-aged", "The victim, aged 17, was killed by a stray bullet."),
    case("ordinal-word", "The second round of talks collapsed and protesters were arrested."),
    case(
        "ordinal-amendment",
        "The Twenty-sixth Amendment was passed before protesters were arrested.",
    ),
    case("ordinal-digits", "The protest entered its 5th day as more were arrested."),
    case("legal-section", "Authorities imposed Section 144 and arrested protesters."),
    case("legal-article", "The army was called in under Article 245 to guard the capital."),
    case("place-zero-point", "Protesters gathered at Zero Point before police arrived."),
    case("place-number-area", "Protesters gathered in the 26 number area."),
    case("place-code", "Police detained protesters in sector E-9."),
    case("place-block", "Protesters from Block 9 were arrested."),
    case("place-street-number", "Marchers from Carrera 27 were detained by police."),
    case("place-highway-kilometre", "The bus overturned at kilometre 114, and the injured were rushed away."),
    case("duration-days", "The sit-in lasted for 3 days before police arrested the protesters."),
    case("duration-hours", "The curfew lasted 48 hours and protesters were detained."),
    case("weight", "Police seized 40 kg of explosives and arrested the suspects."),
    case("distance", "The marchers walked 40 km to the capital."),
    case("money-rupees", "Families of the dead were paid Rs 500,000 each."),
    case("other-things-vehicles", "Police torched 30 vehicles and arrested the drivers."),
    case("other-things-cases", "Some 150 cases were registered against protesters."),
    case("other-things-trains", "Five trains were cancelled as protesters marched."),
    case(
        "other-things-doctors-contacted", "Reporters contacted 12 doctors, who confirmed injuries."
    ),
    case("other-things-firs", "Police filed 45 FIRs against the protesters."),
    case("other-things-districts", "Police raided homes in 26 districts and arrested protesters."),
    case("other-things-provinces", "Protesters from 3 provinces were arrested."),
    case("other-things-villages", "The victims came from 12 villages, officials said."),
    case("other-things-locations", "Police searched 3 locations and detained protesters."),
    case("indefinite-several-by-default", "Several people were arrested."),
    case("indefinite-a-few-by-default", "A few people were hurt."),
    case("name-four-seasons-sentence-start", "Four Seasons staff said protesters were arrested."),
    case("clock-time-at-10", "The march began at 10 and by noon police had arrested protesters."),
    case(
        "place-zero-point-sentence-start", "Zero Point was sealed off and protesters were arrested."
    ),
    case(
        "money-dollar-million",
        "The government announced $5 million in compensation for the families of those killed.",
    ),
    case("admitted-to-an-attack-is-a-confession", "Three men admitted to the attack."),
    case("kin-are-no-toll-by-themselves", "She has 3 sons and 2 daughters."),
    case("passed-away-days-later", "He passed away 3 days later."),
    case("buried-under-rubble-is-not-a-toll", "The quake buried 30 people under rubble, rescuers said."),
    case("ages-in-a-list-of-the-injured-initials",
         "The injured FG (42), Ü.B. (14), BB (18), CE (27) and EB (37) were taken to the state hospital by ambulances."),
    case("a-protest-after-a-time-preposition-is-a-noun",
         "Action was taken against 5,558 others during the anti-CAA protest."),
    # a denial noun that modifies the noun after it names a thing: no one is denied
    case("no-death-certificate-is-a-document",
         "The coroner's office has issued no death certificate for the two climbers."),
    case("no-arrest-warrants-signed", "A judge said no arrest warrants had been signed for the organisers."),
    case("no-casualty-figures-given", "The army gave no casualty figures for the raid on the camp."),
    # a rumour's figure called false: in its own clause, or translated ('the groups of WhatsApp')
    case("a-figure-its-clause-calls-false", "Forget it, the 250 drowned story was totally fake."),
    case("a-figure-its-clause-calls-false-too", "that rumour again. The 80 dead one was fake as well, wait for the list."),
    case("a-rumour-in-the-groups-of-a-messaging-app",
         "In the chats of Telegram of the valley people shared a post saying 70 had died; the police called it false."),
    case("further-reading-lists-other-stories",
         "Further reading\n  > Flash floods kill 40 in the hills\n  > 200 held after stadium riot"),
    case("up-next-lists-other-stories", "Up next:\n• Landslide kills 9 miners in the north"),
    # an entry of a list of references or footnotes: the title it cites is another report's headline
    case("reference-caret-title-with-publisher",
         "References[edit]\n1. ^ \"Toll reaches 27 as two more die in burns centre\". Ganja Today. 24 November 2026."),
    case("reference-caret-backlinks-author-date",
         "2. ^ a b c Mensah, Kofi (4 May 2025). \"Police detain 140 after mill shooting\". Coast Wire."),
    case("reference-numbered-title-publisher-date",
         "Notes\n3. \"Thousands rally for boycott\". Arabian Gulf Press. 21 November 2014."),
    case("reference-bracketed-number-translation-retrieved",
         "[4] \"Cuatro muertos en protesta de braceros\" [Four dead in cane cutters' protest]. Hoy (in Spanish). Retrieved 15 March 2001."),
    case("reference-footnote-number-page",
         "5 \"Nine bodies retrieved at the dam\", The Herald, 21 January 2026, p. 2."),
    case("reference-press-release-kind",
         "6. \"We have documented 17 deaths and more than 700 arrests\" (Press release). Rights League. 26 November 2026."),
    case("reference-caret-book-with-date", "7. ^ Baird, Simon (2009). Dams of the basin: 300 families moved. Silkworm. p. 118."),
    case("rumoured-figures-above-a-number",
         "Officials insisted that the figures over 500 arrests circulating on social media were untrue."),
    # a figure named by its own noun ('figures', 'numbers', 'a toll', 'talk') as a rumour's and
    # called untrue in its sentence (dev25b, written before the fix; see RUMOURED_FIGURES_MISSED)
    *RUMOURED_FIGURES,
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_not_a_claim(sentence):
    assert rows(claims_of(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("several", "Several people were arrested.", [(A, PEOPLE, None, 3, 9, "vague")]),
        case("a-few", "A few people were hurt.", [(INJ, PEOPLE, None, 2, 5, "vague")]),
    ],
)
def test_indefinite_figures_on_request(sentence, expected):
    assert rows(claims_of(sentence, indefinite=True)) == expected


# --- lines, sentences, offsets ----------------------------------------------------------------


REPORT = (
    "Floods hit northern Italy on Tuesday.\n"
    "\n"
    "At least 14 people were killed, officials said. Another 30 were injured.\n"
    "Rescuers said 2,000 residents were evacuated.\n"
    "Some 500 soldiers were deployed to help.\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_line_and_sentence_fields(newline):
    text = REPORT.replace("\n", newline)
    source = Source(id="italy", text=text, path="italy.txt", date="2024-10-01")
    claims = extract_claims(source)
    check_spans(source, claims)
    got = [(c.measure, c.subject, c.value, c.line, c.sentence) for c in claims]
    assert got == [
        (K, PEOPLE, 14, 3, "At least 14 people were killed, officials said."),
        (INJ, PEOPLE, 30, 3, "Another 30 were injured."),
        (D, SEC, 500, 5, "Some 500 soldiers were deployed to help."),
    ]
    assert {(c.source, c.path, c.date) for c in claims} == {("italy", "italy.txt", "2024-10-01")}
    assert [c.text for c in claims] == ["At least 14", "30", "Some 500"]


def test_body_start_skips_the_date_marker():
    text = "date 2024-11-27\nAbout 3,000 troops were deployed in the capital."
    source = Source(id="m", text=text, date="2024-11-27", body_start=16)
    [claim] = extract_claims(source)
    assert claim.sentence == "About 3,000 troops were deployed in the capital."
    assert (claim.line, claim.start, text[claim.start : claim.end]) == (2, 16, "About 3,000")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        case(
            "abbreviations",
            "Gen. Smith arrived at 9 a.m. on Monday. Dr. Khan said 12 were hurt. Then rain fell.",
            [
                "Gen. Smith arrived at 9 a.m. on Monday.",
                "Dr. Khan said 12 were hurt.",
                "Then rain fell.",
            ],
        ),
        case(
            "quotes-and-lines",
            '"Forty were killed," he said. Another 12 died.\nA new line starts a sentence',
            ['"Forty were killed," he said.', "Another 12 died.", "A new line starts a sentence"],
        ),
        case(
            "digit-start-and-us",
            "The U.S. embassy closed. 300 people marched.",
            ["The U.S. embassy closed.", "300 people marched."],
        ),
        case(
            "citation-markers",
            "The toll rose to 41 that day.[4] On 21 January it rose to 47.[5][6] Rain fell.",
            [
                "The toll rose to 41 that day.[4]",
                "On 21 January it rose to 47.[5][6]",
                "Rain fell.",
            ],
        ),
    ],
)
def test_split_sentences(text, sentences):
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == sentences


ALL_TEXTS = [p.values[0] for p in CLAIMS] + [p.values[0] for p in DENIALS]


def test_every_claim_points_at_its_words():
    text = " ".join(ALL_TEXTS)
    source = Source(id="all", text=text)
    claims = extract_claims(source)
    assert len(claims) > 60
    check_spans(source, claims)


@pytest.mark.parametrize(
    ("sentence", "date", "scope"),
    [
        (
            "Prior to the protest, 4,000 supporters were arrested.",
            None,
            "before: Prior to the protest",
        ),
        (
            "In 2019, more than 300 people were killed in similar unrest.",
            "2024-05-01",
            "before: In 2019",
        ),
        ("In 2024, more than 300 people were killed in the unrest.", "2024-05-01", None),
        ("In 2019, more than 300 people were killed in similar unrest.", None, None),
        (
            "The spokesman put the number at 70,000 from Khyber Pakhtunkhwa alone.",
            None,
            "part: from Khyber Pakhtunkhwa alone",
        ),
        (
            "Doctors saw at least five patients with bullet wounds in one hospital.",
            None,
            "part: in one hospital",
        ),
        (
            "Four soldiers were killed when a car struck them at a checkpoint.",
            None,
            "incident: when a car struck them",
        ),
        ("Authorities deployed 20,000 police ahead of the protest.", None, None),
        ("Nearly 1,000 protesters were arrested in the capital.", None, None),
        (
            "Heavy rain fell in June 2023. In March of that year, a landslide in Alausí killed more than 50 people.",
            "2026-11-16",
            "before: of that year (2023)",
        ),
    ],
    ids=[
        "prior-to",
        "past-year",
        "same-year",
        "year-without-date",
        "alone",
        "one-hospital",
        "incident",
        "deployment-ahead-is-the-deployment",
        "no-scope",
        "that-year-after-a-past-year",
    ],
)
def test_scope(sentence: str, date: str | None, scope: str | None) -> None:
    (c,) = extract_claims(Source(id="t", text=sentence, date=date))
    assert c.scope == scope


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Officials said 17 were killed, 12 of them children.", "part: 12 children of 17"),
        (
            "A strike killed at least 12 people, including five children.",
            "part: five children of at least 12",
        ),
        ("Of the 31 killed, 19 were civilians.", "part: 19 civilians of 31"),  # (the kind its clause tells)
    ],
    ids=["of-them", "including", "of-the-n-killed-opening-the-sentence"],
)
def test_a_part_of_a_figure_is_scoped_as_a_part(sentence: str, part: str) -> None:
    whole, piece = extract_claims(Source(id="t", text=sentence))
    assert (whole.measure, piece.measure) == ("killed", "killed")
    assert whole.scope is None
    assert piece.scope == part


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitors said seven victims had been left out by the hospital's register.",
        "At least 33 died, the monitors said, accusing officials of leaving seven bodies out of the tally.",
        "Seven fatalities were not counted in the government's figures, the group says.",
        "The group lists seven deaths excluded from the official figures.",
    ],
)
def test_the_figure_a_count_leaves_out_is_a_part(sentence: str) -> None:
    # what one count leaves out is the gap between two counts, not a toll of its own
    claims = {c.text.lower(): c for c in extract_claims(Source(id="t", text=sentence))}
    assert claims["seven"].scope == "part: left out"


def test_a_part_of_the_dead_told_by_its_wounds_stays_dead() -> None:
    whole, piece = extract_claims(Source(id="t", text="Seven people died, five of them with gunshot wounds."))
    assert (whole.measure, piece.measure, piece.scope) == ("killed", "killed", "part: five of Seven")


def test_a_part_of_the_dead_in_the_next_sentence_stays_dead() -> None:
    text = "The office says seven people have died. It says five of them had gunshot wounds."
    assert [(c.text, c.measure) for c in extract_claims(Source(id="t", text=text))] == [
        ("seven", "killed"),
        ("five", "killed"),
    ]
    text = "Seven people were killed. He added that 41 of those taken to hospital were in a serious condition."
    assert [(c.text, c.measure) for c in extract_claims(Source(id="t", text=text))][-1] == ("41", "injured")


def test_a_count_of_its_own_after_a_part_is_no_part() -> None:
    claims = extract_claims(Source(id="t", text="Seventeen were killed, including 12 children, and 40 were injured."))
    assert [(c.text, c.measure, c.scope) for c in claims] == [
        ("Seventeen", "killed", None),
        ("12", "killed", "part: 12 children of Seventeen"),
        ("40", "injured", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the suspect, 34, was arrested at his home.",
        "One of the protesters told Reuters that police beat him.",
    ],
    ids=["age-in-apposition", "one-of-the-protesters"],
)
def test_more_not_claims(sentence: str) -> None:
    assert extract_claims(Source(id="t", text=sentence)) == []


def test_text_without_punctuation_is_cut_into_bounded_sentences() -> None:
    """A 100 kB run with no full stop is parsed in pieces (fast), and every figure is kept."""
    from claimcheck.parse.sentences import MAX_SENTENCE, split_sentences

    chunk = "police said that 12 protesters were arrested and officials confirmed it "
    text = chunk * 1400
    sentences = split_sentences(text)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE
    assert "".join(text[s.start : s.end] for s in sentences).replace(" ", "") == text.replace(
        " ", ""
    )
    claims = extract_claims(Source(id="t", text=text))
    assert len(claims) == 1400
    assert all(text[c.start : c.end] == "12" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested 1850 protesters on Sunday.", [("arrested", 1850)]),
        ("In 2024 protesters marched again.", []),
        (
            "Opposition leader X alleged the government hid the real toll, which he put at over 100.",
            [("killed", 100)],
        ),
        ("1. Police said 12 people were arrested.", [("arrested", 12)]),
    ],
    ids=["year-shaped-count", "year-before-a-noun", "toll-put-at", "list-marker"],
)
def test_year_shapes_tolls_and_list_items(sentence: str, expected: list[tuple[str, int]]) -> None:
    claims = extract_claims(Source(id="t", text=sentence))
    assert [(c.measure, c.value) for c in claims] == expected


def test_list_marker_is_not_part_of_the_claimant() -> None:
    (c,) = extract_claims(Source(id="t", text="1. Police said 12 people were arrested."))
    assert c.claimant == "Police"


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Several hundred people were detained.", 200, 999),
        ("A few thousand protesters marched.", 2000, 5000),
        ("Several dozen officers were injured.", 24, 99),
    ],
    ids=["several-hundred", "a-few-thousand", "several-dozen"],
)
def test_indefinite_multiples_are_counts(sentence: str, low: int, high: int) -> None:
    (c,) = extract_claims(Source(id="t", text=sentence))
    assert (c.qualifier, c.low, c.high) == ("vague", low, high)


# Known misses, kept visible: each would need more than a sentence-level rule.
KNOWN_MISSES = [
    pytest.param(
        "Three individuals with gunshot wounds were brought to hospitals. "
        "One was pronounced dead at 8:30 PM and the others later that day.",
        [("killed", 3)],
        id="wounded-later-dead",
        marks=pytest.mark.xfail(
            strict=True, reason="the next sentences say they died: read as 3 injured"
        ),
    ),
    pytest.param(
        "Twenty were killed in three days, bringing the death toll since June to 48.",
        [("killed", None), ("killed", "since: since June")],
        id="cumulative-since-scope",
        marks=pytest.mark.xfail(
            strict=True, reason="a running total 'since June' is not told apart from the new deaths"
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN_MISSES)
def test_known_misses(sentence: str, expected: list[tuple[str, object]]) -> None:
    claims = extract_claims(Source(id="t", text=sentence))
    got = [(c.measure, c.value if isinstance(expected[0][1], int) else c.scope) for c in claims]
    assert got == expected


# --- figures that borrow their measure from a neighbour (scope/elliptic-figure) -----------------
# Sentences of our own, written before the mechanism (first run at main: lists 9 of 14 failed,
# claimants 5 of 12, the next sentence 4 of 12). Each row: (measure, subject, value, a part?).
T, F = True, False
ELLIPTIC_LISTS = [
    case("list-after-comma-places-are-parts", "Police said 41 people were arrested, 30 in Kisumu and 11 in Nakuru.",
         [(A, PEOPLE, 41, F), (A, PEOPLE, 30, T), (A, PEOPLE, 11, T)]),
    xfail("list-of-the-dead-by-where-they-died", "At least 18 miners died, 12 at the pithead and 6 in hospital, the company said.",
          [(K, PEOPLE, 18, F), (K, PEOPLE, 12, T), (K, PEOPLE, 6, T)],
          reason="'6 in hospital' reads as the injured before the list is read"),
    case("running-toll-by-time-siblings", "Rescuers pulled out 5 bodies by noon, 9 by nightfall and 14 the next morning.",
         [(K, PEOPLE, 5, F), (K, PEOPLE, 9, F), (K, PEOPLE, 14, F)]),
    case("wards-of-a-count-of-injured", "The health office counted 27 injured, 19 at Ward C and 8 at the Saint Luke clinic.",
         [(INJ, PEOPLE, 27, F), (INJ, PEOPLE, 19, T), (INJ, PEOPLE, 8, T)]),
    case("crowd-by-town-with-another", "Organisers said 3,000 people marched, about 2,000 in Oruro and another 1,000 in Potosí.",
         [(P, PEOPLE, 3000, F), (P, PEOPLE, 2000, T), (P, PEOPLE, 1000, T)]),
    case("dash-list-outside-and-near", "Some 60 demonstrators were detained yesterday — 35 outside the parliament and 25 near the central station.",
         [(A, PROT, 60, F), (A, PROT, 35, T), (A, PROT, 25, T)]),
    case("a-day-then-places-are-parts", "The ministry said 12 officers were hurt on Friday, 7 in Tunis and 5 in Sfax.",
         [(INJ, SEC, 12, F), (INJ, SEC, 7, T), (INJ, SEC, 5, T)]),
    case("toll-climbed-by-midday-that-night", "The toll climbed to 9 by midday, 15 that night and 21 the following morning.",
         [(K, PEOPLE, 9, F), (K, PEOPLE, 15, F), (K, PEOPLE, 21, F)]),
    case("headline-held-so-far-by-city", "BREAKING: 44 held so far, 20 in Lagos, 14 in Abuja, 10 in Kano.",
         [(A, PEOPLE, 44, F), (A, PEOPLE, 20, T), (A, PEOPLE, 14, T), (A, PEOPLE, 10, T)]),
    xfail("forum-next-sentence-list", "lol they say 200 marched. more like 150 in the square and maybe 50 down by the river",
          [(P, PEOPLE, 200, F), (P, PEOPLE, 150, F), (P, PEOPLE, 50, F)],
          reason="the antecedent is in the sentence before: no elliptic list across sentences"),
    case("treated-overnight-by-hospital", "Medics treated 73 people overnight, 50 at the field hospital in Mirpur and 23 at Dhaka Medical College.",
         [(INJ, PEOPLE, 73, F), (INJ, PEOPLE, 50, T), (INJ, PEOPLE, 23, T)]),
    case("clock-times-siblings", "The regional office reported 4 deaths at 06:00, 8 at noon and 10 at dusk.",
         [(K, PEOPLE, 4, F), (K, PEOPLE, 8, F), (K, PEOPLE, 10, F)]),
    case("list-goes-on-after-of-them", "At least 90 were arrested across the country, 52 of them in the capital, 21 in Mombasa and 17 in Eldoret.",
         [(A, PEOPLE, 90, F), (A, PEOPLE, 52, T), (A, PEOPLE, 21, T), (A, PEOPLE, 17, T)]),
    case("verb-then-gapped-place-siblings", "Three soldiers were killed in Gao and two in Mopti, the army said.",
         [(K, SEC, 3, F), (K, SEC, 2, F)]),
]
ELLIPTIC_CLAIMANTS = [
    case("crowd-at-organisers-at", "Police estimated the crowd at 4,000, the organisers at 12,000.",
         [(P, PEOPLE, 4000, F), (P, PEOPLE, 12000, F)]),
    case("marchers-and-union-at-close-to", "Officials put the number of marchers at 800 and the students' union at close to 3,000.",
         [(P, PROT, 800, F), (P, PROT, 3000, F)]),
    case("semicolon-claimant-comma-figure", "The authorities said 14 people were detained; the opposition, 40.",
          [(A, PEOPLE, 14, F), (A, PEOPLE, 40, F)]),
    case("toll-at-three-claimants", "The government puts the death toll at 31, Amnesty at 48 and local medics at more than 60.",
         [(K, PEOPLE, 31, F), (K, PEOPLE, 48, F), (K, PEOPLE, 60, F)]),
    xfail("semicolon-union-nearly", "Police counted some 2,500 protesters; the union, nearly 10,000.",
          [(P, PROT, 2500, F), (P, PROT, 10000, F)], reason="the figure before takes its measure (a crowd, from its noun) only after the list is read"),
    xfail("one-of-after-a-figure-of", "The prefecture gave a figure of 650 demonstrators and the CGT one of 4,200.",
          [(P, PROT, 650, F), (P, PROT, 4200, F)], reason="'one of N' standing for 'a figure of N': not read"),
    case("claimant-then-bare-figure", "Officials say 9 people were injured, the Red Crescent 17.",
          [(INJ, PEOPLE, 9, F), (INJ, PEOPLE, 17, F)]),
    case("claimant-then-more-than", "The army said 6 soldiers were hurt, the rebels more than 20.",
          [(INJ, SEC, 6, F), (INJ, SEC, 20, F)]),
    case("turnout-three-claimants", "Police estimated turnout at 7,000, the mayor's office at 9,000 and the organisers at 25,000.",
         [(P, PEOPLE, 7000, F), (P, PEOPLE, 9000, F), (P, PEOPLE, 25000, F)]),
    case("arrests-claimant-bare", "The interior ministry reported 120 arrests, the lawyers' collective 175.",
         [(A, PEOPLE, 120, F), (A, PEOPLE, 175, F)]),
    case("while-residents-spoke-of", "Local officials counted 22 dead, while residents spoke of 35.",
         [(K, PEOPLE, 22, F), (K, PEOPLE, 35, F)]),
    case("governor-put-the-injured-at", "The governor put the injured at 54 and the hospital association at 71.",
         [(INJ, PEOPLE, 54, F), (INJ, PEOPLE, 71, F)]),
]
ELLIPTIC_NEXT = [
    case("another-were-held", "Police detained 40 people on Monday. Another 12 were held in Gweru on Tuesday.",
         [(A, PEOPLE, 40, F), (A, PEOPLE, 12, F)]),
    case("by-evening-the-figure-was", "Officials said 23 people died in the blast. By evening the figure was 29.",
         [(K, PEOPLE, 23, F), (K, PEOPLE, 29, F)]),
    case("claimant-says-more-this-morning", "The union said 58 members were arrested. The police now say 17 more this morning.",
         [(A, PEOPLE, 58, F), (A, PEOPLE, 17, F)]),
    case("tally-is-higher-colon", "The ministry said 1,016 people were detained. The lawyers' tally is higher: 1,430.",
         [(A, PEOPLE, 1016, F), (A, PEOPLE, 1430, F)]),
    case("claimant-colon-figure", "Police put the crowd at 6,000. Organisers: 20,000.",
         [(P, PEOPLE, 6000, F), (P, PEOPLE, 20000, F)]),
    case("put-it-at", "Eleven people were injured in the clashes, the Red Cross said. Hospital sources put it at 19.",
         [(INJ, PEOPLE, 11, F), (INJ, PEOPLE, 19, F)]),
    case("rebel-sources-claim", "The army said 8 soldiers were killed. Rebel sources claim 30.",
         [(K, SEC, 8, F), (K, SEC, 30, F)]),
    case("a-further-overnight", "At least 300 people were rounded up. A further 45 overnight, lawyers say.",
         [(A, PEOPLE, 300, F), (A, PEOPLE, 45, F)]),
    xfail("two-more-in-hospital", "The coroner confirmed 14 deaths. Two more in hospital on Sunday.",
          [(K, PEOPLE, 14, F), (K, PEOPLE, 2, F)], reason="'N more in hospital' after deaths reads as the injured"),
    case("by-nightfall-bare", "Authorities said 2,000 people gathered at the square. By nightfall, 5,000.",
         [(P, PEOPLE, 2000, F), (P, PEOPLE, 5000, F)]),
    case("among-them-in-a-place", "Gendarmes said they detained 31 people. Among them, 12 in Aflou.",
         [(A, PEOPLE, 31, F), (A, PEOPLE, 12, T)]),
    case("paramedics-counted", "Firefighters said 7 people were hurt in the fire. Paramedics counted 10.",
         [(INJ, PEOPLE, 7, F), (INJ, PEOPLE, 10, F)]),
]


# the next sentence goes on with the last measure: a bare figure with 'more', 'a further', 'another', 'other',
# 'additional' or a tally compared ('… is higher: N', 'The final tally: N') and no noun or verb of its own
# (written before the mechanism; at main 7 of these 13 failed, after it 1 (its people), besides the xfail's verb)
CONTINUED_NEXT = [
    case("a-further-on-a-day", "Riot police detained 25 students at the campus. A further 9 on Thursday, the rector's office said.",
         [(A, PEOPLE, 25, F), (A, PEOPLE, 9, F)]),
    case("n-more-overnight-according", "The health ministry reported 6 dead after the clashes. Three more overnight, according to medics.",
         [(K, PEOPLE, 6, F), (K, PEOPLE, 3, F)]),
    case("another-at-a-place", "At least 40 people were hurt, the Red Cross said. Another 15 at the northern checkpoint.",
         [(INJ, PEOPLE, 40, F), (INJ, PEOPLE, 15, F)]),
    case("count-n-more-in-jails", "Gendarmes held 112 demonstrators. Lawyers now count 30 more in provincial jails.",
         [(A, PROT, 112, F), (A, PROT, 30, F)]),
    case("own-count-is-higher", "UPDATE: Police say 19 people arrested in Lusaka. The opposition's own count is higher: 46.",
         [(A, PEOPLE, 19, F), (A, PEOPLE, 46, F)]),
    case("from-these-in-a-place", "Officials confirmed 31 arrests in the capital. From these, 14 in the old town.",
         [(A, PEOPLE, 31, F), (A, PEOPLE, 14, T)]),
    case("the-final-tally-colon", "Medics treated 70 injured demonstrators. The final tally: 92.",
         [(INJ, PROT, 70, F), (INJ, PROT, 92, F)]),
    case("forum-another-lower-case", "cops arrested 14 of us at the gate. another 6 at the bus stop lol",
         [(A, PEOPLE, 14, F), (A, PEOPLE, 6, F)]),
    case("two-more-succumbed", "The interior ministry said 3 officers died. Two more succumbed to their wounds on Monday.",
         [(K, SEC, 3, F), (K, SEC, 2, F)]),
    case("n-additional-on-a-day", "Hospitals treated 48 injured people on Saturday. Eleven additional on Sunday.",
         [(INJ, PEOPLE, 48, F), (INJ, PEOPLE, 11, F)]),
    xfail("tally-runs-higher", "The junta admitted 5 deaths in Sagaing. The activists' tally runs higher: 23.",
          [(K, PEOPLE, 5, F), (K, PEOPLE, 23, F)],
          reason="measure read; 'activists' in its sentence makes its people protesters (subject/protest-context)"),
    xfail("other-n-were-retained", "The police retained 37 persons. Other 12 were retained at the border.",
          [(A, PEOPLE, 37, F), (A, PEOPLE, 12, F)], reason="'retained' (a translation's word for detained) is read only after 'Other N were'"),
    case("yet-another-this-afternoon", "Press release: 128 members detained since Monday. Yet another 20 this afternoon in Kitwe.",
         [(A, PEOPLE, 128, F), (A, PEOPLE, 20, F)]),
]


CONTINUED_NEXT += [  # written after the mechanism, without looking at it (at main 1 of 6 read, after 6)
    case("two-further-in-the-afternoon", "Soldiers shot dead 4 villagers near the market, witnesses said. Two further in the afternoon.",
         [(K, PEOPLE, 4, F), (K, PEOPLE, 2, F)]),
    case("an-additional-overnight-in", "BREAKING: 60 detained outside parliament. An additional 25 overnight in Kampala, lawyers say.",
         [(A, PEOPLE, 60, F), (A, PEOPLE, 25, F)]),
    case("count-is-higher-still", "The clinic admitted 33 wounded marchers. The doctors' association count is higher still: 51.",
         [(INJ, PROT, 33, F), (INJ, PROT, 51, F)]),
    case("n-more-this-evening-per", "Authorities say 9 people drowned when the ferry sank. 5 more this evening, per the coast guard.",
         [(K, PEOPLE, 9, F), (K, PEOPLE, 5, F)]),
    case("yet-another-at-the-station", "Police confirmed 210 arrests after the match. Yet another 40 at the train station.",
         [(A, PEOPLE, 210, F), (A, PEOPLE, 40, F)]),
    case("the-other-n-from-a-place", "Rescuers pulled 17 bodies from the rubble. The other 6 from the river bank later.",
         [(K, PEOPLE, 17, F), (K, PEOPLE, 6, T)]),
]

# the place before the figure in a list ('in Câmpeni 1,900 persons, in Turda 2,400'), after a measured
# figure in the same sentence or the sentence before: parts of it (written before the mechanism)
PLACE_FIRST = [
    case("colon-then-places", "Police said 85 people were detained across the region: in Osh 40, in Jalal-Abad 30 and in Naryn 15.",
         [(A, PEOPLE, 85, F), (A, PEOPLE, 40, T), (A, PEOPLE, 30, T), (A, PEOPLE, 15, T)]),
    case("next-sentence-places", "Organisers said 52,000 people marched on Saturday. In Lyon 20,000, in Marseille 18,000 and in Lille 14,000.",
         [(P, PEOPLE, 52000, F), (P, PEOPLE, 20000, T), (P, PEOPLE, 18000, T), (P, PEOPLE, 14000, T)]),
    case("at-places-persons", "The health department recorded 27 injured: at the stadium 19 persons, at the station 8.",
         [(INJ, PEOPLE, 27, F), (INJ, PEOPLE, 19, T), (INJ, PEOPLE, 8, T)]),
    case("of-them-places", "Interior ministry: 310 detained. Of them, in Minsk 200, in Grodno 60, in Brest 50.",
         [(A, PEOPLE, 310, F), (A, PEOPLE, 200, T), (A, PEOPLE, 60, T), (A, PEOPLE, 50, T)]),
    xfail("forum-lower-case", "ok so 46 arrested total. at the bridge 30, near the mall 16",
          [(A, PEOPLE, 46, F), (A, PEOPLE, 30, T), (A, PEOPLE, 16, T)],
          reason="no sentence break before a lower-case 'at', and a full stop is no list joint"),
    case("semicolon-shafts", "Rescuers said 18 miners were killed; in shaft two 11, in shaft four 7.",
         [(K, PEOPLE, 18, F), (K, PEOPLE, 11, T), (K, PEOPLE, 7, T)]),
    case("comma-places-then-speaker", "About 3,000 teachers joined the strike, in Harare 2,000 and in Bulawayo 1,000, the union said.",
         [(P, PEOPLE, 3000, F), (P, PEOPLE, 2000, T), (P, PEOPLE, 1000, T)]),
    case("breakdown-is-colon", "The prefecture counted 7,300 demonstrators. The breakdown it gave is: in Nantes 4,100 demonstrators, in Rennes 3,200.",
         [(P, PROT, 7300, F), (P, PROT, 4100, T), (P, PROT, 3200, T)]),
    case("among-them-at-places", "Medics treated 64 wounded protesters overnight. Among them, at the field clinic 41 persons, at the city hospital 23 persons.",
         [(INJ, PROT, 64, F), (INJ, PROT, 41, T), (INJ, PROT, 23, T)]),
    case("on-boats", "The coast guard put the dead at 31, on the first boat 19 and on the second 12.",
         [(K, PEOPLE, 31, F), (K, PEOPLE, 19, T), (K, PEOPLE, 12, T)]),
    case("by-town-colon", "A total of 95 people were held on Sunday. By town: in Tarija 50, in Sucre 45.",
         [(A, PEOPLE, 95, F), (A, PEOPLE, 50, T), (A, PEOPLE, 45, T)]),
    xfail("dash-places", "Deaths confirmed so far stand at 14 - in Goma 9, in Bukavu 5.",
          [(K, PEOPLE, 14, F), (K, PEOPLE, 9, T), (K, PEOPLE, 5, T)], reason="the 14 after 'Deaths … stand at' is not read"),
]


PLACE_FIRST += [  # written after the mechanism, without looking at it (3 of 6 right at once; the strikers' after a fix)
    case("crowd-read-later", "The ministry counted 1,240 strikers on Tuesday, in the port 800 and at the refinery 440.",
         [(P, PROT, 1240, F), (P, PROT, 800, T), (P, PROT, 440, T)]),
    case("of-these-from-places", "Red Crescent teams evacuated 57 wounded. Of these, from the old city 30, from the camp 27.",
         [(INJ, PEOPLE, 57, F), (INJ, PEOPLE, 30, T), (INJ, PEOPLE, 27, T)]),
    xfail("number-held-at", "Police put the number held at 73; at the university 51, outside the embassy 22.",
          [(A, PEOPLE, 73, F), (A, PEOPLE, 51, T), (A, PEOPLE, 22, T)], reason="'the number held at 73' is not read"),
    case("persons-in-places", "Civil defence said 22 bodies had been recovered. In the basement 13 persons, on the roof 9 persons.",
         [(K, PEOPLE, 22, F), (K, PEOPLE, 13, T), (K, PEOPLE, 9, T)]),
    case("near-around-after-speaker", "At least 4,500 farmers blocked roads, the union said: near Kranj 2,000, around Celje 2,500.",
         [(P, PEOPLE, 4500, F), (P, PEOPLE, 2000, T), (P, PEOPLE, 2500, T)]),
    xfail("inside-along", "Sources said 19 officers were wounded. Inside the compound 11, along the river road 8.",
          [(INJ, SEC, 19, F), (INJ, SEC, 11, T), (INJ, SEC, 8, T)], reason="'road 8' reads as a label (not-a-count/label-before)"),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACE_FIRST)
def test_a_list_names_its_place_before_the_figure(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.measure, c.subject, c.value, (c.scope or "").startswith("part:")) for c in claims_of(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police detained 40 people. In Osh 3 shops were looted.",
        "Police detained 40 people. In Osh 12 were later freed.",
        "Police detained 40 people, in Osh 12 were later freed.",
        "Police detained 40 people in 2019, in 2020 12.",
        pytest.param("Police detained 40 people. In the second half 2, said the coach.", marks=pytest.mark.xfail(
            strict=True, reason="a place-first item's 'place' may be a time of another count: not told apart")),
        "Police detained 40 people. At 18:00 12 buses left.",
    ],
    ids=["other-things", "own-verb-next", "own-verb-same", "a-year", "a-score", "buses"],
)
def test_a_place_first_item_needs_no_noun_or_verb_of_its_own(sentence: str) -> None:
    assert [(c.value, c.scope) for c in claims_of(sentence) if c.value != 40 and (c.scope or "").startswith("part:")] == []


@pytest.mark.parametrize(("sentence", "expected"), CONTINUED_NEXT)
def test_the_next_sentence_goes_on_with_the_measure(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.measure, c.subject, c.value, (c.scope or "").startswith("part:")) for c in claims_of(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 40 people. Another 12 vehicles were towed.",
        "Police arrested 40 people. Two more days of protests are planned.",
        "Police arrested 40 people. More than 300 marched on Sunday.",
        "Police arrested 40 people. Another 2 hours later the square was empty.",
        "Police arrested 40 people. The other 3 suspects are still at large.",
        "Police arrested 40 people in 2019. Another 2021 report gave no figure.",
    ],
    ids=["other-things", "days-more", "more-than-with-own-verb", "hours-later", "suspects-at-large", "a-year"],
)
def test_a_continued_figure_needs_no_noun_of_its_own(sentence: str) -> None:
    assert [(c.value, c.measure) for c in claims_of(sentence) if c.value != 40 and c.measure == A] == []


# a bare figure set against the figure before it in its sentence ('up from', 'down from', 'against', 'compared
# with', 'revised from', ', from', ', later'), often with the clause of who gave it ('the 41 it reported'): the
# same count at another time or by another teller, its measure and subject (measure/compared-figure; written
# before the mechanism: at main 7 of these 14 failed, after it none)
COMPARED_FIGURES = [
    case("up-from-at-a-time", "Rescuers said 31 people were confirmed dead by noon, up from 22 at dawn.",
         [(K, PEOPLE, 31, F), (K, PEOPLE, 22, F)]),
    case("down-from-the-it-announced", "The ministry put the number of injured at 140 on Friday, down from the 162 it announced a day earlier.",
         [(INJ, PEOPLE, 140, F), (INJ, PEOPLE, 162, F)]),
    case("up-from-the-it-reported", "The coastguard said 58 migrants had drowned, up from the 41 it reported on Tuesday night.",
         [(K, PEOPLE, 58, F), (K, PEOPLE, 41, F)]),
    case("against-the-previous-weekend", "Police confirmed 212 arrests on Sunday, against 150 the previous weekend.",
         [(A, PEOPLE, 212, F), (A, PEOPLE, 150, F)]),
    case("compared-with-at-a-rally", "Organisers claimed 9,000 marchers, compared with 5,500 at last month's rally.",
         [(P, PROT, 9000, F), (P, PROT, 5500, F)]),
    case("bringing-the-toll-to", "Eleven more bodies were recovered overnight, bringing the toll to 64.",
         [(K, PEOPLE, 11, F), (K, PEOPLE, 64, F)]),
    case("bringing-their-number-to", "Police sent 40 extra officers to the port on Monday, bringing their number to 310.",
         [(D, SEC, 40, F), (D, SEC, 310, F)]),
    case("taking-the-total-to", "A further 18 students were held at dawn, taking the total to 77, lawyers said.",
         [(A, PEOPLE, 18, F), (A, PEOPLE, 77, F)]),
    case("and-later", "The Red Cross counted 27 wounded at 6 p.m., and later 35.",
         [(INJ, PEOPLE, 27, F), (INJ, PEOPLE, 35, F)]),
    case("revised-from-an-initial", "Officials said 14 miners had died, revised from an initial 19.",
         [(K, PEOPLE, 14, F), (K, PEOPLE, 19, F)]),
    case("comma-from-on-a-day", "The agency recorded 88 detentions by Thursday evening, from 60 on Wednesday.",
         [(A, PEOPLE, 88, F), (A, PEOPLE, 60, F)]),
    case("down-from-on-a-day", "Hospital staff said 9 patients remained in intensive care, down from 13 on Saturday.",
         [(INJ, PEOPLE, 9, F), (INJ, PEOPLE, 13, F)]),
    case("at-first-later", "Some 1,200 soldiers were deployed at first, later about 1,600.",
         [(D, SEC, 1200, F), (D, SEC, 1600, F)]),
    case("up-on-the-it-gave", "The union said 430 members had been detained, up on the 390 it gave at midday.",
         [(A, PEOPLE, 430, F), (A, PEOPLE, 390, F)]),
]


# a part of the figure before ('N of them', 'among them N', 'Four are lawyers, one is …'), with a noun of its own:
# the whole's measure, the part's own people (written before the mechanism: at main 5 of these 13 failed; after
# measure/part-who-were-there, 3: the xfails)
PARTS_OF_THE_FIGURE_BEFORE = [
    case("of-them-nurses-who-had-joined", "The clinic said it had treated 52 people overnight, nine of them nurses who had joined the picket.",
         [(INJ, PEOPLE, 52, F), (INJ, PEOPLE, 9, T)]),
    case("among-them-divers", "Rescue teams numbering 210 were sent to the valley, among them 40 divers from the navy.",
         [(D, SEC, 210, F), (D, SEC, 40, T)]),
    case("of-them-of-an-unnumbered-whole", "Civil defence said the wounded had been taken to three hospitals, six of them in a critical state.",
         [(INJ, PEOPLE, 6, T)]),
    case("of-them-at-a-place-and-after", "The coroner said 17 people had died, twelve of them at the scene and five after reaching the hospital.",
         [(K, PEOPLE, 17, F), (K, PEOPLE, 12, T), (K, PEOPLE, 5, T)]),
    case("of-them-admitted", "The ministry said 64 people were hurt, 22 of them admitted to the regional hospital.",
         [(INJ, PEOPLE, 64, F), (INJ, PEOPLE, 22, T)]),
    xfail("own-noun-n-of-them", "The volunteers' group said its stewards, roughly 90 of them, had formed a human chain.",
          [(D, PEOPLE, 90, F)], reason="the stewards' own measure (a noun with no figure before 'N of them') is not read"),
    case("are-kinds-next-sentence", "Doctors treated 31 injured people. Four are firefighters, two are journalists.",
         [(INJ, PEOPLE, 31, F), (INJ, SEC, 4, T), (INJ, JOUR, 2, T)]),
    xfail("list-of-names-of-whom", "The union's list of the injured has 48 names, of whom it says eleven were drivers.",
          [(INJ, PEOPLE, 48, F), (INJ, PEOPLE, 11, T)], reason="a list's names of a measure named before ('list of the injured') are not counted"),
    case("the-other-after-a-semicolon", "Officials said 19 people died, five of them in hospital; the other fourteen were found in the rubble.",
         [(K, PEOPLE, 19, F), (K, PEOPLE, 5, T), (K, PEOPLE, 14, T)]),
    case("one-of-them-describes", "Gendarmes detained 26 people, including 3 cameramen, one of them a freelancer.",
         [(A, PEOPLE, 26, F), (A, JOUR, 3, T)]),
    xfail("among-those-admitted-after-casualties", "The hospital received 70 casualties. Among those admitted were eight children under 12.",
          [(INJ, PEOPLE, 70, F), (INJ, PEOPLE, 8, T)], reason="'casualties' is read as things, and the part has no whole"),
    case("of-them-stewards-who-had-been-posted", "Medics treated 41 people at the scene, seven of them stewards who had been posted at the gate.",
         [(INJ, PEOPLE, 41, F), (INJ, PEOPLE, 7, T)]),
    case("among-them-students-who-took-part", "Police held 33 people overnight, among them four students who had taken part in the sit-in.",
         [(A, PEOPLE, 33, F), (A, PEOPLE, 4, T)]),
    # written after measure/part-who-were-there (a second first run: at main 3 of these 6 passed; with the
    # readers of the list item before, the part larger than the figure before and 'after <-ing>' items, 5)
    case("of-them-children-who-had-come", "Paramedics said 38 people were hurt in the crush, eleven of them children who had come with their parents.",
         [(INJ, PEOPLE, 38, F), (INJ, PEOPLE, 11, T)]),
    case("of-those-next-list-item", "- The ministry recorded 120 arrests over the weekend.\n- Of those, 34 were later released on bail.",
         [(A, PEOPLE, 120, F)]),
    case("of-them-larger-than-the-figure-before", "The dead included one guard, and the wounded were taken to the district clinic, six of them with burns.",
         [(K, SEC, 1, T), (INJ, PEOPLE, 6, T)]),
    case("and-after-stepping-on", "The army said 14 soldiers were killed, nine in the ambush and five after stepping on a mine.",
         [(K, SEC, 14, F), (K, SEC, 9, T), (K, SEC, 5, T)]),
    case("among-them-were-kind", "Lawyers said 90 people were detained. Among them, 7 were journalists.",
         [(A, PEOPLE, 90, F), (A, JOUR, 7, T)]),
    xfail("of-them-dead-after-rescued", "Rescuers pulled 25 people from the rubble, 19 of them alive and six dead.",
          [(K, PEOPLE, 6, T)], reason="a part of a figure of no measure ('pulled from the rubble') is read as a toll of its own"),
    case("of-these-next-list-item-a-part", "- Our crews cared for 57 injured people in total.\n- Of these, 41 were taken to hospital by our ambulances.",
         [(INJ, PEOPLE, 57, F), (INJ, PEOPLE, 41, T)]),
    case("one-is-after-four-are", "Nurses said 31 people were brought in and six were admitted. Five are miners, one is a firefighter.",
         [(INJ, PEOPLE, 31, F), (INJ, PEOPLE, 6, F), (INJ, PEOPLE, 5, T), (INJ, SEC, 1, T)]),
    case("two-after-being-flown", "Officials said seven people died, five at the scene and two after being flown to the Central Hospital.",
         [(K, PEOPLE, 7, F), (K, PEOPLE, 5, T), (K, PEOPLE, 2, T)]),
]


# a figure whose measure the count before it names: in apposition ('its own count of injured, 63,') or across an
# aside of saying ('the number of soldiers wounded, she said, was now put at nine') (measure/count-of-apposition,
# measure/number-of; written before the mechanisms: at main 9 of these 12 failed, after them 2, the xfails)
COUNT_NAMED_BEFORE = [
    case("own-count-of-injured", "The fire brigade's own count of injured, 63, covered only the people its crews attended.",
         [(INJ, PEOPLE, 63, F)]),
    case("number-of-wounded-persons", "The health ministry has published a higher number of wounded, 87 persons.",
         [(INJ, PEOPLE, 87, F)]),
    case("tally-of-the-dead", "The mosque committee's own tally of the dead, 15, was published on Sunday.",
         [(K, PEOPLE, 15, F)]),
    case("list-of-detainees", "The lawyers' list of detainees, 212, includes people held for a few hours.",
         [(A, PEOPLE, 212, F)]),
    case("final-count-of-arrests", "The final count of arrests, 48, was confirmed by the prosecutor.",
         [(A, PEOPLE, 48, F)]),
    xfail("aside-far-before", "The number of officers hurt, a spokesman said, had since been put at 25.",
          [(INJ, SEC, 25, F)], reason="the count is named more than 60 characters before its figure (measure.BEFORE_READ)"),
    case("aside-told-reporters", "The number of the dead, the governor told reporters, has risen to 19.",
         [(K, PEOPLE, 19, F)]),
    case("aside-said-late-on", "The toll of deaths, officials said late on Monday, now stands at 37.",
         [(K, PEOPLE, 37, F)]),
    case("apposition-with-according", "The total of detentions, 96 according to the bar association, is disputed by the police.",
         [(A, PEOPLE, 96, F)]),
    xfail("estimate-of-casualties", "Their estimate of casualties, 30, was too low, doctors said.",
          [(K, PEOPLE, 30, F)], reason="'casualties' names no one measure (lexicon noun_measure)"),
    case("tally-of-injured-qualified", "The union's tally of injured, some 140, was not confirmed.",
         [(INJ, PEOPLE, 140, F)]),
    case("aside-added", "The official number of fatalities, the prefect added, was 11.",
         [(K, PEOPLE, 11, F)]),
    case("it-climbed-after-a-heading", "Flood death toll rises\n\nIt has climbed to 96, officials said on Tuesday.",
         [(K, PEOPLE, 96, F)]),
    case("it-rose-after-a-heading", "Arrests after the march\n\nIt rose to 212 on Sunday, police said.",
         [(A, PEOPLE, 212, F)]),
    case("apposed-of-them-counts-the-noun", "Ncube said the club's own marshals, about 60 of them, had tried to open the gate.",
         [(D, PEOPLE, 60, F)]),
    case("total-now-they-say", "Police say 129 people were held overnight. Total now 135 they say.",
         [(A, PEOPLE, 129, F), (A, PEOPLE, 135, F)]),
    case("aside-she-said-now-put-at", "The ministry admitted one error: the number of soldiers wounded, she said, was now put at nine.",
         [(INJ, SEC, 9, F)]),
]


# rival claimants' figures in a list after a figure told by someone, the measure left out, the antecedent's word
# again ('estimated the crowd at 3,000, the police at 4,500'), or after 'and' ('the opposition 40 and lawyers
# more than 60') (measure/elliptic-claimant; the first six written before the change: at main 3 failed, after
# it none; the last six after it: 2 fail at main and now, the xfails)
RIVALS_IN_A_LIST = [
    case("claimants-at-after-estimated-at", "Officials estimated the crowd at 3,000, the police at 4,500 and the organisers at more than 12,000.",
         [(P, PEOPLE, 3000, F), (P, PEOPLE, 4500, F), (P, PEOPLE, 12000, F)]),
    case("claimants-at-after-toll-at", "The ministry put the death toll at 41, the Red Cross at 57 and local clergy at 80.",
         [(K, PEOPLE, 41, F), (K, PEOPLE, 57, F), (K, PEOPLE, 80, F)]),
    case("claimant-at-after-semicolon", "City hall estimated attendance at about 9,000; the union at 25,000.",
         [(P, PEOPLE, 9000, F), (P, PEOPLE, 25000, F)]),
    case("claimant-at-after-and", "The governor put the number of injured at 120 and the doctors' association at 190.",
         [(INJ, PEOPLE, 120, F), (INJ, PEOPLE, 190, F)]),
    case("claimants-bare-after-and", "Authorities said 14 people were detained, the opposition 40 and lawyers more than 60.",
         [(A, PEOPLE, 14, F), (A, PEOPLE, 40, F), (A, PEOPLE, 60, F)]),
    case("claimant-at-after-number-of", "The army put the number of soldiers killed at 8, the rebels at 30.",
         [(K, SEC, 8, F), (K, SEC, 30, F)]),
    case("claimant-at-after-march-at", "The prefecture estimated the march at 15,000, the unions at 60,000.",
         [(P, PEOPLE, 15000, F), (P, PEOPLE, 60000, F)]),
    case("claimant-at-after-arrests-at", "Police put arrests at 19 and the lawyers' collective at 33.",
         [(A, PEOPLE, 19, F), (A, PEOPLE, 33, F)]),
    xfail("claimant-at-a-clock-like-figure", "The health ministry put the toll at 12; the Red Crescent at 18 and the rebels at more than 40.",
          [(K, PEOPLE, 12, F), (K, PEOPLE, 18, F), (K, PEOPLE, 40, F)], reason="'at 18' after a name reads as a clock time"),
    case("counted-the-injured-at", "Local authorities counted the injured at 25, the hospital at 31.",
         [(INJ, PEOPLE, 25, F), (INJ, PEOPLE, 31, F)]),  # a known miss until prose30 ('counted' puts a count at)
    case("claimant-bare-after-held", "The interior ministry said 200 people were held, the bar association 260.",
         [(A, PEOPLE, 200, F), (A, PEOPLE, 260, F)]),
    case("claimants-after-said-in-a-list", "Estimates of the crowd ranged widely: police said 8,000, the organisers 30,000.",
         [(P, PROT, 8000, F), (P, PROT, 30000, F)]),
]


@pytest.mark.parametrize(("sentence", "expected"), COMPARED_FIGURES + PARTS_OF_THE_FIGURE_BEFORE + COUNT_NAMED_BEFORE + RIVALS_IN_A_LIST)
def test_a_figure_told_by_the_one_before_takes_its_measure(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.measure, c.subject, c.value, (c.scope or "").startswith("part:")) for c in claims_of(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 38 people were evacuated, from 12 villages.",
        "Police said 22 people were hurt, aged from 5 to 80.",
        "Police said 40 people were arrested, up from 20 cars seized last year.",
        "The clinic treated 12 patients, up from 9 to 11 a.m.",
        "Police said 30 people were detained, compared with 2019.",
    ],
    ids=["place-of-origin", "ages", "other-things", "a-time-range", "a-year"],
)
def test_a_figure_set_against_needs_a_count_of_its_own(sentence: str) -> None:
    assert [c.value for c in claims_of(sentence) if c.value not in (38, 22, 40, 12, 30)] == []


@pytest.mark.parametrize(("sentence", "expected"), ELLIPTIC_LISTS + ELLIPTIC_CLAIMANTS + ELLIPTIC_NEXT)
def test_figures_that_borrow_their_measure(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(c.measure, c.subject, c.value, (c.scope or "").startswith("part:")) for c in claims_of(sentence)]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "claimants"),
    [
        ("The army said 6 soldiers were hurt, the rebels more than 20.", ["The army", "the rebels"]),
        ("The authorities said 14 people were detained; the opposition, 40.", ["The authorities", "the opposition"]),
        ("Police said 41 people were arrested, 30 in Kisumu and 11 in Nakuru.", ["Police", "Police", "Police"]),
        ("At least 40 people were hurt, the Red Cross said. Another 15 at the northern checkpoint.", ["the Red Cross", "the Red Cross"]),
        ("Organisers said 52,000 people marched. In Lyon 20,000 and in Lille 14,000.", ["Organisers", "Organisers", "Organisers"]),
        ("Officials said 14 miners had died, revised from an initial 19.", ["Officials", "Officials"]),
        ("Officials estimated the crowd at 3,000, the police at 4,500 and the organisers at more than 12,000.",
         ["Officials", "the police", "the organisers"]),
    ],
    ids=["rival-named-before-its-figure", "rival-after-a-semicolon", "list-items-are-the-whole-speakers",
         "continued-next-sentence-carries-its-speaker", "place-first-parts-carry-the-speaker",
         "figure-set-against-keeps-its-teller", "rivals-at-after-estimated-at"],
)
def test_an_elliptic_figure_has_its_own_or_its_lists_claimant(sentence: str, claimants: list[str]) -> None:
    assert [c.claimant for c in claims_of(sentence)] == claimants


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 41 people and burned 30 cars, 10 in Kisumu.",
        "The court jailed 12 protesters for 5 years, 3 in Nakuru.",
        "Police said 40 people were arrested, and 5 in Kisumu were later released.",
        "Parliament voted 120 in favour and 80 against.",
        "The 41 detainees were held at 3 police stations, 2 in Kisumu.",
    ],
    ids=["other-things-between", "years-between", "own-verb-after-the-place", "vote-count", "stations-between"],
)
def test_an_elliptic_figure_needs_its_measure_next_to_it(sentence: str) -> None:
    assert [c.value for c in claims_of(sentence) if c.value not in (41, 12, 40)] == []


@pytest.mark.parametrize(
    "sentence",
    ["Police said 5 officers were suspended.", "Three protesters were questioned."],
    ids=["suspended-officers", "protesters-questioned"],
)
def test_small_counts_without_a_measure_are_no_crowd_or_deployment(sentence: str) -> None:
    assert extract_claims(Source(id="t", text=sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 25 lakh devotees had taken a dip by evening.", [(P, PEOPLE, 2500000)]),
        ("5,00,000 people were present at the ghat.", [(P, PEOPLE, 500000)]),
        (
            "Police arrested 162 people across the country, 74 of them in Paris.",
            [(A, PEOPLE, 162), (A, PEOPLE, 74)],
        ),
        ("At least 600 of the coalition's supporters had been rounded up.", [(A, PROT, 600)]),
        ("Officials said 38 members of the security forces had been injured.", [(INJ, SEC, 38)]),
        ("No demonstrator was seriously injured, police said.", [(INJ, PROT, 0)]),
        ("Seventeen dead were counted.", [(K, PEOPLE, 17)]),
        ("Day 1 of the operation: 112 terrorists captured. We continue.", [(A, PEOPLE, 112)]),
        ("We have now captured 436 gang members in the town.", [(A, PEOPLE, 436)]),
        ("Operation update, tally on day 8: 1,027 captures. 0 civilians injured.", [(A, PEOPLE, 1027), (INJ, PEOPLE, 0)]),
        ("The operation is lifted after 12 days. Balance: 1,380 terrorists behind bars.", [(A, PEOPLE, 1380)]),
        ("The commission said two men detained in the sweep have died in custody.", [(K, PEOPLE, 2)]),
        ("False. No detainee from the sweep has died.", [(K, PEOPLE, 0)]),
        ("It denied that any of the dead were migrant workers from abroad.", [(K, PEOPLE, 0)]),
        (
            "The governor said the number of person dead have increased become 16 persons, injured 26 persons.",
            [(K, PEOPLE, 16), (INJ, PEOPLE, 26)],
        ),
        ("In 2021 the blast make worker die 2 persons injured 3 persons.", [(K, PEOPLE, 2), (INJ, PEOPLE, 3)]),
        ("Police said 5 soldiers killed 3 militants at the checkpoint.", [(K, PEOPLE, 3)]),
        ("The union said some 9,000 taxi drivers stayed off the roads on Monday.", [(P, PEOPLE, 9000)]),
        (
            "The provincial hospital reports 68 admissions for frostbite, of which 19 remain on the wards.",
            [(INJ, PEOPLE, 68), (INJ, PEOPLE, 19)],
        ),
    ],
    ids=[
        "took-a-dip",
        "were-present",
        "of-them-in-a-place",
        "possessive-modifier",
        "members-of-the-security-forces",
        "denial-with-adverb",
        "dead-as-noun",
        "official-post-terrorists-captured",
        "official-post-we-have-captured",
        "official-post-tally-of-captures-and-a-digit-zero",
        "official-post-balance-behind-bars",
        "detained-in-a-place-then-died-the-verb-after-wins",
        "denial-of-a-noun-from-a-place",
        "denial-that-any-of-the-dead-were-a-kind",
        "translated-number-became-and-the-next-figures-word-is-not-the-first-figures-verb",
        "translated-die-before-the-figure-injured-is-the-next-figures",
        "a-verb-with-a-figure-after-it-is-their-deed-not-their-harm",
        "drivers-on-strike-stayed-off-the-roads",
        "a-hospitals-admissions-are-the-injured-it-took-in",
    ],
)
def test_wordings_from_other_events(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    claims = extract_claims(Source(id="t", text=sentence))
    assert [(c.measure, c.subject, c.value) for c in claims] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The stampede happened near Meerut.[6] The fair went on.",
        "The reform would raise the retirement age to 65.",
        'Unions called the first of three "dead city" days.',
    ],
    ids=["citation-marker", "age-to", "dead-as-modifier"],
)
def test_more_wordings_that_are_not_claims(sentence: str) -> None:
    assert extract_claims(Source(id="t", text=sentence)) == []


def test_released_people_are_not_counted_as_arrested() -> None:
    text = "Police said 409 people had been detained, of whom 130 had since been released."
    assert [c.value for c in extract_claims(Source(id="t", text=text))] == [409]


def test_no_sum_inside_an_inclusion_and_subjects_after_among() -> None:
    text = "At least 14 people, including six women and three children, were killed."
    assert [(c.value, c.scope is not None) for c in extract_claims(Source(id="t", text=text))] == [
        (14, False),
        (6, True),
        (3, True),
    ]
    (c,) = extract_claims(Source(id="t", text="The ministry reported 58 injured among the police."))
    assert (c.measure, c.subject, c.value) == ("injured", "security", 58)


def test_asides_between_dashes_and_long_appositions_keep_the_verb() -> None:
    text = (
        "The spokesman said five civilians and two security officers — a police officer and a "
        "gendarme — had been killed, up from the four deaths the government acknowledged."
    )
    claims = extract_claims(Source(id="t", text=text))
    assert [(c.measure, c.subject, c.value, c.claimant) for c in claims] == [
        ("killed", "people", 5, "The spokesman"),
        ("killed", "security", 2, "The spokesman"),
        ("killed", "people", 4, "the government"),
    ]
    text = "Two journalists, Habib Diallo of Espace FM and a freelance photographer, were arrested."
    assert [(c.measure, c.subject, c.value) for c in extract_claims(Source(id="t", text=text))] == [
        ("arrested", "journalists", 2)
    ]
    # an 'including' aside that is itself a comma list (a rights agency's count of the other side's dead)
    text = "At least 19 officers, including from the border guard, the militia and the police, have also died."
    assert [(c.measure, c.value) for c in extract_claims(Source(id="t", text=text))] == [("killed", 19)]


# --------------------------------------------------------------------------- long quotations


def _quotation_by_walking(text, sentences, i):
    """The quotation look-up as it was written first: a walk to the paragraph start and a
    count from there for every sentence (quadratic on a one-line page); the reference."""

    def still_open(lo, hi):
        if "“" in text[lo:hi]:
            return text.count("“", lo, hi) > text.count("”", lo, hi)
        return text.count('"', lo, hi) % 2 == 1

    para, first = sentences[i].paragraph, i
    while first and sentences[first - 1].paragraph == para:
        first -= 1
    lo = sentences[first].start
    if i == first or not still_open(lo, sentences[i - 1].end):
        return None
    opener = i - 1
    while opener > first and still_open(lo, sentences[opener - 1].end):
        opener -= 1
    for j in range(i, len(sentences)):
        if sentences[j].paragraph != para:
            break
        if not still_open(lo, sentences[j].end):
            if j == i:
                return None
            s = sentences[j]
            at = max(text.rfind('"', s.start, s.end), text.rfind("”", s.start, s.end))
            return (opener, j, at) if at >= 0 else None
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["Police said 12 died.", "“Six were hurt.", "He left.”",
                                   '"Ten fled.', 'Nine ran."', "“Two,” she said."]),
                  st.sampled_from([" ", "\n"])),
        min_size=1, max_size=14,
    )
)  # fmt: skip
def test_quotations_over_sentences_match_the_walk(parts):
    from claimcheck.parse.sentences import Quotations

    text = "".join(sentence + gap for sentence, gap in parts)
    sentences = split_sentences(text)
    quotations = Quotations(text, sentences)
    for i in range(len(sentences)):
        assert quotations.around(i) == _quotation_by_walking(text, sentences, i), (text, i)


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("They met at Gate B. Police said 55 people were arrested.",
         ["They met at Gate B.", "Police said 55 people were arrested."]),
        ("Crowds filled Zone C. The army said 12 died.", ["Crowds filled Zone C.", "The army said 12 died."]),
        ("John F. Kennedy said 12 died.", ["John F. Kennedy said 12 died."]),
        ("Ann B. Lee, a doctor, said 12 died.", ["Ann B. Lee, a doctor, said 12 died."]),
    ],
    ids=["letter-then-claimant-noun", "letter-then-article", "initial-then-surname",
         "initial-in-a-name-with-role"],
)  # fmt: skip
def test_a_single_capital_letter_ends_a_sentence_before_a_sentence_opener(text, sentences):
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences


def test_the_claimant_after_gate_b_is_the_police():
    (claim,) = [c for c in extract_claims(Source(id="s", text="People gathered at Gate B. Police "
                "said 55 people were arrested.")) if c.measure == "arrested"]  # fmt: skip
    assert claim.claimant == "Police"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("On Friday, about 250 people walked from Maitighar to the ruins, carrying photographs of the dead.", "participants"),
        ("Thousands walked through the city centre.", "participants"),
    ],
)
def test_people_who_walked_from_or_to_a_place_are_a_crowd(sentence: str, measure: str) -> None:
    """A march told as a walk ('walked from X to Y', 'walked through') counts its walkers,
    not the dead whose photographs they carried."""
    (c,) = extract_claims(Source(id="w", text=sentence))
    assert c.measure == measure


# --- numbers that are not claims, in the shapes wires, encyclopedias, live blogs and forums use
# (capacities, populations, workforces, people affected, prisoners held or escaping, kin of the
# counted, parts of things, dates read as verbs, ages, sums, ranks): precision on real reports.
NUMBERS_THAT_ARE_NOT_CLAIMS = [
    case(
        "capacity-stadium-built-for",
        "The stadium, built for 40,000 spectators, hosted the final rally.",
    ),
    case(
        "capacity-prison-built-for-holds",
        "The prison, built for 300 inmates, now holds 1,100, officials said.",
    ),
    case(
        "capacity-jail-houses-prisoners",
        "The jail has a capacity of 700 but houses about 1,800 prisoners.",
    ),
    case("capacity-hall-seats", "The hall seats 2,500 people and was full by noon."),
    case("capacity-camp-designed-for", "The camp was designed to accommodate 20,000 refugees."),
    case(
        "population-town-of",
        "Violence spread to Kasba, a town of 12,000 people about 40 km from the capital.",
    ),
    case(
        "population-home-to-refugees",
        "The district is home to 3,000 refugees from the 2019 floods.",
    ),
    case("population-live-in-camp", "About 45,000 people live in the camp."),
    case("population-city-residents", "The city has 2.1 million residents."),
    case("workforce-factory-employs", "The factory employs 3,000 workers."),
    case("workforce-union-members", "The union, which has 40,000 members, called a strike."),
    case("workforce-laid-off", "The company laid off 900 employees last year."),
    case("force-strength-numbers", "The army numbers some 350,000 soldiers."),
    case("force-strength-made-up-of", "The brigade is made up of 3,000 troops."),
    case("force-strength-recruit", "Police plan to recruit 5,000 new officers by 2027."),
    case(
        "force-strength-will-be-trained",
        "About 1,500 police officers will be trained in crowd control.",
    ),
    case("affected-by-floods", "The floods affected 200,000 people across six provinces."),
    case("displaced-by-fighting", "Some 14,000 people were displaced by the fighting."),
    case("evacuated-residents", "Authorities evacuated 3,500 residents from the riverbank."),
    case("missing-people", "At least 30 people are still missing."),
    case("rescued-from-rubble", "Rescuers pulled 12 people from the rubble."),
    case("left-homeless", "More than 2,000 people were left homeless."),
    case("need-food-aid", "Aid agencies said 1.2 million people need food assistance."),
    case(
        "prisoners-usually-held",
        "There were usually 2,600 prisoners held in the jail before the fire.",
    ),
    case("inmates-part-escaped", "About 380 of the 612 people held there escaped."),
    case("detainees-broke-out", "Hundreds of detainees broke out during the attack."),
    case(
        "detainees-held-in-facility-fled",
        "Roughly 380 of the approximately 610 detainees held in the facility managed to flee.",
    ),
    case("inmates-fled-through-wall", "About 40 inmates fled through a hole in the wall."),
    case("hospital-beds-part-of-them", "The hospital has 500 beds, 120 of them in intensive care."),
    case(
        "relief-centres-part-of-them",
        "The health department has opened 82 heatstroke relief centres, 36 of them in Karachi.",
    ),
    case("vehicles-torched", "Protesters torched 35 vehicles and 12 shops."),
    case("houses-destroyed", "At least 200 houses were destroyed."),
    case("anniversary-ordinal", "The march marked the 50th anniversary of the massacre."),
    case("ages-between", "The victims were aged between 17 and 24."),
    case("age-then-in-apposition", "Her son Andrés, then 19, was among the dead."),
    case("victims-families", "The 12 victims' families demanded an inquiry."),
    case("relatives-of-the-marched", "Relatives of the 43 students marched to the capital."),
    case("families-of-the-fans", "The families of the 96 fans received compensation."),
    case("percent-turnout", "Turnout was 45 percent, down from 62 percent."),
    case("money-pesos", "The government offered 500,000 pesos to each family."),
    case("distance-km", "The march covered 12 kilometres."),
    case("duration-hours", "The curfew lasted 48 hours."),
    case("signatories-one-of-the", "He was one of the 300 who signed the letter."),
    case("signed-petition", "More than 1,000 academics signed the petition."),
    case("rank-out-of", "The country ranks 142nd out of 180 on the press freedom index."),
    case("list-of-demands", "The 21 demands included wage increases."),
    case(
        "children-rehearsing-when",
        "About 40 children were rehearsing for a show when the storm arrived.",
    ),
    case("series-rose-on-march-dates", "The figure rose to 23 on 4 March and to 29 on 5 March."),
    case("sent-home", "The 4,000 students enrolled at the university were sent home."),
    case("votes-in-parliament", "Parliament passed the bill by 245 votes to 112."),
    case("seats-won", "The opposition won 45 of the 120 seats."),
    case(
        "gathering-limit-in-law",
        "Under the new rules, gatherings of more than 50 people need a permit.",
    ),
    case("followers-and-views", "The video was viewed 300,000 times."),
    case("thread-meta", "Posted by u/streetmedic 3 hours ago · 412 points · 87 comments"),
    case(
        "police-administrations-are-no-people",
        "On the territory of 23 other police administrations, gatherings were held at 41 locations.",
    ),
    case("later-jailed-is-a-sentence", "Eleven were later jailed for disturbing public order."),
    case(
        "prison-holds-detainees",
        "The facility currently houses 1,450 detainees awaiting trial.",
    ),
    case("gallery-caption-photo-n-of-m", "Photo 4 of 20 Protesters march through the city centre."),
    case("joined-the-force-is-enlisting", "The 12 officers who joined the force in 2019 were promoted."),
    case("joined-the-party-is-membership", "About 300 people joined the party last year."),
    case("joined-a-lawsuit", "More than 1,000 people have joined the class-action lawsuit."),
    case("reached-the-shore-is-a-rescue", "About 40 passengers reached the shore safely."),
    case("filled-sandbags", "Around 80 people filled sandbags along the river."),
    case("walked-out-of-the-mine", "The 300 workers walked out of the mine after the collapse."),
    case("quoted-group-name", 'Supporters of the "Tunis 12" gathered outside the court.'),
    case("proposition-number", "Proposition 8 supporters gathered outside the court."),
    case("lives-saved", "The programme has saved 2,000 lives since 2015."),
    case("detention-centres-are-places", "The city has three detention centres with 2,000 beds."),
    case("death-squads-are-groups", "The report named four death squads operating in the north."),
    case(
        "average-attendance",
        "The stadium hosted 35 matches last season, with an average attendance of 40,000.",
    ),
    case("protesters-accused", "The government accused 500 protesters of vandalism."),
    case("protesters-pardoned", "The president pardoned 1,500 protesters."),
    case("officers-interviewed", "The commission interviewed 80 police officers."),
    case("a-list-of-protesters", "Police compiled a list of 700 protesters."),
    case("protest-leaders-invited", "The minister invited 50 protest leaders to talks."),
    case("officers-among-witnesses", "The inquiry heard from 200 witnesses, including 50 police officers."),
    case("government-bodies-are-organisations", "Twelve government bodies are involved in the response."),
    case("held-hostage", "About 40 people were held hostage in the bank."),
    case("hostages-held-by-rebels", "The 12 hostages held by the rebels were freed."),
    case("held-up-at-the-border", "About 200 passengers were held up at the border for 10 hours."),
    case("double-negative-is-no-denial", '"There are no bodies that were not registered," a spokeswoman told us.'),
    # sums of money, their currency's abbreviation, sign or name around them (not-a-count/label-before,
    # /unit-after), even with the people they are paid for after them
    case("money-taka-abbreviation", "The ministry will pay Tk 25,000 to the family of each person killed."),
    case("money-ringgit-abbreviation", "The company will pay RM 10,000 to every worker who was hurt."),
    case("money-naira-sign", "The governor promised ₦500,000 to each person injured in the blast."),
    case("money-shilling-abbreviation-bail", "Bail was set at Ksh 5,000 for each protester arrested."),
    case("money-pesos-after", "Each family of the dead gets 50,000 pesos, each person injured 20,000 pesos."),
    # the difference between two counts is no count (not-a-count/difference-between, /difference-separates)
    case("difference-gap-is", "The gap between the two is eight lives, and both figures describe the same three days."),
    case("difference-separate", "Seven deaths separate the two counts, the review found."),
    case("difference-divide", "Some 300 arrests divide the police figure from the lawyers' list."),
    case("difference-remains", "The difference between the two counts remains 12 deaths, the monitor said."),
    case("difference-stood-at", "The discrepancy between the lists stood at about 40 deaths."),
]


@pytest.mark.parametrize("sentence", NUMBERS_THAT_ARE_NOT_CLAIMS)
def test_numbers_that_are_not_claims(sentence: str) -> None:
    assert rows(claims_of(sentence)) == []


CLAIMS_BESIDE_NUMBERS_THAT_ARE_NOT = [
    case("held-protesters-stay-arrested", "Police said 40 protesters were held in the city jail overnight.", [exact(A, PROT, 40)]),
    case("detained-who-tried-to-flee", "Police detained 300 people who had tried to flee the checkpoint.", [exact(A, PEOPLE, 300)]),
    case("recaptured-after-they-escaped", "Police said 12 detainees recaptured after they escaped were back in their cells.", [exact(A, PEOPLE, 12)]),
    case("inmates-detained-after-riot", "Police said 40 inmates were detained after the riot.", [exact(A, PEOPLE, 40)]),
    case("relatives-of-the-killed", "Relatives of the 12 people killed marched to the capital.", [exact(K, PEOPLE, 12)]),
    case("families-of-those-who-marched", "Police met the families of the 2,000 people who marched on Sunday.", [exact(P, PEOPLE, 2000)]),
    case("sent-to-the-capital", "About 300 soldiers were sent to the capital.", [(D, SEC, 300, 270, 330, "approx")]),
    case("toll-series-on-march-dates", "The toll rose to 23 on 4 March and to 29 on 5 March.", [exact(K, PEOPLE, 23), exact(K, PEOPLE, 29)]),
    case("infobox-scale-grade-then-deaths", "Type Vulcanian Location Guatemala VEI 3 Deaths 31[1]", [exact(K, PEOPLE, 31)]),
    case("verb-before-a-figure-in-words", 'Ngabo said troops had "neutralised" nine assailants in a counter-attack and arrested six suspects.', [exact(K, PEOPLE, 9), exact(A, PEOPLE, 6)]),
    case("took-part-beside-marchers", "On 12 March about 2,000 people marched in the city to demand relocation; organisers said more than 5,000 took part.", [(P, PEOPLE, 2000, 1800, 2200, "approx"), (P, PEOPLE, 5000, 5001, None, "more_than")]),
    case("a-part-that-marched-of-members", "Some 3,000 of the union's 40,000 members marched.", [(P, PEOPLE, 3000, 2700, 3300, "approx")]),
    case("attended-the-party-is-a-crowd", "The Delegation says 6,200 people attended the party at its peak.", [exact(P, PEOPLE, 6200)]),
    case("eliminated-militants-a-communique-killing", "Army says it eliminated 40 militants in the area.", [exact(K, PEOPLE, 40)]),
    case("militants-were-eliminated", "Up to 40 militants were eliminated, the ministry said.", [(K, PEOPLE, 40, 0, 40, "up_to")]),
    case("eliminated-checkpoints-no-people", "The reform eliminated 40 checkpoints on the road.", []),
    case("booked-people-an-arrest", "He says they booked 60 people last night alone.", [exact(A, PEOPLE, 60)]),
    case("nabbed-suspects", "Police nabbed 12 suspects near the market.", [exact(A, PEOPLE, 12)]),
    case("booked-rooms-no-people", "The delegation booked 60 rooms at the hotel.", []),
    case("count-beside-the-gap", "The ministry counts 11 dead; the gap between its list and ours is eight lives.", [exact(K, PEOPLE, 11)]),
    case("officers-who-separated-groups", "Fifty officers separated the two groups of marchers.", [exact(D, SEC, 50)]),
    case("a-stark-difference-then-a-toll", "The difference was stark: 40 people were killed in the north.", [exact(K, PEOPLE, 40)]),
    # a gathering's noun with its place between it and 'at' gives the crowd, not the measure of the figure before (dev23)
    case("vigil-put-at-after-a-toll", "One man died and 31 people were injured. In the evening the police put the vigil in the main square at about 3,000.",
         [exact(K, PEOPLE, 1), exact(INJ, PEOPLE, 31), (P, PEOPLE, 3000, 2700, 3300, "approx")]),
    case("demonstration-put-at", "Organisers put the demonstration outside parliament at 40,000.", [exact(P, PEOPLE, 40000)]),
    case("days-of-a-sit-in-are-no-crowd", "Days of sit-in since the clearance: 362 · Arrests at the gate: 31", [exact(A, PEOPLE, 31)]),
    case("vigil-outside-estimated-at", "Police estimated the vigil outside the hospital at 600.", [exact(P, PEOPLE, 600)]),
    case("translation-procession-estimated", "The police estimated the procession in the capital at 8,000 persons.", [exact(P, PEOPLE, 8000)]),
    case("processions-counted-are-events", "963,000 people marched in some 250 processions, the ministry said.", [exact(P, PEOPLE, 963000)]),
    case("killed-beside-a-sum-paid", "Nine people were killed, and the ministry will pay Tk 25,000 to each family.", [exact(K, PEOPLE, 9)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAIMS_BESIDE_NUMBERS_THAT_ARE_NOT)
def test_claims_beside_numbers_that_are_not(sentence: str, expected: list[tuple[object, ...]]) -> None:
    """The near misses of the not-a-claim rules: the true claims beside them stay."""
    assert rows(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case(
            "survivors-are-not-summed-with-bodies",
            "Rescue workers found 14 survivors and 6 bodies in the rubble.",
            [exact(K, PEOPLE, 6)],
        ),
        case("registered-for-is-no-crowd", "Organisers had registered the rally for 5,000 participants.", []),
        case("authorised-gathering-of", "Police had authorised a gathering of up to 1,000 people.", []),
        case("permit-allowed-for", "The permit allowed for 3,000 marchers.", []),
        case(
            "force-which-has",
            "The regional police force, which has 6,000 officers, said it would review the footage.",
            [],
        ),
        case("a-march-that-drew", "Last year's march, which drew 10,000, passed off peacefully.", [exact(P, PEOPLE, 10000)]),
    ],
)
def test_sizes_allowed_or_owned_are_no_crowd_or_deployment(sentence: str, expected: list[tuple[object, ...]]) -> None:
    """A gathering's permitted size and a force's strength are not a crowd or a deployment;
    survivors found beside the dead are not summed into the toll."""
    assert rows(claims_of(sentence)) == expected


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param("The two organisations said they had documented 1,400 arbitrary arrests.", 1400, "arrested", id="arbitrary-arrests"),
        pytest.param("The group documented 52 unlawful killings.", 52, "killed", id="unlawful-killings"),
        pytest.param("They recorded 52 extrajudicial executions.", 52, "killed", id="extrajudicial-executions"),
    ],
)
def test_a_rights_reports_adjectives_before_its_noun(text: str, value: int, measure: str) -> None:
    """A rights report's adjectives between the figure and its noun (grammar.skip_before_noun)."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text))]
    assert (value, measure) in got


def test_an_answer_takes_the_measure_its_question_asks_about() -> None:
    """'… at least 30 people died there. Can you confirm?' asks about the dead: the answer's
    'Our count for San Pedro is 9' counts them too."""
    text = (
        "Q: Local officials are saying at least 30 people died there. Can you confirm?\n\n"
        "A: I cannot confirm that figure. Our count for San Pedro is 9."
    )
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text))]
    assert got == [(30, "killed"), (9, "killed")]


def test_each_item_of_a_list_of_parts_after_including_is_a_part_of_the_whole() -> None:
    # a comma list, not only 'and': every item is a part of the dead, and 'members of the
    # security forces' in it are killed officers, not forces deployed
    text = (
        "The group said 6,126 people had been killed, including 5,777 protesters, 86 minors, "
        "214 members of the security forces and 49 bystanders."
    )
    claims = extract_claims(Source(id="t", text=text))
    assert [(c.value, c.measure, c.subject, c.scope is not None) for c in claims] == [
        (6126, "killed", "people", False),
        (5777, "killed", "protesters", True),
        (86, "killed", "people", True),
        (214, "killed", "security", True),
        (49, "killed", "people", True),
    ]
    # (a figure after the list with its own verb and measure is a count of its own)
    text = "Seven people were killed, including two children, 30 others were injured."
    assert [(c.value, c.measure, c.scope is None) for c in extract_claims(Source(id="t", text=text))] == [
        (7, "killed", True),
        (2, "killed", False),
        (30, "injured", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 300 Safe Lives Now marchers walked to the ministry.",
            [(300, "participants", "protesters")],
            id="a-measure-word-inside-a-movements-name",
        ),
        pytest.param(
            "Police said 200 End The Killings supporters were arrested.",
            [(200, "arrested", "protesters")],
            id="a-harm-word-inside-a-groups-name",
        ),
        pytest.param(
            "Police estimated 400 Hold Our Ground supporters and 250 We Are Kessa supporters took part.",
            [(400, "participants", "protesters"), (250, "participants", "protesters")],
            id="a-verb-inside-a-groups-name",
        ),
        pytest.param(
            "12 Dead In Riverside Clashes",
            [(12, "killed", "people")],
            id="a-title-case-headlines-first-word-is-still-its-noun",
        ),
    ],
)
def test_a_capitalised_name_between_the_figure_and_its_noun(text: str, expected: list[tuple]) -> None:
    """Campaign and group names before the counted noun, as UK and US protest copy writes them
    ('300 <Name With Lives In It> protesters'): a capitalised word after a capitalised word is
    the name's, not the figure's measure or verb."""
    got = [(c.value, c.measure, c.subject) for c in extract_claims(Source(id="t", text=text))]
    assert got == expected


def test_what_the_dead_include_after_an_injured_figure_is_a_part_of_the_dead() -> None:
    """A disaster authority's sentence of both tolls (real flood coverage, our own words): the
    parts after 'the dead included' are the dead's, not parts of the injured figure before."""
    text = "Another 95 people were hurt, while the dead included 140 men, 22 women and 16 children."
    got = [(c.value, c.measure, c.scope) for c in extract_claims(Source(id="t", text=text))]
    assert got == [
        (95, "injured", None),
        (140, "killed", "part: 140 men of another figure"),
        (22, "killed", "part: 22 women of another figure"),
        (16, "killed", "part: 16 children of another figure"),
    ]


def test_a_unions_whole_membership_is_no_crowd() -> None:
    """A federation's turnout target out of its membership (real union-march copy, our own
    words): the membership did not march."""
    text = "The federation expects no fewer than 40,000 out of its 900,000 members to take part in the march."
    assert [c.value for c in extract_claims(Source(id="t", text=text)) if c.measure == "participants"] == []
    text = "The federation said 40,000 of the members joined the march."
    assert [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text))] == [(40000, "participants")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Eleven people have been arrested - seven on suspicion of affray and four on suspicion of criminal damage.",
            [
                (11, "arrested", None),
                (7, "arrested", "part: seven on suspicion of affray of Eleven"),
                (4, "arrested", "part: four on suspicion of criminal damage of Eleven"),
            ],
            id="a-police-release-dash-breakdown",
        ),
        pytest.param(
            "Officers detained 20 people: twelve for looting and eight for arson.",
            [
                (20, "arrested", None),
                (12, "arrested", "part: twelve for looting of 20"),
                (8, "arrested", "part: eight for arson of 20"),
            ],
            id="a-colon-breakdown-by-offence",
        ),
        pytest.param(
            "Officers detained 20 people for looting and eight officers were hurt.",
            [(20, "arrested", None), (8, "injured", None)],
            id="a-reason-of-the-whole-is-no-breakdown",
        ),
    ],
)
def test_a_total_broken_down_by_what_each_part_was_held_for(text: str, expected: list[tuple]) -> None:
    """Police releases break an arrest total down by offence (real UK disorder copy, our own
    words): each part after a colon or a spaced dash keeps the total's measure."""
    got = [(c.value, c.measure, c.scope) for c in extract_claims(Source(id="t", text=text))]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        pytest.param("About 5,000 people took to the street in the capital on Sunday.", "participants", id="took-to-the-street"),
        pytest.param("Police said three men were shot to death near the bridge.", "killed", id="shot-to-death"),
        pytest.param("Witnesses said two men were gunned down outside the market.", "killed", id="gunned-down"),
        pytest.param("Officials said 12 people were lynched by the crowd.", "killed", id="lynched"),
    ],
)
def test_wire_wordings_of_harm_and_turnout(text: str, measure: str) -> None:
    # wordings of real wire copy read in session 13 (sentences of our own)
    (claim,) = extract_claims(Source(id="t", text=text))
    assert claim.measure == measure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police said 14 people were detained. One of them, an elder of 71, was taken to hospital.",
            [(14, "arrested")],
            id="an-age-after-a-persons-noun-and-of",
        ),
        pytest.param(
            "Police said 14 people were detained. One of them, a retired teacher of 68, was taken to hospital.",
            [(14, "arrested")],
            id="an-age-after-a-modified-persons-noun",
        ),
        pytest.param(
            "Three people died in the fire. Two of the dead were sisters, 9 and 12, who lived upstairs.",
            [(3, "killed"), (2, "killed")],
            id="two-ages-in-apposition",
        ),
        pytest.param(
            "Four people were killed in the collapse, officials said. The youngest was 12.",
            [(4, "killed")],
            id="the-youngest-was",
        ),
        pytest.param(
            "The ministry said 31 people were injured. Anyone with information should call 117.",
            [(31, "injured")],
            id="a-number-to-call",
        ),
        pytest.param(
            "Two looters were arrested overnight. Report suspicious activity to 112.",
            [(2, "arrested")],
            id="a-number-to-report-to",
        ),
        pytest.param(
            "Thread on the dam:\n4/ The ministry says 30 were hurt overnight.\n5/ Injured now at 61, per the ministry.",
            [(30, "injured"), (61, "injured")],
            id="a-threads-post-numbers-and-a-toll-now-at",
        ),
    ],
)
def test_figures_that_are_no_claims_ages_numbers_to_call_post_numbers(text: str, expected: list[tuple]) -> None:
    """Ages after a person's noun ('an elder of 71', 'sisters, 9 and 12', 'The youngest was 12'),
    telephone numbers and a thread's post numbers ('5/') are no counts (wire copy, relief
    bulletins and social-media threads, our own words); the figures around them stay."""
    assert [(c.value, c.measure) for c in claims_of(text)] == expected


def test_a_bracketed_breakdown_before_a_comma_keeps_the_totals_measure() -> None:
    """'23 dead (19 civilians and four police officers), 312 injured': the parts in brackets are
    the dead's; the verb or noun after the bracket and its comma is the next item's (an inquiry's
    final figures, our own words)."""
    text = "The inquiry's final figures were 23 dead (19 civilians and four police officers), 312 injured and 611 people detained."
    got = [(c.value, c.measure, c.subject) for c in claims_of(text)]
    assert got == [
        (23, "killed", "people"),
        (19, "killed", "people"),
        (4, "killed", "security"),
        (312, "injured", "people"),
        (611, "arrested", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Monday four gunmen held the hotel for 19 hours before troops stormed it.",
            [],
            id="gunmen-who-held-a-building-are-no-arrest",
        ),
        pytest.param(
            "Police said 40 people held the night before had been charged.",
            [(40, "arrested")],
            id="held-the-night-before-stays-an-arrest",
        ),
        pytest.param(
            "The health office said 2 patients with heavy burns died overnight in the burns unit.",
            [(2, "killed")],
            id="people-counted-by-their-wounds-who-died",
        ),
        pytest.param(
            "Of the 68 people on board, 19 died at the scene and eight later in hospital.",
            [(68, None), (19, "killed"), (8, "killed")],
            id="a-gapped-verb-before-later-in-hospital",
        ),
        pytest.param(
            "Police raise arrest count to 38 after clashes; union says 20,000 marched",
            [(38, "arrested"), (20000, "participants")],
            id="a-headlines-arrest-count",
        ),
        pytest.param(
            "The legal team says five of those detained were beaten at the station.",
            [(5, "injured")],
            id="a-harm-told-of-a-part-of-the-detained",
        ),
        pytest.param(
            "Twelve of the arrested were taken to the central station.",
            [(12, "arrested")],
            id="a-part-of-the-arrested-with-no-harm-stays-arrested",
        ),
    ],
)
def test_the_measure_of_a_figure_told_by_its_own_verb_or_count(text: str, expected: list[tuple]) -> None:
    """Wrong measures seen on blind sets, by kind (our own words): an active 'held' with an object
    is its holders' deed; a death told of people counted by their wounds wins; a gapped 'died'
    before 'later in hospital'; an arrest count in a headline."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == [e for e in expected if e[1] is not None]


def test_identified_parts_are_no_toll_and_lives_name_no_side() -> None:
    """'Fifteen of the 21 bodies have been identified' counts the identifying, not a toll (the 21
    stays, once where the toll was told before it); 'has claimed at least 25 lives' counts every side, not the officers named before it
    (a coroner's update and a retrospective, our own words)."""
    text = "The toll rose to 21. Fifteen of the 21 bodies have been identified, the coroner said."
    assert [c.value for c in claims_of(text)] == [21]  # (the 21 told again: not-a-count/whole-told-again)
    text = "Fifteen of the 21 bodies have been identified, the coroner said."
    assert [c.value for c in claims_of(text)] == [21]
    text = "Adding the three officers who lost their lives, the violence has claimed at least 25 lives."
    assert [(c.value, c.subject) for c in claims_of(text)] == [(3, "security"), (25, "people")]


def test_people_taken_to_medical_institutions_are_the_injured() -> None:
    """Translated emergency bulletins write 'taken to medical institutions' for the injured: after
    a toll and a comma they are no part of the dead (our own words)."""
    text = "Update at 09:30: 23 dead, 71 people taken to medical institutions."
    assert [(c.value, c.measure) for c in claims_of(text)] == [(23, "killed"), (71, "injured")]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        pytest.param("The ministry said 17 people were treated, five of whom were police officers.", 5, "security", id="wire-of-whom-were"),
        pytest.param("As of this afternoon, six people have lost their lives, and two of them are our own officers.", 2, "security", id="statement-our-own-officers"),
        pytest.param("Nine people died in the fire, three of them were children and two were firefighters.", 2, "security", id="parallel-after-of-them"),
        pytest.param("Twelve people were hurt in the clashes; four of them were riot police officers.", 4, "security", id="forum-two-words-before-the-noun"),
        pytest.param("The agency said 30 people were detained, three of whom were foreign journalists.", 3, "journalists", id="of-whom-journalists"),
        pytest.param("On Tuesday the police raised their toll to 26. Désir said 4 of the 26 were prison officers.", 4, "security", id="of-the-figure-were"),
        pytest.param("Seven people were hurt, two of whom were taken to hospital by police.", 2, "people", id="not-a-participle"),
    ],
)
def test_a_part_told_after_its_figure_as_a_side_counts_that_side(text: str, figure: int, subject: str) -> None:
    """A part whose people are told after it with a copula is that side's figure, whether it
    points at its whole as 'of the 26', 'of whom' or 'of them', and with up to two
    words before the noun ('our own officers', 'riot police officers'); a participle after the
    copula ('were taken to hospital by police') tells no side."""
    assert {c.value: c.subject for c in claims_of(text)}[figure] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        pytest.param("The drivers' association says seven of its members died on the road.", "people", id="an-associations-members"),
        pytest.param("The union said 40 of our members were arrested at the gates.", "people", id="a-unions-members"),
        pytest.param("Police said 300 party members were arrested after the rally.", "protesters", id="party-members"),
    ],
)
def test_a_bodys_own_members_are_people_a_partys_its_side(text: str, subject: str) -> None:
    assert [c.subject for c in claims_of(text)] == [subject]


STANDING_SIZE = [  # (text, the figures left, id): a body's members or volunteers in all
    ("Founded in 1998, the society has more than 4,000 registered volunteers in 11 branches.", [], "founded-has-registered-volunteers"),
    ("The Red Cross counts more than 600,000 volunteers across the country.", [], "counts-volunteers-across-the-country"),
    ("We are funded by small donations from about 1,900 supporters.", [], "release-funded-by-supporters"),
    ("The federation, which represents some 120,000 members nationwide, called the strike.", [], "represents-members-nationwide"),
    ("With 35,000 dues-paying members, the union is the largest in the sector.", [], "with-dues-paying-members"),
    ("Our network of 2,500 trained volunteers works in every district.", [], "network-of-volunteers"),
    ("The party claims 80,000 card-carrying members around the world.", [], "claims-members-around-the-world"),
    ("The association numbers about 9,000 members in all.", [], "numbers-members-in-all"),
    ("Teachers' union SUTE, with 48,000 members across the province, said the strike would go on.", [], "with-members-across-the-province"),
    ("The charity has a membership of 12,000 volunteers | founded 1987 | 14 regional offices", [], "table-row-membership"),
    ("The Red Cross has 300 volunteers at the site, a spokesman said.", [300], "volunteers-at-the-site"),
    ("The union says 3,000 of its members are on strike.", [3000], "members-on-strike"),
]


@pytest.mark.parametrize(("text", "figures"), [pytest.param(t, f, id=i) for t, f, i in STANDING_SIZE])
def test_a_bodys_standing_size_is_no_count(text: str, figures: list[int]) -> None:
    """The members, volunteers or supporters a body has in all (its network, its membership, those
    who fund it, those it counts across the country or in its branches) are no crowd and no
    deployment (not-a-count/standing-size); volunteers at a site and members on strike still are."""
    assert [c.value for c in claims_of(text)] == figures


OWN_PEOPLE_IN_A_PROTEST = [  # (text, the figure, its subject)
    ("Thousands of protesters marched on the ministry. The coalition said 23 of its supporters had been detained overnight.", 23, "protesters", "wire-its-supporters-held"),
    pytest.param(
        "Our march was peaceful until riot police charged the crowd, and 17 of our members were taken to the station.", 17, "protesters",
        id="release-our-members-taken",
        marks=pytest.mark.xfail(strict=True, reason="no measure read from 'taken to the station': no claim"),
    ),
    pytest.param("Riot police charged the march, and the union says 17 of our members were detained at the station.", 17, "protesters", id="release-our-members-detained",
                 marks=pytest.mark.xfail(strict=True, reason="read as people: the union, the committee or the movement is not taken for the protest's body")),
    ("protesters everywhere today. the union says 9 of their marchers got hurt near the bridge", 9, "protesters", "forum-their-marchers-hurt"),
    ("The demonstrators blocked the avenue. The movement denounced that 31 of its activists were captured by the police.", 31, "protesters", "translation-its-activists-captured"),
    ("After the rally was dispersed, the opposition party said 45 of its members had been arrested.", 45, "protesters", "party-its-members-arrested"),
    ("Police fired tear gas at the demonstrators; the association says five of its supporters were injured.", 5, "protesters", "wire-its-supporters-injured"),
    ("Protesters set tyres alight on the ring road. The alliance later said two of its marchers had died in hospital.", 2, "protesters", "its-marchers-died"),
    pytest.param("Riot police cleared the square before dawn. According to the movement, 150 of our comrades were arrested.", 150, "protesters", id="according-to-our-comrades",
                 marks=pytest.mark.xfail(strict=True, reason="read as people: the union, the committee or the movement is not taken for the protest's body")),
    pytest.param("The sit-in was broken up with batons, and the students' union reported that 60 of its members were wounded.", 60, "protesters", id="union-its-members-wounded",
                 marks=pytest.mark.xfail(strict=True, reason="read as people: the union, the committee or the movement is not taken for the protest's body")),
    pytest.param("Marchers fought the police for an hour. Eight of their organisers were held overnight, the committee said.", 8, "protesters", id="their-organisers-held",
                 marks=pytest.mark.xfail(strict=True, reason="read as people: the union, the committee or the movement is not taken for the protest's body")),
    pytest.param("Tens of thousands took to the streets on Friday, and the federation said 4,000 of its members had joined the protest in the capital.", 4000, "protesters", id="its-members-joined",
                 marks=pytest.mark.xfail(strict=True, reason="read as people: the union, the committee or the movement is not taken for the protest's body")),
    ("Demonstrators threw stones at officers. The party's youth wing says 12 of its activists are still in custody.", 12, "protesters", "its-activists-in-custody"),
]


@pytest.mark.parametrize(
    ("text", "figure", "subject"), [pytest.param(*r[:3], id=r[3]) if type(r) is tuple else r for r in OWN_PEOPLE_IN_A_PROTEST]
)
def test_a_protest_bodys_own_people_told_with_its_possessive_are_protesters(text: str, figure: int, subject: str) -> None:
    """'23 of its supporters', '17 of our members', '31 of its activists' in a passage about a
    protest: the protest body's own people are protesters, as the bundled gold (seeds.jsonl:
    '"hundreds" of its members were killed' is protesters, with no people alternative) counts
    them. Session 24's prec24 read them as people, which fitted the test sets' golds (all accept
    people) and cost the bundled reports P .98 -> .93, R 1.00 -> .95; it was taken back."""
    assert {c.value: c.subject for c in claims_of(text)}.get(figure) == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Contents\n2 Clashes\n3 Casualties\n3.1 Estimates of the dead\n4 Arrests, trials and appeals\n5 Reactions",
                     [], id="subsections-in-a-table-of-contents"),
        pytest.param("Findings\n6.1 Each stand shall display its capacity.\n6.2 Stewards shall be posted at every gate.",
                     [], id="a-reports-numbered-paragraphs"),
        pytest.param("My brother (16) was picked up at the bus stop, and police say 40 were detained.",
                     [(40, "arrested")], id="an-age-in-brackets-after-a-kin-noun"),
        pytest.param("Our whole street went, my grandmother is 79 and walked all day. Organisers said 5,000 marched.",
                     [(5000, "participants")], id="an-age-after-a-kin-noun-and-is"),
        pytest.param("Among the injured was a driver of 61 from the coast; 30 were hurt in all.",
                     [(30, "injured")], id="an-age-after-of"),
    ],
)
def test_section_numbers_and_ages_are_no_counts(text: str, expected: list[tuple]) -> None:
    """Seen on blind sets, by kind (our own words): subsection and paragraph numbers ('3.1',
    '6.2') and a table of contents line with a comma; a person's age in brackets or after 'is'
    behind a possessive and a person's noun, or after 'a driver of'."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        ("The toll rose to 30. Eleven of the dead were women, the police said. Relatives spoke of 14.", "14"),
        ("Nine of the injured were firefighters, among them two women. The union talked of 12.", "12"),
        ("At least 25 people died. Six of the dead were migrants, officials said. Aid groups speak of nine.", "nine"),
    ],
)
def test_a_bare_rival_of_a_part_is_a_part_too(text: str, rival: str) -> None:
    # 'Eleven of the dead were women. Relatives spoke of 14': the women's count, not the toll
    (c,) = [c for c in extract_claims(Source(id="t", text=text)) if c.text == rival]
    assert (c.scope or "").startswith(f"part: {rival} of ")


def test_a_bare_rival_after_a_whole_with_a_share_is_the_wholes_rival() -> None:
    # 'at least 260 detentions, 34 of them minors. The police speak of 212': the 260's rival
    text = "Monitors logged at least 260 detentions on Saturday, 34 of them minors. The police talk of 212."
    (c,) = [c for c in extract_claims(Source(id="t", text=text)) if c.text == "212"]
    assert c.scope is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("@medina_doc is it true what they say on Facebook, 200 bodies in the morgue?", [], id="forum-is-it-true"),
        pytest.param("Did the police really count only 3,000 at the rally?", [], id="wire-did-the-police"),
        pytest.param("Is it true there are 40 dead in the village, as the radio says?", [], id="translation-is-it-true"),
        pytest.param("Did 10,000 people take part? No count by anyone supports that number.", ["10,000"], id="fact-check-heading"),
        pytest.param("Police say 4,000 people joined the march. 4,000?? The street was packed.", ["4,000"], id="forum-echo"),
        pytest.param("The mayor says 300 people came. Only 300 people? I was there.", ["300"], id="blog-only-echo"),
        pytest.param("@nyota does anyone know if 12 students were taken to Central station?", [], id="forum-does-anyone-know"),
        pytest.param("Cholera in Kanyama: 30 people dead or 51 people dead?", ["30", "51"], id="headline-which-of-two"),
        pytest.param(
            "Why did police say 5,000 people marched when 50,000 people filled the square?", ["5,000", "50,000"], id="wh-question-tells"
        ),
        pytest.param("Is there any doubt? Police said 4,000 people took part.", ["4,000"], id="question-before-the-claim"),
        # (dev27: a reply's @name before the echo and a place after it; written after the change)
        pytest.param("The union says 20,000 people marched.\n@rina_palu 20,000 on the field? No way.", ["20,000"], id="reply-echo-with-a-place"),
        pytest.param("Organisers claim 15,000 people came. @bayu, 15,000 in the square?? Come on.", ["15,000"], id="reply-comma-echo-in-the-square"),
        pytest.param("They say 800 people were arrested. Only 800 at the stadium? More like 2,000.", ["800"], id="only-echo-at-a-place"),  # ('More like 2,000' names no measure)
        pytest.param("Police said 3,000 people marched. 3,000 people inside the park? Impossible.", ["3,000"], id="echo-noun-inside-a-place"),
        pytest.param("@kofi 12 people were killed in the market, I saw it myself.", ["12"], id="reply-telling-not-asking"),
        pytest.param("The ministry says 9 died. @ama_k 9 in Kpone?", ["9"], id="reply-echo-in-a-town"),
    ],
)
def test_a_figure_asked_about_is_no_claim(text: str, kept: list[str]) -> None:
    # a figure asked about as hearsay ('is it true …?', '… really …?', a question put to a poster
    # by name) or echoed back as a question on its own is doubted, not claimed (not-a-count/asked;
    # the first 4,000 and 300 above are the claims echoed); a fact-check's question sets out the
    # claim it examines
    assert [c.text for c in claims_of(text)] == kept


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        case("wire-ministry-people", "Thousands of marchers filled the avenue on Friday. The health ministry said 14 people were injured.", "14", PEOPLE),
        case("translation-persons", "The demonstrators were dispersed with water cannon. According to the civil protection, 9 persons were injured.", "9", PEOPLE),
        case("forum-people", "protesters everywhere on the bridge tonight. my cousin at the clinic says 30 people were hurt", "30", PEOPLE),
        case("register-people-and-elided-after", "Strikers fought the police at the mill gate. Staff at the district hospital recorded nine people brought in dead and 38 wounded.", "38", PEOPLE),
        case("rights-body-persons-same-sentence", "A rights body said not less than four persons lost their lives in the dispersal of the protesters.", "not less than four", PEOPLE),
        case("individuals-detained", "Activists occupied the ministry lobby on Monday. Later 17 individuals were detained, a spokesman said.", "17", PEOPLE),
        case("a-topic-names-whose-people", "Three officers were hurt. As for the strikers, 12 people were injured, the union said.", "12", PROT),
        case("elided-is-the-passages-side", "Protesters clashed with police. Doctors said 40 were injured.", "40", PROT),
        case("a-crowds-people-are-its-protesters", "Protesters drove their tractors into the capital. About 9,000 people marched on the ministry.", "About 9,000", PROT),
        case("elided-strikers", "Strikers blocked the port gates for a third day. Three were hurt when a lorry drove through the picket.", "Three", PROT),
    ],
)
def test_a_plain_noun_for_people_is_kept_in_a_protest_passage(text: str, figure: str, subject: str) -> None:
    """subject/protest-context names the side of a figure the writer gave no noun of its own;
    'people', 'persons', 'individuals' are the writer's own word for whoever was counted (a
    hospital's, a ministry's, a panel's count of the hurt, the dead or the held), and the figure
    after one that takes its people keeps them too; a crowd's people are its protesters, and so
    are the people of a topic the sentence names ('As for the strikers, 12 people …')."""
    (c,) = [c for c in extract_claims(Source(id="t", text=text)) if c.text == figure]
    assert c.subject == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("relative-clause-was-and", "Four died at the scene; the man who died last night was 52 and had been in intensive care.", [(4, K)]),
        case("translated-brackets-after-roles", "The police arrested two persons, the technical director of the company (52) and the operator of the lift (29) who was on duty at the time.", [(2, A)]),
        case("superlative-ellipsis", "Nine people died in the crush. The youngest victim was six years old and the oldest 81.", [(9, K)]),
        case("translated-no-article", "The fifth victim is female person (63) from Slovenia who died in hospital, where 11 injured remain.", [(11, INJ)]),
        case("bracket-then-place", "A fisherman (47) from the harbour district was among the 12 people arrested.", [(12, A)]),
        case("apposition-comma-was", "Nine people were killed; the last victim to be named, a market trader, was 63.", [(9, K)]),
        case("participle-is", "Reuters reported 14 injured; the patient flown to the capital is 71 and in a stable condition.", [(14, INJ)]),
        case("forum-the-guy-is", "cops everywhere, 200 arrested. the old man who got dragged out was 80 and got hurt.", [(200, A)]),
        case("a-speaker-is-no-one-told", "The man said the toll is 14 and rising.", [(14, K)]),
        case("a-count-beside-one-person", "A driver and 14 passengers were injured.", [(14, INJ)]),
    ],
)
def test_a_number_told_of_one_person_is_an_age(text: str, expected: list[tuple]) -> None:
    """not-a-count/age-of-one: a singular person's noun ('the man who died last night', 'the
    operator of the lift', 'a market trader', 'the patient flown to the capital'), then 'was' or
    'is' with the number ending its clause, or the number in brackets right after it, or 'and the
    oldest 81': an age. Not what a speaker says is ('The man said the toll is 14'), nor a plural."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("part-at-a-common-noun-place", "Police made 167 arrests at the festival, 131 of them at the main shrine and 36 at the Anglican venue.", [(167, A), (131, A), (36, A)]),
        case("part-in-the-old-market", "Forty people were hurt, 25 of them in the old market and 15 at the bus station.", [(40, INJ), (25, INJ), (15, INJ)]),
        case("gapped-at-a-city-station", "Officers detained 21 people in Osh, 32 at the city station and 13 in Kara-Suu.", [(21, A), (32, A), (13, A)]),
        case("gapped-across-the-country", "The union counted 55,000 in the capital and more than 600,000 across the country.", [(55000, P), (600000, P)]),
        case("gapped-more-in-a-district", "The fire service deployed 40 crews in the old town and 25 more in the harbour district.", [(40, D), (25, D)]),
        case("gapped-three-more-died", "Two people died on Monday and three more on Tuesday.", [(2, K), (3, K)]),  # (a known miss before)
        case("gapped-more-on-a-day", "Her team had documented 31 arrests on Saturday evening and ten more on Sunday morning.", [(31, A), (10, A)]),
        case("forum-gapped-at-the-gates", "cops say 3,000 rallied in the main square and about 800 at the uni gates", [(3000, P), (800, P)]),
        case("translated-held-at-the-station", "Of the 60 detained persons, 35 were held at the central station and 25 at the airport.", [(60, A), (35, A), (25, A)]),
        case("not-things-at-the-station", "Police arrested 23 people in the square and 9 cars were burned at the station.", [(23, A)]),
    ],
)
def test_a_gapped_figure_at_a_place_told_by_a_common_noun(text: str, expected: list[tuple]) -> None:
    """measure/parallel-place and a part continued past its place (mentions.ADJUNCT_AND_GAP): a
    bare figure after a figure told at a place, its verb left out, is a count of the same measure,
    the place a common noun after 'the' too ('at the city station', 'across the country', 'in the
    old market'), 'more' after it as well ('and 25 more in the harbour district'). Not things."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("forum-max", "Organisers said 3,000 people marched; the drone footage shows 500 max.", [(3000, P), (500, P)]),
        case("forum-tops-though", "Police said 1,200 people marched. Honestly it was 1,500 tops though.", [(1200, P)]),
        case("over-the-week", "The sure figure is the arrests: police detained 167 over the week.", [(167, A)]),
        case("around-the-prison", "The National Guard says it deployed 1,200 around the prison.", [(1200, D)]),
        case("abroad", "Police arrested 137 people, three abroad.", [(137, A), (3, A)]),
        case("together-after-a-list", "Police said 2,000 marched in Koper and 7,500 together in five other towns.", [(2000, P), (7500, P)]),
        case("here-in-a-speech", "She told the crowd: 'They say we are few, but 5,000 of us marched here today.'", [(5000, P)]),
        case("a-noun-still-counted", "Police deployed 300 officers and 40 horses around the stadium.", [(300, D)]),
    ],
)
def test_a_word_after_the_figure_that_is_no_noun(text: str, expected: list[tuple]) -> None:
    """A preposition ('over the week', 'around the prison', 'along the road', 'into the van') or an
    adverb ('max', 'tops', 'plus', 'abroad', 'together', 'here', 'easy') right after a figure is no
    noun it counts (lexicon grammar.prepositions_after_number and aux_after_number): the figure is
    bare, not a count of an unknown thing, and takes its measure as any bare figure. A noun after
    it is still counted ('40 horses')."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("wire-came-to-give-blood", "More than 400 people came to give blood at the regional transfusion centre on Sunday, a spokeswoman said.", []),
        case("translation-passed-by-the-blood-centre", "Until 18h, more than 200 volunteers had passed by the blood centre, according to the city hall.", []),
        case("bank-received-donors", "The blood bank of the regional hospital received 112 donors on Sunday.", []),
        case("forum-queued-to-donate", "honestly so proud of this town, like 300 of us queued for hours to donate blood at the Red Cross tent", []),
        case("students-donated-blood", "Some 150 students donated blood at the university clinic after the appeal.", []),
        case("table-donors-line", "Blood donors at the central hospital: 86 donors by noon", []),
        case("toll-beside-an-appeal", "Twelve people were injured and hospitals asked for blood donors.", [(12, INJ)]),
        case("crowd-and-donors", "About 3,000 people marched to the hospital, where 250 gave blood.", [(3000, P)]),
        case("not-a-mourning-crowd", "About 300 people came to the square to mourn the dead.", [(300, P)]),
    ],
)
def test_people_who_give_blood_are_no_crowd_and_no_harm(text: str, expected: list[tuple]) -> None:
    """not-a-count/blood-donors: people who come to give blood, and blood donors, answer a
    hospital's appeal; they are no crowd, no force and no harm ('200 volunteers had passed by the
    blood centre' is no deployment, '112 donors' at a blood bank no intake). A count told beside
    the appeal stays, and so does a crowd that came for something else."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("fact-check-unsupported-caps", "The claim that police hospitalised dozens of protesters is UNSUPPORTED.", []),
        case("fact-check-claims-of-also", "The claims of 50 children killed and 1,000 arrested are also unsupported.", []),
        case("fact-check-not-supported-by", "FALSE. The claim that 300 villagers were killed at the dam is not supported by any source.", []),
        case("wire-figure-inflated", "Police said the figure of 40,000 marchers was grossly inflated.", []),
        case("forum-tweet-saying-fake", "that tweet saying 200 dead is fake, stop sharing it", []),
        case("translation-dismissed-as-baseless", "Rumours that 15 pupils had drowned were dismissed as baseless by the headmaster.", []),
        case("misleading-then-the-count", "The viral claim that 500 fans were detained is MISLEADING: police detained 127.", [(127, A)]),
        case("an-owners-figure-called-false-stays", "The police figure of 19 arrests, given to the media on Tuesday, is false: our lawyers have seen 58 names.", [(19, A)]),
        case("claim-confirmed-stays", "The claim that 40 people died was confirmed by the ministry.", [(40, K)]),
        case("confirmed-then-another-rated", "The claim that 40 people died was confirmed by the ministry, but the claim that 300 were arrested is exaggerated.", [(40, K)]),
        case("a-clause-of-its-own-rates-another", "Police said 40 people died at the depot, but the union said the arrest figures were exaggerated.", [(40, K)]),
        case("count-before-the-rated-claim", "Police said 3,000 people marched, and the organisers' claim of 10,000 was exaggerated.", [(3000, P)]),
        case("false-beside-the-toll", "The claim that 32 people died is FALSE. Official and independent sources put the toll at seven or eight.", [(7, K)]),
        case("false-beside-a-count-in-its-sentence", "Police said reports that 40 people died were false, and that 12 were killed.", [(12, K)]),
        case("a-zero-called-false-stays", "At least 14 journalists were detained. The ministry's claim that not a single journalist was detained is false.", [(14, A), (0, A)]),
        case("false-with-no-count-denies", "Four officers were hurt. Reports that two vendors were shot dead at the market are false.", [(4, INJ), (0, K)]),
    ],
)
def test_a_figure_of_a_claim_rated_false_or_unsupported_is_no_count(text: str, expected: list[tuple]) -> None:
    """not-a-count/rated-claim: a figure inside a claim the writer rates unsupported,
    misleading, exaggerated, inflated, wrong or false is the rated claim's, not a count in the
    writer's voice (a fact-check's verdict, a rebuttal); a claim whose owner is named before its
    noun ('The police figure of 19 arrests') is that owner's, reported. not-a-count/false-beside-count: a claim
    of harm called false beside the report's own count of that harm corrects the figure and
    denies no harm; without such a count it is a denial still."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        case("wire-most-of-the-detainees", "Police detained 35 people on Saturday. Most of the 35 detainees were students, a spokesman said.", [(35, A)]),
        case("each-of-the-victims", "Seven people were killed. Each of the seven victims was buried on Sunday.", [(7, K)]),
        case("all-of-the-bodies", "Rescuers recovered 18 bodies on Monday. All of the 18 bodies have been taken to the district morgue.", [(18, K)]),
        case("hospital-half-of-the-injured", "Doctors treated 60 injured people. Half of the 60 injured were children, the hospital said.", [(60, INJ)]),
        case("table-line-then-none-of-the", "Deaths: 12\nNone of the 12 victims had been identified by evening.", [(12, K)]),
        case("forum-some-of-the-nine", "so 9 dead now\nsome of the nine dead were kids from my street", [(9, K)]),
        case("a-part-told-beside-keeps-it", "Four people died. Three of the four dead had bullet wounds.", [(4, K), (3, K), (4, K)]),
        case("a-whole-told-first-here-stays", "Three of the nine arrested are aged under 18, a spokesperson said.", [(3, A), (9, A)]),
        case("a-whole-of-another-measure-stays", "Police arrested 12 people. Of the 12 injured, three are in hospital.", [(12, A), (12, INJ), (3, INJ)]),
    ],
)
def test_a_whole_named_again_to_tell_its_part_is_told_once(text: str, expected: list[tuple]) -> None:
    """not-a-count/whole-told-again: the whole after 'most of the', 'each of the', 'none of the'
    (and other words of a part), when the report gave that figure of that measure in a sentence
    before and no figure of its measure is told beside it, names the earlier figure again; it is
    no claim of its own. A part told beside it keeps it (the groups read a part against its
    whole's figure); a whole told there first stays, and so does one of another measure."""
    got = [(c.value, c.measure) for c in extract_claims(Source(id="t", text=text)) if c.measure in MEASURES]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Three Britons died in the crash.", [exact(K, PEOPLE, 3)], id="britons"),
        pytest.param("Two Filipinos were injured in the blast.", [exact(INJ, PEOPLE, 2)], id="filipinos"),
        pytest.param("The dead include four Spaniards, officials said.", [exact(K, PEOPLE, 4)], id="spaniards-after"),
        pytest.param("Police said 12 Turks were arrested at the border.", [exact(A, PEOPLE, 12)], id="turks"),
        pytest.param("Six Frenchmen were detained overnight.", [exact(A, PEOPLE, 6)], id="frenchmen"),
        pytest.param("Eleven Senegalese nationals were killed.", [exact(K, PEOPLE, 11)], id="ese-nationals"),
        pytest.param("Two Swiss police officers were hurt.", [exact(INJ, SEC, 2)], id="swiss-adjective"),
        pytest.param("Two Kenyan officers were hurt.", [exact(INJ, SEC, 2)], id="kenyan-adjective"),
    ],
)
def test_people_named_by_their_nationality(text: str, expected: list[tuple[object, ...]]) -> None:
    """A nationality's plural right after a figure counts people, the regular endings ('Kenyans',
    'Nepalis', 'Senegalese') and the lexicon's grammar.nationality_plurals ('Britons',
    'Filipinos', 'Spaniards'); before a noun of another side it is that noun's adjective."""
    assert rows(claims_of(text)) == expected


# A whole told with a clause of its own after its noun ('Of the 48 people who died in the
# stampede, 30 were women'), then its part after the comma: the part is a part of that whole,
# as after 'Of the 31 killed, …' — not a rival toll. Written for dev24b before the code was touched
# (the first run at main: see the report); no set's wording.
WHOLE_WITH_A_CLAUSE = [
    pytest.param("Of the 48 people who died in the stampede, 30 were women, the district officer said.", "30", True, id="wire-who-died"),
    pytest.param("Of the 112 people who were detained on Friday, 19 are minors, our lawyers say.", "19", True, id="release-who-were-detained"),
    pytest.param("Of the 26 persons that lost their lives in the accident, 11 were passengers of the bus.", "11", True, id="translation-that-lost-their-lives"),
    pytest.param("of the 40 people who got arrested yesterday, 12 were just walking home", "12", True, id="forum-who-got-arrested"),
    pytest.param("Of the 205 people treated since the fire broke out, 41 had burns, hospital staff said.", "41", True, id="wire-treated-since"),
    pytest.param("Of the 54 demonstrators whom police arrested on Sunday, 20 have been released on bail.", "20", True, id="wire-whom-police-arrested",
                 marks=pytest.mark.xfail(strict=True, raises=KeyError, reason="a release on bail is no measure: '20' is no claim at all (recall), at main too")),
    pytest.param("Of the 73 victims we have identified so far, 52 were killed by gunfire.", "52", True, id="release-we-have-identified"),
    pytest.param("Among the 38 people who were wounded in the blast, six are police officers.", "six", True, id="among-who-were-wounded"),
    pytest.param("Of the 22 workers who were killed when the scaffolding fell, 18 were employed by subcontractors.", "18", True, id="wire-killed-when"),
    pytest.param("Of the 64 patients whose injuries the hospital has recorded, 9 are in a critical condition.", "9", True, id="whose-injuries-recorded"),
    pytest.param("Of the 150 protesters that were held overnight at the central station, 35 were women.", "35", True, id="that-were-held-overnight"),
    pytest.param("Among the 90 fatalities which the ministry has confirmed, 61 were men.", "61", True, id="among-which-confirmed"),
    pytest.param("The 31 people who died were buried on Monday, and 27 others were injured.", "27", False, id="not-a-whole-opening-the-sentence"),
    pytest.param("Police said 48 people who died in the stampede were pilgrims, and 30 were hurt.", "30", False, id="not-after-said"),
]


@pytest.mark.parametrize(("sentence", "figure", "part"), WHOLE_WITH_A_CLAUSE)
def test_a_whole_told_with_a_clause_of_its_own_has_the_part_after_it(sentence: str, figure: str, part: bool) -> None:
    claims = {c.text: c for c in extract_claims(Source(id="t", text=sentence))}
    assert (claims[figure].scope or "").startswith("part: ") is part


# A figure exclaimed again in a sentence of its own ('The organisers claimed 50,000 marchers.
# Fifty thousand!'): the same figure told just before, said again for weight, no claim of its own
# (a second claim of one value would pair with every rival twice). Written for dev24b before the
# code was touched; no set's wording. (text, the exclaimed words, whether a claim is read there)
EXCLAIMED_AGAIN = [
    pytest.param("The organisers claimed 50,000 marchers. Fifty thousand! Nobody at the prefecture believed it.", "Fifty thousand!", False, id="wire-words-after-digits"),
    pytest.param("police say 300 arrested last night. 300!!! in one night", "300!!!", False, id="forum-digits-thrice"),
    pytest.param("Twelve people died in the fire. Twelve! And the ministry calls it an incident.", "Twelve!", False, id="column-words-again"),
    pytest.param('"We were 20,000 in the streets today. Twenty thousand!" the union leader told the crowd.', "Twenty thousand!", False, id="quote-inside-the-quote"),
    pytest.param("We counted 412 arrests in three days. 412! This has never happened in our country.", "412!", False, id="release-first-person"),
    pytest.param("They were more than 8,000 people in the square. More than eight thousand! The police said 1,500.", "More than eight thousand!", False, id="translation-qualified-again"),
    pytest.param("The hospital received 70 wounded before noon. Seventy! Its beds ran out by one o'clock.", "Seventy!", False, id="wire-hospital"),
    pytest.param("Police arrested nine children among the marchers. Nine! Their parents waited outside all night.", "Nine!", False, id="wire-children"),
    pytest.param('Organisers: "Thirty thousand people marched. Thirty thousand!"', "Thirty thousand!", False, id="headline-quote"),
    pytest.param("The toll rose to 45 on Tuesday, officials said. 45! the mayor wrote on social media.", "45!", False, id="post-quoted-without-marks"),
    pytest.param("Police said 2,000 people marched. 12,000! the organisers answered.", "12,000!", True, id="keeps-another-figure-exclaimed"),
]


@pytest.mark.parametrize(("text", "exclaimed", "claim"), EXCLAIMED_AGAIN)
def test_a_figure_exclaimed_again_is_no_claim_of_its_own(text: str, exclaimed: str, claim: bool) -> None:
    at = text.index(exclaimed)
    assert any(c.start == at for c in extract_claims(Source(id="t", text=text))) is claim


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        pytest.param("Police said 58 of the 76 inmates who escaped had been recaptured by Friday, five had been shot dead.", "five", id="partitive-mid-sentence"),
    ],
)
def test_a_long_whole_inside_a_partitive_opens_no_part(sentence: str, figure: str) -> None:
    # only a whole that opens its sentence or clause takes a clause of its own ('Of the 48 people
    # who died in the stampede, 30 …'); '58 of the 76 inmates who escaped …, five' is no such whole
    claims = {c.text: c for c in extract_claims(Source(id="t", text=sentence))}
    assert "of 76" not in (claims[figure].scope or "")


# A part told with where it happened, then 'and' and a second figure with a place of its own
# ('Twenty people died, twelve of them inside the church and eight in hospital'): the second figure
# is another part of the same whole, not a count of its own (nor, by 'in hospital', of the
# injured). Written for dev24b before any code for it; the misses are its first run (no mechanism
# yet): (sentence, the second part's figure).
PART_WITH_A_PLACE_THEN_ANOTHER = [
    ("Twenty people died, twelve of them inside the church and eight in hospital.", "eight", "wire-inside-then-in-hospital"),
    ("Thirty miners were killed; 21 of them underground and nine on the surface.", "nine", "wire-underground-then-on"),
    ("Police said 14 people were killed, ten of them near the market and four at the bus station.", "four", "wire-near-then-at"),
    ("We have counted 52 arrests, 40 of them outside the stadium and 12 along the avenue.", "12", "release-outside-then-along"),
    ("Seventeen bodies were recovered, 11 of them from the river and six from the mud.", "six", "wire-from-then-from"),
    ("The toll is 9, 7 of them at home and 2 on the road to the clinic", "2", "forum-at-home-then-on"),
    ("Of the dead, 15 were found in the cellar and five in the street.", "five", "translation-found-in-then-in"),
    ("Officials said 25 people were injured, 20 of them in the stands and five on the pitch.", "five", "wire-in-the-stands-then-on"),
    ("Twelve workers died, eight of them at the plant and four in hospital later.", "four", "wire-at-then-in-hospital-later"),
    ("Rescuers said 31 people drowned, 19 of them on the ferry and 12 near the shore.", "12", "wire-on-then-near"),
]


PLACES_CONTINUED = ("wire-from-then-from", "wire-in-the-stands-then-on")  # read as parts at the first run
PLACES_CONTINUED += (  # session 25 (ellipsis25): scope/elliptic-figure, a bare figure with a place after a part
    "wire-underground-then-on", "wire-near-then-at", "release-outside-then-along", "forum-at-home-then-on",
    "wire-on-then-near",
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        pytest.param(
            s, f, id=i,
            marks=() if i in PLACES_CONTINUED else pytest.mark.xfail(
                strict=True, reason="a second part after 'and' with a place of its own: no mechanism yet (dev24b's "
                "first run, 8/10 missed; 'eight in hospital' is read as the injured even where the gap before it "
                "continues the part in parse.mentions)",
            ),
        )
        for s, f, i in PART_WITH_A_PLACE_THEN_ANOTHER
    ],
)
def test_a_second_part_with_a_place_of_its_own_is_a_part(sentence: str, figure: str) -> None:
    claims = {c.text: c for c in extract_claims(Source(id="t", text=sentence))}
    assert figure in claims and (claims[figure].scope or "").startswith("part: ")


# A speaker's bare figure whose measure a sentence before it names, not as a question
# ('How many people died in the stampede is still unclear. The police speak of 26.'):
# measure/question-passage's topics and its estimates ('speak of', 'mentions'). Session 24
# (attr24b), fresh sentences written before the code (main: 6/11 not read; after: 3/11)
SPEAKER_BEFORE_A_BARE_FIGURE = [
    pytest.param("How many people died in the stampede is still unclear. The police speak of 26.", 26, "killed", "The police", id="how-many-died-unclear-police-speak-of"),
    pytest.param("The number of the disappeared is disputed. The families' group itself says 44.", 44, "killed", "The families' group",
                 marks=pytest.mark.xfail(strict=True, reason="the disappeared are no measure the tool counts"), id="disappeared-disputed-group-itself-says"),
    pytest.param("Nobody agrees on how many marched. The organisers talk of 80,000, the prefecture of 20,000.", 80000, "participants", "The organisers", id="how-many-marched-organisers-talk-of"),
    pytest.param("The turnout remains contested. The union claims 15,000.", 15000, "participants", "The union", id="turnout-contested-union-claims"),
    pytest.param("Estimates of the dead vary widely. The ministry gives 31; monitors give 58.", 31, "killed", "The ministry", id="estimates-of-the-dead-ministry-gives"),
    pytest.param("Estimates of the dead vary widely. The ministry gives 31; monitors give 58.", 58, "killed", "monitors", id="estimates-of-the-dead-monitors-give"),
    pytest.param("nobody knows how many got arrested lol. cops say 40", 40, "arrested", "cops",
                 marks=pytest.mark.xfail(strict=True, reason="a forum's lower-case sentence after 'lol.' is read as one sentence with the figure"), id="forum-cops-say"),
    pytest.param("Figures on the injured differ from one source to the next. The medical NGO counts 120.", 120, "injured", "The medical NGO", id="figures-on-the-injured-ngo-counts"),
    pytest.param("The government has not said how many were detained. The opposition mentions 300.", 300, "arrested", "The opposition", id="how-many-detained-opposition-mentions"),
    pytest.param("As for the wounded, the doctors speak of some 90.", 90, "injured", "the doctors",
                 marks=pytest.mark.xfail(strict=True, reason="a topic in the figure's own sentence ('As for the wounded,') opens no passage"), id="as-for-the-wounded-doctors-speak-of"),
    pytest.param("How big was the crowd? The mayor estimates 12,000.", 12000, "participants", "The mayor", id="how-big-crowd-mayor-estimates"),
]


@pytest.mark.parametrize(("text", "value", "measure", "claimant"), SPEAKER_BEFORE_A_BARE_FIGURE)
def test_a_speakers_bare_figure_takes_the_measure_told_before(text: str, value: int, measure: str, claimant: str) -> None:
    got = [(c.measure, c.claimant) for c in extract_claims(Source(id="t", text=text)) if c.value == value]
    assert got == [(measure, claimant)]


def _part_rows(text: str) -> list[tuple[object, ...]]:
    """(value, measure, whether the claim is a part) of each claim of ``text``, in order."""
    got = extract_claims(Source(id="t", text=text))
    return [(c.value, c.measure, bool(c.scope and c.scope.startswith("part:"))) for c in got]


def _known_miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole told at length in an opening 'Of the N …,' (scope/part-including, 110 characters)
        pytest.param("Of the 64 people taken into custody, eleven were minors, the prosecutor said.",
                     [(64, "arrested", False), (11, "arrested", True)], id="of-the-whole-taken-into-custody"),
        pytest.param("Of the 48 people treated at the clinic, at least 9 were under 16.",
                     [(48, "injured", False), (9, "injured", True)], id="of-the-whole-treated-age"),
        pytest.param("\"Of the 15 who lost their lives, six are women,\" the governor said.",
                     [(15, "killed", False), (6, "killed", True)], id="of-the-whole-who-died-quoted"),
        pytest.param("Of the 52 injured we registered on Saturday, 14 were students.",
                     [(52, "injured", False), (14, "injured", True)], id="of-the-whole-we-registered",
                     marks=_known_miss("a first-person 'we registered' after the whole drops both figures")),
        pytest.param("The prosecutor gave new figures. Of the 64 people taken into custody, eleven were minors.",
                     [(64, "arrested", False), (11, "arrested", True)], id="of-the-whole-mid-paragraph"),
        pytest.param("Police said 58 of the 76 inmates who escaped had been caught by Monday, five had been killed "
                     "and 13 were at large.", [(5, "killed", False)],
                     id="not-a-part-of-a-partitives-object"),
        pytest.param("Among the twelve pupils who lost their lives, seven were girls.",
                     [(12, "killed", False), (7, "killed", True)], id="among-the-whole-in-words"),
        # a second part joined to the first
        pytest.param("Police held 90 people overnight. Of those, 12 are minors and 30 are women.",
                     [(90, "arrested", False), (12, "arrested", True), (30, "arrested", True)], id="second-part-are"),
        pytest.param("Nine people died when the roof fell in. Eight of the dead were worshippers and one was a guard.",
                     [(9, "killed", False), (8, "killed", True), (1, "killed", True)], id="second-part-one-was"),
        pytest.param("Medics said 70 people were hurt; twenty had burns, and four were children.",
                     [(70, "injured", False), (20, "injured", True), (4, "injured", True)], id="second-part-after-harm",
                     marks=_known_miss("a part told by its harm with no 'of them' ('twenty had burns') is read whole")),
        pytest.param("Of the 80 injured, 25 had gunshot wounds, and nine were children.",
                     [(80, "injured", False), (25, "injured", True), (9, "injured", True)], id="second-part-comma-and"),
        pytest.param("Hospitals took in 61 wounded; 18 of them needed surgery, and seven were police officers.",
                     [(61, "injured", False), (18, "injured", True), (7, "injured", True)], id="second-part-side"),
        pytest.param("Of the 31 dead, 20 died at the scene, and four were firefighters.",
                     [(31, "killed", False), (20, "killed", True), (4, "killed", True)], id="second-part-after-place"),
        pytest.param("Of the 44 people arrested, 30 were later freed, while 12 were students.",
                     [(44, "arrested", False), (12, "arrested", True)], id="second-part-while"),
        pytest.param("Police held 120 people; 40 of them were released by morning, and 15 were minors.",
                     [(120, "arrested", False), (15, "arrested", True)], id="second-part-after-released",
                     marks=_known_miss("the released part is dropped, and the next part has no part before it")),
        pytest.param("Six men are dead: five were employees and one drove a truck for a contractor.",
                     [(6, "killed", False), (5, "killed", True)], id="breakdown-after-colon",
                     marks=_known_miss("a breakdown after a colon with no 'of them' is not read as parts")),
        # a verbless part after 'of which', 'of whom', 'of them', 'among them'
        pytest.param("The wounded now number 83, of which 17 in critical state, the hospital said.",
                     [(83, "injured", False), (17, "injured", True)], id="verbless-of-which-state",
                     marks=_known_miss("'The wounded now number 83': the whole after 'number' is not read")),
        pytest.param("The toll has risen to 19 dead, of which four women, according to the mayor.",
                     [(19, "killed", False), (4, "killed", True)], id="verbless-of-which-kind"),
        pytest.param("Rescuers recovered 26 bodies, of whom 8 children.",
                     [(26, "killed", False), (8, "killed", True)], id="verbless-of-whom-children"),
        pytest.param("Thirty people were injured in the riot, twelve of them jail wardens.",
                     [(30, "injured", False), (12, "injured", True)], id="verbless-of-them-kind"),
        pytest.param("Police said 45 people were arrested, among them five lawyers.",
                     [(45, "arrested", False), (5, "arrested", True)], id="verbless-among-them"),
        # a bare 'N were KIND' opening the sentence after the whole (scope/part-kind-next-sentence)
        pytest.param("The ministry said 23 people had died. Seven were children.",
                     [(23, "killed", False), (7, "killed", True)], id="next-sentence-were-kind"),
        pytest.param("Police detained 54 people in the old town on Sunday. Eleven were women, the lawyers' group said.",
                     [(54, "arrested", False), (11, "arrested", True)], id="next-sentence-wire"),
        pytest.param("We treated 31 injured people at our post. Nine were under 18.",
                     [(31, "injured", False), (9, "injured", True)], id="next-sentence-first-person-age"),
        pytest.param("Twenty-two miners died underground, the company said. Four were contract workers.",
                     [(22, "killed", False), (4, "killed", True)], id="next-sentence-workers"),
        pytest.param("At least 40 people were hurt in the stampede. \"12 are pupils of the school,\" the head said.",
                     [(40, "injured", False), (12, "injured", True)], id="next-sentence-quoted"),
        pytest.param("cops grabbed like 40 ppl last night. 15 are students from the uni",
                     [(40, "arrested", False), (15, "arrested", True)], id="next-sentence-forum",
                     marks=_known_miss("a forum's 'grabbed like 40 ppl' is no arrest the parser reads")),
        # translations and 'including'
        pytest.param("The fire killed 12 people, including three firefighters, officials said.",
                     [(12, "killed", False), (3, "killed", True)], id="including-after-toll"),
        pytest.param("Were arrested 33 persons, from which 5 are minors.",
                     [(33, "arrested", False), (5, "arrested", True)], id="from-which-translated"),
        # no new claim: a part of things, a 'part' larger than the whole, a kind of no people
        pytest.param("Rioters set fire to 14 vehicles, two of them police cars.", [], id="not-people-cars"),
        pytest.param("The storm destroyed 40 houses. Twelve were schools.", [], id="not-people-next-sentence"),
        pytest.param("Police said 25 people were arrested. 30 were women.",
                     [(25, "arrested", False)], id="larger-than-the-whole"),
    ],
)
def test_a_part_takes_its_measure_from_the_whole_it_divides(text: str, expected: list[tuple[object, ...]]) -> None:
    """A count of a part of a group told just before ('Of the 64 people taken into custody,
    eleven were minors', 'The ministry said 23 people had died. Seven were children.') is a
    part of that figure, with its measure; a part of things, or one larger than the whole,
    is no part of a count of people."""
    assert _part_rows(text) == expected


# 'The N <people>' opening a sentence, right after a sentence that counted N of that measure,
# names those people again ('Two more workers have died … The two men, both welders, died
# overnight'): no claim of its own, as 'Each of the seven victims' is none (dev25). Written
# before the mechanism; the ids say the register. First run at main 4668afd: 7 of the 12 failed
# (four others read only one of the two figures; the forum's first is not read: a strict xfail).
THE_N_AGAIN = [
    ("wire-the-two-men", "Two more workers have died in hospital, bringing the toll to four. The two men, both welders, died overnight in Bungku.", "two"),
    ("wire-the-three-victims", "Police said three people were shot dead at the gate on Monday. The three victims were buried on Tuesday.", "three"),
    ("statement-the-five-detainees", "Five persons were arrested at the checkpoint. The five detainees will appear before a magistrate on Friday.", "five"),
    ("translation-the-eleven-deceased", "Eleven persons lost the life in the collapse. The eleven deceased were residents of the sector.", "eleven"),
    ("live-blog-the-four-injured", "11:20 - Four officers were hurt by stones. The four injured officers are in stable condition.", "four"),
    ("forum-the-six", "six guys from our street got arrested last night. The six of them are still at the station", "six"),
    ("analysis-the-nine-bodies", "By the evening rescuers had recovered nine bodies. The nine bodies were taken to the morgue in Sabha.", "nine"),
    ("wire-the-12-dead-digits", "At least 12 people died when the bus overturned. The 12 dead included a child, police said.", "12"),
    ("release-the-seven-members", "Seven of our members were detained on Tuesday. The seven members were released without charge.", "seven"),
    ("wire-the-two-children", "Two children drowned in the flooded river. The two children, aged 7 and 9, were cousins.", "two"),
    ("headline-then-the-eight-miners", "Eight miners killed in gas blast\nThe eight miners were working 400 metres underground.", "eight"),
    ("sitrep-the-twenty-casualties", "Twenty casualties were reported in the district. The twenty casualties were treated at the district hospital.", "twenty"),
    # not: another figure of its measure in its sentence; a figure of another value or not told
    # just before; the article inside the sentence
    ("not-another-measure-and-value", "Police said two protesters were killed. The three wounded were taken to hospital.", "three"),
    ("not-first-told", "Police reported a calm night. The two men who died were welders.", "two"),
    ("not-another-side", "Three bodies were identified as inmates. The three officers killed were named on Monday.", "three officers"),
]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        pytest.param(*r[1:], id=r[0], marks=[pytest.mark.xfail(strict=True, reason="'six guys … got arrested' is not read")] if r[0] == "forum-the-six" else [])
        for r in THE_N_AGAIN
    ],
)
def test_the_n_people_right_after_n_were_counted_names_them_again(text: str, figure: str) -> None:
    texts = [c.text for c in extract_claims(Source(id="t", text=text, date="2026-03-10"))]
    if text.startswith(("Police said two protesters", "Police reported", "Three bodies")):
        assert figure.split()[0] in texts, texts
    else:  # (only the first sentence's figure: 'Two', 'At least 12')
        assert len([t for t in texts if t.lower().endswith(figure.lower())]) == 1, texts


# 'one' that is a speaker, not a count: after a verb of saying ('"…," said one, who gave his name
# as Anto', 'said one miner'), or 'one of them' before one ('One of the strikers told us …')
# (dev25). Written before the rule; the ids say the register.
ONE_SPEAKER = [
    ("wire-said-one-who", '"They killed three of us then and nobody went to prison," said one, who gave his name as Anto.'),
    ("wire-said-one-noun", '"We buried two of our brothers," said one miner outside the gate.'),
    ("wire-one-of-them-said", 'Dozens of families waited at the morgue. "They shot him in the back," one of them said.'),
    ("feature-added-one", '"Nobody was killed here, thank God," added one, a teacher.'),
    ("translation-expressed-one", '"They arrested my son," expressed one of the mothers, crying.'),
    ("forum-posted-one", "the cops beat us, wrote one, and nobody was arrested for it"),
    ("live-blog-shouted-one", '15:20 - "Justice for the dead!" shouted one, as police pushed the crowd back.'),
    ("analysis-recalled-one", '"In 2015 they killed three of us," recalled one, a welder.'),
    ("radio-one-of-the-nurses-told", "One of the nurses told the radio that the injured kept coming all night."),
    ("wire-complained-one-resident", '"No one has helped us," complained one resident of the camp.'),
    ("statement-one-survivor-said", 'One survivor said: "The water took everything."'),
    ("wire-replied-one", 'Asked whether anyone had died, "No, thank God," replied one, a nurse.'),
]


@pytest.mark.parametrize("text", [pytest.param(r[1], id=r[0]) for r in ONE_SPEAKER])
def test_one_that_is_a_speaker_is_no_count(text: str) -> None:
    assert [c.text for c in extract_claims(Source(id="t", text=text)) if c.text.lower() == "one"] == []


def test_one_counted_beside_a_verb_of_saying_is_still_a_count() -> None:
    texts = [c.text for c in extract_claims(Source(id="t", text="One protester was killed, police said. Police said one officer was hurt."))]
    assert texts.count("One") == 1 and texts.count("one") == 1, texts


# A bare figure after a whole of its measure in one sentence, lower, told with a verb of its own
# and no teller of its own ('at least nine dead …, four were buried in the villages'): a part of
# that whole, not a rival toll (dev25b; written before the fix).
BARE_SHARES = {
    "wire-buried": ("The union says at least nine are dead; four were buried in their villages.", "four"),
    "forum-cremated": ("activists count 14 dead, six were cremated before anyone could check", "six"),
    "press-release-identified": ("The prosecutor's office confirmed 23 deaths, 17 have been identified so far.", "17"),
    "wire-repatriated": ("Eleven migrants drowned when the boat capsized, and three were repatriated on Friday.", "three"),
    "translation-were-delivered": ("Died 31 persons in the collapse, of which 12 were delivered to their families.", "12"),
    "headline-dash": ("Toll reaches 40 - 25 still unclaimed at morgue", "25"),
    "injured-discharged": ("At least 60 people were hurt in the crush; 45 were discharged by the evening.", "45"),
    "arrests-charged": ("Police detained 120 protesters overnight, and 30 were charged on Monday.", "30"),
    "arrests-freed": ("Some 85 students were arrested at the rally, 50 were freed without charge.", "50"),
    "dead-exhumed": ("Rights monitors documented 19 killings; seven were exhumed from a mass grave.", "seven"),
    "injured-operated": ("Doctors treated 36 wounded; nine were operated on overnight.", "nine"),
    "dead-named": ("The ministry gave a toll of 28, and 20 had been named by Tuesday.", "20"),
    # the second first run: six more, written after the fix
    "again-evacuated": ("About 70 miners were hurt underground, 22 were airlifted to the capital.", "22"),
    "again-forum-released": ("cops grabbed like 200 ppl last night and 150 were let go this morning", "150"),
    "again-translation-returned": ("Were detained 64 persons, of the which 40 were returned to their homes.", "40"),
    "again-bodies-recovered": ("The rescue service counts 47 dead; 39 have been pulled from the river.", "39"),
    "again-deported": ("Border police held 310 migrants at the camp, while 90 were deported overnight.", "90"),
    "again-headline-dash": ("Quarry toll 18 - nine were buried under the slag", "nine"),
}


@pytest.mark.parametrize("case", sorted(BARE_SHARES))
def test_a_bare_lower_figure_after_a_whole_is_its_part(case: str) -> None:
    sentence, part = BARE_SHARES[case]
    got = [c for c in claims_of(sentence) if c.text == part]  # (a part, or no count at all: no rival)
    assert not got or (got[0].scope or "").startswith("part: "), [(c.text, c.measure, c.scope) for c in claims_of(sentence)]


# --- session 28 (prec28): figures that are no count of people, told by their frame ------------
# Fresh lines per kind, written before the code (no set's words): (id, text, the figure that is
# no claim, the values that still are), read after a sentence of a crowd. First runs at main:
# age-limit 7/13 failing, capacity-copula 7/12, ratio 2/12, population-apposition 0/12 (a place's
# population in apposition was already no claim; kept as a guard); inmates-moved 7/13, hostages 5/13.
CROWD_PASSAGE = "About 5,000 demonstrators rallied on Sunday, and organisers said the crowd kept growing.\n"
NOT_A_COUNT_BY_FRAME = [
    # an age limit told of a part with a copula: 'N of the X were under M'
    ("age-limit/of-the-wounded", "Medics said 23 of the wounded were under 14.", "under 14", [23]),
    ("age-limit/of-those-held", "Seven of those held were under 17, the prosecutor added.", "under 17", [7]),
    ("age-limit/of-the-detainees-below", "At least 11 of the detainees are below 16, lawyers say.", "below 16", [11]),
    ("age-limit/of-the-victims-over", "Nine of the victims were over 70, the coroner said.", "over 70", [9]),
    ("age-limit/of-the-casualties-above", "The clinic said six of the casualties were above 80.", "above 80", []),
    ("age-limit/of-the-arrested-aged", "Thirty of the arrested were aged under 18, officials said.", "under 18", [30]),
    ("age-limit/of-those-treated-younger", "Twelve of those treated were younger than 10.", "younger than 10", [12]),
    ("age-limit/of-the-bereaved-all", "Four of the drowned were all under 12, the harbour master said.", "under 12", [4]),
    ("age-limit/of-the-people-taken", "Five of the people taken into custody are under 15.", "under 15", [5]),
    ("age-limit/of-the-hurt-pupils", "Eighteen of the hurt pupils were under 13, the school said.", "under 13", [18]),
    ("age-limit/of-them-still", "Police held 40 people overnight; 14 of them are still under 18.", "under 18", [40, 14]),
    ("age-limit/of-the-fatalities-over", "Two of the fatalities were over 90, according to the care home.", "over 90", [2]),
    ("age-limit/of-the-missing-under", "Three of the injured were under 5, said the paramedics.", "under 5", [3]),
    # a capacity told with a copula or a colon
    ("capacity-copula/arena", "The arena's capacity is 18,500, and it was nearly full when 12 people were hurt in the crush.", "18,500", [12]),
    ("capacity-copula/ground-was", "The ground's official capacity was 42,000 before the renovation.", "42,000", []),
    ("capacity-copula/hall-stands", "The hall's seating capacity stands at 3,200.", "3,200", []),
    ("capacity-copula/cinema-colon", "Auditorium capacity: 1,150.", "1,150", []),
    ("capacity-copula/ferry-max", "The ferry's maximum capacity was 400, but some 650 passengers were aboard, and 31 drowned.", "400", [31]),
    ("capacity-copula/shelter-just", "Its capacity is just 250, yet the camp now shelters 900.", "250", []),
    ("capacity-copula/jail-capacity-around", "The jail's capacity is around 1,600, a warden said.", "around 1,600", []),
    ("capacity-copula/square-estimated", "The square's estimated capacity is about 60,000 people.", "about 60,000", []),
    ("capacity-copula/theatre-of", "The theatre, whose capacity is 900, was evacuated.", "900", []),
    ("capacity-copula/bus-was", "The coach's rated capacity was 52 and it carried 70 pilgrims when it overturned, killing 9.", "52", [9]),
    ("capacity-copula/venue-remains", "The venue's capacity remains 25,000 after the fire inspection.", "25,000", []),
    ("capacity-copula/ward-was", "Ward capacity was 30; 44 patients were inside when the blaze began.", "30", []),
    # a ratio or a multiple: 'a factor of N', 'N times as many'
    ("ratio/factor-of", "Organisers and officials differ by a factor of four on the size of the march.", "four", []),
    ("ratio/factor-of-roughly", "The estimates diverge by a factor of roughly five.", "roughly five", []),
    ("ratio/times-as-many", "The union counted three times as many strikers as the ministry did.", "three", []),
    ("ratio/times-more", "Rescuers say five times more villagers were trapped than first thought.", "five", []),
    ("ratio/times-higher", "The activists' toll is four times higher than the official one.", "four", []),
    ("ratio/times-larger", "That crowd was ten times larger than Sunday's.", "ten", []),
    ("ratio/fold", "Arrests rose six-fold after the curfew, and 210 people were detained on Friday alone.", "six", [210]),
    ("ratio/times-the-number", "The hospital treated twice the number reported, nearly eight times the number at the clinic.", "eight", []),
    ("ratio/times-fewer", "Police put the turnout at seven times fewer marchers than the organisers.", "seven", []),
    ("ratio/by-factor-almost", "The two counts of the crowd are apart by a factor of almost three.", "almost three", []),
    ("ratio/times-greater", "The real number of displaced is three times greater, aid agencies claim.", "three", []),
    ("ratio/times-bigger", "Witnesses said the rally was two times bigger than the one in spring.", "two", []),
    # people a prison already holds moved elsewhere: no arrest, harm or deployment
    ("inmates-moved/transferred", "After the fire, 62 inmates were transferred to other facilities in the region.", "62", []),
    ("inmates-moved/moved", "Another 45 prisoners have been moved to a jail in the capital, the warden said.", "45", []),
    ("inmates-moved/relocated", "Some 120 convicts were relocated to the provincial penitentiary overnight.", "Some 120", []),
    ("inmates-moved/shifted", "Officials said 38 inmates were shifted to a detention centre near the airport.", "38", []),
    ("inmates-moved/bussed", "Around 200 prisoners were bussed to two other prisons while the wing was repaired.", "Around 200", []),
    ("inmates-moved/flown", "The ministry said 14 inmates had been flown to a high-security prison on the coast.", "14", []),
    ("inmates-moved/dispersed", "Sixty prisoners were dispersed to smaller jails across the state.", "Sixty", []),
    ("inmates-moved/sent", "Nearly 90 inmates were sent to a prison in the north after the riot.", "Nearly 90", []),
    ("inmates-moved/transferred-active", "The authorities transferred 75 prisoners to the island prison on Tuesday.", "75", []),
    ("inmates-moved/will-be-moved", "At least 300 convicts will be moved to new cells by the end of the month.", "At least 300", []),
    ("inmates-moved/taken", "Eighteen inmates were taken to another jail, where they remain in isolation.", "Eighteen", []),
    ("inmates-moved/escorted", "Guards escorted 27 prisoners to a temporary holding centre.", "27", []),
    ("inmates-moved/moved-active", "The service moved 52 inmates to the women's prison at Brenna.", "52", []),
    ("inmates-moved/to-hospital-stays", "Guards said 12 inmates were taken to hospital with burns.", "", [12]),
    # people held by those who are no authority (measure/held-hostage), or as captives: hostages, no arrest
    ('hostages/held-by-inmates', 'Seven guards were held by rioting inmates for nine hours.', 'Seven', []),
    ('hostages/gunmen-seized', 'Gunmen seized 14 passengers from the bus and held them in the forest.', '14', []),
    ('hostages/held-hostage-by', 'Twelve aid workers were held hostage by the militia until Friday.', 'Twelve', []),
    ('hostages/kept-locked', 'Striking miners kept 9 managers locked in the office overnight.', '9', []),
    ('hostages/villagers-detained', 'Villagers detained 4 surveyors for a day before releasing them.', '4', []),
    ('hostages/kidnappers-holding', 'The kidnappers are still holding 23 schoolchildren, the governor said.', '23', []),
    ('hostages/held-captive', 'Protesters held 11 officials captive inside the town hall.', '11', []),
    ('hostages/as-captives', 'Five warders spent the night as captives of the prisoners.', 'Five', []),
    ('hostages/kept-by-the-mob', 'Three nurses were kept by the mob in the basement until dawn.', 'Three', []),
    ('hostages/rebels-abducted', 'The rebels abducted 30 villagers and released 8 of them on Sunday.', '30', []),
    ('hostages/confined-by-demonstrators', 'Demonstrators confined 16 police officers to the station for hours.', '16', []),
    ('hostages/held-by-armed-group', 'Six engineers were held by the armed group for ransom.', 'Six', []),
    ('hostages/pirates-holding', 'Pirates are holding 19 sailors aboard the tanker.', '19', []),
    # a place's population in apposition: 'X, a <noun> of N people'
    ("population/market-hub", "Protesters blocked roads into Tarvana, a market hub of about 90,000 people, on Monday.", "about 90,000", []),
    ("population/fishing-port", "Police fired tear gas in Selmar, a fishing port of some 40,000 residents, where 12 were hurt.", "some 40,000", [12]),
    ("population/mining-settlement", "Kolbeni, a mining settlement of 6,000 inhabitants, lost its only clinic.", "6,000", []),
    ("population/oasis", "Rescuers reached Dunat, a desert oasis of roughly 3,500 people, by helicopter.", "roughly 3,500", []),
    ("population/county-seat", "The march ended in Harwick, a county seat of nearly 25,000 people.", "nearly 25,000", []),
    ("population/garrison-town", "Troops withdrew from Ostrel, a garrison town of around 15,000 souls, overnight.", "around 15,000", []),
    ("population/border-crossing", "Traders shut their stalls in Penkar, a border crossing of 20,000 residents.", "20,000", []),
    ("population/slum", "The fire swept through Kibera Lane, a slum of about 80,000 dwellers, killing 14.", "about 80,000", [14]),
    ("population/rail-junction", "Farmers marched on Velsk, a rail junction of 55,000 people, where 300 gathered at the station.", "55,000", [300]),
    ("population/commune", "The water ran out in Bamoro, a rural commune of about 30,000 inhabitants.", "about 30,000", []),
    ("population/island-port", "Gendarmes landed at Mutsamudi Bay, an island port of 30,000 people.", "30,000", []),
    ("population/hill-station", "Three people died in Nalgar, a hill station of some 12,000 residents.", "some 12,000", [3]),
]


HOSTAGES_ACTIVE = {"hostages/gunmen-seized", "hostages/villagers-detained"}  # the captor before a verb of seizing


@pytest.mark.parametrize(
    ("text", "figure", "values"),
    [
        pytest.param(*r[1:], id=r[0])
        if r[0] not in HOSTAGES_ACTIVE
        else xfail(r[0], *r[1:], reason="a captor told before an active verb of seizing is not read (no window before)")
        for r in NOT_A_COUNT_BY_FRAME
    ],
)
def test_a_figure_whose_frame_counts_no_people_is_no_claim(text: str, figure: str, values: list[int]) -> None:
    claims = claims_of(CROWD_PASSAGE + text)  # (in a passage of a crowd, where a bare figure counts one)
    assert figure not in [c.text for c in claims]
    for v in values:
        assert v in [c.value for c in claims]
