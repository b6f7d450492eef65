"""Cleaning: Unicode normalisation and removal of page chrome by the shape of the page.

Chrome is recognised structurally (lines repeated in a document, the title repeated, breadcrumb lines,
short lines trailing after the last paragraph, a sign-off after "--"), so it works on pages nobody has
seen; a few whole-line patterns catch the commonest navigation words.
"""

from __future__ import annotations

import re

from bot.core.documents.reading import ICON_RE
from bot.core.documents.structure import BULLET_RE, TABLE_ROW_RE, unwrap
from bot.core.text import CJK_RE, normalize
from ingest.blog_chrome import (DATE_LINE_RE, FOLLOW_BUTTON_RE, SIGN_UP_FIELD_RE, drop_byline, drop_page_trees,
                                 drop_pitch, drop_reaction_bars, drop_site_header, is_masthead)
from ingest.plain_text import drop_field_block, drop_record_panels, underlined_headings, unmarked
from ingest.social_posts import drop_fold_markers, mark_bold_headings, split_icon_lists, split_inline_lists
from ingest.page_furniture import DURATION_RE, ISSUE_NUMBER_RE, MENU_GAP_RE, drop_tracker_furniture, gapped_menu
from ingest.page_tail import trim_tail
from ingest.splitting import SUBSECTION_RE

