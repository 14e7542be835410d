"""Speakers beyond the sentence (issue 11): the cover rules' own examples, the issue's examples
end to end, the document's voice, entities and identities, and a check that every claimant
of every test set is a plausible speaker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import report_texts

from claimcheck import cover
from claimcheck.entities import Entities, claimant_id, plausible, tidy, unify
from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.sources import load_sources
from claimcheck.voice import issuer

LEX = load_lexicon()
ROOT = Path(__file__).resolve().parent.parent


# --- the rules' own examples ---------------------------------------------------------------

RULE_EXAMPLES = [
    pytest.param(rule, text, want, id=f"{rule.id}-{k}")
    for rule in cover.HEADLINE_PROSE_RULES
    for k, (text, want) in enumerate(rule.examples)
]
RULE_NOT_EXAMPLES = [
    pytest.param(rule, text, id=f"{rule.id}-not-{k}")
    for rule in cover.RULES + cover.HEADLINE_RULES
    for k, text in enumerate(rule.not_examples)
]



@pytest.mark.parametrize("rules", [cover.PROSE_RULES, cover.HEADLINE_PROSE_RULES], ids=["prose", "headline"])
def test_needed_words_in_one_scan(rules: tuple[cover.Rule, ...]) -> None:
    """The one scan for the words rules need before a figure finds the rules a substring test
    per word does, words inside words included ('figures' starts with 'figure', "'s:" with "'s", 'she ' has 'he ')."""
    index = cover._needs_index(rules)
    heads = [text.split(cover.N)[0].lower() for r in rules for text, _ in r.examples]
    heads += ["she said", "the figures", "the army's: ", "their ", ", and while ", ""]
    for head in heads:
        by_word = {k for w in index.before if w in head for k in index.by_before[w]}
        scanned = {k for w in index.before_scan.findall(head) for k in index.by_longest[w]}
        assert scanned == by_word, head

def _fire(rule: cover.Rule, text: str) -> str | None:
    at = text.index(cover.N)
    figure = "1,234"
    sentence = text.replace(cover.N, figure)
    hit = cover.find((rule,), sentence, at, at + len(figure), LEX, said=(lambda: True) if rule.after_speech else None)
    return hit[1] if hit else None


@pytest.mark.parametrize(("rule", "text", "want"), RULE_EXAMPLES)
def test_rule_examples_fire(rule, text, want):
    assert _fire(rule, text) == want


@pytest.mark.parametrize(("rule", "text"), RULE_NOT_EXAMPLES)
def test_rule_not_examples_do_not_fire(rule, text):
    assert _fire(rule, text) is None


def test_the_rule_lists_find_what_each_rule_tried_in_turn_finds():
    """find looks the words the rules need up once for a known list (cover.PROSE_RULES,
    cover.HEADLINE_PROSE_RULES): it must pick the rule that trying each in turn picks."""
    for rules in (cover.PROSE_RULES, cover.HEADLINE_PROSE_RULES):
        for rule in rules:
            for text in [t for t, _ in rule.examples] + list(rule.not_examples):
                at = text.index(cover.N)
                sentence = text.replace(cover.N, "1,234")
                want = next(
                    (
                        hit
                        for r in rules
                        if (hit := cover.find((r,), sentence, at, at + 5, LEX)) is not None
                    ),
                    None,
                )
                assert cover.find(rules, sentence, at, at + 5, LEX) == want, (rule.id, text)


def test_every_rule_has_examples():
    for rule in cover.RULES + cover.HEADLINE_RULES:
        assert rule.examples and rule.not_examples and rule.doc, rule.id


# --- the issue's examples, end to end ------------------------------------------------------


def claimants(text: str) -> dict[str, str | None]:
    return {c.text: c.claimant for c in extract_claims(Source("x", text), LEX)}


HEADLINE = "\n\nThe rest of the report follows."
ISSUE_EXAMPLES = [
    pytest.param(
        "Flood death toll climbs to 96\n\nSALVADOR (AFP) - The death toll from floods in Bahia "
        "has climbed to 96, the state governor's office said. Tens of thousands were displaced."
        "\n\nEarlier, 30 deaths were reported.",
        {"96": "the state governor's office", "30": None},
        id="1-headline-restates-its-lead",
    ),
    pytest.param(
        "Unions claim 40,000 marched as police say 9,000" + HEADLINE,
        {"40,000": "Unions", "9,000": "police"},
        id="1-headline-claim-as-say",
    ),
    pytest.param(
        "12 dead in port clashes, says Red Crescent" + HEADLINE,
        {"12": "Red Crescent"},
        id="1-headline-says-after",
    ),
    pytest.param(
        "Minister: 31 officers hurt in riots" + HEADLINE, {"31": "Minister"}, id="1-headline-label"
    ),
    pytest.param(
        "Over 300 killed in crackdown — UN report" + HEADLINE,
        {"Over 300": "UN report"},
        id="1-headline-dash",
    ),
    pytest.param(
        "Over 300 killed in crackdown, finds rights group" + HEADLINE,
        {"Over 300": "rights group"},
        id="1-headline-finds",
    ),
    pytest.param(
        "Press release\n\nThe Commission has documented 52 deaths. Our monitors recorded 120 "
        "arrests. Figures compiled by our field teams show that 300 people were injured.\n\n"
        "Independent Human Rights Commission (IHRC)",
        {
            "52": "Independent Human Rights Commission (IHRC)",
            "120": "Independent Human Rights Commission (IHRC)",
            "300": "Independent Human Rights Commission (IHRC)",
        },
        id="2-press-release-voice",
    ),
    pytest.param(
        "author: Ubuntu Rights Observatory\n\nWe have documented 34 injuries. Three reporters "
        "were detained.",
        {"34": "Ubuntu Rights Observatory", "Three": "Ubuntu Rights Observatory"},
        id="2-author-header-voice",
    ),
    pytest.param(
        "A police spokesman, Olivier Slegers, defended the count. Organisers said 33,000 took "
        "part.\n\nHe said some 1,100 officers had been deployed.",
        {"33,000": "Organisers", "some 1,100": "Olivier Slegers"},
        id="3-he-is-the-person-not-the-last-speaker",
    ),
    pytest.param(
        "The Independent Monitoring Group (IMG) said 40 people were killed. The group added "
        "that 300 were injured.",
        {"40": "IMG", "300": "Independent Monitoring Group"},
        id="3-the-group",
    ),
    pytest.param(
        "More than 200 people were injured, including 35 police officers, according to the "
        "ministry.",
        {"More than 200": "the ministry", "35": "the ministry"},
        id="4-including-according-to",
    ),
    pytest.param(
        "The clashes left 5 dead and 20 wounded, according to the Red Cross.",
        {"5": "the Red Cross", "20": "the Red Cross"},
        id="4-left-dead-and-wounded",
    ),
    pytest.param(
        "Police said 1,500 attended, a figure organisers disputed, saying 15,000 marched.",
        {"1,500": "Police", "15,000": "organisers"},
        id="5-disputed-saying",
    ),
    pytest.param(
        "Doctors said at least nine had died, contradicting the government, which said the toll "
        "stood at seven.",
        {"at least nine": "Doctors", "seven": "the government"},
        id="5-contradicting-which-said",
    ),
    pytest.param(
        "The federation talked of 900,000 marchers.",
        {"900,000": "The federation"},
        id="5-talked-of",
    ),
    pytest.param(
        '"The minister, Ann Lee, said 20 people were arrested.\n\n“At least 12 people died,” '
        "said the doctor.",
        {"20": "Ann Lee", "At least 12": "the doctor"},
        id="10-stray-mark-opening-a-paragraph",
    ),
    pytest.param(
        "The minister, Ann Lee, said: “We have arrested 20 people.\n\n“At least 12 people have "
        "died in the clashes.”\n\nA doctor, Tom Reed, said 30 people were injured.",
        {"20": "Ann Lee", "At least 12": "Ann Lee", "30": "Tom Reed"},
        id="10-quotation-over-paragraphs",
    ),
    pytest.param(
        '“We arrested 20 people,” the minister said. "\n\nAt least 12 people died, the doctor '
        "said.",
        {"20": "the minister", "At least 12": "the doctor"},
        id="10-stray-closing-mark",
    ),
    pytest.param(
        'The minister, Ann Lee, said: "We arrested 20 people.\n\n"At least 12 people died," '
        "said the doctor.",
        {"20": "Ann Lee", "At least 12": "the doctor"},
        id="10-straight-closing-mark-missing",
    ),
]


@pytest.mark.parametrize(("text", "want"), ISSUE_EXAMPLES)
def test_issue_examples(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


MORE_EXAMPLES = [
    pytest.param(
        "Live updates\n\n- 16:00 – Prefectura: 12 detained, 4 officers hurt.\n"
        "- 16:40 – Atocha: about 600 people gathered.\n"
        "- 17:10 – The Prefectura has denied that anyone died.\n",
        {"12": "Prefectura", "4": "Prefectura", "about 600": None},
        id="live-blog-label-is-a-body-the-report-makes-speak-a-place-label-is-not",
    ),
    pytest.param(
        "> > Port Authority press release: 300 officers on duty at the docks.",
        {"300": "Port Authority"},
        id="forum-quoted-reply-document-label",
    ),
    pytest.param(
        "The Mozambican Bar Association and CMN said they had identified 63 children among those "
        "arrested, and the two organisations said at least 12 of them were still held.",
        {"at least 12": "Mozambican Bar Association and CMN"},
        id="the-two-organisations",
    ),
    pytest.param(
        "The Interior Ministry said 46 people were detained. The Interior Ministry said nine "
        "officers were hurt, while the Health Ministry said 23 people sought treatment. The "
        "ministry said 12 more were arrested on Tuesday.",
        {"12": "Interior Ministry"},
        id="the-ministry-named-most-often",
    ),
    pytest.param(
        "The police headquarters said 300 officers were deployed. In Marseille, 24,000 people "
        "marched according to the police.",
        {"24,000": "the police"},
        id="the-police-is-a-speaker-by-itself",
    ),
    pytest.param(
        "He put the number of arrests at close to 50, a figure that does not match the 40 given "
        "by his spokesperson.",
        {"close to 50": None},
        id="an-agent-after-another-figure-is-not-shared",
    ),
    pytest.param(
        '"We have the names of 11 people who were murdered," the party\'s publicity secretary, '
        "Oladele Bamgbose, told reporters.",
        {"11": "the party's publicity secretary, Oladele Bamgbose"},
        id="quotation-then-speaker-told",
    ),
    pytest.param(
        "Fourteen police officers were injured, two of whom needed treatment, police said in a "
        "statement, and at least 30 fans were treated by paramedics.",
        {"Fourteen": "police"},
        id="said-aside",
    ),
    pytest.param(
        "The Ministry of Health says the toll has risen to 13. Two patients being treated at the "
        "City Central Hospital died overnight, the ministry said. It now counts 46 people injured.",
        {"46": "Ministry of Health"},
        id="a-pronoun-skips-a-name-after-a-preposition",
    ),
    pytest.param(
        "Key points\n• Injured: 46, of them 9 in intensive care (Ministry of Health)\n"
        "• Detained at the gates: 7, four still held (police)\n",
        {"46": "Ministry of Health", "7": "police"},
        id="a-bracket-closing-a-list-item-names-its-source",
    ),
    pytest.param(
        "Sixteen people died.[1]\n\nReferences\n\"Bridge toll rises to 16\". La Razón. 20 "
        "August 2026.\n\"Families say 18 died\". El Sol. 2 May 2027.\n",
        {"Sixteen": None, "16": "La Razón", "18": "Families"},
        id="cited-titles-are-their-publishers-or-their-own-speakers",
    ),  # (unnumbered entries: a numbered or caret entry is no claim, not-a-count/reference-title)
    pytest.param(
        "Sixteen people died.[1]\n\nReferences\n1. \"Bridge toll rises to 16\". La Razón. 20 "
        "August 2026.\n2. ^ \"Families say 18 died\". El Sol. 2 May 2027.\n",
        {"Sixteen": None, "16": "(no claim)", "18": "(no claim)"},
        id="numbered-reference-entries-are-no-claims",
    ),
    pytest.param(
        "The UN human rights office said 23 were killed. The office also said more than 100 "
        "people were injured.",
        {"more than 100": "UN human rights office"},
        id="the-office-is-the-un-office-named-before",
    ),
    pytest.param(
        "The commission could not confirm the government's figure of 38 officers injured. "
        "We reject the police count of 29,000 marchers.",
        {"38": "the government", "29,000": "police"},
        id="an-estimate-named-by-its-maker-inside-another-clause",
    ),
    pytest.param(
        "Ghana: eight dead as market building collapses\n\nAt least eight people were killed "
        "when a building collapsed on Tuesday, the fire service said.",
        {"eight": "the fire service"},
        id="a-headline-drops-at-least-and-restates-its-lead",
    ),
    pytest.param(
        "Sixteen people died.[1][2] The ministry later said 16 had died.",
        {"Sixteen": None},
        id="a-sentence-with-citation-marks-is-no-headline",
    ),
    pytest.param(
        "At least 23 people were killed, the U.N. human rights office said. She said the office "
        "had also received reports of more than 100 people injured. In Genoa, some 8,000 workers "
        "blocked the ring road for four hours, according to police.[10] Local clergy give a "
        "different count: 318.",
        {"more than 100": "U.N. human rights office", "some 8,000": "police", "318": "Local clergy"},
        id="described-speaker-citation-marks-and-a-different-count",
    ),
    pytest.param(
        "In Amman, about 150 people gathered outside the ministry, according to police. The organisers "
        "of that sit-in said 400 had come. Government sources put the crowd in Irbid at some 800; the "
        "Lao Rights Documentation Project (LRDP) and other sources estimated about 3,000. On Monday the "
        "directorate's count was 3,500 and the committee's was more than 11,000.",
        {
            "400": "The organisers of that sit-in",
            "some 800": "Government sources",
            "about 3,000": "LRDP",
            "3,500": "the directorate",
            "more than 11,000": "the committee",
        },
        id="a-demonstrative-that-others-after-a-name-and-a-possessive-with-its-noun-left-out",
    ),
    pytest.param(
        "The figure, given by the interior ministry, was 112 dead. Per the health ministry, 40 "
        "people were hurt. By the army's count, 14 soldiers were killed. Police estimated 5,000 "
        "attended; the organisers' figure was 25,000.",
        {
            "112": "the interior ministry",
            "40": "the health ministry",
            "14": "the army",
            "estimated 5,000": "Police",
            "25,000": "the organisers",
        },
        id="given-by-per-by-their-count-and-a-plural-possessive",
    ),
    pytest.param(
        "Megathread: rave on old airfield\n\nReuters says 14 people were taken to hospital.\n\n"
        "top comment · u/madrid_dj · 5 hr\nI was there. Police said 3,000 people were at the rave. "
        "No way it was 3,000.\n\nreply · u/ebro_valley · 4 hr\nI counted 40 people arrested.",
        {"14": "Reuters", "40": None},  # a thread's posts are their writers' own voice, as a reporter's
        id="a-forum-thread-with-reddit-post-heads",
    ),
    pytest.param(
        "r/europe • Posted by u/riverside_watch • 5h\n\n[MEGATHREAD] Dam protest in Valdoria\n\n"
        "Casualties (official, interior ministry):\n- Sat 10PM: 2 dead, 14 injured\n- Sun AM: 3 dead\n\n"
        "Crowd:\n- per the guardia civil: 6,000\n- organisers: 20,000\n\nEDIT 2: Health Ministry "
        "bulletin: 57 injured.\n\n---\n\nu/olive_grove_22 • 4h\nPer the guardia civil it was "
        "7,000 protesters at the peak.\n\nu/madrileno_88 • 3h\nThe 2011 flood in the same valley killed 40 people.",
        {"2": "interior ministry", "14": "interior ministry", "6,000": "the guardia civil",
         "20,000": "organisers", "57": "Health Ministry", "3": "interior ministry",
         "7,000": "the guardia civil", "40": None},
        id="a-megathread-list-heading-source-per-labels-and-posts-own-voice",
    ),
    pytest.param(
        "A methane blast killed nine miners on Tuesday, the Ministry of Mines said. Fourteen were "
        "still missing, it said in a statement.\n\nTwelve miners were taken to hospital, the "
        "statement added.",
        {"nine": "the Ministry of Mines", "Twelve": "the Ministry of Mines"},
        id="the-statement-is-the-body-that-issued-it",
    ),
    pytest.param(
        "Larkspur strike\n\nResulted in\tAgreement of 19 March\nParties\tNorland Mineworkers' Union "
        "(NMU)\n\nA rally on 1 March drew 15,000 people, according to the union.",
        {"15,000": "Norland Mineworkers' Union"},
        id="an-infobox-name-does-not-run-over-its-line",
    ),
    pytest.param(
        "Ministry of Health and Sanitation\n\nCholera Outbreak — Situation Report No. 7\n\nHighlights\n"
        "• 14 new deaths were recorded this week, bringing the total to 62.\n\nDistrict officials "
        "reported that 9 health workers had been infected. According to WHO, 3 of them died.",
        {"14": "Ministry of Health and Sanitation", "62": "Ministry of Health and Sanitation", "3": "WHO"},
        id="a-situation-report-own-voice-new-deaths-and-an-acronym-that-spells-a-word",
    ),
    pytest.param(
        "The rights commission, Conadeh, said two more people had died overnight. That brought its "
        "count to nine across the country, five of them in the capital. On Thursday night it had "
        "recorded seven.\n\nThe raid was the deadliest since the 2025 operation in the Penha "
        "complex, in which officials said 121 people were killed.",
        {"nine": "Conadeh", "five": "Conadeh", "seven": "Conadeh", "121": "officials"},
        id="brought-its-count-to-a-demonstrative-subject-and-in-which-officials-said",
    ),
    pytest.param(
        "NLAF has documented 215 arrests, more than the 164 acknowledged by the city police. The "
        "league reported 468 arrests; the government gave 210.\n\nThousands of people marched on "
        "Sunday to mark 35 years since police fired on striking workers, killing at least 37 people, "
        "according to the judicial tribunal that investigated the firing.",
        {"164": "the city police", "210": "the government", "Thousands": None,
         "at least 37": "the judicial tribunal"},
        id="acknowledged-by-gave-a-bare-figure-and-a-participle-clause-keeps-its-source",
    ),
    pytest.param(
        "The National Police stood by its figure of three dead.\n\nPolice spokesman Ed Barr gives the "
        "crowd estimate for this afternoon's march on the boulevard: about 15,000.\n\nAn independent "
        "count by the data group Hetq Data, based on drone footage taken at 19:00, put the number at "
        "28,000.\n\nState police forces killed 699 people in 2024, according to the Institute of "
        "Public Security (ISP), and the complex has a population of about 23,000.",
        {"three": "The National Police", "about 15,000": "Police spokesman Ed Barr",
         "28,000": "Hetq Data", "699": "the Institute of Public Security"},
        id="stood-by-its-figure-gives-the-estimate-colon-a-clock-time-and-a-year-before-according-to",
    ),
    pytest.param(
        "**Police.** EFE says 260 officers were deployed over the weekend.\n\nSendong was 1,268 dead "
        "per NDRRMC final report iirc. My neighbour says at least 5 died near the bridge.",
        {"260": "EFE", "1,268": "NDRRMC final report", "at least 5": "My neighbour"},
        id="a-run-in-heading-forum-shorthand-and-a-possessive-speaker",
    ),
    pytest.param(
        "UNHCR - The UN Refugee Agency\nNews and press releases\n\nChad: UNHCR alarmed by clashes"
        "\n\nGENEVA – The violence has left at least 42 people dead since 14 February.",
        {"at least 42": "UNHCR"},
        id="an-agency-site-release-is-the-agency-s-voice",
    ),
    pytest.param(
        "How many people were there?\nThe Guardia Civil puts the number at around 3,000.",
        {"around 3,000": "The Guardia Civil"},
        id="an-explainer-answer-puts-the-number-at",
    ),
    pytest.param(
        "UGANDA POLICE FORCE\nDirectorate of Public Relations\n\nPRESS STATEMENT ON THE MARKET "
        "OPERATION\n\nThe Force wishes to update the public on the joint operation conducted with the "
        "Kampala Capital City Authority (KCCA) on Wednesday. Forty-two suspects were arrested.",
        {"Forty-two": "UGANDA POLICE FORCE"},
        id="the-letterhead-is-the-voice-not-a-partner-named-first",
    ),
    pytest.param(
        "The first official figures, given by the Ministry of Internal Affairs shortly after "
        'midnight, were 12 dead and "dozens" wounded.',
        {"12": "the Ministry of Internal Affairs", "dozens": "the Ministry of Internal Affairs"},
        id="figures-given-by-at-a-time-and-a-figure-in-scare-quotes",
    ),
    pytest.param(
        '"Our soldiers did not kill anyone," he said, rejecting reports from Kouh-Ouest that two '
        "young men were shot dead at a checkpoint.",
        {"two": "reports from Kouh-Ouest"},
        id="rejected-reports-are-not-the-rejecters-claim",
    ),
    pytest.param(
        "The chef de canton of Bembaya, Ngarlem Djekourou, told reporters the army came late. "
        "The governor said 23 people died.\n\nHe accused the army of arriving three days late. "
        '"They came when the houses were ash," he said. "Scores of people were wounded before '
        'anyone helped us."',
        {"Scores": "Ngarlem Djekourou"},
        id="he-is-the-person-named-as-a-speaker-whatever-his-role",
    ),
    pytest.param(
        "The health ministry later gave a higher toll. Fourteen people had died, it said in a "
        "statement on Wednesday evening.\n\nA smaller leak in 2017 sent about 40 people to "
        "hospital, local media reported at the time.",
        {"Fourteen": "The health ministry", "about 40": "local media"},
        id="a-trailing-speaker-then-where-and-when-it-spoke",
    ),
    pytest.param(
        '"So far we have brought out 19 people alive," the Regional Commander of GNFS, Kwabena '
        "Ofori-Atta, told journalists. According to him, 120 firefighters were deployed.",
        {"120": "Kwabena Ofori-Atta"},
        id="according-to-him-is-the-speaker-before",
    ),
    pytest.param(
        "In the afternoon the National Disaster Management Organisation gave a higher figure, "
        "saying nine persons had died.",
        {"nine": "the National Disaster Management Organisation"},
        id="a-participles-speaker-after-an-opening-time",
    ),
    pytest.param(
        "Two looters were picked up, the police spokesman stated. He denied social media reports "
        "that officers fired shots, saying nobody got hurt at the cordon.",
        {"nobody": "the police spokesman"},
        id="denied-reports-is-a-noun-not-the-speech-verb",
    ),
    pytest.param(
        "Amnesty International also received credible reports that police fired live "
        "ammunition, injuring at least four people.",
        {"at least four": "Amnesty International"},
        id="received-reports-keeps-its-receiver",
    ),
    pytest.param(
        "Two looters were picked up, the police spokesman said. He denied that anyone was hurt."
        "\n\nReaders' comments (2)\n\nYaw K., Kumasi - 11 Nov 2026 07:41\nEight?? My brother was "
        "at the arcade. He said more than 30 people died in that place.\n\nAdwoa_B - 11 Nov 2026 "
        "08:03\nMay their souls rest.",
        {"more than 30": "Yaw K"},
        id="a-readers-he-is-no-speaker-of-the-article-above",
    ),
    pytest.param(
        "Eight dead as Adum building collapses - AFP\n\nAt least eight persons were feared killed "
        "on Tuesday when a four-storey structure caved in, the Ghana National Fire Service (GNFS) "
        "has said.",
        {"Eight": "the Ghana National Fire Service (GNFS)"},
        id="a-headlines-wire-credit-yields-to-the-leads-speaker",
    ),
    pytest.param(
        "---\nauthor: International Department\noutlet: Korean Confederation of Trade Unions "
        "(KCTU)\n---\n\nToday more than 230,000 of our members joined rallies. According to "
        "reports from our affiliates, 450,000 workers stayed off the job.\n\nOutside the capital "
        "the turnout was just as determined:\n- Ulsan: 28,000 marched\n- Changwon: about 9,000\n",
        {"450,000": "Korean Confederation of Trade Unions (KCTU)",
         "about 9,000": "Korean Confederation of Trade Unions (KCTU)"},
        id="a-statements-voice-covers-its-place-lines-and-its-affiliates-reports",
    ),
    pytest.param(
        "The UGTT, which said on Wednesday that at least 30 people had been detained, says it now "
        "believes the real number could be as high as 45.",
        {"as high as 45": "The UGTT"},
        id="a-count-in-a-relative-clause-is-no-opening-time",
    ),
    pytest.param(
        'Asked about the claim, a spokesman, Faker Bouzghaya, told us: "We have no record of that. '
        'Nobody was hurt by rubber bullets, because none were fired."',
        {"Nobody": "Faker Bouzghaya"},
        id="a-quotation-introduced-with-a-colon-over-two-sentences",
    ),
    pytest.param(
        "The Association of Victims of 14 November, formed by relatives in December 2025, says 41 "
        "people died.",
        {"41": "The Association of Victims of 14 November"},
        id="a-name-with-a-date-in-it",
    ),
    pytest.param(
        "Per EFE, the Red Cross treated 146 people over the four days, mostly for intoxication, "
        "dehydration and cuts, and 11 were taken to hospital.",
        {"11": "EFE"},
        id="per-a-capitalised-name-opens-the-sentence",
    ),
    pytest.param(
        "One man died, the Government Delegation counts 6,200 partygoers and 14 arrests.",
        {"14": "the Government Delegation"},
        id="counts-is-a-speech-verb",
    ),
    pytest.param(
        "General strike ends with rival counts: police say 24,000 rallied in Seoul.",
        {"24,000": "police"},
        id="rival-counts-is-a-noun",
    ),
    pytest.param(
        "Aigerim Sadykova, whose husband died in the hall, chairs the victims' association. The "
        "group has built its own list.\n\nShe believes that at least six of the hostages were "
        "killed in the crossfire.",
        {"at least six": "Aigerim Sadykova"},
        id="a-name-with-whose-after-it-is-a-person-she-may-mean",
    ),
    pytest.param(
        "The Sindh Human Rights Forum, which sent a team in December 1991, found \"at least 42\" "
        "deaths.\n\nThe tribunal put the figure at 37. It found that two platoons of the Frontier "
        "Constabulary had been deployed.\n\nThe tribunal said the police expected a few agitators. "
        "Its estimate of the crowd, based on shopkeepers' accounts, was 9,000.",
        {"at least 42": "The Sindh Human Rights Forum", "9,000": "The tribunal"},
        id="found-and-its-estimate-after-the-subject-that-names-it",
    ),
    pytest.param(
        "Among the marchers was Abdul Sattar Khaskheli, 71, who survived the firing. He told The "
        'Express Tribune that "hundreds" had been wounded. The union\'s toll, given on the night '
        "of the firing, was 64.",
        {"hundreds": "Abdul Sattar Khaskheli", "64": "The union"},
        id="a-name-with-an-age-and-who-and-a-toll-given-at-a-time",
    ),
    pytest.param(
        "One deputy, Rui Barreto, has said the toll could exceed 200.\n\n\"We spent two nights on "
        'the roof," said Josefa Santos, 54, a cocoa worker. She said at least 11 of her neighbours '
        "had drowned.",
        {"at least 11": "Josefa Santos"},
        id="she-is-the-person-named-after-said",
    ),
    pytest.param(
        "The Ministry of Health first counted 11 dead. Two more people died in the week after, "
        "bringing the ministry's toll to 16.",
        {"16": "The Ministry of Health"},  # ('Two more' is now the ministry's step too, in its spelling; one claimant_name)
        id="bringing-the-ministrys-toll-to",
    ),
    pytest.param(
        "Ministry of Emergency Situations of the Kyrgyz Republic\nHome / Press centre / News\n\n"
        "Information on the accident at the Kara-Tash mine (as of 18:00, 19 November)\n\n1. As of "
        "12:00 on 18 November, the death toll rose to 13.\n\n2. Reports circulating on social media "
        "that more than 30 miners died do not correspond to reality.\n",
        {"13": "Ministry of Emergency Situations of the Kyrgyz Republic",
         "more than 30": "(no claim)"},  # a rumour called false: nobody's count
        # (not-a-count/rumour-called-false)
        id="a-communique-information-on-and-a-rumour-it-rejects",
    ),
    pytest.param(
        "UN Human Rights Office\nBriefing notes\n\nWe are deeply alarmed by the operation on "
        "Tuesday, in which at least 28 people were killed, according to the state public "
        "defender's office. Our office has received information that at least 9 residents were "
        "wounded.",
        {"at least 28": "the state public defender's office", "at least 9": "UN Human Rights Office"},
        id="briefing-notes-voice-but-not-over-a-named-source",
    ),
    pytest.param(
        "HARBOUR RIGHTS WATCH (HRW)\n\nAFTER THE SIEGE\nBriefing paper No. 2/2026\n\nThe ministry "
        "announced that 17 people had been killed. We have documented 20 deaths.",
        {"17": "The ministry", "20": "HARBOUR RIGHTS WATCH (HRW)"},
        id="a-briefing-paper-is-its-issuers-voice",
    ),
    pytest.param(
        "[01:31] ANCHOR: The minister spoke to reporters.\n\n[01:35] SOUNDBITE - INTERIOR MINISTER ANN LEE "
        "(recorded at the ministry): \"We arrested 31 people. Fourteen of our officers were injured.\"\n\n"
        "[02:35] ANCHOR: Police have arrested two suspects in his killing.",
        {"Fourteen": "Interior Minister Ann Lee", "two": None},  # (not the anchor's; attr20 writes the label in title case)
        id="a-broadcast-scripts-soundbite-is-its-speakers-and-the-anchor-the-outlets-voice",
    ),
    pytest.param(
        "20:30\nHere's a statement we've just received from the Georgian Young Lawyers' "
        "Association (GYLA):\n\"According to our information, at least 14 journalists were "
        'injured while covering the rally."',
        {"at least 14": "the Georgian Young Lawyers' Association (GYLA)"},
        id="a-statement-introduced-from-its-author-and-according-to-our-information",
    ),
    pytest.param(
        "Human Rights Watch, in a 2006 report, said more than 200 people were killed.",
        {"more than 200": "Human Rights Watch"},
        id="a-year-of-a-report-is-no-opening-time",
    ),
    pytest.param(
        "The protest drew an estimated crowd of 15,000, police said, while organisers spoke of "
        "60,000.",
        {"15,000": "police", "60,000": "organisers"},
        id="an-estimated-crowd-is-an-adjective-not-the-speech-verb",
    ),
    pytest.param(
        "Rights group: Security forces killed 31 protesters\n\nThe group gave no names.",
        {"31": "Rights group"},
        id="a-headlines-speaker-before-a-colon-and-a-clause",
    ),
    pytest.param(
        "'We counted 120 arrests,' says lawyers' group\n\nThe group gave no names.",
        {"120": "lawyers' group"},
        id="a-quotation-in-single-marks",
    ),
    pytest.param(
        "The Committee to Protect Journalists (CPJ) said on Monday that 14 reporters had been "
        "detained. The New York-based group also said that three of them had been beaten.",
        {"three": "CPJ"},
        id="a-description-with-modifiers-the-new-york-based-group",
    ),
    pytest.param(
        "The minister said 12 died.\n\n\"The police opened fire without warning. At least nine "
        'people died on the spot.\n\n"We saw it with our own eyes," said Musa Bello, a shopkeeper.',
        {"At least nine": "Musa Bello"},
        id="a-quotation-over-paragraphs-is-the-speaker-named-where-it-closes",
    ),
    pytest.param(
        "The Syrian Observatory for Human Rights, a Britain-based monitor with sources inside the "
        "country, said the shelling began at dawn. Residents fled. Roads were blocked. The monitor "
        "said at least 27 civilians were killed.",
        {"at least 27": "Syrian Observatory for Human Rights"},
        id="the-monitor-is-the-organisation-an-appositive-called-so",
    ),
    pytest.param(
        "Interior Minister Gerald Darmanin spoke on France 2 on Thursday evening. He praised the "
        "officers. He said 170 police officers had been injured overnight.",
        {"170": "Gerald Darmanin"},
        id="he-two-sentences-after-a-minister-who-spoke",
    ),
    pytest.param(
        "Who was there?\nOrganisers estimate that 15,000 people attended at the peak, while the "
        "Guardia Civil counted around 5,000. An independent estimate by researchers at Ilia State "
        "University put the peak crowd at between 6,000 and 8,000.",
        {"15,000": "Organisers", "between 6,000 and 8,000": "researchers at Ilia State University"},
        id="estimate-as-a-verb-and-as-a-noun",
    ),
    pytest.param(
        "As reported by the ministry of health, 9 persons lost the life.",
        {"9": "the ministry of health"},
        id="as-reported-by-in-a-translated-copy",
    ),
    pytest.param(
        "How many were in the hall?\nSurvivors say the hall was nearly full, and one security "
        "guard told investigators that perhaps as many as 2,500 people had been inside.",
        {"as many as 2,500": "one security guard"},
        id="one-security-guard-told-investigators",
    ),
    pytest.param(
        "The injured are counted differently. City Hospital No. 7 alone received 64 people that "
        'night, its chief doctor, Yerlan Abenov, told me, "and by morning the corridors were full".',
        {"64": "Yerlan Abenov"},
        id="a-trailing-speaker-then-the-rest-of-the-quotation",
    ),
    pytest.param(
        "How many people?\n- Heraldo, Saturday: \"more than 3,000 people\" on the first night.\n"
        '- Guardia Civil on X, Sunday: peak attendance "around 5,000".',
        {"around 5,000": "Guardia Civil", "more than 3,000": "Heraldo"},
        id="forum-list-sources-with-their-day",
    ),
    pytest.param(
        "A man was found dead. The court investigating the death says there are no signs of "
        "violence. The Delegation stressed that the death had nothing to do with the police "
        "operation, in which, it says, no partygoer was seriously injured.",
        {"no partygoer": "The Delegation"},
        id="it-says-in-a-clause-of-the-sentence-whose-subject-stressed",
    ),
    pytest.param(
        'A security official said the number killed was "at least 30". Government spokesman Basim '
        'al-Awadi denied that. "There was no security vacuum. The federal forces have 5,000 men in '
        'the province," he said.',
        {"5,000": "Basim al-Awadi"},
        id="a-name-with-a-particle-is-the-he-after-a-quotation",
    ),
    pytest.param(
        "Opposition leader Kalonzo Musyoka called on President William Ruto to \"sit down with the "
        'teachers instead of sending 1,000 police to beat them".',
        {"1,000": "Opposition leader Kalonzo Musyoka"},
        id="called-on-introduces-a-quotation",
    ),
    pytest.param(
        "Press briefing notes on Brazil\n\nSpokesperson for the UN High Commissioner for Human "
        "Rights: Ravina Shamdasani\nLocation: Geneva\n\nWe are horrified by the operation on "
        "Tuesday, which left at least 64 people dead. Our colleagues on the ground have spoken to "
        "residents who say that 12 bodies were brought down from the hillside by neighbours.",
        {"at least 64": "UN High Commissioner for Human Rights", "12": "residents"},
        id="a-briefing-notes-spokesperson-for-line-and-residents-who-say",
    ),
    pytest.param(
        "Police said 1,500 attended, a figure disputed by organisers, who put the crowd at 15,000.",
        {"1,500": "Police", "15,000": "organisers"},
        id="a-relative-who-after-by-organisers",
    ),
    pytest.param(
        "The number of victims climbed at 15 persons, informed the regional administration. Were "
        "detained over 40 participants of the unauthorised action, informs the press service of "
        "the police. The rescuers corrected the balance on 71 injured.",
        {"15": "the regional administration", "over 40": "the press service of the police",
         "71": "The rescuers"},
        id="a-translated-copys-inverted-informed",
    ),
    pytest.param(
        "Estimates of the dead have varied widely over the years. The military junta acknowledged "
        '23. Human Rights Watch has cited "at least 200"; the victims\' association, 214; and some '
        "academics, as many as 600.",
        {"23": "The military junta", "at least 200": "Human Rights Watch",
         "214": "the victims' association", "as many as 600": "some academics"},
        id="a-retrospectives-list-of-estimates-of-the-dead",
    ),
    pytest.param(
        "Several fatalities were confirmed overnight, firefighters said. Villagers said 12 people "
        "had been killed in the raid.",
        {"Several": "firefighters", "12": "Villagers"},
        id="firefighters-and-villagers-are-speakers",
    ),
    pytest.param(
        "Dr Sara Mensah runs the trauma unit at Korle Bu. She has treated 61 patients since Friday."
        "\n\nPolice arrived late. They admitted 40 people had been hurt.",
        {"61": "Sara Mensah", "40": "Police"},
        id="a-doctor-named-by-title-who-has-treated",
    ),
    pytest.param(
        "AFP reported, citing police sources, that 12 people had died. Citing the health ministry, "
        "state television said 14 people were killed.",
        {"12": "police sources", "14": "the health ministry"},
        id="a-news-outlet-citing-a-source",
    ),
    pytest.param(
        "FOR IMMEDIATE RELEASE\n\nLawyers' group documents 214 detentions\n\nHARARE, 3 August 2026 – "
        "Zimbabwe Lawyers for Human Rights (ZLHR) has so far represented 214 people arrested. Our "
        "lawyers have confirmed that at least 17 of them were assaulted in custody.",
        {"at least 17": "Zimbabwe Lawyers for Human Rights (ZLHR)"},
        id="for-immediate-release-is-no-letterhead",
    ),
    pytest.param(
        "United Nations Human Rights | Office of the High Commissioner\nHome > News and events > "
        "Press briefing notes\n\nBrazil: Police operation in Rio\n\nSpokesperson for the UN High "
        "Commissioner for Human Rights: Carla Montiel\nLocation: Geneva\n\nAccording to information "
        "we have received from the Public Defender's Office, at least 52 people were killed. Our "
        "colleagues counted at least 19 wounded.",
        {"at least 52": "the Public Defender's Office",
         "at least 19": "UN High Commissioner for Human Rights"},
        id="a-briefing-note-behind-a-breadcrumb-and-information-received-from",
    ),
    pytest.param(
        "Estimates of the crowd ranged from 40,000 (police) to 160,000 (organisers).",
        {"40,000": "police", "160,000": "organisers"},
        id="a-range-with-a-source-bracket-each",
    ),
    pytest.param(
        "Turnout was between 40,000 (a police estimate) and 160,000 (the organisers).",
        {"40,000": "police", "160,000": "the organisers"},
        id="a-turnout-range-with-a-source-bracket-each",
    ),
    pytest.param(
        "Statement by the National Human Rights Commission\nThe Commission is deeply concerned.\n"
        "The Commission also notes that police deployed more than 4,000 officers.",
        {"more than 4,000": "National Human Rights Commission"},
        id="an-organisation-named-at-a-line-end-is-not-joined-to-the-next-line",
    ),
    pytest.param(
        "Estimates vary widely. A 2011 commission estimated between 1,000 and 1,500 dead.",
        {"between 1,000 and 1,500": "A 2011 commission"},
        id="a-speaker-with-its-year",
    ),
    pytest.param(
        "Police confirm 6 dead in Cazenga.\nAuthorities announce 300 officers will patrol the city.",
        {"6": "Police", "300": "Authorities"},
        id="a-headlines-present-tense-speech-verb",
    ),
    pytest.param(
        "Death toll from Nepal floods hits 112, police say\n\n'Over 60 dead' in Sudan clashes: medics\n\n"
        "Gunmen kill 12 villagers in Zamfara, say locals\n\nProtesters say 1m marched",
        {"112": "police", "Over 60": "medics", "12": "locals", "1m": "Protesters"},
        id="headlines-in-the-present-with-their-credits",
    ),
    pytest.param(
        "The union rejects the version of the authorities, according to which only two persons died.",
        {"two": "the authorities"},
        id="according-to-which-is-the-owner-of-the-version-before-it",
    ),
    pytest.param(
        "[03.11.26 02:10] Coast Radio: Fire on board the ferry. We are trying to reach the navy.\n"
        "[03.11.26 06:45] Coast Radio: [Forwarded from Marine nationale 🇸🇳]\nPROVISIONAL TOLL: 17 dead.\n"
        "[03.11.26 18:05] Coast Radio: Press conference at the port. Lamine Coly: \"at least 40 dead. We have "
        "the names.\"\n",
        {"17": "Marine nationale", "at least 40": "Lamine Coly"},
        id="a-channels-forwarded-post-and-a-quotation-after-a-speakers-label",
    ),
    pytest.param(
        "The fire service would not estimate the crowd. But a duty officer at the city's command centre, who asked "
        'not to be named, had this to say: "From the roof I would say about 6,000 marched. Perhaps more."\n\n'
        "Police put the march at 2,000. The march's northern steward, Joan Pella, disputed that: \"More than 4,500 "
        'of our people set off from the station."',
        {"about 6,000": "a duty officer", "More than 4,500": "Joan Pella"},
        id="a-quotation-after-a-colon-is-its-clauses-subjects-or-the-name-in-apposition",
    ),
    pytest.param(
        "DIGEST | Floods\n\n-----\nDaily Mail Zim · 29 Jan 2026, 18:33 · 2 min read\n47 arrested in crackdown, "
        'union says "more than 100"\nPolice said 47 people had been arrested since Tuesday.\nRead more\n\n-----\n'
        "City Radio · 2 Feb 2026, 20:00 · 1 min read\nRetrieval ends, final toll is 27\nThe DCP said it had closed "
        "the retrieval operation with 27 bodies recovered. A total of 60 rescuers had taken part, it said.\n",
        {"47": "Police", "60": "The DCP"},
        id="a-digests-items-are-the-speakers-they-quote-not-the-outlet-linked",
    ),
    pytest.param(
        "Navy spokesman Captain Ousmane Sarr said 23 people died. Sarr said four children were among the dead. "
        "That is well short of the count given by the Association des usagers de la ligne Dakar-Ziguinchor "
        '(AULDZ), a group that speaks for travellers. It said the real toll was "at least 40" and that it had '
        "counted 11 children among the dead.",
        {
            "at least 40": "Association des usagers de la ligne Dakar-Ziguinchor",
            "11": "Association des usagers de la ligne Dakar-Ziguinchor",
        },
        id="it-is-the-body-a-count-was-given-by-named-with-its-acronym-in-another-language",
    ),
    pytest.param(
        "Two protesters were killed, according to the AMDH, a figure the interior ministry disputes: it has "
        "acknowledged one death.",
        {"one": "the interior ministry"},
        id="it-after-a-verb-of-dispute-and-a-colon-is-that-verbs-subject",
    ),
    pytest.param(
        "Governor Paul Nkoa said two people died. The communiqué said 87 people were detained. Of those, 52 were "
        "released and the 35 others were placed in custody, it said. A medical source at the hospital, who asked "
        "not to be named because he is not allowed to speak, said the hospital received 19 wounded. One man was "
        "dead on arrival, he said.",
        {"35": "The communiqué", "One": "A medical source at the hospital"},
        id="it-is-the-document-that-opened-the-sentence-before-and-he-a-source",
    ),
    pytest.param(
        "Seven people died, police said.\n\n3 COMMENTS\n\nMola N - June 24, 2026 at 10:12 am\nMe I counted 9 "
        "bodies at the junction.\n\nSandrine K. - June 24, 2026 at 10:40 am\nSo sad for the families.\n",
        {"9": None},
        id="a-readers-own-first-person-count-is-the-writers-voice-and-never-me-i",
    ),
    pytest.param(
        "FOR IMMEDIATE RELEASE\n\nAt least 24 workers died in the fire, Gulf Migrant Rights Watch (GMRW) said today."
        "\n\nThe Ministry of Interior said that 22 people had died. Our figure is based on the accounts of "
        "co-workers. At least 15 of the dead were employed by the company. We were told by staff at Adan hospital "
        "that at least four were critical.\n\n-------- Forwarded Message --------\nSubject: Fire\nFrom: Embassy "
        "of Nepal, Kuwait <consular@np.example>\n\n> Dear families,\n>\n> Sadly, eight (8) Nepali nationals have lost their lives in the fire.\n",
        {
            "At least 15": "Gulf Migrant Rights Watch (GMRW)",
            "at least four": "staff at Adan hospital",
            "eight (8)": "Embassy of Nepal, Kuwait",
        },
        id="a-releases-own-part-who-told-it-and-the-message-it-forwards",
    ),
    pytest.param(
        "A fire broke out at dawn in a building of seven floors, and it resulted in the death of 19 persons and the "
        "injury of 46 others, in a toll is not final, according to what announced the Ministry of Interior. The "
        "balance of the blast rose to five dead, announced Monday morning ISU Galați. Four of the victims were found "
        "under the rubble, the manager of the unit confirmed for Galați Azi.\n\nQ (Radio Galați): Colonel, local "
        "television is reporting 7 dead. Can you confirm?",
        {
            "19": "the Ministry of Interior",
            "46": "the Ministry of Interior",
            "five": "ISU Galați",
            "Four": "the manager of the unit",
            "7": "local television",
        },
        id="translated-word-order-a-channel-after-the-verb-and-a-progressive-speech-verb",
    ),
    pytest.param(
        "The first official figure came from the Zimbabwe Republic Police, whose spokesperson told state media "
        "that nine bodies had been retrieved.\n\nRead more:\n  * Gambia: seven killed as bus overturns near Soma\n"
        "  * Buea: 4 separatist fighters killed, army says\n",
        {"nine": "the Zimbabwe Republic Police", "seven": "(no claim)", "4": "(no claim)"},  # other stories
        id="a-figures-source-after-came-from-and-no-speaker-for-a-linked-headlines-place",
    ),
    pytest.param(
        "Amnesty International has documented at least 62 deaths since the protests began. Its researchers "
        "estimate that 1,200 people remain in detention.",
        {"at least 62": "Amnesty International", "1,200": "Amnesty International"},
        id="its-researchers-speak-for-the-body-named-before-and-a-plurals-estimate-is-a-verb",
    ),
    pytest.param(
        "The UN human rights office said it had received credible reports that at least 30 people had been killed.",
        {"at least 30": "The UN human rights office"},
        id="reports-the-speaker-vouches-for-are-its-own-count",
    ),
    pytest.param(
        "Police said 40 protesters were detained. Their lawyers said 71 of those arrested were still held.",
        {"40": "Police", "71": "Their lawyers"},
        id="their-lawyers-are-not-the-staff-of-the-body-before",
    ),
    pytest.param(
        "Organisers said 250,000 people took part, while the interior ministry said 42,000. An independent "
        "count by the Occurrence collective, commissioned by several media outlets, put the figure at 68,500.",
        {"250,000": "Organisers", "42,000": "the interior ministry", "68,500": "the Occurrence collective"},
        id="a-count-by-its-makers-not-by-whoever-commissioned-it",
    ),
    pytest.param(
        "The number of our citizens who lost life in the earthquake has risen to 1,241, informed the Minister of "
        "Interior. By AFAD data, 14,000 personnel are working in the area.",
        {"1,241": "the Minister of Interior", "14,000": "AFAD data"},
        id="translated-number-of-who-lost-life-and-by-x-data",
    ),
    pytest.param(
        "Historian Elira Kola told this newspaper she believes \"at least 150\" died. The ministry told "
        "reporters it had counted 40 dead.",
        {"at least 150": "Historian Elira Kola", "40": "The ministry"},
        id="told-a-hearer-then-a-pronoun-is-the-teller",
    ),
    pytest.param(
        "LIVE UPDATES\n17:20 — Our correspondent says ambulances are still arriving.\n16:58 — Statement from the "
        "Ministry of Interior: \"Security forces have arrested 56 rioters. Eleven officers were injured.\"",
        {"56": "the Ministry of Interior", "Eleven": "the Ministry of Interior"},
        id="a-live-blog-entrys-label-after-its-time-and-a-statement-from-its-issuer",
    ),
    pytest.param(
        "Mr. Raja said at least 17 people had been shot dead, not 9 as the provincial government claims. The "
        "Independent Monitoring Group (IMG) published its findings on Tuesday. The report documents 860 deaths.",
        {"at least 17": "Mr. Raja", "9": "the provincial government", "860": "Independent Monitoring Group"},
        id="a-rival-named-in-an-as-clause-and-a-report-that-documents",
    ),
    pytest.param(
        "In 1986 the military government admitted to 11 deaths. A truth commission set up in 2004 concluded that "
        "at least 137 people had been killed. Thirty years later, survivors marched again: about 2,000 people, "
        "police said, while organisers counted 10,000.",
        {"at least 137": "A truth commission", "about 2,000": "police", "10,000": "organisers"},
        id="a-body-and-its-founding-participle-and-a-crowd-after-its-verbs-colon",
    ),
    pytest.param(
        "KEY FACTS\n- 4,500 detained, per rights groups\n- Around 60 people were injured, seven critically.",
        {"4,500": "rights groups"},
        id="per-a-lower-case-body-names-the-source",
    ),
    pytest.param(
        "In Sri Lanka, the Public Security Ministry and National Disaster Management Center have reported "
        "tolls of 38,195 and 30,920, respectively.",
        {"38,195": "the Public Security Ministry", "30,920": "National Disaster Management Center"},
        id="respectively-gives-each-figure-its-speaker",
    ),
    pytest.param(
        "Police and organisers put the crowd at 4,000 and 20,000 respectively.",
        {"4,000": "Police", "20,000": "organisers"},
        id="respectively-after-a-bare-figure-is-no-noun",
    ),
    pytest.param(
        "Olumuyiwa Adejobi, spokesperson for the command, in a statement said the arrested were picked up at "
        "various locations.\nHe said, \"The command has arrested 30 protesters at various locations.\"",
        {"30": "Olumuyiwa Adejobi"},
        id="he-after-a-name-with-a-bare-role-between-commas",
    ),
    pytest.param(
        "The Commissioner of Police in the state, Hakeem Odumosu, paraded them at the command headquarters.\n\n"
        "He said: \"The press briefing is on what happened yesterday\".\n\n"
        "\"Yesterday, some people came to foment trouble and the command arrested 49 suspects during the rally.\"",
        {"49": "Hakeem Odumosu"},
        id="he-after-a-role-then-its-name-opening-a-sentence",
    ),
    pytest.param(
        "What we know\n\n  • At least 17 people were killed in the school shooting. At least 15 others were "
        "hospitalized. Teenagers and adults are among the victims, according to the Broward County Sheriff's Office.\n"
        "  • A gunman who authorities have identified as Nikolas Cruz opened fire, killing at least 17 people.",
        {"At least 17": "the Broward County Sheriff's Office", "At least 15": "the Broward County Sheriff's Office",
         "at least 17": None},
        id="a-list-items-closing-source-covers-the-item-and-identified-as-names",
    ),
    pytest.param(
        "Police put the crowd at 4,000 and organisers at 20,000.",
        {"4,000": "Police", "20,000": "organisers"},
        id="a-gapped-speaker-without-an-article",
    ),
    pytest.param(
        "A large group marched to the town hall at noon, the sheriff's office said. The clashes left nine "
        "deputies hurt, the statement added.",
        {"nine": "the statement"},
        id="a-crowd-called-a-group-issues-no-statement",
    ),
    pytest.param(
        "Nine deputies were hurt, the sheriff's office said in a statement. A statement said 14 people were "
        "arrested. According to the statement, 3 of them were minors.",
        {"14": "the sheriff's office", "3": "the sheriff's office"},
        id="a-statement-is-its-issuers-named-before",
    ),
    pytest.param(
        "The toll rose to 48, confirmed a district health official to Xinhua by phone.",
        {"48": "a district health official"},
        id="an-inverted-speaker-told-an-outlet-by-phone",
    ),
    pytest.param(
        "About 90,000 people attended, according to a police memo seen by Reuters.",
        {"About 90,000": "a police memo"},
        id="a-document-seen-by-an-outlet",
    ),
    pytest.param(
        "The Civic Monitoring Network accused the police of abuses. At least 14 people were detained, "
        "the regional coordinator of the network told reporters.",
        {"At least 14": "Civic Monitoring Network"},
        id="an-officer-of-a-described-body-speaks-for-it",
    ),
    pytest.param(
        "The Civic Monitoring Network accused the police of abuses. At least 14 people were detained, "
        "the network's director said.",
        {"At least 14": "Civic Monitoring Network"},
        id="a-described-bodys-officer-speaks-for-it",
    ),
    pytest.param(
        "The Civic Monitoring Network accused the police of abuses. \"At least 14 people were detained,\" said "
        "the network's regional coordinator, Ana Ruiz.",
        {"At least 14": "the network's regional coordinator"},
        id="a-described-bodys-officer-named-is-not-the-body",
    ),
    pytest.param(
        "How many marched?\n\nThe police said 38,000 people marched, the union 120,000, and the drone count 61,000.",
        {"38,000": "The police", "120,000": "the union", "61,000": "the drone count"},
        id="gapped-rivals-after-a-speech-verb",
    ),
    pytest.param(
        "How many marched?\n\nIn Porto the police counted 9,500 on Saturday and 12,000 on Sunday; the union said "
        "35,000 and 40,000; Harbour Watch 16,000 and 19,000.",
        {"35,000": "the union", "16,000": "Harbour Watch", "19,000": "Harbour Watch"},
        id="gapped-rival-pair-after-a-semicolon",
    ),
    pytest.param(
        "The district hospital admitted 52 burns patients and the Saint Luke Mission Hospital 19.",
        {"19": None},
        id="a-gapped-act-names-no-speaker",
    ),
    pytest.param(
        "Records seen by the Nation show that the district hospital treated 23 injured people and Saint Luke "
        "Mission Hospital another 11, most of them for burns.",
        {"11": "Records seen by the Nation"},
        id="a-gapped-act-under-a-speech-verb-is-the-outer-speakers",
    ),
    pytest.param(
        "Kessa district now counts 31 dead and Orvo 24, the ministry said.",
        {"31": "the ministry", "24": "the ministry"},
        id="a-place-that-counts-is-no-speaker-the-closing-one-is",
    ),
    pytest.param(
        "Rain fell for a third day in Tamba. Tamba now counts 15 dead.",
        {"15": None},
        id="a-place-the-report-names-counts-for-nobody",
    ),
    pytest.param(
        "Rain fell for a third day in Tamba. Tamba's governor said 15 had died.",
        {"15": "Tamba's governor"},
        id="a-places-official-still-speaks",
    ),
    pytest.param(
        "The college put the toll at four, between that of the police, who acknowledge two deaths, and that of "
        "the students' union, which says six people died.",
        {"two": "the police", "six": "the students' union"},
        id="that-of-a-body-which-says",
    ),
    pytest.param(
        "The figure fell between that of the army, which says 12 soldiers died, and that of the rebels, which claim 40.",
        {"12": "the army", "40": "the rebels"},
        id="that-of-a-body-which-claims",
    ),
    pytest.param(
        "At the district hospital, a doctor who asked not to be named said 23 people had been brought in with "
        "injuries, nine of them with gunshot wounds.",
        {"23": "a doctor", "nine": "a doctor"},
        id="an-anonymous-speaker-and-the-part-after",
    ),
    pytest.param(
        "A senior nurse who declined to be identified said 21 patients were still admitted on Friday, three of "
        "them in a critical condition.",
        {"21": "A senior nurse", "three": "A senior nurse"},
        id="a-speakers-relative-clause-before-the-verb",
    ),
    pytest.param(
        "How many marched?\n\nThe interior ministry again gave figures that nobody in the street can believe: "
        "45,000 in Lisbon, 12,000 in Porto and 4,500 in Braga.",
        {"45,000": "The interior ministry", "12,000": "The interior ministry", "4,500": "The interior ministry"},
        id="a-bodys-figures-after-a-colon",
    ),
    pytest.param(
        "Crowd estimates:\n- City police: about 2,800, counted by officers on two bridges\n- The dockers' union: 9,000",
        {"about 2,800": "City police", "9,000": "The dockers' union"},
        id="a-list-label-over-an-agent-that-is-no-speaker",
    ),
    pytest.param(
        'The clinic counted "about 60" people hurt, most of whom, it said, went home the same night.',
        {"about 60": "The clinic"},
        id="a-pronoun-speaker-inside-a-relative-after-quoted-words",
    ),
    pytest.param(
        'Rescuers found "at least 30" bodies, some of which, the coroner said, could not be named.',
        {"at least 30": "the coroner"},
        id="a-speaker-inside-a-relative-after-quoted-words",
    ),
    pytest.param(
        "The ministry's report also points out that 212 people were detained in the first week.",
        {"212": "The ministry"},
        id="points-out-is-a-speech-verb",
    ),
    pytest.param(
        "On casualties, the coast guard's tally still stands: 11 people taken to hospital.",
        {"11": "the coast guard"},
        id="a-possessive-count-before-a-colon-on-a-line-of-its-own",
    ),
    pytest.param(
        "Farmers' federation statement this morning: 31 members detained, 12 injured.",
        {"31": "Farmers' federation", "12": "Farmers' federation"},
        id="a-bodys-statement-with-its-time-before-a-colon",
    ),
    pytest.param(
        'Asked about the wounded, Chief Inspector Tom Reyes answered: "Six of my officers were hurt, none badly."',
        {"Six": "Chief Inspector Tom Reyes"},
        id="answered-before-a-colon-and-quotation",
    ),
    pytest.param(
        "KISUMU, May 3 (EAW) - A packed bus left the road near Kisumu on Sunday, killing six passengers and "
        "putting 19 in hospital, five of them in a critical condition, the county health office said.",
        {"19": "the county health office", "five": "the county health office"},
        id="putting-people-in-hospital-is-harm-not-an-estimate",
    ),
    pytest.param(
        "Working from drone pictures taken at noon, our data desk counted about 2,000 people in the square.",
        {"about 2,000": None},
        id="the-outlets-own-data-desk-is-its-own-voice",
    ),
    pytest.param(
        "Key points\n• Deaths: 12 (Ministry of Health, Friday)\n• Arrested: 22 (Interior Ministry)\n"
        "• Riot police guarding the port: about 300",
        {"12": "Ministry of Health", "about 300": None},
        id="a-list-lines-label-of-the-people-counted-stays-no-speaker",
    ),
    pytest.param(
        'At the briefing the prosecutor answers a question on the wounded: "Three of our officers were hurt, '
        'none of them seriously."',
        {"Three": "the prosecutor"},
        id="answers-a-question-before-a-colon-and-quotation",
    ),
    pytest.param(
        "Valley floods: nine villagers dead, and the survivors are still waiting for answers",
        {"nine": None},
        id="answers-as-a-noun-is-no-speech-verb",
    ),
]


# A part of a figure told in the sentence before, in a sentence that names no speaker of its
# own, is told by that figure's speaker: opened by the part ('Six of the dead'), by the whole
# ('Of these, …', 'Among the injured, …'), or a part of the dead, hurt or held that figure counts.
PART_OF_BEFORE = [
    pytest.param(
        "The death toll rose to seven, according to the regional health bulletin. Of these, four died "
        "at the scene and three after being taken to hospital.",
        {"four": "the regional health bulletin", "three": "the regional health bulletin"},
        id="of-these-opens-and-its-later-figure-follows",
    ),
    pytest.param(
        "No less than 102 people were hurt, said the ministry. Of them, 38 were treated on the spot, "
        "while 64 were taken to three hospitals.",
        {"38": "the ministry", "64": "the ministry"},
        id="of-them-comma-translation-register",
    ),
    pytest.param(
        "The disaster office says the national toll is now 23. The coast accounts for 11 of the dead.",
        {"11": "The disaster office"},
        id="a-part-of-the-dead-mid-sentence",
    ),
    pytest.param(
        "Police said 140 people were detained overnight. Among the detained, 12 are minors.",
        {"12": "Police"},
        id="among-the-whole-opens",
    ),
    pytest.param(
        "The union says 40 workers were injured in the blast. Nine of the injured are in intensive care.",
        {"Nine": "The union"},
        id="a-part-of-the-injured-opens",
    ),
    pytest.param(
        "The Carabinieri said 137 people were arrested in the raids. Three of the arrests were made "
        "abroad, in Germany and Spain.",
        {"Three": "The Carabinieri"},
        id="a-part-of-the-arrests-opens",
    ),
    pytest.param(
        "31 arrested so far, says the prosecutor's office. Of those, 16 remain in police custody "
        "and 15 were detained in raids overnight.",
        {"16": "the prosecutor's office", "15": "the prosecutor's office"},
        id="of-those-forum-register",
    ),
    pytest.param(
        "The city hall said more than 200 volunteers gave blood. The wake of four of the victims will be "
        "held tonight.",
        {"four": None},
        id="not-a-part-of-another-kind-of-whole",
    ),
    pytest.param(
        "The Red Cross said 40 people were injured.\n\nOf these, 12 were hurt by rubber bullets.",
        {"12": None},
        id="not-across-a-paragraph",
    ),
    pytest.param(
        "The final toll, announced by the disaster agency, was 54 dead.[2] Of the dead, 23 were killed "
        "in one village.[7]",
        {"23": None},
        id="not-a-part-another-work-is-cited-for",
    ),
    pytest.param(
        "The final toll, announced by the disaster agency, was 54 dead.[2] Of the dead, 23 were killed "
        "in one village.[2]",
        {"23": "the disaster agency"},
        id="a-part-cited-to-the-same-work",
    ),
]


@pytest.mark.parametrize(("text", "want"), MORE_EXAMPLES + PART_OF_BEFORE)
def test_more_examples(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_the_voice_ends_where_readers_comments_start():
    text = (
        "author: Comptage Citoyen\n\nWe counted the march, and our figure is about 33,000 "
        "marchers.\n\n3 comments\n\nAnouk: I heard more than 150 people were arrested there."
    )
    got = claimants(text)
    assert got["about 33,000"] == "Comptage Citoyen"
    assert got["more than 150"] != "Comptage Citoyen"


ISSUE_RECALL = [
    pytest.param(
        "Estimates ranged between 40,000 (a police estimate) and 160,000 (the organisers).",
        {"40,000": "police", "160,000": "the organisers"},
        id="5-bracketed-claimants",
    ),
    pytest.param("The union's estimate: 3,500 workers.", {"3,500": "The union"}, id="5-estimate"),
]


def test_list_labels_are_the_claimants():
    # issue 11, kind 6: the label before the colon is the claimant (the figures are read by
    # the layout pre-pass of issue 12)
    got = claimants("Crowd estimates:\n• Police: 45,000\n• Organisers: 120,000")
    assert {k: got.get(k, "(no claim)") for k in ("45,000", "120,000")} == {
        "45,000": "Police", "120,000": "Organisers"}  # fmt: skip


@pytest.mark.xfail(strict=True, reason="the figures are not extracted yet (recall, issue 12)")
@pytest.mark.parametrize(("text", "want"), ISSUE_RECALL)
def test_issue_examples_waiting_for_recall(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


# --- the document's voice ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "author: Ubuntu Rights Observatory\noutlet: Ubuntu Rights Observatory — Press "
            "releases\n\nOur monitors recorded 71 arrests.",
            "Ubuntu Rights Observatory",
            id="author-header",
        ),
        pytest.param(
            "Press statement: Release the students\n\nNagorik Legal Aid Forum (NLAF)\nDhaka, 12 "
            "September 2026\n\nThree students have died.",
            "Nagorik Legal Aid Forum (NLAF)",
            id="statement-with-acronym",
        ),
        pytest.param(
            "Nairobi, 2 July 2024\nWe, the Law Society of Kenya, condemn the killing of protesters. "
            "Our monitors recorded 17 deaths.\nSigned,\nFaith Odhiambo, President",
            "Law Society of Kenya",
            id="we-the-organisation-opens-the-text",
        ),
        pytest.param(
            "SITUATION REPORT No. 3\nCold wave | 14 January 2026\nKEY FIGURES\n112 deaths\n"
            "HIGHLIGHTS\n- The death toll has risen to 112.",
            None,
            id="headings-in-capitals-are-no-organisation",
        ),
        pytest.param(
            "Médecins Sans Frontières\nPress release – 4 March 2026\nOur teams have treated 142 "
            "wounded people since Friday.",
            "Médecins Sans Frontières",
            id="a-letterhead-name-without-an-organisation-word",
        ),
        pytest.param(
            "PRESS RELEASE\nAmnesty International\nFor immediate release\n\nAmnesty has "
            "documented 23 killings. Our researchers also verified 311 arrests.\n\nThe Kenya "
            "National Commission on Human Rights (KNCHR) reported that 361 people were injured.",
            "Amnesty International",
            id="the-letterhead-under-press-release-over-an-acronym-defined-later",
        ),
        pytest.param(
            "STATEMENT\n\nWe condemn the dispersal of the march. Our legal team represented 87 "
            "detained protesters." + "\n\nWe stand with them." * 8 + "\n\nSigned:\nNational Union of Teachers\n"
            "Coalition for Democratic Rights\n",
            "National Union of Teachers and Coalition for Democratic Rights",
            id="a-joint-statement-signed-by-two-organisations",
        ),
        pytest.param(
            "Red Solidaria del Pacífico — Pacific Solidarity Network\n\nPRESS RELEASE | Quito | 18 November 2026\n\n"
            "Our teams have confirmed the deaths of at least 35 people.",
            "Pacific Solidarity Network",
            id="a-letterhead-in-two-languages-the-one-that-reads-as-a-name",
        ),
        pytest.param(
            "PREFECTURE OF ESMERALDAS\n\nSTATEMENT FROM THE PREFECT TO THE PEOPLE OF ESMERALDAS\n\n"
            "Issued by the Prefecture of Esmeraldas, 17 November 2026\n\nDear neighbours,\n\n14 people have died.",
            "Prefecture of Esmeraldas",
            id="issued-by-over-a-title-statement-from",
        ),
        pytest.param(
            "From: press@redcross.example.org\nSubject: Update on flood response\n\nDear colleagues,\n\n"
            "Our volunteers have evacuated 2,300 families, and we can confirm that 11 people have died."
            "\n\nBest regards,\nAmina Yusuf\nCommunications Officer, Nigerian Red Cross Society\n",
            "Nigerian Red Cross Society",
            id="an-e-mail-that-speaks-as-we-signed-by-an-organisation",
        ),
        pytest.param(
            "Flooding update\n\nThe river rose overnight. Residents said 11 people had died.\n\n"
            "Best regards,\nAmina Yusuf\nCommunications Officer, Nigerian Red Cross Society\n",
            None,
            id="a-signed-e-mail-that-does-not-speak-as-we-is-no-statement",
        ),
        pytest.param(
            "Statement from the Bar Council\nWe have documented 312 arrests in the past week.",
            "Bar Council",
            id="statement-from-an-organisation",
        ),
        pytest.param(
            "REPUBLIC OF ARCADIA\nMINISTRY OF INTERNAL AFFAIRS\nBelgrade, 20 September 2026\n\nPRESS "
            "RELEASE\n\nSix police officers were injured.",
            "MINISTRY OF INTERNAL AFFAIRS",
            id="a-states-letterhead-over-the-ministry-that-issues",
        ),
        pytest.param(
            "Joint statement\nWe, the undersigned organisations, are alarmed. At least 40 people "
            "have been killed.\nAmnesty International\nHuman Rights Watch",
            "Amnesty International",
            id="we-the-undersigned-names-no-one-the-sign-off-does",
        ),
        pytest.param(
            "Police fire on marchers\n\nDHAKA (Reuters) - Police said 12 people were killed, "
            "the party said in a statement on Sunday.",
            None,
            id="news-report-mentioning-a-statement",
        ),
        pytest.param(
            "Government issues statement on protest deaths\n\nThe Ministry of Interior (MoI) "
            "said 12 people died. 300 were arrested.",
            None,
            id="news-of-a-statement-is-no-statement",
        ),
        pytest.param(
            "Joint statement on the shipwreck\n\nGENEVA (AFP) - The International Organization "
            "for Migration (IOM) said 31 people died.",
            None,
            id="a-wire-dateline-is-a-journalists-report",
        ),
        pytest.param(
            "UNHCR alarmed by deadly clashes in southern Chad\n\nPress release | Geneva, 4 August "
            "2026\n\nUNHCR, the UN Refugee Agency, is deeply alarmed by the violence between "
            "herding and farming communities south of Gore.\n\nOur medical partners have treated "
            "212 people.",
            "UNHCR",
            id="a-release-whose-first-sentence-opens-with-its-issuer",
        ),
        pytest.param(
            "Press release | Geneva\n\nThe minister is deeply alarmed by the violence, a "
            "spokesman told the agency on Tuesday in a long call.",
            None,
            id="a-first-sentence-opening-with-a-person-names-no-issuer",
        ),
        pytest.param(
            "outlet: Daily Tribune\n\nOur correspondent counted 300 marchers.",
            None,
            id="news-outlet-is-no-issuer",
        ),
        pytest.param(
            "author: Jane Smith\ndate: 2026-10-13\n\nPolice said 12 people died. Our reporter "
            "saw the bodies.",
            None,
            id="a-byline-is-no-issuer",
        ),
        pytest.param(
            "outlet: Comptage Citoyen — blog\nauthor: Comptage Citoyen\n\nWe counted 33,400 "
            "people, so we give one figure: about 33,000 marchers.",
            "Comptage Citoyen",
            id="an-author-that-speaks-as-we",
        ),
        pytest.param(
            "outlet: Barwaaqo Relief Foundation — News & Statements\nauthor: Communications team"
            "\n\nWe are heartbroken. Our teams recorded 21 deaths.",
            "Barwaaqo Relief Foundation",
            id="an-organisations-outlet-over-its-team-as-author",
        ),
        pytest.param(
            "COMMUNIQUÉ No. 31\n\n1. Seventeen people have died.\n\nQuito, 13 March 2026\n"
            "Dirección de Comunicación Social – SNGR\n",
            "SNGR",
            id="a-sign-off-naming-its-issuer-after-a-dash",
        ),
        pytest.param(
            "Press release\n\nSeventeen people have died.\n\nOn the scene – a reporter's note\n",
            None,
            id="a-lower-case-line-after-a-dash-is-no-sign-off",
        ),
        pytest.param(
            "Protest in the capital\n\nThe march was large.\nSource: Ministry of Health\n",
            None,
            id="a-source-line-in-the-body-is-no-header",
        ),
        pytest.param(
            "Observatorio de Derechos Humanos del Sur (ODHS)\n\nREPORT: The repression of the March "
            "protests\n\nExecutive summary\nODHS documented 23 deaths. The Attorney General's Office has opened "
            "investigations into 11 of the deaths and many more.\n",
            "Observatorio de Derechos Humanos del Sur (ODHS)",
            id="a-name-in-spanish-with-its-acronym",
        ),
        pytest.param(
            "From: Media Office <media@example.org>\nSubject: Fwd: PRESS RELEASE - Flooding in "
            "Valdora: Red Cross response\n\n> PRESS RELEASE\n> Valdora Red Cross Society\n>\n> We "
            "have treated 146 people.\n",
            "Valdora Red Cross Society",
            id="a-forwarded-release-not-its-subjects-headline",
        ),
        pytest.param(
            "From: Maria Lopez <ml@rights.example>\nSubject: RE: figures\n\nHi Tom,\n\nOur latest "
            "figures: we have documented 214 arrests, and 37 people remain in detention.\n\nBest,\n"
            "Maria Lopez\nHead of Communications\nRights Watch Caledonia\n",
            "Rights Watch Caledonia",
            id="an-e-mail-that-speaks-as-we-signed-for-an-organisation",
        ),
        pytest.param(
            "From: Tom Ward <tw@paper.example>\nSubject: story\n\nHi,\n\nThe ministry says 90 arrests. "
            "Can you confirm?\n\nBest,\nTom Ward\n",
            None,
            id="an-e-mail-that-does-not-speak-as-we-has-no-issuer",
        ),
        pytest.param(
            "From: Jo Reporter <jo@paper.example>\nSubject: Fwd: PRESS RELEASE - Market raid\n\nFYI, their"
            " toll is higher than the governor's.\n\nBegin forwarded message:\n\n> From: Secretariat "
            "<sec@union.example>\n> Subject: PRESS RELEASE\n>\n> PRESS RELEASE No. 14\n>\n> Five traders "
            "lost their lives. We have the names and our members saw it.\n>\n> The Secretary-General\n"
            "> Union of Market Traders of Lagos (UMTL)\n> P.O. Box 4417 Lagos\n",
            "Union of Market Traders of Lagos (UMTL)",
            id="a-forwarded-release-signed-by-a-name-with-its-acronym-over-an-address",
        ),
        pytest.param(
            "Centre for Mining Justice            CMJ Report 02/2026\n\n   DROWNED FOR GOLD\n\n   "
            "Harare, April 2026\n\n1. Summary\n\nAt least 24 bodies were recovered. Our researchers "
            "counted 300 marchers, and we confirmed 33 deaths.\n",
            "Centre for Mining Justice",
            id="a-report-under-its-letterhead-that-speaks-as-we",
        ),
        pytest.param(
            "Centre for Mining Justice            CMJ Report 02/2026\n\nAt least 24 bodies were recovered.\n",
            None,
            id="a-letterhead-over-a-text-that-never-speaks-as-we",
        ),
        pytest.param(
            "From: Ligue des droits humains <info@ldh.example>\nSubject: Weekly bulletin\n\nDear supporters,\nThis "
            "week our field staff confirmed 23 more killings, bringing the total we have recorded to 412.\nThe LDH team\n",
            "Ligue des droits humains",
            id="an-e-mail-that-speaks-as-we-sent-by-an-organisation",
        ),
        pytest.param(
            "From: Jane Doe <jane@example.com>\nSubject: news\n\nWe heard our neighbours say 12 died. We are scared.\n",
            None,
            id="an-e-mail-from-a-person-is-no-organisations-voice",
        ),
        pytest.param(
            "Harbour Police Service | Service de police du port\nHome > Ontario > East District > News releases\n\n"
            "Update on the enforcement\n\nOur officers have arrested 35 people this week.\n",
            "Harbour Police Service",
            id="a-page-under-news-releases-is-its-issuers-voice",
        ),
        pytest.param(
            "Harbour News | Home > Ontario > East District > News\n\nUpdate on the enforcement\n\nOfficers have "
            "arrested 35 people this week, we are told.\n",
            None,
            id="a-news-sections-page-is-no-release",
        ),
        pytest.param(
            "HARBOUR WORKERS' FEDERATION (HWF)\n\nPRESS STATEMENT — FOR IMMEDIATE RELEASE\n\n"
            "We were 40,000 on the quays today. Our stewards counted every gate.\n",
            "HARBOUR WORKERS' FEDERATION (HWF)",
            id="what-a-release-is-after-a-dash-names-no-issuer",
        ),
        pytest.param(
            "KINGDOM OF ESWATINI\nMINISTRY OF HOME AFFAIRS\nDISASTER DESK\nDepartment of Relief\n"
            "Relief Road 4, Mbabane\nTel: 2404 0000\nRef: MHA/12/2026\n\nCOMMUNIQUE\n\n"
            "The ministry informs the public that 12 people died in the floods.\n",
            "MINISTRY OF HOME AFFAIRS",
            id="a-communique-named-under-a-long-letterhead-block",
        ),
        pytest.param(
            "GAMBIA\nProgress – Peace – Prosperity\nNATIONAL DISASTER OFFICE\n\nPRESS RELEASE No. 4\n\n"
            "Eleven people died in the storm, the office confirms.\n",
            "NATIONAL DISASTER OFFICE",
            id="a-country-and-its-motto-above-the-body-that-issues",
        ),
        pytest.param(
            "TOGO\nStorm in the north\nFlash Update No. 2\n3 May 2026\n\n"
            "Regional Relief Coordination Office (RRCO)\nThis update is produced with partners.\n",
            "Regional Relief Coordination Office (RRCO)",
            id="a-country-over-a-flash-update-is-no-issuer",
        ),
        pytest.param(
            "FNT - Federación Nacional de Transportistas / National Truckers' Federation\n"
            "Home | About | Members | Press | Contact\n\nPRESS  >  Statements\n\n"
            "STATEMENT OF THE EXECUTIVE AFTER THE BLOCKADE\n\nWe were 9,000 on the ring road today. "
            "Our marshals counted every lorry.\n",
            "FNT",
            id="a-page-under-a-sites-statements-section",
        ),
        pytest.param(
            "English | Français\n\nMINISTRY OF PUBLIC SECURITY OF ARLAND\n\nHome > News > Official information\n\n"
            "INFORMATION OF THE MINISTRY ON PUBLIC ORDER DURING THE MARCH\n\nPolice detained 48 persons.\n",
            "MINISTRY OF PUBLIC SECURITY OF ARLAND",
            id="a-ministrys-official-information-page",
        ),
        pytest.param(
            "Post\n\nHarbour City Police  @HCPolice\nOfficial account of Harbour City Police.\n\n"
            "Thread: march day. 1/5\n09:10 · 2 May 2026\n\nAbout 3,000 people are at the square now. 2/5\n",
            "Harbour City Police",
            id="an-organisations-own-thread-under-its-handle",
        ),
        pytest.param(
            "ARLAND PEOPLE'S DEMOCRATIC REPUBLIC\nPeace Unity Labour Progress\n\nNATIONAL FLOOD INQUIRY BOARD\n\n"
            "SUMMARY REPORT\n\n1. The Board counted 41 deaths in the valley.\n",
            "NATIONAL FLOOD INQUIRY BOARD",
            id="a-republic-and-its-motto-without-dashes-over-a-summary-report",
        ),
        pytest.param(
            "WOLNA KATEDRA  /  FREE LECTERN UNION\nHome | News | Join\n\nNews > Statements\n\n"
            "Statement of the Free Lectern Union on the day of protest\n\nWe were 90,000 in the streets. Our stewards counted.\n",
            "WOLNA KATEDRA",
            id="a-name-in-two-languages-set-apart-by-a-slash",
        ),
        pytest.param(
            "AMECAR — Asociación de Médicos\nInicio · Comunicados · English\n\nPRESS RELEASE / COMUNICADO DE PRENSA\n\n"
            "Our doctors treated 86 people. We counted 11 dead.\n",
            "AMECAR",
            id="what-a-release-is-in-two-languages-names-no-issuer",
        ),
    ],
)
def test_issuer(text, want):
    assert issuer(Source("x", text), LEX) == want


# --- entities and identities ---------------------------------------------------------------


def test_acronym_honorific_and_description_share_one_identity():
    text = (
        "The Independent Monitoring Group (IMG) met. Salman Akram Raja, the party's secretary "
        "general, spoke."
    )
    index = Entities(text, 0, len(text), LEX, [])
    assert index.canonical("IMG") == "Independent Monitoring Group (IMG)"
    assert index.canonical("the Independent Monitoring Group") == (
        "Independent Monitoring Group (IMG)"
    )
    assert index.canonical("Mr. Raja") == "Salman Akram Raja"
    assert claimant_id(index.canonical("IMG")) == "independent-monitoring-group"


# one body under its acronym and its name across reports (issue 11 item 9): the names the
# claimants carry, the reports' texts, and the names that must end as one display name
ACRONYM_CASES = {
    "text-spells-it-in-translation": (
        ["PNC", "POLICÍA NACIONAL CIVIL DE GUATEMALA", "National Civil Police"],
        ["Agents of the National Civil Police (PNC) detained eight people at the gate."],
        [["PNC", "POLICÍA NACIONAL CIVIL DE GUATEMALA", "National Civil Police"]],
    ),
    "initials-without-country": (
        ["MIA", "MINISTRY OF INTERNAL AFFAIRS OF GEORGIA"],
        [],
        [["MIA", "MINISTRY OF INTERNAL AFFAIRS OF GEORGIA"]],
    ),
    "mixed-case-forum-acronym": (["MoH", "Ministry of Health", "Amnesty International"], [], [["MoH", "Ministry of Health"]]),
    "spanish-prosecutor": (
        ["FGE", "the prosecutor"],
        ["La Fiscalía General del Estado (FGE) informó que 14 personas fueron detenidas."],
        [["FGE"]],
    ),
    "table-source-line": (
        ["KNBS", "Kenya National Bureau of Statistics"],
        ["Source: Kenya National Bureau of Statistics (KNBS), 2026 census tables"],
        [["KNBS", "Kenya National Bureau of Statistics"]],
    ),
    "wire-authority": (["the NDMA", "NDMA", "National Disaster Management Authority"], [], [["NDMA", "National Disaster Management Authority"]]),
}
ACRONYM_APART = {
    "two-ministries-fit": (["MoH", "Ministry of Health", "Ministry of Housing"], [], ["MoH"]),
    "other-initials": (["ICRC", "Ministry of Health"], ["the International Red Cross said"], ["ICRC", "Ministry of Health"]),
    "text-acronym-of-another-name": (["PN", "police"], ["the Partido Nacionalista (PN) said"], ["police"]),
    "rights-group-beside-ministry": (["HRW", "Ministry of Interior"], [], ["HRW", "Ministry of Interior"]),
}


@pytest.mark.parametrize("case", list(ACRONYM_CASES), ids=list(ACRONYM_CASES))
def test_one_body_under_its_acronym_and_its_name(case: str) -> None:
    names, texts, together = ACRONYM_CASES[case]
    joined = unify(names, texts)
    for same in together:
        shown = {joined.get(n, n) for n in same}
        assert len(shown) == 1 and "(" in shown.pop(), (case, joined)


@pytest.mark.parametrize("case", list(ACRONYM_APART), ids=list(ACRONYM_APART))
def test_an_acronym_joins_no_body_whose_name_it_does_not_spell(case: str) -> None:
    names, texts, alone = ACRONYM_APART[case]
    joined = unify(names, texts)
    assert not set(alone) & set(joined), (case, joined)


def test_claims_carry_claimant_name_and_id():
    text = (
        "The Independent Monitoring Group (IMG) said 40 people were killed. IMG said 12 were "
        "arrested. The group added that 300 were injured."
    )
    claims = extract_claims(Source("x", text), LEX)
    assert {c.claimant_name for c in claims} == {"Independent Monitoring Group (IMG)"}
    assert {c.claimant_id for c in claims} == {"independent-monitoring-group"}
    assert {"claimant_name", "claimant_id"} <= set(claims[0].to_dict())


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Guinea's government on Thursday", "Guinea's government"),
        ("The Hellenic Coast Guard on Wednesday", "The Hellenic Coast Guard"),
        ("Amnesty International also received credible", "Amnesty International"),
        ("Local residents and the", "Local residents"),
        ("the fire brigade", "the fire brigade"),
        ("al-Jubouri", "al-Jubouri"),
        ("Report of the", None),
        ("2004 inquiry", "2004 inquiry"),
        ("2004", None),
        ("The Government Delegation, in its Monday statement", "The Government Delegation"),
        ("its chief doctor, Yerlan Abenov", "Yerlan Abenov"),
        ("The Association of Victims of 14 November", "The Association of Victims of 14 November"),
        ("He", None),
        ("The two", None),
        ("Election-related violence", None),
        ("said none of the party's members had been involved in any attack", None),
        ("Higher", None),
        ("the Kachin State government four days after the slide", "the Kachin State government"),
        ("A day later it", None),
        ("Preliminary information", None),
        ("Initial reports", None),
        ("Police figures", "Police figures"),
        ("Chinese officials eventually", "Chinese officials"),
        ("In the capital the Hospital Escuela", "the Hospital Escuela"),
        ("Sunday morning the spokeswoman of the hospital", "the spokeswoman of the hospital"),
        ("contrary to posts on social media", "posts on social media"),
        ("social networks they", "social networks"),
        ("CONRED's first bulletin", "CONRED"),
        ("Last year's count", "Last year's count"),
        ("Updated data", None),
        ("contemporary estimates", "contemporary estimates"),
        # where it was said is no part of who said it (lexicon speakers.channels) …
        ("Police on TV", "Police"),
        ("the army on its Telegram channel", "the army"),
        ("The fire brigade's Twitter account", "The fire brigade"),
        ("Opposition MP Jane Otieno responded on X", "Opposition MP Jane Otieno"),
        ("From a nurse at Kenyatta National", "a nurse at Kenyatta National"),
        ("So the council", "the council"),  # a spoken turn's discourse word
        ("And the police", "the police"),
        ("Hospital staff I know", "Hospital staff"),  # who the writer knows is no part of the name
        ("A nurse I know at KNH", "A nurse at KNH"),
        ("Witnesses we interviewed", "Witnesses"),
        ("Doctors I", "Doctors"),  # ('Doctors I spoke to say …': cut before 'spoke')
        # … but a broadcaster speaks for itself, and what ran on a channel is what was said
        ("Iran's state TV", "Iran's state TV"),
        ("posts on social media", "posts on social media"),
    ],
)
def test_tidy(name, want):
    assert tidy(name, LEX) == want


# --- every claimant of every test set is a plausible speaker -------------------------------

SETS = sorted(p.name for p in (ROOT / "tests" / "data").glob("other-events*")) + ["bundled"]


@pytest.mark.parametrize("folder", SETS)
def test_every_claimant_is_a_plausible_speaker(folder):
    where = ROOT / "sources" if folder == "bundled" else ROOT / "tests" / "data" / folder / "sources"
    sources, _ = load_sources([str(where)])
    bad = [
        (s.id[:3], c.claimant, c.sentence[:80])
        for s in sources
        for c in extract_claims(s, LEX)
        if c.claimant is not None and not plausible(c.claimant, LEX)
    ]
    assert bad == []


@pytest.mark.parametrize(
    "name",
    ["The two", "its", "the clashes", "Report of the", "We have the", "the union's", "A reverse image search",
     "In Mendoza", "On that basis", "With that figure",  # (a phrase of place or grounds; 'In Kabul police' is one)
     # what a figure counts: a place or state with no article, an event a body holds, a figure with no owner
     "In hospital", "In custody", "At home", "the opposition march", "the government rally", "Police operation",
     "the union strike", "the figure", "a number", "The latest toll", "the provincial toll", "These figures",
     # a participle's clause that opened the sentence, a document cut before its participle's phrase (attr25)
     "Asked about", "Going door to door", "Pressed on whether", "Questioned over the toll", "Speaking after the",
     "A statement read", "The communique posted", "a report published", "A post shared",
     # read on real pages in session 33: a distributive left after places, a question's clause
     "Mombasa each", "Nakuru and Kajiado both", "The union questioned whether the figures",
     "The deadly stampede happened"],
)
def test_the_speaker_check_fails_on_fragments(name):
    assert not plausible(name, LEX)


@pytest.mark.parametrize(
    "name",
    [
        "Wed", "Thurs", "CORRECTION", "FACT-CHECK", "Fact check", "Recap", "Reply", "WHAT WE", "Published",
        "Forty-two", "Six wounded", "Twenty-one patients", "Three people",
        "them Daniel", "twice the police", "three fewer than the ministry", "quoting a local rights group",
    ],
)
def test_the_speaker_check_fails_on_what_a_reader_sees_is_no_one(name):
    """A weekday's short form from a table, a page's or a thread's label, a count, or the tail
    of a clause ('… told them Daniel', 'twice the police (figure)') is no speaker."""
    assert not plausible(name, LEX)


@pytest.mark.parametrize(
    "name",
    ["At the hospital", "In Kabul police", "the march organisers", "the strike committee", "Police figures", "official figures",
     "the army's toll", "the official count", "Police estimates", "The organisers of that sit-in",
     "The student collective behind the sit-in"],
)
def test_the_speaker_check_keeps_owners_of_figures_and_events(name):
    """A figure's owner ('Police figures', "the army's toll") and an event's organisers speak."""
    assert plausible(name, LEX)


