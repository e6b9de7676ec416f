"""The periods of the timeline's overview strip: event counts per month, or per year when
they span more than three years, from the first period with events to the last, empty
periods included (a gap is information too). No Django here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MAX_MONTHS = 36


@dataclass(frozen=True)
class Period:
    key: str  # "2018-05" (a month) or "2018" (a year): also what the date filters take
    count: int


def overview_periods(per_month: dict[str, int]) -> tuple[bool, list[Period]]:
    """(by_year, periods) from counts per month ("2018-05": 12; other keys are ignored)."""
    months = sorted(key for key, n in per_month.items() if len(key) == 7 and n)
    if not months:
        return False, []
    (y0, m0), (y1, m1) = _year_month(months[0]), _year_month(months[-1])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > MAX_MONTHS:
        per_year: Counter[str] = Counter()
        for key in months:
            per_year[key[:4]] += per_month[key]
        return True, [Period(f"{y:04d}", per_year[f"{y:04d}"]) for y in range(y0, y1 + 1)]
    periods = []
    year, month = y0, m0
    for _ in range(span):
        key = f"{year:04d}-{month:02d}"
        periods.append(Period(key, per_month.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return False, periods


def _year_month(key: str) -> tuple[int, int]:
    return int(key[:4]), int(key[5:7])
