"""spaCy Matcher rules that find date expressions in German and English docs.

Every rule is a token pattern over closed word lists (``LOWER IN``) and digit shapes, so
function words such as "mit" or "die" can never match: unlike dateparser's fuzzy search,
a weekday must be spelled out. The matcher is built once per (vocab, language) and cached.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from spacy.attrs import LOWER, SHAPE
from spacy.matcher import Matcher
from spacy.tokens import Doc
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
    words = sorted(set(flat))
    # A single value is a plain attribute test inside the matcher; a set is a Python call.
    spec: dict[str, Any] = {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": words}}
    if title:
        spec["IS_TITLE"] = True
    return spec


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
    """Cartesian product of alternatives: each part is a list of token-lists ([] = absent).

    A part that is "absent or a prefix chain" ([], [a], [a, b]) becomes optional tokens
    (a?, b?), which keeps the pattern count, and so the matcher's time, small; a stray
    punctuation token that this lets through is trimmed later (dates._trim)."""
    collapsed: list[list[Pattern]] = []
    for part in parts:
        alts = [alt for alt in part if alt]
        longest = max(alts, key=len) if alts else []
        if len(alts) < len(part) and all(alt == longest[:len(alt)] for alt in alts):
            collapsed.append([[{**tok, "OP": "?"} for tok in longest]])
        else:
            collapsed.append(part)
    return [sum(choice, []) for choice in product(*collapsed)]


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
        pats[WEEKDAY] += variants([[], [span_prep]], [[], [w("dem", "diesem")]],
                                  [[], [w(lx.DIR_WORDS["de"] + list(lx.DAY_ADJ_DE))]],
                                  [[weekday]], [[], [part]])
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]], [[dirw, w("woche")]])
        # "(in den) frühen Morgenstunden des Sonntags", "am Abend des Montags": the day and its part
        pats[WEEKDAY] += variants([[], [w(list(lx.DAY_PART_ADJECTIVES["de"]))]],
                                  [[w([p for p in lx.DAY_PARTS["de"] if p != "früh"], title=True)]],
                                  [[w("des"), w(list(lx.WEEKDAY_GENITIVES_DE), title=True)]])
        # "am Samstag vor einer Woche", "am Freitag der Vorwoche": that weekday weeks back
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]],
                                  [[w("vor")] + n + [w("woche", "wochen")] for n in num]
                                  + [[w("der"), w("vorwoche")]])
        pats[WEEKDAY] += variants([[], [w("in")]], [[w("der"), w("nacht"), w("zum", "zu", "auf")]],
                                  [[weekday]])
        # "am Mittwoch, dem 30. Mai": the article only after a weekday ("für den 12. Juni"
        # keeps "12. Juni" as the expression).
        pats[DATE] += variants([[], [w("am")]],
                               [[], [weekday, COMMA, w("dem", "den")]],
                               [[DAYNUM, {"ORTH": ".", "OP": "?"}]], [[month_any]],
                               [[], [YEARNUM]])
        # "am Samstagmorgen, dem 03.02.2018": a weekday apposed to a numeric date
        pats[DATE] += variants([[], [w("am")]], [[weekday, COMMA, w("dem", "den")]], [[NUMDATE]])
        # "am dritten März", "am 11.Dezember 2004" (one token with the day)
        pats[DATE] += variants([[], [w("am")]], [[w(list(lx.ORDINAL_DAYS_DE))]], [[month_any]], [[], [YEARNUM]])
        pats[DATE] += variants([[], [w("am")]], [[{
            "SHAPE": {"IN": [f"{d}.X{x}" for d in ("d", "dd") for x in ("xx", "xxx", "xxxx")]},
            "LOWER": {"REGEX": r"^\d{1,2}\.(" + "|".join(sorted(lx.MONTHS["de"])) + ")$"}}]], [[], [YEARNUM]])
        # "am 3./4. März", "13.-14. März": two days of one month in one token (mark_ranges
        # keeps both ends; the first is the calendar value)
        pats[DATE] += variants([[], [w("am")]], [[{
            "SHAPE": {"IN": [f"{a}.{link}{b}." for a in ("d", "dd") for b in ("d", "dd") for link in "/-–"]},
            "LOWER": {"REGEX": r"^\d{1,2}\.[/–-]\d{1,2}\.$"}}]], [[month_any]], [[], [YEARNUM]])
        # "im Monat Juni"
        pats[MONTH] += variants([[], [span_prep]], [[w("monat")], [w("des"), w("monats")]], [[months]], [[], [YEARNUM]])
        # "am 6. Mai vergangenen Jahres"
        pats[DATE] += variants([[], [w("am")]], [[DAYNUM, {"ORTH": ".", "OP": "?"}]],
                               [[month_any]], [[dirw, w("jahres")], [w("des"), dirw, w("jahres")]])
        pats[RELDAY] += variants([[w("heute", "gestern", "vorgestern", "übermorgen")]],
                                 [[], [part]])
        # "in der vergangenen Nacht", "letzte Nacht": the night before the anchor day
        pats[RELDAY] += variants([[], [w("in"), w("der")]], [[w(list(lx.LAST_NIGHT_DE))]], [[w("nacht")]])
        # "morgen" is tomorrow; "Morgen" is the morning, except as the first word.
        pats[RELDAY] += variants([[{"ORTH": "morgen"}], [{"ORTH": "Morgen", "IS_SENT_START": True}]], [[], [w("früh", "abend", "nachmittag",
                                                                  "vormittag", "mittag")]])
        pats[RELUNIT] += variants([[], [span_prep], [span_prep, w("der", "dem", "den", "die")]],
                                  [[dirw]], [[w(lx.DIR_UNITS["de"])]])
        pats[RELUNIT] += variants([[], [w("im")], [w("in"), w("der")]],
                                  [[w(list(lx.COMPOUND_UNITS_DE))]])
        pats[RELUNIT] += [[w("am", "übers", "zum"), w("wochenende")]]
        # "im Herbst vergangenen Jahres", "im Sommer des Vorjahres": the year (the season is
        # added to the TIMEX3 value as for "im Herbst 2015")
        season = w(list(lx.SEASONS["de"]), title=True)
        pats[RELUNIT] += variants([[], [w("im")]], [[season]], [[], [w("des")]], [[dirw]], [[w("jahres")]])
        pats[RELUNIT] += variants([[], [w("im")]], [[season]], [[w("des")]],
                                  [[w([u for u in lx.COMPOUND_UNITS_DE if u.startswith("vorjahr")])]])
        # "vor 180 Jahren": a count of three digits only back in time
        pats[AGO] += variants([[w("vor")]], approx, num + [[{"SHAPE": "ddd"}]], [[unit]])
        pats[AGO] += variants([[w("vor")]], approx, num, [[w(list(lx.DECADE_UNITS["de"]))]])  # "vor zwei Jahrzehnten"
        pats[IN_N] += variants([[w("in")]], approx, num, [[unit]])
        pats[MONTH] += variants([[span_prep], [range_prep]], [[months]], [[], [YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], [[YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]],
                                [[dirw, w("jahres")], [w("des"), dirw, w("jahres")]])
        pats[MONTH] += variants([[], [span_prep]], [[dirw]], [[months]])
        same_year = [[w("desselben", "selben"), w("jahres")], [w("des"), w("gleichen", "selben"), w("jahres")]]
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], same_year)
        pats[DATE] += variants([[], [w("am")]], [[DAYNUM, {"ORTH": ".", "OP": "?"}]], [[month_any]], same_year)
        # "in dem Jahr" (a year told before), "zu diesem Zeitpunkt" (a date told before)
        # "am Vorabend", "später am Tag", "an diesem Tag", "am Abend desselben Tages"
        pats[CHAIN] += [[w("am"), w("vorabend")], [w("an"), w("diesem", "jenem", "dem"), w("tag")]]
        pats[CHAIN] += variants([[w("später", "früher")]], [[w("am")]], [[], [w("selben", "gleichen")]],
                                [[w("tag")]])
        pats[CHAIN] += variants([[w("am")]], [[w("morgen", "vormittag", "mittag", "nachmittag", "abend")]],
                                [[w("desselben")], [w("des"), w("selben", "gleichen")]], [[w("tages")]])
        pats[CHAIN] += [[w("in"), w("dem", "jenem"), w("jahr")],
                        [w("zu"), w("diesem", "dem", "jenem"), w("zeitpunkt")],
                        # "seit diesem Zeitpunkt", "ab jenem Zeitpunkt" (the preposition is trimmed;
                        # "seit dem Zeitpunkt, an dem …" says its time in the clause)
                        [w("seit", "ab", "bis", "nach", "vor", "von"), w("diesem", "jenem"), w("zeitpunkt")]]
        pats[YEAR] += variants([[], [w("im")]], [[w("jahr", "jahre")]], [[YEARNUM]])
        pats[YEAR] += [[YEARNUM]]
        # "des Jahres 2000", "in den Jahren 2015 bis 2017" (mark_ranges joins the second year)
        pats[YEAR] += [[w("jahres", "jahren"), YEARNUM]]
        # "im Herbst 2015", "im ersten Halbjahr 2005": the year, and the season or part of it
        # in the TIMEX3 value (dates_other.mark_day_parts: 2015-FA, 2005-H1)
        pats[YEAR] += variants([[], [w("im")]], [[w(list(lx.SEASONS["de"]), title=True)]],
                               [[], [w("des"), w("jahres")]], [[YEARNUM]])  # "im Sommer des Jahres 2018"
        pats[YEAR] += variants([[], [w("im")]], [[w(list(lx.PART_ORDINALS["de"]))]],
                               [[w(list(lx.YEAR_PARTS["de"]), title=True)]], [[YEARNUM]])
        mod = w("anfang", "mitte", "ende", "beginn", title=True)
        pats[PART] += variants([[mod]], [[months]],
                               [[], [YEARNUM], [dirw, w("jahres")], [w("des"), dirw, w("jahres")]])
        pats[PART] += variants([[mod]], [[YEARNUM]])
        pats[PART] += [[mod, w("des"), w("jahres"), YEARNUM]]  # "Anfang des Jahres 2008"
        pats[PART] += variants([[mod, w("des"), w("monats")]], [[months]], [[], [YEARNUM]])  # "Ende des Monats Juni"
        pats[PART] += variants([[mod]], [[], [w("des", "der")]], [[], [dirw]],
                               [[w("woche", "monats", "jahres")]])
        pats[PART] += variants([[], [w("am", "zum", "im")]], [[w(list(lx.PART_COMPOUNDS_DE))]])
        after_before = w("später", "danach", "darauf", "zuvor", "vorher", "davor", "früher")
        pats[CHAIN] += variants(num, [[unit]], [[after_before]])
        pats[CHAIN] += variants(num, [[w("jahrzehnt", "jahrzehnte")]], [[w("später", "zuvor", "früher")]])  # "ein Jahrzehnt später"
        pats[CHAIN] += [[w("am"), w("tag", "abend"), w("danach", "darauf", "zuvor", "davor")],
                        [w("tags"), w("darauf", "danach", "zuvor")],
                        [w("am", "an"), w("vortag", "folgetag")],
                        [w(list(lx.CHAIN_COMPOUNDS_DE))],  # "im Folgejahr", "des Folgemonats"
                        [w("in"), w("der"), w("woche"), w("darauf", "danach", "zuvor")],
                        # "im Jahr zuvor", "im Vergleich zum Jahr zuvor", "zum Monat davor"
                        [w("im", "zum", "vom"), w("jahr", "monat"), w("darauf", "danach", "zuvor", "davor")]]
        pats[CHAIN] += variants([[w("am", "an")]], [[w("nächsten", "folgenden", "selben",
                                                       "darauffolgenden", "drauffolgenden",
                                                       "gleichen", "demselben")]],
                                [[w("tag", "abend", "morgen")]])
        pats[CHAIN] += variants([[], [w("am", "an")]],
                                [[w("folgenden", "darauffolgenden", "drauffolgenden")]],
                                [[weekday]])
        # "in der vorherigen Woche", "im vorangegangenen Jahr": the unit before the last date
        pats[CHAIN] += variants([[w("in"), w("der")]], [[w("folgenden", "selben", "gleichen", "vorherigen",
                                                           "vorangegangenen")]],
                                [[w("woche")]])
        pats[CHAIN] += variants([[w("im")]], [[w("folgenden", "selben", "gleichen", "vorherigen",
                                                 "vorangegangenen")]],
                                [[w("monat", "jahr")]])
        pats[VAGUE] += [[w(lx.VAGUE_SINGLE["de"])], [w("vor"), w("kurzem")],
                        [w("in"), w("kürze")]]
        pats[VAGUE] += variants([[w("kurz", "wenig", "bald")]],
                                [[w("danach", "darauf", "später", "zuvor", "vorher")]])
        pats[VAGUE] += variants([[], [w("einige", "wenige", "mehrere", "ein", "paar")]],
                                [[w("tage", "wochen", "monate", "jahre")]],
                                [[w("später", "danach", "darauf", "zuvor")]])
        pats[VAGUE] += variants([[w("vor")]], [[w("wenigen", "einigen", "mehreren", "vielen")]],
                                [[w("tagen", "wochen", "monaten", "jahren")]])
        pats[VAGUE] += variants([[w("binnen", "innerhalb")]], [[w("weniger", "einiger")]],
                                [[w("tage", "wochen", "monate", "stunden")]])
        pats[VAGUE] += variants([[], [w("in"), w("den")]], [[w(lx.STRETCH_DIRECTIONS["de"])]],
                                [[], [w("paar")]], [[w(lx.STRETCH_UNITS["de"])]])
    else:
        pats[WEEKDAY] += variants([[], [span_prep]], [[], [dirw], [w("this"), w("coming")]],
                                  [[weekday]], [[], [part]])
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]], [[dirw, w("week")]])
        # "the early hours of Sunday (morning)": the day and its part
        pats[WEEKDAY] += variants([[w("the")]], [[w("early")]], [[w("hours"), w("of")]], [[weekday]], [[], [part]])
        pats[RELDAY] += variants([[w("the")]], [[w("early")]], [[w("hours"), w("of")]],
                                 [[w("this"), w("morning")], [w("today", "yesterday")]])
        # "a week ago Saturday", "on Friday of last week": that weekday weeks back
        pats[WEEKDAY] += variants(num, [[w("week", "weeks"), w("ago")]], [[weekday]])
        pats[WEEKDAY] += variants([[], [span_prep]], [[weekday]], [[w("of"), dirw, w("week")]])
        month_day = [[{"SHAPE": {"IN": DAYNUM["SHAPE"]["IN"] + ORDNUM["SHAPE"]["IN"]}}]]
        pats[DATE] += variants([[], [w("on")]], wd_prefix, [[month_any]], month_day,
                               [[], [COMMA, YEARNUM], [w("last", "next", "this"), w("year")]])
        pats[DATE] += variants([[], [w("on")]], wd_prefix, [[], [w("the")]], month_day,
                               [[], [w("of")]], [[month_any]], [[], [COMMA, YEARNUM]])
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
        pats[RELUNIT] += variants([[w("over", "at", "on", "during")]], [[w("the")]], [[w("weekend")]])
        pats[RELUNIT] += variants([[], [w("over")]], [[], [w("this")]], [[w("past")]],
                                  [[w("weekend")]])
        # "the week before last", "the month after next": two units back or ahead
        pats[RELUNIT] += variants([[], [w("the")]], [[w("week", "month", "year")]],
                                  [[w("before"), w("last")], [w("after"), w("next")]])
        pats[AGO] += variants(approx, num + [[{"SHAPE": "ddd"}]], [[unit]], [[w("ago")]])
        pats[AGO] += variants(approx, num, [[w(list(lx.DECADE_UNITS["en"]))]], [[w("ago")]])  # "two decades ago"
        # "early in the month", "later in the month": the month told before (a chain)
        pats[CHAIN] += variants([[], [w("early", "earlier", "late", "later")]], [[w("in"), w("the"), w("month")]])
        # "earlier in the day", "later in the week": the unit of the date told before, else the publication's
        pats[CHAIN] += variants([[w("early", "earlier", "late", "later")]], [[w("in"), w("the"), w("day", "week", "year")]])
        # "earlier today", "later this morning": the day itself
        pats[RELDAY] += variants([[w("earlier", "later")]], [[w("today", "tonight")],
                                                              [w("this"), w("morning", "afternoon", "evening")]])
        pats[IN_N] += variants([[w("in")]], approx, num, [[unit]], [[], [{"ORTH": "'s"},
                                                                          w("time")]])
        pats[MONTH] += variants([[span_prep], [range_prep]], [[months]], [[], [YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], [[YEARNUM]])
        pats[MONTH] += variants([[], [span_prep], [range_prep]], [[months]], [[{"ORTH": ","}]], [[YEARNUM]])
        pats[MONTH] += variants([[], [span_prep]], [[months]],
                                [[w("last", "next", "this"), w("year")]])
        pats[MONTH] += variants([[], [span_prep]], [[w("last", "next", "this")]], [[months]])
        pats[MONTH] += variants([[], [span_prep]], [[w("this"), w("past")]], [[months]])  # "this past April"
        pats[MONTH] += variants([[], [span_prep]], [[months]], [[w("of")]], [[YEARNUM]])  # "in March of 2016"
        pats[MONTH] += variants([[], [span_prep]], [[months]], [[w("of")]],
                                [[w("last", "next", "this"), w("year")], [w("the"), w("same"), w("year")],
                                 [w("that"), w("year")]])
        pats[YEAR] += variants([[], [w("in")]], [[w("the"), w("year")]], [[YEARNUM]])
        pats[YEAR] += variants([[], [w("in")]], [[YEARNUM]])
        # "the summer of 2018", "summer 2019", "the third quarter of 2020", "the first half of 2019"
        pats[YEAR] += variants([[], [w("in")]], [[], [w("the")]], [[w(list(lx.SEASONS["en"]))]],
                               [[], [w("of")]], [[YEARNUM]])
        pats[YEAR] += variants([[], [w("in")]], [[], [w("the")]], [[w(list(lx.PART_ORDINALS["en"]))]],
                               [[w(list(lx.YEAR_PARTS["en"]))]], [[w("of")]], [[YEARNUM]])
        mod = w("early", "mid", "late")
        tail = [[months], [months, YEARNUM], [months, w("last", "next", "this"), w("year")],
                [YEARNUM], [dirw, w("week", "month", "year")]]
        pats[PART] += variants([[], [w("in")]], [[mod], [mod, DASH]], tail)
        pats[PART] += variants([[], [w("in")]],
                               [[{"LOWER": {"REGEX": r"^(early|mid|late)-\d{4}$"}}]])
        pats[PART] += variants([[], [w("at", "in", "by", "towards", "toward")]], [[w("the")]],
                               [[w("beginning", "start", "middle", "end")]], [[w("of")]],
                               tail + [[w("the"), w("week", "month", "year")]])
        after_before = w("later", "earlier", "before", "after", "afterwards", "prior")
        pats[CHAIN] += variants(num, [[unit]], [[after_before]])
        pats[CHAIN] += variants(num, [[w(list(lx.DECADE_UNITS["en"]))]], [[w("later", "earlier")]])  # "a decade later"
        pats[CHAIN] += variants([[w("the")]], [[w("following", "next", "previous", "same")]],
                                [[w("day", "week", "month", "year", "morning", "evening",
                                    "night")]])
        pats[CHAIN] += variants([[], [w("on")]], [[w("the")]], [[w("following")]], [[weekday]])
        pats[CHAIN] += [[w("the"), w("day", "night", "week", "year"), w("before", "after")],
                        [w("that"), w("day", "evening", "night", "week", "month", "year", "date")],
                        [w("that"), w("same"), w("day", "morning", "evening", "night")],
                        [w("later", "earlier"), w("that"), w("day", "week", "month", "year")]]
        pats[VAGUE] += [[w(lx.VAGUE_SINGLE["en"])]]
        pats[VAGUE] += variants([[w("shortly", "soon")]],
                                [[w("after", "afterwards", "thereafter", "later", "before")]])
        pats[VAGUE] += variants([[], [w("a")]], [[], [w("few", "several", "couple")]],
                                [[], [w("of")]], [[w("days", "weeks", "months", "years")]],
                                [[w("later", "earlier")]])
        pats[VAGUE] += variants([[w("in")]], [[w("the")]],
                                [[w("coming", "next", "past", "last")]], [[], [w("few")]],
                                [[w("days", "weeks", "months")]])
        pats[VAGUE] += variants([[w("the")]], [[w(lx.STRETCH_DIRECTIONS["en"])]],
                                [[], [w("few")], [w("couple"), w("of")]],  # "the last couple of weeks"
                                [[w(lx.STRETCH_UNITS["en"])]])
        pats[VAGUE] += variants([[w("in")]], [[w("recent")]], [[w("days", "weeks", "months", "years", "decades")]])
        # "much of August", "the final days of October", "as the campaign entered June"
        pats[MONTH] += variants([[w(sorted(lx.MONTH_LEAD))]],
                                [[w([m for m in lx.MONTHS["en"] if m != "may"], title=True)]])  # "of May": the person
        pats[MONTH] += [[w([m for m in lx.MONTHS["en"] if m != "may"], title=True),
                         w(sorted(lx.MONTH_SUBJECT_VERBS))]]  # "as June drew to an end"
        # "September 25–27": a range in one token (mark_ranges keeps both ends)
        pats[DATE] += variants([[], [w("on")]], [[month_any]],
                               [[{"SHAPE": {"IN": [f"{a}{dash}{b}" for a in ("d", "dd") for b in ("d", "dd")
                                                   for dash in ("-", "–")]}}]], [[], [COMMA, YEARNUM]])
        pats[VAGUE] += variants([[w("within")]], [[], [w("a")]], [[], [w("few")]],
                                [[w("days", "weeks", "months", "hours")]])
        pats[VAGUE] += variants([[], [w("a")]], [[w("few", "several", "some", "many")]],
                                [[w("days", "weeks", "months", "years")]], [[w("ago")]])
    return pats


def _cross_language(lang: str) -> dict[str, list[Pattern]]:
    """The other language's unambiguous rules, for quotes and tweets inside a doc."""
    other = "en" if lang == "de" else "de"
    pats = _patterns(other)
    return {label: pats[label] for label in (DATE, RELDAY)}


