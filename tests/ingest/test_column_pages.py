"""Column pages as users paste them: a Chinese article whose first heading is its first section, a column
site's footer, a list of related posts under the last paragraph, and a page machine-translated from
Japanese with "・" bullets and "2-1." items."""

from __future__ import annotations

from bot.core.documents.structure import line_roles
from ingest.loaders import load_document
from ingest.splitting import split_document

ZH_COLUMN = """AI 功能上线公告怎么写？别让第一印象毁了一个好功能

陈默 ｜ 2026-05-12 ｜ 阅读 2.3万 ｜ 收藏 1106

---

## 一、为什么上线公告更难写

AI 功能的输出每次都可能不同，也一定会出错。用户读完公告形成的预期，决定了他们第一次遇到错误时的反应。

## 二、措辞上的原则

1. 不写无法复现的数字
2. 少用绝对化的词

本文由 @陈默 原创发布于人人都是产品经理，未经作者许可，禁止转载。

题图来自 Unsplash，基于 CC0 协议。

该文观点仅代表作者本人，人人都是产品经理平台仅提供信息存储空间服务。
"""

TRANSLATED = """TOP > Column > AI development

Points to note when outsourcing the AI development

4. Clarify the rights of the data and the learned model

The learned model and the know-how are often claimed by the development company. Write in the contract the following points.

・Whether the development company can reuse the learned model for the other customers
・The deletion of the data when the contract ends

5. Divide the contract to the phases

2-1. Assessment phase (about 1 month): check the quality and the quantity of the data.
2-2. PoC phase (2 to 3 months): make the model of the trial and measure the accuracy.

At the end of each phase, the ordering side judges the go or no-go of the next phase, so the loss of an unsuitable project is limited to the cost of one phase.

Related column
・How to collect the learning data in the small and medium company
・What is the PoC? Explanation of the flow and the cost
"""


def test_a_title_line_over_numbered_sections_is_the_title_and_the_first_section_keeps_its_heading(tmp_path):
    page = tmp_path / "zh-launch-announcement.txt"
    page.write_text(ZH_COLUMN, encoding="utf-8")
    document = load_document(page)
    assert document.title.startswith("AI 功能上线公告怎么写")
    sections = [section for section, _ in split_document(document.text, document.title, markdown=True, limit=1200)]
    assert "一、为什么上线公告更难写" in sections


def test_a_column_sites_footer_is_not_guidance(tmp_path):
    page = tmp_path / "zh-launch-announcement.txt"
    page.write_text(ZH_COLUMN, encoding="utf-8")
    text = load_document(page).text
    assert "不写无法复现的数字" in text
    for footer in ("原创发布于", "题图来自", "观点仅代表作者本人"):
        assert footer not in text


def test_a_translated_pages_bullets_and_numbered_items_are_lists_and_related_posts_are_dropped(tmp_path):
    page = tmp_path / "translated-outsourcing.txt"
    page.write_text(TRANSLATED, encoding="utf-8")
    text = load_document(page).text
    assert "Related column" not in text and "How to collect the learning data" not in text
    assert "the go or no-go of the next phase" in text  # the last paragraph is content, kept
    lines = text.split("\n")
    roles = dict(zip(lines, line_roles(text)))
    announcing = next(line for line in lines if line.endswith("Write in the contract the following points."))
    assert roles[announcing] == "lead"  # a list announced in words, with a full stop
    assert roles["・The deletion of the data when the contract ends"] == "item"
    assert roles["2-1. Assessment phase (about 1 month): check the quality and the quantity of the data."] == "item"


def test_a_range_at_the_start_of_a_line_is_not_a_list_number():
    roles = line_roles("Who attends\n3-5 people attend each session, never more.")
    assert roles == ["prose", "prose"]


SUBSTACK = """The Last Mile
Subscribe
Sign in

The prototype worked. Now who owns it?

Ines Aldana
Mar 11, 2026
214
Share

Decide who receives it before you build it

Name the receiving team before the prototype is built. Then embed one engineer from the receiving team in the prototype for its last month.1 They will carry the context across.

What goes in the handover package

Code and a slide deck are not a handover. The package I now ask for has three parts:

The eval set, with the expected output for each example.

The prompt history, including the prompts that failed.

A known failure list: every failure the prototype team saw, and whether they accepted it.

A prototype proves that something can work. A product proves that it keeps working when nobody from the original team is in the room to explain it.
"""


