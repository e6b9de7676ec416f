"""Behaviour of the installed German model de_chronik_news (loaded once per session)."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp_de() -> Language:
    return spacy.load("de_chronik_news")


def ents(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_loads_with_all_components(nlp_de: Language) -> None:
    assert nlp_de.lang == "de"
    for name in ("tagger", "morphologizer", "parser", "ner"):
        assert name in nlp_de.pipe_names
    assert {"PER", "LOC", "ORG"} <= set(nlp_de.get_pipe("ner").labels)
    assert "CC BY-SA" in nlp_de.meta["license"]
    assert len(nlp_de.meta["sources"]) >= 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Donnerstag sprach Mike Pompeo lange mit den Gästen.", ("Mike Pompeo", "PER")),
        ("Danach rief Sergej Lawrow seinen Amtskollegen an.", ("Sergej Lawrow", "PER")),
        ("Die Delegation flog am Abend nach New York.", ("New York", "LOC")),
        ("Die Gespräche in Pjöngjang dauerten zwei Tage.", ("Pjöngjang", "LOC")),
        ("Der Minister kehrte gestern nach Moskau zurück.", ("Moskau", "LOC")),
    ],
)
def test_finds_people_and_places(nlp_de: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in ents(nlp_de, text)


def test_food_is_not_an_entity(nlp_de: Language) -> None:
    found = ents(nlp_de, "Steak, Mais und Käse standen auf dem Menü.")
    assert not any("Steak" in text for text, _ in found), found


def test_adjective_of_a_country_is_not_a_place(nlp_de: Language) -> None:
    doc = nlp_de("Der französischen Regierung lag der Entwurf vor.")
    assert "französischen" not in {e.text for e in doc.ents}


def test_parses_sentences_and_parts_of_speech(nlp_de: Language) -> None:
    doc = nlp_de("Die Ministerin reiste nach Paris. Dort traf sie den Präsidenten.")
    assert len(list(doc.sents)) == 2
    assert [t.pos_ for t in doc[:3]] == ["DET", "NOUN", "VERB"]
    assert doc[2].lemma_ == "reisen"
