"""Ingestion keeps structure: run-in bold headings, outline pages, lists with their lead-ins, no chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.documents.structure import split_sentences
from ingest.cleaning import clean_text, strip_boilerplate
from ingest.loaders import load_document
from ingest.splitting import sections_of, split_document


def bold(text: str) -> str:
    """Mathematical sans-serif bold, as LinkedIn posts are typed."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            out.append(chr(0x1D5D4 + ord(ch) - ord("A")))
        elif "a" <= ch <= "z":
            out.append(chr(0x1D5EE + ord(ch) - ord("a")))
        else:
            out.append(ch)
    return "".join(out)


POST = (
    "Career notes · Product thinking\n"
    f"{bold('Shipping AI is a team sport.')} Early on I thought models were the hard part. "
    "A PM on an AI team owns four decisions. 1. Which task to automate? 2. What data to collect? "
    "3. When is quality good enough? 4. How do users recover from mistakes? Here is each one: "
    f"{bold('Which task to automate')} Pick a task that users repeat daily and can judge quickly. "
    f"{bold('When is quality good enough')} Agree on a written launch bar before training starts. "
    "Compare every candidate model against that same bar.\n"
    "Comment below with your story.\n"
    "Comment below with your story.\n"
)

OUTLINE = """Back to all guides

Field Guide: Shipping AI Features

Shipping AI Features

Planning the Launch

Before launch, confirm:
  • The evaluation set covers rare inputs
  • A rollback switch exists and was tested
  • Support staff know how to escalate
  • Writing the Feature Brief

    Every AI feature brief should contain:
  • The user problem in one sentence
  • The quality bar with a number
  • The fallback when the model is wrong

Field Guide: Shipping AI Features | Example Site | Example Site
"""


