"""Tell template scaffolding from content: placeholders, examples and instructions to the writer.

PMs paste unfilled templates. "[Describe the user problem]", "TBD", "<fill in>", "e.g. retention",
"$__ per request", "delete this line before sharing" and a bare date ("Launch: next month") say what a
spec *should* contain, not what this one does, so such a unit is excluded from the review like an
injected instruction: it never makes an item present or partial, and it is never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.documents.structure import CYRILLIC_LETTERS, GREEK_LETTERS, LIST_MARK_RE, TABLE_SEPARATOR_RE
from bot.core.quoting import is_question
from bot.core.review.labels import sheet_cells
from bot.core.review.spec import ParsedSpec

# A whole bracketed prompt: [..], <..>, {..}, 【..】, 〔..〕.
BRACKETED_RE = re.compile(r"\[[^\]]*\]|<[^>]*>|\{[^}]*\}|【[^】]*】|〔[^〕]*〕")
# A value that stands for "to be written": TBD, TODO, 待定, blanks like "__" or "X%".
FILLER_RE = re.compile(
    r"\b(?:tbd|tbc|todo|tk|fill(?:ed)? in(?: later)?|to be (?:decided|defined|determined|confirmed|written)|n/?a|"
    r"none yet|xxx+|lorem ipsum|to be added(?: later)?|(?:will be )?added later|coming soon|"
    # a deferral to another team: "TBD, check with eng", "confirm with legal"
    r"(?:check|confirm|sync|align)\s+with\s+(?:eng|engineering|legal|ds|data science|finance|ops|procurement|security))\b"
    # a label answered with a dash or a question mark only ("Estimated cost: -", "监控：？"), and "not
    # assessed / not thought through yet"
    r"|[:：]\s*(?:[-–—]+|[？?]+)\s*$|未评估|待评估|尚未(?:评估|确定|考虑)|还没(?:想好|定|评估|考虑)|没想好"
    r"|待定|待补充|待填写|待确认|暂无|(?:后面|后续|之后|以后|稍后)(?:再?补充|再(?:算|定|写)(?:一下)?)|回头再?(?:算|补|看|定|写)(?:一下)?|_{2,}|\b[xyn]\s*%|[？?]{2,}",
    re.IGNORECASE,
)
# "(e.g. retention, weekly active users)", "for example: ..." : an example for the writer, not a claim.
EXAMPLE_RE = re.compile(r"[(（]\s*(?:e\.g\.|eg\.|for example|such as|例如|比如)[^)）]*[)）]", re.IGNORECASE)
# A template's hint that opens with "e.g." and names what to write ("e.g. size of the test set, who labels it,
# how each output is graded"): no number, so no measurement of this spec's own.
EXAMPLE_LINE_RE = re.compile(r"^[\W_]*(?:e\.\s?g\.|eg\.)\s+\D*$", re.IGNORECASE)
# Instructions to whoever fills the template in.
INSTRUCTION_RE = re.compile(
    r"\b(?:this template|copy this|delete (?:this|these|the) (?:line|section|text|placeholder)s?|"
    r"replace (?:this|the|each|every) (?:text|placeholder)s?|(?:every|each|the) <?placeholder>?s?|keep each answer)\b"
    r"|^instructions?\s*[:：]|本模板|此模板|复制模板|请删除|请填写|填写说明"
    # A template's hint under each heading ("_Hint: Who has the problem? How do you know?_", "Tip: …").
    r"|^[\W_]*(?:hints?|tips?|guidance for (?:the )?writers?|note to (?:the )?writer|what to write here|提示|填写提示)\s*[:：]"
    # A questionnaire's question to whoever answers it: "Describe how the accuracy will be measured …",
    # "Bidders should demonstrate a clear understanding of …".
    r"|^(?:please\s+)?(?:describe|outline|set out|tell us|give details of)\s+(?:how|what|why|your|whether|any)\b"
    r"|^(?:bidders?|suppliers?|applicants?|respondents?|tenderers?)\s+(?:should|must|are (?:asked|required) to|will need to)\b",
    re.IGNORECASE,
)
# A template's prompt set in italics under its heading ("_Who has the problem, and how do you know?_",
# "*Describe how you'll measure success …*"): a question or an order to the writer, not the writer's answer.
ITALIC_LINE_RE = re.compile(r"^(?:[-*+>]\s+)?([_*])(?!\1)(.+?)(?<![_*\s])\1\s*$")
TO_THE_WRITER_RE = re.compile(
    r"^(?:please\s+)?(?:describe|explain|give|list|state|say|name|outline|summari[sz]e|include|add|write|set out|"
    r"tell us|specify|define|identify|estimate|link|attach|replace|fill)\b|^请(?:描述|说明|列出|填写|补充|给出)",
    re.IGNORECASE,
)
BLANK_RE = re.compile(r"_{2,}|\.{4,}")
# "Launch: next month", "下个月上线", "Ship in Q3": a date with no plan says when, not how it rolls out.
WHEN_RE = re.compile(
    r"\b(?:next|this|coming)\s+(?:week|month|quarter|year|sprint)\b|\bq[1-4]\b|\bh[12]\b|\b20\d\d\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b"
    r"|\b\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\b|\bend of (?:the )?(?:week|month|quarter|year)\b|\basap\b"
    r"|下个?月|下周|下季度|本月|本季度|月底|年底|今年|明年|\d+\s*月(?:\s*\d+\s*[日号])?(?:份)?|[一二三四五六七八九十]+月(?:份)?",
    re.IGNORECASE,
)
WHEN_FILLER_RE = re.compile(
    r"\b(?:we|we'll|will|plan|planned|plans|to|the|it|is|in|by|on|at|around|for|of|feature|launch(?:es|ed|ing)?"
    r"|ship(?:s|ped|ping)?|go(?:es)?|live|release[sd]?|build|design|development|start|and|then"
    r"|target(?:ed)?|date|timeline|rollout|goal|aim|early|mid|late)\b"
    r"|上线|发布|计划|预计|时间|目标|在|前|左右|初|中旬|底",
    re.IGNORECASE,
)
TABLE_CELL_SPLIT = re.compile(r"\s*\|\s*")
# Two Chinese characters weigh one word; Greek and Cyrillic words count, a Ukrainian one with its apostrophe
# ("пам'ять", "з'ясувати") as one.
WORD_RE = re.compile(rf"[A-Za-z][A-Za-z'’\-]+|[{GREEK_LETTERS}]{{2,}}"
                     rf"|[{CYRILLIC_LETTERS}](?:[{CYRILLIC_LETTERS}]|['’ʼ`](?=[{CYRILLIC_LETTERS}]))+|[\u4e00-\u9fff]{{2}}")
# "Business metric: TBD", "**Owner:** [PM name]", "业务指标：待定": a short label, then the value.
LEAD_LABEL_RE = re.compile(r"^\s*(?:\*\*|__)?[^:：|]{1,40}?(?:\*\*|__)?[:：](?:\*\*|__)?\s*")
# "## Open questions" / "- How much will it cost per SKU?": a question left open says the item is undecided,
# the way "TBD" does; it is not the spec's answer.
OPEN_QUESTIONS_RE = re.compile(
    r"\b(?:open (?:questions?|issues|items)|unresolved|still to decide|to decide|parking lot)\b"
    r"|待定问题|待讨论|未决问题|遗留问题|开放问题|待确认问题",
    re.IGNORECASE,
)
# A form or config exported as JSON or YAML: a key left empty ("why_ai": "", "training_data": null,
# "monitoring": [], cost: ~) says nothing. A quoted key with no value at all is empty too; a bare one
# ("Risks:") heads what follows. (A key opening its nested fields, "risks": [, is their label.)
EMPTY_VALUE = r"""(?:""|''|null|~|\[\s*\]|\{\s*\})"""
EMPTY_FIELD_RE = re.compile(
    r"""^\s*(?:(?:"[^"]{1,60}"|'[^']{1,60}')\s*:\s*""" + EMPTY_VALUE + r"""?|[A-Za-z_][\w .-]{0,60}\s*:\s*"""
    + EMPTY_VALUE + r""")\s*,?\s*$""",
    re.IGNORECASE,
)
# An exam or assignment task carries its marks ("Identify three ways in which it could fail. [9 marks]"): like
# a template's prompt, it names what an answer should hold, not what the document says.
MARKED_TASK_RE = re.compile(r"[\[(]\s*\d+\s*marks?\s*[\])]\s*$", re.IGNORECASE)
MIN_CONTENT_WORDS = 3  # what is left of a line once its scaffolding is removed must say something
TEMPLATE_SHARE = 0.5  # above this share of placeholder lines, the document is an unfilled template


