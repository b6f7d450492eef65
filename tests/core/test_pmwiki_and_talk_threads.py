"""A PmWiki page's source and a Nextcloud Talk conversation copied as text (guides-unseen-55 prompted both).

Before: the wiki's `!! Check levels` headings were prose, its `||border=1 …` table was quoted as list items with its
bars and `!` header marks, and its `:Area ranger:approves …` definitions and `(:title …:)` directive read as text;
in the conversation each reply sat indented under "↪ Reply to …" and "Tobias Venn  09:40", so the replies became
one list under the post's last heading ("WHAT EBB NEVER DOES"), and "If Ebb is down, …" was that list's item."""

from __future__ import annotations

import pytest

from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

WIKI = """(:title Trailhead: rules for AI trail condition notices:)
(:description How rangers use Trailhead to draft trail notices.:)
(:toc:)
%rfloat% Attach:notice-example.png"An example notice"

'''Owner:''' Ana Ruiz, Trails Manager. See also [[Trails/NoticeTemplate|the notice template]] and [[Trails/Grades]].

!! What Trailhead does
Trailhead drafts the condition notices for the trails pages from the rangers' morning reports and the weather service.

!! Check levels by trail grade
||border=1 cellpadding=5 width=100%
||!Grade ||!Who checks ||!Before it goes out ||
||Easy ||The duty ranger ||Reads the draft against the morning report and approves it. ||
||Hard ||The duty ranger and the trails manager ||Both approve; the trail was walked in the last 7 days. ||
||Alpine ||The mountain lead ||No draft at all; the notice is written by hand. ||

!! Who decides
:Duty ranger:approves or rejects any draft without giving a reason.
:Trails manager:sets the check levels and reviews them every 6 months.

----
[[!Trails]]
"""

TALK = """Nextcloud
Dashboard    Files    Talk    Calendar
Ferry Operations
Group conversation · 9 participants

Monday, 14 July 2025

Ruth Calder  09:02
Tern: rules for the ferry delay forecast. Posting the full text here so it is searchable.

WHAT TERN DOES
Every morning Tern forecasts the delay of each sailing from the tide, the wind and the booking list.

WHAT TERN NEVER DOES
• It never cancels a sailing.
• It never tells a single passenger that a sailing will run.
• It never sends a message to passengers by itself.
👍 4

    ↪ Reply to Ruth Calder
    Sam Okoro  09:40
    What happens if Tern falls over on a busy Saturday?

    ↪ Reply to Sam Okoro
    Ruth Calder  09:58 (edited)
    If Tern is down, the duty master uses the printed timetable and the harbour's tide board, and delays already announced stay as they are until the master changes them.
"""


def _load(tmp_path, name: str, text: str):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return load_document(page)


def test_a_pmwiki_page_reads_as_its_rendered_page(tmp_path):
    document = _load(tmp_path, "trailhead-pmwiki.txt", WIKI)
    assert document.title == "Trailhead: rules for AI trail condition notices"
    assert "| Grade | Who checks | Before it goes out |" in document.text
    assert "| Alpine | The mountain lead | No draft at all; the notice is written by hand. |" in document.text
    assert "Duty ranger: approves or rejects any draft without giving a reason." in document.text
    assert "See also the notice template and Grades." in document.text
    for markup in ("(:", "||", "!Grade", "%rfloat%", "Attach:", "'''", "[[", "----"):
        assert markup not in document.text


def test_a_talk_conversations_replies_are_posts_without_their_chrome(tmp_path):
    text = _load(tmp_path, "ferry-talk.txt", TALK).text
    assert "Reply to" not in text and "Sam Okoro" not in text and "09:58" not in text
    assert "- If Tern is down" not in text  # a reply, not the never-list's last item
    assert "If Tern is down, the duty master uses the printed timetable" in text


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "pmwiki-talk",
                             {"trailhead-pmwiki.txt": WIKI, "ferry-talk.txt": TALK})


def test_an_outage_answered_in_a_reply_is_quoted_from_the_reply(answerer):
    answer = answerer.ask("What should our duty master do when the AI ferry delay forecast is down?").answer
    assert "If Tern is down, the duty master uses the printed timetable" in answer
    assert "- If Tern is down" not in answer and "Reply to" not in answer


def test_a_pmwiki_table_answers_with_its_rows(answerer):
    answer = answerer.ask("We use AI to draft trail condition notices. What check levels should we use by trail "
                          "grade, and who checks each?").answer
    assert "The duty ranger and the trails manager" in answer
    assert "||" not in answer and "!Grade" not in answer
