from timeline.lib.overview import Period, overview_periods


def test_months_from_the_first_to_the_last_with_the_gaps_between():
    by_year, periods = overview_periods({"2018-11": 2, "2019-02": 5, "": 3})
    assert not by_year
    assert periods == [
        Period("2018-11", 2), Period("2018-12", 0), Period("2019-01", 0), Period("2019-02", 5)
    ]


def test_more_than_three_years_are_counted_per_year():
    by_year, periods = overview_periods({"2015-01": 1, "2015-12": 2, "2018-06": 4})
    assert by_year
    assert periods == [Period("2015", 3), Period("2016", 0), Period("2017", 0), Period("2018", 4)]


def test_nothing_placed_gives_no_periods():
    assert overview_periods({"": 7}) == (False, [])
    assert overview_periods({}) == (False, [])