@pytest.mark.parametrize("name", ["One nurse", "Nine Network", "the three unions", "the striking dockers", "Section 9", "two hospitals", "three witnesses"])
def test_the_speaker_check_keeps_speakers_that_open_with_a_count(name):
    assert plausible(name, LEX)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Harbour Gate. The dockers' union", "The dockers' union"),
        ("ZNU. The student assembly", "The student assembly"),
        ("the shelter network counts", "the shelter network"),
        ("The residents' forum marched past the hospital", "The residents' forum"),
        ("Our Lady Parish stands", "Our Lady Parish"),
        ("Gen. Odhiambo", "Gen. Odhiambo"),
        ("Col. Adoma", "Col. Adoma"),
        ("us Efua Mensah", "Efua Mensah"),
        ("twice the organisers", "the organisers"),
        ("US embassy cable", "US embassy cable"),
    ],
)
def test_a_claimant_run_on_over_a_sentence_or_a_verb_is_cut_to_the_speaker(name, want):
    """A claimant that runs over a sentence's end keeps the second sentence's subject; one
    that runs on into its own verb keeps the name (not a title's abbreviation: 'Gen.')."""
    assert tidy(name, LEX) == want


@pytest.mark.parametrize(
    ("text", "acronym", "want"),
    [
        ("Marchers left at noon. The Coalition for Clean Water (CCW) said 400 joined.", "CCW", "Coalition for Clean Water"),
        ("In May the Stockholm-based Nordic Press Watch (NPW) counted nine arrests.", "NPW", "Nordic Press Watch"),
        ("Vote 2026 - The Comité citoyen de Kara (CCK) counted 31 dead.", "CCK", "Comité citoyen de Kara"),
        ("It quoted Rosa Lind of the Harbour Workers Federation (HWF), who said 60 were held.", "HWF",
         "Harbour Workers Federation"),
        ("Fighters Kerevia and the Kerevia Democratic Front (KDF) clashed.", "KDF", "Kerevia Democratic Front"),
        ("The UN Mission for Road Safety (MRS) counted 12 crashes.", "MRS", "UN Mission for Road Safety"),
    ],
)
def test_an_acronyms_name_starts_where_its_letters_do(text, acronym, want):
    """The name an acronym in brackets stands for starts after a sentence's end, a dash or a
    date before it, and without a person, a label or a month the acronym has no letter for."""
    index = Entities(text, 0, len(text), LEX, [])
    assert index.acronyms[acronym] == want
    assert index.canonical(acronym) == f"{want} ({acronym})"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("No. Rumours spread fast. No. Rumours said 300 had died.", "Rumours"),
        ("Town Hall. Medics at the scene counted nine. Medics said so.", "Medics"),
        ("SOUTH AMERICA Bolivia\n\nBolivia said 12 died.", "Bolivia"),
        ("In Mopti the toll rose. Mopti said 26.", "Mopti"),
        ("In October Grandview Hospital said 40 were treated.", "Grandview Hospital"),
    ],
)
def test_a_one_word_name_takes_no_label_or_sentence_end_for_a_first_name(text, name):
    """A one-word claimant is looked up as a person's last name; the words before its first
    mention are no first name when they end a sentence ('No.'), are shouted, a month or 'In'."""
    index = Entities(text, 0, len(text), LEX, [])
    assert index.canonical(name) == name


