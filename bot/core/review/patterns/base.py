"""The shape of an item's matching patterns: phrase lists, read from patterns/phrases/<item>.yml, and regular
expressions, each regex with an example."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from bot.core.review.errors import RubricError


@dataclass(frozen=True)
class Pattern:
    """A regular expression (matched case-insensitively on the spec's matching form) and a sentence it must
    match; tests/core/test_review_patterns.py checks every example, so a pattern cannot rot silently."""

    regex: str
    example: str
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, re.IGNORECASE))


@dataclass(frozen=True)
class ItemPatterns:
    """How one rubric item is recognised in a spec.

    headings      lower-case phrases; a section heading containing one is about the item
    word_headings the same, in languages the English-only embedder reads as noise (Vietnamese, Turkish): matched
                  by their words alone, never by resemblance, which drew "Results" or "我们要做 AI 穿搭顾问" to
                  whichever item a Turkish or Vietnamese phrase happened to sound like
    conventional  the generic headings among `headings` that by convention hold the item ("Background"
                  for the problem, "Risks" for failure modes): a section headed by one alone addresses
                  the item however thin its body, so it is at least `partial`; other generic headings
                  ("Timeline", "Next steps") count only when their body talks about the item
    cues          lower-case phrases; a line containing one talks about the item
    mentions      everyday words that show a line is about the item without saying anything specific
                  ("出故障", "收费", "never saw"): they find the item, so it is not `missing`, but unlike a
                  cue they add nothing towards `present`, which needs numbers, names or mechanisms
    vague         lower-case phrases that signal hand-waving about the item
    concrete      regexes for the specifics that make the item present (a number on its metric, a named model)
    cue_patterns  regexes that, like cues, show a line talks about the item
    quantities    whether a bare quantity on the item's topic (a %, a duration, an amount) is one of its
                  specifics: not for the approach, where "3 years of sales" describes the data, not the choice
    implied_from  words of content from which the labelled specs always address the item somehow, named
                  or not (what the AI does): where nothing names it, it is `partial` ("no sentence states it
                  outright"), with no quote, not `missing`; 0 for items a long spec can truly leave out
    """

    headings: tuple[str, ...] = ()
    word_headings: tuple[str, ...] = ()
    conventional: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    concrete: tuple[Pattern, ...] = ()
    cue_patterns: tuple[Pattern, ...] = ()
    quantities: bool = True
    implied_from: int = 0


# Romanian is often typed with no diacritics ("învățare automată" as "invatare automata"); ș and ț also arrive in
# their older cedilla forms (ş, ţ), which matching_form reads as one with the comma forms.
ROMANIAN_PLAIN = str.maketrans("ăâîșşțţ", "aaisstt")


def typed_plain(phrases: tuple[str, ...], *plain_forms: dict[int, str]) -> tuple[str, ...]:
    """Each phrase as written and as typed without its diacritics, once per way of dropping them."""
    forms = (form for phrase in phrases for form in (phrase, *(phrase.translate(plain) for plain in plain_forms)))
    return tuple(dict.fromkeys(forms))


# Croatian is often typed with no diacritics in chat and email ("točnost" as "tocnost", "đ" as "dj" or "d").
CROATIAN_PLAIN = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"})
CROATIAN_PLAIN_D = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "d"})
# Slovak is often typed with no diacritics in chat and email ("presnosť" as "presnost", "ľudský" as "ludsky").
SLOVAK_PLAIN = str.maketrans("áäčďéíĺľňóôŕšťúýž", "aacdeillnoorstuyz")
# Slovenian is often typed with no diacritics in chat and email ("natančnost" as "natancnost", "ščiti" as "sciti").
SLOVENIAN_PLAIN = str.maketrans("čšž", "csz")
# Lithuanian is often typed with no diacritics in chat and email ("sąnaudos" as "sanaudos", "žmogaus priežiūra" as
# "zmogaus prieziura").
LITHUANIAN_PLAIN = str.maketrans("ąčęėįšųūž", "aceeisuuz")


# The phrase lists of ItemPatterns, the keys of a patterns/phrases/<item>.yml file.
PHRASE_LISTS = ("headings", "word_headings", "conventional", "cues", "mentions", "vague")
# Languages whose phrases a phrase file lists once, as written, for the loader to add their plain forms: each
# language's ways of typing without diacritics (Croatian's "đ" as "dj" and as "d"). A word whose plain form is
# another language's or English (Romanian "costă" and Italian "costa") is listed outside its key.
TYPED_PLAIN: dict[str, tuple[dict[int, str], ...]] = {
    "Romanian": (ROMANIAN_PLAIN,),
    "Croatian": (CROATIAN_PLAIN, CROATIAN_PLAIN_D),
    "Slovak": (SLOVAK_PLAIN,),
    "Slovenian": (SLOVENIAN_PLAIN,),
    "Lithuanian": (LITHUANIAN_PLAIN,),
}


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """yaml.safe_load keeps the last of two `cues:` keys without a word: a second list added by mistake would
    silently replace the first. This loader refuses a repeated key instead. It parses with libyaml where PyYAML
    has it: the fourteen phrase files are read when the review package is imported, and the pure-Python parser
    took about half a second over them."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({str(key) for key in keys if keys.count(key) > 1})
        if repeated:
            raise yaml.constructor.ConstructorError(None, None, f"repeated key(s) {repeated}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def parse_phrases(text: str, source: str) -> dict[str, tuple[str, ...]]:
    """An item's phrase lists from YAML text, or RubricError naming `source` and the list that is wrong.

    The text maps each of PHRASE_LISTS it uses (a list left out is empty) to its entries, in order. An entry
    is a phrase, or a one-key mapping `Romanian: [phrases]`, `Croatian: [phrases]`, `Slovak: [phrases]`,
    `Slovenian: [phrases]` or `Lithuanian: [phrases]`, which stands for those phrases as written and as typed without
    their diacritics (`typed_plain` with the language's TYPED_PLAIN tables), so each phrase is followed by its plain
    forms.
    Order is kept as written: it is the order matches are reported in.
    """
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader that refuses repeated keys
    except yaml.YAMLError as exc:
        raise RubricError(f"{source} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RubricError(f"{source} must map phrase lists ({', '.join(PHRASE_LISTS)}) to their phrases")
    unknown = [str(name) for name in raw if name not in PHRASE_LISTS]
    if unknown:
        raise RubricError(f"{source}: unknown phrase lists {unknown}; known: {', '.join(PHRASE_LISTS)}")
    return {name: _phrase_list(entries, f"{source}, {name}") for name, entries in raw.items()}


def _phrase_list(entries: object, where: str) -> tuple[str, ...]:
    if not isinstance(entries, list):
        raise RubricError(f"{where}: must be a list of phrases")
    phrases: list[str] = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            phrases.extend(_phrases([entry], f"{where}, entry {number}"))
        elif len(entry) == 1 and (language := next(iter(entry))) in TYPED_PLAIN:
            written = _phrases(entry[language], f"{where}, entry {number} ({language})")
            phrases.extend(typed_plain(tuple(written), *TYPED_PLAIN[language]))
        else:
            raise RubricError(f"{where}, entry {number}: a mapping must be one of {sorted(TYPED_PLAIN)}: [phrases]")
    return tuple(phrases)


def _phrases(values: object, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not values:
        raise RubricError(f"{where}: must be a non-empty list of phrases")
    phrases: list[str] = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise RubricError(f"{where}: {value!r} is not a phrase (quote it if YAML read it as another type)")
        phrases.append(value)
    return tuple(phrases)


def load_phrases(item_id: str) -> dict[str, tuple[str, ...]]:
    """The phrase lists in patterns/phrases/<item_id>.yml, shipped with the package (see `parse_phrases`)."""
    source = f"bot/core/review/patterns/phrases/{item_id}.yml"
    try:
        path = resources.files("bot.core.review.patterns") / "phrases" / f"{item_id}.yml"
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RubricError(f"{source} is missing: every item in patterns/__init__.py needs its phrase file") from exc
    return parse_phrases(text, source)


def item_patterns(
    item_id: str,
    *,
    concrete: tuple[Pattern, ...] = (),
    cue_patterns: tuple[Pattern, ...] = (),
    quantities: bool = True,
    implied_from: int = 0,
) -> ItemPatterns:
    """An item's patterns: its phrase lists from patterns/phrases/<item_id>.yml, its regexes and flags as given."""
    phrases = load_phrases(item_id)
    return ItemPatterns(
        headings=phrases.get("headings", ()),
        word_headings=phrases.get("word_headings", ()),
        conventional=phrases.get("conventional", ()),
        cues=phrases.get("cues", ()),
        mentions=phrases.get("mentions", ()),
        vague=phrases.get("vague", ()),
        concrete=concrete,
        cue_patterns=cue_patterns,
        quantities=quantities,
        implied_from=implied_from,
    )
