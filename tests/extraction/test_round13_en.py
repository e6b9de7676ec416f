"""Statements, round 13, English: classes found with invented probe sentences of real-news
phrasing. Each test names the class and holds a short invented sentence that the rules
before this round got wrong (or, marked as such, guards the look-alike that must stay as it
was). A neutral first sentence comes first, so the probe is not read as a headline."""
from __future__ import annotations

import pytest

from .helpers import speakers

LEAD = "The meeting took place in the capital on Monday. "


@pytest.mark.parametrize("text,speaker", [
    ("President Luis Ortega hailed the agreement as a turning point for the region.", "Luis Ortega"),
    ("Prime Minister Tomas Berg echoed those concerns.", "Tomas Berg"),
    ("Opposition leader Mark Dunn questioned the legality of the decree.", "Mark Dunn"),
    ("Prime Minister Tomas Berg congratulated the winner.", "Tomas Berg"),
    ("Foreign Minister Ana Silva apologised for the remarks.", "Ana Silva"),
    ("Opposition leader Mark Dunn slammed the government's response.", "Mark Dunn"),
    ("Foreign Minister Ana Silva revealed that talks had taken place in secret.", "Ana Silva"),
    ("Foreign Minister Ana Silva refuted the claims.", "Ana Silva"),
    ("Senator Ruth Alvarez disputed the figures.", "Ruth Alvarez"),
    ("Prime Minister Tomas Berg assured voters that taxes would not rise.", "Tomas Berg"),
    ("Foreign Minister Ana Silva reaffirmed her commitment to the treaty.", "Ana Silva"),
    ("Prime Minister Tomas Berg downplayed the risks.", "Tomas Berg"),
    ("Health Minister Clara Weiss voiced concern about the rising number of infections.", "Clara Weiss"),
])
def test_verbs_of_judging_rebutting_assuring_and_voicing_report_words(run, text, speaker):
    assert speakers(run(LEAD + text, "2024-05-08", "en")) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Ali Hassan, the UN Secretary-General, appealed for calm.", "Ali Hassan"),
    ("Ali Hassan, the UN Secretary-General, voiced alarm at the violence.", "Ali Hassan"),
])
def test_a_speaker_in_an_apposition_appeals_and_voices(run, text, speaker):
    assert speakers(run(LEAD + text, "2024-05-08", "en")) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("President Luis Ortega lashed out at foreign journalists.", "Luis Ortega"),
    ("Opposition leader Mark Dunn hit out at the government.", "Mark Dunn"),
    ("Senator Ruth Alvarez took aim at the governor's budget plan.", "Ruth Alvarez"),
    ("Opposition leader Mark Dunn cast doubt on the official figures.", "Mark Dunn"),
    ("Foreign Minister Ana Silva pushed back against claims that the deal was dead.", "Ana Silva"),
    ("Opposition leader Mark Dunn raised serious concerns about the costs.", "Mark Dunn"),
    ("President Luis Ortega repeated his call for a ceasefire.", "Luis Ortega"),
    ("Prime Minister Tomas Berg renewed his call for unity.", "Tomas Berg"),
    ("President Luis Ortega made it clear that he would not resign.", "Luis Ortega"),
    ("Defence Minister Karl Olsen played down the threat.", "Karl Olsen"),
    ("President Luis Ortega brushed aside the criticism.", "Luis Ortega"),
    ("President Luis Ortega spoke out against the death penalty.", "Luis Ortega"),
    ("Foreign Minister Ana Silva spoke of a new chapter in relations.", "Ana Silva"),
])
def test_phrases_of_a_verb_and_its_words_report(run, text, speaker):
    assert speakers(run(LEAD + text, "2024-05-08", "en")) == [speaker]


@pytest.mark.parametrize("text", [
    "Senator Ruth Alvarez hailed from a small town in Texas.",
    "The truck slammed into a wall near the station.",
    "Police questioned Senator Ruth Alvarez for three hours.",
    "Senator Ruth Alvarez was questioned by police on Tuesday.",
    "Prime Minister Tomas Berg appealed the verdict.",
    "Prime Minister Tomas Berg appealed to the Supreme Court.",
    "Prime Minister Tomas Berg took office in 2015.",
    "Prime Minister Tomas Berg took part in the ceremony.",
    "The parliament pushed back the vote to March.",
    "President Luis Ortega made changes to the cabinet.",
    "Prime Minister Tomas Berg raised taxes on fuel.",
    "President Luis Ortega spoke with Foreign Minister Ana Silva on Monday.",
    "The army played a key role in the rescue.",
    "The storm cast a shadow over the summit.",
])
def test_guard_look_alikes_of_those_verbs_and_phrases_report_nothing(run, text):
    assert speakers(run(LEAD + text, "2024-05-08", "en")) == []
