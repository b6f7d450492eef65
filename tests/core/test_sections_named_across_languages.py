"""A section found by what it is, across languages: "五、必须人工判断的情形" for "which situations should staff
always judge by hand?", and "What Tollgate never does" for "它绝对不能做哪些事？".

Before: once the page in the other language was found (bot.core.page_topics), which of its lists to quote was
chosen by the question's words read through a glossary. A Chinese page's terse items ("进水口、出水口和桥下区域")
say nothing of an English question, and its score bands, which repeat "forecast" (预测) in every item, were quoted
instead. Now a heading that names the asked section by its kind, the model not used or what it never does, in
Chinese as in English (bot.core.model_absence, bot.core.action_headings), leads the answer to its list when that
list is in the other language (bot.core.section_fit.other_language_led_list). Over the 181 cross-language questions
of guides-unseen-1 to -60, key-point recall went 0.228 -> 0.270, the other 1,150 questions unchanged.
"""

from __future__ import annotations

import pytest

from bot.core.action_headings import forbidden_actions
from bot.core.model_absence import asks_skipped, heads_skipped
from bot.core.section_fit import SectionAsk
from tests.conftest import answerer_of_pages

PONDS = """# 塘哨溶氧预测使用规则

塘哨是渔业合作社试用的人工智能工具，根据每口塘的溶氧、水温和天气预报，预测第二天凌晨的溶氧最低值。
合作社共 260 口塘，主养草鱼和鲈鱼。

## 一、分级与处置

1. 绿色：预测凌晨溶氧 5 mg/L 以上，按常规管理。
2. 黄色：预测凌晨溶氧 3 至 5 mg/L，预测提醒塘长夜里开一台增氧机。
3. 红色：预测凌晨溶氧低于 3 mg/L，预测提醒塘长和技术员全部开增氧机。

## 二、必须人工判断的情形

1. 鱼已经浮头的塘；
2. 刚换过水或刚用过药的塘；
3. 传感器离线超过一小时的塘；
4. 新放苗十天以内的塘。

## 三、塘哨不做的事

1. 不自动关闭增氧机；
2. 不决定投喂量；
3. 不给塘长打分或考核；
4. 不向收鱼的客户发消息。
"""

TUNNELS = """# Tollgate: rules for ranking our tunnel inspections

Tollgate ranks the 48 road tunnels of the county for the structures team's monthly inspections, from crack
surveys, water ingress reports and the age of each lining. Inspectors decide every inspection.

## Ranks

- High: inspected within 10 working days.
- Medium: inspected within 3 months in the inspector's own order.
- Low: the yearly cycle, nothing changed.

## What Tollgate never does

1. It never closes a tunnel or a lane.
2. It never changes a speed limit or a sign.
3. It never books a contractor or orders a repair.
4. It never contacts the police or the public.
"""

CHOIR = """# Chorus Helper: voice part suggestions

Chorus Helper listens to a new member sing a short scale and suggests soprano, alto, tenor or bass. The conductor
decides every part; a member may always ask to sing another part.

## Measures

We count suggestions the conductor keeps (target 80%) and members moved in their first term (target fewer than 5).
"""

PAGES = {"ponds-zh-oxygen-forecast.md": PONDS, "tollgate-tunnels.md": TUNNELS, "chorus-helper.md": CHOIR}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "named-sections", PAGES)


def test_an_english_question_on_what_staff_judge_by_hand_quotes_the_chinese_section_on_it(answerer):
    answer = answerer.ask("We're trialling AI that forecasts dawn oxygen in our fish ponds. Which situations should "
                          "staff always judge by hand, without relying on the forecast?")
    assert answer.sources and answer.sources[0].source == "ponds-zh-oxygen-forecast.md"
    assert "鱼已经浮头的塘" in answer.answer and "新放苗十天以内的塘" in answer.answer
    assert "mg/L" not in answer.answer  # not the bands, which say "forecast" (预测) in every item


def test_an_english_question_on_what_it_never_does_quotes_the_chinese_section_on_it(answerer):
    answer = answerer.ask("We're trialling AI that forecasts dawn oxygen in our fish ponds. What must it never do?")
    assert answer.sources and answer.sources[0].source == "ponds-zh-oxygen-forecast.md"
    assert "不自动关闭增氧机" in answer.answer and "不向收鱼的客户发消息" in answer.answer


