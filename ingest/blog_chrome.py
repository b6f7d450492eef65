"""A blogging platform's page saved as text: the site's header over the post and readers' comments under it.

Medium, Substack and Ghost pages open with the publication's name over a short row of navigation
("Home    Archive    Podcast    About", "Follow publication    Sign in") and close with the responses. Left
in, the publication's name became the page's title and readers' comments ("Wish I had read the three-lane
point a year ago.") were quoted as guidance. Both are found by their shape and a few navigation words, not
by any one site's wording; so are the byline over the post and a sign-up box's pitch.
"""

from __future__ import annotations

import re

# Chinese pages part entries with ideographic spaces, two spaces once normalised ("下载豆瓣客户端　　登录/注册").
NAV_GAP_RE = re.compile(r"\t+|\s{3,}|(?<=[\u4e00-\u9fff/])\s{2}(?=[\u4e00-\u9fff\w])")
NAV_WORDS = frozenset({
    "home", "archive", "archives", "about", "podcast", "podcasts", "blog", "contact", "newsletter", "search",
    "sign in", "sign up", "log in", "login", "subscribe", "follow", "follow publication", "menu", "topics",
    "latest", "popular", "notes", "shop", "careers", "write", "get app", "open in app", "listen", "share",
    # Chinese platforms' menus (Zhihu, CSDN, 人人都是产品经理, Juejin).
    "首页", "会员", "发现", "等你来答", "提问", "登录/注册", "登录", "注册", "消息", "私信", "搜索", "推荐", "热榜", "专栏",
    "写文章", "创作中心", "下载app", "关注", "投稿", "社区", "课程",
    # A finance community's menu (雪球, 东方财富) and other feeds'.
    "行情", "自选", "组合", "动态", "话题", "问答", "资讯", "直播", "视频",
})
# A search box or form field in the menu row: "[ 搜索你感兴趣的内容… ]", "[ Search ]".
FIELD_ENTRY_RE = re.compile(r"^\[.{0,40}\]$")
SITE_HEADER_LINES = 6  # the site's header sits in a page's first few lines
# A docs page's own record keeping and jump links, under its title: "Last updated: 3 April 2025  ·  6 min
# read", "On this page:  Where the data lives · Steps and deadlines · …". Left in, the first became the
# heading of the second, a section of anchors.
PAGE_META_RE = re.compile(
    r"^\s*(?:last (?:updated|modified|edited|reviewed)|updated|published|posted)(?: on)?\s*:?\s*[^.!?]{0,30}\d{4}"
    r"(?:\s+[·∙•|]\s+[^.!?·∙•|]{1,30}){0,3}\s*$",
    re.IGNORECASE,
)
ANCHORS_RE = re.compile(
    r"^\s*(?:on this page|in this (?:article|page|guide|doc)|jump to|contents)\s*:\s*[^·|•]+(?:\s[·|•]\s[^·|•]+){2,}$",
    re.IGNORECASE,
)
# Where readers' responses begin: "Responses (24)", "24 comments", "What are your thoughts?", "Leave a comment".
COMMENTS_RE = re.compile(
    r"^\s*(?:responses? \(\d+\)|\d+ (?:comments?|responses?)|comments? \(\d+\)|what are your thoughts\??"
    r"|leave a (?:comment|reply)|join the (?:conversation|discussion)|discussion about this post"
    r"|(?:add|write) a comment(?:\.{3}|…)?|share an update(?:\.{3}|…)?|评论列表|发表评论"
    r"|\d[\d,]*\s*条(?:评论|回复)(?:\s{2,}.{0,40}|\s*[•·]\s*.{0,40})?|全部(?:评论|讨论|回复)(?:\s*\d[\d,]*)?(?:\s{2,}.{0,20})?|精彩评论|热门评论|评论区"
    # Douban's "回应 (4)" over a diary's replies, and the like elsewhere ("评论（12）").
    r"|(?:全部)?(?:回应|评论|回复|留言|讨论)\s*[(（]\s*\d[\d,]*\s*[)）])\s*$",
    re.IGNORECASE,
)
COMMENTS_FROM_SHARE = 0.5  # responses follow the post: a marker in the page's first half is something else
# A video page's transcript ("0:48" over each caption) keeps its comments: its last captions are short lines
# that, with nothing after them, the page's tail rule would take for a footer.
TIMESTAMP_LINE_RE = re.compile(r"^\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s|$)")
TRANSCRIPT_STAMPS = 3