def _content_left(text: str) -> str:
    """The text once placeholders, examples, blanks and a lead-in label are removed."""
    text = LIST_MARK_RE.sub("", text)
    label = LEAD_LABEL_RE.match(text)
    if label and text[label.end() :].strip():
        text = text[label.end() :]
    text = EXAMPLE_RE.sub(" ", text)
    text = BRACKETED_RE.sub(" ", text)
    return FILLER_RE.sub(" ", text)


def _words(text: str) -> int:
    return len(WORD_RE.findall(text))


def only_a_date(line: str) -> bool:
    """A line that only says when ("Launch: next month", "下个月上线"): no plan, so no content."""
    text = LIST_MARK_RE.sub("", line.strip())
    label = LEAD_LABEL_RE.match(text)
    if label and text[label.end() :].strip():
        text = text[label.end() :]
    if not WHEN_RE.search(text):
        return False
    return _words(WHEN_FILLER_RE.sub(" ", WHEN_RE.sub(" ", text))) == 0


def is_placeholder(line: str) -> bool:
    """A line that holds only template scaffolding (or an instruction to the writer).

    Whole lines, not sentences: "[Describe the problem. Who is the user?]" is one placeholder."""
    text = line.strip()
    if INSTRUCTION_RE.search(text) or only_a_date(text) or EXAMPLE_LINE_RE.match(text):
        return True
    # "[Describe how you will measure success: business, user and model metrics …]" is one prompt to the
    # writer, colon and all; "[Reply from Tomás: we tried that on 12 routes …]" is an exported comment.
    bracketed = BRACKETED_RE.fullmatch(LIST_MARK_RE.sub("", text))
    if bracketed and TO_THE_WRITER_RE.match(bracketed.group(0)[1:].strip()):
        return True
    italic = ITALIC_LINE_RE.match(text)
    if italic and (is_question(italic.group(2)) or TO_THE_WRITER_RE.match(italic.group(2).strip())):
        return True
    if EMPTY_FIELD_RE.match(text):
        return True
    sheet = sheet_cells(line)
    if text.startswith("|") or sheet:
        every = sheet or [c.strip() for c in TABLE_CELL_SPLIT.split(text.strip("|"))]
        cells = [c for c in every if c]
        filled = [c for c in cells if _words(_content_left(c)) >= 1 and not BRACKETED_RE.fullmatch(c.strip())]
        # A row whose cells are all placeholders, or a label cell beside a placeholder ("| Cost | TBD |").
        scaffold = any(FILLER_RE.search(c) or BRACKETED_RE.search(c) for c in cells)
        # A sheet's row with only its short label filled in ("Cost<TAB><TAB>") was left for later.
        unfilled = bool(sheet) and len(filled) == 1 and sheet[0] == filled[0] and _words(filled[0]) <= 3
        return len(filled) <= 1 and ((len(cells) >= 2 and scaffold) or unfilled)
    if len(BLANK_RE.findall(text)) >= 2:
        return True  # a fill-in-the-blank form: "$__ per request × __ requests/month"
    had_scaffold = bool(BRACKETED_RE.search(text) or FILLER_RE.search(text) or EXAMPLE_RE.search(text))
    return had_scaffold and _words(_content_left(text)) < MIN_CONTENT_WORDS


