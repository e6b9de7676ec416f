"""spaCy Matcher rules that find date expressions in German and English docs.

Every rule is a token pattern over closed word lists (``LOWER IN``) and digit shapes, so
function words such as "mit" or "die" can never match: unlike dateparser's fuzzy search,
a weekday must be spelled out. The matcher is built once per (vocab, language) and cached.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from . import dates_lexicon as lx

Pattern = list[dict[str, Any]]

# Labels, each with its own resolution rule in dates.py.
DATE, WEEKDAY, RELDAY, RELUNIT, AGO, IN_N = "DATE", "WEEKDAY", "RELDAY", "RELUNIT", "AGO", "IN_N"
MONTH, YEAR, PART, CHAIN, VAGUE = "MONTH", "YEAR", "PART", "CHAIN", "VAGUE"


def w(*words: str | list[str], title: bool = False) -> dict[str, Any]:
    """One token whose lower-case form is one of ``words``."""
    flat: list[str] = []
    for item in words:
        flat.extend([item] if isinstance(item, str) else item)
    spec: dict[str, Any] = {"LOWER": {"IN": sorted(set(flat))}}
    if title:
        spec["IS_TITLE"] = True
    return spec


def opt(spec: dict[str, Any]) -> dict[str, Any]:
    return {**spec, "OP": "?"}


DAYNUM = {"SHAPE": {"IN": ["d", "dd", "d.", "dd."]}}
ORDNUM = {"SHAPE": {"IN": ["dxx", "ddxx"]}}
YEARNUM = {"SHAPE": {"IN": ["dddd", "dddd."]}}  # German keeps a sentence-final period on it
SMALLNUM = {"SHAPE": {"IN": ["d", "dd"]}}
NUMDATE = {"SHAPE": {"IN": sorted(
    {f"{d}.{m}.{y}" for d, m, y in product(("d", "dd"), ("d", "dd"),
                                            ("", "dd", "dddd", "dd.", "dddd."))}
    | {f"{m}/{d}/{y}" for d, m, y in product(("d", "dd"), ("d", "dd"), ("dd", "dddd"))}
)}}
DASH = {"ORTH": {"IN": ["-", "–"]}}
COMMA = {"ORTH": ","}


def variants(*parts: list[Pattern]) -> list[Pattern]:
    """Cartesian product of alternatives: each part is a list of token-lists ([] = absent)."""
    return [sum(choice, []) for choice in product(*parts)]


def _patterns(lang: str) -> dict[str, list[Pattern]]:
    months = w(list(lx.MONTHS[lang]), title=True)
    month_any = w(list(lx.MONTH_ANY), title=True)
    weekday = w(list(lx.WEEKDAYS[lang]) + (list(lx.WEEKDAY_COMPOUNDS_DE) if lang == "de" else []),
                title=True)
    span_prep = w(lx.SPAN_PREPS[lang])
    range_prep = w(lx.RANGE_PREPS[lang])
    dirw = w(lx.DIR_WORDS[lang])
    num = [[w(lx.NUMBER_WORDS[lang])], [SMALLNUM]]
    approx = [[], [w(lx.APPROX[lang])]]
    unit = w(lx.UNIT_WORDS[lang])
    part = w(lx.PART_OF_DAY[lang])
    pats: dict[str, list[Pattern]] = {k: [] for k in
                                      (DATE, WEEKDAY, RELDAY, RELUNIT, AGO, IN_N, MONTH, YEAR,
                                       PART, CHAIN, VAGUE)}
    wd_prefix = [[], [weekday], [weekday, COMMA]]
    pats[DATE] += variants([[], [span_prep]], [[NUMDATE], [YEARNUM, DASH, {"SHAPE": "dd"}, DASH,
                                                {"SHAPE": {"IN": ["dd", "dd."]}}]])
    if lang == "de":
        pats[WEEKDAY] += variants([[], [span_prep]], [[], [w("dem", "diesem")]], [[], [dirw]],
                                  [[weekday]], [[], [part]])
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]], [[dirw, w("woche")]])
        pats[WEEKDAY] += variants([[], [w("in")]], [[w("der"), w("nacht"), w("zum", "auf")]],
                                  [[weekday]])
        # "am Mittwoch, dem 30. Mai": the article only after a weekday ("für den 12. Juni"
        # keeps "12. Juni" as the expression).
        pats[DATE] += variants([[], [w("am")]],
                               [[], [weekday], [weekday, COMMA], [weekday, COMMA, w("dem", "den")],
                                [weekday, w("dem", "den")]],
                               [[DAYNUM], [DAYNUM, {"ORTH": "."}]], [[month_any]],
                               [[], [YEARNUM]])
        pats[RELDAY] += variants([[w("heute", "gestern", "vorgestern", "übermorgen")]],
                                 [[], [part]])
        # "morgen" is tomorrow; "Morgen" is the morning, except as the first word.
        pats[RELDAY] += variants([[{"ORTH": "morgen"}], [{"ORTH": "Morgen", "IS_SENT_START": True}]], [[], [w("früh", "abend", "nachmittag",
                                                                  "vormittag", "mittag")]])
        pats[RELUNIT] += variants([[], [span_prep], [span_prep, w("der", "dem", "den", "die")]],
                                  [[dirw]], [[w(lx.DIR_UNITS["de"])]])
        pats[RELUNIT] += variants([[], [w("im")], [w("in"), w("der")]],
                                  [[w(list(lx.COMPOUND_UNITS_DE))]])
        pats[RELUNIT] += [[w("am", "übers"), w("wochenende")]]
        pats[AGO] += variants([[w("vor")]], approx, num, [[unit]])
        pats[IN_N] += variants([[w("in")]], approx, num, [[unit]])
        pats[MONTH] += variants([[span_prep], [range_prep]], [[months]], [[], [YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], [[YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]],
                                [[dirw, w("jahres")], [w("des"), dirw, w("jahres")]])
        pats[MONTH] += variants([[], [span_prep]], [[dirw]], [[months]])
        pats[YEAR] += variants([[], [w("im")]], [[w("jahr", "jahre")]], [[YEARNUM]])
        pats[YEAR] += [[YEARNUM]]
        mod = w("anfang", "mitte", "ende", "beginn", title=True)
        pats[PART] += variants([[mod]], [[months]], [[], [YEARNUM]])
        pats[PART] += variants([[mod]], [[YEARNUM]])
        pats[PART] += variants([[mod]], [[], [w("des", "der")]], [[], [dirw]],
                               [[w("woche", "monats", "jahres")]])
        pats[PART] += variants([[], [w("am", "zum", "im")]], [[w(list(lx.PART_COMPOUNDS_DE))]])
        after_before = w("später", "danach", "darauf", "zuvor", "vorher", "davor", "früher")
        pats[CHAIN] += variants(num, [[unit]], [[after_before]])
        pats[CHAIN] += [[w("am"), w("tag", "abend"), w("danach", "darauf", "zuvor", "davor")],
                        [w("tags"), w("darauf", "danach", "zuvor")],
                        [w("am", "an"), w("vortag", "folgetag")],
                        [w("in"), w("der"), w("woche"), w("darauf", "danach", "zuvor")],
                        [w("im"), w("jahr", "monat"), w("darauf", "danach", "zuvor")]]
        pats[CHAIN] += variants([[w("am", "an")]], [[w("nächsten", "folgenden", "selben",
                                                       "gleichen", "demselben")]],
                                [[w("tag", "abend", "morgen")]])
        pats[CHAIN] += variants([[w("in"), w("der")]], [[w("folgenden", "selben", "gleichen")]],
                                [[w("woche")]])
        pats[CHAIN] += variants([[w("im")]], [[w("folgenden", "selben", "gleichen")]],
                                [[w("monat", "jahr")]])
        pats[VAGUE] += [[w(lx.VAGUE_SINGLE["de"])], [w("vor"), w("kurzem")],
                        [w("in"), w("kürze")]]
        pats[VAGUE] += variants([[w("kurz", "wenig", "bald")]],
                                [[w("danach", "darauf", "später", "zuvor", "vorher")]])
        pats[VAGUE] += variants([[], [w("einige", "wenige", "mehrere", "ein", "paar")]],
                                [[w("tage", "wochen", "monate", "jahre")]],
                                [[w("später", "danach", "darauf", "zuvor")]])
        pats[VAGUE] += variants([[w("in")]], [[w("den")]],
                                [[w("kommenden", "nächsten", "vergangenen", "letzten")]],
                                [[], [w("paar")]],
                                [[w("tagen", "wochen", "monaten", "jahren")]])
    else:
        pats[WEEKDAY] += variants([[], [span_prep]], [[], [dirw], [w("this"), w("coming")]],
                                  [[weekday]], [[], [part]])
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]], [[dirw, w("week")]])
        month_day = [[DAYNUM], [ORDNUM]]
        pats[DATE] += variants([[], [w("on")]], wd_prefix, [[month_any]], month_day,
                               [[], [COMMA, YEARNUM], [YEARNUM]])
        pats[DATE] += variants([[], [w("on")]], wd_prefix, [[], [w("the")]], month_day,
                               [[], [w("of")]], [[month_any]], [[], [YEARNUM], [COMMA, YEARNUM]])
        pats[RELDAY] += variants([[w("today", "tonight", "yesterday", "tomorrow")]],
                                 [[], [part]])
        pats[RELDAY] += [[w("last"), w("night")], [w("this"), w("morning", "afternoon",
                                                                "evening")],
                         [w("the"), w("day"), w("before"), w("yesterday")],
                         [w("the"), w("day"), w("after"), w("tomorrow")]]
        pats[RELUNIT] += variants([[], [span_prep], [w("over", "during")]], [[], [w("the")]],
                                  [[dirw]], [[w(lx.DIR_UNITS["en"])]])
        pats[RELUNIT] += variants([[w("earlier", "later")]], [[w("this")]],
                                  [[w("week", "month", "year")]])
        pats[RELUNIT] += variants([[w("over", "at", "on")]], [[w("the")]], [[w("weekend")]])
        pats[AGO] += variants(approx, num, [[unit]], [[w("ago")]])
        pats[IN_N] += variants([[w("in")]], approx, num, [[unit]], [[], [{"ORTH": "'s"},
                                                                          w("time")]])
        pats[MONTH] += variants([[span_prep], [range_prep]], [[months]], [[], [YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], [[YEARNUM]])
        pats[MONTH] += variants([[], [span_prep]], [[months]],
                                [[w("last", "next", "this"), w("year")]])
        pats[MONTH] += variants([[], [span_prep]], [[w("last", "next", "this")]], [[months]])
        pats[YEAR] += variants([[], [w("in")]], [[w("the"), w("year")]], [[YEARNUM]])
        pats[YEAR] += variants([[], [w("in")]], [[YEARNUM]])
        mod = w("early", "mid", "late")
        tail = [[months], [months, YEARNUM], [YEARNUM], [dirw, w("week", "month", "year")]]
        pats[PART] += variants([[], [w("in")]], [[mod], [mod, DASH]], tail)
        pats[PART] += variants([[], [w("in")]],
                               [[{"LOWER": {"REGEX": r"^(early|mid|late)-\d{4}$"}}]])
        pats[PART] += variants([[], [w("at", "in", "by", "towards", "toward")]], [[w("the")]],
                               [[w("beginning", "start", "middle", "end")]], [[w("of")]],
                               tail + [[w("the"), w("week", "month", "year")]])
        after_before = w("later", "earlier", "before", "after", "afterwards")
        pats[CHAIN] += variants(num, [[unit]], [[after_before]])
        pats[CHAIN] += variants([[w("the")]], [[w("following", "next", "previous", "same")]],
                                [[w("day", "week", "month", "year", "morning", "evening",
                                    "night")]])
        pats[CHAIN] += [[w("the"), w("day", "night", "week", "year"), w("before", "after")],
                        [w("that"), w("day", "evening", "night", "week")],
                        [w("later", "earlier"), w("that"), w("day", "week", "month", "year")]]
        pats[VAGUE] += [[w(lx.VAGUE_SINGLE["en"])]]
        pats[VAGUE] += variants([[w("shortly", "soon", "not", "just")]],
                                [[w("after", "afterwards", "thereafter", "later", "before")]])
        pats[VAGUE] += variants([[], [w("a")]], [[], [w("few", "several", "couple")]],
                                [[], [w("of")]], [[w("days", "weeks", "months", "years")]],
                                [[w("later", "earlier")]])
        pats[VAGUE] += variants([[w("in")]], [[w("the")]],
                                [[w("coming", "next", "past", "last")]], [[], [w("few")]],
                                [[w("days", "weeks", "months")]])
        pats[VAGUE] += variants([[w("in")]], [[w("recent")]], [[w("days", "weeks", "months")]])
    return pats


def _cross_language(lang: str) -> dict[str, list[Pattern]]:
    """The other language's unambiguous rules, for quotes and tweets inside a doc."""
    other = "en" if lang == "de" else "de"
    pats = _patterns(other)
    return {label: pats[label] for label in (DATE, WEEKDAY, RELDAY)}


_CACHE: dict[tuple[int, str], tuple[Vocab, Matcher]] = {}


def get_matcher(vocab: Vocab, lang: str) -> Matcher:
    """Build the matcher once per vocab and language (keeps the vocab alive for the id)."""
    key = (id(vocab), lang)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = Matcher(vocab, validate=False)
    own = _patterns(lang if lang in lx.LANGS else "en")
    cross = _cross_language(lang if lang in lx.LANGS else "en")
    for label in own:
        patterns = [p for p in own[label] + cross.get(label, []) if p]
        if patterns:
            matcher.add(label, patterns, greedy="LONGEST")
    _CACHE[key] = (vocab, matcher)
    return matcher
