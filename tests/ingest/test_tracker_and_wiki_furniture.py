"""Issue trackers, wikis and workspace docs copied as text (guides-unseen-39 and -40): a sidebar's channel list,
an issue's number over its subject, the journal of field changes between notes, a page's tags, its last-editor
block, its comment box and a verification badge are furniture; the subject is the page's title."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.page_furniture import drop_tracker_furniture
from ingest.pipeline import chunks_for

REDMINE = """Westmoor Rail · Redmine
Home    My page    Projects    Help
Logged in as rokafor    My account    Sign out

Feature #2317
Edit    Log time    Watch    Copy    Delete
Decision record: flag bands and what the model never does
Added by Rosa Okafor about 1 month ago. Updated 2 days ago.

Status:\tIn Progress\tStart date:\t11/04/2024
Priority:\tHigh\tDue date:\t12/20/2024

Description
Quote

Decision
Red flags are reviewed within 15 minutes; amber flags get a site check within 7 days.

Where it is not used (patrol only)
* Switches and crossings: the model was not trained on them.
* Tunnels longer than 200 m, where the frames are too dark.

History

#1 Updated by Tomasz Wrona about 1 month ago
Status changed from New to In Progress
% Done changed from 50 to 70
Quote    Edit
Nights have 2 reviewers per shift, so a red flag at 3 a.m. is still opened within the 15 minutes.

#2 Updated by Rosa Okafor 12 days ago
Quote    Edit
No. A defect that drops out of the frames may be hidden by ballast or snow, not fixed. It closes only on a signed
work order, and the section manager signs that order after the repair, never the model.

Add a note
Also available in: Atom | PDF
"""

WIKI = """Hallbrook Ops Wiki
New Page    Page Actions    Browse    Account

SkyWatch: automatic turbine pauses for eagles

Tags ecology    curtailment    ai    carn-dubh

Last edited by
Isla Munro

Pause rules
An eagle within 800 m flying towards a turbine at 0.80 or above pauses that turbine.

Comments
Write a comment...
Markdown format is supported.
Post Comment

Callum Reid    3 weeks ago
If SkyWatch pauses a turbine and we then stop it for a fault, who restarts it once the fault is cleared?

Isla Munro    3 weeks ago
You do. Once a person has stopped a turbine SkyWatch can't restart it, which is the point of the rule.
"""

SLITE = """Kerbside Parking
Search    ⌘K
Home
Ask
Inbox    2
Recent
Channels
# Operations
# Enforcement
# Customer Care
# People
+ New channel
Trash

📷 Camera enforcement: when a parking charge may be issued
✅ Verified by Priya Raman · until Feb 3, 2026
Tom Adeyemi edited 6 days ago · 384 views

Contents
The one rule
When the model must not flag
Appeals

The one rule
No parking charge goes out unless a named reviewer has approved it.

When the model must not flag
• Inside the 5-minute consideration period after entry.
• At a site whose signage audit is more than 12 months old.

