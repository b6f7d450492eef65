"""Wiki, knowledge-base and forum pages copied as text (guides-unseen-37 prompted them): a wiki's page tree,
contents and tab-separated tables, a CRM article's record fields and feed, a V2EX topic's byline and replies,
a docs site's heading permalinks. Each had lost the page's sections or been quoted as guidance."""

from __future__ import annotations

from bot.core.documents.reading import html_to_text
from ingest.loaders import load_document
from ingest.splitting import split_document

WIKI = """Azure DevOps    acme / Claims Platform / Wiki
Search
CP
Claims Platform
+
Overview
Boards
Repos

Claims Platform.wiki ∨
+ New page    ···
Filter pages by title
  Home
  ∨ Claims triage
      PhotoCheck – AI triage of claim photos
      Body shop list
  › Fraud reviews
  › Telematics

Claims Platform.wiki / Claims triage / PhotoCheck – AI triage of claim photos

PhotoCheck – AI triage of claim photos
Edit    ···
Priya Nair edited 4 days ago · Revision 3
95 visits in last 30 days

Contents
Summary
1. Photos we need
2. What the model flags
3. Nothing is paid without a handler

Summary
PhotoCheck reads the photos a customer sends with a motor claim and suggests which claims a handler should look at first, so that simple claims are paid sooner.

1. Photos we need
Four photos of the damage, each taken within 24 hours of the incident.
A claim without them goes to a handler with no score.

2. What the model flags

Model confidence\tWhat happens
Below 0.50\tNo flag, normal queue
0.50 to 0.79\tReview: normal priority
0.80 and above\tLikely total loss: top of the queue

3. Nothing is paid without a handler
A handler confirms every flag before any payment; the model never sets an amount.
Priya Nair (PM, Claims): rules and rollout
Claims Ops: handlers and queues

Comments

Add a comment...

Omar Haddad    2 days ago
Can customers see the flag in the app?
    Priya Nair    2 days ago
    No, flags are for handlers only.
    Reply
"""

KNOWLEDGE_ARTICLE = """Skip to Navigation
Skip to Main Content
Lakeside CRM
Search...
Home    Contacts    Campaigns    Knowledge    Reports    More

Knowledge
Gift Aid prompts: when the AI suggests asking for Gift Aid
+ Follow    Edit    Archive
Article Number
000000412
Publication Status
Published
Version Number
2

Details    Related

Title
Gift Aid prompts: when the AI suggests asking for Gift Aid
Summary
Rules for the AI Gift Aid prompt on the donation page. Read before changing the prompt or its thresholds.

1. When the prompt shows
The prompt shows only to UK taxpayers who have not made a Gift Aid declaration in the last 4 years.
It never shows to a supporter who declined it twice.

2. Owners
Dana Lee (Product): these rules and this article.
Supporter Care: questions from supporters.

Was this article helpful?

Feed
Post    Poll    Question
Share an update...
Dana Lee
Version 2 published with the decline rule.
Write a comment...
"""

V2EX_TOPIC = """V2EX
way to explore
首页　　注册　　登录

V2EX  ›  产品经理

外卖 AI 客服上线半年，我们定的退款规则
小北 · 2 天前 · 1203 次点击
这是一个创建于 2 天前的主题，其中的信息可能已经有所发展或是发生改变。

在一家外卖平台做客服产品，去年上线了 AI 客服，专门处理“漏送、错送”这类退款。

一、能直接退的
· 30 元以内、有照片的漏送，AI 可以直接退款。
· 超过 30 元的一律转人工。

二、谁负责
· 产品：我
· 退款规则：客服部和财务一起定

说到底，退款规则宁可松一点，也别让用户来回举证。

第 1 条附言  ·  1 天前
补充一下：照片要在送达后 2 小时内上传才算数。

加入收藏　　Tweet　　忽略主题　　感谢

3 条回复  •  2025-10-20 10:11:05 +08:00

阿飞　　1 天前　　❤️ 2
30 元这个线是怎么定的？我们是 20 元。
"""


