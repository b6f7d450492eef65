"""Three sections every guide to an AI feature has, asked for in other words (guides-unseen-41): what happens when
the model is down ("If QueueShield is down", named for the product), which cases are left out of it ("When the
score is not used" for "which orders should skip the score?"), and the score bands (a table whose rows open on a
range, though the reviewer's steps repeat more of the question's words)."""

from __future__ import annotations

import pytest

from bot.core.band_lists import BANDS_ASKED_RE, opens_on_band
from bot.core.model_absence import asks_outage, asks_skipped, heads_outage, heads_skipped
from bot.core.section_fit import ABSENCE_HEADING_BONUS, SectionAsk
from tests.conftest import answerer_of_pages

PAGE = """# DoorCheck: fraud scores on parcel deliveries

DoorCheck is the model that scores every parcel delivery from 0 to 100 for how likely it is that the delivery
will be reported as not received by a customer who did get it. Drivers see the band on their handheld.

## Score bands

| Score | What happens | Who can release the parcel |
|---|---|---|
| 0–59 | Left in the safe place the customer chose | - |
| 60–84 | Held at the door until the driver takes a photo of it | The driver |
| 85–100 | Held on the van and handed only to a person; if nobody answers, it goes back to the depot | Only a depot supervisor |

## Depot supervisor steps for a held parcel

1. Open the held parcel in the depot console and read the top three reasons the model flagged it.
2. Check the customer's claim history for the last 12 months before you release a held parcel.
3. Decide: release the parcel for the next round, ask the customer to collect it, or refund them.
4. Record the outcome and a reason code, which the model is retrained on each quarter.

## When the score is not used

- Parcels for customers registered as housebound, which are always handed over.
- Deliveries of prescription medicines, which need a signature whatever the score.
- Depots with fewer than 300 parcels a day, where DoorCheck is switched off.

## If DoorCheck is down

If the handheld shows no band for 2 minutes, the driver treats the parcel as held for a photo and carries on with the
round. The depot manager is told by text, and no round waits for the model.

## What we watch (weekly dashboard)

- Held parcels released per 1,000 held parcels; the target is under 30.
- If more than 5% of one postcode's held parcels are released in a week, that postcode goes to a supervisor.
- The share of not-received claims on parcels the model scored Normal, each week.
- Complaints from customers asked to come to the door, read by the product manager every month.
"""


def test_an_outage_is_the_model_or_its_product_going_down_not_a_measure():
    assert asks_outage("What happens at checkout if our bot-scoring model goes down in the middle of a sale?")
    assert asks_outage("what's our fallback if the filter stops responding?")
    assert asks_outage("摄像头离线或 AI 停了怎么办？")
    assert heads_outage("If QueueShield is down") and heads_outage("Fallback")
    assert not asks_outage("If accuracy goes down after launch, do we retrain?")
    assert not asks_outage("costs are down this quarter") and not heads_outage("Offline evaluation")


def test_cases_left_out_of_the_model():
    assert asks_skipped("which orders shud skip the ai score entirely??")
    assert asks_skipped("Which emails should never be scored?")
    assert asks_skipped("which files shud ppl read in full no matter what the score says??")
    assert heads_skipped("When the score is not used") and heads_skipped("Straight to a reviewer, no score used")
    assert not heads_skipped("Score bands") and not asks_skipped("Which orders does the score hold?")
    # A lead-in over the cases the model never decides, in a chat message or a page without headings.
    assert heads_skipped("Always Red, straight to the on-call vet, whatever TailCheck says:")
    assert heads_skipped("These go to a person regardless of the score:")
    assert not heads_skipped("Whatever the weather, the round goes out:")
    # guides-unseen-51: the cases kept from the AI, asked and headed in other words.
    assert asks_skipped("which bookings shud coordinators keep away from it??")
    assert asks_skipped("which cases shud ppl never let it draft?? like floods or pests")
    assert asks_skipped("which chats shud ppl take over straight away??")
    assert asks_skipped("when shud ppl run the battery by hand instead??")
    assert not asks_skipped("Who should take over the roadmap?") and not asks_skipped("We never let users see it")
    # guides-unseen-52: "never hand to it", "ignore it and trust the walk".
    assert asks_skipped("which stuff shud transcribers never hand to it??")
    assert asks_skipped("when shud the clerk ignore it and trust the walk and the stick??")
    assert asks_skipped("which calls do we not pass on to the AI?")
    assert not asks_skipped("We never hand reports to the board") and not asks_skipped("Can we ignore the noise?")
    # guides-unseen-53: "always key in by hand", "whatever the ranking says"; "ENTERED BY HAND, NEVER DRAFTED BY SIFT".
    assert asks_skipped("which reports shud the register team always key in by hand??")
    assert asks_skipped("Which batches should our testers always test, whatever the ranking says?")
    assert not asks_skipped("How do we always handle refunds?")
    assert heads_skipped("ENTERED BY HAND, NEVER DRAFTED BY SIFT") and heads_skipped("Always done by hand")
    assert not heads_skipped("Handled by the duty team")
    assert heads_skipped("Never left to Relay (no suggestion; the duty coordinator books these personally):")
    assert not heads_skipped("What is left to do")


