"""Data model: frozen dataclasses shared by every stage of the pipeline."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any

Number = int | float
HOSPITAL = "hospital"  # the event's own site in its home, when its reports tell it at a hospital (claimcheck.situate)
EXHUMED = "exhumed"  # the scope kind of the dead recovered from graves (claimcheck.situate)
COLUMN_SCOPE = "column"  # the scope kind of a table column's part of an earlier column's count (claimcheck.layout)
POSTED = "post"  # the claimant_type of a forum thread's post's own figure, whose writer is no counting body (claimcheck.speakers)
SAME = "same: "  # opens the scope of a figure that takes up the one before ('put that crowd at 4,000')
TALLIES = frozenset(("killed", "injured", "arrested"))  # the counts of people a story keeps a toll of: they only rise
HURT = frozenset(("killed", "injured"))  # the harms that befall people's bodies (the arrested are counted, not hurt)
ALL_SIDES = "(all sides)"  # ends a subject_text that counts every side ('six people, including four police')


def clean_number(x: float | int | None) -> Number | None:
    """``x`` as an int when it is integral (so JSON shows ``450``, not ``450.0``), a float
    rounded to 6 decimals (``1.2 * 3`` is ``3.6``), None as None: the one number cleaner.

    >>> clean_number(450.0), clean_number(1.2 * 3), clean_number(2.5), clean_number(None)
    (450, 3.6, 2.5, None)
    """
    if isinstance(x, float):
        x = round(x, 6)
        if x.is_integer():
            return int(x)
    return x


@dataclass(frozen=True)
class Source:
    """One report: its full text (offsets refer to it) and metadata."""

    id: str
    text: str
    path: str | None = None  # None for stdin
    date: str | None = None  # ISO YYYY-MM-DD
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    body_start: int = 0  # where the report's own text starts (after markers/front matter)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "date": self.date,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "chars": len(self.text),
        }


@dataclass(frozen=True)
class Problem:
    """A warning or error about one input; never stops the other inputs."""

    path: str
    message: str
    level: str = "warning"  # "warning" | "error"

    def __str__(self) -> str:
        return f"{self.level}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Quantity:
    """A number phrase as written, with the interval it stands for.

    ``high`` is None when the interval is unbounded above (``at least 6``).
    ``value`` is the stated number, None for vague magnitudes (``hundreds``).
    """

    text: str
    start: int
    end: int
    value: Number | None
    low: Number
    high: Number | None
    qualifier: str  # exact, approx, at_least, more_than, up_to, less_than, range, vague, denial

    def intersects(self, other: Quantity) -> bool:
        lo = max(self.low, other.low)
        his = [h for h in (self.high, other.high) if h is not None]
        return not his or lo <= min(his)


@dataclass(frozen=True)
class Origin:
    """Where a copied figure was first written: its source and the span of the figure there
    (``text[start:end]`` of that source is the same number phrase)."""

    source: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Claim:
    """A numeric claim: who says how many of whom were what, and where it is written."""

    source: str
    path: str | None
    date: str | None
    measure: str  # arrested, killed, injured, participants, deployed (or other)
    subject: str  # protesters, security, journalists, people
    quantity: Quantity
    line: int
    sentence: str
    sentence_start: int = 0
    claimant: str | None = None
    claimant_type: str | None = None
    via: str | None = None
    scope: str | None = None  # e.g. "before", "vehicle incident", "from Khyber Pakhtunkhwa alone"
    subject_text: str | None = None  # the noun phrase the subject came from
    claimant_name: str | None = None  # one display name per speaker ('Independent Monitoring Group (IMG)')
    claimant_id: str | None = None  # one id per speaker, the same across reports
    rules: tuple[str, ...] = ()  # ids of the rules behind it (claimcheck/data/rules), --explain
    copy_of: Origin | None = None  # set when the sentence copies an earlier report's (claimcheck.copies)
    as_of: str | None = None  # ISO date the figure counts up to; None = time unknown
    period: str | None = None  # cumulative | earlier | increment | held | strike | hunger-strike | day | before | after
    place: str | None = None  # a city, province or site the figure is for; "nationwide"
    # an undated report's figure of no day it can date: the weekday ('Wednesday') or relative
    # day (claimcheck.when.TODAY, DAY_BEFORE) its paragraph named for its gathering before it
    day_word: str | None = None

    # convenience accessors -------------------------------------------------
    @property
    def id(self) -> str:
        """``source:start``: stable across runs, unique in a report (one claim starts at one
        character), and the way conflicts and revisions name their claims."""
        return f"{self.source}:{self.quantity.start}"

    @property
    def text(self) -> str:
        return self.quantity.text

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end

    @property
    def low(self) -> Number:
        return self.quantity.low

    @property
    def high(self) -> Number | None:
        return self.quantity.high

    @property
    def value(self) -> Number | None:
        return self.quantity.value

    @property
    def qualifier(self) -> str:
        return self.quantity.qualifier

    @property
    def origin(self) -> tuple[str, int]:
        """Where the figure was first written: ``copy_of``'s source and start, else its own."""
        o = self.copy_of
        return (o.source, o.start) if o is not None else (self.source, self.quantity.start)

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        out = {
            "id": f"{self.source}:{q.start}",  # (self.id, without a property call per claim)
            "source": self.source,
            "path": self.path,
            "date": self.date,
            "measure": self.measure,
            "subject": self.subject,
            "value": clean_number(q.value),
            "low": clean_number(q.low),
            "high": clean_number(q.high),
            "qualifier": q.qualifier,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "line": self.line,
            "sentence": self.sentence,
            "claimant": self.claimant,
            "claimant_type": self.claimant_type,
            "claimant_name": self.claimant_name,
            "claimant_id": self.claimant_id,
            "via": self.via,
            "scope": self.scope,
            "subject_text": self.subject_text,
            "as_of": self.as_of,
            "period": self.period,
            "place": self.place,
        }
        if self.day_word is not None:  # (written only when read: the claims of other reports are as before)
            out["day_word"] = self.day_word
        if self.rules:
            out["rules"] = list(self.rules)
        if self.copy_of is not None:  # only on a copy: the claims of reports with no copies
            out["copy_of"] = self.copy_of.to_dict()  # are written as before
        return out


