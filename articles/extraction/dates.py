"""Find German and English date expressions and resolve them against the publication date.

Finding: spaCy Matcher rules (dates_patterns). Resolving: the rules below, one per label.
The result never falls back to the publication date: what cannot be resolved keeps
``value=None``. See docs/dates.md for the rules and their known limits.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import SHAPE
from spacy.tokens import Doc, Span

from timeline.lib.dates import to_date_range

from . import dates_lexicon as lx
from . import dates_patterns as P
from .dates_tense import FUTURE, PAST, UNKNOWN, TenseContext, direction

__all__ = ["Timex", "DateResolver", "find_timexes"]

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Timex:
    text: str
    start: int  # character offsets into the original article text
    end: int
    value: str | None
    precision: str | None  # "day" | "week" | "month" | "year" | None
    anchor: str | None  # "published" | "previous" | "explicit" | None
    modifier: str | None = None  # "early" | "mid" | "late" | None
    # TIMEX3 type and, where it says more than `value`, the TIMEX3 value: a part of a day
    # ("2019-08-21TEV"), a clock time, a duration ("P3D"), a set ("P1Y"), a reference
    # ("PRESENT_REF"). Durations, sets and references have no `value`: they date nothing.
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    timex3: str | None = None

    def to_dict(self) -> dict:
        out = {"text": self.text, "start": self.start, "end": self.end, "value": self.value,
               "precision": self.precision, "anchor": self.anchor}
        if self.modifier:
            out["modifier"] = self.modifier
        if self.type != "DATE":
            out["type"] = self.type
        if self.timex3:
            out["timex3"] = self.timex3
        return out


# --- values -------------------------------------------------------------------------
def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _week(d: dt.date) -> tuple[str, str]:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}", "week"


def _month(year: int, month: int) -> tuple[str, str]:
    return f"{year:04d}-{month:02d}", "month"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1


def _representative(value: str, precision: str) -> dt.date:
    """A day inside the value, used for chained arithmetic (Thursday of a week: ISO rule)."""
    if precision == "week":
        start, _ = to_date_range(value)
        return start + dt.timedelta(days=3)
    return to_date_range(value)[0]


def _shift(prev: tuple[str, str], unit: str, n: int) -> tuple[str, str] | None:
    """The value ``n`` units after (before, if negative) a previous value, or None."""
    value, precision = prev
    if PRECISION_RANK[precision] > PRECISION_RANK[unit]:
        return None  # "two days later" after "in June": the day is not known
    return _unit_value(unit, n, _representative(value, precision))


def _infer_year(anchor: dt.date, month: int, day: int | None, tense: int) -> int | None:
    """Year of a day-month or month given without one: the past one for past tense, the
    next one for future tense (a month of slack either way), the nearest one otherwise."""
    def key(year: int) -> int | None:
        if day is None:
            return (year * 12 + month) - (anchor.year * 12 + anchor.month)
        try:
            return (dt.date(year, month, day) - anchor).days
        except ValueError:
            return None
    # Slack on the "wrong" side: a past event can be dated a few days after the anchor
    # (time zones, late editions); a planned one up to a month before it ("war für den
    # 21. Mai geplant"), since plans in news are often reported after they fell through.
    past_slack, future_slack = (0, 1) if day is None else (3, 31)
    options = [(y, k) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (k := key(y)) is not None]
    if not options:
        return None
    if tense == PAST:
        past = [(y, k) for y, k in options if k <= past_slack]
        return max(past, key=lambda o: o[1])[0] if past else None
    if tense == FUTURE:
        future = [(y, k) for y, k in options if k >= -future_slack]
        return min(future, key=lambda o: o[1])[0] if future else None
    return min(options, key=lambda o: (abs(o[1]), o[1] > 0))[0]


# --- token helpers ------------------------------------------------------------------
def _number(text: str) -> int | None:
    low = text.lower()
    if low in lx.NUMBERS:
        return lx.NUMBERS[low]
    return int(low) if low.isdigit() else None


def _day_number(text: str) -> int | None:
    m = re.match(r"^(\d{1,2})(\.|st|nd|rd|th)?$", text.lower())
    if m and 1 <= int(m[1]) <= 31:
        return int(m[1])
    return None


def _year_number(text: str, lo: int = 1000, hi: int = 2999) -> int | None:
    """A four-digit year; bare numbers (no month, no "Jahr") must be in 1900..2100."""
    text = text.rstrip(".")
    return int(text) if len(text) == 4 and text.isdigit() and lo <= int(text) <= hi else None


# A period that German tokenization leaves on a year or ISO day at the end of a sentence.
_SENTENCE_PERIOD = re.compile(r"(\d{4}|\d{4}-\d{2}-\d{2})\.$")
_NAME_MONTHS = {"august", "april", "june", "may"}
_NUMERIC_DE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?\.?$")
_NUMERIC_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")

# Bare four-digit numbers followed by these are counts, not years.
_COUNT_NOUNS = {"menschen", "personen", "soldaten", "euro", "dollar", "people", "troops", "cases",
                "fälle", "teilnehmer", "participants", "refugees", "flüchtlinge", "men",
                "soldiers", "dollars", "euros", "tonnen", "tons", "meter", "metres", "meters",
                "kilometer", "km", "mal", "times", "uhr", "%", "prozent", "percent", "stimmen",
                "votes", "mitglieder", "members", "opfer", "victims", "todesopfer"}
_YEAR_PREPS = {"im", "in", "seit", "bis", "ab", "von", "vor", "nach", "jahr", "jahre", "anfang",
               "ende", "mitte", "since", "until", "by", "from", "of", "between", "and", "und",
               "zwischen", "year", "to"}


def _bare_year_ok(span: Span, lo: int = 1900) -> bool:
    """Is the number span[-1] a year? Alone it must be in 1900..2100 ("in 1830" may be older);
    either way a count noun after it makes it a count ("2000 Soldaten", "in 2000 cases")."""
    doc, i = span.doc, span.end - 1
    year = _year_number(doc[i].text, 1000, 2100)
    if year is None:
        return False
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None and prev.text in {"$", "€", "£", "Nr.", "No.", "#"}:
        return False
    old = year < lo  # older years only after a preposition ("von 1899", "dates to 1873")
    if old and (prev is None or prev.lower_ not in _YEAR_PREPS):
        return False
    if nxt is None:
        return True
    if nxt.lower_ in _COUNT_NOUNS or nxt.text in {"-", "–", "/"}:
        return False  # "2017 Soldaten", "2017-2018" ranges are not handled
    if prev is not None and prev.lower_ in _YEAR_PREPS and not old:
        return True  # "In 2017 tensions rose": a subject may follow a prepositional year
    if nxt.pos_ == "NOUN" and "Plur" in nxt.morph.get("Number"):
        return False
    if doc.lang_ == "de" and nxt.is_title and nxt.is_alpha and not nxt.is_sent_start:
        return False  # German nouns are capitalised: "2018 Menschen"
    return True


# --- tweets -------------------------------------------------------------------------
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_SIGNATURE_RE = re.compile(r"[—–-]\s*[^\n()]{0,80}\(@\w{1,30}\)\s*(?P<date>[^\n]{4,40}?)\s*$")


@lru_cache(maxsize=256)
def _parse_signature_date(text: str) -> dt.date | None:
    # An explicit, complete date string: exactly what dateparser is good at.
    import dateparser  # slow import; only articles with embedded tweets pay for it

    parsed = dateparser.parse(text, languages=["de", "en"],
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _has_handle(doc: Doc) -> bool:
    """Does any token look like "@handle"? (Checked on the few distinct shapes, because
    doc.text is rebuilt from all tokens on every access.)"""
    strings = doc.vocab.strings
    return any(strings[h].startswith("@") for h in set(doc.to_array(SHAPE).tolist()))


def _tweet_anchors(doc: Doc, spans: list[Span], ctx: TenseContext
                   ) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of paragraphs that end with a tweet signature "— Name (@x) date".
    The date is read from the matched date expression there, else with dateparser."""
    text = doc.text
    found = []
    for para in _PARAGRAPH_RE.finditer(text):
        sig = _SIGNATURE_RE.search(para.group())
        if not sig:
            continue
        d_start, d_end = para.start() + sig.start("date"), para.start() + sig.end("date")
        date = None
        for span in spans:
            if span.label_ == P.DATE and d_start <= span.start_char and span.end_char <= d_end:
                resolved = _resolve_date_any(span, ctx, dt.date(2000, 1, 1), "published")
                if resolved and resolved[2] == "explicit" and resolved[0]:
                    date = dt.date.fromisoformat(resolved[0])
        date = date or _parse_signature_date(sig["date"].strip())
        if date is not None:
            found.append((para.start(), para.end(), date))
    return found


