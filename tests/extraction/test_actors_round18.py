"""Actors, round 18 (actors helper, blind split dev4): classes of phrasing, each with a short
invented sentence that the rules before this round got wrong (or, marked as such, a
look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import actor_names


def _actor(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["name"] == name)


@pytest.mark.parametrize("text, name, alias", [
    # a body named by a common noun: the nominative is the name, the weak form an alias
    ("Das Kalmarische Parlament stimmte am Montag gegen den Plan der Regierung.",
     "Kalmarisches Parlament", "Kalmarische Parlament"),
    ("Die Regierung wartet darauf, dass das oberste Gericht über die Klage entscheidet.",
     "oberstes Gericht", "oberste Gericht"),
    # a genitive after a demonym
    ("Ein Sprecher des portugiesischen Parlaments kritisierte am Dienstag den Beschluss.",
     "portugiesisches Parlament", "portugiesischen Parlaments"),
])
def test_the_inflected_form_of_a_german_body_is_an_alias(run, text, name, alias):
    # "das Kalmarische Parlament": the actor is named in the nominative, and the form the
    # text writes is one of its aliases (docs/annotation.md: inflected forms are aliases)
    actor = _actor(run(text, "2024-05-08", "de"), name)
    assert alias in actor["aliases"]


def test_a_body_written_in_the_nominative_has_no_extra_alias(run):
    # look-alike: "die Regierung" written as named gets no alias of its own
    out = run("Die Regierung Portugals kündigte am Montag neue Wahlen an.", "2024-05-08", "de")
    assert all(not a["aliases"] for a in out["actors"] if a["kind"] == "organization")


@pytest.mark.parametrize("text, lang, name", [
    ("Laut der Zeitung sagte Carl B. Moss III., ein Berater des Außenamts, der Plan sei falsch.",
     "de", "Carl B. Moss III"),
    ("Carl Moss III sagte am Montag, der Plan sei falsch.", "de", "Carl Moss III"),
    ("Der Senator Karl Brandt Jr. sagte am Montag, er lehne den Plan ab.", "de", "Karl Brandt Jr."),
    ("Senator Karl Brandt Jr. said on Monday that he opposed the plan.", "en", "Karl Brandt Jr."),
    ("Treasury adviser Carl B. Moss III said the plan was wrong.", "en", "Carl B. Moss III"),
])
def test_a_generational_suffix_ends_a_persons_name(run, text, lang, name):
    # "Carl B. Moss III.": the suffix is part of the name; the German ordinal dot is not
    assert name in actor_names(run(text, "2024-05-08", lang))


def test_a_rulers_numeral_keeps_its_dot(run):
    # look-alike: "König Karl III." is named as the text writes a ruler's numeral
    out = run("Die Staatstrauer für König Karl III. begann am Montag.", "2024-05-08", "de")
    assert any(n.endswith("Karl III.") for n in actor_names(out))
