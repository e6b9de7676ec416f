"""German statements, round 15 (helper): classes of reported speech that goes on over
sentences, and of speakers, found on the real-news train split. Every sentence here is our
own, with invented names (or, marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT = "Die Regierung beriet am Montag über die Krise. "


def run_de(run, text: str) -> list[tuple[str, str]]:
    return statements(run(CONTEXT + text, "2024-05-08", "de"))


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


def test_continuation_of_a_joint_statement_has_each_speaker(run):
    out = run_de(run, "Frankreich und Spanien erklärten, das Gesetz sei rechtswidrig. "
                      "Außerdem verletze es die Rechte der Bürger.")
    assert sorted(s for s, q in out if q.startswith("Außerdem")) == ["Frankreich", "Spanien"]


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


def test_hiess_es_without_a_source_goes_on_with_the_speaker_before(run):
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. "
                      "Der Minister soll am Freitag die Einladung annehmen. "
                      "Nach dem Essen werden die beiden Minister zu einer Sitzung zusammenkommen, hieß es. "
                      "„Er werde mit einigen Beratern“ nach Paris reisen, hieß es weiter.")
    assert ("Außenministerium", "Nach dem Essen werden die beiden Minister zu einer Sitzung zusammenkommen") in out
    assert sum(1 for s, _ in out if s == "Außenministerium") == 3


def test_the_subject_of_hearsay_with_a_quoted_phrase_does_not_speak(run):
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. "
                      "„Als ersten Termin der Reise“ soll der Außenminister Tomas Berg die Einladung annehmen.")
    assert "Tomas Berg" not in [s for s, _ in out]


def test_hiess_es_far_from_any_statement_has_no_speaker(run):
    # look-alike: no statement in the sentences before in the paragraph
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. Die Stadt bereitet sich vor. "
                      "Die Straßen werden gesperrt. Die Schulen bleiben geschlossen. "
                      "Nach dem Essen werden die Minister zusammenkommen, hieß es.")
    assert [s for s, _ in out] == ["Außenministerium"]


def test_a_sentence_ending_in_the_speakers_quotation_goes_on(run):
    out = run_de(run, "Der Minister Tomas Berg sagte, die Lage sei ernst. "
                      "Die Dörfer im Norden „haben seit Wochen kein sauberes Wasser mehr.“")
    assert [s for s, _ in out] == ["Tomas Berg", "Tomas Berg"]


@pytest.mark.parametrize("text", [
    # look-alikes: a name in marks; words of a document the reporter names
    "Der Minister Tomas Berg sagte, die Lage sei ernst. Am Montag begann der „Große Energiegipfel in Wien 2024“.",
    "Der Minister Tomas Berg sagte, die Lage sei ernst. Der Rat billigte den Text, welcher besagt, dass die "
    "„Staaten, die dem Rat angehören, die Regeln befolgen müssen.“",
])
def test_quotations_that_are_no_continuation(run, text):
    assert [s for s, _ in run_de(run, text)] == ["Tomas Berg"]


def test_a_genitive_in_a_fronted_phrase_does_not_speak(run):
    # "zu Webers Plänen" qualifies the plans; the spokeswoman after the verb speaks
    out = run_de(run, "Die Präsidentin Anna Weber reiste am Dienstag ab. "
                      "Die Frage nach mehr Details zu Webers Plänen beantwortete die Sprecherin des "
                      "Sicherheitsrates, Karla Lind, so: Die Präsidentin „prüft eine Reihe von Möglichkeiten“.")
    assert [s for s, _ in out] == ["Karla Lind"]


def test_a_passive_demand_in_the_statement_before_is_its_speakers(run):
    out = run_de(run, "Diese Haltung vertritt auch das Außenministerium in einer Presseerklärung: "
                      "„Wahlen unter Aufsicht des Diktators sind nicht frei. Wir haben das oft gesagt.“ "
                      "Außerdem wird darin die rasche Rückkehr von 40 Diplomaten gefordert.")
    assert [s for s, _ in out] == ["Außenministerium", "Außenministerium"]
    assert out[-1][1].startswith("die rasche Rückkehr")


def test_a_passive_demand_after_narration_has_no_speaker(run):
    # look-alike: the sentence before is no statement
    out = run_de(run, "Das Außenministerium legte am Dienstag einen Bericht vor. "
                      "Außerdem wird darin die rasche Rückkehr der Diplomaten gefordert.")
    assert out == []


def test_an_unnamed_minister_speaks_for_the_government_named(run):
    out = statements(run("Die moldauische Regierung beriet am Montag über die neue Hauptstadt. "
                         "Ein Minister sagte, die neue Stadt werde als „Gartenstadt“ geplant.", "2024-05-08", "de"))
    assert [s for s, _ in out] == ["moldauische Regierung"]


def test_an_unnamed_minister_without_a_government_of_a_state_is_nobody(run):
    # look-alike: "die Regierung" of no state is no actor to speak for
    assert run_de(run, "Ein Minister sagte, die Lage sei ernst.") == []


def test_reported_speech_before_its_attribution_is_the_speakers(run):
    out = run_de(run, "Die Finanzminister der G7 beschlossen heute einen Erlass der Schulden. "
                      "Später kämen noch rund fünfzehn andere Staaten hinzu. "
                      "Daran seien allerdings Bedingungen geknüpft. "
                      "Dabei gehe es um insgesamt 40 Milliarden Euro, wie der Finanzminister Tomas Berg sagte.")
    assert [s for s, _ in out] == ["Tomas Berg"] * 3


def test_reported_speech_with_its_own_verb_of_saying_stays_apart(run):
    # look-alike: the sentence before has a verb of saying whose speaker is no actor
    out = run_de(run, "Die Lage im Land sei ernst, warnten Beobachter. "
                      "Dabei gehe es um insgesamt 40 Milliarden Euro, sagte der Finanzminister Tomas Berg.")
    assert [s for s, _ in out] == ["Tomas Berg"]


def test_words_pointed_back_to_by_das_sagt_are_the_speakers(run):
    out = statements(run("Die Regierung beriet am Montag über die Krise.\n\nDie Reform der Bahn ist verschoben worden. "
                         "In manchen Ländern gibt es noch immer Zweifel. "
                         "Das sagt Tomas Berg, der Verkehrsminister Österreichs.", "2024-05-08", "de"))
    assert out == [("Tomas Berg", "Die Reform der Bahn ist verschoben worden"),
                   ("Tomas Berg", "In manchen Ländern gibt es noch immer Zweifel")]


def test_a_confirmation_pointing_back_stays_the_statement(run):
    # look-alike: "Das bestätigte X" confirms a fact told before; the confirmation is the statement
    out = statements(run("Die Regierung beriet am Montag über die Krise.\n\nDie Reform der Bahn ist verschoben worden. "
                         "Das bestätigte der Verkehrsminister Tomas Berg am Dienstag.", "2024-05-08", "de"))
    assert [s for s, _ in out] == ["Tomas Berg"]
