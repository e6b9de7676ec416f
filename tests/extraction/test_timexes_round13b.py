"""Round 13b of issue #13: classes of wrong values found with probe sentences of our own
(docs/dates.md, "Round 13b"). Sentences of our own, with invented names; published on Friday
2019-05-10."""
import pytest

PUBLISHED = "2019-05-10"


def values(out):
    return [(t["text"], t.get("timex3") or t["value"]) for t in out["timexes"]]


@pytest.mark.parametrize("text, lang, expected", [
    # an attribution without a verb reports words already said: the date lies back, whatever
    # the tense of the words it reports
    ("„Ich trete nicht zurück“, so Ministerin Eva Roth am Montag.", "de", ("am Montag", "2019-05-06")),
    ("Die Lage in Kolm sei stabil, so Innenminister Karl Bremer am Montag.", "de", ("am Montag", "2019-05-06")),
    ("Laut Bürgermeister Tom Hensel am Montag ist die Brücke sicher.", "de", ("am Montag", "2019-05-06")),
    ("Nach Angaben der Polizei am Montag gibt es zwei Verletzte.", "de", ("am Montag", "2019-05-06")),
    ("The bridge in Pellston is safe, according to the mayor on Monday.", "en", ("on Monday", "2019-05-06")),
    ('"We will win," according to Jim Hale on Monday.', "en", ("on Monday", "2019-05-06")),
])
def test_attribution_without_verb_is_past(run, text, lang, expected):
    assert expected in values(run(text, PUBLISHED, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # guards: a verb of its own after the attribution decides
    ("Laut Wetterdienst wird es am Montag in Kolm regnen.", "de", ("am Montag", "2019-05-13")),
    ("Nach Angaben der Stadt soll die Brücke am Montag öffnen.", "de", ("am Montag", "2019-05-13")),
    ("According to the mayor, the bridge will reopen on Monday.", "en", ("on Monday", "2019-05-13")),
    ("Am Montag beginnt der Prozess gegen den Bürgermeister von Kolm.", "de", ("Am Montag", "2019-05-13")),
    # ... and so does a verb before it
    ("Die beiden wollen nach Angaben von Diplomaten im November erneut verhandeln.", "de",
     ("im November", "2019-11")),
])
def test_attribution_guards(run, text, lang, expected):
    assert expected in values(run(text, PUBLISHED, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # the words in quotation marks carry no tense for a date outside them; a sentence whose
    # only verbs are quoted reports words said already
    ("„Wir werden das Urteil anfechten“ – Anwalt Tom Berg am Montag vor dem Gericht in Kolm.", "de",
     ("am Montag", "2019-05-06")),
    ('"We will appeal" - lawyer Tom Berg on Monday outside the court in Pellston.', "en",
     ("on Monday", "2019-05-06")),
    # guards: a verb outside the quotation decides; a quoted title is no speech
    ("Der Prozess „Kolm gegen Berg“ beginnt am Montag.", "de", ("am Montag", "2019-05-13")),
    ("Die Ausstellung „Kolm im Wandel“ am Montag im Rathaus.", "de", ("am Montag", "2019-05-13")),
    ('The trial "Kolm v Berg" begins on Monday.', "en", ("on Monday", "2019-05-13")),
])
def test_words_in_quotation_marks_carry_no_tense_for_a_date_outside(run, text, lang, expected):
    assert expected in values(run(text, PUBLISHED, lang))


@pytest.mark.parametrize("text, expected", [
    # "ist … gesperrt" tells a state (Zustandspassiv), no Perfekt: the dates lie ahead
    ("Zwischen dem 1. und 15. Juni ist die Straße nach Ostwik gesperrt.", ("1. und 15. Juni", "2019-06-01/2019-06-15")),
    ("Das Rathaus von Kolm ist am 28. Mai geschlossen.", ("am 28. Mai", "2019-05-28")),
])
def test_state_passive_is_no_past(run, text, expected):
    assert expected in values(run(text, PUBLISHED, "de"))


@pytest.mark.parametrize("text, expected", [
    # guards: a Perfekt with "haben" or "worden", and "war", stay past
    ("Die Straße nach Ostwik ist am 28. Mai gesperrt worden.", ("am 28. Mai", "2018-05-28")),
    ("Am 2. Juni ist der frühere Bürgermeister von Kolm gestorben.", ("Am 2. Juni", "2018-06-02")),
    ("Die Polizei hat die Straße am 20. Juni gesperrt.", ("am 20. Juni", "2018-06-20")),
])
def test_state_passive_guards(run, text, expected):
    assert expected in values(run(text, PUBLISHED, "de"))


def parts(out):
    return [(t["text"], t.get("type", "DATE"), t.get("timex3") or t["value"], t.get("modifier"))
            for t in out["timexes"]]


@pytest.mark.parametrize("text, lang, expected", [
    # early or late in a named day: the day with its modifier (was the day alone, or the part
    # of the publication day)
    ("The town is calm. Police arrested two men late on Sunday.", "en", ("late on Sunday", "DATE", "2019-05-05", "late")),
    ("The town is calm. The fire broke out early Tuesday.", "en", ("early Tuesday", "DATE", "2019-05-07", "early")),
    ("The town is calm. The fire broke out late yesterday.", "en", ("late yesterday", "DATE", "2019-05-09", "late")),
    ("The town is calm. The ferry sank in the early hours of Sunday.", "en",
     ("the early hours of Sunday", "TIME", "2019-05-05TMO", "early")),
    ("The town is calm. Police were called to the harbour in the early hours of this morning.", "en",
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


def test_the_year_before_after_a_comparison_preposition_is_a_chain(run):
    # "im Vergleich zum Jahr zuvor", "zum Monat davor": the unit before the date told before
    # (was "zuvor" alone, a PAST_REF, or nothing)
    out = run("Im Jahr 2017 zählte Kolm 300 Anträge. Das waren zehn Prozent mehr als im Vergleich zum Jahr zuvor.",
              PUBLISHED, "de")
    assert ("Jahr zuvor", "2016") in values(out)
    out = run("Im März 2018 sank der Absatz der Kolmer Werke im Vergleich zum Monat davor.", PUBLISHED, "de")
    assert ("Monat davor", "2018-02") in values(out)


@pytest.mark.parametrize("text, lang, expected", [
    # guards: with no date told before, a chain has no value (the date tables decide so:
    # "Am Vortag hatte …" at the start of a text)
    ("Im Jahr zuvor war der Umsatz der Kolmer Werke gesunken.", "de", ("Im Jahr zuvor", None)),
    ("Sales at Brax rose 10 percent from a year earlier.", "en", ("a year earlier", None)),
])
def test_chain_guards(run, text, lang, expected):
    assert expected in values(run(text, PUBLISHED, lang))
