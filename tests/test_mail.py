"""E-mail messages (claimcheck.mail): a saved MIME message is read as its subject and decoded
text, not as transport-encoded lines ('among them 1=' / '4 journalists' read a figure 1)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

import pytest

from claimcheck.extract import extract_claims
from claimcheck.sources import load_sources

BODY = (
    "Freedom Watch today condemned the arrest of at least 212 people, among them 14 journalists, "
    "during Tuesday’s protests in Dalmar.\n\n"
    "“Police beat protesters with batons; we have confirmed 35 injured, six of them seriously,” "
    "said Ana Veres, the group’s director.\n"
)


def message(cte: str, html: bool = False) -> bytes:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Freedom Watch Press Office <press@example.org>"
    m["Subject"] = "Rights group condemns mass arrests"
    m["Date"] = "Thu, 3 Dec 2026 16:05:12 +0100"
    if html:
        paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        m.set_content(f"<html><head><style>p {{}}</style></head><body>{paras}</body></html>", subtype="html", cte=cte)
    else:
        m.set_content(BODY, cte=cte)
    return bytes(m)


@pytest.mark.parametrize(("cte", "html"), [("quoted-printable", False), ("base64", False), ("quoted-printable", True)],
                         ids=["quoted-printable", "base64", "html-part"])  # fmt: skip
def test_a_saved_message_is_read_as_its_subject_and_decoded_text(tmp_path, cte, html):
    path = tmp_path / "release.eml"
    path.write_bytes(message(cte, html))
    (source,), problems = load_sources([str(path)])
    assert not problems and source.text_from == "email"
    assert source.text.startswith("Rights group condemns mass arrests\n\n")
    assert (source.date, source.outlet) == ("2026-12-03", "Freedom Watch Press Office")
    got = {(c.text, c.measure, c.claimant) for c in extract_claims(source)}
    assert ("14", "arrested", None) in got and ("1", "arrested", None) not in got
    assert ("35", "injured", "Ana Veres") in got
    for c in extract_claims(source):
        assert source.text[c.start : c.end] == c.text


def test_a_message_saved_as_plain_text_is_read_as_its_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("From: press@example.org\nSubject: Arrests\n\nPolice said 12 were held.\n", encoding="utf-8")
    (source,), _ = load_sources([str(path)])
    assert source.text_from == "file"
