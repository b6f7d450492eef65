"""Pages saved from sites, as users paste them: a blog's name and one-line menu over the post's title, a share
bar, a translated column whose sections are marked "■1.", a Chinese article whose numbered sections
open straight onto their bullets (eval/guides-unseen-19 prompted each), and a LinkedIn post whose
numbered bold headings run on inside one paragraph after its "…see more" fold (eval/guides-unseen-20)."""

from __future__ import annotations

from bot.core.documents.structure import line_roles
from ingest.cleaning import menu_line
from ingest.loaders import load_document
from ingest.splitting import split_document

BLOG = """Skip to content
Harbour Product Notes
Home    Blog    Talks    Courses    About    Newsletter
Blog  »  AI products  »  Pricing

How we priced our AI summaries: three pilots and what they taught us

Posted on 3 March 2026 by Ines Varga · 6 min read · 4 Comments

Share:  Twitter   LinkedIn   Facebook   Email   Copy link

We ran three pricing pilots for an AI summary feature over one quarter, each with a different model of charging, and measured who kept paying.

What we tried first

A flat add-on of eight euros per seat a month was easy to sell and hard to keep: heavy users loved it, light users cancelled within two months.
"""

TRANSLATED = """HOME > Column > Generative AI > How to start the AI help desk

How to start the AI help desk in the company: 3 points

Index
1. Decide the scope first
2. Prepare the answers
3. Measure the effect

■1. Decide the scope first

Before the introduction, decide which questions the help desk answers. The help desk which answers everything answers nothing well.

■2. Prepare the answers

The answers of the top 50 questions are written by the department in charge before the start, and checked every month.

■3. Measure the effect

Count the questions which were closed without the person in charge, not the number of the login. Compare the
count of the first month with the count of the third month, and report both to the management with the
examples of the questions which were not closed, so that the answers can be improved.

▶ Contact us (free)　▶ Download the materials (PDF)
"""

ZH_ARTICLE = """AI 客服上线前要准备什么？一份清单

周小川 ｜ 2026-04-02 ｜ 阅读 9000

一、为什么要先准备

上线第一周暴露的问题，大多数在准备阶段就能发现。

二、招募：先找十位老用户试用

- 挑选最近一个月咨询过三次以上的用户
- 至少一半是普通用户，不要只找粉丝

三、反馈：每天整理一次

- 反馈当天整理进表格，标注问题类型
"""


def test_a_blogs_name_menu_and_share_bar_are_not_the_title_or_guidance(tmp_path):
    page = tmp_path / "blog-pricing-pilots.txt"
    page.write_text(BLOG, encoding="utf-8")
    document = load_document(page)
    assert document.title == "How we priced our AI summaries: three pilots and what they taught us"
    for chrome in ("Harbour Product Notes", "Newsletter", "Copy link"):
        assert chrome not in document.text
    sections = [section for section, _ in split_document(document.text, document.title, markdown=False)]
    assert "What we tried first" in sections
    assert not any("Share" in section or "Harbour" in section for section in sections)


def test_a_one_line_menu_is_chrome_but_a_plain_text_tables_header_is_not():
    assert menu_line("Home    Blog    Podcast    Workshops    About    Search", "Blog  »  AI  »  Pricing")
    assert menu_line("Share:  Twitter   LinkedIn   Facebook   Email   Copy link", "We ran three pilots.")
    # A header over rows as wide as itself is a table; a line with a number or a sentence end is content.
    assert not menu_line("Owner    Status    Risk    Review    Notes", "Ines    Open    High    Weekly    None yet")
    assert not menu_line("Home    Blog    Talks    Courses    2026", "")
    assert not menu_line("Keep it short.    Ship it.    Measure it.    Repeat.    Done.", "")


def test_sections_marked_with_a_square_are_headed_by_their_titles_and_the_contents_list_goes(tmp_path):
    page = tmp_path / "translated-help-desk.txt"
    page.write_text(TRANSLATED, encoding="utf-8")
    document = load_document(page)
    assert "Index" not in document.text  # the contents list repeats the headings; it is not guidance
    sections = dict(split_document(document.text, document.title, markdown=False))
    assert "top 50 questions" in sections["2. Prepare the answers"]
    assert "closed without the person in charge" in sections["3. Measure the effect"]
    # A row of buttons with a mark before each one heads nothing.
    assert not any("Contact us" in section for section in sections)


def test_a_chinese_numbered_section_over_its_bullets_is_a_section(tmp_path):
    page = tmp_path / "zh-support-launch.txt"
    page.write_text(ZH_ARTICLE, encoding="utf-8")
    document = load_document(page)
    sections = dict(split_document(document.text, document.title, markdown=False))
    assert "至少一半是普通用户" in sections["二、招募:先找十位老用户试用"]
    assert "标注问题类型" in sections["三、反馈:每天整理一次"]
    assert "标注问题类型" not in sections["二、招募:先找十位老用户试用"]


