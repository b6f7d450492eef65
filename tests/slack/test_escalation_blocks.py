"""The coach-facing Block Kit builders, tested as pure functions on escalation records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from bot.core.answering import NOT_COVERED, UNSURE_PREFIX
from bot.core.records import Escalation, KnowledgeEntry
from bot.slack import blocks as eb

WHEN = dt.datetime(2026, 11, 3, 14, 5)


def escalation(**overrides) -> Escalation:
    row = {
        "id": "e1",
        "interaction_id": "i1",
        "created_at": WHEN,
        "trigger": "low_confidence",
        "status": "open",
        "question": "Which region should host our model? <!channel>",
        "asker": "UASK",
        "channel": "C1",
        "thread_ts": "1700000001.000100",
        "draft": UNSURE_PREFIX["en"]
        + "\nHost near your users & their data. [1] Check residency. [2]",
        "label": "low",
        "score": 0.45,
        "sources": [
            {"source": "privacy.md", "title": "Privacy", "section": "Residency", "score": 0.4},
            {"source": "cost.md", "title": "Cost", "section": "Cost", "score": 0.3},
        ],
        "card_channel": "CCOACH",
        "card_ts": "1700000002.000100",
        "handled_by": "",
        "handled_at": None,
        "coach_answer": "",
        "dismiss_reason": "",
        "reminded_at": None,
        "asker_rating": None,
    }
    row.update(overrides)
    return Escalation.from_row(row)


def action_ids(blocks: list[dict]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def text_of(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- drafts --------------------------------------------------------------------------------------
def test_draft_text_drops_the_unsure_preamble_and_the_source_markers():
    assert (
        eb.draft_text(escalation().draft)
        == "Host near your users & their data. Check residency."
    )
    assert eb.draft_text(UNSURE_PREFIX["zh"] + "先看数据。 [1]") == "先看数据。"
    assert eb.draft_text(NOT_COVERED["en"]) == "" and eb.draft_text("") == ""
    # The preamble line may say first why a coach is asked; a later line quoting the prefix stays.
    named = f"The guidance never mentions MTEB. {UNSURE_PREFIX['en']}\nCompare models on your own eval set. [1]"
    assert eb.draft_text(named) == "Compare models on your own eval set."


def test_only_answers_with_a_real_draft_can_be_approved():
    assert eb.has_draft(escalation())
    assert not eb.has_draft(escalation(draft=NOT_COVERED["en"], sources=[]))
    review = escalation(label="", draft="Spec review, readiness 40%. Gaps: Data plan: missing")
    assert not eb.is_answer(review) and not eb.has_draft(review)


# -- the card ------------------------------------------------------------------------------------
def test_the_card_has_question_asker_link_draft_sources_confidence_and_buttons():
    card = eb.card_message(
        escalation(), permalink="https://x.slack.com/archives/C1/p1700000001000100"
    )
    shown = text_of(card["blocks"])
    assert "&lt;!channel&gt;" in shown and "<!channel>" not in text_of(card)  # never pings
    assert (
        "<@UASK>" in shown
        and "<https://x.slack.com/archives/C1/p1700000001000100|open the thread>" in shown
    )
    assert "unverified" in shown and "Low confidence (0.45)" in shown
    assert "Host near your users &amp; their data. Check residency." in shown
    assert "1. *Privacy* › Residency  `privacy.md`" in shown
    assert action_ids(card["blocks"]) == [
        eb.ESCALATION_ANSWER,
        eb.ESCALATION_APPROVE,
        eb.ESCALATION_DISMISS,
    ]
    assert {
        e["value"] for b in card["blocks"] if b["type"] == "actions" for e in b["elements"]
    } == {"e1"}
    assert card["text"].startswith("Question for a human coach: Which region")


def test_a_card_without_a_draft_offers_no_approval_and_says_why():
    card = eb.card_message(escalation(draft=NOT_COVERED["en"], sources=[]))
    assert action_ids(card["blocks"]) == [eb.ESCALATION_ANSWER, eb.ESCALATION_DISMISS]
    assert "No draft" in text_of(card["blocks"])


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({}, "in <#C1>, thread 1700000001.000100"),
        ({"channel": "D1"}, "in a direct message with the bot"),
        ({"thread_ts": ""}, "in <#C1> (through `/aipm`)"),
    ],
)
def test_without_a_permalink_the_card_names_where_it_was_asked(row, expected):
    assert expected in text_of(eb.card_message(escalation(**row))["blocks"])


def test_the_reminder_says_how_long_it_waited_and_keeps_the_buttons():
    card = eb.card_message(escalation(), waited_hours=26.4)
    assert (
        card["blocks"][0]["text"]["text"] == "⏰ Reminder: still waiting for a coach after 26 hours"
    )
    assert eb.ESCALATION_ANSWER in action_ids(card["blocks"])
    moved = eb.moved_card_message(escalation())
    assert action_ids(moved["blocks"]) == [] and "posted again below" in text_of(moved)


def test_a_pasted_spec_is_shortened_on_the_card_not_the_buttons():
    card = eb.card_message(
        escalation(question="word " * 3000, label="", draft="Spec review, readiness 10%.")
    )
    assert all(len(b["text"]["text"]) <= 3000 for b in card["blocks"] if b["type"] == "section")
    assert "shortened" in text_of(card) and action_ids(card["blocks"])[-1] == eb.ESCALATION_DISMISS
    assert "What the bot said (unverified)" in text_of(card) and "score 0.45" in text_of(card)


def test_the_handled_card_shows_who_when_what_and_the_retract_button():
    answered = escalation(
        status="answered", handled_by="UC", handled_at=WHEN, coach_answer="Use <b> EU regions."
    )
    entry = KnowledgeEntry(
        id="k1", escalation_id="e1", question="q", answer="a", coach="UC", created_at=WHEN,
        retracted_at=None, retracted_by="",
    )
    card = eb.handled_card_message(answered, entry=entry)
    shown = text_of(card["blocks"])
    assert card["blocks"][0]["text"]["text"] == "✅ Answered by a coach"
    assert "*<@UC> answered* <!date^" in shown and "|2026-11-03 14:05 UTC>" in shown
    assert "Use &lt;b&gt; EU regions." in shown
    assert action_ids(card["blocks"]) == [eb.KNOWLEDGE_RETRACT]
    retracted = eb.handled_card_message(
        answered, entry=dataclasses.replace(entry, retracted_at=WHEN, retracted_by="UC2")
    )
    assert action_ids(
        retracted["blocks"]
    ) == [] and "Retracted from the knowledge base by <@UC2>" in text_of(retracted)
    plain = eb.handled_card_message(answered)
    assert "Not added to the knowledge base" in text_of(plain)
    dismissed = eb.handled_card_message(
        escalation(
            status="dismissed", handled_by="UC", handled_at=WHEN, dismiss_reason="<!here> spam"
        )
    )
    assert (
        "Reason: &lt;!here&gt; spam" in text_of(dismissed) and action_ids(dismissed["blocks"]) == []
    )


# -- what the asker sees -------------------------------------------------------------------------
def test_notes_to_the_asker_are_honest_about_whether_a_coach_was_reached():
    assert "appear here in this thread" in text_of(eb.asked_note(True, in_thread=True))
    assert "in a direct message" in text_of(eb.asked_note(True, in_thread=False))
    assert "couldn't reach one" in text_of(eb.asked_note(False, in_thread=True))
    asked = eb.asked_message(escalation(), True, in_thread=True)
    assert asked["text"].startswith(
        "🙋 <@UASK> I've asked a human coach"
    )  # mention kept, not escaped
    assert "my draft (unverified)" in text_of(asked) and "Check residency." in text_of(asked)
    assert "couldn't reach" in eb.asked_message(escalation(), False, in_thread=True)["text"]


def test_the_coach_answer_is_credited_escaped_and_can_be_rated():
    row = escalation(
        status="answered", handled_by="UC", handled_at=WHEN, coach_answer="Try <!channel> & EU."
    )
    message = eb.coach_answer_message(row, in_thread=True)
    assert message["text"].startswith("🧑‍🏫 <@UASK> A human coach, <@UC>, answered:")
    assert "&lt;!channel&gt; &amp; EU." in message["text"] and "<!channel>" not in text_of(message)
    assert action_ids(message["blocks"]) == [eb.RATE_HELPFUL, eb.RATE_UNHELPFUL]
    approved = eb.coach_answer_message(
        escalation(
            status="approved", handled_by="UC", handled_at=WHEN, coach_answer=escalation().draft
        ),
        in_thread=False,
    )
    assert "approved it" in approved["text"] and "[1]" not in approved["text"]
    assert "Your question:" in text_of(approved)  # a DM carries the question with it


def test_the_late_coach_is_told_who_won():
    row = escalation(status="answered", handled_by="UWIN", handled_at=WHEN)
    assert "Already handled by <@UWIN>" in eb.already_handled_message(row)["text"]


# -- modals --------------------------------------------------------------------------------------
def all_modals(row: Escalation) -> list[dict]:
    meta = eb.metadata(escalation=row.id, channel="CCOACH", ts="1.2")
    return [
        eb.answer_modal(row, private_metadata=meta),
        eb.approve_modal(row, private_metadata=meta),
        eb.dismiss_modal(row, private_metadata=meta),
        eb.feedback_modal(private_metadata=meta),
    ]


def test_modals_stay_within_slacks_limits():
    for modal in all_modals(escalation(question="q " * 3000, draft="d " * 3000)):
        assert len(modal["title"]["text"]) <= 24 and len(modal["submit"]["text"]) <= 24
        assert len(modal["blocks"]) <= 100 and len(modal["private_metadata"]) <= 3000
        for block in modal["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= 3000
            element = block.get("element", {})
            assert len(element.get("initial_value", "")) <= 3000
            for option in element.get("options", []):
                assert len(option.get("description", {}).get("text", "")) <= 150


def test_the_answer_form_is_prefilled_with_the_draft_and_offers_the_knowledge_base():
    modal = eb.answer_modal(escalation(), private_metadata="{}")
    box = next(b for b in modal["blocks"] if b.get("block_id") == eb.ANSWER_BLOCK)["element"]
    assert (
        box["multiline"]
        and box["initial_value"] == "Host near your users & their data. Check residency."
    )
    knowledge = next(b for b in modal["blocks"] if b.get("block_id") == eb.KNOWLEDGE_BLOCK)
    assert (
        knowledge["optional"]
        and knowledge["element"]["options"][0]["text"]["text"] == "Add to knowledge base"
    )
    no_draft = eb.answer_modal(
        escalation(draft=NOT_COVERED["en"], sources=[]), private_metadata="{}"
    )
    assert (
        "initial_value"
        not in next(b for b in no_draft["blocks"] if b.get("block_id") == eb.ANSWER_BLOCK)[
            "element"
        ]
    )
    review = eb.answer_modal(
        escalation(label="", draft="Spec review, readiness 10%."), private_metadata="{}"
    )
    assert not any(
        b.get("block_id") == eb.KNOWLEDGE_BLOCK for b in review["blocks"]
    )  # a spec is no entry
