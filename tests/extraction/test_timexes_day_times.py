"""Time expressions within a day: parts of the day, clock times, early or late in a day, hours
before or after. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import PUBLISHED, timexes, typed


def parts(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"], t.get("modifier"))
            for t in out["timexes"]]


def test_a_part_of_day_keeps_its_day_and_a_clock_time_takes_the_day_before(run):
    out = run("Am Mittwochabend traf die Ministerin Eva Lind den Minister Paul Brand. Um 18:30 Uhr "
              "sprach sie. Am Abend reiste sie ab.", "2019-08-23", "de")
    assert timexes(out) == [("Am Mittwochabend", "TIME", "2019-08-21TEV"),
                            ("18:30 Uhr", "TIME", "2019-08-21T18:30"), ("Am Abend", "TIME", "2019-08-21TEV")]
    meeting = next(e for e in out["events"] if e["kind"] == "meeting")
    assert meeting["date"] == "2019-08-21"  # the event keeps the day
    out = run("President Ana Costa arrived on Wednesday night at 9:40am.", "2019-08-23", "en")
    assert ("9:40am", "TIME", "2019-08-21T09:40") in timexes(out)


def test_four_digits_before_a_time_zone_are_a_clock_time(run):
    out = run("The ship docked at 6 p.m. local time (2200 UTC) on Friday.", "2019-08-04", "en")
    assert timexes(out) == [("6 p.m.", "TIME", "2019-08-02T18:00"), ("2200 UTC", "TIME", "2019-08-02T22:00"),
                            ("on Friday", "DATE", "2019-08-02")]


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
    ("Sie sprach am Montagnachmittag in Graz.", "de", ("am Montagnachmittag", "TIME", "2019-08-19TAF")),
    ("He was flown out on Wednesday afternoon.", "en", ("on Wednesday afternoon", "TIME", "2019-08-21TAF")),
])
def test_an_afternoon_is_no_midday(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


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
    ("On Saturday the alarm rang at 9:12 a.m. Firefighters came eight minutes later.", "en",
     ("eight minutes later", "TIME", "2019-08-17T09:20")),
    ("Am Samstag begann die Sitzung um 10:15 Uhr. Zwei Stunden später war sie vorbei.", "de",
     ("Zwei Stunden später", "TIME", "2019-08-17T12:15")),
    ("The quake struck the coast. An hour later a second one followed.", "en", ("An hour later", "TIME", None)),
    ("The parade on Bastille Day was cancelled.", "en", ("Bastille Day", "DATE", "2019-07-14")),
])
def test_hours_and_minutes_later_count_from_the_clock_time_told_before(run, text, lang, expected):
    assert expected in timexes(run(text, "2019-08-23", lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Wahl war am Sonntag. Im Laufe der Nacht stand das Ergebnis fest.", "de",
     ("Im Laufe der Nacht", "TIME", "2019-06-09TNI")),
    ("Die Minister trafen sich am Montag. Abends gab es ein Essen.", "de",
     ("Abends", "TIME", "2019-06-10TEV")),
    ("Die Frist läuft bis Mittag.", "de", ("bis Mittag", "TIME", "2019-06-14T12:00")),
    ("Protests began on Monday and went on through the evening.", "en",
     ("the evening", "TIME", "2019-06-10TEV")),
    ("Power will be cut at noon today.", "en", ("at noon", "TIME", "2019-06-14T12:00")),
    ("The ceasefire ended on Monday at midnight.", "en", ("at midnight", "TIME", "2019-06-10T24:00")),
])
def test_parts_of_a_day_after_a_preposition_or_as_an_adverb(run, text, lang, expected):
    assert expected in typed(run(text, "2019-06-14", lang))


@pytest.mark.parametrize("text, expected", [
    ("Die Anträge müssen bis nächsten Donnerstag um Mitternacht eingehen.",
     ("nächsten Donnerstag um Mitternacht", "TIME", "2019-06-20T24:00")),
    ("Das Parlament tritt am Montag, dem 17. Juni, zusammen. Die Debatte beginnt am 17. Juni "
     "um 9:30 Uhr.", ("am 17. Juni um 9:30 Uhr", "TIME", "2019-06-17T09:30")),
    ("Die Unterzeichnung ist für den Abend des 20. Juni vorgesehen.",
     ("Abend des 20. Juni", "TIME", "2019-06-20TEV")),
    ("Stadtwerke: Leitungen werden erneuert (12.06.19 - 14:05 Uhr)",
     ("12.06.19 - 14:05 Uhr", "TIME", "2019-06-12T14:05")),
])
def test_a_german_day_and_its_hour_are_one_expression(run, text, expected):
    found = typed(run(text, "2019-06-14", "de"))
    assert expected in found
    assert not any(t == "TIME" and text_ in ("Mitternacht", "9:30 Uhr", "14:05 Uhr") for text_, t, _ in found)


@pytest.mark.parametrize("text, expected", [
    ("Die Koalition will sich Dienstagfrüh erneut treffen.", ("Dienstagfrüh", "TIME", "2019-05-14TMO")),
    ("Die Polizei räumte das Lager Sonntagfrüh.", ("Sonntagfrüh", "TIME", "2019-05-05TMO")),
])
def test_german_weekday_with_frueh(run, text, expected):
    assert expected in timexes(run(text, "2019-05-10", "de"))


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


@pytest.mark.parametrize("text, lang, expected", [
    # early or late in a named day: the day with its modifier (was the day alone, or the part
    # of the publication day)
    ("The town is calm. Police arrested two men late on Sunday.", "en", ("late on Sunday", "DATE", "2019-05-05", "late")),
    ("The town is calm. The fire broke out early Tuesday.", "en", ("early Tuesday", "DATE", "2019-05-07", "early")),
    ("The town is calm. The fire broke out late yesterday.", "en", ("late yesterday", "DATE", "2019-05-09", "late")),
    ("The town is calm. The ferry sank in the early hours of Sunday.", "en",
     ("the early hours of Sunday", "TIME", "2019-05-05TMO", "early")),
    ("The town is calm. A crane collapsed at the harbour during the early hours of this morning.", "en",
     ("the early hours of this morning", "TIME", "2019-05-10TMO", "early")),
    ("Die Lage ist ruhig. In den frühen Morgenstunden des Sonntags brannte eine Scheune in Ostwik.", "de",
     ("frühen Morgenstunden des Sonntags", "TIME", "2019-05-05TMO", "early")),
    ("Die Lage ist ruhig. Am Abend des Montags trat der Rat von Kolm zusammen.", "de",
     ("Abend des Montags", "TIME", "2019-05-06TEV", None)),
    ("Die Lage ist ruhig. Am späten Sonntagabend kam es in Kolm zu einem Unfall.", "de",
     ("Am späten Sonntagabend", "TIME", "2019-05-05TEV", "late")),
])
def test_early_or_late_in_a_named_day(run, text, lang, expected):
    assert expected in parts(run(text, PUBLISHED, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # guards: a weekday's genitive alone is no date; "late last year" keeps its year
    ("Die Ruhe des Sonntags wird in Kolm geschätzt.", "de", []),
    ("The town is calm. The plant closed late last year.", "en", [("late last year", "DATE", "2018", "late")]),
])
def test_early_or_late_guards(run, text, lang, expected):
    assert parts(run(text, PUBLISHED, lang)) == expected


def test_german_last_night(run):
    out = run("In der vergangenen Nacht beschossen Milizen die Stadt Kolm.", "2019-12-20", "de")
    assert ("In der vergangenen Nacht", "TIME", "2019-12-19TNI") in timexes(out)
    out = run("Letzte Nacht unterschrieb Ivo Brandt den Vertrag.", "2019-12-20", "de")
    assert ("Letzte Nacht", "TIME", "2019-12-19TNI") in timexes(out)
    out = run("In der letzten Nacht seines Besuchs schlief Ivo Brandt in Kolm.", "2019-12-20", "de")
    assert not any(t[2] == "2019-12-19TNI" for t in timexes(out))


def test_german_tonight_as_the_coming_night(run):
    out = run("Die Gespräche in Kolm sollen in der kommenden Nacht weitergehen.", "2019-12-20", "de")
    assert ("in der kommenden Nacht", "TIME", "2019-12-20TNI") in timexes(out)


def test_hours_after_in_or_vor(run):
    out = run("Das Ultimatum an Kolm endet in 48 Stunden.", "2019-12-20", "de")
    assert ("48 Stunden", "DURATION", "PT48H") in timexes(out)
    out = run("Within 24 hours the army of Tarnia left Kolm.", "2019-12-20", "en")
    assert ("24 hours", "DURATION", "PT24H") in timexes(out)
    out = run("Vor zwei Stunden schlossen in Kolm die Wahllokale.", "2019-12-20", "de")
    assert ("zwei Stunden", "DATE", "PAST_REF") in timexes(out)


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
