"""Every Block Kit builder, fed extreme and hostile input, sent through the strict fake Slack.

A 10,000-character answer, 30 sources, a 50,000-character spec, 60 warnings, and names and
questions full of &<>, <!channel>, @here and Markdown links: Slack must take every message and
view, and nobody may be pinged or shown a link with text chosen by someone else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.answering import Answer, SourceRef
from bot.core.confidence import Confidence
from bot.core.records import Escalation
from bot.core.review.reviewer import ItemResult, Review
from bot.slack import blocks as b
from bot.slack import blocks as eb
from bot.slack.blocks import review_detail_messages, review_summary_message
from bot.slack.text import split_text
from tests.slack.conftest import BOT_TOKEN

NASTY = (
    "Tom & Jerry's <b>plan</b> <!channel> @here @everyone @channel "
    "[click me](https://evil.example/x) <https://evil.example|innocent> *half bold"
)
# The bot's own text (answers, drafts) may use Markdown links, so it carries harmless ones.
OWN = NASTY.replace("evil.example", "docs.example")
# What would ping a whole channel, or show a link whose words someone else chose.
PING_RE = re.compile(r"<!(channel|here|everyone)>|(?<!\u2060)@(channel|here|everyone)\b", re.I)
FOREIGN_LINK_RE = re.compile(r"<https?://evil\.example[^>]*>")


def long_text(chars: int, nasty: str = NASTY) -> str:
    sentence = f"Measure what users read, not proxies; {nasty}. "
    return (sentence * (chars // len(sentence) + 1))[:chars]


def answer(chars: int = 10_000, sources: int = 30, label: str = "medium") -> Answer:
    confidence = Confidence(label, 0.6 if label == "medium" else 0.2, label == "low", {})
    refs = [
        SourceRef(f"doc-{n}&<x>.md", f"Title {n} {NASTY}", f"Section {n} {NASTY}", 0.5)
        for n in range(1, sources + 1)
    ]
    return Answer(NASTY, long_text(chars, OWN), "extractive", confidence, refs)


def review(warnings: int = 60) -> Review:
    items = [
        ItemResult(
            id=f"item{n}",
            name=f"Item {n}",
            status=("present", "partial", "missing")[n % 3],
            severity=None if n % 3 == 0 else "major",
            evidence=[long_text(600), NASTY],
            suggestion=long_text(1500),
            question=long_text(500),
            reason=NASTY,
        )
        for n in range(12)
    ]
    return Review(
        score=0.4,
        items=items,
        top_fixes=items[1:4],
        warnings=[f"Warning {n}: {NASTY}" for n in range(warnings)],
        words=9000,
    )


def escalation(**overrides: Any) -> Escalation:
    row = {
        "id": "e1",
        "interaction_id": "i1",
        "created_at": dt.datetime(2026, 11, 3, 14, 5),
        "trigger": "low_confidence",
        "status": "open",
        "question": NASTY,
        "asker": "UASK",
        "channel": "C1",
        "thread_ts": "1700000001.000100",
        "draft": long_text(10_000, OWN),
        "label": "low",
        "score": 0.45,
        "sources": [
            {"source": f"d{n}.md", "title": NASTY, "section": NASTY, "score": 0.4}
            for n in range(30)
        ],
        "card_channel": "C0COACHES1",
        "card_ts": "1700000002.000100",
        "handled_by": "UCOACH",
        "handled_at": dt.datetime(2026, 11, 3, 15, 5),
        "coach_answer": long_text(3000),
        "dismiss_reason": NASTY,
        "reminded_at": None,
        "asker_rating": None,
    }
    row.update(overrides)
    return Escalation.from_row(row)


SPEC = long_text(50_000)


def messages() -> dict[str, b.Message]:
    """Every message builder, on the worst input it can get."""
    big = answer()
    found: dict[str, b.Message] = {}
    for n, message in enumerate(b.answer_messages(big, "ref-1", header=b.question_header(SPEC))):
        found[f"answer {n}"] = message
    found["placeholder"] = b.placeholder_message(SPEC)
    found["review placeholder"] = b.review_placeholder_message(SPEC)
    found["notice"] = b.notice_message(long_text(5000))
    found["help"] = b.help_message()
    found["greeting"] = b.greeting_message()
    found["review summary"] = review_summary_message(review(), interaction_id="i" * 40)
    for n, message in enumerate(review_detail_messages(review())):
        found[f"review details {n}"] = message
    for question in (NASTY, SPEC):
        for status in ("open", "answered", "approved", "dismissed"):
            row = escalation(question=question, status=status)
            if status == "approved":  # an approval sends the bot's draft as the answer
                row = dataclasses.replace(row, coach_answer=row.draft)
            found[f"card {status} {len(question)}"] = eb.card_message(row, permalink="https://x")
            if status != "open":
                found[f"handled {status} {len(question)}"] = eb.handled_card_message(row)
        row = escalation(question=question)
        found[f"reminder {len(question)}"] = eb.card_message(row, waited_hours=30)
        found[f"moved {len(question)}"] = eb.moved_card_message(row)
        found[f"asked {len(question)}"] = eb.asked_message(row, True, in_thread=False)
        found[f"coach answer {len(question)}"] = eb.coach_answer_message(
            escalation(question=question, status="answered"), in_thread=False
        )
        found[f"dismissed {len(question)}"] = eb.dismissed_message(row, in_thread=False)
    found.update(coaching_messages())
    return found


def coaching_messages() -> dict[str, b.Message]:
    """A coaching session's turns, brief and buttons, with a PM who types the worst there is."""
    from bot.core.coaching.brief import build_brief
    from bot.core.coaching.path import default_path
    from bot.core.coaching.records import (
        CoachingSession, Feedback, Passage, SessionStatus, StepAnswer, Turn, TurnKind, Verdict,
    )
    from bot.slack.blocks.coach import (
        brief_actions_message, brief_snippet_messages, coach_turn_messages, session_intro_message,
    )

    path = default_path()
    passage = Passage(NASTY, NASTY, "doc&<x>.md", long_text(400))
    feedback = Feedback("problem", Verdict.PARTIAL, (NASTY,) * 5, (NASTY,) * 5, NASTY, (NASTY,), passage)
    answers = tuple(StepAnswer(step.id, long_text(10_000), False, feedback) for step in path.steps)
    session = CoachingSession("s" * 16, "U1", "dm", "D1", "1.1", "en", long_text(500), SessionStatus.ACTIVE,
                              0, answers)
    found: dict[str, b.Message] = {}
    for kind in TurnKind:
        turn = Turn(kind, session, feedback=feedback, help_passage=passage, question=NASTY)
        for n, message in enumerate(coach_turn_messages(turn, path)):
            found[f"coaching {kind} {n}"] = message
    for n, message in enumerate(brief_snippet_messages(build_brief(session, path))):
        found[f"coaching brief as text {n}"] = message
    found["coaching brief buttons"] = brief_actions_message(session.id, "zh")
    found["coaching intro"] = session_intro_message(long_text(5000), "en")
    return found


