"""A team wiki page copied as text (a Docmost, Outline or BookStack page): its sidebar, its byline, its sections of
labelled lines, and a comments thread where the page's owner answers readers' questions (guides-unseen-58
prompted it).

Before: the comments were cut whole, so the owner's answers on outages and measures were lost; the section of
labelled lines at the end of the page lost its last three lines as a footer; the sidebar's page titles became one
list item; the title was the app's "Settings" menu entry. Levels written as "Soon (50 to 79): …" were not read as
bands, so "What bands should it use, and what happens in each?" was answered with another list, and a levels
section of labelled lines was quoted one sentence a level."""

from __future__ import annotations

import pytest

from bot.core.band_lists import opens_on_band
from bot.core.compound import refers_back
from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

PAGE = """Wikiapp
Search    Ctrl+K
Home
Settings
Spaces
  Operations
  Fleet
  People
Pages
  Depot procedures
  Vehicle checks
    Lintel: rules for AI tyre checks
    Tyre supplier list
+ New page
Trash

Operations / Vehicle checks / Lintel: rules for AI tyre checks
Share    Comments    History    ...

Lintel: rules for AI tyre checks
Rosa Achterberg · Last edited 4 March 2026

This page holds the rules for Lintel, agreed with the Fleet Director. I'm the Fleet Engineer and own this page.

What Lintel does
Drivers photograph each tyre of their van at the end of a shift. Lintel reads the tread depth and sidewall damage from the photos and gives every van a score from 0 to 100 for how likely it is to need a tyre before its next service.

Bands
Now (score 80 and above): the van is taken off the road until a fitter has checked it.
Soon (50 to 79): a fitter checks the van within 3 days. The driver is told at the start of the next shift.
Routine (below 50): the van keeps its normal monthly check.
Limits: a dark or blurred photo is sent back; a fitter re-measures 1 van in 20 by hand; Lintel is switched off for a depot if more than 2 Now vans in a month were scored Routine.

Who decides
Fleet Engineer: reads every Now and Soon van and can change any band without giving a reason.
Depot manager: decides which vans go out when too many are off the road.
Fleet Director: decides where Lintel is used and can switch it off.

Comments (4)

Tomasz Wilk · 5 Mar 2026
What happens if Lintel is down at the end of a shift?
  Reply · Resolve

    Rosa Achterberg · 5 Mar 2026
    If Lintel is down, the drivers use the paper tread gauge card and the fitters check every van scored Soon last week. Nothing waits for Lintel, and photos from that shift are never scored afterwards.

Imani Barker · 6 Mar 2026
I think Lintel should also check the spare wheel, and honestly the whole idea worries me.
  Reply · Resolve

Write a comment...

Wikiapp · Help · Shortcuts
"""


def test_the_owner_answers_in_the_comments_are_kept_and_readers_comments_are_not(tmp_path):
    path = tmp_path / "wiki-page-ai-tyre-checks.txt"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    assert document.title == "Lintel: rules for AI tyre checks"
    assert "If Lintel is down, the drivers use the paper tread gauge card" in document.text
    assert "Nothing waits for Lintel, and photos from that shift are never scored afterwards." in document.text
    assert "spare wheel" not in document.text  # a reader's opinion is not the page's guidance
    assert "Reply · Resolve" not in document.text
    # The last section's labelled lines are the page's content, not a footer.
    assert "Fleet Director: decides where Lintel is used and can switch it off." in document.text
    # The sidebar's titles are not a list of the page's.
    assert "Tyre supplier list" not in document.text and "Depot procedures" not in document.text


def test_a_band_named_with_its_range_in_brackets_opens_on_a_band():
    assert opens_on_band("Soon (50 to 79): a fitter checks the van within 3 days.")
    assert opens_on_band("Routine (below 50): the van keeps its normal monthly check.")
    assert opens_on_band("Now (score 80 and above): the van is taken off the road.")
    assert not opens_on_band("Step 2 (see above): photograph the tyre.")
    assert not opens_on_band("Fleet Engineer: reads every Now and Soon van.")


def test_what_happens_in_each_asks_about_the_previous_part():
    assert refers_back("what happens in each", "What bands should it use")
    assert refers_back("what happens at each level", "What levels should we use")
    assert not refers_back("who checks the photos each week", "What bands should it use")
    assert not refers_back("What limits should it work to?", "What bands should it use")


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "wiki-owner", {"wiki-page-ai-tyre-checks.txt": PAGE})


def test_bands_with_bracketed_ranges_are_quoted_whole_with_the_limits_asked_for(answerer):
    answer = answerer.ask("We're letting AI score our vans' tyres from photos. What bands should it use, and what "
                          "happens in each? What limits should it work to?").answer
    assert "Soon (50 to 79): a fitter checks the van within 3 days. The driver is told at the start of the next " \
           "shift." in answer  # the level's whole line, not its first sentence
    assert "Routine (below 50): the van keeps its normal monthly check." in answer
    assert "a fitter re-measures 1 van in 20 by hand" in answer


def test_the_outage_is_answered_from_the_owner_reply(answerer):
    answer = answerer.ask("What should our drivers do when the AI tyre check is down at the end of a shift?").answer
    assert "the drivers use the paper tread gauge card" in answer
    assert "Rosa Achterberg" not in answer and "5 Mar 2026" not in answer


def test_a_line_labelled_with_the_thing_asked_answers_it_over_the_list_above_it(answerer):
    answer = answerer.ask("What limits should the tyre check AI work to?").answer
    assert answer.lstrip("- ").startswith("Limits: a dark or blurred photo is sent back") or \
        "Limits: a dark or blurred photo is sent back" in answer.split("\n")[0]
