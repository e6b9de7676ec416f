"""Expressions of time that are no calendar dates: durations ("drei Jahre", "monatelang",
"a three-day visit"), sets ("jährlich", "per day"), references ("derzeit", "bislang",
"soon"), clock times ("um 18:30 Uhr", "9:40am", "2100 UTC") and parts of days ("am Abend",
"Mittwochabend" keeps its day and adds the part: ``2019-08-21TEV``).

They are found on the plain text with word lists from ``dates_lexicon`` and typed in
TIMEX3 style (``Timex.type``, ``Timex.timex3``). They are reported in ``timexes`` but never
date an event: the events read only calendar dates (``Timex.value``), which stay as
``dates.py`` resolves them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from . import dates_lexicon as lx
from .dates import Timex

def _words(forms) -> str:
    """An alternation of the word forms that tries the longest first, written as a tree of
    their shared beginnings ("Jahr(?:zehnte|e|es)?"): Python's regex engine tries every
    branch of a flat alternation at every position of the text, of a tree only those whose
    first letters fit."""
    return _word_tree(frozenset(forms))


@cache
def _word_tree(forms: frozenset[str]) -> str:
    tree: dict = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_pattern(tree)


def _longest(node: dict) -> int:
    return max((1 + _longest(child) if ch else 0) for ch, child in node.items())


def _tree_pattern(node: dict) -> str:
    branches = sorted(((ch, child) for ch, child in node.items() if ch), key=lambda c: -_longest(c[1]))
    parts = [re.escape(ch) + _tree_pattern(child) for ch, child in branches]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:  # a form ends here: the longer ones first, then this one
        return "(?:" + body + ")?"
    return body


@cache
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    units = lx.DURATION_UNITS[lang]
    num = (rf"(?:(?:{_words(lx.STRETCH_DIRECTIONS[lang] + lx.FIRST_WORDS[lang])})\s+)?"
           rf"(?P<num>{_words(lx.NUMBER_WORDS[lang] + lx.VAGUE_AMOUNTS[lang] + list(lx.EXTRA_COUNTS[lang]))}"
           rf"|\d+(?:[.,]\d+)?\+?)")  # "30+ years": more than 30
    zones = _words(lx.TIME_ZONES)
    out = [
        ("ref", re.compile(rf"\b(?P<ref>{_words(f for fs in lx.REFERENCES[lang].values() for f in fs)})\b",
                           re.IGNORECASE)),
        ("setphrase", _set_phrases(lang)),
        ("setother", re.compile(rf"\b(?:{lx.SET_EVERY_OTHER[lang]}|{lx.SET_EVERY_N[lang]}\s+(?P<onum>"
                                rf"{_words(lx.NUMBER_WORDS[lang])}|\d+))\s+(?P<ounit>{_words(lx.DURATION_UNITS[lang])})\b",
                                re.IGNORECASE)),
        ("seteach", re.compile(rf"\b(?:{_words(lx.SET_EACH[lang])})\s+(?:(?P<eday>{_words(lx.WEEKDAYS[lang])})"
                               rf"|(?P<eweekend>{_words(lx.SET_EACH_WEEKEND[lang])})"
                               rf"|(?P<eseason>{_words(lx.SEASONS[lang])}))\b", re.IGNORECASE)),
        ("oneback", re.compile(rf"\b(?:{_words(lx.ONE_UNIT_BACK[lang]) or 'x^'})\s+(?P<bunit>year|month|week|decade)\b"
                               r"(?!\s+(?:and|or)\b)", re.IGNORECASE)),
        ("set", re.compile(rf"\b(?:(?P<setword>{_words(lx.SETS[lang])})"
                           rf"|(?:{_words(lx.SET_PREPS[lang])})\s+(?P<setunit>{_words(units)}))\b", re.IGNORECASE)),
        ("duration", re.compile(rf"\b(?:(?P<dmod>etwa|rund|fast|knapp|über|mehr als|weniger als|ungefähr|mindestens|about|"
                                rf"around|almost|nearly|approximately|roughly|more than|less than|"
                                rf"at least|up to|just over|over|some)\s+)?{num}\s+"
                                rf"(?:(?:{_words(lx.DURATION_FILLERS[lang])})\s+)?"
                                rf"(?:(?:(?P<half>halbe[ns]?|half)|full|volle[n]?|knappe[nms]?)\s+)?"
                                rf"(?P<unit>{_words(units)})\b", re.IGNORECASE)),
        ("whole", re.compile(rf"\b(?:{_words(lx.WHOLE_UNIT[lang])})\s+(?P<wunit>{_words(lx.WHOLE_UNITS[lang])})\b",
                             re.IGNORECASE)),
        # German also writes the number apart: "nach sieben monatigen Verhandlungen"
        ("adjective", re.compile(rf"\b(?P<anum>\d+|{_words(lx.NUMBER_WORDS[lang])})"
                                 rf"{'[- ]?' if lang == 'de' else '-?'}"
                                 rf"(?P<aunit>{_words(lx.DURATION_ADJECTIVES[lang])})(?P<tail>[a-z]*)",
                                 re.IGNORECASE)),
        ("vague", re.compile(rf"\b(?:(?:{_words(lx.VAGUE_DURATION_PREPS[lang])})\s+(?:(?:the\s+)?(?:past|last)\s+"
                             rf"(?:few\s+)?)?(?P<vunit>{_words(u for u in units if not u.endswith(('e', 'r', 's')) or lang == 'en')})"
                             # "jahrzehntelange", "monatelangen": the adjective's endings too
                             rf"|(?P<vword>{_words(lx.VAGUE_DURATIONS[lang])})(?:e[mnrs]?)?)\b", re.IGNORECASE)),
        ("coordunits", re.compile(rf"\b(?P<u1>{_words(lx.PLURAL_UNITS[lang])})\s+(?:{_words(lx.UNIT_LINKS[lang])})"
                                  rf"\s+(?P<u2>{_words(lx.PLURAL_UNITS[lang])})\b", re.IGNORECASE)),
        ("years", re.compile(r"\b(?P<y1>1[5-9]\d\d|20\d\d)(?P<sep>[–—/-])(?P<y2>1[5-9]\d\d|20\d\d|\d\d)\b(?![/-])")),
        # "(15.-18.03.2018)": two days of one month written as one word
        ("dayrange", re.compile(r"\b(?P<d1>\d{1,2})\.\s?[–-]\s?(?P<d2>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<yr>\d{4})\b")),
        # "gegen halb neun", "um Viertel nach acht", "um Viertel vor neun (Uhr)"
        ("clockword", re.compile(rf"\b(?:um|gegen)\s+(?P<cw>halb|Viertel\s+nach|Viertel\s+vor)\s+"
                                 rf"(?P<ch>{_words(lx.CLOCK_WORDS)}|[01]?\d|2[0-4])(?:\s+Uhr)?\b(?![.:]\d)"
                                 if lang == "de" else r"x^", re.IGNORECASE)),
        ("clock", re.compile(
            rf"\b(?P<h>[01]?\d|2[0-4]|{_words(lx.CLOCK_WORDS)})(?:[:.](?P<m>[0-5]\d))?\s*Uhr\b"
            rf"|\b(?P<h2>[01]?\d|2[0-4]):(?P<m2>[0-5]\d)\s+(?:{zones})\b"
            # the first hour of a span of two: "zwischen 8:00 und 18:00 Uhr", "von 21:00 bis 6 Uhr"
            rf"|\b(?P<h4>[01]?\d|2[0-4]):(?P<m4>[0-5]\d)(?=\s*(?:und|bis|–|-)\s*(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?\s*Uhr\b)"
            if lang == "de" else
            r"\b(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])(?:\.\s?m\.|m\b)"
            rf"|\b(?P<h2>[01]?\d|2[0-4]):?(?P<m2>[0-5]\d)\s+(?:{zones})\b"
            r"|\b(?P<h3>[01]?\d|2[0-4]):(?P<m3>[0-5]\d)\b", re.IGNORECASE)),
        ("clockchain", re.compile(
            rf"\b(?P<ccount>{_words(lx.NUMBER_WORDS[lang])}|\d{{1,3}})\s+(?P<cunit>{_words(lx.CLOCK_CHAIN_UNITS[lang])})"
            rf"\s+(?P<cdir>{_words(lx.CLOCK_CHAIN_DIRECTIONS[lang])})\b", re.IGNORECASE)),
        ("decade", re.compile(
            r"\b(?P<dnum>(?:1[0-9]|20)?[0-9]0)(?:-?ern?)(?:\s+Jahren?|-Jahren?)?\b"
            rf"|\b(?:den\s+|die\s+)?(?P<dword>{_words(lx.DECADE_WORDS['de'])})(?:[\s-]*[Jj]ahren?|n)?\b"
            if lang == "de" else
            r"\b(?:the\s+)?(?P<dnum>(?:1[0-9]|20)[0-9]0)s\b|(?:\bthe\s+|(?<!\w))'(?P<dshort>[0-9]0)s\b"
            # "the 50s", "the early 80s": two digits after an article or a modifier
            r"|\b(?:the|early|mid|late)\s+(?P<dshort2>[1-9]0)s\b"
            rf"|\b(?:the\s+|(?:early|mid|late)-)(?P<dword>{_words(lx.DECADE_WORDS['en'])})\b", re.IGNORECASE)),
        ("season", re.compile(
            rf"\b(?:(?P<sdir>{_words(lx.SEASON_DIRECTIONS[lang])})\s+)?"
            rf"(?:(?P<smod>{_words(lx.SEASON_MODIFIERS[lang]) or 'x^'})[\s-]+)?(?P<season>{_words(lx.SEASONS[lang])})"
            r"(?:\s+(?:des\s+Jahres\s+|of\s+)?(?P<syear>(?:19|20)\d\d))?\b", re.IGNORECASE)),
        ("yearpart", re.compile(
            rf"\b(?P<pnth>{_words(lx.PART_ORDINALS[lang])})(?<!\.)\s+(?P<ppart>{_words(lx.YEAR_PARTS[lang])})\b"
            rf"(?:\s+(?:des|dieses|of\s+the|of\s+this)\s+(?:Jahres|year)\b)?"
            rf"|\b(?P<pnth2>[1-4]\.)\s+(?P<ppart2>{_words(lx.YEAR_PARTS[lang])})\b"
            # "in der ersten Hälfte des Jahres" (not "der zweiten Hälfte des Spiels")
            rf"|\b(?P<pnth3>ersten|zweiten)\s+(?P<ppart3>Hälfte)\s+(?:des|dieses)\s+(?:laufenden\s+)?Jahres\b"
            if lang == "de" else
            rf"\b(?P<pnth>{_words(lx.PART_ORDINALS[lang])})[\s-]+(?P<ppart>quarter)\b"
            rf"(?:\s+of\s+(?:the|this)\s+year\b)?"
            rf"|\b(?P<pnth2>first|second)\s+(?P<ppart2>half)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)),
        # "am gestrigen Abend": the day and its part
        ("reladj", re.compile(rf"\b(?P<radj>{_words(lx.RELATIVE_ADJECTIVES[lang]) or 'x^'})e[mnrs]?\b"
                              rf"(?:\s+(?P<rpart>{_words(lx.DAY_PARTS_DE)}))?",
                              re.IGNORECASE)),
        ("part", re.compile(rf"\b(?:{_words(lx.DAY_PART_PREPS[lang])})\s+"
                            rf"(?:(?P<padj>{_words(lx.DAY_PART_ADJECTIVES[lang])})\s+)?"
                            rf"(?P<part>{_words(lx.DAY_PARTS[lang])})(?!-)\b", re.IGNORECASE)),
        # Named days as written (case-sensitive: "Tag der Arbeit" is a name, not any day's work).
        ("holiday", re.compile(rf"\b(?P<holiday>{_words(lx.HOLIDAYS[lang])})\b")),
        ("dayof", re.compile(rf"\b{lx.DAY_OF_EVENT[lang]}\b")),
        ("calweek", re.compile(rf"\b{lx.CALENDAR_WEEK[lang]}\b")),
        ("course", re.compile(rf"\b(?:{lx.COURSE_OF[lang]}\s+(?P<cunit>{_words(lx.COURSE_UNITS[lang])})"
                              rf"|{lx.COURSE_COMPOUNDS[lang]})\b(?!\s+\d)", re.IGNORECASE)),
        ("newyear", re.compile(rf"\b{lx.NEW_YEAR[lang]}\b(?!\s+\d)", re.IGNORECASE)),
        ("election", re.compile(rf"\b(?P<eday>{_words(lx.ELECTION_DAYS[lang])})\b")),
        ("phrase", re.compile(rf"\b(?P<phrase>{_words(lx.DURATION_PHRASES[lang]) or 'x^'})\b", re.IGNORECASE)),
        ("century", re.compile(
            rf"\b(?:(?P<cmod>Anfang|Mitte|Ende)\s+des\s+)?(?P<cnum>\d{{1,2}})\.\s+Jahrhunderts?\b"
            rf"|\b(?P<cthis>{_words(lx.THIS_CENTURY[lang])})\s+Jahrhunderts?\b"
            rf"|\b(?P<clast>{_words(lx.LAST_CENTURY[lang])})\s+Jahrhunderts?\b"
            # "in diesem Jahrzehnt", "im vergangenen Jahrzehnt": the publication's decade or the one before
            rf"|\b(?P<dthis>{_words(lx.THIS_CENTURY[lang])})\s+Jahrzehnts?\b"
            rf"|\b(?P<dlast>{_words(lx.LAST_CENTURY[lang])})\s+Jahrzehnts?\b"
            if lang == "de" else
            rf"\b(?:the\s+)?(?:(?P<cmod>early|mid|late)[\s-]+)?(?P<cnum>\d{{1,2}}(?:st|nd|rd|th)|"
            rf"{_words(lx.ORDINALS['en'])})\s+century\b"
            rf"|\b(?P<cthis>{_words(lx.THIS_CENTURY[lang])})\s+century\b"
            rf"|\bthe\s+(?P<clast>{_words(lx.LAST_CENTURY[lang])})\s+century\b", re.IGNORECASE)),
    ]
    if lx.DAY_PART_ADVERBS[lang]:
        out.append(("partadverb", re.compile(rf"\b(?P<adverb>{_words(lx.DAY_PART_ADVERBS[lang])})\b",
                                             re.IGNORECASE)))
    return out


# The patterns are looked for with quicker forms of themselves, and each place such a form
# finds is tried with the pattern itself (`pattern.match` there), so the matches and their
# words are the pattern's own:
# - a case-insensitive pattern runs in lower case without IGNORECASE on the lower-cased text:
#   the regex engine then compares characters as they are instead of folding the case of
#   each one it tries (about 40% less time);
# - a pattern whose first word is one of a short list, or a number, runs without its leading
#   "\b" (_FIRST_CHARACTER_KINDS): the engine then skips to the places where that word's
#   first character stands instead of trying every position. Patterns that start with an
#   optional word or with one of many letters are slower so (measured on the German and
#   English Wikinews articles) and keep it.
_PATTERN_PIECE = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))|[^\\(]+|\(")
_FIRST_CHARACTER_KINDS = frozenset({"setother", "seteach", "oneback", "whole", "coordunits", "years",
                                    "dayrange", "clockword", "reladj", "part", "holiday", "calweek",
                                    "election", "phrase", "partadverb"})


def _lower_case(pattern: re.Pattern) -> re.Pattern | None:
    """A case-insensitive pattern in lower case ("um\\s+Viertel" → "um\\s+viertel"; escapes
    such as "\\S" and group names as they are), for lower-cased text; None for a
    case-sensitive one ("Tag der Arbeit" is a name, "tag der arbeit" is not)."""
    if not pattern.flags & re.IGNORECASE:
        return None
    source = "".join(piece if piece.startswith(("\\", "(?P")) else piece.lower()
                     for piece in _PATTERN_PIECE.findall(pattern.pattern))
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


@cache
def _finders(lang: str) -> list[tuple[re.Pattern, bool] | None]:
    """For each of `_patterns(lang)`: its quicker form, which matches wherever the pattern
    does, and whether that form is for the lower-cased text; None where there is none."""
    out: list[tuple[re.Pattern, bool] | None] = []
    for kind, pattern in _patterns(lang):
        lowered = _lower_case(pattern)
        finder = lowered or pattern
        if kind in _FIRST_CHARACTER_KINDS and finder.pattern.startswith("\\b"):
            finder = re.compile(finder.pattern[2:], finder.flags)
        out.append(None if finder is pattern else (finder, lowered is not None))
    return out


def _found(pattern: re.Pattern, finder: re.Pattern, text: str, searched: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, where `finder` matches `searched` (the text or its
    lower-cased form, of the same length) at least wherever `pattern` matches the text."""
    pos = 0
    while (m := finder.search(searched, pos)) is not None:
        hit = pattern.match(text, m.start())
        if hit is None:
            pos = m.start() + 1
            continue
        yield hit
        pos = max(hit.end(), m.start() + 1)


