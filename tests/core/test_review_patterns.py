"""The rubric split: coaching content validated as data, matching patterns in code with a checked example each."""

from __future__ import annotations

from importlib import resources

import pytest

from bot.core.review.exemplars import default_exemplars, parse_exemplars
from bot.core.review.patterns import ITEM_PATTERNS
from bot.core.review.patterns.base import load_phrases, parse_phrases
from bot.core.review.placeholders import exclude_placeholders, is_placeholder
from bot.core.review.rubric import RubricError, default_rubric
from bot.core.review.spec import parse_spec
from bot.core.review.wording import matching_form

PATTERNS = [
    (item_id, kind, pattern)
    for item_id, patterns in ITEM_PATTERNS.items()
    for kind in ("concrete", "cue_patterns")
    for pattern in getattr(patterns, kind)
]


@pytest.mark.parametrize(("item_id", "kind", "pattern"), PATTERNS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_pattern_matches_its_example(item_id, kind, pattern):
    assert pattern.compiled.search(matching_form(pattern.example)), (item_id, kind, pattern.regex)


def test_every_rubric_item_has_patterns_and_exemplars_and_nothing_else_does():
    ids = default_rubric().ids
    assert set(ITEM_PATTERNS) == set(ids)
    exemplars = default_exemplars(tuple(ids))
    assert set(exemplars) == set(ids)
    assert all(len(e.good) >= 2 and e.vacuous for e in exemplars.values())


def test_conventional_headings_must_be_headings_of_the_item():
    from bot.core.review.patterns.base import ItemPatterns
    from bot.core.review.rubric import ItemContent, RubricItem

    content = ItemContent(id="cost", name="Cost", good="g", why="w", question="q", severity="minor", cites=())
    with pytest.raises(RubricError, match="budget"):
        RubricItem.build(content, ItemPatterns(headings=("cost",), conventional=("budget",)))
    assert RubricItem.build(content, ItemPatterns(headings=("costs",), conventional=("costs",))).conventional_headings


def test_exemplars_are_validated():
    with pytest.raises(RubricError, match="without exemplars"):
        parse_exemplars("cost: {good: [a, b]}", ["cost", "data"])
    with pytest.raises(RubricError, match="cost"):
        parse_exemplars("cost: {good: [only one]}", ["cost"])
    with pytest.raises(RubricError, match="cost"):
        parse_exemplars("cost: {good: [a, b], great: [c]}", ["cost"])


def test_phrase_files_keep_their_order_and_add_their_languages_plain_forms():
    text = (
        "cues: [b, a, {Romanian: [ușor, decizia]}, {Croatian: [točno]}, {Slovak: [ľudský dohľad, päť]},"
        " {Slovenian: [človeški nadzor, cilj]}, {Lithuanian: [žmogaus priežiūra, tikslas]}]\nvague: [c]"
    )
    assert parse_phrases(text, "x.yml") == {
        "cues": ("b", "a", "ușor", "usor", "decizia", "točno", "tocno", "ľudský dohľad", "ludsky dohlad", "päť", "pat",
                 "človeški nadzor", "cloveski nadzor", "cilj", "žmogaus priežiūra", "zmogaus prieziura", "tikslas"),
        "vague": ("c",),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("cues: [a", r"x\.yml is not valid YAML"),
        ("- a", r"x\.yml must map phrase lists"),
        ("cue: [a]", r"x\.yml: unknown phrase lists \['cue'\]"),
        ("vague: a", r"x\.yml, vague: must be a list"),
        ("vague: [a, no]", r"x\.yml, vague, entry 2: False is not a phrase"),  # YAML reads a bare no as False
        ("cues: [{Klingon: [a]}]", r"x\.yml, cues, entry 1: a mapping must be one of"),
        ("cues: [{Romanian: []}]", r"x\.yml, cues, entry 1 \(Romanian\): must be a non-empty list"),
        ("cues: [a]\nvague: [b]\ncues: [c]", r"x\.yml is not valid YAML: repeated key\(s\) \['cues'\]"),
    ],
)
def test_a_malformed_phrase_file_names_the_file_and_the_list(text, message):
    with pytest.raises(RubricError, match=message):
        parse_phrases(text, "x.yml")


def test_every_item_has_a_phrase_file_and_a_missing_one_is_named():
    folder = resources.files("bot.core.review.patterns") / "phrases"
    assert {f.name.removesuffix(".yml") for f in folder.iterdir() if f.name.endswith(".yml")} == set(ITEM_PATTERNS)
    with pytest.raises(RubricError, match=r"phrases/no_such_item\.yml is missing"):
        load_phrases("no_such_item")


