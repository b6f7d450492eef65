"""Obsidian notes, Hugo pages, Org-mode files and plain-text READMEs are read as their rendered pages show them."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.text_formats import text_format

OBSIDIAN = """---
tags: [cold-start]
---

up:: [[PM MOC]]
related:: [[Recsys evaluation]] · [[Privacy]]

# Cold start for new users

#personalization #cold-start

> [!abstract] In one line
> Give new users a ==good default== first, then switch to the personal model after 5 real interactions.

Use a popular list as the fallback, sorted by recency.[^1] ^default-first

![[cold-start-diagram.excalidraw|500]]

See [[Exploration|the exploration note]] for the 25% rule.

```dataview
LIST FROM #cold-start
```

```python
print("kept")
```

[^1]: Measured on the March cohort.
"""

HUGO = """---
title: Sunsetting an AI feature
---

## Deciding to sunset {#deciding}

Sunset a feature when weekly use stays below 5% of eligible users for three months.

{{< tabs "notice" >}}
{{% tab "Consumer" %}}
Give at least 30 days of notice, see {{< ref "model-deprecation.md" >}} for models.
{{% /tab %}}
{{< /tabs >}}

{{< warning title="Don't announce a date you might move" >}}
Moving a date twice costs more trust than a late date announced once.
{{< /warning >}}
"""

ORG = """#+TITLE: Synthetic data for evals
#+AUTHOR: Tomasz
#+OPTIONS: toc:2 num:nil

* What synthetic data is good for                                  :guidance:
:PROPERTIES:
:CUSTOM_ID: good-for
:END:
Synthetic examples buy you coverage. They do not buy you measurement, so
never use them to estimate the overall pass rate.

#+BEGIN_SRC text
Write 5 questions this person might really type.
#+END_SRC

** TODO Rules for launch decisions [1/3]
SCHEDULED: <2026-04-01 Wed>
1. Cap synthetic items at 30% of any eval set.
2. Report the real and the *synthetic* slice separately, never as one blended score, because a blended
   score hides a generator that writes easy cases.[fn:1]

* Footnotes
[fn:1] See the sampling notes.
"""

README = """AI-AUDIT-TRAIL(7)          Product Guidance          AI-AUDIT-TRAIL(7)

========================================================================
README.txt -- Audit trails for AI-assisted decisions
========================================================================

Version:   1.4 (2026-02-11)
Owner:     Risk & Compliance Product Council
Audience:  PMs shipping AI features in lending, insurance and healthcare
           and other regulated products

1. Purpose
==========

Sooner or later a regulator will ask why your system decided this, for this person, on that
day, and "the model said so" is a finding.

1.1 Storage
-----------

Write entries to append-only, write-once storage. Nobody, including administrators, can edit
or delete an entry during its retention period.
"""


def load(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_an_obsidian_note_renders_its_callouts_links_and_highlights_as_text(tmp_path):
    document = load(tmp_path, "cold-start.md", OBSIDIAN)
    lines = document.text.splitlines()
    assert document.title == "Cold start for new users"
    assert "> **In one line**" in lines
    assert "> Give new users a good default first, then switch to the personal model after 5 real interactions." in lines
    assert "Use a popular list as the fallback, sorted by recency." in lines
    assert "See the exploration note for the 25% rule." in lines
    assert 'print("kept")' in document.text  # code stays; a Dataview query is not guidance
    assert "[^1]: Measured on the March cohort." in lines  # the footnote stays; its marker in the text goes
    for markup in ("up::", "related::", "#personalization", "[!abstract]", "==", "^default-first", "![[", "recency.[^1]",
                   "dataview", "LIST FROM"):
        assert markup not in document.text, markup


def test_hugo_shortcodes_show_their_labels_and_nothing_else(tmp_path):
    document = load(tmp_path, "sunset.md", HUGO)
    lines = document.text.splitlines()
    assert "## Deciding to sunset" in lines
    assert "**Consumer**" in lines and "**Don't announce a date you might move**" in lines
    assert "Give at least 30 days of notice, see model-deprecation.md for models." in lines
    for markup in ("{{", "}}", "{#deciding}", "notice**"):
        assert markup not in document.text, markup


def test_an_org_file_reads_its_headlines_as_headings_without_their_state(tmp_path):
    assert text_format(ORG) == "org"
    assert text_format("* a Markdown bullet\n* another\n") == ""
    document = load(tmp_path, "synthetic.org", ORG)
    lines = document.text.splitlines()
    assert document.title == "Synthetic data for evals"
    assert {"## What synthetic data is good for", "### Rules for launch decisions"} <= set(lines)
    assert ("Synthetic examples buy you coverage. They do not buy you measurement, so never use them to "
            "estimate the overall pass rate.") in lines
    assert ("2. Report the real and the **synthetic** slice separately, never as one blended score, because a "
            "blended score hides a generator that writes easy cases.") in lines
    assert "    Write 5 questions this person might really type." in lines
    for markup in (":PROPERTIES:", "CUSTOM_ID", "SCHEDULED", "#+", "TODO", "[1/3]", ":guidance:", "[fn:1]",
                   "sampling notes"):
        assert markup not in document.text, markup


def test_a_plain_text_readme_keeps_its_underlined_headings_and_drops_its_field_block(tmp_path):
    document = load(tmp_path, "README.txt", README)
    assert {"## 1. Purpose", "### 1.1 Storage"} <= set(document.text.splitlines())
    assert document.title == "README.txt -- Audit trails for AI-assisted decisions"
    for chrome in ("Version:", "Owner:", "Audience:", "regulated products", "====", "----"):
        assert chrome not in document.text, chrome
    assert "Write entries to append-only, write-once storage." in document.text


def test_a_forum_thread_keeps_every_post_not_only_the_question(tmp_path):
    """A Discourse thread is one <article> per post; reading the first alone kept the question and lost
    every answer, so questions about the thread were answered from the asker's own words."""
    posts = "".join(
        f'<article class="post"><div class="cooked"><p>{text}</p></div></article>'
        for text in ("How do you measure time saved? Finance does not believe our survey number.",
                     "Instrument the task, not the feature, and compare the median, not the mean.",
                     "We use a holdout group of 10% of eligible users for six weeks.")
    )
    page = f"<html><head><title>Time saved</title></head><body><nav>Home</nav>{posts}<footer>About</footer></body></html>"
    text = load(tmp_path, "thread.html", page).text
    assert "compare the median, not the mean" in text and "holdout group of 10%" in text
    assert "Home" not in text and "About" not in text
    single = "<html><body><div>Sidebar ads</div><article><p>The one article on this page is its content.</p></article></body></html>"
    assert "Sidebar ads" not in load(tmp_path, "post.html", single).text


def test_a_scrap_with_no_sentence_joins_the_section_after_it():
    """A man page's running header stood alone as a chunk: it matched "AI audit trail" better than any
    passage and had nothing to quote."""
    from ingest.splitting import split_document

    page = ("AI-AUDIT-TRAIL(7)          Product Guidance          AI-AUDIT-TRAIL(7)\n\n## Purpose\n\n"
            + "Write one entry per AI-assisted decision, with the model version and the reviewer's action. " * 3)
    chunks = split_document(page, "Audit trails", markdown=True, limit=1200)
    assert len(chunks) == 1 and chunks[0][0] == "Purpose" and chunks[0][1].startswith("AI-AUDIT-TRAIL(7)")
