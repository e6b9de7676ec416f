"""German statements, round 20 (helper): the cases docs/annotation.md decided on 2026-12-05
("Hard cases, decided": a court's ruling with its reasoning, a report whose author is named,
an announced resignation, a question put in public) and the open classes of German phrasing
of round 19 (the subject after the verb behind "sich" or "auch", an adverb the NER takes for
a name). All sentences are invented; each class has look-alikes that must stay as they are."""
from __future__ import annotations

import pytest

from .helpers import speakers as _speakers, statements as _statements


# --- a. a court's ruling with its reasoning --------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Das Bundesverfassungsgericht entschied am Dienstag, dass das neue Wahlgesetz gegen das "
     "Grundgesetz verstößt.", "Bundesverfassungsgericht"),
    ("Der Europäische Gerichtshof entschied am Donnerstag, dass die Regelung mit dem Unionsrecht "
     "unvereinbar ist.", "Europäischer Gerichtshof"),
    ("Der Staatsgerichtshof hat am Montag entschieden, dass die Wahl wiederholt werden muss.",
     "Staatsgerichtshof"),
    ("Das Bundesverwaltungsgericht in Leipzig entschied am Mittwoch, die Behörde habe das Verbot "
     "zu Unrecht erlassen.", "Bundesverwaltungsgericht"),
    ("Das Landgericht Hamburg wies die Klage ab. Das Gericht stellte fest, die Stadt habe ihre "
     "Pflichten nicht verletzt.", "Gericht"),
])
def test_a_ruling_with_its_reasoning_is_the_courts_statement(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Das Bundesverfassungsgericht verhandelte über die Klage der Opposition. Die Karlsruher Richter "
     "befanden, das Gesetz greife zu tief in die Grundrechte ein.", "Bundesverfassungsgericht"),
    ("Der Verfassungsgerichtshof hat die Beschwerde geprüft. Die Richter stellten fest, dass die "
     "Regierung ihre Befugnisse überschritten habe.", "Verfassungsgerichtshof"),
])
def test_the_judges_speak_for_the_court_named_before(run, text, speaker):
    # events_lexicon.BENCH_NOUNS: a definite plural of judges, no name of their own
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Das Landgericht Berlin verurteilte ihn am Montag zu fünf Jahren Haft.",
    "Das Gericht verurteilte den ehemaligen Minister zu einer Geldstrafe von 10.000 Euro.",
    "Das Gericht sprach den Angeklagten am Mittwoch frei.",
    "Das Bundesverfassungsgericht wird am Dienstag über die Klage entscheiden.",
    "Die Regierung entschied am Dienstag, die Grenzen zu schließen.",
    "Der Stadtrat hat entschieden, das Schwimmbad im Sommer zu schließen.",
    "Die Wähler entschieden sich für den Amtsinhaber.",
    "Die Richter betraten am Morgen den Saal.",
    "Der Angeklagte sagte vor Gericht aus. Die Richter befanden sich zu diesem Zeitpunkt im Urlaub.",
])
def test_a_verdict_or_decision_with_no_reported_content_is_none(run, text):  # look-alikes
    # a sentence, an acquittal, a ruling to come, a decision to act (an infinitive, no
    # clause of words), a choice, judges who only enter, being somewhere
    assert _speakers(run(text, "2024-05-08", "de")) == []


# --- b. a report whose author is named -----------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Human Rights Watch schreibt in dem Bericht, die Sicherheitskräfte hätten Demonstranten "
     "gefoltert.", "Human Rights Watch"),
    ("Laut einem Bericht von Amnesty International wurden im vergangenen Jahr mehr als 500 Menschen "
     "hingerichtet.", "Amnesty International"),
    ("Wie aus einem Bericht von Amnesty International hervorgeht, ist die Zahl der Hinrichtungen "
     "deutlich gestiegen.", "Amnesty International"),
    ("Einem Bericht von Human Rights Watch zufolge wurden in dem Lager Gefangene gefoltert.",
     "Human Rights Watch"),
    ("Amnesty International hat am Mittwoch einen Bericht über die Lage in den Gefängnissen "
     "vorgelegt. Dem Bericht zufolge werden Häftlinge systematisch misshandelt.", "Amnesty International"),
    ("Amnesty International hat am Mittwoch einen Jahresbericht vorgestellt. Laut dem Bericht wurden "
     "mehr als 500 Menschen hingerichtet.", "Amnesty International"),
    ("Amnesty International legte am Mittwoch einen Bericht vor. In dem Bericht heißt es, Häftlinge "
     "würden systematisch misshandelt.", "Amnesty International"),
    ("Human Rights Watch veröffentlichte am Dienstag eine Studie. Darin heißt es, die Regierung "
     "unterdrücke die Presse.", "Human Rights Watch"),
    ("Human Rights Watch veröffentlichte am Dienstag einen Bericht. Wie aus dem Bericht hervorgeht, "
     "wurden Gefangene gefoltert.", "Human Rights Watch"),
    ("Human Rights Watch veröffentlichte am Dienstag einen Bericht. Der Bericht kritisiert die "
     "Regierung scharf.", "Human Rights Watch"),
    ("Human Rights Watch fordert in einem Brief an die Regierung die Freilassung der Journalisten.",
     "Human Rights Watch"),
    # every document noun is a source before its owner (lexicon.SOURCE_NOUNS takes
    # DOCUMENT_FORMS), so the body after it is no mere attribute of the noun
    ("Einem Kommuniqué des Verteidigungsministeriums zufolge wurden bei dem Angriff drei Soldaten "
     "verletzt.", "Verteidigungsministerium"),
])
def test_a_document_speaks_for_its_named_author(run, text, speaker):
    # lexicon.DOCUMENT_NOUNS: the owner after the noun, or the author named before
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_the_words_of_a_document_leave_out_the_phrase_that_names_it(run):
    out = run("Amnesty International legte am Mittwoch einen Bericht vor. Dem Bericht zufolge werden "
              "Häftlinge systematisch misshandelt.", "2024-05-08", "de")
    assert _statements(out) == [("Amnesty International", "werden Häftlinge systematisch misshandelt")]


