"""Items said the way weeknotes, memos and decision logs say them, with no heading to name them
(eval/specs-v2/unseen-65 and -66): why a model rather than the rule already in place, who may leave its output
and who is never judged by it, a bar held for a group and not only on average, and a lab notebook's numbered
steps that each open on their topic ("3. Verification set. 620 plates …")."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.run_in import run_in_head
from bot.core.review.wording import matching_form

DEPOT_NOTES = """Notes from the depot, pasted for the review.

Bin lorries in the borough miss about 2,300 collections a year, and each missed bin costs a second trip and a complaint. Crews only find out a street was skipped when a resident phones, usually two or three days later.

The routing system already has a rule that flags a round when it runs 20% over its usual time. It flagged 640 rounds last spring; the supervisors checked 90 and found 7 with real misses. A rule on time or distance cannot see which bins were left, so we went to a model rather than a better rule: it reads the lift sensor on each bin arm against the round's list of addresses.

In the wards with the most deprivation, residents report fewer than one missed bin in six, so misses there go unfixed for longest. The target is a missed bin collected within 24 hours, in those wards too and not just on the borough average.

We tested it on 1,400 rounds from the autumn, none used in training, checked by two supervisors who did not see the model's output. It found 212 of the 240 real misses.

Crews can ignore a flagged street if the road is blocked, and nobody will be measured on how many flags they clear. Every flag says which addresses had no lift recorded.
"""

# A letter of 500-odd words says each item in one long sentence among much else (eval/specs-v2/unseen-66's porters).
DRIVERS_LETTER = """A letter from the drivers' committee, pasted in as the spec because it says more than our slides do.

To the Head of Transport Operations, Fenmoor Community Transport

From the volunteer drivers' committee, 30 November 2026

Dear Ms Harlow,

We are writing as the committee of volunteer drivers about RideMatch, the system that is due to start offering us our passengers' bookings on the app in the spring. We are not against it, and most of us want it to work, because we are the ones who hear about it when an older passenger waits at the surgery door for an hour. But we want what was agreed at the volunteers' forum written down where every driver can read it.

The problem is not in dispute. Last year the office took 41,000 bookings by phone. One booking in nine was confirmed less than a day before the trip, and 630 passengers missed a hospital appointment because no driver could be found in time. The coordinators spend most of the morning ringing round, in the order the calls came in rather than the order the trips matter.

At the forum on 14 November the service agreed that RideMatch will not offer a single live booking until a second trial shows that nine in ten hospital trips are matched to a driver at least two days ahead, and that no driver is asked to cover more than a fifth more miles in a month than today. The forum asked for the second condition because several of us drove well over 900 miles in the October trial, and we are holding the service to both.

The forum also agreed that a driver can turn down a booking in the app, with a reason, and the duty coordinator can always move a booking by hand. Nobody will be measured or ranked on how many RideMatch bookings they accept. We will each get a paid morning of training before go-live, and two drivers will sit on the project board.

Some of this is about fairness as much as waiting times. In the October trial the long rural runs, the early starts and the passengers who need help with a wheelchair kept landing on the same three people, while the town drivers were offered the short trips. The service has agreed that RideMatch will share the long runs out evenly across the rota, and that no driver gets two wheelchair transfers in a row unless there is nobody else free.

One thing we asked for and have not got yet. The app tells you which passenger to collect, but not why you and not a driver who lives nearer. We are told this may come in a later version.

As we understand it, the plan is the Fenmoor town area in March and the whole district by the summer. We would like to see the figures from the second trial before then, the same as the coordinators.

We are proud of this service and we want RideMatch to help us do it better. Please reply in writing, so that every driver can read your answer.

Yours sincerely,

The volunteer drivers' committee
"""

NOTEBOOK_METHOD = """METHOD

1. Training data. 5,210 plates photographed on the station between January and September, each counted by two analysts.

2. Model. A detector trained across all four media, with the medium as an input.

3. Verification set. 620 routine plates read in November, none used in training. Each plate was counted independently by two analysts who did not see the model's count. The model's count was within 10% of theirs on 590 of the 620 plates.

