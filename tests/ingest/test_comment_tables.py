"""A bug tracker's notes laid out as a table (MantisBT: one row per note, the author and time stamp beside the post,
guides-unseen-53's cold-store issue) are posts, read as text: as table rows, a question asked in a note was quoted
as an answer's item ("dan.okafor developer 2025-06-30 11:17 | Who can override it …?"). A data table with dates
stays a table."""

from __future__ import annotations

from ingest.loaders import load_document

ISSUE = """<!DOCTYPE html>
<html><head><title>0000412: Chill agent operating rules - MantisBT</title></head>
<body>
<h2>Activities</h2>
<table class="bugnotes">
<tr class="bugnote"><td class="bugnote-meta">sam.lee developer 2025-06-30 11:17 ~0001203</td>
<td class="bugnote-note">Who can override it, and who sets the limits?</td></tr>
<tr class="bugnote"><td class="bugnote-meta">ana.ruiz manager 2025-06-30 14:02 ~0001204</td>
<td class="bugnote-note">The duty engineer can switch any room to Manual with no reason given. The Engineering Manager
sets the limits and reviews them monthly.</td></tr>
</table>
<h2>Planned dates</h2>
<table>
<tr><td>2025-09-01</td><td>Room 3 goes live</td></tr>
<tr><td>2025-12-01</td><td>Rooms 1 and 2</td></tr>
</table>
</body></html>
"""


def test_a_notes_table_reads_as_posts_and_a_dates_table_stays_a_table(tmp_path):
    page = tmp_path / "issue-412.html"
    page.write_text(ISSUE, encoding="utf-8")
    text = load_document(page).text
    assert "| sam.lee" not in text and "| ana.ruiz" not in text
    assert "Who can override it, and who sets the limits?" in text
    assert "The duty engineer can switch any room to Manual with no reason given." in text
    assert "| 2025-09-01 | Room 3 goes live |" in text
