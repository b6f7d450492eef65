"""An outliner's page (Logseq, Roam; guidance-unseen-38 prompted it): every line a bullet block, headings and
tables inside blocks, block properties, drawers, task markers and tags. Read as plain Markdown, the page was
one nested list under no heading and its table a list item."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.outliner import is_outline
from ingest.splitting import split_document

PAGE = """title:: Returns triage - what the AI may decide
type:: [[Decision record]]
owner:: [[Mina Patel]]
status:: #approved

- ## Context
	- ReturnBot reads the customer's photos and reason and suggests a refund route.
	- What went wrong in the pilot #incident
	  collapsed:: false
		- It refunded a £900 laptop whose photo showed the wrong serial number.
- ## Routes
	- The route depends on the item's value and the model's confidence.
	- | Item value | Confidence | Route |
	  |---|---|---|
	  | Under £50 | 0.90 or more | Instant refund |
	  | £50 to £500 | Any | An agent checks the photos |
	  | Over £500 | Any | A senior agent inspects the item |
	- Nobody on the product side can move a #hard-rule item onto the instant list.
- ## Release gates
	- Gates run in this order.
		- Replay 5,000 past returns: no instant refund on an item later found to be wrong.
		  logseq.order-list-type:: number
		- Two weeks in one warehouse with agents checking every route.
		  logseq.order-list-type:: number
	- DONE Replay of 5,000 returns
	  :LOGBOOK:
	  CLOCK: [2025-09-15 Mon 09:00]--[2025-09-26 Fri 17:30] =>  272:30:00
	  :END:
	- {{query (task TODO LATER)}}
- Related: [[Refund limits]] · ((6720c1d4-8b1e-4f0a-9a63-2c51e0b7d901))
"""


def test_an_outliner_page_reads_as_headed_sections_with_its_table_and_numbered_gates(tmp_path):
    path = tmp_path / "returns-triage.md"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    text = document.text
    assert document.title == "Returns triage - what the AI may decide"
    assert "## Routes" in text and "## Release gates" in text
    assert "\n| Under £50 | 0.90 or more | Instant refund |" in text  # a table, not a list item
    assert "1. Replay 5,000 past returns" in text and "2. Two weeks in one warehouse" in text
    assert "What went wrong in the pilot:\n- It refunded a £900 laptop" in text  # a lead-in over its list
    assert "move a hard-rule item" in text  # an inline tag is a word; a trailing one files the block
    for markup in ("::", "#incident", ":LOGBOOK:", "CLOCK:", "DONE", "{{query", "((", "[["):
        assert markup not in text, markup
    sections = [section for section, _ in split_document(text, document.title, markdown=True, limit=1200)]
    assert {"Context", "Routes", "Release gates"} <= set(sections)


def test_a_plain_markdown_page_with_a_list_is_not_an_outline():
    page = "# Returns\n\nWe refund within 14 days.\n\n- Photos\n- Reason\n- Serial number\n- Receipt\n- Box\n"
    assert not is_outline(page)


TEXT_OUTLINE = """幕布
首页    模板中心    登录 / 注册

「领航」AI 排班建议使用规范
• 适用对象：各门店店长
    上线前请读完。
• 一、领航做什么
    • 根据近八周客流和员工可用时间，生成下周排班草稿。
    • 每个班次标出建议人数。
• 二、置信度分档
    • 0.8 及以上：店长确认后发布。
    • 0.5–0.79：店长逐条修改后发布。
        • 修改超过 3 处的，周会复盘。
    • 0.5 以下：不出草稿，店长手工排班。
• 三、领航不做的事
    • 不安排未成年员工上夜班。
    • 不替店长发布排班。
"""

PROSE_WITH_LISTS = """Before the workshop

Send each team a short request one week ahead:
  • List 10 repetitive tasks they do every week
  • Attach 3 real examples for each task
      ◦ Remove personal data from the examples first
  • Do not ask for "AI ideas"; ask for tasks

Scoring use cases

Score each task on three things:
  • Frequency: how often the task happens
      ◦ Count a week, not a day
  • Cost of a wrong answer: money, safety or reputation
      ◦ Ask the frontline staff, not the sponsor
  • Data: whether examples exist today
"""


def test_a_bullet_outline_copied_as_text_reads_its_top_labels_as_sections(tmp_path):
    """guides-unseen-49's 幕布 page: its sections were list items like their lines, so a question about its bands
    was answered from the page's opening lines."""
    path = tmp_path / "outline.txt"
    path.write_text(TEXT_OUTLINE, encoding="utf-8")
    document = load_document(path)
    sections = split_document(document.text, document.title, markdown=document.markdown_headings, limit=1200)
    bands = next(text for section, text in sections if "置信度分档" in section)
    # (Ingestion reads full-width punctuation as its half-width form.)
    assert "0.5 以下:不出草稿,店长手工排班。" in bands and "不替店长发布排班" not in bands
    assert "- 不安排未成年员工上夜班。" in document.text
    assert "  - 修改超过 3 处的,周会复盘。" in document.text
    # A label's own lines are its paragraph, not a code block, and a sentence at the top stays an item.
    assert "\n    " not in document.text and "- 适用对象:各门店店长" in document.text


def test_a_page_of_prose_with_nested_lists_is_not_an_outline(tmp_path):
    path = tmp_path / "tutorial.txt"
    path.write_text(PROSE_WITH_LISTS, encoding="utf-8")
    text = load_document(path).text
    assert "## " not in text and "Cost of a wrong answer" in text
