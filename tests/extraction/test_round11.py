"""Statements, meetings and actors, round 11: classes read off unannotated real news. Each
test names the class and holds a short invented sentence that the rules before this round
got wrong (or, marked as such, guards the look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import participant_lists, speakers


@pytest.mark.parametrize("text,lang", [
    ('On Monday, the World Health Organization raised its alert level for the region from "low" to '
     '"severe".', "en"),
    ('NASA sent a rover, nicknamed "Dusty", to the crater in March.', "en"),
    ("Iran und die USA streiten darüber, wo sich das Flugzeug vom Typ „Sky Eagle 4“ befand.", "de"),
    ("Die Regierung von Peru sperrte am Freitag das Konto „kasse“ der Partei.", "de"),
])
def test_a_short_quotation_naming_a_thing_is_no_mark_of_speech(detected, text, lang):
    # the detector proposed these sentences because of the quotation marks alone; the gate
    # lets none through, however sure the detector is
    assert detected(text, lang) == []


@pytest.mark.parametrize("text,lang,speaker", [
    ('Senator Ann Cole referred to the protesters as "paid actors".', "en", "Ann Cole"),
    ("Die Ministerin Eva Lind beschreibt den Plan als einen „Schritt zurück“.", "de", "Eva Lind"),
])
def test_a_short_quotation_of_a_characterisation_stays_words(detected, text, lang, speaker):
    # the gate keeps the sentence a proposed statement when the detector proposes it
    assert detected(text, lang) == [speaker]


@pytest.mark.parametrize("text,lang,speaker", [
    ('Senator Ann Cole referred to the protesters as "paid actors".', "en", "Ann Cole"),
    ("Die Ministerin Eva Lind beschreibt den Plan als einen „Schritt zurück“.", "de", "Eva Lind"),
])
def test_a_characterisation_in_a_short_quotation_is_a_statement(run, text, lang, speaker):
    # the same sentences through the real pipeline and detector: a statement of the speaker
    # (since round 18 "referred to … as" is a rule, whatever the detector scores)
    assert speakers(run(text, "2024-05-08", lang)) == [speaker]


def test_a_verb_of_saying_inside_a_hyphenated_word_reports_nothing(run):
    out = run("Senator Dan Walsh was arrested. At the march, Walsh, a self-described radical, "
              "attacked a man.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_german_genitive_before_adjective_and_role_only_qualifies_the_speaker(run):
    out = run("Chile hat den Plan begrüßt. Chiles neuer Außenminister Ramos sagte bei dem Treffen mit "
              "Roth, sein Land wolle den Vertrag bald unterzeichnen.", "2024-05-08", "de")
    assert speakers(out) == ["Chile", "Ramos"]
    assert participant_lists(out) == [["Ramos", "Roth"]]


def test_an_agent_inside_an_attributive_participle_does_not_speak(run):
    out = run("Die Hamburger Umweltbehörde plant Fahrverbote. Die von der Umweltbehörde getroffenen "
              "Maßnahmen werden vielfach kritisiert: „reine Symbolpolitik“.", "2024-05-08", "de")
    assert speakers(out) == []


@pytest.mark.parametrize("text,lang,speaker", [
    ("Der kanadische Premierminister Tom Hale reiste nach Lima. In einer Erklärung drückte Präsident "
     "Jan Roth seine Anerkennung für Hales Vermittlung aus, doch er sei der Ansicht, „dass eine "
     "Einigung noch lange dauern wird“.", "de", "Jan Roth"),
])
def test_a_pronoun_prefers_the_subject_to_a_person_named_as_an_owner(run, text, lang, speaker):
    assert speakers(run(text, "2024-05-08", lang))[-1] == speaker


@pytest.mark.parametrize("text", [
    "Außenministerin Anna Berg, die am Montag in Paris mit dem französischen Präsidenten Jean "
    "Morel zusammentraf, lobte die Gespräche.",
    "Als Kanzler Otto Brandl und Präsident Jean Morel in Paris zusammenkamen, ging es um den Haushalt.",
])
def test_german_meeting_verbs_with_the_particle_joined_in_a_subordinate_clause(run, text):
    people = participant_lists(run(text, "2024-05-08", "de"))
    assert len(people) == 1 and len(people[0]) == 2


@pytest.mark.parametrize("text,speaker", [
    ("Das Auswärtige Amt rät dazu, Reisen nach Äthiopien zu verschieben.", "Auswärtiges Amt"),
    ("Die Bundesregierung besteht darauf, dass von deutschen Stützpunkten keine Einsätze geflogen werden.",
     "Bundesregierung"),
    ("In der Sendung stellte die Abgeordnete Eva Lind die Frage, ob dahinter ein Netzwerk steht.", "Eva Lind"),
])
def test_german_advising_insisting_and_asking(run, text, speaker):
    out = run(text, "2024-05-08", "de")
    assert speakers(out) == [speaker]
    assert participant_lists(out) == []  # "Reisen nach Äthiopien" is the noun: no trip of the ministry


@pytest.mark.parametrize("text", [
    "Der Minister Jan Roth stellte den Antrag, die Sitzung zu vertagen.",
    "Die Ministerin Eva Lind hat die Prüfung bestanden.",
])
def test_their_look_alikes_report_nothing(run, text):
    assert speakers(run(text, "2024-05-08", "de")) == []


@pytest.mark.parametrize("text,speaker", [
    ("Nach Angaben des Weißen Hauses ist der Präsident gesund.", "Weißes Haus"),
    ("Der zentralen Wahlkommission zufolge hat die Opposition die Mehrheit erlangt.", "Wahlkommission"),
])
def test_german_bodies_in_the_genitive_and_compounds_of_kommission(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_an_institution_named_by_a_longer_form_keeps_that_form_as_an_alias(run):
    out = run("Nach Angaben des Internationalen Roten Kreuzes gab es 130 Tote.", "2024-05-08", "de")
    red_cross = next(a for a in out["actors"] if a["name"] == "Rotes Kreuz")
    assert "Internationales Rotes Kreuz" in red_cross["aliases"]


def test_a_short_quotation_after_as_stays_a_characterisation(run):
    out = run('Governor Tom Reed referred to the protests as acts of "pure vandalism".', "2024-05-08", "en")
    assert speakers(out) == ["Tom Reed"]


def test_an_english_attribution_set_in_between_commas(run):
    out = run("The attack happened near the border, stated Interior Minister Karl Brenner, and was "
              "carried out by two men.", "2024-05-08", "en")
    assert speakers(out) == ["Karl Brenner"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Senator Ann Cole criticised the plan, while Governor Tom Reed praised it.", "en",
     [("Ann Cole", "the plan"), ("Tom Reed", "it")]),
    ("Die Regierung in Washington befürchtet, dass Nordkorea neue Raketen baut, was Nordkorea "
     "jedoch bestreitet.", "de",
     [("Regierung", "dass Nordkorea neue Raketen baut"), ("Nordkorea", "was Nordkorea jedoch bestreitet")]),
    ("Nachdem Außenministerin Eva Lind am Freitag ihren Rücktritt angekündigt hatte, gab "
     "Innenminister Jan Roth seine Kandidatur bekannt.", "de",
     [("Eva Lind", "Nachdem Außenministerin Eva Lind am Freitag ihren Rücktritt angekündigt hatte"),
      ("Jan Roth", "gab Innenminister Jan Roth seine Kandidatur bekannt")]),
])
def test_two_speakers_in_clauses_of_one_sentence_each_get_their_own_words(run, text, lang, expected):
    out = run(text, "2024-05-08", lang)
    assert [(e["speaker"], e["quote"]) for e in out["events"] if e["kind"] == "statement"] == expected


def test_a_speaker_in_the_words_another_reports_is_no_second_statement(run):
    out = run("Senator Ann Cole said Governor Tom Reed had praised the plan.", "2024-05-08", "en")
    assert speakers(out) == ["Ann Cole"]


def test_a_negation_after_an_attribution_belongs_to_the_words(run):
    out = run("Der bayerische Innenminister Jan Roth fordert mehr Geld. Es kann laut Roth nicht "
              "angehen, dass der Bund weniger zahlt.", "2024-05-08", "de")
    assert speakers(out) == ["Jan Roth", "Jan Roth"]


@pytest.mark.parametrize("text,speaker", [
    ("Nach jüngsten Angaben des Gesundheitsministers der Malediven, Ahmed Nasir, kamen mindestens "
     "43 Menschen um.", "Ahmed Nasir"),
    ("Nach Angaben des Innenministers der Ukraine kamen 40 Menschen um.", "Ukraine"),
])
def test_a_source_named_after_the_state_of_its_role(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text,lang,people", [
    ("President Ana Lima did not meet Prime Minister Tom Hale during the summit.", "en", []),
    ("Präsidentin Ana Lima traf Premierminister Tom Hale nicht.", "de", []),
    ("Präsidentin Ana Lima traf nicht nur Premierminister Tom Hale, sondern auch König Karl.", "de",
     [["Ana Lima", "Tom Hale"]]),
    ("Ein Treffen von Minister Jan Roth mit Präsident Tom Hale kam nicht zustande.", "de",
     [["Jan Roth", "Tom Hale"]]),
])
def test_a_negated_meeting_verb_reports_no_meeting(run, text, lang, people):
    assert participant_lists(run(text, "2024-05-08", lang)) == people


def test_a_pronoun_after_a_statement_goes_on_with_its_speaker(run):
    out = run("Chiles Staatsoberhaupt Ramos sagte bei dem Treffen mit Ministerpräsident Roth, sein Land "
              "wolle bald unterzeichnen. „Wir haben lange genug gewartet“, sagte er.", "2024-05-08", "de")
    assert speakers(out) == ["Ramos", "Ramos"]


def test_a_particle_before_a_possessor_joins_no_name(run):
    out = run("Der Anwalt Paul Brenner kritisierte den Deal. „Das ist falsch“, sagte Brenner zu "
              "Lindqvists Äußerungen.", "2024-05-08", "de")
    assert speakers(out) == ["Paul Brenner", "Paul Brenner"]


def test_a_capital_as_the_source_of_an_impersonal_report_is_its_state(run):
    out = run("Die Fähre darf auslaufen. Das müsse Madrid beachten, hieß es aus Paris.", "2024-05-08", "de")
    assert speakers(out) == ["Frankreich"]
