import datetime as dt

import pytest

from timeline.lib.dates import NoSuchDate, coarsen, covered_days, parse_date_value, range_end, to_date_range


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


@pytest.mark.parametrize("text, expected", [
    ("30.05.2018", ("2018-05-30", "day")),
    ("1.6.2018", ("2018-06-01", "day")),
    ("2018-05-30", ("2018-05-30", "day")),
    ("10.03.2025", ("2025-03-10", "day")),
    ("2018-W22", ("2018-W22", "week")),
    ("2018w5", ("2018-W05", "week")),
    ("2018-05", ("2018-05", "month")),
    ("05.2018", ("2018-05", "month")),
    ("2018", ("2018", "year")),
    (" 2018 ", ("2018", "year")),
])
def test_editors_date_values_are_read_with_their_precision(text, expected):
    assert parse_date_value(text) == expected


@pytest.mark.parametrize("text", ["2025-02-30", "2025-W60", "2018-13", "31.04.2018", "2018-W00"])
def test_values_the_calendar_lacks_are_refused_as_such(text):
    with pytest.raises(NoSuchDate):
        parse_date_value(text)


@pytest.mark.parametrize("text", ["gestern", "", "2018-05-30T10:00", "May 2018", "18"])
def test_anything_else_is_no_date(text):
    with pytest.raises(ValueError) as error:
        parse_date_value(text)
    assert not isinstance(error.value, NoSuchDate)


@pytest.mark.parametrize("value, precision, to, expected", [
    ("2018-05-30", "day", "week", "2018-W22"),
    ("2018-05-30", "day", "month", "2018-05"),
    ("2018-05-30", "day", "year", "2018"),
    ("2018-W22", "week", "month", "2018-05"),
    ("2019-W01", "week", "year", "2019"),  # Monday 31 Dec 2018, Thursday 3 Jan 2019
    ("2018-05", "month", "year", "2018"),
])
def test_a_value_can_be_made_coarser(value, precision, to, expected):
    assert coarsen(value, precision, to) == expected


def test_a_value_cannot_be_made_finer():
    with pytest.raises(ValueError):
        coarsen("2018-05", "month", "day")


@pytest.mark.parametrize("value, end, first, last", [
    ("2019-03-04", "2019-03-05", dt.date(2019, 3, 4), dt.date(2019, 3, 5)),
    ("2019-02-27", dt.date(2019, 3, 2), dt.date(2019, 2, 27), dt.date(2019, 3, 2)),
    ("2018-12-30", "2019-01-02", dt.date(2018, 12, 30), dt.date(2019, 1, 2)),
])
def test_a_range_of_days_covers_its_first_to_its_last_day(value, end, first, last):
    assert covered_days(value, None, end) == (first, last)


@pytest.mark.parametrize("value, end", [
    ("2019-03", "2019-03-05"),  # a month has no last day of a range
    ("2019-03-05", "2019-03-05"),  # no later day
    ("2019-03-05", "2019-03-04"),
    ("2019-03-05", "2020-03-06"),  # longer than a year
    ("2019-03-05", "5. März"),
])
def test_a_range_that_is_none_is_refused(value, end):
    with pytest.raises(ValueError):
        range_end(value, end)
