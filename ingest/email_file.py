"""A saved email (.eml, Gmail's "Show original", Outlook's "Save as"): its subject and the text a reader sees.

Mail servers' headers, MIME boundaries and quoted-printable soft breaks ("=\\n", "=E2=80=99") are transport,
not text; the standard library's parser undoes them. The plain-text part is the writer's words; an HTML-only
email is read as the page it renders.
"""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

from bot.core.documents.reading import Unreadable, html_to_text


def _part_text(part: EmailMessage) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError, AssertionError) as exc:  # an unknown charset or a broken part
        raise Unreadable(f"unreadable email part ({exc.__class__.__name__})") from exc


def email_to_text(raw: bytes) -> tuple[str, str | None, bool]:
    """(body, subject, whether the body is Markdown from HTML) of a saved email."""
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message.get("From") or message.get("Subject")):
        raise Unreadable("not an email (no From or Subject header)")
    subject = str(message.get("Subject") or "").strip() or None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise Unreadable("email without a text or HTML body")
    text = _part_text(part)
    if part.get_content_subtype() == "html":
        body, _ = html_to_text(text)
        return body, subject, True
    return text, subject, False
