"""Throughput of extraction end to end vs the bare spaCy pipelines (not a test).

    .venv/bin/python -m tests.eval.bench_extraction [--words 20000]

Both run over the development-set texts repeated until they hold at least --words words;
the bare run is ``get_nlp(lang).pipe`` on each text with its gold language, the end-to-end
run is ``extract_batch`` (language routing, pipelines, dates, actors, events, JSON-ready
output). Models are loaded and warmed up before timing.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from articles.extraction import extract_batch
from articles.extraction.pipelines import get_nlp

from .extraction import load


def corpus(min_words: int) -> list[dict]:
    base = load("all")
    items, words = [], 0
    while words < min_words:
        for it in base:
            items.append({"id": f"{len(items)}", "text": it["text"], "published": it["published"],
                          "language": it["language"]})
            words += len(it["text"].split())
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args(argv)
    items = corpus(args.words)
    words = sum(len(it["text"].split()) for it in items)
    for lang in ("de", "en"):  # load and warm up
        list(get_nlp(lang).pipe(["Warm-up text."]))
    # One article per language, so one-time lexicon building (gazetteer, date patterns)
    # of both languages happens before timing, as it does for the bare pipelines' loading.
    list(extract_batch([next(it for it in items if it["language"] == lang) for lang in ("de", "en")]))

    t0 = time.perf_counter()
    for lang in ("de", "en"):
        texts = [it["text"] for it in items if it["language"] == lang]
        for _ in get_nlp(lang).pipe(texts, batch_size=args.batch_size):
            pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = sum(1 for _ in extract_batch(items, batch_size=args.batch_size))
    full = time.perf_counter() - t0
    assert n == len(items)
    print(f"{len(items)} articles, {words} words")
    print(f"bare spaCy pipelines : {words / bare:8.0f} words/s ({bare:.1f} s)")
    print(f"extraction end to end: {words / full:8.0f} words/s ({full:.1f} s)")
    print(f"ratio                : {bare / full:.0%} of the bare throughput (target >= 70%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
