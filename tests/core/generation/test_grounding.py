"""The groundedness check on whole answers, with the real packaged embedder."""

import pytest

from bot.core.generation.grounding import GroundednessChecker, Verdict

PASSAGES = [
    "Pick the confidence threshold on a held-out tuning split, never on the test set you report. "
    "Before launch, have two reviewers read 200 borderline cases.",
    "Roll out a new model to 5% of traffic for one week and keep a kill switch that reverts in under a minute.",
]


@pytest.fixture(scope="module")
def checker(embedder):
    return GroundednessChecker(embedder)


def verdicts(checker, answer):
    return [c.verdict for c in checker.check(answer, PASSAGES).checks]


def test_a_supported_answer_keeps_every_claim(checker):
    answer = "Choose the threshold on a tuning split you hold out [1]. Start with 5% of traffic for a week [2]."
    report = checker.check(answer, PASSAGES)
    assert [c.verdict for c in report.checks] == [Verdict.SUPPORTED, Verdict.SUPPORTED]
    assert report.supported_share == 1.0 and report.supported_text() == answer


def test_changed_numbers_negations_and_inventions_are_caught(checker):
    assert verdicts(checker, "Have two reviewers read 500 borderline cases [1].") == [Verdict.CONTRADICTED]
    assert verdicts(checker, "Tune the threshold on the test set you report [1].") == [Verdict.CONTRADICTED]
    assert verdicts(checker, "You do not need a kill switch [2].") == [Verdict.CONTRADICTED]
    assert verdicts(checker, "Launch on Fridays so the team can watch the dashboards [2].") == [Verdict.UNSUPPORTED]


def test_a_citation_must_point_at_the_passage_that_says_it(checker):
    report = checker.check("Keep a kill switch that reverts in under a minute [1]. It works [7].", PASSAGES)
    assert [c.verdict for c in report.checks] == [Verdict.MISCITED, Verdict.MISCITED]
    assert "passage 2" in report.checks[0].reason and "[7]" in report.checks[1].reason


def test_unsupported_claims_are_removed_and_uncited_ones_get_their_source(checker):
    answer = "Keep a kill switch that reverts in under a minute. Also hire a red team from Acme Labs [2]."
    report = checker.check(answer, PASSAGES)
    assert report.supported_share == 0.5
    assert report.supported_text() == "Keep a kill switch that reverts in under a minute [2]."


def test_saying_the_passages_do_not_cover_it_is_not_a_claim(checker):
    report = checker.check("The passages do not cover pricing.", PASSAGES)
    assert report.checks == () and len(report.abstentions) == 1 and report.supported_share == 1.0


def test_cross_language_claims_are_checked_through_the_glossary(checker):
    assert verdicts(checker, "先把新模型放到5%的流量上跑一周【2】。") == [Verdict.SUPPORTED]
    assert verdicts(checker, "先把新模型放到50%的流量上【2】。") == [Verdict.CONTRADICTED]


def test_an_nli_scorer_when_configured_joins_the_verdict(embedder):
    calls = []

    def nli(premise: str, hypothesis: str) -> float:
        calls.append((premise, hypothesis))
        return 0.0 if "Fridays" in hypothesis else 1.0

    checker = GroundednessChecker(embedder, nli=nli)
    report = checker.check("Keep a kill switch that reverts in under a minute [2]. Launch on Fridays [2].", PASSAGES)
    assert [c.verdict for c in report.checks] == [Verdict.SUPPORTED, Verdict.UNSUPPORTED]
    assert any(premise.startswith("Roll out a new model") for premise, _ in calls)
