"""Specs exported from other tools: a meeting's subtitle file, a JSON intake form, a mind-map outline,
a page whose substance sits in footnotes (eval/specs-v2/unseen-27 prompted each)."""

from __future__ import annotations

import pytest

from bot.core.review.labels import lead_in_label
from bot.core.review.meaning import embeddable
from bot.core.review.placeholders import is_placeholder
from bot.core.review.reviewer import Reviewer
from bot.core.review.spec import parse_spec

TRANSCRIPT = """WEBVTT

1
00:00:01.000 --> 00:00:09.500
Ana Ruiz: Support agents spend about 7 minutes per refund ticket looking up the policy.

2
00:00:10.000 --> 00:00:19.250
Ben Cole: Once it's live, every Monday I'll pull 30 of the drafts it wrote and check them against the policy.

3
00:00:20.000 --> 00:00:25.000
Ana Ruiz: Let's try it with the Lisbon team first.
"""

INTAKE = """```json
{
  "problem": "Buyers wait two days for a supplier quote; 40% of requests are never answered.",
  "why_ai": "",
  "training_data": null,
  "mitigations": [],
  "risks": [
    "might quote a price the supplier no longer offers"
  ],
  "rollout": {
    "phase_1": "",
    "phase_2": ""
  }
}
```
"""

OUTLINE = """Invoice matching PoC
\tProblem
\t\tAP clerks match 12,000 invoices a month by hand
\t\tabout 8% need a second look, 6 minutes each
\tData
\t\t3 years of matched invoices from the ERP, about 400k rows
\tMonitoring: ?
"""

FOOTNOTED = """# Quote drafting

Sales engineers rewrite every quote from scratch.[^1] Someone owns watching it.[^2]

[^1]: 30 engineers spend about 5 hours a week each on quotes.

[^2]: The sales ops lead gets a weekly dashboard of edit rate, and re-reads 20 sent quotes every Friday.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_subtitle_files_cue_numbers_and_timings_are_not_read_as_content(reviewer):
    spec = parse_spec(TRANSCRIPT)
    assert not [u for u in spec.units if "-->" in u.text or u.text.strip().isdigit() or u.text == "WEBVTT"]
    review = reviewer.review(TRANSCRIPT)
    assert review.item("monitoring").status != "missing"  # "every Monday I'll pull 30 of the drafts"
    assert review.item("rollout").status != "missing"  # "try it with the Lisbon team first"


def test_a_json_exports_empty_fields_are_unfilled_and_its_nested_keys_head_their_values(reviewer):
    for empty in ('"why_ai": "",', '"training_data": null', '"mitigations": [],', "cost: ~"):
        assert is_placeholder(empty), empty
    assert not is_placeholder('"approach": "Use an LLM",') and not is_placeholder("Risks:")
    spec = parse_spec(INTAKE)
    assert {"risks", "rollout"} <= {s.heading for s in spec.sections}
    assert not [u for u in spec.units if u.text.strip() in {"}", "},", "]", "],"}]
    review = reviewer.review(INTAKE)
    assert review.item("need_for_ai").status == "missing" and review.item("rollout").status == "missing"
    assert review.item("failure_modes").status != "missing"  # the one risk under "risks": [


def test_an_indented_outline_is_read_under_its_branches(reviewer):
    spec = parse_spec(OUTLINE)
    assert spec.title == "Invoice matching PoC"
    assert [s.heading for s in spec.sections if s.heading] == ["Problem", "Data"]
    review = reviewer.review(OUTLINE)
    assert review.item("problem").status == "present" and review.item("data").status != "missing"
    assert review.item("monitoring").status == "missing"  # "Monitoring: ?" is a question left open


def test_a_footnote_is_read_as_the_claim_that_cites_it(reviewer):
    labels = {u.text[:5]: u.label for u in parse_spec(FOOTNOTED).units if u.text.startswith("[^")}
    assert labels == {"[^1]:": "Sales engineers rewrite every quote from scratch",
                      "[^2]:": "Someone owns watching it"}
    review = reviewer.review(FOOTNOTED)
    assert review.item("monitoring").status == "present"
    assert all(quote in FOOTNOTED for item in review.items for quote in item.evidence)


ORG = """#+TITLE: Parcel damage claims
#+AUTHOR: Ines
* DONE Problem
  :PROPERTIES:
  :OWNER:    Ines
  :END:
Agents read 2,300 damage claims a month and approve 81% of them after a 9-minute review.
* TODO Rollout
  One depot for four weeks in shadow, then all 12 depots if approvals match agents' on 95%.
