"""Statements and actors, round 17 (lead): classes of phrasing, each with a short invented
sentence that the rules before this round got wrong (or, marked as such, a look-alike that
must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "


@pytest.mark.parametrize("text, expected", [
    ("Die Verhandlungen seien gescheitert, so die Sprecherin des Umweltministeriums, Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so Umweltministerin Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so der Sprecher des Umweltministeriums.",
     [("Umweltministerium", "Die Verhandlungen seien gescheitert")]),
])
def test_so_names_the_person_in_apposition_to_a_role(run, text, expected):
    # "…, so die Sprecherin des X, Name.": the person named after the role's phrase speaks,
    # not the body in the genitive; without a name the body speaks (an unnamed spokesperson)
    assert statements(run(CONTEXT_DE + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ('The mayor wrote "May they rest in peace."\n\nPiotr Walas, a fire service spokesman, told reporters that '
     "two people were hurt.", [("Piotr Walas", "two people were hurt")]),
    ('The mayor wrote "May they rest in peace."\n\nPiotr Walas, a spokesperson for the fire service, said '
     "the fire was under control.", [("Piotr Walas", "the fire was under control")]),
])
def test_an_untagged_name_before_a_role_apposition_speaks(run, text, expected):
    # a paragraph opened by a name the tagger missed, with its role in apposition: the person
    # speaks, not the role's words ("fire service spokesman") and not nobody
    assert statements(run(text, "2024-05-08", "en")) == expected
