"""LaTeX source (an Overleaf note, an arXiv .tex) to Markdown-ish text.

The guidance is the document body: `\\section{…}` heads, `itemize` and `description` items, tables, footnotes
(kept beside the sentence they qualify). The preamble, comments, labels, citations and the bibliography are
not guidance. A writer's own one-line macros (`\\newcommand{\\rec}[1]{\\paragraph{#1.}}`) are expanded first,
so a recommendation set with a macro reads as the heading it prints.
"""

from __future__ import annotations

import re

COMMENT_RE = re.compile(r"(?<!\\)%.*$", re.MULTILINE)
NEWCOMMAND_RE = re.compile(r"\\(?:re)?newcommand\*?\{?\\([A-Za-z]+)\}?(?:\[(\d)\])?")
HEADING_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 4}
DROPPED_ENVIRONMENTS = ("thebibliography", "figure", "tikzpicture", "comment", "verbatim")
# Commands whose arguments are references or layout, never words a reader sees.
DROPPED_COMMANDS = {"label", "ref", "cite", "citep", "citet", "pageref", "eqref", "includegraphics", "vspace", "hspace",
                    "setlength", "bibliographystyle", "bibliography", "todo", "thanks", "usepackage", "documentclass",
                    "pagestyle", "thispagestyle", "setlist", "newblock", "bibitem", "hypersetup", "input", "include"}
# An argument longer than this is a brace left open: not searched to the end of a large file for every command.
MAX_ARGUMENT_CHARS = 20_000
ESCAPES = {r"\%": "%", r"\&": "&", r"\$": "$", r"\#": "#", r"\_": "_", r"\{": "{", r"\}": "}", "``": "“", "''": "”",
           "---": "—", "--": "–", r"\ldots": "…", r"\dots": "…", r"\textendash": "–", r"\textemdash": "—"}


def is_latex(text: str) -> bool:
    return bool(re.search(r"\\(documentclass|begin\{document\}|section\*?\{)", text))