@cache
def _pattern_letters(lang: str) -> frozenset[str]:
    """The letters the lower-cased patterns can match: those they name and a-z (of ranges;
    "(?P" names a group)."""
    return frozenset("abcdefghijklmnopqrstuvwxyz").union(
        ch for f in _finders(lang) if f is not None and f[1] for ch in f[0].pattern if ch.islower())


@cache
def _matched_alone(ch: str, lang: str) -> bool:
    """Whether no other letter of the patterns matches `ch` when case is ignored: the regex
    engine takes "ı" for "i" and "ſ" for "s", which lower() leaves as they are."""
    others = "".join(re.escape(c) for c in sorted(_pattern_letters(lang) - {ch}))
    return re.fullmatch(f"[{others}]", ch, re.IGNORECASE) is None


def _lowers_alike(text: str, low: str, lang: str) -> bool:
    """Whether the lowered patterns match `low` (text.lower()) where the patterns match
    `text`: no character changed its length ("İ" → "i̇") and none matches another letter."""
    return len(low) == len(text) and all(_matched_alone(ch, lang) for ch in set(low))


def _set_phrases(lang: str) -> re.Pattern:
    """"einmal im Jahr", "pro Schüler und Jahr", "an sechs Tagen in der Woche", "jeden Abend",
    "twice a year", "per person and day", "five days a week", "every night"."""
    units = _words(lx.DURATION_UNITS[lang])
    shared, conj = lx.SET_SHARED[lang]
    days, day_links, week = lx.SET_WEEK_DAYS[lang]
    num = _words(lx.NUMBER_WORDS[lang])
    return re.compile(
        rf"\b(?:{lx.SET_TIMES[lang]}\s+(?:{_words(lx.SET_TIMES_PREPS[lang])})\s+(?P<tunit>{units})"
        rf"|(?:{_words(shared)})\s+\w+\s+{conj}\s+(?P<sunit>{units})"
        rf"|(?:an\s+)?(?:{num}|\d+)\s+(?:{_words(days)})\s+(?:{_words(day_links)})\s+(?P<week>{week})"
        rf"|(?:{_words(lx.SET_DAY_PARTS[lang])})\s+(?P<spart>{_words(lx.DAY_PARTS[lang])}))\b",
        re.IGNORECASE)