def test_claimant_types_fit_disputes():
    from claimcheck.parse.attribution import claimant_type

    assert [
        claimant_type(n, LEX)
        for n in ["Reuters", "Al Jazeera", "the attorney general", "organisers", "the union",
                  "UNHCR", "party officials"]
    ] == ["media", "media", "government", "organisers", "union", "international", "party"]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("a police major in Goma", "police"),
        ("the police general", "police"),
        ("the medical superintendent at Bo Government Hospital", "hospital"),
        ("a nurse in the emergency department", "hospital"),
        ("the head of the provincial hospital", "hospital"),
        ("A congressional commission", "government"),
        ("the 2009 commission of enquiry", "government"),
        ("the Kanto Regional Police Agency", "police"),
        ("the dockers' union president, Ama Osei", "union"),
        ("the union's secretary general", "union"),
        ("the Independent Human Rights Commission", "rights_group"),
    ],
)
def test_a_speakers_type_is_its_bodys(name, want):
    """A rank or an office held in a body takes the body's type: a police colonel is police,
    a union's president the union's, a hospital's department no government's; a parliament's
    commission is the state's, a human rights commission a rights group."""
    from claimcheck.parse.attribution import claimant_type

    assert claimant_type(name, LEX) == want


def test_json_output_has_claimant_id(tmp_path):
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "a.txt").write_text(
        "The Independent Monitoring Group (IMG) said 40 people were killed.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("IMG said 45 people were killed.", encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(tmp_path), "-f", "json"])
    data = json.loads(result.stdout)
    claims = [c for g in data["groups"] for c in g["claims"]]
    assert len(claims) == 2
    assert {c["claimant_id"] for c in claims} == {"independent-monitoring-group"}
    assert {c["claimant_name"] for c in claims} == {"Independent Monitoring Group (IMG)"}


def test_a_body_told_several_ways_has_one_claimant_id_in_json_and_csv(tmp_path):
    # 'The Ministry of Transport' and 'ministry spokesman Omar Haddad' of another report are one
    # speaker: one claimant_id, its body's; each claim keeps the name its report gives
    from typer.testing import CliRunner

    from claimcheck.cli import app

    (tmp_path / "a-2031-05-02.txt").write_text(
        "MINISTRY OF TRANSPORT\n\nPress release\n\nThe Ministry of Transport said 41 people were killed"
        " when the bridge fell.\n",
        encoding="utf-8",
    )
    (tmp_path / "b-2031-05-03.txt").write_text(
        "Bridge toll lowered\n\nThirty-nine people died in the bridge collapse, ministry spokesman Omar"
        " Haddad said on Saturday. Two of the dead had been counted twice, Mr Haddad said.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["compare", str(tmp_path), "-f", "json"])
    data = json.loads(result.stdout)
    claims = [c for g in data["groups"] for c in g["claims"] if c["measure"] == "killed"]
    assert {c["text"] for c in claims} >= {"41", "Thirty-nine"}
    assert {c["claimant_id"] for c in claims if c["text"] in ("41", "Thirty-nine")} == {"ministry-of-transport"}
    assert "Omar Haddad" in next(c["claimant_name"] for c in claims if c["text"] == "Thirty-nine")
    result = CliRunner().invoke(app, ["compare", str(tmp_path), "-f", "csv"])
    assert "ministry-of-transport" in result.stdout and "Omar Haddad" in result.stdout


@pytest.mark.parametrize(
    ("written", "speaker"),
    [
        ("Last night the harbour authority", "the harbour authority"),  # a time opening the phrase
        ("The Coast Guard's evening", "The Coast Guard"),  # "The Coast Guard's evening (update: …)"
        ("the coast guard's figures", "the coast guard"),  # a body's figures are its own
        ("the Coast Guard briefly", "the Coast Guard"),  # 'briefly gave a figure of 12'
    ],
)
def test_a_speaker_without_the_time_or_the_document_around_it(written: str, speaker: str) -> None:
    assert tidy(written, LEX) == speaker


def test_one_speaker_across_reports_revises_rather_than_conflicts(tmp_path):
    from claimcheck.pipeline import compare

    (tmp_path / "a.txt").write_text(
        "date 2026-03-01\nThe Independent Monitoring Group (IMG) met on Sunday. IMG said 40 "
        "people were killed in the clashes.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "date 2026-03-03\nThe Independent Monitoring Group said 45 people were killed in the "
        "clashes.\n",
        encoding="utf-8",
    )
    report = compare([str(tmp_path)])
    (group,) = [g for g in report.groups if g.measure == "killed"]
    assert {c.claimant for c in group.claims} == {"IMG", "The Independent Monitoring Group"}
    assert group.status != "conflict" and len(group.revisions) == 1


def test_a_last_name_takes_the_full_name_and_the_role_it_was_introduced_with():
    text = "TUNIS - Health Minister Rana Haddad announced 12 deaths. Haddad said 300 were hurt."
    claims = extract_claims(Source("x", text), LEX)
    last = [c for c in claims if c.claimant == "Haddad"]
    assert last and {(c.claimant_name, c.claimant_type) for c in last} == {
        ("Rana Haddad", "government")
    }


def test_a_name_never_runs_on_over_a_sentence_end():
    text = (
        "The largest rally was on Friday in Dorvan's Independence Square. Police estimated the "
        "crowd at about 12,000."
    )
    (claim,) = extract_claims(Source("x", text), LEX)
    assert (claim.claimant_name, claim.claimant_type) == ("Police", "police")


def test_an_honorific_takes_the_role_a_person_was_introduced_with_even_without_a_first_name():
    text = (
        "Health Minister Tsogtbaatar told lawmakers about the fire at the Central Hospital. "
        'Ms. Tsogtbaatar said "up to 40" people had been hurt.'
    )
    claims = extract_claims(Source("x", text), LEX)
    assert [(c.claimant, c.claimant_type) for c in claims] == [("Ms. Tsogtbaatar", "government")]


def test_a_thread_of_posts_gives_each_post_its_writer():
    text = (
        "The count was published on Monday.\n\n4 comments\n\nmarc.vdb · 13 Oct 2026, 10:03\n"
        "I was there. Police arrested 40 people, the union said.\n\nAnouk · 13 Oct 2026, 11:15\n"
        "I heard more than 150 people were arrested there.\n"
    )
    got = claimants(text)
    assert got["more than 150"] == "Anouk" and got["40"] == "the union"
    byline = "Reuters · 13 Oct 2026\nMore than 150 people were arrested, police said.\n"
    assert claimants(byline)["More than 150"] == "police"


def test_a_live_blogs_day_headings_are_no_post_writers():
    text = (
        "Toll rises - live\n\nWEDNESDAY, AUGUST 12\n\n7.05pm - Toll now 31\n"
        "The health chief, Dr Ann Lee, gave the evening briefing. Thirty-one people have died, "
        "she said.\n\nTUESDAY, AUGUST 11\n\n5.20pm\nThe county says 23 people have died.\n"
    )
    got = claimants(text)
    assert got["Thirty-one"] == "The health chief" and got["23"] == "The county"


def test_a_role_introduced_without_a_figure_is_the_he_that_speaks_next():
    text = (
        "Kogi SEMA now says 112 dead. The police PRO was on radio this afternoon. He said no "
        "policeman died at the scene. He also said they have deployed 200 men to guard the site.\n"
    )
    got = claimants(text)
    assert got["112"] == "Kogi SEMA"
    assert got["no policeman"] == got["200"] == "The police PRO"


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        pytest.param(
            "Press release — Coalition for Civic Rights\nOur observers documented at least 64 "
            "arrests across the capital on Saturday.",
            "at least 64",
            "Coalition for Civic Rights",
            id="release-kind-then-dash-then-issuer",
        ),
        pytest.param(
            "SITUATION REPORT No. 4 — Flooding in Northern Province\nIssued by the Disaster "
            "Management Authority, 14 August 2026\n\nIn the last 24 hours, 5 deaths were reported.",
            "5",
            "Disaster Management Authority",
            id="sitrep-issued-by-line",
        ),
    ],
)
def test_a_statement_names_its_issuer_in_its_first_lines(text: str, figure: str, claimant: str):
    assert claimants(text)[figure] == claimant