def _load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_a_wiki_page_keeps_its_sections_and_tables_and_loses_its_tree_and_comments(tmp_path):
    document = _load(tmp_path, "wiki.txt", WIKI)
    assert document.title == "PhotoCheck – AI triage of claim photos"
    sections = dict(split_document(document.text, document.title, markdown=document.markdown_headings))
    assert "Four photos of the damage" in sections["1. Photos we need"]
    assert "| 0.80 and above | Likely total loss: top of the queue |" in sections["2. What the model flags"]
    assert "| Model confidence | What happens |\n|---|---|" in sections["2. What the model flags"]
    # The last section's short lines run on from its sentence: content, not a footer.
    assert "Claims Ops: handlers and queues" in sections["3. Nothing is paid without a handler"]
    for chrome in ("Filter pages by title", "Body shop list", "Fraud reviews", "Revision 3", "visits in last",
                   "Add a comment", "Can customers see the flag", "flags are for handlers only", "Search"):
        assert chrome not in document.text, chrome


def test_a_knowledge_article_loses_its_record_fields_and_feed(tmp_path):
    document = _load(tmp_path, "article.txt", KNOWLEDGE_ARTICLE)
    assert document.title == "Gift Aid prompts: when the AI suggests asking for Gift Aid"
    assert "never shows to a supporter who declined it twice" in document.text
    assert "Supporter Care: questions from supporters." in document.text
    for chrome in ("Skip to Navigation", "Article Number", "Publication Status", "Version Number",
                   "Was this article helpful", "Share an update", "decline rule", "Write a comment"):
        assert chrome not in document.text, chrome


def test_a_v2ex_topic_keeps_the_authors_note_and_loses_byline_and_replies(tmp_path):
    document = _load(tmp_path, "v2ex.txt", V2EX_TOPIC)
    assert document.title == "外卖 AI 客服上线半年,我们定的退款规则"
    assert "照片要在送达后 2 小时内上传才算数" in document.text  # the author's later note is the author's
    assert "宁可松一点" in document.text
    for chrome in ("1203 次点击", "这是一个创建于", "条附言", "条回复", "我们是 20 元"):
        assert chrome not in document.text, chrome


def test_a_headings_permalink_is_not_part_of_it():
    text, _ = html_to_text('<h2 id="scope">What gets scored<a class="headerlink" href="#scope">&para;</a></h2>'
                           "<p>Essays of 300 words or more.</p>")
    assert "## What gets scored\n" in text and "¶" not in text


DOKUWIKI = """<html><head><title>ai:returns_bot [Support handbook]</title></head><body>
<div id="dokuwiki__content"><div class="page">
<div id="dw__toc" class="dw__toc"><h3 class="toggle">Table of Contents</h3><div><ul class="toc">
<li class="level1"><div class="li"><a href="#returnbot">ReturnBot: AI refund suggestions</a></div>
<ul class="toc"><li class="level2"><div class="li"><a href="#routes">Routes</a></div></li></ul></li>
</ul></div></div>
<h1 class="sectionedit1" id="returnbot">ReturnBot: AI refund suggestions</h1>
<div class="level1"><p>ReturnBot suggests a refund route for each return. It never refunds by itself.</p></div>
<h2 class="sectionedit2" id="routes">Routes</h2>
<div class="level2"><ul><li><div class="li">Under £50 with a clear photo: instant refund.</div></li>
<li><div class="li">Everything else: an agent checks the photos.</div></li></ul></div>
</div></div></body></html>
"""


def test_a_wikis_table_of_contents_box_is_neither_title_nor_text(tmp_path):
    """guides-unseen-38's DokuWiki page: its "Table of Contents" box had become the page's title, with the
    page's headings run together as one list item, and the page's opening lost its place as the preface."""
    path = tmp_path / "returns-bot.html"
    path.write_text(DOKUWIKI, encoding="utf-8")
    document = load_document(path)
    assert document.title == "ReturnBot: AI refund suggestions"
    assert "Table of Contents" not in document.text
    assert document.text.count("Routes") == 1  # the heading, not its entry in the contents box too
    assert "Under £50 with a clear photo: instant refund." in document.text


