"""Statements, meetings and actors, round 12: classes read off the annotated train split
and unannotated real news. Each test names the class and holds a short invented sentence
that the rules before this round got wrong (or, marked as such, guards the look-alike that
must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import actor_names, speakers

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


@pytest.mark.parametrize("text,lang,body", [
    ("Zunächst hatte eine Sprecherin des norwegischen Umweltministeriums den Plan verteidigt. "
     "Die Grenzwerte würden eingehalten, sagte die Sprecherin.", "de", "norwegisches Umweltministerium"),
    ('A spokesman for the Chilean interior ministry defended the curfew on Monday. "It saves lives," '
     "the spokesman said.", "en", "Chilean interior ministry"),
])
def test_the_spokesperson_named_again_speaks_for_the_body_named_before(run, text, lang, body):
    out = run(text, "2024-05-08", lang)
    assert speakers(out)[-1] == body


def test_guard_the_spokesperson_named_again_after_a_named_spokesperson_is_that_person(run):
    out = run("Regierungssprecherin Lea Dorn wies die Vorwürfe zurück. Die Vorwürfe seien haltlos, "
              "sagte die Sprecherin.", "2024-05-08", "de")
    assert speakers(out)[-1] == "Lea Dorn"


def test_an_english_spokesperson_for_a_state_adjective_body_names_the_whole_body(run):
    out = run("A spokeswoman for the Peruvian defence ministry said the troops had returned.",
              "2024-05-08", "en")
    assert speakers(out) == ["Peruvian defence ministry"]
    assert "Peruvian" not in actor_names(out)


def test_a_german_genitive_body_with_a_foreign_two_word_name_stays_whole(run):
    out = run("Ein Sprecher der Downing Street sagte, man prüfe den Brief.", "2024-05-08", "de")
    assert speakers(out) == ["Downing Street"]
