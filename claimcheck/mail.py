"""Sources stage, e-mail messages: a saved message (``.eml``, a mail client's 'show original')
read as its subject and its text.

A message in MIME form carries its text encoded for transport: quoted-printable breaks lines
inside words and numbers with '=' ('among them 1=' / '4 journalists' read as a figure 1) and
writes every curly quote as '=E2=80=9C'; base64 hides it altogether. Read as plain text, its
figures were split and its speakers lost. The text read is the subject, then the message's
plain-text part decoded (else its HTML part without markup); as for a web page, a claim's
offsets index this text (``text_from: email``). The Date header is the report's date, the
sender's name its outlet.
"""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr

from claimcheck.textio import Extracted, ReadError, header_date, unmarked

MAIL_HEAD = re.compile(rb"(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,}?\r?\n")
_MIME = re.compile(rb"^(?:mime-version|content-transfer-encoding|content-type)\s*:", re.IGNORECASE | re.MULTILINE)
_FROM = re.compile(rb"^(?:from|date|subject|received|return-path|message-id)\s*:", re.IGNORECASE | re.MULTILINE)
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def is_mail(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) opens a MIME message: a block of header lines,
    a sender's or subject's among them and a MIME one ('Content-Transfer-Encoding:'). A
    message saved as plain text (no MIME header) is read as a text file.

    >>> is_mail(b"From: a@b.org\\nSubject: x\\nMIME-Version: 1.0\\n\\nHello")
    True
    >>> is_mail(b"From: a@b.org\\nSubject: x\\n\\nHello"), is_mail(b"Police said 12 died.\\n")
    (False, False)
    """
    block = MAIL_HEAD.match(head)
    return block is not None and bool(_MIME.search(block[0])) and bool(_FROM.search(block[0]))


def read_mail(data: bytes) -> Extracted:
    """The subject and text of the message ``data`` (see the module).

    >>> mail = read_mail(b'''From: Press Office <p@x.org>\\nSubject: 212 held\\nDate: Thu, 3 Dec 2026 16:05:12 +0100
    ... MIME-Version: 1.0\\nContent-Type: text/plain; charset="utf-8"\\nContent-Transfer-Encoding: quoted-printable
    ...
    ... At least 212 people, among them 1=\\n4 journalists, were held, said Ana Veres.\\n''')
    >>> print(mail.text)
    212 held
    <BLANKLINE>
    At least 212 people, among them 14 journalists, were held, said Ana Veres.
    <BLANKLINE>
    >>> mail.outlet, mail.date
    ('Press Office', '2026-12-03')
    """
    msg = email.message_from_bytes(data, _class=EmailMessage, policy=policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise ReadError("a message with no text part")
    try:
        body = part.get_content()
    except (LookupError, ValueError) as exc:  # (an unknown charset, a broken encoding)
        raise ReadError(f"a message whose text cannot be decoded ({exc})") from None
    if part.get_content_subtype() == "html":
        body = unmarked(body)
    body = _BLANKS.sub("\n\n", body.replace("\r\n", "\n").replace("\r", "\n")).strip()
    subject = " ".join(str(msg.get("subject", "")).split())
    if not body and not subject:
        raise ReadError("a message with no text")
    name = parseaddr(str(msg.get("from", "")))[0].strip() or None
    return Extracted("\n\n".join(p for p in (subject, body) if p) + "\n", subject or None, name, header_date(msg.get("date")))
