"""German statements, round 18 (helper): classes of phrasing the blind split dev4 showed,
each with a short invented sentence that the rules before this round got wrong (or, marked
as such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT = "Die Regierung beriet am Montag über die Krise. "


@pytest.mark.parametrize("text, expected", [
    ("Die Grünen-Politikerin Anna Kolbe hatte 2019 zugegeben, Geld von einer Lobbyfirma angenommen zu haben.",
     [("Anna Kolbe", "Geld von einer Lobbyfirma angenommen zu haben")]),
    ("Die Bürgermeisterin Rita Sanden hatte den Stadtrat aufgefordert, die Gebühren zu senken.",
     [("Rita Sanden", "die Gebühren zu senken")]),
    # look-alike: "zugegeben" as a sentence adverb reports nothing
    ("Zugegeben, die Anreise nach Kleinwalde ist lang.", []),
])
def test_admitting_and_calling_upon_in_the_perfect(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_a_row_of_groups_demands_the_clause_after_the_verb(run):
    # the comma in the row of parties ("der SPD, CDU und FDP") is no end of reported words
    # before the verb: the infinitive after it is the demand
    out = run(CONTEXT + "Im Stadtrat hatten vorher die Gruppen der SPD, CDU und FDP den Bürgermeister "
              "aufgefordert, den Bau der Brücke zu stoppen.", "2024-05-08", "de")
    quotes = {q for _, q in statements(out)}
    assert quotes == {"den Bau der Brücke zu stoppen"}


def test_words_before_an_inserted_report_stay_the_words(run):
    # look-alike (already right before): the comma before the verb ends the words said
    out = run(CONTEXT + "Das Gesetz sei gescheitert, sagte der Innenminister Paul Weidner.", "2024-05-08", "de")
    assert statements(out) == [("Paul Weidner", "Das Gesetz sei gescheitert")]


@pytest.mark.parametrize("text, expected", [
    # the opening "Wie …"-clause only relays what the body's own verb of saying reports
    ("Wie zwei Zeitungen und die Deutsche Bahn am Dienstag berichteten, warnt das Bundesamt für Strahlenschutz, "
     "viele Bahnhöfe hätten zu wenig Schatten.",
     ["Bundesamt für Strahlenschutz"]),
    # look-alike: no verb of saying in the main clause, the source speaks
    ("Wie die Deutsche Bahn mitteilte, ist die Zahl der Verspätungen gestiegen.", ["Deutsche Bahn"]),
])
def test_a_source_that_relays_a_bodys_warning(run, text, expected):
    assert [s for s, _ in statements(run(CONTEXT + text, "2024-05-08", "de"))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Wie zwei Zeitungen und die Deutsche Bahn am Dienstag berichteten, warnt das Bundesamt für Strahlenschutz, "
     "viele Bahnhöfe hätten zu wenig Schatten.",
     [("Bundesamt für Strahlenschutz", "viele Bahnhöfe hätten zu wenig Schatten")]),
    ("Wie die Deutsche Bahn mitteilte, kritisiert das Bundesamt für Strahlenschutz die Pläne.",
     [("Bundesamt für Strahlenschutz", "die Pläne")]),
])
def test_the_words_of_a_relayed_report_are_in_the_main_clause(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    # a scholar of constitutional or international law is a scientist (docs/annotation.md:
    # no actor), his doubts are no statement of the chronology
    ("Verfassungsrechtler Max Holm äußerte im Radio Zweifel daran, dass die Klage Erfolg habe.", []),
    ("Die Völkerrechtlerin Ines Marl sagte, der Angriff verstoße gegen das Völkerrecht.", []),
    # look-alike: an office holder with the same words speaks
    ("Der Justizminister Max Holm äußerte im Radio Zweifel daran, dass die Klage Erfolg habe.",
     [("Max Holm", "dass die Klage Erfolg habe")]),
])
def test_scholars_of_law_are_no_speakers(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand in a support-verb phrase, like "stellte die Frage"
    ("Die SPD stellte die Forderung, die Steuern zu senken.", [("SPD", "die Steuern zu senken")]),
    # staying with one's account puts it into words again
    ("Das Innenministerium bleibt bei seiner Darstellung, dass es von den Kontrollen nichts gewusst habe.",
     [("Innenministerium", "dass es von den Kontrollen nichts gewusst habe")]),
    # look-alikes: staying in a role, and a question put as a thing ("stellte … zur Verfügung")
    ("Die Bundesregierung blieb bei ihrer Position als Vermittlerin im Streit.", []),
    ("Die SPD stellte dem Verein einen Raum zur Verfügung.", []),
    # "nach Auskunft der Polizei" names its source as "nach Angaben" does
    ("Nach Auskunft der Polizei wurden drei Menschen verletzt.", [("Polizei", "wurden drei Menschen verletzt")]),
])
def test_demands_accounts_and_information_in_phrases(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_a_body_in_person_of_its_member(run):
    # the member named in the inset speaks, not the one the demand is addressed to
    out = run(CONTEXT + "Die Linke, in Person ihrer Landeschefin Jana Pohl, stellte die Forderung an "
              "Bürgermeister Walter Hanke, das Bad zu schließen.", "2024-05-08", "de")
    assert statements(out) == [("Jana Pohl", "das Bad zu schließen")]


@pytest.mark.parametrize("text, expected", [
    ("Die Regierungen Chiles und Perus kritisierten das Abkommen scharf.", ["Chile", "Peru"]),
    ("Die Parlamente Irlands, Portugals und der Slowakei hatten Nachbesserungen verlangt.",
     ["Irland", "Portugal", "Slowakei"]),
    # look-alikes: the states as the objects, and the singular body that is named itself
    ("Die Regierungen haben Polen und Spanien kritisiert.", []),
    ("Das Parlament Polens hatte sich gegen den Entwurf ausgesprochen.", ["Parlament Polens"]),
])
def test_the_bodies_of_several_states(run, text, expected):
    assert sorted(s for s, _ in statements(run(CONTEXT + text, "2024-05-08", "de"))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Die Ministerin Karla Dorn begründete die Absage mit dem Zeitdruck.",
     [("Karla Dorn", "die Absage mit dem Zeitdruck")]),
    # look-alike: founding something is no reason given
    ("Die Ministerin Karla Dorn begründete 2010 eine Stiftung.", []),
])
def test_a_reason_given_with_mit(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. „In einer Demokratie zählt "
     "jede Stimme“, sagte von der Lohe darauf angesprochen.", ["Ursel von der Lohe"]),
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. Von der Lohe sagte, sie sei zufrieden.",
     ["Ursel von der Lohe"]),
    # look-alike: "aus der Lohe" is a place, the person is not meant
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. Ein Bauer aus der Lohe "
     "sagte, der Brand sei gelöscht.", []),
])
def test_a_surname_that_opens_with_particles(run, text, expected):
    assert [s for s, _ in statements(run(text, "2024-05-08", "de"))] == expected
