"""Choose Wikinews articles not annotated yet for a new blind development split.

    .venv/bin/python -m tests.eval.pick --split dev4 --seed 19 [--write]

Per language, among the articles with a publication date and 400–6,000 characters that no
split holds yet: the 13 with the most diplomacy words per 1,000 characters, the 4 next with
a meeting word (where fewer are left, the next ones by diplomacy words), and 3 at random from the quieter half (so that the extraction is also scored
on staying quiet). Prints the choice; `--write` adds it to tests/data/realnews/manifest.json
(docs/annotation.md, "Files"). Reads ../shared; nothing of the texts is stored.
"""
from __future__ import annotations

import argparse
import json
import random
import re

from .annotate import GOLD, corpus, manifest

# Words of diplomacy and politics, as stems a word may start with (lower case).
DIPLOMACY_STEMS = {
    "de": ("minister", "außenminister", "präsident", "regierung", "botschaft", "diplomat", "gipfel",
           "treffen", "gespräch", "verhandl", "abkommen", "vertrag", "sanktion", "staatsbesuch",
           "kanzler", "parlament", "sprecher", "erklärt", "sagte", "forderte", "kritisiert",
           "vereinte nationen", "uno", "nato", "eu-"),
    "en": ("minister", "president", "government", "embassy", "ambassador", "diplomat", "summit",
           "meeting", "talks", "negotiat", "agreement", "treaty", "sanction", "state visit",
           "chancellor", "parliament", "spokes", "said", "stated", "urged", "criticis", "criticiz",
           "united nations", "nato", "secretary"),
}
MEETING_WORDS = {
    "de": re.compile(r"\b(traf|trafen|getroffen|Treffen|Gipfel\w*|Besuch\w*|Gespräche?n?)\b"),
    "en": re.compile(r"\b(met|meets?|meeting|summit|talks|visit(s|ed)?)\b", re.I),
}
PER_LANGUAGE = {"diplomacy": 13, "meeting-words": 4, "other": 3}


def diplomacy_density(text: str, lang: str) -> float:
    """Words starting with a diplomacy stem per 1,000 characters."""
    words = re.findall(r"[\w-]+(?: [\w-]+)?", text.lower())
    hits = sum(any(w.startswith(s) for s in DIPLOMACY_STEMS[lang]) for w in words)
    return 1000 * hits / max(len(text), 1)


def pick(seed: int) -> list[dict]:
    taken = {entry["id"] for entry in manifest()}
    rng = random.Random(seed)
    chosen = []
    for lang in ("de", "en"):
        pool = [a for a in corpus().values() if a["language"] == lang and a["id"] not in taken
                and a.get("published") and 400 <= len(a["text"]) <= 6000]
        pool.sort(key=lambda a: (-diplomacy_density(a["text"], lang), a["id"]))
        top = pool[:PER_LANGUAGE["diplomacy"]]
        rest = pool[len(top):]
        meeting = [a for a in rest if MEETING_WORDS[lang].search(a["text"])][:PER_LANGUAGE["meeting-words"]]
        # too few left with a meeting word: the next ones by diplomacy words instead
        top += [a for a in rest if a not in meeting][:PER_LANGUAGE["meeting-words"] - len(meeting)]
        quiet = [a for a in pool[len(pool) // 2:] if a not in meeting]
        other = rng.sample(quiet, PER_LANGUAGE["other"])
        for why, group in (("diplomacy", top), ("meeting-words", meeting), ("other", other)):
            chosen += [{"id": a["id"], "language": lang, "chars": len(a["text"]), "selected_as": why}
                       for a in group]
    return chosen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    if not corpus():
        raise SystemExit("the Wikinews corpus is not here: ../shared is needed to choose articles")
    chosen = [{**row, "split": args.split} for row in pick(args.seed)]
    for row in chosen:
        print(row["id"], row["language"], row["chars"], row["selected_as"])
    if args.write:
        entries = manifest() + [{k: row[k] for k in ("id", "language", "split", "chars", "selected_as")}
                                for row in chosen]
        (GOLD / "manifest.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
        print(f"{len(chosen)} articles added to {GOLD / 'manifest.json'} as {args.split}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
