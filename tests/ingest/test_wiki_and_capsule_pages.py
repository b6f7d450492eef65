"""Pages saved from a personal wiki or a small-web capsule: a TiddlyWiki tiddler (`.tid`, eval/guides-unseen-49's
jury service procedure) and a Gemini page (`.gmi`, guides-unseen-50's laser cutter check). Each had been skipped as
an unsupported file type; read as text, their fields and markup would reach answers as `tags: [[Procedures]]`,
`!!`, `|!Score |h` and `=> /machines/ Machines`."""

from __future__ import annotations

from bot.core.answering import Answerer
from ingest.loaders import load_document
from ingest.tiddlywiki import is_tiddler
from tests.conftest import index_of_pages

TIDDLER = """created: 20250304101500000
creator: dvance
modified: 20250410160000000
tags: [[Harbour Ops]] Procedures
title: Berthbot - suggesting berths
type: text/vnd.tiddlywiki

{{Procedure header}}

''Owner:'' Dana Vance, harbour master. //Read before your first planning shift.//

<<toc-selective-expandable "Berthbot - suggesting berths">>

!! Confidence bands

|!Score |!What Berthbot does |h
|0.80 and above |Suggests one berth with its reasons |
|Below 0.80 |Shows the three free berths and asks the planner to choose |

!! Never left to Berthbot

# Vessels carrying explosives are always berthed by the harbour master.
# Any vessel over 300 metres is planned by hand.

!! Who decides

; Harbour master
: Every berth for a tanker, and the score bands.

!! Notes from the team

<<<
Can Berthbot move a ship that is already alongside?
<<< Priya, planner

No. It only suggests berths for arriving vessels. -- Dana

See also [[Pilotage rules|Pilotage]] and [ext[the port bylaws|https://port.example/bylaws]].
"""


def test_a_tiddler_is_read_as_its_rendered_page(tmp_path):
    path = tmp_path / "berthbot.tid"
    path.write_text(TIDDLER, encoding="utf-8")
    document = load_document(path)
    text = document.text
    assert document.title == "Berthbot - suggesting berths"
    assert "### Confidence bands" in text and "### Never left to Berthbot" in text
    assert "| 0.80 and above | Suggests one berth with its reasons |" in text
    assert "1. Vessels carrying explosives are always berthed by the harbour master." in text
    assert "Harbour master: Every berth for a tanker, and the score bands." in text
    assert "**Owner:** Dana Vance" in text
    # Its closing notes are the tiddler's own words, not a scraped page's tail.
    assert "Can Berthbot move a ship that is already alongside? (Priya, planner)" in text
    assert "It only suggests berths for arriving vessels." in text
    assert "See also Pilotage rules and the port bylaws." in text
    for filing in ("tags:", "20250304", "Procedure header", "toc-selective", "|!", "|h", "''", "[[", "<<<"):
        assert filing not in text, filing


def test_only_a_block_of_fields_with_a_title_opens_a_tiddler():
    assert is_tiddler(TIDDLER)
    assert not is_tiddler("Note: this is prose.\n\nMore prose.")
    assert not is_tiddler("tags: a b\ntype: text\n\nNo title field above.")


def test_an_answer_from_a_tiddler_quotes_its_words_not_its_markup(tmp_path_factory, embedder):
    index = index_of_pages(tmp_path_factory, embedder, "tiddlers", {"berthbot.tid": TIDDLER})
    answer = Answerer(index.settings, index).ask("Which vessels are never left to Berthbot?")
    assert "explosives" in answer.answer and "300 metres" in answer.answer
    assert "#" not in answer.answer.split("[")[0] and "''" not in answer.answer, answer.answer


GEMTEXT = """=> / Harbour Ops capsule
=> /berths/ Berths

# Berthbot: berth suggestions

Berthbot suggests a berth for each arriving vessel. The harbour master's plan is final.

## Never left to Berthbot

* Vessels carrying explosives are always berthed by the harbour master.
* Any vessel over 300 metres is planned by hand.

=> /berths/rules.gmi Pilotage rules
=>/bylaws.gmi
"""


def test_a_gemini_page_reads_as_markdown_with_its_links_as_their_labels(tmp_path):
    """guides-unseen-50's laser cutter page (gemtext, `.gmi`) had been skipped as an unsupported file type."""
    path = tmp_path / "berthbot.gmi"
    path.write_text(GEMTEXT, encoding="utf-8")
    document = load_document(path)
    assert document.title == "Berthbot: berth suggestions" and document.markdown_headings
    assert "## Never left to Berthbot" in document.text
    assert "* Vessels carrying explosives are always berthed by the harbour master." in document.text
    assert "- Pilotage rules" in document.text and "- /bylaws.gmi" in document.text
    assert "=>" not in document.text
    assert "Harbour Ops capsule" not in document.text  # the capsule's navigation over the title is a menu
