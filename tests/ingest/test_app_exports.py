"""Pages saved out of note apps and forums keep their structure in shapes of their own: OneNote's HTML sets
its headings in a larger type with no <h2> in sight and wraps the page in a toolbar and a notebook pane; a
Discord forum post copied as text opens with "# channel-name" and pastes a rules file whose sections are
numbered in capitals over indented, hard-wrapped text; a 知识星球 post carries a line of "#话题#" tags.
guides-unseen-35 had all four: the answers quoted the notebook's page list, ran every rule into one
paragraph, and read the tag line as the heading of the post's opening story."""

from __future__ import annotations

from pathlib import Path

from bot.core.documents.reading import html_to_text
from ingest.cleaning import clean_text
from ingest.loaders import load_document
from ingest.pipeline import chunks_for, preface_positions
from ingest.splitting import split_document

NOTEBOOK_PAGE = """<html><head><title>Returns assistant rules - OneNote</title></head><body>
<div class="topbar"><span>OneNote</span> <span>Share</span> <span>Comments</span></div>
<div class="navpane"><ul class="pages"><li>Courier notes</li><li>Returns assistant rules</li></ul></div>
<div class="outline">
<p style="font-size:20pt">Returns assistant rules</p>
<p style="font-size:14pt;color:#1e4e79">1. What it may approve</p>
<ul><li>Refunds under &pound;40 for items returned unopened.</li><li>Exchanges for the same item in another size.</li></ul>
<p style="font-size:14pt;color:#1e4e79">2. What goes to a person</p>
<p>Anything over &pound;40, any damaged item and any customer who has asked twice.</p>
<p style="font-size:16px">This paragraph is set a little larger, but it is a sentence and no heading.</p>
</div>
<div class="statusbar"><span>Last modified by Dana</span></div>
</body></html>"""


def test_a_paragraph_in_a_larger_type_heads_its_section_and_app_panes_are_dropped(tmp_path: Path):
    text, _ = html_to_text(NOTEBOOK_PAGE)
    assert "## 1. What it may approve" in text.split("\n"), text
    assert "## 2. What goes to a person" in text.split("\n")
    assert "# Returns assistant rules" in text.split("\n")
    assert "This paragraph is set a little larger, but it is a sentence and no heading." in text.split("\n")
    assert not any(word in text for word in ("Courier notes", "Comments", "Last modified"))
    path = tmp_path / "returns.html"
    path.write_text(NOTEBOOK_PAGE, encoding="utf-8")
    document = load_document(path)
    sections = dict(split_document(document.text, document.title, markdown=document.markdown_headings))
    assert sections["2. What goes to a person"].startswith("Anything over £40"), sections


def test_real_headings_win_over_styled_paragraphs():
    """A page with <h2> headings already says where its sections start; a styled lead paragraph stays prose."""
    text, _ = html_to_text('<body><h2>Limits</h2><p style="font-size:18pt">Big intro</p><p>Body.</p></body>')
    assert "## Limits" in text and "# Big intro" not in text


FORUM_POST = """Lantern Games
# live-ops-proposals
Forum

Original Post
kai.tan — 03/02/2026 9:12 AM
Here is the rules file for the shopkeeper bot, as it is in the repo. Reply before Friday.

```
SHOPKEEPER BOT - RULES v1

1. PRICES
   The bot quotes prices only from the live price table and never
   rounds them. A price it cannot find is "not for sale today".

2. REFUNDS
   Refunds are never promised in chat. The bot links the refund form
   and says a person answers within 2 days.
```

Replying to @kai.tan
Fine by me. Support will watch the refund links for the first two weeks and report back in this thread.
"""


def test_a_forum_rules_file_keeps_its_sections_and_wrapped_sentences(tmp_path: Path):
    path = tmp_path / "forum.txt"
    path.write_text(FORUM_POST, encoding="utf-8")
    document = load_document(path)
    assert not document.markdown_headings  # the channel's "# live-ops-proposals" is not a Markdown heading
    assert "live-ops-proposals" not in document.text
    assert "Original Post" not in document.text and "Replying to @kai.tan" not in document.text
    sections = dict(split_document(document.text, document.title, markdown=document.markdown_headings))
    prices = next(text for heading, text in sections.items() if heading.endswith("PRICES"))
    assert prices.startswith("The bot quotes prices only from the live price table and never rounds them."), prices
    assert "- " not in prices  # wrapped prose, not one list item per line
    refunds = next(text for heading, text in sections.items() if heading.endswith("REFUNDS"))
    assert refunds.startswith("Refunds are never promised in chat. The bot links the refund form and says"), refunds


def test_a_short_lowercase_indented_list_stays_a_list(tmp_path: Path):
    path = tmp_path / "inputs.txt"
    path.write_text("Ranker inputs\n\nThe ranker reads these signals:\n  sales forecast\n  contract hours\n"
                    "  holiday requests\n\nEach has an owner.\n", encoding="utf-8")
    assert "- contract hours" in load_document(path).text.split("\n")


def test_a_line_of_topic_tags_is_not_a_heading():
    cleaned = clean_text("阿杰 ｜ 产品负责人\n\n#智能调价# #AI产品#\n\n先说背景。我们上线了建议价。\n\n#seo #ai\n\n# 规则\n")
    assert "#智能调价#" not in cleaned and "#seo #ai" not in cleaned
    assert "# 规则" in cleaned  # a Markdown heading stays


def test_a_short_opening_before_three_sections_is_the_pages_preface(tmp_path: Path):
    body = "\n\n".join(f"## Rule {n}\n\n" + "Each rule gets its owner and its number. " * 8 for n in range(1, 5))
    path = tmp_path / "rules.md"
    path.write_text("# Pricing rules\n\nWe shipped price hints last spring; here is what we learned.\n\n" + body,
                    encoding="utf-8")
    chunks = chunks_for(path, tmp_path, chunk_chars=400)
    assert [c.extra.get("preface", False) for c in chunks][:2] == [True, False], [(c.section, c.text[:40]) for c in chunks]
    # An opening that is most of the page (a chat thread with one heading at the end) is no preface.
    assert preface_positions([("", "x" * 900), ("A", "y"), ("B", "y"), ("C", "y")], "Title") == set()
    assert preface_positions([("", "x"), ("A", "y" * 99), ("B", "y" * 99)], "Title") == set()  # two sections
