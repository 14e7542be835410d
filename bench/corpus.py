"""Build benchmark corpora from the bundled reports in ``sources/``.

Report ``i`` of a corpus is bundled report ``i % 5`` rewritten with a random generator seeded
by ``(seed, i)``, so a corpus is deterministic and the 100-report corpus is the first tenth of
the 1,000-report one. Each copy gets:

- every figure written in digits (``954``, ``1,000``, ``1.6``) multiplied by a random factor
  between 0.5 and 2, with its formatting kept (thousands separators, decimals); years, dates,
  clock times and section numbers are left alone;
- the people named in the reports (claimants such as ``Mohsin Naqvi``, ``Ali Nasir Rizvi``)
  swapped for generated names, one mapping per copy (full name and bare surname alike), with
  some copies keeping the real name so identities still recur across reports;
- the outlets they cite (``The Guardian``, ``Al Jazeera``, ...) swapped for generated ones;
- the ``date YYYY-MM-DD`` marker on the first line moved by up to ten days.

Files keep the bundled layout: one ``.txt`` file per report. A hidden ``.corpus.json``
manifest (claimcheck skips hidden files) lets an unchanged corpus be reused.

Run ``python bench/corpus.py 1000`` to build one corpus and print its folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

VERSION = 1  # bump when the rewriting changes, so cached corpora are rebuilt
ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
OUT = ROOT / "bench" / "out"
MANIFEST = ".corpus.json"

# --- people and outlets --------------------------------------------------------------------
# The people named in the bundled reports: (the ways the full name is written, the surname
# when it also appears on its own, e.g. 'said Naqvi', 'Mr. Raja'). Imran Khan, the subject of
# the story, stays.
PEOPLE: list[tuple[tuple[str, ...], str | None]] = [
    (("Mohsin Naqvi", "Mohsen Naqvi"), "Naqvi"),
    (("Ali Nasir Rizvi",), "Rizvi"),
    (("Ali Amin Gandapur",), "Gandapur"),
    (("Bushra Bibi",), "Bibi"),
    (("Shehbaz Sharif",), None),
    (("Salman Akram Raja", "Salman Akram"), "Raja"),
    (("Sheikh Waqas Akram",), None),
    (("Attaullah Tarar",), "Tarar"),
    (("Matiullah Jan",), None),
    (("Zulfi Bukhari",), None),
    (("Azma Bukhari",), None),
    (("Shahzor Ali",), None),
    (("Shahid Ahmed Khattak",), "Khattak"),
    (("Fatima Payman",), None),
    (("Saqib Bashir",), None),
    (("Safeer Ali",), None),
    (("Muhammad Ilyas", "Mohammad Ilyas"), None),
    (("Mubeen Aurangzeb", "Mobeen Aurangzeb"), None),
    (("Michael Kugelman",), "Kugelman"),
    (("Malik Safdar Ali", "Malik Sadar Ali"), None),
    (("Azaz Syed",), None),
    (("Anees Shehzad",), None),
    (("Asim Munir",), "Munir"),
    (("Gohar Khan",), None),
    (("Rashida Tlaib",), None),
    (("Ayaz Sadiq",), None),
    (("Asif Ali Zardari",), None),
]
OUTLETS = ("The Guardian", "Al Jazeera", "Drop Site News", "Dawn", "BBC")
KEEP_NAME = 0.3  # chance that a copy keeps a person's real name

FIRST = (
    "Aamir Abid Adnan Ahmed Aisha Amna Arif Asad Ayesha Babar Bilal Danish Faisal Farah Faraz "
    "Fawad Hamza Hina Imtiaz Irfan Javed Kamran Khalid Mahnoor Maryam Nadia Naveed Noman Omar "
    "Rabia Rashid Saad Sadia Sana Shahid Sidra Tahir Usman Waqar Yasir Zainab Zubair"
).split()
LAST = (
    "Abbasi Afridi Ahmad Alvi Ansari Awan Baig Baloch Bhatti Butt Chaudhry Dar Durrani Farooqi "
    "Gill Hashmi Iqbal Jamali Jatoi Kazmi Khattak Lodhi Malik Mengal Mirza Niazi Paracha "
    "Qazi Qureshi Rana Rehman Saeed Sethi Shah Siddiqui Soomro Tiwana Warraich Yousafzai Zaidi"
).split()
PLACES = (
    "Lahore Karachi Quetta Peshawar Multan Sialkot Hyderabad Gilgit Indus Frontier Capital "
    "Northern Eastern Valley Metro"
).split()
PAPERS = "Herald Times Post Observer Chronicle Dispatch Tribune Daily Express Monitor".split()

# --- figures -------------------------------------------------------------------------------
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
)
DAYS = r"\d{1,2}(?:\s*[–-]\s*\d{1,2})?"
FIGURES = re.compile(
    r"(?P<keep>"  # left as written: dates, years, clock times, section numbers
    rf"{DAYS}\s+{MONTH}(?:\s+\d{{4}})?"  # 24–27 November 2024
    rf"|{MONTH}\s+{DAYS}(?:,\s*\d{{4}})?"  # November 26-27, Nov 26, February 8, 2024
    r"|\d{1,2}:\d{2}"  # 8:17 PM
    r"|(?:Section|Article|No\.)\s+\d+"
    r"|(?<![\w.,])(?:19|20)\d{2}(?![\d,])"  # a year
    r")"
    r"|(?<![\w.,:-])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?(?![\w%-]|,\d)"
)
DATE_MARKER = re.compile(r"\A(\s*date:?[ \t]+)(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def _scale(m: re.Match[str], rng: random.Random) -> str:
    if m.group("keep"):
        return m.group(0)
    digits, dec = m.group("num"), m.group("dec")
    value = float(digits.replace(",", "") + (f".{dec}" if dec else ""))
    if value == 0:
        return m.group(0)
    new = value * rng.uniform(0.5, 2.0)
    if dec:
        return f"{new:,.{len(dec)}f}" if "," in digits else f"{new:.{len(dec)}f}"
    new = max(1, round(new))
    return f"{new:,}" if "," in digits else str(new)


def rewrite_figures(text: str, rng: random.Random) -> str:
    """Multiply each figure written in digits by a random factor in [0.5, 2], same formatting."""
    return FIGURES.sub(lambda m: _scale(m, rng), text)


def shift_date(text: str, rng: random.Random) -> str:
    """Move the leading ``date YYYY-MM-DD`` marker, if any, by -10..+10 days."""
    m = DATE_MARKER.match(text)
    if not m:
        return text
    day = dt.date.fromisoformat(m.group(2)) + dt.timedelta(days=rng.randint(-10, 10))
    return m.group(1) + day.isoformat() + text[m.end() :]


# --- names ---------------------------------------------------------------------------------
def _alternation(words: list[str]) -> re.Pattern[str]:
    words = sorted(set(words), key=len, reverse=True)  # longest first: 'Salman Akram Raja'
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_FULL = {variant: i for i, (variants, _) in enumerate(PEOPLE) for variant in variants}
_SURNAME = {surname: i for i, (_, surname) in enumerate(PEOPLE) if surname}
NAMES = _alternation([*_FULL, *_SURNAME])
OUTLET_RE = _alternation(list(OUTLETS))


@dataclass
class Persona:
    full: str  # replaces every written form of the full name
    surname: str  # replaces the bare surname


def _persona(rng: random.Random, index: int) -> Persona | None:
    if rng.random() < KEEP_NAME:
        return None  # keep the real name
    variants, _ = PEOPLE[index]
    given = len(variants[0].split()) - 1
    words = [rng.choice(FIRST) for _ in range(given)] + [rng.choice(LAST)]
    return Persona(" ".join(words), words[-1])


def _outlet(rng: random.Random) -> str:
    return f"The {rng.choice(PLACES)} {rng.choice(PAPERS)}"


def swap_names(text: str, rng: random.Random) -> str:
    """Swap people and outlets for generated ones, consistently within the text."""
    personas = {i: _persona(rng, i) for i in range(len(PEOPLE))}
    outlets = {name: _outlet(rng) for name in OUTLETS}

    def person(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in _FULL:
            p = personas[_FULL[word]]
            return p.full if p else word
        p = personas[_SURNAME[word]]
        return p.surname if p else word

    text = NAMES.sub(person, text)
    return OUTLET_RE.sub(lambda m: outlets[m.group(0)], text)


# --- corpora -------------------------------------------------------------------------------
def bundled() -> list[Path]:
    return sorted(p for p in SOURCES.iterdir() if p.suffix == ".txt" and not p.name[0] == ".")


def vary(text: str, seed: int, index: int) -> str:
    """Report ``index`` of a corpus made from ``text``: its own figures, names and date."""
    rng = random.Random(f"claimcheck-bench:{seed}:{index}")
    return shift_date(swap_names(rewrite_figures(text, rng), rng), rng)


def _fingerprint(files: list[Path], seed: int, size: int) -> str:
    h = hashlib.sha256(f"{VERSION}:{seed}:{size}".encode())
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class Corpus:
    path: Path
    reports: int
    bytes: int
    built: bool  # False when an unchanged corpus was reused

    def to_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "reports": self.reports, "bytes": self.bytes}


def _reuse(folder: Path, fingerprint: str, force: bool) -> Corpus | None:
    """The corpus in ``folder`` if its manifest has ``fingerprint`` (and not ``force``);
    else None, with the folder emptied for a new build."""
    manifest = folder / MANIFEST
    if not force and manifest.is_file():
        try:
            meta = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if meta.get("fingerprint") == fingerprint:
            return Corpus(folder, meta["reports"], meta["bytes"], built=False)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return None


def build(size: int, out: Path = OUT, seed: int = 0, *, force: bool = False) -> Corpus:
    """The corpus of ``size`` reports in ``out/corpus-<size>``, built unless already there."""
    files = bundled()
    if not files:
        raise SystemExit(f"no .txt reports in {SOURCES}")
    folder = out / f"corpus-{size}"
    fingerprint = _fingerprint(files, seed, size)
    kept = _reuse(folder, fingerprint, force)
    if kept is not None:
        return kept
    manifest = folder / MANIFEST
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    total = 0
    width = len(str(size - 1))
    for i in range(size):
        stem, text = texts[i % len(texts)]
        data = vary(text, seed, i).encode("utf-8")
        (folder / f"{i:0{width}d}-{stem}.txt").write_bytes(data)
        total += len(data)
    meta = {"fingerprint": fingerprint, "seed": seed, "reports": size, "bytes": total}
    manifest.write_text(json.dumps(meta), encoding="utf-8")
    return Corpus(folder, size, total, built=True)


# --- corpora of many events ---------------------------------------------------------------
# Templates: the bundled reports (one event) and the test sets of other events, whose file
# names start with the event's digit (1xx, 2xx, ...). Event ``e`` of a corpus is template
# ``e % len(templates)`` in its ``e // len(templates)``-th incarnation: every capitalised
# name (places, people, organisations; months and weekdays kept) is swapped for a generated
# one, the same within the incarnation, and its dates move by SPACING days per incarnation. Its
# reports are the template's reports in turn, each with its figures rewritten, paragraphs
# after the first dropped with a small chance, and its date moved by up to 3 days.
TEST_SETS = sorted((ROOT / "tests" / "data").glob("other-events*/sources"))
KEEP_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday The A An In On At By For From Of To It He She They We This That These "
    "Those But And Or As If When While After Before During Police".split()
)
CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]{2,}\b")
SYLLABLES = "ka lo mi ren sa tu vel dor an is ba ne ri ol ga zu pe tam hu".split()
DROP_PARAGRAPH = 0.15
SPACING = 120  # days between two incarnations of a template: more than a story's reports span
EVENTS_VERSION = 4


def templates() -> list[list[str]]:
    """The texts of each template event: the bundled reports, then each test set's events."""
    events = [[f.read_text(encoding="utf-8") for f in bundled()]]
    for folder in TEST_SETS:
        by_event: dict[str, list[str]] = {}
        for f in sorted(folder.glob("*.txt")):
            by_event.setdefault(f.name[0], []).append(f.read_text(encoding="utf-8"))
        events.extend(by_event.values())
    return events


