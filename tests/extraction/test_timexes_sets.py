"""Time expressions that repeat: habits, frequencies and rates (TIMEX3 sets). Short invented
sentences."""
from __future__ import annotations

import pytest

from .helpers import timexes


# 2019-08-23 is a Friday.
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


def test_english_plural_weekends_and_parts_of_days_are_habits(run):
    out = run("Ana Lind works as a waiter on weekends and studies in the evenings.", "2020-11-02", "en")
    assert ("weekends", "SET", "XXXX-WXX-WE") in timexes(out)
    assert ("evenings", "SET", "XXXX-XX-XXTEV") in timexes(out)
    out = run("The strike in Tarn lasted two weekends.", "2020-11-02", "en")
    assert not any(t[0] == "weekends" for t in timexes(out))
