"""German statements on agency phrasing, round 19 (helper): classes of reported speech found
by probing short invented sentences, each one that the rules before this round missed (or,
marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest


def _speakers(out: dict) -> list[str]:
    return [e["speaker"] for e in out["events"] if e["kind"] == "statement"]


@pytest.mark.parametrize("text, speaker", [
    ("Bundeskanzlerin Maren Falk schloss eine Beteiligung der Armee aus.", "Maren Falk"),
    ("Finanzminister Ole Brandes schloss nicht aus, dass die Mieten weiter steigen.", "Ole Brandes"),
    ("Finanzminister Ole Brandes stellte die Wirkung der Zölle infrage.", "Ole Brandes"),
    ("Die SPD erhob schwere Vorwürfe gegen die Regierung.", "SPD"),
    ("Präsident Jean Lacombe richtete einen Appell an die Staatengemeinschaft.", "Jean Lacombe"),
    ("Bundeskanzlerin Maren Falk zog eine positive Bilanz des Treffens.", "Maren Falk"),
    ("Außenministerin Ilka Born hielt dagegen, die Zölle wirkten längst.", "Ilka Born"),
    ("Bundeskanzlerin Maren Falk fand deutliche Worte für den Anschlag.", "Maren Falk"),
    ("Die SPD sieht das Abkommen als Erfolg.", "SPD"),
    ("Die Bundesregierung sieht keinen Grund für eine Änderung ihres Kurses.", "Bundesregierung"),
])
def test_support_verb_phrases_of_agency_reporting(run, text, speaker):
    # ruling out, questioning, accusing, appealing, taking stock, objecting, judging as
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Die Partei schloss den Abgeordneten aus der Fraktion aus.",
    "Außenministerin Ilka Born sah am Abend das Endspiel im Stadion.",
    "Die Armee zog ihre Truppen aus der Stadt ab.",
    "Die Regierung richtete einen Krisenstab ein.",
    "Finanzminister Ole Brandes erhob sich von seinem Platz.",
    "Moskau sieht sich seit jeher als Schutzmacht der Region.",
    "Präsident Jean Lacombe dankte den Helfern auf der Feier für ihren Einsatz.",
])
def test_look_alikes_of_the_support_verb_phrases_stay_quiet(run, text):  # look-alikes
    # an expulsion, watching, a withdrawal, setting up a body, standing up, a self-image the
    # reporter tells, thanks (the gold takes them for narration)
    assert _speakers(run(text, "2024-05-08", "de")) == []


def test_not_ruling_out_still_says(run):
    # "schloss nicht aus, dass …": the negation keeps the words (NEGATED_STILL_SAYS)
    out = run("Finanzminister Ole Brandes schloss nicht aus, dass die Mieten weiter steigen.", "2024-05-08", "de")
    assert _speakers(out) == ["Ole Brandes"]


def test_a_negated_verb_of_saying_stays_quiet(run):  # look-alike
    out = run("Finanzminister Ole Brandes äußerte sich nicht zu den Plänen.", "2024-05-08", "de")
    assert _speakers(out) == []


def test_so_with_an_adverb_of_continuing(run):
    # "…, so X weiter": the adverb closes the source
    out = run("Es gebe keinen anderen Weg als Gespräche, so Außenministerin Ilka Born weiter.", "2024-05-08", "de")
    assert _speakers(out) == ["Ilka Born"]


@pytest.mark.parametrize("text, speaker", [
    ("Kritik an dem Vorhaben übte auch die SPD.", "SPD"),
    ("Scharfe Kritik übte die SPD an dem Zollplan.", "SPD"),
    ("Deutliche Worte fand Bundeskanzlerin Maren Falk.", "Maren Falk"),
])
def test_a_fronted_support_noun(run, text, speaker):
    # the noun of "übte Kritik", "fand Worte" opens the clause, the speaker follows the verb
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Trotz aller Kritik übernahm die SPD das Ministerium.",
    "Worte allein fanden sich in dem Brief nicht.",
])
def test_a_support_noun_with_another_verb_stays_quiet(run, text):  # look-alikes
    assert _speakers(run(text, "2024-05-08", "de")) == []


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


def test_sowohl_als_auch_joins_two_speakers(run):
    out = run("Sowohl die SPD als auch die Grünen kritisierten den Zollplan.", "2024-05-08", "de")
    assert sorted(_speakers(out)) == ["Grüne", "SPD"]


def test_als_auch_without_a_row_of_speakers_stays_one(run):  # look-alike
    out = run("Die SPD kritisierte den Zollplan als auch für die Bauern schädlich.", "2024-05-08", "de")
    assert _speakers(out) == ["SPD"]


def test_a_fronted_von_of_sprach_von(run):
    out = run("Von einem Wendepunkt sprach Bundeskanzlerin Maren Falk.", "2024-05-08", "de")
    assert _speakers(out) == ["Maren Falk"]


def test_a_fronted_place_with_von_stays_quiet(run):  # look-alike
    out = run("Von der Bühne sprach Bundeskanzlerin Maren Falk zu ihren Anhängern.", "2024-05-08", "de")
    assert _speakers(out) == []


@pytest.mark.parametrize("text, speaker", [
    ("Aus Sicht der Bundesregierung verstößt das Gesetz gegen europäisches Recht.", "Bundesregierung"),
    ("Aus Sicht von Bundeskanzlerin Maren Falk ist der Vertrag ein Fortschritt.", "Maren Falk"),
])
def test_aus_sicht_von_names_the_source(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Eine Einigung zwischen der SPD und der Union ist nicht in Sicht.",
    "Auf lange Sicht will die Bundesregierung die Schulden senken.",
])
def test_sicht_without_aus_is_no_attribution(run, text):  # look-alikes
    assert _speakers(run(text, "2024-05-08", "de")) == []


@pytest.mark.parametrize("text, speaker", [
    ("Bundeskanzlerin Maren Falk reagierte mit scharfer Kritik auf den Vorschlag.", "Maren Falk"),
    ("Die SPD reagierte mit Empörung auf die Äußerungen.", "SPD"),
    ("Bundeskanzlerin Maren Falk zeigte Verständnis für die Proteste der Bauern.", "Maren Falk"),
])
def test_reacting_in_words(run, text, speaker):
    assert _speakers(run(text, "2024-05-08", "de")) == [speaker]


@pytest.mark.parametrize("text", [
    "Die Armee reagierte mit Luftangriffen auf den Beschuss.",
    "Das Video zeigt den Minister beim Verlassen des Saals.",
])
def test_reacting_by_acts_stays_quiet(run, text):  # look-alikes
    assert _speakers(run(text, "2024-05-08", "de")) == []
