"""The persistent lexical index on real SQLite FTS5 and a real Chroma collection with the real embedder."""

from __future__ import annotations

import pytest

from bot.core import lexical as lexical_module
from bot.core.index import Chunk, KnowledgeIndex
from bot.core.lexical import SqliteLexicalIndex, chunk_tokens, lexical_tokens
from bot.core.retrieval import HybridRetriever, weighted_rrf
from bot.core.text import default_glossary

GUARDRAILS = Chunk(
    text="Output guardrails check every answer for leaked personal data before it reaches the user.",
    source="guardrails.md",
    title="Guardrails",
    section="Guardrails > Output checks",
    lang="en",
)
PRICING = Chunk(
    text="Price an AI plan on the cost of heavy users, not the average cost per request.",
    source="pricing.md",
    title="Pricing",
    section="Pricing > Margins",
    lang="en",
)
COLD_START = Chunk(
    text="冷启动阶段可以用合成数据做评估集，但要请真实用户复核。",
    source="cold-start.md",
    title="冷启动",
    section="冷启动 > 评估集",
    lang="zh",
)

# BM25 needs a corpus in which a term is not in half the chunks: a few other topics around the ones asked.
OTHERS = [
    Chunk(text=text, source=f"other-{n}.md", title="Other", section=f"Other > {n}", lang="en")
    for n, text in enumerate(
        [
            "Interview five customers before writing the spec.",
            "Latency budgets: inline suggestions need to appear within 300 milliseconds.",
            "Write down who may approve a launch and when a rollback is needed.",
        ]
    )
]


def add(index: KnowledgeIndex, *chunks: Chunk) -> list[str]:
    ids = [c.chunk_id() for c in chunks]
    index.add(ids, list(chunks))
    return ids


def sources(index: KnowledgeIndex, question: str) -> list[str]:
    retrieval = HybridRetriever(index).retrieve(question)
    return [c.source for c in retrieval.lexical_hits]


def test_add_and_delete_are_visible_to_lexical_search_without_a_rebuild(index):
    retriever = HybridRetriever(index)
    assert retriever.retrieve("How do I price an AI plan?").lexical_hits == []
    ids = add(index, GUARDRAILS, PRICING, *OTHERS)
    hits = retriever.retrieve("How do I price an AI plan?").lexical_hits
    assert hits[0].source == "pricing.md" and hits[0].lexical_rank == 1 and 0 < hits[0].lexical <= 1
    index.delete([ids[1]])
    assert "pricing.md" not in [c.source for c in retriever.retrieve("How do I price an AI plan?").lexical_hits]
    assert index.lexical.count() == index.count() == 4


def test_reingest_of_the_same_chunk_does_not_duplicate_it(index):
    add(index, PRICING, *OTHERS)
    add(index, PRICING)
    assert index.lexical.count() == index.count() == 4
    assert sources(index, "average cost per request") == ["pricing.md"]


def test_chinese_question_matches_through_unigrams_and_bigrams(index):
    add(index, GUARDRAILS, COLD_START, *OTHERS)
    assert sources(index, "合成数据能用吗")[0] == "cold-start.md"


def test_english_question_reaches_chinese_guidance_through_concept_tokens(index):
    glossary = default_glossary()
    assert glossary.concept_tokens("cold start"), "the glossary should know the concept 'cold start'"
    add(index, GUARDRAILS, COLD_START, *OTHERS)
    assert "cold-start.md" in sources(index, "What should I do about cold start?")