# --- resolution ---------------------------------------------------------------------
Resolved = tuple[str | None, str | None, str | None, str | None]  # value, precision, anchor, mod
_UNRESOLVED: Resolved = (None, None, None, None)


class DateResolver:
    """Resolves expressions in reading order across several docs of one article (an article
    may be split into language segments, each its own Doc: a German doc, then an English
    tweet paragraph, then German again). Keeps the 'previous date' state across calls."""

    def __init__(self, published: dt.date, quotes: list[tuple[int, int]] | None = None) -> None:
        self.published = published
        self.previous: tuple[str, str] | None = None
        self.previous_day: str | None = None  # the last value at day precision
        # Quoted passages (article offsets): their deictic words ("today", "gestern",
        # "last night") were said on the day of the speech, not written on the publication day.
        self.quotes = sorted(quotes or [])
        self.days: list[tuple[int, dt.date]] = []  # (position, day) named outside quotes

    def _quote_of(self, pos: int) -> tuple[int, int] | None:
        return next((q for q in self.quotes if q[0] <= pos < q[1]), None)

    def _speech_day(self, quote: tuple[int, int]) -> dt.date | None:
        """The day a quotation was spoken: the last day named before it outside quotes (the
        reporting clause "sagte am Montag: „…“" or the narrated day the quote belongs to),
        if that day lies in the week before the publication: news quote what was said in
        the last days, and an older day belongs to the background. None: the publication
        day stays."""
        week_before = self.published - dt.timedelta(days=7)
        before = [d for pos, d in self.days if pos <= quote[0] and week_before <= d <= self.published]
        return before[-1] if before else None

    def resolve(self, doc: Doc, offset: int = 0) -> list[Timex]:
        lang = doc.lang_ if doc.lang_ in lx.LANGS else "en"
        ctx = TenseContext(doc, lang)
        trimmed = (_trim(ctx, label, s, e) for label, s, e in P.get_matcher(doc.vocab, lang)(doc))
        spans = [Span(doc, s, e, label=label)
                 for label, s, e in _longest_first([m for m in trimmed if m is not None])]
        tweets = _tweet_anchors(doc, spans, ctx) if _has_handle(doc) else []
        out: list[Timex] = []
        for span in spans:
            anchor_date, anchor_name = self.published, "published"
            for t_start, t_end, t_date in tweets:
                if t_start <= span.start_char < t_end:
                    anchor_date, anchor_name = t_date, "explicit"
            quote = self._quote_of(span.start_char + offset)
            if quote is not None and anchor_name == "published" and span.label_ in _DEICTIC:
                speech = self._speech_day(quote)
                if speech is not None:
                    anchor_date, anchor_name = speech, "previous"
            resolved = self._resolve(span, ctx, anchor_date, anchor_name)
            if resolved is None:
                continue  # matched shape but not a date (e.g. "31. Juni", "2017 Soldaten")
            value, precision, anchor, modifier = resolved
            if value is not None and precision is not None:
                self.previous = (value, precision)
                if precision == "day":
                    self.previous_day = value
                elif anchor != "previous" and precision in ("week", "month"):
                    # "in May" on its own: a day told before is no longer meant (a year is
                    # often background or an attribute, "the 2020 primary", and keeps it)
                    self.previous_day = None
                if precision == "day" and quote is None:
                    self.days.append((span.start_char + offset, dt.date.fromisoformat(value)))
            start, end, text = span.start_char, span.end_char, span.text
            if _SENTENCE_PERIOD.search(text):
                end, text = end - 1, text[:-1]  # "2017." ending a German sentence: not ours
            out.append(Timex(text, start + offset, end + offset,
                             value, precision, anchor, modifier))
        return out

    def _resolve(self, span: Span, ctx: TenseContext, anchor: dt.date, name: str
                 ) -> Resolved | None:
        label = span.label_
        if label == P.VAGUE:
            return _UNRESOLVED
        if label == P.CHAIN:
            return self._chain(span)
        if (label == P.RELUNIT and span[0].lower_ in lx.CHAIN_NEXT_ARTICLES and self.previous is not None
                and any(t.lower_ in lx.CHAIN_NEXT for t in span)
                and PRECISION_RANK[self.previous[1]] <= PRECISION_RANK.get(
                    lx.UNITS.get(span[-1].lower_, "year"), 3)):
            # "the next month" after "in May 2017": the month after the date told before
            # (with nothing told before, or told coarser, it counts from the publication)
            return self._chain(span)
        lows = {t.lower_ for t in span}
        if lows & lx.SAME_YEAR and lows & lx.YEAR_WORDS:  # "im August desselben Jahres"
            if self.previous is None:
                return _UNRESOLVED
            resolved = _HANDLERS[label](span, ctx, dt.date(int(self.previous[0][:4]), 1, 1), "previous")
            return resolved if resolved is None else (*resolved[:2], "previous", resolved[3])
        return _HANDLERS[label](span, ctx, anchor, name)

    def _chain(self, span: Span) -> Resolved:
        lows = [t.lower_ for t in span]
        if lows[-3:-1] == ["in", "the"] and lows[-1] in lx.UNITS:
            # "earlier in the month", "later in the week": the unit of the date told before
            # (at that precision or finer), else the publication's
            unit = lx.UNITS[lows[-1]]
            if self.previous is None or PRECISION_RANK[self.previous[1]] > PRECISION_RANK[unit]:
                return _unit_value(unit, 0, self.published) + ("published", None)
            return _unit_value(unit, 0, _representative(*self.previous)) + ("previous", None)
        if self.previous is None:
            return _UNRESOLVED
        if any(w in lx.CHAIN_POINTS for w in lows):  # "zu diesem Zeitpunkt", "by that date"
            return self.previous[0], self.previous[1], "previous", None
        wd = _weekday_of(span)
        if wd is not None:  # "the following Monday": the first such day after the last date
            if self.previous[1] != "day":
                return _UNRESOLVED
            prev = dt.date.fromisoformat(self.previous[0])
            return _day(prev + dt.timedelta(days=(wd - prev.weekday()) % 7 or 7)) + (
                "previous", None)
        unit = next((lx.UNITS.get(w) or lx.CHAIN_COMPOUNDS_DE[w] for w in lows
                     if w in lx.UNITS or w in lx.CHAIN_COMPOUNDS_DE), "day")
        if any(w in ("vortag", "folgetag", "vorabend", "abend", "morgen", "evening", "morning", "night")
               for w in lows):
            unit = "day"
        if any(w in lx.CHAIN_SAME for w in lows) or tuple(lows) in lx.SAME_DAY_PHRASES:
            step = 0
            if unit == "day" and self.previous[1] != "day" and self.previous_day is not None:
                # "an diesem Tag" after "in der Woche davor" (counted from that day): the
                # last day told, not the week
                return self.previous_day, "day", "previous", None
        elif any(w in lx.CHAIN_BEFORE for w in lows):
            step = -1
        else:
            step = 1
        count = next((n for t in span if (n := _number(t.text)) is not None), 1)
        if any(w in lx.DECADE_UNITS["de"] or w in lx.DECADE_UNITS["en"] for w in lows):
            unit, count = "year", count * 10  # "a decade later": ten years
        shifted = _shift(self.previous, unit, step * count)
        if shifted is None:
            return _UNRESOLVED
        return shifted[0], shifted[1], "previous", None