4. Acceptance criteria. For each medium separately, the count must be within 10% of the reference on at least 95% of plates.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("line, head", [
    ("3. Verification set. 620 routine plates read in November.", "Verification set"),
    ("2) Model. A detector trained across all media.", "Model"),
    ("3. We tried. It failed.", ""),
])
def test_a_numbered_step_may_open_on_its_topic(line, head):
    assert run_in_head(line) == head


def test_why_a_model_over_the_rule_in_place_is_the_case_for_ai(reviewer):
    review = reviewer.review(DEPOT_NOTES)
    why = next(item for item in review.items if item.id == "need_for_ai")
    assert why.status == "present", why
    assert why.evidence and all(quote in DEPOT_NOTES for quote in why.evidence), why


def test_who_may_leave_its_output_and_a_bar_held_per_group_are_not_missing(reviewer):
    statuses = reviewer.review(DEPOT_NOTES).statuses
    assert statuses["user_trust"] != "missing" and statuses["fairness_safety"] != "missing", statuses


def test_a_notebooks_verification_step_is_its_evaluation(reviewer):
    statuses = reviewer.review(NOTEBOOK_METHOD).statuses
    assert statuses["evaluation"] == "present", statuses


def test_a_long_letters_bar_and_its_drivers_say_are_present(reviewer):
    """"will not offer a single live booking until a second trial shows that nine in ten …" is the launch bar, said
    in one sentence with its figures; "a driver can turn down a booking … Nobody will be measured or ranked on …"
    is what the drivers keep."""
    statuses = reviewer.review(DRIVERS_LETTER).statuses
    assert statuses["thresholds"] == "present" and statuses["user_trust"] == "present", statuses


# The case for AI only claimed, as thin specs claim it (eval/specs-v2/unseen-61, -63 to -65): named, so not
# missing, and with nothing tried or measured, so not present either.
CLAIMED_WHY_AI = [
    "Unlike standard door counters, ShelfEye uses AI to understand what it sees, so staff get alerts about empty "
    "shelves, not about shoppers.",
    "AI is good at looking at photos, probably better than us at spotting a dented tin.",
    "The till system's own stock count doesn't catch everything, so ShelfEye looks at the shelves instead.",
    "Simple image counters were tried in two stores last year and were not considered good enough.",
]
SHELF_SPEC = """ShelfEye: empty shelf alerts for our 40 grocery stores

Empty shelves cost us about 3% of sales in the evening peak, and staff find gaps only on their hourly walk.

{claim}

ShelfEye reads the ceiling cameras every five minutes and sends a gap alert to the duty manager's handheld.
We will start in two stores in March.
"""


@pytest.mark.parametrize("claim", CLAIMED_WHY_AI)
def test_a_claimed_case_for_ai_is_partial_not_missing(reviewer, claim):
    spec = SHELF_SPEC.format(claim=claim)
    why = next(item for item in reviewer.review(spec).items if item.id == "need_for_ai")
    assert why.status == "partial", why


def test_without_the_claim_the_case_for_ai_is_missing(reviewer):
    """The control: the same spec with no word on why a model, so the claim above is what the verdict reads."""
    statuses = reviewer.review(SHELF_SPEC.format(claim="")).statuses
    assert statuses["need_for_ai"] == "missing", statuses


# An effect hoped for with no number on it (eval/specs-v2/unseen-52, -56, -66): the success item named, not met.
HOPED_EFFECTS = [
    "We hope ShelfEye will help more of our stores keep the evening shelves full.",
    "The alerts will reduce the number of gaps customers find before staff do.",
    "Retailers using ShelfEye typically report significant productivity gains.",
    "The steering group will agree clear success measures for the pilot.",
]


# The problem's "3% of sales" is a figure a success item could take for its own: left out, only the hope is read.
SHELF_SPEC_WITHOUT_FIGURES = SHELF_SPEC.replace(
    "Empty shelves cost us about 3% of sales in the evening peak, and staff", "Staff")


@pytest.mark.parametrize("effect", HOPED_EFFECTS)
def test_an_effect_hoped_for_without_a_number_is_a_partial_success_metric(reviewer, effect):
    statuses = reviewer.review(SHELF_SPEC_WITHOUT_FIGURES.format(claim=effect)).statuses
    assert statuses["success_metrics"] == "partial", statuses