# Words that occur in rules but also everywhere else; never a reason to look closer.
_COMMON = ({w for lang in lx.LANGS for w in lx.SPAN_PREPS[lang] + lx.RANGE_PREPS[lang]
            + lx.DIR_WORDS[lang] + lx.APPROX[lang]} | set(lx.NUMBERS)
           | {"der", "die", "das", "dem", "den", "des", "the", "of", "this", "that", "zu",
              "auf", "übers", "over", "at", "towards", "toward", "time", "paar", "few",
              "several", "couple", "einige", "wenige", "mehrere", "not", "just", "in", "an"})


def _token_keys(spec: dict[str, Any]) -> tuple[str, set[str]] | None:
    """("LOWER"|"SHAPE", values) a token spec can match, or None if unrestricted."""
    for attr in ("LOWER", "SHAPE"):
        value = spec.get(attr)
        if isinstance(value, str):
            return attr, {value}
        if isinstance(value, dict) and "IN" in value:
            return attr, set(value["IN"])
    if isinstance(spec.get("ORTH"), str):
        return "LOWER", {spec["ORTH"].lower()}
    if isinstance(spec.get("LOWER"), dict) and "REGEX" in spec["LOWER"]:
        return "SHAPE", {"xxx-dddd", "xxxx-dddd"}  # "mid-2018", "late-2018"
    return None


