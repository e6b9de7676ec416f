"""Time expressions on the calendar: named days and holidays, seasons, calendar weeks, years,
decades, centuries, ranges and lists of days or years, and their look-alikes. Short invented
sentences."""
from __future__ import annotations

import pytest

from .helpers import timexes, typed, values


def texts(out):
    return [t["text"] for t in out["timexes"]]


@pytest.mark.parametrize("text, lang, expected", [
    ("Anfang der 80er Jahre war das anders.", "de", ("80er Jahre", "DATE", "198")),
    ("In den 1960er Jahren war das anders.", "de", ("1960er Jahren", "DATE", "196")),
    ("Seit den Siebzigern ist das so.", "de", ("den Siebzigern", "DATE", "197")),
    ("In the 1970s it was different.", "en", ("the 1970s", "DATE", "197")),
    ("In the eighties it was different.", "en", ("the eighties", "DATE", "198")),
])
def test_decades(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-06-14", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Das Treffen fand am 4. und 5. März statt.", "de", ("4. und 5. März", "TIMEX3", "2019-03-04/2019-03-05")),
    ("In den Jahren 2018 und 2019 war das so.", "de", ("Jahren 2018 und 2019", "TIMEX3", "2018/2019")),
    ("The summit was held on February 27-28 in Hanoi.", "en", ("on February 27-28", "TIMEX3", "2019-02-27/2019-02-28")),
    ("He served from 2000 to 2010.", "en", ("2000 to 2010", "TIMEX3", "2000/2010")),
])
def test_a_range_keeps_both_ends(run, text, lang, expected):
    found = [(t["text"], "TIMEX3", t.get("timex3")) for t in run(text, "2019-06-14", lang)["timexes"]]
    assert expected in found


@pytest.mark.parametrize("text, lang, expected", [
    ("Im Herbst soll es weitergehen.", "de", ("Im Herbst", "DATE", "2019-FA")),
    ("Die Gespräche scheiterten im letzten Sommer.", "de", ("letzten Sommer", "DATE", "2018-SU")),
    ("Talks resume in the autumn.", "en", ("autumn", "DATE", "2019-FA")),
    ("Am Wochenende traf die Ministerin Eva Lind den Minister Paul Brand.", "de", ("Am Wochenende", "DATE", "2019-W23-WE")),
])
def test_seasons_and_weekends(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-06-14", lang))


def test_the_fall_of_a_wall_is_no_season(run):
    assert timexes(run("The fall of the wall changed Europe.", "2019-06-14", "en")) == []


@pytest.mark.parametrize("text, expected", [
    ("Die diesjährige Konferenz findet in Bonn statt.", ("diesjährige", "DATE", "2019")),
    ("Der gestrige Besuch war kurz.", ("gestrige", "DATE", "2019-08-22")),
    ("Der jahrzehntelange Streit geht weiter.", ("jahrzehntelange", "DURATION", "PXDE")),
    ("Sie regierte 1980–1987 und 1991–94.", ("1980–1987", "DATE", "1980/1987")),
    ("Sie regierte 1980–1987 und 1991–94.", ("1991–94", "DATE", "1991/1994")),
])
def test_german_day_and_year_adjectives_vague_adjectives_and_year_ranges_in_one_word(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    # "und/and" without "zwischen/between" is a list of two days
    ("Gewählt wird am 1. September und am 27. Oktober.", "de",
     [("am 1. September", "DATE", "2019-09-01"), ("am 27. Oktober", "DATE", "2019-10-27")]),
    ("Talks were held on May 3 and June 5.", "en",
     [("on May 3", "DATE", "2019-05-03"), ("June 5", "DATE", "2019-06-05")]),
])
def test_two_days_joined_by_and_are_a_list(run, text, lang, expected):
    assert timexes(run(text, "2019-08-23", lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Im Herbst 2016 zog die Firma um.", "de", ("Im Herbst 2016", "DATE", "2016-FA")),
    ("Im ersten Halbjahr 2017 sank der Absatz.", "de", ("Im ersten Halbjahr 2017", "DATE", "2017-H1")),
    ("Im 3. Quartal 2018 stieg der Absatz.", "de", ("Im 3. Quartal 2018", "DATE", "2018-Q3")),
    ("Im dritten Quartal stieg der Absatz.", "de", ("dritten Quartal", "DATE", "2019-Q3")),
    ("Exports fell in the second quarter of 2017.", "en", ("in the second quarter of 2017", "DATE", "2017-Q2")),
    ("Prices rose in the first half of the year.", "en", ("first half of the year", "DATE", "2019-H1")),
    ("The dam was finished in the summer of 2016.", "en", ("in the summer of 2016", "DATE", "2016-SU")),
])
def test_seasons_half_years_and_quarters_with_and_without_a_year(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


def test_a_season_with_its_year_dates_an_event_by_the_year(run):
    out = run("Im Herbst 2016 traf die Ministerin Eva Lind den Minister Paul Brand.", "2019-08-23", "de")
    meeting = next(e for e in out["events"] if e["kind"] == "meeting")
    assert meeting["date"] == "2016"


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Pokal der Saison 2016/2017 ging nach Bremen.", "de", ("2016/2017", "DATE", "2016/2017")),
    ("Der Grenzkrieg (1932 – 1935) kostete viele Leben.", "de", ("1932 – 1935", "DATE", "1932/1935")),
    ("Der Markt (14.-17.05.2019) war voll.", "de", ("14.-17.05.2019", "DATE", "2019-05-14/2019-05-17")),
    ("Losses grew in the 2018/19 season.", "en", ("2018/19", "DATE", "2018/2019")),
    ("Die Burg ist im Jahre 1511 und des Jahres 1620 belegt.", "de", ("Jahres 1620", "DATE", "1620")),
    ("In den Jahren 2011 bis 2014 wuchs das Dorf.", "de", ("Jahren 2011 bis 2014", "DATE", "2011/2014")),
])
def test_year_ranges_with_a_slash_or_spaced_dash_and_years_after_jahres(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text", ["Die Richtlinie 2014/52/EU gilt.", "Er starb im Alter von 95 Jahren.",
                                  "Sie studieren erst mit durchschnittlich 24 Jahren."])