# Fairness waved off with a claim for everyone or a disclaimer (eval/specs-v2/unseen-52 and -60): named, not met.
WAVED_OFF_HARMS = [
    "Absolutely, ShelfEye works for everyone, whatever the store layout.",
    "ShelfEye is not medical advice. If a product recall worries you, see a doctor.",
]


@pytest.mark.parametrize("harm", WAVED_OFF_HARMS)
def test_a_harm_waved_off_is_partial_not_missing(reviewer, harm):
    statuses = reviewer.review(SHELF_SPEC.format(claim=harm)).statuses
    assert statuses["fairness_safety"] == "partial", statuses


# A hearing's and a regulator's wording (eval/specs-v2/unseen-67): the next step held until the live ones stay good,
# and a standing blind sample of live cases.
@pytest.mark.parametrize("item_id, sentence", [
    ("rollout", "Each further region joins only after three months in which wrong alerts in the stores already using it "
                "have stayed under one in 50."),
    ("rollout", "Each step happened only once complaints had stayed under 15 a week for three weeks running."),
    ("monitoring", "Each month a supervisor who has not seen ShelfEye's alerts walks a random sample of at least 40 "
                   "aisles in the stores using it."),
])
def test_a_held_step_and_a_standing_sample_are_cues_of_rollout_and_monitoring(item_id, sentence):
    """Said mid-answer in a long hearing transcript and a regulator's letter, these had placed the item nowhere:
    the transcript's rollout and the letter's monitoring were called missing."""
    item = next(item for item in default_rubric() if item.id == item_id)
    assert item.pattern_cues(matching_form(sentence)), sentence


FOUNDER_POST = """Pasting our launch post as the spec for now.

🚀 Big news! ShelfEye is the AI that keeps every shelf full, powered by best-in-class computer vision.
Launching across Leeds this spring with our first 12 partner stores. Then the whole UK, and then the world! 🌍
#retail #AI #innovation
"""


def test_a_founders_reach_is_not_a_rollout_plan(reviewer):
    """A place and a season, then "the whole UK, and then the world" (eval/specs-v2/unseen-67's LinkedIn post): the
    rollout named without what decides each step."""
    statuses = reviewer.review(FOUNDER_POST).statuses
    assert statuses["rollout"] == "partial", statuses


# Where it learns from, said with no amount, period or owner (eval/specs-v2/unseen-55, -61, -66 and -67's pitches):
# the data named, not planned.
PITCHED_SOURCES = [
    "ShelfEye learns from thousands of data points about every aisle.",
    "ShelfEye brings together data from shelf cameras, till receipts and delivery notes into one view.",
]


@pytest.mark.parametrize("source", PITCHED_SOURCES)
def test_a_source_pitched_without_substance_is_partial_data_not_missing(reviewer, source):
    post = FOUNDER_POST.replace("#retail", source + "\n#retail")
    assert reviewer.review(FOUNDER_POST).statuses["data"] == "missing"
    assert reviewer.review(post).statuses["data"] == "partial"


# Claimed, said to exist or said in one breath, with nothing behind it (eval/specs-v2/unseen-68's chair's
# statement, patent and impact assessment): the item named, not met.
@pytest.mark.parametrize("item_id, sentence", [
    ("evaluation", "Our partner stores have seen encouraging results, and the feedback has been overwhelmingly positive."),
    ("evaluation", "In a first trial, the predicted gaps were found to agree closely with what staff counted."),
    ("thresholds", "An alert is raised when the predicted gap reaches a predetermined level."),
    ("need_for_ai", "Checking shelves by hand is no longer sustainable as stores grow."),
    ("rollout", "We will be rolling ShelfEye out to all stores during 2027."),
])
def test_an_item_claimed_with_nothing_behind_it_is_partial_not_missing(reviewer, item_id, sentence):
    spec = SHELF_SPEC.replace("We will start in two stores in March.\n", "")
    assert reviewer.review(spec.format(claim="")).statuses[item_id] == "missing"
    assert reviewer.review(spec.format(claim=sentence)).statuses[item_id] == "partial"
