"""The real pipelines (de_chronik_news / en_core_web_sm or better) on the example article
and on English sentences of our own."""
from __future__ import annotations

import re

import pytest
import spacy

from articles.extraction import pipelines
from articles.extraction.pipelines import entity_info


@pytest.fixture(scope="module")
def analysis(example_text):
    return pipelines.analyse(example_text)


def _entities(analysis):
    """(absolute start, absolute end, span) of every entity of every segment."""
    return [(seg.start + e.start_char, seg.start + e.end_char, e)
            for seg in analysis.segments for e in seg.doc.ents]


PERSONS = ["Mike Pompeo", "Pompeo", "Kim Yong Chol", "Sergej Lawrow", "Lawrow", "Donald Trump",
           "Trump", "Kim Jong Un", "Kim"]
PLACES = {"New York": {"place"}, "Pjöngjang": {"place"}, "Moskau": {"place"},
          "Nordkorea": {"state"}, "USA": {"state"}, "Russland": {"state"}}


@pytest.mark.parametrize("name, kinds", [(p, {"person"}) for p in PERSONS] + list(PLACES.items()))
def test_every_mention_is_found_with_its_type(analysis, name, kinds):
    ents = _entities(analysis)
    mentions = [m.span() for m in re.finditer(rf"\b{re.escape(name)}", analysis.text)]
    assert mentions
    for start, end in mentions:
        covering = [e for s, t, e in ents if s <= start and end <= t]
        assert covering, f"{name!r} at {start} not found"
        assert entity_info(covering[0]).kind in kinds, (name, start, covering[0].label_)


def test_title_is_not_part_of_the_name(analysis):
    texts = {e.text for _, _, e in _entities(analysis)}
    assert {"Mike Pompeo", "Kim Yong Chol", "Sergej Lawrow", "Donald Trump"} <= texts
    assert not [t for t in texts if "minister" in t.lower() or "Präsident" in t]


def test_common_nouns_are_not_names(analysis):
    for _, _, e in _entities(analysis):
        assert not {"Steak", "Ringens", "Mais", "Käse"} & {t.text for t in e}, e.text


def test_roles_and_countries(analysis):
    infos: dict = {}
    for _, _, e in _entities(analysis):
        infos.setdefault(e.text, entity_info(e))  # the first mention carries the title
    assert (infos["Donald Trump"].role, infos["Donald Trump"].country) == ("Präsident", "US")
    assert (infos["Sergej Lawrow"].role, infos["Sergej Lawrow"].country) == ("Außenminister", "RU")
    assert infos["Mike Pompeo"].country == "US"
    assert infos["Kim Yong Chol"].country == "KP"
    assert (infos["Pjöngjang"].country, infos["Pjöngjang"].is_capital) == ("KP", True)
    assert (infos["Moskau"].country, infos["Moskau"].is_capital) == ("RU", True)


def test_demonyms_give_countries(analysis):
    codes = {s.text: entity_info(s).country
             for seg in analysis.segments for s in seg.doc.spans["demonyms"]}
    assert codes["russische"] == "RU"
    assert codes["US-Präsident"] == "US"
    assert codes["nordkoreanischen"] == "KP"


ENGLISH = ("Secretary of State Mike Pompeo met North Korean envoy Kim Yong Chol in New York on "
           "Wednesday. Russian Foreign Minister Sergei Lavrov flew to Pyongyang, while officials in "
           "Washington and Moscow kept quiet. Steak was served. Later, Pompeo praised Kim. "
           "General Motors was not involved.")


@pytest.fixture(scope="module")
def english():
    return pipelines.analyse(ENGLISH, "en").segments[0].doc


def test_english_persons_and_roles(english):
    persons = {e.text: entity_info(e) for e in english.ents if e.label_ == "PERSON"}
    assert persons["Mike Pompeo"].role == "Secretary of State"
    assert (persons["Kim Yong Chol"].role, persons["Kim Yong Chol"].country) == ("Envoy", "KP")
    assert (persons["Sergei Lavrov"].role, persons["Sergei Lavrov"].country) == ("Foreign Minister", "RU")
    assert {"Pompeo", "Kim"} <= set(persons)
    assert not {"Steak", "Motors", "General Motors"} & set(persons)


def test_english_capitals(english):
    places = {e.text: entity_info(e) for e in english.ents if e.label_ == "GPE"}
    assert (places["Pyongyang"].country, places["Pyongyang"].is_capital) == ("KP", True)
    assert (places["Washington"].country, places["Washington"].is_capital) == ("US", True)
    assert (places["Moscow"].country, places["Moscow"].is_capital) == ("RU", True)


@pytest.mark.parametrize("lang, text, name, role, country, org", [
    ("de", "Der chinesische Staatschef Xi Jinping reiste nach Moskau.", "Xi Jinping", "Staatschef", "CN", None),
    ("de", "Irans Außenminister Mohammed Dschawad Sarif reiste nach Wien.", "Mohammed Dschawad Sarif",
     "Außenminister", "IR", None),
    ("de", "UN-Generalsekretär António Guterres rief zur Ruhe auf.", "António Guterres", "Generalsekretär",
     None, "UN"),
    ("de", "Kremlsprecher Dmitri Peskow widersprach.", "Dmitri Peskow", "Sprecher", None, None),
    ("de", "Bundeskanzlerin Angela Merkel schwieg.", "Angela Merkel", "Bundeskanzlerin", "DE", None),
    ("en", "Iran's foreign minister, Mohammad Javad Zarif, travelled to Vienna.", "Mohammad Javad Zarif",
     "Foreign Minister", "IR", None),
    ("en", "South Korea's President Moon Jae-in spoke in Seoul.", "Moon Jae-in", "President", "KR", None),
    ("en", "UN Secretary-General Antonio Guterres urged calm.", "Antonio Guterres", "Secretary-General",
     None, "UN"),
])
def test_titles_give_role_and_owner(lang, text, name, role, country, org):
    doc = pipelines.analyse(text, lang).segments[0].doc
    person = next(e for e in doc.ents if e.text == name)
    info = entity_info(person)
    assert (info.kind, info.role, info.country, info.org_id) == ("person", role, country, org)


