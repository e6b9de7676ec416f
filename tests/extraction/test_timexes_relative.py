"""Time expressions relative to another time: references (today, recently, in the future),
anchors and chains (the date told before), and the tense that decides the year or the direction
of a date. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import PUBLISHED, timexes, typed, values


@pytest.mark.parametrize("text, lang, published, expected", [
    # a limit lies ahead of a report that sets it
    ("Sie verlangten von ihm, bis zum 4. Oktober Dokumente vorzulegen.", "de", "2019-09-28", "2019-10-04"),
    ("Masks are compulsory from June 15.", "en", "2020-06-05", "2020-06-15"),
    # in a past clause, the limit is the nearest one
    ("The court suspended Parliament until October 14.", "en", "2019-09-24", "2019-10-14"),
    ("Die Frist war bis zum 4. Juni gelaufen.", "de", "2019-09-28", "2019-06-04"),
    # the participle that follows the date says when
    ("Neue Ministerin wird die erst im Mai aus dem Vorstand ausgeschiedene Eva Ost.", "de", "2019-07-25", "2019-05"),
    # a month, a comma and a year
    ("He was arrested in March, 2018.", "en", "2019-10-17", "2018-03"),
])
def test_the_year_of_a_date_follows_its_limit_word_participle_or_comma(run, text, lang, published, expected):
    assert [t["value"] for t in run(text, published, lang)["timexes"]][0] == expected


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


@pytest.mark.parametrize("text, value", [
    # a strong past in -t that the morphology calls past points back (published on a Friday)
    ("Der Außenminister Heiko Maas beriet sich am Montag in Berlin mit Jean-Yves Le Drian.", "2019-06-03"),
    ("Bundeskanzlerin Angela Merkel erhielt am Montag einen Brief aus Paris.", "2019-06-03"),
    # look-alikes: the present in -t points ahead
    ("Heiko Maas kehrt am Montag aus Paris zurück.", "2019-06-10"),
    ("Heiko Maas reist am Montag nach Paris.", "2019-06-10"),
])
def test_a_german_strong_past_in_t_dates_back(run, text, value):
    assert [t["value"] for t in run(text, "2019-06-07", "de")["timexes"]] == [value]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Insel war einst bewaldet. Heute leben dort nur Ziegen.", "de", ("Heute", "PRESENT_REF")),
    ("Das Land ist heute weitgehend vom Tourismus abhängig.", "de", ("heute", "PRESENT_REF")),
    ("The town is today a quiet place.", "en", ("today", "PRESENT_REF")),
    ("The leaders of today face other threats.", "en", ("today", "PRESENT_REF")),
    # The day itself: a tense in the clause, a possessive, or "today" opening the sentence.
    ("Der Minister ist heute zurückgetreten.", "de", ("heute", "2019-06-14")),
    ("The impact of today's vote is unclear.", "en", ("today", "2019-06-14")),
    ("Today is the last day of the summit.", "en", ("Today", "2019-06-14")),
])
def test_today_meaning_nowadays_is_a_present_reference(run, text, lang, expected):
    assert expected in values(run(text, "2019-06-14", lang))


@pytest.mark.parametrize("text, lang, expected", [
    # No tense at all: a weekday up to three days back is the past one (published Wednesday).
    ("The border stays closed, according to a statement on Monday.", "en", ("on Monday", "2019-06-10")),
    ("Nach Berichten vom Sonntag bleibt die Grenze zu.", "de", ("Sonntag", "2019-06-09")),
    # Further back, or with a cue, the tense decides as before.
    ("The border reopens after a vote on Thursday.", "en", ("on Thursday", "2019-06-13")),
    # An attribution reports words already said, however far back (round 13b; was 2019-06-13).
    ("The border stays closed, according to a statement on Thursday.", "en", ("on Thursday", "2019-06-06")),
    ("The minister will travel to Oslo on Monday.", "en", ("on Monday", "2019-06-17")),
])
def test_a_weekday_without_tense_close_behind_the_publication_is_past(run, text, lang, expected):
    assert expected in values(run(text, "2019-06-12", lang))


@pytest.mark.parametrize("text, lang, published, expected", [
    ("Am Heiligabend bleiben die Grenzen offen.", "de", "2019-12-20", ("Heiligabend", "2019-12-24")),
    ("Die Feier zum Tag der Deutschen Einheit findet in Kiel statt.", "de", "2019-09-30",
     ("Tag der Deutschen Einheit", "2019-10-03")),
    ("Die Gespräche gehen nach Ostermontag weiter.", "de", "2024-03-28", ("Ostermontag", "2024-04-01")),
    ("Shops close early on Christmas Eve.", "en", "2020-01-03", ("Christmas Eve", "2019-12-24")),
    ("Rallies are planned for International Women's Day.", "en", "2021-03-05",
     ("International Women's Day", "2021-03-08")),
])
def test_named_days_take_their_nearest_occurrence(run, text, lang, published, expected):
    assert expected in values(run(text, published, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Gipfel begann am 3. Juni. Am Vorabend hatten Tausende demonstriert.", "de",
     ("Am Vorabend", "TIME", "2019-06-02TEV")),
    ("Der Gipfel begann am 3. Juni. Später am Tag reiste die Delegation ab.", "de",
     ("Später am Tag", "DATE", "2019-06-03")),
    ("Der Gipfel begann am 3. Juni. An diesem Tag blieben die Schulen geschlossen.", "de",
     ("An diesem Tag", "DATE", "2019-06-03")),
    ("Der Gipfel begann am 3. Juni. Am Abend desselben Tages gab es ein Bankett.", "de",
     ("Am Abend desselben Tages", "TIME", "2019-06-03TEV")),
    ("The summit opened on June 3. That same day, the border was closed.", "en",
     ("That same day", "DATE", "2019-06-03")),
    ("The summit opened on June 3. A day prior, the border had been closed.", "en",
     ("A day prior", "DATE", "2019-06-02")),
    ("The summit opened on June 3. Two days prior to the opening, talks broke down.", "en",
     ("Two days", "DURATION", "P2D")),
])
def test_chained_phrasings_take_the_date_told_before(run, text, lang, expected):
    assert expected in typed(run(text, "2019-06-14", lang))


def test_a_day_with_a_relative_clause_is_no_chain(run):
    found = typed(run("Der Gipfel begann am 3. Juni. An dem Tag, an dem er endete, regnete es.", "2019-06-14", "de"))
    assert not any(text.startswith("An dem Tag") for text, _, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("Am Samstag vor einer Woche wurde die Brücke gesperrt.", "de", ("Am Samstag vor einer Woche", "2019-06-08")),
    ("Am Mittwoch vor zwei Wochen kam der Bescheid.", "de", ("Am Mittwoch vor zwei Wochen", "2019-05-29")),
    ("Am Freitag der Vorwoche tagte der Rat.", "de", ("Am Freitag der Vorwoche", "2019-06-07")),
    ("A week ago Saturday the bridge was closed.", "en", ("A week ago Saturday", "2019-06-08")),
    ("The council met on Friday of last week.", "en", ("on Friday of last week", "2019-06-07")),
])
def test_a_weekday_named_weeks_back(run, text, lang, expected):
    assert expected in values(run(text, "2019-06-15", lang))


@pytest.mark.parametrize("text, published, expected", [
    # the weekday decides the year, whatever the tense of the clause
    ("Dafür wurde eine Sitzung am kommenden Dienstag, den 23. Juli, angesetzt.", "2019-07-17",
     ("23. Juli", "2019-07-23")),
    ("Der Rat könnte dann am Mittwoch, 13. Januar abstimmen.", "2021-01-09", ("13. Januar", "2021-01-13")),
    ("Drei Kundgebungen fanden am Samstagmorgen, dem 10.02.2018, in Worms statt.", "2018-02-23",
     ("am Samstagmorgen", "2018-02-10TMO")),
])
def test_a_weekday_apposed_to_a_day_fixes_its_year_and_takes_its_value(run, text, published, expected):
    assert expected in values(run(text, published, "de"))


@pytest.mark.parametrize("text, published, expected", [
    # German infinitives in -ten ("gelten", "zurücktreten", "zusammenarbeiten") are no past forms
    ("In Ulm soll die Regel erst ab dem 10. April gelten.", "2021-03-28", ("10. April", "2021-04-10")),
    ("Er teilte mit, dass die Chefin zum 15. August zurücktreten wird.", "2019-08-11", ("15. August", "2019-08-15")),
    ("Damit der Plan zur Abstimmung am 15. August eingehalten werden kann, tagt der Rat.", "2005-07-31",
     ("am 15. August", "2005-08-15")),
    # a capitalised "Stand" is the noun, no past of "stehen"
    ("Die Anmeldung schließt nach derzeitigem Stand am 30. November.", "2019-07-24",
     ("am 30. November", "2019-11-30")),
    # "vom März": the date of a source lies back
    ("Laut einer Studie vom März würde die Zahl steigen.", "2006-05-10", ("März", "2006-03")),
])
def test_infinitives_nouns_and_sources_do_not_mislead_the_year(run, text, published, expected):
    assert expected in values(run(text, published, "de"))


@pytest.mark.parametrize("text, expected", [
    ("The suspect stays in jail until his next hearing on April 5.", ("on April 5", "2019-04-05")),
    ("The next largest city reported 300 cases as of Wednesday.", ("Wednesday", "2019-03-13")),
    ("She joined the lab in March of 2016.", ("in March of 2016", "2016-03")),
])
def test_english_next_points_ahead_and_a_month_of_a_year(run, text, expected):
    assert expected in values(run(text, "2019-03-17", "en"))


def test_german_following_unit_compounds_are_chains(run):
    out = run("Im Jahr 2016 wurde Ivo Brandt gewählt. Im Folgejahr trat er zurück.", "2019-05-10", "de")
    assert ("Folgejahr", "DATE", "2017") in timexes(out)
    out = run("Im März 2018 begann der Streik in Kolm. Erst im Folgemonat lenkte die Firma ein.",
              "2019-05-10", "de")
    assert ("Folgemonat", "DATE", "2018-04") in timexes(out)


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
    ("Vor wenigen Stunden meldete die Agentur von Kolm den Rücktritt.", "de", "Vor wenigen Stunden"),
    ("Vor mehreren Jahren lebte Ivo Brandt in Kolm.", "de", "Vor mehreren Jahren"),
    ("Hours ago the agency of Tarnia reported the resignation.", "en", "Hours ago"),
    ("A few minutes ago the envoy of Tarnia left the room.", "en", "A few minutes ago"),
])
def test_some_time_back_is_a_past_reference(run, text, lang, expected):
    assert (expected, "DATE", "PAST_REF") in timexes(run(text, "2019-12-20", lang))


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
