"""Actors, round 17 (actors helper): classes of phrasing, each with a short invented sentence
that the rules before this round got wrong (or, marked as such, a look-alike that must stay
as it was)."""
from __future__ import annotations

import pytest

from .helpers import actor_names


def _actors(out: dict) -> dict[str, dict]:
    return {a["name"]: a for a in out["actors"]}


def _lower_names(out: dict) -> set[str]:
    return {n.lower() for a in out["actors"] for n in [a["name"], *a.get("aliases", [])]}


def test_a_time_word_the_tagger_glued_to_a_name_is_no_part_of_it(run):
    # "die Kommission zur Zeit": the time phrase ends no organisation's name
    out = run("Die Abgeordneten stimmten ab. Die Parlamente und die Kommission zur Zeit prüfen den Vorschlag.",
              "2024-05-08", "de")
    assert "Kommission" in actor_names(out)
    assert "Kommission zur Zeit" not in actor_names(out)


@pytest.mark.parametrize("text, name", [
    ("Die Abstimmung fand am Dienstag im EU-Parlament statt.", "Europäisches Parlament"),
    ("Das Gesetz wurde am Freitag im Oberhaus beraten.", "Oberhaus"),
])
def test_a_body_after_im_is_the_body_not_a_venue(run, text, name):
    # "im EU-Parlament", "im Oberhaus": a name ending in a body's noun after "im" is the body
    # (a building's name there stays a place: "im Weißen Haus")
    assert name in actor_names(run(text, "2024-05-08", "de"))


@pytest.mark.parametrize("text, lang, medium", [
    ("The state press agency KPX reported that the minister Jan Roth resigned.", "en", "KPX"),
])
def test_a_name_after_the_noun_of_a_medium_is_no_actor(run, text, lang, medium):
    # "der Website „X“", "the press agency X": a medium (also when tagged an organisation)
    assert medium not in actor_names(run(text, "2024-05-08", lang))


@pytest.mark.parametrize("text, lang, name, country", [
    ("Das Boot wurde im Mai von der Royal Navy gestoppt.", "de", "Royal Navy", "GB"),
    ("2009 waren Beamte der GSG 9 an Bord des Schiffes.", "de", "GSG 9", "DE"),
    ("The National Hurricane Center said on Monday that the storm had weakened.", "en",
     "National Hurricane Center", "US"),
])
def test_public_bodies_the_tables_now_know(run, text, lang, name, country):
    # named institutions and organisations without a public word in their name
    actor = _actors(run(text, "2024-05-08", lang)).get(name)
    assert actor is not None and actor["country"] == country


def test_a_long_name_and_the_abbreviation_are_one_organisation(run):
    # "Internationale Atomenergieorganisation" (written as one word) and "IAEA": one actor
    out = run("Die Internationale Atomenergieorganisation prüft die Anlage. Die IAEA sagte, man sei bereit.",
              "2024-05-08", "de")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert len(orgs) == 1
    assert {"Internationale Atomenergieorganisation", "IAEA"} <= {orgs[0]["name"], *orgs[0]["aliases"]}


def test_a_name_with_a_complement_inflects_its_head(run):
    # "des Internationalen Komitees vom Roten Kreuz": the whole name in the genitive, with the
    # nominative as an alias; not the shorter "Rotes Kreuz" inside it
    out = run("Am Montag warnte eine Delegierte des Internationalen Komitees vom Roten Kreuz, "
              "die Lage sei ernst.", "2024-05-08", "de")
    assert "internationales komitee vom roten kreuz" in _lower_names(out)
    assert "Rotes Kreuz" not in actor_names(out)


@pytest.mark.parametrize("text, name, absent", [
    ("Im April hatten Einheiten der iranischen Revolutionsgarden einen Tanker aufgebracht.",
     "iranische Revolutionsgarden", None),
    ("Nach Angaben der Armee wurde eine Stellung der Huthi-Rebellen angegriffen. Die Rebellen meldeten Tote.",
     "Huthi-Rebellen", "Rebellen"),
])
def test_armed_bodies_named_by_a_common_noun(run, text, name, absent):
    # "die Revolutionsgarden" name one body; "Rebellen" only after a hyphenated name ("die
    # Huthi-Rebellen"), not alone (look-alike: "Die Rebellen")
    names = actor_names(run(text, "2024-05-08", "de"))
    assert name in names
    assert absent not in names


def test_von_and_a_state_complete_a_body_name(run):
    # "das oberste Gericht von Chile": the body of that state; the state stays named
    out = run("Zuvor hatte das oberste Gericht von Chile die Weiterfahrt erlaubt.", "2024-05-08", "de")
    assert "oberstes gericht von chile" in _lower_names(out)
    assert _actors(out)["Chile"]["kind"] == "state"


def test_a_government_named_by_its_head_in_the_nominative(run):
    # "die Regierung Larsen" as "die Regierung Larsens"
    out = run("Premierminister Tom Larsen will sein Land aus der Union führen. Die Ministerin zweifelte am "
              "Kurs der Regierung Larsen.", "2024-05-08", "de")
    assert "Regierung Larsen" in actor_names(out)
