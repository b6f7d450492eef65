"""Three ways a page's own words drew an answer away from its rules (guides-unseen-35):

- the page's preface (what the feature is, the incidents that made the page) repeats a situation-first
  question's words, and was quoted for "how do we make sure …?" instead of the rules below it;
- a question that sets up its situation and asks last ("… how do we make it fair??") was answered from the
  section the situation's words fill, not the one its ask names ("Fairness rules");
- asked which rules must never be broken, two lists headed as limits ("Hard constraints", "What it may and
  may not use") cancelled out, and the answer quoted neither whole."""

from __future__ import annotations

import pytest

from bot.core.answer_lists import NEVER_ASKED_RE, heading_led_list
from bot.core.answer_units import RANK_STRIDE, Unit
from bot.core.retrieval import RetrievedChunk
from bot.core.section_fit import SectionAsk, ask_words
from tests.conftest import answerer_of_pages

PLANNER = """# Weekly planner: allergen rules

Plan My Basket builds a five-dinner meal plan for each customer and puts the ingredients in the basket.
Two incidents shaped this page: a plan for a customer with a sesame allergy included a sauce that may
contain sesame, and a recipe the model called dairy-free used butter.

## 1. Allergens

- The allergen filter runs on product data, never on the recipe text the model writes.
- Products listing the customer's allergen are removed before the model sees the catalogue.
- A recipe that needs an excluded product is dropped, not rewritten.
- Substitutes come only from the swap table the food team keeps; the model never invents a swap.
- When a customer edits their allergens, saved plans are checked again within a minute.

## 2. Basket limits

- A plan never adds more than 30 items to a basket without the customer confirming.
- Sponsored products are never placed in plans.

## 3. Rollout

Start with 10% of customers for four weeks, then half of them for four more, then everyone. Customers who
ticked "severe allergy" join last, after a full month with no allergen found in any plan.

## 4. Owners

The food safety lead signs off every change to the filter, the swap table and the wording of the fixed
allergen line. The nutrition team reviews fifty random plans every month.
"""

ROTAS = """# Suggested rotas: rules

## 1. Hard constraints

The planner must never produce a rota that breaks any of these; a rules engine checks every draft.

- No colleague works more than 48 hours in a week.
- At least 11 hours' rest between two shifts.
- Colleagues under 18 are never scheduled after 10pm.

## 2. Fairness rules

- No colleague gets more than 2 Saturday closing shifts in any 4 weeks.
- Overtime is offered in turn, starting with whoever had the least.
- Wide availability must never become a penalty.

## 3. What the planner may and may not use

| Data | Used? | Why |
|---|---|---|
| Sales forecast | Yes | Sets how many people each hour needs |
| Sickness absence | No | Health data must not shape hours |
| Performance ratings | No | Rotas are no reward |

## 4. Measures

- Manager edit rate on suggested rotas, per store, every week.
- Understaffed hours against the forecast.
- Complaints about rotas per 100 colleagues, with the availability they gave.
"""


def test_the_rules_not_the_preface_answer_a_situation_first_how_question(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "preface", {"planner.md": PLANNER})
    answer = answerer.ask("We're adding an AI meal planner to our grocery app that plans a week of dinners. "
                          "How do we make sure the model never puts an allergen into a plan?").answer
    assert "removed before the model sees the catalogue" in answer, answer
    assert "builds a five-dinner meal plan" not in answer and "Two incidents" not in answer, answer


def test_the_words_only_the_ask_says_name_the_section():
    asked = ask_words("our rota ai keeps giving the same 2 part timers every saturday close lol. "
                      "how do we make it fair??", None)
    assert asked == {"fair"}
    assert ask_words("How do we make rotas fair?", None) == set()  # one sentence: no situation to set apart
    fit = SectionAsk.of("our rota ai keeps giving saturday closes to the same people. how do we make it fair?",
                        "how")
    assert fit.fit("2. Fairness rules", "item")[0] > fit.fit("4. Measures", "item")[0]