def gapped_entries(line: str) -> list[str]:
    """The entries of a row laid out with wide gaps or tabs, as a saved page prints a menu or a bar."""
    return [e.strip() for e in NAV_GAP_RE.split(line.strip()) if e.strip()]


def is_nav_row(line: str) -> bool:
    """Two or more entries set apart by wide gaps, each a few words with no sentence end, at least half of
    them navigation words: "Home    Archive    Podcast    About", "Follow publication    Sign in"."""
    entries = gapped_entries(line)
    if len(entries) < 2 or any(len(e.split()) > 3 or e.endswith((".", "?", "!", ":")) for e in entries):
        return False
    named = sum(e.lower() in NAV_WORDS for e in entries)
    # A field counts with the menu it sits in; fields alone are a sign-up box (its pitch goes with it, later).
    return named >= 1 and (named + sum(bool(FIELD_ENTRY_RE.match(e)) for e in entries)) * 2 >= len(entries)


MASTHEAD_WORDS = 4
MASTHEAD_RE = re.compile(r"^[A-Za-z][\w'’&-]*(?: [A-Za-z][\w'’&-]*){0,%d}$|^[\u4e00-\u9fff]{1,6}$" % (MASTHEAD_WORDS - 1))
MASTHEAD_LINES = 4  # a site's name sits in the page's first few lines


def is_masthead(line: str) -> bool:
    """A few plain words with no punctuation or digits (or a few Chinese characters, "知乎"): a site's name
    over a page's title."""
    return bool(MASTHEAD_RE.match(" ".join(line.split())))


def drop_site_header(lines: list[str]) -> list[str]:
    """Without navigation rows in the page's first lines, nor the publication's name right above them, nor
    the page's date and jump links."""
    kept: list[str] = []
    seen = 0
    for line in lines:
        if line.strip():
            seen += 1
        if seen <= SITE_HEADER_LINES and (PAGE_META_RE.match(line) or ANCHORS_RE.match(line)):
            continue
        if seen <= SITE_HEADER_LINES and line.strip() and is_nav_row(line):
            if kept and kept[-1].strip() and is_masthead(kept[-1]) and all(not k.strip() for k in kept[:-1]):
                kept.pop()  # the publication's name, the page's first line, over its menu
            continue
        kept.append(line)
    return kept


# A wiki's page tree beside the page ("  ▸ Overview", "  ▾ AI features in the CRM", "      • Churn risk score…"):
# disclosure triangles, each over nothing but the bullets of its open branch. A Notion page's toggles ("▸ The
# template") hold paragraphs, so they are never a run of this shape.
TREE_NODE_RE = re.compile(r"^\s*[▸▾►▼▶∨›]\s+\S")  # Azure DevOps draws "∨" and "›"
# A leaf is an indented bullet, or an indented page title of a few words with no sentence end ("      Repair
# price matrix" in a wiki copied as text).
TREE_LEAF_RE = re.compile(r"^\s+[•◦*-]\s+\S|^\s+(?!\s)(?:\S+ ){0,7}\S*[^\s.!?:;。！？：；]$")
MIN_TREE_NODES = 3


# A wiki's sidebar copied as text without its triangles: "Spaces" or "Pages" over the indented titles of its
# spaces and pages (Docmost, Outline, BookStack), each a few words with no sentence end.
SIDEBAR_LABEL_RE = re.compile(r"^(?:spaces|pages|page tree|workspaces?|teamspaces?|favou?rites|shared|private)\s*$",
                              re.IGNORECASE)