# Lines that are navigation or promotion, not guidance. Matched on whole (short) lines only.
CHROME_LINE_RE = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:(?:←|<-|«|‹)\s*.{0,40}|(?:←|<-|«)?\s*(?:back to .{0,40}|share( this)?( post)?|subscribe.{0,40}|sign (in|up).{0,20}|log ?in|"
    r"follow us.{0,30}|cookie.{0,60}|accept( all)?( cookies)?|skip (?:to )?(?:(?:main )?content|navigation)|search in video|menu|home|next|previous|"
    r"search(?:\.{3}|…)?|"
    r"read more(:.{0,80})?|related (posts|articles)|advertisement|source link|leave a (reply|comment)|"
    r"all rights reserved.{0,60}|©.{0,80}|copyright .{0,80}|slide \d{1,3}( of \d{1,3})?|page \d{1,4} of \d{1,4}|"
    # A blogging platform's buttons and counters, each on its own line ("Follow", "Listen", "1.4K", "Responses (12)").
    r"follow|listen|save|claps?|responses? \(\d+\)|more from .{0,60}|written by .{0,60}|\d[\d,.]*\s*[km]|"
    # A forum's thread chrome: Discord's "Original Post" over the first message, "Replying to @name" over a reply.
    r"forum|original post|replying to @\S{1,40}|"
    # A wiki's page furniture: "Edit    ···", "+ New page", "Filter pages by title", "Callum Reid edited 6 days
    # ago · Revision 7", "182 visits in last 30 days", a knowledge base's "Was this article helpful?".
    r"edit(?:\s+···)?|\+ new page.{0,10}|filter pages by title|.{0,40}\bedited \d+ (?:minute|hour|day|week|month|year)s? ago"
    r"(?:\s*·\s*(?:revision \d+|[\d,.]+k? views))?|\d[\d,]* (?:visits|views) in (?:the )?last \d+ days|was this (?:article|page) helpful\??|"
    # A knowledge base's verification badge: "✅ Verified by Priya Raman · until Feb 3, 2026", "✓ Trusted · Verified
    # by … 12 days ago · Next verification in 78 days".
    r"(?:[✓✔✅☑]\ufe0f?\s*)?(?:trusted\s*·\s*)?verified by [^·.!?]{2,40}(?:·.{0,60})?|"
    # A newsletter sign-up box: "Get new posts in your inbox" and the "jamie@example.com    [ Subscribe ]" field.
    r"get (?:new |the latest |our )?(?:posts|articles|updates|issues|stories|essays) (?:in|to) your inbox|.{0,60}\[\s*(?:subscribe|sign up|join)\s*\]|"
    # A running header or footer: the document's label, a wide gap, the page ("Internal - Product      Page 2 of 4").
    r".{0,80}?\S\s{3,}page \d{1,4}(?: of \d{1,4})?|"
    r"(?:strictly )?confidential|internal( use)?( only)?|do not (?:distribute|share|forward)|"
    # A wiki panel's label over its text ("ⓘ Info", read "i Info"): glued to the next line it hid a line
    # about the page ("i Info This page is the agreed display policy …") from the check that drops those.
    r"(?:[iℹⓘ]\ufe0f?\s+)?info|[iℹⓘ!]\ufe0f?\s+(?:note|tip|warning|important|caution)))\s*$",
    re.IGNORECASE,
)
# The sign-up box's pitch, longer than a button: "Practical notes on …, every other Tuesday. No spam, unsubscribe any time."
SIGN_UP_PITCH_RE = re.compile(r"^.{0,160}\bno spam\b.{0,60}$|^.{0,160}\bunsubscribe (?:at )?any ?time\b.{0,20}$", re.IGNORECASE)
# A Chinese platform's chrome (Bilibili, WeChat, Zhihu): paging to the author's next and previous post,
# the login prompt over comments, the repost notice, and a counter beside its label ("点赞 856", "评论 136").
# A column site's footer too: "本文由 @作者 原创发布于…", the cover image's credit, the platform's disclaimer.
ZH_CHROME_LINE_RE = re.compile(
    r"^\s*(?:(?:首页|上一篇|下一篇|上一章|下一章)(?:\s*[:：].{0,40})?|请先登录.{0,30}|(?:本文为|本文系|本文由).{0,20}原创.{0,40}"
    r"|(?:题图|封面图|头图|配图)(?:来自|来源|源自)?\s*[:：]?.{0,40}(?:协议|授权|Unsplash|Pexels|作者|网络)[。.]?"
    r"|(?:该文|本文)观点仅代表作者本人.{0,60}"
    # A finance post's disclaimer: "风险提示:本文所提到的观点仅代表个人的意见,所涉及标的不作推荐,据此买卖,风险自负。"
    r"|(?:风险提示|免责声明)[:：].{0,100}(?:风险自负|不构成.{0,12}建议|仅供参考)\W{0,2}"
    r"|未经(?:作者)?(?:授权|许可).{0,10}(?:禁止|不得)转载.{0,10}|(?:\+\s*)?(?:已)?关注|举报"
    # One counter or a bar of them ("赞 36　　评论 5　　分享　　收藏").
    r"|(?:(?:点赞|赞|投币|收藏|分享|评论|回应|讨论|转发|阅读|浏览|在看|喜欢)(?:\s*[:：]?\s*\d[\d,.]*\s*[万wWkK]?)?\s*)+"
    # Douban's "52人喜欢" under a diary, its "原创内容" badge, a site's search box ("搜索你感兴趣的内容和人...").
    r"|\d[\d,]*\s*人(?:喜欢|推荐|收藏|赞过)|原创(?:内容|声明)?|搜索.{0,15}(?:\.{3}|…)"
    # V2EX's byline ("橘子汽水 · 3 天前 · 2418 次点击"), its notice on an old topic and the label of the
    # author's later note ("第 1 条附言  ·  2 天前"; the note itself is the author's).
    r"|\S{1,20}\s*·\s*\d+\s*(?:秒|分钟|小时|天|个月|年)前(?:\s*·\s*\d[\d,]*\s*次点击)?|这是一个创建于.{1,20}的主题.{0,40}"
    r"|第\s*\d+\s*条附言.{0,20}"
    # The blog's name over the post ("青柠的日记", "某某的博客"): the post's title is the line under it.
    r"|\S{1,12}的(?:日记|博客|专栏|个人主页)"
    # A post's time stamp and where it came from ("2025-11-06 21:47　　来自 星球成员　　【精华】"), with its
    # author and place before and after ("青柠　　2025-10-19 22:41:07　　北京").
    # 雪球's "11-02 21:14 · 来自雪球 · 修改于11-03 08:03", its "下载雪球 App" and "搜索股票/组合/用户/讨论".
    r"|\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:\s*[·・]\s*(?:来自|修改于|编辑于|发布于)\s*\S{0,20})*"
    # An author card's counts under the name ("写了 9 篇文章 · 获得 412 个赞"), over its 关注 button.
    r"|(?:写了|发布了)\s*\d[\d,]*\s*篇(?:文章|笔记|回答).{0,30}"
    r"|(?:下载|打开|安装)\s?\S{0,10}?\s?(?:App|APP|app|客户端)|搜索(?:[^/\s]{1,8}/)+[^/\s]{1,8}"
    r"|(?:\S{1,12}\s+)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:来自|发布于|via|来源[:：]).{0,30}|\s+【[^】]{1,6}】|\s+[\u4e00-\u9fff]{2,6})*"
    # A reposted article's credits: "题图来自:视觉中国", "本文来自微信公众号:政务产品笔记,作者:林舟,原文标题:《…》".
    r"|题图(?:来自|来源)[:：].{0,30}|本文(?:来自|转载自|来源于)(?:微信)?公众号.{0,100}"
    # Zhihu's counters and prompts: "关注者 2,116    被浏览 413,208", "3,482 人赞同了该回答", "查看全部 93 个回答",
    # "编辑于 2025-06-12 09:41・IP 属地北京", "展开其余 153 条评论 ›", "写下你的评论…".
    r"|(?:(?:关注者|被浏览|粉丝|获赞)\s*\d[\d,.]*\s*[万wWkK]?\s*)+|\d[\d,.]*\s*[万]?\s*人赞同了该(?:回答|文章)"
    r"|查看全部\s*\d[\d,]*\s*个回答|(?:编辑|发布)于\s*\d{4}-\d{2}-\d{2}.{0,30}|展开其余.{0,20}|写下你的评论.{0,3})\s*$"
)
# A post's topic tags on a line of their own: Weibo and 知识星球 close each tag ("#智能调价# #AI产品#"), other
# sites list two or more ("#seo #ai"). Kept, the line read as the heading of the post's opening paragraphs.
HASHTAG_LINE_RE = re.compile(r"^\s*(?:(?:#[^\s#]{1,30}#\s*)+|#[^\s#]{1,30}(?:\s+#[^\s#]{1,30})+\s*)$")
# A site's menu as plain text: six or more short lines in a row ("首页 / 番剧 / 直播 / 游戏中心 / …").
# A sidebar's entry may carry a count badge set apart by a wide gap ("Inbox    2") or be a "+" button ("+ New
# channel").
MENU_ITEM_RE = re.compile(
    r"^\s*(?:\+ )?(?:[\u4e00-\u9fff]{1,5}|[A-Za-z][\w&'’-]*(?: [A-Za-z][\w&'’-]*)?)(?:(?:\t|\s{2,})\d{1,4})?\s*$"
)
MIN_MENU_RUN = 6
# Breadcrumbs and category trails: short segments joined by separators, no sentence in sight.
SEPARATOR_RE = re.compile(r"\s+(?:[·›»|>/]|::)\s+")
# Transcripts: "[00:02:15] HOST (Dana): Are there biases…". The time and the speaker are the
# recording's bookkeeping; the words are the content (and a host's question is then an FAQ heading).
TIMESTAMP_RE = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
SPEAKER_RE = re.compile(r"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})(?: \([^)]{1,30}\))?\s*:\s+(?=\S)")
CAPS_SPEAKER_RE = re.compile(r"^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}(?: \([^)]{1,30}\))?\s*:\s+(?=\S)")
TRANSCRIPT_LINES = 3  # lines that must carry a timestamp (or an all-caps speaker) before a page is a transcript
# Slide-deck exports label the presenter's notes; the notes themselves are content.
NOTES_LABEL_RE = re.compile(r"^\s*(?:speaker )?notes\s*:\s+(?=\S)", re.IGNORECASE)
# "① 内部员工试用一周" and "❷ …": circled numbers open list items in Chinese docs (Feishu, WeChat) and
# slides; NFKC reads ① as a bare "1" and icon removal drops ❷, so they become "1. " before either runs.
CIRCLED_ITEM_RE = re.compile(r"^([ \t]*)([\u2460-\u2473\u2776-\u2793])[ \t]*(?=\S)", re.MULTILINE)
CIRCLED_BASES = (0x2460, 0x2776, 0x2780, 0x278A)  # ①–⑳, ❶–❿, ➀–➉, ➊–➓


