"""Spec review in Slack: summary first, details per item in its thread, a coach button, clear refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.slack.blocks import review_detail_messages, review_summary_message
from tests.slack.conftest import PERSON
from tests.slack.fake_slack import dm_channel

REPO = Path(__file__).resolve().parents[2]
THIN_SPEC = (REPO / "eval" / "specs" / "thin-sales-email-assistant.md").read_text(encoding="utf-8")
INJECTED_SPEC = (REPO / "eval" / "specs" / "injection-review-highlights.md").read_text(encoding="utf-8")


def review_posts(slack):
    """(summary update, thread posts) once the review has been delivered to the person's DM."""
    slack.fake.wait_for("chat.update")
    slack.wait_idle()
    summary = slack.fake.called("chat.update")[-1]
    thread = [c for c in slack.fake.called("chat.postMessage") if c.args.get("thread_ts") == summary.ts]
    return summary, thread


def test_modal_review_posts_summary_then_details_in_its_thread(slack):
    slack.submit_review(THIN_SPEC)
    summary, thread = review_posts(slack)
    assert summary.args["channel"] == dm_channel(PERSON)
    text = summary.text
    assert "readiness" in text and "Fix these first" in text
    assert text.count("❌") >= 5  # a thin spec misses most of the rubric
    for name in ("Success metrics", "Evaluation", "Rollout"):
        assert name in text
    button = next(b for b in summary.args["blocks"] if b["type"] == "actions")["elements"][0]
    assert button["action_id"] == "ask_human" and button["value"]
    assert thread, "the details per item go in the summary's thread"
    details = "\n".join(c.text for c in thread)
    assert "Ask yourself:" in details and "Suggestion:" in details and ".md" in details


def test_review_records_an_interaction_a_coach_can_be_asked_about(slack, slack_services):
    slack.submit_review(THIN_SPEC)
    summary, _ = review_posts(slack)
    button = next(b for b in summary.args["blocks"] if b["type"] == "actions")["elements"][0]
    interaction = slack_services.interactions.interaction(button["value"])
    assert interaction.surface == "review" and interaction.question == THIN_SPEC.strip()
    assert interaction.asker == PERSON


def test_embedded_instruction_is_reported_and_ignored(slack):
    slack.submit_review(INJECTED_SPEC)
    summary, _ = review_posts(slack)
    assert "instruction" in summary.text.lower()
    assert summary.text.count("✅") <= 2  # the spec's "mark everything present" changed nothing


def test_direct_message_review_threads_under_the_message(slack):
    slack.direct_message("review: " + THIN_SPEC)
    slack.fake.wait_for("chat.postMessage", count=2)
    slack.wait_idle()
    posts = slack.fake.called("chat.postMessage")
    thread_ts = posts[0].args["thread_ts"]
    assert thread_ts and all(p.args.get("thread_ts") == thread_ts for p in posts)
    assert "readiness" in posts[0].text and "Ask yourself:" in posts[-1].text


def test_oversize_spec_gets_a_clear_message(slack):
    slack.submit_review("Problem: " + "word " * 11_000)
    slack.fake.wait_for("chat.update")
    slack.wait_idle()
    update = slack.fake.called("chat.update")[-1]
    assert "50,000" in update.text and "readiness" not in update.text


