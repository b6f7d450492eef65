"""What may be quoted in an answer, and what shape of answer a question asks for.

Pure text rules shared by the composer (which quotes) and the confidence judge (which checks that the
answer has the question's shape). Each pattern is here with the kind of line it is meant to catch.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.core.documents.structure import LEAD_IN_END
from bot.core.numerals import digits_for_number_words, quantities
from bot.core.page_chrome import CALL_TO_ACTION_RE, is_author_box, is_page_meta
from bot.core.text import CJK_RE, simplified, tokenize

if TYPE_CHECKING:
    from bot.core.retrieval import RetrievedChunk

FILE_NAME = r"\b[\w-]+\.(?:md|txt|html|pdf)\b"
FILE_POINTER_RE = re.compile(FILE_NAME)
# A cross-reference inside a sentence: "(see writing-an-eval-set.md)", "; see data-flywheel.md".
POINTER_CLAUSE_RE = re.compile(rf"\s*\([^()]*{FILE_NAME}[^()]*\)|[;,:]?\s*\bsee (?:also )?{FILE_NAME}", re.IGNORECASE)
MIN_WORDS_BESIDE_POINTER = 8
SEE_RE = re.compile(r"\bsee(?: also)?\b", re.IGNORECASE)
# The last clause, when it only points to files: "; see data-plan.md.", "; see human-review-workflows.md and
# data-flywheel.md.", "; data-plan.md covers what the data plan should contain."
TRAILING_POINTER_RE = re.compile(
    rf"\s*(?:;\s*(?:see (?:also )?)?[^;]*?|,\s*see (?:also )?){FILE_NAME}[^;]*?\.?\s*$", re.IGNORECASE
)


def without_trailing_pointer(sentence: str) -> str:
    """"…including evaluation data and labelling effort; see data-plan.md." quoted as "…labelling
    effort.": the words are the guide's own, and "see data-plan.md" read in Slack is a file name the PM
    cannot open, a line of navigation. A pointer inside parentheses stays: cutting it would join words the
    guide does not join."""
    if is_pointer(sentence):
        return sentence  # nothing but the pointer ("For how to close it, see …"): left whole, to be dropped
    cut = TRAILING_POINTER_RE.sub("", sentence)
    return f"{cut}." if cut != sentence and cut and cut[-1] not in ".!?" else cut


def is_pointer(sentence: str) -> bool:
    """A sentence that only sends the reader to another file ("For how to close it, see
    model-product-alignment.md.") or names files it cannot explain. A step or a claim that carries a
    cross-reference ("First, score every case in a labelled eval set (see writing-an-eval-set.md).") is
    advice: dropped, it took the first step out of a routine and the labelling and privacy parts out of a
    data plan's outline."""
    if not FILE_POINTER_RE.search(sentence):
        return False
    rest = POINTER_CLAUSE_RE.sub("", TRAILING_POINTER_RE.sub("", sentence))
    own_words = SEE_RE.sub("", FILE_POINTER_RE.sub("", sentence)).split()
    return bool(FILE_POINTER_RE.search(rest)) or len(own_words) < MIN_WORDS_BESIDE_POINTER


# A speaker's filler before the words ("So, LLM judges.", "Okay, great."): it is not part of the count.
FILLER_RE = re.compile(r"^(?:(?:so|okay|ok|um|uh|well|yeah|yes|right|great)\b[,.!]?\s*)+", re.IGNORECASE)
MARKDOWN_NOISE_RE = re.compile(r"(\*\*|__|`|^\s*>\s*|^\s*#{1,6}\s+)", re.MULTILINE)

# The shape of a question. Order matters: a list question phrased "what are the kinds of…" is a list.
LIST_Q_RE = re.compile(
    r"\b(which|what)\s+(\w+\s+){0,3}(kinds?|types?|sections?|steps?|parts?|questions?|metrics?|elements?|"
    r"categories|roles?|factors?|components?|items?|signals?|risks?|stages?|levels?|layers?|areas?|"
    r"things|principles|criteria|requirements|practices|mistakes|options)\b"
    r"|\b(list|enumerate)\b|\bstep[- ]by[- ]step\b|\bwhat (belongs|goes) in\b|\bwhat (?!if\b)(\w+\s+){0,2}(should|must|needs to|can) go in(to)?\b|\bwhat should (\w+\s+){1,8}(include|contain|cover|have)\b"
    r"|\bwhat (does|do|should) (\w+\s+){1,5}(include|contain|cover|need)\b"
    # "What should happen at each score band?", "每一关的通过标准是什么": one answer per band, a table's rows.
    r"|\b(?:at|for|in|on) (?:each|every) (?:\w+[ -]){0,2}(?:bands?|levels?|tiers?|stages?|steps?|zones?|ranges?|"
    r"grades?|phases?|speeds?|gates?|severity|severities|priority|priorities)\b"
    r"|每一?(?:级|档|关|阶段|个(?:等级|级别|阶段|档位))"
    r"|哪些|哪几|几类|几种|几个|包括什么|包含什么|分为|有什么(类|种)|列出|清单|步骤",
    re.IGNORECASE,
)
# "What habits should…", "which checks matter…", "what mistakes do teams make": a plural noun right
# after what/which asks for several things, whatever the noun.
PLURAL_Q_RE = re.compile(
    r"\b(which|what)\s+(?:(?:the|main|key|common|different|best|most|other)\s+)?(?:\w+\s+)?([a-z]{3,}s)\s+"
    r"(should|do|does|are|matter|make|can|to|would|will|must|need|exist|help)\b",
    re.IGNORECASE,
)
NOT_PLURAL = frozenset("is was has does this its less process access business analysis basis focus status bias".split())
WHY_Q_RE = re.compile(r"\bwhy\b|\bwhat is the (reason|point)\b|\bhow come\b|为什么|为何|原因|何必", re.IGNORECASE)
DEFINE_Q_RE = re.compile(
    r"^\s*(what('s| is| are| does)\b(?!.*\b(should|do i|can i|ways? to)\b)|define\b|meaning of\b)|\bmean\b|是什么|什么是|指什么|含义|意思|定义",
    re.IGNORECASE,
)
# "When should I use RAG?", "at what point…", "什么时候…": the answer is the condition, not the definition.
WHEN_Q_RE = re.compile(
    r"^\s*when\s+(should|do|does|is|are|to|can|would|must|will)\b|\bat what point\b|\bunder what (conditions|circumstances)\b"
    r"|\bin what (situations?|cases?|circumstances)\b|什么时候|何时|什么情况下",
    re.IGNORECASE,
)
# Measured (aipm eval, knowledge/ dev key-point recall): 0.6265 without, 0.630 at 0.06, 0.638 from 0.12
# on (0.18 the same); the fixture and the seeds have no such question on dev and did not move.
CONDITION_BONUS = 0.12
CONDITION_RE = re.compile(r"\b(when|whenever|if|unless|once|until|only after)\b|只有|一旦|如果|的时候|情况下|之前|之后", re.IGNORECASE)
# "What's the right way to measure …" asks how, as "the best way" does; it defines nothing.
HOW_Q_RE = re.compile(r"\bhow\b|\bwhat should\b|\bbest way\b|\bways? to\b|\btips?\b|如何|怎么|怎样|应该|建议", re.IGNORECASE)

REASON_RE = re.compile(
    r"\b(because|so that|since|otherwise|reason|that is why|leads? to|results? in|risk|fails?|without|"
    r"means|matters?|cost|lose|protects?|prevents?)\b|因为|所以|原因|否则|导致|因此|以免|避免|风险",
    re.IGNORECASE,
)
DEFINITION_RE = re.compile(r"\b(is|are|means|refers to|describes|is called)\b|是|指|即|意味着", re.IGNORECASE)
ADVICE_RE = re.compile(
    r"^(start|use|set|define|pick|choose|ask|measure|build|write|ship|add|keep|make|run|test|track|show|"
    r"provide|allow|never|always|avoid|plan|review|sample|design|give|let|treat|begin|decide)\b"
    r"|\b(should|must|need to|needs to|start by|make sure|try to)\b|需要|应该|应当|先|要|建议|可以",
    re.IGNORECASE,
)
# "Let's" with its apostrophe (or "Lets" opening the sentence): "RAG lets the team update knowledge" is a
# verb, not the author speaking.
FIRST_PERSON_CASED_RE = re.compile(
    r"(?<![\w'])(I|I'm|I've|I'd|I'll)(?![\w'])|\b(me|my|mine|myself)\b|\b[Ll]et['’]s\b|^Lets\b|我(?!们)"
)
# Words in quotation marks are someone's speech the guidance cites ('an honest "I don't know, here is who
# can help" is better than a fluent guess'), not the author speaking of themself.
QUOTED_SPEECH_RE = re.compile(r'"[^"]{1,200}"|“[^”]{1,200}”|「[^」]{1,200}」')



# "> **Guidance.** Name the eval set …", "**Tip:** …": a short bold run-in label (three words at most) that
# opens a paragraph names it, as a heading would; quoted, "Guidance." is a fragment of its own. A longer one
# ("**Guidance: who this card is for.**") says what the paragraph answers and stays.
# "**Why it matters:** …", and a callout's "> 💡 **TL;DR.** …" (its icon and quote mark before the label).
RUN_IN_LABEL_RE = re.compile(
    r"^(?:[>*\-•]\s+|[^\w\s*_]{1,3}\s+)*(\*\*|__)[^\W\d_][\w'’;-]*(?:\s[\w'’;-]+){0,2}[.:：]\1\s+(?=\S)")


def plain_sentence(sentence: str) -> str:
    """A sentence without Markdown emphasis or quote marks, ready to quote."""
    return re.sub(r"\s+", " ", MARKDOWN_NOISE_RE.sub("", sentence)).strip()


# An FAQ's answer label ("A: Start with 5%…", "答：至少 300 条…"; NFKC makes "：" a ":"): the page's layout.
ANSWER_LABEL_RE = re.compile(r"^(?:[*_]{2})?(?:A\d{0,2}|Answer|答|回答|解答)\s*:\s*(?:[*_]{2}\s*)?(?=\S)", re.IGNORECASE)


def without_run_in_label(sentence: str) -> str:
    """A paragraph's first sentence without its bold run-in label or an FAQ's "A:" (a list item keeps its
    label: "**Output goes to a customer:** review every item" says what the item is about)."""
    return ANSWER_LABEL_RE.sub("", RUN_IN_LABEL_RE.sub("", sentence.lstrip()), count=1)


def question_intent(question: str) -> str:
    """'list', 'why', 'when', 'define', 'how' or 'general': what kind of answer the question asks for."""
    question = simplified(question)  # 為什麼 asks what 为什么 asks
    plural = PLURAL_Q_RE.search(question)
    if LIST_Q_RE.search(question) or (plural and plural.group(2).lower() not in NOT_PLURAL):
        return "list"
    if WHY_Q_RE.search(question):
        return "why"
    if WHEN_Q_RE.search(question):
        return "when"
    if DEFINE_Q_RE.search(question):
        return "define"
    if HOW_Q_RE.search(question):
        return "how"
    return "general"


# "Ask the supplier in writing: are prompts retained, and for how long?", "先问自己：这个问题需要 AI 吗？":
# an instruction to ask, the questions after its colon. Advice, though it ends in a question mark.
INSTRUCTION_TO_ASK_RE = re.compile(
    r"^(?:ask|check|find out|confirm|clarify|verify)\b[^?:]{0,80}:\s*\S|^(?:先|再)?(?:问问|询问|确认|问(?!题))[^，。？?:：\s]{1,12}[:：]\s*\S",
    re.IGNORECASE,
)


# A note after a question is still the question's: "Do we tell the customer once, or under each message?
# (Legal to advise.)" in a spec's open questions.
TRAILING_NOTE_RE = re.compile(r"\s*[(（][^()（）]{1,60}[)）]\W*$")


def is_question(sentence: str) -> bool:
    """A sentence that asks rather than advises; an instruction to ask something is advice."""
    asked = TRAILING_NOTE_RE.sub("", sentence.rstrip())
    return asked.rstrip(" \"'”)").endswith(("?", "？")) and not INSTRUCTION_TO_ASK_RE.match(sentence.strip())


# A Chinese post's closing words: 以上就是…, 希望对你有帮助, 欢迎留言交流, 觉得有帮助请点赞收藏. "我们" is no
# aside by itself (guides say "we"), so these are named. 收藏 and 转发 alone are metrics (收藏率), not asks.
ZH_SIGN_OFF_RE = re.compile(
    r"^以上(?:就是|便是|是|就)|希望(?:能)?对(?:你|您|大家)有(?:所)?(?:帮助|用|启发)|欢迎(?:在评论区)?(?:留言|交流|讨论|关注|分享)"
    r"|^(?:如果|若)?(?:你|您|大家)?觉得(?:有用|有帮助|不错)|(?:请|记得|欢迎|求)(?:点赞|收藏|转发|关注|一键三连)|点赞[、和与]?(?:收藏|转发|关注|在看)|一键三连"
)
# The author's verdict on a fashion ("Prompt engineering is overrated", "RAG is overhyped"): an opinion
# to argue with, not guidance to follow.
VERDICT_RE = re.compile(
    r"\b(is|are|was|were)\s+(so\s+|totally\s+|wildly\s+|massively\s+)?(overrated|overhyped|underrated)\b"
    r"|被高估|被低估|言过其实",
    re.IGNORECASE,
)


def is_aside(sentence: str, *, first_person: bool = True) -> bool:
    """The author speaking of themself ("I learned…", "Let's dive in"), passing a verdict on a fashion
    ("… is overrated") or signing off (以上就是我们的经验，希望对你有帮助), not guidance for the reader.
    `first_person=False` lets the author's "I" through: a lead-in ("The package I now ask for has five
    parts:") announces its list in the author's voice, and the items are the advice."""
    spoken = first_person and FIRST_PERSON_CASED_RE.search(QUOTED_SPEECH_RE.sub('""', sentence))
    return bool(spoken or VERDICT_RE.search(sentence)
                or ZH_SIGN_OFF_RE.search(sentence))


def looks_like_heading(sentence: str) -> bool:
    """A title or heading line: short, no sentence punctuation, mostly capitalised words."""
    text = sentence.strip()
    if not text or text[-1] in ".!?。！？:：;；)）\"”":
        return False
    if CJK_RE.search(text):
        return len(text) <= 20 and not re.search(r"[，,。；]", text)
    words = text.split()
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(w[0].isupper() for w in long_words) if long_words else 0
    return len(words) <= 12 and (not long_words or capitalised >= 0.6 * len(long_words) or len(words) <= 4)


def quotable_sentence(sentence: str, chunk: "RetrievedChunk") -> bool:
    """May this stand as a sentence of an answer? Never a heading, title, question, aside or pointer,
    nor a line about the page itself ("This page is the source of truth for …") or its author."""
    if not sentence or is_pointer(sentence) or is_question(sentence) or is_aside(sentence):
        return False
    if is_page_meta(sentence) or CALL_TO_ACTION_RE.search(sentence) or is_author_box(chunk):
        return False
    if looks_like_heading(sentence):
        return False
    if sentence.rstrip().endswith(LEAD_IN_END) and len(sentence.split()) < 8:
        return False  # "For example:" leads nowhere once its list is gone; a full claim may stand
    lowered = sentence.casefold().rstrip(".")
    headings = [chunk.title, *chunk.section.split(" > ")]
    if any(h and (lowered == h.casefold().rstrip(".") or lowered.startswith(h.casefold() + " |")) for h in headings):
        return False
    if CJK_RE.search(sentence):
        return len(sentence) >= 8
    # A sentence ending in "?" that got this far is an instruction to ask (is_question let it through).
    if sentence.rstrip(" \"'”)")[-1:] not in ".!:;?":
        return False  # a tagline or a caption, not a sentence
    return len(sentence) >= 15 and len(FILLER_RE.sub("", sentence).split()) >= 3  # not "So, LLM judges."


def stands_alone_as_advice(sentence: str) -> bool:
    """A sentence the spec reviewer may quote as advice on its own: long enough to say something, not a
    question, an aside, a lead-in or a pointer to a file (is_pointer: one carrying a cross-reference is advice)."""
    if is_pointer(sentence) or is_question(sentence) or is_aside(sentence):
        return False
    if CJK_RE.search(sentence):
        return len(sentence) >= 8
    return len(sentence) >= 30 and len(sentence.split()) >= 5 and not sentence.rstrip().endswith(":")


@lru_cache(maxsize=4096)
def word_set(text: str) -> frozenset[str]:  # cached: the same sentences are compared at every pick
    return frozenset(tokenize(text))


def restatement(unit: Any, other: Any) -> float:
    """How much `unit` says again what `other` says: cosine of their embeddings for English; for Chinese,
    which the English-only embedder cannot read (every Chinese pair looks alike to it), word overlap."""
    if CJK_RE.search(unit.text) or CJK_RE.search(other.text) or unit.vector is None or other.vector is None:
        a, b = word_set(unit.text), word_set(other.text)
        return len(a & b) / len(a | b) if a and b else 0.0
    return float(unit.vector @ other.vector)


# "How many reviewers", "how long should the test run", "多少条": the answer is a sentence with a number in it.
QUANTITY_Q_RE = re.compile(r"\bhow (many|much|long|often|big|large|soon)\b|\bwhat (volume|size|number|share|percentage|rate)\b"
                           r"|\bat what\b|多少|多久|多长|多大|几[个条次周天月人]", re.IGNORECASE)
QUANTITY_BONUS = 0.1


def asks_for_quantity(question: str) -> bool:
    """Whether the question asks how many, how long, how much: a sentence with a number earns a little."""
    return bool(QUANTITY_Q_RE.search(simplified(question)))


def states_quantity(sentence: str) -> bool:
    return bool(quantities(sentence))


# "How long should we keep the flags?", "日志保留多久?": a period of keeping answers it ("deleted after 30 days",
# "kept for 12 months", "保存 7 天"), not any number on the page (a test set of 6,000 essays).
RETENTION_ASK_RE = re.compile(
    r"\bhow long\b.{0,40}\b(?:keep|kept|store|stored|retain|retained|hold|save|log|logged)\b|\bretention\b"
    r"|(?:保留|保存|存)(?:多久|多长时间|几天)", re.IGNORECASE)
RETENTION_RE = re.compile(
    r"\b(?:deleted|erased|purged|removed|kept|stored|retained|held|expire[sd]?)\b.{0,50}?"
    r"\b(?:after|for|within|up to|at most|no longer than)\s+(?:\d+|one|two|three|six|twelve|\w+ \d+)\s*"
    r"(?:hours?|days?|weeks?|months?|years?|school days|working days)\b"
    r"|\b\d+\s*(?:hours?|days?|weeks?|months?|years?)\b.{0,30}\b(?:deleted|erased|purged|expire)"
    r"|(?:保留|保存|留存|删除).{0,10}\d+\s*(?:小时|天|周|个月|年)|\d+\s*(?:小时|天|周|个月|年).{0,8}(?:删除|清除|销毁)",
    re.IGNORECASE)


def asks_for_retention(question: str) -> bool:
    """Whether the question asks how long something is kept."""
    return bool(RETENTION_ASK_RE.search(simplified(question)))


def states_retention(sentence: str) -> bool:
    """Whether the sentence says how long something is kept before it goes."""
    return bool(RETENTION_RE.search(digits_for_number_words(sentence)))


# "How much should we pay participants per hour?", "what hourly rate…", "外部审计机构一般收费多少？": the
# question asks for a sum of money, and only a sentence with an amount in a currency answers it. Numbers
# abound in guidance (sample sizes, percentages), so a quantity of any kind is not enough.
MONEY_WORDS = (
    "pay paid cost costs price priced pricing charge charges charged fee fees salary salaries spend worth wage wages"
).split()
MONEY_WORD_RE = re.compile(
    rf"\b(?:{'|'.join(MONEY_WORDS)})\b|多少钱|花多少|收费|定价|价格|费用|报价|工资|薪资|预算", re.IGNORECASE
)
PRICE_ASK_RE = re.compile(
    r"\bwhat (?:\w+ )?(?:salary|price|fee|wage)\b|\b(?:hourly|daily|day) rates?\b|多少钱|花多少", re.IGNORECASE
)
MONEY_AMOUNT_RE = re.compile(
    r"[$€£¥￥]\s?\d|\b(?:usd|eur|gbp|rmb|cny)\s?\d"
    r"|\d\s?(?:[kKmM]\b)?\s?(?:dollars?|usd|eur|euros?|gbp|pounds?|cents?|rmb|cny)\b"
    r"|\d\s?(?:元|块|美元|欧元|英镑|万元|角)",
    re.IGNORECASE,
)


# The money words as the tokenizer gives them: they say a price is asked, not what it is the price of.
MONEY_TERMS = frozenset(tokenize(" ".join([*MONEY_WORDS, "rate rates hourly much many per"])))


# "How do I decide how much one credit should be worth?", "怎么估算要花多少钱": asks for a method, which
# guidance can give without naming a sum.
METHOD_ASK_RE = re.compile(
    r"\bhow (?:do|should|can|would|to)\b(?: \w+)? (?:decide|estimate|calculate|work out|figure out|set|choose|pick|"
    r"determine|model|think about)\b|(?:怎么|如何|怎样)(?:估算|计算|确定|决定|定|算|设定)",
    re.IGNORECASE,
)


# An amount asked for, not a time: "how long do they have to raise it, … how do we fix the payments?" asks for a
# period and a procedure, and is no price question for its "payments".
AMOUNT_Q_RE = re.compile(r"\bhow (?:much|many)\b|\bat what\b|\bwhat (?:volume|size|number|share|percentage|rate)\b"
                         r"|多少", re.IGNORECASE)


def asks_for_price(question: str) -> bool:
    """Whether the question asks how much money: an amount question about paying, costing or charging,
    not one asking how to work the figure out."""
    text = simplified(question)
    if METHOD_ASK_RE.search(text):
        return False
    return bool(PRICE_ASK_RE.search(text) or (AMOUNT_Q_RE.search(text) and MONEY_WORD_RE.search(text)))


def states_price(text: str) -> bool:
    """Whether the text names a sum of money ("$0.004 per request", "about 2,000 dollars", "300 元")."""
    return bool(MONEY_AMOUNT_RE.search(digits_for_number_words(text)))


# "Which vector database should we use?", "what's the best LLM for contracts?", "哪家的 TTS 声音最自然？": the
# question asks which product or vendor to pick, and only a sentence naming one answers it. Guidance about
# the practice names none, however close its words ("files users upload", "长期记忆"). Not "how do we decide
# which models customers may plug in" (a method, METHOD_ASK_RE), nor "which pricing model" (no pick word).
PRODUCT_WORD = (r"(?:vendors?|providers?|suppliers?|compan(?:y|ies)|tools?|platforms?|databases?|frameworks?|"
                r"librar(?:y|ies)|engines?|services?|apis?|llms?|models?|sdks?|products?|solutions?)")
PICK_WORD = (r"(?:best|cheapest|fastest|lowest|highest|most|least|fewest|better|should (?:we|i) (?:use|buy|choose|pick|"
             r"go with|sign)|(?:to|we should|i should) (?:use|buy|choose|pick))")
PRODUCT_PICK_RE = re.compile(
    rf"\bwhich\s+(?:[\w-]+\s+){{0,3}}{PRODUCT_WORD}\b[^?.]*?\b{PICK_WORD}\b"
    rf"|\b(?:what(?:'s| is)|whats) the (?:best|cheapest|fastest|most accurate|top) (?:[\w-]+\s+){{0,2}}{PRODUCT_WORD}\b"
    r"|哪家|哪(?:个|款|种)[^，。？?]{0,12}(?:厂商|平台|工具|框架|数据库|模型|供应商|服务商|方案|产品|引擎)"
    r"[^，。？?]{0,14}(?:最|比较好|更好|好)",
    re.IGNORECASE,
)


def asks_for_product(question: str) -> bool:
    """Whether the question asks which product, vendor or tool to pick, not how to choose one."""
    text = simplified(question)
    return bool(PRODUCT_PICK_RE.search(text)) and not METHOD_ASK_RE.search(text)


def shape_bonus(unit: Any, intent: str, terms: set[str]) -> float:
    """A little extra for a unit with the shape the question asks for: a reason for why, a definition
    for what-is, advice or an item for how, an enumerating sentence for a list."""
    text = unit.text
    if intent == "why" and REASON_RE.search(text):
        return 0.08
    if intent == "define" and DEFINITION_RE.search(text) and terms & set(tokenize(text)):
        return 0.08
    if intent == "when" and CONDITION_RE.search(text):
        return CONDITION_BONUS
    if intent == "how" and (ADVICE_RE.search(text) or unit.kind == "item"):
        return 0.05
    if intent == "list" and unit.kind == "prose" and text.count(",") + text.count("，") + text.count("、") >= 2:
        return 0.06  # a sentence that enumerates is the prose form of a list
    return 0.0
