"""Date values as the chronology stores them: "2018-05-30" (day), "2018-W21" (ISO week),
"2018-05" (month), "2018" (year); a range of days is its first day and the last one
(`range_end`)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_date_range(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a value; raises ValueError for anything else (also
    for a week whose last day lies beyond the calendar, "9999-W52")."""
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        try:
            return monday, monday + dt.timedelta(days=6)
        except OverflowError:
            raise ValueError(f"{value} ends after the last day of the calendar") from None
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    day = dt.date.fromisoformat(value)
    return day, day


MODIFIERS = ("early", "mid", "late")


# The longest range of days an event may cover: the chronology's date filter counts on no
# date covering more than a year (`selectors`).
LONGEST_RANGE = dt.timedelta(days=365)


def range_end(value: str, end: dt.date | str) -> dt.date:
    """The last day of a range of days whose first day is `value` ("am 4. und 5. März":
    "2019-03-04" and "2019-03-05"). Raises ValueError unless `value` is a day, `end` a
    later day, and the range no longer than a year."""
    end = end if isinstance(end, dt.date) else dt.date.fromisoformat(end)
    if not _DAY.match(value):
        raise ValueError(f"a range of days starts on a day, not {value!r}")
    first = dt.date.fromisoformat(value)
    if end <= first:
        raise ValueError(f"the range ends on {end}, not after its first day {first}")
    if end - first > LONGEST_RANGE:
        raise ValueError(f"the range {first}–{end} is longer than a year")
    return end


def covered_days(
    value: str, modifier: str | None = None, end: dt.date | str | None = None
) -> tuple[dt.date, dt.date]:
    """The days an event dated `value` lies in: the whole period, or with a modifier its
    first, middle or last third ("Anfang Juni" 1–10 June, "Mitte Mai" 11–20 May, "late
    2019" September to December, a weekend or "Ende der Woche" Friday to Sunday), so that
    the chronology sorts and filters it by those days. A day has no parts; with `end` it
    is the first day of a range ("am 4. und 5. März": 4 to 5 March, see `range_end`)."""
    first, last = to_date_range(value)
    if end is not None:
        return first, range_end(value, end)
    if modifier not in MODIFIERS or first == last:
        return first, last
    days = (last - first).days + 1
    part = MODIFIERS.index(modifier)
    start = first + dt.timedelta(days=days * part // 3)
    end = first + dt.timedelta(days=days * (part + 1) // 3 - 1)
    return start, end


PRECISIONS = ("day", "week", "month", "year")  # finest first

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # 30.05.2018
_DOTTED_MONTH = re.compile(r"^(\d{1,2})[./](\d{4})$")  # 05.2018, 5/2018
_LOOSE_WEEK = re.compile(r"^(\d{4})-?[Ww](\d{1,2})$")  # 2018-W22, 2018W22, 2018-w22


class NoSuchDate(ValueError):
    """A value of a known form naming a day, week or month the calendar lacks."""


def parse_date_value(text: str) -> tuple[str, str]:
    """The stored value and its precision for what an editor typed: "30.05.2018" or
    "2018-05-30" (day), "2018-W22" (week), "2018-05" or "05.2018" (month), "2018" (year).
    Raises NoSuchDate for "2025-02-30" or "2025-W60", ValueError for anything else."""
    text = text.strip()
    if m := _DOTTED_DAY.match(text) or _ISO_DAY.match(text):
        day, month, year = (m[1], m[2], m[3]) if "." in text else (m[3], m[2], m[1])
        value, precision = f"{year}-{int(month):02d}-{int(day):02d}", "day"
    elif m := _LOOSE_WEEK.match(text):
        value, precision = f"{m[1]}-W{int(m[2]):02d}", "week"
    elif m := _MONTH.match(text):
        value, precision = text, "month"
    elif m := _DOTTED_MONTH.match(text):
        value, precision = f"{m[2]}-{int(m[1]):02d}", "month"
    elif _YEAR.match(text):
        value, precision = text, "year"
    else:
        raise ValueError(f"{text!r} is not a date value")
    try:
        to_date_range(value)
    except ValueError as error:
        raise NoSuchDate(f"{value} does not exist") from error
    return value, precision


def coarsen(value: str, precision: str, to: str) -> str:
    """`value` (at `precision`) given at the coarser precision `to`: the week, month or
    year it lies in ("2018-05-30" → "2018-W22", "2018-05", "2018"). A week belongs to the
    month and year of its Thursday, as ISO 8601 counts weeks. Raises ValueError when `to`
    is finer than `precision` (a month cannot become a day)."""
    if PRECISIONS.index(to) < PRECISIONS.index(precision):
        raise ValueError(f"{value} cannot be made more precise ({precision} → {to})")
    first, _last = to_date_range(value)
    if precision == "week":
        first += dt.timedelta(days=3)
    if to == "day":
        return first.isoformat()
    if to == "week":
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    if to == "month":
        return f"{first.year}-{first.month:02d}"
    return str(first.year)
