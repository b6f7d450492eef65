"""Escalations, votes, coach knowledge and reports on SQLite and PostgreSQL (real servers)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import update

from bot.core.answering import Answerer
from bot.core.escalation import EscalationService
from bot.core.interactions import InteractionService
from bot.core.learning import CoachKnowledge
from bot.core.report import build_report, export_bad_cases
from bot.core.storage import MIGRATIONS, Store, escalations, interactions, migrate
from bot.core.records import VoteTally
from tests.conftest import make_settings


@pytest.fixture
def store(database_url):
    store = Store(database_url)
    yield store
    store.close()


@pytest.fixture(scope="module")
def small_answerer(tmp_path_factory, embedder):
    from bot.core.index import KnowledgeIndex
    from ingest.pipeline import ingest_paths

    folder = tmp_path_factory.mktemp("small") / "docs"
    folder.mkdir()
    (folder / "metrics.md").write_text(
        "# Success metrics\n\n## Four levels\nSuccess metrics for an AI feature run from business metrics through "
        "proxy metrics to model and data metrics, each with a target.\n", encoding="utf-8")
    (folder / "evals.md").write_text(
        "# Evaluation\n\n## Eval sets\nAn evaluation set mixes good cases, bad cases and edge cases drawn from "
        "real user queries, graded against a written rubric.\n", encoding="utf-8")
    settings = make_settings(tmp_path_factory.mktemp("small-data"))
    index = KnowledgeIndex(settings, embedder=embedder)
    ingest_paths([folder], index, progress=False)
    return Answerer(settings, index)


def answer_for(answerer, question):
    return answerer.ask(question)


def test_escalation_lifecycle_and_one_per_interaction(store, small_answerer):
    service = EscalationService(store, coach_user_ids=["UCOACH"])
    answer = small_answerer.ask("How should we price our AI feature for enterprise customers?")
    interaction = InteractionService(service.store).record_interaction(answer, surface="dm", asker="UASK", channel="D1", thread_ts="1.0")
    escalation, created = service.escalate(interaction, "low_confidence")
    again, created_again = service.escalate(interaction, "asked")
    assert created and not created_again and again.id == escalation.id
    assert escalation.status == "open" and escalation.draft == answer.answer
    assert [e.id for e in service.open_escalations()] == [escalation.id]

    outcome = service.answer(escalation.id, "UCOACH", "Price per seat, with a usage cap.")
    assert outcome.won and outcome.escalation.status == "answered"
    assert outcome.escalation.handled_by == "UCOACH" and outcome.escalation.handled_at
    late = service.dismiss(escalation.id, "UOTHER", "duplicate")
    assert not late.won and late.escalation.status == "answered"
    assert service.open_escalations() == []


def test_two_coaches_racing_one_wins(store, small_answerer):
    service = EscalationService(store, coach_user_ids=["U1", "U2"])
    interaction = InteractionService(service.store).record_interaction(small_answerer.ask("What is an eval set?"), surface="mention")
    escalation, _ = service.escalate(interaction, "asked")
    store.engine  # noqa: B018 - migrate before the race, as a running bot would have
    results = []
    barrier = threading.Barrier(2)

    def act(coach):
        barrier.wait()
        results.append(service.answer(escalation.id, coach, f"answer from {coach}"))

    threads = [threading.Thread(target=act, args=(coach,)) for coach in ("U1", "U2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.won for r in results) == [False, True]
    winner = next(r for r in results if r.won)
    final = service.get(escalation.id)
    assert final.coach_answer == f"answer from {final.handled_by}"
    assert winner.escalation.handled_by == final.handled_by


def test_permissions(store):
    listed = EscalationService(store, coach_user_ids=["UCOACH"])
    assert listed.may_act("UCOACH") and not listed.may_act("USTRANGER", {"USTRANGER"})
    by_channel = EscalationService(store, coach_user_ids=[])
    assert by_channel.may_act("UMEMBER", {"UMEMBER"}) and not by_channel.may_act("UOUT", {"UMEMBER"})
    assert not by_channel.may_act("UMEMBER", None)


def test_restart_keeps_open_escalations_and_reminds_once(database_url, small_answerer):
    first = Store(database_url)
    service = EscalationService(first, remind_hours=24)
    escalation, _ = service.escalate(InteractionService(service.store).record_interaction(small_answerer.ask("who approved atlas?"), surface="dm"), "low_confidence")
    first.close()

    restarted = EscalationService(Store(database_url), remind_hours=24)  # a new process
    assert [e.id for e in restarted.open_escalations()] == [escalation.id]
    assert restarted.due_reminders() == []
    later = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) + dt.timedelta(hours=25)
    assert [e.id for e in restarted.due_reminders(later)] == [escalation.id]
    assert restarted.due_reminders(later + dt.timedelta(hours=48)) == []
    restarted.store.close()


def test_votes_change_rather_than_add(store, small_answerer):
    service = EscalationService(store)
    interaction = InteractionService(service.store).record_interaction(small_answerer.ask("What are success metrics?"), surface="dm")
    InteractionService(service.store).vote(interaction, "UA", +1)
    InteractionService(service.store).vote(interaction, "UA", +1)
    InteractionService(service.store).vote(interaction, "UB", -1)
    assert InteractionService(service.store).votes(interaction) == VoteTally(up=1, down=1)
    InteractionService(service.store).vote(interaction, "UA", -1)
    InteractionService(service.store).set_vote_reason(interaction, "UA", "too vague")
    assert InteractionService(service.store).votes(interaction) == VoteTally(up=0, down=2)


def test_migrations_are_recorded_and_idempotent(store):
    latest = MIGRATIONS[-1][0]
    assert migrate(store.engine) == latest
    assert migrate(store.engine) == latest


def test_report_figures_on_a_known_history(store, small_answerer, tmp_path):
    service = EscalationService(store, coach_user_ids=["UC"])
    base = dt.datetime(2026, 11, 1, 9, 0)
    ids = []
    for i, question in enumerate(["What are success metrics?", "What is an eval set?", "who approved atlas?",
                                  "who approved atlas?"]):
        interaction = InteractionService(service.store).record_interaction(small_answerer.ask(question), surface="dm", asker=f"U{i}")
        store.execute(update(interactions).where(interactions.c.id == interaction).values(created_at=base + dt.timedelta(days=i)))
        ids.append(interaction)
    InteractionService(service.store).vote(ids[0], "U0", +1)
    InteractionService(service.store).vote(ids[1], "U1", +1)
    InteractionService(service.store).vote(ids[2], "U2", -1)
    first, _ = service.escalate(ids[2], "low_confidence")
    second, _ = service.escalate(ids[3], "low_confidence")
    for escalation, day in ((first, 2), (second, 3)):
        store.execute(update(escalations).where(escalations.c.id == escalation.id).values(created_at=base + dt.timedelta(days=day)))
    service.answer(first.id, "UC", "Nobody outside the team can know that; ask the Atlas lead.")
    store.execute(update(escalations).where(escalations.c.id == first.id).values(handled_at=base + dt.timedelta(days=2, minutes=30)))

    report = build_report(store)
    assert report["questions"] == 4
    assert report["escalations"] == 2 and report["escalation_rate"] == 0.5
    assert report["open_escalations"] == 1
    assert report["median_minutes_to_human_answer"] == 30.0
    assert report["feedback"] == {"up": 2, "down": 1, "up_rate": round(2 / 3, 4)}
    assert report["top_escalated_questions"][0] == {"question": "who approved atlas?", "count": 2}
    assert sum(v["count"] for v in report["labels"].values()) == 4
    assert [d["questions"] for d in report["by_day"]] == [1, 1, 1, 1]

    recent = build_report(store, since_days=3, now=base + dt.timedelta(days=4))
    assert recent["questions"] == 3  # days 1, 2 and 3 of 0..3

    out = tmp_path / "bad.jsonl"
    assert export_bad_cases(store, out) == 2
    import json

    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {"id", "question", "answerable", "sources"} <= set(lines[0])
    assert lines[0]["coach_answer"].startswith("Nobody outside")


def test_coach_answer_becomes_knowledge_and_can_be_retracted(store, small_answerer):
    question = "How should we price our AI feature for enterprise customers?"
    before = small_answerer.ask(question)
    assert before.confidence.label == "low"
    knowledge = CoachKnowledge(store, small_answerer.index)
    entry = knowledge.add(question, "Charge per seat with a monthly usage cap, and price overage per 1,000 requests.", "UCOACH")
    try:
        after = small_answerer.ask("how do we price an AI feature for enterprise customers")
        assert after.sources[0].source == f"coach-answers/{entry.id}"
        assert after.answer.startswith("A human coach answered this on ")
        assert "per seat" in after.answer
        assert after.confidence.score > before.confidence.score
        assert after.confidence.label in {"medium", "high"}

        # The database is the record: a rebuilt index gets the entry back.
        small_answerer.index.delete([i for ids in small_answerer.index.ids_by_source("coach-answers").values() for i in ids])
        assert knowledge.sync() == 1
        assert small_answerer.ask(question).sources[0].source == f"coach-answers/{entry.id}"
    finally:
        assert knowledge.retract(entry.id, "UCOACH")
    assert not any(s.source.startswith("coach-answers/") for s in small_answerer.ask(question).retrieved)
    assert knowledge.sync() == 0


# -- handled once across instances, history across restarts ---------------------------------------
def test_a_claim_has_one_winner_across_stores_and_threads(database_url):
    stores = [Store(database_url) for _ in range(2)]  # two instances on one database
    try:
        for store in stores:
            store.engine  # migrate before the race, as serving processes do at start-up
        results: list[bool] = []
        barrier = threading.Barrier(8)

        def claim(n: int) -> None:
            barrier.wait()
            results.append(stores[n % 2].claim("event:Ev0RACE"))

        threads = [threading.Thread(target=claim, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == [False] * 7 + [True]
        assert stores[0].claim("event:Ev0OTHER") and not stores[1].claim("event:Ev0OTHER")
    finally:
        for store in stores:
            store.close()


def test_old_claims_are_forgotten(store):
    assert store.claim("message:C1:1.2")
    assert store.forget_claims(dt.timedelta(seconds=-1)) == 1
    assert store.claim("message:C1:1.2")


def test_thread_history_survives_a_restart(database_url):
    from bot.slack.state import SlackState

    first = Store(database_url)
    SlackState(store=first).remember("C1", "1.2", "What is an eval set?")
    SlackState(store=first).remember("C1", "1.2", "And how big should it be?")
    SlackState(store=first).remember("C1", "9.9", "another thread")
    first.close()
    restarted = SlackState(store=Store(database_url), turns_per_thread=8)
    assert restarted.history("C1", "1.2") == ["What is an eval set?", "And how big should it be?"]
    assert SlackState(store=Store(database_url), turns_per_thread=1).history("C1", "1.2") == [
        "And how big should it be?"
    ]


# -- the shared answer flow (bot/core/asking.py) -------------------------------------------------
def test_asking_answers_records_and_says_when_a_coach_is_needed(store, small_answerer):
    from bot.core.asking import Asking

    service = EscalationService(store)
    asking = Asking(small_answerer, InteractionService(store))
    covered = asking.ask("What is an eval set?", surface="dm", asker="UASK", channel="D1", thread_ts="1.0")
    assert "rubric" in covered.answer.answer and covered.recorded
    row = InteractionService(service.store).interaction(covered.interaction_id)
    assert (row.question, row.asker, row.surface) == ("What is an eval set?", "UASK", "dm")
    assert not covered.needs_coach or covered.answer.confidence.label == "low"
    off_topic = asking.ask("who approved atlas?", surface="dm")
    assert off_topic.answer.confidence.label == "low" and off_topic.needs_coach


def test_asking_still_answers_when_the_record_cannot_be_written(store, small_answerer):
    from bot.core.asking import Asking

    broken = InteractionService(Store("sqlite:////nonexistent-dir/aipm.sqlite3"))
    asked = Asking(small_answerer, broken).ask("who approved atlas?", surface="dm")
    assert asked.answer.answer and not asked.recorded and not asked.needs_coach
