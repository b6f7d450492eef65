"""Headings as the analyser matches them, and which heading phrases are specific enough to name an item."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.review.wording import is_cjk_phrase, matching_form, strip_markup

if TYPE_CHECKING:
    from bot.core.review.rubric import RubricItem

# Emoji and symbols opening a heading ("🚀 Launch", "⚠️ Risks", "✅ Bar for turning it on") carry no words.
LEADING_SYMBOLS_RE = re.compile(r"^[^\w(（]+")
# A project tool's grouping word before the name: "Section: Switching it on" (Asana), "Part 2: Data"; a
# contract's or tender's clause or article: "Cláusula 3. Resultados que se persiguen"; a Polish answer's point by
# point reply: "Ad 4. Wyniki pilotażu" (to the interpellation's question 4).
GROUP_LABEL_RE = re.compile(
    r"^\s*(?:(?:section|part|chapter|clause|article|cl[áa]usula|art[íi]culo|cap[íi]tulo|apartado)\s*\d*|ad\s+\d+)"
    r"\s*[:.\-–—]\s+",
    re.IGNORECASE)
NUMBERING_RE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)．、）]?|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[a-z][.)]|[ivx]+[.)])\s*"
)


# "활용 데이터 (Data)", "リスク（Risks）": a heading in another script glossed in English, as Korean and
# Japanese reports often do; the gloss is what the rubric's heading phrases can match.
GLOSS_RE = re.compile(r"^(?P<native>.+?)\s*[(（](?P<gloss>[A-Za-z][A-Za-z /&'’-]*)[)）]\s*$")
OTHER_SCRIPT_RE = re.compile(r"[\uac00-\ud7af\u3040-\u30ff]")  # Hangul, kana: no heading phrase is written in them


def bare_heading(text: str) -> str:
    """A heading's words as written: no Markdown, no leading emoji, no group label ("Clause 73."), no numbering."""
    return NUMBERING_RE.sub("", GROUP_LABEL_RE.sub("", LEADING_SYMBOLS_RE.sub("", strip_markup(text)))).strip()


def heading_key(text: str) -> str:
    """A heading as matched: its bare words (bare_heading) in the matching form heading phrases are compiled
    in (lower case, "couldn't" spelled "could not"), so a contraction can match."""
    plain = bare_heading(text)
    glossed = GLOSS_RE.match(plain)
    if glossed and OTHER_SCRIPT_RE.search(glossed["native"]):
        plain = glossed["gloss"]
    return matching_form(plain)


# "RollGuard", "WrakRadar": a product's coined name alone as a heading says what follows is about the product, not
# which item; its word pieces ("roll") resemble rubric headings ("Rollout") by embedding, by spelling only.
COINED_NAME_RE = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+")


def is_coined_name(text: str) -> bool:
    """Whether a heading is only a coined product name ("Clause 73. RollGuard", "3. OccuSense")."""
    return bool(COINED_NAME_RE.fullmatch(bare_heading(text)))


NAME_STOPWORDS = frozenset("and or the of for to a an with".split())


def is_strong_phrase(item: "RubricItem", phrase: str) -> bool:
    """A heading phrase specific to the item ("Launch bar", "What could go wrong"), not a generic
    word ("Timeline", "Background", "Goals") that many documents use for other things."""
    if phrase in item.cues.phrases:
        return True
    if is_cjk_phrase(phrase):
        return len(phrase) >= 3
    words = re.findall(r"[a-z0-9']+", phrase)
    if len(words) >= 2:
        return True
    name_stems = {w[:6] for w in re.findall(r"[a-z]+", item.name.lower()) if w not in NAME_STOPWORDS}
    return any(w[:6] in name_stems for w in words)


# "Evaluation approach", "Rollout strategy": a light head noun after another item's name is that item's
# approach or plan, not the technical approach.
LIGHT_HEAD_NOUNS = frozenset({"approach", "method", "methodology", "strategy", "plan", "process", "framework"})


def only_a_light_head(phrases: list[str], others: list[str], parts: list[str]) -> bool:
    """Whether an item's heading `phrases` are all light head nouns, each closing a part of the heading
    after another item's phrase (`others`): then the heading belongs to that other item alone."""
    light = [phrase for phrase in phrases if phrase in LIGHT_HEAD_NOUNS]
    return bool(light) and len(light) == len(phrases) and any(
        part.endswith(" " + phrase) and any(other in part[: -len(phrase)] for other in others)
        for part in parts for phrase in light
    )
