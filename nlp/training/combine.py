"""Assemble the packaged pipeline from the two trained pipelines.

The UD pipeline (tok2vec, tagger, morphologizer, parser, lemmatizer) is the base; the NER
component, which has its own inline tok2vec, is sourced from the NER pipeline. Metadata
(licences, sources) come from nlp/training/meta.json.

Usage: python -m nlp.training.combine --ud DIR --ner DIR --out DIR [--version X.Y.Z]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

from nlp.training import functions  # noqa: F401  (registers chronik.* functions)

HERE = Path(__file__).resolve().parent


def combine(ud_dir: Path, ner_dir: Path, out: Path, version: str, lemma_mode: str) -> None:
    nlp = spacy.load(ud_dir)
    ner_nlp = spacy.load(ner_dir)
    nlp.add_pipe("ner", source=ner_nlp)
    # the NER (and maybe UD) tok2vec reads Brown clusters from the vocab's lookups
    table = functions.CLUSTER_TABLE
    if ner_nlp.vocab.lookups.has_table(table) and not nlp.vocab.lookups.has_table(table):
        nlp.vocab.lookups.set_table(table, ner_nlp.vocab.lookups.get_table(table))
    if lemma_mode == "lookup":
        # replace the trained edit-tree lemmatizer by spaCy's German lookup table
        nlp.remove_pipe("trainable_lemmatizer")
        lem = nlp.add_pipe("lemmatizer", config={"mode": "lookup"}, after="parser")
        lem.initialize()
    meta = json.loads((HERE / "meta.json").read_text(encoding="utf-8"))
    meta["version"] = version
    meta["spacy_version"] = f">={spacy.about.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    for key in ("name", "version", "description", "author", "email", "url", "license", "sources"):
        nlp.meta[key] = meta[key]
    # keep the training scores of both halves for reference
    nlp.meta["performance"] = {**ner_nlp.meta.get("performance", {}), **nlp.meta.get("performance", {})}
    nlp.to_disk(out)
    print(f"saved {out}: {nlp.pipe_names}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--ud", type=Path, required=True)
    ap.add_argument("--ner", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--version", default="0.1.0")
    ap.add_argument("--lemma", choices=("trainable", "lookup"), default="trainable")
    args = ap.parse_args()
    combine(args.ud, args.ner, args.out, args.version, args.lemma)


if __name__ == "__main__":
    main()
