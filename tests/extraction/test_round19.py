"""Meetings, actors and statements, round 19 (lead): classes of phrasing, each with a short
invented sentence that the rules before this round got wrong (or, marked as such, a
look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import participant_lists


@pytest.mark.parametrize("text, language", [
    ("Über die Zukunft des Stützpunkts will die Ministerin, die sich gerade in Washington mit "
     "ihrem Amtskollegen John Miller trifft, nicht sprechen.", "de"),
    ("The delegation, which met in Washington with Senator John Miller on Tuesday, gave no "
     "details.", "en"),
])
def test_the_one_met_in_a_capital_is_no_visitor_of_its_state(run, text, language):
    # who meets the partner after "mit"/"with" is not known here: the partner is no guest of
    # the state whose capital the meeting is in, so there is no meeting with that state
    out = run(text, "2024-05-08", language)
    assert participant_lists(out) == []


@pytest.mark.parametrize("text, language, expected", [
    ("Die Außenministerin Lena Brandt, die sich am Dienstag in Washington mit ihrem Amtskollegen "
     "John Miller traf, lobte die Gespräche.", "de", [["John Miller", "Lena Brandt"]]),
    ("Die Außenministerin Lena Brandt traf am Dienstag zu Gesprächen in Washington ein.", "de",
     [["Lena Brandt", "USA"]]),
])
def test_look_alikes_the_one_who_meets_is_known(run, text, language, expected):
    # must stay: the relative pronoun's antecedent meets the partner; a visitor who arrives
    # in a capital meets its state
    out = run(text, "2024-05-08", language)
    assert participant_lists(out) == expected
