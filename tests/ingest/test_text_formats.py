"""AsciiDoc, Jira wiki markup and caption files saved as text are read as a reader of each would see them."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.splitting import split_document
from ingest.text_formats import asciidoc_to_markdown, text_format

ASCIIDOC = """= Review queues for AI drafts
Trust Team <trust@example.com>
v1.2, 2026-10-02: Added sampling
:toc: left
:icons: font

// Maintainers: keep this under 800 words.

[[sizing]]
== Size the queue

Reviewers clear about 40 drafts an hour when each draft fits
on one screen.

.Review policy by risk
[cols="1,2",options="header"]
|===
|Risk |Policy

|Low
|A 5% weekly sample

|High
|Every draft before it is sent
|===

TIP: Route only low-confidence drafts to people; see <<sizing>>.

== Escalation

. Page the on-call lead when the queue is older than 4 hours.
. Never let a reviewer approve their own labels.footnote:[Added after the Q2 audit.]
"""

JIRA = """Projects / Helpdesk / HD-12

Define the review process for wrong answers

h3. Problem
Support gets 30 reports a week that the assistant *made something up*.

h3. Proposed process
# *Reproduce within 2 business days.* Replay the conversation on the same model.
# *Classify the cause* into one of three buckets:
## Retrieval miss
## Stale source
#* Assign it to [~mei.tanaka] (/)
{quote}Never reply "AI can make mistakes" alone.{quote}

h3. Acceptance criteria
Every confirmed report becomes a regression case in the eval set within a week.
"""

CAPTIONS = """WEBVTT
Kind: captions

NOTE
Auto-generated.

1
00:00:00.000 --> 00:00:03.840
<v Dana Whitfield>Replace the empty box with
three example prompts

2
00:00:03.840 --> 00:00:08.320
<v Dana Whitfield>built from the user's own data.
[applause]

3
00:00:08.320 --> 00:00:12.000
<v Audience>Did you try a product tour?

4
00:00:12.000 --> 00:00:16.500
<v Dana Whitfield>We did, and 80% of users skipped it,
so we teach one tip after the first answer.
"""


def load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_each_format_is_told_apart_from_plain_text():
    assert [text_format(t) for t in (ASCIIDOC, JIRA, CAPTIONS)] == ["asciidoc", "jira", "captions"]
    assert text_format("A plain page.\n\n- with a list\n- of two\n") == ""
    wiki = "= Review queues =\n\n== Size the queue ==\nText.\n\n== Escalation ==\nMore text.\n"
    assert "## Size the queue\n" in asciidoc_to_markdown(wiki) + "\n"


def test_asciidoc_sections_tables_and_lists_read_as_rendered(tmp_path):
    document = load(tmp_path, "queues.txt", ASCIIDOC)
    lines = document.text.splitlines()
    assert document.title == "Review queues for AI drafts"
    assert {"## Size the queue", "## Escalation"} <= set(lines)
    assert "Reviewers clear about 40 drafts an hour when each draft fits on one screen." in lines
    assert "Review policy by risk:" in lines and "| High | Every draft before it is sent |" in lines
    assert "Route only low-confidence drafts to people; see sizing." in lines
    assert "1. Never let a reviewer approve their own labels." in lines
    for markup in (":toc:", "[[", "|===", "TIP:", "footnote", "Maintainers", "trust@example.com", "v1.2"):
        assert markup not in document.text, markup


def test_jira_headings_and_numbered_steps_are_not_markdown_headings(tmp_path):
    document = load(tmp_path, "HD-12.txt", JIRA)
    assert document.title == "Define the review process for wrong answers"
    chunks = split_document(document.text, document.title, markdown=document.markdown_headings, limit=1200)
    assert {path.split(" > ")[-1] for path, _ in chunks} >= {"Problem", "Proposed process"}
    text = document.text
    assert "1. **Reproduce within 2 business days.** Replay the conversation on the same model." in text
    assert "   1. Retrieval miss" in text and "   - Assign it to mei.tanaka" in text
    assert "{quote}" not in text and "Never reply" in text


def test_captions_become_one_paragraph_per_speakers_turn(tmp_path):
    document = load(tmp_path, "talk.vtt", CAPTIONS)
    paragraphs = document.text.strip().split("\n\n")
    assert paragraphs[0] == ("Replace the empty box with three example prompts built from the user's own data.")
    assert paragraphs[1:] == ["Did you try a product tour?",
                              "We did, and 80% of users skipped it, so we teach one tip after the first answer."]
    assert "-->" not in document.text and "applause" not in document.text and "Auto-generated" not in document.text
    assert document.title == "talk"
