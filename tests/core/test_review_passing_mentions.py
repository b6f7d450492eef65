"""An item said in passing is named, so it is `partial`, not `missing`: the data in "we've got loads of
photos", privacy in "PII is masked before the call", success in "it will save lots of time", evaluation in
a supplier's "rigorous testing" or in a comparison on 600 real cases (the items the 320 dev and unseen specs
most often called missing though their labels said they were there, docs/spec-review.md round 46)."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

CHAT = """[09:02] Ines: idea for the climbing app: auto-grade new boulder problems from a photo
[09:03] Ines: members already snap every new problem in the app, so we've got loads of photos
[09:05] Tom: PII is masked before the call by the existing redaction service, so names never reach the model
[09:06] Ines: setters will love it and it will save lots of time
"""

TENDER = """Our proposal for the noise classification service

Every release of the classifier undergoes rigorous testing and validation in line with industry best
practice before deployment.
"""

EMAIL = """Hi Priya,

Ahmed's team compared two ways of doing it on 600 profiles from three departments, with each suggestion
marked right or wrong by the person's manager.

Best, Sam
"""

PITCH = """Subject: AI replies to app store reviews

We get around 900 app store reviews a week and reply to maybe 5% of them. What if we had AI draft replies to
every review and an agent just clicks send? The model delivers best-in-class accuracy.
"""

THREAD = """[10:02] Sam: proposal: the model screens conference talk proposals before the committee reads them
[10:04] Lee: can't we just filter on keywords
[10:06] Sam: risks will be managed through appropriate safeguards
"""

NOTES = """Mailroom AI, notes from Thursday's sync
- Post room can't keep up: scanned letters sit in the general queue for days before someone reads them
- Idea: AI reads each scan and drops it into the right team's queue
- the digest always links every original letter so nothing is lost
"""

LETTER = """Dear branch managers,

We did think about simply adding ten minutes to every repair slot, but no two repairs are alike. The vendor
will test it thoroughly before it reaches your workshops, and we'll also make sure it works fairly for every
customer. We'd like to start with six volunteer branches in April; every other branch will get it in June.
"""

HUDDLE = """Huddle notes, parcel-photo checker
- The app draws a box round each dent it finds so the driver can look at that spot before signing.
- It has to catch most of the crushed corners before we'd trust it at the depot.
- We've tested it a fair bit on our own parcels and it seems pretty good.
- Going live at the Leeds depot on 3 May, then the others once we're happy with it.
"""

# eval/specs-v2/unseen-54's shapes: a top-posted email thread, a Jira comment, a one-paragraph spec
QUOTED_THREAD = """Noted. The draft must never answer an allergy question: we are not a nut-free kitchen.

> I'll only start using it properly once the drafts are mostly right and I'm just tweaking them.
"""

COMMENTS = """Gemma: Worried it'll learn that bull breeds = trouble. Let's make sure it's fair to every breed.
Ollie: We would like staff to be able to understand how the model decides a dog is playing too rough.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize(("spec", "items"), [
    (CHAT, ("data", "fairness_safety", "success_metrics")),  # in passing: photos, PII, "save lots of time"
    (TENDER, ("evaluation",)),  # a supplier's "rigorous testing" is vague, not nothing
    (PITCH, ("thresholds", "user_trust")),  # a slogan bar; a person who clicks send
    (THREAD, ("need_for_ai", "failure_modes")),  # a sceptic's simpler way; a safeguards slogan
    (NOTES, ("problem", "explainability")),  # work piling up; a link back to every original
    # a simpler way considered in a line; "test it thoroughly"; fairness promised; volunteers first
    (LETTER, ("need_for_ai", "evaluation", "fairness_safety", "rollout")),
    (HUDDLE, ("thresholds", "evaluation", "rollout")),  # a bar with no number; "a fair bit"; a date and a hope
    (QUOTED_THREAD, ("fairness_safety", "thresholds")),  # an allergy rule in a line; "mostly right", no number
    (COMMENTS, ("fairness_safety", "explainability")),  # fair to every breed; how it decides, no mechanism
], ids=["chat", "tender", "pitch", "thread", "notes", "letter", "huddle", "quoted-thread", "comments"])
def test_an_item_said_in_passing_is_partial(reviewer, spec, items):
    review = reviewer.review(spec)
    for item in items:
        assert review.item(item).status == "partial", (item, review.item(item).reason)


def test_evidence_drawn_on_the_photo_explains_the_flag(reviewer):
    assert reviewer.review(HUDDLE).item("explainability").status != "missing"


def test_a_comparison_on_real_cases_is_an_evaluation(reviewer):
    evaluation = reviewer.review(EMAIL).item("evaluation")
    assert evaluation.status != "missing", evaluation.reason


def test_what_would_make_it_worth_it_is_a_success_goal(reviewer):
    spec = ("> Worth it for me if every enquiry gets a reply within 24 hours (right now a third wait two days), and my "
            "evenings on enquiries go from about 12 hours a week to 4 or less.\n")
    success = reviewer.review(spec).item("success_metrics")
    assert success.status == "present", success.reason
    assert any("24 hours" in quote for quote in success.evidence)