@pytest.mark.parametrize("text", [
    "Dem Bericht zufolge werden Häftlinge systematisch misshandelt.",
    "Einer Studie zufolge leiden immer mehr Kinder an Übergewicht.",
    "Wie aus einem Bericht hervorgeht, ist die Zahl der Flüchtlinge deutlich gestiegen.",
    "Wie aus der Statistik hervorgeht, ist die Zahl der Flüchtlinge deutlich gestiegen.",
    "Laut einem Bericht der Zeitung wurden mehr als 500 Menschen festgenommen.",
    "Der Bericht wurde am Mittwoch in Genf vorgestellt.",
    "Die Polizei beschlagnahmte am Montag einen Bericht. Dem Bericht zufolge werden Häftlinge misshandelt.",
    "Die Zeitung veröffentlichte am Dienstag einen Bericht. Darin heißt es, die Regierung unterdrücke die Presse.",
    "Der Bericht soll im Mai erscheinen. Darin heißt es, die Lage sei ernst.",
])
def test_a_document_with_no_named_author_is_none(run, text):  # look-alikes
    # no author named, a medium's report, a document seized (not published) by someone
    assert _speakers(run(text, "2024-05-08", "de")) == []


# --- c. an announced resignation ---------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Die Gesundheitsministerin Anna Reuter kündigte am Montag ihren Rücktritt an.", "Anna Reuter"),
    ("Bundesinnenminister Jonas Berger hat seinen Rücktritt angekündigt.", "Jonas Berger"),
    ("Der Regierungschef Jonas Berger kündigte am Freitag an, er werde zurücktreten.", "Jonas Berger"),
    ("Die Ministerpräsidentin Anna Reuter erklärte am Montag ihren Rücktritt.", "Anna Reuter"),
])
def test_an_announced_resignation_is_a_statement(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Die Gesundheitsministerin Anna Reuter trat am Montag zurück.",
    "Bundesinnenminister Jonas Berger ist am Dienstag zurückgetreten.",
    "Der Rücktritt von Regierungschef Jonas Berger kam überraschend.",
])
def test_a_resignation_reported_as_done_is_none(run, text):  # look-alikes
    assert _speakers(run(text, "2024-05-08", "de")) == []


# --- d. a question put in public ---------------------------------------------------------

@pytest.mark.parametrize("text, speaker, quote", [
    ("Die Abgeordnete Anna Reuter fragte die Regierung, ob die Waffen bereits geliefert worden seien.",
     "Anna Reuter", "ob die Waffen bereits geliefert worden seien"),
    ("Die Bundestagsabgeordnete Anna Reuter fragte, wann die Soldaten zurückkehren würden.",
     "Anna Reuter", "wann die Soldaten zurückkehren würden"),
    ("„Wer soll das bezahlen?“, fragte der Finanzminister Jonas Berger.", "Jonas Berger", "Wer soll das bezahlen?"),
])
def test_a_question_put_in_public_is_the_askers_statement(run, text, speaker, quote):
    assert _statements(run(text, "2024-05-08", "de")) == [(speaker, quote)]


def test_a_question_after_a_fronted_time_and_place(run):
    out = run("Der Oppositionsführer Jonas Berger fragte am Mittwoch im Parlament, warum die Regierung "
              "den Bericht zurückhalte.", "2024-05-08", "de")
    assert _statements(out) == [("Jonas Berger", "warum die Regierung den Bericht zurückhalte")]