@pytest.mark.parametrize(
    "line",
    [
        "[Describe the user problem. Who is the user?]",
        "- Proxy metric: TBD (e.g. retention)",
        "Why AI instead of rules: <fill in>",
        "Cost estimate: $__ per request × __ requests/month",
        "| [e.g. hallucination] | [H/M/L] | [e.g. route to human] |",
        "| Monitoring | TBD |",
        "- 业务指标：待定",
        "【请描述目标用户及其痛点】",
        "Instructions: delete this line and every <placeholder> before sharing.",
        # unseen-37's half-filled template: a hint in italics under every heading
        "_Hint: Who has the problem? How do you know? Give numbers._",
        "Tip: name the signal, the owner and what triggers an alert.",
        # unseen-41's one-pager: the template's prompt in italics, a question or an order to the writer
        "_Who has the problem, how do you know, and what does it cost them today?_",
        "_Describe how you'll measure success at each level. Give a baseline and a target for each._",
        "*What will you watch after launch, how often, and who owns it?*",
        # unseen-42's florist notes: a value deferred to another team
        "- TBD, check with eng",
        "Cost: confirm with finance",
        # unseen-47's half-filled template: a bracketed prompt with a colon inside, and bare "e.g." hints
        "[Describe how you will measure success: business, user and model metrics, each with a baseline and a target]",
        "- [List the data sources: name, owner, volume]",
        "e.g. size of the test set, who labels it, how each output is graded",
        "e.g. cost per request, monthly spend at launch and at scale",
    ],
)
def test_template_scaffolding_is_recognised(line):
    assert is_placeholder(line)


@pytest.mark.parametrize(
    "line",
    [
        "Proxy metric: weekly active users from 1,200 to 1,800 (e.g. in the EU first).",
        "We tried a [beta] rules engine and it handled 40% of tickets.",
        "The summary is editable, so the organiser can fix anything before sharing it more widely.",
        "| Cost | ~$0.02 per question × 3,000 questions/month |",
        "发票版式多样，规则引擎只能覆盖固定模板。",
        "Hints from the model are shown beside each field, and the clerk can ignore them.",
        "_Note: the March figures are provisional._",
        "We check with the customer before sending anything.",
        # a Google Doc's comments exported in brackets, and an example that carries its own figure
        "[Reply from Tomás: We tried exactly that on 12 routes from March to June; run-outs fell from 41% to 36%.]",
        "E.g. the 2025 pilot cut handling time by 30%.",
    ],
)
def test_content_is_not_mistaken_for_scaffolding(line):
    assert not is_placeholder(line)


def test_a_templates_italic_hints_are_all_scaffolding_once_two_are_prompts():
    """"_Cost per request, monthly cost at expected volume …_" asks nothing, yet under a template whose other
    italic hints are questions it is the template's hint: the Cost section holding only it and "N/A" is empty."""
    spec = parse_spec(
        "## Problem\n\n_Who has the problem, and how do you know?_\n\nAgents check 52,000 packs a year.\n\n"
        "## Evaluation\n\n_Describe how you'll test it before launch._\n\n"
        "## Cost\n\n_Cost per request, monthly cost at expected volume, and how it compares with the value._\n\n"
        "N/A for now\n"
    )
    exclude_placeholders(spec)
    kept = [u.text for u in spec.units if u.kind != "heading" and not u.excluded]
    assert kept == ["Agents check 52,000 packs a year."]
    alone = parse_spec("## Cost\n\n_Cost per request is about $0.02 at 3,000 requests a month._\n")
    exclude_placeholders(alone)
    assert not any(u.excluded for u in alone.units)


def test_a_table_header_over_placeholder_rows_is_scaffolding_too():
    spec = parse_spec("## Failure modes\n\n| Failure | Fallback |\n|---|---|\n| [e.g. timeout] | [e.g. retry] |\n")
    check = exclude_placeholders(spec)
    assert check.placeholders == check.body == 2 and check.mostly_unfilled


@pytest.mark.parametrize(
    "line", ["Launch: next month", "下个月上线。", "- Target launch date: March 15, 2027", "We launch in Q3.",
             "成本、监控等后面再补充。", "Cost: to be added later",
             "Timeline: build in Q1, launch in Q2."],
)
def test_a_bare_date_or_a_deferral_is_scaffolding(line):
    assert is_placeholder(line)


@pytest.mark.parametrize(
    "line", ["Rollout: 10% in March, then everyone in April", "We have until Q3 before the contract ends.",
             "In May we will interview 12 users."],
)
def test_a_date_with_a_plan_is_content(line):
    assert not is_placeholder(line)
