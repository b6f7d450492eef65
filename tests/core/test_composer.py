"""How the composer picks an answer's sentences: one guide, new points not restatements, no verdicts."""

from __future__ import annotations

import re

import numpy as np
import pytest

from bot.core import composer
from bot.core.answering import Answerer
from bot.core.composer import Composer, Unit
from bot.core.quoting import is_aside, is_pointer, question_intent, quotable_sentence, without_trailing_pointer
from bot.core.retrieval import Retrieval, RetrievedChunk, key_terms
from bot.core.sentence_links import antecedent
from bot.core.sentence_vectors import SentenceVectorCache
from bot.core.text import detect_language


def chunk(source: str, section: str, position: int, text: str = "") -> RetrievedChunk:
    return RetrievedChunk(id=f"{source}#{position}", text=text,
                          metadata={"source": source, "section": section, "position": position, "title": ""})


def units(embedder, rows: list[tuple[RetrievedChunk, str, float]]) -> list[Unit]:
    """Prose units with real sentence embeddings, as `Composer.score` leaves them; each row is the next
    sentence of its passage."""
    vectors = embedder.embed_documents([text for _, text, _ in rows])
    out: list[Unit] = []
    for (piece, text, score), vector in zip(rows, vectors):
        order = sum(u.chunk is piece for u in out)
        out.append(Unit(piece, 0, 0, order, text, "prose", score=score, vector=np.asarray(vector)))
    return out


def compose(embedder, question: str, passages: list[RetrievedChunk], **kwargs):
    """The composer's answer to `question` over `passages`, as retrieval would hand them over."""
    retrieval = Retrieval(question=question, lang=detect_language(question),
                          key_terms=key_terms(question), concepts=[],
                          query_vector=embedder.embed_query(question), chunks=list(passages))
    sources = list(dict.fromkeys(p.source for p in passages))
    return Composer(SentenceVectorCache(embedder)).compose(question, retrieval, list(passages), sources, **kwargs)


def chosen_texts(rows: list[Unit]) -> list[str]:
    """What the prose composer quotes from these scored units, in the order it renders them."""
    return [u.text for u in Composer._prose_units(sorted(rows, key=lambda u: -u.score))]