def test_directive_numbers_and_ages_are_no_timexes(run, text):
    assert timexes(run(text, "2019-08-23", "de")) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Bombe explodierte am Tag der Stichwahl.", "de", "Tag der Stichwahl"),
    ("Seit dem Tag der Abstimmung ist es still.", "de", "Tag der Abstimmung"),
    ("The gallery was shut on the day of the robbery.", "en", "the day of the robbery"),
])
def test_the_day_of_an_event_is_a_date_without_a_value(run, text, lang, expected):
    assert (expected, "DATE", None) in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, expected", [
    ("The senator spent much of July on the road.", ("July", "DATE", "2019-07")),
    ("As the race entered June, the mayor led.", ("June", "DATE", "2019-06")),
    ("She led in the March 4–6 poll.", ("March 4–6", "DATE", "2019-03-04/2019-03-06")),
    ("The town held a Fourth of July parade.", ("Fourth of July", "DATE", "2019-07-04")),
])
def test_english_months_after_of_or_a_verb_of_entering_and_ranges_in_one_token(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "en"))


def test_of_may_is_the_person(run):
    assert timexes(run("The cabinet of May resigned.", "2019-08-23", "en")) == []


@pytest.mark.parametrize("text, expected", [
    ("Er wurde kurz vor Weihnachten entlassen.", ("Weihnachten", "DATE", "2018-12-25")),
    ("Der Vertrag endet zum Ende des Monats März.", ("Ende des Monats März", "DATE", "2019-03")),
    ("Die Zahlen des Monats Mai lagen vor.", ("des Monats Mai", "DATE", "2018-05")),
])
def test_christmas_and_the_month_named_after_des_monats(run, text, expected):
    assert expected in timexes(run(text, "2019-02-10", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Kirche stammt aus dem 13. Jahrhundert.", "de", [("13. Jahrhundert", "DATE", "12")]),
    ("The party peaked in the late nineteenth century.", "en",
     [("the late nineteenth century", "DATE", "18")]),
    ("Sie gewann die Wahlen 2009 und 2013.", "de", [("2009", "DATE", "2009"), ("2013", "DATE", "2013")]),
    ("The treaty dates to 1815.", "en", [("1815", "DATE", "1815")]),
    ("Der Frieden von 1648 gilt als Wendepunkt.", "de", [("1648", "DATE", "1648")]),
    ("Seit letztem Frühjahr ist die Grenze zu.", "de", [("letztem Frühjahr", "DATE", "2018-SP")]),
])
def test_centuries_lists_of_years_old_years_and_seasons(run, text, lang, expected):
    assert typed(run(text, "2019-06-14", lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Festakt beginnt am Donnerstag, dem 20. Juni, in Bonn.", "de",
     [("am Donnerstag", "2019-06-20"), ("20. Juni", "2019-06-20")]),
    ("The envoy leaves office next Friday, June 21.", "en",
     [("Friday", "2019-06-21"), ("June 21", "2019-06-21")]),
    ("Die Fähre legt am Montag (17. Juni) ab.", "de",
     [("am Montag", "2019-06-17"), ("17. Juni", "2019-06-17")]),
])
def test_an_apposed_date_is_its_own_expression_and_names_the_weekday(run, text, lang, expected):
    assert values(run(text, "2019-06-14", lang)) == expected


