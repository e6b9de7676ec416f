"""Date values as the chronology stores them: "2018-05-30" (day), "2018-W21" (ISO week),
"2018-05" (month), "2018" (year)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


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