"""

LATEX = r"""\documentclass{article}
\usepackage{booktabs}
\title{Parcel damage claims}
\begin{document}
\maketitle
\section{Problem}
Agents read 2,300 damage claims a month and approve 81% of them after a 9-minute review.
\section{Rollout}
One depot for four weeks in shadow, then all 12 depots if approvals match agents' on 95%.
\end{document}
"""


@pytest.mark.parametrize("source", [ORG, LATEX], ids=["org", "latex"])
def test_org_and_latex_sources_are_read_under_their_own_headings(reviewer, source):
    spec = parse_spec(source)
    assert spec.title == "Parcel damage claims"
    assert [s.heading for s in spec.sections if s.heading] == ["Problem", "Rollout"]
    assert not [u for u in spec.units if u.kind != "heading" and u.text.startswith(("\\", ":", "#+"))]
    review = reviewer.review(source)
    assert review.item("problem").status != "missing" and review.item("rollout").status != "missing"
    assert all(quote in source for item in review.items for quote in item.evidence)


def test_a_whatsapp_exports_date_and_sender_are_neither_a_label_nor_meaning():
    line = "[02/11/2026, 19:04:11] Dave Pritchard: Last winter 530 of 1,140 call-outs needed a second trip."
    assert lead_in_label(line) == ""  # "[02/11/2026, 19" had been read as a topic label
    assert embeddable(line) == "Last winter 530 of 1,140 call-outs needed a second trip."


SPEC_DIFF = """commit 4f1c2d9
Author: Ana Ruiz <ana@example.com>

    Spec v0.4: cost withdrawn until the server quote

diff --git a/specs/refund-drafts.md b/specs/refund-drafts.md
index 403693b..a3ee94d 100644
--- a/specs/refund-drafts.md
+++ b/specs/refund-drafts.md
@@ -1,12 +1,12 @@
 # Refund reply drafts

 ## Problem

 Support agents spend about 7 minutes per refund ticket looking up the policy; 1,900 tickets a week.

 ## Cost

-The vendor charges $0.40 per ticket: about $40,000 a year at current volume.
+To be re-estimated now that we host it ourselves. TBD.

 ## Launch bar

-TBD
+Agents must accept at least 85 of 100 drafts on last month's tickets before any agent sees one.
"""


def test_a_pasted_diff_is_read_as_the_spec_it_leaves_behind(reviewer):
    """Removed lines are the spec as it was: the withdrawn cost is not a cost, the new launch bar is one.
    Every line read is still a substring of the diff as pasted."""
    spec = parse_spec(SPEC_DIFF)
    assert [s.heading for s in spec.sections if s.heading] == ["Problem", "Cost", "Launch bar"]
    assert not [u for u in spec.units if "$0.40" in u.text or u.text.startswith(("@@", "diff ", "+", "-"))]
    assert all(u.text in SPEC_DIFF for u in spec.units)
    review = reviewer.review(SPEC_DIFF)
    assert review.item("cost").status != "present"
    assert review.item("thresholds").status == "present"
    assert parse_spec("- one\n- two\n+ three\n").units[0].text == "- one"  # a list is not a diff


REQUEST_LETTER = """东岭镇卫生院文件

区卫生健康局：

我院在册管理的高血压患者共3846人，随访完成率只有63%，护士每月花约110个小时打随访电话。为了解决这个问题，我们先后想过一些简单的办法，群发短信回复的不到两成。
"""


def test_a_letters_addressee_is_not_a_heading(reviewer):
    """"区卫生健康局：" addresses the letter; Chinese has no capitals, so no all-capitals rule may take it."""
    headings = [s.heading for s in parse_spec(REQUEST_LETTER).sections if s.heading]
    assert "区卫生健康局：" not in headings and "区卫生健康局" not in headings
    assert reviewer.review(REQUEST_LETTER).item("need_for_ai").status != "missing"  # 想过一些简单的办法


TENDER = """SCHEDULE 3: QUALITY RESPONSE

Q3.4 Accuracy and quality assurance (weighting 15%, max 750 words)

Describe how the accuracy will be measured before go-live and the minimum accuracy you will commit to.

RESPONSE:

Quality is at the heart of everything we do, and every release undergoes comprehensive testing.

Q3.8 Implementation (weighting 10%, max 750 words)

RESPONSE:

We will adopt a proven, phased implementation approach.
"""


def test_a_questionnaires_numbered_questions_head_its_answers_and_its_prompts_say_nothing(reviewer):
    """A tender's "Q3.4 … (weighting 15%, max 750 words)" heads the answer; the buyer's question and
    "RESPONSE:" are not the bidder's content, so "max 750 words" is no launch bar."""
    spec = parse_spec(TENDER)
    assert [s.heading for s in spec.sections if s.heading][-2:] == ["Accuracy and quality assurance", "Implementation"]
    assert not [u for u in spec.units if u.text.startswith("RESPONSE")]
    assert reviewer.review(TENDER).item("thresholds").status == "missing"


LETTERHEAD = """WESTMOOR FIRE AND RESCUE AUTHORITY

COMMUNITY SAFETY AND PREVENTION COMMITTEE

REPORT OF THE DIRECTOR OF PREVENTION

6. WHO THE LIST COULD MISS

6.5 The check will also be run separately for privately rented homes and for households where English is not the main language.
"""


def test_an_empty_letterhead_heading_does_not_claim_an_item(reviewer):
    """"COMMUNITY SAFETY AND PREVENTION COMMITTEE" names safety and has nothing under it: it must not be
    fairness and safety's section, which would keep the reviewer from reading the paper for it."""
    spec, _ = reviewer.parse(LETTERHEAD)
    fairness = next(s for s in reviewer.analyser.analyse(spec) if s.item.id == "fairness_safety")
    assert "Community Safety And Prevention Committee" not in [spec.sections[i].heading for i in fairness.sections]


