"""MediaWiki source, Markdown carrying HTML or MDX, and video transcripts copied with their timings are read
as a reader of the rendered page sees them."""

from __future__ import annotations

from ingest.inline_html import strip_inline_html
from ingest.loaders import load_document
from ingest.splitting import split_document
from ingest.text_formats import text_format

MEDIAWIKI = """{{Infobox guideline
| title  = Review queues for AI drafts
| owner  = [[User:Ana|Ana Ruiz]]
| status = Approved
}}
{{Hatnote|For general rules see [[Support/Queues]].}}

'''Every AI draft a customer sees passes a person first.''' The queue is owned by support.<ref>Decided in [[Council/2026-01]].</ref>

__TOC__

== Size the queue ==
Rules:
# Reviewers clear about 40 drafts an hour.
# Route only drafts below 0.7 confidence to the queue.
#* Except refunds, which always go.

{{Warning|Do not let a reviewer approve their own labels.}}

== Escalation ==
{| class="wikitable"
|+ Who is paged
! Age !! Who
|-
| 4 hours || The on-call lead
|-
| style="color:red" | 8 hours || The head of support
|}

; Stale draft : a draft nobody opened within a day.

A draft older than a day is answered by a person from scratch, whatever the model wrote, because by then the
customer has waited long enough that a fresh reply beats a corrected one.

== See also ==
* [[Support/Macros]]
* [[Support/Tone]]

[[Category:Support]]
"""

MDX = """import Tabs from '@theme/Tabs';

{/* TODO: swap the demo for the live component */}

<a name="x1"></a>
# Showing sources

:::warning Check the claim
A wrong citation is worse than none.<br />Users who find one stop checking.
:::

<CitationDemo answer="refunds" />

<details>
<summary>Why not footnotes?</summary>

Fewer than 1% of answers had a source opened. Status: <font color="green">approved</font> &amp; live.

</details>

![image.png](https://cdn.example.com/a.png#height=318)

```jsx
<Citation n={1} />
```
"""

TRANSCRIPT = """Skip navigation
Nobody finds your AI feature
48.2K subscribers
Transcript
Intro
0:00
hey everyone, i said welcome back
0:03
today is about discovery
Name it after the job
0:48
name the feature after the job it does
0:53
the verb-named button got about twice the clicks
1:18
so use a verb. summarize, draft reply
12 Comments
@viewer
We renamed our "AI assistant" button to "Summarize thread" after watching this and clicks doubled within a
week, exactly as the video said they would.
"""


def load(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_mediawiki_is_told_apart_from_asciidoc_and_plain_text():
    assert text_format(MEDIAWIKI) == "mediawiki"
    assert text_format("= Title\n\n== One\nText.\n\n== Two\nMore.\n") == "asciidoc"
    assert text_format("Pricing == cost == value, in one line.\nAnd a second line.\n") == ""


def test_mediawiki_sections_lists_tables_and_boxes_read_as_rendered(tmp_path):
    document = load(tmp_path, "queues.txt", MEDIAWIKI)
    lines = document.text.splitlines()
    assert document.title == "Review queues for AI drafts"
    assert {"## Size the queue", "## Escalation"} <= set(lines)
    assert "Every AI draft a customer sees passes a person first. The queue is owned by support." in lines
    assert "1. Route only drafts below 0.7 confidence to the queue." in lines
    assert "   - Except refunds, which always go." in lines
    assert "Do not let a reviewer approve their own labels." in lines
    assert "Who is paged:" in lines and "| 8 hours | The head of support |" in lines
    assert "**Stale draft** a draft nobody opened within a day." in lines
    chunks = split_document(document.text, document.title, markdown=document.markdown_headings, limit=1200)
    assert {path.split(" > ")[-1] for path, _ in chunks} >= {"Size the queue", "Escalation"}
    # Navigation, footnotes and furniture are not guidance.
    for furniture in ("Macros", "See also", "Category", "Council", "Hatnote", "__TOC__", "'''", "[[", "{{", "Ana Ruiz"):
        assert furniture not in document.text, furniture


def test_markdown_html_and_mdx_render_down_to_their_text(tmp_path):
    text = strip_inline_html(MDX)
    lines = text.splitlines()
    assert "A wrong citation is worse than none." in lines and "Users who find one stop checking." in lines
    assert "**Check the claim**" in lines and "**Why not footnotes?**" in lines
    assert "Fewer than 1% of answers had a source opened. Status: approved & live." in lines
    for markup in ("import Tabs", "TODO", "<a name", "<CitationDemo", "<details>", "image.png", ":::", "<br"):
        assert markup not in text, markup
    assert "<Citation n={1} />" in lines  # code is left as written
    document = load(tmp_path, "sources.md", MDX)
    assert document.title == "Showing sources" and "<font" not in document.text


def test_a_copied_video_transcript_keeps_its_chapters_and_caption_lines(tmp_path):
    assert text_format(TRANSCRIPT) == "transcript"
    document = load(tmp_path, "naming-talk.txt", TRANSCRIPT)
    lines = document.text.splitlines()
    assert {"## Intro", "## Name it after the job"} <= set(lines)
    # Spoken captions have no full stops: lines are joined into sentence-sized runs, each stopped, and
    # never across a chapter; the "i" of auto-captions is "I", so the speaker's asides read as asides.
    assert "name the feature after the job it does the verb-named button got about twice the clicks." in lines
    assert "so use a verb. summarize, draft reply." in lines
    assert "hey everyone, I said welcome back today is about discovery." in lines
    assert "0:48" not in document.text and "Skip navigation" not in document.text
    assert document.title == "naming talk"


def test_a_table_that_ends_a_page_is_not_trimmed_as_its_footer(tmp_path):
    page = ("# Paging\n\nWho is paged when a draft waits too long, by how long it has waited in the queue so far:\n\n"
            "| Age | Who |\n|---|---|\n| 4 hours | The on-call lead |\n| 8 hours | The head of support |\n")
    assert "| 8 hours | The head of support |" in load(tmp_path, "paging.md", page).text


def test_a_loose_numbered_list_stays_with_its_lead_in_when_a_page_is_chunked(tmp_path):
    """A forum answer numbers its points as paragraphs ("1. …" blank line "2. …"): packed by size, the lead-in
    and its first item went with the question above them and the other items to the next chunk."""
    question = "We launched an AI drafting feature four months ago and the model bill grew six times. " * 6
    items = "\n\n".join(f"{n}. Point number {n} about cost: " + "measure the cost per accepted answer. " * 5
                        for n in range(1, 5))
    page = f"{question}\n\nWhat worked, roughly in the order we did it:\n\n{items}\n"
    chunks = [text for _, text in split_document(page, "costs", markdown=True, limit=1200)]
    lead = next(text for text in chunks if "What worked" in text)
    assert "1. Point number 1" in lead and "2. Point number 2" in lead and "We launched" not in lead
