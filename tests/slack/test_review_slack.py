"""Spec review in Slack: summary first, details per item in its thread, a coach button, clear refusals."""

from __future__ import annotations

from pathlib import Path

from bot.slack.review_blocks import review_detail_messages, review_summary_message
from tests.slack.conftest import PERSON

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
    assert summary.args["channel"] == PERSON
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
    interaction = slack_services.escalations.interaction(button["value"])
    assert interaction["surface"] == "review" and interaction["question"] == THIN_SPEC.strip()
    assert interaction["asker"] == PERSON


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
    """Serves one file on 127.0.0.1, as Slack's file storage would, and records the auth header."""

    def __init__(self, data: bytes) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                host.authorization = self.headers.get("Authorization")
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.authorization = None
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/files-pri/T1-F1/spec.docx"

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


def test_a_docx_shared_in_a_dm_with_the_word_review_is_reviewed(slack):
    host = FileHost(docx_bytes(THIN_SPEC))
    try:
        shared = {"id": "F1", "name": "spec.docx", "size": 20_000, "url_private_download": host.url}
        slack.direct_message("please review this", subtype="file_share", files=[shared])
        slack.fake.wait_for("chat.postMessage", count=2)
        slack.wait_idle()
        posts = slack.fake.called("chat.postMessage")
        assert "readiness" in posts[0].text
        assert host.authorization == "Bearer xoxb-" + host.authorization.split("xoxb-", 1)[1]
    finally:
        host.close()


def test_a_file_outside_slack_is_not_fetched_with_the_token(slack):
    shared = {"id": "F2", "name": "spec.md", "size": 10, "url_private_download": "http://files.example.invalid/spec.md"}
    slack.direct_message("review", subtype="file_share", files=[shared])
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    assert "isn't a file stored in Slack" in slack.fake.called("chat.postMessage")[-1].text


def test_a_binary_file_gets_a_clear_message(slack):
    host = FileHost(b"\x00\x01\x02\x03" * 500)
    try:
        shared = {"id": "F3", "name": "spec.txt", "size": 2000, "url_private_download": host.url}
        slack.direct_message("review my spec", subtype="file_share", files=[shared])
        slack.fake.wait_for("chat.postMessage")
        slack.wait_idle()
        assert "binary" in slack.fake.called("chat.postMessage")[-1].text
    finally:
        host.close()