@pytest.mark.parametrize(
    ("question", "english", "chinese"),
    [
        # PMs ask "when should it say it doesn't know"; guides write "abstain" or 拒答.
        ("When should the model say it doesn't know instead of answering?",
         "A confidence threshold for abstaining lets the model answer only when it is sure enough.",
         "边界例中拒答或转人工的比例不低于 80%。"),
        # PMs write "execs" or "leadership"; guides write "stakeholders" or 管理层.
        ("How do I tell execs the numbers are uncertain?",
         "Stakeholders need uncertainty expressed in ranges and in the units of their own world.",
         "向管理层汇报时，用区间而不是单个数字来说明模型效果。"),
        # PMs ask whether it is "good enough to release"; guides write "launch bar" or 上线门槛.
        ("How do we decide whether the model is good enough to release?",
         "Write the launch bar down before the results are known: 90% correct on the test set, no critical failures.",
         "上线门槛要在看到结果之前写下来，并和相关方确认。"),
    ],
    ids=["abstaining", "execs-are-stakeholders", "good-enough-is-the-launch-bar"],
)
def test_a_question_in_the_pms_words_reaches_guidance_in_the_guides_words_in_both_languages(
    index, question, english, chinese
):
    """One glossary concept joins the PM's word, the English guide's and the Chinese guide's: the index
    finds both. (The retriever then lets a match far weaker than the best cast no vote in fusion, so under
    the English guide's own words the Chinese guide may leave its lexical list: tests/core/test_retrieval_fusion.py.)"""
    guide = Chunk(text=english, source="guide.md", title="Guide", section="Guide", lang="en")
    zh_guide = Chunk(text=chinese, source="zh-guide.md", title="指南", section="指南", lang="zh")
    ids = dict(zip(add(index, guide, zh_guide, GUARDRAILS, *OTHERS), ["guide.md", "zh-guide.md"]))
    hits = index.lexical.search(lexical_tokens(question, default_glossary()), 20)
    found = [ids.get(hit.chunk_id, "other") for hit in hits]
    assert found[0] == "guide.md" and "zh-guide.md" in found
    assert sources(index, question)[0] == "guide.md"


def test_an_index_built_before_the_lexical_file_is_backfilled_once_on_open(settings, embedder):
    old = KnowledgeIndex(settings, embedder=embedder)
    add(old, GUARDRAILS, PRICING, *OTHERS)
    # An index from before this change: chunks in Chroma, no lexical file beside it.
    old.lexical.close()  # type: ignore[attr-defined]
    old.lexical_path.unlink()
    for suffix in ("-wal", "-shm"):
        old.lexical_path.with_name(old.lexical_path.name + suffix).unlink(missing_ok=True)

    reopened = KnowledgeIndex(settings, embedder=embedder)
    assert reopened.lexical.count() == 5
    assert sources(reopened, "output guardrails for personal data")[0] == "guardrails.md"


def test_a_lexical_file_out_of_step_with_chroma_is_rebuilt(settings, embedder):
    index = KnowledgeIndex(settings, embedder=embedder)
    ids = add(index, GUARDRAILS, PRICING, *OTHERS)
    index.lexical.delete([ids[0]])  # as if a write had been cut short between Chroma and SQLite
    reopened = KnowledgeIndex(settings, embedder=embedder)
    assert reopened.lexical.count() == 5
    assert sources(reopened, "output guardrails")[0] == "guardrails.md"


def test_postings_made_with_another_glossary_are_rebuilt_on_open(settings, embedder):
    """An upgrade that changes the glossary renumbers its concept tokens. The chunks are unchanged, so
    ingestion never rewrites them: the lexical file must notice on its own, or questions match the wrong
    concepts."""
    index = KnowledgeIndex(settings, embedder=embedder)
    ids = add(index, GUARDRAILS, PRICING, *OTHERS)
    stale = index.lexical
    # The same chunk ids with the tokens an older glossary made: right count, wrong postings.
    stale.add([(chunk_id, ["unrelated", "tokens"]) for chunk_id in ids])
    stale._db.execute("UPDATE info SET value = 'an-older-glossary' WHERE key = 'tokens'")  # type: ignore[attr-defined]
    terms = lexical_tokens("output guardrails", default_glossary())
    assert stale.count() == 5 and not stale.search(terms, 5)

    reopened = KnowledgeIndex(settings, embedder=embedder)
    assert reopened.lexical.count() == 5
    assert reopened.lexical.search(terms, 5), "the postings were rebuilt with the current glossary"
    assert sources(reopened, "output guardrails")[0] == "guardrails.md"


def test_the_lexical_index_persists_across_reopen(tmp_path):
    path = tmp_path / "lexical.sqlite3"
    glossary = default_glossary()
    first = SqliteLexicalIndex(path)
    first.add([(c.chunk_id(), chunk_tokens(c.text, c.metadata(), glossary)) for c in [PRICING, *OTHERS]])
    first.close()
    again = SqliteLexicalIndex(path)
    hits = again.search(["price", "plan"], 5)
    assert [h.chunk_id for h in hits] == [PRICING.chunk_id()] and 0 < hits[0].score <= 1


