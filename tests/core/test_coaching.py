"""Coaching sessions in the core: the path, the cue examples, intents, feedback, the brief, the engine
on a real SQLite database (and the passage it cites from the real knowledge index)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.coaching import make_coach
from bot.core.coaching.cues import ASPECT_CUES
from bot.core.coaching.engine import Coach
from bot.core.coaching.feedback import FeedbackJudge
from bot.core.coaching.intents import Control, control_word, is_thin, side_question, start_request
from bot.core.coaching.path import PathError, default_path, parse_path
from bot.core.coaching.records import SessionStatus, TurnKind, Verdict
from bot.core.coaching.render import render_turn
from bot.core.coaching.store import SessionConflict
from bot.core.report import build_report
from bot.core.storage import Store

PATH = default_path()

# What a PM with a worked-out idea types, step by step (not the path's own examples).
STRONG = [
    "Accounts-payable clerks at our 12-person finance team spend about 3 hours a day matching supplier "
    "invoices to purchase orders; 4% of invoices are paid late and we lose early-payment discounts. "
    "We measured this over 6 months of AP logs and in interviews with 9 clerks.",
    "We tried rules on PO numbers, but 30% of invoices have no PO number and suppliers describe items in "
    "free text in hundreds of ways. A wrong match is caught at approval, so occasional errors are tolerable.",
    "We need invoices with the PO line they were matched to. We hold 2 years of invoices (about 80,000) "
    "in our ERP with the final match recorded; missing are scanned paper invoices, which we will label: "
    "2 clerks will label 600 of them with written guidelines.",
    "Start with an LLM API and few-shot prompting plus retrieval over the PO lines, because it needs no "
    "training; buy, not build, since a vendor model costs under 2 cents per invoice at our volume.",
    "Each match shows its confidence and the PO lines it used; below 80% it goes to a clerk. Clerks "
    "approve or override every match before payment, and a wrong match can be sent back with a reason.",
    "An eval set of 500 recent invoices labelled by two clerks. We ship when match accuracy is at least "
    "95% and the false match rate is under 1%, against a baseline of 91% for manual matching.",
    "A weekly dashboard of match accuracy from clerk overrides and of drift in supplier formats. Every "
    "override is added to the training set for a monthly retrain; the AP lead owns an alert when accuracy "
    "drops 2 points and can switch back to manual matching.",
    "Model fit: a pilot on 1,000 invoices reached 96% accuracy, above the 95% the job needs. Product fit: "
    "clerks keep auto-matching on for at least 80% of invoices after a month and close the books a day sooner.",
]


@pytest.fixture
def coach(tmp_path) -> Coach:
    return make_coach(Store(f"sqlite:///{tmp_path / 'coach.sqlite3'}"))


def start(coach: Coach, idea: str = "invoice matching for AP clerks", **kw):
    return coach.start(user_id="U1", surface="cli", channel="D1", thread_ts="1.1", idea=idea, **kw)


# -- the path and its patterns ----------------------------------------------------------------------
def test_the_path_walks_the_issue_steps_in_order_in_both_languages():
    assert [s.id for s in PATH.steps] == [
        "problem", "need_for_ai", "data", "approach", "failure", "evaluation", "monitoring", "double_pmf"
    ]
    for step in PATH.steps:
        assert step.prompt("en") != step.prompt("zh") and step.example("zh")


@pytest.mark.parametrize("aspect", sorted(ASPECT_CUES))
def test_every_cue_pattern_matches_its_example(aspect):
    for pattern in ASPECT_CUES[aspect]:
        assert pattern.compiled.search(pattern.example), (aspect, pattern.regex)


def test_every_aspect_has_cues_and_every_rubric_item_exists():
    from bot.core.review.rubric import default_rubric

    rubric = default_rubric()
    for step in PATH.steps:
        assert all(aspect.id in ASPECT_CUES for aspect in step.aspects)
        for item in step.rubric:
            rubric.get(item)


def test_a_broken_path_says_where():
    with pytest.raises(PathError, match="steps"):
        parse_path("steps: []\nphrases: {}")


@pytest.mark.parametrize(("text", "idea"), [
    ("coach me on an invoice-matching assistant", "an invoice-matching assistant"),
    ("Coach me on an AI idea", ""),
    ("Please coach me", ""),
    ("帮我梳理一个 AI 产品想法", ""),
    ("帮我梳理一个 AI 产品想法：合同审查助手", "合同审查助手"),
    ("What does RAG mean?", None),
    ("How do I pick a launch threshold?", None),
])
def test_start_requests_and_their_idea(text, idea):
    assert start_request(text) == idea


def test_control_words_thin_answers_and_side_questions():
    assert control_word("Back") == Control.BACK and control_word("skip.") == Control.SKIP
    assert control_word("跳过") == Control.SKIP and control_word("back to the data") is None
    assert is_thin("no idea") and is_thin("not sure, maybe later") and is_thin("support agents")
    assert is_thin("不知道") and not is_thin(STRONG[0])
    assert side_question("what does RAG mean?") == "what does RAG mean?"
    assert side_question("RAG 是什么意思？")
    assert side_question("q: eval sets") == "eval sets"
    assert side_question(STRONG[1]) is None


# -- feedback ---------------------------------------------------------------------------------------
def test_feedback_names_strengths_gaps_and_one_question():
    judge = FeedbackJudge(PATH)
    data = PATH.steps[2]
    vague = judge.judge(data, "We have lots of data in our CRM, plenty to build from.", "en")
    assert vague.verdict == Verdict.PARTIAL
    assert any('"we have lots of data"' in m for m in vague.missing)
    assert any("who labels" in m for m in vague.missing)
    assert vague.question.endswith("?")
    full = judge.judge(data, STRONG[2], "en")
    assert full.verdict == Verdict.STRONG and not full.missing
    assert "80,000" in " ".join(full.specifics)


def test_feedback_on_a_chinese_answer_is_in_chinese():
    judge = FeedbackJudge(PATH)
    feedback = judge.judge(PATH.steps[0], "客服团队每天花 2 小时手工分类工单。", "zh")
    assert any("谁" in s for s in feedback.strong)
    assert feedback.missing and "访谈" in feedback.missing[0]


def test_feedback_cites_a_passage_from_the_steps_guidance(knowledge_index):
    from bot.core.retrieval import HybridRetriever

    judge = FeedbackJudge(PATH, retriever=HybridRetriever(knowledge_index))
    feedback = judge.judge(PATH.steps[4], "Users can undo.", "en")
    assert feedback.passage is not None
    assert feedback.passage.source.rsplit("/", 1)[-1] in PATH.steps[4].cites
    assert len(feedback.passage.quote) > 40
    # The rubric's exemplars, compared by meaning through the same embedder: an answer that names no
    # cue but means the step is not told it missed the topic; one that means nothing of it is.
    nothing = PATH.say("nothing_found", "en")
    on_topic = judge.judge(PATH.steps[5], "We will test it with some users before launch.", "en")
    assert nothing not in on_topic.missing and any("not yet a plan" in m for m in on_topic.missing)
    off_topic = judge.judge(PATH.steps[7], "People will love it because it is AI.", "en")
    assert off_topic.missing[0] == nothing


# -- the engine -------------------------------------------------------------------------------------
def test_a_whole_session_ends_with_a_brief_of_the_pms_own_answers(coach):
    turn = start(coach)
    assert turn.kind == TurnKind.STARTED and "Step 1 of 8" in "\n".join(render_turn(turn, PATH))
    session = turn.session
    for number, answer in enumerate(STRONG):
        turn = coach.handle(session, answer)
        session = turn.session
        assert turn.feedback is not None and turn.feedback.step_id == PATH.steps[number].id
    assert turn.kind == TurnKind.COMPLETED and session.status == SessionStatus.COMPLETED
    brief = turn.brief
    assert brief.startswith("# AI product brief: invoice matching for AP clerks")
    for answer in STRONG:
        assert answer in brief
    assert "8 of 8 steps answered" in brief


def test_thin_answers_get_an_example_and_keep_the_step(coach):
    session = start(coach).session
    turn = coach.handle(session, "no idea")
    assert turn.kind == TurnKind.HELP and turn.session.step_index == 0
    text = "\n".join(render_turn(turn, PATH))
    assert PATH.steps[0].example("en") in text and "skip" in text
    assert turn.session.thin_helps == 1


def test_back_skip_status_restart_stop(coach):
    session = start(coach).session
    session = coach.handle(session, STRONG[0]).session
    turn = coach.handle(session, "skip")
    assert turn.kind == TurnKind.SKIPPED and turn.session.step_index == 2
    turn = coach.handle(turn.session, "back")
    assert turn.kind == TurnKind.REVISE and turn.session.step_index == 1
    turn = coach.handle(turn.session, "back")
    text = "\n".join(render_turn(turn, PATH))
    assert STRONG[0] in text  # revising shows the earlier answer
    turn = coach.handle(turn.session, "status")
    status = "\n".join(render_turn(turn, PATH))
    assert "▶ 1." in status and "↷ 2." in status
    turn = coach.handle(turn.session, "restart")
    assert turn.session.step_index == 0 and turn.session.answers == ()
    session = coach.handle(turn.session, STRONG[0]).session
    turn = coach.handle(session, "stop")
    assert turn.kind == TurnKind.STOPPED and STRONG[0] in turn.brief
    assert "## Gaps that remain" in turn.brief and "_Not answered yet._" in turn.brief
    assert coach.handle(turn.session, "hello").kind == TurnKind.CLOSED


def test_a_side_question_keeps_the_place(coach):
    session = coach.handle(start(coach).session, STRONG[0]).session
    turn = coach.handle(session, "what does RAG mean?")
    assert turn.kind == TurnKind.SIDE_QUESTION and turn.question == "what does RAG mean?"
    assert turn.session.step_index == 1 and turn.session.side_questions == 1


def test_a_chinese_session_speaks_chinese(coach):
    turn = coach.start(user_id="U1", surface="dm", channel="D1", thread_ts="2.2", idea="",
                       first_message="帮我梳理一个 AI 产品想法")
    assert turn.session.lang == "zh"
    assert "第 1 步" in "\n".join(render_turn(turn, PATH))
    turn = coach.handle(turn.session, "客服团队每天花 2 小时手工分类工单，我们从访谈和工单日志中知道。")
    text = "\n".join(render_turn(turn, PATH))
    assert "做得好的地方" in text and "第 2 步" in text
    brief = coach.stop(turn.session).brief
    assert brief.startswith("# AI 产品简报") and "客服团队每天花 2 小时" in brief


def test_sessions_survive_a_new_engine_and_keep_threads_apart(tmp_path):
    url = f"sqlite:///{tmp_path / 'coach.sqlite3'}"
    first = make_coach(Store(url))
    one = first.start(user_id="U1", surface="dm", channel="D1", thread_ts="1.1").session
    two = first.start(user_id="U1", surface="dm", channel="D1", thread_ts="3.3").session
    first.handle(one, STRONG[0])
    again = make_coach(Store(url))  # a restarted process on the same database
    resumed = again.active_in("D1", "1.1")
    assert resumed is not None and resumed.step_index == 1 and resumed.answers[0].text == STRONG[0]
    assert again.active_in("D1", "3.3").id == two.id and again.active_in("D1", "9.9") is None


def test_a_stale_session_loses_to_the_write_before_it(coach):
    session = start(coach).session
    coach.sessions.save(session)
    with pytest.raises(SessionConflict):
        coach.sessions.save(session)
    # handle() reloads and applies the message on top of the winner's write
    assert coach.handle(session, STRONG[0]).session.step_index == 1


def test_idle_sessions_close_and_the_report_counts_where_pms_stop(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'coach.sqlite3'}")
    coach = make_coach(store)
    done = start(coach).session
    for answer in STRONG:
        done = coach.handle(done, answer).session
    stopped = coach.start(user_id="U2", surface="dm", channel="D2", thread_ts="1", idea="x").session
    stopped = coach.handle(coach.handle(stopped, STRONG[0]).session, "stop").session
    idle = coach.start(user_id="U3", surface="dm", channel="D3", thread_ts="1", idea="y").session
    assert coach.close_idle(7) == []
    later = dt.datetime.utcnow() + dt.timedelta(days=8)
    closed = coach.close_idle(7, now=later)
    assert [s.id for s in closed] == [idle.id] and closed[0].status == SessionStatus.IDLE_CLOSED
    figures = build_report(store)["coaching"]
    assert figures["started"] == 3 and figures["completed"] == 1
    assert figures["stopped_at_step"] == {"problem": 1, "need_for_ai": 1}


def test_a_configured_chat_model_words_a_note_and_a_failing_one_changes_nothing():
    from bot.core.coaching.phrasing import FeedbackPhraser
    from tests.core.generation.fakes import failing, replying

    step, answer = PATH.steps[2], "We have lots of data in our CRM, plenty to build from."
    offline = FeedbackJudge(PATH).judge(step, answer, "en")
    worded = FeedbackJudge(PATH, phraser=FeedbackPhraser(replying("Good start <!channel>: say who labels it."))).judge(
        step, answer, "en")
    assert worded.note == "Good start <!channel>: say who labels it."
    assert (worded.strong, worded.missing, worded.question) == (offline.strong, offline.missing, offline.question)
    from bot.slack.blocks.coach import SLACK_STYLE  # the note is the model's text: escaped like a person's
    from bot.core.coaching.render import feedback_paragraphs

    assert feedback_paragraphs(worded, PATH, "en", SLACK_STYLE)[0] == "Good start &lt;!channel&gt;: say who labels it."
    broken = FeedbackJudge(PATH, phraser=FeedbackPhraser(failing(TimeoutError("slow")))).judge(step, answer, "en")
    assert broken == offline
