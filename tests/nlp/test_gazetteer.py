"""The gazetteer data: states, capitals, demonyms, titles, common nouns (no model needed)."""
from __future__ import annotations

import pytest
import spacy

from articles.extraction import gazetteer, pipelines


def test_state_names_come_in_both_languages():
    assert "Nordkorea" in gazetteer.state_names("de")["KP"]
    assert "North Korea" in gazetteer.state_names("en")["KP"]
    assert {"USA", "Vereinigte Staaten"} <= gazetteer.state_names("de")["US"]
    assert "Russland" in gazetteer.state_names("de")["RU"]
    assert len(gazetteer.state_names("de")) > 240  # all of ISO 3166, not a hand list


def test_capitals_include_german_exonyms_from_data():
    de = gazetteer.capital_names("de")
    assert {"Pjöngjang", "Moskau"} <= de["KP"] | de["RU"]
    assert "Washington" in de["US"] and "Peking" in de["CN"] and "Warschau" in de["PL"]
    assert len(de) > 200


@pytest.mark.parametrize("form, code", [
    ("russische", "RU"), ("russischen", "RU"), ("nordkoreanischen", "KP"), ("südkoreanische", "KR"),
    ("ukrainischer", "UA"), ("iranisches", "IR"), ("syrischen", "SY"), ("amerikanische", "US"),
])
def test_german_demonym_inflections(form, code):
    assert gazetteer.demonym_forms("de")[form] == code


def test_ambiguous_adjectives_are_not_demonyms():
    assert "koreanische" not in gazetteer.demonym_forms("de")  # North or South?
    assert "Korean" not in gazetteer.demonym_forms("en")


@pytest.mark.parametrize("form, code", [("Russian", "RU"), ("North Korean", "KP"), ("Syrian", "SY"),
                                        ("Iranian", "IR"), ("Chinese", "CN"), ("Americans", "US")])
def test_english_demonyms(form, code):
    assert gazetteer.demonym_forms("en")[form] == code


def test_common_nouns_keep_names_out():
    nouns = gazetteer.common_nouns_de()
    assert {"Steak", "Ringens", "Käse", "Gipfel"} <= nouns
    assert not {"Merkel", "Trump", "Kim", "Hamburg", "Moskau", "Pompeo"} & nouns


def test_title_forms():
    forms = gazetteer.german_title_forms()
    assert forms["Außenministerin"] == "Außenministerin"
    assert forms["Präsidenten"] == "Präsident"
    assert forms["Vorsitzender"] == "Vorsitzende"


@pytest.fixture(scope="module")
def blank_de():
    """Our components on a tokenizer-only German pipeline: no statistical NER."""
    return pipelines.build_pipeline(spacy.blank("de"), "de")


@pytest.fixture(scope="module")
def blank_en():
    return pipelines.build_pipeline(spacy.blank("en"), "en")


def test_ruler_gives_ids_and_labels(blank_de):
    doc = blank_de("Die USA und Russland streiten, Pjöngjang schweigt, die Vereinten Nationen auch.")
    got = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("USA", "LOC", "country:US") in got
    assert ("Russland", "LOC", "country:RU") in got
    assert ("Pjöngjang", "LOC", "capital:KP") in got
    assert ("Vereinten Nationen", "ORG", "org:UN") in got


def test_genitive_state_names(blank_de):
    doc = blank_de("Die Abrüstung Nordkoreas und Russlands Haltung.")
    assert [e.ent_id_ for e in doc.ents] == ["country:KP", "country:RU"]


def test_demonyms_stay_out_of_ents(blank_de):
    doc = blank_de("Der russische Außenminister traf den US-Präsidenten.")
    assert not [e for e in doc.ents if e.text in ("russische", "US-Präsidenten")]
    assert [(s.text, s.id_) for s in doc.spans["demonyms"]] == [
        ("russische", "demonym:RU"), ("US-Präsidenten", "demonym:US")]


def test_title_makes_a_person_without_statistical_ner(blank_de):
    doc = blank_de("Gestern sprach der russische Außenminister Sergej Lawrow in Moskau.")
    person = [e for e in doc.ents if e.label_ == "PER"]
    assert [p.text for p in person] == ["Sergej Lawrow"]
    info = pipelines.entity_info(person[0])
    assert (info.kind, info.role, info.country) == ("person", "Außenminister", "RU")


def test_name_stops_at_a_place(blank_de):
    doc = blank_de("Nun besucht Außenminister Sergej Lawrow Pjöngjang.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Sergej Lawrow", "PER"), ("Pjöngjang", "LOC")]


def test_english_titles(blank_en):
    doc = blank_en("Secretary of State Mike Pompeo met North Korean envoy Kim Yong Chol in New York.")
    persons = {e.text: pipelines.entity_info(e) for e in doc.ents if e.label_ == "PERSON"}
    assert persons["Mike Pompeo"].role == "Secretary of State"
    assert (persons["Kim Yong Chol"].role, persons["Kim Yong Chol"].country) == ("Envoy", "KP")



def test_propagation_ignores_function_words(blank_de):
    from spacy.tokens import Span

    doc = blank_de("Sie sagte es. Sie ging.")
    wrong = [Span(doc, 0, 2, label="PER")]  # a statistical mistake: "Sie sagte" as a person
    ents = pipelines.propagate_persons(doc, wrong, pipelines.person_names(wrong), "de")
    assert [e.text for e in ents] == ["Sie sagte"]


def test_propagation_marks_later_mentions(blank_de):
    doc = blank_de("Außenminister Sergej Lawrow kam. Lawrow sagte, Lawrows Plan stehe.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Sergej Lawrow", "PER"), ("Lawrow", "PER"), ("Lawrows", "PER")]