def test_an_inverted_speaker_may_be_a_lower_case_service():
    assert claimants("14:05 — Death toll rises to 23, says civil protection.")["23"] == "civil protection"


def test_a_time_phrase_is_no_speaker():
    got = claimants(
        "The interior ministry, which had initially reported two deaths, on Thursday raised its "
        "toll to nine."
    )
    assert got == {"two": "The interior ministry", "nine": "The interior ministry"}


def test_a_description_resolves_to_an_organisation_that_opened_a_sentence():
    got = claimants(
        "Amnesty International released a statement on Friday. It called for an independent "
        "inquiry. According to the organisation, security forces killed at least 31 protesters."
    )
    assert got["at least 31"] == "Amnesty International"


def test_a_rival_figures_noun_is_not_its_speakers_name():
    got = claimants("The union said 80,000 people had marched, a figure police have put at 15,000.")
    assert got["15,000"] == "police"


def test_a_bulletins_numbered_updates_are_its_own_voice_under_a_letterhead():
    text = (
        "GOVERNMENT OF NORTHLAND\nHEALTH DEPARTMENT\nBlock 5, Secretariat, Port Elm\n\n"
        "No. PH/HW/2026/114\n\nHEATWAVE 2026 — CONSOLIDATED SITUATION REPORT\n\n"
        "UPDATE No. 1 — 22 June 2026, 18:00 hrs\n\n14 deaths have been attributed to heatstroke.\n\n"
        "UPDATE No. 2 — 23 June 2026, 18:00 hrs\n\nThe toll has risen to 31.\n"
    )
    got = claimants(text)
    assert got["14"] == got["31"] == "HEALTH DEPARTMENT"  # the body under the state's letterhead issues


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "ROYAL GOVERNMENT OF NORTHLAND\nMINISTRY OF HOME AFFAIRS\nDepartment of Disaster Management\n\n"
            "PRESS RELEASE\n\n1. The Ministry of Home Affairs wishes to inform the public that the number of "
            "persons confirmed dead stands at 21. The Ministry has been informed by the Embassy of Elmland "
            "that eleven of them were citizens of Elmland.\n",
            {"21": "MINISTRY OF HOME AFFAIRS", "eleven": "the Embassy of Elmland"},
            id="a-communique-under-a-states-letterhead-is-its-ministrys",
        ),
        pytest.param(
            "GOVERNMENT OF NORTHLAND\n\nPRESS RELEASE\n\nWe confirm that 12 people died in the floods. Our teams "
            "remain on site.\n",
            {"12": "GOVERNMENT OF NORTHLAND"},
            id="a-state-letterhead-alone-is-the-issuer",
        ),
        pytest.param(
            "From: Forest Voice press team <press@forestvoice.example>\nTo: newsdesk list <media@forestvoice.example>\n"
            "Subject: FOR IMMEDIATE RELEASE: chain for the forest\nX-Mailer: Mailchimp\n\n"
            "*** FOR IMMEDIATE RELEASE ***\n\nRIGA - Police detained four of our supporters near the roundabout. "
            "No police officer was injured at any point along the chain.\n\n"
            "After the chain, around 4,000 people joined us at the Freedom Monument.\n",
            {"four": "Forest Voice", "around 4,000": "Forest Voice", "No police officer": "Forest Voice"},
            id="an-e-mailed-release-from-a-press-team-is-its-organisations",
        ),
        pytest.param(
            "PRESS RELEASE\nCoastal Rights Centre\n\nWe documented the arrest of 71 people, far more than the 27 "
            "arrests announced by the police spokesman on 12 May. Our monitors counted 23 injured.\n",
            {"27": "the police spokesman", "71": "Coastal Rights Centre", "23": "Coastal Rights Centre"},
            id="a-release-keeps-the-agent-it-names-for-another-bodys-figure",
        ),
    ],
)
def test_whose_voice_a_communique_or_release_is(text: str, want: dict[str, str]) -> None:
    """Set 21's communiqué under a state's letterhead and e-mailed release (its issuer, and a
    figure it gives another body)."""
    got = claimants(text)
    assert {k: got[k] for k in want} == want


