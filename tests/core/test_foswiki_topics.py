"""A Foswiki (or TWiki) topic in its own markup, as its raw view or data file gives it (guides-unseen-56 prompted it).

Before: its `---++ Forecast levels` headings were prose, so the topic was one untitled section whose first
paragraph answered every question; its `| *Level* | … |` table kept its stars, its `   $ Shotfirer: …` definitions
their dollar marks, and `%META:…%`, `%TOC%` and `%X%` were read as words."""

from __future__ import annotations

import pytest

from ingest.loaders import load_document
from ingest.text_formats import text_format
from tests.conftest import answerer_of_pages

TOPIC = """%META:TOPICINFO{author="AnaRuiz" comment="" date="1752060180" format="1.1" version="4"}%
%META:TOPICPARENT{name="HarbourProcedures"}%
---+!! Tide: rules for the AI berth forecast

%TOC{depth="2"}%

<div class="foswikiHelp">%I% Agreed by the Harbour Master on 2 June 2025. See [[BerthBook][the berth book]].</div>

---++ What Tide does
Tide forecasts, for every ship due in the next 3 days, which berth will be free and when, from the arrival list,
the tide tables and the cargo plans.

---++ Forecast levels
| *Level* | *Forecast* | *What happens* |
| Green | Berth free 2 hours or more before arrival | The berth is booked as planned. |
| Amber | Free less than 2 hours before arrival | The berthing officer checks the cargo plan and decides. |
| Red | No berth free on arrival | The ship waits at anchor; the Harbour Master sets a new slot. |

%X% Ships are only berthed between 06:00 and 22:00, and never more than two moves an hour.

---++ What Tide never does
   1. It never moves a ship or calls a pilot.
   1. It never tells a master that a berth is free now.

---++ Who decides
   $ Berthing officer: changes any booking without giving a reason.
   $ Harbour Master: sets the levels and reviews them every quarter.

---++ Comments
-- Main.SamOkoro - 10 Jun 2025

What do we do if Tide is down on a busy day?

-- Main.AnaRuiz - 10 Jun 2025

If Tide is down, the berthing officer books berths from the printed tide table and the arrival list.

%COMMENT%

%META:FILEATTACHMENT{name="tide-trial.pdf" attachment="tide-trial.pdf" size="31844" user="AnaRuiz" version="1"}%
"""


def test_a_foswiki_topic_reads_as_its_rendered_page(tmp_path):
    page = tmp_path / "tide-foswiki.txt"
    page.write_text(TOPIC, encoding="utf-8")
    assert text_format(TOPIC) == "foswiki"
    document = load_document(page)
    assert document.title == "Tide: rules for the AI berth forecast"
    assert "| Level | Forecast | What happens |" in document.text
    assert "| Red | No berth free on arrival | The ship waits at anchor; the Harbour Master sets a new slot. |" \
        in document.text
    assert "Berthing officer: changes any booking without giving a reason." in document.text
    assert "See the berth book." in document.text
    assert "If Tide is down, the berthing officer books berths" in document.text
    for markup in ("%META", "%TOC", "%X%", "%COMMENT%", "---++", "*Level*", "$ Berthing", "[[", "<div",
                   "Main.SamOkoro", "10 Jun 2025"):
        assert markup not in document.text


def test_markdown_with_a_rule_is_not_a_foswiki_topic():
    assert text_format("# Notes\n\nSome text.\n\n---\n\nMore text.\n\n---\n") != "foswiki"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "foswiki", {"tide-foswiki.txt": TOPIC})


def test_a_foswiki_table_answers_with_its_rows(answerer):
    answer = answerer.ask("We use AI to forecast which berth will be free for each ship. What forecast levels "
                          "should we use, and what happens at each?").answer
    assert "The berthing officer checks the cargo plan and decides." in answer
    assert "*Level*" not in answer and "|" not in answer.split("\n")[0][:1]


def test_the_outage_answered_in_a_comment_is_quoted_without_its_signature(answerer):
    answer = answerer.ask("What should the berthing officer do when the AI berth forecast is down?").answer
    assert "If Tide is down, the berthing officer books berths from the printed tide table" in answer
    assert "Main." not in answer and "10 Jun 2025" not in answer
