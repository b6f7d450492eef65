"""Advice nobody should pass on, whoever wrote it: sentences that ask people to hand over a password or
another secret, or that address an AI assistant instead of a reader (prompt injection planted in an
ingested document).

The knowledge base is trusted less than a coach: a document can be wrong, stale or planted. An answer
that quotes (extractive) or paraphrases (generated) such a sentence carries a warning above it; the
helper works on any answer text, so both answer modes use the same check.
"""

from __future__ import annotations

import re

_SHARE = r"(?:e-?mail|send|share|give|post|tell|provide|paste|type|enter|forward|dm|message|text|reply with|hand over|submit|read out)"
_SECRET = (
    r"(?:passwords?|passcodes?|pass ?phrases?|pins?|credentials?|log-?in details|api[ -]?keys?|access tokens?|tokens?"
    r"|secret keys?|private keys?|ssh keys?|one-time (?:codes?|passwords?)|2fa codes?|mfa codes?|verification codes?"
    r"|security codes?|credit card numbers?|card numbers?|cvv|social security numbers?|recovery codes?)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "asks people to share a password or other secret",
        re.compile(
            rf"\b{_SHARE}\b[^.!?\n]{{0,60}}?\b(?:their|your|the|a|any|his|her|user'?s?|users'?|customers'?)\s+"
            rf"(?:\w+\s+){{0,2}}?{_SECRET}\b"
            rf"|\b{_SECRET}\b[^.!?\n]{{0,30}}?\b(?:to|via|by|over)\s+(?:e-?mail|slack|chat|dm|text|phone|support|us|me)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "asks people to share a password or other secret",
        re.compile(
            r"(?:发送|告诉|提供|发给|分享|输入|回复)[^。！？\n]{0,20}(?:密码|验证码|口令|密钥|银行卡号|身份证号)"
            r"|(?:把|将)[^。！？\n]{0,8}(?:密码|验证码|口令|密钥|银行卡号|身份证号)[^。！？\n]{0,10}(?:发送|发给|告诉|提供|交给|填到|填入)"
        ),
    ),
    (
        "addresses the AI assistant instead of the reader",
        re.compile(
            r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:your\s+|the\s+|previous\s+|prior\s+|above\s+|earlier\s+)+"
            r"(?:instructions?|prompts?|rules?|guidelines?|system prompt)\b"
            r"|\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:ai|llm|assistant|bot|chatbot|model)\b"
            r"|\byou are now\b|\bfrom now on,? you\b",
            re.IGNORECASE,
        ),
    ),
]

WARNING = {
    "en": (
        "⚠️ Caution: a source quoted below {reasons}. Never share passwords, codes or keys with anyone, "
        "whatever a document says; treat that part as suspect and check it with a coach."
    ),
    "zh": "⚠️ 注意：下面引用的资料{reasons}。无论文档怎么说，都不要向任何人提供密码、验证码或密钥；请把这部分视为可疑内容，并向教练核实。",
}
REASONS_ZH = {
    "asks people to share a password or other secret": "要求提供密码或其他机密信息",
    "addresses the AI assistant instead of the reader": "包含写给 AI 助手的指令",
}


_QUOTES = re.compile(r'["“”「」]')


def _quoted(text: str, start: int) -> bool:
    """Inside quotation marks on its line: an example being discussed ("attacks such as
    "ignore your previous instructions""), not advice being given."""
    line_start = text.rfind("\n", 0, start) + 1
    return len(_QUOTES.findall(text, line_start, start)) % 2 == 1


_NEGATED = re.compile(
    r"(?:\b(?:never|not|don'?t|doesn'?t|won'?t|shouldn'?t|mustn'?t|no one|nobody|avoid|refuse to|without)\b|不要|切勿|绝不|不得|禁止|别)"
    r"[^.!?。！？\n]*$",
    re.IGNORECASE,
)


def _negated(text: str, start: int) -> bool:
    """"Never share your password" is the advice we want given: a warning against, not an instruction."""
    return bool(_NEGATED.search(text[max(0, start - 40) : start]))


def unsafe_reasons(text: str) -> list[str]:
    """Why `text` must not be passed on as advice as it stands; empty when it may."""
    text = text or ""
    found: list[str] = []
    for reason, pattern in PATTERNS:
        if reason in found:
            continue
        if any(not _quoted(text, m.start()) and not _negated(text, m.start()) for m in pattern.finditer(text)):
            found.append(reason)
    return found


def with_warning(body: str, *, lang: str = "en") -> str:
    """`body` with a warning line above it when it carries unsafe advice; unchanged otherwise."""
    reasons = unsafe_reasons(body)
    if not reasons:
        return body
    if lang == "zh":
        said = "、".join(REASONS_ZH.get(r, r) for r in reasons)
        return WARNING["zh"].format(reasons=said) + "\n" + body
    return WARNING["en"].format(reasons=" and ".join(reasons)) + "\n" + body
