"""The evaluation's measure of quotes (tests/eval/extraction.quote_words_f1): how well a
matched statement's quote gives the words the annotator marked."""
from __future__ import annotations

import pytest

from tests.eval.extraction import quote_words_f1


@pytest.mark.parametrize("gold,pred,expected", [
    ("The talks have failed", "the talks have failed.", 1.0),
    ("The talks have failed", "Russia", 0.0),
    ("The talks have failed", "The talks", 2 * 1.0 * 0.5 / 1.5),
    ("both sides to show restraint", None, 0.0),
])
def test_quote_words_f1_compares_the_words_of_two_quotes(gold, pred, expected):
    assert quote_words_f1(gold, pred) == pytest.approx(expected)