def _number(word: str, lang: str) -> int | float | None:
    word = word.lower().replace(",", ".").rstrip("+")
    if word in lx.NUMBERS:
        return lx.NUMBERS[word]
    if word in lx.EXTRA_COUNTS[lang]:
        return lx.EXTRA_COUNTS[lang][word]
    try:
        value = float(word)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _duration(n: int | None, unit: str) -> str:
    if unit == "DE" and n is not None:
        n, unit = n * 10, "Y"  # "vier Jahrzehnte", "a decade": counted in years (P40Y, P10Y)
    count = "X" if n is None else str(n)
    if unit in ("H", "MIN"):
        return f"PT{count}{'H' if unit == 'H' else 'M'}"
    return f"P{count}{unit}"


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus 1991)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _holiday(rule: tuple, published: dt.date) -> dt.date | None:
    """The occurrence of a named day nearest to the publication."""
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        if rule[0] == "easter":
            days.append(_easter(year) + dt.timedelta(days=rule[1]))
        elif rule[0] == "nth":  # "Thanksgiving", "Muttertag": the n-th weekday of a month
            _, month, weekday, n = rule
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
            if n < 0:  # the last one: the first of the next month, a week back
                nxt = dt.date(year + month // 12, month % 12 + 1, 1)
                day = nxt - dt.timedelta(days=(nxt.weekday() - weekday - 1) % 7 + 1)
            days.append(day)
        else:
            days.append(dt.date(year, rule[0], rule[1]))
    return min(days, key=lambda d: abs((d - published).days))


def _day_before(dates: list[Timex], pos: int) -> str | None:
    days = [t for t in dates if t.precision == "day" and t.end <= pos and t.value]
    return max(days, key=lambda t: t.end).value if days else None


def _day_of_clock(dates: list[Timex], text: str, a: int, b: int) -> str | None:
    """The day of a clock time: a day named in its sentence (nearest first), else the
    last day named before it."""
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    stop = min((i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0), default=len(text))
    same = [t for t in dates if t.precision == "day" and t.value and start <= t.start < stop]
    if same:
        return min(same, key=lambda t: min(abs(t.end - a), abs(t.start - b))).value
    return _day_before(dates, a)


def _habitual(text: str, a: int, b: int, lang: str) -> bool:
    """A habit word (HABIT_CUES) or a set ("jährlich", "pro Jahr") in the sentence of text[a:b]."""
    start = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a)) + 1
    stop = min((i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0), default=len(text))
    words = set(re.findall(r"\w+", text[start:stop].lower()))
    return bool(words & lx.HABIT_CUES[lang] or words & lx.SETS[lang].keys()
                or words & set(lx.SET_PREPS[lang]))


_RANGE_LINK = r"\s*(?:und|bis|zum|and|to|through|until|till|–|—|-)\s*"
# before a day the tagger read with its month: also "bis zum" ("vom 12. bis zum 14. Juni")
_RANGE_LINK_BACK = r"\s*(?:bis\s+zum|bis\s+zur|und|bis|zum|and|to|through|until|till|–|—|-)\s*"