def test_a_situation_first_question_gets_the_section_its_ask_names(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "asked-heading", {"rotas.md": ROTAS})
    answer = answerer.ask("our rota ai keeps giving the same 2 part timers every saturday close bc they have "
                          "the most availability lol. how do we make it fair??").answer
    assert "2 Saturday closing shifts" in answer, answer
    assert "Manager edit rate" not in answer, answer


def test_of_two_limits_lists_the_one_that_reads_as_the_question_answers(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "limits", {"rotas.md": ROTAS})
    answer = answerer.ask("We're building an AI that suggests weekly staff rotas. Which rules must a suggested "
                          "rota never break, and how do we enforce them?").answer
    assert "No colleague works more than 48 hours in a week." in answer, answer
    assert "Colleagues under 18 are never scheduled after 10pm." in answer, answer
    assert "Sickness absence" not in answer, answer


@pytest.mark.parametrize("question, asks_limits", [
    ("Which rules must a suggested rota never break?", True),
    ("What should the assistant never say about prices?", True),
    ("What does it mean if a store manager almost never edits the suggestion?", False),  # how often
    ("Our users hardly ever open the panel. Is that a problem?", False),
])
def test_asking_for_limits_is_not_saying_how_often(question, asks_limits):
    assert bool(NEVER_ASKED_RE.search(question)) is asks_limits



def _units(source: str, heading: str, items: list[str], rank: int, block: int) -> list[Unit]:
    chunk = RetrievedChunk(f"{source}-1", "\n".join(f"- {item}" for item in items),
                           {"source": source, "section": heading, "title": source})
    return [Unit(chunk, rank, line, line, item, "item", block, score=0.5) for line, item in enumerate(items)]


def test_only_the_top_guides_limits_answer_a_never_question():
    """guides-unseen-36: "… what must the openers never say …?" about a dating app had been answered with a
    fashion retailer's "Never tell a customer …" list, the one list headed as limits among four guides."""
    openers = _units("openers.md", "What an opener says",
                     ["One short line about something the match wrote.", "No compliments on looks or body.",
                      "The user always sends it themselves."], 0, 1)
    sizes = _units("sizes.md", "What we never promise",
                   ["Never tell a customer their size is what the advisor says.",
                    "Never refuse a return because the advice was ignored.", "Never mention weight."],
                   RANK_STRIDE, 2)
    led = heading_led_list(openers + sizes, {"opener", "never", "say"},
                           "We're adding AI-suggested first messages. What must the openers never say?")
    assert led != ("block", 2)


ZH_LIMITS = """# 保险 App 里的 AI 核保助手:我们定下的规矩

在一家寿险公司做线上投保,负责 AI 核保助手。

## 一、话术红线

- 不说“肯定能赔”“一定通过”,命中就整句拦截。
- 理赔只能讲条款原文,不能替客户解释免责条款。
- 不比较同业公司的产品。

## 二、不会自动发生的事

- 助手不能替客户提交投保单,投保单必须由客户自己确认提交。
- 保额超过 100 万元的投保单,要核保员电话回访后才生效。
- 助手不能替客户修改投保单上的健康告知。
"""


def test_of_two_limits_lists_the_one_whose_heading_says_the_questions_words_answers(tmp_path_factory, embedder):
    """guides-unseen-38: "话术上到底有哪些红线啊？" after a story about a wrong recommendation was answered with
    "三、不会自动发生的事", whose passage shares more of the story's words, not with "二、话术红线"."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "zh-limits", {"hebao.md": ZH_LIMITS})
    answer = answerer.ask("试点的时候 AI 替一个客户提交了投保单,还改了投保单上的健康告知,被合规骂惨了……"
                          "话术上到底有哪些红线啊？").answer
    assert "命中就整句拦截" in answer and "不比较同业公司的产品" in answer, answer
    assert "核保员电话回访" not in answer, answer
