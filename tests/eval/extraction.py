"""Extraction quality on our development set (tests/data/extraction/{dev,test}).

    .venv/bin/python -m tests.eval.extraction [--split dev|test|test2|test3|test4|test5|all] [-v]

The "test" part is blind: it was written together with the dev part but is evaluated only
at the end of a development round and reported separately.

Matching rules (one-to-one, greedy, in gold order):
- actors: same kind and the same name (case-insensitive) or one's name among the other's
  aliases; states match by ISO country code when both have one (naming a state
  "USA" or "Vereinigte Staaten" is the same actor).
- meetings: the same participant set, after mapping each predicted participant to the gold
  actor it matched (unmatched names are compared as written), and compatible dates (either
  side null, or the date ranges overlap).
- statements: the same speaker (mapped as above) and overlapping evidence (character
  spans intersect) or overlapping quote (one contains the other).
- date right: among matched events, the predicted value equals the gold value, or both are
  given and the predicted range lies inside the gold range (a more precise right date).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from articles.extraction import extract_batch
from timeline.lib.dates import to_date_range

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"


def load(split: str) -> list[dict]:
    splits = ["dev", "test", "test2", "test3", "test4", "test5"] if split == "all" else [split]
    items = []
    for part in splits:
        for path in sorted((DATA / part).glob("*.txt")):
            gold = json.loads(path.with_suffix(".json").read_text())
            items.append({"id": f"{part}/{path.stem}", "text": path.read_text(), "gold": gold,
                          "published": gold["published"], "language": gold["language"]})
    return items


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def match_actors(gold: list[dict], pred: list[dict]) -> dict[str, str]:
    """predicted name → gold name."""
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for g in gold:
        for k, p in enumerate(pred):
            if k in used or p["kind"] != g["kind"]:
                continue
            if g["kind"] == "state" and g.get("country") and p.get("country"):
                same = g["country"] == p["country"]
            else:
                gnames = {_norm(g["name"]), *map(_norm, g.get("aliases", []))}
                pnames = {_norm(p["name"]), *map(_norm, p.get("aliases", []))}
                same = _norm(g["name"]) in pnames or _norm(p["name"]) in gnames
            if same:
                used.add(k)
                mapping[p["name"]] = g["name"]
                break
    return mapping


def _range(value: str | None):
    return to_date_range(value) if value else None


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    (a0, a1), (b0, b1) = _range(a), _range(b)
    return a0 <= b1 and b0 <= a1


def date_right(gold: str | None, pred: str | None) -> bool:
    if gold == pred:
        return True
    if not gold or not pred:
        return False
    (g0, g1), (p0, p1) = _range(gold), _range(pred)
    return g0 <= p0 and p1 <= g1


def _spans_overlap(g: dict, p: dict) -> bool:
    ge, pe = g.get("evidence") or {}, p.get("evidence") or {}
    if {"start", "end"} <= ge.keys() and {"start", "end"} <= pe.keys():
        return ge["start"] < pe["end"] and pe["start"] < ge["end"]
    return False


def _quote_overlap(g: dict, p: dict) -> bool:
    gq, pq = _norm(g.get("quote") or ""), _norm(p.get("quote") or "")
    return bool(gq and pq) and (gq in pq or pq in gq)


def quote_words_f1(gold: str | None, pred: str | None) -> float:
    """How well a matched statement's quote gives the gold's words: F1 of the two bags of
    lower-cased words (1.0 for the same words, 0.0 for none shared)."""
    g, p = (Counter(re.findall(r"\w+", (q or "").lower())) for q in (gold, pred))
    shared = sum((g & p).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(p.values()), shared / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def match_events(gold: list[dict], pred: list[dict], mapping: dict[str, str], kind: str):
    gold = [e for e in gold if e["kind"] == kind]
    pred = [e for e in pred if e["kind"] == kind]
    pairs, used = [], set()
    for g in gold:
        best = None
        for k, p in enumerate(pred):
            if k in used:
                continue
            if kind == "meeting":
                ok = {mapping.get(x, x) for x in p["participants"]} == set(g["participants"]) \
                    and dates_compatible(g["date"], p["date"])
            else:
                ok = mapping.get(p["speaker"], p["speaker"]) == g["speaker"] \
                    and (_spans_overlap(g, p) or _quote_overlap(g, p))
            if ok and (best is None or (date_right(g["date"], p["date"]) and not date_right(g["date"], pred[best]["date"]))):
                best = k
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    missed = [g for g in gold if all(g is not x for x, _ in pairs)]
    spurious = [p for k, p in enumerate(pred) if k not in used]
    return pairs, missed, spurious, len(gold), len(pred)


class Score:
    def __init__(self) -> None:
        self.tp = self.gold = self.pred = self.dates = 0

    def add(self, tp: int, gold: int, pred: int, dates: int = 0) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred
        self.dates += dates

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_item(label: str, *, gold: dict, out: dict, language: str, scores, verbose: bool = False) -> None:
    """Add one article's actors, roles of persons, meetings and statements to `scores`
    (per language and "all"); with `verbose`, print what was missed, spurious or wrongly
    dated."""
    mapping = match_actors(gold["actors"], out["actors"])
    for lang in (language, "all"):
        scores[lang]["actors"].add(len(mapping), len(gold["actors"]), len(out["actors"]))
    # Roles: of the matched persons whose gold has a role, how many got one and the right
    # one (the predicted role word inside the gold role: "Envoy" in "peace envoy").
    by_name = {g["name"]: g for g in gold["actors"]}
    with_role = [(p, by_name[mapping[p["name"]]]) for p in out["actors"]
                 if p["kind"] == "person" and p["name"] in mapping and by_name[mapping[p["name"]]].get("role")]
    right = sum(bool(p.get("role")) and p["role"].lower() in g["role"].lower() for p, g in with_role)
    for lang in (language, "all"):
        scores[lang]["roles"].add(right, len(with_role), sum(bool(p.get("role")) for p, _ in with_role))
    if verbose:
        print(f"\n== {label}")
        gnames = set(mapping.values())
        for g in gold["actors"]:
            if g["name"] not in gnames:
                print(f"  actor missed: {g['name']} ({g['kind']})")
        for p in out["actors"]:
            if p["name"] not in mapping:
                print(f"  actor spurious: {p['name']} ({p['kind']})")
    for kind in ("meeting", "statement"):
        pairs, missed, spurious, n_gold, n_pred = match_events(gold["events"], out["events"], mapping, kind)
        right = sum(date_right(g["date"], p["date"]) for g, p in pairs)
        for lang in (language, "all"):
            scores[lang][kind].add(len(pairs), n_gold, n_pred, right)
            if kind == "statement":  # the quotes' words: a sum of F1 over the matched statements
                scores[lang]["quotes"].add(sum(quote_words_f1(g.get("quote"), p.get("quote")) for g, p in pairs),
                                           len(pairs), len(pairs))
        if verbose:
            for label_, events in (("missed", missed), ("spurious", spurious)):
                for e in events:
                    who = e.get("participants") or e.get("speaker")
                    print(f"  {kind} {label_}: {who} {e['date']} {e['status']} | {e['evidence']['text'][:90]}")
            for g, p in pairs:
                if not date_right(g["date"], p["date"]):
                    print(f"  {kind} date: gold {g['date']} pred {p['date']} | {g['evidence']['text'][:70]}")


def evaluate(items: list[dict], verbose: bool = False) -> dict[str, dict[str, Score]]:
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    inputs = [{k: v for k, v in it.items() if k != "gold"} for it in items]
    for item, out in zip(items, extract_batch(inputs)):
        if "error" in out:
            print(f"{item['id']}: ERROR {out['error']}", file=sys.stderr)
            out = {"actors": [], "events": [], "timexes": []}  # a failure scores as nothing found
        score_item(item["id"], gold=item["gold"], out=out, language=item["gold"]["language"],
                   scores=scores, verbose=verbose)
    return scores


def table(scores, title: str) -> str:
    lines = [f"### {title}", "", "| language | part | P | R | F1 | right dates |", "|---|---|---|---|---|---|"]
    for lang in ("de", "en", "all"):
        for kind in ("meeting", "statement", "actors"):
            s = scores[lang][kind]
            p, r, f = s.prf()
            dates = f"{s.dates}/{s.tp} = {s.dates / s.tp:.0%}" if kind != "actors" and s.tp else ""
            lines.append(f"| {lang} | {kind}s | {p:.2f} | {r:.2f} | {f:.2f} | {dates} |".replace("actorss", "actors"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "test2", "test3", "test4", "test5", "all"], default="dev")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    started = dt.datetime.now()
    scores = evaluate(load(args.split), args.verbose)
    print()
    print(table(scores, f"extraction, split {args.split}"))
    print(f"\n({(dt.datetime.now() - started).total_seconds():.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
