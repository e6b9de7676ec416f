"""Text as pasted from news sites (soft hyphens, no-break and narrow spaces, zero-width
characters, bidi marks, hyphen variants, Windows line ends) gives the same events as its
clean twin, and every offset still points into the text as pasted."""
from articles.extraction import extract_batch
from articles.extraction.normalize import normalize

CLEAN = ("Die Außenministerin Eva Lind traf am Dienstag in Wien den Außenminister Paul Brand.\n\n"
         "„Wir sind uns näher gekommen“, sagte Lind nach dem Treffen. Man werde im Mai weiterreden.")
PASTED = ("Die Außen\u00administerin Eva\u00a0Lind traf am Dienstag in\u202fWien den\u200b Außenminister "
          "Paul Brand.\r\n\r\n\u200e„Wir sind uns näher gekommen“, sagte Lind nach dem Treffen. "
          "Man werde im Mai\u2009weiter\u00adreden.")


def summary(out: dict) -> list[tuple]:
    return [(e["kind"], tuple(e.get("participants") or [e.get("speaker")]), e["date"], e["status"])
            for e in out["events"]]


def test_pasted_text_gives_the_events_of_its_clean_twin():
    clean, pasted = extract_batch([{"text": CLEAN, "published": "2025-03-12", "language": "de"},
                                   {"text": PASTED, "published": "2025-03-12", "language": "de"}])
    assert summary(pasted) == summary(clean) and summary(clean)
    assert [a["name"] for a in pasted["actors"]] == [a["name"] for a in clean["actors"]]
    assert [t["value"] for t in pasted["timexes"]] == [t["value"] for t in clean["timexes"]]


def test_offsets_point_into_the_text_as_pasted():
    (out,) = extract_batch([{"text": PASTED, "published": "2025-03-12", "language": "de"}])
    for item in [e["evidence"] for e in out["events"]] + out["timexes"]:
        assert PASTED[item["start"]:item["end"]] == item["text"]
        assert item["text"] == item["text"].strip()
    assert out["events"][0]["evidence"]["text"].startswith("Die Außen\u00administerin")


def test_the_map_keeps_every_kept_character_where_it_was():
    norm = normalize("a\u00adb\u00a0c\r\nd")
    assert norm.text == "ab c\nd"
    assert [norm.original[i] for i in norm.origin] == ["a", "b", "\u00a0", "c", "\n", "d"]
    assert (norm.start(0), norm.end(2)) == (0, 3)  # "ab" spans the soft hyphen
