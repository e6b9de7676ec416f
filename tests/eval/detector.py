"""Ablation of the event sentence detector on real news: rules only, model only, both.

    .venv/bin/python -m tests.eval.detector [--split dev3|dev6|test|…]

Sentence level: a sentence reports a meeting (a statement) when a gold event's evidence
overlaps it; the rules "find" it when an extracted event's evidence does, the model when
its score reaches the threshold the extraction uses
(articles.extraction.events.speech.DETECTED_STATEMENT), both when either does. End to
end: the statement scores of tests.eval.realnews with the detector's part of the
extraction switched off and on. dev3 is held out from the detector's training (its dev
set); dev and dev2 are training data now. The test split is read once per round.
"""
from __future__ import annotations

import argparse
from collections import defaultdict

from articles.extraction import extract_batch, pipelines
from articles.extraction.events import speech
from nlp.events.data import LABELS, reports, sentences

from . import realnews


def prf(tp: int, pred: int, gold: int) -> str:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f} / {r:.2f} / **{f:.2f}**"


def sentence_level(items: list[dict]) -> dict:
    counts: dict = defaultdict(lambda: [0, 0, 0])  # (lang, label, method) → tp, predicted, gold
    outs = extract_batch([{k: it[k] for k in ("id", "text", "published", "language")} for it in items])
    for item, out in zip(items, outs, strict=True):
        spans = sentences(item["text"])
        scores = pipelines.default.event_scores(item["language"], [t for _, _, t in spans])
        for (a, b, _), cats in zip(spans, scores, strict=True):
            for label in LABELS:
                gold = reports(item["gold"]["events"], label, a, b)
                rules = reports(out["events"], label, a, b)
                model = cats.get(label, 0.0) >= speech.DETECTED_STATEMENT
                for method, found in (("rules", rules), ("model", model), ("both", rules or model)):
                    c = counts[item["language"], label, method]
                    c[0] += found and gold
                    c[1] += found
                    c[2] += gold
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=realnews.SPLITS, default="dev3")
    args = ap.parse_args(argv)
    if not realnews.corpus():
        print(f"detector ablation: skipped, the Wikinews corpus is not at {realnews.CORPUS}")
        return 0
    if pipelines.default.detector("de") is None or pipelines.default.detector("en") is None:
        print("detector ablation: skipped, de_chronik_events / en_chronik_events are not installed")
        return 0
    items = realnews.load(args.split)
    counts = sentence_level(items)
    print(f"### Event sentence detection, split {args.split} (P / R / F1 per sentence)\n")
    print("| language | kind | rules only | model only | both |")
    print("|---|---|---|---|---|")
    for lang in ("de", "en"):
        for label in LABELS:
            cells = [prf(*counts[lang, label, m]) for m in ("rules", "model", "both")]
            print(f"| {lang} | {label.lower()} | {' | '.join(cells)} |")
    print(f"\n### Statements end to end, split {args.split}\n")
    print("| language | without the detector | with it |")
    print("|---|---|---|")
    threshold = speech.DETECTED_STATEMENT
    rows = {}
    for label, value in (("without", 2.0), ("with", threshold)):
        speech.DETECTED_STATEMENT = value
        scores = realnews.evaluate(items)
        rows[label] = {lang: "{:.2f} / {:.2f} / **{:.2f}**".format(*scores[lang]["statement"].prf())
                       for lang in ("de", "en")}
    speech.DETECTED_STATEMENT = threshold
    for lang in ("de", "en"):
        print(f"| {lang} | {rows['without'][lang]} | {rows['with'][lang]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
