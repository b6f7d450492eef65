"""Gate files: floors (and `_max` ceilings) the evaluation figures must meet, read from YAML and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def check_gate(metrics: dict[str, Any], gate: dict[str, Any]) -> list[str]:
    """Failures as readable lines. Keys ending in _max are ceilings; all others are floors."""
    failures = []
    for key, bound in gate.items():
        name = key.removesuffix("_max")
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name}: not measured (gate {bound})")
        elif key.endswith("_max") and value > bound:
            failures.append(f"{name} = {value} is above the gate's {bound}")
        elif not key.endswith("_max") and value < bound:
            failures.append(f"{name} = {value} is below the gate's {bound}")
    return failures


def load_gate(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def apply_gate(result: dict[str, Any], gate_path: Path | None, section: str) -> list[str]:
    """Check `result["metrics"]` against one section of the gate file; records the verdict in `result`."""
    if not gate_path:
        return []
    failures = check_gate(result["metrics"], load_gate(gate_path).get(section, {}))
    result["gate"] = {"passed": not failures, "failures": failures}
    return failures


def gate_line(failures: list[str]) -> str:
    return "gate: PASSED" if not failures else "gate: FAILED\n  " + "\n  ".join(failures)


def holdout_section(section: str) -> str:
    """The gate section for a dataset's held-out split ("holdout" for the knowledge set, "<name>_holdout" else)."""
    return "holdout" if section == "questions" else f"{section}_holdout"


def apply_gates(result: dict[str, Any], gate_path: Path | None, section: str) -> list[str]:
    """Overall figures against `section`, the holdout split against its own section when the gate has one."""
    failures = apply_gate(result, gate_path, section)
    if gate_path and "holdout" in result.get("by_split", {}):
        held = load_gate(gate_path).get(holdout_section(section))
        if held:
            extra = [f"holdout: {f}" for f in check_gate(result["by_split"]["holdout"], held)]
            failures += extra
            result["gate"] = {"passed": not failures, "failures": failures}
    return failures
