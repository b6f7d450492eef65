"""A messenger's chat export saved as text (WhatsApp's "Export chat", and exports in its shape).

Every message opens with its date, time and sender ("12/03/2025, 08:14 - Dr Aoife Brennan: Always Red …",
or "[12/03/2025, 08:14:09] Aoife: …" from a phone), and a long message runs on over the next lines with its
own bullets. With no blank line anywhere, the whole chat read as one paragraph: a list inside a message
was glued into a sentence and the app's notices ("… created group", "<Media omitted>") were quoted as
advice. Here each message becomes a paragraph of its own lines, without its stamp and sender, and the
app's notices go.
"""

from __future__ import annotations

import re

from bot.core.documents.reading import ICON_RE

# "12/03/2025, 08:14 - ", "[12/03/2025, 08:14:09] ", "3/12/25, 8:14 PM - ", "2025-03-12 08:14 - ".
STAMP_RE = re.compile(
    r"^\u200e?\[?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]?\s*(?:[-–]\s+)?"
)
SENDER_RE = re.compile(r"^(?P<sender>[^:\n]{1,40}?):\s+(?P<said>\S.*)$")
# What the app writes in place of a message, or beside one.
NOTICE_RE = re.compile(
    r"^\u200e?(?:<media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|gif|document) omitted|null"
    r"|this message was deleted\.?|you deleted this message\.?|missed (?:voice|video) call)$",
    re.IGNORECASE,
)
# What QQ writes above a chat it exports as text: what the file is, the folder, the chat's name ("消息对象:青崖年鉴
# 2025编辑组") and rules between them. Its messages open on a stamp and the sender alone ("2025-06-16 9:02:31
# 周敏-主编(2853301174)"), which the cleaner drops as it does other chats' sender lines.
QQ_HEADER_RE = re.compile(r"^\s*(?:消息记录[（(]此消息记录为文本格式[，,]\s*不支持重新导入[）)]|消息分组\s*[:：].*|"
                          r"消息对象\s*[:：].*|={10,})\s*$", re.MULTILINE)
QQ_CHAT_RE = re.compile(r"^\s*消息对象\s*[:：]\s*(?P<name>\S.*?)\s*$", re.MULTILINE)
EDITED_RE = re.compile(r"\s*<this message was edited>\s*$", re.IGNORECASE)
MIN_MESSAGES = 3  # stamped lines before a text file is a chat export: "12/03/2025, 08:14 - …" once is a log line


def is_messenger_export(lines: list[str]) -> bool:
    return sum(1 for line in lines if (stamp := STAMP_RE.match(line)) and SENDER_RE.match(line[stamp.end():])) >= MIN_MESSAGES


def messenger_to_text(text: str) -> str:
    """Each message a paragraph of its lines; stamps, senders and the app's notices dropped. A stamped line
    with no sender ("Dr Aoife Brennan added you", "Messages and calls are end-to-end encrypted …") is the
    app's own notice and goes too."""
    out: list[str] = []
    message: list[str] = []

    def flush() -> None:
        kept = [line for line in message if line.strip() and not NOTICE_RE.match(line.strip())]
        if kept:
            out.extend([*kept, ""])
        message.clear()

    in_message = False
    for raw in text.lstrip("\ufeff").split("\n"):
        line = EDITED_RE.sub("", raw.rstrip())
        stamp = STAMP_RE.match(line)
        if stamp:
            flush()
            said = SENDER_RE.match(line[stamp.end():])
            in_message = bool(said)
            if said:
                message.append(said.group("said"))
        elif in_message:
            # A phone has no bullet key: a message's list is its lines, each opened by an emoji ("🔴 Red: …").
            message.append(ICON_RE.sub("- ", line))
        else:
            out.append(line)  # the lines before the first message (a title someone typed above the paste)
    flush()
    return "\n".join(out).strip() + "\n"


def qq_export_header(text: str) -> tuple[str, str | None]:
    """A QQ export without the lines above its messages, and the chat's name as its title: read as text, its
    title was "消息记录(此消息记录为文本格式,不支持重新导入)", the file's own description."""
    if not text.lstrip("\ufeff").lstrip().startswith("消息记录"):
        return text, None
    named = QQ_CHAT_RE.search(text)
    return QQ_HEADER_RE.sub("", text), named.group("name") if named else None

