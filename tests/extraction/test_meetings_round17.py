"""Meetings, round 17 (helper): classes of phrasing found in the missed meetings of the
real-news dev2, dev and train splits. Each test names the class and holds a short sentence
of our own (invented names); guards keep the look-alikes."""
from __future__ import annotations

import pytest

from .helpers import meeting_events, participant_lists

CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "


def _context(lang: str) -> str:
    return CONTEXT_EN if lang == "en" else CONTEXT_DE


@pytest.mark.parametrize("text", [
    "Ambassador Tom Rhee resigned on Friday. Last spring he had helped to set up a meeting between Carl "
    "Dunmore, claiming to speak for the White House, and Pavlo Hrytsenko, an adviser of the president.",
    "Ambassador Tom Rhee resigned on Friday. In July, he arranged a meeting between Carl Dunmore, who "
    "had flown in from Rome, and Pavlo Hrytsenko.",
])
def test_a_meeting_between_two_with_a_phrase_after_the_first(run, text):
    # "X helped facilitate a meeting between A, <participle or relative phrase>, and B": A and
    # B meet, not the one who arranged it; the actor inside the phrase is no participant
    out = run(text, "2024-05-08", "en")
    assert participant_lists(out) == [["Carl Dunmore", "Pavlo Hrytsenko"]]


@pytest.mark.parametrize("text", [
    "President Mark Olson flew to Tarnow on Monday. In a meeting there he was informed by Interior "
    "Minister Paul Brenner of twenty people missing.",
    "President Mark Olson flew to Tarnow on Monday. In talks that day he was briefed by Interior "
    "Minister Paul Brenner on the damage.",
    "President Mark Olson flew to Tarnow on Monday. In a meeting there he was informed by Interior Minister "
    "Paul Brenner of twenty people missing, while Deputy Governor Ivo Lang indicated thirty were missing.",
])
def test_in_a_meeting_he_was_told_by(run, text):
    # a meeting noun after "in" frames a passive clause: its subject and its agent meet (the
    # pronoun points back, not to a speaker named after it)
    out = run(text, "2024-05-08", "en")
    assert participant_lists(out) == [["Mark Olson", "Paul Brenner"]]


def test_in_an_interview_is_no_meeting(run):
    # guard: "in" with a word that is no meeting noun frames nothing
    out = run("President Mark Olson flew to Tarnow on Monday. In an interview that day he was asked by "
              "reporter Paul Brenner about the damage.", "2024-05-08", "en")
    assert meeting_events(out) == []


@pytest.mark.parametrize("text, expected", [
    ("Die NATO hat für Donnerstag zu einer Sondersitzung mit der OSZE eingeladen.", ["NATO", "OSZE"]),
    ("Die NATO lud für Dienstag zu einer Krisensitzung mit der OSZE ein.", ["NATO", "OSZE"]),
])
def test_an_invitation_to_a_session_with_another_body_is_planned(run, text, expected):
    # a session ("Sondersitzung", "session") is no meeting by itself (a body sitting alone),
    # but an invitation to one with another body is a planned meeting of the two
    out = run(CONTEXT_DE + text, "2024-05-08", "de")
    assert participant_lists(out) == [sorted(expected)]
    assert [e["status"] for e in meeting_events(out)] == ["planned"]


def test_a_session_of_one_body_is_no_meeting(run):
    # guard: the council sits alone
    out = run(CONTEXT_DE + "Der Sicherheitsrat der Vereinten Nationen hat für Dienstag zu einer Sondersitzung "
              "eingeladen.", "2024-05-08", "de")
    assert meeting_events(out) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Gemeinschaft wurde am Montag in Lima gegründet. Anwesend bei der Zeremonie waren die "
           "Präsidenten von Polen, Ungarn, Estland und Lettland.", ["Estland", "Lettland", "Polen", "Ungarn"]),
    ("de", "Die Gemeinschaft wurde am Montag in Lima gegründet. Bei der Zeremonie waren die Präsidenten "
           "von Polen, Ungarn und Estland anwesend.", ["Estland", "Polen", "Ungarn"]),
    ("en", "The union was founded in Lima on Monday. Present at the ceremony were the presidents of Poland, "
           "Hungary, Estonia and Latvia.", ["Estonia", "Hungary", "Latvia", "Poland"]),
    ("en", "The union was founded in Lima on Monday. That ceremony was attended by the heads of state of "
           "Poland, Hungary and Estonia.", ["Estonia", "Hungary", "Poland"]),
])
def test_holders_of_several_states_present_at_a_ceremony_meet(run, lang, text, expected):
    # unnamed office holders of several states present at one ceremony: the states meet
    out = run(text, "2024-05-08", lang)
    assert participant_lists(out) == [expected]


def test_states_that_sent_envoys_join_the_ceremony(run):
    # "Die Staatschefs von D und E entsandten Diplomaten als Vertreter" right after the
    # attendance: a delegation is represented by its state, which joins the meeting
    out = run("Die Gemeinschaft wurde am Montag in Lima gegründet. Anwesend bei der Zeremonie waren die "
              "Präsidenten von Polen, Ungarn und Estland. Die Staatschefs von Litauen und Rumänien entsandten "
              "Diplomaten als Vertreter.", "2024-05-08", "de")
    assert participant_lists(out) == [["Estland", "Litauen", "Polen", "Rumänien", "Ungarn"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Bei der Zeremonie war der Präsident von Polen anwesend."),
    ("de", "Bei der Sitzung waren 300 Abgeordnete anwesend."),
    ("en", "The presidents of Poland, Hungary and Estonia were present in their capitals."),
])
def test_presence_without_several_states_at_an_occasion_is_no_meeting(run, lang, text):
    # guards: one holder alone, no actor named, no occasion to be present at
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert meeting_events(out) == []
