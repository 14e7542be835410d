"""Formats the parser reads through same-length masks (claimcheck.reading, claimcheck.turns): an
e-mailed press release in '>' quotation, a lynx dump or encyclopedia text with citation marks,
a PDF report's text (page furniture, hyphenated line ends, glued footnote numbers), a chat
export and a press-conference transcript. Each gives the claims of its plain prose, and every
claim traces to the file's own characters."""

from __future__ import annotations

import re
import textwrap

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.reading import read_text
from claimcheck.situate import parse
from claimcheck.turns import turns

EMAIL = """\
From: Press Office <press@example.org>
Subject: FW: Statement on the arrests

Dear colleagues, please find our statement below.

> Rights group condemns mass arrests
>
> Freedom Watch today condemned the arrest of at least 212 people during
> Tuesday's protests. Our monitors counted more than 8,000 people at the
> march, which was peaceful until police moved in.
>
> "Police beat protesters with batons and chased them into side streets;
> we have confirmed 35 injured, six of them seriously," said Ana Veres,
> the group's director, who called for an independent investigation.
>
> The authorities have said 90 people were detained.

Best regards,
--
Ana Veres
"""

CITED = """\
   On 3 November an estimated 40,000 people marched to the square,
   according to the organisers,[5][3] while the police put the crowd at
   12,000.[6][4] Riot police fired tear gas and arrested 86 people.[7][5]

   Clashes on 5 November left two protesters dead and 57 injured,
   including 19 police officers, the interior ministry said.[8][6] The
   [9]Velmora Bar Association said at least 140 people had been detained
   over the week, more than the 112 the ministry acknowledged.[10][7]
"""

PDF = """\
                                                    HUMAN RIGHTS MONITOR
                                           Situation Report No. 7 – December 2026


1. Between 1 and 30 November 2026, the Mission documented the killing of
at least 64 civilians in the northern governorates, including 11 wo-
men and 9 children.12 A further 203 civilians were injured, the ma-
jority in the shelling of residential areas of the two towns.13

2. In a letter dated 3 December, the Ministry of Interior stated that 22
people had died in the unrest and that 130 persons had been detained.14

3. Local organisations estimate that more than 25,000 took part in the demon-
strations of 14 November, while the authorities put the number of par-
ticipants at 6,000.15

_______________________
12 Interviews with witnesses, 2 December 2026.
13 Hospital records.

                                                                              4
"""

CHAT = """\
[05.12.26 14:02] Regional Rescue Service: Update on the market fire. 9 people have died, 23 are injured.
[05.12.26 16:10] Regional Rescue Service: The number of dead has risen to 12.
[05.12.26 16:12] City Hall: Mayor says 4 people were detained, including the market's owner.
"""

TRANSCRIPT = """\
Transcript: press conference by the Minister of the Interior, 4 December 2026

MINISTER KOVAC: Good afternoon. Last night, during the disturbances in
the eastern districts, 73 people were arrested.

Q: Minister, human rights groups say more than 200 people were detained.
Is that figure wrong?

MINISTER KOVAC: That figure is not true. We detained 73 people.
"""


def claims(text: str) -> list:
    found = extract_claims(Source(id="x", text=text))
    for c in found:  # every claim traces to the file's characters
        assert text[c.start : c.end] == c.text
    return found


