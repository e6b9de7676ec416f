"""Evaluate the German pipeline on the held-out splits (an evaluation, not a unit test).

Run from the repository root:  .venv/bin/python -m tests.eval.nlp [--model NAME_OR_PATH]

* NER: the last 1,000 sentences of GermEval 2014 NER-de-test.tsv (never trained on),
  outer-level tags, PER/LOC/ORG only (*deriv/*part excluded), exact character spans.
  Without --model the pipeline is taken as the app runs it:
  articles.extraction.pipelines.get_nlp("de") if that module exists, else
  spacy.load("de_chronik_news").
* UD: the last 400 sentences of UD German-GSD de_gsd-ud-test.conllu (never trained on),
  run on the gold tokens: POS accuracy, STTS tag accuracy, morph accuracy, UAS/LAS, lemma.

Data come from $NLP_DATA_DIR (default: ../shared/nlp-data next to the repository).
"""
from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from nlp.training import convert

REPO = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("NLP_DATA_DIR", REPO.parent / "shared" / "nlp-data"))
LABELS = ("PER", "LOC", "ORG")
Span3 = tuple[int, int, str]


def load_app_pipeline(model: str | None) -> tuple[Language, str]:
    if model:
        from nlp.training import functions  # noqa: F401  (registers chronik.* layers for model dirs)

        return spacy.load(model), model
    try:
        from articles.extraction.pipelines import get_nlp
    except ImportError:
        return spacy.load("de_chronik_news"), "spacy.load('de_chronik_news') (app pipeline not importable)"
    return get_nlp("de"), "articles.extraction.pipelines.get_nlp('de')"


def gold_sentences(data: Path) -> list[tuple[str, set[Span3]]]:
    """GermEval eval split as (text, gold spans); tokens joined by single spaces."""
    sents = convert.read_germeval_sentences(data / "germeval2014" / "NER-de-test.tsv")
    out = []
    for sent in sents[-convert.GERMEVAL_EVAL_SENTS :]:
        doc = convert.bio_doc([t for t, _ in sent], [g for _, g in sent])
        spans = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        out.append((doc.text, spans))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate_ner(nlp: Language, data: Path) -> dict[str, Any]:
    sents = gold_sentences(data)
    counts = {lab: Counter() for lab in LABELS}
    start = time.perf_counter()
    for (text, gold), doc in zip(sents, nlp.pipe(t for t, _ in sents)):
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
        for lab in LABELS:
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            counts[lab]["tp"] += len(g & p)
            counts[lab]["fp"] += len(p - g)
            counts[lab]["fn"] += len(g - p)
    result: dict[str, Any] = {"seconds": time.perf_counter() - start, "sentences": len(sents)}
    total = Counter()
    for lab in LABELS:
        total.update(counts[lab])
        result[lab] = prf(counts[lab]["tp"], counts[lab]["fp"], counts[lab]["fn"]) + (
            counts[lab]["tp"] + counts[lab]["fn"],
        )
    result["micro"] = prf(total["tp"], total["fp"], total["fn"]) + (total["tp"] + total["fn"],)
    return result


def evaluate_ud(nlp: Language, data: Path) -> dict[str, float]:
    gold_docs = convert.ud_docs(data)["eval"]
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g) for g in gold_docs]
    scores = nlp.evaluate(examples)
    keys = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    return {k: scores[k] for k in keys if scores.get(k) is not None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", help="spaCy package name or path (default: the app pipeline)")
    ap.add_argument("--skip-ud", action="store_true", help="NER only")
    args = ap.parse_args()

    nlp, origin = load_app_pipeline(args.model)
    print(f"pipeline: {origin}  components: {nlp.pipe_names}")
    print(f"data: {DATA}")
    ner = evaluate_ner(nlp, DATA)
    print(f"\nNER, GermEval 2014 eval split (last {ner['sentences']} sentences of NER-de-test.tsv), exact spans")
    print(f"{'label':6} {'P':>6} {'R':>6} {'F':>6} {'gold':>6}")
    for lab in LABELS + ("micro",):
        p, r, f, n = ner[lab]
        print(f"{lab:6} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}")
    if not args.skip_ud:
        # POS/LAS belong to the statistical model, not the app's rule layers
        ud_nlp = nlp if args.model else spacy.load("de_chronik_news")
        ud = evaluate_ud(ud_nlp, DATA)
        print(f"\nUD German-GSD held-out (last {convert.UD_EVAL_SENTS} sentences of de_gsd-ud-test.conllu), gold tokens")
        for k, v in ud.items():
            print(f"{k:10} {v:6.3f}")


if __name__ == "__main__":
    main()