def mark_ranges(dates: list[Timex], text: str) -> list[Timex]:
    """Ranges keep both ends in their TIMEX3 value: "am 4. und 5. März" (the tagger reads
    "5. März") → ``2019-03-04/2019-03-05``; "February 27-28"; "2018 und 2019", "1919–33"
    (two years, or a year and its last two digits) → ``2018/2019``. The calendar `value`
    stays the one the tagger gave, so events keep their dates."""
    out: list[Timex] = []
    skip: set[int] = set()
    for k, t in enumerate(dates):
        if k in skip:
            continue  # the second year of a range
        if not t.value:
            out.append(t)
            continue
        if t.precision == "day":
            day = int(t.value[8:10])
            inner = re.search(r"\b(\d{1,2})(?:[–-]|\.[/–-])(\d{1,2})\b", t.text)
            if inner and int(inner[1]) == day and day < int(inner[2]) <= 31:  # "September 25–27", "3./4. März"
                out.append(replace(t, timex3=f"{t.value}/{t.value[:8]}{int(inner[2]):02d}"))
                continue
            before = re.search(rf"(?<![\d.])(\d{{1,2}})\.?(?:{_RANGE_LINK_BACK})$", text[max(0, t.start - 14):t.start])
            after = re.match(rf"(?:{_RANGE_LINK})(\d{{1,2}})(?!\d|\.\d)", text[t.end:t.end + 10])
            prev_end = dates[k - 1].end if k > 0 else 0
            if before and int(before[1]) < day and t.start - len(before[0]) >= prev_end:
                first = f"{t.value[:8]}{int(before[1]):02d}"
                out.append(replace(t, start=t.start - len(before[0]), text=text[t.start - len(before[0]):t.end],
                                   timex3=f"{first}/{t.value}"))
                continue
            if after and int(after[1]) > day and int(after[1]) <= 31:
                last = f"{t.value[:8]}{int(after[1]):02d}"
                end = t.end + len(after[0])
                out.append(replace(t, end=end, text=text[t.start:end], timex3=f"{t.value}/{last}"))
                continue
        if t.precision == "year" and re.fullmatch(r"\d{4}", t.value):
            prev_end = dates[k - 1].end if k > 0 else 0
            first = re.search(r"(?<![\d./])(\d{4})\s*(/|\s[–—-]\s)\s*$", text[max(prev_end, t.start - 10):t.start])
            if first and t.text.strip().isdigit() and int(first[1]) < int(t.value) <= int(first[1]) + (
                    1 if first[2] == "/" else 30):
                # "2015/2016", "(1950 – 1953)": the tagger reads only the second year
                start = t.start - len(first[0])
                out.append(replace(t, start=start, text=text[start:t.end], timex3=f"{first[1]}/{t.value}"))
                continue
            nxt = dates[k + 1] if k + 1 < len(dates) else None
            link = re.fullmatch(_RANGE_LINK, text[t.end:nxt.start]) if nxt is not None else None
            # "2018 und 2019" is one stretch; "2000 und 2002", "2004 and 2008" are a list of
            # two years (each its own timex); "from 1981 to 1990" is a range.
            listed = link is not None and re.fullmatch(r"\s*(?:und|and)\s*", link[0]) is not None \
                and not re.search(r"\b(?:zwischen|between)\s+$", text[max(0, t.start - 10):t.start], re.I)
            if nxt is not None and nxt.precision == "year" and link and nxt.value > t.value and not (
                    listed and int(nxt.value) > int(t.value) + 1):
                out.append(replace(t, end=nxt.end, text=text[t.start:nxt.end], timex3=f"{t.value}/{nxt.value}"))
                skip.add(k + 1)
                continue
            short = re.match(r"[–—-](\d{2})(?!\d)", text[t.end:t.end + 3])
            if short and f"{t.value[:2]}{short[1]}" > t.value:
                end = t.end + len(short[0])
                out.append(replace(t, end=end, text=text[t.start:end], timex3=f"{t.value}/{t.value[:2]}{short[1]}"))
                continue
        out.append(t)
    return out


def join_day_ranges(dates: list[Timex], text: str, lang: str) -> list[Timex]:
    """"vom 21. November bis zum 2. Dezember", "between November 27 and December 10",
    "Wednesday through Friday": two days as the ends of one stretch are one expression whose
    TIMEX3 value keeps both ends (``2005-11-21/2005-12-02``); its calendar value is the first
    day. Called on the output only: the events have read both days already."""
    links = _words(lx.DAY_RANGE_LINKS[lang] + lx.DAY_RANGE_DASHES)
    between, conj = lx.DAY_RANGE_BETWEEN[lang]
    out: list[Timex] = []
    k = 0
    while k < len(dates):
        t = dates[k]
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        wd = lx.WEEKDAY_ANY.get(nxt.text.split()[-1].lower()) if nxt is not None and nxt.text else None
        if nxt is not None and wd is not None and t.precision == "day" and t.value and nxt.value:
            # "Wednesday through Friday": the second weekday is the first such day after the first
            first = dt.date.fromisoformat(t.value)
            nxt = replace(nxt, value=(first + dt.timedelta(days=(wd - first.weekday()) % 7 or 7)).isoformat())
        if (nxt is not None and t.precision == "day" and nxt.precision == "day" and t.value and nxt.value
                and t.value < nxt.value and "/" not in (t.timex3 or "") and "/" not in (nxt.timex3 or "")):
            gap = text[t.end:nxt.start]
            ranged = re.fullmatch(rf"\s*(?:{links})\s*", gap, re.IGNORECASE) or (
                re.fullmatch(rf"\s+{conj}\s+", gap, re.IGNORECASE)
                and re.search(rf"\b{between}\s+$", text[max(0, t.start - 12):t.start], re.IGNORECASE))
            if ranged:
                out.append(replace(t, end=nxt.end, text=text[t.start:nxt.end], timex3=(
                    f"{t.timex3 or t.value}/{nxt.timex3 or nxt.value}")))
                k += 2
                continue
        out.append(t)
        k += 1
    return out


def split_apposed(dates: list[Timex], text: str) -> list[Timex]:
    """Apposed dates are two expressions of one day: "am Montag, dem 2. Oktober", "next
    Wednesday, July 31" (found as one by the tagger) give the weekday and the date each their
    timex; "am Montag (9. September)" gives the weekday the date's value."""
    weekdays = _words(name for lang in lx.LANGS for name in lx.WEEKDAYS[lang])
    out: list[Timex] = []
    for k, t in enumerate(dates):
        m = re.match(rf"(?:(?:am|on)\s+)?((?:{weekdays})(?:{_words(lx.DAY_PARTS_DE)})?),\s+(?:(?:dem|den)\s+)?",
                     t.text, re.IGNORECASE)
        if t.precision == "day" and m and m.end() < len(t.text):
            wd_end, rest = t.start + m.end(1), t.start + m.end()
            out += [replace(t, text=text[t.start:wd_end], end=wd_end),
                    replace(t, text=text[rest:t.end], start=rest)]
            continue
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        if (t.precision == "day" and nxt is not None and nxt.precision == "day"
                and re.search(rf"\b(?:{weekdays})$", t.text, re.IGNORECASE)
                and re.fullmatch(r"\s*\(\s*", text[t.end:nxt.start])):
            out.append(replace(t, value=nxt.value, anchor=nxt.anchor))
            continue
        out.append(t)
    return out


def drop_clock_years(dates: list[Timex], text: str) -> list[Timex]:
    """"(2100 UTC)": four digits before a time zone are a clock time, not a year."""
    return [t for t in dates if not (t.precision == "year" and t.text.strip().isdigit()
                                     and re.match(r"\s*(?:UTC|GMT)\b", text[t.end:t.end + 5]))]