def views() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {"home": b.home_view(), "review form": b.review_modal()}
    for question in (NASTY, SPEC, "&" * 2600):
        row = escalation(question=question, status="open")
        meta = eb.metadata(escalation="e" * 32, channel="C0COACHES1", ts="1700000002.000100")
        found[f"answer form {len(question)}"] = eb.answer_modal(row, private_metadata=meta)
        found[f"approve form {len(question)}"] = eb.approve_modal(row, private_metadata=meta)
        found[f"dismiss form {len(question)}"] = eb.dismiss_modal(row, private_metadata=meta)
    found["feedback form"] = eb.feedback_modal(private_metadata=eb.metadata(interaction="i1"))
    return found


@pytest.fixture
def client(fake_slack) -> WebClient:
    fake_slack.rate_limits = False  # hundreds of messages in a second: not what this test is about
    return WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)


def visible(message: dict[str, Any]) -> str:
    """Every string Slack renders as mrkdwn or plain text; a text box's initial value is only
    what the coach starts editing from (plain text, never parsed), so it is left out."""
    from tests.slack.fake_slack import Call

    def without_inputs(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: without_inputs(v) for k, v in value.items() if k != "initial_value"}
        if isinstance(value, list):
            return [without_inputs(v) for v in value]
        return value

    return Call("", without_inputs(message), 0.0).text


