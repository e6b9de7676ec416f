"""Expressions of time that are no calendar dates: typed and valued in TIMEX3 style,
reported in `timexes`, never an event's date. Sentences of our own."""
import pytest


def timexes(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"]) for t in out["timexes"]]


@pytest.mark.parametrize("text, expected", [
    ("Die Gespräche dauerten etwa drei Stunden.", ("etwa drei Stunden", "DURATION", "PT3H")),
    ("Die zweiwöchige Reise beginnt.", ("zweiwöchige", "DURATION", "P2W")),
    ("Seit Wochen wird verhandelt.", ("Seit Wochen", "DURATION", "PXW")),
    ("Man stritt monatelang.", ("monatelang", "DURATION", "PXM")),
    ("Derzeit gibt es keine Einigung.", ("Derzeit", "DATE", "PRESENT_REF")),
    ("Bislang gibt es keine Einigung.", ("Bislang", "DATE", "PAST_REF")),
    ("Das kostet jährlich viel Geld.", ("jährlich", "SET", "P1Y")),
    ("Das kostet pro Jahr viel Geld.", ("pro Jahr", "SET", "P1Y")),
])
def test_german_durations_references_and_sets(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, expected", [
    ("The three-day visit was short.", ("three-day", "DURATION", "P3D")),
    ("The talks lasted three hours.", ("three hours", "DURATION", "PT3H")),
    ("For years the party was split.", ("For years", "DURATION", "PXY")),
    ("He is currently in Paris.", ("currently", "DATE", "PRESENT_REF")),
    ("She will soon leave.", ("soon", "DATE", "FUTURE_REF")),
    ("It happens annually.", ("annually", "SET", "P1Y")),
])
def test_english_durations_references_and_sets(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "en"))


def test_a_part_of_day_keeps_its_day_and_a_clock_time_takes_the_day_before(run):
    out = run("Am Mittwochabend traf die Ministerin Eva Lind den Minister Paul Brand. Um 18:30 Uhr "
              "sprach sie. Am Abend reiste sie ab.", "2019-08-23", "de")
    assert timexes(out) == [("Am Mittwochabend", "TIME", "2019-08-21TEV"),
                            ("18:30 Uhr", "TIME", "2019-08-21T18:30"), ("Am Abend", "TIME", "2019-08-21TEV")]
    meeting = next(e for e in out["events"] if e["kind"] == "meeting")
    assert meeting["date"] == "2019-08-21"  # the event keeps the day
    out = run("President Ana Costa arrived on Wednesday night at 9:40am.", "2019-08-23", "en")
    assert ("9:40am", "TIME", "2019-08-21T09:40") in timexes(out)


def test_ages_and_counted_dates_are_no_durations(run):
    out = run("Der 75-Jährige ist seit zwei Jahren im Amt. Vor zwei Tagen trat er zurück.", "2019-08-23", "de")
    assert ("zwei Jahren", "DURATION", "P2Y") in timexes(out)
    assert not any(t[0].startswith("75") for t in timexes(out))
    assert ("Vor zwei Tagen", "DATE", "2019-08-21") in timexes(out)
    out = run("The 75-year-old resigned two weeks ago.", "2019-08-23", "en")
    assert [t for t in timexes(out) if t[1] == "DURATION"] == []


def test_a_duration_never_dates_an_event(run):
    out = run("Die Ministerin Eva Lind sagte, die Verhandlungen dauerten seit drei Jahren.", "2019-08-23", "de")
    said = next(e for e in out["events"] if e["kind"] == "statement")
    assert said["date"] is None


@pytest.mark.parametrize("text, lang, published, expected", [
    # a limit lies ahead of a report that sets it
    ("Sie verlangten von ihm, bis zum 4. Oktober Dokumente vorzulegen.", "de", "2019-09-28", "2019-10-04"),
    ("Masks are compulsory from June 15.", "en", "2020-06-05", "2020-06-15"),
    # in a past clause, the limit is the nearest one
    ("The court suspended Parliament until October 14.", "en", "2019-09-24", "2019-10-14"),
    ("Die Frist war bis zum 4. Juni gelaufen.", "de", "2019-09-28", "2019-06-04"),
    # the participle that follows the date says when
    ("Neuer Minister wird der erst im Mai aus dem Kabinett ausgeschiedene Jan Ost.", "de", "2019-07-25", "2019-05"),
    # a month, a comma and a year
    ("He was arrested in March, 2018.", "en", "2019-10-17", "2018-03"),
])
def test_the_year_of_a_date_follows_its_limit_word_participle_or_comma(run, text, lang, published, expected):
    assert [t["value"] for t in run(text, published, lang)["timexes"]][0] == expected


