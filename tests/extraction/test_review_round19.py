"""Round 19, review of the speech modules and lexicons: rules merged into one per class.
Each test holds invented sentences: what a merge made right, and the look-alike that stays."""
from __future__ import annotations

import pytest

from .helpers import statements


@pytest.mark.parametrize("text, expected", [
    # one rule for the class in both languages (bodies._body_before): where no one spoke
    # before, the body that opens the sentence before as its subject, as German had it
    ("The Harbour Ministry is reviewing the case. A spokesperson said a decision would come soon.",
     [("Harbour Ministry", "a decision would come soon")]),
    # look-alike: a person opens the sentence before; the spokesperson is no one's
    ("Senator Ann Cole is reviewing the case. A spokesperson said a decision would come soon.", []),
])
def test_a_bare_spokesperson_speaks_for_the_body_of_the_sentence_before(run, text, expected):
    assert statements(run(text, "2024-05-08", "en")) == expected
