"""How quoted sentences lean on their neighbours: an announcement brings what it announces, a sentence
that points back ("It should…", "That's the number…") brings the sentence it points to."""

from __future__ import annotations

from bot.core import composer
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
