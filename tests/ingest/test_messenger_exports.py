"""A WhatsApp chat exported as text has no blank line anywhere: every message opens with its date, time
and sender, and a long message runs on over its own lines and bullets. guides-unseen-44's vet group chat
read as one paragraph, so a message's list was quoted as one run-on sentence and the app's notices
("… created group", "<Media omitted>", "<This message was edited>") were quoted beside the advice."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders import load_document
from ingest.messenger import is_messenger_export, messenger_to_text
from ingest.pipeline import chunks_for

CHAT = """04/05/2026, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
04/05/2026, 09:00 - Lena Fischer created group "Returns desk leads"
04/05/2026, 09:01 - Lena Fischer added Omar Haddad
04/05/2026, 09:02 - Lena Fischer: The refund assistant goes live on Monday. These are its rules.
04/05/2026, 09:04 - Lena Fischer: It never approves:
- a refund over 200 euros
- a second refund for the same order
- anything a customer disputes with their bank
Those go to a team lead within one working day. <This message was edited>
04/05/2026, 09:05 - Omar Haddad: <Media omitted>
04/05/2026, 09:05 - Lena Fischer: Queues:
🔴 Disputed: a team lead the same day
🟢 Everything else: the next agent free
04/05/2026, 09:06 - Omar Haddad: What if the assistant is down?
04/05/2026, 09:07 - Lena Fischer: Agents handle every return by hand with the printed checklist, and nobody waits longer.
04/05/2026, 09:08 - Omar Haddad: This message was deleted
04/05/2026, 09:09 - Lena Fischer pinned a message
"""

PHONE_CHAT = """[04/05/2026, 09:02:11] Lena: First rule: nothing is refunded without a receipt.
[04/05/2026, 09:03:40] Omar: ok
[04/05/2026, 09:04:02] Lena: Second rule: a team lead signs off anything over 200 euros.
"""


def test_each_message_is_a_paragraph_and_its_list_stays_a_list():
    text = messenger_to_text(CHAT)
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0] == "The refund assistant goes live on Monday. These are its rules."
    assert paragraphs[1].split("\n") == [
        "It never approves:",
        "- a refund over 200 euros",
        "- a second refund for the same order",
        "- anything a customer disputes with their bank",
        "Those go to a team lead within one working day.",
    ]
    assert "Queues:\n- Disputed: a team lead the same day\n- Everything else: the next agent free" in paragraphs
    assert "Agents handle every return by hand with the printed checklist, and nobody waits longer." in paragraphs


def test_the_apps_notices_stamps_and_senders_are_dropped():
    text = messenger_to_text(CHAT)
    for notice in ("end-to-end encrypted", "created group", "added Omar", "Media omitted", "was deleted",
                   "was edited", "pinned a message", "04/05/2026", "Lena Fischer:", "Omar Haddad:"):
        assert notice not in text, notice


def test_a_phone_export_with_bracketed_stamps_reads_the_same():
    assert is_messenger_export(PHONE_CHAT.split("\n"))
    assert messenger_to_text(PHONE_CHAT).split("\n\n")[0] == "First rule: nothing is refunded without a receipt."


def test_a_guide_that_quotes_one_stamped_line_is_not_a_chat():
    guide = "Escalation log\n04/05/2026, 09:02 - Lena: refund paused.\nEverything else is unchanged.\n"
    assert not is_messenger_export(guide.split("\n"))


def test_a_saved_chat_ingests_as_messages_not_one_run_on_paragraph(tmp_path: Path):
    path = tmp_path / "returns-desk-chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    document = load_document(path)
    assert "created group" not in document.text and "Media omitted" not in document.text
    chunks = [c.text for c in chunks_for(path, tmp_path, chunk_chars=1200)]
    listed = next(c for c in chunks if "It never approves:" in c)
    assert "- a second refund for the same order" in listed.split("\n"), listed
    assert not any("Those go to a team lead within one working day. 04/05" in c for c in chunks)


# Telegram Desktop's HTML export (eval/guides-unseen-46): a message heads its parts with a bold line and lists
# with en dashes, all inside one <div class="text"> broken by <br>. Read as one section, "Never left to ReRoute"
# was not a heading and its five passengers were five loose lines.
TELEGRAM = """<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class="page_wrap">
<div class="page_header"><div class="text bold">Returns desk leads</div></div>
<div class="history"><div class="message default clearfix" id="message12"><div class="body">
<div class="pull_right date details" title="04.05.2026 09:04:00">09:04</div>
<div class="from_name">Lena Fischer</div>
<div class="text"><strong>Returns rules, live from Monday</strong><br>Please read them before your next shift.<br><br><strong>Never left to the assistant</strong><br>A team lead handles these returns within one working day:<br>– a refund over 200 euros;<br>– a second refund for the same order;<br>– anything a customer disputes with their bank.<br><br><strong>Queues</strong><br>🔴 Disputed: a team lead the same day<br>🟢 Everything else: the next agent free<br><br><strong>When it is down</strong><br>Agents handle every return by hand with the printed checklist. <b>Owner:</b> Lena.</div>
</div></div></div></div></body></html>"""


def test_a_bold_line_in_a_telegram_message_heads_its_part_and_dashes_make_a_list(tmp_path: Path):
    path = tmp_path / "messages.html"
    path.write_text(TELEGRAM, encoding="utf-8")
    document = load_document(path)
    assert "## Never left to the assistant" in document.text or "### Never left to the assistant" in document.text
    assert "When it is down" in [line.lstrip("# ") for line in document.text.splitlines() if line.startswith("#")]
    assert "Owner:" in document.text and "# Owner" not in document.text  # a bold label is a field, not a heading
    chunks = chunks_for(path, tmp_path, chunk_chars=1200)
    listed = next(chunk for chunk in chunks if "disputes with their bank" in chunk.text)
    assert listed.section.endswith("Never left to the assistant")
    assert "– a second refund for the same order;" in listed.text.splitlines()
    # Lines opened by an emoji, two or more in one message, are its list (a phone has no bullet key).
    assert "- 🔴" not in document.text and "- Disputed: a team lead the same day" in document.text.splitlines()
    assert "- Please read them before your next shift." not in document.text