def drop_page_trees(lines: list[str]) -> list[str]:
    """Without runs of MIN_TREE_NODES or more tree nodes with only indented bullets between them, nor a sidebar's
    label over MIN_TREE_NODES or more indented titles."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if SIDEBAR_LABEL_RE.match(lines[index]):
            end = index + 1
            while end < len(lines) and TREE_LEAF_RE.match(lines[end]):
                end += 1
            if end - index - 1 >= MIN_TREE_NODES:
                index = end
                continue
        end, nodes = index, 0
        while end < len(lines) and (TREE_NODE_RE.match(lines[end]) or (nodes and TREE_LEAF_RE.match(lines[end]))):
            nodes += bool(TREE_NODE_RE.match(lines[end]))
            end += 1
        if nodes >= MIN_TREE_NODES:
            index = end
            continue
        kept.append(lines[index])
        index += 1
    return kept


REACTION_WORDS = frozenset({"share", "reply", "comment", "comments", "repost", "reposts", "like", "save", "bookmark",
                            "restack", "send",
                            # Zhihu's and WeChat's bars: "关注问题  ✎ 写回答  ▲ 好问题 37", "▲ 赞同 3482  💬 156 条评论".
                            "赞同", "反对", "评论", "条评论", "添加评论", "分享", "收藏", "喜欢", "回复", "举报", "转发", "点赞",
                            "在看", "投币", "关注问题", "写回答", "邀请回答", "好问题"})
# What a count is written with: "37", "1.2K", "3,482", "156 条".
COUNT_RE = re.compile(r"\d[\d,.]*\s*[KkMm万]?\s*[条个人]?")
COUNTER_RE = re.compile(r"^\W*\d[\d,.]*\s*[KkMm万]?\W*$")
SYMBOLS_RE = re.compile(r"^[^\w]+$")


def is_reaction_bar(line: str) -> bool:
    """A post's counters and buttons on one line, wide gaps between ("♡ 286    💬 31    ↻ 22    Share",
    "▲ 赞同 3482    ▼    💬 156 条评论    ↗ 分享"): three or more entries, each a count, a symbol or a button's
    word with or without its count, at least one count among them and not only counts."""
    entries = gapped_entries(line)
    if len(entries) < 3:
        return False

    def button(entry: str) -> bool:
        word = re.sub(r"^\W+|\W+$", "", COUNT_RE.sub("", entry)).strip().lower()
        return not word or word in REACTION_WORDS

    counted = sum(bool(re.search(r"\d", e)) for e in entries)
    bare = sum(bool(COUNTER_RE.match(e)) for e in entries)
    return counted >= 1 and bare < len(entries) and all(button(e) for e in entries)  # bare numbers: a table's row


def drop_reaction_bars(lines: list[str]) -> list[str]:
    return [line for line in lines if not (line.strip() and is_reaction_bar(line))]


# The author answering a reader under the post ("老周做产品(作者):会转人工,由理财经理当面评估。", "Maya Lin
# (Author): yes, every quarter."): the author's own word, kept when the readers' responses go.
AUTHOR_REPLY_RE = re.compile(r"^\s*\S[^:：()（）]{0,30}?\s*[(（](?:作者|楼主|博主|author|op)[)）]\s*[:：]\s*(?P<text>\S.*)$",
                             re.IGNORECASE)


# The author's badge on a line of its own over the reply ("阿澈做产品  作者", then its time, then the reply).
AUTHOR_BADGE_RE = re.compile(r"^\s*\S[^:：]{0,30}?\s+(?:作者|楼主|博主|author|op)\s*$", re.IGNORECASE)
# A reply's time and its buttons under the badge: "2026.02.27 10:03", "09-19 08:12", "10 月 14 日 · 赞 18", "赞 3    回复".
REPLY_FURNITURE_RE = re.compile(
    r"^\s*(?:(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}).{0,12}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.{0,12}"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日.{0,20}|(?:赞|回复|\d)[\s\d赞回复·]*)$")


def author_replies(comments: list[str]) -> list[str]:
    """What the author said among readers' responses: "Name (作者): …" lines, and the line under a badge."""
    replies = []
    for number, line in enumerate(comments):
        found = AUTHOR_REPLY_RE.match(line)
        if found:
            replies.append(found["text"])
        elif AUTHOR_BADGE_RE.match(line):
            below = [l.strip() for l in comments[number + 1:number + 4] if l.strip()]
            said = next((l for l in below if not REPLY_FURNITURE_RE.match(l)), None)
            if said:
                replies.append(re.sub(r"^@\S+\s+", "", said))  # "@Kevin_Z 具体金额…": the reader it answers
    return replies


def cut_comments(lines: list[str]) -> list[str]:
    """The page up to where readers' responses begin, when that is in its second half, with the author's own
    replies among them kept as paragraphs."""
    if sum(1 for line in lines if TIMESTAMP_LINE_RE.match(line)) >= TRANSCRIPT_STAMPS:
        return lines
    for number, line in enumerate(lines):
        if number >= COMMENTS_FROM_SHARE * len(lines) and COMMENTS_RE.match(line):
            comments = lines[number + 1:]
            replies = author_replies(comments)
            if answers := bylined_replies(comments, page_author(lines[:number])):
                # Under a heading of their own: run on under the page's last section ("Who decides"), the
                # owner's answers about outages and measures read as who decides them.
                replies += ["Comments", *answers]
            return lines[:number] + [part for text in replies for part in ("", text)]
    return lines


