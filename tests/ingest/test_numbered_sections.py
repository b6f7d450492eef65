"""Section numbers in plain text: a Word outline saved as text ("3. Check the contract" over "3.1 Data use"
over its paragraph, no blank lines) and a paper's "1 INTRODUCTION". Read as body text, "3.1 Data use The
contract must state…" was quoted as one sentence and its heading words named a product the question had
not (eval/guides-unseen-3 and -9 prompted it)."""

from __future__ import annotations

from ingest.cleaning import clean_text
from ingest.splitting import sections_of

WORD_OUTLINE = """Selecting a speech-to-text vendor

1. Purpose
This note helps product teams pick a hosted speech-to-text provider for call summaries.

2. Check the contract
2.1 Data use
The contract must say that recordings are not used to train the vendor's models.

2.2 Model changes
Ask how much notice the vendor gives before it retires a model version.
"""

PAPER = """Who Is Listening? Voice Features in Practice

ABSTRACT
We interviewed 24 teams that shipped voice features.

1 INTRODUCTION
Most voice features start as a demo recorded in a quiet room.

2 FINDINGS
Background noise broke more launches than accuracy did.

3 Comments
Nadia: we saw the same with in-car assistants.
"""


def bodies(text: str, title: str) -> dict[str, str]:
    """Section bodies by heading path, section numbers left out ("Check the contract > Data use")."""
    def words(heading: str) -> str:
        return heading.lstrip("0123456789. ")
    return {" > ".join(map(words, s.path)): s.body for s in sections_of(text, title, markdown=False) if s.path}


def test_a_two_level_section_number_heads_its_paragraph_under_its_parent():
    sections = bodies(WORD_OUTLINE, "Selecting a speech-to-text vendor")
    assert sections["Check the contract > Data use"].startswith("The contract must say")
    assert sections["Check the contract > Model changes"].startswith("Ask how much notice")
    assert not any("Data use" in body for body in sections.values())


def test_a_papers_numbered_capitals_head_sections_but_a_comment_count_does_not():
    sections = bodies(PAPER, "Who Is Listening? Voice Features in Practice")
    assert sections["INTRODUCTION"].startswith("Most voice features")
    assert sections["FINDINGS"].startswith("Background noise")
    assert "Comments" not in sections


# A Chinese doc saved as text (guides-unseen-33's Shimo page): numbered section titles over lists of their own,
# and a header whose fields sit side by side.
ZH_DOC = """AI 纪要:待办提取规则 v3

文档负责人:周以宁(会议产品 PM)    状态:已评审,7 月 1 日起生效
适用范围:会后自动生成的摘要和待办

2. 一条待办的三要素

每条待办必须拆成三个字段:事项、负责人、截止时间。另外附上原话和时间戳,点击可以跳回录音对应位置。

3. 不猜的规则

1. 没有明确指派就不写负责人,标“待认领”。
2. 负责人只从参会人名单里匹配。

4. 哪些会议不生成待办

· 会议被标记为“人事”“绩效”类时,默认只生成摘要。
· 参会超过 30 人的大会不生成待办。
"""

STEPS = """Launch checklist

1. Freeze the prompt

2. Run the evaluation set

3. Tell support
"""


def test_a_section_number_over_a_list_of_its_own_heads_that_list():
    """Read as list items, "3. 不猜的规则" and "4. 哪些会议不生成待办" joined the list of section 2, and "Which
    meetings get no action items?" was answered with the rules."""
    sections = bodies(ZH_DOC, "AI 纪要:待办提取规则 v3")
    assert sections["不猜的规则"].startswith("1. 没有明确指派")
    assert sections["哪些会议不生成待办"].startswith("· 会议被标记为")
    assert "不猜的规则" not in sections["一条待办的三要素"]


def test_numbered_items_standing_apart_are_still_a_list():
    assert not any("Run the evaluation set" in heading for heading in bodies(STEPS, "Launch checklist"))


def test_a_header_of_fields_side_by_side_is_not_guidance():
    """"文档负责人:周以宁    状态:已评审" opened three Chinese answers: the doc's record of itself, not advice."""
    text = clean_text(ZH_DOC)
    assert "周以宁" not in text and "适用范围" not in text
    assert "每条待办必须拆成三个字段" in text


ZH_NOTICE = """关于印发《巡检 AI 使用规则（试行）》的通知

各班组：
现将《巡检 AI 使用规则（试行）》印发给你们，请认真遵照执行。

东湖管网管理处
2025 年 5 月 26 日

巡检 AI 使用规则（试行）

一、系统用途
巡检 AI 每小时读取一次管道压力，给出泄漏风险分。

二、原则
巡检 AI 只做提示，不做调度，阀门由值班长下令关闭。
"""


def test_the_title_of_rules_a_notice_carries_heads_them():
    """"汛眼 AI 洪水预报使用规则（试行）" over "一、系统用途" had been read as a sentence of the notice, and opened
    answers to questions asked in English (eval/guides-unseen-47's 泛微 notice)."""
    sections = {s.path[-1] if s.path else "": s.body for s in sections_of(ZH_NOTICE, "通知", markdown=False)}
    assert not any(line.strip() == "巡检 AI 使用规则（试行）" for body in sections.values() for line in body.splitlines())
    assert sections["一、系统用途"].startswith("巡检 AI 每小时读取一次管道压力")
