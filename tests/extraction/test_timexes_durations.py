"""Time expressions of duration: counted and vague stretches, durations in words or as adjectives,
and what is no duration (ages, counts). Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import timexes, typed, values


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


@pytest.mark.parametrize("text, lang, expected", [
    ("The war has gone on for seventeen years.", "en", ("seventeen years", "DURATION", "P17Y")),
    ("Die Sitzung dauerte vierzig Minuten.", "de", ("vierzig Minuten", "DURATION", "PT40M")),
    ("The vote came a few weeks after the strike.", "en", ("a few weeks", "DURATION", "PXW")),
    ("Zwei Tage vor der Wahl trat er zurück.", "de", ("Zwei Tage", "DURATION", "P2D")),
])
def test_durations_with_numbers_in_words_and_before_another_event(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


# Two days as the ends of one stretch. 2019-08-23 is a Friday.
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


@pytest.mark.parametrize("text, lang, expected", [
    ("She sat in the assembly for twenty three years.", "en", ("twenty three years", "P23Y")),
    ("He waited thirty-one days for an answer.", "en", ("thirty-one days", "P31D")),
    ("Die Partei regierte dreiundzwanzig Jahre lang.", "de", ("dreiundzwanzig Jahre", "P23Y")),
])
def test_a_compound_number_counts_whole(run, text, lang, expected):
    # "twenty three years" is 23 years, not the "three years" at its end
    out = run(text, "2024-05-08", lang)
    assert [(t["text"], t.get("timex3") or t.get("value")) for t in out["timexes"]] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    # Deictic words inside a quotation count from the day it was spoken.
    ("Die Ministerin Eva Lind traf am Dienstag in Wien ein. Dort sagte sie: „Wir verhandeln "
     "morgen weiter.“", "de", ("morgen", "2019-03-13")),
    ("The minister arrived in Vienna on Tuesday. She told reporters: \"We will talk again "
     "tomorrow.\"", "en", ("tomorrow", "2019-03-13")),
    ("The minister arrived in Vienna on Tuesday. \"Last night was long,\" she said.", "en",
     ("Last night", "2019-03-11TNI")),
    # A day named long before the publication is background: the quote is recent.
    ("The minister arrived in Vienna on March 2. She said: \"We will talk again tomorrow.\"",
     "en", ("tomorrow", "2019-03-16")),
])
def test_deictic_words_in_a_quotation_count_from_the_speech(run, text, lang, expected):
    assert expected in values(run(text, "2019-03-15", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Reform soll binnen Jahresfrist kommen.", "de", ("Jahresfrist", "DURATION", "P1Y")),
    ("Man streitet seit geraumer Zeit darüber.", "de", ("geraumer Zeit", "DURATION", "PXY")),
    ("In den vergangenen Wochen wurde viel verhandelt.", "de", ("In den vergangenen Wochen", "DURATION", "PXW")),
    ("Die Ministerin ist im Moment in Rom.", "de", ("im Moment", "DATE", "PRESENT_REF")),
    ("Der Streit ist beigelegt.\nDerzeit gibt es keine Proteste.", "de", ("Derzeit", "DATE", "PRESENT_REF")),
    ("He has served for over four decades.", "en", ("over four decades", "DURATION", "P40Y")),
    ("The dispute lasted a decade.", "en", ("a decade", "DURATION", "P10Y")),
    ("Talks may resume in the next few weeks.", "en", ("in the next few weeks", "DURATION", "PXW")),
    ("As of this writing, the border is closed.", "en", ("this writing", "DATE", "PRESENT_REF")),
    ("The fund was set up some years ago.", "en", ("some years ago", "DATE", "PAST_REF")),
])
def test_fixed_phrases_vague_stretches_and_counted_decades(run, text, lang, expected):
    assert expected in typed(run(text, "2019-06-14", lang))


@pytest.mark.parametrize("text, expected, unexpected", [
    # A count before "after/before" and an event is the time between two events.
    ("On March 3 the strike began, two days after the vote.", ("two days", "DURATION", "P2D"),
     ("two days after", "DATE", "2019-03-05")),
    ("The ban took effect almost two weeks before the summit.",
     ("almost two weeks", "DURATION", "P2W"), None),
    ("The speech came roughly a week after an attack on a pipeline.",
     ("roughly a week", "DURATION", "P1W"), None),
    ("The deal fell through less than three days before the deadline.",
     ("less than three days", "DURATION", "P3D"), None),
    # Closing its clause, or before "that", it still counts from the date told before.
    ("The talks opened on March 3. Two days after, they collapsed.",
     ("Two days after", "DATE", "2019-03-05"), None),
    ("The talks opened on March 3. Two days after that, they collapsed.",
     ("Two days after", "DATE", "2019-03-05"), None),
])
def test_a_count_before_after_and_an_event_is_a_duration(run, text, expected, unexpected):
    found = typed(run(text, "2019-06-14", "en"))
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize("text, lang, expected", [
    ("Die nächsten Monate werden für die Koalition schwierig.", "de",
     ("nächsten Monate", "DURATION", "PXM")),
    ("Die Flotte soll in den bevorstehenden Wochen im Mittelmeer üben.", "de",
     ("in den bevorstehenden Wochen", "DURATION", "PXW")),
    ("Für die kommenden Jahre ist kein Geld eingeplant.", "de",
     ("kommenden Jahre", "DURATION", "PXY")),
    ("\"The coming hours are critical,\" the doctor said.", "en",
     ("The coming hours", "DURATION", "PTXH")),
    ("The next few days will show whether the truce holds.", "en",
     ("The next few days", "DURATION", "PXD")),
])
def test_a_stretch_ahead_or_behind_in_the_plural_is_a_vague_duration(run, text, lang, expected):
    assert expected in typed(run(text, "2019-06-14", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Nur einen halben Tag später brannte die zweite Lagerhalle.", "de",
     ("einen halben Tag", "DURATION", "PT12H")),
    ("Die Sanierung dauert ein halbes Jahr.", "de", ("ein halbes Jahr", "DURATION", "P6M")),
    ("Nach neun monatigen Gesprächen steht die Einigung.", "de", ("neun monatigen", "DURATION", "P9M")),
])
def test_half_units_and_duration_adjectives_written_apart(run, text, lang, expected):
    assert expected in typed(run(text, "2019-06-14", lang))


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


@pytest.mark.parametrize("text, lang", [
    ("Sales in Brackton fell year over year, and day after day the shops closed.", "en"),
    ("Tag nach Tag kamen mehr Menschen nach Kolm.", "de"),
])
def test_a_singular_unit_after_a_preposition_is_no_stretch(run, text, lang):
    # and a plural one still is
    out = run(text + (" Talks have gone on for months." if lang == "en" else " Die Gespräche laufen seit Monaten."),
              "2019-05-10", lang)
    assert [t[2] for t in timexes(out)] == ["PXM"]


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


def test_the_last_couple_of_weeks(run):
    out = run("The Tarn team has improved in the last couple of weeks.", "2020-11-02", "en")
    assert ("the last couple of weeks", "DURATION", "PXW") in timexes(out)


def test_a_count_after_the_nth_time_in_is_a_stretch_back(run):
    out = run("For the second time in three days, rebels attacked the town of Kolm.", "2019-12-20", "en")
    assert ("three days", "DURATION", "P3D") in timexes(out)
    out = run("Zum zweiten Mal in drei Tagen griffen Rebellen die Stadt Kolm an.", "2019-12-20", "de")
    assert ("drei Tagen", "DURATION", "P3D") in timexes(out)
    out = run("The vote in Kolm is in three days.", "2019-12-20", "en")
    assert ("in three days", "DATE", "2019-12-23") in timexes(out)
