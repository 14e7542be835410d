"""Lexicon: the words claimcheck knows (measures, subjects, roles, quantifiers), loaded from data."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


class LexiconError(ValueError):
    """A user lexicon file could not be read or has the wrong shape."""


def _default_data() -> dict[str, Any]:
    text = resources.files("claimcheck").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    return json.loads(text)


def _merge(base: Any, extra: Any) -> Any:
    """Merge a user lexicon on top of the default: word lists extend, dicts merge, numbers replace."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        if any(isinstance(x, (int, float)) for x in extra):  # an interval such as [24, 99]
            return extra
        return base + [x for x in extra if x not in base]
    return extra


# Sections whose keys are the user's to add (a new measure, subject, vague phrase, role...);
# every other section has a fixed set of keys, and an unknown one is a typo.
OPEN_SECTIONS = frozenset(
    {
        "vague",
        "number_words",
        "subjects",
        "noun_measures",
        "modifier_measures",
        "subject_default_measure",
        "subject_when_bare",
        "measures",
        "claimant_roles",
        "denial.noun_measures",
        "denial.after",
        "forces",
        "kinds_of_people",
        "kinds_of_parts",
    }
)


def _shape(value: Any) -> str:
    """What a value of the bundled lexicon is, in words a user reads."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        if value and all(isinstance(x, (int, float)) for x in value):
            return f"a list of {len(value)} numbers"
        return "a list of strings"
    return "an object"


def _fits(value: Any, like: Any) -> bool:
    shape = _shape(like)
    if shape == "a list of strings":
        return isinstance(value, list) and all(isinstance(x, str) for x in value)
    if shape.startswith("a list of") and shape.endswith("numbers"):
        return (
            isinstance(value, list)
            and len(value) == len(like)
            and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value)
        )
    if shape == "a number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return _shape(value) == shape


def check_user_lexicon(
    extra: dict[str, Any], base: dict[str, Any], name: str
) -> tuple[dict[str, Any], list[str]]:
    """``extra`` checked against the shape of the bundled lexicon ``base``: the keys it may
    merge (unknown keys dropped) and a warning for each unknown key, naming the nearest known
    one (the caller names the file). A value of the wrong type raises :class:`LexiconError` naming the file, the key and
    what was expected."""
    warnings: list[str] = []

    def walk(extra: dict[str, Any], base: dict[str, Any], path: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        known = [k for k in base if not k.startswith("_")]
        for key, value in extra.items():
            where = f"{path}.{key}" if path else key
            if key.startswith("_"):
                continue  # documentation
            if key in base:
                like = base[key]
            elif path in OPEN_SECTIONS and known:
                like = base[known[0]]  # a new entry is shaped as the bundled ones
            else:
                near = difflib.get_close_matches(key, known, n=1, cutoff=0.0)
                hint = f" (did you mean '{_join(path, near[0])}'?)" if near else ""
                warnings.append(f"unknown lexicon key '{where}' ignored{hint}")
                continue
            if not _fits(value, like):
                raise LexiconError(
                    f"lexicon {name}: '{where}' must be {_shape(like)}, not {json.dumps(value)}"
                )
            out[key] = walk(value, like, where) if isinstance(value, dict) else value
        return out

    return walk(extra, base, ""), warnings


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def alternation(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex matching any of the phrases (the longest where several fit), spaces matching any
    run of white space.

    The phrases are compiled into a trie ('death of|deaths of' -> 'death(?:s)? of'), which
    Python's regex engine scans many times faster than a flat list of alternatives.
    """
    return _alternation(frozenset(" ".join(p.lower().split()) for p in phrases if p.strip()))


@lru_cache(maxsize=1024)
def _alternation(phrases: frozenset[str]) -> str:
    """:func:`alternation` of the normalised phrases, built once per word list (the same lists
    fill many rules' slots)."""
    return _emit(_trie(phrases))


def _trie(words: Iterable[str]) -> dict[str, dict]:
    """``words`` as a trie of their characters, in their order ('' ends a word)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` exactly as written (case and spaces), the longest where
    several start at one place: a trie, as :func:`alternation` builds.

    >>> re.findall("(?=(" + literal_alternation(["he ", "her ", "'s"]) + "))", "her dog's")
    ['her ', "'s"]
    """
    return _emit(_trie(words), None)