def test_the_next_sentence_states_a_new_point_not_the_same_one_again(embedder, monkeypatch):
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    guide = "latency.md"
    what, ways = chunk(guide, "What a latency budget is", 0), chunk(guide, "Cutting latency", 1)
    rows = units(embedder, [
        (what, "A latency budget is the longest time a user will wait for an AI response.", 0.80),
        (what, "The latency budget is the longest time a user waits for a response from the AI.", 0.70),
        (ways, "Stream the first tokens as soon as they exist, so the user sees progress.", 0.62),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[2].text]


def test_the_best_sentence_brings_the_sentences_that_carry_it_on(embedder, monkeypatch):
    # "Should legal sit in on the pilot?": the best sentence only sets the scene; what to do is in the
    # sentences after it, which share no words with the question.
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    guide = "pilot.md"
    setup, other = chunk(guide, "Keep the pilot small", 0), chunk(guide, "Who to recruit", 1)
    rows = units(embedder, [
        (setup, "Legal reviewers will ask to join the pilot's weekly sessions.", 0.80),
        (setup, "Decline.", 0.20),
        (setup, "With a lawyer in the room, testers report what sounds safe instead of what went wrong.", 0.55),
        (other, "Recruit twelve testers from three departments for the pilot.", 0.60),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[2].text]


def test_a_word_of_the_guides_title_is_no_new_term(embedder, monkeypatch):
    # On the pilot guide every sentence is about the pilot: repeating "pilot" adds nothing the answer
    # lacks, so the slightly better sentence that does not repeat it joins instead.
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    tasks, end, calls = (RetrievedChunk(id=f"pilot.md#{n}", text="", metadata={
        "source": "pilot.md", "section": section, "position": n, "title": "How to run a pilot"})
        for n, section in enumerate(("Tasks", "Ending", "Weekly calls")))
    rows = units(embedder, [
        (tasks, "Give each tester a written list of the tasks to try in the first week.", 0.80),
        (end, "The pilot ends on a fixed date agreed with every team in advance.", 0.60),
        (calls, "Hold a thirty-minute call every Friday to read the worst outputs together.", 0.62),
    ])
    rows[1].terms = frozenset({"pilot"})
    chosen = Composer._prose_units(sorted(rows, key=lambda u: -u.score), {"pilot", "legal"})
    assert [u.text for u in chosen] == [rows[0].text, rows[2].text]


def test_the_answer_speaks_from_the_guide_with_most_good_sentences(embedder):
    pricing, aside = chunk("pricing.md", "Cost", 0), chunk("other.md", "Intro", 0)
    rows = units(embedder, [
        (aside, "Every AI product needs a price that users understand.", 0.90),
        (pricing, "Set the price of an AI plan at three times the inference cost per user.", 0.85),
        (pricing, "Measure inference cost per weekly active user, not per request.", 0.80),
        (pricing, "A free tier needs a hard monthly cap on AI actions.", 0.75),
    ])
    chosen = Composer._prose_units(sorted(rows, key=lambda u: -u.score))
    assert chosen[0].chunk.source == "pricing.md"
    assert {u.text for u in chosen} >= {rows[1].text, rows[2].text, rows[3].text}


def test_a_list_of_questions_answers_only_a_question_that_asks_for_questions(embedder):
    """"What skills does a platform PM need?" must not get the guide's checklist of questions back."""
    guide = chunk("ai-pm.md", "The seven questions", 0, (
        "An AI PM is responsible for answering these questions:\n"
        "- What problem should we solve?\n- Does this need AI?\n- Do we have the right data?\n"
        "- How will users experience it?\n\n"
        "A platform PM needs to understand model serving, latency and the cost of each request."
    ))
    skills = compose(embedder, "What skills does an AI platform PM need?", [guide])
    assert "?" not in skills.body and "model serving" in skills.body
    questions = compose(embedder, "What are the questions an AI PM is responsible for answering?", [guide])
    assert questions.is_list and "Does this need AI?" in questions.body
    # A question the list's lead-in restates is answered by the list, questions and all.
    duties = compose(embedder, "What is an AI PM responsible for?", [guide])
    assert duties.is_list and "Does this need AI?" in duties.body


def test_the_composer_reads_every_retrieved_passage_of_the_top_guide():
    guide = [chunk("guide.md", f"Section {n}", n) for n in range(6)]
    others = [chunk(f"other-{n}.md", "", 0) for n in range(14)]
    # The guide's last sections come back far down the fused list, behind other documents.
    fused = [guide[0], *others[:3], guide[1], *others[3:], *guide[2:]]
    retrieval = Retrieval("q", "en", ["q"], [], [], chunks=fused)
    best = retrieval.sources(5)
    passages = Answerer.passages(retrieval, best)
    assert [c for c in passages if c.source == "guide.md"] == guide
    assert passages[-2:] == best[1:3]


@pytest.mark.parametrize("sentence", [
    "Prompt engineering is overrated as a skill; prompt operations is not.",
    "RAG is so overhyped.",
    "Agents are wildly underrated this year.",
])
def test_an_authors_verdict_is_an_aside_and_never_quoted(sentence):
    assert is_aside(sentence)
    assert not quotable_sentence(sentence, chunk("post.txt", "", 0))


def test_a_lead_in_may_speak_in_the_authors_voice_but_a_sentence_may_not():
    """"The package I now ask for has five parts:" announces the list; the items are the advice."""
    lead = "The package I now ask for has five parts:"
    assert is_aside(lead) and not is_aside(lead, first_person=False)
    assert is_aside("AI product management is overhyped.", first_person=False)  # a verdict stays an aside


@pytest.mark.parametrize(("sentence", "aside"), [
    # The verb "lets" is not "let's"; a guide quoting what a product should say is not the author speaking.
    ("RAG lets the team update knowledge by updating documents, and it enables citations.", False),
    ("When the model has nothing to say, an honest \"I don't know, here is who can help\" is better.", False),
    ("Useful patterns include “Based on the three documents I found…” and “I'm not sure; here is why”.", False),
    ("Let's dive into the numbers.", True),
    ("Let’s be honest about evals.", True),
    ("Lets start with the data.", True),
    ("I told the team \"ship it\" and regretted it.", True),
])
def test_first_person_is_the_author_speaking_not_a_verb_or_quoted_speech(sentence, aside):
    """Two quotable sentences in knowledge/ were dropped as asides: "RAG lets the team…" (read as "let's")
    and the advice to say "I don't know" (the quoted words read as the author's "I")."""
    assert is_aside(sentence) is aside


def test_advice_about_ratings_is_not_mistaken_for_a_verdict():
    sentence = "Show the rating the model gave and let reviewers override it."
    assert not is_aside(sentence) and quotable_sentence(sentence, chunk("guide.md", "", 0))


def test_an_answer_with_room_takes_the_guides_next_new_point_not_a_restatement(embedder):
    guide, other = "latency.md", "other.md"
    what, ways = chunk(guide, "What a latency budget is", 0), chunk(guide, "Ways to stay inside it", 1)
    rows = units(embedder, [
        (what, "A latency budget is the longest time a user will wait for an AI response.", 0.90),
        # Far below the best sentence (no shared words with the question), but a point of its own.
        (ways, "Stream the first tokens as soon as they exist, so the user sees progress.", 0.25),
        (what, "The latency budget is the longest time a user waits for a response from the AI.", 0.24),
        (chunk(other, "Pricing", 0), "Charge for AI features by usage rather than per seat.", 0.28),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[1].text]


def test_an_english_question_answered_only_in_chinese_guidance_quotes_the_chinese_guide(embedder):
    """The embedder reads English only and the question's words never occur in Chinese text: the Chinese
    guide's sentences are judged through the glossary, and beat an English page that is merely nearby."""
    question = "How do we build a data flywheel from user feedback?"
    flywheel = chunk("zh-flywheel.md", "数据飞轮", 0, (
        "数据飞轮是指用户反馈不断变成训练数据、让模型越用越好的循环。"
        "收集隐式反馈,比如用户是否采纳、修改或忽略建议。"
        "每两周把差评归类,加入评测集,再训练模型。"
    ))
    onboarding = chunk("pricing.md", "Plans", 0, (
        "Price an AI plan at three times its inference cost. "
        "Onboarding has one job: get the user to a useful answer quickly."
    ))
    composition = compose(embedder, question, [flywheel, onboarding])
    assert composition.units and all(u.chunk.source == "zh-flywheel.md" for u in composition.units)
    assert "数据飞轮" in composition.body
    # An English page was read too, so the note says the closest guidance is Chinese, not the only one.
    assert composition.body.startswith(composer.NOTE_CLOSEST_IN_OTHER_LANGUAGE["en"])
    only_chinese = compose(embedder, question, [flywheel])
    assert only_chinese.body.startswith(composer.NOTE_OTHER_LANGUAGE["en"])


SHAPED_QUESTIONS = {
    # "How long…" wants the sentence with the number.
    "how-many": ("How long should we run an A/B test on our AI feature?", "ab-tests.md", "Running an A/B test", (
        "A/B tests show whether a new feature changes what people actually do. "
        "Run the test for at least two full weeks, so that weekday and weekend use both count. "
        "Randomise by user rather than by request."
    ), "two full weeks"),
    # "When should I use RAG?" wants the situation it fits, which shares fewer words with the question
    # than the guide's description of RAG does.
    "when": ("When should I use RAG instead of fine-tuning?", "techniques.md", "Retrieval-augmented generation", (
        "With RAG the model reads relevant documents at request time rather than learning them in training. "
        "RAG fits when answers depend on private, large or frequently changing knowledge. "
        "A first version often takes two to six weeks."
    ), "frequently changing knowledge"),
}


@pytest.mark.parametrize(("question", "source", "section", "text", "expected"), SHAPED_QUESTIONS.values(),
                         ids=SHAPED_QUESTIONS.keys())
def test_a_shaped_question_is_answered_with_the_sentence_of_its_shape(embedder, monkeypatch, question, source,
                                                                      section, text, expected):
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 1)
    assert expected in compose(embedder, question, [chunk(source, section, 0, text)]).body


def test_when_questions_are_read_as_such_in_both_languages():
    assert question_intent("When should I use RAG instead of fine-tuning?") == "when"
    assert question_intent("什么时候该用 RAG？") == "when"
    assert question_intent("How do we roll it out?") == "how"
    # "What's the right way to …" asks how, however it opens; "What is a golden set?" defines.
    assert question_intent("What's the right way to measure the inference cost of an AI feature?") == "how"
    assert question_intent("What are the best ways to cut token spend?") == "how"
    assert question_intent("What is a golden set?") == "define"
    # A long subject before "include" still asks for the parts (eval/guides-unseen-22).
    assert question_intent("What should the help article for an AI feature include?") == "list"
    # "step by step" asks for the steps, as 步骤 does (eval/guides-unseen-32).
    assert question_intent("The filter blocks real coursework. What should we do about it, step by step?") == "list"


def test_the_best_sentences_own_passage_carries_the_rest_of_the_point(embedder, monkeypatch):
    """A post's short imperatives after its best sentence share few words with the question, yet they are
    the advice: they compete on equal terms with the guide's other sections, not behind them."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 3)
    guide = "post.md"
    after, before = chunk(guide, "Making it better after launch", 1), chunk(guide, "Does this need AI", 0)
    rows = units(embedder, [
        (after, "AI products degrade in production if you stop watching them.", 0.80),
        (after, "Sample live conversations every week.", 0.40),
        (after, "Add new failure modes to your test set.", 0.38),
        (before, "This is the most important question a product manager asks.", 0.34),
        (before, "Saying no when the situation does not call for it is not a failure.", 0.33),
    ])
    assert set(chosen_texts(rows)) == {rows[0].text, rows[1].text, rows[2].text}


def test_a_terse_sentence_is_read_under_its_heading(embedder, monkeypatch):
    """"The health layer shows p95 latency…" says nothing of going live; under "Monitoring an AI feature
    after launch" it answers "what should we watch once it is live", ahead of a sentence that only
    shares its words with the question."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 1)
    question = "What should we watch once the AI feature is live?"
    monitoring = chunk("guide.md", "Monitoring an AI feature after launch", 0,
                       "The health layer shows p95 latency, error rates and cost per request.")
    release = chunk("guide.md", "Preparing the release", 1,
                    "Users should see an AI label next to every generated answer.")
    composition = compose(embedder, question, [monitoring, release], intent="general")
    assert "health layer" in composition.body


# A sentence that carries on what is never quoted: the author's story ("But, sadly, even today, most PMs …
# are confused" has no "I", yet it was quoted in answer to seven questions about AI PM roles) or the page
# itself ("It does not cover self-hosting." after "This guide helps teams choose a provider." had opened an
# answer).
@pytest.mark.parametrize(("question", "paragraph", "wanted", "unwanted"), [
    ("What does an AI PM do?",
     "That is what I told myself when I first started working on AI products. "
     "Turns out, I had no idea what an AI PM really did. "
     "But, sadly, even today, most PMs trying to work on AI are confused about what an AI PM actually does. "
     "An AI PM decides which user problem the model should solve and how good it must be before launch.",
     "decides which user problem", ("sadly", "I had no idea")),
    ("How should we choose an LLM provider?",
     "This guide helps product teams choose a hosted large language model provider. "
     "It does not cover self-hosting. "
     "Choose a provider by running every candidate model on the same set of 100 real inputs from your product.",
     "every candidate model", ("self-hosting", "This guide")),
])
def test_a_sentence_carrying_on_an_aside_or_the_page_is_never_quoted(embedder, question, paragraph, wanted, unwanted):
    composition = compose(embedder, question, [chunk("page.md", "", 0, paragraph)])
    assert wanted in composition.body
    assert not any(phrase in composition.body for phrase in unwanted), composition.body


@pytest.mark.parametrize("sentence", [
    "This page is the source of truth for when the assistant hands a conversation to a person.",
    "This episode is brought to you by our sponsor.",
    "If this was useful, give it a clap and follow for more.",
    "If you liked this episode, leave us a review, it really helps.",
    "Thanks for reading!",
    "So, LLM judges.",
    "以上就是我们的经验，希望对你有帮助。",
    "Happy to go deeper in Thursday's session.",
    "Feel free to reach out if anything is unclear.",
    "Last template update: 2026-05-02.",
    "Last updated 24 November 2026.",
    "Today's topic is red-teaming before launch.",
    # eval/guides-unseen-12's handbook page opens with where it sits and who owns it
    "Product Handbook › AI › Strategy.",
    "Owner: Head of Product, Platform.",
    "Reviewed every six months.",
    # eval/guides-unseen-14's notes and -12's pricing guide open with where they come from and whom they are for
    "These notes come from three retrieval-augmented features we shipped last year and the mistakes we made on each.",
    "They are written for product managers who own a RAG feature and need to know whether its search step is good enough.",
    "It was written by the pricing working group and is the starting point for any AI pricing proposal.",
    "This guide helps product teams choose a hosted large language model provider for a new feature.",
    # guides-unseen-14's RAG notes: a byline, quoted as an answer's first sentence
    "Written by Tomás Herrera, product manager for search and knowledge features.",
    "By Ana Ruiz · 6 min read",
    # guides-unseen-15's decision log and checklist: who was in the meeting, who last touched the page
    "Attendees: Priya, Tomasz, Ana.",
    "参会人：王静、何倩",
    "_Last updated by the Solutions Engineering lead.",
    "Work through this list in order.",
    # guides-unseen-34's digest announcing itself, quoted as the answer to what data goes into the model
    "Ahead of the summer reporting window, here are the rules for Report Assist, the feature that drafts comments.",
    "Here are the notes from Tuesday's review.",
    # guides-unseen-29's vendor page: when to reach for it, quoted first as what to insist on
    "💡 Use this page before signing or renewing with any model provider, whether we call their API or not.",
    # a blog's share bar and comment box, left in a page saved as Markdown
    "Share this post on LinkedIn.",
    "Comments are closed.",
    "No comments yet.",
    "Sign up for our newsletter to get the next guide.",
    "Join 12,000 other readers who get it every Friday.",
    "If you enjoyed this, pass it on to a colleague.",
    # a social post's closing asks, and a Chinese article's
    "Agree? Disagree? Tell me in the comments.",
    "♻️ Repost if this helped someone on your team.",
    "Drop yours in the comments 👇",
    "如果觉得有帮助，请点赞收藏。",
    "觉得有用的话请点赞、转发。",
    # a vendor's column: what the page will do, and its sales pitch
    "In this column, we explain the points to note when outsourcing the AI development.",
    "When you consider the outsourcing of the AI development, please feel free to consult us.",
    "The free consultation of the first time is available.",
    "In this column, for the product manager and the developer, we explain the points to confirm the license.",
    # a Chinese column's editor's note: what the article is about
    "编辑导语：不少团队手里都有一套越写越长的规则系统，想用大模型一次性替换掉。",
    "编者按：本期我们请到了一位做了五年推荐系统的产品经理。",
    # a CSDN post's header and a Yuque doc's, their fields run together (guides-unseen-6 and -7)
    "原创 已于 2026-09-21 18:32:05 修改 · 阅读量3.4k · 收藏 126 · 点赞数 58 分类专栏: AI 产品设计 "
    "版权声明:本文为博主原创文章,遵循 CC 4.0 BY-SA 版权协议,转载请附上原文出处链接和本声明。",
    "适用范围:所有对用户可见的 AI 生成文字、图片、音频、视频 负责人:[@张敏](https://www.yuque.com/zhangmin-pm) "
    "法务对接:[@周律](https://www.yuque.com/zhoulv) 最后更新:2025-06-18 状态:已评审",
    "Ana Ruiz · 1.2k views · 3 comments",
    "4.2 2026.02.26 21:14:08 字数 1,629 阅读 2,847",  # a Jianshu article's header (guides-unseen-29)
    # a cnblogs comment's floor, time and author run into the comment (guides-unseen-31)
    "#4楼 2026-05-08 08:21 阿杰在写代码 承诺句式检测是用正则还是小模型?",
    "#2楼 [楼主] 2026-05-07 10:03 林知远 @小鹿快跑 会有，但很少。",
])
def test_page_chrome_calls_to_action_and_sign_offs_are_never_quoted(sentence):
    assert not quotable_sentence(sentence, chunk("page.md", "", 0))


@pytest.mark.parametrize("sentence", [
    "Users who subscribe to the Pro plan send three times as many requests.",
    "So the threshold should be set from the pilot data, not by intuition.",
    "Follow the rubric the graders use, word for word.",
    "Users are happy to wait two seconds for a draft they would spend ten minutes writing.",
    "Last year we updated the model 3 times and each update changed its output format.",
    "The topic of today's review is the launch bar, and it must be written down before the pilot.",
    "Name one owner: the PM who keeps the scope document current.",
    "Review the eval set every six months, because traffic drifts.",
    "Route it Settings › Privacy › AI features, where admins switch training off for the workspace.",
    "These features need a latency budget written into the spec before any prompt.",
    "It is written down before the pilot, so nobody moves the bar to fit the score.",
    "By the time the model ships, the data it was trained on has already changed.",
    "By default, keep prompts and outputs for 30 days.",
    "Share the eval results with legal and support before the launch review.",
    "Comments from reviewers are closed out weekly by the PM.",
    "Users who join the beta sign up for the waitlist first.",
    "Put the open questions in the comments of the spec, and resolve them before the review.",
    "In this phase, we check the quality and the quantity of the data.",
    "In this case, for the first two weeks, we kept the old rules running beside the model.",
    "Tell users how to contact support when a draft is wrong, in the draft itself.",
    "如果用户觉得有用，就会在一周内再次使用这个功能。",
    "收藏率和转发率是摘要功能最可靠的隐式反馈。",
    "每个检查项都要写明负责人:产品经理确认文案,法务确认合规。",
    "阅读量不是 AI 摘要的目标,读完后的决策才是。",
    "Record the last updated date of each source, so stale answers can be traced.",
    "When a refund is refused, here is the rule: say why and link the policy.",
    "Use this template for the system prompt and keep the refusal line verbatim.",
    "Use this note field to record why the reviewer overrode the model.",
    "Here's the thing — users don't read disclaimers, so show the limit where they act.",
    "If the model refuses, here are the options we show the user - a link to a human agent or a form.",
    "3 楼以上的门店，2026-05-01 起统一接入新系统。",
])
def test_advice_that_shares_words_with_page_chrome_is_quoted(sentence):
    assert quotable_sentence(sentence, chunk("page.md", "", 0))


@pytest.mark.parametrize("heading", ["About the author", "About the Authors", "作者简介", "关于作者"])
def test_a_blogs_author_box_is_not_guidance(heading):
    """"Tomasz leads product for the AI features of a support platform" under "About the author" was
    quoted as the answer to "How should I write OKRs for an AI feature team?"."""
    bio = "Tomasz leads product for the AI features of a customer support platform and has run planning for three teams."
    assert not quotable_sentence(bio, chunk("blog.txt", heading, 7))
    assert quotable_sentence(bio, chunk("blog.txt", "Who owns the key results", 3))


def test_an_author_box_headed_with_the_authors_name_is_not_guidance():
    """The blog's box read "About Tomasz Wierzbicki" over "Tomasz leads product for …"; a section named
    after a subject ("About Evaluation") or a box whose text is advice stays quotable."""
    bio = "Tomasz leads product for the AI features of a customer support platform and has run planning for three teams."
    advice = "Freeze the eval set for the quarter so that every key result is measured against the same cases."
    assert not quotable_sentence(bio, chunk("blog.txt", "About Tomasz Wierzbicki", 7, bio + " He writes here."))
    assert not quotable_sentence(bio, chunk("blog.txt", "About Wierzbicki", 7, "Wierzbicki " + bio[7:]))
    assert quotable_sentence(advice, chunk("blog.txt", "About Evaluation", 3, advice))
    assert quotable_sentence(advice, chunk("blog.txt", "About Tomasz Wierzbicki", 3, advice))


@pytest.mark.parametrize("disclaimer", [
    "The content of this column is the general information, and it is not the legal advice.",
    "This column does not constitute legal advice.",
    "Our company supports from the selection of the data to the evaluation and the contract.",
])
def test_a_disclaimer_or_the_vendors_pitch_is_not_guidance(disclaimer):
    """eval/guides-unseen-21: a translated column's disclaimer opened the answer to "what counts as an AI
    incident in the contract?", and its closing pitch was quoted as advice on the contract."""
    assert not quotable_sentence(disclaimer, chunk("column.txt", "Check the contract", 2))
    assert quotable_sentence("Ask legal to review the indemnity clause before the contract is signed.",
                             chunk("column.txt", "Check the contract", 2))


def test_a_sentence_that_runs_on_into_a_list_brings_the_list(embedder):
    """"When should it hand off?" is answered by the sentence and the four triggers its paragraph
    introduces, not by the sentence and four unrelated ones."""
    playbook = chunk("handoff.md", "When the assistant must hand off", 0, (
        "The assistant hands off to a person whenever staying in the conversation would cost the customer "
        "more than waiting. In practice that means four triggers:\n"
        "- the customer asks for a human, in any wording\n"
        "- the confidence of the draft answer is below the handoff threshold\n"
        "- the topic is on the restricted list, such as refunds or legal threats\n"
        "- the customer has repeated the same question three times\n\n"
        "A handoff rate that falls while satisfaction falls means the threshold is too loose.\n\n"
        "Track the time from handoff to the first human reply every week."
    ))
    answer = compose(embedder, "When should the support assistant hand a conversation to a person?", [playbook])
    assert answer.is_list
    lines = answer.body.split("\n")
    assert lines[0].startswith("The assistant hands off to a person whenever") and "four triggers:" in lines[0]
    assert lines[1:] == [
        "- the customer asks for a human, in any wording",
        "- the confidence of the draft answer is below the handoff threshold",
        "- the topic is on the restricted list, such as refunds or legal threats",
        "- the customer has repeated the same question three times",
    ]


def test_a_sentence_running_into_a_short_lead_in_of_examples_stays_prose(embedder):
    team = chunk("teams.md", "Model-first teams", 0, (
        "Some model-first teams focus on benchmark scores while neglecting what users need. They might boast:\n"
        '- "Our scores beat the state of the art!"\n- "Our model is twice as large as theirs!"\n\n'
        "The PM owns what good looks like for users, and the engineers own how the model gets there."
    ))
    answer = compose(embedder, "What goes wrong when teams focus on benchmark scores?", [team])
    assert not answer.is_list and "boast" not in answer.body


def test_a_lead_in_that_points_back_is_quoted_after_what_it_points_to(embedder):
    """"Is beating the state of the art enough?" was answered "They might boast:" and two boasts, which
    read as a yes; after the sentence the lead-in points back to, the boasts read as the failure they are."""
    team = chunk("teams.md", "Model-first teams", 0, (
        "Some model-first teams focus on benchmark scores while neglecting what users need. They might boast:\n"
        '- "Our scores beat the state of the art on every benchmark!"\n'
        '- "Our model has twice as many parameters as theirs!"\n\n'
        "The PM owns what good looks like for users, and the engineers own how the model gets there."
    ))
    answer = compose(embedder, "Is beating the state of the art on benchmarks enough?", [team])
    assert answer.is_list
    assert answer.body.split("\n") == [
        "Some model-first teams focus on benchmark scores while neglecting what users need. They might boast: [1]",
        '- "Our scores beat the state of the art on every benchmark!"',
        '- "Our model has twice as many parameters as theirs!"',
    ]


def test_guidance_given_as_a_table_is_quoted_a_row_at_a_time(embedder):
    """A row ends in "|", never in a full stop, so guidance in a table was never quoted: "How much review
    does it need?" got only the line introducing the table. Rows are the page's own words between the bars."""
    page = chunk("review-levels.md", "", 0, (
        "Use this table when deciding how much human review an AI feature needs before its output reaches a customer.\n\n"
        "| Situation | Recommended review | Why |\n|---|---|---|\n"
        "| Output is shown only to an employee who can ignore it | No review | The employee is the reviewer |\n"
        "| Output goes to a customer and a mistake costs a refund or less | Sample review: 5% of outputs weekly | Mistakes are cheap |\n"
        "| Output goes to a customer and a mistake has legal or safety consequences | Review every output | One mistake costs more |\n\n"
        "Staff the review queue before launch, not after the first complaint."
    ))
    answer = compose(embedder, "How much human review does an AI feature need before output reaches customers?", [page])
    lines = answer.body.split("\n")
    assert answer.is_list and lines[0].startswith("Use this table when deciding how much human review")
    assert lines[1:] == [
        "- Output is shown only to an employee who can ignore it | No review | The employee is the reviewer",
        "- Output goes to a customer and a mistake costs a refund or less | Sample review: 5% of outputs weekly | Mistakes are cheap",
        "- Output goes to a customer and a mistake has legal or safety consequences | Review every output | One mistake costs more",
    ]
    assert "Situation | Recommended review" not in answer.body  # the header names columns; it is not advice


def test_an_answer_in_the_other_language_never_claims_the_guidance_exists_only_there(embedder):
    """A Chinese passage was read and lost to an English one: the note says the closest guidance is in
    English, not that the guidance exists only in English."""
    differ = chunk("challenges.md", "Unique challenges of AI products", 0, (
        "AI products differ from traditional software in four ways:\n- Non-deterministic behavior\n"
        "- Performance degrades with distribution shift\n- Hard to explain decisions to users\n"
        "- Requires ongoing data and model maintenance"
    ))
    cold_start = chunk("zh-cold-start.md", "冷启动", 0, "冷启动是指 AI 功能刚上线、还没有真实用户数据的阶段。")
    composition = compose(embedder, "AI 产品和传统软件有什么不同？", [differ, cold_start])
    assert composition.units and all(u.chunk.source == "challenges.md" for u in composition.units)
    assert composition.body.startswith(composer.NOTE_CLOSEST_IN_OTHER_LANGUAGE["zh"])
    assert composer.NOTE_OTHER_LANGUAGE["zh"] not in composition.body


NOTES = chunk("prompt-notes.md", "Managing prompt changes", 0, (
    "- Prompts are code\n  - keep every prompt in version control\n  - one change per commit, with the reason\n"
    "- Test before you merge\n  - run the eval set on every prompt change\n  - compare against the production prompt\n"
    "- Ship prompts like features\n  - roll a new prompt out to a small share of traffic first\n"
    "  - keep the previous version deployable so you can roll back\n"
    "- Who owns the prompt\n  - the PM owns the behaviour the prompt must produce\n"
    "  - engineers own how it is wired and tested"
))


def test_a_nested_list_answers_under_its_parent_item(embedder):
    """Talk notes nest their points: "Who owns the prompt?" is answered by the two points under "Who owns
    the prompt", not by the first eight lines of the whole outline (where those two are cut off)."""
    answer = compose(embedder, "Who owns the prompt, the PM or the engineers?", [NOTES])
    assert answer.body.split("\n") == [
        "Who owns the prompt [1]",
        "- the PM owns the behaviour the prompt must produce",
        "- engineers own how it is wired and tested",
    ]


def test_an_enumeration_written_as_prose_is_quoted_whole(embedder):
    """"First, … Second, … Third, …" in running text is a list: an answer that quotes one member quotes
    them all, under the sentence that announces them, not the first and the third beside other matter."""
    guide = chunk("shadow-mode.md", "When shadow mode misleads", 0, (
        "Shadow mode is the cheapest way to watch a model on live traffic before anyone sees its output.\n\n"
        "Shadow mode misleads you in three cases. First, when users would behave differently once they see "
        "the output, because the shadow run never shows them anything. Second, when the model's actions "
        "change the data it later reads, as a pricing model does; the shadow copy never moves a price. "
        "Third, when the cost you care about is latency under peak load, which a sampled shadow run never "
        "reaches. Keep shadow runs short either way."
    ))
    answer = compose(embedder, "When does running a model in shadow mode give misleading results?", [guide])
    assert answer.is_list
    lines = answer.body.split("\n")
    assert lines[0].startswith("Shadow mode misleads you in three cases.")
    assert [line.split(",")[0] for line in lines[1:]] == ["- First", "- Second", "- Third"]
    assert "Keep shadow runs short" not in answer.body


@pytest.mark.parametrize("heading", ["Three common ways to keep a model fresh", "三种让模型保持新鲜的做法"])
def test_a_heading_that_counts_its_paragraphs_makes_them_a_list_for_a_list_question(embedder, heading):
    """"Three common …" over three lines with no bullets is a list: a question asking which ones gets all
    three as items, never one of them repeated above the list; a how-question still reads them as prose."""
    guide = chunk("freshness.md", heading, 0, (
        "Scheduled retraining reruns training every month on the latest labelled data.\n"
        "Triggered retraining starts a run when drift monitoring crosses its alert line.\n"
        "Continuous fine-tuning folds each week's corrected outputs into a small update."
    ))
    answer = compose(embedder, "Which ways are there to keep a model fresh?", [guide])
    assert answer.is_list
    assert [line.split(" ")[1] for line in answer.body.split("\n")] == ["Scheduled", "Triggered", "Continuous"]
    how = compose(embedder, "How do we decide when to retrain a model?", [guide])
    assert not how.is_list


def test_the_list_under_the_heading_that_asks_the_question_answers_it_though_another_repeats_more_words(embedder):
    """"（一）应该保留的规则" over three bare items answers "哪些规则应该保留？", though a numbered step elsewhere
    in the guide ("每条要保留的业务逻辑 …") repeats more of the question's words: the heading-led list was
    taken only when it was also the best-scoring list."""
    title = "把两千条规则换成大模型：迁移复盘"
    keep = RetrievedChunk(id="m#1", text=(
        "- 合规和资金相关的硬约束，比如退款金额上限\n- 结果必须可解释、要留审计记录的判断\n- 准确率已经很高、一年也改不了几次的规则"),
        metadata={"source": "m.txt", "section": "一、先想清楚 > （一）应该保留的规则", "position": 1, "title": title})
    steps = RetrievedChunk(id="m#2", text=(
        "我们的做法：\n\n1. 从线上工单里分层抽样 3000 条\n2. 由资深客服人工复核规则的输出\n"
        "3. 规则本身就是需求文档：每条要保留的规则业务逻辑，都应该写 3 条测试样例"),
        metadata={"source": "m.txt", "section": "二、把规则变成评测集", "position": 2, "title": title})
    answer = compose(embedder, "把规则系统换成大模型时，哪些规则应该保留？", [steps, keep])
    assert answer.is_list
    assert "合规和资金相关的硬约束" in answer.body and "分层抽样" not in answer.body


def test_a_heading_that_counts_something_else_makes_no_list():
    from bot.core.enumerations import counted_members

    piece = chunk("g.md", "Three lessons from our pilot", 0)
    rows = [Unit(piece, 0, 0, n, t, "prose") for n, t in enumerate(["One.", "Two."])]
    assert counted_members(rows, "Three lessons from our pilot") == []
    assert counted_members(rows, "Lessons from two pilots") == []
    assert [m[0].text for m in counted_members(rows, "Two lessons from our pilot")] == ["One.", "Two."]


def test_a_step_that_points_to_another_guide_is_still_quoted_and_a_bare_pointer_is_not(embedder):
    """"First, score every case … (see writing-an-eval-set.md)." is the routine's first step: dropped as a
    pointer, the answer opened at "Second". "For the template, see data-plan.md." says nothing itself."""
    guide = chunk("thresholds.md", "Choosing the operating point", 0, (
        "Choosing the operating point follows a repeatable routine. First, score every case in a labelled "
        "eval set (see writing-an-eval-set.md). Second, tabulate precision and recall at five to ten "
        "candidate thresholds. Third, attach a cost to each error type and to each abstention. Fourth, "
        "choose the threshold with the best total outcome. For the template, see data-plan.md."
    ))
    answer = compose(embedder, "What routine should we follow to choose the operating point of a model?", [guide])
    assert answer.is_list
    lines = answer.body.split("\n")
    assert [line.split(",")[0] for line in lines[1:]] == ["- First", "- Second", "- Third", "- Fourth"]
    assert "(see writing-an-eval-set.md)" in lines[1]  # quoted as written: the PM can open that guide next
    assert "For the template" not in answer.body


@pytest.mark.parametrize("sentence, pointer", [
    ("For how to close it, see model-product-alignment.md.", True),
    ("See data-plan.md for the template.", True),
    ("Download slides.pdf and notes.txt from the event page.", True),
    ("Set up a fast feedback loop so usage keeps improving the model (see data-flywheel.md), and ship in "
     "small increments.", False),
    ("Even a prompted feature needs evaluation data, usually 200 to 500 labelled examples; see "
     "writing-an-eval-set.md.", False),
])
def test_only_a_sentence_that_is_nothing_but_a_pointer_counts_as_one(sentence, pointer):
    assert is_pointer(sentence) is pointer


@pytest.mark.parametrize("sentence, quoted", [
    ("Write a data plan that lists labelling effort; see data-plan.md.", "Write a data plan that lists labelling effort."),
    ("The business layer shows the outcome; see success-metrics.md for how to choose it.",
     "The business layer shows the outcome."),
    ("Set up a loop (see data-flywheel.md), and ship.", "Set up a loop (see data-flywheel.md), and ship."),
    ("For how to close it, see model-product-alignment.md.", "For how to close it, see model-product-alignment.md."),
    # A last clause that names two files, or makes a file its subject, is a pointer too: the claim before it
    # was dropped whole ("owners" was the key point of a roadmap question in knowledge/).
    ("Corrections also produce valuable data for improving the product; see human-review-workflows.md and "
     "data-flywheel.md.", "Corrections also produce valuable data for improving the product."),
    ("Put data tasks on the roadmap as named items with owners; data-plan.md covers what a plan holds.",
     "Put data tasks on the roadmap as named items with owners."),
    ("Read data-plan.md; it covers what a plan holds.", "Read data-plan.md; it covers what a plan holds."),
])
def test_a_trailing_pointer_is_cut_from_the_quote_and_a_bare_one_left_to_be_dropped(sentence, quoted):
    assert without_trailing_pointer(sentence) == quoted


def test_a_story_told_with_first_is_not_an_enumeration():
    from bot.core.enumerations import enumerations
    story = chunk("launch.md", "", 0)
    rows = [Unit(story, 0, 0, n, text, "prose") for n, text in enumerate([
        "We launched the assistant to one region.", "First, we tried a waitlist.",
        "Then we opened it to everyone.", "Finally, we turned on billing."])]
    assert enumerations(rows) == []
    rows.insert(3, Unit(story, 0, 0, 9, "Second, we added a feedback button.", "prose"))
    found = enumerations(rows)
    assert len(found) == 1 and [m[0].text.split(",")[0] for m in found[0][1]] == ["First", "Second", "Finally"]


def test_the_section_that_answers_comes_first_then_the_guides_other_sections_in_page_order(embedder):
    """An FAQ's matching entry opens the answer: quoted in page order, "what happens when a reviewer finds a
    mistake?" began with the page's first entry (whether to review at all) and ended with the answer. The
    passage retrieval ranked first leads; the guide's other sections follow in page order."""
    guide = "faq.md"
    whether, sample, errors = chunk(guide, "Do we review?", 0), chunk(guide, "Sample size", 1), chunk(guide, "Errors", 2)
    rows = units(embedder, [
        (whether, "Review every output only when a mistake reaches a customer and is costly to undo.", 0.55),
        (sample, "Start with 5% of outputs or 50 a week, whichever is larger.", 0.50),
        (errors, "Reviewers correct the output and tag the error type from a fixed list.", 0.80),
        (errors, "Any error tagged as harmful is escalated to the PM the same day.", 0.70),
    ])
    for row in rows:  # retrieval ranked the "Errors" entry first of the guide's passages (candidates())
        row.rank = 0 if row.chunk is errors else 1
    assert chosen_texts(rows) == [rows[2].text, rows[3].text, rows[0].text, rows[1].text]


def test_an_faq_written_as_labelled_pairs_is_quoted_without_its_questions_or_labels(embedder):
    """"问：…？" over "答：…" is one paragraph once NFKC has made "？" a "?": the question was quoted glued to
    its answer, and the answers kept their "答:"/"A:" labels."""
    faq = chunk("faq.md", "", 0, "问:上线前要准备多大的评测集? 答:至少 300 条真实对话,每条都要有人工标注的标准答案。\n\n"
                                 "问:准确率达到多少才能上线? 答:首轮准确率不低于 85%,退款相关的回答错误率必须为零。")
    body = compose(embedder, "评测集要准备多少条？", [faq]).body
    assert "至少 300 条真实对话" in body
    assert "问:" not in body and "答:" not in body and "?" not in body
    english = chunk("faq.md", "", 0, "Q: How big should the review sample be?\nA: Start with 5% of outputs or 50 a week.")
    body = compose(embedder, "How big should the review sample be?", [english]).body
    assert body.startswith("Start with 5% of outputs") and "Q:" not in body


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Raise it after any model or prompt change, and lower it only after four clean weeks.", True),
    ("Review it at least every 6 months even if nothing changed.", True),
    ("Keep them in the same repository as the prompts.", True),
    ("It depends on the cost of an error.", True),
    ("Keep it simple: one owner, one threshold, one dashboard.", False),
    ("Raise the threshold after any model or prompt change.", False),
    ("Review every output only when a mistake reaches a customer.", False),
])
def test_an_instruction_whose_object_points_back_needs_the_sentence_before_it(sentence, leans):
    """"Raise it after any model or prompt change" quoted without "Start with 5% of outputs or 50 a week"
    told the PM to raise nothing in particular: such a sentence is quoted with the one before it or not at all."""
    page = chunk("faq.md", "Sample size", 0)
    before = Unit(page, 0, 0, 0, "Start with 5% of outputs or 50 a week, whichever is larger.", "prose")
    after = Unit(page, 0, 0, 1, sentence, "prose")
    assert (antecedent(after, [before, after]) is before) is leans


