"""Regexes for the `cost` rubric item (Cost and unit economics); its phrases are in phrases/cost.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "cost",
    concrete=(
        Pattern(
            r'\$\s?\d',
            'merchandise value (GMV) per search session | $4.10 | +2.0% (minimum detectable effect 1.2%)',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*(usd|dollars|cents|¢|eur|€|euros?|pence|pounds|gbp|£|chf|rupees|inr|yen)\b',
            'about 3 cents per request',
        ),
        Pattern(
            r'[£€]\s?\d',
            'Transcription and drafting cost about 3 pence per note, around £2,400 a month at full use',
        ),
        Pattern(
            r'\b\d+(,\d{3})*(\.\d+)?\s*(k|m)?\s*(input |output |prompt |completion )?tokens\b',
            'our review guidelines (condensed to about 1,200 tokens), the diff hunk, 150 lines of surrounding',
        ),
        Pattern(
            r'\bper\s+(1k|1m|million|thousand)\s+tokens\b',
            'priced at $3 per million tokens',
        ),
        Pattern(
            r'\b\d+\s*gpu[- ]?hours?\b',
            '- **Training:** monthly retrain ≈ 40 GPU-hours (≈ $120); offline LLM label generation ≈',
        ),
        Pattern(
            r'[¥￥]\s?\d',
            '每月约 ¥8000',
        ),
        Pattern(
            r'\d+(\.\d+)?\s*(元|万元|分钱|块)',
            '每次调用约 0.05 元',
        ),
        Pattern(
            r'\bp(50|90|95|99)\b.{0,20}\d+\s*(ms|s)\b',
            '| Guardrail | Search latency p95 (end to end) | 310 ms | ≤ 380 ms |',
        ),
        Pattern(
            '\\d[\\d,]*(?:\\.\\d+)?\\s*(?:円|万円|億円)',
            '月額利用料(1台3,300円×40台)',
        ),
    ),
    cue_patterns=(
        # a price per unit of work: "$0.002 per draft", "£0.60 per lease", "¥0.003 per image"
        Pattern(
            r"[$€£¥]\s?\d[\d.,]*k?\s*(?:per|a|an|each)\s+[a-z]+",
            'cost is about $0.002 per draft; at 40k refund emails a month',
        ),
    ),
)
