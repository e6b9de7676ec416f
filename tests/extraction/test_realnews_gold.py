"""The real-news gold (tests/data/realnews/) stays consistent with the corpus it points into:
offsets inside the text, the text unchanged since it was annotated, every participant and
speaker an annotated actor. Skips where ../shared/corpora is absent."""
import json

import pytest

from tests.eval.annotate import CORPUS, GOLD, corpus, manifest, text_sha1

FILES = sorted(GOLD.glob("*/*.json"))
FILES = [f for f in FILES if f.name != "manifest.json"]


def test_every_gold_file_belongs_to_an_article_of_the_manifest_and_its_split():
    entries = {e["id"]: e for e in manifest()}
    for path in FILES:
        entry = entries[path.stem]
        assert path.parent.name in (entry["split"], "second"), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_gold_file_points_into_its_article(path):
    if not corpus():
        pytest.skip(f"the Wikinews corpus is not at {CORPUS} (../shared is absent)")
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = corpus()[gold["id"]]["text"]
    assert gold["text_sha1"] == text_sha1(text)
    names = {a["name"] for a in gold["actors"]}
    assert len(names) == len(gold["actors"])
    spans = [e["evidence"] for e in gold["events"]] + gold["timexes"]
    spans += [e["quote"] for e in gold["events"] if e["kind"] == "statement"]
    assert all(0 <= s["start"] < s["end"] <= len(text) for s in spans)
    for event in gold["events"]:
        actors = event["participants"] if event["kind"] == "meeting" else [event["speaker"]]
        assert set(actors) <= names
        assert "text" not in event["evidence"]  # offsets only: no article text in the repository
