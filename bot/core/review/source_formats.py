"""Specs written in formats other than Markdown: what their markup means to the spec reviewer's parser.

An Org-mode file's `* DONE Problem`, LaTeX's `\\section{Why a model}`, a JSON export's `"risks": [`, a mind
map's indented branches, a Korean report's "□ 추진 배경": each heads a section. Subtitle timings, notebook cell marks, Org drawers, LaTeX
commands and a JSON export's closing brackets say nothing. `parse_spec` asks this module, line by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.documents.org_syntax import ORG_HEADLINE_RE, ORG_SETTING_RE, ORG_TABLE_RULE_RE
from bot.core.documents.structure import CUE_TIMING_RE, SPEC_BULLET_RE
from bot.core.review.wording import strip_markup, word_count

# Emacs Org mode: `#+TITLE: …` settings, `* DONE Problem` / `** Why not search` headlines (stars are levels,
# the TODO keyword is state, not words), `:PROPERTIES:` … `:END:` drawers, `|---+---|` table rules.
ORG_DRAWER_RE = re.compile(r"^\s*:[A-Za-z_]+:(?:\s.*)?$")
# LaTeX source: `\section{Why a model}` heads, `\title{…}` names the document, a line that is only a
# command (`\usepackage{xcolor}`, `\begin{itemize}`, `\toprule`) or a `%` comment says nothing.
LATEX_SECTION_RE = re.compile(r"^\\(?P<kind>part|chapter|section|subsection|subsubsection|paragraph)\*?\{(?P<text>[^{}]+)\}\s*$")
LATEX_TITLE_RE = re.compile(r"^\\title\{(?P<text>[^{}]+)\}\s*$")
LATEX_COMMAND_RE = re.compile(r"^(?:\\[A-Za-z]+\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})*\s*)+$|^%")
LATEX_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
# `"risks": [` / `"rollout": {` in a JSON export: the key names what its nested values are about.
JSON_OPENER_RE = re.compile(r'^\s*"(?P<key>[A-Za-z][\w -]{1,40})"\s*:\s*[\[{]\s*$')
# "In [2]:", "Out [1]: `(9120, 14)`": a Jupyter notebook export's cell markers.
NOTEBOOK_CELL_RE = re.compile(r"^(?:In|Out)\s*\[\d*\]:(?:\s+`[^`]*`)?\s*$")
# Korean (and Japanese) report style: "□ 추진 배경 (Background)" heads a section, "○" and "-" items sit under it.
SQUARE_HEADING_RE = re.compile(r"^\s*[□■▣◆◇]\s*(?P<text>\S.{0,58})$")
# A questionnaire (a tender's quality response, an application form): "Q3.4 Accuracy and quality assurance
# (weighting 15%, max 750 words)" heads the answer below it; its weighting and word limit are the form's.
QUESTION_HEADING_RE = re.compile(
    r"^\s*Q\s?\d+(?:\.\d+)*[.:)]?\s+(?P<text>[A-Z][^?\n]{2,80}?)\s*(?:[(（](?:weight|max|up to|\d+\s*words)[^)）]*[)）])?\s*$"
)
# The form's own label over each answer: "RESPONSE:", "Answer:", "Supplier response".
ANSWER_LABEL_RE = re.compile(r"^\s*(?:(?:our|bidder|supplier|tenderer)\s+)?(?:response|answer)\s*[:：]?\s*$", re.IGNORECASE)
# A collapsed block in Markdown (a Notion toggle, a GitHub <details>): its summary heads what it hides, and
# the lines that only open or close the block say nothing.
DETAILS_SUMMARY_RE = re.compile(r"^\s*(?:<details(?:\s[^<>]*)?>\s*)?<summary>\s*(?P<text>.*?)\s*</summary>\s*$", re.IGNORECASE)
BLOCK_TAGS_ONLY_RE = re.compile(
    r"^\s*(?:</?(?:details|summary|div|section|aside|center|figure|p|br|hr|span|a)(?:\s[^<>]*)?/?>\s*)+$", re.IGNORECASE
)
# An email's legal footer, pasted with the proposal it closes: "This email and any attachments are
# confidential…", "If you have received it in error…", "… is registered in England and Wales, company no. …".
EMAIL_FOOTER_RE = re.compile(
    r"\bthis (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may be|may contain)\b[^.]{0,30}\b(?:confidential|privileged)"
    r"|\bif you (?:have )?received (?:this|it) (?:e-?mail |message )?in error\b"
    r"|\bregistered in (?:england|scotland|wales|ireland|northern ireland)\b[^.]{0,40}\b(?:company|registration) (?:no|number)",
    re.IGNORECASE,
)
# A printed page's running header or footer, pasted from a Word or PDF export: "INTERNAL – Pennine Building
# Society<TAB>Page 4 of 4", "- 3 -", "第 2 页 共 5 页".
PAGE_FOOTER_RE = re.compile(
    r"(?:^|\s)page\s+\d+(?:\s*(?:of|/)\s*\d+)?\s*$|^[-–—]\s*\d+\s*[-–—]$|^第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?$",
    re.IGNORECASE,
)
# An issue tracker's fields, pasted with the ticket (Jira, Linear): "Labels: ai, trust-safety, q1-2027",
# "Story points: 21", "Fix Version/s: 2027.02". Filing, not content ("Labels" is no data labelling).
TRACKER_FIELD_RE = re.compile(
    r"^(?:labels|components?|fix versions?(?:/s)?|affects versions?(?:/s)?|story points|epic link|epic name|sprint|"
    r"reporter|assignee|priority|resolution|issue type)\s*:", re.IGNORECASE,
)
# Confluence wiki markup pasted as it is stored: a titled block ("{expand:title=Where the videos come from}",
# "{panel:title=On the inspector's screen|borderStyle=solid}") heads what it holds, as a <summary> does; a
# line of macros alone ("{toc:maxLevel=2}", "{expand}", "{status:colour=Yellow|title=IN REVIEW}") says nothing.
CONFLUENCE_TITLED_RE = re.compile(r"^\s*\{(?:expand|panel|section|tip|info|note|warning)(?::[^{}]*?\btitle=(?P<text>[^|{}]+)[^{}]*)\}\s*$")
CONFLUENCE_MACROS_ONLY_RE = re.compile(r"^(?:\{[a-z]+(?::[^{}]*)?\}\s*)+$")
BRACKETS_ONLY_RE = re.compile(r"^[\[\]{}(),;]+$")  # a JSON export's closing "}," or "]"
MAX_OUTLINE_HEADING_WORDS = 8



def _square_headed(lines: list[str]) -> bool:
    """Whether "□ …" lines head sections (two or more, each over its own items), not list items one under
    another ("◇ Staff cards only · 15 Mar", "◇ Eastgate branch · 5 Apr" in a project's milestones)."""
    filled = [line for line in lines if line.strip()]
    squares = [i for i, line in enumerate(filled) if SQUARE_HEADING_RE.match(line)]
    in_a_row = sum(1 for i in squares if i + 1 < len(filled) and SQUARE_HEADING_RE.match(filled[i + 1]))
    return len(squares) >= 2 and in_a_row * 2 < len(squares)

@dataclass(frozen=True)
class SourceFormat:
    """What a spec's text is written in, read once per spec."""

    org: bool = False
    latex: bool = False
    indents: tuple[int, ...] = ()  # the indentation steps its lines use, for an indented outline
    squares: bool = False  # "□ 추진 배경" lines head its sections

    @classmethod
    def of(cls, text: str, lines: list[str]) -> "SourceFormat":
        return cls(
            org=sum(1 for line in lines if ORG_SETTING_RE.match(line)) >= 2,  # an Org file opens with its settings
            latex=any(LATEX_SECTION_RE.match(line.strip()) for line in lines) and "\\" in text,
            indents=tuple(sorted({indent(line) for line in lines if line.strip()})),
            squares=_square_headed(lines),
        )

    def says_nothing(self, line: str, next_line: str | None) -> bool:
        """Filing, not content: drawers, commands, brackets, cell marks, cue timings and numbers."""
        stripped = line.strip()
        if self.org and (ORG_TABLE_RULE_RE.match(stripped) or (ORG_DRAWER_RE.match(line) and not ORG_HEADLINE_RE.match(stripped))):
            return True
        if self.latex and LATEX_COMMAND_RE.match(stripped) and not LATEX_SECTION_RE.match(stripped):
            return True
        # A subtitle file's "WEBVTT" header, and each cue's number and timing.
        cue_number = stripped.isdigit() and next_line is not None and CUE_TIMING_RE.match(next_line.strip())
        return bool(BRACKETS_ONLY_RE.match(stripped) or NOTEBOOK_CELL_RE.match(stripped) or stripped.startswith("WEBVTT")
                    or BLOCK_TAGS_ONLY_RE.match(stripped) or EMAIL_FOOTER_RE.search(stripped) or PAGE_FOOTER_RE.search(stripped)
                    or TRACKER_FIELD_RE.match(stripped) or (CONFLUENCE_MACROS_ONLY_RE.match(stripped) and not CONFLUENCE_TITLED_RE.match(stripped))
                    or ANSWER_LABEL_RE.match(stripped)
                    or CUE_TIMING_RE.match(stripped) or cue_number)

    def title(self, stripped: str) -> str | None:
        """The document's title when this line declares it (`#+TITLE:`, `\\title{…}`); "" for another setting."""
        setting = ORG_SETTING_RE.match(stripped) if self.org else None
        if setting:
            return setting["value"].strip() if setting["key"].upper() == "TITLE" else ""
        named = LATEX_TITLE_RE.match(stripped) if self.latex else None
        return named["text"].strip() if named else None

    def heading(self, line: str, *, in_code: bool = False) -> tuple[str, int] | None:
        """(text, level) when the line heads a section in this format's markup: an Org headline, a LaTeX
        section, a collapsed block's <summary>, or a JSON key over nested values (in a code fence too:
        exports are pasted in one)."""
        stripped = line.strip()
        headline = ORG_HEADLINE_RE.match(stripped) if self.org and not in_code and line.startswith("*") else None
        if headline and headline["text"]:
            return strip_markup(headline["text"]), 1 + len(headline["stars"])
        section = LATEX_SECTION_RE.match(stripped) if self.latex else None
        if section:
            return section["text"].strip(), LATEX_LEVELS[section["kind"]]
        square = SQUARE_HEADING_RE.match(line) if self.squares and not in_code else None
        if square and not square["text"].rstrip().endswith((".", "。", "다.")):
            return strip_markup(square["text"].strip()), 2
        summary = (DETAILS_SUMMARY_RE.match(line) or CONFLUENCE_TITLED_RE.match(line)) if not in_code else None
        if summary and summary["text"]:
            return strip_markup(summary["text"].strip()), 3
        question = QUESTION_HEADING_RE.match(line) if not in_code else None
        if question:
            return strip_markup(question["text"].strip()), 2
        opener = JSON_OPENER_RE.match(line)
        return (opener["key"].replace("_", " ").replace("-", " "), 2) if opener else None

    def outline_level(self, line: str, next_line: str | None) -> int:
        """A mind map or outline exported as indented plain text (XMind, OmniOutliner, a Workflowy copy): a
        short line with no bullet over deeper-indented lines heads them, one level per indentation step."""
        stripped = line.strip()
        if (not next_line or not next_line.strip() or indent(next_line) <= indent(line) or SPEC_BULLET_RE.match(line)
                or word_count(stripped) > MAX_OUTLINE_HEADING_WORDS or stripped.endswith((".", "。", ",", "，", ";", "；"))):
            return 0
        return min(1 + self.indents.index(indent(line)), 6)


def indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


# A unified diff pasted for review (`git show`, `git diff`, a pull request's patch): its headers, hunk marks
# and removed lines are the spec as it was, not as it is.
DIFF_FILE_RE = re.compile(r"^(?:diff --git |--- (?:a/|/dev/null)|\+\+\+ (?:b/|/dev/null))")
DIFF_HUNK_RE = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")


def new_side_of_diff(lines: list[str]) -> list[str]:
    """The spec a pasted diff leaves behind: context and added lines without their one-column mark,
    removed lines, file headers, hunk marks and a commit's header and message (before the first file) as
    blank lines, so line numbers hold and every line left is still a substring of the text as pasted.
    Text that is not a diff comes back as it is."""
    first = next((n for n, line in enumerate(lines) if DIFF_FILE_RE.match(line)), None)
    if first is None or not any(DIFF_HUNK_RE.match(line) for line in lines[first:]):
        return lines
    kept = [""] * first
    for line in lines[first:]:
        if DIFF_FILE_RE.match(line) or DIFF_HUNK_RE.match(line) or line.startswith(("-", "index ", "\\ No newline")):
            kept.append("")
        elif line.startswith(("+", " ")):
            kept.append(line[1:])
        else:
            kept.append(line)  # "new file mode", a second commit's text: left for the parser to judge
    return kept
