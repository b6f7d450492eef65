"""reStructuredText pages (Sphinx docs) are read as a reader of the rendered page sees them."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.splitting import split_document

PAGE = """\
.. _review-queues:

=======================
Human review queues
=======================

:Author: Trust team
:Audience: PMs

.. contents:: On this page
   :local:

Sizing the queue
================

Reviewers clear about 40 items an hour when each item fits
on one screen. Staff the queue for the p90 day, not the average,
or the backlog grows every Monday.

.. note::
   :class: tip

   Route only low-confidence outputs to people; see
   :ref:`Confidence thresholds <thresholds>` and ``review_rate``.

+------------------+---------------------+
| Output           | Review              |
+==================+=====================+
| Sent to a        | Every item before   |
| customer         | it is sent          |
+------------------+---------------------+
| Internal draft   | A 5% weekly sample  |
+------------------+---------------------+

Escalation
----------

- Page the on-call lead when the queue is older
  than 4 hours.
- Never let a reviewer approve their own labels.

Example::

    queue_limit = 400

.. code-block:: python
   :linenos:

   alert_after_hours = 4

.. image:: queue.png
.. This comment is for the docs team only.
"""


def load(tmp_path, text: str = PAGE):
    path = tmp_path / "review-queues.rst"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_titles_become_headings_by_their_adornment_and_fields_become_metadata(tmp_path):
    document = load(tmp_path)
    assert document.title == "Human review queues"
    assert document.meta["author"] == "Trust team"
    lines = document.text.splitlines()
    assert "## Sizing the queue" in lines and "### Escalation" in lines
    assert not any(set(line.strip()) <= set("=-") and line.strip() for line in lines if not line.startswith("|"))
    assert ":Author:" not in document.text and "On this page" not in document.text


def test_paragraphs_notes_and_roles_read_as_rendered_and_markup_is_dropped(tmp_path):
    text = load(tmp_path).text
    assert ("Reviewers clear about 40 items an hour when each item fits on one screen. Staff the queue for the "
            "p90 day, not the average, or the backlog grows every Monday.") in text
    assert "Route only low-confidence outputs to people; see Confidence thresholds and review_rate." in text
    assert "- Page the on-call lead when the queue is older than 4 hours." in text
    for markup in (":ref:", "``", ".. ", ":class:", "queue.png", "docs team", "_review-queues"):
        assert markup not in text, markup


def test_a_grid_table_becomes_table_rows_with_each_cell_joined(tmp_path):
    lines = load(tmp_path).text.splitlines()
    assert "| Output | Review |" in lines
    assert "| Sent to a customer | Every item before it is sent |" in lines
    assert "| Internal draft | A 5% weekly sample |" in lines
    assert not any(line.startswith("+") for line in lines)


def test_code_stays_code_and_the_page_splits_under_its_headings(tmp_path):
    document = load(tmp_path)
    code = [line for line in document.text.splitlines() if "queue_limit" in line or "alert_after_hours" in line]
    assert len(code) == 2 and all("Example" not in line and ":linenos:" not in line for line in code)
    chunks = split_document(document.text, document.title, markdown=document.markdown_headings, limit=1200)
    sections = {path for path, _ in chunks}
    assert any("Escalation" in section for section in sections), sections


def test_a_page_with_no_titles_is_still_read(tmp_path):
    document = load(tmp_path, "Plain words in a .rst file, with a *little* markup.\n")
    assert document.text.strip() == "Plain words in a .rst file, with a *little* markup."