def test_lexical_scores_are_relative_to_what_the_question_could_score(tmp_path):
    lexical = SqliteLexicalIndex(tmp_path / "lexical.sqlite3")
    lexical.add([("both", ["latency", "budget"]), ("one", ["latency", "other"]), ("none", ["x", "y"])])
    lexical.add([(f"filler{i}", ["filler"]) for i in range(20)])
    hits = {h.chunk_id: h.score for h in lexical.search(["latency", "budget"], 5)}
    assert set(hits) == {"both", "one"}
    assert hits["both"] > hits["one"] > 0
    assert hits["both"] <= 1
    # A word no chunk holds does not lower the score of what does match.
    assert lexical.search(["latency", "budget", "zzzunknown"], 1)[0].score == pytest.approx(hits["both"])


def test_over_the_postings_budget_common_words_leave_the_candidate_query_but_still_score(tmp_path, monkeypatch):
    lexical = SqliteLexicalIndex(tmp_path / "lexical.sqlite3")
    # "model" is in every chunk; "guardrail" in two, one of which also says "model" twice.
    lexical.add([(f"common{i}", ["model", "filler", f"w{i}"]) for i in range(60)])
    lexical.add([("rare-and-common", ["guardrail", "model", "model"]), ("rare", ["guardrail", "other"])])
    question = ["model", "guardrail"]
    full = {h.chunk_id: h.score for h in lexical.search(question, 5)}
    monkeypatch.setattr(lexical_module, "POSTINGS_BUDGET", 10)  # less than "model"'s 61 postings
    capped = lexical.search(question, 5)
    # Only chunks holding the rare word are candidates now, and they keep the score the full query gave,
    # "model" included: it is left out of picking candidates, not out of scoring.
    assert [h.chunk_id for h in capped] == ["rare-and-common", "rare"]
    assert [h.score for h in capped] == [pytest.approx(full["rare-and-common"]), pytest.approx(full["rare"])]
    assert list(full)[:2] == ["rare-and-common", "rare"]
    # A question of common words only still gets answers: the rarest term is always kept.
    assert lexical.search(["model"], 3)


@pytest.mark.parametrize("token", ['"', "a b", "OR", "NEAR(", "*", "-x", "§3"])
def test_query_syntax_in_tokens_is_searched_as_text(tmp_path, token):
    lexical = SqliteLexicalIndex(tmp_path / "lexical.sqlite3")
    lexical.add([("a", ["or", "near", "x", "§3"])])
    lexical.search([token], 5)  # must not raise an FTS5 syntax error


def test_weighted_rrf_adds_weight_over_rank_and_keeps_first_seen_order_on_ties():
    fused = weighted_rrf([["a", "b", "c"], ["c", "b"]], [0.5, 0.5])
    # b: .5/62 + .5/62; c: .5/63 + .5/61 (slightly more); a: .5/61 only.
    assert fused == ["c", "b", "a"]
    assert weighted_rrf([["a", "b"], ["b", "a"]], [1, 1]) == ["a", "b"]
    assert weighted_rrf([["a"], ["b"]], [0.2, 0.8]) == ["b", "a"]
    with pytest.raises(ValueError):
        weighted_rrf([["a"]], [1, 1])


def test_a_search_reads_one_version_of_the_index_while_an_ingest_commits_mid_search(tmp_path):
    """An ingest in another process can commit between two of a search's statements. The search must
    score from the index as it was when it started: counts of chunks from after the commit against a
    total from before made the idf a log of a negative number (a CI run failed on it)."""
    path = tmp_path / "lexical.sqlite3"
    reader = SqliteLexicalIndex(path)
    # "model" is in every chunk, so its idf is negative and the search reads the vocabulary's mean idf.
    reader.add([(f"c{i}", ["model", f"a{i}", f"b{i}", f"d{i}"]) for i in range(3)])
    writer = SqliteLexicalIndex(path)
    committed = []

    def commit_before_the_vocabulary_is_read(statement: str) -> None:
        if "FROM vocab" in statement and "term =" not in statement and not committed:
            committed.append(statement)
            writer.add([(f"new{i}", ["model", "extra"]) for i in range(50)])

    reader._db.set_trace_callback(commit_before_the_vocabulary_is_read)
    hits = reader.search(["model"], 5)
    reader._db.set_trace_callback(None)
    assert committed, "the search no longer reads the vocabulary: this test no longer races anything"
    assert {h.chunk_id for h in hits} <= {"c0", "c1", "c2"} and hits
    # The next search sees the ingest.
    assert reader.count() == 53 and len(reader.search(["extra"], 60)) == 50


