"""`aipm eval --specs DIR --halves`: the two alternate halves a change is tuned on and checked against."""

from __future__ import annotations

from bot.evaluation.specs import format_halves, halves


def _record(name: str, expected: str, predicted: str) -> dict:
    return {
        "spec": name,
        "expected": {"problem": expected},
        "predicted": {"problem": predicted},
        "reasons": {"problem": ""},
        "latency_ms": 1.0,
    }


def test_halves_alternate_by_sorted_name_whatever_the_run_order():
    records = [_record(name, "missing", "missing") for name in ("d", "b", "a", "c", "e")]
    first, second = halves(records)
    assert [r["spec"] for r in first] == ["a", "c", "e"]
    assert [r["spec"] for r in second] == ["b", "d"]


def test_each_half_reports_its_own_figures():
    records = [
        _record("a", "present", "missing"),  # half A: a covered item called missing
        _record("b", "missing", "missing"),  # half B: a true gap
        _record("c", "missing", "missing"),  # half A
    ]
    text = format_halves(records, ["problem"])
    half_a, half_b = text.splitlines()
    assert "half A (2 specs): missing precision" in half_a and "covered but called missing 1" in half_a
    assert "missing precision 50.0%" in half_a  # one of two `missing` verdicts is right
    assert "half B (1 specs)" in half_b and "covered but called missing 0" in half_b