@pytest.mark.parametrize("name", sorted(messages()))
def test_every_message_is_accepted_and_pings_nobody(name, client, fake_slack):
    message = messages()[name]
    try:
        client.chat_postMessage(channel="C0CHANNEL1", text=message["text"], blocks=message["blocks"])
    except SlackApiError as exc:
        from tests.slack.slack_rules import explain

        pytest.fail(f"Slack refused {name}: {exc.response['error']} {explain(message)[:3]}")
    text = visible(message)
    assert not PING_RE.search(text), f"{name} would ping: {PING_RE.search(text)}"
    assert not FOREIGN_LINK_RE.search(text), f"{name} turns a person's text into a link"


@pytest.mark.parametrize("name", sorted(views()))
def test_every_view_is_accepted_and_pings_nobody(name, client, fake_slack):
    view = views()[name]
    try:
        if view["type"] == "home":
            client.views_publish(user_id="U0PERSON01", view=view)
        else:
            client.views_open(trigger_id=fake_slack.new_trigger(), view=view)
    except SlackApiError as exc:
        from tests.slack.slack_rules import explain

        pytest.fail(f"Slack refused {name}: {exc.response['error']} {explain({'view': view})[:3]}")
    assert not PING_RE.search(visible(view)) and not FOREIGN_LINK_RE.search(visible(view))


def test_a_streamed_answer_footer_is_accepted(client, fake_slack):
    pieces, footer = b.answer_stream(answer(), "ref-1")
    assert len(footer) <= 50 and all(len(piece) <= 12_000 for piece in pieces)
    client.chat_stopStream(channel="D0DIRECT01", ts="1.2", blocks=footer)
    assert not PING_RE.search("".join(pieces))


def test_the_question_in_a_coach_form_is_cut_after_escaping():
    # 2,600 "&" become 13,000 characters of "&amp;": cut first and escape after, it overflows.
    form = eb.answer_modal(escalation(question="&" * 2600), private_metadata="{}")
    text = form["blocks"][0]["text"]["text"]
    assert len(text) <= 3000 and re.search(r"(&amp;)+…$", text)


def test_a_persons_markdown_link_stays_text_on_the_card():
    card = eb.card_message(escalation(question="see [the doc](https://evil.example/x)"))
    assert "[the doc](https://evil.example/x)" in visible(card)
    assert "|the doc>" not in visible(card)
    # The bot's own draft may still use Markdown links.
    draft = eb.card_message(escalation(draft="Read [the guide](https://docs.example/g).", question="q"))
    assert "<https://docs.example/g|the guide>" in visible(draft)


def test_the_review_summary_counts_what_it_cannot_list():
    summary = review_summary_message(review(60), interaction_id="i1")
    assert len(summary["blocks"]) <= 50
    assert "Warning 0" in visible(summary) and "52 more warnings" in visible(summary)


@pytest.mark.parametrize("limit", [200, 333, 1000, 2999])
def test_split_text_never_cuts_a_link_or_a_bold_span(limit):
    # No sentence ends or line breaks: the only places to cut are spaces, many inside spans.
    unit = "see <https://example.com/a/long/path|a long link label> and *a bold span here* then "
    pieces = split_text(unit * 200, limit)
    assert all(len(piece) <= limit for piece in pieces)
    for piece in pieces:
        assert piece.count("<") == piece.count(">"), piece[-80:]
        assert all(line.count("*") % 2 == 0 for line in piece.splitlines()), piece[-80:]
    assert "".join(pieces).replace(" ", "") == (unit * 200).replace(" ", "")
