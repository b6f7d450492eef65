"""A chat space copied as text (Google Chat: "*Bold*" lines over a pinned message's sections, "7 replies", then
each reply indented under its sender and time), a MoinMoin page, and an outage asked about in several words
("when the AI reservoir forecast is down"); guides-unseen-54 prompted all three.

Before: the replies were read as one list ("- Ines Okafor  Tue 3 Jun, 10:03", "- Who signs off …?") quoted as an
answer's items, the bold lines ran into their paragraphs ("What Pantry does* Every Friday …"), the wiki's title
was its first section's and its `|| … ||` rows were quoted with their bars, and a question naming what is down in
more than two words was not read as asking about an outage."""

from __future__ import annotations

import re

import pytest

from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

SPACE = """Google Chat
Chat    Spaces    Meet
Riverside Food Bank · Volunteers

Pinned message

Maya Lindqvist  Mon 2 Jun, 09:12
*Pantry: rules for AI shift messages*
Agreed by the trustees on 30 May 2025. Please read before your next shift.

*What Pantry does*
Every Friday Pantry drafts the text messages that ask volunteers to cover next week's empty shifts, from the rota and each volunteer's stated availability. The volunteer coordinator edits and sends them.

*Send levels*
• Routine, a shift with two or more volunteers already booked: the coordinator checks and sends.
• Urgent, a shift with nobody booked within 48 hours: the coordinator and the warehouse lead both approve.
• Closed, a site closed for safety or weather: Pantry drafts nothing and the manager phones each volunteer.

*What Pantry never does*
• It never sends a message by itself.
• It never asks a volunteer under 18 to cover an evening shift.
• It never mentions why a volunteer last cancelled.
👍 5
4 replies

    Ines Okafor  Tue 3 Jun, 10:03
    Who signs off a message that goes to every volunteer at once?

    Maya Lindqvist  Tue 3 Jun, 10:20
    The warehouse lead signs off any message to the whole list, and the coordinator can discard a draft without giving a reason.

    Tomasz Wren  Tue 3 Jun, 11:47
    What if Pantry is down on a Friday?

    Maya Lindqvist  Tue 3 Jun, 12:05 (edited)
    If Pantry is down, the coordinator phones the five most reliable volunteers from the paper list and posts the open shifts on the noticeboard by 4pm.
"""

WIKI = """## page was renamed from Rivers/FloodgateRules
#format wiki
#language en
= Floodgate: how we use the river level forecast =
<<TableOfContents(2)>>

== What Floodgate does ==
Every morning Floodgate forecasts the river level at the town bridge for the next five days from rainfall, upstream gauges and soil moisture.

== Alert levels ==
|| Alert || When || What happens ||
|| Green || The river is within its banks || The usual daily bulletin goes out. ||
|| Amber || The meadows may flood || Sandbag stores are opened and wardens are put on call. ||
|| Red || The town may flood || The emergency manager decides whether to close the riverside car parks. ||

== When Floodgate is down or wrong ==
The wardens read the bridge gauge board at 7am and 7pm, and the emergency manager uses the national flood service's forecast instead. Forecasts missed while it was down are never filled in afterwards. No alert is raised or lowered just because Floodgate comes back.

== Gauges ==
|| '''Gauge''' || '''Read by''' || '''How often''' ||
|| Town bridge || Wardens || Twice a day ||
|| Mill weir || Floodgate || Every 15 minutes ||

----
CategoryRivers
"""


def test_a_chat_space_keeps_its_bold_headings_and_reads_its_replies_as_posts(tmp_path):
    page = tmp_path / "google-chat-food-bank.txt"
    page.write_text(SPACE, encoding="utf-8")
    text = load_document(page).text
    assert "Tue 3 Jun" not in text and "Mon 2 Jun" not in text  # the senders and times over each message
    assert "- Who signs off" not in text and "- If Pantry is down" not in text  # replies, not a list's items
    assert "If Pantry is down, the coordinator phones the five most reliable volunteers" in text
    assert "*" not in text  # the bold marks, not a heading's text
    assert re.search(r"^Send levels$", text, re.MULTILINE)
    assert re.search(r"^Replies$", text, re.MULTILINE)  # the thread's own section, not the pinned post's last


def test_a_moinmoin_page_has_its_title_and_tables_and_none_of_its_instructions(tmp_path):
    page = tmp_path / "floodgate-wiki.txt"
    page.write_text(WIKI, encoding="utf-8")
    document = load_document(page)
    assert document.title == "Floodgate: how we use the river level forecast"
    assert "| Mill weir | Floodgate | Every 15 minutes |" in document.text and "||" not in document.text
    for instruction in ("page was renamed", "format wiki", "TableOfContents", "CategoryRivers", "'''"):
        assert instruction not in document.text


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "chat-and-asks",
                             {"google-chat-food-bank.txt": SPACE, "floodgate-wiki.txt": WIKI})


def test_a_pinned_post_section_under_a_bold_heading_answers_on_its_own(answerer):
    answer = answerer.ask("We use AI to draft volunteer shift messages. What send levels should we use, "
                          "and who approves in each?").answer
    assert "the coordinator and the warehouse lead both approve" in answer
    assert "Tue 3 Jun" not in answer and "*" not in answer


def test_a_reply_in_the_thread_is_quoted_as_prose_not_as_a_list_of_messages(answerer):
    answer = answerer.ask("What should our coordinator do when the AI shift message tool is down on a Friday?").answer
    assert "phones the five most reliable volunteers" in answer
    assert "Tomasz Wren" not in answer and "What if Pantry is down on a Friday?" not in answer


def test_an_outage_named_in_several_words_is_answered_from_its_section(answerer):
    # "when the AI river forecast is down": three words name what is down. Read as no outage question, the
    # alert levels' table, whose heading the question names, stood in for the answer.
    answer = answerer.ask("What happens to the alert level when the AI river forecast is down?").answer
    assert answer.startswith("The wardens read the bridge gauge board at 7am and 7pm")
    assert "No alert is raised or lowered just because Floodgate comes back." in answer
    assert not answer.startswith("- Alert")
