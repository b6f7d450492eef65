"""Numbers written as words, as digits: "sixty thousand" → "60,000", "一百个里九十个" → "100个里90个".

PMs write numbers in prose as often as in digits ("one tube in two hundred", "forty percent", "大约八千封",
"低于百分之五"). Rules that look for a quantity ("97 of every 100", "至少 90 个", "3 years of data") see
only digits, so text is put through `digits_for_number_words` before it is matched. The result is for
matching only: it is never shown, quotes come from the original text. `quantities` reads the numbers a
sentence states the same way, for the groundedness check (a claim's against its passage's, so "thirty
percent" and "30%" agree) and for the composer (does a sentence state one at all).

Only what is unambiguously a number is rewritten. A lone "one" is a pronoun as often as a number ("no
one", "the one that"), so it becomes "1" only before a word and not after "no", "the" and the like; a
lone Chinese 一 is part of countless words (一些, 统一, 一起), so it becomes 1 only before a unit of time
("一个月", "一周"); 十分 ("very", but 十分钟 is ten minutes) and X成 ("X tenths", which the quantity rules
read as it is) are left alone.
"""

from __future__ import annotations

import re

from bot.core.text import WORD_RE, normalize

EN_SMALL = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
EN_TENS = {word: 10 * (i + 2) for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# "no one", "the one that", "every one of": "one" as a pronoun.
EN_PRONOUN_ONE = frozenset({"no", "any", "every", "each", "some", "the", "this", "that", "which", "someone"})
EN_NUMBER_WORDS = EN_SMALL | EN_TENS | EN_SCALES
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
# A run of number words: "forty-one", "sixty thousand", "a hundred", "nine hundred"; not the first half of
# a compound ("four-fifths", "one-off").
EN_RUN_RE = re.compile(
    rf"\b(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_EN_WORD})(?:(?:\s+|-)(?:{_EN_WORD}))*\b(?!-[a-z])",
    re.IGNORECASE,
)
# "one hundred and fifty": after the runs are digits, a hundreds figure "and" a smaller one is one number.
# Only a round hundreds figure joins, so "between 4 and 600" stays two numbers.
EN_AND_RE = re.compile(r"\b((?:\d{1,3},)*\d*[1-9]00) and (\d{1,2})\b")

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1_000}
ZH_BIG = {"万": 10_000, "亿": 100_000_000}
ZH_RUN_RE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
ZH_PERCENT_RE = re.compile(r"百分之([零〇一二两三四五六七八九十百]+)")
# What may follow a lone digit for it to be a count: measure words and units.
ZH_MEASURE = "个年月天周日时小分秒封条份名位次倍层步家类种人张单笔期轮遍组台款项句段篇通批%％"
# A lone 一 is a number only before a unit of time.
ZH_ONE_BEFORE = ("年", "个月", "月", "周", "天", "日", "小时", "分钟", "秒", "倍", "季度")


def small_count(word: str) -> int:
    """A count a sentence announces, written as a word or a digit: "four" → 4, "4" → 4."""
    return EN_SMALL.get(word.lower()) or int(word)


def _english_value(run: str) -> int | None:
    """The value of a run of number words, or None when the words are not one number ("one two")."""
    total, current, last = 0, 0, ""
    for word in re.split(r"[\s-]+", run.lower()):
        if word == "a":
            current, last = 1, "small"
        elif word in EN_TENS:
            if last in ("small", "tens"):
                return None
            current, last = current + EN_TENS[word], "tens"
        elif word in EN_SMALL:
            if last == "small" or (last == "tens" and EN_SMALL[word] >= 10):
                return None
            current, last = current + EN_SMALL[word], "small"
        elif word == "hundred":
            if last == "hundred":
                return None
            current, last = max(current, 1) * 100, "hundred"
        else:
            total, current, last = total + max(current, 1) * EN_SCALES[word], 0, "scale"
    return total + current


def _english(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        words = re.split(r"[\s-]+", run.lower())
        if all(word in EN_SCALES for word in words):
            # "per million tokens", "4.2 million": a scale word alone is not a number, except in
            # "9 of every hundred".
            if not text[max(0, match.start() - 6) : match.start()].lower().endswith("every "):
                return run
        if words == ["one"]:
            # "one" is a pronoun as often as a number: only before a word, and not after "no", "the", ...
            before = text[max(0, match.start() - 8) : match.start()].lower().split()
            following = text[match.end() : match.end() + 2]
            if not re.match(r"\s[a-z(]", following, re.IGNORECASE) or (before and before[-1] in EN_PRONOUN_ONE):
                return run
        value = _english_value(run)
        # Thousands with commas, as English writes them: rules for sizes read "80,000 photos".
        return run if value is None else f"{value:,}"

    text = EN_RUN_RE.sub(replace, text)
    return EN_AND_RE.sub(lambda m: f"{int(m.group(1).replace(',', '')) + int(m.group(2)):,}", text)


def _chinese_value(run: str) -> int | None:
    """The value of a run of Chinese numerals ("二十万" 200000, "一百五十" 150), or None."""
    if not any(ch in ZH_UNITS or ch in ZH_BIG for ch in run):
        # Digits only: "二〇二四" is 2024.
        return int("".join(str(ZH_DIGITS[ch]) for ch in run)) if all(ch in ZH_DIGITS for ch in run) else None
    total, section, digit = 0, 0, None
    for ch in run:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch] if digit is None else digit * 10 + ZH_DIGITS[ch]
        elif ch in ZH_UNITS:
            section += (1 if digit is None else digit) * ZH_UNITS[ch]
            digit = None
        else:
            total = (total + section + (digit or 0)) * ZH_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def _chinese(text: str) -> str:
    text = ZH_PERCENT_RE.sub(lambda m: f"{_chinese_value(m.group(1))}%", text)

    def replace(match: re.Match[str]) -> str:
        run, after = match.group(0), text[match.end() : match.end() + 2]
        if run[0] not in ZH_DIGITS and run[0] != "十":
            return run  # 万一 ("in case"), 千万 ("by all means"), 百分百
        if (run == "十" and after.startswith("分") and not after.startswith("分钟")) or after.startswith("成"):
            return run  # 十分 is "very"; 九成 is read as it is
        if len(run) == 1:
            if run == "一" and not after.startswith(ZH_ONE_BEFORE):
                return run
            if not after[:1] or after[0] not in ZH_MEASURE:
                return run
        value = _chinese_value(run)
        return run if value is None else str(value)

    return ZH_RUN_RE.sub(replace, text)


def digits_for_number_words(text: str) -> str:
    """Text with English and Chinese number words as digits, for matching (see the module docstring)."""
    return _chinese(_english(text))


# Quantities said without a number ("twice", "half", 一半), and a number as the quantity rules compare it.
EN_QUANTITY_WORDS = {"twice": "2", "double": "2", "half": "0.5", "quarter": "0.25"}
ZH_HALF_RE = re.compile(r"一半|半数")
NUMBER_RE = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:[.,]\d+)*)(?:\s*(?:%|％|percent|个百分点))?")


def quantities(text: str) -> set[str]:
    """The quantities a sentence states, normalised so "30%", "thirty percent" and "三十" compare:
    the groundedness check asks whether a claim states one its passage does not, the composer whether a
    sentence states any."""
    text = digits_for_number_words(normalize(text))
    found = {m.group(1).replace(",", "") for m in NUMBER_RE.finditer(text)}
    found.update(EN_QUANTITY_WORDS[word] for word in WORD_RE.findall(text.lower()) if word in EN_QUANTITY_WORDS)
    if ZH_HALF_RE.search(text):
        found.add("0.5")
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in found}
