"""Throughput benchmark of the German pipeline (a benchmark, not a test).

Run from the repository root:  .venv/bin/python nlp/bench_nlp.py [--model de_chronik_news] [--words 25000]

Text: news documents of the SmartData corpus (read from $NLP_DATA_DIR, default
../shared/nlp-data), taken until --words tokens are collected. Reports tokens (words and
punctuation, no whitespace tokens) per second with one process and with n_process=2.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run as a plain script: make `nlp.training` importable

from nlp.training.convert import _iter_json_documents  # noqa: E402

DATA = Path(os.environ.get("NLP_DATA_DIR", REPO.parent / "shared" / "nlp-data"))


def load_texts(min_words: int) -> list[str]:
    tokenizer = spacy.blank("de").tokenizer
    texts, n = [], 0
    for obj in _iter_json_documents(DATA / "smartdata" / "v1_20180119-test.json.gz"):
        text = obj["text"]["string"]
        texts.append(text)
        n += sum(1 for t in tokenizer(text) if not t.is_space)
        if n >= min_words:
            break
    return texts


def bench(nlp, texts: list[str], n_process: int) -> tuple[int, float, float]:
    """Words, wall seconds, CPU seconds of this process (meaningful for n_process=1 only)."""
    start, cpu = time.perf_counter(), time.process_time()
    words = sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts, batch_size=64, n_process=n_process))
    return words, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", default="de_chronik_news")
    ap.add_argument("--words", type=int, default=25000)
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    texts = load_texts(args.words)
    nlp("Aufwärmen .")  # first call allocates
    print(f"model: {args.model} {nlp.meta.get('version')}  components: {nlp.pipe_names}")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall-clock rates drop when the machine is shared)")
    for n_process in (1, 2):
        words, secs, cpu = bench(nlp, texts, n_process)
        line = f"n_process={n_process}: {words} words in {secs:.1f} s = {words / secs:,.0f} words/s"
        if n_process == 1:
            line += f"  ({words / cpu:,.0f} words per CPU-second)"
        print(line)


if __name__ == "__main__":
    main()
