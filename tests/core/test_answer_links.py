"""How quoted sentences lean on their neighbours: an announcement brings what it announces, a sentence
that points back ("It should…", "That's the number…") brings the sentence it points to."""

from __future__ import annotations

import pytest

from bot.core import composer
from bot.core.sentence_links import announced_members
from tests.core.test_composer import chosen_texts, chunk, units


def test_a_short_announcement_brings_the_sentence_that_says_what_it_announced(embedder, monkeypatch):
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    guide = "monitoring.md"
    dashboard, sampling = chunk(guide, "The dashboard", 0), chunk(guide, "Sampling", 1)
    rows = units(embedder, [
        (dashboard, "A useful monitoring dashboard has four layers.", 0.70),
        (dashboard, "The health layer shows p95 latency, error rates and cost per request.", 0.30),
        (sampling, "Sampling live outputs is a valuable monitoring habit.", 0.40),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[1].text]


def test_a_sentence_pointing_back_is_quoted_with_the_sentence_it_points_to(embedder, monkeypatch):
    """"That's the number onboarding is supposed to move." names no number: quoted, it brings the sentence
    that does, and the pair is rendered in the guide's order."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 3)
    talk, tabs = chunk("onboarding.txt", "Talk", 0), chunk("onboarding.txt", "Tabs", 1)
    rows = units(embedder, [
        (talk, "First-day trial numbers look high for every AI feature, because everyone is curious.", 0.60),
        (talk, "We track the second-week return rate of the people who tried it.", 0.30),
        (talk, "That's the number onboarding is supposed to move.", 0.70),
        (tabs, "A separate tab for the assistant hid it from most users.", 0.50),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[1].text, rows[2].text]


def test_a_sentence_pointing_back_to_a_weak_sentence_gives_way_to_a_better_one(embedder, monkeypatch):
    """Quoting "It should be solution-agnostic." costs its antecedent too: worth the pair's mean score, it
    loses to a sentence that stands on its own."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    red, spec = chunk("red-teaming.md", "Running it", 0), chunk("spec.md", "Problem", 0)
    rows = units(embedder, [
        (red, "Plan a red-team exercise as a timeboxed event with a shared log.", 0.80),
        (red, "Turn every finding into a test case in an attack library.", 0.60),
        (spec, "The problem statement names the user, the task and the pain.", 0.20),
        (spec, "It should be solution-agnostic rather than naming a chatbot.", 0.75),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[1].text]


def test_an_announcement_that_counts_brings_as_many_sentences_as_it_counts(embedder, monkeypatch):
    """"… has four layers." announces the four sentences after it, not only the first."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 3)
    guide = "monitoring.md"
    dashboard, sampling = chunk(guide, "The dashboard", 0), chunk(guide, "Sampling", 1)
    rows = units(embedder, [
        (dashboard, "A useful monitoring dashboard has four layers.", 0.70),
        (dashboard, "The health layer shows p50 and p95 latency, error and timeout rates, and the cost of every request.", 0.30),
        (dashboard, "The user-signal layer shows thumbs-down rate, edit rate and handoffs to a human.", 0.30),
        (sampling, "Sampling live outputs is a valuable monitoring habit.", 0.42),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[1].text, rows[2].text]


def three_layers(dashboard) -> list[tuple]:
    """A counted announcement (scored 0.70) and the three weak sentences it counts (0.20 each)."""
    return [(dashboard, "A useful monitoring dashboard has three layers.", 0.70),
            (dashboard, "The health layer shows p95 latency, error rates and cost per request.", 0.20),
            (dashboard, "The quality layer shows the pass rate of sampled outputs graded against the rubric.", 0.20),
            (dashboard, "The business layer shows the outcome the feature exists for.", 0.20)]


def test_an_announcement_that_counts_brings_all_it_counts_as_one_sentence_of_the_answer(embedder, monkeypatch):
    """"… has three layers." quoted with its three layers, the four counting as one of the answer's
    sentences: the layers are the answer's list, not three sentences crowding out the rest."""
    monkeypatch.setattr(composer, "MAX_PROSE_SENTENCES", 2)
    guide = "monitoring.md"
    dashboard, sampling = chunk(guide, "The dashboard", 0), chunk(guide, "Sampling", 1)
    rows = units(embedder, [
        *three_layers(dashboard),
        (sampling, "Sampling live outputs is a valuable monitoring habit.", 0.60),
    ])
    assert chosen_texts(rows) == [row.text for row in rows]


def test_an_announcement_whose_members_do_not_fit_is_not_quoted_alone(embedder, monkeypatch):
    """With no room for what it announces, "… has three layers." would promise a list the answer never
    gives: the answer quotes a sentence that stands on its own instead."""
    monkeypatch.setattr(composer, "MAX_ANSWER_CHARS", 150)
    guide = "monitoring.md"
    dashboard, sampling = chunk(guide, "The dashboard", 0), chunk(guide, "Sampling", 1)
    rows = units(embedder, [
        (sampling, "Sampling live outputs is a valuable monitoring habit.", 0.75),
        *three_layers(dashboard),
        (sampling, "Read twenty conversations yourself every week.", 0.50),
    ])
    assert chosen_texts(rows) == [rows[0].text, rows[5].text]


@pytest.mark.parametrize("sentence, announces", [
    ("A useful monitoring dashboard has four layers.", 4),
    ("Three caveats.", 3),
    ("Two different thresholds matter to a PM.", 2),
    ("A pre-launch evaluation set should contain three kinds of cases.", 3),
    ("Run every dogfood for at least three weeks.", None),  # a span of time, not things announced
    ("Everything here comes from one retail assistant over two peaks.", None),
    ("Model-market fit has three ingredients: capability, data, and output behaviour.", None),  # said inline
])
def test_only_a_sentence_that_is_nothing_but_its_count_announces(embedder, sentence, announces):
    guide = chunk("guide.md", "Section", 0)
    follow = [f"Member number {n} of what the sentence announced, stated in full." for n in range(1, 5)]
    rows = units(embedder, [(guide, sentence, 0.5)] + [(guide, text, 0.3) for text in follow])
    members = announced_members(rows[0], rows)
    assert (len(members) if members else None) == announces