@pytest.mark.parametrize("question", ["Who checks the model's outputs?", "Who checks the model’s outputs?"])
def test_a_possessive_or_a_contraction_finds_the_word_it_is_attached_to(tmp_path, question):
    """ "the model's outputs" is about the model: tokenised as "model'" it matched no passage at all."""
    glossary = default_glossary()
    lexical = SqliteLexicalIndex(tmp_path / "lexical.sqlite3")
    review = Chunk(text="Reviewers check model outputs before they reach the user.", source="review.md",
                   title="Review", section="Review", lang="en")
    other = Chunk(text="Checks on the invoice total run nightly.", source="billing.md", title="Billing",
                  section="Billing", lang="en")
    lexical.add([(c.chunk_id(), chunk_tokens(c.text, c.metadata(), glossary)) for c in (review, other)])
    lexical.add([(f"filler{i}", ["filler", f"w{i}"]) for i in range(10)])
    tokens = lexical_tokens(question, glossary)
    assert "model" in tokens and not any("'" in t or "’" in t for t in tokens)
    assert lexical.search(tokens, 1)[0].chunk_id == review.chunk_id()


def test_traditional_and_simplified_chinese_are_the_same_words():
    from bot.core.text import default_glossary, tokenize

    assert tokenize("產品經理的評測集") == tokenize("产品经理的评测集")
    glossary = default_glossary()
    assert glossary.concept_ids("評測集和風險") == glossary.concept_ids("评测集和风险") != []


def test_a_word_most_chunks_hold_is_left_out_of_a_query_that_caps_its_share(tmp_path):
    """The glossary bridge of a Chinese question brings every English name of its concepts, "ai" among
    them: in most chunks, it would rank every page; with max_share it leaves the query."""
    lexical = SqliteLexicalIndex(tmp_path / "lexical.sqlite3")
    lexical.add([(f"page{i}", ["ai", "filler", f"w{i}"]) for i in range(10)])
    lexical.add([("drift", ["ai", "data", "drift"])])
    assert len(lexical.search(["ai", "drift"], 20)) == 11
    capped = lexical.search(["ai", "drift"], 20, max_share=0.5)
    assert [h.chunk_id for h in capped] == ["drift"]
    assert lexical.search(["ai"], 20, max_share=0.5) == []


def test_a_regular_pm_is_the_traditional_pm_of_the_guides_in_both_languages():
    """PMs write "a regular PM" or "a normal PM"; guides write "traditional product managers" or 传统产品经理."""
    from bot.core.text import default_glossary

    glossary = default_glossary()
    traditional = set(glossary.concept_ids("传统产品经理"))
    assert traditional and traditional <= set(glossary.concept_ids("traditional product managers"))
    for words in ("a regular PM", "a normal PM", "a non-AI PM"):
        assert traditional <= set(glossary.concept_ids(words)), words


def test_postings_made_with_an_older_stemmer_are_rebuilt(settings, embedder):
    """A stemmer change ("confidence" now matches "confident") leaves an old index's postings under the old
    stems, and an unchanged chunk is never re-ingested: the index is rebuilt from Chroma when next opened."""
    confidence = Chunk(text="Confidence rules: below 0.5 the farmer sees nothing.", source="leaf.md",
                       title="Leaf", section="Leaf > Confidence", lang="en")
    index = KnowledgeIndex(settings, embedder=embedder)
    add(index, confidence, *OTHERS)
    path = index.lexical_path
    index.lexical.close()
    stale = SqliteLexicalIndex(path, tokens_version="1:an older stemmer")
    stale.clear()
    stale.add([(confidence.chunk_id(), ["stale"])])
    stale.close()
    reopened = KnowledgeIndex(settings, embedder=embedder)
    assert sources(reopened, "How confident must the model be?")[0] == "leaf.md"


def test_a_verb_and_its_particle_are_one_word_however_written():
    """"What should the team hand over?" never met "What goes in the handover package" (guides-unseen-18):
    apart, "over" is a stopword and "hand" says little."""
    from bot.core.text import tokenize

    assert tokenize("hand over") == tokenize("handover") == tokenize("hand-over")
    assert tokenize("roll out") == tokenize("roll-out") == tokenize("rollout")
    assert tokenize("sign off") == tokenize("sign-off")
    assert tokenize("work out the cost") == ["work", "cost"]  # only the listed verbs join their particle
