"""The pure Block Kit builders and text helpers, tested without Slack or mocks."""

from __future__ import annotations

import json
import re

import pytest

from bot.core.answering import Answer, SourceRef
from bot.core.confidence import LABEL_MEANINGS, Confidence
from bot.slack import blocks
from bot.slack.listeners.commands import parse_command
from bot.slack.flows.conversation import parse_intent
from bot.slack.text import escape, from_slack, split_text, to_mrkdwn


def make_answer(text: str, label: str = "high", *, sources: int = 2) -> Answer:
    confidence = Confidence(
        label, {"high": 0.9, "medium": 0.6, "low": 0.1}[label], label == "low", {}
    )
    refs = [
        SourceRef(f"doc-{n}.md", f"Title {n}", f"Section {n}", 0.5) for n in range(1, sources + 1)
    ]
    return Answer("q?", text, "extractive", confidence, refs)


def all_text(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def section_texts(block_list: list[dict]) -> list[str]:
    return [b["text"]["text"] for b in block_list if b["type"] == "section"]


# -- text ----------------------------------------------------------------------------------------
def test_split_text_respects_the_limit_and_loses_nothing():
    paragraphs = [f"Paragraph {n}. " + "word " * 150 for n in range(30)]
    text = "\n\n".join(paragraphs)
    pieces = split_text(text, 3000)
    assert len(pieces) > 1 and all(len(piece) <= 3000 for piece in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )
    assert all(piece.startswith("Paragraph") for piece in pieces)  # cut at paragraph breaks


def test_split_text_cuts_a_spaceless_run_without_breaking_an_escape():
    text = escape("&" * 5000)  # "&amp;" × 5000, no spaces anywhere
    pieces = split_text(text, 3000)
    assert all(len(piece) <= 3000 for piece in pieces)
    assert "".join(pieces) == text
    assert all(re.fullmatch(r"(&amp;)+", piece) for piece in pieces)


def test_short_text_is_one_piece():
    assert split_text("  hello  ") == ["hello"]
    assert split_text("") == []


def test_escape_makes_pings_literal():
    assert escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("<@UBOT> how do I pick a threshold?", "how do I pick a threshold?"),
        ("<@UBOT> ask <@U2|ana> about <#C1|evals>", "ask @ana about #evals"),
        ("<!here> what &lt;b&gt; &amp; metrics?", "@here what <b> & metrics?"),
        (
            "see <https://example.com/x|the doc> and <https://a.io>",
            "see the doc (https://example.com/x) and https://a.io",
        ),
        ("<!subteam^S1|@pm-team> hi", "@pm-team hi"),
    ],
)
def test_from_slack_reads_what_the_person_typed(raw, plain):
    assert from_slack(raw, bot_user_id="UBOT") == plain


def test_to_mrkdwn_escapes_and_keeps_light_markdown():
    assert (
        to_mrkdwn("**Bold** <!channel> [doc](https://x.io/a)")
        == "*Bold* &lt;!channel&gt; <https://x.io/a|doc>"
    )


# -- answers -------------------------------------------------------------------------------------
def test_answer_blocks_have_text_confidence_sources_and_buttons():
    answer = make_answer("Start from the business result. [1] Then the model. [2]")
    built = blocks.answer_blocks(answer, "a-123")
    assert [b["type"] for b in built] == ["section", "context", "section", "actions"]
    assert section_texts(built)[0] == "Start from the business result. [1] Then the model. [2]"
    confidence = built[1]["elements"][0]["text"]
    assert confidence.startswith("🟢 *High confidence*") and LABEL_MEANINGS["high"] in confidence
    assert section_texts(built)[1] == (
        "*Sources*\n1. *Title 1* › Section 1  `doc-1.md`\n2. *Title 2* › Section 2  `doc-2.md`"
    )
    actions = built[-1]["elements"]
    assert [e["action_id"] for e in actions] == ["feedback_up", "feedback_down", "ask_human"]
    assert [e["text"]["text"] for e in actions] == ["👍", "👎", "Ask a human"]
    assert {e["value"] for e in actions} == {"a-123"}


@pytest.mark.parametrize("label", ["high", "medium", "low"])
def test_confidence_words_and_emoji(label):
    line = blocks.confidence_line(make_answer("x", label).confidence)
    assert blocks.LABEL_WORDS[label] in line and line.startswith(blocks.LABEL_MARKS[label])


def test_low_confidence_says_so_in_the_first_line():
    answer = make_answer("The closest material I found.", "low")
    built = blocks.answer_blocks(answer, "a-1")
    assert built[0]["type"] == "section" and built[0]["text"]["text"].startswith(
        "🔴 *Low confidence*"
    )
    assert not any(b["type"] == "context" for b in built)  # not said twice
    message = blocks.answer_messages(answer, "a-1")[0]
    assert message["text"].splitlines()[0].startswith("🔴 Low confidence")
    pieces, footer = blocks.answer_stream(answer, "a-1")
    assert pieces[0].startswith("🔴 **Low confidence**")
    human = footer[-1]["elements"][2]
    assert human["style"] == "primary"


def test_long_answers_are_split_into_sections_not_truncated():
    text = " ".join(
        f"Sentence number {n} about evaluation sets and thresholds." for n in range(400)
    )
    built = blocks.answer_blocks(make_answer(text), "a-1")
    body = [t for t in section_texts(built) if not t.startswith("*Sources*")]
    assert len(body) >= 7 and all(len(t) <= 3000 for t in body)
    assert " ".join(body) == text