def with_fields(claim: Claim, **fields: Any) -> Claim:
    """``dataclasses.replace(claim, **fields)`` without calling ``__init__`` with every field
    (a Claim has no ``__post_init__``; the names in ``fields`` are not checked): the parser
    stages run it for every claim, and a large input has tens of thousands."""
    new = object.__new__(Claim)
    vars(new).update(vars(claim), **fields)
    return new


def new_claim(**values: Any) -> Claim:
    """``Claim(**values)`` without the frozen dataclass's ``__init__`` (an ``object.__setattr__``
    per field): the parser makes one per figure. The fields are set in their order, those not
    given to their defaults; the caller gives every field that has none (they are not checked).

    >>> q = Quantity("12", 0, 2, 12, 12, 12, "exact")
    >>> new_claim(source="s", path=None, date=None, measure="killed", subject="people",
    ...           quantity=q, line=1, sentence="12 died.") == Claim("s", None, None, "killed",
    ...                                                          "people", q, 1, "12 died.")
    True
    """
    new = object.__new__(Claim)
    state = vars(new)
    state.update(_CLAIM_DEFAULTS)
    state.update(values)
    return new


_CLAIM_DEFAULTS = {f.name: None if f.default is MISSING else f.default for f in fields(Claim)}
assert all(f.default_factory is MISSING for f in fields(Claim))  # (plain defaults only: shared safely)


