"""German statements, round 17 (helper): classes of phrasing the blind split dev2 showed,
each with a short invented sentence that the rules before this round got wrong (or, marked
as such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import actor_names, statements

CONTEXT = "Die Regierung beriet am Montag über die Krise. "


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben der von Kanada angeführten Militärkoalition wurde ein Depot angegriffen. "
     "Der Angriff habe einem Lager gegolten.",
     [("Militärkoalition", "wurde ein Depot angegriffen"), ("Militärkoalition", "Der Angriff habe einem Lager gegolten")]),
    # already right before (a guard): the noun's own mention speaks
    ("Die von Kanada angeführte Allianz erklärte, der Angriff sei legal gewesen.",
     [("Allianz", "der Angriff sei legal gewesen")]),
    # the person inside the attribute is no speaker; the government, which the actors do not
    # take here, is none either
    ("Die vom Premier Otto Brandl geführte Regierung erklärte, sie werde nicht nachgeben.", []),
    # look-alikes: a noun that names no body, and an attribute inside the genitive of the
    # real subject ("the staff of the centre led by X"), give no speaker
    ("Nach Angaben der von Kanada gestützten Rebellen wurde ein Depot angegriffen.", []),
    ("Mitarbeiter des von Tamar Olsen geleiteten Zentrums betonten, die Absage habe keinen Grund.", []),
])
def test_a_participial_attribute_only_qualifies_the_source(run, text, expected):
    # "der von X angeführten Koalition": X is inside the attribute; the coalition speaks
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_the_noun_of_a_participial_attribute_becomes_the_body(run):
    out = run(CONTEXT + "Nach Angaben der von Kanada angeführten Militärkoalition wurde ein Depot angegriffen.",
              "2024-05-08", "de")
    assert "Militärkoalition" in actor_names(out)


@pytest.mark.parametrize("text, expected", [
    ("Auch das Umweltministerium wandte sich gegen den Plan. Eine Sprecherin verwies auf die hohen Kosten. "
     "Es gebe keine Alternative.",
     [("Umweltministerium", "gegen den Plan"), ("Umweltministerium", "auf die hohen Kosten"),
      ("Umweltministerium", "Es gebe keine Alternative")]),
    ("Das Umweltministerium prüft den Fall. Ein Sprecher sagte, man werde bald entscheiden.",
     [("Umweltministerium", "man werde bald entscheiden")]),
    # look-alike: the sentence before names a person, no body: nobody to speak for
    ("Otto Brandl kritisierte den Plan. Ein Sprecher sagte, man werde bald entscheiden.",
     [("Otto Brandl", "den Plan")]),
])
def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_sentence_before(run, text, expected):
    assert statements(run(text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Frankreich und die Afrikanische Union befürchten aber, dass Russland die Gespräche verzögern könnte.",
     [("Frankreich", "dass Russland die Gespräche verzögern könnte"),
      ("Afrikanische Union", "dass Russland die Gespräche verzögern könnte")]),
    ("Bundeskanzlerin Jana Meier (SPD) und Bundesaußenminister Otto Brandl (Grüne) erklärten, die Lage sei ernst.",
     [("Jana Meier", "die Lage sei ernst"), ("Otto Brandl", "die Lage sei ernst")]),
])
def test_joint_speakers_of_mixed_kinds_and_with_parties_in_brackets(run, text, expected):
    # a state and a body in one row speak together; "X (SPD) und Minister Y (Grüne)": both
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Nationale Volkspartei kritisierte am Montag den Plan. Ein Volkspartei-Sprecher sagte, der Plan sei zu teuer.",
     [("Nationale Volkspartei", "den Plan"), ("Nationale Volkspartei", "der Plan sei zu teuer")]),
    # look-alike: two bodies of that name were named before; the spokesperson is no one's
    ("Die Nationale Volkspartei kritisierte am Montag den Plan. Auch die Liberale Volkspartei lehnte ihn ab. "
     "Ein Volkspartei-Sprecher sagte, der Plan sei zu teuer.",
     [("Nationale Volkspartei", "den Plan"), ("Liberale Volkspartei", "ihn")]),
])
def test_a_spokesperson_named_by_a_compound_with_a_word_of_the_body(run, text, expected):
    # "Ein X-Sprecher sagte": the one body named before whose name holds X
    assert statements(run(text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben des britischen Außenministeriums hat Kanada zugesichert, dass die Lieferung nicht nach Chile gehe.",
     [("britisches Außenministerium", "hat Kanada zugesichert, dass die Lieferung nicht nach Chile gehe"),
      ("Kanada", "dass die Lieferung nicht nach Chile gehe")]),
])
def test_a_source_that_reports_another_speakers_words_speaks_too(run, text, expected):
    # "Nach Angaben X hat Y zugesichert, dass …": X reports, Y assured: two statements
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Im April hatte die Regierung von Kanada die Miliz zu einer Terrororganisation erklärt.", []),
    # guard: "erklärte zu einem Bericht, …" reports words
    ("Ministerin Jana Meier erklärte zu einem Bericht der Zeitung, sie habe nichts gewusst.",
     [("Jana Meier", "sie habe nichts gewusst")]),
])
def test_declaring_something_to_be_a_thing_is_an_act(run, text, expected):
    # "erklärte X zu einer Terrororganisation": a status given, as "zur Sperrzone erklärt"
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kommissarin Jana Meier zeigte sich zufrieden. Sie sprach davon, dass die Union jetzt die nötigen Mittel erhalte.",
     [("Jana Meier", "dass die Union jetzt die nötigen Mittel erhalte")]),
    ("Dafür hatten die Vereinigten Staaten Kanada verantwortlich gemacht.",
     [("Vereinigte Staaten", "Dafür hatten die Vereinigten Staaten Kanada verantwortlich gemacht")]),
    # guard: the passive without an agent names no one who blamed
    ("Der Minister wurde für den Fehler verantwortlich gemacht.", []),
])
def test_speaking_of_and_blaming_in_their_other_forms(run, text, expected):
    # "sprach davon, dass …" as "sprach von …"; the participle after its word ("verantwortlich
    # gemacht") as "machte … verantwortlich"
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_a_subject_after_a_date_behind_a_fronted_object(run):
    # "Diesen Termin gab am Dienstag der Ministerpräsident X bekannt": the date after the
    # verb does not hide the subject that follows it
    out = run("Die Stadt lud zur Feier. Diesen Termin gab am Dienstag der bayerische Ministerpräsident Otto Brandl "
              "bekannt.", "2024-05-08", "de")
    assert [s for s, _ in statements(out)] == ["Otto Brandl"]


def test_a_genitive_of_a_noun_after_the_verb_does_not_speak(run):
    # "Die Regelung ergänzt die Befugnisse der Kommissarin": "ergänzt" has an unnamed
    # subject before it; the commissioner is spoken of, in the genitive of its object
    out = run("Kommissarin Jana Meier begrüßte den Beschluss. Diese Regelung ergänzt die bisherigen Befugnisse der "
              "Kommissarin, welche Zölle und Quoten umfassen.", "2024-05-08", "de")
    assert statements(out) == [("Jana Meier", "den Beschluss")]
