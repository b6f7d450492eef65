"""Eval results as text: the terminal summary, the worst cases, and a Markdown table for docs."""

from __future__ import annotations

from typing import Any


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def format_metrics(title: str, m: dict[str, Any]) -> str:
    labels = ", ".join(
        f"{name} {info['count']} ({pct(info['top_source_right'])} right)" for name, info in m["labels"].items()
    )
    return "\n".join(
        [
            f"{title}: {m['questions']} questions ({m['answerable']} answerable, {m['unanswerable']} unanswerable)",
            f"  answers      key-point recall {pct(m['key_point_recall'])}  fully answered {pct(m['fully_answered'])}"
            f"  no point {pct(m['no_point_answered'])}  ({m['with_points']} with points)",
            f"  first line   states a key point in {pct(m.get('opens_with_point'))} of answers",
            f"  answer junk  confident junk {pct(m['confident_junk'])} of answerable"
            f" ({pct(m['high_without_point'])} of high)  junk sentences {pct(m['junk_sentences'])}"
            f" of {m['quoted_sentences']} quoted",
            f"  length       {m['answer_chars_mean']} chars, {m['answer_sentences_mean']} sentences on average",
            f"  retrieval    recall@1 {pct(m['recall_at_1'])}  recall@5 {pct(m['recall_at_5'])}  MRR {m['mrr']}",
            f"  abstention   unanswerable escalated {pct(m['unanswerable_escalated'])}  "
            f"answerable escalated {pct(m['answerable_escalated'])}",
            f"  calibration  {labels}; score AUROC {m['score_auroc']}",
            f"  latency      p50 {m['latency_ms_p50']} ms  p95 {m['latency_ms_p95']} ms",
            *generation_lines(m),
        ]
    )


def generation_lines(m: dict[str, Any]) -> list[str]:
    """The model's figures (`aipm eval --llm`); nothing for an extractive run."""
    if "generation_attempts" not in m:
        return []
    lines = [
        f"  generated    shown {pct(m['generated_shown'])} of {m['generation_attempts']} attempts;"
        f" fell back {m['fallbacks'] or 'never'}",
        f"  grounding    answers with an unsupported claim {pct(m['answers_with_unsupported'])} (before removal);"
        f" claims unsupported {pct(m['claims_unsupported'])} of {m['claims_checked']};"
        f" supported share mean {m['supported_share_mean']}",
        f"  model        p50 {m['generation_ms_p50']} ms  p95 {m['generation_ms_p95']} ms;"
        f" tokens {m['tokens_in_mean']} in, {m['tokens_out_mean']} out (mean)",
    ]
    if m.get("judge_key_point_recall") is not None:
        lines.append(f"  judge        key-point recall {pct(m['judge_key_point_recall'])} as graded by the model"
                     f" ({m['judge_graded']} graded) beside phrase match {pct(m['key_point_recall'])}")
    return lines


def format_result(title: str, result: dict[str, Any]) -> str:
    """The whole terminal report: overall, per split, per language, cross-language, then the worst cases."""
    lines = [format_metrics(title, result["metrics"])]
    for split, m in result.get("by_split", {}).items():
        lines.append(format_metrics(f"  split {split}", m))
    for lang, m in result.get("by_lang", {}).items():
        lines.append(format_metrics(f"  language {lang}", m))
    if "crosslang" in result:
        lines.append(format_metrics("  cross-language", result["crosslang"]))
    questions = result["questions"]
    wrong = [q for q in questions if q["answerable"] and not q["right"]]
    if wrong:
        lines.append(f"answerable questions whose top source was wrong ({len(wrong)}):")
        for q in wrong[:25]:
            lines.append(f"  {q['id']}: {q['question'][:70]!r} got {q['sources'][:1]} want {q['expected']} [{q['label']}]")
    empty = [q for q in questions if q["answerable"] and q["points_total"] and q["points_covered"] == 0]
    if empty:
        lines.append(f"answers that state none of their key points ({len(empty)}); `--json` has the full text:")
        for q in empty[:25]:
            lines.append(f"  {q['id']} [{q['label']}] {q['question'][:60]!r} -> {q['answer'][:90]!r}")
    return "\n".join(lines)


ROWS = [
    ("key-point recall", "key_point_recall", True),
    ("fully answered", "fully_answered", True),
    ("no key point stated", "no_point_answered", True),
    ("first line states a key point", "opens_with_point", True),
    ("confident junk (of answerable)", "confident_junk", True),
    ("junk sentences (of quoted)", "junk_sentences", True),
    ("answer length, chars", "answer_chars_mean", False),
    ("answer length, sentences", "answer_sentences_mean", False),
    ("recall@1", "recall_at_1", True),
    ("recall@5", "recall_at_5", True),
    ("unanswerable escalated", "unanswerable_escalated", True),
    ("answerable escalated", "answerable_escalated", True),
    ("high precision (top source right)", "high_precision", True),
    ("latency p95, ms", "latency_ms_p95", False),
    ("generated answer shown", "generated_shown", True),
    ("answers with an unsupported claim", "answers_with_unsupported", True),
    ("claims unsupported", "claims_unsupported", True),
    ("model latency p50, ms", "generation_ms_p50", False),
    ("model latency p95, ms", "generation_ms_p95", False),
    ("tokens in / out (mean)", "tokens", False),
    ("key-point recall, model judge", "judge_key_point_recall", True),
]


def markdown_table(title: str, result: dict[str, Any]) -> str:
    """One table, a column per slice (all, splits, languages), written by `aipm eval --markdown`."""
    columns = [("all", result["metrics"])]
    columns += [(f"split {k}", v) for k, v in result.get("by_split", {}).items()]
    columns += [(f"lang {k}", v) for k, v in result.get("by_lang", {}).items()]
    if "crosslang" in result:
        columns.append(("cross-language", result["crosslang"]))
    header = "| metric | " + " | ".join(name for name, _ in columns) + " |"
    lines = [f"### {title}", "", header, "|---" * (len(columns) + 1) + "|"]
    lines.append("| questions (with points) | " + " | ".join(f"{m['questions']} ({m['with_points']})" for _, m in columns) + " |")
    for label, key, share in ROWS:
        if key == "tokens":
            if "tokens_in_mean" in columns[0][1]:
                cells = [f"{m.get('tokens_in_mean')} / {m.get('tokens_out_mean')}" for _, m in columns]
                lines.append(f"| {label} | " + " | ".join(cells) + " |")
            continue
        if key not in columns[0][1]:
            continue  # a model figure of an extractive run
        cells = [(pct(m.get(key)) if share else str(m.get(key))) for _, m in columns]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