def _argument(text: str, start: int) -> tuple[str, int] | None:
    """The balanced {…} argument opening at text[start] (after spaces), and the index after it."""
    i = start
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] != "{":
        return None
    depth = 0
    for j in range(i, min(len(text), i + MAX_ARGUMENT_CHARS)):
        if text[j] == "{" and text[j - 1] != "\\":
            depth += 1
        elif text[j] == "}" and text[j - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[i + 1 : j], j + 1
    return None


def _expand_macros(text: str) -> str:
    """Expand the document's own \\newcommand macros (a few levels deep, arguments as #1…#9)."""
    macros: dict[str, tuple[int, str]] = {}
    for match in NEWCOMMAND_RE.finditer(text):
        body = _argument(text, match.end())
        if body:
            macros[match.group(1)] = (int(match.group(2) or 0), body[0])
    for _ in range(3):
        out, i, changed = [], 0, False
        for match in re.finditer(r"\\([A-Za-z]+)", text):
            name = match.group(1)
            if name not in macros or match.start() < i:
                continue
            count, body = macros[name]
            end, args = match.end(), []
            for _n in range(count):
                arg = _argument(text, end)
                if arg is None:
                    break
                args.append(arg[0])
                end = arg[1]
            if len(args) < count:
                continue
            for n, arg in enumerate(args, 1):
                body = body.replace(f"#{n}", arg)
            out.append(text[i : match.start()] + body)
            i, changed = end, True
        text = "".join(out) + text[i:]
        if not changed:
            break
    return text


def _commands_to_text(text: str) -> str:
    """Replace every remaining \\command{arg}: headings become '#' lines, dropped commands vanish, the rest
    keep their argument's words."""
    out, i = [], 0
    for match in re.finditer(r"\\([A-Za-z]+)\*?(?:\[[^\]]*\])?", text):
        if match.start() < i:
            continue
        name = match.group(1)
        out.append(text[i : match.start()])
        i = match.end()
        arg = _argument(text, i)
        if name in HEADING_LEVELS and arg:
            out.append(f"\n\n{'#' * HEADING_LEVELS[name]} {arg[0].strip().rstrip('.')}\n\n")
            i = arg[1]
        elif name == "footnote" and arg:
            out.append(f" ({arg[0].strip()})")
            i = arg[1]
        elif name in ("href", "textcolor", "colorbox") and arg:  # the second argument is the words
            second = _argument(text, arg[1])
            out.append(second[0] if second else "")
            i = second[1] if second else arg[1]
        elif name == "begin" and arg:
            i = arg[1]
            if (option := re.match(r"\s*\[[^\]]*\]", text[i:])) is not None:
                i += option.end()  # \begin{table}[h]
            if arg[0].startswith("tabular") and (spec := _argument(text, i)):
                i = spec[1]  # the column spec, {@{}llp{5.2cm}rl@{}}
        elif name in DROPPED_COMMANDS or name in ("end", "newcommand", "renewcommand"):
            while arg:  # all of its arguments
                i = arg[1]
                arg = _argument(text, i)
        elif arg:
            out.append(arg[0])
            i = arg[1]
    out.append(text[i:])
    return "".join(out)


def latex_to_markdown(source: str) -> tuple[str, str | None]:
    """The body of a LaTeX document as Markdown-ish text, and its \\title."""
    text = COMMENT_RE.sub("", source.replace("\r\n", "\n"))
    title_arg = None
    if (match := re.search(r"\\title\s*(?=\{)", text)) and (arg := _argument(text, match.end())):
        title_arg = re.sub(r"\\\\|\\[A-Za-z]+\s*|[{}]", " ", arg[0])
    text = _expand_macros(text)
    if (begin := text.find("\\begin{document}")) >= 0:
        text = text[begin + len("\\begin{document}") :]
    text = text.split("\\end{document}")[0]
    for env in DROPPED_ENVIRONMENTS:
        text = re.sub(rf"\\begin\{{{env}\*?\}}.*?\\end\{{{env}\*?\}}", "", text, flags=re.DOTALL)
    text = re.sub(r"\\begin\{abstract\}", "\n\n## Abstract\n\n", text)
    text = re.sub(r"\\item\s*\[([^\]]*)\]", r"\n- **\1** ", text)  # a description list's term
    text = re.sub(r"\\item\b\s*", "\n- ", text)
    text = re.sub(r"\\(?:top|mid|bottom)rule|\\hline|\\cline\{[^}]*\}", "", text)
    text = re.sub(r"\s*&\s*", " | ", text)
    text = re.sub(r"\\\\(?:\[[^\]]*\])?[ \t]*\n?", "\x01", text)  # a forced line break: a table row's end
    for escape, char in ESCAPES.items():
        text = text.replace(escape, char)
    for _ in range(4):  # nested commands (\emph{\textbf{…}}) come out one level per pass
        if not re.search(r"\\[A-Za-z]+\*?\s*[{\[]", text):
            break
        text = _commands_to_text(text)
    text = re.sub(r"\\[A-Za-z]+\*?", "", text).replace("~", " ").replace("{", "").replace("}", "")
    # Source lines are hard-wrapped: a paragraph is the lines between blank lines.
    blocks = [re.sub(r"\s*\n\s*(?!- )", " ", block).strip() for block in re.split(r"\n\s*\n", text)]
    blocks = [re.sub(r" *\x01 *", "\n", re.sub(r"  +", " ", block)).strip() for block in blocks]
    merged: list[str] = []
    for block in filter(None, blocks):
        rows = block.split("\n")
        if sum(" | " in row for row in rows) >= 2:  # a tabular's rows, as Markdown table rows
            block = "\n".join(f"| {row} |" if " | " in row else row for row in rows)
        if merged and block.startswith("- ") and merged[-1].startswith("- "):
            merged[-1] += "\n" + block  # a list's items stay together, one a line
        else:
            merged.append(block)
    title = re.sub(r"\s+", " ", title_arg).strip() if title_arg else None
    return "\n\n".join(merged), title
