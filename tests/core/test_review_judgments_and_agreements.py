"""Specs that are a court's judgment or a data sharing agreement (eval/specs-v2/unseen-73 prompted each): what the
system costs is stated as a contract states it ("the price was £… with an annual support fee of £…"), and the
target as the parties' shared aim ("to reduce strikes from an average of 12 a year to no more than 3 a year"), and
a kind of case the system may serve worse, with no rate, names fairness ("some kinds of vehicle … may be harder
to measure", "24 of the 29 cracked eggs that CrackEye missed were white or speckled")."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

JUDGMENT = """JUDGMENT

Background

3. The Claimant's three sorting lines grade about 90,000 apples an hour. Bruised apples must not be packed for sale.

What the system does

7. The system photographs each apple from four angles and gives it a bruise score from 0 to 1.

14. The price was £96,000 for the three lines, with an annual support fee of £8,200 from the second year.
"""

AGREEMENT = """Data sharing agreement

Background

(D) Flooding at the two underpasses closed the road 40 times in 2025.

(E) The shared aim of the Parties is to reduce road closures from an average of 40 a year to no more than 10 a year.

1. Definitions

"Sensors" means the water level sensors installed under clause 3.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_contract_price_and_support_fee_are_what_it_costs(reviewer):
    cost = next(item for item in reviewer.review(JUDGMENT).items if item.id == "cost")
    assert cost.status == "present", (cost.status, cost.reason)
    assert any("annual support fee of £8,200" in quote for quote in cost.evidence)


def test_the_parties_shared_aim_with_its_figures_is_a_success_target(reviewer):
    success = next(item for item in reviewer.review(AGREEMENT).items if item.id == "success_metrics")
    assert success.status != "missing", (success.status, success.reason)
    assert any("no more than 10 a year" in quote for quote in success.evidence)


@pytest.mark.parametrize("text", [
    "We will reduce waiting times from about 20 minutes to no more than 5 minutes by June.",
    "Our aim is to bring complaints down from an average of 30 a month to fewer than 10 a month.",
    "The aim is to cut the number of trains that leave the depot with a door fault from an average of 9 a week in "
    "the 2025/26 timetable to fewer than 2 a week.",
])
def test_a_figure_moved_to_a_bound_is_a_target(reviewer, text):
    assert reviewer.review(f"Goals\n\n{text}\n").statuses["success_metrics"] != "missing"


@pytest.mark.parametrize("text, quoted", [
    ("14. The expert said that 18 of the 22 bruised apples that the system missed were red varieties.",
     "18 of the 22 bruised apples"),
    ("7.2 The Parties recognise that some kinds of vehicle, such as buses and horseboxes, may be harder for the "
     "sensors to measure.", "some kinds of vehicle"),
    ("15. The witness accepted that the system flags more on older trees, though nobody had counted how many.",
     "flags more on older trees"),
])
def test_a_kind_of_case_served_worse_with_no_rate_is_fairness_named(reviewer, text, quoted):
    fairness = next(item for item in reviewer.review(f"{JUDGMENT}\n{text}\n").items if item.id == "fairness_safety")
    assert fairness.status == "partial", (fairness.status, fairness.reason)
    assert any(quoted in quote for quote in fairness.evidence), fairness.evidence


def test_a_judgment_that_names_no_kind_of_case_says_nothing_of_fairness(reviewer):
    assert reviewer.review(JUDGMENT).statuses["fairness_safety"] == "missing"
