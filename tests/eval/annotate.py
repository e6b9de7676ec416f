"""Annotation tools for the real-news gold (see docs/annotation.md).

    .venv/bin/python -m tests.eval.annotate show ID
    .venv/bin/python -m tests.eval.annotate convert WORKFILE… --out tests/data/realnews/<split>/

A work file is the annotator's own JSON with the exact text of every evidence, quote and date
expression; `convert` finds each text in the article, checks every field and writes the gold
file with character offsets only, so that no sentence of an article enters the repository.
Strings are looked up in order: a timex is searched after the previous timex first, an
evidence or quote from the start (or after `<field>_after`, an exact text before it).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews"
GOLD = ROOT / "tests" / "data" / "realnews"

ACTOR_KINDS = {"person", "organization", "state"}
STATUSES = {"happened", "planned", "cancelled"}
PRECISIONS = {"day", "week", "month", "year", None}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"}
ANCHORS = {"published", "previous", "explicit", "none"}
EVENT_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_DATE = r"(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-(WE|[1-7]))?|-(H[12]|Q[1-4]|SP|SU|FA|WI))?"
_TIME = r"(T(\d{2}(:\d{2})?|MO|MI|AF|EV|NI))?"
TIMEX_VALUE = re.compile(
    rf"^({_DATE}{_TIME}(/{_DATE}{_TIME})?|\d{{2,3}}|P(\d+|X)([YMWD]|DE|CE)|PT(\d+|X)[HMS]|P(\d+|X)[YMWD]T(\d+|X)[HMS]"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)$")


class AnnotationError(ValueError):
    pass


@cache
def corpus() -> dict[str, dict]:
    """Every Wikinews article by id; empty where ../shared is absent."""
    articles: dict[str, dict] = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles[row["id"]] = row
    return articles


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def manifest() -> list[dict]:
    return json.loads((GOLD / "manifest.json").read_text(encoding="utf-8"))


def _find(text: str, needle: str, start: int, what: str) -> int:
    if not needle:
        raise AnnotationError(f"{what}: empty text")
    at = text.find(needle, start)
    if at < 0:
        at = text.find(needle)
        if at < 0:
            raise AnnotationError(f"{what}: {needle[:60]!r} is not in the article (copy it exactly)")
    return at


def _span(text: str, item: dict, field: str, what: str) -> dict:
    needle = item.get(field)
    if not isinstance(needle, str):
        raise AnnotationError(f"{what}: '{field}' must be the exact text")
    start = 0
    if item.get(f"{field}_after"):
        start = _find(text, item[f"{field}_after"], 0, f"{what} {field}_after") + len(item[f"{field}_after"])
    at = _find(text, needle, start, f"{what} {field}")
    return {"start": at, "end": at + len(needle)}


def convert(work: dict, annotator: str | None = None) -> dict:
    """A work file → a gold file (offsets only); raises AnnotationError on the first problem."""
    article = corpus().get(work.get("id", ""))
    if article is None:
        raise AnnotationError(f"unknown article id {work.get('id')!r}")
    text = article["text"]
    actors, names = [], set()
    for a in work.get("actors", []):
        what = f"actor {a.get('name')!r}"
        if not a.get("name") or a.get("kind") not in ACTOR_KINDS:
            raise AnnotationError(f"{what}: needs a name and kind in {sorted(ACTOR_KINDS)}")
        if a.get("country") is not None and not re.fullmatch(r"[A-Z]{2}", a["country"]):
            raise AnnotationError(f"{what}: country must be ISO alpha-2 or null")
        if a["name"] in names:
            raise AnnotationError(f"{what}: listed twice")
        names.add(a["name"])
        actors.append({"name": a["name"], "kind": a["kind"], "role": a.get("role"),
                       "country": a.get("country"), "aliases": list(a.get("aliases", []))})
    events = []
    for n, e in enumerate(work.get("events", []), 1):
        what = f"event {n} ({e.get('kind')})"
        if e.get("status") not in STATUSES:
            raise AnnotationError(f"{what}: status must be one of {sorted(STATUSES)}")
        date, precision = e.get("date"), e.get("date_precision")
        if precision not in PRECISIONS or (date is None) != (precision is None):
            raise AnnotationError(f"{what}: date and date_precision go together")
        if date is not None and not EVENT_DATE.match(date):
            raise AnnotationError(f"{what}: date {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
        out = {"kind": e.get("kind")}
        if e.get("kind") == "meeting":
            parts = e.get("participants") or []
            if len(parts) < 2 or any(p not in names for p in parts):
                raise AnnotationError(f"{what}: needs two or more participants, each an actor name")
            out.update(participants=parts, place=e.get("place"))
        elif e.get("kind") == "statement":
            if e.get("speaker") not in names:
                raise AnnotationError(f"{what}: the speaker must be an actor name")
            if e.get("mode") not in ("direct", "indirect"):
                raise AnnotationError(f"{what}: mode must be direct or indirect")
            out.update(speaker=e["speaker"], mode=e["mode"], quote=_span(text, e, "quote", what))
        else:
            raise AnnotationError(f"{what}: kind must be meeting or statement")
        out.update(date=date, date_precision=precision, status=e["status"],
                   evidence=_span(text, e, "evidence", what))
        if e.get("kind") == "statement":
            q, ev = out["quote"], out["evidence"]
            if not (ev["start"] <= q["start"] and q["end"] <= ev["end"]):
                raise AnnotationError(f"{what}: the quote must lie inside the evidence")
        events.append(out)
    timexes, cursor = [], 0
    for t in work.get("timexes", []):
        what = f"timex {t.get('text')!r}"
        if t.get("type") not in TIMEX_TYPES or t.get("anchor") not in ANCHORS or t.get("mod") not in MODS:
            raise AnnotationError(f"{what}: check type {sorted(TIMEX_TYPES)}, anchor {sorted(ANCHORS)}, mod")
        if not isinstance(t.get("value"), str) or not TIMEX_VALUE.match(t["value"]):
            raise AnnotationError(f"{what}: value {t.get('value')!r} is not a TIMEX3 value of the guide")
        if t.get("text_after"):
            cursor = _find(text, t["text_after"], 0, f"{what} text_after") + len(t["text_after"])
        at = _find(text, t.get("text") or "", cursor, what)
        cursor = at + 1
        timexes.append({"start": at, "end": at + len(t["text"]), "type": t["type"], "value": t["value"],
                        "mod": t.get("mod"), "anchor": t["anchor"]})
    timexes.sort(key=lambda t: t["start"])
    return {"id": article["id"], "language": article["language"], "published": article["published"],
            "url": article["url"], "text_sha1": text_sha1(text), "annotator": annotator or work.get("annotator"),
            "licence": "CC BY 2.5, Wikinews contributors", "actors": actors, "events": events,
            "timexes": timexes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    show = sub.add_parser("show", help="print an article")
    show.add_argument("id")
    conv = sub.add_parser("convert", help="work files → gold files with offsets")
    conv.add_argument("work", nargs="+", type=Path)
    conv.add_argument("--out", type=Path, required=True)
    conv.add_argument("--annotator")
    args = ap.parse_args(argv)
    if not corpus():
        print(f"skipped: the corpus is not at {CORPUS}")
        return 0
    if args.cmd == "show":
        a = corpus()[args.id]
        print(f"{a['id']} · {a['language']} · published {a['published']} · {a.get('title') or a.get('dateline_place') or ''}")
        print(a["url"])
        print()
        print(a["text"])
        return 0
    failed = 0
    for path in args.work:
        try:
            gold = convert(json.loads(path.read_text(encoding="utf-8")), args.annotator)
        except (AnnotationError, json.JSONDecodeError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"{gold['id']}.json"
        target.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path} → {target}: {len(gold['actors'])} actors, {len(gold['events'])} events, "
              f"{len(gold['timexes'])} timexes")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
