"""Reliability diagram and risk-coverage curve, since people read those at a glance."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write_plots(records: list[dict[str, Any]], directory: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    directory.mkdir(parents=True, exist_ok=True)
    scores = [r["score"] for r in records]
    right = [1.0 if r["right"] else 0.0 for r in records]

    fig, ax = plt.subplots(figsize=(6, 5))
    bins = [i / 10 for i in range(11)]
    xs, ys, ns = [], [], []
    for low, high in zip(bins, bins[1:]):
        members = [c for s, c in zip(scores, right) if low <= s < high or (high == 1.0 and s == 1.0)]
        if members:
            xs.append((low + high) / 2)
            ys.append(sum(members) / len(members))
            ns.append(len(members))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    ax.bar(xs, ys, width=0.09, alpha=0.5, label="accuracy per score bin")
    for x, y, n in zip(xs, ys, ns):
        ax.annotate(str(n), (x, y), ha="center", va="bottom", fontsize=8)
    colours = {"high": "tab:green", "medium": "tab:orange", "low": "tab:red"}
    for label, colour in colours.items():
        group = [r for r in records if r["label"] == label]
        if group:
            mean_score = sum(r["score"] for r in group) / len(group)
            accuracy = sum(1 for r in group if r["right"]) / len(group)
            ax.scatter([mean_score], [accuracy], s=120, color=colour, edgecolor="black", zorder=3,
                       label=f"{label}: {accuracy:.0%} right (n={len(group)})")
    ax.set_xlabel("confidence score")
    ax.set_ylabel("share with the right top source")
    ax.set_title("Reliability diagram")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.05)
    ax.legend(loc="upper left", fontsize=8)
    reliability = directory / "reliability.png"
    fig.tight_layout()
    fig.savefig(reliability, dpi=110)
    plt.close(fig)

    order = sorted(range(len(records)), key=lambda i: -scores[i])
    coverage, risk, errors = [], [], 0
    for k, i in enumerate(order, start=1):
        errors += 0 if right[i] else 1
        coverage.append(k / len(order))
        risk.append(errors / k)
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.plot(coverage, risk, color="tab:blue")
    ax.set_xlabel("coverage (share of questions answered, most confident first)")
    ax.set_ylabel("risk (share answered wrongly)")
    ax.set_title("Risk-coverage curve")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    curve = directory / "risk_coverage.png"
    fig.tight_layout()
    fig.savefig(curve, dpi=110)
    plt.close(fig)
    return [reliability, curve]