def test_more_than_fifty_blocks_become_several_messages_with_fallback_text():
    text = "\n\n".join("x" * 2900 for _ in range(70))
    messages = blocks.answer_messages(make_answer(text), "a-1")
    assert len(messages) == 2
    assert all(len(m["blocks"]) <= 50 and m["text"] for m in messages)
    assert sum(len(m["blocks"]) for m in messages) == 70 + 3
    assert (
        messages[-1]["blocks"][-1]["type"] == "actions"
        and messages[0]["blocks"][-1]["type"] == "section"
    )
    assert "(continued, part 2 of 2)" == messages[1]["text"]
    assert len(messages[0]["text"]) <= 3000 and messages[0]["text"].endswith(
        "(the full text is in the message)"
    )


def test_user_and_knowledge_text_is_escaped_everywhere():
    answer = make_answer("Ping <!channel> & <@U1> [1]")
    answer.sources[0].title = "<!here> title"
    message = blocks.answer_messages(
        answer, "a-1", header=blocks.question_header("why <!everyone>?")
    )[0]
    rendered = all_text(message)
    for ping in ("<!channel>", "<@U1>", "<!here>", "<!everyone>"):
        assert ping not in rendered
    assert "&lt;!channel&gt; &amp; &lt;@U1&gt;" in rendered and "&lt;!here&gt; title" in rendered
    assert message["blocks"][0]["text"]["text"] == "*Question:* why &lt;!everyone&gt;?"
    assert "<!channel>" not in all_text(blocks.placeholder_message("<!channel> now"))


def test_stream_pieces_respect_the_append_limit():
    pieces, footer = blocks.answer_stream(make_answer("y " * 20000), "a-9")
    assert len(pieces) == 4 and all(len(p) <= 12000 for p in pieces)
    assert footer[-1]["type"] == "actions"


def test_answer_without_sources_has_no_sources_section():
    built = blocks.answer_blocks(make_answer("Not covered.", "low", sources=0), "a-1")
    assert "Sources" not in all_text(built)


# -- other messages and views --------------------------------------------------------------------
def test_help_and_home_explain_surfaces_and_labels():
    for rendered in (all_text(blocks.help_message()), all_text(blocks.home_view())):
        for words in ("/aipm ask QUESTION", "/aipm review", "Mention me", "It's in my spec", *LABEL_MEANINGS.values()):
            assert words in rendered
    assert blocks.home_view()["type"] == "home"


def test_review_modal_has_a_large_multiline_box():
    view = blocks.review_modal(private_metadata="{}")
    assert view["callback_id"] == blocks.REVIEW_CALLBACK and len(view["title"]["text"]) <= 24
    box = view["blocks"][1]
    assert box["block_id"] == blocks.REVIEW_BLOCK
    assert box["element"] == {
        **box["element"],
        "type": "plain_text_input",
        "multiline": True,
        "max_length": 3000,
    }


def test_error_message_carries_the_id_and_nothing_else():
    message = blocks.error_message("E-1234ABCD")
    assert "`E-1234ABCD`" in message["text"] and "Sorry" in message["text"]


def test_review_messages_render_the_reviewer_result_escaped():
    from bot.core.review.reviewer import ItemResult, Review
    from bot.slack.blocks import review_detail_messages, review_summary_message

    gap = ItemResult(
        "metrics",
        "Success <metrics>",
        "missing",
        "blocker",
        [],
        "Add targets & counter-metrics.",
        "Which number moves?",
    )
    done = ItemResult("problem", "Problem", "present", None, ["We help agents."], "", "?")
    review = Review(score=0.42, items=[done, gap], top_fixes=[gap], warnings=["<!here>"])
    summary = review_summary_message(review, interaction_id="I1")
    details = review_detail_messages(review)
    rendered = all_text([summary])
    assert "readiness 42%" in rendered and "✅ 1 present" in rendered and "❌ 1 missing" in rendered
    assert "1. *Success &lt;metrics&gt;*: Which number moves?" in rendered
    assert "❌ *Success &lt;metrics&gt;* — missing · blocker" in rendered
    detail_text = all_text(details)
    assert "*Suggestion:* Add targets &amp; counter-metrics." in detail_text
    assert "> We help agents." in detail_text
    assert "<!here>" not in rendered + detail_text
    assert summary["text"].startswith("Spec review: readiness 42%")


# -- routing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("help", "")),
        ("help", ("help", "")),
        ("Review my spec", ("review_help", "")),
        ("review", ("review_help", "")),
        ("review: Problem: agents triage by hand", ("review", "Problem: agents triage by hand")),
        ("Review my spec:\nProblem: x", ("review", "Problem: x")),
        ("review cadence for model retraining?", ("ask", "review cadence for model retraining?")),
        ("How do I pick a threshold?", ("ask", "How do I pick a threshold?")),
    ],
)
def test_parse_intent(text, expected):
    assert parse_intent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("help", "")),
        ("help", ("help", "")),
        ("ask   How do I start?", ("ask", "How do I start?")),
        ("ask", ("ask", "")),
        ("review", ("review", "")),
        ("review\nProblem: x", ("review", "Problem: x")),
        ("How do I start?", ("ask", "How do I start?")),
        ("ASK &lt;b&gt;", ("ask", "<b>")),
    ],
)
def test_parse_command(text, expected):
    assert parse_command(text) == expected
