"""A section whose heading names what the question asks for, and whose sub-sections are those things, is
answered by its outline: one line per sub-section, its heading as the label and its first sentence after
it (guides-unseen-18's Chinese article answers "what must the announcement say" with four sub-headings, and
headings alone are never quoted)."""

from __future__ import annotations

import pytest

from tests.conftest import answerer_of_pages

PAGE_ZH = """# 给 AI 客服写交接说明

## 一、为什么交接说明决定了转人工的体验

用户被转到人工时，最怕的是把问题从头再讲一遍。交接说明写得好，人工坐席三十秒内就能接上话。

## 二、交接说明必须包含的三块信息

### （一）用户想办成什么事

用一句话写清用户的目标，比如“把上周的订单改成到店自提”。

### （二）机器人已经试过什么

列出机器人给过的答案和用户的反应，坐席不要再重复同样的建议。

### （三）为什么转人工

写明触发转人工的原因：用户主动要求、置信度低于阈值，还是涉及退款金额。

## 三、上线后每周看的数字

每周抽 50 条转人工的对话，看坐席有没有再问一遍用户已经说过的信息。
"""

PAGE_EN = """# Handing a chatbot conversation to a person

## Why the handoff note matters
A person who takes over a conversation should never ask the customer to start again. A good note lets
them reply within thirty seconds.

## What the handoff note must contain

### The customer's goal
One sentence on what the customer is trying to get done, such as moving an order to store pickup.

### What the bot already tried
The answers the bot gave and how the customer reacted, so the agent does not repeat them.

### Why it was handed over
The trigger: the customer asked for a person, confidence fell below the bar, or a refund was involved.

## Numbers to watch after launch
Each week, read 50 handed-over conversations and count how often the agent asked for something the customer
had already said.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "outline-lists-zh", {"handoff-zh.md": PAGE_ZH})


@pytest.fixture(scope="module")
def english_answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "outline-lists-en", {"handoff-en.md": PAGE_EN})


def test_the_sub_sections_of_the_named_section_are_the_answer(answerer):
    answer = answerer.ask("AI 客服的交接说明必须包含哪些信息？").answer
    items = [line for line in answer.splitlines() if line.startswith("- ")]
    assert [item.split("：")[0] for item in items] == ["- 用户想办成什么事", "- 机器人已经试过什么", "- 为什么转人工"]
    # Each label carries its section's first sentence: the substance, not the heading alone.
    assert "把上周的订单改成到店自提" in items[0] and "置信度低于阈值" in items[2]


def test_an_english_outline_is_quoted_in_page_order(english_answerer):
    answer = english_answerer.ask("What must a handoff note contain?").answer
    items = [line for line in answer.splitlines() if line.startswith("- ")]
    assert [item.split(":")[0] for item in items] == ["- The customer's goal", "- What the bot already tried",
                                                      "- Why it was handed over"]


def test_a_question_about_one_sub_section_is_answered_from_it(answerer):
    # "为什么转人工" names one sub-section: its own sentence answers, not the outline around it.
    answer = answerer.ask("交接说明里为什么转人工这一块要写什么？").answer
    assert "触发转人工的原因" in answer
    assert "用户想办成什么事" not in answer


# A ticket page: its <title> ("Ticket #41 assigned task") is the page title, and one heading over every section
# names the feature. That heading names the question's words, but its outline is the ticket's table of contents.
PAGE_TICKET = """# Ticket #41 assigned task

## Relay: operating rules for AI intake summaries

### Description

These are the rules for Relay, agreed by the service board in May. Please comment here rather than by email.

### What it does

Relay reads each intake form and writes a three-line summary for the duty social worker.

### The rule

A social worker reads every form in full before any visit is booked.

### Never left to Relay

- Referrals that mention a weapon, which the duty manager reads first.
- Forms written in a language other than English.

### comment:2 by sam.ortiz

Measures: summaries corrected by workers per 100 forms (target under 5) and urgent forms missed (target 0).
There is no target for fewer social workers.

Rollout: adult referrals from 1 March; children's referrals never.
"""


@pytest.fixture(scope="module")
def ticket_answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "outline-lists-ticket", {"ticket-41.md": PAGE_TICKET})


def test_a_heading_over_the_whole_page_is_not_outlined(ticket_answerer):
    answer = ticket_answerer.ask("What should we measure once AI summarises our intake forms, and should fewer "
                                 "social workers be a target? When do children's referrals get it?").answer
    assert "summaries corrected by workers per 100 forms" in answer
    assert "There is no target for fewer social workers." in answer
    assert "- What it does:" not in answer and "- Description:" not in answer