Appeals
Every appeal is read by a person in Customer Care who did not approve the charge, within 14 days.
"""


def _load(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_an_issue_is_titled_by_its_subject_and_keeps_notes_without_the_journal(tmp_path):
    document = _load(tmp_path, "redmine-issue.txt", REDMINE)
    assert document.title == "Decision record: flag bands and what the model never does"
    assert "Feature #2317" not in document.text
    assert "changed from" not in document.text and "Quote" not in document.text
    assert "Updated by Tomasz" not in document.text and "Add a note" not in document.text
    assert "Added by Rosa" not in document.text and "My page" not in document.text  # byline, menu over the title
    assert "Nights have 2 reviewers per shift" in document.text  # the people's notes stay
    assert "It closes only on a signed" in document.text
    assert "Red flags are reviewed within 15 minutes" in document.text


def test_a_wiki_page_loses_its_tags_editor_and_comment_box(tmp_path):
    document = _load(tmp_path, "wiki-page.txt", WIKI)
    for furniture in ("Tags ecology", "Last edited by", "Write a comment", "Markdown format", "Post Comment"):
        assert furniture not in document.text, furniture
    assert "An eagle within 800 m flying towards a turbine" in document.text


def test_a_comment_keeps_its_text_without_its_author_and_age_line():
    lines = ["Callum Reid    3 weeks ago", "Who restarts a turbine we stopped?", "", "Isla Munro\t2 weeks ago", "You do."]
    assert drop_tracker_furniture(lines) == ["Who restarts a turbine we stopped?", "", "You do."]


def test_a_sidebar_of_channels_is_no_heading_and_the_doc_keeps_its_title(tmp_path):
    document = _load(tmp_path, "slite-doc.txt", SLITE)
    assert document.title == "Camera enforcement: when a parking charge may be issued"
    assert "Verified by" not in document.text and "384 views" not in document.text
    assert "Inbox" not in document.text and "New channel" not in document.text
    path = tmp_path / "slite-doc.txt"
    sections = {chunk.section for chunk in chunks_for(path, tmp_path, chunk_chars=1200)}
    assert not any("People" in section or "Operations" in section for section in sections), sections
    assert any(section.endswith("When the model must not flag") for section in sections), sections


def test_an_issue_s_attribute_panel_goes_and_a_heading_may_close_on_a_note(tmp_path):
    document = _load(tmp_path, "redmine-issue.txt", REDMINE)
    assert "In Progress" not in document.text and "Due date" not in document.text
    sections = {chunk.section for chunk in chunks_for(tmp_path / "redmine-issue.txt", tmp_path, chunk_chars=1200)}
    assert "Where it is not used (patrol only)" in sections, sections


ZULIP = """Kilnworks ▾
🔍 Search
📥 Inbox

CHANNELS
# announcements
# kiln-ops
    KilnEye: alert bands and who decides
    night shift questions
# maintenance
# safety

#kiln-ops > KilnEye: alert bands and who decides
Tue, Mar 11

Mara Koss  10:04 AM
Final version. Questions in this topic please.

What KilnEye is
KilnEye listens to the kiln's acoustic sensors and flags the sound of a pot cracking during a firing. Each alert has a
confidence from 0.00 to 1.00 and goes to the shift's kiln operator, who looks through the spy hole before anything
else happens. It never stops a firing by itself and never marks a batch as scrap.

Alert bands
From 0.85 the console sounds and the operator looks within two minutes. From 0.55 to 0.84 the operator looks within
ten minutes. Below 0.55 the alert is logged for the morning review and nobody is called.

If KilnEye is down
Firings go on as before and the operator checks the spy holes every 30 minutes. The shift lead is told by radio and
logs the start and end time; no firing is ever held because the model is down.
"""


def test_a_sidebar_whose_channels_list_their_topics_is_no_heading_either(tmp_path):
    """Zulip indents each channel's open topics under it; "# announcements" read as a heading had made the page
    Markdown, and its own plain-text headings ("If KilnEye is down") went unseen."""
    path = tmp_path / "zulip-topic.txt"
    path.write_text(ZULIP, encoding="utf-8")
    sections = {chunk.section: chunk.text for chunk in chunks_for(path, tmp_path, chunk_chars=1200)}
    assert "spy holes every 30 minutes" in sections.get("If KilnEye is down", ""), sections
    assert not any("announcements" in section or "safety" in section for section in sections), sections


AIRTABLE = """Kiln Operations ▾        Data    Automations    Interfaces    Forms

Policies  ▸  KilnEye alert rules v2

≡  Summary
KilnEye listens to the kiln's acoustic sensors and flags the sound of a pot cracking during a firing, with a
confidence from 0 to 1 for each alert.

≡  Not screened by KilnEye
Raku firings, which crack on purpose. Kilns built before 2010, which have a single sensor and are checked by hand.

≡  If KilnEye is down
Firings go on as before and the operator checks the spy holes every 30 minutes.
"""

MASTODON = """Mara Koss
@mara@kiln.social