@pytest.mark.parametrize("sentence", [
    "Ask the supplier in writing: are the prompts and outputs retained, and are they used for training?",
    "Check with legal before the pilot: may customer tickets leave the region?",
    "先问自己：这个问题真的需要 AI 吗？",
    "Keep the old rules running beside the model for two weeks (not longer).",
])
def test_an_instruction_to_ask_is_advice_though_it_ends_in_a_question_mark(sentence):
    assert quotable_sentence(sentence, chunk("guide.md", "", 0))


@pytest.mark.parametrize("sentence", [
    "Are the prompts and outputs retained, and for how long?",
    "Why ask the supplier at all, when the contract says it?",
    "Does this really need AI?",
    # a spec's open question with its note (guides-unseen-28's Google Docs export)
    "Do we tell the customer that translation is used once at the start of the chat, or only under each message? "
    "(Legal to advise.)",
    "上线后要不要对所有用户开放？（待法务确认）",
])
def test_a_question_is_still_not_quoted_as_advice(sentence):
    assert not quotable_sentence(sentence, chunk("guide.md", "", 0))


def scored(embedder, question: str, passages: list[RetrievedChunk]) -> dict[tuple[str, str], float]:
    """Each candidate's score, keyed by (its heading, its text), as the composer ranks them for `question`."""
    retrieval = Retrieval(question=question, lang=detect_language(question), key_terms=key_terms(question),
                          concepts=[], query_vector=embedder.embed_query(question), chunks=list(passages))
    composer_ = Composer(SentenceVectorCache(embedder))
    found = composer_.candidates(retrieval, list(passages))
    composer_.score(found, retrieval, question_intent(question))
    return {(u.chunk.heading, u.text): u.score for u in found}


