"""Meetings, round 10: office holders of several states who confer or negotiate together,
and the town they meet in. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import participant_lists


@pytest.mark.parametrize("text,lang,states", [
    ("Die Außenminister Frankreichs, Deutschlands und Polens berieten am Montag in Weimar über die Lage.",
     "de", ["Deutschland", "Frankreich", "Polen"]),
    ("Die Außenminister von Chile, Peru und Kolumbien verhandelten am Montag in Lima.",
     "de", ["Chile", "Kolumbien", "Peru"]),
    ("The foreign ministers of France, Germany and Poland negotiated in Weimar on Monday.",
     "en", ["France", "Germany", "Poland"]),
])
def test_holders_of_several_states_who_confer_meet(run, text, lang, states):
    assert participant_lists(run(text, "2024-05-08", lang)) == [states]


def test_the_town_of_a_meeting_is_no_participant(run):
    out = run("The foreign ministers of France and Poland met in Weimar on Monday.", "2024-05-08", "en")
    assert participant_lists(out) == [["France", "Poland"]]