We switched on KilnEye, our AI crack alerts, in all 12 kilns last month. Here are the rules we run it under.

Mar 14, 2025, 09:12 · 🌐
↩ 6   ⇆ 48   ★ 112

Mara Koss @mara@kiln.social
The one rule: KilnEye never stops a firing by itself. Only the kiln operator decides. 2/5
Mar 14, 2025, 09:14 · 🌐   ↩ 1   ⇆ 9   ★ 30

Mara Koss @mara@kiln.social
Bands: from 0.85 the console sounds and the operator looks within two minutes; below that it is logged. 3/5
Mar 14, 2025, 09:15 · 🌐   ↩ 0   ⇆ 4   ★ 12

Mara Koss @mara@kiln.social
If KilnEye is down, firings go on as before and the operator checks the spy holes every 30 minutes. 4/5
Mar 14, 2025, 09:16 · 🌐   ↩ 0   ⇆ 3   ★ 10
"""

MINUTES = """腾讯会议    会议纪要

窑炉裂纹 AI 告警上线评审会

录制回放 1:02:16    转写    智能纪要    章节        导出    分享    复制链接

ⓘ 以下纪要由 AI 生成，仅供参考，请以会议录制为准

会议摘要
本次会议评审了窑炉裂纹 AI 告警在全部窑炉上线前的规则：AI 只负责提醒，是否停窑由窑炉操作员决定。
"""


def test_an_airtable_records_long_text_fields_are_its_sections(tmp_path):
    """"≡  If KilnEye is down" names a long-text field over its text, as "■ …" heads a section."""
    path = tmp_path / "airtable-record.txt"
    path.write_text(AIRTABLE, encoding="utf-8")
    sections = {chunk.section.split(" > ")[-1]: chunk.text for chunk in chunks_for(path, tmp_path, chunk_chars=1200)}
    assert "spy holes every 30 minutes" in sections.get("If KilnEye is down", ""), sections
    assert "Raku firings" in sections.get("Not screened by KilnEye", ""), sections


def test_a_fediverse_threads_authors_dates_counts_and_places_go(tmp_path):
    document = _load(tmp_path, "mastodon-thread.txt", MASTODON)
    assert "Only the kiln operator decides." in document.text
    for chrome in ("@mara@kiln.social", "Mar 14, 2025", "⇆", "2/5"):
        assert chrome not in document.text, chrome


def test_a_meeting_tools_buttons_and_machine_written_note_go(tmp_path):
    document = _load(tmp_path, "minutes.txt", MINUTES)
    assert "是否停窑由窑炉操作员决定" in document.text
    for chrome in ("录制回放", "复制链接", "仅供参考"):
        assert chrome not in document.text, chrome


BOARD_THREAD = """【规则】“扫码助手”AI 回信规则

一、扫码助手是做什么的
扫码助手把会员收到的英文信翻成中文，义工核对后再交给会员。

所有跟帖:
• 坏了怎么办？ -南区李姐- ♀ (96 bytes) 11/22/2025 postreply 11:02:31
    扫码助手坏了怎么办？翻错了又怎么办？
  • 回复：坏了怎么办？ -北区老陈- ♂ (512 bytes) 11/22/2025 postreply 12:20:05
    扫码助手用不了时，双语义工当面口译，跟以前一样；当周所有译文由义工重新核对。

加跟帖
"""


def test_a_boards_reply_headers_go_and_the_replies_are_paragraphs(tmp_path):
    # guides-unseen-64's 文学城 post: "回复:坏了怎么办?" and the author line had been quoted as an answer's items.
    document = _load(tmp_path, "board-thread-zh.txt", BOARD_THREAD)
    assert "postreply" not in document.text and "bytes" not in document.text and "回复" not in document.text
    # Each reply is a paragraph of its own, not an item nested under its header.
    paragraphs = [p.strip() for p in document.text.split("\n\n")]
    assert any(p.startswith("扫码助手用不了时") for p in paragraphs)
    assert any(p.startswith("扫码助手坏了怎么办") for p in paragraphs)