def test_a_news_story_about_a_press_release_is_no_statement():
    text = (
        "Rights group issues press release on arrests\n\nBy Ann Lee\n\n"
        "The group said 64 people were arrested on Saturday."
    )
    assert claimants(text)["64"] == "The group"


# claimants referred back to, or named after the figure (issue 11, set 12's misses by kind):
# each example is written for the kind, not taken from a test set
REFERRED = [
    pytest.param(
        "The Red Lantern Society, the region's main relief charity, said it had treated 41 "
        "people and taken nine to hospital.",
        {"41": "The Red Lantern Society", "nine": "The Red Lantern Society"},
        id="a-name-then-its-appositive-speaks",
    ),
    pytest.param(
        "Olga Petrova, the region's governor, said 14 people were missing and 6 had died.",
        {"6": "Olga Petrova"},
        id="a-person-then-her-role-speaks",
    ),
    pytest.param(
        "The Coastal Guard Service said on Monday that 12 sailors had died. A day later it "
        "raised the figure to 19.",
        {"19": "The Coastal Guard Service"},
        id="a-day-later-it",
    ),
    pytest.param(
        "The Northern Miners' Union said 300 workers had walked out. Two days later it said "
        "1,200 had joined.",
        {"1,200": "The Northern Miners' Union"},
        id="two-days-later-it",
    ),
    pytest.param(
        "The Tenants' Rights Committee organised the sit-in. Officers detained 8 people near "
        "City Hall, a figure the committee disputed, saying 15 had been held. The committee "
        "said 500 had joined.",
        {"15": "Tenants' Rights Committee", "500": "Tenants' Rights Committee"},
        id="a-rival-figures-noun-is-no-appositive-of-the-place-before",
    ),
    pytest.param(
        "Police detained 8 people at the gates, a figure the organisers disputed, saying 15 had "
        "been held.",
        {"8": "Police", "15": "the organisers"},
        id="a-disputed-figure-is-the-agents",
    ),
    pytest.param(
        "Police in the capital detained 34 people on Friday.",
        {"34": None},
        id="an-agent-that-detains-is-no-claimant-by-itself",
    ),
    pytest.param(
        "About 7,000 people and 900 lorries took part in the blockade, according to the "
        "Regional Transport Authority.",
        {"About 7,000": "the Regional Transport Authority"},
        id="one-according-to-covers-a-coordinated-figure",
    ),
    pytest.param(
        "The army sent about 2,000 more troops to the border on 3 March, according to the "
        "defence ministry.",
        {"about 2,000": "the defence ministry"},
        id="a-date-is-no-other-figure-before-according-to",
    ),
    pytest.param(
        "Farmers drove into the city, and the Regional Transport Authority gave its figures. By "
        "noon the Authority counted about 4,000 people at the protest.",
        {"about 4,000": "Regional Transport Authority"},
        id="by-noon-the-body-counted",
    ),
    pytest.param(
        "The last strike, in 2023, drew about 2,500 workers by the ministry's count.",
        {"about 2,500": "the ministry"},
        id="by-its-count-after-the-figure",
    ),
    pytest.param(
        "At least 60 people were hurt, more than the 41 in the police figure.",
        {"41": "the police"},
        id="the-figure-in-a-possessive-noun",
    ),
    pytest.param(
        "At least 30 people died in the flood, more than the 22 the coastguard announced.",
        {"At least 30": None, "22": "the coastguard"},
        id="a-relative-clause-speaks-for-its-figure-only",
    ),
    pytest.param(
        "We counted 31 dead, not the 19 the Interior Ministry of the Republic gives.",
        {"19": "the Interior Ministry of the Republic"},
        id="a-rival-figure-named-by-its-source-after-it",
    ),
]


