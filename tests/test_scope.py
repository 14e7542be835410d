"""Parser stage scope: what a figure's scope readers remember gives what they read."""

import random

from corpus import report_texts

from claimcheck.parse import scope
from claimcheck.parse.numbers import folded


def test_including_before_remembered_gives_what_it_reads():
    """including_before is remembered for the last text by (lo, at): asked in any order, again,
    and of another text (then of an equal text that is another object), it gives the match the
    reading itself gives, the same span and text."""
    rng = random.Random(28)
    texts = [t for t in report_texts() if "includ" in folded(t) or "among" in folded(t)][:40]
    assert texts
    for text in texts:
        asks = []
        for _ in range(60):
            at = rng.randrange(0, len(text) + 1)
            lo = max(0, at - rng.choice((0, 20, 60, 150, 400)))
            asks.append((lo, at))
        for k in range(len(text)):  # the places right after each cue word too, where a match ends
            if text.startswith(("including ", "among "), k) and len(asks) < 120:
                asks.append((max(0, k - 120), k + text.find(" ", k) - k + 1))
        for copy in (text, "".join(text)):
            for lo, at in asks + asks[::-1]:
                got, want = scope.including_before(copy, lo, at), scope._including_before(copy, lo, at)
                assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (lo, at)
