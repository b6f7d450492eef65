"""Asked whether the model may act on its own ("Can the tool close a file by itself?", "系统能不能顺手把发货人拉黑？"),
the guide's list of what it never does answers, not the list that repeats more of the question's words
(guides-unseen-44's port page: "五、AI 不做的事" for "能不能顺手把可疑的发货人拉黑、罚款，或者直接报给海关？")."""

from __future__ import annotations

import pytest

from bot.core.asked import NEVER_DOES_HEADING_RE, asks_if_it_acts_alone
from tests.conftest import answerer_of_pages

PAGE = """# RefundDesk: rules for the refund assistant

RefundDesk reads each refund request and suggests approve, ask for a photo, or send to a team lead.

## Refund limits

- Refunds up to 40 euros are approved on the spot once the order is confirmed.
- Refunds from 40 to 200 euros need a photo of the item.
- Refunds over 200 euros always go to a team lead.

## What RefundDesk never does

- It never refunds a customer by itself: an agent confirms every refund.
- It never closes a customer's account or blocks a card.
- It never tells the customer that fraud is suspected.

## Measures

- Refunds reversed after a complaint, each month.
- Time from request to refund, by channel.
"""


@pytest.mark.parametrize("question", [
    "Can the tool close a file by itself?",
    "can it just fix the splits itself??",
    "Can the model ban people on its own?",
    "那套帮我们查货单的智能系统，能不能顺手把可疑的发货人拉黑？",
    "AI 能不能自己扣箱或者放行？",
    "那套看路面监控的系统，可不可以替我们把车道封掉？",  # doing the job for us is acting alone too
    "这个系统能不能帮我们直接回复客户？",
    "Can the AI sign off an engine as serviceable?",  # a decision asked of it by name
])
def test_asking_whether_the_model_acts_alone(question):
    assert asks_if_it_acts_alone(question)


@pytest.mark.parametrize("question", [
    "回答老是太长 能不能直接把max_tokens调小点啊",  # the asker acting, not the model
    "纪要里的待办能不能直接自动推给参会人啊",  # the to-dos, not the model
    "Can we launch it to everyone at once?",
    "Can the model handle scanned PDFs?",  # a capability, not a decision
    # what it does alone in each band, not whether it may (guides-unseen-46's rebooking agent)
    "What delay bands should we use and what can it do on its own in each?",
    "Which refunds can the assistant approve by itself?",
])
def test_other_can_questions_are_not_about_the_model_acting_alone(question):
    assert not asks_if_it_acts_alone(question)


def test_only_a_heading_of_what_it_never_does_answers():
    assert NEVER_DOES_HEADING_RE.search("What RefundDesk never does") and NEVER_DOES_HEADING_RE.search("五、AI 不做的事")
    assert not NEVER_DOES_HEADING_RE.search("Refund limits") and not NEVER_DOES_HEADING_RE.search("Sending limits")


def test_can_it_act_alone_is_answered_with_what_it_never_does(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "acting-alone", {"refunddesk.md": PAGE})
    answer = answerer.ask("ok so a customer wants 300 euros back for a broken blender. can the assistant just approve "
                          "the refund and block the card if it looks like fraud?").answer
    assert "an agent confirms every refund" in answer and "blocks a card" in answer, answer



def test_what_it_can_do_on_its_own_is_answered_with_its_bands(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "acting-alone-bands", {"refunddesk.md": PAGE})
    answer = answerer.ask("We're adding an assistant for refund requests. What refund limits should we use and what "
                          "can it do on its own at each?").answer
    assert "approved on the spot" in answer and "always go to a team lead" in answer, answer