@pytest.mark.parametrize("text", [
    "Die Journalisten fragten nach dem Weg zum Bahnhof.",
    "Der Kellner fragte die Gäste, ob sie noch etwas trinken wollten.",
    "Die Außenministerin Anna Reuter wurde gefragt, ob sie zurücktreten werde.",
    "Viele Bürger fragen sich, ob die Reform etwas bringt.",
    "Die Polizei befragte den Verdächtigen am Montag.",
])
def test_look_alikes_of_a_question_stay_quiet(run, text):  # look-alikes
    # no clause asked, a private person, the one asked (passive), wondering, an interrogation
    assert _speakers(run(text, "2024-05-08", "de")) == []


# --- e. the subject after the verb behind "sich" or "auch" --------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Der Bundeskanzler kritisierte den Plan. Ähnlich äußerte sich der französische Präsident "
     "Jean Lacombe.", "Jean Lacombe"),
    ("Der Bundeskanzler kritisierte den Plan. Kritik übte auch der französische Präsident "
     "Jean Lacombe.", "Jean Lacombe"),
    ("Ähnlich äußerte sich auch die neue Außenministerin Anna Reuter.", "Anna Reuter"),
    ("Kritik übte auch der frühere Bundesinnenminister Jonas Berger.", "Jonas Berger"),
    ("Zustimmend äußerte sich dagegen der französische Präsident Jean Lacombe.", "Jean Lacombe"),
    ("Scharfe Worte fand die Bundesjustizministerin Anna Reuter.", "Anna Reuter"),
    ("Der Bundeskanzler verteidigte den Plan. Kritik kam von der Grünen-Vorsitzenden Anna Reuter.",
     "Anna Reuter"),
])
def test_the_subject_behind_a_reflexive_or_an_adverb_after_the_verb(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Die Opposition kritisierte die Ministerin Anna Reuter.",
    "Die Opposition kritisierte auch die neue Ministerin Anna Reuter.",
    "Die Demonstranten kritisierten auch den französischen Präsidenten Jean Lacombe.",
    "Ähnlich erging es dem französischen Präsidenten Jean Lacombe.",
    "Der Zug kam trotz Kritik pünktlich in Berlin an.",
])
def test_the_one_spoken_of_after_the_verb_does_not_speak(run, text):  # look-alikes
    # an object with its title after the verb (the parse's object), no verb of saying
    assert _speakers(run(text, "2024-05-08", "de")) == []


# --- f. an adverb the NER takes for a name ------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Scharf kritisierte die Bundesjustizministerin Anna Reuter den Plan der Regierung.", "Anna Reuter"),
    ("Klar widersprach die Ministerin Anna Reuter dem Vorschlag.", "Anna Reuter"),
    ("Offen kritisierte die neue Ministerin Anna Reuter den Koalitionspartner.", "Anna Reuter"),
    ("Deutlich widersprach der Außenminister Jonas Berger dem Vorschlag.", "Jonas Berger"),
    ("Vehement wies der Innenminister Jonas Berger die Vorwürfe zurück.", "Jonas Berger"),
])
def test_an_adverb_opening_the_sentence_yields_to_the_role_holder(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Die Bundestagsabgeordnete Eva Klein traf den Minister. Klein kritisierte die Ministerin Anna Reuter.",
     ["Eva Klein"]),
    ("Der Bundestagsabgeordnete Peter Lang kritisierte den Plan. Lang sagte, das Gesetz sei schlecht.",
     ["Peter Lang", "Peter Lang"]),
])
def test_a_one_word_surname_named_before_still_speaks(run, text, expected):  # look-alikes
    # the surname's full name stands earlier in the text: it is no adverb
    assert _speakers(run(text, "2024-05-08", "de")) == expected


# --- a fronted participle: the subject after the auxiliary, a row of titled persons --------

def test_a_fronted_participle_and_a_row_of_titled_speakers(run):
    out = run("Zuvor schon ihren Rückzug angekündigt hatten die Umweltministerin Anna Reuter, der "
              "Verkehrsminister Tom Selig und der Agrarminister Jonas Berger.", "2024-05-08", "de")
    assert sorted(_statements(out)) == [("Anna Reuter", "ihren Rückzug"), ("Jonas Berger", "ihren Rückzug"),
                                        ("Tom Selig", "ihren Rückzug")]


def test_a_fronted_participle_with_one_speaker(run):
    out = run("Schon seinen Rückzug angekündigt hat der Verkehrsminister Tom Selig.", "2024-05-08", "de")
    assert _statements(out) == [("Tom Selig", "seinen Rückzug")]


@pytest.mark.parametrize("text", [
    "Schon unterschrieben hatten die Umweltministerin Anna Reuter und der Agrarminister Jonas Berger.",
    "Zuvor schon ihren Rückzug angekündigt hatten die Umweltministerin und der Agrarminister.",
    "Gelobt hat den Plan die Zeitung.",
    "Verhaftet wurde der frühere Justizminister Jonas Berger.",
])
def test_look_alikes_of_a_fronted_participle_stay_quiet(run, text):  # look-alikes
    # signing (no words), nobody named, a medium, an arrest
    assert _speakers(run(text, "2024-05-08", "de")) == []
