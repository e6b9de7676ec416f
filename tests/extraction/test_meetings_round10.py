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


@pytest.mark.parametrize("text", [
    "Biden told radio host Charlamagne Tha God that he would win the state.",
    "The town hall, hosted by anchor Savannah Guthrie, drew more viewers than the debate.",
    "The comedian Tim Heidecker hosts a film review series with the critic Gregg Turkington.",
    "If the new release does not meet a user's needs, President Jan Roth said, the agency will pay.",
])
def test_a_host_of_a_show_or_a_need_met_is_no_meeting(run, text):
    assert participant_lists(run(text, "2024-05-08", "en")) == []


@pytest.mark.parametrize("text,people", [
    ("President Jan Roth has hosted Prime Minister Ana Vidal twice this year.", ["Ana Vidal", "Jan Roth"]),
    ("Foreign Minister Cho Hyun-woo hosted his Chinese and Japanese counterparts, Li Ming and Kenji Sato, "
     "in Busan on Monday.", ["Cho Hyun-woo", "Kenji Sato", "Li Ming"]),
    ("Minister Paulo Mendes had been due to meet his Argentine counterpart, Lucia Ferraro, on Monday.",
     ["Lucia Ferraro", "Paulo Mendes"]),
])
def test_hosting_or_meeting_someone_is_a_meeting(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == [people]


def test_a_visit_to_a_town_that_names_no_actor_is_no_meeting_with_others_in_the_sentence(run):
    out = run("Senator Ana Vidal and Governor Tom Hale campaigned in the state. Vidal visited Kenosha "
              "two days after Hale in her first campaign trip to the state.", "2024-05-08", "en")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text,people", [
    ("President Tom Hale visited Kyiv on Monday.", ["Tom Hale", "Ukraine"]),
    ("President Tom Hale visited France on Monday.", ["France", "Tom Hale"]),
])
def test_a_visit_to_a_state_or_its_capital_is_a_meeting_with_the_state(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == [people]


@pytest.mark.parametrize("text,people", [
    ("Senator Ana Vidal and Governor Tom Hale held rival events. The broadcast of Vidal's event "
     "received more viewers than Hale's event.", []),
    ("President Tom Hale received Prime Minister Ana Vidal at the palace on Monday.", [["Ana Vidal", "Tom Hale"]]),
])
def test_received_is_a_meeting_only_with_someone_as_its_object(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == people


@pytest.mark.parametrize("text", [
    "Senator Ana Vidal visited the family of Tom Hale on Monday.",
    "Senator Ana Vidal received the titles of Grand Master and Master in 2016.",
])
def test_an_of_phrase_after_a_thing_names_no_one_met(run, text):
    assert participant_lists(run(text, "2024-05-08", "en")) == []