def said(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {c.text: (c.measure, c.claimant) for c in claims(text)}


def test_an_emailed_press_release_in_quotation_reads_as_its_prose():
    got = said(EMAIL)
    assert got["at least 212"] == ("arrested", "Freedom Watch")
    assert got["more than 8,000"][0] == "participants"
    assert got["90"] == ("arrested", "The authorities")  # (not '> The authorities')


def test_citation_marks_after_punctuation_and_a_dumps_link_numbers_name_nobody():
    got = said(CITED)
    assert got["12,000"] == ("participants", "the police")  # (not '[5][3] while the police')
    assert got["57"] == ("injured", "the interior ministry")  # '… said.[8][6]'
    assert got["at least 140"] == ("arrested", "Velmora Bar Association")  # '[9]Velmora …'


def test_a_mark_right_after_a_word_still_parts_an_infobox_line():
    text = "Casualties and losses 27 killed[3] 61 wounded[3] 6 killed (Army)[4] 40+ killed (Rebels)[3]"
    assert read_text(text, None, load_lexicon()) == text


def test_a_pdf_reports_text_reads_over_its_page_furniture_hyphens_and_footnotes():
    got = said(PDF)
    assert got["at least 64"][0] == "killed"  # the page header sets no wrapping width
    assert got["130"] == ("arrested", "the Ministry of Interior")
    assert got["6,000"][0] == "participants"  # 'par-' 'ticipants at 6,000.15': a footnote
    read = read_text(PDF, None, load_lexicon())
    assert "the demonstrations   of 14" in read and "9 children.   A further" in read
    assert "HUMAN RIGHTS MONITOR\n" in read  # the running header joins no line


def test_a_hyphen_that_belongs_to_its_word_stays():
    text = ("The police said that they had detained dozens of people during the anti-\n"
            "government march through the centre of the capital, which drew about 3,000\n") * 3
    assert "anti-government  march" in read_text(text, None, load_lexicon())


def test_a_chat_exports_figures_are_each_turns_speakers():
    got = said(CHAT)
    assert got["9"] == ("killed", "Regional Rescue Service")
    assert got["12"] == ("killed", "Regional Rescue Service")
    assert got["4"] == ("arrested", "Mayor")  # named in the turn: the sender relays it


def test_a_transcripts_answers_are_the_speakers_and_a_question_names_nobody():
    got = {(c.start, c.text): c.claimant for c in claims(TRANSCRIPT)}
    assert sorted(got.values()) == ["Minister Kovac", "Minister Kovac", "human rights groups"]


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE: Police say 40 were held.\nUPDATE: Now 52 are held.\nBREAKING: A third march.",
        "Deaths: 14\nInjured: 230\nArrests: 1,050",
        "Ann Lee: 12 dead.\nJo Park: 40 held.",  # two names, no one speaks twice: a list
        # a forum's pinned summary: a source named twice, and a question only in a later post,
        # not in the paragraph a label opens (no transcript's question)
        "Pinned summary, edited as numbers come in.\n\nCITY CENTRE\nPolice: about 20,000 at the peak\n"
        "Organisers (the coalition): 70,000\nPolice: 9 detained\n\nSUBURBS\nEast: no figures yet\n\n"
        "#2 reader_x\nDoes anyone know how many were hurt? My brother was there.",
    ],
    ids=["live-blog-labels", "infobox-labels", "name-list", "forum-summary-labels"],
)
def test_labelled_lines_that_are_no_turns(text):
    assert turns(text, load_lexicon()) == ()



def test_a_mark_after_a_lone_digits_full_stop_stays():
    text = "Three patients died in City Hospital No. 7.[3] The ministry counted 126 people injured."
    assert said(text)["126"] == ("injured", "The ministry")


def test_a_bracketed_note_number_glued_to_punctuation_is_no_figure():
    """A briefing paper's note markers ('not counting the attackers.(1) Our researchers',
    'the health ministry,(3) our') are blanked; a bracketed number after a space stays."""
    text = (
        "The ministry said 17 people had been killed, not counting the attackers.(1) Our "
        "researchers spoke to the families. Of the 34 people wounded according to the health "
        "ministry,(3) our researchers confirmed that at least 12 were still in hospital."
    )
    read = read_text(text, None, load_lexicon())
    assert "attackers.    Our" in read and "ministry,    our" in read and len(read) == len(text)
    assert sorted(said(text)) == ["17", "34", "at least 12"]
    kept = "Police said the wounded were taken to two hospitals (1) and (2) on the map."
    assert read_text(kept, None, load_lexicon()) == kept


FILLER = (
    "Police said the day had been calm in most districts of the city, with only small groups "
    "gathering near the stations and the main square. "
) * 3


def hyphenated(para: str) -> str:
    return "\n\n".join([textwrap.fill(FILLER, 84), para, textwrap.fill(FILLER, 84)]) + "\n"


def test_a_word_closed_up_over_a_hyphen_reads_whole():
    text = hyphenated("On Sunday evening, the organisers of the march said that some 40,000 demon-\nstrators marched through the "
                      "capital to demand the release of the detained students.")  # fmt: skip
    (c,) = claims(text)
    assert (c.text, c.measure, c.subject) == ("some 40,000", "participants", "protesters")


