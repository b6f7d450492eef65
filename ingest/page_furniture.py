"""The furniture of issue trackers, wikis and threads copied as text: the journal of field changes between an
issue's notes, the buttons under each note, a page's tags, its last-editor block and its comment box, a thread's
author lines and footers.

Left in, "Status changed from New to In Progress" and "Quote    Edit" read as the first lines of a person's
note, "Last edited by" headed the page's opening, and "Tags ecology    curtailment    ai" was quoted as a
sentence (a Redmine issue and a Wiki.js page, guides-unseen-40).
"""

from __future__ import annotations

import re

# "Feature #2317", "Bug #2290": the tracker and number over an issue's subject (Redmine, Trac, YouTrack). The
# subject under it is the page's title (loaders); the line itself is dropped with the page's chrome.
ISSUE_NUMBER_RE = re.compile(
    r"^\s*(?:(?:feature|bug|support|task|issue|ticket|story|epic|defect|incident|request)\s+#\d{1,7}"
    # YouTrack's and Jira's project key alone on its line ("SEC-1742"), in capitals as they print it
    r"|(?-i:[A-Z][A-Z0-9]{1,9})-\d{1,6})\s*$", re.IGNORECASE)
# "#3 Updated by Aaron Pike 12 days ago": a journal entry's header. The lines under it recording a field's
# change ("Status changed from New to In Progress", "% Done changed from 50 to 70") are the tracker's; the note
# after them is the person's, and stays.
JOURNAL_HEADER_RE = re.compile(r"^\s*#\d{1,4}\s+(?:updated|edited) by\s+.{1,60}$", re.IGNORECASE)
FIELD_CHANGE_RE = re.compile(
    r"^\s*[%\w][\w %./-]{0,40}?\s+(?:changed from .{1,60} to .{1,60}|set to .{1,60}|deleted \(.{1,60}\))\s*$",
    re.IGNORECASE)
# "Callum Reid    3 weeks ago", "Hannah Okoye  commented 9 days ago": a comment's author and age over its text.
# So is "Jory Penhale  Thu 10 Jul, 10:03" or "Tamsin Rowe  Fri 11 Jul, 08:40 (edited)": a chat space's sender and
# time over a message (Google Chat, Nextcloud Talk); the message under it is the person's, and stays.
COMMENT_HEADER_RE = re.compile(
    r"^\s*(?:[-*•]\s+)?[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?:\t|\s{2,}|\s+(?=commented|replied|wrote))(?:(?:commented|replied|wrote)\s+)?"
    r"(?:(?:\d+|an?) (?:minute|hour|day|week|month|year)s? ago"
    r"|(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? "
    r"\d{1,2}:\d{2}(?: ?[ap]m)?(?: \(edited\))?)"
    # ... or only the time, as a conversation under its day's date prints it ("Tobias Venn  09:40", Nextcloud Talk)
    r"|(?i:\d{1,2}:\d{2}(?: ?[ap]m)?(?: \(edited\))?))\s*$")
# Buttons and boxes: "Quote    Edit", "Add a note", "Also available in: Atom | PDF", "Watchers (5)", "Write a
# comment...", "Markdown format is supported.", "Post Comment", "Added by Rosa Okafor about 1 month ago. Updated 2
# days ago.", "Last edited by", "Contributors: MS DA", a page's
# tags ("Tags ecology    curtailment    ai    carn-dubh").
FURNITURE_LINE_RE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:quote(?:\s+edit)?|add a note|also available in:.{0,40}|watchers \(\d+\)|write a comment(?:\.{3}|…)?|"
    r"markdown (?:format )?is supported\.?|post comment|added by [^.!?]{1,60}? ago\.?(?:\s+updated [^.!?]{1,30} ago\.?)?|last (?:edited|updated|modified) by|contributors?:[^.!?]{0,60}|"
    r"tags?(?::\s*|\s+)[\w-]+(?:(?:\t|\s{2,}|,\s*)[\w-]+)+|"
    # YouTrack's "☆ Star    Watch" and "Write a comment, @mention people"; a workspace or visibility picker
    # ("Harlan County Elections ▾", "Visible to: All Users ▾    Comment"); a Chinese site's "登录", "举报/反馈", "搜索".
    r"(?:[☆★]\ufe0f?\s*)?star(?:\s+(?:un)?watch)?|(?:write|add) a comment(?:,\s*@mention people|\.{3}|…)?|"
    r"[^.!?\n]{0,60}▾(?:\s{2,}\w+)?|登录|注册|登录\s*[/|]\s*注册|举报\s*/\s*反馈|写评论(?:\.{3}|…)?|搜索|写文章|下载\s*app|"
    # A workspace sidebar's shortcuts, each behind its icon: "🔍 Search", "🕘 Recent", "⭐ Starred".
    r"[^\w\s]{1,2}\ufe0f?\s*(?:search|recent|starred|favou?rites)|recent|starred|\+ new (?:item|doc|document|note)|"
    # A wiki's action list, as Phriction and MediaWiki show it: "Edit Document", "View History", "Subscribe".
    r"(?:edit|move|delete|rename|print|export|new)\s+(?:document|page)|view (?:page )?history|(?:un)?subscribe|"
    # A chat app's quote of the message a reply answers: "↪ Reply to Mairead Quillan".
    r"[↪↩⤷]\ufe0f?\s*reply to .{1,60}|"
    # A meeting tool's note that its minutes are machine-written ("ⓘ 以下纪要由 AI 生成，仅供参考，请以会议录制为准").
    r"(?:[ⓘi]\s*)?(?:以下|本)(?:纪要|内容|摘要|总结)由\s*AI\s*(?:自动)?生成.{0,30}|"
    r"(?:[ⓘi]\s+)?(?:this|the following) (?:summary|recap|content|transcript) (?:was|is) (?:generated|written) by ai.{0,60})\s*$",
    re.IGNORECASE)