REFERRED += [
    pytest.param(
        "At least four people have died, the health minister wrote on X, adding that \"dozens\" "
        "more were hurt.",
        {"At least four": "the health minister"},
        id="a-trailing-speaker-then-a-clause-with-a-quoted-word",
    ),
    pytest.param(
        "Coastal Workers' Federation\nPRESS RELEASE\n\nThe strike held on its second day. In the "
        "north, our Local 12 reports that 4,000 of its members stayed out.",
        {"4,000": "Local 12"},
        id="a-statements-numbered-branch-speaks-for-itself",
    ),
    pytest.param(
        "About 12,000 people joined the march, and police detained 40 demonstrators, the regional "
        "interior minister, Karl Brenner, said. The official added that nine officers were "
        "injured.",
        {"nine": "the regional interior minister, Karl Brenner"},
        id="the-official-is-the-person-named-with-a-role-before",
    ),
    pytest.param(
        "Health Minister Ana Ruiz said 14 people had died. Mayor Tom Hale said 30 were injured. "
        "The minister added that 52 were in hospital.",
        {"30": "Mayor Tom Hale", "52": "Health Minister Ana Ruiz"},
        id="the-minister-is-not-the-mayor-named-last",
    ),
    pytest.param(
        "Amina Yusuf, who heads the Kano office of the National Emergency Management Agency "
        "(NEMA), said 23 bodies had been recovered.",
        {"23": "Amina Yusuf"},
        id="a-bracket-inside-a-relative-clause-is-not-the-speaker",
    ),
    pytest.param(
        "The National Emergency Management Agency (NEMA) said 23 bodies had been recovered.",
        {"23": "NEMA"},
        id="a-bracketed-acronym-after-its-name-still-speaks",
    ),
    pytest.param(
        "The independent review panel, chaired by a retired judge, met for six months. Its "
        "report, published in May, lists 31 dead and 140 injured.",
        {"31": "The independent review panel", "140": "The independent review panel"},
        id="its-report-is-the-subject-before",
    ),
    pytest.param(
        "On Monday the regional governor, Amadou Diallo, gave a figure of 12 dead. By Tuesday "
        "his office was speaking of 19.",
        {"19": "Amadou Diallo"},
        id="his-office-speaks-for-him",
    ),
    pytest.param(
        "Most deaths were in the port, where the city disaster office has confirmed 17 deaths.",
        {"17": "the city disaster office"},
        id="where-opens-no-name",
    ),
    pytest.param(
        "The General Hospital, Tamale, admitted 52 burns patients.",
        {"52": "The General Hospital"},
        id="a-place-in-apposition-to-a-body-is-not-the-speaker",
    ),
    pytest.param(
        "The Commissioner of Police, Ade Bello, said 4 people were arrested.",
        {"4": "Ade Bello"},
        id="a-name-after-a-role-still-speaks",
    ),
    pytest.param(
        "Asked about the union's claim that dozens of workers were injured, a spokesman said "
        "nobody had been hurt.",
        {"dozens": "the union"},
        id="asked-about-opens-no-name",
    ),
    pytest.param(
        "Port clashes: 40 arrested, two dead — Dockers' Union demands inquiry\n\nThe rest of "
        "the release follows.",
        {"40": "Dockers' Union"},
        id="a-headline-credit-ends-at-its-verb",
    ),
    pytest.param(
        '"It was chaos. People were running everywhere," said Tom Berg, a steward. "I saw at '
        'least five people bleeding."',
        {"at least five": "Tom Berg"},
        id="a-closing-mark-after-a-comma-closes",
    ),
    pytest.param(
        "On 3 November the Centre for Legal Aid reported that 19 activists had been arrested. "
        "The centre said 7 were still held.",
        {"7": "Centre for Legal Aid"},
        id="the-centre-is-the-whole-name-before",
    ),
    pytest.param(
        "The miners' federation, Fencomin, said more than 10,000 of its members had marched. "
        "Police put the number at 4,000. According to the federation, 15,000 marched in 2019.",
        {"more than 10,000": "Fencomin", "15,000": "Fencomin"},
        id="a-description-then-the-bodys-name-in-apposition",
    ),
    pytest.param(
        "The state civil defence agency has raised the death toll to 83. In its latest bulletin, "
        "the agency says 276 people are injured.",
        {"276": "The state civil defence agency"},
        id="the-agency-is-a-body-described-before-when-no-name-fits",
    ),
    pytest.param(
        "The rights group said at least 34 people had been killed, a higher toll than the 19 "
        "acknowledged by the Interior Ministry.",
        {"19": "the Interior Ministry"},
        id="a-rival-figure-acknowledged-by-its-source",
    ),
    pytest.param(
        "The state Harbour Authority says the ferry was overloaded. Seven of its nine lifeboats "
        "were missing. It said 14 passengers had died.",
        {"14": "The state Harbour Authority"},  # (the same body: now the speaker two sentences back, as written)
        id="it-is-no-count-of-things-but-the-body-before",
    ),
]


@pytest.mark.parametrize(("text", "want"), REFERRED)
def test_claimants_referred_back_or_named_after(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_a_tracker_table_row_is_no_post_and_names_its_issuer():
    text = (
        "Civic Monitoring Network (CMN) | Home | Reports\n\nSWEEP IN THE NORTH - DAILY TRACKER\n\n"
        "Day | Date | Captures (police) | Complaints (CMN)\n1 | 3 Aug | 112 | 41\n3 | 5 Aug | 436 | 122\n\n"
        "Notes\n\n(4) On 9 August about 350 relatives held a vigil outside the prison.\n"
    )
    assert issuer(Source("x", text), LEX) == "Civic Monitoring Network (CMN)"
    assert claimants(text)["about 350"] == "Civic Monitoring Network (CMN)"


def test_a_network_is_no_broadcaster():
    text = (
        "HILLSIDE VICTIMS' FAMILIES NETWORK (HVFN)\nStatement No. 5/2026\n\n"
        "STATEMENT ON THE TENTH ANNIVERSARY\n\nOver ten years we have collected the names of 187 "
        "people who died in the landslide.\n"
    )
    assert issuer(Source("x", text), LEX) == "HILLSIDE VICTIMS' FAMILIES NETWORK (HVFN)"
    assert LEX and claimant_type_of("a TV network") and not claimant_type_of("the families network")


def claimant_type_of(name: str) -> bool:
    from claimcheck.parse.attribution import claimant_type

    return claimant_type(name, LEX) == "media"


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        pytest.param(
            "Hundreds of residents gathered outside the stall and set it on fire, our reporter Fajar says.",
            "Hundreds",
            None,
            id="our-reporter-is-the-outlets-own-voice",  # (session 18's convention: no claimant)
        ),
        pytest.param(
            "Reporter checked found that, this factory ever exploded already in year 2021 make worker "
            "die 2 persons injured 3 persons.",
            "3",
            None,
            id="a-translated-reporter-checked-is-the-reports-own-voice",
        ),
        pytest.param(
            "At least 12 people were killed, a Reuters reporter said.",
            "At least 12",
            "a Reuters reporter",
            id="another-outlets-reporter-is-a-speaker",
        ),
        pytest.param(
            "OFFICIAL NUMBERS\n- SENAPRED update 20:00: 27 confirmed dead (19 Biobío, 8 Ñuble), 305 injured, 9 missing\n",
            "305",
            "SENAPRED",
            id="a-list-label-with-its-update-time-covers-the-line",
        ),
        pytest.param(
            "Casualty estimates\n- Ministry of Health: 468 people treated, 57 hospitalised (20 February)[7]\n",
            "57",
            "Ministry of Health",
            id="a-list-label-covers-a-later-figure-of-its-line",
        ),
        pytest.param(
            "EDIT 23:40: now 31 dead according to the Minister of the Interior at the night press conference.",
            "31",
            "the Minister of the Interior",
            id="at-the-press-conference-is-no-part-of-the-speaker",
        ),
    ],
)
def test_set16_speakers(text: str, figure: str, claimant: str | None):
    assert claimants(text)[figure] == claimant


def test_a_release_keeps_the_figures_it_credits_to_others():
    text = (
        "CIVIC OBSERVATORY OF THE CAPITAL (COC)\nPRESS RELEASE No. 14/2026\n\n"
        "Over the three days our monitors recorded 14 deaths in the province. The National Police "
        "has acknowledged only nine deaths.\n\nDoctors at the city hospital told us they had received "
        "37 people with gunshot wounds, and that five of them died in the hospital.\n\nWe have "
        "documented the arrest of more than 1,300 people. Police figures (1,130 detained) leave out "
        "those released the same night.\n\nWhen we marched in December 2016, we were at least 4,000.\n"
    )
    got = claimants(text)
    own = "CIVIC OBSERVATORY OF THE CAPITAL (COC)"
    assert got["14"] == got["more than 1,300"] == got["at least 4,000"] == own
    assert got["nine"] == "The National Police"
    assert got["five"] == "Doctors at the city hospital"
    assert got["1,130"] == "Police"


def test_an_official_keeps_speaking_after_a_quotation():
    text = (
        "12 November, 08:45\nGovernor Ann Lee has just updated the toll. \"We have 17 dead and 24 "
        "still in hospital,\" she told reporters. Six patients remain in intensive care, she said.\n\n"
        "The governor also thanked the \"about 150 firefighters, soldiers and rescue volunteers\" who "
        "worked through the night.\n"
    )
    got = claimants(text)
    assert got["Six"] == got["about 150"] == "Governor Ann Lee"


def test_an_accounts_post_with_a_long_name_and_no_named_source_is_its_own():
    text = (
        "Saved posts – search: #Makambako (Latest)\n\n---\n\nMwandishi Njombe @mwandishi_njombe · Jul 13\n"
        "Was at the mortuary this afternoon. I counted 31 body bags myself.\n\n---\n\n"
        "Jeshi la Polisi Tanzania @tanpol · Jul 13\nSTATEMENT TO THE PUBLIC: Preliminary information "
        "shows that 23 people have died. No officer was injured.\n"
    )
    got = claimants(text)
    assert got["23"] == got["No officer"] == "Jeshi la Polisi Tanzania @tanpol"


def test_a_quoted_replys_mark_is_tidied_off_a_speaker():
    assert tidy("> N1", LEX) == "N1" and tidy("> > Police", LEX) == "Police"


def test_a_releases_we_after_an_opening_time_phrase_is_its_issuer():
    text = (
        "RED DE OBSERVADORES (REDO)\nObservers Network – Buenos Aires\n\nPRESS RELEASE\n\n"
        "Not the first time\n\nSince December 2023 we have documented 1,231 people injured at the "
        "Wednesday marches in front of Congress.\n"
    )
    want = issuer(Source("x", text), LEX)
    assert want is not None and claimants(text)["1,231"] == want


def test_a_byline_from_our_correspondent_is_no_speaker():
    assert tidy("From our correspondent in San Pedro Sula", LEX) is None
    assert tidy("Reporter checked", LEX) is None and tidy("our reporter Fajar", LEX) == "our reporter Fajar"


def test_the_index_scans_led_by_a_non_word_character_find_what_the_word_lists_find() -> None:
    """The speakers' index scans for roles and speech verbs led by ``\\W`` (at_word_starts): the
    matches the patterns led by their word lists find, over the test sets' reports, whole and
    from an offset."""
    from pathlib import Path

    from claimcheck.entities import AFTER_NAME, _indefinite_role, _person_after_role
    from claimcheck.lexicon import at_word_starts, load_lexicon

    lex = load_lexicon()
    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted(data.glob("*/sources/*.txt"))]
    texts.append("The spokesman, a nurse-in-chief, said: nurse Ann Lee, who spoke; Chief Joe Bo said it. who")
    for scan in (_person_after_role(lex), _indefinite_role(lex), AFTER_NAME):
        for text in texts:
            for lo in (0, len(text) // 3):
                expected = [(m.span(), m.groupdict()) for m in scan[0].finditer(text, lo, len(text))]
                found = [
                    ((m.start(next(iter(m.groupdict()))), m.end()), m.groupdict())
                    for m in at_word_starts(scan, text, lo, len(text))
                ]
                assert found == expected


# --- social posts, forums and transcripts (probe11) -----------------------------------------

THREAD = "r/Kenya · Posted by u/nairobi_watcher · 3h\n\nNakuru protests - anyone have numbers?\n\n"
SOCIAL = [
    pytest.param(
        THREAD + "u/kipchoge_fan · 2h\nMy cousin works at the Provincial General, he says they've "
        "received over 40 injured since noon.\n\nu/realist254 · 1h\nAwful.\n",
        {"over 40": "My cousin"},
        id="a-post-relays-someone-the-writer-knows-named-before-a-comma",
    ),
    pytest.param(
        "My cousin works at the hospital. He says 30 people died.",
        {"30": "My cousin"},
        id="the-relayer-named-in-the-sentence-before-without-what-they-do",
    ),
    pytest.param(
        THREAD + "u/mama_wanjiru · 1h\nI was at the roundabout. They arrested around 30 kids near the market.\n\n"
        "u/realist254 · 1h\nPolice spokesman on Citizen TV just said 7 people were shot dead.\n",
        {"around 30": None, "7": "Police spokesman"},
        id="a-writers-own-count-is-the-threads-voice-a-speakers-channel-no-part-of-the-name",
    ),
    pytest.param(
        'Opposition MP Jane Otieno responded on X: "Our people on the ground count at least 19 dead."',
        {"at least 19": "Opposition MP Jane Otieno"},
        id="an-embedded-post-is-its-authors-not-the-platforms",
    ),
    pytest.param(
        "Forwarded many times\n\nFrom a nurse at Kenyatta National: 18 bodies brought in since 6pm, "
        "more than 70 wounded.",
        {"18": "a nurse at Kenyatta National", "more than 70": "a nurse at Kenyatta National"},
        id="a-forwarded-messages-from-label",
    ),
    pytest.param(
        "u/mk · 6h\nNothing official yet.\n\nu/helper_sk · 5h\nLegis (the NGO) says 9 of the dead were from "
        "Afghanistan. The Skopje Clinical Centre has the survivors.\n",
        {"9": "Legis"},
        id="a-description-in-brackets-is-the-name-before-it",
    ),
    pytest.param(
        "BLITZER: What are you seeing?\n\nUNIDENTIFIED MALE: The interior ministry says 293 people have "
        "been detained. Crowds here tonight I'd estimate at 20,000.\n\nBLITZER: Thanks.\n",
        {"293": "The interior ministry", "20,000": None},
        id="a-transcripts-unidentified-speaker-names-no-one",
    ),
    pytest.param(
        'Journalist Ahmed Saleh (@ahmedsaleh_news) tweeted at 14:05: "Heavy gunfire in the square. I can see '
        'at least 5 people carried away bleeding."\n\nActivist @sara_free replied: "We have the names of 318 detainees."',
        {"at least 5": "Journalist Ahmed Saleh", "318": "Activist @sara_free"},
        id="an-embedded-posts-writer-before-its-verb-and-hour",
    ),
    pytest.param(
        "At 15:20 the Health Ministry's spokesman Khaled Megahed wrote on Facebook that 3 people had died.",
        {"3": "the Health Ministry's spokesman Khaled Megahed"},
        id="a-clock-time-opening-the-sentence-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "Rescue Service of Dnipro Region\n✅ 14.5K subscribers\n\n[05.12.26 06:40]\nAs a result of the night "
        "attack, 6 people were killed and 23 injured.\n\n👁 48.2K\n\n[05.12.26 09:15]\nUpdate: the death toll "
        "has risen to 9.\n\n👁 61K\n",
        {"6": "Rescue Service of Dnipro Region", "9": "Rescue Service of Dnipro Region"},
        id="a-channel-named-over-its-subscribers-speaks-its-posts",
    ),
    pytest.param(
        "News Central\n2.1M subscribers\n\nProtesters gathered on Thursday. At least 14 people were arrested.",
        {"At least 14": None},
        id="a-news-outlets-channel-is-a-reports-own-voice",
    ),
    pytest.param(
        "Kisumu County Government\nDecember 5 at 8:14 PM ·\n\nPRESS STATEMENT: The County Government wishes to "
        "inform the public that 4 people lost their lives and 31 were injured during today's demonstrations.\n\n"
        "👍❤️😢 1.4K · 632 comments · 210 shares\n\nMost relevant\n\nOtieno Brian\nThose are lies!! I personally "
        "saw 9 bodies at the mortuary\n2h Like Reply\n",
        {"4": "Kisumu County Government", "31": "Kisumu County Government", "9": None},
        id="a-page-named-over-its-posts-time-its-label-no-speaker-its-comments-not-its-voice",
    ),
    pytest.param(
        "Timeline of the night, as posted by officials\n\n22:10 — Interior Minister @KindikiKithure: \"So far 27 "
        "suspects have been arrested in Nairobi.\"\n22:45 — @KNCHR: \"Our monitors have documented 11 deaths since "
        "Tuesday.\"\n",
        {"27": "Interior Minister @KindikiKithure", "11": "@KNCHR"},
        id="a-timed-turn-in-quotation-marks-is-its-posters-own-words",
    ),
    pytest.param(
        "NJERI: Good morning. Caller, you're on the air.\n\nCALLER: Police arrested my two sons.\n\nNJERI: We reached "
        "the OCS Kayole, who told us 23 people were booked at the station overnight.\n\nCALLER: Thank you.\n",
        {"23": "the OCS Kayole"},
        id="a-host-relays-whom-she-reached-who-told-us",
    ),
    pytest.param(
        "City Workers Union ✊ @cityunion · Nov 4, 2026\n1/3 Our stewards counted 55,000 people.\n💬 288\n\n"
        "City Workers Union ✊ @cityunion · Nov 4, 2026\n2/3 At least 3 colleagues were injured by the riot "
        "police.\n💬 97\n\n—— Replies ——\n\nCity Police (Police) ✔ @citypolice · Nov 4, 2026\nReplying to "
        "@cityunion\nDuring the day officers detained 9 people; 6 of our officers were injured.\n",
        {"At least 3": "City Workers Union @cityunion", "9": "City Police (Police) @citypolice",
         "6": "City Police (Police) @citypolice"},
        id="an-accounts-badges-between-its-name-and-handle",
    ),
]


@pytest.mark.parametrize(("text", "want"), SOCIAL)
def test_social_posts_forums_and_transcripts(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


SOCIAL_MISSES = [
    pytest.param("Citizen TV saying 41 arrested so far. Reuters has 3 dead.", {"3": "Reuters"},
                 id="an-outlet-that-has-a-toll"),
    pytest.param("[4/12/26, 21:14] Amina: Is this true? My brother says only 3 died\n"
                 "[4/12/26, 21:16] Peter K: Citizen just said 8 confirmed dead\n", {"3": "My brother"},
                 id="a-chat-turn-relaying-a-relative-is-the-relatives"),
    pytest.param("@tundeX 2 hours ago\nI was there, it was easily 100k people. Police lying as usual\n",
                 {"easily 100k": None}, id="a-witness-crowd-told-with-it-was"),
    pytest.param("Akinyi Grace\nMy neighbour's son was among those arrested, police took over 50 youths from "
                 "Nyalenda alone\n", {"over 50": None}, id="police-took-youths-an-arrest"),
]


@pytest.mark.xfail(strict=True, reason="known misses of probe11's social posts (not parsed yet)")
@pytest.mark.parametrize(("text", "want"), SOCIAL_MISSES)
def test_social_posts_known_misses(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_a_bodys_staff_with_a_word_of_their_kind_are_its_own() -> None:
    # 'its forensic experts say' (a word before the staff noun, as 'its researchers' has none):
    # the body named before, the ministry, not a speaker of their own
    from claimcheck.api import extract_text

    text = (
        "The Ministry of Emergency Situations reported 11 dead on Tuesday.\n\n"
        "The ministry began the day with 35 dead and ended it with 34, after removing a surveyor"
        " who, its forensic experts say, died of heart failure before the blast.\n"
    )
    assert {c.claimant_name for c in extract_text(text)} == {"Ministry of Emergency Situations"}


def test_the_same_entity_is_the_one_just_named() -> None:
    # a translation's 'According to the same entity, …': the body the sentence before named,
    # whatever words its name holds
    from claimcheck.api import extract_text

    text = (
        "The figure of deceased persons ascended to 16 people, informed the National Secretariat"
        " for Risk Management (SGR) in its bulletin.\n\nAccording to the same entity, 9 people"
        " died in the province of Esmeraldas.\n"
    )
    names = [c.claimant_name or "" for c in extract_text(text)]
    assert len(names) == 2 and all(n.startswith("National Secretariat for Risk Management") for n in names)


# --- passages in another body's voice (voice.relayed) ---------------------------------------

RELAYED_PASSAGES = [
    pytest.param(
        "Harbour Watch\nchannel · 48,100 subscribers\n\n--- 3 June ---\n\nSmoke over the docks, sirens everywhere.\n"
        "👁 12K   06:10\n\nForwarded from State Fire Service\nAs of 08:00, 7 people have died. 19 people have been "
        "taken to hospital.\n👁 30K   08:05\n\nOur reporter at the gate says the queue of relatives is growing.\n",
        {"7": "State Fire Service", "19": "State Fire Service"},
        id="a-channels-forwarded-message-is-the-senders",
    ),
    pytest.param(
        "Coast Desk\n@coastdesk\n1/ Ferry capsized off Lamu. We will post official figures here.\n8:01 AM · Jun 3, 2026\n\n"
        "Coast Desk reposted\nKenya Coast Guard\n@KCGS\nUPDATE: 11 bodies recovered, 40 survivors rescued. Divers "
        "remain at the site.\n9:40 AM · Jun 3, 2026\n\nCoast Desk\n@coastdesk\n2/ The captain was among the 11, "
        "relatives said.\n",
        {"11": "Kenya Coast Guard"},
        id="a-timelines-repost-is-the-reposted-accounts",
    ),
    pytest.param(
        "Relief Partners Network\nSituation Report No. 4\n\nSITUATION\n\n1. Heavy rain continued in the valley. "
        "The figures by county as provided by the National Disaster Unit are as follows:\n\nCounty Dead Injured\n"
        "Kisumu 14 30\nSiaya 6 11\n\n2. Our teams have reached 3,000 households with water kits and will expand "
        "distribution next week.\n",
        {"14": "National Disaster Unit", "6": "National Disaster Unit"},
        id="a-table-a-sitrep-introduces-as-a-bodys-is-that-bodys",
    ),
    pytest.param(
        "SITUATION REPORT\nHumanitarian Coordination Office\n\nKEY FIGURES\nDeaths 12 Injured 48 Displaced 3,100\n"
        "Source: Provincial Health Directorate, 2 May\n\nOVERVIEW\nWe have deployed 40 staff to the three worst-hit "
        "districts, working with our partners.\n",
        {"12": "Provincial Health Directorate", "48": "Provincial Health Directorate"},
        id="a-key-figures-block-under-its-source-line",
    ),
]


@pytest.mark.parametrize(("text", "want"), RELAYED_PASSAGES)
def test_passages_in_another_bodys_voice(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_a_colon_that_introduces_no_source_relays_nothing():
    """A line ending in a colon that names no source, and a source line under prose, give no passage."""
    text = (
        "The figures are as follows:\n\nNorth 12\nSouth 9\n\n"
        "Police said the march was calm and that officers had made no arrests during the day.\nSource: Reuters\n"
    )
    from claimcheck.voice import relayed

    assert relayed(text, 0, LEX) == []


# Running tolls (fresh sentences of session 24, written before the code: 10 of the first 24
# failed at main, 5 of the 7 after them (the count going on with an auxiliary) and 5 of the
# 7 revisions by a subject left out after them): a toll
# told as where it has come to names its source in the sentence after it, in a clause of
# 'with', in the count's owner, or goes on with the count of the speaker before.
def toll(id: str, text: str, want: dict[str, str | None], miss: str = "") -> object:
    marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
    return pytest.param(text, want, id=id, marks=marks)


RUNNING_TOLLS = [
    toll("wire-this-was-confirmed-by-after-a-time",
         "The number of dead from the landslide has risen to 14. This was confirmed on Wednesday by the regional "
         "governor.", {"14": "the regional governor"}),
    toll("translation-about-this-informed",
         "The death toll in the ferry disaster has reached 31 people. About this informed the Emergency Ministry.",
         {"31": "the Emergency Ministry"}),
    toll("the-figure-was-confirmed-by",
         "The toll from the mine blast has climbed to 22. The figure was confirmed by the provincial police.",
         {"22": "the provincial police"}),
    toll("confirmed-at-a-time-that", "The health ministry confirmed on Thursday evening that the number of victims "
         "had grown to 17.", {"17": "The health ministry"}),
    toll("announced-late-that", "The police announced late on Monday that the number of detained people had risen "
         "to 64.", {"64": "The police"}),
    toll("translation-inverted-speaker-after-a-place",
         "The number of injured in the stampede has reached 48, reported yesterday at a press briefing in the "
         "capital the minister of health, Amal Haddad.", {"48": "Amal Haddad"},
         miss="an inverted speaker after a time and a place is not read"),
    toll("with-them-confirming", "The death toll has risen to 9, with the coastguard confirming on Sunday that two "
         "more bodies were found.", {"9": "the coastguard"}),
    toll("that-number-had-risen", "Officials said at first that 4 people had died. By the evening that number had "
         "risen to 10.", {"10": "Officials"}),
    toll("the-figure-rose-next-day", "The fire service said on Friday that 3 people had died. On Saturday the figure "
         "rose to 6.", {"6": "The fire service"}),
    toll("which-brings-the-number", "Two more patients died overnight, the hospital said, which brings the number of "
         "dead to 12.", {"12": "the hospital"}),
    toll("translation-which-carries-the-toll",
         "Two further victims died in hospital, specified the same source, which carries the toll to eight.",
         {"eight": "the same source"}),  # (attr24b: an inverted verb between commas speaks for the toll after it)
    toll("risen-then-how-according-to", "The toll has risen to 25. Three of the injured died during the night, "
         "according to the district health office.", {"25": "the district health office"}),
    toll("raising-its-toll-after-a-trailing-speaker",
         "A man admitted with burns died on Monday, the hospital said, raising its toll to four.",
         {"four": "the hospital"}),
    toll("bringing-the-police-tally", "Two more people were detained on Friday, bringing the police tally to 52.",
         {"52": "police"}, miss="a count's owner before it without a possessive is not read"),
    toll("the-armys-count-rose-from-to", "The army's count of soldiers killed rose from 12 to 15 on Monday.",
         {"15": "The army"}),
    toll("taking-the-coastguards-toll", "A fifth body was found on Tuesday, taking the coastguard's toll to five.",
         {"five": "the coastguard"}),
    toll("trailing-speaker-over-a-reported-injury",
         "Another officer reported an injury on Sunday, bringing the number of officers hurt to six, a police "
         "spokesman said.", {"six": "a police spokesman"},
         miss="'reported an injury' is read as the speech verb before the trailing speaker"),
    toll("the-unions-tally-climbed", "The union's tally of members held climbed to 40 overnight.", {"40": "The union"}),
    toll("that-brings-to-the-number",
         "Police have raised the number of people held over the riot from 9 to 12. That brings to 30 the number "
         "detained this week.", {"30": "Police"}, miss="'That brings to N the number' carries no speaker"),
    *(
        toll(id, f"{said} {went_on}", {figure: speaker})
        for id, said, went_on, figure, speaker in (
            ("had-climbed-after-a-day-and-a-time", "Fire officials said at first that 5 people had died.",
             "By Sunday evening that number had climbed to 7.", "7", "Fire officials"),
            ("the-tally-had-jumped", "The ministry counted 12 arrests on Friday.",
             "By Saturday the tally had jumped to 40.", "40", "The ministry"),
            ("a-crowd-had-grown", "Organisers said 2,000 people had gathered at noon.",
             "By mid-afternoon the number had grown to 6,000.", "6,000", "Organisers"),
            ("the-figure-had-increased", "The Red Cross said 30 people were treated overnight.",
             "By morning the figure had increased to 52.", "52", "The Red Cross"),
            ("has-since-gone-up", "Police said 14 people had been detained.", "The number has since gone up to 20.",
             "20", "Police"),
            ("not-gone-up-with-its-own-speaker", "Police said 14 people had been detained.",
             "The number has since gone up to 20, lawyers said.", "20", "lawyers"),
            ("not-a-toll-after-another-measure", "Police said 400 people had been evacuated.",
             "The toll has since climbed to 20.", "20", None),
        )
    ),
    toll("raised-the-figure-then-settled-on", "The ministry announced 11 deaths on Monday, raised the figure to 13 on "
         "Tuesday and settled on 14 on Friday.", {"13": "The ministry", "14": "The ministry"}),
    toll("then-revised-the-number", "Police first reported 20 arrests, then revised the number to 35.",
         {"35": "Police"}),
    toll("encyclopedia-a-toll-it-raised", "The Ministry of Health reported nine deaths on the evening of 12 November, "
         "a toll it raised to 14 the following day.", {"14": "The Ministry of Health"}),
    toll("later-lowered-the-figure", "The Red Cross reported 40 injured, later lowered the figure to 32.",
         {"32": "The Red Cross"}),
    toll("subsequently-corrected-the-toll", "Officials initially gave 4 dead, subsequently corrected the toll to 6.",
         {"6": "Officials"}),
    toll("updated-its-count", "The interior ministry spoke of 120 arrests on Saturday, updated its count to 180 on "
         "Sunday.", {"180": "The interior ministry"}),
    toll("not-revised-by-a-subject-of-its-own", "Police reported 20 arrests, then lawyers raised the number to 35.",
         {"35": "lawyers"}),
    toll("not-a-next-sentence-with-no-figure",
         "The toll has risen to 25. Witnesses said the building collapsed within seconds.", {"25": None}),
    toll("not-a-next-paragraph", "The number of arrests has risen to 70.\n\nPolice said the march was peaceful.",
         {"70": None}),
    toll("not-confirmed-by-what-is-no-one",
         "The number of dead has risen to 14. This was confirmed by the pictures from the valley.", {"14": None}),
    toll("not-with-a-crowd-doing", "The march drew 5,000 people, with the army guarding the bridge.",
         {"5,000": None}),
    toll("not-the-next-sentences-other-measure", "The death toll has risen to 25. Police said 40 people were "
         "arrested at the scene.", {"25": None}),
]


@pytest.mark.parametrize(("text", "want"), RUNNING_TOLLS)
def test_running_tolls_name_their_source(text: str, want: dict[str, str | None]) -> None:
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_a_running_toll_after_a_time_phrase_is_the_speakers_before():
    """'By Sunday the count was nine, by Monday 17': the toll its paragraph's speaker gave goes
    on; the opening 'On the first evening' is no part of that speaker's name."""
    got = claimants(
        "How many died?\n\nIt depends on whom you ask. On the first evening the Health Ministry spoke of "
        "three dead miners. By Sunday the count was eight, by Monday 15 and by Tuesday 16.\n"
    )
    assert got == {"three": "the Health Ministry", "eight": "the Health Ministry",
                   "15": "the Health Ministry", "16": "the Health Ministry"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "The IG was on the news just now. 9 dead incl 3 police officers. 214 arrested, 96 injured.\n",
            {"214": "The IG", "96": "The IG"},
            id="figures-alone-after-a-body-on-the-news",
        ),
        pytest.param(
            "Bumping this. The commission report is out today. 23 dead, not 9. 312 injured, 611 detained.\n",
            {"23": "The commission report", "312": "The commission report", "611": "The commission report"},
            id="figures-alone-after-a-report-is-out",
        ),
        pytest.param(
            "The bus crashed near the bridge at dawn. 12 dead, 30 injured.\n",
            {"12": None, "30": None},
            id="figures-alone-after-what-happened-name-no-one",
        ),
        pytest.param(
            "The IG was on the news just now.\n\n214 arrested, 96 injured.\n",
            {"214": None, "96": None},
            id="figures-alone-in-a-paragraph-of-their-own-name-no-one",
        ),
    ],
)
def test_figures_alone_go_on_from_the_sentence_that_names_their_source(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "12:10\nOur correspondent spoke to Dr Amina Sesay at the district hospital. She says two more "
            "people died overnight.\n",
            {"two": "Dr Amina Sesay"},
            id="the-one-our-correspondent-spoke-to-speaks-next",
        ),
        pytest.param(
            "The minister spoke to reporters at the airport. He said 14 people had died.\n",
            {"14": "The minister"},
            id="a-speaker-who-spoke-to-reporters-goes-on-speaking",
        ),
    ],
)
def test_a_pronoun_after_the_reporters_interview_is_the_one_asked(text, want):
    got = claimants(text)
    assert {k: got.get(k, "(no claim)") for k in want} == want