def word_start_scan(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``pattern``, and the same led by the character that no word character is (see
    :func:`at_word_starts`)."""
    return re.compile(pattern, flags), re.compile(r"\W" + pattern, flags)


def at_word_starts(
    scan: tuple[re.Pattern[str], re.Pattern[str]], text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """What ``scan[0].finditer(text, lo, hi)`` finds, for a pattern that matches only where no
    word character stands before it (a word list led by :func:`ordered_alternation`'s
    look-behinds) and whose matches end where no match can start (before a space, a mark or
    the end of a word): a match at ``lo``, then the matches of ``scan[1]``, the pattern led by
    that non-word character. A scan led by the word list stops at each of its first letters,
    most of the letters of a text; led by ``\\W`` it stops at spaces and marks only.

    >>> scan = word_start_scan(r"(?P<r>" + ordered_alternation(["chief", "nurse"], word_start=True) + r")\\b")
    >>> text = "A nurse, the chief, mischief and nurses. Nurse"
    >>> [(m.start("r"), m["r"]) for m in at_word_starts(scan, text, 2, len(text))]
    [(2, 'nurse'), (13, 'chief')]
    >>> [(m.start("r"), m["r"]) for m in scan[0].finditer(text, 2, len(text))]
    [(2, 'nurse'), (13, 'chief')]
    """
    first = scan[0].match(text, lo, hi)
    if first is not None:
        yield first
        lo = first.end()
    yield from scan[1].finditer(text, lo, hi)


def ordered_alternation(words: Iterable[str], word_start: bool = False) -> str:
    """``'|'.join`` of the escaped ``words``, tried in the same order, with the words grouped
    under their first character: 'chair|chief|colonel' -> 'c(?:hair|hief|olonel)'. Two words
    of different first characters never both match at one place, so the first word that leads
    to a match is the same; Python's engine then skips in C to the places that hold one of the
    first characters, and tests each against a few groups, not against every word.

    ``word_start``: what ``\\b(?:…)`` matches for words that start with a word character (a
    look-behind after the first character, which keeps the skip that a leading ``\\b`` loses).

    >>> ordered_alternation(["chief", "Chief", "chair", "mayor"])
    '(?:c(?:hief|hair)|C(?:hief)|m(?:ayor))'
    >>> re.findall(ordered_alternation(["said", "says"], word_start=True), "she said, unsaid, says")
    ['said', 'says']
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        if word_start and not re.match(r"\w", w):
            raise ValueError(f"not a word: {w!r}")
        groups.setdefault(w[:1], []).append(re.escape(w[1:]))
    return "(?:" + "|".join(
        re.escape(c) + (rf"(?<!\w{re.escape(c)})" if word_start else "") + f"(?:{'|'.join(rest)})"
        for c, rest in groups.items()
    ) + ")"


def _emit(node: dict[str, dict], space: str | None = r"\s+") -> str:
    """The trie ``node`` as a regex; a space matches ``space`` (any run of white space), or
    itself when None."""
    branches = [
        (space if ch == " " and space is not None else re.escape(ch)) + _emit(child, space)
        for ch, child in sorted(node.items())
        if ch
    ]
    ends_here = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    if ends_here:  # greedy: the longer phrase is tried first
        body = (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
    return body


def _clean(section: Any) -> Any:
    """Drop ``_doc`` keys (documentation inside the data file)."""
    if isinstance(section, dict):
        return {k: _clean(v) for k, v in section.items() if not k.startswith("_")}
    return section


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per loaded file
class Lexicon:
    """The loaded word lists, with derived lookups built once."""

    data: dict[str, Any] = field(repr=False)
    warnings: tuple[str, ...] = ()  # about the user file: unknown keys, each ignored

    # --- plain lookups ---------------------------------------------------
    @cached_property
    def measures(self) -> tuple[str, ...]:
        """The measures claims are reported for (the five, plus any a user lexicon adds)."""
        return tuple(self.data["measures"])

    @cached_property
    def subject_of(self) -> dict[str, str]:
        """phrase -> subject (protesters, security, journalists, people)."""
        out: dict[str, str] = {}
        for subject, words in self.data["subjects"].items():
            for w in words:
                out.setdefault(w.lower(), subject)
        return out

    @cached_property
    def subject_first_words(self) -> frozenset[str]:
        """The first word of every subject phrase: a quick test before the longer look-ups."""
        return frozenset(p.split()[0] for p in self.subject_of)

    @cached_property
    def max_subject_words(self) -> int:
        return max(len(p.split()) for p in self.subject_of)

    @cached_property
    def noun_measure(self) -> dict[str, str]:
        return _invert(self.data["noun_measures"])

    @cached_property
    def modifier_measure(self) -> dict[str, str]:
        return _invert(self.data["modifier_measures"])

    @cached_property
    def vague(self) -> dict[str, tuple[int, int]]:
        return {k.lower(): (int(v[0]), int(v[1])) for k, v in self.data["vague"].items()}

    @cached_property
    def indefinite(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data["indefinite"])

    @cached_property
    def qualifier_of(self) -> dict[str, str]:
        return _invert(self.data["qualifiers"])

    @cached_property
    def speech_verbs(self) -> frozenset[str]:
        """The verbs that report a claim: the speech verbs and the denial verbs ('the army
        disputed any fatalities' is the army's denial)."""
        words = [*self.data["speech_verbs"], *self.data["denial"]["verbs"]]
        words += [form for lemma in self.data["speech_verb_lemmas"]["words"] for form in inflections(lemma)]
        return frozenset(" ".join(w.lower().split()) for w in words)

    @cached_property
    def speech_verb_lemmas(self) -> frozenset[str]:
        """The base forms of the speech verbs read by their lemma ('report', 'count')."""
        return frozenset(w.lower().partition("/")[0] for w in self.data["speech_verb_lemmas"]["words"])

    @cached_property
    def grammar(self) -> dict[str, frozenset[str]]:
        """The parser's small words by list name (``grammar.<name>.words``)."""
        return {
            name: frozenset(w.lower() for w in section["words"])
            for name, section in self.data["grammar"].items()
        }

    @cached_property
    def predicate_pasts(self) -> frozenset[str]:
        """The past forms of the verbs grammar.clause_predicates opens its entries with ('came',
        'lingered', 'needed'): right after a number they are its verb, not a noun it counts
        ('About 250 lingered outside the court')."""
        sec = self.data["grammar"]["clause_predicates"]
        heads = {e.split()[0] for key in ("words", "participants", "injured", "arrested", "deployed", "killed") for e in sec[key]}
        return frozenset(inflections(h)[2] for h in heads if h.lower() != "be")

    @cached_property
    def speaker_words(self) -> dict[str, frozenset[str]]:
        """The word lists of ``speakers`` by name ('org_words', 'person_roles', …), as sets."""
        return {
            name: frozenset(w.lower() for w in words)
            for name, words in self.data["speakers"].items()
            if isinstance(words, list)
        }

    @cached_property
    def months(self) -> frozenset[str]:
        """Month names and abbreviations, from the one list ``time.months`` (a list a month)."""
        return frozenset(w.lower() for names in self.data["time"]["months"] for w in names)

    @cached_property
    def month_names(self) -> frozenset[str]:
        """The months' full names, the first word of each list of ``time.months``."""
        return frozenset(names[0].lower() for names in self.data["time"]["months"])

    @cached_property
    def weekdays(self) -> frozenset[str]:
        """The weekdays' names (``time.weekdays``)."""
        return frozenset(w.lower() for w in self.data["time"]["weekdays"])

    @cached_property
    def weekday_abbreviations(self) -> frozenset[str]:
        """The weekdays' abbreviations ('tue', 'tues', 'thurs': ``time.weekday_abbreviations``)."""
        return frozenset(w.lower() for w in self.data["time"].get("weekday_abbreviations", []))

    @cached_property
    def trailing_speech_verbs(self) -> tuple[str, ...]:
        """The verbs of a speaker named at the end of a sentence ('…, the minister tweeted')."""
        return tuple(sorted(self.speech_verbs))

    @cached_property
    def inverted_speech_verbs(self) -> tuple[str, ...]:
        """The verbs that may come before their speaker ('…," said Ann Lee')."""
        return tuple(w.lower() for w in self.data["inverted_speech_verbs"])

    @cached_property
    def sentence_openers(self) -> frozenset[str]:
        """Words that open a sentence after 'Gate B.': the listed ones, subject and claimant nouns."""
        listed = self.data.get("sentence_openers", {}).get("words", [])
        nouns = [p for p in [*self.subject_of, *self.claimant_nouns] if " " not in p]
        return frozenset(w.lower() for w in [*listed, *nouns])

    @cached_property
    def carers(self) -> frozenset[str]:
        """The people who give care ('doctors', 'nurses', 'paramedics'): ``claimant_roles.hospital``'s
        words and the plurals of its singular ones."""
        words = {w.lower() for w in self.data["claimant_roles"]["hospital"]}
        return frozenset(words | {w + "s" for w in words})

    @cached_property
    def claimant_nouns(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.data["claimant_nouns"])

    @cached_property
    def role_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        roles = self.data["claimant_roles"]
        order = self.data["claimant_type_order"]
        return [
            (kind, re.compile(rf"\b(?:{alternation(roles[kind])})\b", re.IGNORECASE))
            for kind in order
            if kind in roles
        ]

    @property
    def approx_fraction(self) -> float:
        return float(self.data["intervals"]["approx_fraction"])

    @property
    def nearly_fraction(self) -> float:
        return float(self.data["intervals"]["nearly_fraction"])

    def measure_words(self, where: str) -> dict[str, str]:
        """phrase -> measure, for the 'before' or 'after' trigger lists."""
        return self._measure_words[where]

    @cached_property
    def _measure_words(self) -> dict[str, dict[str, str]]:
        return {
            where: {
                " ".join(w.lower().split()): measure
                for measure, lists in self.data["measures"].items()
                for w in lists.get(where, [])
            }
            for where in ("before", "after")
        }


# The names of whole numbers: grammar kept in code, not in the data file (the number parser,
# claimcheck.parse.numbers, converts only these names to values); here, where the parser and
# the matcher both may read them.
_UP_TO_NINETEEN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_NAMES: dict[str, int] = {
    **{w: v for v, w in enumerate(_UP_TO_NINETEEN)},
    **{w: 10 * v for v, w in enumerate(_TENS, start=2)},
}  # the names of whole numbers up to ninety, of which the others are written ('twenty-one')


def number_names(lo: int, hi: int) -> list[str]:
    """The names of the whole numbers from ``lo`` to ``hi`` that have a name of their own, in
    order: the one list of number names every module's patterns and word sets take theirs from.

    >>> number_names(2, 5), number_names(20, 50)
    (['two', 'three', 'four', 'five'], ['twenty', 'thirty', 'forty', 'fifty'])
    """
    return [w for w, v in NUMBER_NAMES.items() if lo <= v <= hi]


def number_words(lo: int, hi: int) -> str:
    """:func:`number_names` as the words of a regex alternation: 'one|two|three'."""
    return "|".join(number_names(lo, hi))


VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> tuple[str, ...]:
    """A regular verb's forms from its lemma: the base, the third person, the past and the
    participle in '-ing' ('maintain' -> 'maintains', 'maintained', 'maintaining'). An entry
    'admit/admitted' gives a past that doubles its consonant (its '-ing' doubles it too).

    >>> inflections("acknowledge")
    ('acknowledge', 'acknowledges', 'acknowledged', 'acknowledging')
    >>> inflections("tally")
    ('tally', 'tallies', 'tallied', 'tallying')
    >>> inflections("admit/admitted")
    ('admit', 'admits', 'admitted', 'admitting')
    >>> inflections("stress")
    ('stress', 'stresses', 'stressed', 'stressing')
    """
    base, _, past = lemma.lower().partition("/")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if not past:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2:-1] not in VOWELS:
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    if past.endswith("ed") and len(past) > 4 and past[-3] == past[-4] and past[-3] not in VOWELS and not base.endswith(past[-3] * 2):
        ing = past[:-2] + "ing"  # 'admitted' -> 'admitting'
    elif base.endswith("e") and not base.endswith("ee"):
        ing = base[:-1] + "ing"
    else:
        ing = base + "ing"
    return (base, third, past, ing)


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, words in table.items():
        for w in words:
            out.setdefault(w.lower(), key)
    return out


_CACHE: dict[str | None, Lexicon] = {}


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The default lexicon, or the default with the user file at ``path`` merged on top."""
    key = None if path is None else str(path)
    if key in _CACHE:
        return _CACHE[key]
    data = _default_data()
    warnings: list[str] = []
    if path is not None:
        try:
            extra = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise LexiconError(f"cannot read lexicon {path}: {exc.strerror or exc}") from exc
        except json.JSONDecodeError as exc:
            raise LexiconError(
                f"lexicon {path} is not valid JSON: {exc.msg} (line {exc.lineno})"
            ) from exc
        if not isinstance(extra, dict):
            raise LexiconError(f"lexicon {path} must hold a JSON object")
        extra, warnings = check_user_lexicon(extra, data, str(path))
        data = _merge(data, extra)
    lex = Lexicon(_clean(data), tuple(warnings))
    try:
        lex.subject_of, lex.vague, lex.qualifier_of, lex.role_patterns  # noqa: B018 - validate shape
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise LexiconError(f"lexicon {path} has the wrong shape: {exc}") from exc
    _CACHE[key] = lex
    return lex