def test_a_how_question_ranks_the_case_for_a_thing_below_the_way_to_do_it(embedder):
    """A section headed "Why …" makes the case for a practice; "How do I …?" wants the practice. The same
    sentence ranks lower under "Why regression sets matter" than under "Regression sets" for a how
    question, and no lower for a why question."""
    sentence = "Start from 100 real requests sampled from production logs, with personal data removed."
    why = chunk("guide.md", "Why regression sets matter", 0, sentence)
    plain = chunk("guide.md", "Regression sets", 1, sentence)
    how = scored(embedder, "How do I build a regression set for prompt changes?", [why, plain])
    assert how[("Regression sets", sentence)] - how[("Why regression sets matter", sentence)] > 0.05
    reason = scored(embedder, "Why do we need a regression set for prompt changes?", [why, plain])
    assert reason[("Regression sets", sentence)] - reason[("Why regression sets matter", sentence)] < 0.02


def test_the_second_best_sentence_brings_the_list_its_paragraph_runs_on_into(embedder):
    """"A staged rollout without written exit criteria never ends … Before the first stage, agree on two or
    three exit criteria, for example:" and its items are the answer to "What exit criteria should the
    rollout plan have?", though the sentence after the list matches the question's words best."""
    page = chunk("rollout.md", "Nobody agreed what a good rollout looks like", 0, (
        "A staged rollout without written exit criteria never ends, because nobody can say it succeeded. "
        "Before the first stage, agree with support and sales on two or three exit criteria, for example:\n"
        "- **Complaints**: support tickets about the feature stay under 1 per 1,000 sessions\n"
        "- **Quality**: reviewers flag no more than 2% of sampled answers\n"
        "- **Usage**: at least half of the exposed users try the feature twice\n\n"
        "Write the exit criteria into the rollout plan, with the date each stage will be checked."))
    other = chunk("rollout.md", "Keep the stages short", 1,
                  "Each stage should last one week. Move to the next stage only on a Monday.")
    lines = compose(embedder, "What exit criteria should the rollout plan have?", [page, other]).body.splitlines()
    assert lines[0].startswith("A staged rollout without written exit criteria never ends")
    assert lines[0].rstrip(" [1]").endswith("for example:")
    assert [line.split(":")[0] for line in lines[1:]] == ["- Complaints", "- Quality", "- Usage"]


