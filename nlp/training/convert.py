"""Convert the openly licensed German corpora in shared/nlp-data to spaCy DocBin files.

Readers return lists of ``Doc`` objects so that the evaluation script can reuse them
(tests/eval/nlp.py reads the held-out splits straight from the shared folder).

Usage: python -m nlp.training.convert --data DIR --out nlp/training/corpus
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import zipfile
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

# Held-out splits (documented in docs/nlp.md; never trained on).
GERMEVAL_EVAL_SENTS = 1000  # last 1,000 sentences of NER-de-test.tsv
GERMEVAL_DEV_SENTS = 500  # the 500 sentences before those: early stopping / model selection
UD_EVAL_SENTS = 400  # last 400 sentences of de_gsd-ud-test.conllu
UD_DEV_SENTS = 200  # last 200 sentences of de_gsd-ud-dev.conllu: model selection
UD_SENTS_PER_DOC = 8

_vocab_nlp: Language | None = None


def blank_de() -> Language:
    global _vocab_nlp
    if _vocab_nlp is None:
        _vocab_nlp = spacy.blank("de")
    return _vocab_nlp


# ---------------------------------------------------------------- GermEval 2014
GERMEVAL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def read_germeval_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, outer BIO tag) pairs; *deriv/*part tags become O."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        cols = line.split("\t")
        tag = cols[2]
        if tag != "O":
            prefix, label = tag.split("-", 1)
            # LOCderiv ("französischen") / ORGpart are not names of PER/LOC/ORG
            tag = f"{prefix}-{GERMEVAL_MAP[label]}" if label in GERMEVAL_MAP else "O"
        cur.append((cols[1], tag))
    if cur:
        sents.append(cur)
    return sents


def bio_doc(tokens: list[str], tags: list[str]) -> Doc:
    """Doc from whitespace-separated tokens with (repaired) BIO tags."""
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        # an I- tag after O or another label starts a new entity
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return Doc(blank_de().vocab, words=tokens, ents=fixed)


def germeval_docs(data: Path) -> dict[str, list[Doc]]:
    """train = dev + test[:-1500]; dev = test[-1500:-1000]; eval = test[-1000:]."""
    gdir = data / "germeval2014"
    dev = read_germeval_sentences(gdir / "NER-de-dev.tsv")
    test = read_germeval_sentences(gdir / "NER-de-test.tsv")
    cut_eval = len(test) - GERMEVAL_EVAL_SENTS
    cut_dev = cut_eval - GERMEVAL_DEV_SENTS

    def docs(sents: list[list[tuple[str, str]]]) -> list[Doc]:
        return [bio_doc([t for t, _ in s], [g for _, g in s]) for s in sents]

    return {
        "train": docs(dev + test[:cut_dev]),
        "dev": docs(test[cut_dev:cut_eval]),
        "eval": docs(test[cut_eval:]),
    }


# ---------------------------------------------------------------- SmartData / MobIE labels
def dfki_label(kind: str) -> str | None:
    """Map DFKI fine-grained types to PER/LOC/ORG; routes ("S4") are not places."""
    if kind == "person":
        return "PER"
    if kind.startswith("location") and kind != "location-route":
        return "LOC"
    if kind.startswith("organization"):
        return "ORG"
    return None


def _iter_json_documents(path: Path) -> Iterator[dict]:
    """The SmartData files are concatenated pretty-printed JSON objects."""
    text = gzip.open(path, "rt", encoding="utf-8").read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def _sentence_docs(doc: Doc) -> list[Doc]:
    """Split a long document into sentence docs (rule sentencizer + line breaks)."""
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if len(words) < 2:
            continue
        out.append(sent.as_doc())
    return out


_sentencizer = None


def smartdata_docs(data: Path) -> list[Doc]:
    global _sentencizer
    nlp = blank_de()
    if _sentencizer is None:
        _sentencizer = nlp.add_pipe("sentencizer") if "sentencizer" not in nlp.pipe_names else nlp.get_pipe("sentencizer")
    docs: list[Doc] = []
    for name in ("v1_20180119-train.json.gz", "v1_20180119-test.json.gz"):
        for obj in _iter_json_documents(data / "smartdata" / name):
            text = obj["text"]["string"]
            doc = nlp.make_doc(text)
            spans = []
            for m in (obj.get("conceptMentions") or {}).get("array") or []:
                label = dfki_label(m["type"])
                if label is None:
                    continue
                span = doc.char_span(m["span"]["start"], m["span"]["end"], label=label, alignment_mode="expand")
                if span is not None and span.text.strip():
                    spans.append(span)
            doc.set_ents(filter_spans(spans), default="outside")
            doc = _sentencizer(doc)
            # never split inside an entity; always split at line breaks
            for tok in doc[1:]:
                if tok.ent_iob_ == "I":
                    tok.is_sent_start = False
                elif "\n" in doc[tok.i - 1].text:
                    tok.is_sent_start = True
            docs.extend(_sentence_docs(doc))
    return docs


def mobie_docs(data: Path) -> list[Doc]:
    docs: list[Doc] = []
    with zipfile.ZipFile(data / "mobie" / "ner_conll03_formatted.zip") as zf:
        for member in sorted(zf.namelist()):
            words: list[str] = []
            tags: list[str] = []
            lines = zf.read(member).decode("utf-8").splitlines() + [""]
            for line in lines:
                if not line.strip() or line.startswith("-DOCSTART-"):
                    if words:
                        docs.append(bio_doc(words, tags))
                    words, tags = [], []
                    continue
                cols = line.split("\t")
                tag = cols[-1]
                label = dfki_label(tag[2:]) if tag != "O" else None
                words.append(cols[0])
                tags.append(f"{tag[:2]}{label}" if label else "O")
    return docs


# ---------------------------------------------------------------- Europeana
_TAG_RE = re.compile(r"^([BI])[-_.](PER|LOC|ORG|MISC)", re.IGNORECASE)


def europeana_docs(data: Path, chunk: int = 40) -> list[Doc]:
    """Europeana has no sentence breaks: cut after '.' once a chunk is long enough."""
    docs: list[Doc] = []
    for path in sorted((data / "europeana-newspapers-de").glob("*.bio")):
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                continue
            m = _TAG_RE.match(parts[-1]) if len(parts) > 1 else None
            tag = f"{m.group(1).upper()}-{m.group(2).upper()}" if m else "O"
            word = " ".join(parts[:-1]) if len(parts) > 1 else parts[0]
            for w in word.split():  # a few lines hold several tokens
                words.append(w)
                tags.append(tag)
                tag = "I-" + tag[2:] if tag != "O" else "O"
            if len(words) >= chunk and words[-1] in {".", "!", "?"} or len(words) >= 3 * chunk:
                docs.append(bio_doc(words, tags))
                words, tags = [], []
        if words:
            docs.append(bio_doc(words, tags))
    return docs


# ---------------------------------------------------------------- UD CoNLL-U
def _conllu_sentences(path: Path) -> list[list[list[str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        elif not line.startswith("#"):
            cur.append(line.split("\t"))
    if cur:
        sents.append(cur)
    return sents


def ud_doc(rows: list[list[str]], stts: bool = True) -> Doc:
    """One UD sentence as a Doc of surface tokens.

    Contractions ("im" = in + dem) are kept as one token, as spaCy's tokenizer leaves
    them: it gets the ADP's POS/head/deprel and the article's morphology.
    stts=False leaves the fine tag unset (PUD's XPOS are English Penn tags, not STTS).
    """
    words, spaces, lemmas, pos, tags, morphs, heads, deps = [], [], [], [], [], [], [], []
    # map UD word id -> surface token index
    id2tok: dict[str, int] = {}
    surface: list[dict] = []
    i = 0
    while i < len(rows):
        r = rows[i]
        if "." in r[0]:  # empty nodes
            i += 1
            continue
        if "-" in r[0]:
            start, end = (int(x) for x in r[0].split("-"))
            parts = rows[i + 1 : i + 1 + end - start + 1]
            main = next((p for p in parts if p[3] == "ADP"), parts[0])
            feats = "|".join(p[5] for p in parts if p[5] != "_") or "_"
            for p in parts:
                id2tok[p[0]] = len(surface)
            surface.append({"form": r[1], "lemma": main[2], "upos": main[3], "xpos": "APPRART" if main[3] == "ADP" else main[4],
                            "feats": feats, "head": main[6], "dep": main[7], "misc": r[9], "ids": {p[0] for p in parts}})
            i += 1 + len(parts)
            continue
        id2tok[r[0]] = len(surface)
        surface.append({"form": r[1], "lemma": r[2], "upos": r[3], "xpos": r[4], "feats": r[5],
                        "head": r[6], "dep": r[7], "misc": r[9], "ids": {r[0]}})
        i += 1
    for k, s in enumerate(surface):
        words.append(s["form"])
        spaces.append("SpaceAfter=No" not in s["misc"] and k < len(surface) - 1)
        lemmas.append(s["lemma"])
        pos.append(s["upos"])
        tags.append(s["xpos"] if stts else "")
        # de-duplicate features merged from a contraction
        feats = sorted(set(f for f in s["feats"].split("|") if f != "_"))
        seen: dict[str, str] = {}
        for f in feats:
            key, _, val = f.partition("=")
            seen.setdefault(key, f)
        morphs.append("|".join(seen.values()))
        head = s["head"]
        # a head inside the same contraction (e.g. "zum" -> Mal) points to itself
        if head == "0" or head in s["ids"]:
            heads.append(k)
            deps.append("ROOT" if head == "0" else s["dep"])
        else:
            heads.append(id2tok[head])
            deps.append(s["dep"])
    return Doc(blank_de().vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags,
               morphs=morphs, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))


def ud_docs(data: Path) -> dict[str, list[Doc]]:
    gsd_dev = _conllu_sentences(data / "ud-german-gsd" / "de_gsd-ud-dev.conllu")
    gsd_test = _conllu_sentences(data / "ud-german-gsd" / "de_gsd-ud-test.conllu")
    pud = _conllu_sentences(data / "ud-german-pud" / "de_pud-ud-test.conllu")

    def docs(sents: Iterable[list[list[str]]], stts: bool = True) -> list[Doc]:
        # several sentences per Doc: otherwise the parser never learns to split sentences
        single = [ud_doc(s, stts) for s in sents]
        return [Doc.from_docs(single[i : i + UD_SENTS_PER_DOC]) for i in range(0, len(single), UD_SENTS_PER_DOC)]

    return {
        "train": docs(gsd_dev[:-UD_DEV_SENTS] + gsd_test[:-UD_EVAL_SENTS]) + docs(pud, stts=False),
        "dev": docs(gsd_dev[-UD_DEV_SENTS:]),
        "eval": docs(gsd_test[-UD_EVAL_SENTS:]),
    }


# ---------------------------------------------------------------- main
def save(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    n_ents = sum(len(d.ents) for d in docs)
    print(f"{path}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens, {n_ents} entities")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--germeval-copies", type=int, default=2, help="oversample the in-domain GermEval data")
    ap.add_argument("--europeana", action="store_true", help="add the OCR-noisy historical Europeana data")
    ap.add_argument("--with-dev", action="store_true",
                    help="final run: also train on the GermEval dev slice (steps fixed beforehand on dev)")
    args = ap.parse_args()
    out: Path = args.out
    src = out / "sources"
    ge = germeval_docs(args.data)
    save(ge["train"], src / "germeval.spacy")
    save(ge["dev"], out / "ner_dev" / "germeval_dev.spacy")
    save(smartdata_docs(args.data), src / "smartdata.spacy")
    save(mobie_docs(args.data), src / "mobie.spacy")
    save(europeana_docs(args.data), src / "europeana.spacy")
    # the training directory holds the chosen mix (spacy.Corpus reads every .spacy file in it)
    train = out / "ner_train"
    if train.exists():
        for f in train.glob("*.spacy"):
            f.unlink()
    train.mkdir(parents=True, exist_ok=True)
    parts = [f"germeval.spacy:{i}" for i in range(args.germeval_copies)] + ["smartdata.spacy:0", "mobie.spacy:0"]
    if args.europeana:
        parts.append("europeana.spacy:0")
    for part in parts:
        name, copy = part.split(":")
        (train / f"{copy}_{name}").symlink_to((src / name).resolve())
    if args.with_dev:
        for i in range(args.germeval_copies):
            (train / f"{i}_germeval_dev.spacy").symlink_to((out / "ner_dev" / "germeval_dev.spacy").resolve())
    print(f"{train}: {sorted(p.name for p in train.iterdir())}")
    ud = ud_docs(args.data)
    for split in ("train", "dev", "eval"):
        save(ud[split], out / f"ud_{split}" / f"ud_{split}.spacy")


if __name__ == "__main__":
    main()
