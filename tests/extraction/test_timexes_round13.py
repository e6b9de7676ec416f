"""Round 13 of issue #13: classes of date expressions found with probe sentences of our own
(docs/dates.md, "Round 13"). Sentences of our own, with invented names."""
import pytest


def timexes(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"]) for t in out["timexes"]]


def texts(out):
    return [t["text"] for t in out["timexes"]]


@pytest.mark.parametrize("text, expected", [
    # the genitive of "Vorjahr" and "Vormonat", and the compounds of business news
    ("Der Gewinn blieb unter dem Wert des Vorjahres.", ("Vorjahres", "DATE", "2018")),
    ("Die Zahl der Anträge sank gegenüber dem Vorjahreszeitraum deutlich.", ("Vorjahreszeitraum", "DATE", "2018")),
    ("Im Vergleich zum Vorjahresmonat stiegen die Mieten in Kolm.", ("Vorjahresmonat", "DATE", "2018-05")),
    ("Die Preise lagen über dem Niveau des Vormonats.", ("Vormonats", "DATE", "2019-04")),
])
def test_german_year_before_compounds(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


def test_german_following_unit_compounds_are_chains(run):
    out = run("Im Jahr 2016 wurde Ivo Brandt gewählt. Im Folgejahr trat er zurück.", "2019-05-10", "de")
    assert ("Folgejahr", "DATE", "2017") in timexes(out)
    out = run("Im März 2018 begann der Streik in Kolm. Erst im Folgemonat lenkte die Firma ein.",
              "2019-05-10", "de")
    assert ("Folgemonat", "DATE", "2018-04") in timexes(out)


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
    ("Die Kommission tagt jeden Montag in Kolm.", "de", ("jeden Montag", "SET", "XXXX-WXX-1")),
    ("Jeden Freitag protestieren Schüler vor dem Rathaus.", "de", ("Jeden Freitag", "SET", "XXXX-WXX-5")),
    ("Jedes Wochenende kommen Tausende an den See.", "de", ("Jedes Wochenende", "SET", "XXXX-WXX-WE")),
    ("Jeden Sommer kommen Tausende Pilger nach Kolm.", "de", ("Jeden Sommer", "SET", "XXXX-SU")),
    ("The council of Brackton meets every Thursday.", "en", ("every Thursday", "SET", "XXXX-WXX-4")),
    ("Each winter the road to Pellston is closed.", "en", ("Each winter", "SET", "XXXX-WI")),
])
def test_habits_on_a_named_day_or_season_are_sets(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Präsident von Tarnia wird alle vier Jahre gewählt.", "de", ("alle vier Jahre", "SET", "P4Y")),
    ("Die Konferenz findet alle 5 Jahre statt.", "de", ("alle 5 Jahre", "SET", "P5Y")),
    ("The census in Tarnia is held every ten years.", "en", ("every ten years", "SET", "P10Y")),
    ("Die Gebühr wird halbjährlich erhoben.", "de", ("halbjährlich", "SET", "P6M")),
    ("Die vierteljährlichen Zahlen der Bank kamen am Dienstag.", "de", ("vierteljährlichen", "SET", "P3M")),
    ("The bank of Tarnia publishes its figures quarterly.", "en", ("quarterly", "SET", "P3M")),
])
def test_sets_of_several_units(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


@pytest.mark.parametrize("text, expected", [
    ("Seither ist die Grenze zwischen Tarnia und Ostwik geschlossen.", ("Seither", "DATE", "PAST_REF")),
    ("Bis dato hat niemand die Tat gestanden.", ("Bis dato", "DATE", "PAST_REF")),
    ("Die Gruppe ist seit kurzem im Landtag vertreten.", ("seit kurzem", "DATE", "PAST_REF")),
    ("Fortan soll der Rat von Kolm öffentlich tagen.", ("Fortan", "DATE", "FUTURE_REF")),
    ("Das Thema soll zu einem späteren Zeitpunkt beraten werden.",
     ("zu einem späteren Zeitpunkt", "DATE", "FUTURE_REF")),
])
def test_german_references(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


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
    ("Die Koalition will sich Dienstagfrüh erneut treffen.", ("Dienstagfrüh", "TIME", "2019-05-14TMO")),
    ("Die Polizei räumte das Lager Sonntagfrüh.", ("Sonntagfrüh", "TIME", "2019-05-05TMO")),
])
def test_german_weekday_with_frueh(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


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
    ("Die Zahl der Toten stieg binnen eines Jahres auf 300.", "de", ("binnen eines Jahres", "DURATION", "P1Y")),
    ("Innerhalb eines Monats soll das Gesetz stehen.", "de", ("Innerhalb eines Monats", "DURATION", "P1M")),
    ("Seit einem halben Jahrhundert streiten die Nachbarn.", "de",
     ("einem halben Jahrhundert", "DURATION", "P50Y")),
    ("Die Fehde der beiden Familien dauerte jahrhundertelang.", "de", ("jahrhundertelang", "DURATION", "PXCE")),
    ("Der zehnminütige Auftritt des Kanzlers wurde gelobt.", "de", ("zehnminütige", "DURATION", "PT10M")),
    ("The weeklong summit opened in Brackton.", "en", ("weeklong", "DURATION", "P1W")),
])
def test_more_durations(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


def test_one_day_in_the_genitive_is_a_duration_only_after_within(run):
    # "eines Tages" alone is "some day", no length of time
    out = run("Eines Tages will sie zurück, sagte sie, binnen eines Tages sei alles gepackt.", "2019-05-10", "de")
    assert [t for t in timexes(out) if t[1] == "DURATION"] == [("binnen eines Tages", "DURATION", "P1D")]


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


@pytest.mark.parametrize("text, expected", [
    ("Am Dienstag wollte die Delegation gegen halb neun abreisen.", ("halb neun", "TIME", "2019-05-07T08:30")),
    ("Am Mittwoch kam der Minister um Viertel nach acht ins Büro.",
     ("Viertel nach acht", "TIME", "2019-05-08T08:15")),
    ("Am Mittwoch begann die Sitzung um Viertel vor zehn Uhr.", ("Viertel vor zehn Uhr", "TIME", "2019-05-08T09:45")),
])
def test_german_clock_times_in_words(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


def test_half_as_much_is_no_clock_time(run):
    out = run("Am Mittwoch kam er um halb neun, um halb so viel zu zahlen.", "2019-05-10", "de")
    assert [t for t in timexes(out) if t[1] == "TIME"] == [("halb neun", "TIME", "2019-05-08T08:30")]


@pytest.mark.parametrize("text, expected", [
    ("In diesem Jahrzehnt will Tarnia seine Bahn ausbauen.", ("diesem Jahrzehnt", "DATE", "201")),
    ("Im vergangenen Jahrzehnt hat sich die Zahl der Anträge verdoppelt.", ("vergangenen Jahrzehnt", "DATE", "200")),
])
def test_german_this_and_last_decade(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


@pytest.mark.parametrize("text, expected", [
    ("The week before last, the army of Tarnia moved north.", ("The week before last", "DATE", "2019-W17")),
    ("The vote in Brackton is set for the week after next.", ("the week after next", "DATE", "2019-W21")),
])
def test_english_two_weeks_back_or_ahead(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Dynastie herrschte ein Vierteljahrhundert über Tarnia.", "de", ("Vierteljahrhundert", "DURATION", "P25Y")),
    ("Vor einem Vierteljahrhundert fiel die Grenze zwischen Tarnia und Ostwik.", "de",
     ("Vierteljahrhundert", "DATE", "1994")),
    ("The dynasty ruled Tarnia for a quarter of a century.", "en", ("a quarter of a century", "DURATION", "P25Y")),
    ("The border fell half a century ago.", "en", ("half a century", "DATE", "1969")),
])
def test_quarter_and_half_centuries(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-05-10", lang))


@pytest.mark.parametrize("text, expected", [
    ("Am gestrigen Abend kam es in Kolm zu Protesten.", ("gestrigen Abend", "TIME", "2019-05-09TEV")),
    ("Am heutigen Vormittag tagte der Rat von Ostwik.", ("heutigen Vormittag", "TIME", "2019-05-10TMO")),
])
def test_german_day_adjective_with_a_part_of_the_day(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


def test_a_year_adjective_keeps_its_span_before_a_part_of_the_day(run):
    out = run("Am gestrigen Abend sagte die Stadt die diesjährige Nacht der Museen ab.", "2019-05-10", "de")
    assert timexes(out) == [("gestrigen Abend", "TIME", "2019-05-09TEV"), ("diesjährige", "DATE", "2019")]


def test_the_day_after_tomorrow_is_no_morning(run):
    out = run("Die Abstimmung im Landtag von Kolm ist übermorgen.", "2019-05-10", "de")
    assert timexes(out) == [("übermorgen", "DATE", "2019-05-12")]


def test_the_night_to_a_date(run):
    out = run("In der Nacht zum 3. Mai brannte ein Lager in Ostwik.", "2019-05-10", "de")
    assert ("In der Nacht", "TIME", "2019-05-03TNI") in timexes(out)


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


@pytest.mark.parametrize("text, lang", [
    ("Sales in Brackton fell year over year, and day after day the shops closed.", "en"),
    ("Tag nach Tag kamen mehr Menschen nach Kolm.", "de"),
])
def test_a_singular_unit_after_a_preposition_is_no_stretch(run, text, lang):
    # and a plural one still is
    out = run(text + (" Talks have gone on for months." if lang == "en" else " Die Gespräche laufen seit Monaten."),
              "2019-05-10", lang)
    assert [t[2] for t in timexes(out)] == ["PXM"]


def test_english_quarter_as_a_hyphenated_adjective(run):
    out = run("The bank of Tarnia reported first-quarter profits on Tuesday.", "2019-05-10", "en")
    assert ("first-quarter", "DATE", "2019-Q1") in timexes(out)
