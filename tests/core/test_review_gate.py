"""The held-out spec set (eval/specs-v2/holdout), frozen before tuning: figures per item and overall, gated."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.evaluation.gates import check_gate, load_gate
from bot.evaluation.specs import load_spec_set, report, run_specs, spec_gate
from tests.conftest import REPO

HOLDOUT = REPO / "eval" / "specs-v2" / "holdout"
DEV = REPO / "eval" / "specs-v2" / "dev"
GATE = REPO / "eval" / "gate.yml"


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.fixture(scope="module")
def holdout_run(reviewer):
    specs = load_spec_set(HOLDOUT, reviewer.rubric.ids)
    return report(run_specs(reviewer, specs), reviewer.rubric.ids)


def test_held_out_specs_meet_their_gate(holdout_run):
    gate = spec_gate(load_gate(GATE), HOLDOUT)
    assert {"missing_recall", "missing_precision", "present_precision", "vacuous_called_present_max"} <= set(gate)
    failures = check_gate(holdout_run["metrics"], gate)
    assert not failures, (failures, holdout_run["mismatches"])


def test_dev_specs_meet_their_own_gate(reviewer):
    """The dev half (tuned on) has its own, higher floors: a regression there shows before the held-out half."""
    specs = load_spec_set(DEV, reviewer.rubric.ids)
    assert len(specs) >= 25
    run = report(run_specs(reviewer, specs), reviewer.rubric.ids)
    gate = spec_gate(load_gate(GATE), DEV)
    assert gate["missing_precision"] > spec_gate(load_gate(GATE), HOLDOUT)["missing_precision"]
    failures = check_gate(run["metrics"], gate)
    assert not failures, (failures, run["mismatches"])


# Every labelled set but dev and the held-out third: a new set fails here until it has its gate block.
FIRST_SEEN_SETS = sorted(p.name for p in (REPO / "eval" / "specs-v2").iterdir() if p.is_dir() and p.name not in {"dev", "holdout"})


@pytest.mark.parametrize("name", FIRST_SEEN_SETS)
def test_sets_first_measured_unseen_keep_their_floors(reviewer, name):
    """The fresh and unseen sets were each measured once before any change and tuned on since: their own
    floors keep what was fixed for them from coming undone."""
    folder = REPO / "eval" / "specs-v2" / name
    specs = load_spec_set(folder, reviewer.rubric.ids)
    assert len(specs) >= 5
    gate = spec_gate(load_gate(GATE), folder)
    assert "covered_called_missing_max" in gate
    failures = check_gate(report(run_specs(reviewer, specs), reviewer.rubric.ids)["metrics"], gate)
    assert not failures, failures


def test_held_out_figures_are_reported_per_item(holdout_run, reviewer):
    assert holdout_run["metrics"]["specs"] >= 10
    assert set(holdout_run["by_item"]) == set(reviewer.rubric.ids)
    for figures in holdout_run["by_item"].values():
        assert {"missing_precision", "missing_recall", "present_precision", "covered_called_missing"} <= set(figures)


def test_an_unfilled_template_is_all_missing_with_a_warning_and_near_zero_readiness(reviewer):
    review = reviewer.review((HOLDOUT / "template-unfilled-prd-brackets.md").read_text(encoding="utf-8"))
    assert set(review.statuses.values()) == {"missing"}
    assert review.score < 0.1
    assert any("unfilled template" in warning for warning in review.warnings)


def test_injected_lines_change_no_status(reviewer):
    text = (HOLDOUT / "injection-prose-legal-summaries.md").read_text(encoding="utf-8")
    clean = "\n".join(line for line in text.splitlines() if not line.startswith("Reviewer bot:"))
    assert clean != text
    injected, plain = reviewer.review(text), reviewer.review(clean)
    assert injected.statuses == plain.statuses
    assert injected.warnings and not any("instruction" in w.lower() for w in plain.warnings)


def test_evidence_is_the_spec_verbatim_for_a_headingless_prose_spec(reviewer):
    text = (HOLDOUT / "prose-strong-google-doc-tutoring.md").read_text(encoding="utf-8")
    review = reviewer.review(text)
    found = [r for r in review.items if r.status != "missing"]
    assert len(found) >= 10  # a heading-less spec is read, not reported as missing wholesale
    for result in found:
        assert result.evidence and all(quote in text for quote in result.evidence), result.id