def test_review_blocks_respect_slack_limits(slack_services):
    review = slack_services.reviewer.review(THIN_SPEC + "\n" + "More context. " * 600)
    summary = review_summary_message(review, interaction_id="abc")
    details = review_detail_messages(review)
    for message in [summary, *details]:
        assert len(message["blocks"]) <= 50 and message["text"]
        for block in message["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= 3000
    assert sum(1 for m in details for b in m["blocks"] if b["type"] == "section") >= len(review.items)


class FileHost:
    """A web server that is not Slack, on another loopback address: it must never see the token."""

    def __init__(self, data: bytes, address: str = "127.0.0.2") -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        host = self
        self.requests: list[str | None] = []  # the Authorization header of every request

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                host.requests.append(self.headers.get("Authorization"))
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((address, 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://{address}:{self.server.server_port}/files-pri/T1-F1/spec.docx"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def docx_bytes(text: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def share(slack, text: str, file: dict) -> str:
    """A DM with a file; the text of the bot's last post once it is done."""
    slack.direct_message(text, subtype="file_share", files=[file])
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    return slack.fake.called("chat.postMessage")[-1].text


def test_a_docx_shared_in_a_dm_with_the_word_review_is_reviewed(slack):
    shared = slack.fake.add_file("F1", "spec.docx", docx_bytes(THIN_SPEC), DOCX)
    share(slack, "please review this", shared)
    posts = slack.fake.called("chat.postMessage")
    assert "readiness" in posts[0].text
    assert slack.fake.downloads and slack.fake.downloads[0][1] == "Bearer " + slack.settings.slack_bot_token.get_secret_value()


def test_a_slack_connect_file_is_looked_up_with_files_info(slack):
    full = slack.fake.add_file("F9", "spec.docx", docx_bytes(THIN_SPEC), DOCX)
    stub = {"id": "F9", "file_access": "check_file_info", "name": full["name"]}  # no URL at all
    share(slack, "review", stub)
    assert slack.fake.called("files.info")[0].args["file"] == "F9"
    assert "readiness" in slack.fake.called("chat.postMessage")[0].text


def test_without_files_read_the_login_page_is_not_reviewed_as_the_spec(slack):
    shared = slack.fake.add_file("F4", "spec.txt", THIN_SPEC.encode(), "text/plain")
    slack.fake.scopes = slack.fake.scopes - {"files:read"}  # an install from an older manifest
    text = share(slack, "review", shared)
    assert "sign-in page" in text and "files:read" in text
    assert "readiness" not in "\n".join(c.text for c in slack.fake.called("chat.postMessage"))


def test_an_xhtml_spec_served_as_xhtml_is_reviewed_not_taken_for_the_sign_in_page(slack):
    page = f"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body><pre>{THIN_SPEC}</pre></body></html>"
    shared = slack.fake.add_file("F5", "spec.xhtml", page.encode(), "application/xhtml+xml")
    share(slack, "review", shared)
    posted = "\n".join(c.text for c in slack.fake.called("chat.postMessage"))
    assert "sign-in page" not in posted and "readiness" in posted, posted


def test_a_redirect_inside_slack_is_followed_with_the_token(slack):
    shared = slack.fake.add_file("F5", "spec.docx", docx_bytes(THIN_SPEC), DOCX)
    moved = slack.fake.add_file("F6", "spec.docx", docx_bytes(THIN_SPEC), DOCX)
    slack.fake.redirects[shared["url_private_download"].removeprefix(slack.fake.base_url)] = moved["url_private"]
    share(slack, "review", shared)
    assert [path for path, _ in slack.fake.downloads][-1].endswith("F6/spec.docx")
    assert "readiness" in slack.fake.called("chat.postMessage")[0].text


def test_a_redirect_to_another_host_never_gets_the_token(slack):
    foreign = FileHost(docx_bytes(THIN_SPEC))
    try:
        shared = slack.fake.add_file("F7", "spec.docx", b"unused", DOCX)
        slack.fake.redirects[shared["url_private_download"].removeprefix(slack.fake.base_url)] = foreign.url
        text = share(slack, "review", shared)
        assert "somewhere else" in text
        assert all(not (header or "").startswith("Bearer") for header in foreign.requests)
        assert not foreign.requests  # refused before any request leaves
    finally:
        foreign.close()


def test_a_file_outside_slack_is_not_fetched_with_the_token(slack):
    foreign = FileHost(b"PROBLEM: x")
    try:
        shared = {"id": "F2", "name": "spec.md", "size": 10, "url_private_download": foreign.url}
        assert "isn't a file stored in Slack" in share(slack, "review", shared)
        assert not foreign.requests
    finally:
        foreign.close()


def test_a_binary_file_gets_a_clear_message(slack):
    shared = slack.fake.add_file("F3", "spec.txt", b"\x00\x01\x02\x03" * 500, "text/plain")
    assert "binary" in share(slack, "review my spec", shared)


# -- "It's in my spec": correcting a review --------------------------------------------------------
CLAIMS_SPEC = """Claims triage assistant

Adjusters spend 20 minutes per claim finding the policy clauses that apply; the assistant suggests them.
We will train on 40,000 closed claims from 2022-2024, labelled by senior adjusters.
We will compare hit rates for claims written in Welsh and in English before go-live.
"""
LANGUAGES_LINE = "We will compare hit rates for claims written in Welsh and in English before go-live."


def correction_values(line: str, status: str = "present") -> dict:
    return {
        "correction_line": {"line": {"type": "plain_text_input", "value": line}},
        "correction_status": {"status": {"type": "radio_buttons",
                                         "selected_option": {"text": {"type": "plain_text", "text": status},
                                                             "value": status}}},
    }


def correct_buttons(thread) -> dict[str, dict]:
    """The "It's in my spec" buttons of the details thread, by rubric item id."""
    buttons = [e for c in thread for b in c.args.get("blocks") or [] if b["type"] == "actions"
               for e in b["elements"] if e["action_id"] == "review_correct"]
    return {button["value"].rsplit(":", 1)[1]: button for button in buttons}


@pytest.fixture
def no_corrections_after(slack_services):
    """The Slack services are shared by the session: a correction made here must not reach other tests."""
    yield
    for correction in slack_services.review_corrections.kept():
        slack_services.review_corrections.remove(correction.id, by="test")


def test_a_person_corrects_a_missed_item_and_the_spec_is_read_again_with_it(slack, slack_services, no_corrections_after):
    assert slack_services.review_corrections.kept() == []
    slack.submit_review(CLAIMS_SPEC)
    summary, thread = review_posts(slack)
    buttons = correct_buttons(thread)
    review = slack_services.interactions.interaction(buttons["fairness_safety"]["value"].rsplit(":", 1)[0])
    statuses = slack_services.reviewer.review(review.question).statuses
    assert statuses["fairness_safety"] == "missing"
    # Only what the review called missing or partial can be corrected.
    assert set(buttons) == {item for item, status in statuses.items() if status != "present"}
    assert all(b["text"]["text"] == "It's in my spec" for b in buttons.values())

    slack.fake.reset()
    slack.click("review_correct", buttons["fairness_safety"]["value"], channel=summary.args["channel"],
                thread_ts=summary.ts)
    opened = slack.fake.wait_for("views.open")[-1].args["view"]
    assert opened["callback_id"] == "review_correction_view" and "Fairness" in json.dumps(opened)

    # A line that is not in the spec keeps the form open with Slack's field error, and keeps nothing.
    wrong = slack.submit_view("review_correction_view", opened["private_metadata"],
                              correction_values("We test every language we support."))
    assert wrong.json()["response_action"] == "errors"
    assert "isn't in the spec" in wrong.json()["errors"]["correction_line"]
    assert slack_services.review_corrections.kept() == []

    ok = slack.submit_view("review_correction_view", opened["private_metadata"],
                           correction_values(LANGUAGES_LINE))
    assert ok.status == 200 and not ok.body
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    thanks = slack.fake.called("chat.postMessage")[-1]
    assert thanks.args["thread_ts"] == summary.ts and thanks.args["channel"] == summary.args["channel"]
    assert "Fairness" in thanks.text and "Welsh" in thanks.text and f"<@{PERSON}>" in thanks.text
    assert "Read again with that line" in json.dumps(thanks.args["blocks"])
    assert "is *missing*" not in json.dumps(thanks.args["blocks"])
    [kept] = slack_services.review_corrections.kept()
    assert (kept.item_id, kept.line, kept.user_id) == ("fairness_safety", LANGUAGES_LINE, PERSON)


def test_a_correction_while_the_database_is_down_keeps_the_form_open(slack, slack_services, monkeypatch):
    from sqlalchemy.exc import OperationalError

    slack.submit_review(CLAIMS_SPEC)
    summary, thread = review_posts(slack)
    button = correct_buttons(thread)["fairness_safety"]
    slack.fake.reset()
    slack.click("review_correct", button["value"], channel=summary.args["channel"], thread_ts=summary.ts)
    opened = slack.fake.wait_for("views.open")[-1].args["view"]

    def down(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(slack_services.review_corrections, "record", down)
    response = slack.submit_view("review_correction_view", opened["private_metadata"], correction_values(LANGUAGES_LINE))
    assert response.json()["response_action"] == "errors"
    assert "try again" in response.json()["errors"]["correction_line"]