def _circled_number(match: re.Match[str]) -> str:
    code = ord(match.group(2))
    base = max(b for b in CIRCLED_BASES if code >= b)
    return f"{match.group(1)}{code - base + 1}. "


# A Notion or Confluence callout opens with an icon (ICON_RE, which goes); a task list with a checkbox (a list item, then).
CHECKBOX_RE = re.compile(r"^(\s*)(?:[☐☑☒✅❌✔✘]\ufe0f?|- \[[ xX]\])\s+(?=\S)")
# A heading's icon or toggle mark ("## ▸ When to hand off"); in a body line "▪ " is a bullet, so only here.
HEADING_ICON_RE = re.compile(r"^(\s*#{1,6}\s+)(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF]\ufe0f?\s*)+(?=\S)")


# Slack or Teams copied as text: each message under "Grace Wu  10:46 AM", with thread and reaction lines.
MESSAGE_HEADER_RE = re.compile(r"^\s*[^\s:#>|*-][^:]{0,60}?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s*$")
MESSAGE_CHROME_RE = re.compile(
    r"^\s*(?:\d+ repl(?:y|ies)\b.*|(?::[\w+-]+:\s*\d*\s*)+|joined #[\w-]+\.?|.{1,60} pinned a message to this channel\.?"
    r"|view thread|show more|\(edited\))\s*$",
    re.IGNORECASE,
)
EDITED_RE = re.compile(r"\s*\(edited\)\s*$")