@pytest.mark.xfail(strict=True, reason="a qualifier closed up over a hyphen is followed by the two "
                   "freed spaces, and qualifier phrases are matched with single spaces")  # fmt: skip
def test_a_qualifier_closed_up_over_a_hyphen_keeps_the_files_characters():
    text = hyphenated("On Sunday evening, the organisers of the march said that an esti-\nmated 40,000 people marched through the "
                      "capital to demand the release of the detained students.")  # fmt: skip
    (c,) = claims(text)
    assert c.text == "an esti-\nmated 40,000"


SUBTITLES = """\
1
00:00:01,000 --> 00:00:04,200
Good evening. Police in the capital say

2
00:00:04,200 --> 00:00:08,900
at least 120 people were arrested
during last night's protests.

3
00:00:09,000 --> 00:00:13,500
Organisers told us some 30,000 people
took part in the march,

4
00:00:13,500 --> 00:00:17,000
while the health ministry said
14 people were injured.
"""


def test_a_subtitle_files_sentences_run_on_over_its_cues():
    got = said(SUBTITLES)
    assert got == {
        "at least 120": ("arrested", "Police in the capital"),
        "some 30,000": ("participants", "Organisers"),
        "14": ("injured", "the health ministry"),
    }  # (no cue number nor timing is a figure)
    vtt = "WEBVTT\n\n" + "\n".join(
        line.replace(",", ".") for line in SUBTITLES.splitlines() if not line.isdigit()
    )
    assert said(vtt)["at least 120"] == ("arrested", "Police in the capital")


NAMED_TRANSCRIPT = """\
Spokesperson's regular press conference, 4 December 2026

Lin Wei: Good afternoon. I have no announcements to make today.

AFP: Rights groups say 40 people were killed in the clashes. Can you confirm?

Lin Wei: According to the information we have, three people died.

Reuters: Local officials said 200 soldiers were deployed. Is that right?

Lin Wei: I would refer you to the competent authorities.
"""


def test_a_transcript_with_names_as_written_answers_as_its_spokesperson():
    got = said(NAMED_TRANSCRIPT)
    assert got["three"] == ("killed", "Lin Wei")
    assert got["40"] == ("killed", "Rights groups")  # the questioner's outlet is no speaker
    assert got["200"] == ("deployed", "Local officials")


def test_a_live_blogs_entry_time_is_no_part_of_the_speaker():
    text = "LIVE: Earthquake\n\n14:05 The regional governor says 32 people have died.\n\n9.40 am Police say 12 were held.\n"
    assert said(text) == {"32": ("killed", "The regional governor"), "12": ("arrested", "Police")}


def test_a_table_set_out_in_columns_in_a_wrapped_report_stays_rows():
    table = (
        "Table 2. Casualties by governorate, 1-30 November 2026\n\n"
        "  Governorate          Killed      Injured      Arrested\n"
        "  Tarsin                   41          122            60\n"
        "  Qabul                    23           81           358\n"
        "  Total                    64          203           418\n"
    )
    got = {(c.text, c.measure, c.place) for c in claims(table)}
    assert {("41", "killed", "Tarsin"), ("358", "arrested", "Qabul")} <= got


@pytest.mark.parametrize(
    "text",
    [EMAIL, CITED, PDF, CHAT, TRANSCRIPT, SUBTITLES, NAMED_TRANSCRIPT],
    ids=["email", "cited", "pdf", "chat", "transcript", "subtitles", "named-transcript"],
)
def test_windows_line_ends_read_the_same(text):
    def seen(t: str) -> list[tuple[str, str | None, str | None]]:
        return [(c.text.replace("\r", ""), c.measure, c.claimant) for c in claims(t)]

    assert seen(text.replace("\n", "\r\n")) == seen(text)