@dataclass(frozen=True)
class TemplateCheck:
    placeholders: int  # body units that are scaffolding
    body: int  # body units in all (scaffolding included)

    @property
    def share(self) -> float:
        return self.placeholders / self.body if self.body else 0.0

    @property
    def mostly_unfilled(self) -> bool:
        return self.body > 0 and self.share > TEMPLATE_SHARE

    def warning(self) -> str:
        return (
            f"This looks like an unfilled template: {self.placeholders} of {self.body} lines are placeholders, "
            "examples or instructions to the writer (“[…]”, “TBD”, “e.g. …”). They are not read as content; "
            "fill them in and review again."
        )


def _template_hints(spec: ParsedSpec, lines: list[int], scaffold: set[int]) -> set[int]:
    """The italic line under each heading of a template, once two of them are prompts to the writer: then
    "_The minimum quality the feature must reach before it goes live, with numbers._" is the template's
    hint too, though it asks nothing."""
    headings = {u.line for u in spec.units if u.kind == "heading"}

    def under_heading(line: int) -> bool:
        before = line - 1
        while before >= 0 and not spec.lines[before].strip():
            before -= 1
        return before in headings

    hints = {line for line in lines if ITALIC_LINE_RE.match(spec.line_text(line).strip()) and under_heading(line)}
    return hints if len(hints & scaffold) >= 2 else set()


def exclude_placeholders(spec: ParsedSpec) -> TemplateCheck:
    """Mark template scaffolding as excluded; report how much of the body it was."""
    body = [u for u in spec.units if u.kind != "heading" and not u.excluded]
    lines = sorted({u.line for u in body})
    scaffold = {line for line in lines if is_placeholder(spec.line_text(line))}
    open_sections = {s.index for s in spec.sections if s.heading and OPEN_QUESTIONS_RE.search(s.heading)}
    scaffold |= {
        u.line for u in body if u.section in open_sections and spec.line_text(u.line).rstrip().endswith(("?", "？"))
    }
    scaffold |= {line for line in lines if MARKED_TASK_RE.search(spec.line_text(line))}
    # A table header ("| Failure | Likelihood | Fallback |") over rows that are all placeholders is scaffolding too.
    for line in lines:
        below = spec.lines[line + 1] if line + 1 < len(spec.lines) else ""
        if spec.lines[line].strip().startswith("|") and TABLE_SEPARATOR_RE.match(below):
            rows = [n for n in lines if n > line + 1 and spec.lines[n].strip().startswith("|")]
            table = [n for i, n in enumerate(rows) if n == line + 2 + i]
            if table and all(n in scaffold for n in table):
                scaffold.add(line)
    scaffold |= _template_hints(spec, lines, scaffold)
    for unit in body:
        if unit.line in scaffold:
            unit.excluded = True
    return TemplateCheck(placeholders=len(scaffold), body=len(lines))