def test_sources_are_numbered_in_the_order_the_answer_quotes_them(embedder):
    """The guide with the best sentences opens the answer even when retrieval ranked another first; the
    answer read "Set the latency budget … [2] … Charge for AI features in credits … [1]"."""
    credits = chunk("pricing-notes.md", "Credits", 0, "Charge for AI features in credits that users can see. "
                    "Show the credits a request will use before it runs.")
    latency = chunk("latency.md", "Latency budget", 0, "Set the latency budget at the 95th percentile, not the "
                    "average. The first token of a chat reply should appear within one second. The full answer "
                    "should arrive within eight seconds. Stream the answer so users see progress.")
    composition = compose(embedder, "What latency budget should an AI chat reply have, and should users see "
                          "credits before it runs?", [credits, latency])
    assert composition.body.startswith("Set the latency budget at the 95th percentile, not the average. [1]")
    assert composition.sources == ["latency.md", "pricing-notes.md"]
    assert re.findall(r"\[(\d)\]", composition.body)[-1] == "2"


def test_a_prose_answer_quotes_a_list_item_written_as_a_sentence_but_not_a_fragment(embedder):
    """The unit that answered best was often a list item ("Cap synthetic items at 30% of any eval set…"),
    and a prose answer read only prose sentences, so it quoted the paragraph around the list instead. An
    item that is a whole sentence is quoted like one; a fragment or a run-in heading only makes sense in
    its list."""
    page = chunk("synthetic-data.md", "Using synthetic cases", 0, (
        "Synthetic cases give an eval set coverage of requests that real traffic rarely contains. "
        "They also flatter the model family that wrote them.\n\n"
        "Rules we follow:\n"
        "- Limit synthetic cases to a quarter of any eval set used to decide a launch.\n"
        "- Concept drift. Replace synthetic cases with real ones as traffic grows.\n"
        "- Agree the seeds\n\n"
        "Real traffic decides the headline pass rate."
    ))
    answer = compose(embedder, "Is it fine to fill our launch eval set with synthetic cases?", [page])
    assert not answer.is_list
    assert "Limit synthetic cases to a quarter of any eval set used to decide a launch." in answer.body
    assert "Agree the seeds" not in answer.body and "Concept drift." not in answer.body