def test_only_the_section_on_the_asked_absence_gains():
    ask = SectionAsk.of("What happens if the model goes down during a round?", "general")
    down, _ = ask.fit("If DoorCheck is down", "prose")
    bands, _ = ask.fit("Score bands", "item")
    assert down - bands >= ABSENCE_HEADING_BONUS


def test_levels_of_the_score_are_bands():
    assert BANDS_ASKED_RE.search("Which confidence levels should trigger what, and can the AI take a player off?")
    assert BANDS_ASKED_RE.search("what risk level means a manual check?")
    assert not BANDS_ASKED_RE.search("What level of seniority should the reviewer have?")


def test_a_band_opens_an_item():
    assert opens_on_band("| 0.00–0.49 | Delivered normally |")
    assert opens_on_band("85–100, Accepted: the envelope goes on to ballot opening.")
    assert opens_on_band("老鼠、蟑螂等虫害，置信度 0.7 以上：立刻推送给店长")
    assert opens_on_band("Emails with a score of 0.9 or above are held.")
    assert not opens_on_band("某一类告警误报率超过 30%，这一类先停止推送")  # a rate, not the score
    assert not opens_on_band("2024–2025: the pilot year") and not opens_on_band("Open the claim in the console")
    # A band named, not numbered: "Red: …" in a vet group's chat, "High | …" in a table, "P1 — …".
    assert opens_on_band("Red: the nurse calls the owner back within 5 minutes")
    assert opens_on_band("| High | A supervisor reviews it the same day |") and opens_on_band("P1 — paged at once")
    assert opens_on_band("二级：2 分钟内确认")
    assert not opens_on_band("Reds and greens: both colours are used on the dashboard")
    assert not opens_on_band("Highlights: the pilot went well")


ZH_PAGE = """仓库摄像头接上 AI 以后：我们给 80 个仓库定的叉车告警规则

我在一家物流公司做产品。80 个仓库的摄像头以前只录像，去年接上了 AI 识别：叉车超速、人员进入叉车通道、没穿反光背心。

一、告警分三档
1. 人员进入叉车通道，置信度 0.8 以上：叉车屏幕立刻鸣笛，仓库主管 10 分钟内看录像。
2. 没穿反光背心，置信度 0.7 以上：门口屏幕提醒一次，不记名。
3. 置信度低于 0.5：不推送，只记录，进每周抽检样本。

二、摄像头离线或 AI 停了怎么办
摄像头画面中断超过 15 分钟，系统通知仓库主管；AI 服务中断时，仓库恢复人工巡检，主管每小时巡查一次叉车通道。

三、上线后看什么
· 每周抽 200 条告警人工复核；
· 摄像头在线率低于 95% 的仓库由安全部上门检查。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "model-absence", {"doorcheck.md": PAGE})


def test_the_section_on_the_model_being_down_answers_what_happens_then(answerer):
    down = answerer.ask("Our parcel fraud model scores every delivery. What should drivers do if the model goes "
                        "down in the middle of a round?").answer
    assert "treats the parcel as held for a photo" in down, down


def test_the_cases_the_score_is_not_used_on_answer_which_skip_it(answerer):
    skipped = answerer.ask("ugh the model flagged a housebound customer's parcel and we held it on the van for a "
                           "week lol. which parcels shud skip the fraud score entirely??").answer
    assert "prescription medicines" in skipped, skipped
    assert "depot console" not in skipped, skipped


def test_the_bands_table_answers_how_to_band_the_scores(answerer):
    bands = answerer.ask("How should we band the fraud scores, and who is allowed to release a held parcel in each "
                         "band?").answer
    assert "until the driver takes a photo" in bands and "Only a depot supervisor" in bands, bands
    assert "depot console" not in bands, bands


def test_a_chinese_list_of_bands_answers_how_to_band_the_alerts(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "bands-zh", {"forklift-alerts.txt": ZH_PAGE})
    answer = answerer.ask("我们仓库想给摄像头加上 AI 识别叉车风险，告警阈值怎么分档？每一档分别怎么处理？").answer
    assert "叉车屏幕立刻鸣笛" in answer and "只记录" in answer, answer


CHAT_PAGE = """The triage assistant's rules, as the clinical lead posted them in the team chat

