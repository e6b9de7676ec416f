"""Extraction quality on real news: the annotated Wikinews articles (docs/annotation.md).

    .venv/bin/python -m tests.eval.realnews [--split test|dev|dev2|dev3|dev4|dev5|dev6|train|all] [--agreement] [-v]

The texts are read from ../shared/corpora/wikinews/ (never stored here); the gold in
tests/data/realnews/<split>/ holds offsets only. Events and actors are matched as in
tests/eval/extraction.py. Date expressions: a gold expression is *found* when a predicted
one overlaps it, its *value* is right when the values are equal, its *type* when the
predicted type is the gold one (the extractor's timexes are all DATE so far).

Under each table, a 95% interval for each F1: the split's articles of one language are
drawn again with replacement (`RESAMPLES` times, fixed seed) and the F1 of each draw is
computed from its summed counts; the interval holds the middle 95% of those F1s. It says how
much of a difference between two scores can be the choice of articles alone.

`--agreement` scores the second, independent annotation (tests/data/realnews/second/)
against the first, layer by layer: the ceiling the extraction can be expected to reach.
The test split is scored once per round, before any change, and recorded in
docs/extraction.md; nobody tunes on it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import defaultdict

from .annotate import CORPUS, GOLD, corpus, manifest, text_sha1
from . import extraction
from .extraction import Score

SPLITS = ("train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "test")
RESAMPLES = 1000
EVENT_LAYERS = ("meeting", "statement", "actors")


def gold_as_output(gold: dict, text: str) -> dict:
    """A gold file in the shape of an `extraction/1` result (texts filled in from offsets)."""
    events = []
    for e in gold["events"]:
        ev = e["evidence"]
        out = {**e, "evidence": {**ev, "text": text[ev["start"]:ev["end"]]}}
        if e["kind"] == "statement":
            out["quote"] = text[e["quote"]["start"]:e["quote"]["end"]]
        events.append(out)
    return {"actors": gold["actors"], "events": events, "timexes": gold["timexes"]}


def load(split: str, folder: str | None = None) -> list[dict]:
    """Gold items of a split whose article is in the corpus; raises if a text changed."""
    wanted = SPLITS if split == "all" else (split,)
    items = []
    for entry in manifest():
        if entry["split"] not in wanted:
            continue
        path = GOLD / (folder or entry["split"]) / f"{entry['id']}.json"
        if not path.exists():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = corpus()[entry["id"]]
        if text_sha1(article["text"]) != gold["text_sha1"]:
            raise SystemExit(f"{entry['id']}: the corpus text changed since it was annotated")
        items.append({"id": entry["id"], "split": entry["split"], "language": article["language"],
                      "published": article["published"], "text": article["text"],
                      "gold": gold_as_output(gold, article["text"])})
    return items


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def timex_type(t: dict) -> str:
    return t.get("type") or "DATE"


def score_timexes(gold: list[dict], pred: list[dict], score: dict[str, int],
                  text: str | None = None) -> None:
    """Count found / right value / right type; with `text`, print what was missed or wrong."""
    used: set[int] = set()
    score["gold"] += len(gold)
    score["pred"] += len(pred)
    for g in gold:
        match = next((k for k, p in enumerate(pred) if k not in used and _overlap(g, p)), None)
        if match is None:
            if text is not None:
                print(f"  timex missed: {text[g['start']:g['end']]!r} {g['value']} {g['type']}")
            continue
        used.add(match)
        p = pred[match]
        score["found"] += 1
        right = (p.get("timex3") or p.get("value")) == g["value"]
        score["value"] += right
        score["type"] += timex_type(p) == g["type"]
        if text is not None and not right:
            print(f"  timex value: {text[g['start']:g['end']]!r} gold {g['value']} "
                  f"pred {p.get('timex3') or p.get('value')}")


def score_item(item: dict, out: dict, scores, verbose: bool = False) -> None:
    extraction.score_item(f"{item['id']} ({item['split']})", gold=item["gold"], out=out,
                          language=item["language"], scores=scores, verbose=verbose)
    score_timexes(item["gold"]["timexes"], out.get("timexes", []), scores[item["language"]]["timexes"],
                  item["text"] if verbose else None)
    score_timexes(item["gold"]["timexes"], out.get("timexes", []), scores["all"]["timexes"])


def new_scores():
    return defaultdict(lambda: defaultdict(Score, timexes=defaultdict(int)))


def table(scores, title: str) -> str:
    lines = [f"### {title}", "",
             "| language | meetings P / R / F1 | statements P / R / F1 | actors P / R / F1 | right dates (meetings, statements) | timexes found / right value / right type | person roles right | quote words F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for lang in ("de", "en", "all"):
        if lang not in scores:
            continue
        s = scores[lang]
        cells = []
        for kind in ("meeting", "statement", "actors"):
            p, r, f = s[kind].prf()
            cells.append(f"{p:.2f} / {r:.2f} / **{f:.2f}**")
        dates = ", ".join(f"{s[k].dates}/{s[k].tp}" + (f" = {s[k].dates / s[k].tp:.0%}" if s[k].tp else "")
                          for k in ("meeting", "statement"))
        t = s["timexes"]
        found = t["found"] / t["gold"] if t["gold"] else 0.0
        value = t["value"] / t["found"] if t["found"] else 0.0
        kind = t["type"] / t["found"] if t["found"] else 0.0
        timexes = f"{t['found']}/{t['gold']} = {found:.0%} / {value:.0%} / {kind:.0%} (predicted {t['pred']})"
        roles = s["roles"]
        role_cell = f"{roles.tp}/{roles.gold}" + (f" = {roles.tp / roles.gold:.0%}" if roles.gold else "")
        quotes = s["quotes"]
        quote_cell = f"{quotes.tp / quotes.gold:.2f}" if quotes.gold else "–"
        lines.append(f"| {lang} | {' | '.join(cells)} | {dates} | {timexes} | {role_cell} | {quote_cell} |")
    return "\n".join(lines)


def evaluate(items: list[dict], verbose: bool = False, per_article: list | None = None):
    """Scores of the split; with `per_article`, each article's own scores are appended to it
    as (language, scores) for `intervals`."""
    from articles.extraction import extract_batch

    scores = new_scores()
    inputs = [{"id": it["id"], "text": it["text"], "published": it["published"], "language": it["language"]}
              for it in items]
    for item, out in zip(items, extract_batch(inputs), strict=True):
        if "error" in out:
            print(f"{item['id']}: ERROR {out['error']}", file=sys.stderr)
            out = {"actors": [], "events": [], "timexes": []}  # a failure scores as nothing found
        score_item(item, out, scores, verbose)
        if per_article is not None:
            own = new_scores()
            score_item(item, out, own)
            per_article.append((item["language"], own[item["language"]]))
    return scores


def intervals(per_article: list, seed: int = 0) -> str:
    """One line per language: the 95% bootstrap interval of each layer's F1 (module doc)."""
    rng = random.Random(seed)
    lines = []
    for lang in sorted({lang for lang, _ in per_article}):
        own = [s for l, s in per_article if l == lang]
        cells = []
        for kind in EVENT_LAYERS:
            if not sum(s[kind].gold for s in own):
                continue
            f1s = []
            for _ in range(RESAMPLES):
                total = Score()
                for s in rng.choices(own, k=len(own)):
                    total.add(s[kind].tp, s[kind].gold, s[kind].pred)
                f1s.append(total.prf()[2])
            f1s.sort()
            low, high = f1s[int(0.025 * RESAMPLES)], f1s[int(0.975 * RESAMPLES) - 1]
            cells.append(f"{'actors' if kind == 'actors' else kind + 's'} {low:.2f}–{high:.2f}")
        lines.append(f"- {lang}, F1 95% interval over {len(own)} articles: " + ", ".join(cells))
    return "\n".join(lines)


def agreement(split: str) -> tuple[object, int]:
    """The second annotation scored against the first."""
    first = {it["id"]: it for it in load(split)}
    scores, n = new_scores(), 0
    for second in load(split, folder="second"):
        if second["id"] in first:
            score_item(first[second["id"]], second["gold"], scores)
            n += 1
    return scores, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="dev")
    ap.add_argument("--agreement", action="store_true", help="second annotation vs first")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not corpus():
        print(f"real news: skipped, the Wikinews corpus is not at {CORPUS}")
        return 0
    started = dt.datetime.now()
    if args.agreement:
        scores, n = agreement(args.split)
        print(table(scores, f"agreement of two annotators, split {args.split} ({n} articles)"))
        return 0
    for split in (SPLITS if args.split == "all" else (args.split,)):
        items = load(split)
        if not items:
            print(f"real news, split {split}: no annotated articles")
            continue
        per_article: list = []
        scores = evaluate(items, args.verbose, per_article)
        print()
        print(table(scores, f"real news, split {split} ({len(items)} articles)"))
        print()
        print(intervals(per_article))
    print(f"\n({(dt.datetime.now() - started).total_seconds():.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