@pytest.mark.parametrize(
    ("stamps", "days"),
    [
        (("[05.12.26 14:02]", "[06.12.26 09:10]"), ["2026-12-05", "2026-12-06"]),
        (("5 December 2026, 14:02 -", "6 December 2026, 09:10 -"), ["2026-12-05", "2026-12-06"]),
        (("[2026-12-05 14:02]", "[2026-12-06 09:10]"), ["2026-12-05", "2026-12-06"]),
        (("13/12/2026, 14:02 -", "14/12/2026, 09:10 -"), ["2026-12-13", "2026-12-14"]),
        (("05/12/2026, 14:02 -", "06/12/2026, 09:10 -"), [None, None]),  # day or month first?
    ],
    ids=["dotted", "written", "iso", "slashed-day-first", "slashed-unknown-order"],
)
def test_a_chat_lines_stamp_dates_its_figures(stamps, days):
    text = (f"{stamps[0]} Rescue Service: 9 people have died in the fire.\n"
            f"{stamps[1]} Rescue Service: The number of dead has risen to 12.\n")  # fmt: skip
    found = parse(Source(id="chat", text=text))  # (the parser and the time-and-place stage)
    assert [c.as_of for c in found] == days
    assert [c.claimant for c in found] == ["Rescue Service", "Rescue Service"]


WIKITEXT = """\
== Casualties ==
{| class="wikitable sortable"
|+ Casualties by city
! City !! Killed !! Injured !! Arrested !! Source
|-
| [[Velmora]] || 14 || 120 || 340 || Interior ministry<ref>{{cite news |title=Update}}</ref>
|-
| [[Dastan (town)|Dastan]] || 3 || 41 || 95 || Local hospitals
|}

According to the '''opposition''', at least 30 people were killed nationwide.<ref name="opp"/>
"""


def test_an_encyclopedia_articles_wikitext_reads_its_tables_rows_and_its_prose():
    got = {(c.text, c.measure, c.claimant) for c in claims(WIKITEXT)}
    assert {("14", "killed", "Interior ministry"), ("95", "arrested", "Local hospitals")} <= got
    assert ("at least 30", "killed", "the opposition") in got


@pytest.mark.parametrize(
    "table",
    [
        "  City      Killed   Injured\n  --------- -------- ---------\n  Velmora   14       120\n  Dastan    3        41\n",
        "+-----------+----------+-----------+\n| City      | Killed   | Injured   |\n"
        "+===========+==========+===========+\n| Velmora   | 14       | 120       |\n"
        "+-----------+----------+-----------+\n| Dastan    | 3        | 41        |\n"
        "+-----------+----------+-----------+\n",
    ],
    ids=["pandoc-simple", "pandoc-grid"],
)
def test_a_document_converted_to_plain_text_keeps_its_tables_rows(table):
    """A Word or PDF document converted with pandoc: a rule under the header, or between the
    rows, is no end of the table."""
    got = {(c.text, c.measure) for c in claims("Casualties by city\n\n" + table)}
    assert {("14", "killed"), ("120", "injured"), ("3", "killed"), ("41", "injured")} <= got


CSV = """\
Casualty figures by district, as reported on 4 December 2026
district,killed,injured,arrested,source
Norden,12,45,0,Provincial health office
Sudvik,7,"1,019",23,Police
"""


def test_comma_separated_values_read_as_a_table():
    got = {(c.text, c.measure, c.claimant) for c in claims(CSV)}
    assert {("12", "killed", "Provincial health office"), ("1,019", "injured", "Police")} <= got
    assert read_text(CSV, None, load_lexicon()).startswith("Casualty figures by district, as")  # (prose)


def test_a_chat_lines_sentence_is_its_words_without_the_stamp_and_sender():
    sentences = {c.text: c.sentence for c in claims(CHAT)}
    assert sentences["9"] == "9 people have died, 23 are injured."
    assert sentences["4"] == "Mayor says 4 people were detained, including the market's owner."


CHANNEL = """\
Interior Ministry (official channel)

[10.11.26 08:02] Interior Ministry:
As of 08:00, 14 people have been killed in the shelling. Another 37 were injured.

[10.11.26 18:30] Interior Ministry:
Updated data: 19 dead, among them 2 children.
"""


@pytest.mark.parametrize(
    "text",
    [CHANNEL, re.sub(r"\[(10\.11\.)26 ([\d:]+)\] Interior Ministry:", r"Interior Ministry, [\g<1>2026 \2]", CHANNEL)],
    ids=["label-above-the-message", "copied-messages"],
)
def test_a_channels_messages_below_their_sender_are_the_senders(text):
    got = said(text)
    assert got["14"] == ("killed", "Interior Ministry")
    assert got["19"] == ("killed", "Interior Ministry")  # ('Updated data:' names no one)


