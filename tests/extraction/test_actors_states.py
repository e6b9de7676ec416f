"""States: when a state name, a capital or a demonym is a state actor, and when it is only a place,
part of a longer name or a qualifier of another noun. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import _actors, actor_names, DAY, participant_lists, speakers, states


def test_the_two_congos_are_two_states(run):
    out = run("Delegations from the Democratic Republic of the Congo and the Republic of the Congo met in "
              "Doha on Wednesday.", "2025-08-22", "en")
    codes = {a["country"] for a in out["actors"] if a["kind"] == "state"}
    assert {"CD", "CG"} <= codes


def test_a_state_name_inside_a_longer_name_is_no_state(run):
    out = run("The former New Mexico governor Hal Brant told Agence France-Presse on Monday that "
              "patrols in the South China Sea must stop.", "2024-05-08", "en")
    assert "Hal Brant" in actor_names(out)
    assert not {"Mexico", "France", "China"} & set(actor_names(out))


def test_a_state_after_a_weekday_is_still_the_state(run):
    out = run("Die Außenministerin Lena Kurz hat am Dienstag Usbekistan besucht.", "2024-05-08", "de")
    assert "Usbekistan" in actor_names(out)


def test_a_state_named_as_a_place_is_an_actor_one_only_qualifying_a_noun_is_not(run):
    # docs/annotation.md, "States named in the text"
    out = run("A U.S. national was arrested on Friday in Bogota, Colombia. The president of Namibia "
              "flew to Kenya.", "2024-03-15", "en")
    names = actor_names(out)
    assert {"Colombia", "Namibia", "Kenya"} <= set(names)
    assert not {"United States", "US", "U.S."} & set(names)


def test_a_german_state_in_a_hyphen_compound_is_no_actor_but_after_in_it_is(run):
    out = run("Der US-Botschafter kritisierte am Montag die Lage in Frankreich.", "2024-03-15", "de")
    names = actor_names(out)
    assert "Frankreich" in names
    assert not {"USA", "Vereinigte Staaten"} & set(names)


def test_a_german_land_that_acts_is_an_organisation_one_named_as_a_place_is_not(run):
    out = run("Bayern werde den Beschluss nicht umsetzen, erklärte Ministerin Karla Huber am Freitag. "
              "Die Klagen der Länder Hessen und Saarland wies das Gericht ab. In Thüringen blieb es "
              "ruhig, auch in Erfurt (Sachsen-Anhalt sah man es ähnlich).", "2024-03-15", "de")
    lands = {a["name"]: a for a in out["actors"] if a["kind"] == "organization"}
    assert {"Bayern", "Hessen", "Saarland"} <= set(lands)
    assert lands["Bayern"]["country"] == "DE"
    assert "Thüringen" not in actor_names(out)


def test_a_dependent_territory_is_a_place_not_a_state(run):
    out = run("Finance Minister Lena Park arrived in Hong Kong on Monday after a stop in Guam. "
              "She met Chile's trade minister there.", "2024-05-08", "en")
    states = [a["name"] for a in out["actors"] if a["kind"] == "state"]
    assert "Chile" in states
    assert "Hong Kong" not in states and "Guam" not in states
    assert not any("Hong Kong" in names for names in participant_lists(out))


def test_a_state_name_with_a_strong_adjective_is_found_after_an_article(run):
    # "Vereinigtes Königreich" after "das" and "dem" is "Vereinigte"/"Vereinigten".
    out = run("Das Vereinigte Königreich erklärte am Montag, die Soldaten seien in fremden Gewässern "
              "gewesen.", "2024-05-08", "de")
    assert [(a["kind"], a["country"]) for a in out["actors"]] == [("state", "GB")]
    assert len(speakers(out)) == 1
    # weak plural: adjectives in -en, the noun as it is
    out = run("Die Vereinigten Arabischen Emirate erklärten am Montag, sie seien bereit.", "2024-05-08", "de")
    assert [(a["kind"], a["country"]) for a in out["actors"]] == [("state", "AE")]


@pytest.mark.parametrize("text, place", [
    # round 22: "outside" is a locative for every name, not only a body's seat ("outside
    # Downing Street", round 21): a meeting held outside a town is placed there, and a
    # capital after it stays a place, as after "in"
    ("Foreign Minister Jan Holt of Norway met President Ola Berg of Freedonia outside Bergen on Monday.", "Bergen"),
    ("Foreign Minister Jan Holt of Norway met President Ola Berg of Freedonia outside Moscow on Monday.", "Moscow"),
])
def test_a_meeting_outside_a_town_is_placed_there(run, text, place):
    out = run(text, DAY, "en")
    assert [(sorted(e["participants"]), e["place"]) for e in out["events"]] == [(["Jan Holt", "Ola Berg"], place)]


def test_city_state_alone_stays_a_place(run):
    # look-alike: without "Land" the name is the city
    assert not actor_names(run("Der Bürgermeister reiste am Montag nach Bremen.", DAY, "de"))


def test_a_list_after_a_place_preposition_holds_places(run):
    # "aus Bayern, Hamburg und Nordrhein-Westfalen": every name of the list is a place, as
    # the first after "aus" is
    out = run("Die Umfragen aus Bayern, Hamburg und Nordrhein-Westfalen zeigen einen Trend.", DAY, "de")
    assert not actor_names(out)


def test_a_name_in_capitals_for_emphasis_joins_the_known_name():
    import datetime as dt

    from articles.extraction.actors import Actor, Registry
    reg = Registry("de", dt.date(2020, 6, 10))
    caps = Actor("org:grüne-caps", "organization", "GRÜNE")
    known = Actor("org:GRUENE", "organization", "Grüne", known=True)
    reg.actors = {caps.key: caps, known.key: known}
    reg.merge_spellings()
    assert list(reg.actors) == ["org:GRUENE"]


@pytest.mark.parametrize("text, lang", [
    ("Die Ministerin sagte, dass Amerika auch ohne neue Zölle stark bleibe.", "de"),
    ("Sie warnte vor schlechteren Beziehungen zu Amerika.", "de"),
    ("The senator said that America must lead on trade.", "en"),
])
def test_america_standing_alone_is_the_united_states(run, text, lang):
    # "dass Amerika …", "relations with America": the state, as the gold names it
    out = run(text, "2024-05-08", lang)
    assert [c for _, kind, c in _actors(out) if kind == "state"] == ["US"]


@pytest.mark.parametrize("text, lang", [
    ("The minister flew on to South America on Monday.", "en"),
    ("He spoke on Voice of America about the election.", "en"),
    ("Der Minister reiste weiter nach Südamerika.", "de"),
])
def test_america_inside_a_longer_name_stays_no_state(run, text, lang):  # look-alike
    out = run(text, "2024-05-08", lang)
    assert "US" not in [c for _, kind, c in _actors(out) if kind == "state"]


def test_a_title_before_a_states_name_is_no_person(run):
    # "Captain America": a figure of a film, no person named "America"
    out = run("The first film was Captain America: Winter Tale, which the studio released in May.",
              "2024-05-08", "en")
    assert _actors(out, "person") == []


@pytest.mark.parametrize("text,published,lang,code", [
    ("Ankara warned on Monday that the border would stay closed.", "2024-05-08", "en", "TR"),
    ("Relations between Canberra and Wellington have cooled since the spring.", "2024-05-08", "en", "NZ"),
    ("Wien reagierte am Dienstag zurückhaltend auf den Vorschlag.", "2024-05-08", "de", "AT"),
    ("Die Beziehungen zwischen Oslo und Helsinki gelten als eng.", "2024-05-08", "de", "FI"),
])
def test_a_capital_that_acts_or_has_relations_stands_for_its_state(run, text, published, lang, code):
    assert code in states(run(text, published, lang))


@pytest.mark.parametrize("text,published,lang,code", [
    ("The minister was heading for Nairobi when the plane turned back.", "2024-05-08", "en", "KE"),
    ("The minister was heading to Lima when the plane turned back.", "2024-05-08", "en", "PE"),
    ("The convoy reached Kabul on Sunday.", "2024-05-08", "en", "AF"),
    ("Die Delegation verließ Kiew am Montag.", "2024-05-08", "de", "UA"),
    ("Storms damaged the towns of Lorca, Madrid and Alcoy on Sunday.", "2024-05-08", "en", "ES"),
    ("Thousands marched through the Peruvian capital Lima on Sunday.", "2024-05-08", "en", "PE"),
    ("Lissabon war lange eine Handelsstadt.", "2024-05-08", "de", "PT"),
    ("Roms Bürgermeisterin Anna Conti eröffnete am Montag die Ausstellung.", "2024-05-08", "de", "IT"),
])
def test_a_capital_named_as_the_city_is_no_state(run, text, published, lang, code):
    assert code not in states(run(text, published, lang))


def test_a_capital_that_opens_a_paragraph_and_acts_stands_for_its_state(run):
    out = run("Die Gespräche endeten am Montag ohne Ergebnis.\n\nTokio verfolgt den Streit aufmerksam.",
              "2024-05-08", "de")
    assert "JP" in states(out)


def test_a_state_named_only_in_the_dative_gets_its_nominative_name(run):
    out = run("Im Vereinigten Königreich wurde am Montag ein neues Parlament gewählt.", "2024-05-08", "de")
    assert "Vereinigtes Königreich" in actor_names(out)


@pytest.mark.parametrize("text, language, expected", [
    ("Prime Minister Ann Lee of Ghana said the talks would continue.", "en", ("Ann Lee", "GH")),
    ("Außenminister Karl Obi von Nigeria sagte, die Gespräche gingen weiter.", "de", ("Karl Obi", "NG")),
    ("Außenminister Karl Obi aus Nigeria sagte, die Gespräche gingen weiter.", "de", ("Karl Obi", "NG")),
])
def test_a_state_after_of_or_von_right_after_a_name_is_the_persons_country(run, text, language, expected):
    out = run(text, "2020-03-20", language)
    assert [(a["name"], a["country"]) for a in out["actors"] if a["kind"] == "person"] == [expected]


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Bann gegen die Kundgebung bleibt bestehen, die Kita im Viertel schließt im Mai."),
    ("de", "Im Wirtshaus am Markt trafen sich Sophia und Ariel zum Essen."),
    ("en", "Retail chief Ian Lewis said the stores in Salem and Philadelphia would stay open."),
])
def test_words_and_names_that_geonames_lists_for_a_capital_name_no_state(run, lang, text):
    # GeoNames gives "Bann" for Bern, "Kita" for Quito, "Wirtshaus" for Charlotte Amalie,
    # "Lewis" for St. George's, "Sophia", "Ariel", "Salem", "Philadelphia" for other capitals:
    # gazetteer.CAPITAL_STOP (round 21)
    out = run(text, "2024-05-08", lang)
    assert [a["name"] for a in out["actors"] if a["kind"] == "state"] == []


@pytest.mark.parametrize("text", [
    "Film star Marcus Washington said the drama school had shaped his career.",
    "Film critic Tobias Lima said the festival had shaped his career.",
])
def test_a_capitals_name_after_a_first_name_is_a_surname(run, text):
    # class "a capital's name as a surname" (round 21): a (private) person, no state speaks
    out = run(text, "2024-05-08", "en")
    assert states(out) == set()
    assert speakers(out) == []


@pytest.mark.parametrize("text, speaker", [
    ("Ilka Paris erklärte am Montag, das Gesetz sei falsch.", "Ilka Paris"),
    ("Auch Jorid Oslo kritisierte den Plan der Regierung.", "Jorid Oslo"),
])
def test_a_capitals_name_after_a_german_first_name_is_a_surname(run, text, speaker):
    # the German half of the class (round 22): a rare proper noun before the capital
    out = run(text, "2024-05-08", "de")
    assert states(out) == set()
    assert speakers(out) == [speaker]


@pytest.mark.parametrize("text", [
    "Am Dienstag Moskau zu verlassen, sei nicht geplant, sagte Lena Marx.",
    "Der Zug aus Kassel Paris erreichte die Stadt am Abend.",
])
def test_guard_a_german_noun_or_place_before_a_capital_is_no_first_name(run, text):  # look-alikes
    out = run(text, "2024-05-08", "de")
    assert not [a for a in out["actors"] if a["kind"] == "person" and a["name"] != "Lena Marx"]


@pytest.mark.parametrize("text, part", [
    ("Downtown Lima was quiet on Monday, Senator Mark Lund said.", "Downtown Lima"),
    ("East Jerusalem was quiet on Monday, Senator Mark Lund said.", "East Jerusalem"),
])
def test_a_part_of_a_city_before_its_name_is_no_first_name(run, text, part):  # look-alikes
    out = run(text, "2024-05-08", "en")
    assert speakers(out) == ["Mark Lund"]
    assert part not in {a["name"] for a in out["actors"]}