def test_german_demonyms_never_become_entities():
    doc = pipelines.analyse("Der chinesische Staatschef und die russische Regierung schwiegen.", "de").segments[0].doc
    assert not [e.text for e in doc.ents if e.text in ("chinesische", "russische")]


def test_saved_pipeline_loads_as_run(example_text):
    """pipeline_info()["path"] is what spacy.load needs (after importing our module)."""
    for lang, text in (("de", example_text[:400]), ("en", ENGLISH)):
        info = pipelines.pipeline_info(lang)
        loaded = spacy.load(info["path"])
        assert loaded.pipe_names == info["pipeline"]
        assert pipelines.ENTITY_COMPONENT in loaded.pipe_names
        ours = pipelines.get_nlp(lang)(text)
        again = loaded(text)
        assert [(e.text, e.label_, e.ent_id_) for e in again.ents] == \
               [(e.text, e.label_, e.ent_id_) for e in ours.ents]


def test_database_actor_patterns_win_and_can_be_replaced():
    text = "Der Gesandte Chol traf Vertreter der Regierung."
    try:
        pipelines.set_actor_patterns([{"label": "person", "pattern": "Chol", "id": "actor:42",
                                       "kind": "person", "country": "KP"}])
        doc = pipelines.analyse(text, "de").segments[0].doc
        ent = next(e for e in doc.ents if e.text == "Chol")
        assert ent.ent_id_ == "actor:42" and ent.label_ == "PER"
        assert entity_info(ent).country == "KP"
        pipelines.set_actor_patterns([])
        doc = pipelines.analyse(text, "de").segments[0].doc
        assert not [e for e in doc.ents if e.ent_id_ == "actor:42"]
    finally:
        pipelines.set_actor_patterns([])


def test_missing_model_gives_a_clear_error():
    try:
        pipelines.configure({"de": ["xx_no_such_model"]})
        with pytest.raises(pipelines.ModelNotInstalled, match="xx_no_such_model"):
            pipelines.get_nlp("de")
    finally:
        pipelines.configure(None)


@pytest.mark.parametrize("text, word, label, kept", [
    ("Steak, Mais und Käse gab es zum Abendessen.", "Steak", "PER", False),
    ("Inmitten des Ringens um den Vertrag reiste sie ab.", "Ringens", "LOC", False),
    ("Der Koch servierte dem Gast ein Steak mit Salat.", "Steak", "PER", False),
    ("Nach der Sitzung erklärte Müller, das Gesetz komme zu spät.", "Müller", "PER", True),
    ("Am Wochenende wanderten viele Familien durch den Harz.", "Harz", "LOC", True),
    ("In der Regierung von Bundeskanzler Helmut Kohl diente er.", "Kohl", "PER", True),
])
def test_common_noun_guard_in_context(text, word, label, kept):
    """The statistical NER's mistakes are simulated on a real tagged document."""
    from spacy.tokens import Span

    nlp = pipelines.get_nlp("de")
    with nlp.select_pipes(disable=[pipelines.ENTITY_COMPONENT, "ner"]):
        doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if e.end <= tok.i or e.start > tok.i] + [Span(doc, tok.i, tok.i + 1, label=label)]
    doc = nlp.get_pipe(pipelines.ENTITY_COMPONENT)(doc)
    assert any(word in e.text for e in doc.ents) is kept


def test_saved_pipeline_loads_in_a_fresh_process():
    """A new interpreter needs nothing but our module imported to load the saved copy."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    path = pipelines.pipeline_info("de")["path"]
    code = ("import json, spacy, articles.extraction.pipelines\n"
            f"nlp = spacy.load({path!r})\n"
            "doc = nlp('Der russische Außenminister Sergej Lawrow reiste nach Pjöngjang.')\n"
            "print(json.dumps([nlp.pipe_names, [(e.text, e.label_) for e in doc.ents]]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    names, ents = json.loads(out.stdout.strip().splitlines()[-1])
    assert names == pipelines.pipeline_info("de")["pipeline"]
    assert ["Sergej Lawrow", "PER"] in ents and ["Pjöngjang", "LOC"] in ents


def test_a_title_word_inside_a_name_is_no_title():
    from spacy.tokens import Span

    nlp = pipelines.get_nlp("en")
    with nlp.select_pipes(disable=[pipelines.ENTITY_COMPONENT, "ner"]):
        doc = nlp("Martin Luther King Jr. spoke in Washington.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")] + [e for e in doc.ents if e.start >= 4]
    doc = nlp.get_pipe(pipelines.ENTITY_COMPONENT)(doc)
    assert doc.ents[0].text == "Martin Luther King Jr."


def test_a_title_inside_a_wrong_person_entity_is_split_off():
    from spacy.tokens import Span

    nlp = pipelines.get_nlp("de")
    with nlp.select_pipes(disable=[pipelines.ENTITY_COMPONENT, "ner"]):
        doc = nlp("Gestern sprach der russische Außenminister Sergej Lawrow.")
    doc.ents = [Span(doc, 3, 7, label="PER")]  # "russische Außenminister Sergej Lawrow"
    doc = nlp.get_pipe(pipelines.ENTITY_COMPONENT)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sergej Lawrow", "PER")]
    assert entity_info(doc.ents[0]).country == "RU"
