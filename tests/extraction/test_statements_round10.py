"""Statements, round 10: verbs of offering, apologising, ordering, urging, advocating and
judging, backing and pointing out, found on real news the rules had missed; each with the
look-alike that reports nothing. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import speakers


@pytest.mark.parametrize("text,speaker", [
    ("Außenminister Jan Roth bot der Opposition am Montag neue Gespräche an.", "Jan Roth"),
    ("Gleichzeitig hatte sich Innenministerin Eva Lind bei den Nachbarländern entschuldigt.", "Eva Lind"),
    ("Präsident Tomás Vidal ordnete an, dass die Grenze geschlossen wird.", "Tomás Vidal"),
    ("Außenminister Jan Roth setzte sich am Montag für neue Gespräche ein.", "Jan Roth"),
    ("Außenminister Tom Hale war bei seinem Besuch für einen harten Kurs eingetreten.", "Tom Hale"),
    ("Bayern hält das Gesetz für verfassungswidrig, weil der Bundesrat nicht zugestimmt hat.", "Bayern"),
    ("Ministerpräsidentin Eva Lind hält die neuen Regeln für immer unwahrscheinlicher.", "Eva Lind"),
])
def test_german_verbs_that_put_a_position_into_words(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Präsident Tomás Vidal ordnete die Mobilisierung der Truppen an.",
    "Verteidigungsminister Jan Roth setzte Soldaten für die Sicherung der Grenze ein.",
    "Innenminister Jan Roth hielt die Demonstranten für zwei Stunden fest.",
    "Die Partei von Präsident Tomás Vidal, die sich für die Rechte der Bauern einsetzt, hat ihre "
    "Proteste fortgesetzt.",
])
def test_german_look_alikes_report_nothing(run, text):
    assert speakers(run(text, "2024-05-08", "de")) == []


@pytest.mark.parametrize("text,speaker", [
    ("On Monday, Senator Jane Holt endorsed former governor Tim Ray for president.", "Jane Holt"),
    ("The Thai Raksa Party informed the press that it would comply.", "Thai Raksa Party"),
    ("The Department of Defense justified the strike as defensive and necessary.", "Department of Defense"),
])
def test_english_verbs_of_backing_informing_and_justifying(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "en")) == [speaker]


def test_the_place_of_a_title_is_no_part_of_the_name(run):
    out = run("On Tuesday, United States Senator from Ohio Dana Pruitt endorsed the campaign of "
              "Governor Tim Ray.", "2024-05-08", "en")
    assert speakers(out) == ["Dana Pruitt"]


@pytest.mark.parametrize("text,lang,speakers_", [
    ("Senator Jane Holt has also written two novels and many columns for the local paper.", "en", []),
    ("Senator Jane Holt wrote a letter to the governor demanding an inquiry.", "en", ["Jane Holt"]),
    ("Die Abgeordnete Eva Lind schrieb ein Buch über ihre Jahre im Parlament.", "de", []),
    ("Die Abgeordnete Eva Lind schrieb auf Twitter, die Lage sei ernst.", "de", ["Eva Lind"]),
])
def test_writing_books_is_authorship_writing_words_is_a_statement(run, text, lang, speakers_):
    assert speakers(run(text, "2024-05-08", lang)) == speakers_


def test_a_question_of_the_narration_is_no_statement(run):
    out = run("The Ministry of Health changed its plans on Monday.\n\n((WN))  Could you explain what the "
              "Ministry of Health announced and what it means for hospitals?", "2024-05-08", "en")
    assert speakers(out) == []


def test_the_agent_of_another_verb_does_not_speak(run):
    out = run("The service was announced in May, two months after the firm was bought by the "
              "Ministry of Finance.", "2024-05-08", "en")
    assert speakers(out) == []


@pytest.mark.parametrize("text,speakers_", [
    ("Rund fünf Millionen Bürger der Republik Tschad waren am Montag zur Abstimmung über die "
     "Verfassung aufgerufen.", []),
    ("Eine Reporterin der Illustrierten Stern schreibt, die Gewalt sei eine Folge der Politik.", []),
    ("Wie der Abgeordnete Karl zu Hohenberg-Lanz gegenüber der Zeitung erklärte, gehöre sie nicht zu "
     "seiner Familie.",
     ["Karl zu Hohenberg-Lanz"]),
])
def test_german_states_media_and_noble_names(run, text, speakers_):
    assert speakers(run(text, "2024-05-08", "de")) == speakers_
