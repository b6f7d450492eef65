"""Spec files in every accepted format become reviewable text; bad input gets a clear SpecError."""

from __future__ import annotations

import io

import pytest

from bot.core.review.documents import MAX_SPEC_CHARS, SpecError, spec_text_from_bytes
from bot.core.review.reviewer import Reviewer

PROBLEM = (
    "Support agents spend 2.4 minutes per ticket on manual triage; in a time study of 11 agents this was "
    "70 agent-hours per week, and we interviewed 14 agents about re-routing."
)
ROLLOUT = "Shadow mode for 2 weeks, then a pilot on 10% of tickets behind a feature flag, then an A/B test."


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Ticket triage spec", 0)
    document.add_heading("Problem", level=1)
    document.add_paragraph(PROBLEM)
    document.add_heading("Rollout", level=1)
    document.add_paragraph(ROLLOUT)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Metric", "Target"
    table.cell(1, 0).text, table.cell(1, 1).text = "CSAT", "4.2"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf() -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["pdf.fonttype"] = 42  # TrueType text, so the words can be extracted again
    figure = plt.figure(figsize=(8.5, 11))
    lines = ["Problem", PROBLEM[:95], PROBLEM[95:], "Rollout", ROLLOUT]
    for number, line in enumerate(lines):
        figure.text(0.05, 0.95 - number * 0.03, line, fontsize=9)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    plt.close(figure)
    return buffer.getvalue()


def test_docx_keeps_headings_paragraphs_and_tables():
    text = spec_text_from_bytes("spec.docx", make_docx())
    assert "# Ticket triage spec" in text and "## Problem" in text and "## Rollout" in text
    assert PROBLEM in text and ROLLOUT in text
    assert "| CSAT | 4.2 |" in text


def test_pdf_text_is_extracted_and_wrapped_lines_rejoined():
    text = spec_text_from_bytes("spec.pdf", make_pdf())
    assert "Problem" in text and "Rollout" in text
    assert "manual triage" in text and "feature flag" in text


@pytest.mark.parametrize("name", ["spec.md", "spec.txt", "pasted"])
def test_markdown_and_text_are_read_as_they_are(name):
    raw = f"## Problem\n\n{PROBLEM}\n".encode("utf-8-sig")
    assert spec_text_from_bytes(name, raw) == f"## Problem\n\n{PROBLEM}\n"


def test_gb18030_text_is_decoded():
    raw = "## 问题\n坐席每天花两小时处理重复问题。".encode("gb18030")
    assert spec_text_from_bytes("spec.txt", raw).startswith("## 问题")


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "md", "txt"])
def test_every_format_is_reviewed(reviewer, fmt):
    raw = {
        "docx": make_docx,
        "pdf": make_pdf,
        "md": lambda: f"# Ticket triage\n\n## Problem\n\n{PROBLEM}\n\n## Rollout\n\n{ROLLOUT}\n".encode(),
        "txt": lambda: f"TICKET TRIAGE\n\nPROBLEM\n\n{PROBLEM}\n\nROLLOUT\n\n{ROLLOUT}\n".encode(),
    }[fmt]()
    text = spec_text_from_bytes(f"spec.{fmt}", raw)
    review = reviewer.review(text)
    assert review.item("problem").status == "present"
    assert review.item("rollout").status != "missing"
    assert review.item("cost").status == "missing"
    for result in review.items:
        assert all(quote in text for quote in result.evidence)


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("spec.md", b"", "empty"),
        ("spec.md", b"  \n\t\n", "empty"),
        ("-", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "does not look like text"),
        ("spec.txt", b"x" * (MAX_SPEC_CHARS + 1), "50,000"),
        ("spec.pdf", b"not a pdf at all", "not a PDF"),
        ("spec.docx", b"PK\x03\x04 broken zip", ".docx"),
        ("spec.doc", b"\xd0\xcf\x11\xe0 legacy word", "not supported"),
    ],
)
def test_bad_input_gets_one_clear_line(name, raw, message):
    with pytest.raises(SpecError, match=message) as caught:
        spec_text_from_bytes(name, raw)
    assert "\n" not in str(caught.value)


def test_exactly_the_limit_is_accepted():
    text = ("word " * (MAX_SPEC_CHARS // 5))[:MAX_SPEC_CHARS]
    assert len(spec_text_from_bytes("spec.txt", text.encode())) == MAX_SPEC_CHARS


def test_an_html_page_is_read_with_its_headings_and_markdown_with_stray_tags_is_left_alone(reviewer):
    page = (
        "<h1>GL coding suggestions</h1>\n<h2>Problem</h2>\n<p>AP clerks code 52,000 invoice lines a month by hand; "
        "close slips two days and auditors flagged 3.8% of lines as miscoded last year.</p>\n"
        "<h2>Goal</h2>\n<ul><li>Miscoded lines from 3.8% to under 1.5% by Q4</li></ul>\n"
    )
    text = spec_text_from_bytes("spec.html", page.encode())
    assert "## Problem" in text and "<p>" not in text
    review = reviewer.review(page)  # pasted as is, not uploaded
    problem = review.item("problem")
    assert problem.status != "missing"
    assert all("<" not in quote and quote in text for quote in problem.evidence)
    markdown = "# Spec\n\nLine one<br>line two.\n\n## Problem\nClerks code 52,000 lines a month.</p>\n"
    assert spec_text_from_bytes("spec.md", markdown.encode()) == markdown


def test_a_huge_html_page_is_refused_before_it_is_parsed():
    page = "<html><body>" + "<p>filler paragraph</p>" * 60_000 + "</body></html>"
    with pytest.raises(SpecError, match="HTML page is"):
        spec_text_from_bytes("page.html", page.encode())


def test_an_rtf_spec_saved_from_wordpad_is_reviewed_with_its_bold_headings(reviewer):
    rtf = (
        r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}{\colortbl ;\red0\green0\blue0;}\viewkind4\uc1" "\n"
        r"\pard\b Problem\b0\par" "\n"
        r"\pard Our 40 agents spend 6 minutes on each of 9,000 tickets a month routing them by hand.\par" "\n"
        r"\pard\b Rollout\b0\par" "\n"
        r"\pard Two agents for two weeks, then one ticket in four, then everyone if accuracy holds.\par}"
    ).encode("ascii")
    text = spec_text_from_bytes("spec.rtf", rtf)
    assert text.startswith("## Problem") and "\\par" not in text and "Calibri" not in text
    review = reviewer.review(text)
    assert review.item("problem").status != "missing" and review.item("rollout").status != "missing"
    assert all(quote in text for result in review.items for quote in result.evidence)
