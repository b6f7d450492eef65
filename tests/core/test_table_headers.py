"""A table is read through its header (guides-unseen-36): a support portal's HTML table whose header row is
bold text in plain cells, and a Markdown table whose header names what its terse rows are about."""

from __future__ import annotations

from bot.core.documents.reading import html_to_text
from bot.core.asked import asked_thing
from bot.core.text import stem
from tests.conftest import answerer_of_pages

FIT_ARTICLE = """<html><head><title>Fit Advisor rules : Care</title></head><body>
<h1>Fit Advisor: what it uses and what it says</h1>
<p>Fit Advisor shows a recommended size on product pages.</p>
<h3>What it uses and what it never uses</h3>
<table><tbody>
<tr><td><strong>Data</strong></td><td><strong>Used?</strong></td><td><strong>Notes</strong></td></tr>
<tr><td>Orders and returns with return reasons, last 24 months</td><td>Yes</td><td>Only the size kept</td></tr>
<tr><td>Height, weight, fit preference</td><td>Only if the customer saved them</td><td>Deleted in one click</td></tr>
<tr><td>Customer photos, body shape, age</td><td>Never</td><td>&nbsp;</td></tr>
</tbody></table>
<h3>What to tell customers (and what not to)</h3>
<ul>
<li>A recommendation is advice, not a promise. Never tell a customer that their size is what Fit Advisor says.</li>
<li>Never refuse a return because the customer ignored the recommendation.</li>
<li>Customers who don't want Fit Advisor can turn it off in their account settings.</li>
</ul>
<h3>Rollout</h3>
<p>Dresses first, then all womenswear, then menswear.</p>
</body></html>
"""

LEAF_PAGE = (
    "# LeafCheck photo diagnosis rules\n\n"
    "LeafCheck lets a farmer photograph a sick plant and get a likely cause.\n\n"
    "## 1. Confidence rules\n\n"
    "| Model confidence | What the farmer sees |\n"
    "|---|---|\n"
    "| 0.80 and above | One likely cause, with its treatment card |\n"
    "| 0.50 to 0.79 | The top 2, with how to tell them apart |\n"
    "| Below 0.50 | We can't tell from these photos, and the officer button |\n\n"
    "## 2. Farmer data\n\n"
    "- Photos are kept for 12 months, then deleted. They are used to improve the model only if the farmer "
    "said yes at sign-up.\n"
    "- Locations are rounded to 1 km. The outbreak map shows a disease only when at least 5 farms within 10 km "
    "reported it in 7 days.\n"
    "- Photos, locations and results are never sold or shared with input suppliers.\n\n"
    "## 3. Rollout\n\n"
    "Tomato first, then maize and potato.\n"
)


def test_bold_cells_in_a_tables_first_row_are_its_header():
    """Freshdesk, Confluence and Google Docs write a header row as bold plain cells, not <th>."""
    text, _ = html_to_text(FIT_ARTICLE)
    assert "| Data | Used? | Notes |\n|---|---|---|\n| Orders and returns" in text
    half_bold = "<table><tr><td><b>Data</b> we hold</td><td><b>Used</b></td></tr><tr><td>a</td><td>b</td></tr>" \
                "<tr><td>c</td><td>d</td></tr></table>"
    assert "|---|" not in html_to_text(half_bold)[0]  # a cell only partly bold is a row like the others


def test_a_compound_names_its_thing_last():
    assert asked_thing("What customer data should the model be allowed to use?") == "data"
    assert asked_thing("What success metrics do we track?") == "metric"
    assert asked_thing("What photos do staff need to take at pickup?") == "photo"  # "do" is the verb, not the thing
    assert asked_thing("Which kinds of metrics matter most?") == "metric"  # no auxiliary: the first word
    assert asked_thing("What we do is hard. What then?") is None


def test_a_noun_in_ence_matches_its_adjective():
    assert stem("confidence") == stem("confident") == stem("confidences")
    assert stem("compliance") == stem("compliant")
    assert stem("once") == "once" and stem("fence") == "fence"  # short words keep their ending


def test_a_data_table_headed_by_the_asked_thing_answers_what_may_be_used(tmp_path_factory, embedder):
    """guides-unseen-36: "What customer data should the model be allowed to use, and what should it never
    touch?" had been answered with the "what not to" tell-customers list, the table's header row unread."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "fit-table", {"fit-advisor.html": FIT_ARTICLE})
    answer = answerer.ask("We're adding AI size recommendations to our fashion site. What customer data should "
                          "the model be allowed to use, and what should it never touch?").answer
    assert "Customer photos, body shape, age | Never" in answer, answer
    assert "Height, weight, fit preference | Only if the customer saved them" in answer, answer
    assert "Never refuse a return" not in answer, answer


def test_a_rows_header_says_what_its_cells_are_about(tmp_path_factory, embedder):
    """guides-unseen-36: "How confident does the model need to be …, and what should farmers see when it isn't
    sure?" had been answered with a data list repeating "farmer", "model" and "disease", the confidence table's
    rows ("0.80 and above | One likely cause") saying none of the question's words without their header."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "leaf-table", {"leafcheck.md": LEAF_PAGE})
    answer = answerer.ask("We're building a feature where farmers photograph a sick plant and our model names the "
                          "disease. How confident does the model need to be before it names a disease, and what "
                          "should farmers see when it isn't sure?").answer
    assert "0.80 and above | One likely cause" in answer, answer
    assert "Below 0.50 | We can't tell from these photos" in answer, answer


BANDS_ARTICLE = """KB0021 Fraud Signals: what the AI risk model flags

What Fraud Signals does

Fraud Signals is the model that scores every new seller account once a night for signs of fraud, from 0 to
100. It reads 12 signals from the account's first 30 days, among them listing bursts, mismatched bank details
and buyer complaints. In the pilot across 80,000 new seller accounts, about 1.1% of accounts reached Red each week.

Bands

| Score | Band | What happens automatically | What a person does |
|---|---|---|---|
| 0–39 | Green | Nothing | Nothing |
| 40–69 | Amber | Payouts held for 48 hours; a verification prompt in the app | The trust team reviews the account if it stays Amber for 2 weeks |
| 70–100 | Red | Everything Amber does, and new listings are hidden | A trust specialist reviews within 24 hours and contacts the seller within 72 hours |

What the specialist says

Never tell a seller that "our AI thinks you are a fraudster". Never give the score.
"""


def test_a_question_asking_what_happens_at_each_band_gets_the_bands_table(tmp_path_factory, embedder):
    """guides-unseen-38: "What should happen automatically at each score band?" was answered with the model's
    description, which shares more of the question's words than any one row of the bands table."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "bands-table", {"fraud-signals.txt": BANDS_ARTICLE})
    answer = answerer.ask("We're building an AI model that flags signs of fraud on new seller accounts. What "
                          "should happen automatically at each score band, and what has to stay a human "
                          "decision?").answer
    assert "Payouts held for 48 hours" in answer, answer
    assert "A trust specialist reviews within 24 hours" in answer, answer