def join_clock_times(dates: list[Timex], text: str, lang: str) -> list[Timex]:
    """"Dienstag um Mitternacht", "Freitag um 10:00 Uhr", "14.06.05 - 08:52 Uhr", "Nachmittag
    des 01.01.2005": a day and its hour or part named together are one TIME expression
    (``2005-08-16T24:00``); the day's value stays, so events keep their dates."""
    joiners = lx.DAY_CLOCK_JOINERS[lang]
    if not joiners:
        return dates
    clock = next(p for kind, p in _patterns(lang) if kind == "clock")
    joined = re.compile(rf"\s*(?:{_words(joiners)})\s+|\s*[–-]\s*")
    hours = {w: code for w, code in lx.DAY_PARTS[lang].items() if ":" in code}  # Mitternacht, Mittag
    parts = _words(lx.DAY_PARTS[lang])
    before = re.compile(rf"\b(?P<part>{parts})\s+{lx.DAY_PART_OF_DATE[lang]}\s+$", re.IGNORECASE)
    out = []
    for t in dates:
        if t.precision != "day" or not t.value or t.timex3:
            out.append(t)
            continue
        link = joined.match(text, t.end)
        if link:
            hit = clock.match(text, link.end())
            word = re.match(rf"(?:{_words(hours)})\b", text[link.end():link.end() + 12], re.IGNORECASE)
            if hit and hit["h"]:
                h = int(hit["h"]) if hit["h"].isdigit() else lx.CLOCK_WORDS[hit["h"].lower()]
                end, code = hit.end(), f"{h:02d}:{hit['m'] or '00'}"
            elif word:
                end, code = link.end() + word.end(), hours[word[0].lower()]
            else:
                end = None
            if end is not None:
                out.append(replace(t, end=end, text=text[t.start:end], type="TIME", timex3=f"{t.value}T{code}"))
                continue
        part = before.search(text[max(0, t.start - 20):t.start])
        if part and part["part"][:1].isupper():
            start = t.start - len(part[0])
            code = lx.DAY_PARTS[lang][part["part"].lower()]
            out.append(replace(t, start=start, text=text[start:t.end], type="TIME",
                               timex3=f"{t.value}T{code}"))
            continue
        out.append(t)
    return out


def mark_day_modifiers(dates: list[Timex], text: str, lang: str) -> list[Timex]:
    """"late on Sunday", "early Tuesday", "late yesterday", "am späten Sonntagabend", "the early
    hours of Sunday": a day early or late in it keeps its value and gains the modifier; the word
    before the day joins the expression (in the output only: the tagger finds the day)."""
    adjectives = lx.DAY_PART_ADJECTIVES[lang]
    article = r"(?:am\s+)?" if lang == "de" else ""  # "am späten Sonntagabend"
    before = re.compile(rf"\b{article}(?P<mod>{_words(adjectives)})\s+$", re.IGNORECASE)
    out = []
    for t in dates:
        if t.precision != "day" or not t.value or t.modifier:
            out.append(t)
            continue
        inside = next((w for w in t.text.lower().split()[:2] if w in adjectives), None)
        hit = None if inside else before.search(text[max(0, t.start - 16):t.start])
        if inside:
            t = replace(t, modifier=adjectives[inside])  # "the early hours of Sunday"
        elif hit:
            start = t.start - len(hit[0])
            t = replace(t, start=start, text=text[start:t.end], modifier=adjectives[hit["mod"].lower()])
        out.append(t)
    return out


def mark_day_parts(dates: list[Timex], lang: str) -> list[Timex]:
    """"Mittwochabend", "gestern Abend", "Wednesday night": the day's value stays, the
    TIMEX3 value adds the part (``2019-08-21TEV``)."""
    return [_with_part(t, lang) for t in dates]


_COUNTED_FROM = {"später", "danach", "darauf", "zuvor", "vorher", "later", "earlier", "before",
                 "after", "afterwards", "ago"}


def _with_year_part(t: Timex, lang: str) -> Timex:
    """"im Herbst 2015" → ``2015-FA``, "im ersten Halbjahr 2005" → ``2005-H1``, "the third
    quarter of 2020" → ``2020-Q3``: the year stays the calendar value (events are dated by it)."""
    words = t.text.lower().split()
    season = next((lx.SEASONS[lang][w] for w in words if w in lx.SEASONS[lang]), None)
    if season:
        return replace(t, timex3=f"{t.value}-{season}")
    part = next((lx.YEAR_PARTS[lang][w] for w in words if w in lx.YEAR_PARTS[lang]), None)
    nth = next((lx.PART_ORDINALS[lang][w] for w in words if w in lx.PART_ORDINALS[lang]), None)
    if part and nth and nth <= (2 if part == "H" else 4):
        return replace(t, timex3=f"{t.value}-{part}{nth}")
    return t


def _with_part(t: Timex, lang: str) -> Timex:
    if t.value is None and not t.timex3:  # "bald", "soon": found by dates.py without a value
        ref = next((code for code, forms in lx.REFERENCES[lang].items()
                    if t.text.lower() in (f.lower() for f in forms)), None)
        if ref:
            return replace(t, timex3=ref)
        words = t.text.lower().split()
        if (words[0] == "vor" and words[-1] in lx.PLURAL_UNITS[lang]) or words[-1] == "ago":
            return replace(t, timex3="PAST_REF")  # "vor wenigen Tagen", "many years ago": some time back
        # "in den vergangenen Wochen", "innerhalb weniger Stunden", "in the next few weeks":
        # a stretch of unknown length, unless it is counted from another date ("Tage später").
        units = [lx.DURATION_UNITS[lang][w] for w in words if w in lx.PLURAL_UNITS[lang]]
        if units and not set(words) & _COUNTED_FROM and not re.match(r"(?:vor|kurz)\b", words[0]):
            return replace(t, type="DURATION", timex3=_duration(None, units[-1]))
        return t
    if t.precision == "year" and t.value and not t.timex3:
        return _with_year_part(t, lang)
    if t.precision == "week" and t.value and not t.timex3 and re.search(r"wochenende|weekend", t.text, re.I):
        return replace(t, timex3=f"{t.value}-WE")  # the weekend of that week, not the week
    if t.precision != "day" or not t.value or t.timex3:
        return t
    low = t.text.lower()
    for word, code, compound in _day_parts(lang):
        if low != word and (low.endswith(word) or f" {word}" in low or low.startswith(f"{word} des ") or
                            (lang == "de" and compound.search(low))):
            if lang == "de" and word == "morgen" and (low.startswith("morgen") or low.endswith("übermorgen")):
                continue  # "morgen früh": tomorrow; "übermorgen": the day after it
            return replace(t, type="TIME", timex3=f"{t.value}T{code}")
    return t


@cache
def _day_parts(lang: str) -> list[tuple[str, str, re.Pattern]]:
    """(word, TIMEX3 code, the word ending a German compound) of the parts of a day, longest
    first: "Nachmittag" is no "Mittag", "afternoon" no "noon"."""
    return [(word, code, re.compile(rf"[a-zäöü]{word}\b"))
            for word, code in sorted(lx.DAY_PARTS[lang].items(), key=lambda item: -len(item[0]))]


# Letters that case-insensitive patterns take for other letters ("täglıch", "daſs" match
# "täglich", "dass"): read as those letters, one for one, so the words are found in the
# tables and offsets stay; each timex keeps its words as written.
_ALIKE = str.maketrans({"ı": "i", "ſ": "s", "\u212a": "K", "\u212b": "Å"})


def find_other_timexes(text: str, lang: str, dates: list[Timex], published=None) -> list[Timex]:
    """Durations, sets, references, clock times and parts of days of a text (not
    overlapping its calendar dates), in reading order."""
    written, text = text, text.translate(_ALIKE)
    if text != written:
        return [replace(t, text=written[t.start:t.end]) for t in find_other_timexes(text, lang, dates, published)]
    taken = [(t.start, t.end) for t in dates]
    found: list[Timex] = []

    def free(a: int, b: int) -> bool:
        return not any(a < e and s < b for s, e in taken)

    low = text.lower()
    alike = _lowers_alike(text, low, lang)
    for (kind, pattern), finder in zip(_patterns(lang), _finders(lang)):
        if finder is None or finder[1] and not alike:
            matches = pattern.finditer(text)
        else:
            matches = _found(pattern, finder[0], text, low if finder[1] else text)
        for m in matches:
            a, b = m.span()
            if kind == "coordunits":  # each unit on its own: "Monaten" may be taken already
                for timex in _coordinated_units(m, text, lang):
                    if free(timex.start, timex.end):
                        found.append(timex)
                        taken.append((timex.start, timex.end))
                continue
            if not free(a, b):
                continue
            timex = _timex(kind, m, text, lang, dates, published)
            if timex is not None:
                found.append(timex)
                taken.append((a, b))
    return sorted(found, key=lambda t: t.start)


