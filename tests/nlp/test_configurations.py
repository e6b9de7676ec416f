"""Two configurations of the pipelines in one process: each keeps its own models and its own
database actor patterns, and a doc carries the actor facts of the pipeline that made it."""
from articles.extraction import extract, pipelines
from articles.extraction.pipelines import Pipelines, entity_info

TEXT = "Der Botschafter Zorro Blanco traf am Montag in Berlin die Kanzlerin Ada Lind."
AMBASSADOR = {"label": "person", "pattern": "Zorro Blanco", "id": "actor:77", "kind": "person",
              "country": "MX", "role": "Botschafter"}


def actor_ents(analysis):
    return [e for seg in analysis.segments for e in seg.doc.ents if e.ent_id_ == "actor:77"]


def test_actor_patterns_of_one_configuration_stay_in_it():
    mine = Pipelines({"de": ["de_chronik_news"]})
    mine.set_actor_patterns([AMBASSADOR])
    found = actor_ents(mine.analyse(TEXT, "de"))
    assert [(e.text, entity_info(e).country, entity_info(e).role) for e in found] == [
        ("Zorro Blanco", "MX", "Botschafter")]
    assert actor_ents(pipelines.default.analyse(TEXT, "de")) == []


def test_the_extraction_runs_on_the_configuration_it_is_given():
    mine = Pipelines({"de": ["de_chronik_news"]})
    mine.set_actor_patterns([AMBASSADOR])
    out = extract(TEXT, "2025-03-12", "de", using=mine)
    ambassador = next(a for a in out["actors"] if a["name"] == "Zorro Blanco")
    assert ambassador["country"] == "MX"