def test_a_when_question_is_answered_by_the_list_of_conditions_its_lead_in_announces(embedder):
    """eval/guides-unseen-22: "When does an AI feature need an internal risk review?" quoted the re-review
    paragraph and its list (labelled high, no point stated): a "when" question gave a list a margin so
    large that the best sentence's paragraph won and brought its own list along."""
    needed = chunk("risk-review.txt", "When a review is needed", 0, (
        "Request a review if any of the following is true of your feature:\n"
        "• It uses a new model or a new model provider\n"
        "• It makes or recommends decisions about people\n"
        "• It processes personal or sensitive data that the product did not process before\n"
        "• It takes actions on the user's behalf\n"
        "• It reaches a new group of users"))
    again = chunk("risk-review.txt", "When to review again", 5, (
        "An approval covers the feature as it was reviewed. Request a new review when:\n"
        "• The model or provider changes in a way users notice\n"
        "• The scope expands to new users, new data or new actions\n"
        "• 12 months have passed since the last review"))
    answer = compose(embedder, "When does an AI feature need an internal risk review?", [needed, again])
    assert answer.is_list
    assert answer.body.startswith("Request a review if any of the following is true of your feature:")
    assert "decisions about people" in answer.body and "12 months have passed" not in answer.body


def test_a_lead_in_followed_by_a_remark_still_introduces_its_list(embedder):
    """eval/guides-unseen-22's translated column: "…, please write the following items. It is recommended
    to use the same order in all AI features of the company." over "●" items. Its last sentence was read as
    the lead-in, so the list had none, and the vendor's pitch answered instead."""
    article = chunk("help-docs.txt", "The items which it is necessary to write", 2, (
        "In the help article of the AI feature, please write the following items. It is recommended to use "
        "the same order in all AI features of the company, so that the user can find the item easily.\n\n"
        "●What it can do: Write the 3 to 5 main tasks in the words of the user.\n"
        "●What it cannot do: Write the concrete limits.\n"
        "●Handling of the data: Write whether the input is used for the training of the AI model.\n"
        "●How to report the wrong answer: Write the place of the button and what happens after the report."))
    answer = compose(embedder, "What should the help article for an AI feature include?", [article])
    assert answer.is_list
    assert answer.body.startswith("In the help article of the AI feature, please write the following items.")
    assert "- What it cannot do: Write the concrete limits." in answer.body
    assert "same order" not in answer.body



