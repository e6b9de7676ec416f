"""Statements: reported speech that goes on over the next sentences (German subjunctive,
quotations of their own) and what stops it (narration, another source). Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import _speakers, quotes, run_de, speakers, statements


SAID = "Der Lärm sei zu groß, erklärte die Bürgermeisterin Ida Sand am Montag. "


@pytest.mark.parametrize("following", [
    "Demnach erwarte die Stadt eine schnelle Antwort.",  # stem in -t: "erwarten"
    "Das beinhalte auch eine neue Landebahn.",
    "Die Gemeinde fürchte weitere Klagen.",
])
def test_reported_speech_goes_on_in_the_subjunctive_of_a_verb_whose_stem_ends_in_t(run, following):
    out = run(SAID + following, "2024-05-08", "de")
    assert speakers(out) == ["Ida Sand", "Ida Sand"]


@pytest.mark.parametrize("following", [
    "Die Behörde meldete am Dienstag neue Messwerte.",  # weak past: "melden"
    "Die Opposition forderte Neuwahlen.",  # "fordern"
    "Die Gemeinde hatte bereits geklagt.",  # mixed verb
])
def test_guard_a_past_tense_in_te_is_narration(run, following):
    assert speakers(run(SAID + following, "2024-05-08", "de")) == ["Ida Sand"]


@pytest.mark.parametrize("text,speaker,quote", [
    ("Außenminister Marek Nowak gab sich zuversichtlich: Ein Abkommen sei in Reichweite.",
     "Marek Nowak", "Ein Abkommen sei in Reichweite"),
    ("Die Ministerin Eva Roth zeigte sich enttäuscht: Die Gespräche hätten nichts gebracht.",
     "Eva Roth", "Die Gespräche hätten nichts gebracht"),
    ("Präsident Luis Ortega blieb hart: Über die Grenze werde nicht verhandelt.",
     "Luis Ortega", "Über die Grenze werde nicht verhandelt"),
])
def test_reported_speech_in_the_subjunctive_after_a_colon_needs_no_quotation_marks(run, text, speaker, quote):
    out = run(text, "2024-05-08", "de")
    assert speakers(out) == [speaker]
    assert quotes(out) == [quote]


@pytest.mark.parametrize("text, expected", [
    ("Amnesty International forderte die Ablehnung des Gesetzes. Es bedeute eine höhere Miete.",
     [("Amnesty International", "die Ablehnung des Gesetzes"), ("Amnesty International", "Es bedeute eine höhere Miete")]),
    ("Die AWO kritisierte den Plan. Der Plan schade der Umwelt.",
     [("AWO", "den Plan"), ("AWO", "Der Plan schade der Umwelt")]),
    # a joint statement goes on for each of its speakers
    ("Der DGB sowie Amnesty International rufen zur Ablehnung des Gesetzes auf. Diese Reform bedeute eine "
     "höhere Miete. Diese würden viele Familien belasten.",
     [("DGB", "zur Ablehnung des Gesetzes"), ("Amnesty International", "zur Ablehnung des Gesetzes"),
      ("DGB", "Diese Reform bedeute eine höhere Miete"), ("Amnesty International", "Diese Reform bedeute eine höhere Miete"),
      ("DGB", "Diese würden viele Familien belasten"), ("Amnesty International", "Diese würden viele Familien belasten")]),
    # look-alike: an adjective after a copula is no verb ("Der Fall ist der jüngste …")
    ("Die AWO kritisierte den Plan. Der Fall ist der jüngste einer langen Reihe.",
     [("AWO", "den Plan")]),
])
def test_a_subjunctive_the_tagger_takes_for_an_adverb_goes_on(run, text, expected):
    # "bedeute", "schade": Konjunktiv I tagged as an adverb or adjective, the root of its sentence
    assert statements(run(text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, words", [
    # the verb after an opening adverb, tagged an adjective
    ("Der Minister Tomas Berg erklärte, das Gesetz sei rechtswidrig. Außerdem verletze es die Rechte der Bürger.",
     "Außerdem verletze es die Rechte der Bürger"),
    ("Der Minister Tomas Berg erklärte, das Gesetz sei rechtswidrig. Zudem schade es der Wirtschaft.",
     "Zudem schade es der Wirtschaft"),
])
def test_continuation_opened_by_an_adverb(run, text, words):
    assert ("Tomas Berg", words) in run_de(run, text)


def test_past_after_an_adverb_is_no_continuation(run):
    # look-alike: a past in -te after an opening adverb is the reporter's narration
    out = run_de(run, "Der Minister Tomas Berg erklärte, das Gesetz sei rechtswidrig. Danach meldete sich die Opposition.")
    assert [s for s, _ in out] == ["Tomas Berg"]


def test_second_subjunctive_after_a_relative_clause_goes_on(run):
    # "müssten" read as indicative by the morphologizer, its main clause after a relative one
    out = run_de(run, "Der Präsident Moldawiens, Petru Vlad, forderte von Rumänien die Rückgabe der Inseln. "
                      "Und auch die Hauptstadt, deren Vororte am Fluss liegen, die aber von Rumänien "
                      "beansprucht wird, müssten letztendlich seinem Volk übergeben werden.")
    assert [s for s, _ in out] == ["Petru Vlad", "Petru Vlad"]


def test_reported_speech_goes_on_past_a_hearsay_sentence(run):
    out = run_de(run, "Der Minister Tomas Berg sagte, die Exporte seien schon vor Monaten genehmigt worden. "
                      "Ein solches Verfahren soll allerdings selten bleiben. Auch frühere Regierungen hätten so gehandelt.")
    assert ("Tomas Berg", "Auch frühere Regierungen hätten so gehandelt") in out
    assert len(out) == 2  # the hearsay sentence is no statement of its own


def test_narration_between_stops_the_reported_speech(run):
    # look-alike: a sentence of narration in the indicative, not the modal of hearsay
    out = run_de(run, "Der Minister Tomas Berg sagte, die Exporte seien schon vor Monaten genehmigt worden. "
                      "Das Verfahren blieb umstritten. Auch frühere Regierungen hätten so gehandelt.")
    assert len(out) == 1


def test_a_relative_clause_after_a_preposition_is_no_reported_speech(run):
    # look-alike: "auf die Polizei … hätten," is a relative clause (the verb ends it), though
    # the tagger reads "die" as an article
    out = run_de(run, "Der Verbandschef Karl Brenner sagte am Montag im Radio, die Lage sei ernst. "
                      "Die Forderung nach einer neuen Datei, auf die Polizei und Zoll gemeinsamen Zugriff "
                      "hätten, wurde im Landtag abgelehnt.")
    assert out == [("Karl Brenner", "die Lage sei ernst")]


def test_reported_speech_goes_on_after_narration_in_the_indicative(run):
    # class "reported speech after narration": the first subjunctive two sentences later
    out = run_de(run, "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
                      "In vier Bezirken gab es Fehler bei der Zählung. "
                      "Ein Betrug sei für die Aufhebung der Wahl nicht erforderlich.")
    assert out == [("Anton Falk", "dass die Fristen nicht eingehalten wurden"),
                   ("Anton Falk", "Ein Betrug sei für die Aufhebung der Wahl nicht erforderlich")]


@pytest.mark.parametrize("text", [
    # look-alikes: the second subjunctive; another actor named first in the narration; an
    # indicative verb before the subjunctive
    "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
    "In vier Bezirken gab es Fehler bei der Zählung. Ein Betrug würde die Wahl verfälschen.",
    "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
    "Das Innenministerium wies dies ab. Ein Betrug sei für die Aufhebung der Wahl nicht erforderlich.",
    "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
    "In vier Bezirken gab es Fehler bei der Zählung. Später hieß es dann, ein Betrug sei nicht erwiesen.",
    # another person named after the verb between; a pointer to a source named between
    "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
    "Eine ähnliche Ansicht vertrat der Abgeordnete Moritz Hahn. Ein Betrug sei nicht erforderlich.",
    "Der Richter Anton Falk führte aus, dass die Fristen nicht eingehalten wurden. "
    "Danach ging es um eine Studie zur Wahl. Demnach sei ein Betrug selten.",
])
def test_narration_that_closes_the_reported_speech(run, text):
    assert [s for s, _ in run_de(run, text)][:1] == ["Anton Falk"]
    assert all(not q.startswith(("Ein Betrug", "Später", "Demnach")) for s, q in run_de(run, text) if s == "Anton Falk")


@pytest.mark.parametrize("text", [
    # look-alikes: a name in marks; words of a document the reporter names
    "Der Minister Tomas Berg sagte, die Lage sei ernst. Am Montag begann der „Große Energiegipfel in Wien 2024“.",
    "Der Minister Tomas Berg sagte, die Lage sei ernst. Der Rat billigte den Text, welcher besagt, dass die "
    "„Staaten, die dem Rat angehören, die Regeln befolgen müssen.“",
])
def test_quotations_that_are_no_continuation(run, text):
    assert [s for s, _ in run_de(run, text)] == ["Tomas Berg"]


def test_reported_speech_with_its_own_verb_of_saying_stays_apart(run):
    # look-alike: the sentence before has a verb of saying whose speaker is no actor
    out = run_de(run, "Die Lage im Land sei ernst, warnten Beobachter. "
                      "Dabei gehe es um insgesamt 40 Milliarden Euro, sagte der Finanzminister Tomas Berg.")
    assert [s for s, _ in out] == ["Tomas Berg"]


def test_a_confirmation_pointing_back_stays_the_statement(run):
    # look-alike: "Das bestätigte X" confirms a fact told before; the confirmation is the statement
    out = statements(run("Die Regierung beriet am Montag über die Krise.\n\nDie Reform der Bahn ist verschoben worden. "
                         "Das bestätigte der Verkehrsminister Tomas Berg am Dienstag.", "2024-05-08", "de"))
    assert [s for s, _ in out] == ["Tomas Berg"]


# --- a sentence that names its own source ends the reported speech ------------------------
def test_reported_speech_stops_at_a_sentence_with_its_own_source(run):
    out = run_de(run, "Nach Angaben des Ministers Karel Dvorak starben 12 Menschen. "
                      "Wie Augenzeugen berichteten, gebe es kein Trinkwasser mehr. Außerdem stünden die Straßen unter Wasser.")
    assert [s for s, _ in out] == ["Karel Dvorak"]


def test_so_with_an_adverb_of_continuing(run):
    # "…, so X weiter": the adverb closes the source
    out = run("Es gebe keinen anderen Weg als Gespräche, so Außenministerin Ilka Born weiter.", "2024-05-08", "de")
    assert _speakers(out) == ["Ilka Born"]


def test_a_subjunctive_in_a_subordinate_clause_continues_no_statement(run):
    out = run("Kanzler Tom Berg sagte, die Lage sei ernst. Später wurde im Netz darüber gestritten, ob es "
              "sich um einen Scherz gehandelt habe. Fachleute nahmen einen Defekt an, der sich über Jahre entwickelt habe.",
              "2025-06-10", "de")
    assert speakers(out) == ["Tom Berg"]
    out = run("Kanzler Tom Berg sagte, die Lage sei ernst. Zwar sei der Streit beigelegt, doch manches "
              "liege im Dunkeln.", "2025-06-10", "de")
    assert speakers(out) == ["Tom Berg", "Tom Berg"]


def test_a_subjunctive_after_a_fronted_subordinate_clause_goes_on(run):
    out = run("Der Parteichef Jan Ott erklärte, dass seine Fraktion gegen das Gesetz stimmen werde. "
              "Weil die Kommunen, die das Geld verwalten, schon jetzt zu wenig Personal hätten, solle man "
              "die Reform verschieben.", "2025-06-10", "de")
    assert speakers(out) == ["Jan Ott", "Jan Ott"]


def test_german_reported_speech_goes_on_in_any_subjunctive(run):
    # "verstoße" and "würden" are in no word list: the verb's form and mood say it
    out = run("Die Kommissarin Lena Hofer sagte am Montag, das Verfahren sei unfair. Das lange Festhalten "
              "der Gefangenen verstoße gegen das Völkerrecht. Die Spielräume würden nicht genutzt. "
              "Der Bericht erschien am Dienstag.", "2024-05-08", "de")
    assert speakers(out) == ["Lena Hofer"] * 3


def test_german_reported_speech_goes_on_after_an_attribution_and_a_verb_taken_for_an_auxiliary(run):
    # the tagger reads "gefährde" in a long subject as an auxiliary in the past: its form in
    # -e still marks reported speech; "wurde" is the past and goes on with nobody
    out = run("Die Lieferungen seien laut Ministerin Clara Vos schon lange beantragt. Jedes weitere Zögern "
              "der Abgeordneten des Parlaments gefährde die Sicherheit der Partner im Osten. "
              "Das Gesetz wurde im Jahr 2010 beschlossen.", "2024-05-08", "de")
    assert speakers(out) == ["Clara Vos"] * 2


def test_an_assumption_put_into_words_goes_on_in_the_subjunctive(run):
    out = run("Ministerin Eva Lind geht davon aus, dass die Zölle steigen. Im Falle eines Handelskriegs "
              "verliere jeder.", "2024-03-14", "de")
    assert speakers(out) == ["Eva Lind", "Eva Lind"]


def test_a_quotation_of_its_own_continues_across_one_sentence_of_narration(run):
    text = ("Ministerin Eva Lind verlangte am Montag neue Verhandlungen. Sie wandte sich direkt an die Opposition. "
            "„Wir brauchen eine Lösung vor dem Winter.“")
    assert speakers(run(text, "2024-03-14", "de")) == ["Eva Lind", "Eva Lind"]
    # not across two sentences, nor a sentence in the subjunctive
    text = ("Ministerin Eva Lind verlangte am Montag neue Verhandlungen. Die Opposition tagte. Der Saal war voll. "
            "„Wir brauchen eine Lösung vor dem Winter.“")
    assert speakers(run(text, "2024-03-14", "de")) == ["Eva Lind"]


def test_german_reported_speech_goes_on_about_another_person_in_the_subjunctive(run):
    # "Y werde … bleiben": Y is what the speaker before talks about; an indicative view of Y's
    # own ("Y ist der Auffassung, dass …") stays Y's
    out = run("Der Kandidat Jonas Holt kritisierte die Äußerungen am Montag. Pauli werde Botschafter in Rom "
              "bleiben, falls er Kanzler werde. Die Kommissarin Marta Weiss ist dagegen der Auffassung, dass es "
              "nicht dem Recht entspreche.", "2019-07-10", "de")
    assert speakers(out) == ["Jonas Holt", "Jonas Holt", "Marta Weiss"]
