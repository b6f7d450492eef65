"""Specs in Catalan, read in their own words (eval/specs-v2/unseen-67's two-column video script): section names, body
wording, function words, figures and hand-waving where Spanish, French and Italian do not already read them. The specs
here are written for the tests."""

from __future__ import annotations

from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.wording import matching_form, reads_as_english


def test_catalan_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("La tècnica sempre decideix què cal fer, i també pot deixar de banda el suggeriment.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for text, figure in [("després de 3 setmanes", "3 setmanes"), ("unes 12 hores", "12 hores"),
                         ("triga 15 minuts", "15 minuts"), ("en 4 dies", "4 dies"), ("durant 6 mesos", "6 mesos"),
                         ("dels últims 2 anys", "2 anys"), ("3 vegades més", "3 vegades"),
                         ("1,5 milions d'euros", "1,5 milions"), ("el 95 per cent", "95 per cent"),
                         ("41 de les 52 escoles", "41 de les 52"), ("9 de cada 10", "9 de cada 10"),
                         ("18.000 euros", "18.000")]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(text))), text
