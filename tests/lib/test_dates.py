import datetime as dt

import pytest

from timeline.lib.dates import to_date_range


@pytest.mark.parametrize("value, first, last", [
    ("2018-05-30", dt.date(2018, 5, 30), dt.date(2018, 5, 30)),
    ("2018-W21", dt.date(2018, 5, 21), dt.date(2018, 5, 27)),
    ("2020-W53", dt.date(2020, 12, 28), dt.date(2021, 1, 3)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
])
def test_it_gives_the_days_a_value_covers(value, first, last):
    assert to_date_range(value) == (first, last)


@pytest.mark.parametrize("value", ["", "gestern", "2018-13", "2025-02-30", "2019-W54", "18-05", "9999-W52"])
def test_it_refuses_what_is_no_value(value):
    with pytest.raises(ValueError):
        to_date_range(value)