def strip_message_chrome(lines: list[str]) -> list[str]:
    """Drop a copied chat's message headers ("Grace Wu  10:46 AM"), "3 replies", reaction counts, joins
    and "(edited)" marks, keeping the messages. Only a page with several such headers is a chat: a
    guide's "Standup at 9:30" line is not one."""
    if sum(1 for line in lines if MESSAGE_HEADER_RE.match(line)) < TRANSCRIPT_LINES:
        return lines
    return [EDITED_RE.sub("", line) for line in lines
            if not MESSAGE_HEADER_RE.match(line) and not MESSAGE_CHROME_RE.match(line)]


def strip_speaker_turns(lines: list[str]) -> list[str]:
    """Drop the timestamps and speaker labels of a transcript, keeping what was said.

    Only a page with several timestamped (or all-caps speaker) lines is a transcript: "Owner: Priya" in a
    page's properties or "Note: …" in a guide is not a speaker."""
    stamped = sum(1 for line in lines if TIMESTAMP_RE.match(line))
    caps = sum(1 for line in lines if CAPS_SPEAKER_RE.match(line))
    if stamped < TRANSCRIPT_LINES and caps < TRANSCRIPT_LINES:
        return lines
    speaker = SPEAKER_RE if stamped >= TRANSCRIPT_LINES else CAPS_SPEAKER_RE
    out = []
    for line in lines:
        stamp = TIMESTAMP_RE.match(line)
        if stamp:
            line = line[stamp.end():]
        out.append(speaker.sub("", line, count=1) if stamp or speaker is CAPS_SPEAKER_RE else line)
    return out


# Invisible once rendered: an HTML comment in Markdown ("<!-- MODEL CARD TEMPLATE v3 … -->").
HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
# A template's blank to fill in: "{{feature name}}", "{{e.g. vendor-model-2026-07-15, pinned}}".
TEMPLATE_FIELD_RE = re.compile(r"\{\{[^{}\n]*\}\}")