@pytest.mark.parametrize("text, expected", [
    # the genitive of "Vorjahr" and "Vormonat", and the compounds of business news
    ("Der Gewinn blieb unter dem Wert des Vorjahres.", ("Vorjahres", "DATE", "2018")),
    ("Die Zahl der Anträge sank gegenüber dem Vorjahreszeitraum deutlich.", ("Vorjahreszeitraum", "DATE", "2018")),
    ("Im Vergleich zum Vorjahresmonat stiegen die Mieten in Kolm.", ("Vorjahresmonat", "DATE", "2018-05")),
    ("Die Preise lagen über dem Niveau des Vormonats.", ("Vormonats", "DATE", "2019-04")),
])
def test_german_year_before_compounds(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


@pytest.mark.parametrize("text, expected", [
    ("Im Herbst vergangenen Jahres begannen die Gespräche mit Tarnia.",
     ("Im Herbst vergangenen Jahres", "DATE", "2018-FA")),
    ("Im Sommer des vergangenen Jahres legte die Kommission ihren Bericht vor.",
     ("Im Sommer des vergangenen Jahres", "DATE", "2018-SU")),
    ("Im Frühjahr des Vorjahres war die Brücke in Ostwik gesperrt worden.",
     ("Im Frühjahr des Vorjahres", "DATE", "2018-SP")),
    ("Im Winter kommenden Jahres soll die Halle fertig sein.", ("Im Winter kommenden Jahres", "DATE", "2020-WI")),
])
def test_german_season_of_a_relative_year(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


def test_german_season_of_a_relative_year_dates_the_event_by_its_year(run):
    out = run("Im Herbst vergangenen Jahres begannen die Gespräche mit Tarnia.", "2019-05-10", "de")
    assert [t["value"] for t in out["timexes"]] == ["2018"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Mitte der Neunzigerjahre begann der Bau des Kanals.", "de", ("Neunzigerjahre", "DATE", "199")),
    ("In den Achtzigerjahren war Kolm eine Hochburg der Partei.", "de", ("den Achtzigerjahren", "DATE", "198")),
    ("Work on the canal began in the mid-nineties.", "en", ("mid-nineties", "DATE", "199")),
    ("Im vergangenen Jahrhundert war die Stadt zweimal besetzt.", "de",
     ("vergangenen Jahrhundert", "DATE", "19")),
    ("The fortress was rebuilt in the last century.", "en", ("the last century", "DATE", "19")),
    ("Over the last century, the lake of Brackton shrank by half.", "en", ("the last century", "DURATION", "P100Y")),
])
def test_decades_in_words_and_the_last_century(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


@pytest.mark.parametrize("text, expected", [
    ("In der 12. Kalenderwoche kam es in Kolm zu Streiks.", ("12. Kalenderwoche", "DATE", "2019-W12")),
    ("Die Wahl ist für die Kalenderwoche 22 geplant.", ("Kalenderwoche 22", "DATE", "2019-W22")),
    ("Der Bau beginnt in KW 3 2020.", ("KW 3", "DATE", "2020-W03")),
])
def test_german_calendar_weeks(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


def test_a_calendar_week_that_does_not_exist_is_no_date(run):
    out = run("Die Liste nennt die 20. Kalenderwoche, aber nicht die 60. Kalenderwoche.", "2019-05-10", "de")
    assert texts(out) == ["20. Kalenderwoche"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Am Samstag wurde die Einigung kurz nach Mitternacht verkündet.", "de",
     ("nach Mitternacht", "TIME", "2019-05-04T24:00")),
    ("On Sunday, police in Brackton arrived around noon.", "en", ("around noon", "TIME", "2019-05-05T12:00")),
])
def test_parts_of_day_after_nach_and_around(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


def test_a_range_of_days_with_bis_zum(run):
    out = run("Vom 12. bis zum 14. Juni tagt der Rat in Ostwik.", "2019-05-10", "de")
    assert ("12. bis zum 14. Juni", "DATE", "2019-06-12/2019-06-14") in timexes(out)
    # two days each with its month stay one range (the second day is not read as a count)
    out = run("Die Messe lief vom 1. März bis zum 8. März in Kolm.", "2019-05-10", "de")
    assert [t[0] for t in timexes(out)] == ["1. März bis zum 8. März"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Dynastie herrschte ein Vierteljahrhundert über Tarnia.", "de", ("Vierteljahrhundert", "DURATION", "P25Y")),
    ("Vor einem Vierteljahrhundert fiel die Grenze zwischen Tarnia und Ostwik.", "de",
     ("Vierteljahrhundert", "DATE", "1994")),
    ("The dynasty ruled Tarnia for a quarter of a century.", "en", ("a quarter of a century", "DURATION", "P25Y")),
    ("The border fell half a century ago.", "en", ("half a century", "DATE", "1969")),
])
def test_quarter_and_half_centuries(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


def test_german_first_half_of_the_year(run):
    out = run("In der ersten Hälfte des Jahres wuchs die Wirtschaft Tarnias kaum.", "2019-05-10", "de")
    assert ("ersten Hälfte des Jahres", "DATE", "2019-H1") in timexes(out)
    out = run("In der zweiten Hälfte des Jahres, nicht des Spiels, fiel die Entscheidung.", "2019-05-10", "de")
    assert [t[2] for t in timexes(out)] == ["2019-H2"]


@pytest.mark.parametrize("text, expected", [
    ("Zum Wochenende wird in Ostwik abgestimmt.", ("Wochenende", "DATE", "2019-W19-WE")),
    ("Die Gruppe trifft sich einmal die Woche in Kolm.", ("einmal die Woche", "SET", "P1W")),
    ("Der Umbau des Rathauses dauerte ein knappes Jahr.", ("ein knappes Jahr", "DURATION", "P1Y")),
    ("Seit den 80ern regiert die Partei in Kolm.", ("80ern", "DATE", "198")),
])
def test_more_german_phrasings(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("The town of Pellston was founded in the 1800s.", "en", ("the 1800s", "DATE", "18")),
    ("In den 1800er Jahren wuchs die Stadt Kolm rasch.", "de", ("1800er Jahren", "DATE", "18")),
])
def test_a_hundred_years_in_the_plural_is_a_century(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


def test_the_2000s_stay_a_decade_and_1800s_a_century(run):
    out = run("Brackton grew in the 1800s and shrank in the 2000s.", "2019-05-10", "en")
    assert [t[2] for t in timexes(out)] == ["18", "200"]


def test_english_quarter_as_a_hyphenated_adjective(run):
    out = run("The bank of Tarnia reported first-quarter profits on Tuesday.", "2019-05-10", "en")
    assert ("first-quarter", "DATE", "2019-Q1") in timexes(out)


@pytest.mark.parametrize("text, expected", [
    # the genitive of a named day
    ("Anlässlich des Valentinstags verteilte die Partei Rosen.", ("Valentinstags", "DATE", "2020-02-14")),
    ("Die Bescherung des Heiligabends fiel in Kolm aus.", ("Heiligabends", "DATE", "2019-12-24")),
    # movable and other named days
    ("Die Ministerin Vera Holm will über Ostern nach Riga reisen.", ("Ostern", "DATE", "2020-04-12")),
    ("Zu Pfingsten tagt der Verband in Kassel.", ("Pfingsten", "DATE", "2020-05-31")),
    ("Am Muttertag blieben die Läden geschlossen.", ("Muttertag", "DATE", "2020-05-10")),
    ("Am Europatag hissten die Gemeinden blaue Fahnen.", ("Europatag", "DATE", "2020-05-09")),
])
def test_german_named_days(run, text, expected):
    assert expected in timexes(run(text, "2020-01-20", "de"))


def test_german_easter_is_a_day_only_after_a_preposition(run):
    out = run("Die Osterinsel und das Ostern-Paket der Regierung Tarn wurden vorgestellt.", "2020-01-20", "de")
    assert not any(t[0] == "Ostern" for t in timexes(out))


@pytest.mark.parametrize("text, expected", [
    ("Governor Lena Marsh will return to Ohio after Thanksgiving.", ("Thanksgiving", "DATE", "2019-11-28")),
    ("The parade was held on Memorial Day in Dunmore.", ("Memorial Day", "DATE", "2019-05-27")),
    ("Offices close for Labor Day, officials in Pellston said.", ("Labor Day", "DATE", "2019-09-02")),
    ("Over Christmas the mayor of Brackton stayed home.", ("Christmas", "DATE", "2019-12-25")),
    ("The talks on St. Patrick's Day ended early.", ("St. Patrick's Day", "DATE", "2019-03-17")),
])
def test_english_named_days(run, text, expected):
    assert expected in timexes(run(text, "2019-07-20", "en"))


def test_english_christmas_before_a_noun_is_no_day(run):
    out = run("The Christmas market in Brackton opened with a speech by the mayor.", "2019-07-20", "en")
    assert not any(t[0] == "Christmas" for t in timexes(out))


def test_english_easter_as_part_of_a_name_is_no_day(run):
    out = run("Tourists from Brackton flew to Easter Island in March.", "2019-07-20", "en")
    assert not any(t[0] == "Easter" for t in timexes(out))


def test_an_english_month_as_the_subject_of_its_passing(run):
    out = run("As July drew to an end, Senator Ana Lind led in Tarn. October began with a scandal "
              "in Kolm.", "2020-11-02", "en")
    assert ("July", "DATE", "2020-07") in timexes(out)
    assert ("October", "DATE", "2020-10") in timexes(out)


def test_seasons_with_a_part_of_the_season(run):
    out = run("Im Frühsommer will Ivo Brandt nach Kolm reisen.", "2019-12-20", "de")
    assert ("Im Frühsommer", "DATE", "2019-SU") in timexes(out)
    out = run("Die Ernte in Kolm war im Spätherbst 2018 schlecht.", "2019-12-20", "de")
    assert ("im Spätherbst 2018", "DATE", "2018-FA") in timexes(out)
    out = run("In early summer the envoy of Tarnia travels to Kolm.", "2019-12-20", "en")
    assert ("early summer", "DATE", "2019-SU") in timexes(out)
    assert next(t for t in out["timexes"] if t["text"] == "early summer").get("modifier") == "early"


def test_two_days_of_a_month_in_one_german_token(run):
    out = run("Die Außenminister treffen sich am 3./4. März in Kolm.", "2019-12-20", "de")
    assert ("am 3./4. März", "DATE", "2020-03-03/2020-03-04") in timexes(out)
    out = run("Der Rat von Kolm tagte am 13.-14. März 2018.", "2019-12-20", "de")
    assert ("am 13.-14. März 2018", "DATE", "2018-03-13/2018-03-14") in timexes(out)


def test_german_seasons_after_a_preposition_and_article(run):
    out = run("Seit dem Frühjahr verhandelt Ivo Brandt mit Kolm.", "2019-12-20", "de")
    assert ("Frühjahr", "DATE", "2019-SP") in timexes(out)
    out = run("Im Sommer des Jahres 2018 schloss Kolm die Grenze.", "2019-12-20", "de")
    assert ("Im Sommer des Jahres 2018", "DATE", "2018-SU") in timexes(out)
    out = run("Der Abgeordnete Jens Herbst sprach in Kolm.", "2019-12-20", "de")
    assert not any("Herbst" in t[0] for t in timexes(out))


def test_two_years_joined_by_until(run):
    out = run("Ana Lind was mayor of Kolm from 1983 until 2009.", "2020-06-11", "en")
    assert ("1983 until 2009", "DATE", "1983/2009") in timexes(out)


def test_half_years_in_one_german_word(run):
    out = run("In der ersten Jahreshälfte 2020 wuchs die Wirtschaft von Kolm.", "2019-12-20", "de")
    assert ("ersten Jahreshälfte 2020", "DATE", "2020-H1") in timexes(out)


def test_two_years_after_between_are_a_range(run):
    out = run("Zwischen 2015 und 2019 amtierte Vera Holm in Kolm.", "2019-12-20", "de")
    assert ("2015 und 2019", "DATE", "2015/2019") in timexes(out)
    out = run("Vera Holm lebte 2000 und 2002 in Kolm.", "2019-12-20", "de")
    assert ("2000", "DATE", "2000") in timexes(out)