def test_a_part_out_of_the_figure_before_is_its_speakers():
    got = claimants(
        "The health ministry said 23 people died and 418 others were treated in hospitals. Out of these, 31 are "
        "in critical condition.\n"
    )
    assert got["31"] == "The health ministry"


def _texts_of_the_sets() -> list[str]:

    texts = list(report_texts())
    return texts + [
        "in Paris (in Rome) at\tLyon\u00a0in Nice\nin Kyiv inside Gaza through the centre of Lviv",
        "In Rome, in  the capital, Dorvan, and across the north of Ostrel",
    ]


def test_places_named_tries_the_pattern_where_it_can_start() -> None:
    """where.places_named tries PlaceWords.after only at the text's start and before 'in',
    'inside', 'at', 'through' or 'across' after a white space or '(': the same matches as the
    pattern's own scan, on every test report."""
    from claimcheck.where import _after_matches, place_words

    words = place_words(LEX)
    for text in _texts_of_the_sets():
        for t in (text, " " + text, "(" + text):
            assert [m.span() for m in _after_matches(t, words)] == [m.span() for m in words.after.finditer(t)]


def test_relayed_needs_what_its_patterns_need() -> None:
    """voice._needs (each word found, then what must follow it) tells what a search of the
    words alternated, with that after them, tells."""
    import re

    from claimcheck import voice

    for words, after in ((voice.RELAY_WORDS, voice.RELAY_NEEDS), (voice.REPOST_WORDS, voice.REPOST_NEEDS)):
        whole = re.compile(f"(?:{'|'.join(words)})(?:{after.pattern})")
        for text in _texts_of_the_sets() + ["Forwarded from X", "shared  from\nA", "KigaliBrief reposted \nCity"]:
            for start in (0, len(text) // 2):
                assert voice._needs(text, start, words, after) == (whole.search(text, start) is not None)


def test_source_lines_are_tried_at_line_starts() -> None:
    """voice.relayed reads SOURCE_LINE (it opens with '^') at line starts only
    (lines.line_matches): the same matches as the pattern's own scan, on every test report."""
    from claimcheck.lines import line_matches
    from claimcheck.voice import SOURCE_LINE

    for text in _texts_of_the_sets() + ["Source: Red Cross, 3 May\nSources:\nThe Ministry\nData : X (y)"]:
        for start in (0, 1, len(text) // 3):
            found = [m.span() for m in line_matches(SOURCE_LINE, text, start)]
            assert found == [m.span() for m in SOURCE_LINE.finditer(text, start)]


def test_intro_lines_are_tried_at_line_starts_that_end_with_a_colon() -> None:
    """voice.relayed reads INTRO_KIND (a whole line that ends with a colon) at the starts of
    lines whose last character is a colon (lines.line_matches' ``last``), and only when
    LINE_ENDS_COLON finds one: the same matches as the pattern's own scan, on every test report."""
    from claimcheck.lines import line_matches
    from claimcheck.voice import INTRO_KIND, LINE_ENDS_COLON

    for text in _texts_of_the_sets() + ["📄 POLICE COMMUNIQUÉ (directorate, read by Col. Ngoyi):  \nx\nThe Union statement:"]:
        for start in (0, 1, len(text) // 3):
            found = [m.span() for m in INTRO_KIND.finditer(text, start)]
            assert [m.span() for m in line_matches(INTRO_KIND, text, start, last=":".__eq__)] == found
            assert not found or LINE_ENDS_COLON.search(text, start)


def test_a_place_is_asked_for_around_its_name_only() -> None:
    """speakers' place tally asks where.place_named whether the report names a name as a place
    after 'in' (read from the last stop before each place the name's first word is, as no match
    of PlaceWords.after holds a stop): the same answer as the whole text's places_named, for
    every capitalised word or pair of the test reports and for names every match leaves out."""
    import re

    from claimcheck.where import CAPITAL, _unmatched, place_named, place_words, places_named

    words = place_words()
    assert _unmatched(words.after)  # (else place_named reads the whole text: the same, slower)
    capitalised = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
    extra = [
        "In Kessa. in Kessa's north, at the capital, Dorvan, and in Lyon",
        "North said 40 marched in North\nKessa and in North  Kessa's park; North again in Port Lyon",
    ]  # (a name's words across a line break or two spaces: where.place_named reads its words in turn)
    for text in _texts_of_the_sets() + extra:
        named = set(places_named(text, words))
        for name in {*named, *(m.group() for m in capitalised.finditer(text)), CAPITAL, "", "Kessa's"}:
            assert place_named(text, words, name) == (name in named), name


@pytest.mark.parametrize(
    ("name", "want"),
    [
        pytest.param("the Nantou County Fire Bureau's 9am update", "the Nantou County Fire Bureau", id="9am-update"),
        pytest.param("the ministry's 18:00 bulletin", "the ministry", id="clock-bulletin"),
        pytest.param("the police's 6 p.m. briefing", "the police", id="pm-briefing"),
        pytest.param("the army's 10h communiqué", "the army", id="translated-10h-communique"),
        pytest.param("NDMA's 7.30 update", "NDMA", id="dotted-clock-acronym"),
        pytest.param("the Red Cross's 11 am count", "the Red Cross", id="spaced-am-count"),
        pytest.param("The ministry's 2024 report", "The ministry's 2024 report", id="a-year-is-no-clock"),
    ],
)
def test_a_bodys_document_of_an_hour_is_the_body(name: str, want: str) -> None:
    """A body's bulletin, update or briefing named by its hour ('the Fire Bureau's 9am update',
    'the ministry's 18:00 bulletin') is the body speaking, as its 'morning update' is (attr21b:
    set 37 and wordings of our own); a year names a report, not the hour of an update."""
    assert tidy(name, LEX) == want


# --- a time phrase or a phrase of place before the speaker is no part of its name ---------------
# (issue 11, item 7: a claimant is a speaker or nothing). A time phrase headed by an adverb
# ('Late on Tuesday night', 'Earlier in the day', 'Last time in 2018') is cut from the speaker
# after it; a phrase that only says where or on what grounds ('In Mendoza', 'On that basis') is
# no one; a pronoun's catenative verb ('We deeply regret to report') leaves the pronoun.

TIME_HEAD_CASES = [
    pytest.param("Late on Tuesday night the Chief Minister's Office had spoken of 11 deaths.", "the Chief Minister's Office", id="late-on-a-weekday-night"),
    pytest.param("Early on Sunday the organisers estimated the crowd at 20,000.", "the organisers", id="early-on-a-weekday"),
    pytest.param("Late last night the fire service confirmed 9 deaths.", "the fire service", id="late-last-night"),
    pytest.param("Earlier in the day police had put the number of dead at 11.", "police", id="earlier-in-the-day"),
    pytest.param("Earlier this week the health ministry reported 12 deaths.", "the health ministry", id="earlier-this-week"),
    pytest.param("That evening the army said 14 soldiers had been wounded.", "the army", id="that-evening"),
    pytest.param("We deeply regret to report that 19 people have died.", None, id="a-pronouns-catenative-verb"),
]


@pytest.mark.parametrize(("text", "want"), TIME_HEAD_CASES)
def test_a_time_phrase_before_the_speaker_is_cut(text: str, want: str | None) -> None:
    assert [c.claimant for c in extract_claims(Source(id="t", text=text), LEX)] == [want]


# --- a figure named by its owner's possessive, set against another ------------------------------
# 'against the ministry's 74', 'not the police's 19' (cover/possessive-figure-compared): the
# owner's, in a statement's own voice too; an entity the text names by its possessive ('The
# Interior Ministry's figures …') is the body, not "Interior Ministry's". Not a place's count.

OWNED_FIGURE_CASES = [
    pytest.param("Rights monitors recorded 130 detentions in the week, against the ministry's 74.",
                 [(130, "Rights monitors"), (74, "the ministry")], id="against-the-ministrys"),
    pytest.param("The coalition says 60 people were injured, not the police's 19.",
                 [(60, "The coalition"), (19, "the police")], id="not-the-polices"),
    pytest.param("Hospitals treated 212 people, far above the government's 150.",
                 [(212, "Hospitals"), (150, "the government")], id="far-above-the-governments"),
    pytest.param("HARBOUR WORKERS' UNION (HWU)\nPress statement\n\nWe recorded 130 detentions this week, against the "
                 "ministry's 74.", [(130, "HARBOUR WORKERS' UNION (HWU)"), (74, "the ministry")], id="in-a-statements-voice"),
    pytest.param("The Interior Ministry's figures, as it told the press, were 38 arrests on the first night. Rights monitors "
                 "recorded 130 detentions in the week, against the ministry's 74.",
                 [(38, "Interior Ministry"), (130, "Rights monitors"), (74, "Interior Ministry")], id="named-by-its-possessive"),
    pytest.param("The march crossed the country's 12 provinces and 300 people were arrested.", [(300, None)],
                 id="not-a-places-count"),
]




# --- a count named by its maker ------------------------------------------------------------------
# A count, tally, summary or study named with its maker (a possessive, 'its', or 'by X'), with
# words before its noun, a long 'of'/'for' phrase after it, an aside set off by commas, and the
# figure after a verb or a clause that closes with a colon, is the maker's (cover/possessive-
# estimate, cover/its-estimate, cover/count-by-its-maker; attr23: sets 29, 33, 45, 46, 50, 53, 62,
# 64, 66 and wordings of our own). A place's or a day's count names no one.

COUNT_NAMED_BY_ITS_MAKER = [
    pytest.param("The National Police's latest figure, repeated by its spokesman on Thursday morning, is 112 arrests.",
                 [(112, "The National Police")], id="latest-figure-with-an-aside-is"),
    pytest.param("The Swedish Police Authority's national summary has just landed: around 28,000 people took part.",
                 [(28000, "The Swedish Police Authority")], id="summary-has-landed-colon"),
    pytest.param("The coastguard's revised tally of those pulled from the water on Sunday night stands at 17 dead.",
                 [(17, "The coastguard")], id="tally-of-a-long-phrase-stands-at"),
    pytest.param("The federation's count of those detained over the weekend came to 64.",
                 [(64, "The federation")], id="count-of-those-detained-came-to"),
    pytest.param("The army's own casualty figures for the week are 11 soldiers killed and 40 wounded.",
                 [(11, "The army"), (40, "The army")], id="own-casualty-figures-are"),
    pytest.param("the union's overnight update is out: 23 members arrested in Ulsan",
                 [(23, "the union")], id="forum-update-is-out-colon"),
    pytest.param("The Red Cross, for its part, has not revised its figures since Saturday: 58 wounded.",
                 [(58, "Red Cross")], id="translated-has-not-revised-its-figures"),
    pytest.param("The ministry gave its toll on Friday. Its figures for the two nights are 61 students detained.",
                 [(61, "The ministry")], id="its-figures-for-the-two-nights-are"),
    pytest.param("An independent estimate by the sociologist Anna Berg, based on drone photographs taken at 17:15, "
                 "came in at 9,000 marchers.", [(9000, "the sociologist Anna Berg")], id="estimate-by-with-an-aside-came-in-at"),
    pytest.param("A 2013 study by the historian Ivan Petrov, using hospital archives, put the figure at 11 dead.",
                 [(11, "the historian Ivan Petrov")], id="study-by-put-the-figure-at"),
    pytest.param("A survey of the district's clinics by the medical association, published on Monday, found 212 injured.",
                 [(212, "the medical association")], id="survey-of-by-found"),
    pytest.param("The station's own toll at that moment was higher than the police count of six dead.",
                 [(6, "police")], id="not-the-owner-of-a-count-in-another-clause"),
    pytest.param("The country's death toll rose to 40 on Monday.", [(40, None)], id="not-a-countrys-toll"),
    pytest.param("The day's toll, the worst since the war began, was 112 dead.", [(112, None)], id="not-a-days-toll"),
    pytest.param("The march, organised by the union, was the largest in years, and 40 people were arrested.",
                 [(40, None)], id="not-an-agent-of-another-noun"),
]


# --- a speaker's label that tells more than who ---------------------------------------------------
# A line or sentence opened by its speaker's label before a colon, the label carrying an
# apposition, the occasion, the document and who gave it, the hour or a plea, is the speaker's,
# cut to who (cover/label-with-its-occasion; attr23: sets 27, 52, 53, 61 and wordings of our own).
# A label that is a clause, a place or a time names no one.

LABEL_WITH_ITS_OCCASION = [
    pytest.param('ACP Salma Nyakunga, regional police commander, at a briefing at the foot of the hill: 31 injured.',
                 [(31, "ACP Salma Nyakunga")], id="wire-a-commander-with-her-role-and-the-briefing"),
    pytest.param("Dr Helen Maitland, crowd safety lecturer, from drone footage: no more than 5,500 marchers at any one time",
                 [(5500, "Dr Helen Maitland")], id="list-an-expert-and-how-she-counted"),
    pytest.param("From the police statement this morning (link in first post on page 2): 14 still in custody.",
                 [(14, "police")], id="forum-from-the-police-statement-with-a-link"),
    pytest.param("A statement from the Red Crescent: 12 of the patients admitted this afternoon died.",
                 [(12, "the Red Crescent")], id="live-a-statement-from"),
    pytest.param("Latest figures from the Civil Protection, 9 pm: 40 people injured in the storm.",
                 [(40, "the Civil Protection")], id="translation-figures-from-a-body-at-an-hour"),
    pytest.param("Teachers' union statement, shared on the group: 41 of our members were detained by the police.",
                 [(41, "Teachers' union")], id="forum-a-bodys-statement-shared"),
    pytest.param("Health ministry update, read out by the deputy minister: 23 people received care.",
                 [(23, "Health ministry")], id="live-a-bodys-update-read-out-by-someone"),
    pytest.param("Interior minister Ana Ruiz on state television tonight: 300 officers deployed in the capital.",
                 [(300, "Interior minister Ana Ruiz")], id="tv-a-minister-on-a-channel-and-an-hour"),
    pytest.param("In the capital, on Tuesday: 12 dead.", [(12, None)], id="not-a-place-and-a-day"),
    pytest.param("Beira, the port city, on Tuesday: 12 dead.", [(12, None)], id="not-a-place-with-its-gloss"),
    pytest.param("The official count, kept by the disaster agency, grew steadily: eight dead on Monday, 16 on Tuesday.",
                 [(8, None), (16, None)], id="not-a-clause-before-the-colon"),
]


@pytest.mark.parametrize(("text", "want"), OWNED_FIGURE_CASES + COUNT_NAMED_BY_ITS_MAKER + LABEL_WITH_ITS_OCCASION)
def test_a_figure_its_owner_or_label_names_is_theirs(text: str, want: list[tuple[float, str | None]]) -> None:
    """A figure named by its owner's possessive, a count named by its maker, a label cut to its
    speaker: the tables above."""
    got = [(c.value, c.claimant) for c in extract_claims(Source(id="t", text=text), LEX) if c.measure != "other"]
    assert got == want


# --- a pronoun opening a sentence after one whose subject names a speaker --------------------------
# 'She says', 'It said', 'They report' at the start of a sentence are the subject the sentence just
# before opens with (a titled name, a body's name, or the name in apposition to a description), when
# it fits the pronoun, rather than the speaker of a figure further back (speakers._subject_before;
# attr23: sets 34, 60 and wordings of our own). 'He' after a sentence opened by a body goes on as before.

PRONOUN_AFTER_A_SUBJECT = [
    pytest.param("Her colleague Tomas Varga said 23 people died. Ms Lindqvist accepts the 23 and goes further. "
                 "She says she can document 26 deaths.", [(23, "Her colleague Tomas Varga"), (26, "Ms Lindqvist")],
                 id="longread-she-after-a-titled-name"),
    pytest.param("Police said 90 people were held. A local monitoring group, the Harbour Rights Observatory, gave a "
                 "higher count. It said its volunteers had documented 140 detentions.",
                 [(90, "Police"), (140, "the Harbour Rights Observatory")], id="wire-it-after-a-name-in-apposition"),
    pytest.param("The ministry said 12 people died. The Red Crescent disputes this. It says 19 people were killed.",
                 [(12, "The ministry"), (19, "The Red Crescent")], id="live-it-after-a-body-that-disputes"),
    pytest.param("Officials counted 300 marchers. The Dockers Union of Ghana held its own count on the quay. "
                 "They say 2,000 marched.", [(300, "Officials"), (2000, "The Dockers Union of Ghana")],
                 id="forum-they-after-a-union"),
    pytest.param("Dr Amina Yusuf said 31 people were treated. The Interior Ministry issued a statement. "
                 "She said 12 of them were police officers.", [(31, "Dr Amina Yusuf"), (12, "Amina Yusuf")],
                 id="not-she-after-a-body"),
    pytest.param("Mr Okafor said 40 were arrested. The march ended at noon. He said 12 people were injured.",
                 [(40, "Mr Okafor"), (12, "Mr Okafor")], id="not-a-sentence-with-no-speaker-as-subject"),
]


@pytest.mark.parametrize(("text", "want"), PRONOUN_AFTER_A_SUBJECT)
def test_a_pronoun_opening_a_sentence_is_the_subject_just_before(text: str, want: list[tuple[float, str | None]]) -> None:
    got = [(c.value, c.claimant) for c in extract_claims(Source(id="t", text=text), LEX) if c.measure != "other"]
    assert got == want


# The outlet's own reporter named by the outlet the page's first line names ('A Standard-Times
# reporter' under THE BULAWAYO STANDARD-TIMES) is the report's own voice, as 'our reporter' is
# (attr25; fresh sentences, first run at main 4/6 fail, after 0/6)
PAGE_STAFF = [
    pytest.param('THE HARBOUR COURIER\nNews / City\n\nDockers march on port office\n\nA Courier reporter who walked with the march counted about 900 people at the gate.', 900, None, id='masthead-reporter-counted'),
    pytest.param("Lakeside Gazette\n\nFishermen protest levy\n\nThe Gazette's correspondent at the jetty estimated that 400 fishermen took part.", 400, None, id='masthead-correspondent-estimated'),
    pytest.param('VALLEY DAILY NEWS\n\nStrike enters third day\n\nA Valley Daily photographer counted 250 strikers outside the mill.', 250, None, id='masthead-photographer-two-words'),
    pytest.param('THE HARBOUR COURIER\nNews / City\n\nDockers march on port office\n\nA Reuters reporter at the scene counted about 900 people at the gate.', 900, 'A Reuters reporter at the scene', id='other-outlet-reporter-keeps'),
    pytest.param('Northern Echo Online\n\nProtest at city hall\n\nAn Echo journalist who was at the scene said around 300 people had gathered.', 300, None, id='masthead-journalist-said'),
    pytest.param('Dockers march on port office\n\nA Courier reporter who walked with the march counted about 900 people at the gate.', 900, 'A Courier reporter', id='no-masthead-reporter-keeps'),
]


@pytest.mark.parametrize(("text", "value", "want"), PAGE_STAFF)
def test_the_pages_own_reporter_is_its_own_voice(text: str, value: int, want: str | None) -> None:
    assert [c.claimant for c in extract_claims(Source("x", text), LEX) if c.value == value] == [want]


def test_a_quoted_statement_is_looked_for_at_quotation_marks() -> None:
    """speakers._quote_opens_statement tries QUOTE_OPENS_STATEMENT only at the quotation marks
    it opens with: the same answer as the pattern's own search, on every test report."""
    from claimcheck.speakers import QUOTE_OPENS_STATEMENT, _quote_opens_statement

    extra = ['x "PRESS STATEMENT. The police', "“COMMUNIQUÉ: Police", '"press statement. x', '"AB. x']
    for text in _texts_of_the_sets() + extra:
        for t in (text, text[len(text) // 2 :]):
            assert _quote_opens_statement(t) == (QUOTE_OPENS_STATEMENT.search(t) is not None)


# Session 28 (attr28), written before the fix: a speaker named once in a sentence with no figure,
# then told again by its role or its kind one to three sentences later ('the spokeswoman', 'the
# coordinator', 'the society', 'the guild'): the person or body named with that word. First
# run at main: 13/14 failed (2 of them no claim of the figure: recall, xfail here); after the fix
# 4 of the 12 read (a body's kind outside description_heads: xfail).
_KIND_OUTSIDE_HEADS = (
    "a body told again by a kind outside speakers.description_heads stays the description: adding the org words that"
    " head a name (society, trust, league, cooperative, company) let the entity index's fragments ('the company had"
    " said') answer for them on set 57"
)
ROLE_OR_KIND_POINTS_BACK = [
    pytest.param("Police spokeswoman Hana Oyelaran briefed reporters on Monday. The spokeswoman said 44 people had been arrested.",
                 44, "Hana Oyelaran", id="k28-role-before-name"),
    pytest.param("Tomas Brel, the rescue coordinator, spoke at the pit head. Crews were still digging. The coordinator said 12 bodies had been recovered.",
                 12, "Tomas Brel", id="k28-role-in-apposition"),
    pytest.param("Lina Morales is the prison's director. She met the families at noon. According to the director, 9 inmates were hurt.",
                 9, "Lina Morales", id="k28-role-after-is-the"),
    pytest.param("Union leader Marek Dvorak addressed the crowd outside the depot. The leader put the turnout at 6,500.",
                 6500, "Marek Dvorak", id="k28-leader-put-at"),
    pytest.param("Inspector Ravi Menon, who leads the district force, visited the market. The inspector told us 17 traders were detained.",
                 17, "Ravi Menon", id="k28-inspector-told-us"),
    pytest.param("The hospital's chief surgeon, Dr Aiko Tanabe, worked through the night. By morning, the surgeon said, 23 patients were in theatre or recovery.",
                 23, "Aiko Tanabe", id="k28-surgeon-aside", marks=pytest.mark.xfail(strict=True, reason="no claim of this figure ('23 patients were in theatre or recovery': recall)")),
    pytest.param("The Sandar Relief Society runs the shelter at the stadium. The society said 27 injured people were treated there.",
                 27, "Sandar Relief Society", id="k28-society", marks=pytest.mark.xfail(strict=True, reason=_KIND_OUTSIDE_HEADS)),
    pytest.param("The Weavers Guild of Lusk called the stoppage. Shops stayed shut all day. The guild said 1,800 weavers stayed home.",
                 1800, "Weavers Guild of Lusk", id="k28-guild", marks=pytest.mark.xfail(strict=True, reason="no claim of this figure ('1,800 weavers stayed home': recall)")),
    pytest.param("The Moorland Mountain Rescue Trust sent three teams. The trust said 5 climbers had died on the ridge.",
                 5, "Moorland Mountain Rescue Trust", id="k28-trust", marks=pytest.mark.xfail(strict=True, reason=_KIND_OUTSIDE_HEADS)),
    pytest.param("The Coastal Fishers League organised the blockade. According to the league, 400 boats took part and 31 fishermen were arrested.",
                 31, "Coastal Fishers League", id="k28-league-according", marks=pytest.mark.xfail(strict=True, reason=_KIND_OUTSIDE_HEADS)),
    pytest.param("The Highland Dairy Cooperative owns the depot. The cooperative said 14 of its drivers were hurt.",
                 14, "Highland Dairy Cooperative", id="k28-cooperative", marks=pytest.mark.xfail(strict=True, reason=_KIND_OUTSIDE_HEADS)),
    pytest.param("Spokeswoman Dana Ilic spoke for the city council. The spokeswoman put the number of injured at 19.",
                 19, "Dana Ilic", id="k28-spokeswoman-put-at"),
    pytest.param("The Teachers' Front, a group of striking teachers, held a vigil. The group counted 2,300 people at the vigil.",
                 2300, "Teachers' Front", id="k28-group-after-apposition"),
    pytest.param("Ana Ruiz, a nurse at the clinic, saw the crush. Four children were among the dead, the nurse said.",
                 4, "Ana Ruiz", id="k28-nurse-trailing"),
]


@pytest.mark.parametrize(("text", "value", "want"), ROLE_OR_KIND_POINTS_BACK)
def test_a_role_or_kind_told_again_is_the_one_named_with_it(text: str, value: float, want: str) -> None:
    got = [c.claimant for c in extract_claims(Source(id="t", text=text), LEX) if c.value == value]
    assert got and got[0] is not None and got[0].lower().removeprefix("the ").endswith(want.lower().removeprefix("the ")), got


# Session 28 (attr28), written before the fix: a quotation of two sentences or more whose speaker
# is named only after its closing mark ('"We have 41 wounded. Nine are children," she said.'):
# every figure inside it is that speaker's. First run at main: 4/14 failed, 3 of them no claim of the
# figure (recall) and one a quotation's 'We' read as the body named before: the kind is read at main
# (no change made for it; xfail here).
QUOTATION_SPEAKER_AFTER = [
    pytest.param("Dr Mara Velic met us at the gate. \"We have 41 wounded here. Nine of them are children,\" she said.",
                 41, "Mara Velic", id="k28-she-said-after-two"),
    pytest.param("\"Our crews pulled 16 bodies from the river. The search goes on tonight,\" said Captain Ilse Marin of the harbour brigade.",
                 16, "Ilse Marin", id="k28-said-name-after"),
    pytest.param("\"The square was packed. I would put it at 20,000 people. Nobody expected that,\" the organiser, Kofi Mensah, told reporters.",
                 20000, "Kofi Mensah", id="k28-three-sentences-told"),
    pytest.param("\"They took 37 of our members. We do not know where they are,\" the union's secretary, Alma Duric, said on Tuesday.",
                 37, "Alma Duric", id="k28-union-secretary-said-on"),
    pytest.param("“Eleven people died in the stairwell. It was a trap,” Fire Chief Oren Bakr said.",
                 11, "Oren Bakr", id="k28-curly-marks"),
    pytest.param("\"We arrested 52 people. All of them were armed,\" a police spokesman said.",
                 52, "a police spokesman", id="k28-anonymous-spokesman"),
    pytest.param("\"At least 300 families lost their homes. Many have nowhere to go,\" says Nadia Farouk, who runs the shelter.",
                 300, "Nadia Farouk", id="k28-says-relative-after", marks=pytest.mark.xfail(strict=True, reason="no claim of this figure ('300 families lost their homes': recall)")),
    pytest.param("The mayor spoke outside the town hall. \"Nine people are still missing. We will not stop looking,\" he said.",
                 9, "The mayor", id="k28-he-said-mayor", marks=pytest.mark.xfail(strict=True, reason="no claim of this figure ('Nine people are still missing': recall)")),
    pytest.param("\"Twenty-two inmates were hurt. Four are in a bad way,\" the prison's doctor, Ivo Kranjc, wrote in a letter.",
                 22, "Ivo Kranjc", id="k28-wrote-in-a-letter"),
    pytest.param("\"We counted 4,500 marchers at the bridge. Police have their own figure,\" added Lena Sauer, a steward.",
                 4500, "Lena Sauer", id="k28-added-name-apposition"),
    pytest.param("\"Sixty of our drivers stayed home today. That is every driver on the night shift,\" the depot manager told the Post.",
                 60, "the depot manager", id="k28-told-the-post", marks=pytest.mark.xfail(strict=True, reason="no claim of this figure ('Sixty of our drivers stayed home': recall)")),
    pytest.param("Ms Ortega runs the clinic. \"We treated 18 people for gas. Two had broken ribs,\" she explained.",
                 18, "Ms Ortega", id="k28-she-explained", marks=pytest.mark.xfail(strict=True, reason="the quotation's 'We' is read as the clinic named before, not the person who speaks for it")),
    pytest.param("\"Some 700 officers were on duty. There were no serious incidents,\" the interior ministry said in a statement.",
                 700, "the interior ministry", id="k28-ministry-statement"),
    pytest.param("\"It was chaos. Nobody was counting. I think 25 people were hurt,\" said Pavel Hrub, a shopkeeper.",
                 25, "Pavel Hrub", id="k28-figure-in-last-but-one"),
]


@pytest.mark.parametrize(("text", "value", "want"), QUOTATION_SPEAKER_AFTER)
def test_a_quotation_over_sentences_is_its_speakers_named_after_it(text: str, value: float, want: str) -> None:
    got = [c.claimant for c in extract_claims(Source(id="t", text=text), LEX) if c.value == value]
    assert got and got[0] is not None and want.lower().removeprefix("the ").removeprefix("a ").removeprefix("ms ") in got[0].lower(), got


# Session 29 (voice29), written before the fix: a body's document told again later with words
# before its noun ('The 80-page report', 'The lengthy study', 'the leaked document', 'The
# group's updated bulletin') stands for the body, as 'the report' does ('document' is a published
# document). First run at main: 12/12 failed (the study's row, not read at all then, reworded);
# after the fix 8 pass, 4 stay (xfail: other readings).
def _doc_case(id: str, *values: object) -> object:
    return pytest.param(*values, id=id)


def _doc_xfail(id: str, *values: object, reason: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


DESCRIBED_DOCUMENT = [
    _doc_xfail("doc-80-page-report", "A new report from the Sahel Rights Network, released on Tuesday, says 412 civilians were killed in the region last year. The 80-page report also documents 1,200 arbitrary arrests.", 1200, "A new report from the Sahel Rights Network", reason="'documents' is read as no speech verb: the figure has no speaker to resolve"),
    _doc_case("doc-lengthy-report", "The Observatory for Prison Conditions said in a report on Monday that 19 inmates died in custody. The lengthy report also says 130 inmates were injured in riots.", 130, "The Observatory for Prison Conditions"),
    _doc_case("doc-the-document", "The Observatory for Prison Conditions published a report on Monday. The document says 130 inmates were injured in riots.", 130, "Observatory for Prison Conditions"),
    _doc_case("doc-unpublished-study", "Doctors for Rights said in a study that 48 protesters were blinded by rubber bullets. The unpublished study also says 310 other protesters were injured.", 310, "Doctors for Rights"),
    _doc_case("doc-leaked-document", "The interior ministry said in an internal document that 2,300 officers were deployed. The leaked document also says 41 officers were injured.", 41, "The interior ministry"),
    _doc_xfail("doc-second-bulletin", "The civil protection agency said in its bulletin that 14 people died. The agency's second bulletin of the day says 37 were injured.", 37, "The civil protection agency", reason="a possessive owner before the document ('The agency's second bulletin of the day') is another reading"),
    _doc_xfail("doc-joint-statement", "The two unions said in a statement that 8,000 workers struck. The joint statement also says 45 members were arrested.", 45, "The two unions", reason="'The two unions' before is not taken as the statement's speaker"),
    _doc_case("doc-final-report-two-words", "The commission of inquiry said in its report that 37 people died. The long-awaited final report also found that 150 were injured.", 150, "The commission of inquiry"),
    _doc_case("doc-hospital-note", "The regional hospital said in a note that 22 patients were admitted overnight. The brief note adds that 3 of them died.", 3, "The regional hospital"),
    _doc_xfail("doc-updated-release", "The coastguard said in a release that 61 migrants were rescued. The updated release says 9 bodies were recovered.", 9, "The coastguard", reason="'9 bodies were recovered' after 'says' is read with no speaker at all"),
    _doc_case("doc-annual-survey", "The press freedom group said in its survey that 11 journalists were killed in 2025. The annual survey also says 240 journalists were detained.", 240, "The press freedom group"),
    _doc_case("doc-detailed-findings", "The ombudsman said in findings published on Friday that 27 detainees were beaten. The detailed findings also say 6 detainees died.", 6, "The ombudsman"),
]


@pytest.mark.parametrize(("text", "value", "want"), DESCRIBED_DOCUMENT)
def test_a_document_described_later_stands_for_its_body(text: str, value: int, want: str) -> None:
    claims = [c for c in extract_claims(Source(id="t", text=text)) if c.value == value]
    assert len(claims) == 1
    assert claims[0].claimant == want


# --- page layout: lists introduced by an observer, link teasers in the body -------------------


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        (
            "The Rights Commission made the following observations after monitoring the marches on Friday:\n"
            "a) Deaths: One fatality has been reported this evening.\n"
            "b) Injuries: About 140 people were injured in the capital.\n"
            "c) Arrests: More than 60 persons were arrested across the country.",
            60, "The Rights Commission",
        ),
        (
            "The observer mission documented these violations in the three provinces:\n"
            "(i) 12 people were shot dead at checkpoints.\n(ii) 85 people were detained without charge.",
            85, "The observer mission",
        ),
        (  # an item's own speaker stays
            "The Rights Commission made the following observations:\n"
            "a) Deaths: the police said two people died.",
            2, "the police",
        ),
        (  # a line of what someone did, no record verb: no speaker
            "The Rights Commission toured the districts on Friday:\n"
            "a) Deaths: One fatality has been reported this evening.",
            1, None,
        ),
    ],
)
def test_a_list_is_told_by_who_recorded_it(text: str, value: float, want: str | None) -> None:
    claims = extract_claims(Source(id="t", text=text), LEX)
    assert [c.claimant for c in claims if c.value == value] == [want]


def test_a_link_teaser_is_no_claim_and_no_speaker() -> None:
    text = (
        "Rights groups said police fired live rounds at the marchers in the capital.\n"
        "> Police Kill 2 Robbery Suspects in Harbour Town\n"
        "They reported that 20 people were hurt near the square.\n"
        "> Inside the Minister's Yacht Business\n"
        "Leave a comment"
    )
    claims = extract_claims(Source(id="t", text=text), LEX)
    assert [(c.value, c.claimant) for c in claims] == [(20, "Rights groups")]


def test_an_e_mails_quoted_lines_are_no_teasers() -> None:
    text = "On 4 May, Ana wrote:\n> Police Say 40 Were Held Overnight in Town\n> Twelve Are Still in Custody Tonight\n"
    assert [c.value for c in extract_claims(Source(id="t", text=text), LEX) if c.measure == "arrested"]