# A Mastodon thread copied from the web: each post under "Mira Castellanos @mira@orbit.social", over its date and
# counts ("Mar 14, 2025, 09:12 · 🌐   ↩ 1   ⇆ 9   ★ 30"); its "2/11" is a thread's post number (cleaning).
FEDIVERSE_AUTHOR_RE = re.compile(r"^\s*(?:[^\s@][^@\n]{0,40}\s+)?@[\w.]+@[\w-]+(?:\.[\w-]+)+\s*$")
POST_FOOTER_RE = re.compile(
    r"^\s*(?:[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s*(?:·\s*\S{1,2})?)?\s*(?:↩\s*\d+\s+⇆\s*\d+\s+★\s*\d+)?\s*$")


# A bulletin board's reply header in a thread tree (文学城, WWWBoard): "• 回复：坏了怎么办？ -北约克老陈- ♂ (512 bytes)
# 11/22/2025 postreply 12:20:05", the reply's text indented under it. Left in, the headers were quoted as an answer's
# items ("回复:坏了怎么办?") and the replies read as their sub-items (guides-unseen-64).
BOARD_REPLY_HEADER_RE = re.compile(
    r"^\s*(?:[-*•]\s+)?\S.{0,80}?\s-[^\s-][^-]{0,30}-\s*[♀♂]?\s*\(\d[\d,]*\s*bytes\)\s+\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s+postreply)?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


def drop_tracker_furniture(lines: list[str]) -> list[str]:
    """Without journal headers and their field changes, comment headers and the tracker's or wiki's buttons."""
    kept: list[str] = []
    in_journal = in_reply = False
    for line in lines:
        if line.strip() and (FEDIVERSE_AUTHOR_RE.match(line) or POST_FOOTER_RE.match(line)):
            continue
        if BOARD_REPLY_HEADER_RE.match(line):
            kept.append("")  # the reply under it is a paragraph of its own, not an item of the thread's tree
            in_reply = True
            continue
        if in_reply and line[:1].isspace() and line.strip():
            kept.append(line.strip())
            continue
        in_reply = False
        if JOURNAL_HEADER_RE.match(line):
            in_journal = True
            continue
        if FURNITURE_LINE_RE.match(line) or COMMENT_HEADER_RE.match(line) or (in_journal and FIELD_CHANGE_RE.match(line)):
            continue
        in_journal = in_journal and not line.strip()
        kept.append(line)
    return kept


# "Home    My page    Projects    Help", "Logged in as rokafor    My account    Sign out": above the page's title,
# three or more entries set apart by wide gaps are the site's menu (cleaning drops rows of five anywhere).
MENU_GAP_RE = re.compile(r"\t|\s{2,}")
# A recording's length in a menu row is its label's, not a figure ("录制回放 1:12:06    转写    智能纪要 …").
DURATION_RE = re.compile(r"(?<=\S)\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)")
MIN_GAPPED_ENTRIES = 3


def gapped_menu(line: str) -> bool:
    return len([entry for entry in MENU_GAP_RE.split(line.strip()) if entry]) >= MIN_GAPPED_ENTRIES


# "Status:\tIn Progress\tStart date:\t11/04/2024": a tracker's attribute panel copied as text, label and value
# by turns. Read as a table, its rows were quoted as an answer's list ("Priority: | High | Due date: | …").
FIELD_LABEL_RE = re.compile(r"^[%\w][\w %./-]{0,30}:$")
MIN_FIELD_PAIRS = 2


def drop_field_rows(text: str) -> str:
    """Without tab-separated rows of two or more label-and-value pairs."""
    def field_row(line: str) -> bool:
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        labels = cells[0::2]
        return (len(cells) >= 2 * MIN_FIELD_PAIRS and len(cells) % 2 == 0
                and all(FIELD_LABEL_RE.match(label) for label in labels))

    return "\n".join(line for line in text.split("\n") if "\t" not in line or not field_row(line))