def test_four_digits_before_a_time_zone_are_a_clock_time(run):
    out = run("He was sworn in at 5 p.m. local time (2100 UTC) on Friday.", "2019-08-04", "en")
    assert timexes(out) == [("5 p.m.", "TIME", "2019-08-02T17:00"), ("2100 UTC", "TIME", "2019-08-02T21:00"),
                            ("on Friday", "DATE", "2019-08-02")]


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
    ("Das dauerte mehrere Jahre.", "de", ("mehrere Jahre", "DURATION", "PXY")),
    ("Man stritt seit Jahrzehnten.", "de", ("seit Jahrzehnten", "DURATION", "PXDE")),
    ("It lasted a few weeks.", "en", ("a few weeks", "DURATION", "PXW")),
    ("Am Montag kam er um elf Uhr.", "de", ("elf Uhr", "TIME", "2019-06-10T11:00")),
    ("On Monday he arrived at 10:30 BST.", "en", ("10:30 BST", "TIME", "2019-06-10T10:30")),
])
def test_vague_amounts_and_clock_times_in_words_or_with_a_time_zone(run, text, lang, expected):
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


@pytest.mark.parametrize("text, lang, expected", [
    ("Inzwischen hat die Regierung eingelenkt.", "de", ("Inzwischen", "DATE", "PRESENT_REF")),
    ("Der derzeitige Minister schweigt.", "de", ("derzeitige", "DATE", "PRESENT_REF")),
    ("Ursprünglich war ein Treffen geplant.", "de", ("Ursprünglich", "DATE", "PAST_REF")),
    ("Vor einigen Tagen gab es Proteste.", "de", ("Vor einigen Tagen", "DATE", "PAST_REF")),
    ("The plan was originally simpler.", "en", ("originally", "DATE", "PAST_REF")),
    ("The party split years ago.", "en", ("years ago", "DATE", "PAST_REF")),
])
def test_references_as_adverbs_adjectives_and_phrases(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("The war has gone on for seventeen years.", "en", ("seventeen years", "DURATION", "P17Y")),
    ("Die Sitzung dauerte vierzig Minuten.", "de", ("vierzig Minuten", "DURATION", "PT40M")),
    ("The vote came a few weeks after the strike.", "en", ("a few weeks", "DURATION", "PXW")),
    ("Zwei Tage vor der Wahl trat er zurück.", "de", ("Zwei Tage", "DURATION", "P2D")),
])
def test_durations_with_numbers_in_words_and_before_another_event(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Sie sprach am Montagnachmittag in Graz.", "de", ("am Montagnachmittag", "TIME", "2019-08-19TAF")),
    ("He was flown out on Wednesday afternoon.", "en", ("on Wednesday afternoon", "TIME", "2019-08-21TAF")),
])
def test_an_afternoon_is_no_midday(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, expected", [
    ("Die diesjährige Konferenz findet in Bonn statt.", ("diesjährige", "DATE", "2019")),
    ("Der gestrige Besuch war kurz.", ("gestrige", "DATE", "2019-08-22")),
    ("Der jahrzehntelange Streit geht weiter.", ("jahrzehntelange", "DURATION", "PXDE")),
    ("Sie regierte 1980–1987 und 1991–94.", ("1980–1987", "DATE", "1980/1987")),
    ("Sie regierte 1980–1987 und 1991–94.", ("1991–94", "DATE", "1991/1994")),
])
def test_german_day_and_year_adjectives_vague_adjectives_and_year_ranges_in_one_word(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


# Round 6: habits. 2019-08-23 is a Friday.
@pytest.mark.parametrize("text, lang, expected", [
    ("Die Bibliothek hat jetzt auch sonntags geöffnet.", "de", ("sonntags", "SET", "XXXX-WXX-7")),
    ("Montags tagt der Ausschuss im Rathaus.", "de", ("Montags", "SET", "XXXX-WXX-1")),
    ("The museum is closed on Tuesdays.", "en", ("Tuesdays", "SET", "XXXX-WXX-2")),
    ("Am Mittwoch begann die Übung. Die Jets fliegen dabei oft nachts.", "de",
     ("nachts", "SET", "XXXX-XX-XXTNI")),
    # without a word of habit the part of the day is that of the day named before
    ("Am Mittwoch begann die Übung. Die Jets flogen nachts.", "de",
     ("nachts", "TIME", "2019-08-21TNI")),
])
def test_habits_are_sets(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


def test_a_capitalised_weekday_genitive_inside_a_german_sentence_is_no_habit(run):
    assert not any(t == "SET" for _, t, _ in timexes(run("Er kam am Abend des Sonntags an.", "2019-08-23", "de")))


# Round 6: two days as the ends of one stretch. 2019-08-23 is a Friday.
@pytest.mark.parametrize("text, lang, expected", [
    ("Die Ausstellung läuft vom 28. Oktober bis zum 3. November.", "de",
     ("28. Oktober bis zum 3. November", "DATE", "2019-10-28/2019-11-03")),
    ("The fleet will stay in port between September 28 and October 4.", "en",
     ("September 28 and October 4", "DATE", "2019-09-28/2019-10-04")),
    ("Flags will fly at half-mast Monday through Wednesday.", "en",
     ("Monday through Wednesday", "DATE", "2019-08-26/2019-08-28")),
])
def test_two_days_as_the_ends_of_a_stretch_are_one_range(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, lang, expected", [
    # "und/and" without "zwischen/between" is a list of two days
    ("Gewählt wird am 1. September und am 27. Oktober.", "de",
     [("am 1. September", "DATE", "2019-09-01"), ("am 27. Oktober", "DATE", "2019-10-27")]),
    ("Talks were held on May 3 and June 5.", "en",
     [("on May 3", "DATE", "2019-05-03"), ("June 5", "DATE", "2019-06-05")]),
])
def test_two_days_joined_by_and_are_a_list(run, text, lang, expected):
    assert timexes(run(text, "2019-08-23", lang)) == expected


# --- round 7: classes found on unannotated real news (sentences of our own) -----------------
@pytest.mark.parametrize("text, lang, expected", [
    ("Der Verband tagt einmal im Jahr in Kassel.", "de", ("einmal im Jahr", "SET", "P1Y")),
    ("Die Fähre fährt dreimal pro Woche.", "de", ("dreimal pro Woche", "SET", "P1W")),
    ("Der Zuschlag beträgt zwei Euro je Stunde.", "de", ("je Stunde", "SET", "PT1H")),
    ("Das Land zahlt 90 Euro pro Kind und Monat.", "de", ("Monat", "SET", "P1M")),
    ("Das Museum öffnet an vier Tagen in der Woche.", "de", ("an vier Tagen in der Woche", "SET", "P1W")),
    ("Vor dem Rathaus wird jeden Abend demonstriert.", "de", ("jeden Abend", "SET", "XXXX-XX-XXTEV")),
    ("The council meets twice a year.", "en", ("twice a year", "SET", "P1Y")),
    ("The clinic opens five days a week.", "en", ("five days a week", "SET", "P1W")),
    ("Guards patrol the fence every night.", "en", ("every night", "SET", "XXXX-XX-XXTNI")),
])
def test_frequencies_rates_and_daily_parts_are_sets(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, expected", [
    ("Eine Lösung ist in absehbarer Zeit nicht zu erwarten.", ("in absehbarer Zeit", "DATE", "FUTURE_REF")),
    ("Das Museum will in der nahen Zukunft umbauen.", ("in der nahen Zukunft", "DATE", "FUTURE_REF")),
    ("Die Preise stiegen in letzter Zeit stark.", ("in letzter Zeit", "DATE", "PAST_REF")),
    ("Dieser Tage wird über den Haushalt beraten.", ("Dieser Tage", "DATE", "PRESENT_REF")),
    ("Nach derzeitigem Plan bleibt die Brücke offen.", ("derzeitigem", "DATE", "PRESENT_REF")),
    ("Die Klinik wird seit einiger Zeit kritisiert.", ("seit einiger Zeit", "DURATION", "PXY")),
    ("Die Debatte schwelt seit langem.", ("seit langem", "DURATION", "PXY")),
    ("Die Kosten werden über Jahre verteilt.", ("über Jahre", "DURATION", "PXY")),
    ("Die Insel war über Jahrhunderte umkämpft.", ("über Jahrhunderte", "DURATION", "PXCE")),
])
def test_german_references_and_vague_stretches_in_fixed_phrases(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Für die nächsten beiden Jahre gilt der Tarif.", "de", ("nächsten beiden Jahre", "DURATION", "P2Y")),
    ("Nach dreieinhalb Jahren verlässt sie das Amt.", "de", ("dreieinhalb Jahren", "DURATION", "P3.5Y")),
    ("Die Ernte der ersten sechs Monate war gut.", "de", ("ersten sechs Monate", "DURATION", "P6M")),
    ("In the past two years the port grew.", "en", ("past two years", "DURATION", "P2Y")),
    ("The bridge stood for two centuries.", "en", ("two centuries", "DURATION", "P2CE")),
])
def test_counted_stretches_with_a_direction_word_or_a_fraction(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Burg wurde vor 180 Jahren verkauft.", "de", ("vor 180 Jahren", "DATE", "1839")),
    ("The mill closed 120 years ago.", "en", ("120 years ago", "DATE", "1899")),
    ("So tief lag der Pegel in diesem Jahrhundert nie.", "de", ("diesem Jahrhundert", "DATE", "20")),
    ("The river was never this low this century.", "en", ("this century", "DATE", "20")),
])
def test_counts_of_three_digits_back_and_the_current_century(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


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


@pytest.mark.parametrize("text, expected", [
    ("Das Bild wurde am dritten März gestohlen.", ("am dritten März", "DATE", "2019-03-03")),
    ("Am 11.Dezember 2004 fiel das Urteil.", ("Am 11.Dezember 2004", "DATE", "2004-12-11")),
    ("Am Abend des 2. Augusts 2004 brannte die Scheune.", ("Abend des 2. Augusts 2004", "TIME", "2004-08-02TEV")),
    ("Im Monat Juni lag die Quote bei vier Prozent.", ("Im Monat Juni", "DATE", "2019-06")),
    ("Die Wahllokale hatten zwischen 7:00 und 19:00 Uhr geöffnet.", ("7:00", "TIME", "XXXX-XX-XXT07:00")),
    ("Anfang des Jahres 2008 sprach er in Bonn.", ("Anfang des Jahres 2008", "DATE", "2008")),
])
def test_german_days_in_words_genitive_months_and_hours_of_a_span(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Ministerin kam am Dienstag. Sie reiste am frühen Morgen ab.", "de", ("am frühen Morgen", "TIME", "2019-08-20TMO")),
    ("Am Montag gab es ein Fest. Wo er an dem Abend war, ist offen.", "de", ("an dem Abend", "TIME", "2019-08-19TEV")),
    ("Am Montag rückte die Polizei im Morgengrauen aus.", "de", ("im Morgengrauen", "TIME", "2019-08-19TMO")),
    ("Die Bars waren bis in die Morgenstunden offen.", "de", ("in die Morgenstunden", "TIME", "2019-08-23TMO")),
    ("The troops moved at dawn.", "en", ("at dawn", "TIME", "2019-08-23TMO")),
])
def test_parts_of_a_day_with_an_adjective_a_demonstrative_or_as_a_compound(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


def test_a_part_of_a_day_ending_a_sentence_does_not_take_the_day_of_the_next_one(run):
    out = run("Der Sturm kam am frühen Abend. Am Montag wurde aufgeräumt.", "2019-08-23", "de")
    assert ("am frühen Abend", "TIME", "2019-08-23TEV") in timexes(out)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Bombe explodierte am Tag der Stichwahl.", "de", "Tag der Stichwahl"),
    ("Seit dem Tag der Abstimmung ist es still.", "de", "Tag der Abstimmung"),
    ("The gallery was shut on the day of the robbery.", "en", "the day of the robbery"),
])
def test_the_day_of_an_event_is_a_date_without_a_value(run, text, lang, expected):
    assert (expected, "DATE", None) in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, expected", [
    ("Prices of timber rose in recent years.", ("in recent years", "DURATION", "PXY")),
    ("The village changed over the years.", ("over the years", "DURATION", "PXY")),
    ("It was the worst storm in years.", ("in years", "DURATION", "PXY")),
    ("In the past few years the lake shrank.", ("the past few years", "DURATION", "PXY")),
    ("The clinic has been overrun for the past year.", ("the past year", "DURATION", "P1Y")),
    ("The fair is held every other year.", ("every other year", "SET", "P2Y")),
    ("The ferry will run again in a few weeks.", ("in a few weeks", "DATE", "FUTURE_REF")),
])
def test_english_stretches_back_sets_of_two_units_and_vague_futures(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "en"))


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


