"""Junk sentences: quoted lines that are not advice (headings, titles, navigation, questions, asides).

Written apart from the answer composer on purpose: the metric must not share the composer's blind spots.
A sentence of an answer is judged only when it is quoted from the corpus; the bot's own framing lines
("I'm not confident ...", "The guidance is in Chinese ...") are not quotes and are not judged.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.documents.reading import HTML_SUFFIXES, read_pdf
from bot.core.documents.structure import unwrap
from bot.evaluation.points import BULLET, CITATION, CJK, content_words, normalise

if TYPE_CHECKING:
    from bot.core.index import KnowledgeIndex

NAVIGATION = re.compile(
    r"\b(share (this|on)|tweet this|follow (me|us)|subscribe|sign (up|in)|log ?in|read more|leave a (comment|reply)"
    r"|post comment|comment below|in the comments|your email address|click here|all rights reserved|cookies?|newsletter"
    r"|related (posts|articles)|(next|previous) (post|article)|back to top|skip to (main )?content|posted (on|by)"
    r"|written by|\d+ min read|like and share|repost|lead magnet|dm me|link in (bio|comments)|privacy policy"
    r"|terms of (service|use)|home ?[>/|»]|consult us|contact us|free consultation|book a (free )?(demo|call))(?!\w)",
    re.IGNORECASE,
)
# Names of a page's parts, which advice may mention in passing; the rest of NAVIGATION asks the reader to act.
# "login" is the noun ("give the reviewer a demo login"); "log in" asks the reader to.
PAGE_PART = re.compile(r"privacy policy|terms of (?:service|use)|cookies?|newsletter|written by|posted (?:on|by)|login")
LONG_SENTENCE_WORDS = 15
NAVIGATION_ZH = re.compile(r"点个赞|欢迎点赞|点赞[、和]?转发|点赞[、和]?收藏|请点赞|一键三连|觉得有(?:用|帮助)的话|关注我|关注公众号|扫码关注|收藏本文|评论区见|欢迎留言|阅读原文|版权所有|上一篇|下一篇|分享到|转载请注明"
                           # a page's header fields: counters, licence, who owns it, when it changed
                           r"|阅读量\s*\d|点赞数\s*\d|字数\s*[\d,]+\s*阅读|版权声明[:：]|本文链接[:：]|负责人[:：]\s*\[?@|(?:最后更新|更新时间)[:：]\s*\d{4}|已于\s*\d{4}-")
ASIDE = re.compile(
    r"\b(i (think|believe|feel|guess|reckon|suspect|hope|love|hate|personally|bet)|in my (humble )?(opinion|view|"
    r"experience)|imho|personally speaking|my (take|two cents)|hot take|(is|are) (so |totally )?overhyped|overrated"
    r"|thanks for reading|happy to (chat|help)|let me know|i('ve| have) (seen|been|written|worked)"
    r"|i('m| am) (not sure|convinced|writing|going to))\b",
    re.IGNORECASE,
)
# "Ask the vendor in writing: is our data used for training?" tells the reader what to ask: advice.
INSTRUCTION_TO_ASK = re.compile(r"^(?:ask|check|find out|confirm|clarify|verify)\b[^?:]{0,80}:\s*\S|^(?:先|再)?(?:询问|问(?!题))[^，。？?:：\s]{1,12}[:：]", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)
FIRST_PERSON_ZH = re.compile(r"(?<!自)我(?!们)")  # 我们 is "we", 自我 is "self"
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|「[^」]*」|'[^']*'(?=\W|$)")
ASIDE_ZH = re.compile(r"我认为|我觉得|个人认为|个人观点|在我看来|笔者|小编|希望对你|希望对大家|欢迎交流|以上就是|我个人")
# Markup a reader sees as code: an element's tag ("</p> <h2 class=…>") or an entity ("&#8217;", "&amp;").
MARKUP = re.compile(r"</?(?:p|div|span|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th|a|strong|em|b|i|br|figure|"
                    r"blockquote|img|section|article)\b[^<>]*>|&#x?[0-9a-f]+;|&(?:amp|lt|gt|quot|nbsp|[lr][sd]quo|hellip);",
                    re.IGNORECASE)
XML_SUFFIXES = frozenset({".xml", ".atom", ".rss", ".enex"})
MARKUP_SUFFIXES = XML_SUFFIXES | HTML_SUFFIXES
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
HTML_HEADING = re.compile(r"<(h[1-6]|title)\b[^>]*>(.*?)</\1>", re.IGNORECASE | re.DOTALL)
BOLD_RUN = re.compile(r"[\U0001D400-\U0001D7FF][\U0001D400-\U0001D7FF\s'’:,&-]*[\U0001D400-\U0001D7FF]")
TABLE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
TERMINAL = re.compile(r"[.!?。！？:：;；]$")
SPLIT = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])|\n+")
CLOSING_QUOTES = "”’」』"


def split_sentences(text: str) -> list[str]:
    """The sentences of an answer line. A Chinese sentence ends after its closing quote: '固定话术:"您好,我是
    …的情况。"' split before the quote left the quoted speech open, and its 我 read as the author's aside. A
    straight quote closes only a sentence with an odd number of them ('。"我"只能指…' opens one)."""
    parts: list[str] = []
    for part in SPLIT.split(text):
        if parts and part[:1] and parts[-1][-1:] in "。！？；" and (
                part[0] in CLOSING_QUOTES or (part[0] == '"' and parts[-1].count('"') % 2 == 1)):
            parts[-1] += part[0]
            part = part[1:]
        parts.append(part)
    return parts


def key(text: str) -> str:
    """Letters and digits only: how two spellings of one line are compared."""
    return re.sub(r"[\W_]+", "", normalise(text))


@dataclass
class Structure:
    """What the corpus says about itself: its heading and title lines, and its text for finding quotes."""

    headings: set[str] = field(default_factory=set)  # normalised heading/section lines
    items: set[str] = field(default_factory=set)  # normalised list items: short, but they are content
    rows: set[str] = field(default_factory=set)  # normalised body rows of tables, cells joined by " | "
    titles: set[str] = field(default_factory=set)  # normalised document titles
    corpus_key: str = ""

    @classmethod
    def from_index(cls, index: "KnowledgeIndex") -> "Structure":
        structure = cls()
        texts, sources = [], set()
        for _, text, meta in index.all_records():
            texts.append(text)
            structure.add_items(text)
            structure.add_title(str(meta.get("title", "")))
            for part in str(meta.get("section", "")).split(" > "):
                structure.add_heading(part)
            if meta.get("root") and meta.get("source"):
                sources.add(Path(str(meta["root"])) / str(meta["source"]))
        for path in sources:
            structure.add_source_file(path)
        structure.corpus_key = "\n".join(key(t) for t in texts)
        return structure

    def add_title(self, line: str) -> None:
        if normalise(line):
            self.titles.add(_plain(line))

    def add_items(self, text: str) -> None:
        lines = text.splitlines()
        for line, below in zip(lines, [*lines[1:], ""]):
            if BULLET.match(line):
                self.items.add(_plain(BULLET.sub("", line)))
            elif TABLE_ROW.match(line):
                cells = " | ".join(c.strip() for c in line.strip().strip("|").split("|"))
                # The row above a table's rule names its columns: a heading. The rows below are content.
                if TABLE_RULE.match(below):
                    self.add_heading(cells)
                else:
                    self.rows.add(_plain(cells))

    def add_heading(self, line: str) -> None:
        if normalise(line):
            self.headings.add(_plain(line))

    def add_source_file(self, path: Path) -> None:
        """Heading and title lines of the original document, which ingestion may have lost or mislabelled."""
        try:
            if path.suffix.lower() == ".pdf":
                raw = "\n".join(read_pdf(path.read_bytes()).pages)
            else:
                raw = path.read_text(encoding="utf-8", errors="replace")
        except Exception:  # noqa: BLE001 - an unreadable original only means fewer known headings
            return
        suffix = path.suffix.lower()
        if suffix in MARKUP_SUFFIXES:
            # Markup, read for its heading elements: a feed's or a storage-format page's lines are tags, and a
            # "<p>… at all.</p>" line is no heading; an RSS feed escapes its HTML ("&lt;h2&gt;").
            raw = html.unescape(raw) if suffix in XML_SUFFIXES and "&lt;" in raw else raw
            for _, inner in HTML_HEADING.findall(raw):
                self.add_heading(html.unescape(re.sub(r"<[^>]+>", " ", inner)))
            return
        for run in BOLD_RUN.findall(raw):
            if len(run.split()) >= 2:
                self.add_heading(run)  # 𝗯𝗼𝗹𝗱 run-in headings of social posts
        self.add_items(raw)
        lines = [line.strip() for line in unwrap(raw.splitlines())]  # a wrapped line is no heading
        seen: set[str] = set()
        for line in lines:
            match = MARKDOWN_HEADING.match(line)
            if match:
                self.add_heading(match.group(1))
            elif (_heading_shaped(line) and _plain(line) not in self.items) or (line and line in seen and len(line.split()) <= 16):
                self.add_heading(line)  # a short unpunctuated line, or a line repeated (titles are)
            seen.add(line)

    def quoted(self, sentence: str) -> bool:
        k = key(sentence)
        return len(k) >= 4 and k in self.corpus_key


def _heading_shaped(line: str) -> bool:
    """A line on its own that is short and unpunctuated: how plain text and PDFs show a heading."""
    if not line or BULLET.match(line) or line.startswith(("-", "*", "•", ">", "|")):
        return False
    if CJK.search(line):
        return len(line) <= 20 and not TERMINAL.search(line) and not re.search(r"[，,。；;]", line)
    words = line.split()
    return 1 <= len(words) <= 12 and not TERMINAL.search(line) and not re.search(r"[.!?;,]\s", line)


def _plain(line: str) -> str:
    line = normalise(re.sub(r"[*_`#]+", " ", line))
    return re.sub(r"^(?:[\divx]+[.)、]|[一二三四五六七八九十]+[、.]|[(（][\d一二三四五六七八九十]+[)）])\s*", "", line).strip(" :：")


@dataclass(frozen=True)
class AnswerSentence:
    text: str
    is_item: bool  # rendered as a list item, where a short phrase is normal
    quoted: bool
    junk: tuple[str, ...]


# The asker wants questions back ("What are the 7 questions an AI PM answers?", "该问哪些问题"). Kept apart
# from the composer's own rule (bot.core.quoting), like the rest of this module, so the metric does not
# share its blind spots.
QUESTIONS_ASKED = re.compile(r"\bquestions\b|\bwhat (?:should|do|can) (?:i|we) ask\b|哪些问题|什么问题|几个问题|问哪些", re.IGNORECASE)


def asks_for_questions(question: str) -> bool:
    return bool(QUESTIONS_ASKED.search(question))


def answer_sentences(
    answer: str, structure: Structure, *, judge_all: bool = False, asked_for_questions: bool = False
) -> list[AnswerSentence]:
    """The answer's sentences and list items, each with whether it is quoted and why it is junk.

    `judge_all`: a generated answer is written, not quoted, and every sentence of it is the model's
    to answer for, so each is judged as if quoted. `asked_for_questions`: the asker wanted questions
    ("What are the 7 questions an AI PM answers?"), so a list item that is a question is the answer."""
    out = []
    for line in CITATION.sub("\n", answer or "").splitlines():
        is_item = bool(BULLET.match(line))
        for part in split_sentences(BULLET.sub("", line)):
            part = part.strip()
            if not re.search(r"\w", part):
                continue
            quoted = judge_all or structure.quoted(part)
            reasons = junk_reasons(part, structure, is_item=is_item) if quoted else []
            if asked_for_questions and is_item:
                reasons = [reason for reason in reasons if reason != "question"]
            out.append(AnswerSentence(part, is_item, quoted, tuple(reasons)))
    return out


def junk_reasons(sentence: str, structure: Structure, *, is_item: bool = False) -> list[str]:
    """Why a quoted sentence is not advice; empty when it reads as advice."""
    reasons = []
    text = unicodedata.normalize("NFKC", sentence).strip()
    plain = _plain(text)
    chinese = bool(CJK.search(text))
    is_item = is_item or plain in structure.items  # a list item of the source, even if rendered as prose
    if text.endswith(("?", "？")) and not INSTRUCTION_TO_ASK.match(text):
        reasons.append("question")
    if plain in structure.titles or _near(plain, structure.titles, chinese):
        reasons.append("title")
    elif not is_item and (plain in structure.headings or _near(plain, structure.headings, chinese)):
        reasons.append("heading")
    elif not chinese and _starts_with_heading(text, structure.headings | structure.titles):
        reasons.append("heading")  # a heading line glued to the sentence that followed it
    # Cells joined by bars read like a breadcrumb ("Home | Blog | Guides") unless the source has them as a table row.
    # A row the answer splits at its semicolons ("… | pause expansion;" / "interview 10 accounts …") is still the row.
    crumbs = text.count(" | ") >= 2 and not any(plain in row for row in structure.rows)
    if _navigation(text) or NAVIGATION_ZH.search(text) or crumbs:
        reasons.append("navigation")
    # Guidance speaks to the reader; an author speaking of themselves ("I had no idea", "我觉得") is an aside.
    # Quoted example wording ("say 'I don't know'") is advice about wording, not the author's voice.
    unquoted = QUOTED.sub(" ", text.replace("’", "'"))
    if ASIDE.search(text) or ASIDE_ZH.search(text) or FIRST_PERSON.search(unquoted) or FIRST_PERSON_ZH.search(unquoted):
        reasons.append("aside")
    if MARKUP.search(text):
        reasons.append("markup")
    if not is_item and not reasons and _fragment(text, chinese):
        reasons.append("fragment")
    return reasons


def _units(text: str, chinese: bool) -> set[str]:
    """Words for English, character pairs for Chinese: what 'nearly the same line' is counted in."""
    if not chinese:
        return set(content_words(text))
    squashed = key(text)
    return {squashed[i : i + 2] for i in range(len(squashed) - 1)}


def _near(plain: str, lines: set[str], chinese: bool) -> bool:
    mine = _units(plain, chinese)
    if len(mine) < 2:
        return False
    for line in lines:
        theirs = _units(line, chinese)
        if len(theirs) >= 2 and len(mine & theirs) / len(mine | theirs) >= 0.8:
            return True
    return False


def _starts_with_heading(text: str, lines: set[str]) -> bool:
    """A heading glued to the sentence after it ("Version every prompt Keep prompts in ..."), anywhere in it."""
    original = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    folded = normalise(original)
    if len(folded) != len(original):
        return False  # case folding changed the length; positions would not line up
    for line in lines:
        if len(line.split()) < 2:
            continue
        start = folded.find(line + " ")
        while start != -1:
            before = original[start - 1] if start else " "
            after = original[start + len(line) + 1 : start + len(line) + 2]
            if (before == " " or not before.isalnum()) and original[start].isupper() and after.isupper():
                return True
            start = folded.find(line + " ", start + 1)
    return False


def _navigation(text: str) -> bool:
    """A call to action or a page part. A sentence of advice may name a page part ("tell users in the
    interface, not only in the privacy policy, …"): in a long sentence only a call to action counts."""
    found = [m.group(0).lower() for m in NAVIGATION.finditer(text)]
    if not found:
        return False
    if len(text.split()) <= LONG_SENTENCE_WORDS:
        return True
    return any(not PAGE_PART.fullmatch(f) for f in found)


def _fragment(text: str, chinese: bool) -> bool:
    """A line too short to advise, or a title-case line with no sentence ending: a heading by its shape."""
    if chinese:
        return len(CJK.findall(text)) < 6 and not TERMINAL.search(text)
    tokens = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if len(tokens) < 4:
        return True
    long = [t for t in tokens if len(t) > 3]
    capitalised = sum(1 for t in long if t[0].isupper())
    return not TERMINAL.search(text) and len(tokens) <= 12 and bool(long) and capitalised / len(long) >= 0.7
