"""Guidance saved as RTF, LaTeX, an email, an OPML outline, a JSON help-centre export, a Word file, a YAML
playbook, a Jupyter notebook, Confluence's XML or Word's windows-1252 HTML is read as the words a person would
read (eval/guides-unseen-10 and -11 have one page of most), and a broken one is skipped with a reason."""

from __future__ import annotations

import io
import re

import pytest

from bot.core.answering import Answerer
from ingest.loaders import SkipFile, load_document
from tests.conftest import index_of_pages

RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}{\f1\fnil\fcharset2 Symbol;}}"
    r"{\colortbl ;\red31\green56\blue100;}{\*\generator Riched20 10.0}\viewkind4\uc1" "\n"
    r"\pard\b\fs32 Beta programmes for AI features\b0\fs22\par" "\n"
    r"\pard\b Who to invite\b0\par" "\n"
    r"\pard Invite customers whose work matches the target user\rquote s, not the fans.\par" "\n"
    r"\pard{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1{\pntxtb\'B7}}Cap any one account at 10% of the cohort.\par" "\n"
    r"{\pntext\f1\'B7\tab}Run the beta for at least four weeks, caf\'e9 owners incl\u252?ded.\par" "\n"
    r"}"
)

LATEX = r"""% !TEX program = pdflatex
\documentclass{article}
\newcommand{\rec}[1]{\paragraph{#1.}}
\title{Holiday peaks:\\ \large a note}
\begin{document}
\maketitle
\section{Recommendations}\label{sec:recs}
\rec{Compare with last year}
Alert when a metric deviates by more than 2 standard deviations from the same week
last year.\footnote{Week-over-week baselines drift with the season.} See Table~\ref{t}.
\begin{itemize}
  \item Raise review sampling from 1\% to 5\% during the peak.
  \item Freeze ``prompt'' changes for 7 days before it.
\end{itemize}
\begin{tabular}{@{}ll@{}}
\toprule
Event & Slice \\
\midrule
Black Friday & 300 \\
\bottomrule
\end{tabular}
% \begin{figure} a commented-out figure \end{figure}
\begin{thebibliography}{9}\bibitem{a} A. Author. \newblock Postmortem.\end{thebibliography}
\end{document}
"""

EMAIL = (
    "Delivered-To: pm@example.com\r\nReceived: by 10.0.0.1 with SMTP\r\n"
    "From: Field Notes <notes@example.com>\r\nTo: pm@example.com\r\n"
    "Subject: =?UTF-8?Q?Say_why_you_won=E2=80=99t?=\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    "Every refusal has two halves: the no and the next step. A refusal without a ne=\r\n"
    "xt step is a dead end =E2=80=94 and dead ends are where people leave.\r\n\r\n"
    "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML copy of the same text</p>\r\n--b1--\r\n"
)

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Intake assistant notes</title><windowTop>120</windowTop></head><body>
<outline text="Intake assistant">
  <outline text="&lt;b&gt;Red flags&lt;/b&gt;" _note="The part we cannot get wrong.">
    <outline text="Checked by rules, not only by the model" _note="Keyword rules run next to the model. If either fires, it counts."/>
    <outline text="Target: zero missed red flags on the test set"/>
  </outline>
</outline></body></opml>"""

KB_EXPORT = """{"articles": [
  {"id": 1531, "url": "https://help.example.com/api/articles/1531.json", "vote_sum": 9, "draft": false,
   "title": "AI admin controls", "label_names": ["ai", "admin"],
   "body": "<p>Every AI feature must respect one org-level switch that turns all AI off.</p><h2>Audit</h2><p>Every change to an AI setting writes an audit log entry.</p>"},
  {"id": 1532, "title": "Staging access", "body": "Ask IT for a staging tenant."}
], "count": 2, "next_page": null}"""


PLAYBOOK = """# playbooks/recording-consent.yaml: rendered to the handbook by `make playbooks`
apiVersion: playbooks/v2
metadata:
  id: PB-017
  title: Recording consent for AI voice features
  owner: "@n.achterberg"
x-notices:
  chat: &chat >-
    I'm recording and transcribing this meeting. Anyone can type "stop notes"
    to stop recording for everyone.
rules:
  - id: R1
    name: Announce to late joiners
    description: >
      Anyone who joins after the start gets the same notice as a direct
      message, named "<owner first name>'s notetaker".
    notice: *chat
    why: A notice only at the start misses everyone who joins late.
---
changelog:
  - version: 2.4.0
    date: 2026-02-18
