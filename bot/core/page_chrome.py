"""Lines about the page rather than its subject: what it is, who wrote it, what it asks of the reader.

A scraped page carries them between its advice ("This guide covers …", an author box, "Give it a clap");
the composer never quotes them as an answer, and sentence links never lean on them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.retrieval import RetrievedChunk

# A sentence about the page, not the subject: "This page is the source of truth…", "This episode is
# brought to you by…", "本文整理自…".
PAGE_META_RE = re.compile(
    r"^\W*(?:this|these|the present) (?:page|document|doc|post|article|column|deck|episode|newsletter|wiki|thread|"
    r"notes?|memo|runbook|playbook|handbook|guide|write-?up|how-?to|tutorial|essay|piece)\b"
    # Whom it is for: "They are written for product managers who own a RAG feature", "It is meant for …".
    # How to use the page itself: "Work through this list in order.", "Every item below names an owner."
    r"|^[\W_]*(?:work|go|read) through this (?:list|checklist|page|guide)\b"
    # and when to reach for it: "💡 Use this page before signing or renewing with any model provider, …".
    # ("Use this template for the system prompt and keep …" is advice about a template, not this page.)
    r"|^[\W_]*(?:how to )?use this (?:page|guide|checklist|document|doc|playbook|runbook)"
    r"(?=\s+(?:before|when|whenever|if|as|to|while)\b|\s*[,.:]|\s*$)"
    r"|^[\W_]*(?:every|each) item (?:below|on this list|in this list|on this checklist|here)\b"
    # A byline: "Written by Tomás Herrera, product manager for search.", "By Ana Ruiz · 6 min read".
    r"|^\W*(?:written|posted|published|compiled|edited) by\b|^\W*(?-i:By [A-Z][\w'-]+ [A-Z][\w'-]+)"
    # and who wrote it ("It was written by the pricing working group").
    r"|^\W*(?:it|this|they|these) (?:is|are|was|were) (?:written|meant|intended|aimed|maintained|owned) (?:for|at|by)\b"
    r"|^\W*(?:本文|本页|这篇文章)"
    # A disclaimer: "The content of this column is the general information, and it is not the legal advice."
    r"|^\W*the (?:contents?|information) (?:of|in|on) this (?:page|column|article|post|site|blog|guide|document)\b"
    r"|^.{0,80}\b(?:is|are|does|do) not (?:constitute )?(?:the )?(?:legal|financial|medical|tax|investment|professional) advice\b"
    # What the page will do: "In this column, we explain the points to note …", "In this post I cover …",
    # "In this column, for the product manager and the developer, we explain …".
    r"|^\W*in this (?:column|article|post|blog post|guide|page|piece|series|chapter|issue|newsletter|essay),?"
    r"(?: for [^.;:]{1,120},)? (?:we|i)\b"
    # An editor's note over a column ("编辑导语：不少团队……", "编者按：…", "导读：…"): what the article is about.
    r"|^\W*(?:编辑导语|编者按|导语|导读)\s*[:：]"
    # A host announcing the session: "Today's topic is red-teaming before launch.", "In this week's episode …".
    r"|^\W*(?:today's|this week's|tonight's) (?:topic|theme|session|episode|guest)\b|^\W*in (?:today's|this week's|this) (?:episode|session|issue)\b"
    # What the page goes on to give: "Ahead of the summer reporting window, here are the rules for Report
    # Assist, …" announces the page and says none of it ("here are the rules: say why …" gives them after
    # its colon or dash, and "here's the thing" is a turn of phrase; a lead-in line before its list is not prose).
    r"|^\W*(?:[^.,;:!?]{1,60},\s*)?here are (?:the|our|some|a few|my)\b(?![^:：—–]*[:：—–])(?!.*\s-\s)"
    # A page's own record keeping: "Last template update: 2026-05-02.", "Last updated 24 November".
    r"|^[\W_]*last (?:\w+ )?(?:updated?|edited|reviewed|modified)\b(?:[^.]{0,30}\d| by\b)"
    # Its owner and review cycle ("Owner: Head of Product, Platform.", "Reviewed every six months.") and its
    # place in a handbook ("Product Handbook › AI › Strategy."): where the page sits, not what it advises.
    r"|^[\W_]*(?:owners?|authors?|maintainers?|reviewers?|approvers?|doc owner|page owner|attendees|participants|"
    r"present|absent|apologies|note-?taker|参会人|与会人?|出席)\s*[:：]"
    r"|^\W*reviewed (?:every|each|once a|twice a|quarterly|annually|yearly|monthly)\b"
    r"|^[^.›»]{1,40}(?:\s[›»]\s[^.›»]{1,40}){2,}\W*$", re.IGNORECASE)
# A page's record of itself anywhere in a sentence, where a scraped header runs its fields together: a blog's
# counters and licence ("原创 已于 2026-09-21 18:32:05 修改 · 阅读量3.4k · 收藏 126 · 点赞数 58 … 版权声明：
# 本文为博主原创文章", Jianshu's "字数 1,629 阅读 2,847"), a doc's header ("适用范围：… 负责人：[@张敏](…)
# 最后更新：2025-06-18 状态：已评审"), "1.2k views".
PAGE_RECORD_RE = re.compile(
    # counters
    r"(?:阅读量|阅读数|浏览量|点赞数|评论数)\s*[:：]?\s*\d|字数\s*[:：]?\s*[\d,]+.{0,20}阅读\s*[:：]?\s*[\d,]+"
    # licence and link
    r"|版权声明\s*[:：]|转载请(?:注明|附上|联系|保留)|(?:本文|原文)链接\s*[:：]"
    # when it changed, and who owns it
    r"|(?:最后更新|更新时间|更新日期|发布时间|发布日期|修改时间)\s*[:：]\s*\d"
    r"|已于\s*\d{4}-\d{1,2}-\d{1,2}[\d:\s]{0,12}(?:修改|发布)"
    r"|(?:负责人|维护人|作者|对接人|法务对接|审核人|owner|author|maintainer)\s*[:：]\s*\[?@"
    r"|\b\d[\d.,]*\s?[kKmM]?\s+(?:views|reads)\s*·|\blast (?:updated|modified|edited)\s*[:：]\s*\d{4}"
    # a forum comment's floor and time ("#4楼 2026-05-08 08:21 阿杰在写代码", "#2楼 [楼主] 2026-05-07 …")
    r"|#?\d+\s*楼\s*(?:\[楼主\]\s*)?\d{4}-\d{1,2}-\d{1,2}",
    re.IGNORECASE)
# A blog's author box ("About the author: Rhea Castellano is a product lead …"): who wrote it, not advice.
ABOUT_AUTHOR_RE = re.compile(
    r"^\W*(?:about (?:the |this )?(?:author|writer|contributor)s?|about me|author bio(?:graphy)?|the author|"
    r"作者简介|关于作者|作者介绍)\W*$", re.IGNORECASE)
# "About Tomasz Wierzbicki" over "Tomasz leads product for …": a box about the person who wrote the page.
ABOUT_PERSON_RE = re.compile(r"^About ((?:[A-Z][\w'’-]+ ?){1,3})$")
# The page asking for something for itself: claps, follows, reviews, subscriptions; an email's offer to
# talk more ("Happy to go deeper in Thursday's session.", "Feel free to reach out").
CALL_TO_ACTION_RE = re.compile(
    r"\b(?:give (?:it|us|me|this) a clap|follow (?:me|us|for more)|leave (?:us |me )?a (?:review|comment|rating)|"
    r"subscribe (?:to (?:our|my)\b|for more|on (?:your|our)\b)|like and (?:share|subscribe)|smash (?:that|the) like|link in (?:bio|the comments)|"
    r"^thanks (?:for|so much for) (?:reading|listening|watching)\b|"
    r"^(?:i'?m |i am |we'?re |we are )?happy to (?:go deeper|dig in|chat|discuss|talk|help|answer)\b|^feel free to (?:reach out|ping|ask)\b|"
    # A blog's share bar and comment box as sentences: "Share this post on LinkedIn.", "Comments are closed."
    r"^(?:please )?share this (?:post|article|page|story|guide|newsletter|episode|thread)\b|"
    r"\bshare (?:it|this) on (?:linkedin|twitter|x|facebook|threads|bluesky|social media)\b|"
    r"^(?:comments? (?:are|is) (?:now )?(?:closed|disabled|turned off)|no comments yet|be the first to comment)\b|"
    r"\bsign up (?:for|to) (?:our|my|the) (?:newsletter|mailing list)\b|^join (?:\d[\d,.]*k? )?(?:other )?(?:readers|subscribers)\b|"
    r"^if you (?:enjoyed|liked|found) (?:this|it)\b|"
    # A post's closing asks: "Tell me in the comments.", "Drop yours below 👇", "♻️ Repost if this helped …"
    r"\b(?:tell|let) (?:me|us) (?:know )?in the comments\b|\bdrop (?:it|them|yours|a comment|your [a-z]+) (?:in the comments|below)\b|"
    r"\brepost (?:if|this|to)\b|"
    # A vendor's column closing on its sales pitch: "please feel free to consult us", "The free consultation …"
    r"\bfeel free to (?:contact|consult|call|email) us\b|\b(?:contact|consult) us (?:for|to|about|today|now)\b|"
    r"\bfree (?:consultation|demo|trial)\b|\bbook a (?:free )?(?:demo|consultation|call)\b|"
    # ... or on what the vendor offers: "Our company supports from the selection of the data to the contract."
    r"^(?:our company|our team) (?:supports?|can support|helps?|can help|provides?)\b)",
    re.IGNORECASE)


def is_page_meta(sentence: str) -> bool:
    """A sentence about the page rather than its subject ("This guide helps teams choose …")."""
    return bool(PAGE_META_RE.match(sentence) or PAGE_RECORD_RE.search(sentence))


def is_author_box(chunk: "RetrievedChunk") -> bool:
    """The passage under "About the author", or under "About <Name>" when it opens with that name."""
    person = ABOUT_PERSON_RE.match(chunk.heading.strip())
    first_word = chunk.text.split(maxsplit=1)[:1]
    return bool(ABOUT_AUTHOR_RE.match(chunk.heading) or (person and first_word and first_word[0] in person.group(1).split()))
