"""Training data for the event sentence detector (`make train`): every sentence of the
annotated articles, split as the extraction splits them, with two categories: MEETING
(a gold meeting's evidence overlaps it) and STATEMENT (a gold statement's evidence does).

    .venv/bin/python -m nlp.events.data --out nlp/events/corpus

Train: the real-news splits train, dev and dev2 (tests/data/realnews/<split>, texts from
../shared) and our own development articles (tests/data/extraction/dev). Dev: the real-news
dev3 split, held out from training (the detector and its threshold are measured on it). The
real-news test split is never read here.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from articles.extraction.normalize import normalize
from articles.extraction.text import find_quotes, split_sentences
from tests.eval import extraction, realnews

LABELS = ("MEETING", "STATEMENT")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end in the original text, sentence as the extraction reads it) of every
    sentence, split as the extraction splits them."""
    norm = normalize(text)
    return [(norm.start(s), norm.end(e), norm.text[s:e])
            for s, e, _ in split_sentences(norm.text, find_quotes(norm.text))]


def reports(events: list[dict], label: str, start: int, end: int) -> bool:
    """Does an event of this kind (MEETING, STATEMENT) have evidence overlapping the span?"""
    return any(e["kind"].upper() == label and e["evidence"]["start"] < end and start < e["evidence"]["end"]
               for e in events)


def labelled_sentences(text: str, events: list[dict]) -> list[tuple[str, dict[str, float]]]:
    """(sentence text, categories) of every sentence of a text."""
    return [(sentence, {label: float(reports(events, label, a, b)) for label in LABELS})
            for a, b, sentence in sentences(text)]


TRAIN_SPLITS = ("train", "dev", "dev2")  # real-news splits trained on
DEV_SPLIT = "dev3"  # real-news split held out as spaCy's dev set


def items(part: str) -> list[dict]:
    if part == "train":
        return [it for split in TRAIN_SPLITS for it in realnews.load(split)] + extraction.load("dev")
    return realnews.load(DEV_SPLIT)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("nlp/events/corpus"))
    args = ap.parse_args(argv)
    if not realnews.corpus():
        raise SystemExit(f"the Wikinews corpus is not at {realnews.CORPUS}: ../shared is needed to train")
    for part in ("train", "dev"):
        bins = {lang: DocBin() for lang in ("de", "en")}
        counts: Counter = Counter()
        for item in items(part):
            lang = item["language"]
            nlp = spacy.blank(lang)
            for sentence, cats in labelled_sentences(item["text"], item["gold"]["events"]):
                doc = nlp.make_doc(sentence)
                doc.cats = cats
                bins[lang].add(doc)
                counts[lang, "sentences"] += 1
                counts.update((lang, label) for label, v in cats.items() if v)
        for lang, docbin in bins.items():
            (args.out / lang).mkdir(parents=True, exist_ok=True)
            docbin.to_disk(args.out / lang / f"{part}.spacy")
        print(part, dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