def test_a_transcripts_accented_labels_and_a_speakers_our_are_the_speakers():
    text = (
        "RINALDI: On the ground we have 640 people deployed.\n\nBORDÓN: During the night we arrested six people.\n\n"
        "Q: Minister, how many were hurt?\n\nLEDESMA: Our hospitals received 41 people with injuries.\n"
    )
    got = said(text)
    assert got["six"] == ("arrested", "Bordón")
    assert got["41"] == ("injured", "Ledesma")


def test_a_forwarded_release_under_an_e_mail_header_is_its_issuers():
    text = (
        "From: Media Office <media@redcross.example>\nSubject: Fwd: PRESS RELEASE - Floods in Valdora: our response\n\n"
        "Dear colleagues, please find our release below.\n\n> PRESS RELEASE\n> Valdora Red Cross Society\n>\n"
        "> We have treated 146 people for injuries since Saturday.\n"
    )
    assert said(text)["146"] == ("injured", "Valdora Red Cross Society")


def test_a_channel_whose_stamp_and_section_start_at_one_place_is_situated():
    found = parse(Source(id="x", text=CHANNEL))  # (an undated section and a dated stamp tied: was a TypeError)
    assert {c.text for c in found} >= {"14", "37", "19", "2"}


def test_a_briefing_with_labels_as_written_and_a_journalists_outlet_in_brackets():
    text = (
        "Spokesperson Maria Vell: Good morning. I can confirm that eight inmates lost their lives.\n\n"
        "Journalist (Sarnia Daily): Some guards say twelve died. Can you confirm?\n\n"
        "Spokesperson Maria Vell: No. The number is eight. About 300 officers were deployed.\n"
    )
    got = {(c.text, c.claimant) for c in claims(text)}
    assert ("eight", "Spokesperson Maria Vell") in got  # (not 'I can', nor 'Good morning')
    assert ("twelve", "Some guards") in got


@pytest.mark.parametrize(
    ("line", "figure", "claimant"),
    [
        ("3) Meridia: 1,214 arrested in May protests, says watchdog - Meridia Herald", "1,214", "watchdog"),
        ("* SARNIA: 8 inmates killed in prison riot - Justice Ministry (Sarnia Daily)", "8", "Justice Ministry"),
    ],
    ids=["says-before-the-outlet", "a-dash-before-the-outlet"],
)
def test_a_digest_lines_speaker_is_no_place_label_nor_outlet(line, figure, claimant):
    text = f"NEWS DIGEST - 11 November 2026\n\n{line}\n* KANTO: Bridge toll rises to 26, civil defence says. (Kanto Herald)\n"
    assert said(text)[figure][1] == claimant


def test_an_interviews_answers_are_the_interviewees():
    text = (
        "Interview with the head of the Kestrian Red Cross, Olena Marchuk, recorded on 10 November 2026.\n\n"
        "Q: How many people have your teams helped since Tuesday?\n"
        "A: Our teams have treated 230 wounded people in Dorvas alone.\n\n"
        "Q: The governor says 14 people died. Is that your figure too?\n"
        "A: We have counted 17 bodies ourselves.\n"
    )
    got = said(text)
    assert got["230"] == ("injured", "Olena Marchuk")
    assert got["17"] == ("killed", "Olena Marchuk")
    assert got["14"] == ("killed", "The governor")  # (a question's figure is whoever it quotes)


def test_an_interviews_initials_are_the_guest_and_the_weekly():
    """'B.S.:' is the guest whose name they begin above the first turn; 'S.H.:', the weekly's
    own (its masthead), asks for the publication and names no one, as a 'Q:' does."""
    text = (
        "SAHEL HEBDO\nINTERVIEW\n\nCommander Bakary Sissoko: \"We count the bodies we bring up\"\n\n"
        "By Aminata Diarra | 7 October 2026\n\n"
        "S.H.: Your teams had 60 rescuers on the site at the start of the week.\n\n"
        "B.S.: Since Tuesday we are 85 agents of the Civil Protection.\n\n"
        "S.H.: The gendarmerie has made four arrests?\n\n"
        "B.S.: Three, not four. We have counted 23 bodies.\n"
    )
    got = said(text)
    assert got["85"][1] == got["23"][1] == "Bakary Sissoko"
    assert got["60"][1] is None


# --- a forum reply that quotes the post it answers (probe11) ---------------------------------

