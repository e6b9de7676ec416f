"""Actors, round 14 (German): roles of public life the title table lacked, roles in the
nominative, bodies named by common nouns. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names


def actor(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["name"] == name)


@pytest.mark.parametrize("text,name,role", [
    ("Die Regierung beriet über die Krise. Es sprach der frühere DDR-Bürgerrechtler Konrad Meisel.",
     "Konrad Meisel", "Bürgerrechtler"),
    ("Die Regierung beriet über die Krise. Der saarländische SPD-Verkehrspolitiker Jonas Brink "
     "bemängelte die Pläne.", "Jonas Brink", "Politiker"),
    ("Die Regierung beriet über die Krise. Die Entlassung des damaligen BND-Direktors Lukas Wendt "
     "hatte Folgen.", "Lukas Wendt", "Direktor"),
    ("Die Regierung beriet über die Krise. Im Bericht des Sonderermittlers Tobias Kern hieß es, "
     "die Wahl sei beeinflusst worden.", "Tobias Kern", "Ermittler"),
    ("Die Regierung beriet über die Krise. Erzbischof Anselm Hauk rief zur Ruhe auf.",
     "Anselm Hauk", "Bischof"),
])
def test_a_title_of_public_life_before_a_name_gives_the_role(run, text, name, role):
    out = run(text, "2020-06-10", "de")
    assert role.lower() in (actor(out, name)["role"] or "").lower()


def test_a_nominalised_verb_after_a_title_is_no_name(run):
    out = run("Die Partei will den 45-jährigen Meisel vorschlagen, der als Wirtschaftspolitiker "
              "Ansehen genießt.", "2020-06-10", "de")
    assert "Ansehen" not in actor_names(out)


def test_a_role_in_an_apposition_is_given_in_the_nominative(run):
    out = run("Die Regierung beriet über die Krise. Sie übernimmt die Aufgaben des zurückgetretenen "
              "Kommunikationsdirektors des Kanzleramts, Paul Heck.", "2020-06-10", "de")
    assert actor(out, "Paul Heck")["role"] == "Kommunikationsdirektor"


@pytest.mark.parametrize("text,name", [
    ("Die Regierung beriet über die Krise. Informationen aus dem Nationalen Verteidigungsrat gelangten "
     "an die Presse.", "Nationaler Verteidigungsrat"),
    ("Die Regierung beriet über die Krise. Der Dritte Senat befand, das Gesetz sei gültig.", "Dritter Senat"),
    ("Die Regierung beriet über die Krise. Die Wahl wurde von der Verfassungsgebenden Versammlung "
     "vorgezogen.", "Verfassungsgebende Versammlung"),
    ("Die Regierung beriet über die Krise. Grund ist ein Urteil des Obersten Gerichtshofs Perus.",
     "Oberster Gerichtshof Perus"),
])
def test_a_body_named_by_capitalised_adjectives_is_found_in_the_nominative(run, text, name):
    out = run(text, "2020-06-10", "de")
    assert actor(out, name)["kind"] == "organization"


def test_an_abbreviation_right_after_a_bodys_name_is_its_alias(run):
    out = run("Die Regierung beriet über die Krise. Der Termin wird vom Nationalen Wahlrat NWR bekannt "
              "gegeben. Der NWR tagt morgen.", "2020-06-10", "de")
    assert "NWR" in actor(out, "Nationaler Wahlrat")["aliases"]
    assert "NWR" not in actor_names(out)


def test_the_bare_parliament_after_the_one_legislature_named_is_that_legislature(run):
    out = run("Die Regierung beriet über die Krise. Die Kanzlerin ließ sich nicht von einem Beschluss des "
              "Bundestags abhalten. „Ich nehme jedes Votum des Parlaments ernst“, sagte sie.", "2020-06-10", "de")
    assert "Parlament" not in actor_names(out)
    assert "Parlament" in actor(out, "Bundestag")["aliases"]


def test_the_bare_parliament_stays_its_own_actor_when_no_legislature_was_named(run):
    out = run("Die Regierung beriet über die Krise. Das Parlament stimmte dem Gesetz zu.", "2020-06-10", "de")
    assert "Parlament" in actor_names(out)


@pytest.mark.parametrize("text,name", [
    ("Die Regierung beriet über die Krise. Der Gemeinderat sei in alle Entscheidungen eingebunden gewesen.",
     "Gemeinderat"),
    ("Die Regierung beriet über die Krise. Man habe den Gutachterausschuss angewiesen, nichts zu bewerten.",
     "Gutachterausschuss"),
    ("Die Regierung beriet über die Krise. Die Akten gingen an den Haushaltsausschuss des Senats.",
     "Haushaltsausschuss des Senats"),
])
def test_a_council_or_committee_named_by_a_compound_is_a_body(run, text, name):
    out = run(text, "2020-06-10", "de")
    assert actor(out, name)["kind"] == "organization"


def test_a_councillor_before_a_name_is_a_role_not_the_council(run):
    out = run("Die Regierung beriet über die Krise. Der Stadtrat Max Mohr sagte, der Plan sei gut.",
              "2020-06-10", "de")
    assert actor(out, "Max Mohr")["role"] == "Stadtrat"
    assert "Stadtrat" not in actor_names(out)


def test_an_adverb_of_the_adjective_before_a_body_keeps_the_article(run):
    out = run("Die Regierung beriet über die Krise. Im neuen Landtag fehlen die einst mächtigen "
              "Sozialdemokraten.", "2020-06-10", "de")
    assert actor(out, "Sozialdemokraten")["kind"] == "organization"
