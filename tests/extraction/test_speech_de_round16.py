"""German statements, round 16 (helper): classes of phrasing found on unannotated real news
(Wikinews articles nobody tuned on). Every sentence here is our own, with invented names
(or, marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT = "Die Regierung beriet am Montag über die Krise. "


def run_de(run, text: str) -> list[tuple[str, str]]:
    return statements(run(CONTEXT + text, "2024-05-08", "de"))


# --- words, a statement or information after "nach" --------------------------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("Hauptstreitpunkt ist nach den Worten der Außenministerin, Lena Korff, dass die Grenze offen bleibe.",
     "Lena Korff", "Hauptstreitpunkt ist, dass die Grenze offen bleibe"),
    ("Die Suche soll nach Aussagen des Polizeisprechers Janis Ober bald enden.",
     "Janis Ober", "Die Suche soll bald enden"),
    ("Nach Aussage der Ministerin Lena Korff werde der Bau teurer.",
     "Lena Korff", "werde der Bau teurer"),
])
def test_words_after_nach_name_their_source(run, text, speaker, words):
    assert run_de(run, text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Mit anderen Worten: Die Ministerin Lena Korff hat die Wahl verloren.",
    "Die Aussage der Ministerin Lena Korff wurde vom Gericht geprüft.",
    "Die Ministerin Lena Korff wollte dazu keine Auskunft geben.",
])
def test_words_nouns_without_nach_name_no_source(run, text):
    # look-alikes: the nouns without "nach" before them attribute nothing
    assert run_de(run, text) == []


@pytest.mark.parametrize("text, speaker", [
    # the role phrase qualified by a genitive that is no actor, the name after a comma
    ("Nach jüngsten Angaben des Innenministers der Provinz, Karel Dvorak, starben 12 Menschen.", "Karel Dvorak"),
    # a phrase of the office with no role word the lexicon knows
    ("Nach Aussage des Datenschutzbeauftragten der Landesregierung, Karel Dvorak, würde das Gesetz alle Bürger treffen.",
     "Karel Dvorak"),
])
def test_a_name_after_a_genitive_phrase_is_the_source(run, text, speaker):
    assert [s for s, _ in run_de(run, text)] == [speaker]


# --- an apposition after the source belongs to the source --------------------------------

@pytest.mark.parametrize("text, words", [
    ("Laut Karel Dvorak, einem Mitglied des Stadtrats, sei die Brücke marode.", "sei die Brücke marode"),
    ("Die Zahl der Arbeitslosen sei, laut Karel Dvorak, Chef der Arbeitsagentur, weiter gesunken.",
     "Die Zahl der Arbeitslosen sei weiter gesunken"),
])
def test_apposition_after_the_source_is_no_word_said(run, text, words):
    assert run_de(run, text) == [("Karel Dvorak", words)]


def test_a_bracket_after_the_source_is_no_word_said(run):
    out = run_de(run, "Nach Angaben des Verteidigungsministeriums (Pentagon) seien die Flugzeuge gelandet.")
    assert [q for _, q in out] == ["seien die Flugzeuge gelandet"]


def test_medium_named_in_the_apposition_is_no_speaker(run):
    # a news agency told by its apposition, not by a word before its name
    assert run_de(run, "Nach Angaben von KNA, der staatlichen Nachrichtenagentur des Landes, "
                       "sei das Schiff beschlagnahmt worden.") == []


# --- a phrase after the source of "so" -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "„Die Regierung muss die Gefangenen freilassen“, so Amnesty International in einer Mitteilung vom Dienstag.",
    "„Die Regierung muss die Gefangenen freilassen“, so Amnesty International gegenüber der Presse.",
])
def test_so_source_with_a_phrase_after_it(run, text):
    assert run_de(run, text) == [("Amnesty International", "Die Regierung muss die Gefangenen freilassen")]


def test_so_as_a_conjunction_is_no_source(run):
    # look-alike: "so dass" opens a clause with a verb
    assert run_de(run, "Die Sitzung dauerte lange, so dass Amnesty International in Genf wartete.") == []


# --- remarking, voicing, giving reasons ------------------------------------------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("Die Abgeordnete Mira Holm merkte an, dass die Schulen schlecht ausgestattet seien.",
     "Mira Holm", "dass die Schulen schlecht ausgestattet seien"),
    ("Der Abgeordnete Ole Brandt brachte gegenüber der Zeitung zum Ausdruck, der Plan sei ein Fehler.",
     "Ole Brandt", "der Plan sei ein Fehler"),
    ("„Wir schützen die Freiheit der Presse“, begründete der Präsident Paul Varga seine Entscheidung.",
     "Paul Varga", "Wir schützen die Freiheit der Presse"),
    ("Der Minister Ole Brandt begründete den Schritt damit, dass die Kosten gestiegen seien.",
     "Ole Brandt", "dass die Kosten gestiegen seien"),
])
def test_remarking_voicing_and_giving_reasons(run, text, speaker, words):
    assert run_de(run, text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Der Bürgermeister Ole Brandt begründete eine neue Tradition in der Stadt.",
    "Die Ministerin Mira Holm brachte den Entwurf in den Bundestag ein.",
])
def test_founding_and_bringing_report_nothing(run, text):
    # look-alikes: "begründete" without words said, "brachte … ein" without "zum Ausdruck"
    assert run_de(run, text) == []


# --- a sentence that names its own source ends the reported speech ------------------------

def test_reported_speech_stops_at_a_sentence_with_its_own_source(run):
    out = run_de(run, "Nach Angaben des Ministers Karel Dvorak starben 12 Menschen. "
                      "Wie Augenzeugen berichteten, gebe es kein Trinkwasser mehr. Außerdem stünden die Straßen unter Wasser.")
    assert [s for s, _ in out] == ["Karel Dvorak"]


def test_a_name_after_a_dative_phrase_of_its_office(run):
    out = run_de(run, "Laut dem Sprecher des Präsidialamts, Karel Dvorak, wartet der Präsident auf das Urteil.")
    assert out == [("Karel Dvorak", "wartet der Präsident auf das Urteil")]


# --- a name with its party in brackets before an apposition --------------------------------

def test_name_with_party_in_brackets_before_an_apposition(run):
    out = run_de(run, "Karl Lenz (Freie Wähler), der Vorsitzende des Ausschusses, bezeichnete den Rücktritt "
                      "als „einen schweren Verlust“.")
    assert [s for s, _ in out] == ["Karl Lenz"]


# --- a fronted "gegen": its phrase is what was said -----------------------------------------

def test_fronted_gegen_phrase_is_the_words(run):
    out = run_de(run, "Gegen den Vorschlag stellte sich die Ministerin Mira Holm (SPD).")
    assert out == [("Mira Holm", "Gegen den Vorschlag")]


# --- a verb of saying in a relative clause after a name --------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Den Wahlkreis gewann die Abgeordnete Mira Holm, die danach erklärte, nicht in die Regierung eintreten zu wollen.",
     "nicht in die Regierung eintreten zu wollen"),
    ("Die meisten Stimmen erhielt Mira Holm (SPD), die sagte, sie freue sich über das Ergebnis.",
     "sie freue sich über das Ergebnis"),
])
def test_relative_clause_after_a_name_at_the_end(run, text, words):
    assert run_de(run, text) == [("Mira Holm", words)]


def test_words_before_the_verb_that_ends_a_relative_clause(run):
    # the verb of saying ends its relative clause with an auxiliary after it
    out = run_de(run, "Die Ministerin Mira Holm, die den Haushalt kritisiert hatte, sagte, sie sei nun zufrieden.")
    assert ("Mira Holm", "den Haushalt") in out


# --- the words of a verb in the perfect and after a reporting clause -----------------------

def test_words_of_a_participle_the_tagger_reads_as_finite(run):
    # "betont" after "hatte": the field between the auxiliary and the participle
    out = run_de(run, "Die Ministerin Mira Holm hatte zuvor die Bedeutung der Forschung betont.")
    assert out == [("Mira Holm", "die Bedeutung der Forschung")]


def test_words_after_a_reporting_clause_with_an_apposition(run):
    out = run_de(run, "Wie die Beauftragte für Datenschutz, Mira Holm, mitteilte, ist die Zahl der Abfragen gestiegen.")
    assert out == [("Mira Holm", "ist die Zahl der Abfragen gestiegen")]


def test_so_before_an_example_is_no_source(run):
    # look-alike: "so etwa X" names one of many, not the source of the words before it
    out = run_de(run, "Viele Bürgermeister waren gekommen, so etwa Mira Holm, die Bürgermeisterin von Neustadt.")
    assert out == []


# --- an unnamed spokesperson of a body with an adjective before its name ------------------

@pytest.mark.parametrize("text, speaker", [
    ("Die Liberal Party verlor drei Sitze. Ein Sprecher der schottischen Liberal Party sagte, man sei enttäuscht.",
     "Liberal Party"),
    ("Eine Sprecherin der sächsischen Staatsregierung sagte, man prüfe den Antrag.", "sächsische Staatsregierung"),
])
def test_spokesperson_of_a_body_after_an_adjective(run, text, speaker):
    assert [s for s, _ in run_de(run, text)] == [speaker]


def test_spokesperson_of_a_body_named_with_its_state_stays_apart(run):
    # look-alike: a state's adjective names another body than the bare one named before
    out = run_de(run, "Der Botschafter schrieb an das Außenministerium. "
                      "Eine Sprecherin des britischen Außenministeriums sagte, man stehe zu ihm.")
    assert ("britisches Außenministerium", "man stehe zu ihm") in out


# --- a title with its qualifiers before a name; an academic title after the comma ---------

def test_name_after_a_title_with_its_qualifiers(run):
    out = run_de(run, "Der Unterhändler bei den Gesprächen mit der Weltbank über den Kredit Omar Haddad sagte: "
                      "„Die Bedingungen sind unannehmbar.“")
    assert out == [("Omar Haddad", "Die Bedingungen sind unannehmbar.")]


def test_academic_title_after_the_comma_of_an_apposition(run):
    out = run_de(run, "Die Kosten müssten sinken, sagte der Minister für Finanzen, Dr. Omar Haddad, am Dienstag in Amman.")
    assert [s for s, _ in out] == ["Omar Haddad"]


# --- explaining: "führte aus" with reported speech after its comma -------------------------

def test_explaining_with_reported_speech(run):
    out = run_de(run, "Weiter führte der Minister Omar Haddad aus, die Anlage werde im Herbst wieder geöffnet.")
    assert out == [("Omar Haddad", "die Anlage werde im Herbst wieder geöffnet")]


@pytest.mark.parametrize("text", [
    "Der Offizier Omar Haddad führte den Befehl aus, den die Regierung gegeben hatte.",
    "Die Gruppe um Omar Haddad führte den Anschlag am Freitag aus.",
])
def test_carrying_out_reports_nothing(run, text):
    # look-alikes: "führte … aus" of an act
    assert run_de(run, text) == []


def test_title_quoted_after_the_reporting_clause_is_no_word_said(run):
    out = run_de(run, "Die Staaten müssten mehr tun, sagte der Minister Omar Haddad zur Eröffnung der Debatte "
                      "mit dem Thema „Wie geht es weiter?“")
    assert out == [("Omar Haddad", "Die Staaten müssten mehr tun")]