def _coordinated_units(m: re.Match, text: str, lang: str) -> list[Timex]:
    """ "Tage bis Wochen", "weeks or months": each bare plural unit a duration of unknown
    length (a counted first one, "drei Tage", is already taken as a duration)."""
    return [Timex(m[g], m.start(g), m.end(g), None, None, None, type="DURATION",
                  timex3=_duration(None, lx.DURATION_UNITS[lang][m[g].lower()])) for g in ("u1", "u2")]


_WORD = re.compile(r"\s*,?\s*([\w.-]+)")


def _age_de(text: str, b: int) -> bool:
    """Whether the "-jährige" adjective ending at text[b] tells the age of a person: the
    noun after it (past other adjectives) is a person or is followed by a name, or no noun
    follows ("die 34-jährige sagte")."""
    pos = b
    for _ in range(4):
        m = _WORD.match(text, pos)
        if m is None:
            return False
        word, pos = m[1], m.end()
        if word[:1].islower():
            if re.search(r"(?:e|en|er|es|em)$", word) and not word.endswith("-"):
                continue  # another adjective before the noun ("deutsche", "pro-europäischen")
            return True  # no noun: the adjective stands for the person
        last = word.rstrip(".").split("-")[-1].lower()  # "CHP-Kandidat", "Ex-Reeder"
        if last.endswith(lx.AGE_NOT_PERSON_DE):
            return False
        if last in lx.AGE_PERSON_NOUNS_DE or last.endswith(lx.AGE_PERSON_ENDINGS_DE):
            return True
        name = _WORD.match(text, pos)  # "der 51-jährige Octavian Ursu": a name follows
        return bool(name and name[1][:1].isupper() and not text[pos:name.start(1)].strip())
    return False


def _sentence_initial(text: str, a: int) -> bool:
    """Whether text[a:] starts a sentence or a quotation ("„Derzeit fehlen …", "… gesagt.“
    Aktuell gebe es …"): a capitalised German word there need not be a noun."""
    before = text[:a].rstrip()
    quotes = before[len(before.rstrip("„“”\"'«»‚‘’")):]
    before = before[:len(before) - len(quotes)].rstrip()
    return before[-1:] in ("", *".!?:\n)") or any(q in "„«»‚" for q in quotes)


