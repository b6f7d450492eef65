"""A spec that is one long section under a letterhead (a design tool's comment export under its file name, a pitch
night transcript under the event's name: eval/specs-v2/unseen-75 and -76 prompted it) is judged sentence by
sentence. Read as one section "about" every item whose words it uses twice, its 500 words made each such item
`present` ("a 738-word section with specifics") where the threads only named it in passing."""

from __future__ import annotations

import pytest

from bot.core.review import analysis
from bot.core.review.reviewer import Reviewer

EXPORT = """**Priya Shah** 10:05 AM
no PRD for TileScan yet, everything we agreed is in the comments, export below. enough to start?

## Figma · Homefix / Installer app / TileScan v2 — comments export

**#1 · Frame "Cover"** · Priya Shah (PM) · 3 Mar
Context: installers photograph each bathroom wall after tiling and TileScan grades the grout lines so the
customer stops calling us back about uneven joints. Callbacks are the thing we want to cut.
↳ **Ravi Menon (Design)** · 3 Mar: how many fewer callbacks are we aiming for?
↳ **Priya Shah** · 3 Mar: fewer is the goal, will find a number later.

**#2 · Frame "Job list"** · Ravi Menon · 4 Mar
Badge on jobs that need a scan? A small camera icon, grey until the photos are done, then green.
↳ **Priya Shah** · 4 Mar: yes, camera icon.

**#3 · Frame "Take photos"** · Ravi Menon · 4 Mar
Photo guide overlay: left, centre and right of each wall, plus a close-up of any corner. Four shots minimum.
↳ **Lena Ortiz (Ops)** · 5 Mar: installers will hate four, keep the corner close-up though.
↳ **Ravi Menon** · 5 Mar: going with three plus an optional close-up.

**#4 · Frame "Take photos"** · Lena Ortiz · 5 Mar
What happens when the bathroom light is bad and the photo is dark?
↳ **Priya Shah** · 5 Mar: we show "Retake photo, too dark" and they retake it.

**#5 · Frame "Result"** · Tom Becker (Eng) · 6 Mar
Where do the grades come from, are we training a model ourselves?
↳ **Priya Shah** · 6 Mar: the vendor's image model grades each wall good, fair or redo. We have plenty of wall
photos from the old app if they need data.
↳ **Tom Becker** · 6 Mar: ok, I'll ask what format they want the photos in.

**#6 · Frame "Result"** · Ravi Menon · 7 Mar
Grade chip colours: good green, fair amber, redo red? Customers never see it, only the office.
↳ **Priya Shah** · 7 Mar: red is fine then.

**#7 · Frame "Sign-off"** · Lena Ortiz · 8 Mar
Customer signs on the installer's phone to say they have seen the photos. Do they see the grade as well?
↳ **Priya Shah** · 8 Mar: not in v2, legal want to read the wording first.

**#8 · Frame "Cover"** · Mark Hale (Head of Ops) · 9 Mar
When does this go live and where?
↳ **Priya Shah** · 9 Mar: the Leeds installers first in April, then the rest of the country after that.
↳ **Mark Hale** · 9 Mar: 👍

**#9 · Frame "Settings"** · Ravi Menon · 10 Mar
Do we need a settings screen at all for v2? The only option on it is photo quality, high or standard.
↳ **Tom Becker** · 10 Mar: remove it, default to high.

*End of export · 9 threads · 6 resolved*
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_whole_spec_under_one_heading_names_its_items_in_passing(reviewer):
    review = reviewer.review(EXPORT)
    for item in ("data", "approach", "rollout"):
        result = review.item(item)
        assert result.status == "partial", (item, result.status, result.reason)
        assert "-word section" not in result.reason
    assert "plenty of wall photos" in " ".join(" ".join(review.item("data").evidence).split())


def test_the_same_threads_read_as_one_section_were_called_covered(reviewer, monkeypatch):
    # The rule this file tests, switched off: the export's one long section carried the items as `present`.
    monkeypatch.setattr(analysis, "WHOLE_SPEC_SHARE", 2.0)
    statuses = reviewer.review(EXPORT).statuses
    assert any(statuses[item] == "present" for item in ("data", "approach", "rollout"))