"""

NOTEBOOK = r"""{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}},
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Accuracy claims\n", "\n", "Quote the lower end of the 95% interval, not the point estimate."]},
  {"cell_type": "code", "metadata": {}, "execution_count": 3, "source": ["df = load('claims.csv')"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["rows: 9120\n"]},
               {"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo="}}]}
 ]}"""

CONFLUENCE = (
    '<ac:structured-macro ac:name="toc" ac:macro-id="9b1e"><ac:parameter ac:name="maxLevel">2</ac:parameter>'
    '</ac:structured-macro><h1>What we log</h1><p>Every model call gets one <strong>trace ID</strong> that '
    'follows the request through retrieval, the prompt and the reply.</p><ac:structured-macro ac:name="code">'
    '<ac:plain-text-body><![CDATA[trace_id = uuid4()]]></ac:plain-text-body></ac:structured-macro>'
)

WORD_HTML = (
    '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
    "<title>AI in Candidate Screening \u2013 Guidelines</title></head><body>"
    "<h1>The model never rejects anyone</h1><p class=MsoNormal>A recruiter\u2019s decision, always \u2013 "
    "the model only ranks.</p></body></html>"
).encode("cp1252")


def _loaded(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return load_document(path)


def test_rtf_is_read_as_paragraphs_with_its_bold_headings_and_bullets(tmp_path):
    document = _loaded(tmp_path, "beta.rtf", RTF)
    assert document.title == "Beta programmes for AI features"
    assert "## Who to invite" in document.text
    assert "Invite customers whose work matches the target user’s, not the fans." in document.text
    assert "- Cap any one account at 10% of the cohort.\n- Run the beta for at least four weeks, café owners incl" in document.text
    assert "ü" in document.text and not re.search(r"\\[a-z]|Calibri|Riched|\{|\}", document.text)


def test_latex_is_read_without_its_markup_preamble_or_bibliography(tmp_path):
    document = _loaded(tmp_path, "note.tex", LATEX)
    assert document.title == "Holiday peaks: a note"
    text = document.text
    assert "## Recommendations" in text and "Compare with last year" in text  # the writer's \rec macro
    assert "from the same week last year. (Week-over-week baselines drift with the season.)" in text
    assert "- Raise review sampling from 1% to 5% during the peak.\n- Freeze “prompt” changes for 7 days before it." in text
    assert "Black Friday | 300" in text
    for markup in ("\\", "{", "toprule", "Postmortem", "commented-out", "@"):
        assert markup not in text, markup


def test_an_email_is_read_as_its_subject_and_decoded_plain_text(tmp_path):
    document = _loaded(tmp_path, "issue.eml", EMAIL.encode("utf-8"))
    assert document.title == "Say why you won’t"
    assert "A refusal without a next step is a dead end — and dead ends are where people leave." in document.text
    assert "Received" not in document.text and "=E2" not in document.text and "HTML copy" not in document.text


def test_an_opml_outline_keeps_its_branches_as_headings_and_its_notes(tmp_path):
    document = _loaded(tmp_path, "notes.opml", OPML)
    assert document.title == "Intake assistant notes"
    assert "Red flags" in document.text and "<b>" not in document.text and "windowTop" not in document.text
    assert "- Checked by rules, not only by the model. Keyword rules run next to the model." in document.text
    assert "- Target: zero missed red flags on the test set" in document.text


def test_a_json_help_centre_export_is_read_article_by_article(tmp_path):
    document = _loaded(tmp_path, "kb.json", KB_EXPORT)
    assert "## AI admin controls" in document.text and "## Staging access" in document.text
    assert "Every change to an AI setting writes an audit log entry." in document.text
    for filing in ("1531", "vote_sum", "https://", "label_names", "next_page"):
        assert filing not in document.text


def test_a_word_file_is_ingested_with_its_headings(tmp_path):
    docx = pytest.importorskip("docx")
    word = docx.Document()
    word.add_heading("Pilot rules", level=1)
    word.add_paragraph("Never pilot with the team that built the feature.")
    buffer = io.BytesIO()
    word.save(buffer)
    document = _loaded(tmp_path, "pilot.docx", buffer.getvalue())
    assert "## Pilot rules" in document.text and "Never pilot with the team that built the feature." in document.text


def test_a_yaml_playbook_is_read_rule_by_rule_with_its_reasons_and_title(tmp_path):
    document = _loaded(tmp_path, "consent.yaml", PLAYBOOK)
    assert document.title == "Recording consent for AI voice features"
    text = document.text
    assert "## Announce to late joiners" in text
    assert "named \"<owner first name>'s notetaker\"." in text  # a template's placeholder is not markup
    assert "A notice only at the start misses everyone who joins late." in text  # its `why`
    assert text.count('Anyone can type "stop notes"') >= 1  # the anchor, resolved
    for filing in ("PB-017", "@n.achterberg", "playbooks/v2", "2.4.0"):
        assert filing not in text, filing


def test_a_notebook_is_read_as_its_markdown_cells(tmp_path):
    document = _loaded(tmp_path, "claims.ipynb", NOTEBOOK)
    assert document.title == "Accuracy claims"
    assert "Quote the lower end of the 95% interval, not the point estimate." in document.text
    for work in ("load(", "rows: 9120", "iVBOR", "python3"):
        assert work not in document.text, work


def test_confluence_storage_xml_is_read_as_its_page(tmp_path):
    document = _loaded(tmp_path, "logging.xml", CONFLUENCE)
    assert "What we log" in document.text
    assert "Every model call gets one trace ID that follows the request" in document.text
    assert "maxLevel" not in document.text and "ac:" not in document.text


def test_word_html_in_windows_1252_is_decoded_as_it_declares(tmp_path):
    document = _loaded(tmp_path, "screening.htm", WORD_HTML)
    assert "A recruiter’s decision, always – the model only ranks." in document.text


def test_a_numbered_step_titled_by_a_heading_stays_one_item_with_its_title_as_first_sentence(tmp_path):
    # eval/guides-unseen-12's runbook: <li><h3>title</h3><p>body</p></li>. The title ran into the body
    # ("… not after Apply the permission filter …") and left a "###" inside the bullet.
    page = ("<html><body><h2>The steps</h2><ol>"
            "<li><h3>Retrieve as the user</h3><p>Every query uses the asker's identity.</p></li>"
            "<li><h3>Why filter first?</h3><p>Hiding a citation is not a control.</p></li></ol></body></html>")
    document = _loaded(tmp_path, "runbook.html", page)
    assert "- Retrieve as the user. Every query uses the asker's identity." in document.text
    assert "- Why filter first? Hiding a citation is not a control." in document.text
    assert "###" not in document.text and "## The steps" in document.text



def test_a_data_tables_cells_stay_apart_and_a_layout_table_is_read_as_text(tmp_path):
    """<td>Follow-ups per prospect</td><td>At most 2</td> ran together ("prospectAt most 2"), so no answer
    could quote the limit (eval/guides-unseen-31's Slab post). A data table is read as Markdown rows; a
    forum's one-row frame around a comment stays text."""
    page = ("<html><body><h2>Volume limits</h2><table><thead><tr><th>Limit</th><th>Value</th></tr></thead>"
            "<tbody><tr><td>Follow-ups per prospect</td><td>At most 2</td></tr>"
            "<tr><td>Gap between emails</td><td>At least 3 business days</td></tr></tbody></table>"
            "<table><tr><td><img src='up.gif'></td><td>Cache the system prompt; it cut our bill by a third.</td></tr>"
            "</table></body></html>")
    document = _loaded(tmp_path, "limits.html", page)
    assert "| Limit | Value |\n|---|---|\n| Follow-ups per prospect | At most 2 |" in document.text
    assert "| Gap between emails | At least 3 business days |" in document.text
    assert "Cache the system prompt; it cut our bill by a third." in document.text
    assert "| Cache the system prompt" not in document.text

@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.json", '{"articles": [', "broken JSON"),
        ("ids.json", '{"ids": [1, 2, 3], "ok": true}', "no prose"),
        ("broken.opml", "<opml><body><outline text='x'>", "broken OPML"),
        ("not-mail.eml", "just some words\nwith no headers at all\n", "not an email"),
        ("not-word.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
        ("broken.yaml", "rules: [\n  - name: x\n description", "broken YAML"),
        ("ids.yaml", "id: PB-1\nversion: 2\ntags: [a, b]\n", "no prose"),
        ("code.ipynb", '{"nbformat": 4, "cells": [{"cell_type": "code", "source": "x = 1"}]}', "without any Markdown"),
    ],
)
def test_a_broken_saved_file_is_skipped_with_a_reason(tmp_path, name, content, reason):
    with pytest.raises(SkipFile, match=reason):
        _loaded(tmp_path, name, content)


def test_a_question_is_answered_from_a_latex_note_and_an_rtf_memo(tmp_path_factory, embedder):
    index = index_of_pages(tmp_path_factory, embedder, "saved", {"note.tex": LATEX, "beta.rtf": RTF})
    answer = Answerer(index.settings, index).ask("How much should we sample for human review during a holiday peak?")
    assert "from 1% to 5%" in answer.answer and "\\" not in answer.answer


def test_a_rule_with_a_name_and_only_a_reason_keeps_both_in_chinese_too():
    from ingest.exports import structured_to_markdown

    body, _ = structured_to_markdown({"rules": [{"id": "R1", "name": "先灰度", "why": "先在百分之五的用户上试用两周，指标稳定再放量。"}]})
    assert body == "## 先灰度\n\n先在百分之五的用户上试用两周，指标稳定再放量。"