def test_a_posts_byline_footnote_number_and_announced_paragraphs_are_read_as_written(tmp_path):
    page = tmp_path / "substack-handover.txt"
    page.write_text(SUBSTACK, encoding="utf-8")
    document = load_document(page)
    text = document.text
    assert "Ines Aldana" not in text and "Mar 11, 2026" not in text  # the byline, not a heading over the post
    assert "for its last month. They will carry" in text  # the footnote's number is gone
    lines = text.split("\n")
    roles = dict(zip(lines, line_roles(text)))
    assert roles["- The prompt history, including the prompts that failed."] == "item"
    items = [line for line in lines if roles.get(line) == "item"]
    assert len(items) == 3  # as many paragraphs as the lead-in counts, not the closing one
    closing = next(line for line in lines if line.startswith("A prototype proves"))
    assert roles[closing] == "prose"


def test_a_lead_in_that_counts_more_paragraphs_than_follow_leaves_them_as_prose(tmp_path):
    page = tmp_path / "short.txt"
    page.write_text("Title of the note\n\nWe check four things:\n\nThe eval set.\n\nThe prompt history.\n", encoding="utf-8")
    text = load_document(page).text
    assert "- The eval set." not in text


BOXED = """Running a discovery workshop

Find AI opportunities your team can ship, in one afternoon.

┌ Prerequisites ───────────────────────────────
│  • A sponsor who can approve one pilot after the workshop
│  • Six to ten participants, half of them frontline staff
└──────────────────────────────────────────────

        ┌──────────┐  yes  ┌──────────┐
        │ waits?   │──────▶│ stream   │
        └──────────┘       └──────────┘

Send each team a short request one week ahead.
"""


def test_a_box_drawn_panel_is_read_as_its_title_and_list_and_a_diagram_is_left_alone(tmp_path):
    """A text tutorial framed its checklist in a box: every line began with "│", so the items were neither
    bullets nor sentences and the panel was one run-on line with its frame."""
    page = tmp_path / "workshop.txt"
    page.write_text(BOXED, encoding="utf-8")
    text = load_document(page).text
    lines = [line.strip() for line in text.split("\n")]
    roles = dict(zip(lines, line_roles(text)))
    assert "┌ Prerequisites" not in text and "│  •" not in text
    assert roles["Prerequisites:"] == "lead"
    assert roles["• A sponsor who can approve one pilot after the workshop"] == "item"
    assert roles["• Six to ten participants, half of them frontline staff"] == "item"
    assert "│ waits?   │──────▶│ stream   │" in text  # a flow diagram is not a panel: two boxes on one line


BOARD = """Auto-Match pre-mortem

[Text] Auto-Match is the AI agent that matches bank transactions to open invoices and posts the match.

[Card] Agenda
  1. Silent writing, 8 min. At least three failure stories each.
  2. Dot vote, 5 min. Three dots each, placed on likelihood times damage.

[Sticky · pink · Jonas Ortiz (eng)] A bank changed its CSV format overnight and we posted 3,000 wrong matches.

[Sticky · pink · Lena Meyer (data science)] Confidence was calibrated on tidy beta customers, so 0.97 no longer meant 97%.

[Sticky · blue · Anya Kowalski] The facilitator writes stickies too, and the most senior person reads out last.
"""


def test_a_whiteboard_exports_tags_go_and_a_tagged_card_title_leads_its_items(tmp_path):
    """A Miro board exported as text tags each element: "[Card] Agenda" was quoted as an answer's sentence
    (eval/guides-unseen-32)."""
    page = tmp_path / "board.txt"
    page.write_text(BOARD, encoding="utf-8")
    text = load_document(page).text
    lines = [line.strip() for line in text.split("\n")]
    roles = dict(zip(lines, line_roles(text)))
    assert "[Card]" not in text and "[Sticky" not in text and "[Text]" not in text
    assert roles["Agenda:"] == "lead"
    assert "A bank changed its CSV format overnight and we posted 3,000 wrong matches." in lines

