"""What a question asks for: questions back ("What are the 7 questions …?"), a thing ("What targets
should we set?" asks for targets), and its sentences in order (a PM tells the situation first)."""

from __future__ import annotations

import re

from bot.core.text import simplified, tokenize


# "What are the 7 questions an AI PM answers?", "我该问哪些问题": the asker wants questions back.
ASKS_FOR_QUESTIONS_RE = re.compile(r"\bquestions\b|\bwhat (?:should|do|can) (?:i|we) ask\b|哪些问题|什么问题|问哪些", re.IGNORECASE)


def asks_for_questions(question: str) -> bool:
    return bool(ASKS_FOR_QUESTIONS_RE.search(simplified(question)))


# "What targets should we set…", "Which kinds of metrics matter…": the thing a what/which question asks for.
ASKED_THING_RE = re.compile(r"^\W*(?:so\s+)?(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?([a-z][a-z-]+)\b"
                            r"((?:\s+[a-z][a-z-]+){0,3})", re.IGNORECASE)
# A compound names its thing last, before the verb: "What customer data should the model use" asks for data.
AUXILIARIES = frozenset("should would can could will must might do does did is are was were has have had need needs"
                        .split())
NOT_A_THING = frozenset("is are was were do does did should would can could will must might has have had if about "
                        "exactly else happens makes goes counts the a an we i you our my to of in on".split())


# Where a question's sentences start: a PM often tells the situation first and asks last ("Engineers
# ignore our review bot. What rules should we put on what it posts?", "…上线 AI 智能调价，能不能…？需要设哪些限制？").
# A space and a letter after the mark: "1.5 seconds" and "e.g." are no sentence's end.
QUESTION_SENTENCE_RE = re.compile(r"(?<=[.?!])\s+(?=[A-Za-z])|(?<=[。？！])\s*(?=\S)")


def question_sentences(question: str) -> list[str]:
    """The sentences of a question, in order (the situation first, the ask last)."""
    return [sentence for sentence in QUESTION_SENTENCE_RE.split(question.strip()) if sentence.strip()]


def asked_thing(question: str) -> str | None:
    """The token of the thing a what/which question asks for ("target" of "What targets should we set?"),
    None when it asks with a verb ("What should we…") or is not such a question. The first sentence that
    opens with what or which decides."""
    found = next(filter(None, map(ASKED_THING_RE.match, question_sentences(question))), None)
    if not found or found.group(1).lower() in NOT_A_THING:
        return None
    words = [found.group(1), *found.group(2).split()]
    verb = next((i for i, word in enumerate(words) if word.lower() in AUXILIARIES), None)
    compound = verb is not None and verb <= 3 and words[verb - 1].lower() not in NOT_A_THING
    return next(iter(tokenize(words[verb - 1] if compound else words[0])), None)


# The limits a question asks for, and the headings that answer it (bot.core.answer_lists.heading_led_list).
# "What should it never be allowed to change?", "哪些字段不许改": the question asks what must never happen. A
# heading that names its words without the negation ("What it is allowed to change") says the opposite, and
# a heading of limits ("Hard limits", "What it never does", "红线") answers.
# ("… and which shouldn't?", "能不能上线" ask which side, not for the limits.)
# "… if a store manager almost never edits" says how often, not what is forbidden.
NEVER_ASKED_RE = re.compile(r"(?<!\balmost )(?<!\bnearly )(?<!\bhardly )\b(?:never|must not|mustn't|not (?:be )?allowed|cannot|can't)\b"
                            r"|(?<!\bwhich )(?<!\band )(?<!\bor )\b(?:should not|shouldn't)\b"
                            r"|(?<!能)不能|不许|不得|(?<!可)不可|禁止|严禁|红线", re.IGNORECASE)
# "Hard constraints", "Guardrails" and "Red lines" head limits as "What we never do" does.
LIMITS_HEADING_RE = re.compile(r"\b(?:never|not|no|limits?|don'?ts?|forbidden|off-limits|constraints?|guardrails?|"
                               r"red lines?|hard rules?)\b|n't\b|不|禁止|严禁|红线|底线",
                               re.IGNORECASE)


# "Can the tool close a file by itself?", "can it just fix the splits itself??", "AI 能不能自己扣箱", "系统能不能顺手
# 把发货人拉黑": asked whether the model may act alone, its limits answer ("What the AI never does", "AI 不做的事").
_CAN_THE = r"\bcan (?:the |our |this |that )?"
_NAMED_MODEL = r"(?:ai|model|tool|bot|assistant|system)"
ACTS_ALONE_ASKED_RE = re.compile(
    rf"{_CAN_THE}(?:{_NAMED_MODEL}|it)\b(?:\s+[\w'-]+){{0,6}}?\s+"
    r"(?:itself|by itself|on its own|automatically|directly|alone)\b"
    rf"|{_CAN_THE}(?:{_NAMED_MODEL}|it)\s+just\b"
    # a decision asked of it by name: "Can the AI sign off an engine as serviceable?" (not "can it approve …", often
    # the asker's "it" for the case, not the model)
    rf"|{_CAN_THE}{_NAMED_MODEL}\s+(?:sign off|approve|decide|reject|close|release|clear|ban|block|suspend|cancel|"
    r"refund|delete|override|overrule|set the|change the|make the call)\b"
    r"|(?:AI|系统|模型|机器人|它)[，,\s]*(?:能不能|可不可以|能否|可以)\s*(?:自己|直接|自动|顺手|自行|替我们|帮我们|替人)"
    # "这个…智能工具，会自行对外放出灾害警报吗？": whatever names it, asked whether it will act on its own
    r"|(?:会不会|会|能否|能不能)\s*(?:自行|擅自|自作主张)",
    re.IGNORECASE,
)
# ... but "What can it do on its own in each band?" and "Which refunds can the assistant approve by itself?" ask
# what it does alone, which its bands answer, not its limits (guides-unseen-46's rebooking agent).
_WHAT_IT_CAN_RE = re.compile(r"\b(?:what|which)\b(?:\s+[\w'-]+){0,3}\s*$", re.IGNORECASE)


def asks_if_it_acts_alone(question: str) -> bool:
    """Whether the question asks if the model may act on its own (its limits answer), not what it does alone."""
    return any(not _WHAT_IT_CAN_RE.search(question[: match.start()])
               for match in ACTS_ALONE_ASKED_RE.finditer(question))


# ... and only a heading of what it never does answers that: "Sending limits" holds the caps it works within.
NEVER_DOES_HEADING_RE = re.compile(r"\bnever\b|\bwill not\b|\bwon't\b|\bdoes not\b|\bdoesn't\b|\bmay not\b|不做|不会|绝不|从不",
                                   re.IGNORECASE)