def test_a_chinese_question_on_what_it_never_does_quotes_the_english_section_on_it(answerer):
    answer = answerer.ask("我们县里用 AI 给公路隧道的检查排序。它绝对不能做哪些事？能自己封闭隧道吗？能改限速吗？")
    assert answer.sources and answer.sources[0].source == "tollgate-tunnels.md"
    assert "It never closes a tunnel or a lane." in answer.answer
    assert "It never contacts the police or the public." in answer.answer
    assert "塘哨" not in answer.answer


def test_chinese_headings_and_questions_are_read_by_the_kind_of_section_they_name():
    for heading in ("五、不交给鲜塘的情况（一律人工到塘口判断）", "五、必须人工判断的情形", "五、以下批次每批必检，不看拾检排序",
                    "五、以下场次全程手动，不用随声", "三、这些情况由人来判断", "一定由馆员当面处理的读者",
                    "◆ 必须由指挥当面定的情况"):
        assert heads_skipped(heading), heading
    # A review step by people, the handover to an agent, or "no login needed" are other sections.
    for heading in ("三、人工复核", "四、什么时候转人工", "## 4. 上下文信号：不用登录也有的数据", "四、分级与处置"):
        assert not heads_skipped(heading), heading
    for question in ("哪些情况必须人工判断？", "哪些接近事件不能只看 AI 的分数？",
                     "Which readers should a librarian always see in person?",
                     "Which bins should always be judged by people rather than the AI?",
                     "In which cases should our inspectors leave the AI out and use the paper checklist instead?",
                     "Which students should never get an AI recommendation list?"):
        assert asks_skipped(question), question
    assert not asks_skipped("我们要不要用 AI 做这件事？") and not asks_skipped("Should we use AI rather than rules?")
    assert forbidden_actions("六、巡石绝不做的事") == {"do"} == forbidden_actions("它绝对不能做哪些事？")
    assert forbidden_actions("这个 AI 有哪些事绝对不能自己做？") == {"do"}
    assert forbidden_actions("三、AI 不做的事") == {"do"} and not forbidden_actions("一、塘哨做什么")


def test_a_heading_names_the_section_a_question_asks_for_by_its_kind():
    never = SectionAsk.of("What must it never do?", "list")
    assert never.names_section("三、塘哨不做的事") and never.names_section("What Tollgate never does")
    assert not never.names_section("一、分级与处置")
    by_hand = SectionAsk.of("它绝对不能做哪些事？", "list")
    assert by_hand.names_section("What Tollgate never does") and not by_hand.names_section("Ranks")


LIMITS = """# Furrow going forecast: how we use it

Furrow forecasts the going (how soft the turf is) three days before each race meeting, from rain, the stick readings
and the watering log. The Clerk of the Course declares the going after walking the course with the stick.

## Never left to Furrow

The Clerk's walk and the stick decide these, whatever the forecast says:

- the declaration at 7:00 on raceday and any change to the going during the day;
- any day with more than 5 mm of rain forecast in the 24 hours before the first race;
- fresh ground after the rails are moved.

## What Furrow never does

1. Switch the irrigation on or off.
2. Publish or change the official going.
3. Talk to trainers, jockeys or the press.
"""


@pytest.fixture(scope="module")
def answerer_with_two_limits(tmp_path_factory, embedder):
    pages = {"furrow-going.md": LIMITS, "ponds-zh-oxygen-forecast.md": PONDS, "chorus-helper.md": CHOIR}
    return answerer_of_pages(tmp_path_factory, embedder, "two-limits", pages)


def test_asked_what_it_must_never_do_the_page_s_never_list_answers_not_its_cases_left_to_people(
        answerer_with_two_limits):
    """Both headings read as limits ("Never left to Furrow", "What Furrow never does"); the one naming the
    question's own forbidden action ("做" is "do") answers it."""
    answer = answerer_with_two_limits.ask("我们赛马场用 AI 预测赛道的软硬程度。它绝对不能做哪些事？能不能自己开关喷灌？")
    assert answer.sources and answer.sources[0].source == "furrow-going.md"
    assert "Switch the irrigation on or off." in answer.answer
    assert "Talk to trainers, jockeys or the press." in answer.answer
    assert "fresh ground after the rails are moved" not in answer.answer