QUOTED_REPLIES = [
    pytest.param(
        "r/Kenya · Posted by u/nairobi_watcher · 3h\n\nNakuru protests - numbers?\n\n"
        "u/kipchoge_fan · 2h\nMy cousin at the Provincial General says they've received over 40 injured since noon.\n\n"
        "u/realist254 · 2h\n> My cousin at the Provincial General says they've received over 40 injured since noon.\n"
        "Source? KNCHR says 52 injured.\n",
        {"over 40": 1, "52": 1},
        id="reddit-gt-quote-of-the-parent",
    ),
    pytest.param(
        "harbour_lad · 5 Dec 2026, 10:02\nBBC saying 9 dead now.\n\n"
        "GrumpyOldTom · 5 Dec 2026, 10:40\nQuote from: harbour_lad on 5 Dec 2026, 10:02\nBBC saying 9 dead now.\n\n"
        "Sky News reporting 11 dead.\n",
        {"9": 1, "11": 1},
        id="smf-quote-from-block",
    ),
    pytest.param(
        "Jo · 2h\nNothing new here.\n\nAna · 1h\n> Police said 40 people were hurt in the crush.\nWhere did you read that?\n",
        {"40": 1},
        id="a-quote-of-what-the-text-does-not-hold-is-read",
    ),
]


@pytest.mark.parametrize(("text", "counts"), QUOTED_REPLIES)
def test_a_reply_quoting_earlier_words_is_not_read_again(text: str, counts: dict[str, int]) -> None:
    """A reply's '> …' line, or the block under 'Quote from: X on …', that repeats words the
    thread already holds is not read again (its figures are the parent post's, counted once);
    a quote of words the text does not hold is read."""
    got = [c.text for c in claims(text)]
    assert {k: got.count(k) for k in counts} == counts


def test_a_repeated_post_head_in_quotation_is_read():
    """A nested thread repeats a writer's head line ('> RC Njombe @rc_njombe · Jul 14') for each
    of their posts: a head, not a quote of words already read."""
    text = (
        "> RC Njombe @rc_njombe · Jul 14\n> We have lost 51 of our brothers and sisters.\n\n"
        ">> Makambako Leo @makambako_leo · Jul 14\n>> The ministry says 47.\n\n"
        ">> RC Njombe @rc_njombe · Jul 14\n>> 51 includes four who died overnight.\n"
    )
    assert read_text(text, None, load_lexicon()).count("RC Njombe @rc_njombe · Jul 14") == 2


def test_a_transcription_services_timed_labels_over_the_words_are_turns():
    """'Mayor Lopez (00:01:22):' on a line of its own over the words, as transcription
    services set them out: the speaker's turn; 'Speaker 2' (a reporter asking) names no one."""
    text = (
        "Mayor Lopez Press Conference - Transcript\n\nMayor Lopez (00:00:05):\nGood afternoon. We can confirm "
        "7 fatalities. 22 people were taken to hospitals.\n\nSpeaker 2 (00:01:10):\nIs that accurate?\n\n"
        "Mayor Lopez (00:01:22):\nI'll let Chief Banks answer that.\n\nChief Banks (00:01:30):\nWe have 140 "
        "firefighters on scene.\n\nSpeaker 4 (00:02:02):\nHow many arrests?\n\nChief Banks (00:02:05):\nNone.\n"
    )
    assert [t.who for t in turns(text, load_lexicon())] == [
        "Mayor Lopez", None, "Mayor Lopez", "Chief Banks", None, "Chief Banks"]  # fmt: skip
    assert said(text) == {"7": ("killed", "Mayor Lopez"), "22": ("injured", "Mayor Lopez"), "140": ("deployed", "Chief Banks")}


BOX = """\
Live: the day of protest

+------------------------------------------------------+
| KEY FIGURES (updated 21:40)                           |
| Detained ........ 14 (police) - at least 19 (lawyers) |
| Officers hurt ... 4 (police)                          |
+------------------------------------------------------+
"""


def test_a_box_drawn_in_text_is_read_as_its_lines():
    got = {(c.text, c.measure, c.subject, c.claimant) for c in claims(BOX)}
    assert {("14", "arrested", "people", "police"), ("at least 19", "arrested", "people", "lawyers")} <= got
    assert ("4", "injured", "security", "police") in got
    masked = read_text(BOX, None, load_lexicon())
    assert len(masked) == len(BOX) and "|" not in masked and "+--" not in masked