def is_unfilled(line: str) -> bool:
    """A line of a template that is still only its blanks: "{{One or two sentences.}}", "- {{use}}: {{why}}",
    or a table row whose cells after its label are blanks ("| Owner (PM) | {{name}} |"). Quoted, it reads as
    advice; it is what the page's user was to write."""
    if not TEMPLATE_FIELD_RE.search(line):
        return False
    if TABLE_ROW_RE.match(line):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        return all(not re.search(r"[^\W_]", TEMPLATE_FIELD_RE.sub("", cell)) for cell in cells[1:])
    return not re.search(r"[^\W_]", TEMPLATE_FIELD_RE.sub("", BULLET_RE.sub("", line)))


# A thread's post numbers ("2/ Never hide …", "(1/6)", a post closing "… tracking. 2/11"): their order, not words.
THREAD_NUMBER_RE = re.compile(r"^\s*\d{1,2}/\s+(?=\S)")
THREAD_TAIL_RE = re.compile(r"(?<=[.!?)\U0001F9F5])\s+\d{1,2}/\d{1,2}\s*$")  # not "open 24/7" alone: 3 posts first
THREAD_COUNT_RE = re.compile(r"\s*\(\d{1,2}/\d{1,2}\)")
THREAD_POSTS = 3  # numbered posts before a page reads as a thread


def strip_thread_numbers(lines: list[str]) -> list[str]:
    """Drop a thread's post numbers, which were quoted as the first word of advice ("2/ Never hide …")."""
    if sum(1 for line in lines if THREAD_NUMBER_RE.match(line) or THREAD_TAIL_RE.search(line)) < THREAD_POSTS:
        return lines
    return [THREAD_COUNT_RE.sub("", THREAD_TAIL_RE.sub("", THREAD_NUMBER_RE.sub("", line))) for line in lines]


# A menu or share bar saved as one line, its entries set apart by wide gaps
# ("Home    Blog    Podcast    About", "Share:  Twitter   LinkedIn   Email   Copy link"): page_furniture.MENU_GAP_RE.
MIN_MENU_ENTRIES = 5


def menu_line(line: str, following: str = "") -> bool:
    """Five or more one- or two-word entries, each capitalised (or a short Chinese label), with no
    digit and no sentence end. A plain-text table's header has the same shape, but the row under it
    is as wide: not a menu."""
    line = DURATION_RE.sub("", line)
    entries = [e for e in MENU_GAP_RE.split(line.strip()) if e]
    if len(entries) < MIN_MENU_ENTRIES or re.search(r"\d|[.?!。？！]\s*$", line):
        return False
    row_below = len([e for e in MENU_GAP_RE.split(following.strip()) if e]) >= MIN_MENU_ENTRIES - 1
    if row_below and not is_breadcrumb(following):
        return False
    return all(len(e.split()) <= 2 and (e[:1].isupper() or re.fullmatch(r"[\u4e00-\u9fff]{1,5}", e)) for e in entries)


def drop_menus(lines: list[str]) -> list[str]:
    """Without runs of MIN_MENU_RUN or more one- or two-word lines, or one line of such entries set apart by
    wide gaps: a site menu saved with the page."""
    kept: list[str] = []
    run: list[str] = []
    following, upcoming = [""] * len(lines), ""  # the next non-blank line after each line
    for number in range(len(lines) - 1, -1, -1):
        following[number] = upcoming
        upcoming = lines[number] if lines[number].strip() else upcoming
    lines = [line for line, below in zip(lines, following) if not (line.strip() and menu_line(line, below))]
    for line in [*lines, ""]:
        if MENU_ITEM_RE.match(line):
            run.append(line)
            continue
        kept.extend(run if len(run) < MIN_MENU_RUN else [])
        run = []
        kept.append(line)
    return kept[:-1]


# A footnote's number glued to the sentence it marks ("… for its last month.1 They will ask …").
FOOTNOTE_MARK_RE = re.compile(r"(?<=[a-z]{2}[.!?])\d{1,2}(?=\s+[A-Z])")