# Expressions counted from the moment of speaking: inside a quotation, from the speech.
_DEICTIC = {P.RELDAY, P.RELUNIT, P.AGO, P.IN_N, P.WEEKDAY}
_RANGE_PREPS = set(lx.RANGE_PREPS["de"]) | set(lx.RANGE_PREPS["en"])
_EDGE_PUNCT = {",", "-", "–"}
_HABITUAL = {"jeden", "jede", "jedem", "every", "each"}


def _trim(ctx: TenseContext, label: str, start: int, end: int) -> tuple[str, int, int] | None:
    """Drop range prepositions ("seit", "until") that the rules allow before a date, and
    commas that optional rule tokens let in at either edge ("May 31," with no year)."""
    lower = ctx.lower
    if start > 0 and lower[start - 1] in _HABITUAL:
        return None  # "jeden Freitag", "every Monday": a habit, not a date
    if label == P.MONTH and lower[start] in lx.MONTH_LEAD:
        if lower[start] == "of" and start > 0 and lower[start - 1] in lx.ORDINALS["en"]:
            return None  # "the Fourth of July": a named day (dates_other, HOLIDAYS)
        start += 1
    while end - start > 1 and (lower[start] in _EDGE_PUNCT or (
            lower[start] in _RANGE_PREPS and label not in (P.AGO, P.VAGUE)) or (
            lower[start] in ("dem", "den") and label == P.DATE)):
        start += 1
    while end - start > 1 and lower[end - 1] in _EDGE_PUNCT:
        end -= 1
    if label == P.MONTH and end - start > 1 and lower[end - 1] in lx.MONTH_SUBJECT_VERBS:
        end -= 1  # "March began with …": the month without its verb
    if (label == P.CHAIN and lower[end - 1] in ("after", "before", "prior") and lower[start] != "the"
            and end < len(lower)
            and ctx.is_alpha[end] and lower[end] not in lx.CHAIN_CLOSERS["en"]):
        return None  # "two days after the vote": a duration between events (dates_other)
    if label == P.CHAIN and lower[end - 1] in ("jahr", "tag") and end < len(lower) and lower[end] == ",":
        return None  # "in dem Jahr, in dem …": the relative clause says which year
    if (label == P.VAGUE and lower[end - 1] in ("before", "after") and end < len(lower)
            and (lower[end] in lx.DAY_PARTS["en"] or lower[end] in lx.WEEKDAY_ANY or lower[end] in lx.MONTH_ANY
                 or lower[end][:1].isdigit())):
        return None  # "shortly before midnight", "soon after 9 p.m.": the time itself (dates_other)
    if (label == P.VAGUE and end - start == 1 and lower[start] in ("shortly", "soon") and end < len(lower)
            and lower[end] in ("before", "after")):
        return None  # what is left of "soon after Monday's vote": no future
    if label == P.IN_N and start > 0 and lower[start - 1] in lx.STRETCH_AFTER:
        return None  # "for the second time in three days": a stretch back (dates_other), no date ahead
    if label == P.YEAR and not any(lower[j] in ("jahr", "jahre", "jahres", "jahren", "year")
                                   for j in range(start, end)):
        if not _bare_year_ok(ctx.doc[start:end], 1900 if end - start == 1 else 1000):
            return None
    return label, start, end