def load(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    return document, split_document(document.text, document.title, markdown=document.markdown_headings)


def test_run_in_bold_headings_become_sections_and_leave_the_text(tmp_path):
    _, chunks = load(tmp_path, "post.txt", POST)
    sections = {section for section, _ in chunks}
    assert "Which task to automate" in sections and "When is quality good enough" in sections
    by_section = dict(chunks)
    assert by_section["Which task to automate"].startswith("Pick a task that users repeat daily")
    text = "\n".join(t for _, t in chunks)
    assert "Shipping AI is a team sport" not in text  # the bold hook is a heading, not a sentence
    assert "𝗔" not in text and "Which task to automate Pick" not in text


def test_inline_numbered_list_is_split_into_items_under_its_lead_in(tmp_path):
    _, chunks = load(tmp_path, "post.txt", POST)
    intro = next(t for _, t in chunks if "four decisions" in t)
    lines = intro.split("\n")
    lead = next(i for i, line in enumerate(lines) if "four decisions" in line)
    assert lines[lead + 1 : lead + 5] == [
        "1. Which task to automate?", "2. What data to collect?", "3. When is quality good enough?",
        "4. How do users recover from mistakes?",
    ]


def test_repeated_lines_breadcrumbs_and_trailing_chrome_are_removed(tmp_path):
    _, chunks = load(tmp_path, "post.txt", POST)
    text = "\n".join(t for _, t in chunks)
    assert "Comment below" not in text
    assert "Career notes" not in text


def test_outline_page_recovers_headings_and_keeps_lead_in_with_items(tmp_path):
    document, chunks = load(tmp_path, "guide.txt", OUTLINE)
    by_section = dict(chunks)
    assert "Writing the Feature Brief" in by_section
    brief = by_section["Writing the Feature Brief"]
    assert brief.split("\n")[0].strip() == "Every AI feature brief should contain:"
    assert "The fallback when the model is wrong" in brief
    text = "\n".join(t for _, t in chunks)
    assert "Example Site" not in text and "Back to all guides" not in text
    assert text.count("Field Guide: Shipping AI Features") <= 1


def test_a_lead_in_travels_with_its_list_when_a_section_is_split(tmp_path):
    filler = " ".join(["Teams that skip this step tend to relearn it after launch."] * 12)
    text = f"# Guide\n\n## Checks\n\n{filler}\n\nThe launch checklist has these items:\n\n" + "\n".join(
        f"- Check number {n} is written down and owned" for n in range(1, 7)
    )
    chunks = split_document(text, "Guide", markdown=True, limit=500)
    holder = next(t for _, t in chunks if "launch checklist" in t)
    assert "- Check number 1 is written down" in holder


def test_a_table_longer_than_a_chunk_splits_between_its_rows(tmp_path):
    # eval/guides-unseen-12's pricing table: read as sentences, its rows ran together into one line and
    # its header row became an answer's "item" ("Model | How revenue grows | … | |---|").
    rows = "\n".join(f"| Option {n} | Revenue grows with seats and the attach rate of the add-on | Mostly you, "
                     f"averaged across seats | Fits when use per seat is even |" for n in range(1, 9))
    text = f"# Pricing\n\n## At a glance\n\n| Model | How revenue grows | Cost risk | Fits best when |\n|---|---|---|---|\n{rows}"
    chunks = split_document(text, "Pricing", markdown=True, limit=500)
    assert len(chunks) >= 2
    for _, body in chunks:
        assert all(line.startswith("|") and line.endswith("|") for line in body.split("\n")), body
    assert sum(body.count("| Option ") for _, body in chunks) == 8


def test_a_short_last_section_of_a_scraped_page_is_kept():
    text = ("Metrics\n\nA metric needs a number, a date and an owner, or nobody acts on it when it moves the "
            "wrong way.\n\n## Counter-metrics\nCounter-metrics catch harm.\n\nLeave a comment\nPosted in Guides")
    cleaned = strip_boilerplate(clean_text(text), "Metrics")
    assert cleaned.endswith("Counter-metrics catch harm.")


def test_a_short_page_is_not_trimmed_down_to_its_title():
    text = "Data flywheel\n\nEvery corrected answer becomes labelled data that improves the next model version."
    assert strip_boilerplate(clean_text(text), "Data flywheel").endswith("next model version.")


def test_markdown_headings_are_not_disturbed_by_boilerplate_rules():
    text = "# Metrics\n\n## Why\nA metric needs a number and a date.\n\n## Why\nCounter-metrics catch harm."
    cleaned = strip_boilerplate(clean_text(text), "Metrics", authored=True)
    assert cleaned.count("## Why") == 2 and "Counter-metrics catch harm." in cleaned


def test_a_hard_wrapped_pdf_keeps_its_closing_lines_and_finds_its_headings():
    from tests.conftest import FIXTURE

    document = load_document(FIXTURE / "pricing-ai-features.pdf")
    chunks = split_document(document.text, document.title, markdown=document.markdown_headings)
    assert "Review the cap every quarter" in document.text
    assert "Free tiers" in {section for section, _ in chunks}


TRANSCRIPT = """The Shipping Podcast, episode 12

[00:00:04] HOST (Dana): Welcome back. Today we talk about graders.

[00:00:31] GUEST (Tomas): An LLM judge grades another model's outputs against a rubric, and it is cheap.

[00:02:15] HOST: Are there biases to watch for?

[00:02:18] GUEST: Judges prefer longer answers, even when the extra length adds nothing, so we cap the length and swap the order of pairs before we trust a score.

[00:03:47] Thanks for listening.
"""


def test_a_transcript_loses_its_timestamps_and_speakers_and_a_host_question_heads_its_answer(tmp_path):
    _, chunks = load(tmp_path, "episode.txt", TRANSCRIPT)
    text = "\n".join(t for _, t in chunks)
    assert "[00:" not in text and "GUEST" not in text and "HOST" not in text
    assert "An LLM judge grades another model's outputs" in text
    by_section = dict(chunks)
    assert by_section["Are there biases to watch for?"].startswith("Judges prefer longer answers")


def test_a_page_with_property_lines_is_not_a_transcript():
    page = "Owner: Priya Raman\nStatus: In review\nNote: the threshold is 0.72.\n\nThe agent must see the transcript."
    assert clean_text(page).split("\n")[:3] == ["Owner: Priya Raman", "Status: In review", "Note: the threshold is 0.72."]


SLIDES = """Prompt injection for product managers

Slide 2 of 8
What is prompt injection?
• Text that the model reads as instructions, although it came from data
• Indirect: the instruction hides in a web page the model reads
Speaker notes: indirect injection is the one that hurts.

Slide 5 of 8
Mitigations that work
• Least privilege: give the model only the tools the task needs
• Never put secrets in the prompt
"""


def test_a_slide_deck_export_loses_its_slide_numbers_and_its_titles_head_their_bullets(tmp_path):
    _, chunks = load(tmp_path, "deck.txt", SLIDES)
    text = "\n".join(t for _, t in chunks)
    assert "Slide 2 of 8" not in text and "Speaker notes" not in text
    assert "indirect injection is the one that hurts." in text  # the notes are content, their label is not
    by_section = dict(chunks)
    assert by_section["What is prompt injection?"].startswith("• Text that the model reads as instructions")
    assert by_section["Mitigations that work"].startswith("• Least privilege")


def test_callout_icons_go_and_checkboxes_become_list_items():
    page = "## ▸ When to hand off\n\n💡 Comment inline rather than editing.\n\n☐ Never hand off silently\n- [x] Say who takes over"
    assert clean_text(page).split("\n") == [
        "## When to hand off", "", "Comment inline rather than editing.", "", "- Never hand off silently",
        "- Say who takes over",
    ]


WRAPPED = """Acme Corp — Internal | Annotation Guidelines v3 | Page 1 of 2
CONFIDENTIAL

Writing labelling guidelines that annotators
can follow

Labelling guidelines are the instructions that tell annotators how
to label each example. Weak guidelines are the most common reason
that two annotators label the same example differently.

Say what to do when unsure
Every guideline needs an explicit rule for unclear cases: either a
"can't tell" label or an instruction to escalate to a lead
annotator.

Acme Corp — Internal | Annotation Guidelines v3 | Page 2 of 2
CONFIDENTIAL

Version the guidelines
Any change to the guidelines changes what the labels mean. Give
each version a number and relabel earlier examples when a change
affects them.
"""


def test_text_copied_from_a_pdf_is_unwrapped_and_loses_its_running_header(tmp_path):
    """Hard-wrapped at 60 characters, with a header carrying the page number and a stamp on every page.
    Before, every wrapped line was a short line: the tail trimmer took the whole page for chrome and kept
    only the header, and the title was "CONFIDENTIAL"."""
    document, chunks = load(tmp_path, "guidelines.txt", WRAPPED)
    assert document.title == "Writing labelling guidelines that annotators can follow"
    text = "\n".join(t for _, t in chunks)
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text and "CONFIDENTIAL" not in text
    assert "tell annotators how to label each example." in text  # one line again, so one sentence
    by_section = dict(chunks)
    assert by_section["Say what to do when unsure"].startswith("Every guideline needs an explicit rule")
    assert by_section["Version the guidelines"].endswith("when a change affects them.")
    assert not any(section.startswith("Labelling guidelines are") for section, _ in chunks)


def test_a_threads_post_numbers_go_and_its_words_stay():
    thread = ("How to write UX copy when your AI isn't sure (1/6)\n\n2/ Never hide uncertainty behind confident wording.\n\n"
              "3/ Say what the user should do next.\n\n4/ Match the warning to the risk.\n")
    assert clean_text(thread).split("\n\n") == [
        "How to write UX copy when your AI isn't sure", "Never hide uncertainty behind confident wording.",
        "Say what the user should do next.", "Match the warning to the risk.",
    ]
    # One "24/7 support" line is no thread.
    assert clean_text("24/ 7 support is promised.").startswith("24/")


TABLE_PAGE = """# Review levels

Use this table to decide how much review an AI feature needs:

| Situation | Review | Why |
|---|---|---|
| Tier 1 customer | 5% sample | Mistakes are cheap |
| Tier 2 customer | 10% sample | Mistakes are cheap |
| Legal or safety stakes | Every output | One mistake costs more than review |
"""


def test_table_rows_are_content_not_chrome_and_are_listed_under_their_introduction():
    """A header row reads like a breadcrumb and "| Tier 1 | 5% |" repeats "| Tier 2 | 10% |" by shape;
    both are the page's guidance. Rows are list items under the line above the table."""
    from bot.core.documents.structure import line_roles

    kept = strip_boilerplate(clean_text(TABLE_PAGE), "Review levels")
    assert "| Situation | Review | Why |" in kept
    assert "| Tier 1 customer | 5% sample | Mistakes are cheap |" in kept
    assert "| Tier 2 customer | 10% sample | Mistakes are cheap |" in kept
    lines = kept.split("\n")
    roles = dict(zip(lines, line_roles(kept)))
    assert roles["Use this table to decide how much review an AI feature needs:"] == "lead"
    assert roles["| Situation | Review | Why |"] == "blank" and roles["|---|---|---|"] == "blank"
    assert roles["| Legal or safety stakes | Every output | One mistake costs more than review |"] == "item"


def test_circled_numbers_open_list_items_under_their_heading(tmp_path):
    """① … ④ (and ❶, ➀) number steps in Chinese docs: NFKC turns ① into a bare "1" and icon removal drops
    ❷, so without care the steps ran together as one paragraph."""
    page = "AI 功能灰度发布指南\n\n【二、灰度的几个阶段】\n① 内部员工试用一周；\n② 开放给 5% 的真实用户；\n❸ 指标稳定后扩大到 50%；\n"
    _, chunks = load(tmp_path, "release.txt", page)
    steps = dict(chunks)["【二、灰度的几个阶段】"].split("\n")
    assert steps == ["1. 内部员工试用一周;", "2. 开放给 5% 的真实用户;", "3. 指标稳定后扩大到 50%;"]


def test_a_glossary_definition_list_gives_each_term_its_own_section(tmp_path):
    html = ("<html><body><h1>Glossary</h1><dl><dt>Calibration</dt><dd>Whether the model's confidence means what "
            "it says.</dd><dt>Data drift</dt><dd>A change in the inputs the model sees after launch.</dd></dl></body></html>")
    _, chunks = load(tmp_path, "glossary.html", html)
    by_section = {section.split(" > ")[-1]: text for section, text in chunks}
    assert by_section["Calibration"] == "Whether the model's confidence means what it says."
    assert by_section["Data drift"] == "A change in the inputs the model sees after launch."


def test_a_definition_list_of_bands_is_one_run_of_labelled_lines(tmp_path):
    # guides-unseen-65's hymn page: its levels as a <dl>, read as three sections, were no list of levels.
    html = ("<html><body><h1>Hymnwise</h1><h2>Levels</h2><dl class=\"levels\">\n<dt>Ready</dt>\n<dd>Score 80 and above: "
            "the Director of Music reads the words.</dd>\n<dt>Check</dt>\n<dd>Score 60 to 79: she plays it through "
            "first.</dd>\n<dt>No suggestion</dt>\n<dd>Score below 60: she chooses as before.</dd>\n</dl></body></html>")
    _, chunks = load(tmp_path, "levels.html", html)
    by_section = {section.split(" > ")[-1]: text for section, text in chunks}
    assert by_section["Levels"].split("\n") == [
        "Ready: Score 80 and above: the Director of Music reads the words.",
        "Check: Score 60 to 79: she plays it through first.",
        "No suggestion: Score below 60: she chooses as before."]


def test_a_templates_comments_and_unfilled_blanks_are_not_guidance():
    """A model-card template's "<!-- copy this file … -->" and "{{name}}" blanks were quoted as advice;
    its guidance around them stays."""
    page = ("<!--\n  MODEL CARD TEMPLATE v3\n  Copy this file and fill in every {{placeholder}}.\n-->\n\n"
            "# Model card: {{feature name}}\n\n| Field | Value |\n|---|---|\n| Owner (PM) | {{name}} |\n"
            "| Last reviewed | 2026-05-02 |\n\n## Known limitations\n\n"
            "> Give each limitation a concrete example input and say what the model does with it.\n\n"
            "- {{limitation}}: {{example input}} → {{what the model does}}\n\n{{One or two sentences.}}\n")
    text = clean_text(page)
    assert "TEMPLATE" not in text and "Copy this file" not in text
    assert "{{name}}" not in text and "{{limitation}}" not in text and "{{One or two" not in text
    assert "| Last reviewed | 2026-05-02 |" in text and "| Field | Value |" in text
    assert "Give each limitation a concrete example input" in text
    assert "# Model card: {{feature name}}" in text  # a heading names the page, blank and all


def test_a_copied_chats_headers_threads_and_reactions_are_dropped_and_its_messages_kept():
    chat = ("Hannah Lee (Trust & Safety)  10:02 AM\n:wave: Office hours are open.\n\n"
            "Tom Okafor  10:23 AM\nDo we just tell people to try to break it?\n    4 replies  Last reply 10:32 AM\n\n"
            "    Hannah Lee (Trust & Safety)  10:27 AM\n    No. Give each attacker an attack category. (edited)\n"
            "    :+1: 5   :100: 2\n\nmarco.bianchi  10:55 AM\njoined #ai-pm-office-hours.\n")
    text = clean_text(chat)
    for chrome in ("10:02 AM", "Tom Okafor", "replies", ":+1:", "(edited)", "joined #"):
        assert chrome not in text, chrome
    assert "No. Give each attacker an attack category." in text and "Do we just tell people" in text
    # One line that ends in a time is no chat.
    assert "Standup at 9:30" in clean_text("The team meets every morning.\nStandup at 9:30\nKeep it short.")


def test_a_table_of_contents_is_dropped_and_the_headings_it_lists_are_kept():
    """A CSDN post's 文章目录 repeats each section heading: both copies had been dropped as repeated lines,
    and the post lost every section. The contents say they are headings, so they are written as such."""
    page = ("AI 助手的记忆功能怎么设计\n\n文章目录\n  前言\n  一、记什么，不记什么\n  二、每次写入都要让用户看见\n  总结\n\n"
            "前言\n今年我们给办公助手做了长期记忆。\n\n一、记什么，不记什么\n只记对后续任务有用、而且相对稳定的信息。\n\n"
            "二、每次写入都要让用户看见\n每次写入记忆时，在回答下方给一个可见提示。\n\n总结\n少记、明记、可删。\n")
    text = strip_boilerplate(clean_text(page), "AI 助手的记忆功能怎么设计")
    lines = [line.strip() for line in text.splitlines()]
    assert "文章目录" not in lines
    for heading in ("一、记什么,不记什么", "二、每次写入都要让用户看见", "总结"):
        assert lines.count("## " + heading) == 1, heading


def test_a_heading_ending_in_a_quoted_term_is_a_heading_and_a_quoted_sentence_is_not(tmp_path):
    """A 公众号 section "二、额度本身要设计得“难薅”" ends with a closing quote, which had ruled it out as a
    heading: its section ran into the one before, and the heading was quoted as an answer's sentence."""
    page = ("免费额度防滥用清单\n\n一、先搞清楚是谁在薅\n\n滥用免费额度的，大致分三类：羊毛党、接口转售者和重度真实用户，处理方式完全不同，规则如果分不清这三类，就一定会误伤真实用户。\n\n"
            "二、额度本身要设计得“难薅”\n\n新账号首日额度降为 10 次，连续使用 7 天后恢复到正常额度，真实用户几乎感觉不到，批量注册的小号价值却大打折扣，这是成本最低的一条规则。\n\n"
            "他说“先别急着上线。”\n\n这句话之后，我们把上线推迟了两周，先把新规则以只记录、不处置的方式跑了两周，看看命中的账号里有多少是真实用户，再决定要不要执行。\n")
    path = tmp_path / "quota.txt"
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    sections = {(s.path or [""])[-1]: s.body for s in sections_of(document.text, document.title, markdown=False)}
    assert "二、额度本身要设计得“难薅”" in sections
    assert sections["二、额度本身要设计得“难薅”"].startswith("新账号首日额度降为 10 次")
    assert "难薅" not in sections["一、先搞清楚是谁在薅"]
    assert not any(heading.startswith("他说") for heading in sections)


def test_a_chinese_section_over_its_numbered_sub_sections_heads_them_all():
    """"四、分批切换，随时能退回去" over "（一）按类目切，不按流量比例切" and a short paragraph was not a heading (a
    heading must stand over a paragraph, and a 30-character Chinese paragraph counted as short): both lines
    were quoted as sentences, and the section's advice sat under the heading before it."""
    page = ("三、影子模式\n\n正式切换之前，模型和规则同时处理每一张工单，模型结果只记录不生效，至少跑两周。\n\n"
            "四、分批切换，随时能退回去\n\n（一）按类目切，不按流量比例切\n\n先切规则最乱、准确率最低的类目，收益最大、风险也最小。\n\n"
            "（二）保留规则兜底\n\n模型置信度低于阈值时，回落到原来的规则处理。\n\n五、上线后\n\n旧规则至少保留三个月，作为兜底和对照，不要马上删掉。\n")
    sections = {" > ".join(s.path): s.body for s in sections_of(page, "规则迁移复盘", markdown=False)}
    assert sections["四、分批切换，随时能退回去 > （一）按类目切，不按流量比例切"].startswith("先切规则最乱")
    assert sections["四、分批切换，随时能退回去 > （二）保留规则兜底"].startswith("模型置信度低于阈值时")
    assert sections["五、上线后"].startswith("旧规则至少保留三个月")
    assert "分批切换" not in sections["三、影子模式"]


def test_a_chinese_section_name_may_close_on_a_note_in_brackets():
    """guides-unseen-38's 雪球 post: "一、匹配规则（硬规则，模型改不了）" ended in a bracket (")" once NFKC has
    read it), which ends no heading, and its rules joined the post's opening."""
    page = ("先说背景。我们做了三个月试点。\n\n一、匹配规则(硬规则,模型改不了)\n· 只推荐不超过客户等级的产品。\n"
            "· 测评过期的不推荐。\n\n二、话术红线\n· 不说“保本”。\n")
    sections = {" > ".join(s.path): s.body for s in sections_of(page, "理财助手规矩", markdown=False)}
    assert sections["一、匹配规则(硬规则,模型改不了)"].startswith("· 只推荐不超过客户等级的产品")
    assert "只推荐" not in sections.get("", "")


def test_a_chinese_sentence_after_a_question_mark_and_a_space_is_its_own_sentence():
    """NFKC makes "？" a Latin "?", and a line break read as a space left "评测集? 答:至少 300 条…" one sentence:
    the question was quoted with its answer."""
    assert split_sentences("问:要准备多大的评测集? 答:至少 300 条真实对话。每条都要标注。") == [
        "问:要准备多大的评测集?", "答:至少 300 条真实对话。", "每条都要标注。"]
    assert split_sentences("Is 0.8 enough? It depends on the cost of an error.") == [
        "Is 0.8 enough?", "It depends on the cost of an error."]


def test_a_title_in_capitals_heads_the_list_below_it_in_plain_text():
    """"WHAT TO TRY" over a blank line and a bullet list was not a heading: its list joined the section
    before it, and an answer about attacks to try opened with that section's "Invite two or three people"."""
    page = ("WHO SHOULD DO IT\n\nNot only the team that built the feature. Invite people from support, legal "
            "and security for one afternoon.\n\nWHAT TO TRY\n\n- Prompt injection: paste instructions into a field\n"
            "- Data leakage: ask for other customers' details\n\nThings to check\n\n- the model card\n- the eval set\n")
    sections = {s.path[-1] if s.path else "": s.body for s in sections_of(page, "Red-teaming notes", markdown=False)}
    assert sections["WHAT TO TRY"].startswith("- Prompt injection") and "Prompt injection" not in sections["WHO SHOULD DO IT"]
    # A mixed-case line before a list is more often the list's lead-in than a title: it stays with its items.
    assert "Things to check" not in sections


def test_a_labelled_heading_is_counted_without_its_label():
    """"Point 2: Arrange the FAQ and the manual before the introduction" is eleven words with its label and
    was read as text, so its advice joined the introduction of a machine-translated page."""
    page = ("Points to note\n\nMany companies are examining generative AI for customer support, and many of "
            "them fail for lack of preparation.\n\nPoint 1: Decide the scope of the inquiries to be handled\n\n"
            "Start with the frequent inquiries whose answers are fixed, such as the password reset.\n\n"
            "Point 2: Arrange the FAQ and the manual before the introduction\n\n"
            "If the FAQ is old or contradictory, the AI also answers wrongly, so update it first.\n")
    sections = {s.path[-1] if s.path else "": s.body for s in sections_of(page, "Points to note", markdown=False)}
    assert sections["Point 2: Arrange the FAQ and the manual before the introduction"].startswith("If the FAQ is old")
    assert sections["Point 1: Decide the scope of the inquiries to be handled"].startswith("Start with the frequent")


MEDIUM_POST = """Writing the Business Case for an AI Feature

Dana Whitfield
Follow

7 min read · Feb 3, 2026

1.4K

12

Listen

Share

Most AI business cases promise gains copied from a vendor deck and never say what would make the team stop.

Start from a measured baseline

Before you estimate any gain, time ten real people doing the task today and note their error rate.
"""


def test_a_blogging_platforms_byline_buttons_and_counters_are_not_guidance(tmp_path):
    _, chunks = load(tmp_path, "post.txt", MEDIUM_POST)
    text = "\n".join(t for _, t in chunks)
    sections = {section for section, _ in chunks}
    for chrome in ("Dana Whitfield", "Follow", "Listen", "Share", "1.4K"):
        assert chrome not in text and chrome.strip() not in sections
    assert "Most AI business cases promise gains" in text
    assert "Start from a measured baseline" in sections


def bold(text: str) -> str:
    """Text in mathematical sans-serif bold, as LinkedIn posts set their hooks and run-in headings."""
    return "".join(chr(0x1D5D4 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D5EE + ord(c) - 97) if "a" <= c <= "z"
                   else c for c in text)


def test_an_icon_bulleted_inline_list_becomes_items_and_the_bold_run_in_after_it_a_heading(tmp_path):
    """"Here is the playbook I use: 👉 Ask … 👉 Offer … 👉 Agree a decision date 𝗔𝘀𝗸 𝘄𝗵𝗮𝘁 …" was one
    paragraph: the four moves were no list, and the first run-in heading stayed glued to the last move."""
    post = (bold("Your CEO wants an AI feature by next quarter.") + " " + bold("Here is how to say no.")
            + " The PMs who handle it well redirect. Here is the playbook I use: 👉 Ask what outcome they want "
            "👉 Offer a smaller bet 👉 Agree a decision date " + bold("Ask what outcome they want")
            + " \"AI\" is rarely the goal. Ask which number leadership wants to move. " + bold("Offer a smaller bet")
            + " Propose a two-week spike on one narrow use case. ✅ Outcome first ✅ Small bet ✅ Decision date "
            "What would you add? #AI #ProductManagement #Leadership\n")
    document, chunks = load(tmp_path, "post.txt", post)
    assert document.title == "Your CEO wants an AI feature by next quarter. Here is how to say no."
    by_section = dict(chunks)
    intro = by_section[""]
    assert "Here is the playbook I use:\n- Ask what outcome they want\n- Offer a smaller bet\n- Agree a decision date" in intro
    assert by_section["Ask what outcome they want"].startswith("\"AI\" is rarely the goal.")
    assert "- Small bet\n- Decision date" in by_section["Offer a smaller bet"]
    assert clean_text("✅ Outcome first ✅ Small bet ✅ Decision date") == "- Outcome first\n- Small bet\n- Decision date"
    assert clean_text("✅ Ship the eval set first") == "- Ship the eval set first"  # one checkbox is one item


def test_a_chinese_platforms_bare_button_labels_are_chrome():
    """"点赞 / 收藏 / 分享" under an article are its buttons, each on its own line; one left standing alone over
    nothing became a heading once the count above it had gone."""
    page = "## 结论\n\n试点至少跑满两周，再决定是否全量。\n\n点赞\n收藏\n分享\n"
    cleaned = clean_text(page)
    assert cleaned.endswith("试点至少跑满两周,再决定是否全量。")  # NFKC makes the full-width comma plain
    assert clean_text("收藏\n\n收藏率和转发率是最可靠的隐式反馈。") == "收藏率和转发率是最可靠的隐式反馈。"


@pytest.mark.parametrize("announcement", [
    "Before the introduction, make the in-house rule of the use. The following items are the minimum.",
    "In the help article, please write the following items. It is recommended to use the same order.",
    "A good AI SLA has five commitments:",
])
def test_a_sentence_that_announces_a_list_is_its_lead_in_wherever_it_sits(announcement):
    """Translated columns announce a list in words at a sentence's start ("The following items are the
    minimum.") or before a closing remark (eval/guides-unseen-19 and -22); a plain remark does not."""
    from bot.core.documents.structure import announcing_sentence, line_roles

    text = f"{announcement}\n\n● The check of the output: a person confirms it.\n● The responsibility: the employee's.\n"
    assert line_roles(text)[0] == "lead"
    assert announcing_sentence(announcement) is not None
    assert announcing_sentence("The rule is reviewed every 3 months. Nobody reads a long rule.") is None