def clean_text(text: str) -> str:
    """Normalise Unicode, unify line ends, drop chrome lines and squeeze blank runs."""
    text = HTML_COMMENT_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = mark_bold_headings(drop_fold_markers(text))
    text = normalize(CIRCLED_ITEM_RE.sub(_circled_number, text))
    lines = []
    raw = drop_reaction_bars(drop_site_header(drop_record_panels(drop_field_block(underlined_headings(text.split("\n"))))))
    raw = drop_tracker_furniture(drop_page_trees(raw))
    for line in drop_menus(strip_thread_numbers(strip_speaker_turns(strip_message_chrome(raw)))):
        stripped = line.rstrip()
        if ((len(" ".join(stripped.split())) <= 80 and CHROME_LINE_RE.match(stripped))
                or ZH_CHROME_LINE_RE.match(stripped) or SIGN_UP_PITCH_RE.match(stripped) or HASHTAG_LINE_RE.match(stripped)
                or is_unfilled(stripped)):
            if FOLLOW_BUTTON_RE.match(stripped):
                drop_byline(lines)
            if SIGN_UP_FIELD_RE.match(stripped):
                drop_pitch(lines)
            continue
        if DATE_LINE_RE.match(stripped) and drop_byline(lines):
            continue  # a date alone stays: it may head a changelog's entries
        stripped = FOOTNOTE_MARK_RE.sub("", stripped)
        if NOTES_LABEL_RE.match(stripped):
            lines.append("")  # the presenter's notes are a paragraph of their own, not the slide's last bullet
            stripped = NOTES_LABEL_RE.sub("", stripped)
        # Before a leading ✅ becomes a checkbox item: "✅ Outcome first ✅ Small bet ✅ …" is three items.
        stripped = split_icon_lists(stripped.replace("\t", " "))
        stripped = CHECKBOX_RE.sub(r"\1- ", stripped)
        stripped = HEADING_ICON_RE.sub(r"\1", ICON_RE.sub(r"\1", stripped))
        lines.append(split_inline_lists(stripped))
    cleaned = "\n".join(unwrap(lines))
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def _key(line: str) -> str:
    # Without a heading's marks ("## ", "■"): a table of contents lists the headings without them.
    return re.sub(r"\s+", " ", unmarked(line.strip().lstrip("#").strip())).strip().casefold()


def repeat_key(line: str) -> str:
    """A line as running headers and footers repeat it: "… | Page 2 of 3" and "… | Page 3 of 3" are one line."""
    return re.sub(r"\d+", "#", _key(line))


def word_count(line: str) -> int:
    """Words, not separators: "Acme Corp — Internal | Guidelines v3 | Page 1 of 3" has nine."""
    return len(re.findall(r"[^\W_]+", line))


def is_breadcrumb(line: str) -> bool:
    """'Home > Blog > Guides > This page', 'Careers · Product': short segments and separators only."""
    parts = SEPARATOR_RE.split(line.strip())
    if len(parts) < 2 or line.strip().endswith((".", "。", "?", "!")):
        return False
    # The last crumb is often the page's own (longer) title.
    head = parts[:-1] if len(parts) >= 3 else parts
    return all(0 < len(p.split()) <= 4 for p in head) and 0 < len(parts[-1].split()) <= 12


MIN_CONTENTS_ENTRIES = 3
CONTENTS_SHARE = 0.75


def drop_contents(lines: list[str]) -> list[str]:
    """Drop a table of contents: a block of short lines most of which come again later on, as the page's
    headings ("文章目录 / 前言 / 一、先想清楚 …"). Left in, each heading occurs twice and the repeated-line
    rule drops both copies, and the page loses every section. The block's label ("文章目录") goes with it;
    a longer line in it that does not come again is kept. Where an entry comes again as a plain line (a
    wiki page copied as text: "1. Photos" over its rules), that line is its section's heading."""
    lines = list(lines)
    keys = [_key(line) for line in lines]
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and keys[end]:
            end += 1
        block = range(start, end)
        later = set(keys[end:])
        again = [i for i in block if keys[i] in later and word_count(keys[i]) <= 12]
        if end - start >= MIN_CONTENTS_ENTRIES and len(again) >= CONTENTS_SHARE * (end - start):
            out += [lines[i] for i in block if i not in again and word_count(keys[i]) > 3]
            for i in again:
                if keys.count(keys[i]) != 2:
                    continue  # a running header or footer recurs on every page; a heading, once after its entry
                at = keys.index(keys[i], end)
                # A numbered entry ("1. Photos") comes again numbered; a bullet the contents did not have is an item.
                bullet = BULLET_RE.match(lines[at]) and lines[at].strip() != lines[i].strip()
                if not lines[at].lstrip().startswith("#") and not bullet:
                    # "2-1. Two kinds of error" is a sub-section of "2. Setting the threshold", as splitting reads it.
                    heading = unmarked(lines[at].strip())
                    lines[at] = ("### " if SUBSECTION_RE.match(heading) else "## ") + heading
        else:
            out += lines[start:end]
        if end < len(lines):
            out.append(lines[end])
        start = end + 1
    return out