def new_quantity(
    text: str, start: int, end: int, value: Number | None, low: Number, high: Number | None, qualifier: str
) -> Quantity:
    """``Quantity(text, start, end, value, low, high, qualifier)`` without the frozen
    dataclass's ``__init__``, as :func:`new_claim` (the parser makes one per number).

    >>> new_quantity("12", 0, 2, 12, 12, 12, "exact") == Quantity("12", 0, 2, 12, 12, 12, "exact")
    True
    """
    new = object.__new__(Quantity)
    state = vars(new)
    state["text"], state["start"], state["end"], state["value"] = text, start, end, value
    state["low"], state["high"], state["qualifier"] = low, high, qualifier
    return new


def claim_in(sentence: str, figure: str, measure: str, subject: str = "people") -> Claim:
    """A claim of ``figure`` (its first place in ``sentence``, the claim's whole sentence and
    text), for the examples of the readers that look at a figure's words.

    >>> c = claim_in("Of the 312 injured, 58 needed surgery.", "58", "injured")
    >>> c.sentence[c.start : c.end], c.measure, c.subject
    ('58', 'injured', 'people')
    """
    at = sentence.index(figure)
    q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
    return Claim("s", None, None, measure, subject, q, 1, sentence)


def claimant_label(claim: Claim) -> str:
    """Who stands behind a claim: the claimant as named, or the source's id for the report's
    own voice (no claimant, or one without a letter or digit): the one claimant label."""
    name = claim.claimant
    return name if name and any(ch.isalnum() for ch in name) else claim.source


@dataclass(frozen=True)
class ClaimGroup:
    """Claims about one quantity (same measure, compatible subject, same scope)."""

    id: str
    measure: str
    subject: str
    scope: str | None
    claims: tuple[Claim, ...]
    status: str = "single"  # conflict | rising | consistent | single
    low: Number | None = None  # full span: lowest low
    high: Number | None = None  # full span: highest high (None = unbounded)
    consensus: tuple[Number, Number | None] | None = None  # intersection, when it exists
    severity: float | None = None  # highest low / lowest high, when they conflict
    conflicts: tuple[tuple[int, int], ...] = ()  # at most 500 pairs, the most severe
    conflict_count: int = 0  # all conflicting pairs
    revisions: tuple[tuple[int, int], ...] = ()  # (earlier, later) claim indices by one claimant
    corroboration: tuple[dict[str, Any], ...] = field(default=())
    event: str | None = None  # the event's id when the input held several (see Report.events)
    timeline: tuple[dict[str, Any], ...] = ()  # per claimant, its figures in time order
    restated: tuple[tuple[int, int], ...] = ()  # (restating, restated): one claim told twice in a report


@dataclass(frozen=True)
class ExtractResult:
    """What the library returns for ``extract``: the sources read, their claims, and any problems."""

    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Report:
    """What the library returns for ``compare``."""

    sources: tuple[Source, ...]
    groups: tuple[ClaimGroup, ...]
    problems: tuple[Problem, ...] = ()
    events: tuple[Event, ...] = ()  # how a mixed input was split (empty: one event, as given)


@dataclass(frozen=True)
class EventMember:
    """One report of an event: its position in the input, id, path, and the date it was
    sorted by (its own, or the first full date in its text: ``date_from``)."""

    index: int
    source: str
    path: str | None
    date: str | None
    date_from: str | None = None  # "metadata" | "text" | None
    judged: bool = True  # False: too little text to tell which event it is about

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.source, "path": self.path, "date": self.date,
                "date_from": self.date_from}  # fmt: skip


@dataclass(frozen=True)
class Event:
    """Reports about one event: an id (first date and main place), a label (places and date
    span) and its members in input order."""

    id: str
    label: str
    first: str | None
    last: str | None
    places: tuple[str, ...]
    members: tuple[EventMember, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "first": self.first,
            "last": self.last,
            "places": list(self.places),
            "sources": [m.to_dict() for m in self.members],
        }


@dataclass(frozen=True)
class EventsResult:
    """What the library returns for ``events``: the sources read, sorted into events."""

    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    problems: tuple[Problem, ...] = ()