# A wiki page's byline ("Imogen Stride · Last edited 2 October 2025") and a comment's header ("Imogen Stride · 2
# Oct 2025"): a name, a dot and a date. The page's owner answering a reader's question in its comments ("If
# Fennel is down, we count the traps by hand …") is the page speaking, as a blog's "(作者)" reply is.
_PERSON = r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
_DATE = r"(?:\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{4}-\d{2}-\d{2})"
PAGE_BYLINE_RE = re.compile(rf"^\s*{_PERSON}\s*[·•|]\s*(?:(?:last )?(?:edited|updated|posted|published|created)\s+"
                            rf"(?:on\s+)?)?{_DATE}\s*$", re.IGNORECASE)
COMMENT_HEADER_RE = re.compile(rf"^\s*{_PERSON}\s*[·•|]\s*{_DATE}(?:\s*[·•|].{{0,30}})?\s*$")
# A comment's buttons: "Reply · Resolve", "Reply    Like".
COMMENT_BUTTONS_RE = re.compile(r"^\s*(?:(?:reply|resolve|like|edit|delete|share|react)\s*[·•|]?\s*)+$", re.IGNORECASE)
BYLINE_WITHIN = 40  # a byline sits under the title, among the page's first lines


def page_author(page: list[str]) -> str | None:
    """The name on the page's byline, near its top; None when it has none."""
    for line in page[:BYLINE_WITHIN]:
        if found := PAGE_BYLINE_RE.match(line):
            return found["name"]
    return None


def bylined_replies(comments: list[str], author: str | None) -> list[str]:
    """The lines the page's author wrote under their own comment headers, one paragraph per line."""
    if not author:
        return []
    replies, theirs = [], False
    for line in comments:
        if header := COMMENT_HEADER_RE.match(line):
            theirs = header["name"] == author
        elif theirs and line.strip() and not COMMENT_BUTTONS_RE.match(line):
            replies.append(line.strip())
    return replies


# The box's field ("[ your@email.com ]    [ Subscribe ]"): the short line right above it is the box's pitch
# ("Get The Ops Layer in your inbox. Practical writing on …, every other Tuesday."), whatever it says.
SIGN_UP_FIELD_RE = re.compile(r"^.{0,60}\[\s*(?:subscribe|sign up|join)\s*\]\s*$", re.IGNORECASE)
MAX_PITCH_CHARS = 200


def drop_pitch(lines: list[str]) -> None:
    """Drop a sign-up box's pitch: one short line directly above its field, a paragraph of its own."""
    alone = len(lines) < 2 or not lines[-2].strip()
    if lines and lines[-1].strip() and len(lines[-1]) <= MAX_PITCH_CHARS and alone:
        lines.pop()


FOLLOW_BUTTON_RE = re.compile(r"^\s*(?:\+\s*)?(?:follow|已?关注)\s*$", re.IGNORECASE)
# "Maya Lin", or a Chinese screen name ("老周做产品") over the 关注 button, …
BYLINE_NAME_RE = re.compile(r"^\s*(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+\s*$"
                            # …or an account's kind before it ("虎嗅号　　政务产品笔记").
                            r"|^\s*(?:[\u4e00-\u9fff\w]{1,6}号\s+)?[\u4e00-\u9fff][\u4e00-\u9fff\w]{1,11}\s*$")


# A post's date on a line of its own ("Mar 11, 2026", "11 March 2026", "2026-03-11"): under the author's
# name it is the byline, and the name above it is no heading.
# With what a platform prints beside it too: "Apr 22, 2025 ∙ 8 min read ∙ Member story".
DATE_LINE_RE = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})|(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})|\d{4}-\d{2}-\d{2})"
    r"(?:\s+[·∙•|]\s+[^.!?·∙•|]{1,30}){0,3}\s*$"
)


def drop_byline(lines: list[str]) -> bool:
    """The author's name above a "Follow" button or a date line is the byline, not a heading of the post.
    Whether there was one."""
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    if last >= 0 and BYLINE_NAME_RE.match(lines[last]):
        del lines[last:]
        return True
    return False