KNOWLEDGE_RECORD = """Skip to Navigation
Acme CRM
Home    Contacts    Knowledge    Reports

Knowledge
Refund Assist: when the AI may refund
+ Follow    Edit    Archive    ▼
Article Number
000004211
Publication Status
Published
Version Number
4

Knowledge Details
Title
Refund Assist: when the AI may refund
URL Name
refund-assist-when-the-ai-may-refund
Summary
Rules for AI refunds in chat and email. Read before changing any refund limit.
Record Type
Internal Guidance
Validation Status
Validated

Content
Article Body
What Refund Assist does
Refund Assist suggests a refund for each return and sends it to an agent. It never refunds by itself.

1. Limits
Never more than £50 without an agent's approval.
"""


def test_a_knowledge_records_field_pairs_are_dropped_and_its_article_keeps_its_first_heading(tmp_path):
    """guides-unseen-37's Salesforce article: "Title" / its value / "URL Name" / its value / "Summary" / a sentence
    … and "Content" / "Article Body" had been glued into the article's first section ("Article Body What Suggested
    Ask does Suggested Ask proposes …"), and quoted as guidance."""
    path = tmp_path / "refund-assist.txt"
    path.write_text(KNOWLEDGE_RECORD, encoding="utf-8")
    document = load_document(path)
    assert document.title == "Refund Assist: when the AI may refund"
    for field in ("Knowledge Details", "URL Name", "refund-assist-when", "Record Type", "Article Body", "+ Follow"):
        assert field not in document.text, field
    sections = dict(split_document(document.text, document.title, markdown=False, limit=1200))
    assert sections["What Refund Assist does"].startswith("Refund Assist suggests a refund")


PHRICTION = """<html><head><title>KilnEye: crack alerts</title></head><body>
<ul class="phabricator-action-list-view"><li><a href="/e/">Edit Document</a></li><li><a href="/h/">View History</a></li>
<li><a href="/n/">New Document</a></li><li><a href="/s/">Subscribe</a></li></ul>
<dl><dt>Last Author</dt><dd>mkoss (Mara Koss)</dd><dt>Last Edited</dt><dd>Mon, Mar 10, 4:18 PM</dd></dl>
<h1>KilnEye: crack alerts</h1>
<p>KilnEye listens to the kiln sensors and flags the sound of a pot cracking during a firing.</p>
<h2>Rules</h2>
<p><strong>Kilns the score is not used on.</strong> Kilns built before 2010 have a single sensor, so their firings are
checked by hand at every shelf.</p>
<p><strong>If KilnEye is down.</strong> Firings go on as before and the operator checks the spy holes every 30 minutes.</p>
<p><strong>Owner:</strong> Mara Koss.</p>
<p>Operators say the <b>spy hole</b> check takes two minutes.</p>
</body></html>"""


def test_a_wiki_pages_bold_run_in_heads_are_its_sections_and_its_actions_and_properties_are_not(tmp_path):
    """<p><strong>Kilns the score is not used on.</strong> …</p> heads a section under "Rules", as the page
    shows it; a bold field ("Owner:") and bold inside a sentence stay text. "Last Edited" over its date is a
    property, not a glossary term heading a section, and "Edit Document" is a button."""
    text, _ = html_to_text(PHRICTION)
    sections = dict(split_document(text, "KilnEye: crack alerts", markdown=True))
    assert "single sensor" in sections["Rules > Kilns the score is not used on"]
    assert "spy holes every 30 minutes" in sections["Rules > If KilnEye is down"]
    assert "Owner: Mara Koss." in text and "the spy hole check takes two minutes" in text
    assert "Last Edited: Mon, Mar 10" in text and not any("Last Edited" in name for name in sections)
    document = _load(tmp_path, "kilneye.html", PHRICTION)
    for button in ("Edit Document", "View History", "New Document", "Subscribe"):
        assert button not in document.text, button