def test_the_list_under_a_heading_that_names_the_thing_asked_for_answers_it(embedder):
    """"What targets should we set?" is answered by the terse list under "Targets for the end of Q3", not
    by a list of longer items that repeat more of the question's words (guides-unseen-31)."""
    title = "AI forecasts: what the override rate is telling us"
    changes = RetrievedChunk(id="f#1", text=(
        "1. A reason for big changes. Any change larger than 15% up or down needs a reason from a list.\n"
        "2. A value added report. Once a month we compare the error of the forecast with the number that "
        "was finally ordered.\n"
        "3. A range, not just a number. Each forecast shows a range that sales fall inside 8 weeks in 10."),
        metadata={"source": "f.txt", "section": "What changes on 6 April", "position": 1, "title": title})
    targets = RetrievedChunk(id="f#2", text=(
        "- Override rate on quiet-lane items under 20%.\n"
        "- Value added positive for promotion changes in every category.\n"
        "- Fresh waste down 1 point, with availability at or above 97%."),
        metadata={"source": "f.txt", "section": "Targets for the end of Q3", "position": 2, "title": title})
    answer = compose(embedder, "What targets should we set for next quarter on our AI replenishment forecasts?",
                     [changes, targets])
    assert answer.is_list
    assert "under 20%" in answer.body and "reason from a list" not in answer.body
