"""German statements: the source named by an attribution (laut, nach Angaben, so, hieß es, aus
Sicht von, attribution nouns) and look-alikes that name none. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_speakers, actor_names, CONTEXT, CONTEXT_DE, run_de, speakers, statements,
                      VISIT)


def test_angaben_without_nach_names_no_source_and_the_passive_agent_speaks(run):
    out = run("Angaben darüber, dass ein deutscher Diplomat die Flucht organisiert hätte, wurden "
              "vom Auswärtigen Amt in Berlin dementiert.", "2024-05-08", "de")
    assert speakers(out) == ["Auswärtiges Amt"]


def test_a_regional_newspaper_as_source_is_no_speaker(run):
    out = run("Der Hafen sei nach Angaben des Hamburger Abendblatts im Sommer stark ausgelastet gewesen.",
              "2024-05-08", "de")
    assert not speakers(out)
    assert not any("Abendblatt" in n for n in actor_names(out))


@pytest.mark.parametrize("text,speaker", [
    ("Nach jüngsten Angaben des Gesundheitsministers der Malediven, Ahmed Nasir, kamen mindestens "
     "43 Menschen um.", "Ahmed Nasir"),
    ("Nach Angaben des Innenministers der Ukraine kamen 40 Menschen um.", "Ukraine"),
])
def test_a_source_named_after_the_state_of_its_role(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_a_capital_as_the_source_of_an_impersonal_report_is_its_state(run):
    out = run("Die Fähre darf auslaufen. Das müsse Madrid beachten, hieß es aus Paris.", "2024-05-08", "de")
    assert speakers(out) == ["Frankreich"]


@pytest.mark.parametrize("text,speaker", [
    ("Nach norwegischen Angaben wurden am Montag zwei Boote gestoppt.", "Norwegen"),
    ("Nach polnischer Ansicht verstößt der Plan gegen den Vertrag.", "Polen"),
])
def test_a_state_adjective_before_an_attribution_noun_names_the_source(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_a_possessive_source_after_the_subject_is_the_subjects(run):
    out = run(VISIT + "Die Regierung rechnet nach ihren Angaben mit weiteren Flüchtlingen.", "2024-05-08", "de")
    assert speakers(out) == ["Regierung"]


def test_guard_a_possessive_before_words_without_a_preposition_names_no_source(run):
    out = run(VISIT + "Ihre Angaben wurden von der Polizei geprüft.", "2024-05-08", "de")
    assert speakers(out) == []


@pytest.mark.parametrize("text, expected", [
    ("Nach Aussage von Petra Lindner, der Sprecherin der Grünen-Fraktion, habe ihre Partei mit dem Vorgang "
     "nichts zu tun.", [("Petra Lindner", "habe ihre Partei mit dem Vorgang nichts zu tun")]),
    ("Nach Darstellung des Innenministeriums seien alle Flüchtlinge versorgt worden.",
     [("Innenministerium", "seien alle Flüchtlinge versorgt worden")]),
    ("Nach Worten von Außenminister Karl Brandt ist der Streit beigelegt.",
     [("Karl Brandt", "ist der Streit beigelegt")]),
    ("Nach Einschätzung der Regierung in Wien wird sich die Lage bessern.",
     [("Regierung", "wird sich die Lage bessern")]),
])
def test_german_attribution_nouns_name_their_source(run, text, expected):
    # "nach Aussage/Darstellung/Worten/Einschätzung von X" attributes like "nach Angaben":
    # the source speaks, and the words are the sentence without the source's phrase (its
    # apposition and its place included)
    assert statements(run(CONTEXT_DE + text, "2024-05-08", "de")) == expected


def test_a_website_is_no_source(run):
    # "nach Angaben der Website „X“": a medium, like a newspaper or an agency
    out = run(CONTEXT_DE + "Besitzer des Tankers ist nach Angaben der Website „Ship Tracker“ eine Firma aus Zypern.",
              "2024-05-08", "de")
    assert statements(out) == []
    assert "Ship Tracker" not in [a["name"] for a in out["actors"]]


@pytest.mark.parametrize("text, expected", [
    ("Die Verhandlungen seien gescheitert, so die Sprecherin des Umweltministeriums, Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so Umweltministerin Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so der Sprecher des Umweltministeriums.",
     [("Umweltministerium", "Die Verhandlungen seien gescheitert")]),
])
def test_so_names_the_person_in_apposition_to_a_role(run, text, expected):
    # "…, so die Sprecherin des X, Name.": the person named after the role's phrase speaks,
    # not the body in the genitive; without a name the body speaks (an unnamed spokesperson)
    assert statements(run(CONTEXT_DE + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nach Meinung der Bundesregierung ist der Vertrag gültig.", [("Bundesregierung", "ist der Vertrag gültig")]),
    ("Nach Ansicht Frankreichs ist der Vertrag gültig.", [("Frankreich", "ist der Vertrag gültig")]),
    ("Gleiches gelte nach Meinung Frankreichs auch für die Schiffe.",
     [("Frankreich", "Gleiches gelte auch für die Schiffe")]),
    # look-alike: an opinion named without "nach" is no attribution
    ("Die Meinung der Bundesregierung ist bekannt.", []),
])
def test_by_the_opinion_of_and_a_source_in_the_genitive(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_hiess_es_without_a_source_goes_on_with_the_speaker_before(run):
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. "
                      "Der Minister soll am Freitag die Einladung annehmen. "
                      "Nach dem Essen werden die beiden Minister zu einer Sitzung zusammenkommen, hieß es. "
                      "„Er werde mit einigen Beratern“ nach Paris reisen, hieß es weiter.")
    assert ("Außenministerium", "Nach dem Essen werden die beiden Minister zu einer Sitzung zusammenkommen") in out
    assert sum(1 for s, _ in out if s == "Außenministerium") == 3


def test_hiess_es_far_from_any_statement_has_no_speaker(run):
    # look-alike: no statement in the sentences before in the paragraph
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. Die Stadt bereitet sich vor. "
                      "Die Straßen werden gesperrt. Die Schulen bleiben geschlossen. "
                      "Nach dem Essen werden die Minister zusammenkommen, hieß es.")
    assert [s for s, _ in out] == ["Außenministerium"]


def test_reported_speech_before_its_attribution_is_the_speakers(run):
    out = run_de(run, "Die Finanzminister der G7 beschlossen heute einen Erlass der Schulden. "
                      "Später kämen noch rund fünfzehn andere Staaten hinzu. "
                      "Daran seien allerdings Bedingungen geknüpft. "
                      "Dabei gehe es um insgesamt 40 Milliarden Euro, wie der Finanzminister Tomas Berg sagte.")
    assert [s for s, _ in out] == ["Tomas Berg"] * 3


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


def test_so_before_an_example_is_no_source(run):
    # look-alike: "so etwa X" names one of many, not the source of the words before it
    out = run_de(run, "Viele Bürgermeister waren gekommen, so etwa Mira Holm, die Bürgermeisterin von Neustadt.")
    assert out == []


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


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben des britischen Außenministeriums hat Kanada zugesichert, dass die Lieferung nicht nach Chile gehe.",
     [("britisches Außenministerium", "hat Kanada zugesichert, dass die Lieferung nicht nach Chile gehe"),
      ("Kanada", "dass die Lieferung nicht nach Chile gehe")]),
])
def test_a_source_that_reports_another_speakers_words_speaks_too(run, text, expected):
    # "Nach Angaben X hat Y zugesichert, dass …": X reports, Y assured: two statements
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


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


@pytest.mark.parametrize("text, speaker", [
    ("Aus dem Auswärtigen Amt hieß es, man beobachte die Lage genau.", "Auswärtiges Amt"),
    ("Vom Kreml hieß es, man sei zu weiteren Gesprächen bereit.", "Kreml"),
])
def test_a_fronted_source_of_hiess_es(run, text, speaker):
    # the source opens the sentence, "hieß es" follows it
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Aus Regierungskreisen hieß es, eine Entscheidung sei noch nicht gefallen.",
    "Von einer Einigung hieß es am Abend nichts.",
])
def test_hiess_es_with_no_public_source_stays_quiet(run, text):  # look-alikes
    assert _speakers(run(text, "2024-05-08", "de")) == []


@pytest.mark.parametrize("text, speaker", [
    ("Aus Sicht der Bundesregierung verstößt das Gesetz gegen europäisches Recht.", "Bundesregierung"),
    ("Aus Sicht von Bundeskanzlerin Maren Falk ist der Vertrag ein Fortschritt.", "Maren Falk"),
])
def test_aus_sicht_von_names_the_source(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_a_ministry_keeps_its_state_adjective_and_speaks_through_hiess_es_aus(run):
    out = run("Das chilenische Außenministerium teilte mit, man nehme die Sorgen ernst. Die Atmosphäre "
              "sei offen gewesen, hieß es aus dem griechischen Außenministerium.", "2021-03-16", "de")
    assert speakers(out) == ["chilenisches Außenministerium", "griechisches Außenministerium"]
    countries = {a["name"]: a["country"] for a in out["actors"]}
    assert countries["griechisches Außenministerium"] == "GR"


def test_german_speaking_for_a_cause_letting_it_be_known_and_according_to_someones_view(run):
    out = run("Die Botschafterin Anna Lind hat sich für eine friedliche Lösung ausgesprochen. Das war ein "
              "ausgesprochen guter Plan. Die Zahl der Verletzten wird nach Ansicht von Gesundheitsminister Paul Weber "
              "weiter steigen. Nach russischer Ansicht macht die Regel das Land attraktiver. Gemäß Weber sei die Lage "
              "ernst. Der Gouverneur Tom Reyes hat verlauten lassen, es sei gut.", "2024-05-08", "de")
    # "nach russischer Ansicht": the state of the adjective is the source (round 12)
    assert speakers(out) == ["Anna Lind", "Paul Weber", "Russland", "Paul Weber", "Tom Reyes"]


def test_hiess_es_with_adverbs_before_the_source(run):
    out = run("Der Minister werde im Mai nach Rom reisen, hieß es am Abend weiter aus dem Auswärtigen Amt.",
              "2024-03-14", "de")
    assert speakers(out) == ["Auswärtiges Amt"]


def test_laut_with_a_bare_body_noun(run):
    out = run("Laut Staatsanwaltschaft wurde der Fahrer am Dienstag in Kiel festgenommen.", "2024-03-14", "de")
    assert speakers(out) == ["Staatsanwaltschaft"]
