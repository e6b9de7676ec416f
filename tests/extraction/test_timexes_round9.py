"""Round 9 of issue #13: classes of date expressions found on real news nobody annotated
(docs/dates.md, "Round 9"). Sentences of our own, with invented names."""
import pytest


def timexes(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"]) for t in out["timexes"]]


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


def test_the_course_of_a_unit(run):
    out = run("Die Räumung des Lagers in Ostwik soll noch im Laufe des Tages beginnen.", "2019-12-20", "de")
    assert ("im Laufe des Tages", "DATE", "2019-12-20") in timexes(out)
    out = run("Am Montag traf die Delegation ein. Im Laufe der Woche folgten weitere Gespräche.",
              "2019-12-20", "de")
    assert ("Im Laufe der Woche", "DATE", "2019-W51") in timexes(out)
    out = run("Im Verlauf dieses Jahres soll die Brücke in Ostwik fertig werden.", "2019-12-20", "de")
    assert ("Im Verlauf dieses Jahres", "DATE", "2019") in timexes(out) or \
        ("dieses Jahres", "DATE", "2019") in timexes(out)
    out = run("Im Jahresverlauf soll die Brücke in Ostwik fertig werden.", "2019-12-20", "de")
    assert ("Im Jahresverlauf", "DATE", "2019") in timexes(out)
    out = run("Over the course of the week, the envoys of Tarnia met twice.", "2019-12-20", "en")
    assert ("Over the course of the week", "DATE", "2019-W51") in timexes(out)


def test_the_new_year(run):
    out = run("Als ersten Termin im neuen Jahr besucht der Kanzler Ivo Brandt die Stadt Kolm.",
              "2019-12-20", "de")
    assert ("im neuen Jahr", "DATE", "2020") in timexes(out)
    out = run("Ins neue Jahr startet die Partei mit einem Parteitag in Kolm.", "2020-01-08", "de")
    assert ("Ins neue Jahr", "DATE", "2020") in timexes(out)
    out = run("The minister of Tarnia expects a deal in the new year.", "2019-11-02", "en")
    assert ("in the new year", "DATE", "2020") in timexes(out)


def test_an_anaphor_of_a_date_after_since(run):
    out = run("Am 3. März schloss Tarnia die Grenze. Seit diesem Zeitpunkt warten Hunderte in Kolm.",
              "2019-12-20", "de")
    assert ("diesem Zeitpunkt", "DATE", "2019-03-03") in timexes(out)


@pytest.mark.parametrize("text, expected", [
    ("Der Vertrag mit Tarnia war seinerzeit umstritten.", ("seinerzeit", "DATE", "PAST_REF")),
    ("Die derzeitig gültige Regel gilt in Kolm weiter.", ("derzeitig", "DATE", "PRESENT_REF")),
    ("Nach aktueller Planung beginnt der Bau in Kolm.", ("aktueller", "DATE", "PRESENT_REF")),
    ("Die Partei will den Plan einstweilen stoppen.", ("einstweilen", "DATE", "PRESENT_REF")),
])
def test_more_german_references(run, text, expected):
    assert expected in timexes(run(text, "2019-12-20", "de"))


def test_english_easter_as_part_of_a_name_is_no_day(run):
    out = run("Tourists from Brackton flew to Easter Island in March.", "2019-07-20", "en")
    assert not any(t[0] == "Easter" for t in timexes(out))


def test_the_next_unit_after_a_date_told_before(run):
    out = run("The Tarn party lost its leader in March 2019. It chose a new one the next month.",
              "2020-10-22", "en")
    assert ("the next month", "DATE", "2019-04") in timexes(out)
    out = run("The Tarn party expects to choose a leader the next month.", "2020-10-22", "en")
    assert ("the next month", "DATE", "2020-11") in timexes(out)


def test_a_date_right_after_to_be_and_a_participle_lies_ahead(run):
    out = run("On Thursday, Ana Lind, who runs in the ballot to be held on August 16, spoke in Tarn.",
              "2020-08-03", "en")
    assert ("on August 16", "DATE", "2020-08-16") in timexes(out)
    assert ("On Thursday", "DATE", "2020-07-30") in timexes(out)


@pytest.mark.parametrize("text, lang, expected", [
    ("Am zweiten Tag seines Besuchs traf Präsident Ivo Brandt die Ministerin.", "de",
     "zweiten Tag seines Besuchs"),
    ("Am letzten Tag des Gipfels in Kolm einigten sich die Staaten.", "de", "letzten Tag des Gipfels"),
    ("On the second day of his visit, President Ivo Brandt met the minister.", "en",
     "the second day of his visit"),
    ("The envoys of Tarnia left on the final day of the conference.", "en", "the final day of the conference"),
])
def test_a_day_counted_inside_an_event_is_a_date_without_a_value(run, text, lang, expected):
    assert (expected, "DATE", None) in timexes(run(text, "2019-12-20", lang))


def test_an_english_month_as_the_subject_of_its_passing(run):
    out = run("As July drew to an end, Senator Ana Lind led in Tarn. October began with a scandal "
              "in Kolm.", "2020-11-02", "en")
    assert ("July", "DATE", "2020-07") in timexes(out)
    assert ("October", "DATE", "2020-10") in timexes(out)


def test_english_plural_weekends_and_parts_of_days_are_habits(run):
    out = run("Ana Lind works as a waiter on weekends and studies in the evenings.", "2020-11-02", "en")
    assert ("weekends", "SET", "XXXX-WXX-WE") in timexes(out)
    assert ("evenings", "SET", "XXXX-XX-XXTEV") in timexes(out)
    out = run("The strike in Tarn lasted two weekends.", "2020-11-02", "en")
    assert not any(t[0] == "weekends" for t in timexes(out))


def test_the_last_couple_of_weeks(run):
    out = run("The Tarn team has improved in the last couple of weeks.", "2020-11-02", "en")
    assert ("the last couple of weeks", "DURATION", "PXW") in timexes(out)


def test_german_last_night(run):
    out = run("In der vergangenen Nacht beschossen Milizen die Stadt Kolm.", "2019-12-20", "de")
    assert ("In der vergangenen Nacht", "TIME", "2019-12-19TNI") in timexes(out)
    out = run("Letzte Nacht unterschrieb Ivo Brandt den Vertrag.", "2019-12-20", "de")
    assert ("Letzte Nacht", "TIME", "2019-12-19TNI") in timexes(out)
    out = run("In der letzten Nacht seines Besuchs schlief Ivo Brandt in Kolm.", "2019-12-20", "de")
    assert not any(t[2] == "2019-12-19TNI" for t in timexes(out))


@pytest.mark.parametrize("text, lang, expected", [
    ("Vor wenigen Stunden meldete die Agentur von Kolm den Rücktritt.", "de", "Vor wenigen Stunden"),
    ("Vor mehreren Jahren lebte Ivo Brandt in Kolm.", "de", "Vor mehreren Jahren"),
    ("Hours ago the agency of Tarnia reported the resignation.", "en", "Hours ago"),
    ("A few minutes ago the envoy of Tarnia left the room.", "en", "A few minutes ago"),
])
def test_some_time_back_is_a_past_reference(run, text, lang, expected):
    assert (expected, "DATE", "PAST_REF") in timexes(run(text, "2019-12-20", lang))


def test_german_tonight_as_the_coming_night(run):
    out = run("Die Gespräche in Kolm sollen in der kommenden Nacht weitergehen.", "2019-12-20", "de")
    assert ("in der kommenden Nacht", "TIME", "2019-12-20TNI") in timexes(out)


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


def test_a_count_after_the_nth_time_in_is_a_stretch_back(run):
    out = run("For the second time in three days, rebels attacked the town of Kolm.", "2019-12-20", "en")
    assert ("three days", "DURATION", "P3D") in timexes(out)
    out = run("Zum zweiten Mal in drei Tagen griffen Rebellen die Stadt Kolm an.", "2019-12-20", "de")
    assert ("drei Tagen", "DURATION", "P3D") in timexes(out)
    out = run("The vote in Kolm is in three days.", "2019-12-20", "en")
    assert ("in three days", "DATE", "2019-12-23") in timexes(out)


def test_earlier_and_later_in_a_unit(run):
    out = run("Earlier today the minister of Tarnia spoke in Kolm.", "2019-12-20", "en")
    assert ("Earlier today", "DATE", "2019-12-20") in timexes(out)
    out = run("On Monday, the envoy of Tarnia arrived. Later in the week he met the king.", "2019-12-20", "en")
    assert ("Later in the week", "DATE", "2019-W51") in timexes(out)
    out = run("In May 2018 the talks in Kolm began; later in the month they failed.", "2019-12-20", "en")
    assert ("later in the month", "DATE", "2018-05") in timexes(out)


def test_a_future_seen_from_the_past(run):
    out = run("Her mandate as mayor of Kolm was to expire in August, the council said.", "2020-06-11", "en")
    assert ("in August", "DATE", "2020-08") in timexes(out)
    out = run("In August the mayor of Kolm was in Tarnia.", "2020-06-11", "en")
    assert ("In August", "DATE", "2019-08") in timexes(out)
    # a weekday lies ahead of the narrated days, not of the publication
    out = run("The council of Kolm was to sit Monday for a budget debate.", "2019-08-08", "en")
    assert ("Monday", "DATE", "2019-08-05") in timexes(out)


def test_two_years_joined_by_until(run):
    out = run("Ana Lind was mayor of Kolm from 1983 until 2009.", "2020-06-11", "en")
    assert ("1983 until 2009", "DATE", "1983/2009") in timexes(out)


def test_hours_after_in_or_vor(run):
    out = run("Das Ultimatum an Kolm endet in 48 Stunden.", "2019-12-20", "de")
    assert ("48 Stunden", "DURATION", "PT48H") in timexes(out)
    out = run("Within 24 hours the army of Tarnia left Kolm.", "2019-12-20", "en")
    assert ("24 hours", "DURATION", "PT24H") in timexes(out)
    out = run("Vor zwei Stunden schlossen in Kolm die Wahllokale.", "2019-12-20", "de")
    assert ("zwei Stunden", "DATE", "PAST_REF") in timexes(out)


def test_half_years_in_one_german_word(run):
    out = run("In der ersten Jahreshälfte 2020 wuchs die Wirtschaft von Kolm.", "2019-12-20", "de")
    assert ("ersten Jahreshälfte 2020", "DATE", "2020-H1") in timexes(out)


def test_two_years_after_between_are_a_range(run):
    out = run("Zwischen 2015 und 2019 amtierte Vera Holm in Kolm.", "2019-12-20", "de")
    assert ("2015 und 2019", "DATE", "2015/2019") in timexes(out)
    out = run("Vera Holm lebte 2000 und 2002 in Kolm.", "2019-12-20", "de")
    assert ("2000", "DATE", "2000") in timexes(out)


def test_a_part_of_the_day_as_the_start_or_end_of_a_stretch(run):
    out = run("Seit dem Morgen demonstrieren Tausende in Kolm.", "2019-12-20", "de")
    assert ("Seit dem Morgen", "TIME", "2019-12-20TMO") in timexes(out)
    out = run("Bis zum Abend blieb die Grenze von Kolm geschlossen.", "2019-12-20", "de")
    assert ("Bis zum Abend", "TIME", "2019-12-20TEV") in timexes(out)
    out = run("Die Sperre in Kolm gilt bis morgen.", "2019-12-20", "de")
    assert ("morgen", "DATE", "2019-12-21") in timexes(out)


def test_shortly_before_a_time_is_that_time(run):
    out = run("Shortly before midnight the envoy of Tarnia left Kolm.", "2019-12-20", "en")
    assert not any(t[0].lower().startswith("shortly") for t in timexes(out))
    assert any(t[0] == "before midnight" and t[1] == "TIME" for t in timexes(out))
    out = run("Soon after Monday's vote the envoy of Tarnia left Kolm.", "2019-12-20", "en")
    assert not any(t[2] == "FUTURE_REF" for t in timexes(out))