RINGI = """稟　議　書

1．背景

北棟の夜勤は職員2名で40名の入居者を担当しており、2時間おきに全室を巡回している。

2．導入するシステム

株式会社ミハル「みまもりミハル」。マットレスの下に薄いセンサーを敷き、心拍・呼吸・寝返りを読み取る。

3．日程と、他の棟・施設への展開

2027年4月から北棟で6か月試験導入し、結果を見て南棟と他の2施設へ展開する。
"""


def test_a_japanese_approval_requests_sections_are_read_by_their_names(reviewer):
    """"1．背景" loses its full-width numbering, and Japanese section names (written in kanji the matching
    form simplifies, "展開" read as "展开") find the approach and the rollout."""
    review = reviewer.review(RINGI)
    assert review.item("approach").status != "missing" and review.item("rollout").status != "missing"


# A Japanese proposal whose items are discussed in running text under generic numbered sections.
JAPANESE_BODY = """企画書：保険金請求メールの自動振り分け

1．概要

お客様からの請求メールを、担当チームごとに自動で振り分ける仕組みを試験的に導入する。

2．進め方

最初の1か月は、これまでどおり担当者が全件を手で振り分け、システムの提案と1件ずつ突き合わせる。
200件中180件以上で提案が担当者の判断と一致しない限り、自動振り分けには切り替えない。
提案に自信がないメールや、システムが止まった場合は、従来どおり担当者が手作業で振り分ける。
担当者からは、なぜその振り分けになったのか分かるようにしてほしいとの要望が出ている。
"""


def test_a_japanese_specs_body_is_read_as_well_as_its_headings(reviewer):
    """"2．進め方" names no item; the launch bar, the testing and the fallback are in the sentences below it."""
    review = reviewer.review(JAPANESE_BODY)
    assert review.item("thresholds").status != "missing"  # 200件中180件以上 … 切り替えない
    assert review.item("evaluation").status != "missing"  # 1件ずつ突き合わせる
    assert review.item("failure_modes").status != "missing"  # システムが止まった場合 … 手作業で
    assert review.item("explainability").status != "missing"  # なぜその振り分けになったのか
    assert review.item("cost").status == "missing" and review.item("fairness_safety").status == "missing"


# A project tool's export: "◇" milestones one under another, task groups headed "Section: …".
PROJECT_EXPORT = """**Suggested replies in the help inbox** · Project in *Support › Tooling*

**What this is**
Agents answer about 9,000 tickets a month and spend 4 minutes on a typical reply.

**Milestones**
◇ Test list rated · 26 Feb
◇ Two agents only · 15 Mar
◇ One in four tickets · 3 May

### Section: Getting the drafts right
☐ **Build the test list** · Priya · Due 13 Feb
> 300 past tickets drawn at random, each draft rated usable or not by two senior agents who do not know which drafts are the model's.

### Section: Switching it on
☐ **Two agents only (2 weeks)** · Sam · 15 Mar
☐ **One in four tickets, chosen at random (5 weeks)** · Sam · 3 May
"""

# A spec written in Spanish, as a team in Mexico City or Madrid writes one.
SPANISH = """# Respuestas sugeridas para el centro de ayuda

## El problema

Cada semana llegan unas 2,000 preguntas y los agentes contestan a mano; tardan 6 minutos por respuesta.

## ¿Por qué no algo más sencillo?

Probamos respuestas guardadas en 2025, pero cubren solo el 20% de las preguntas; una regla no entiende cómo escribe cada cliente.

## Cuándo es suficiente

No lo ponemos en producción hasta que al menos 90 de cada 100 borradores sean aceptables para dos agentes con experiencia.

## El agente siempre manda

El agente lo confirma o lo cambia antes de enviarlo; la última palabra es suya.
"""


def test_a_projects_milestones_are_items_and_its_task_groups_are_read_by_name(reviewer):
    spec = parse_spec(PROJECT_EXPORT)
    assert not [s for s in spec.sections if s.heading.startswith("◇")]  # a milestone is no heading
    review = reviewer.review(PROJECT_EXPORT)
    assert review.item("rollout").status != "missing"  # "Section: Switching it on"
    assert review.item("evaluation").status != "missing"  # the test list and its raters


def test_a_spec_written_in_spanish_is_read_under_its_spanish_headings(reviewer):
    review = reviewer.review(SPANISH)
    for item in ("problem", "need_for_ai", "thresholds", "user_trust"):
        assert review.item(item).status != "missing", item
    assert review.item("cost").status == "missing" and review.item("monitoring").status == "missing"


def test_a_run_in_label_deep_in_a_forwarded_email_still_labels_its_paragraph():
    from bot.core.review.labels import lead_in_label

    assert lead_in_label(">>> **The problem.** We have 62,000 street trees and four arborists.") == "The problem"
    assert lead_in_label("> > **Pilot:** two wards, May to September.") == "Pilot"
