"""Steps asked for and answered by a numbered checklist whose heading never says "steps", and a section on the
model being down that belongs to another guide (guides-unseen-42: a rugby playbook's checklists beside a chess
site's rules)."""

from __future__ import annotations

import pytest

from bot.core.model_absence import asks_skipped, heads_skipped
from bot.core.section_fit import SectionAsk
from tests.conftest import answerer_of_pages

PLAYBOOK = """# Kiln watch: AI crack alerts in the glazing kilns

KilnEye listens to the kiln's acoustic sensors and flags the sound of a pot cracking during a firing. Each alert has a
confidence from 0.00 to 1.00 and goes to the shift's kiln operator. KilnEye never stops a firing by itself.

## What KilnEye never does

- stops or restarts a firing
- changes the kiln's temperature curve
- marks a batch as scrap

## Every alert

1. Open the alert and listen to the clip from both sensors
2. Look through the spy hole at the shelf the alert names
3. Call the shift lead with the kiln number and what you saw
4. Log the outcome and a reason code within 10 minutes

## If KilnEye goes down

- Keep firing as before and check the spy holes every 30 minutes
- Tell the shift lead and log the start and end time
- Never hold a firing because the model is down
"""

CHESS = """# Fair play scores on our chess site

FairMove scores every rated game for how likely it is that an engine helped. Only a fair-play analyst closes an
account, and never on the score alone.

## Score bands

From 70 to 84 the account goes on the watchlist. From 85 to 100 an analyst reviews the account within 72 hours.

## Tournaments

No event is ever delayed or cancelled because FairMove is unavailable: games are stored and the backlog is scored
within 48 hours after it comes back.

## Mobile players

Focus signals are noisy on phones: if mobile players reach review at more than 1.5 times the desktop rate, the focus
signal is switched off for mobile until the model is retrained.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "steps-and-guides",
                             {"kiln-playbook.md": PLAYBOOK, "fair-play.md": CHESS})


def test_asked_for_steps_the_numbered_checklist_answers(answerer):
    answer = answerer.ask("ok so the kiln ai alert pinged mid firing. what does the operator actually do step by "
                          "step?? and who do they call").answer
    assert "spy hole at the shelf" in answer and "reason code within 10 minutes" in answer, answer
    assert "marks a batch as scrap" not in answer, answer


def test_another_guides_outage_section_does_not_answer(answerer):
    answer = answerer.ask("How do we check our chess cheat-detection model is fair to mobile players, and what "
                          "happens if the model goes down during a tournament?").answer
    assert "spy holes" not in answer and "hold a firing" not in answer, answer


def test_the_outage_bonus_is_the_top_guides_only():
    ask = SectionAsk.of("What happens if the model goes down during a tournament?", "general")
    top, _ = ask.fit("If FairMove is down", "item", True)
    other, _ = ask.fit("If KilnEye goes down", "item", False)
    assert top > other


def test_not_trusting_the_score_on_some_cases_asks_which_are_left_out():
    assert asks_skipped("which hauls shud we not trust the score on and what do reviewers do w those??")
    assert asks_skipped("Where shouldn't we use the model at all?")
    assert asks_skipped("ok so the grading ai bumped a stone two colours. which stones shud the ai not grade at all??")
    assert asks_skipped("which figures shud the tool even skip?")
    assert heads_skipped("Figures FigureTrace does not screen") and heads_skipped("Not graded by FacetIQ")
    assert not asks_skipped("Can we trust the score on night hauls?")
    assert not heads_skipped("What FigureTrace never does")
