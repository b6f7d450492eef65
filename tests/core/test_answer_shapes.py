"""What the composer quotes for questions met in guides-unseen-5: a page's title, a lead-in that restates
the question, a bold run-in label, and a how-question answered by something other than steps."""

from __future__ import annotations

import pytest

from bot.core import composer
from bot.core.composer import Composition, Unit
from bot.core.confidence import answer_features
from bot.core.retrieval import Retrieval, RetrievedChunk, key_terms
from tests.core.test_composer import chunk, compose


def test_a_pages_title_counts_as_said_by_each_of_its_sentences(embedder, monkeypatch):
    """On a page titled "Model card template", "How should a model card report how the model was
    evaluated?" is answered from its evaluation section, not by a sentence that merely repeats "model
    card"."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 1)

    def titled(section: str, position: int, text: str) -> RetrievedChunk:
        piece = chunk("card.md", section, position, text)
        piece.metadata["title"] = "Model card template"
        return piece

    question = "How should a model card report how the model was evaluated?"
    evaluation = titled("How it was evaluated", 0,
                        "Name the eval set and report results by segment, not only the overall number.")
    changes = titled("Change log", 1, "Update the model card on every model change, not only at launch.")
    composition = compose(embedder, question, [changes, evaluation], intent="how")
    assert "by segment" in composition.body, composition.body


def test_a_lead_in_that_restates_the_question_best_brings_its_list(embedder):
    """"When a deprecation notice arrives:" matches "How should we handle a deprecation notice?" better
    than any sentence: its steps are the answer, though each says less of the question than the lesson."""
    text = ("When a deprecation notice arrives:\n\n"
            "1. Start the migration the week it arrives, and finish 30 days before the retirement date.\n"
            "2. Run the full eval set on the new version side by side with the current one.\n"
            "3. Send 5% of traffic to the new version for one week before switching.\n\n"
            "A model you do not pin is a dependency that can change without a deploy. Treat a deprecation notice "
            "like a security advisory: it has a deadline, an owner and a plan.\n")
    runbook = chunk("postmortem.md", "Model migration runbook", 0, text)
    composition = compose(embedder, "How should we handle a deprecation notice for the model our feature uses?",
                          [runbook])
    assert composition.is_list and "30 days before the retirement date" in composition.body, composition.body


@pytest.mark.parametrize("label", ["> **Guidance.**", "> 💡 **TL;DR.**"])
def test_a_short_bold_run_in_label_is_not_quoted_as_a_sentence(embedder, label):
    """"> **Guidance.** Name the eval set …" had "Guidance." quoted as a sentence of its own, and a ClickUp
    callout's icon and "TL;DR." the same (eval/guides-unseen-32)."""
    text = (f"{label} Name the eval set (its size and where the cases came from) and report results by "
            "segment, not only the overall number.\n")
    evaluated = chunk("card.md", "How it was evaluated", 0, text)
    body = compose(embedder, "What should a model card say about how the model was evaluated?", [evaluated]).body
    assert "Guidance" not in body and "TL;DR" not in body and body.startswith("Name the eval set"), body


def test_a_how_question_is_addressed_by_steps_or_advice_not_by_any_list():
    """A list of definitions under "What is prompt injection?" was labelled high for "How can we protect an
    agent feature against prompt injection?": being a list said nothing about giving a how."""
    question = "How can we protect an agent feature against prompt injection?"
    retrieval = Retrieval(question=question, lang="en", key_terms=key_terms(question), concepts=[], query_vector=[])
    piece = chunk("deck.txt", "What is prompt injection?", 0)

    def listed(*items: str) -> Composition:
        units = [Unit(piece, 0, 0, n, text, "item", block=0) for n, text in enumerate(items)]
        return Composition("", units, "how", is_list=True)

    definitions = listed("Direct: the user types a hostile instruction", "Indirect: the instruction hides in a web page")
    steps = listed("Give the model only the tools and data the task needs", "Never put secrets in the prompt")
    assert answer_features(retrieval, definitions)["addresses"] == 0.5
    assert answer_features(retrieval, steps)["addresses"] == 1.0


def test_a_sentence_mixing_the_languages_that_says_the_questions_words_is_in_its_language(embedder):
    """A team playbook written half in Chinese: "每个 locale 找 2 位 native speakers 做 blind review" answers
    "How should native speakers review …" in the question's own words. Read as Chinese, it gave way to any
    English sentence nearby."""
    mixed = chunk("playbook.md", "Native speaker review（母语审核）", 0,
                  "- 每个 locale 找 2 位 native speakers 做 blind review，每人至少审 50 条回答。\n"
                  "- 两位 reviewer 的打分 disagreement 超过 20% 时，先停下来对齐 rubric。\n")
    english = chunk("talk.txt", "", 1, "Users decide in one or two tries whether a new AI feature is useful. "
                                     "Measure the second-week return rate before you launch it more widely.")
    body = compose(embedder, "How should native speakers review AI answers before we launch a new language?",
                   [mixed, english]).body
    assert "native speakers 做 blind review" in body and "second-week" not in body, body


def test_a_chinese_readers_question_is_a_sentence_of_its_own_and_never_quoted():
    """NFKC makes "？" a Latin "?", with no space after it in Chinese: "收多少?我们老板…" is a question and then
    a statement, and only the statement can be quoted."""
    from bot.core.documents.structure import split_sentences
    from bot.core.quoting import is_question

    text = "免费试点的转化率明显低于付费试点。想问下收费试点一般收多少?我们老板觉得收费会吓跑客户。"
    sentences = split_sentences(text)
    assert sentences == ["免费试点的转化率明显低于付费试点。", "想问下收费试点一般收多少?", "我们老板觉得收费会吓跑客户。"]
    assert [is_question(s) for s in sentences] == [False, True, False]


def test_an_answer_that_says_only_the_corpus_common_words_of_a_question_is_never_high():
    """Over pages that all say "AI product manager", "What skills does an AI product manager need?" was
    answered `high` with a roadmap list that never says "skills": three of four question words were in the
    answer, but the three every page says. Coverage weighs each word by how few passages hold it."""
    from bot.core.confidence import ConfidenceJudge
    from bot.core.retrieval import term_weights

    question = "What skills does an AI product manager need?"
    terms = key_terms(question)
    assert {"skill", "ai", "product", "manager"} <= set(terms)
    frequencies = {t: {"skill": 2}.get(t, 40) for t in terms}
    retrieval = Retrieval(question=question, lang="en", key_terms=terms, concepts=[], query_vector=[],
                          term_weights=term_weights(frequencies, 45))
    roadmap = chunk("guide.txt", "", 0)
    units = [Unit(roadmap, 0, 0, 0, "Unlike traditional software, AI product roadmaps must account for:", "lead",
                  block=0),
             Unit(roadmap, 0, 1, 1, "Data collection and labeling timelines", "item", block=0)]
    features = answer_features(retrieval, Composition("", units, "list", is_list=True))
    assert features["answer_terms"] >= 0.5 and features["weighted_terms"] < 0.34
    judge = ConfidenceJudge()
    evidence = {name: 1.0 for name in judge.model["weights"]} | {"short_question": 0.0}
    assert judge.label_for(judge.score({**evidence, **features, "answer_concepts": 0.0})) != "high"
    skills = [Unit(roadmap, 0, 0, 0, "The skills an AI product manager needs most are data literacy and evaluation design.", "prose")]
    assert answer_features(retrieval, Composition("", skills, "list"))["weighted_terms"] > 0.9