POST = (
    "𝗬𝗼𝘂𝗿 𝗔𝗜 𝘀𝗮𝗶𝗱 𝘀𝗼𝗺𝗲𝘁𝗵𝗶𝗻𝗴 𝘄𝗿𝗼𝗻𝗴 𝗶𝗻 𝗽𝘂𝗯𝗹𝗶𝗰. Our support bot promised a refund we do not offer, and the screenshot "
    "spread within an hour. We learned a lot. …see more\n"
    "Here is what we do now: 1️⃣ 𝗙𝗶𝗻𝗱 𝘁𝗵𝗲 𝗹𝗼𝗴 Pull the real conversation before anyone replies. "
    "2️⃣ 𝗥𝗲𝗽𝗹𝘆 𝗮𝘀 𝗮 𝗽𝗲𝗿𝘀𝗼𝗻 A named person answers within two hours, not the brand account. "
    "🔟 𝗪𝗿𝗶𝘁𝗲 𝗶𝘁 𝗱𝗼𝘄𝗻 Keep a one-page runbook for next time.\n"
)


def test_a_posts_keycap_numbered_bold_headings_head_their_sections_and_the_fold_goes(tmp_path):
    page = tmp_path / "linkedin-public-mistake.txt"
    page.write_text(POST, encoding="utf-8")
    document = load_document(page)
    assert "see more" not in document.text
    sections = dict(split_document(document.text, document.title, markdown=False))
    assert sections["1. Find the log"].startswith("Pull the real conversation")
    assert sections["2. Reply as a person"].startswith("A named person answers")
    assert sections["10. Write it down"].startswith("Keep a one-page runbook")
    # The run-in heading is no longer a sentence's opening words; the fold ends the intro's paragraph.
    assert not any("Find the log Pull" in text for text in sections.values())
    assert "We learned a lot.\n\nHere is what we do now:" in sections[""]


GHOST_POST = """The Inference Desk
Home    Archive    Field notes    Podcast    About    Sign in    Subscribe

Field notes

Ask or guess? When your AI assistant should ask a clarifying question

Ask or guess? When your AI assistant should ask a clarifying question

Mira Okonkwo
14 Oct 2025 · 8 min read

Get new posts in your inbox
Practical notes on building AI products, every other Tuesday. No spam, unsubscribe any time.
jamie@example.com    [ Subscribe ]

Last spring we shipped two versions of the same writing assistant to two groups of beta users.

The one rule

Ask when the cost of a wrong guess is higher than the cost of one more turn.
"""


def test_a_title_printed_twice_is_the_title_and_the_sign_up_box_goes(tmp_path):
    """eval/guides-unseen-21's blog: the repeated title was dropped as a repeated line, so the site's name
    became the title, and the sign-up box's pitch opened the first answerable passage."""
    page = tmp_path / "blog.txt"
    page.write_text(GHOST_POST, encoding="utf-8")
    doc = load_document(page)
    assert doc.title == "Ask or guess? When your AI assistant should ask a clarifying question"
    assert "No spam" not in doc.text and "Subscribe ]" not in doc.text and "in your inbox" not in doc.text
    assert "Last spring we shipped two versions" in doc.text and "Ask when the cost of a wrong guess" in doc.text


MID_POST_BOX = """The model was not bad. The line they drew was.

    "Automation rate is a result you earn, not a target you set."

Get The Ops Layer in your inbox. Practical writing on AI in finance and operations, every other Tuesday.
[ your@email.com ]    [ Subscribe ]

Launch conservatively

At launch, expect a straight-through rate of about 30%.
"""


def test_a_sign_up_boxs_pitch_goes_with_its_field_whatever_it_says(tmp_path):
    """eval/guides-unseen-23's blog: a mid-post box naming the publication ("Get The Ops Layer in your
    inbox. Practical writing on …") lost its first sentence only, and "Practical writing on AI in finance and
    operations, every other Tuesday." was quoted in an answer about automation rates."""
    page = tmp_path / "blog.txt"
    page.write_text(MID_POST_BOX, encoding="utf-8")
    doc = load_document(page)
    assert "Practical writing" not in doc.text and "in your inbox" not in doc.text and "Subscribe" not in doc.text
    # The pull quote above the box, a paragraph of its own, and the advice below it stay.
    assert "a result you earn" in doc.text and "The line they drew was." in doc.text
    assert "expect a straight-through rate of about 30%" in doc.text


TRANSLATED_LIST = """HOME > Column > AI utilization > The license of the data

The points to be careful when the company uses the data of the other company

■3. The items to confirm in the contract

Please confirm at least the following items.

●Scope of the use: training, retrieval, evaluation, and display to the end user. Write each purpose one by one.
●Term: the period of the license. This is called the model survival clause.
●Exclusivity: exclusive or non-exclusive.

■4. The way of the price

There are mainly three ways of the price.

●Fixed annual fee: suitable for the training use.
●Per use: the fee per query or per document.
"""