Bands:
- Red: the nurse calls the owner back within 5 minutes and alerts the on-call vet
- Amber: a nurse callback within 30 minutes
- Green: a nurse reply within 2 hours with home-care advice from the approved sheets

Always Red, straight to the on-call vet, whatever the assistant says:
- anything eaten that could be poisonous
- any breathing difficulty or collapse

The assistant is not used for horses or farm animals. A nurse reads every message before any advice goes out.
"""


def test_a_chats_named_bands_and_its_always_list_answer(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "chat-bands", {"triage-rules.txt": CHAT_PAGE})
    bands = answerer.ask("What urgency bands should our triage assistant use, and how fast should nurses call back "
                         "in each?").answer
    assert "within 5 minutes" in bands and "within 30 minutes" in bands and "within 2 hours" in bands, bands
    assert "Bands:" not in bands, bands  # a one-word label over the list, not a sentence to quote
    skipped = answerer.ask("ugh the assistant put a dog that ate rat poison as green bc the owner said he was fine "
                           "🙄 which cases shud skip the ai and go straight to the vet??").answer
    assert "anything eaten that could be poisonous" in skipped and "breathing difficulty" in skipped, skipped


def _long_guide() -> str:
    """A guide of many sections on parcels and drivers, the one on the model being down last."""
    topics = ["Customers who are away", "Flats with a concierge", "Rural rounds", "Business addresses",
              "Parcels left with neighbours", "Large parcels", "Returns", "Weekend rounds", "Peak season",
              "New drivers", "Damaged parcels", "Customer complaints", "Fairness to older customers"]
    body = [f"## {topic}\n\n" + " ".join(
        f"{topic} rule {step}: on the round, drivers follow the model's band for each parcel of this kind, and a "
        f"driver unsure of the band at stop {step * number} asks the depot before leaving the parcel."
        for step in range(1, 7)) + "\n" for number, topic in enumerate(topics, 1)]
    return ("# DoorCheck for depots\n\nDoorCheck scores every parcel delivery for fraud risk.\n\n" + "\n".join(body)
            + "\n## If DoorCheck is down\n\nIf the handheld shows no band for 2 minutes, the driver treats the "
            "parcel as held for a photo and carries on with the round.\n")


def test_the_section_on_the_model_being_down_is_read_however_low_retrieval_put_it(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "absence-low", {"doorcheck-depots.md": _long_guide()})
    answer = answerer.ask("What should our drivers do with each parcel on the round if the model goes down?").answer
    assert "treats the parcel as held for a photo" in answer, answer


BOOKINGS = """Relay: how the booking matcher works

For every booking from our clients, Relay suggests up to three interpreters from the language asked for, travel
time and availability, each with a match score from 0 to 100. Coordinators book.

Score bands:

- 80 to 100: the coordinator checks the top suggestion and confirms it with one click.
- 50 to 79: the coordinator compares all three suggestions and phones the interpreter before confirming.
- Below 50: no suggestion is shown and the coordinator books from the register.

Never left to Relay (no suggestion; the duty coordinator books these personally):

- Mental health act assessments.
- Child protection and safeguarding meetings.
- Bookings where the patient asked for a named interpreter.
"""


def test_the_cases_never_left_to_the_ai_answer_which_to_keep_away_from_it(tmp_path_factory, embedder):
    """A forum post heads its never-list with a lead-in, no heading; the question says "keep away from it"."""
    answer = answerer_of_pages(tmp_path_factory, embedder, "never-left", {"relay.txt": BOOKINGS}).ask(
        "ugh our interpreter matching ai suggested someone for a safeguarding meeting lol. which bookings shud "
        "coordinators keep away from it??").answer
    assert "Mental health act assessments" in answer and "named interpreter" in answer, answer
    assert "one click" not in answer, answer

