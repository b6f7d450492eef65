"""Paragraphs headed by a run-in sentence ("The problem. Each morning …", "Who decides. The shift lead …"), as
one-pagers and memos are written, and the 8D report's wording (eval/specs-v2/unseen-63 has one of each)."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.run_in import run_in_head
from bot.core.review.spec import parse_spec

ONE_PAGER = """Maya's one-pager from the leadership offsite, typed out of the PDF. We picked option B, so review it as the spec.

GREENLEAF BAKERIES · Which AI idea first?
One-pager for the Leadership Team, 3 March 2027 · Maya Quist, Head of Store Operations

OUR PICK: B. DAILY BAKE FORECAST

The problem. Every morning the shift lead at each of our 23 shops decides how many loaves and pastries to bake. They guess. Across 2026 we binned 18% of what we baked at closing, about £410,000 of stock, and sold out of the top five lines before 3 p.m. on 96 days.

What it would do. At 5 a.m. each day, a forecast per shop and per line of what will sell by closing, shown on the bake screen next to the plan.

What we'd build it from.
- BakeTill, our till system, has every sale since 2022: 3.1 million line sales by shop, line and hour.
- Local weather forecasts we already buy, archived since 2023.
- The school holiday and events calendar for each town.
- Owner: Omar Said, our data analyst. Loyalty card numbers are stripped out before anything leaves BakeTill.

How we'd know it's any good. Before a shift lead sees it, Omar trains on 2022 to 2025 and replays 2026: for each day, the forecast it would have made at 5 a.m. against the loaves that actually sold, and against the plan the shift lead wrote that morning. We kept the plans for 310 of the 365 days, so we can compare shop by shop.

Who decides. The shift lead still sets the bake plan each morning. The screen shows the forecast next to the box where they type their own number. Their number is the one that counts, and when it differs from the forecast by more than 20% they add a short reason for the area manager.

What it costs. About 25 days of Omar's time to build and test, plus around £90 a month for hosting.

Rollout. Try it in the four Bristol shops from May, then the other nineteen.
"""

EIGHT_D = """D4 · ROOT CAUSE

| | IS | IS NOT |
|---|---|---|
| When | Night shift, worst in the last hour | Linked to one operator or one batch |

Why not a simpler fix? We looked at two:
1. A second operator checking every seal. It costs 12 seconds a unit and one more person per shift.
2. A camera with a fixed brightness threshold. Tried for a week: it passed 9 of 30 deliberately bad seals because the glare hid the gap.

D7 · PREVENT RECURRENCE

- After closure SealCheck will be extended to Lines 2 and 5 during 2027.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("line, head", [
    ("The problem. Every morning the shift lead decides.", "The problem"),
    ("Who decides. The shift lead still sets the plan.", "Who decides"),
    ("Why AI rather than a better spreadsheet. Sales depend on the weather.", "Why AI rather than a better spreadsheet"),
    ("Rollout. Try it in four shops first.", "Rollout"),
    ("We tried. It failed on the glare.", ""),  # a sentence: a subject and a verb
    ("Yes. We checked that last week.", ""),  # a reply
    ("Dr. Okafor signs the report.", ""),  # an abbreviation a name follows
    ("On 96 days. That is too many.", ""),  # figures: a sentence, not a topic
])
def test_a_run_in_head_is_a_short_topic_not_a_short_sentence(line, head):
    assert run_in_head(line) == head


def test_run_in_heads_label_their_paragraphs_and_a_head_alone_labels_its_list():
    spec = parse_spec(ONE_PAGER)
    by_text = {u.text: u for u in spec.units}
    assert by_text["They guess."].label == "The problem"
    assert by_text["The shift lead still sets the bake plan each morning."].label == "Who decides"
    bullet = next(u for u in spec.units if u.text.startswith("- BakeTill, our till system"))
    assert bullet.label == "What we'd build it from"
    # A short line alone that heads nothing is not a label: "Pricing changes." under "Non-goals" is an item.
    alone = parse_spec("Non-goals\n\nPricing changes.\n\nSolution\n\nA model ranks the accounts.\n")
    assert all(u.label == "" for u in alone.units if u.text == "Pricing changes.")


def test_a_one_pager_in_run_in_heads_is_reviewed_paragraph_by_paragraph(reviewer):
    """Its data are the bullets under "What we'd build it from.", its evaluation is the replay under "How we'd
    know it's any good." (whether it is good, not whether it worked), and its user trust is "Who decides."."""
    statuses = reviewer.review(ONE_PAGER).statuses
    assert statuses["data"] == "present"
    assert statuses["evaluation"] == "present"
    assert statuses["user_trust"] == "present"
    assert statuses["cost"] == "present"
    assert statuses["monitoring"] == "missing"  # nothing watches the forecast once it is live


def test_an_8d_report_weighs_simpler_fixes_and_names_where_it_goes_next(reviewer):
    review = reviewer.review(EIGHT_D)
    assert review.item("need_for_ai").status != "missing"  # "Why not a simpler fix? We looked at two:"
    assert review.item("rollout").status == "partial"  # "will be extended to Lines 2 and 5", with no bar
    # "Linked to one operator" in an IS / IS NOT table says what the fault is not tied to, not why a model decided.
    assert review.item("explainability").status == "missing"