def strip_boilerplate(text: str, title: str, *, authored: bool = False, replies_cut: bool = False) -> str:
    """Drop page chrome found by its shape: repeated lines, repeated titles, breadcrumbs, a trailing tail.

    `authored` (Markdown written as guidance) keeps its closing lines: only scraped pages grow a tail."""
    lines = drop_contents(text.split("\n"))
    counts: dict[str, int] = {}
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            counts[repeat_key(line)] = counts.get(repeat_key(line), 0) + 1
    title_key = _key(title)
    title_stem = re.split(r"\s*[:|–—-]\s+", title_key)[0] if title_key else ""
    title_stem = title_stem if len(title_stem.split()) >= 2 else ""  # "Decision: …" keeps its "Decision" section
    kept: list[str] = []
    seen_title = False
    opening = [number for number, line in enumerate(lines) if line.strip()][:OPENING_LINES]
    # A long title may have been cut short (TITLE_CUT): failing its own line, the line that starts with it.
    title_at = next((number for number in opening if title_key and _key(lines[number]) == title_key), None) or next(
        (number for number in opening if len(title_key) >= TITLE_CUT and _key(lines[number]).startswith(title_key)), 0)
    for number, line in enumerate(lines):
        key = _key(line)
        if not key:
            kept.append(line)
            continue
        if ISSUE_NUMBER_RE.match(line):
            continue  # "Feature #2317" over the issue's subject, which the loaders took as the title
        heading = line.lstrip().startswith("#")
        if number < title_at and not heading and not TABLE_ROW_RE.match(line) \
                and (is_masthead(line) or _menu_entry(key) or is_breadcrumb(line) or gapped_menu(line)):
            continue  # the site's name and menu over the page's title ("Fieldnotes on Product", "- Onboarding")
        if TABLE_ROW_RE.match(line):
            # "| Tier 1 | 5% |" and "| Tier 2 | 10% |" repeat by shape, and a header row reads like a
            # breadcrumb; rows are the table's content, never chrome.
            kept.append(line)
            continue
        short = len(key.split()) <= 12 and not BULLET_RE.match(line)
        # A running header is counted in words, not separators: "Acme Corp — Internal | … | Page 2 of 3".
        repeated = word_count(key) <= 12 and not BULLET_RE.match(line) and counts.get(repeat_key(line), 0) >= 2
        if not heading and repeated:
            continue  # the same short line twice in one page is chrome (site name, repeated CTA)
        if title_key and (key == title_key or key.startswith((title_key + " |", title_key + " -"))
                          or (short and key == title_stem)):
            if seen_title:
                continue  # the title again (a page footer, a site header): keep only its first line
            seen_title = True
        if short and not heading and is_breadcrumb(line):
            continue
        kept.append(line)
    joined = "\n".join(kept)
    return (joined if authored else trim_tail(joined, replies_cut)).strip()


OPENING_LINES = 12  # a page's title sits among its first lines, under the site's name and menu
# A title's key this long may be a longer line's start: the loaders cut a title at 120 characters and drop its
# note on whom it is for.
TITLE_CUT = 40


def _menu_entry(key: str) -> bool:
    """A few words with no sentence end: above the page's title, an entry of the site's menu or page tree."""
    words = BULLET_RE.sub("", key).split()
    return 0 < len(words) <= 4 and key[-1] not in ".!?。！？"