def _longest_first(matches: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Overlapping matches: keep the longest (then the earliest), as spacy's filter_spans."""
    taken: set[int] = set()
    kept = []
    for label, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not taken.intersection(range(start, end)):
            kept.append((label, start, end))
            taken.update(range(start, end))
    return sorted(kept, key=lambda m: m[1])


def _tense(span: Span, ctx: TenseContext) -> int:
    return direction(ctx, span.start, span.end)


def _resolve_date(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    month = day = year = None
    for tok in span:
        low = tok.lower_
        if m := _NUMERIC_DE.match(low):
            day, month = int(m[1]), int(m[2])
            year = int(m[3]) if m[3] else None
        elif m := _NUMERIC_US.match(low):
            month, day, year = int(m[1]), int(m[2]), int(m[3])
        elif month is None and low in lx.MONTH_ANY and tok.is_title:
            month = lx.MONTH_ANY[low]
        elif day is None and (d := _day_number(tok.text)) is not None:
            day = d
        elif day is None and (m := re.match(r"^(\d{1,2})(?:[–-]|\.[/–-])\d{1,2}\.?$", low)):
            # "September 25–27", "am 3./4. März": the first day
            day = int(m[1])
        elif day is None and low in lx.ORDINAL_DAYS_DE:  # "am dritten März"
            day = lx.ORDINAL_DAYS_DE[low]
        elif m := re.match(r"^(\d{1,2})\.([a-zä]+)$", low):  # "11.Dezember"
            if m[2] in lx.MONTH_ANY:
                day, month = int(m[1]), lx.MONTH_ANY[m[2]]
        elif (y := _year_number(tok.text)) is not None:
            year = y
    if month is None or day is None or not 1 <= month <= 12:
        return None
    lows = [t.lower_ for t in span]
    if year is None and ("jahres" in lows or "year" in lows):  # "am 6. Mai vergangenen Jahres"
        step = next((lx.DIRECTIONS[w] for w in lows if w in lx.DIRECTIONS), 0)
        try:
            return dt.date(anchor.year + step, month, day).isoformat(), "day", name, None
        except ValueError:
            return None
    if year is not None and year < 100:
        year += 2000
    explicit = year is not None
    if year is None and (wd := _weekday_of(span)) is not None:
        # "Mittwoch, den 24. Juli": the year in which that day is that weekday
        fits = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _weekday_fits(y, month, day, wd)]
        year = fits[0] if len(fits) == 1 else None
    if year is None:
        year = _infer_year(anchor, month, day, _tense(span, ctx))
        if year is None:
            return _UNRESOLVED
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value.isoformat(), "day", "explicit" if explicit else name, None


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return dt.date(year, month, day).weekday() == weekday
    except ValueError:
        return False


def _resolve_iso(span: Span) -> Resolved | None:
    try:
        value = dt.date.fromisoformat(span.text.rstrip("."))
    except ValueError:
        return None
    return value.isoformat(), "day", "explicit", None


_WEEKDAY_FORMS = {**lx.WEEKDAY_ANY, **lx.WEEKDAY_GENITIVES_DE}  # "des Sonntags" after a part of the day


def _weekday_of(span: Span) -> int | None:
    return next((_WEEKDAY_FORMS[t.lower_] for t in span if t.lower_ in _WEEKDAY_FORMS), None)


def _resolve_weekday(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    wd = _weekday_of(span)
    if wd is None:
        return None
    lows = [t.lower_ for t in span]
    day_adj = next((lx.DAY_ADJ_DE[w] for w in lows if w in lx.DAY_ADJ_DE), None)
    if day_adj is not None:  # "am gestrigen Mittwoch"
        return _day(anchor + dt.timedelta(days=day_adj)) + (name, None)
    wd_index = next(i for i, t in enumerate(span) if t.lower_ in _WEEKDAY_FORMS)
    dirs = [lx.DIRECTIONS[w] for w in lows[:wd_index] if w in lx.DIRECTIONS]
    week_dirs = [lx.DIRECTIONS[w] for w in lows[wd_index + 1:] if w in lx.DIRECTIONS]
    back = _weeks_back(lows, wd_index)
    if back:  # "am Samstag vor einer Woche", "a week ago Saturday", "am Freitag der Vorwoche"
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return _day(monday - dt.timedelta(weeks=back) + dt.timedelta(days=wd)) + (name, None)
    if week_dirs and lows[-1] in ("woche", "week"):
        # "am Dienstag nächster Woche": that weekday in the named week
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return _day(monday + dt.timedelta(weeks=week_dirs[0], days=wd)) + (name, None)
    step = dirs[-1] if dirs else 0
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if step < 0:
        delta = -(back or 7)  # "letzten Dienstag": strictly before the anchor
    elif step > 0:
        delta = ahead or 7
    else:
        # Bare weekday: past tense points back, anything else forward; the anchor's own
        # weekday means the anchor day itself (news name "today" by its weekday).
        tense = _tense(span, ctx)
        if tense == UNKNOWN and back < ahead and back <= 3:
            # No tense cue at all ("according to a tweet on Monday", "reports on Saturday"):
            # news tell of the last days, so a weekday up to three days back is that one.
            tense = PAST
        delta = -back if tense == PAST else ahead
    return _day(anchor + dt.timedelta(days=delta)) + (name, None)


def _weeks_back(lows: list[str], wd_index: int) -> int:
    """Weeks back named around a weekday: "vor zwei Wochen" / "der Vorwoche" after it, "a
    week ago" before it (0 if none)."""
    after, before = lows[wd_index + 1:], lows[:wd_index]
    if "vorwoche" in after:
        return 1
    if after[:1] == ["vor"] or before[-1:] == ["ago"]:
        return next((_number(w) for w in (after if after[:1] == ["vor"] else before)
                     if _number(w) is not None), 0)
    return 0


def _generic_today(span: Span, ctx: TenseContext) -> bool:
    """"Today" meaning "nowadays" (lexicon: TODAY, GENERIC_TODAY_*, CONTRAST_PAST)."""
    lang, lower, i = ctx.lang, ctx.lower, span.start
    if len(span) != 1 or lower[i] not in lx.TODAY[lang]:
        return False
    prev = lower[i - 1] if i > 0 else ""
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if prev in lx.GENERIC_TODAY_BEFORE[lang]:
        # "the impact of today's vote", "von heute bis Freitag", "von heute an": the day
        return nxt != "'s" and nxt not in lx.RANGE_LINKS_AFTER and nxt not in lx.TODAY_ONWARDS[lang]
    if direction(ctx, span.start, span.end) != UNKNOWN:
        return False  # "ist heute zurückgetreten", "is today expected to": the day itself
    verbs = lx.GENERIC_TODAY_VERBS[lang]
    if prev in verbs or (nxt in verbs and ctx.is_alpha[i - 1] if i > 0 else False):
        return True
    lo, hi = ctx.sentence(span.start, span.end)
    lo = ctx.sentence(lo - 1, lo)[0] if lo > 0 else lo
    return any(lower[k] in lx.CONTRAST_PAST[lang] for k in range(lo, hi))


def _resolve_relday(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved:
    lows = [t.lower_ for t in span]
    if _generic_today(span, ctx):
        return _UNRESOLVED  # dates_other gives it PRESENT_REF
    if lows[:2] == ["last", "night"]:
        offset = -1
    elif lows[-1] == "nacht" and any(w in lx.LAST_NIGHT_DE for w in lows):
        if span.end < len(span.doc) and span.doc[span.end].lower_ in lx.LAST_NIGHT_NOT_BEFORE:
            return _UNRESOLVED  # "in der letzten Nacht seines Besuchs": not the night before
        offset = next(lx.LAST_NIGHT_DE[w] for w in lows if w in lx.LAST_NIGHT_DE)
    elif lows[:1] == ["this"]:
        offset = 0
    elif "before" in lows:
        offset = -2
    elif "after" in lows:
        offset = 2
    else:
        offset = next((lx.REL_DAYS["de"].get(w, lx.REL_DAYS["en"].get(w)) for w in lows
                       if w in lx.REL_DAYS["de"] or w in lx.REL_DAYS["en"]), 0)
    return _day(anchor + dt.timedelta(days=offset)) + (name, None)


def _unit_value(unit: str, step: int, anchor: dt.date) -> tuple[str, str]:
    if unit == "day":
        return _day(anchor + dt.timedelta(days=step))
    if unit == "week":
        return _week(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        return _month(*_add_months(anchor.year, anchor.month, step))
    return str(anchor.year + step), "year"


def _weekend(span: Span, ctx: TenseContext, anchor: dt.date, step: int | None) -> dt.date:
    """The Saturday of the weekend meant (last/next/this, or by tense)."""
    saturday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5)
    if step is None:
        past = _tense(span, ctx) == PAST
        return saturday if (not past or anchor.weekday() >= 5) else saturday - dt.timedelta(7)
    if step < 0:
        return saturday - dt.timedelta(days=7)
    if step > 0:
        return saturday if anchor.weekday() < 5 else saturday + dt.timedelta(days=7)
    return saturday


def _resolve_relunit(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    lows = [t.lower_ for t in span]
    for word in lows:
        if word in lx.COMPOUND_UNITS_DE:
            unit, step = lx.COMPOUND_UNITS_DE[word]
            return _unit_value(unit, step, anchor) + (name, None)
    if lows[-2:] in (["before", "last"], ["after", "next"]) and lows[-3] in lx.UNITS:
        # "the week before last", "the month after next"
        return _unit_value(lx.UNITS[lows[-3]], -2 if lows[-1] == "last" else 2, anchor) + (name, None)
    step = next((lx.DIRECTIONS[w] for w in reversed(lows) if w in lx.DIRECTIONS), None)
    if lows[0] in ("earlier", "later"):
        step = 0
    if lows[-1] in ("wochenende", "wochenendes", "weekend"):
        return _week(_weekend(span, ctx, anchor, step)) + (name, "late")
    unit = lx.UNITS.get(lows[-1])
    if unit is None or step is None:
        return None
    return _unit_value(unit, step, anchor) + (name, None)


def _count_and_unit(span: Span) -> tuple[int, str] | None:
    count = unit = None
    decade = False
    for tok in span:
        if count is None and (n := _number(tok.text)) is not None:
            count = n
        elif tok.lower_ in lx.UNITS:
            unit = lx.UNITS[tok.lower_]
        elif tok.lower_ in lx.DECADE_UNITS["de"] or tok.lower_ in lx.DECADE_UNITS["en"]:
            unit, decade = "year", True
    if count is not None and unit is not None and decade:
        count *= 10
    return (count, unit) if count is not None and unit is not None else None


def _resolve_ago(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    found = _count_and_unit(span)
    return None if found is None else _unit_value(found[1], -found[0], anchor) + (name, None)


def _resolve_in_n(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    found = _count_and_unit(span)
    return None if found is None else _unit_value(found[1], found[0], anchor) + (name, None)


def _is_first_name(span: Span, idx: int) -> bool:
    """"von August Schnelzer", "by April Ryan": a month name that starts a person's name."""
    tok = span[idx]
    if tok.ent_type_ in ("PER", "PERSON"):
        return True
    if tok.lower_ not in _NAME_MONTHS or idx + 1 < len(span) or tok.i + 1 >= len(tok.doc):
        return False
    nxt, prev = tok.doc[tok.i + 1], tok.doc[tok.i - 1] if tok.i > 0 else None
    return (nxt.is_title and nxt.is_alpha and nxt.lower_ not in lx.MONTH_ANY
            and (prev is None or prev.lower_ not in ("im", "in")))


def _month_and_year(span: Span, ctx: TenseContext, anchor: dt.date, name: str
                    ) -> tuple[str, str, str] | None:
    """(value, precision, anchor) of a span that names a month, or None."""
    lows = [t.lower_ for t in span]
    idx = next((i for i, t in enumerate(span) if t.lower_ in lx.MONTH_ANY and t.is_title), None)
    if idx is None or _is_first_name(span, idx):
        return None
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if lows == ["to", "may"] or (lows == ["may"] and before == "to"):
        return None  # "spoke to May": the person; "postponed to May 2026" has its year
    month = lx.MONTH_ANY[lows[idx]]
    year = next((y for t in span[idx + 1:] if (y := _year_number(t.text))), None)
    if year is not None:
        return *_month(year, month), "explicit"
    after = lows[idx + 1:]
    if any(w in ("jahres", "year") for w in after):
        step = next((lx.DIRECTIONS[w] for w in after if w in lx.DIRECTIONS), 0)
        return *_month(anchor.year + step, month), name
    before = [lx.DIRECTIONS[w] for w in lows[:idx] if w in lx.DIRECTIONS]
    if before and before[-1] < 0:  # "last June": the latest June before this month
        return *_month(anchor.year if month < anchor.month else anchor.year - 1, month), name
    if before and before[-1] > 0:
        return *_month(anchor.year if month > anchor.month else anchor.year + 1, month), name
    if before:
        return *_month(anchor.year, month), name
    year = _infer_year(anchor, month, None, _tense(span, ctx))
    return None if year is None else (*_month(year, month), name)


def _resolve_month(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    found = _month_and_year(span, ctx, anchor, name)
    return None if found is None else (*found, None)


def _resolve_year(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    year = next((y for t in span if (y := _year_number(t.text))), None)
    return None if year is None else (str(year), "year", "explicit", None)


def _resolve_part(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    lows = [t.lower_ for t in span]
    for word in lows:
        if word in lx.PART_COMPOUNDS_DE:  # "Jahresende", "Monatsmitte"
            unit, modifier = lx.PART_COMPOUNDS_DE[word]
            return _unit_value(unit, 0, anchor) + (name, modifier)
        if m := re.match(r"^(early|mid|late)-(\d{4})$", word):  # "mid-2018"
            return str(int(m[2])), "year", "explicit", m[1]
    modifier = next((lx.MODIFIERS[w] for w in lows if w in lx.MODIFIERS), None)
    found = _month_and_year(span, ctx, anchor, name)
    if found is not None:
        return *found, modifier
    year = next((y for t in span if (y := _year_number(t.text))), None)
    if year is not None:
        return str(year), "year", "explicit", modifier
    unit = next((lx.UNITS[w] for w in reversed(lows) if w in lx.UNITS), None)
    if unit is None:
        return None
    step = next((lx.DIRECTIONS[w] for w in lows if w in lx.DIRECTIONS), 0)
    return _unit_value(unit, step, anchor) + (name, modifier)


def _resolve_date_any(span: Span, ctx: TenseContext, anchor: dt.date, name: str) -> Resolved | None:
    if len(span) >= 5 and span[-5].shape_ == "dddd" and span[-4].text in ("-", "–"):
        return _resolve_iso(span[-5:])
    return _resolve_date(span, ctx, anchor, name)


_HANDLERS = {
    P.DATE: _resolve_date_any, P.WEEKDAY: _resolve_weekday, P.RELDAY: _resolve_relday,
    P.RELUNIT: _resolve_relunit, P.AGO: _resolve_ago, P.IN_N: _resolve_in_n,
    P.MONTH: _resolve_month, P.YEAR: _resolve_year, P.PART: _resolve_part,
}


def find_timexes(doc: Doc, published: dt.date) -> list[Timex]:
    """All date expressions of one doc, resolved against its publication date."""
    return DateResolver(published).resolve(doc)