def _pseudonym(word: str, salt: str) -> str:
    rng = random.Random(f"{salt}:{word.lower()}")
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return name.upper() if word.isupper() else name.capitalize()


def rename(text: str, names: dict[str, str], salt: str) -> str:
    """Swap each capitalised word outside KEEP_WORDS for a pseudonym drawn from ``salt`` and
    the word, kept in ``names`` (the same word gets the same name across an event's reports)."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.title() in KEEP_WORDS or word in KEEP_WORDS:
            return word
        key = word.lower()
        if key not in names:
            names[key] = _pseudonym(word, salt)
        return names[key].upper() if word.isupper() else names[key]

    return CAPITALISED.sub(swap, text)


FRONT_MATTER_DATE = re.compile(r"^(date:[ \t]*)(\d{4}-\d{2}-\d{2})\b", re.MULTILINE)


def move_date(text: str, days: int, base: dt.date | None = None) -> str:
    """Move the leading ``date YYYY-MM-DD`` marker or the front matter's ``date:`` line by
    ``days``; a report with neither gets a marker, ``base`` moved by ``days`` (else none)."""
    m = DATE_MARKER.match(text) or FRONT_MATTER_DATE.search(text, 0, 400)
    if not m:
        if base is None:
            return text
        return f" date {(base + dt.timedelta(days=days)).isoformat()} {text}"
    day = dt.date.fromisoformat(m.group(2)) + dt.timedelta(days=days)
    return text[: m.start()] + m.group(1) + day.isoformat() + text[m.end() :]


def first_date(texts: list[str]) -> dt.date:
    """The first date marker or front matter date of a template's reports (1 January 2026
    when none has one)."""
    for text in texts:
        m = DATE_MARKER.match(text) or FRONT_MATTER_DATE.search(text, 0, 400)
        if m:
            return dt.date.fromisoformat(m.group(2))
    return dt.date(2026, 1, 1)


def event_report(
    text: str, incarnation: int, event: int, k: int, seed: int, names: dict[str, str],
    base: dt.date | None = None,
) -> str:  # fmt: skip
    """Report ``k`` of generated event ``event`` (the ``incarnation``-th made from its
    template), from the template report ``text``; ``base`` dates a report that has no date
    of its own (its dates in the text stay as written, the same in every incarnation)."""
    rng = random.Random(f"claimcheck-events:{seed}:{event}:{k}")
    text = move_date(text, SPACING * incarnation + rng.randint(0, 3), base)
    head, *rest = text.split("\n\n")
    text = "\n\n".join([head, *(p for p in rest if rng.random() >= DROP_PARAGRAPH)])
    return rename(rewrite_figures(text, rng), names, f"{seed}:{event}")


def build_events(
    size: int, events: int, out: Path = OUT, seed: int = 0, *, force: bool = False
) -> Corpus:
    """``size`` reports of ``events`` events in ``out/events-<size>x<events>/``; a file name
    starts with its event's number (``0042-0007.txt``: event 42, its report 7), the truth a
    benchmark scores the sorting against. Built unless already there."""
    texts = templates()
    folder = out / f"events-{size}x{events}"
    h = hashlib.sha256(f"{EVENTS_VERSION}:{VERSION}:{seed}:{size}:{events}".encode())
    for template in texts:
        for text in template:
            h.update(text.encode())
    fingerprint = h.hexdigest()
    kept = _reuse(folder, fingerprint, force)
    if kept is not None:
        return kept
    manifest = folder / MANIFEST
    total = 0
    width = len(str(events - 1))
    names: list[dict[str, str]] = [{} for _ in range(events)]
    bases = [first_date(template) for template in texts]
    for i in range(size):
        event, k = i % events, i // events
        template = texts[event % len(texts)]
        incarnation = event // len(texts)
        text = event_report(template[k % len(template)], incarnation, event, k, seed,
                            names[event], bases[event % len(texts)])  # fmt: skip
        data = text.encode("utf-8")
        (folder / f"{event:0{width}d}-{k:04d}.txt").write_bytes(data)
        total += len(data)
    meta = {"fingerprint": fingerprint, "seed": seed, "reports": size, "events": events,
            "bytes": total}  # fmt: skip
    manifest.write_text(json.dumps(meta), encoding="utf-8")
    return Corpus(folder, size, total, built=True)


USAGE = """usage: python bench/corpus.py [SIZE ...]            builds bench/out/corpus-SIZE/
       python bench/corpus.py --events N SIZE ...   SIZE reports of N events:
                                                    bench/out/events-SIZExN/"""


if __name__ == "__main__":
    args = sys.argv[1:]
    n_events = None
    if args[:1] == ["--events"] and len(args) > 1 and args[1].isdigit():
        n_events, args = int(args[1]), args[2:]
    if any(not arg.isdigit() for arg in args):
        sys.exit(USAGE)
    for arg in args or ["100"]:
        print((build(int(arg)) if n_events is None else build_events(int(arg), n_events)).path)
