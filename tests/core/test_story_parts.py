"""A chat question's story matches the guide's account of what went wrong; its ask is answered from the list that
answers it (eval/guides-unseen-47: "ugh our ranking ai scored a supernova right next to a galaxy core at 12 lol.
which candidates shud ppl always vet no matter the score??" was answered with the pilot's misses)."""

from __future__ import annotations

from tests.conftest import answerer_of_pages

GUIDE = """# ParcelSort rules for porters

## Pilot results
- ParcelSort scored every parcel in the pilot, about 1,200 a day across our 14 buildings, from 0 to 100.
- Over 60 days it sent 71,000 parcels to a locker size, and porters moved 2% of them.
- The two misses: a fridge parcel labelled in pencil scored 12 and went to a small locker, and one with a torn label scored 9.
- It ranked heavy parcels too high week after week, and building 7's scanner gave scores 20 points lower than the rest.

## Never left to ParcelSort
- These are checked by a porter whatever the score: parcels over 20 kg; anything marked fragile or perishable; every parcel in a building's first 10 days on the system.
- Parcels with a torn or wet label are set aside and sorted by hand, not scored.

## If ParcelSort is down
- Porters sort by the paper chart and no delivery day is skipped.
"""


def test_the_ask_after_a_story_is_answered_from_its_own_list(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "story-parts", {"parcelsort.md": GUIDE})
    answer = answerer.ask("ugh our sorting ai scored a fridge parcel labelled in pencil at 12 lol. which parcels shud "
                          "porters always check no matter the score?? and what about torn labels").answer
    assert "checked by a porter whatever the score" in answer, answer
    assert "sorted by hand, not scored" in answer, answer


def test_a_single_ask_after_a_story_is_answered_from_its_own_list(tmp_path_factory, embedder):
    """One ask after the story, with no second question: guides-unseen-48's "… missed a spill bc the overflow
    monitor was offline lol. which situations shud ppl never leave to it??" quoted the pilot's misses."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "story-single", {"parcelsort.md": GUIDE})
    answer = answerer.ask("ugh our sorting ai scored a fridge parcel labelled in pencil at 12 lol. which parcels "
                          "shud porters always check no matter the score??").answer
    assert "checked by a porter whatever the score" in answer, answer