def test_german_vague_futures(run):
    out = run("Er wird in ein paar Tagen entlassen.", "2019-08-23", "de")
    assert ("in ein paar Tagen", "DATE", "FUTURE_REF") in timexes(out)


@pytest.mark.parametrize("text, expected", [
    ("The mayor took office this past April.", ("this past April", "DATE", "2019-04")),
    ("The ferry sank overnight on Monday.", ("overnight", "TIME", "2019-08-19TNI")),
    ("Disco peaked in the late '70s.", ("'70s", "DATE", "197")),
    ("The song was written in the early 60s.", ("early 60s", "DATE", "196")),
    ("The union has big plans for the future.", ("for the future", "DATE", "FUTURE_REF")),
])
def test_english_this_past_month_overnight_short_decades_and_the_future(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "en"))


def test_the_future_of_something_is_no_time(run):
    assert timexes(run("They met to discuss the future of the port.", "2019-08-23", "en")) == []
    assert timexes(run("Es geht um die Rolle der Kirche in der Zukunft Polens.", "2019-08-23", "de")) == []
    assert ("in Zukunft", "DATE", "FUTURE_REF") in timexes(run("So würde in Zukunft Strom mehr kosten.", "2019-08-23", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("On Saturday the alarm rang at 9:12 a.m. Firefighters came eight minutes later.", "en",
     ("eight minutes later", "TIME", "2019-08-17T09:20")),
    ("Am Samstag begann die Sitzung um 10:15 Uhr. Zwei Stunden später war sie vorbei.", "de",
     ("Zwei Stunden später", "TIME", "2019-08-17T12:15")),
    ("The quake struck the coast. An hour later a second one followed.", "en", ("An hour later", "TIME", None)),
    ("The parade on Bastille Day was cancelled.", "en", ("Bastille Day", "DATE", "2019-07-14")),
])
def test_hours_and_minutes_later_count_from_the_clock_time_told_before(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


# --- round 8: classes found on unannotated real news ---------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a capitalised reference opening a quotation, or a sentence after one, is no noun
    ("Die Ministerin erklärte: „Derzeit prüfen wir alle Angebote.“", ("Derzeit", "DATE", "PRESENT_REF")),
    ("Er sagte: „Das reicht nicht.“ Aktuell fehle das Geld.", ("Aktuell", "DATE", "PRESENT_REF")),
    ("Die Straße bleibt vorerst gesperrt.", ("vorerst", "DATE", "PRESENT_REF")),
    ("Der Fahrer wurde zwischenzeitlich entlassen.", ("zwischenzeitlich", "DATE", "PRESENT_REF")),
    ("Das Museum zeigt Kunst aus der Gegenwart und fragt nach ihrer Rolle in der Gegenwart.",
     ("in der Gegenwart", "DATE", "PRESENT_REF")),
    ("Der Verein feiert alljährlich ein Sommerfest.", ("alljährlich", "SET", "P1Y")),
])
def test_german_references_in_quotations_and_yearly_sets(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Vorräte reichen für zwölf weitere Tage.", "de", ("zwölf weitere Tage", "DURATION", "P12D")),
    ("The fund covers three more weeks.", "en", ("three more weeks", "DURATION", "P3W")),
    # after "in", a count with "über/more than" is a stretch, not a date ahead
    ("Es war der wärmste Sommer in über 40 Jahren.", "de", ("über 40 Jahren", "DURATION", "P40Y")),
    ("It was the worst flood in more than 30 years.", "en", ("more than 30 years", "DURATION", "P30Y")),
    ("Der Schüler fehlte die ganze Woche.", "de", ("die ganze Woche", "DURATION", "P1W")),
    ("The office stayed closed all day.", "en", ("all day", "DURATION", "P1D")),
    ("Er wurde zu einer mehrjährigen Haftstrafe verurteilt.", "de", ("mehrjährigen", "DURATION", "PXY")),
    # bare plural units coordinated: each a duration of unknown length
    ("Die Prüfung kann Tage bis Wochen dauern.", "de", ("Wochen", "DURATION", "PXW")),
    ("Die Prüfung kann Tage bis Wochen dauern.", "de", ("Tage", "DURATION", "PXD")),
    ("The repairs could take weeks or months.", "en", ("months", "DURATION", "PXM")),
])
def test_counted_whole_and_coordinated_durations(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


def test_a_count_after_in_without_more_than_stays_a_date(run):
    assert ("in zwei Wochen", "DATE", "2019-W36") in timexes(run("Er kommt in zwei Wochen.", "2019-08-23", "de"))


@pytest.mark.parametrize("text, expected", [
    ("Er wurde kurz vor Weihnachten entlassen.", ("Weihnachten", "DATE", "2018-12-25")),
    ("Der Vertrag endet zum Ende des Monats März.", ("Ende des Monats März", "DATE", "2019-03")),
    ("Die Zahlen des Monats Mai lagen vor.", ("des Monats Mai", "DATE", "2018-05")),
])
def test_christmas_and_the_month_named_after_des_monats(run, text, expected):
    assert expected in timexes(run(text, "2019-02-10", "de"))


@pytest.mark.parametrize("text", [
    "Der 51-jährige Präsident trat zurück.",
    "Die 45-jährige Octavia Lind gewann die Wahl.",
    "Die 64-jährige deutsche Ministerin reiste ab.",
    "Der 49-jährige SPD-Kandidat verlor.",
    "Die Polizei brachte die 34-jährige sicher nach Hause.",
    "Er sprach mit der 38-jährigen, parteilosen Bürgermeisterin.",
])
def test_an_age_written_as_an_adjective_is_no_duration(run, text):
    assert [t for t in timexes(run(text, "2019-08-23", "de")) if t[1] == "DURATION"] == []


@pytest.mark.parametrize("text, expected", [
    ("Er verbüßt eine vierjährige Haftstrafe.", ("vierjährige", "DURATION", "P4Y")),
    ("Der zwanzigjährige Bürgerkrieg ist vorbei.", ("zwanzigjährige", "DURATION", "P20Y")),
    ("Die Partei feiert ihr 75-jähriges Bestehen.", ("75-jähriges", "DURATION", "P75Y")),
])
def test_a_span_of_years_written_as_an_adjective_stays_a_duration(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "de"))


@pytest.mark.parametrize("text, expected", [
    ("Rangers have counted the birds for 25+ years.", ("25+ years", "DURATION", "P25Y")),
    ("In 12+ years of diving she never saw one.", ("12+ years", "DURATION", "P12Y")),
])
def test_a_count_with_a_plus_is_a_duration(run, text, expected):
    assert expected in timexes(run(text, "2019-08-23", "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Am Wahlabend feierte die Partei.", "de", ("Wahlabend", "TIME", "XXXX-XX-XXTEV")),
    ("Der Wahltag verlief ruhig.", "de", ("Wahltag", "DATE", None)),
    ("Voters should not wait until election day.", "en", ("election day", "DATE", None)),
    # dates.py counts no decades ahead: after a superlative "in a decade" is a stretch
    ("It was the largest protest in a decade.", "en", ("a decade", "DURATION", "P10Y")),
])
def test_the_day_of_a_vote_and_a_decade_as_a_stretch(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))