def _timex(kind: str, m: re.Match, text: str, lang: str, dates: list[Timex], published=None) -> Timex | None:
    a, b = m.span()
    words = text[a:b]

    def make(type_: str, timex3: str, anchor: str | None = None) -> Timex:
        return Timex(words, a, b, None, None, anchor, type=type_, timex3=timex3)

    if kind == "ref":
        ref = m["ref"].lower()
        if ref.endswith(("future", "zukunft")) and ref != "in zukunft" and re.match(r"\s+(?:of\b|des\b|der\b|[A-ZÄÖÜ])", text[b:b + 6]):
            return None  # "the future of Europe", "die Zukunft Europas": a noun, no time
        if ref.split()[-1] in lx.STRETCH_DIRECTIONS[lang] and re.match(
                rf"\s+(?:(?:{_words(lx.NUMBER_WORDS[lang])}|\d+|few|several|couple\s+of)\s+)+"
                rf"(?:{_words(lx.DURATION_UNITS[lang])})\b",
                text[b:b + 30], re.IGNORECASE):
            return None  # "in the past two years": a stretch of a counted length (a duration)
        if lang == "de" and words[:1].isupper() and not _sentence_initial(text, a):
            return None  # a capitalised word inside a German sentence is a noun
        if ref in ("shortly", "soon") and re.match(r"\s+(?:before|after)\b", text[b:b + 8], re.I):
            return None  # "shortly before midnight": how close to another time, no future
        return next((make("DATE", code) for code, forms in lx.REFERENCES[lang].items()
                     if ref in (f.lower() for f in forms)), None)
    if kind == "setother":  # "every other year", "alle zwei Jahre", "alle vier Jahre"
        n = _number(m["onum"], lang) if m["onum"] else 2
        if not isinstance(n, int) or n < 2:
            return None  # "every one of …" is no set of units
        return make("SET", _duration(n, lx.DURATION_UNITS[lang][m["ounit"].lower()]))
    if kind == "seteach":  # "jeden Freitag", "jedes Wochenende", "every summer"
        if m["eday"]:
            return make("SET", f"XXXX-WXX-{lx.WEEKDAYS[lang][m['eday'].lower()] + 1}")
        if m["eweekend"]:
            return make("SET", "XXXX-WXX-WE")
        return make("SET", f"XXXX-{lx.SEASONS[lang][m['eseason'].lower()]}")
    if kind == "oneback":  # "the past year": a stretch of one year back
        return make("DURATION", _duration(1, lx.DURATION_UNITS[lang][m["bunit"].lower()]))
    if kind == "setphrase":
        if m["spart"]:
            code = lx.DAY_PARTS[lang][m["spart"].lower()]
            return make("SET", f"XXXX-XX-XXT{code}")
        if m["sunit"]:  # "pro Schüler und Jahr": the unit alone is the expression
            a = m.start("sunit")
            return Timex(m["sunit"], a, b, None, None, None, type="SET",
                         timex3=_duration(1, lx.DURATION_UNITS[lang][m["sunit"].lower()]))
        unit = "W" if m["week"] else lx.DURATION_UNITS[lang][m["tunit"].lower()]
        return make("SET", _duration(1, unit))
    if kind == "set":
        if m["setword"]:
            if lang == "de" and words[:1].isupper() and not _sentence_initial(text, a):
                return None  # "am Abend des Sonntags": a noun, no habit
            prev = re.search(r"([\w]+)\s+$", text[max(0, a - 12):a])
            if lx.SETS[lang][m["setword"].lower()].startswith("XXXX") and prev and (
                    prev[1].lower() in lx.SET_NOT_AFTER[lang] or prev[1].isdigit()):
                return None  # "two weekends", "a couple of evenings": counted, no habit
            return make("SET", lx.SETS[lang][m["setword"].lower()])
        return make("SET", _duration(1, lx.DURATION_UNITS[lang][m["setunit"].lower()]))
    if kind == "duration":
        unit = lx.DURATION_UNITS[lang][m["unit"].lower()]
        if m["half"] and _number(m["num"], lang) == 1:
            # "einen halben Tag später": half a unit, counted from an event (no date)
            return make("DURATION", lx.HALF_UNITS.get(unit, f"P0.5{unit}"))
        if re.match(r"\s*(?:alt|old|ago|later|earlier|zuvor|später|danach)\b",
                    text[b:b + 12], re.IGNORECASE):
            return None  # an age or a date counted from another one
        if re.search(r"\b(?:Alter\s+von|age\s+of)\s+$", text[max(0, a - 14):a], re.IGNORECASE) or (
                lang == "de" and unit == "Y" and re.search(
                    r"\bmit\s+(?:(?:durchschnittlich|erst|bereits|schon|gerade|knapp|rund|etwa)\s+)?$",
                    text[max(0, a - 24):a])):
            return None  # "im Alter von 95 Jahren", "mit 27 Jahren", "at the age of 95": an age
        before = text[max(0, a - 6):a].lower()
        more_than = (m["dmod"] or "").lower() in lx.DURATION_MORE_THAN[lang] or m["num"].endswith("+")
        # dates.py counts no decades ahead: "the biggest rally in a decade" is a stretch
        stretch = (more_than or unit == "DE" or re.search(
            rf"\b(?:{_words(lx.STRETCH_AFTER)})\s+in\s*$", text[max(0, a - 10):a], re.I)) and re.search(r"\bin\s*$", before)
        if unit in ("H", "MIN") and re.search(r"\b(?:in|within|binnen)\s*$", before):
            # "in 48 Stunden", "within 24 hours": no date the tagger reads (it counts days
            # and longer); the span of time until then
            return make("DURATION", _duration(_number(m["num"], lang), unit))
        if unit in ("H", "MIN") and re.search(r"\bvor\s*$", before):
            return make("DATE", "PAST_REF")  # "vor zwei Stunden": a little while back, as "hours ago"
        if re.search(r"\b(?:vor|in|within|binnen)\s*$", before) and not stretch:
            # "vor zwei Tagen", "in two weeks": dates (found by dates.py when they are); but
            # "zum ersten Mal in über 50 Jahren", "in more than a decade" is a stretch
            return None
        return make("DURATION", _duration(_number(m["num"], lang), unit))
    if kind == "whole":  # "die ganze Woche", "all day"
        return make("DURATION", _duration(1, lx.DURATION_UNITS[lang][m["wunit"].lower()]))
    if kind == "adjective":
        if lang == "de" and m["aunit"][:1].isupper():
            return None
        tail = m["tail"].lower()
        if lang == "en" and tail not in ("", "s") or (lang == "en" and text[m.end():m.end() + 4] == "-old"):
            return None  # "75-year-old" is an age
        if lang == "de" and not re.fullmatch(r"e[nmrs]?", tail):
            return None
        unit = lx.DURATION_ADJECTIVES[lang][m["aunit"].lower()]
        if lang == "de" and unit == "Y" and _age_de(text, m.end()):
            return None  # "der 51-jährige Präsident": an age
        return make("DURATION", _duration(_number(m["anum"], lang), unit))
    if kind == "vague":
        if m["vunit"] and not m["vunit"].lower().endswith("s" if lang == "en" else "n"):
            # "in year", "over the year", "year over year", "Tag nach Tag": only plurals are
            # stretches of unknown length
            return None
        unit = lx.DURATION_UNITS[lang].get((m["vunit"] or "").lower()) or \
            lx.VAGUE_DURATIONS[lang].get((m["vword"] or "").lower())
        return make("DURATION", _duration(None, unit)) if unit else None
    if kind == "clock":
        g = m.groupdict()
        hour = g["h"] or g.get("h2") or g.get("h3") or g.get("h4")
        minute, ampm = g["m"] or g.get("m2") or g.get("m3") or g.get("m4") or "00", g.get("ampm")
        h = int(hour) if hour.isdigit() else lx.CLOCK_WORDS[hour.lower()]
        if ampm:
            if h > 12:
                return None
            h = h % 12 + (12 if ampm.lower() == "p" else 0)
        day = _day_of_clock(dates, text, a, b)
        return make("TIME", f"{day or 'XXXX-XX-XX'}T{h:02d}:{minute}", "previous" if day else None)
    if kind == "clockword":  # "halb neun" is 8:30, "Viertel vor neun" 8:45
        h = int(m["ch"]) if m["ch"].isdigit() else lx.CLOCK_WORDS[m["ch"].lower()]
        cw = m["cw"].lower()
        h, minute = (h - 1, 30) if cw == "halb" else (h - 1, 45) if cw.endswith("vor") else (h, 15)
        day = _day_of_clock(dates, text, a, b)
        start = m.start("cw")  # without "um"/"gegen"
        return Timex(text[start:b], start, b, None, None, "previous" if day else None, type="TIME",
                     timex3=f"{day or 'XXXX-XX-XX'}T{h % 24:02d}:{minute:02d}")
    if kind == "clockchain":  # "six minutes later": from the clock time told before, if any
        n = _number(m["ccount"], lang)
        if not isinstance(n, int):
            return None
        shift = n * lx.CLOCK_CHAIN_UNITS[lang][m["cunit"].lower()] * \
            lx.CLOCK_CHAIN_DIRECTIONS[lang][m["cdir"].lower()]
        clock = next(p for k, p in _patterns(lang) if k == "clock")
        before = [c for c in clock.finditer(text, max(0, a - 600), a) if c.end() <= a]
        # the local time, not its conversion "(1639 UTC)"
        before = [c for c in before if not re.search(r"UTC|GMT", c[0])] or before
        if not before:
            return make("TIME", None)
        prev = _timex("clock", before[-1], text, lang, dates, published)
        if prev is None or not prev.timex3 or "T" not in prev.timex3:
            return make("TIME", None)
        day, hhmm = prev.timex3.split("T")
        when = dt.datetime(2000, 1, 1, int(hhmm[:2]) % 24, int(hhmm[3:5])) + dt.timedelta(minutes=shift)
        if when.day != 1:
            return make("TIME", None)  # another day: not resolved here
        return make("TIME", f"{day}T{when:%H:%M}", "previous" if day != "XXXX-XX-XX" else None)
    if kind == "season":
        code = lx.SEASONS[lang][m["season"].lower()]
        if m["syear"]:
            out = make("DATE", f"{m['syear']}-{code}", "explicit")
            return replace(out, modifier=lx.SEASON_MODIFIERS[lang][m["smod"].lower()]) if m["smod"] else out
        if lang == "de" and not m["sdir"] and not re.search(
                rf"\b(?:im|in|vom|zum|(?:{_words(lx.SEASON_PREPS_DE)})\s+(?:dem|den|der))\s*$", text[max(0, a - 14):a], re.I):
            return None  # "Herbst" alone may be a name
        if lang == "en" and not m["sdir"] and not re.search(r"\b(?:in|in the|during|during the|by|by the)\s*$",
                                                             text[max(0, a - 12):a], re.I):
            return None  # "the fall of the wall"
        year = published.year + lx.SEASON_DIRECTIONS[lang].get((m["sdir"] or "").lower(), 0) if published else None
        out = make("DATE", f"{year or 'XXXX'}-{code}", "published" if year else None)
        return replace(out, modifier=lx.SEASON_MODIFIERS[lang][m["smod"].lower()]) if m["smod"] else out
    if kind == "decade":
        g = m.groupdict()
        if g.get("dword"):
            return make("DATE", f"19{lx.DECADE_WORDS[lang][g['dword'].lower()]}", "explicit")
        digits = g.get("dnum") or g.get("dshort") or g.get("dshort2")
        if len(digits) == 2:  # "80er", "'80s": the 20th century's
            digits = ("19" if digits != "00" else "20") + digits
        if digits.endswith("00") and digits != "2000":
            return make("DATE", digits[:2], "explicit")  # "the 1800s": the century (the 2000s a decade)
        return make("DATE", digits[:3], "explicit")
    if kind == "dayrange":
        try:
            first = dt.date(int(m["yr"]), int(m["mo"]), int(m["d1"]))
            last = dt.date(int(m["yr"]), int(m["mo"]), int(m["d2"]))
        except ValueError:
            return None
        if last <= first:
            return None
        return Timex(words, a, b, first.isoformat(), "day", "explicit", type="DATE",
                     timex3=f"{first.isoformat()}/{last.isoformat()}")
    if kind == "years":  # "1980–1987", "1919–33" written as one word
        y1, y2 = m["y1"], m["y2"] if len(m["y2"]) == 4 else m["y1"][:2] + m["y2"]
        if m["sep"] == "/" and int(y2) != int(y1) + 1:
            return None  # "2014/52/EU", "1430/2019": numbers; "2019/20" is a season or fiscal year
        return make("DATE", f"{y1}/{y2}", "explicit") if y2 > y1 else None
    if kind == "yearpart":  # "im dritten Quartal", "the first half of the year": this year's
        if m.groupdict().get("pnth3"):  # "in der ersten Hälfte des Jahres"
            nth, part = lx.PART_ORDINALS[lang][m["pnth3"].lower()], "H"
        else:
            nth = lx.PART_ORDINALS[lang][(m["pnth"] or m["pnth2"]).lower()]
            part = lx.YEAR_PARTS[lang][(m["ppart"] or m["ppart2"]).lower()]
            if lang == "de" and (m["ppart"] or m["ppart2"])[:1].islower() or nth > (2 if part == "H" else 4):
                return None
        year = published.year if published else "XXXX"
        return make("DATE", f"{year}-{part}{nth}", "published" if published else None)
    if kind == "reladj":
        if published is None:
            return None
        unit, offset = lx.RELATIVE_ADJECTIVES[lang][m["radj"].lower()]
        part = m["rpart"] if m["rpart"] and unit == "day" and m["rpart"][0].isupper() else None
        if m["rpart"] and not part:  # the adjective alone ("die diesjährige Nacht der Museen")
            b = m.start("rpart") - 1
            words = text[a:b]
        if unit == "year":
            return Timex(words, a, b, str(published.year + offset), "year", "published", type="DATE")
        day = published + dt.timedelta(days=offset)
        if part:  # "am gestrigen Abend": a part of that day
            return Timex(words, a, b, day.isoformat(), "day", "published", type="TIME",
                         timex3=f"{day.isoformat()}T{lx.DAY_PARTS['de'][part.lower()]}")
        return Timex(words, a, b, day.isoformat(), "day", "published", type="DATE")
    if kind == "holiday":
        if published is None:
            return None
        if m["holiday"] in lx.HOLIDAY_NEEDS_PREP[lang]:
            before = re.search(r"(\w+)\s+$", text[max(0, a - 12):a])
            if not (before and before[1].lower() in lx.HOLIDAY_PREPS[lang]) and not re.match(r"\s+(?:19|20)\d\d\b", text[b:b + 6]):
                return None  # "the Christmas market": a day only after a preposition or before a year
            if lang == "en" and re.match(r"\s+[A-Z]", text[b:b + 3]):
                return None  # "to Easter Island", "the Christmas Fund": a name
        day = _holiday(lx.HOLIDAYS[lang][m["holiday"]], published)
        return Timex(words, a, b, day.isoformat(), "day", "published", type="DATE") if day else None
    if kind == "course":  # "im Laufe des Tages": the day told before (else published), or its unit
        if lang == "de" and (m["cunit"] or m["cunit2"])[:1].islower():
            return None
        day = _day_before(dates, a)
        anchor = "previous" if day else "published"
        if day is None:
            if published is None:
                return None
            day = published.isoformat()
        unit = lx.COURSE_UNITS[lang][m["cunit"].lower()] if m["cunit"] else lx.COURSE_UNITS_FUSED[m["cunit2"].lower()]
        d = dt.date.fromisoformat(day)
        value = {"day": d.isoformat(), "week": "{}-W{:02d}".format(*d.isocalendar()[:2]),
                 "month": f"{d:%Y-%m}", "year": str(d.year)}[unit]
        return Timex(words, a, b, value, unit, anchor, type="DATE")
    if kind == "newyear":  # "im neuen Jahr": the year to come (the current one in January)
        if published is None or (lang == "de" and not re.search(r"Jahr", words)):
            return None
        year = published.year + (published.month > lx.NEW_YEAR_MONTHS)
        return Timex(words, a, b, str(year), "year", "published", type="DATE")
    if kind == "calweek":  # "in der 12. Kalenderwoche": that ISO week
        week = int(m["kw1"] or m["kw2"])
        year = int(m["kwy"]) if m["kwy"] else published.year if published else None
        if year is None or not 1 <= week <= dt.date(year, 12, 28).isocalendar()[1]:
            return None
        return Timex(words, a, b, f"{year}-W{week:02d}", "week", "explicit" if m["kwy"] else "published",
                     type="DATE")
    if kind == "dayof":  # "am Tag der Europawahl": a day, which this module cannot resolve
        start = text.index(" ", m.end("dprep")) + 1 if m["dprep"] else a  # without its preposition
        return Timex(text[start:b], start, b, None, None, None, type="DATE")
    if kind == "election":  # "am Wahlabend", "on election day": that day, told elsewhere
        part = lx.ELECTION_DAYS[lang][m["eday"]]
        return make("TIME", f"XXXX-XX-XXT{part}") if part else Timex(words, a, b, None, None, None, type="DATE")
    if kind == "phrase":
        code = lx.DURATION_PHRASES[lang][re.sub(r"\s+", " ", m["phrase"].lower())]
        years = re.fullmatch(r"P(\d+)Y", code)
        if years and published and (re.search(r"\bvor\s+(?:einem\s+)?$", text[max(0, a - 10):a], re.I)
                                    or re.match(r"\s+ago\b", text[b:b + 5])):
            # "vor einem Vierteljahrhundert", "half a century ago": that many years back
            return Timex(words, a, b, str(published.year - int(years[1])), "year", "published", type="DATE")
        return make("DURATION", code)
    if kind == "century":
        if m.groupdict().get("dthis") or m.groupdict().get("dlast"):
            step = 1 if m.groupdict().get("dlast") else 0
            return make("DATE", f"{published.year // 10 - step}", "published") if published else None
        if m["cthis"]:  # "in diesem Jahrhundert": the publication's century
            return make("DATE", f"{published.year // 100:02d}", "published") if published else None
        if m["clast"]:  # "im vergangenen Jahrhundert": the one before
            if re.search(r"\b(?:over|for)\s+$", text[max(0, a - 6):a], re.IGNORECASE):
                return make("DURATION", "P100Y")  # "over the last century": a stretch back
            return make("DATE", f"{published.year // 100 - 1:02d}", "published") if published else None
        num = m["cnum"].lower()
        n = lx.ORDINALS[lang].get(num) or int(re.match(r"\d+", num)[0])
        return make("DATE", f"{n - 1:02d}", "explicit") if 1 <= n <= 21 else None
    if kind == "partadverb":
        code = lx.DAY_PART_ADVERBS[lang][m["adverb"].lower()]
        if _habitual(text, a, b, lang):
            return make("SET", f"XXXX-XX-XXT{code}")
        after = [t for t in dates if t.precision == "day" and t.value and 0 <= t.start - b <= 4
                 and re.fullmatch(r"\s*(?:on\s*)?", text[b:t.start])]  # "overnight on Monday"
        day = after[0].value if after else _day_before(dates, a)
        return make("TIME", f"{day or 'XXXX-XX-XX'}T{code}", "previous" if day else None)
    if kind == "part":
        code = lx.DAY_PARTS[lang][m["part"].lower()]
        if lang == "de" and m["part"].lower() == "morgen" and not (
                words.lower().startswith("am") or (m["part"][0].isupper() and re.search(r"\b(?:dem|den|zum)\s+(?:\w+\s+)?\w+$", words))):
            return None  # "gegen morgen"? rare; "morgen" alone is tomorrow ("seit dem Morgen" is the morning)
        # "noon today", "midday tomorrow": the day right after it; else the day named before;
        # else the publication day (a report's "am Nachmittag" with no day is its own day).
        after = [t for t in dates if t.precision == "day" and t.value and 0 <= t.start - b <= 12
                 and (not text[b:t.start].strip() or code == "NI" and re.fullmatch(
                     r"\s+(?:zum|zur|auf\s+den)\s+", text[b:t.start]))]  # "in der Nacht zum 3. Mai"
        day, anchor = (after[0].value, "published") if after else (_day_before(dates, a), "previous")
        if day is None and published is not None:
            if code == "24:00":
                code = "00:00"  # "at midnight" with no day named: the start of the publication day
            day, anchor = published.isoformat(), "published"
        out = make("TIME", f"{day or 'XXXX-XX-XX'}T{code}", anchor if day else None)
        return replace(out, modifier=lx.DAY_PART_ADJECTIVES[lang][m["padj"].lower()]) if m["padj"] else out
    return None
