"""Actors, round 9: when a capital stands for its state, and when it is only the city.
Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names


def states(out: dict) -> set[str]:
    return {a["country"] for a in out["actors"] if a["kind"] == "state"}


@pytest.mark.parametrize("text,published,lang,code", [
    ("Ankara warned on Monday that the border would stay closed.", "2024-05-08", "en", "TR"),
    ("Relations between Canberra and Wellington have cooled since the spring.", "2024-05-08", "en", "NZ"),
    ("Wien reagierte am Dienstag zurückhaltend auf den Vorschlag.", "2024-05-08", "de", "AT"),
    ("Die Beziehungen zwischen Oslo und Helsinki gelten als eng.", "2024-05-08", "de", "FI"),
])
def test_a_capital_that_acts_or_has_relations_stands_for_its_state(run, text, published, lang, code):
    assert code in states(run(text, published, lang))


@pytest.mark.parametrize("text,published,lang,code", [
    ("The minister was heading for Nairobi when the plane turned back.", "2024-05-08", "en", "KE"),
    ("The minister was heading to Lima when the plane turned back.", "2024-05-08", "en", "PE"),
    ("The convoy reached Kabul on Sunday.", "2024-05-08", "en", "AF"),
    ("Die Delegation verließ Kiew am Montag.", "2024-05-08", "de", "UA"),
    ("Storms damaged the towns of Lorca, Madrid and Alcoy on Sunday.", "2024-05-08", "en", "ES"),
    ("Thousands marched through the Peruvian capital Lima on Sunday.", "2024-05-08", "en", "PE"),
    ("Lissabon war lange eine Handelsstadt.", "2024-05-08", "de", "PT"),
    ("Roms Bürgermeisterin Anna Conti eröffnete am Montag die Ausstellung.", "2024-05-08", "de", "IT"),
])
def test_a_capital_named_as_the_city_is_no_state(run, text, published, lang, code):
    assert code not in states(run(text, published, lang))


def test_a_capital_that_opens_a_paragraph_and_acts_stands_for_its_state(run):
    out = run("Die Gespräche endeten am Montag ohne Ergebnis.\n\nTokio verfolgt den Streit aufmerksam.",
              "2024-05-08", "de")
    assert "JP" in states(out)


def test_the_long_name_of_an_armed_group_is_one_actor_not_a_group_and_a_state(run):
    out = run("The Islamic State of Iraq and the Levant said on Friday that its fighters had "
              "left the town.", "2024-05-08", "en")
    assert "IQ" not in states(out)
    group = next(a for a in out["actors"] if a["kind"] == "organization")
    assert "Islamic State of Iraq and the Levant" in [group["name"], *group["aliases"]]


@pytest.mark.parametrize("text,lang", [
    ("Die Opposition kritisierte den Haushalt der Regierung von Ministerpräsident Jon Lie am Montag scharf.", "de"),
    ("The opposition criticised the budget of Prime Minister Jon Lie on Monday.", "en"),
])
def test_the_opposition_as_a_whole_names_no_body(run, text, lang):
    out = run(text, "2024-05-08", lang)
    assert not any(n.lower().endswith("opposition") for n in actor_names(out))


def test_a_participle_before_a_body_named_by_its_purpose_is_not_part_of_its_name(run):
    out = run("Der im Frühjahr gegründete Rat für digitale Bildung legte am Montag seinen Bericht vor. "
              "Die südliche Behörde für Wasser und Energie warnte vor Engpässen.", "2024-05-08", "de")
    names = actor_names(out)
    assert "Rat für digitale Bildung" in names
    assert "südliche Behörde für Wasser und Energie" in names


def test_a_military_command_is_a_public_body(run):
    out = run("Soldiers of the Eastern Visayas Command clashed with rebels on Sunday.", "2024-05-08", "en")
    assert {a["name"]: a["kind"] for a in out["actors"]}.get("Eastern Visayas Command") == "organization"