class _Group:
    """The rules that share one first anchor token (e.g. a weekday name), with how far a
    match can reach left and right of that token."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab, validate=False)
        self.rules: dict[str, list[Pattern]] = {}
        self.left = self.right = 0


class DateMatcher:
    """Runs each group of rules only on small windows around tokens that can start it (a
    weekday, month, unit, digit, relative word...): ordinary text never enters the matcher,
    and each window only meets the few rules that can match there."""

    def __init__(self, vocab: Vocab, lang: str) -> None:
        lang = lang if lang in lx.LANGS else "en"
        own, cross = _patterns(lang), _cross_language(lang)
        rules = [(label, p) for label in own for p in own[label] + cross.get(label, [])]
        words: set[str] = set()
        shapes: set[str] = set()
        for _, pattern in rules:
            for spec in pattern:
                keys = _token_keys(spec)
                if keys is not None:
                    (words if keys[0] == "LOWER" else shapes).update(keys[1])
        words -= _COMMON
        shapes = {sh for sh in shapes if "d" in sh}
        groups: dict[str, _Group] = {}
        self.by_lower: dict[int, list[_Group]] = {}
        self.by_shape: dict[int, list[_Group]] = {}
        for label, pattern in rules:
            first = next((k for k, spec in enumerate(pattern)
                          if (keys := _token_keys(spec)) is not None and spec.get("OP") is None
                          and keys[1] <= (words if keys[0] == "LOWER" else shapes)), None)
            assert first is not None, f"rule without an anchor token: {pattern}"
            attr, values = _token_keys(pattern[first])  # type: ignore[misc]
            key = f"{attr}:{sorted(values)}"
            if key not in groups:
                group = groups[key] = _Group(vocab)
                index = self.by_lower if attr == "LOWER" else self.by_shape
                for value in values:
                    index.setdefault(vocab.strings.add(value), []).append(group)
            group = groups[key]
            group.rules.setdefault(label, []).append(pattern)
            group.left = max(group.left, first)
            group.right = max(group.right, len(pattern) - first - 1)
        for group in groups.values():
            for label, patterns in group.rules.items():
                group.matcher.add(label, patterns, greedy="LONGEST")
        self.groups = list(groups.values())

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        if len(doc) == 0:
            return []
        windows: dict[int, list[list[int]]] = {}
        n = len(doc)
        # Dictionary look-ups of the hashes: numpy's isin sorts both arrays on every call.
        by_lower, by_shape = self.by_lower, self.by_shape
        for i, (lower, shape) in enumerate(doc.to_array([LOWER, SHAPE]).tolist()):
            if lower not in by_lower and shape not in by_shape:
                continue
            for group in by_lower.get(lower, []) + by_shape.get(shape, []):
                start, end = max(0, i - group.left), min(n, i + group.right + 1)
                spans = windows.setdefault(id(group), [])
                if spans and start <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], end)
                else:
                    spans.append([start, end])
        strings = doc.vocab.strings
        out: list[tuple[str, int, int]] = []
        for group in self.groups:
            for start, end in windows.get(id(group), []):
                for key, s, e in group.matcher(doc[start:end]):
                    out.append((strings[key], start + s, start + e))
        return out


_CACHE: dict[tuple[int, str], tuple[Vocab, DateMatcher]] = {}


def get_matcher(vocab: Vocab, lang: str) -> DateMatcher:
    """Build the matcher once per vocab and language (keeps the vocab alive for the id)."""
    key = (id(vocab), lang)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = DateMatcher(vocab, lang)
    _CACHE[key] = (vocab, matcher)
    return matcher