def test_a_translated_columns_flush_bullets_are_a_list_under_its_marked_heading(tmp_path):
    """eval/guides-unseen-21's column: "●Term: …" written flush to its mark ran its items together as one
    paragraph, and "■3." over a short lead-in sentence was not read as a heading, so its list sat under
    section 2's title and never answered "what should the contract include"."""
    page = tmp_path / "translated-data-licence.txt"
    page.write_text(TRANSLATED_LIST, encoding="utf-8")
    document = load_document(page)
    sections = dict(split_document(document.text, document.title, markdown=False))
    contract = sections["3. The items to confirm in the contract"]
    assert contract.startswith("Please confirm at least the following items.\n")  # the lead-in travels with its list
    roles = dict(zip(contract.split("\n"), line_roles(contract)))
    assert roles["Please confirm at least the following items."] == "lead"
    assert [role for line, role in roles.items() if line.startswith("●")] == ["item", "item", "item"]
    assert sections["4. The way of the price"].startswith("There are mainly three ways of the price.")


PUBLICATION_POST = """Shipping Notes
Home    Notes    Archive    About
Subscribe    Sign in

Who do you need for a first AI feature?
A headcount plan for product managers told to "just add AI"

Maya Okafor
Mar 4, 2025 ∙ 9 min read ∙ Member story

♡ 286    💬 31    ↻ 22    Share

Most first AI features are product engineering with a thin layer of model work on top.

Borrow, don't hire

Several skills you need only briefly. Borrow them from other teams, and book the time early:

A privacy and security review, usually 2 to 3 days, booked at least 4 weeks before launch
A data engineer for the connectors that feed retrieval, often about 2 weeks
A legal reviewer for the terms and the in-product disclosure, about 1 day

Year    Features    Engineers
2025    5    3

Hire a second AI engineer only when the first feature is in production.

Plan for the months after launch too. The feature keeps needing someone to read outputs, refresh the evaluation set
and watch the feedback queue, and if that person moves to the next project on launch day, quality slips unseen.

Responses (3)

What are your thoughts?

Sam Lee ∙ Mar 5
Great read, we hired far too early and regretted it.
"""


def test_a_publication_pages_header_byline_counters_and_responses_go(tmp_path):
    """eval/guides-unseen-22 and -23's blog posts: the publication's name over its menu became the page's
    title, the author's name over "Apr 22, 2025 ∙ 8 min read ∙ Member story" headed the first section, the
    counters bar stayed, and readers' comments were guidance."""
    page = tmp_path / "post.txt"
    page.write_text(PUBLICATION_POST, encoding="utf-8")
    doc = load_document(page)
    assert doc.title == "Who do you need for a first AI feature?"
    for chrome in ("Shipping Notes", "Archive", "Sign in", "Maya Okafor", "min read", "286", "Responses",
                   "thoughts", "Sam Lee", "hired far too early"):
        assert chrome not in doc.text, chrome
    assert "Most first AI features are product engineering" in doc.text
    assert "Hire a second AI engineer only when the first feature is in production." in doc.text
    assert "2025    5    3" in doc.text or "2025 5 3" in doc.text  # a row of numbers is no counters bar


def test_lines_under_a_lead_in_whose_bullets_were_lost_are_its_list(tmp_path):
    """The same page's skills to borrow, one per line under "… book the time early:", were read as one
    run-on paragraph: an answer quoted the lead-in and none of the skills."""
    page = tmp_path / "post.txt"
    page.write_text(PUBLICATION_POST, encoding="utf-8")
    lines = load_document(page).text.splitlines()
    assert "- A privacy and security review, usually 2 to 3 days, booked at least 4 weeks before launch" in lines
    assert "- A legal reviewer for the terms and the in-product disclosure, about 1 day" in lines
    # A hard-wrapped paragraph after a colon runs on from line to line: it stays prose.
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text("Notes\n\nThe rule we follow:\nWe ship to ten percent of users and\nWatch the error rate for a "
                       "week before the\nRest of the users get it.\n", encoding="utf-8")
    assert not any(line.startswith("- ") for line in load_document(wrapped).text.splitlines())


DOCS_PAGE = """Docs  ›  Privacy for AI features  ›  Deletion requests

Handling a deletion request in an AI feature

Last updated: 3 April 2025  ·  6 min read

On this page:  Where the data lives · Steps and deadlines · Embeddings and caches · Common mistakes

Where the data lives

An AI feature copies user data into more places than a normal feature, so list every store before launch.
"""


def test_a_docs_pages_date_and_jump_links_head_nothing(tmp_path):
    """eval/guides-unseen-23's docs page: "Last updated: 3 April 2025 · 6 min read" became the heading of a
    section holding only the "On this page:" anchors."""
    page = tmp_path / "deletion.txt"
    page.write_text(DOCS_PAGE, encoding="utf-8")
    doc = load_document(page)
    assert "Last updated" not in doc.text and "On this page" not in doc.text
    sections = dict(split_document(doc.text, doc.title, markdown=False))
    assert sections["Where the data lives"].startswith("An AI feature copies user data")
