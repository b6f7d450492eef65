"""A spec in a script the offline reviewer reads no phrase of (Hebrew: eval/specs-v2/unseen-88's growers' bulletin)
had every item called missing with nothing to say why; the review now says it could not read the spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.scripts import unread_script

HEBREW = """# עלון מגדלים: חיישני קשב בגזעי התמרים

## מה זה קשב

קשב הוא חיישן שמוחדר לגזע הדקל ומקשיב לקולות הכרסום של זחלי החדקונית האדומה. המערכת שולחת התראה לחקלאי כאשר
היא מעריכה בסבירות של 80 אחוז ומעלה שיש זחלים בגזע.

## הניסוי

בניסוי בעונת 2025 נבדקו 1,200 עצים. המערכת גילתה 46 מתוך 50 העצים הנגועים.
"""

# A Korean plan whose headings carry English glosses ("□ 추진 배경 (Background)"): read through them.
KOREAN_GLOSSED = (Path(__file__).resolve().parents[2] / "eval" / "specs-v2" / "unseen-31"
                  / "ko-gaejosik-mixed-medium-daycare-notes.md")


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_an_unread_script_says_so(reviewer):
    assert unread_script(HEBREW) == "Hebrew"
    review = reviewer.review(HEBREW)
    assert any("written in Hebrew script, which the offline reviewer cannot read" in w for w in review.warnings)


def test_a_spec_read_through_its_glosses_or_in_a_read_script_gets_no_such_warning(reviewer):
    assert unread_script("The model flags returns for review when it is 80% sure.") is None
    assert unread_script("模型置信度低于 0.8 时转人工复核。") is None
    review = reviewer.review(KOREAN_GLOSSED.read_text(encoding="utf-8"))
    assert not any("cannot read" in w for w in review.warnings)
