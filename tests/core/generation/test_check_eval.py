"""The labelled claim sets and the figures check_eval reports on them."""

import pytest

from bot.core.generation.check_eval import DEFAULT_SETS, auroc, balanced_accuracy, load_pairs, write_block


def test_the_labelled_sets_cover_every_kind_of_pair():
    development, holdout = (load_pairs(path) for path in DEFAULT_SETS)
    assert len(development) >= 80 and len(holdout) >= 30
    kinds = {p.kind for p in development}
    assert {"paraphrase", "contradicted", "number", "negation", "entity", "cross_lang"} <= kinds
    for pairs in (development, holdout):
        share = sum(p.supported for p in pairs) / len(pairs)
        assert 0.4 <= share <= 0.6  # balanced enough for balanced accuracy to mean something
        assert len({p.id for p in pairs}) == len(pairs)


def test_balanced_accuracy_and_auroc():
    truth = [True, True, False, False]
    assert balanced_accuracy(truth, [True, False, False, False]) == 0.75
    assert auroc(truth, [0.9, 0.4, 0.5, 0.1]) == 0.75
    assert auroc(truth, [0.5, 0.5, 0.5, 0.5]) == 0.5


def test_bad_labels_and_missing_blocks_are_refused(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "claim": "c", "passage": "p", "label": "maybe", "kind": "k"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_pairs(bad)
    doc = tmp_path / "doc.md"
    doc.write_text("a\n<!-- check-eval:start -->\nold\n<!-- check-eval:end -->\nb\n", encoding="utf-8")
    write_block(doc, "new figures")
    assert doc.read_text(encoding="utf-8") == "a\n<!-- check-eval:start -->\n```\nnew figures\n```\n<!-- check-eval:end -->\nb\n"
    with pytest.raises(SystemExit, match="generation-bench"):
        write_block(doc, "x", "generation-bench")
