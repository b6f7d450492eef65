"""Meeting minutes in HTML, written as MeetBot writes an IRC meeting's summary (eval/guides-unseen-47): each topic
a list item over a nested list of what was agreed, each line followed by who said it and when. Read flat, a topic
and all its lines ran into one line with "( mlowe , 19:12:02) AGREED :" between them, and answers quoted that."""

from __future__ import annotations

from bot.core.documents.reading import html_to_text
from tests.conftest import answerer_of_pages

MINUTES = """<html><head><title>#lockers-meeting: ParcelSort go-live rules</title></head><body>
<h1>#lockers-meeting: ParcelSort go-live rules</h1>
<span class="details">Meeting started by dana at 18:00:02 UTC (<a href="log.html">full logs</a>).</span>
<h3>Meeting summary</h3>
<ol>
<li><b class="TOPIC">size bands</b> <span class="details">(<a href="log.html#l-3">dana</a>, 18:01:10)</span>
<ol type="a">
  <li><i class="itemtype">AGREED</i>: parcels under 2 kg go to a small locker without a check.
  <span class="details">(<a href="log.html#l-5">omar_k</a>, 18:03:40)</span></li>
  <li><i class="itemtype">AGREED</i>: parcels from 2 to 10 kg need a porter's scan first.
  <span class="details">(<a href="log.html#l-8">omar_k</a>, 18:04:12)</span></li>
</ol></li>
<li><b class="TOPIC">if ParcelSort is down</b> <span class="details">(<a href="log.html#l-9">dana</a>, 18:06:00)</span>
<ol type="a">
  <li><i class="itemtype">AGREED</i>: porters sort by the paper chart and no delivery day is skipped.
  <span class="details">(<a href="log.html#l-12">lee</a>, 18:07:30)</span></li>
  <li><i class="itemtype">ACTION</i>: lee to print the paper chart for every depot.
  <span class="details">(<a href="log.html#l-14">lee</a>, 18:08:02)</span></li>
</ol></li>
</ol>
<ul class="pagetree"><li><a href="#">Depots</a><ul><li><a href="#">North</a></li><li><a href="#">South</a></li></ul></li></ul>
</body></html>"""


def test_each_topic_heads_its_own_lines_without_speakers_or_times():
    text, _ = html_to_text(MINUTES)
    assert "#### size bands" in text and "#### if ParcelSort is down" in text
    assert "\n- parcels under 2 kg go to a small locker without a check." in text
    assert "omar_k" not in text and "18:04:12" not in text and "AGREED" not in text
    # What is still to be done keeps its kind; a site's page tree (a link over links) is no topic.
    assert "ACTION : lee to print the paper chart" in text
    assert "# Depots" not in text


def test_a_question_about_one_topic_is_answered_with_its_lines(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "meeting-minutes", {"minutes.html": MINUTES})
    answer = answerer.ask("What should the porters do if ParcelSort goes down? Do we skip delivery days?").answer
    assert "sort by the paper chart" in answer and "no delivery day is skipped" in answer, answer
    assert "AGREED" not in answer and "18:07:30" not in answer, answer


BUG_PAGE = """<html><head><title>Bug 20417</title></head><body>
<div id="header"><ul><li><a href="/">Home</a></li><li><a href="/new">New</a></li></ul></div>
<form name="changeform" method="post" action="process_bug.cgi">
<table><tr><th>Status:</th><td><select name="status"><option>ASSIGNED</option></select></td></tr></table>
<div id="comments"><pre class="bz_comment_text">Tracking bug for switching on Tideline for the bathing season.

WHAT IT DOES
Every day at 08:30 Tideline forecasts the pollution risk at our 14 bathing waters for today and tomorrow, from
rainfall radar, river flow, tides and the water company's storm overflow spill alerts.

NEVER LEFT TO TIDELINE
The duty officer decides these alone, and the forecast is hidden:
- a burst sewer or pumping station failure near a beach;
- organised open-water swims and triathlons, which go to the event safety group;
- the first 10 days of the season, while the model catches up with the new sampling points and the river gauges.
</pre></div>
<textarea name="comment"></textarea><input type="submit" value="Save Changes">
</form>
<form action="search.cgi"><input name="q"> Search the bugs</form>
</body></html>"""


def test_a_page_wrapped_in_a_form_keeps_its_text_and_its_capital_headings():
    """Bugzilla puts a whole bug inside one <form>: dropped as chrome, guides-unseen-48's bug kept only its
    navigation. A search form is still chrome."""
    text, _ = html_to_text(BUG_PAGE)
    assert "Every day at 08:30 Tideline forecasts the pollution risk" in text
    assert "# NEVER LEFT TO TIDELINE\n" in text and "# WHAT IT DOES\n" in text
    assert "Search the bugs" not in text and "Save Changes" not in text
