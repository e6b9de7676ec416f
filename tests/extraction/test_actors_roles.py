"""Actors' roles: titles and appositions that give a person's role and country, titles that are
no part of the name, office holders named by their office. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (actor, actor_names, CONTEXT_DE, CONTEXT_EN, DAY, participant_lists, speakers,
                      statements)


def test_states_in_genitive_after_a_role_noun_only_qualify_it(run):
    out = run("Die Verteidigungsminister Finnlands und Schwedens, Mikko Laaksonen und Karin Holmberg, "
              "haben sich am Donnerstag in Hanko getroffen.", "2021-11-13", "de")
    assert participant_lists(out) == [["Karin Holmberg", "Mikko Laaksonen"]]


def test_a_body_qualifying_a_role_is_named_but_takes_no_part(run):
    out = run("Außenministerin Annette Vogel traf am Montag den Präsidenten des Senats, "
              "Pablo Ruiz, in Santiago.", "2020-05-06", "de")
    assert participant_lists(out) == [["Annette Vogel", "Pablo Ruiz"]]
    assert "Senat" in actor_names(out)


def test_a_list_after_a_name_is_no_apposition_and_a_capitalised_title_is_a_title(run):
    out = run("Professor Jo Lund of Ohio, the party's presidential nominee, won on the fourth ballot, "
              "edging attorney Max Hale, performance artist Ivo Stein and activist Ada Kern.",
              "2024-05-08", "en")
    assert {"Jo Lund", "Max Hale"} <= set(actor_names(out))


def test_role_and_country_from_an_apposition_before_or_after_the_name(run):
    en = run("Paul Weber, the Defence Secretary, said the attack was cowardly. The mayor of Springfield, "
             "Anna Lind, said she was shocked. Lea Brandt, the Prime Minister of Norway, met Omar Diaz, a "
             "Chilean peace envoy, on Monday. Tom Akers, spokesperson for the Labour Party, said no. Jo Hale, "
             "who works for a bank, said it was fine.", "2024-05-08", "en")
    got = {a["name"]: (a["role"], a["country"]) for a in en["actors"] if a["kind"] == "person"}
    # Jo Hale, who works for a bank, gets no role; saying "it was fine" in a sentence of no
    # public affairs, she is no actor either (docs/annotation.md, "Scope")
    assert got == {"Paul Weber": ("Defence Secretary", None), "Anna Lind": ("Mayor", None),
                   "Lea Brandt": ("Prime Minister", "NO"), "Omar Diaz": ("Envoy", "CL"),
                   "Tom Akers": ("Spokesperson", None)}
    de = run("Paul Weber, der Verteidigungsminister Norwegens, sagte, der Angriff sei feige. Die "
             "Botschafterin der Vereinigten Staaten in Chile, Anna Lind, sagte, sie sei schockiert.",
             "2024-05-08", "de")
    got = {a["name"]: (a["role"], a["country"]) for a in de["actors"] if a["kind"] == "person"}
    # the apposition is no second person: "Botschafterin der Vereinigten Staaten" is Anna Lind
    assert got == {"Paul Weber": ("Verteidigungsminister", "NO"), "Anna Lind": ("Botschafterin", "US")}


def test_a_monarch_or_pope_is_named_with_the_title_and_a_movement_keeps_its_word(run):
    en = run("The Houthi movement in Yemen claimed it had carried out the raid. Pope Francis said on Monday "
             "the victims had rights. Queen Elizabeth II approved the plan.", "2024-05-08", "en")
    assert {"Houthi movement", "Pope Francis", "Queen Elizabeth II"} <= actor_names(en)
    assert speakers(en) == ["Houthi movement", "Pope Francis"]
    de = run("Papst Franziskus sagte am Montag, die Opfer hätten Rechte. Präsident Paul Weber lobte ihn.",
             "2024-05-08", "de")
    assert {"Papst Franziskus", "Paul Weber"} <= actor_names(de)


def test_a_body_named_after_its_state_is_one_organisation_a_title_after_a_state_is_not(run):
    out = run("The United States Department of Energy said on Monday that the plant was safe. The "
              "U.S. Army Gen. Rita Moss agreed. US President Dan Cole said nothing.", "2024-03-15", "en")
    orgs = {a["name"]: a for a in out["actors"] if a["kind"] == "organization"}
    assert orgs["United States Department of Energy"]["country"] == "US"
    assert "U.S. Army" in orgs
    assert "Rita Moss" in actor_names(out) and "Dan Cole" in actor_names(out)
    assert speakers(out)[0] == "United States Department of Energy"


def test_a_person_without_role_in_a_sentence_of_politics_stays_an_actor(run):
    out = run("The jazz singer Ida Marsh died on Sunday at 88. In 1994 she sang at the inauguration "
              "of the newly elected governor, Paul Lind.", "2024-05-08", "en")
    assert "Paul Lind" in actor_names(out)
    out = run("Len Hale lost the election for the seat to a rival in 2012. He now teaches music.",
              "2024-05-08", "en")
    assert "Len Hale" in actor_names(out)


def test_a_title_of_a_place_before_a_name_gives_role_and_country(run):
    out = run("Mayor of London Amir Shah wrote on Monday that the city was safe. Foreign Minister of "
              "Japan Ken Mori met President of Chile Ana Soto in Lima on Tuesday.", "2024-05-08", "en")
    people = {a["name"]: (a["role"], a["country"]) for a in out["actors"] if a["kind"] == "person"}
    assert people == {"Amir Shah": ("Mayor", "GB"), "Ken Mori": ("Foreign Minister", "JP"),
                      "Ana Soto": ("President", "CL")}
    assert speakers(out) == ["Amir Shah"]
    assert participant_lists(out) == [["Ana Soto", "Ken Mori"]]


def test_first_lady_is_a_title(run):
    out = run("President Tom Hale said on Friday that he and First Lady Ann Hale had tested positive.",
              "2024-05-08", "en")
    people = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert people == {"Tom Hale": "President", "Ann Hale": "First Lady"}


def test_a_title_of_a_place_with_the_name_in_apposition(run):
    out = run("The Mayor of London, Amir Shah, said on Monday the city was safe. The former mayor of "
              "Springfield, Oregon, came second in the vote.", "2024-05-08", "en")
    people = {a["name"]: (a["role"], a["country"]) for a in out["actors"] if a["kind"] == "person"}
    assert people == {"Amir Shah": ("Mayor", "GB")}


def test_a_german_body_after_a_contracted_article_is_named_and_a_title_before_a_name_is_none(run):
    out = run("Die Partei verlor ihre Mehrheit im Landtag. Danach sprach der Bundesrat dem Gesetz die "
              "Zustimmung ab. Die Schweizer Bundesrätin Eva Lind reiste am Montag nach Oslo.", "2024-05-08", "de")
    orgs = {a["name"] for a in out["actors"] if a["kind"] == "organization"}
    assert {"Landtag", "Bundesrat"} <= orgs
    assert {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"} == {"Eva Lind": "Bundesrätin"}


def test_a_german_apposition_after_a_verb_of_saying_gives_the_role_and_a_genitive_place_is_no_person(run):
    out = run("„Wir brauchen mehr Kameras“, sagte der Innenminister Brandenburgs, Jörg Klein (CDU). Gegen den "
              "Oberbürgermeister Kaiserslauterns, Klaus Weber, wird ermittelt.", "2024-03-14", "de")
    persons = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert persons == {"Jörg Klein": "Innenminister", "Klaus Weber": "Oberbürgermeister"}
    assert speakers(out) == ["Jörg Klein"]  # the party in brackets closes the apposition


def test_the_city_a_title_is_of_is_no_state_and_a_mission_is_named_with_its_city(run):
    out = run("\"The city will not be divided,\" tweeted Mayor of Paris Anne Roux on Monday. According to the "
              "U.S. embassy in Nairobi, the road was closed.", "2024-03-14", "en")
    assert speakers(out) == ["Anne Roux", "U.S. embassy in Nairobi"]
    assert "France" not in actor_names(out)


def test_an_official_in_an_apposition_stays_an_actor(run):
    # look-alike: an apposition of office without its article
    out = run("Jon Eke, head of the customs agency, said the border was closed.", DAY, "en")
    assert "Jon Eke" in actor_names(out)


@pytest.mark.parametrize("text,name,role", [
    ("Die Regierung beriet über die Krise. Es sprach der frühere DDR-Bürgerrechtler Konrad Meisel.",
     "Konrad Meisel", "Bürgerrechtler"),
    ("Die Regierung beriet über die Krise. Der saarländische SPD-Verkehrspolitiker Jonas Brink "
     "bemängelte die Pläne.", "Jonas Brink", "Politiker"),
    ("Die Regierung beriet über die Krise. Die Entlassung des damaligen BND-Direktors Lukas Wendt "
     "hatte Folgen.", "Lukas Wendt", "Direktor"),
    ("Die Regierung beriet über die Krise. Im Bericht des Sonderermittlers Tobias Kern hieß es, "
     "die Wahl sei beeinflusst worden.", "Tobias Kern", "Ermittler"),
    ("Die Regierung beriet über die Krise. Erzbischof Anselm Hauk rief zur Ruhe auf.",
     "Anselm Hauk", "Bischof"),
])
def test_a_title_of_public_life_before_a_name_gives_the_role(run, text, name, role):
    out = run(text, "2020-06-10", "de")
    assert role.lower() in (actor(out, name)["role"] or "").lower()


def test_a_nominalised_verb_after_a_title_is_no_name(run):
    out = run("Die Partei will den 45-jährigen Meisel vorschlagen, der als Wirtschaftspolitiker "
              "Ansehen genießt.", "2020-06-10", "de")
    assert "Ansehen" not in actor_names(out)


def test_a_role_in_an_apposition_is_given_in_the_nominative(run):
    out = run("Die Regierung beriet über die Krise. Sie übernimmt die Aufgaben des zurückgetretenen "
              "Kommunikationsdirektors des Kanzleramts, Paul Heck.", "2020-06-10", "de")
    assert actor(out, "Paul Heck")["role"] == "Kommunikationsdirektor"


def test_a_councillor_before_a_name_is_a_role_not_the_council(run):
    out = run("Die Regierung beriet über die Krise. Der Stadtrat Max Mohr sagte, der Plan sei gut.",
              "2020-06-10", "de")
    assert actor(out, "Max Mohr")["role"] == "Stadtrat"
    assert "Stadtrat" not in actor_names(out)


def test_an_office_of_several_states_takes_the_state_of_its_holder_that_day(run):
    # "Bundeskanzler" is an office in Germany and Austria; the leaders table knows whose it was
    out = run("Bundeskanzler Sebastian Kurz sagte am Montag, die Regierung bleibe im Amt.", "2019-05-20", "de")
    kurz = next(a for a in out["actors"] if a["name"] == "Sebastian Kurz")
    assert (kurz["role"], kurz["country"]) == ("Bundeskanzler", "AT")


def test_a_spokesperson_for_a_titled_person_names_no_organisation(run):
    out = run("Cardinal Ugo Marin and a spokesperson for President Dario Velasco both wrote letters.",
              "2024-05-08", "en")
    assert not [a for a in out["actors"] if a["kind"] == "organization"]
    assert actor(out, "Dario Velasco")["kind"] == "person"


def test_a_title_at_the_end_of_an_organisations_name_is_the_persons(run):
    out = run("The order came from Coast Guard Commandant Admiral Elmer Quinto on Monday.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Coast Guard" in names
    assert "Coast Guard Commandant" not in names
    assert actor(out, "Elmer Quinto")["kind"] == "person"


def test_a_body_word_before_a_title_and_a_name_is_part_of_the_role(run):
    out = run("Senate minority leader Ana Lopes said the tweets were a threat. "
              "Assembly president Jan Roth said it was a sad day.", "2024-05-08", "en")
    assert actor_names(out) == {"Ana Lopes", "Jan Roth"}


def test_the_prime_ministry_is_an_office_not_a_body(run):
    out = run("Last week the actress said she would run for the prime ministry on a list of her own.",
              "2024-05-08", "en")
    assert "ministry" not in {n.lower() for n in actor_names(out)}


def test_a_preposition_before_a_title_opens_no_description(run):
    out = run("On Monday, the administrator sent a letter to President-elect Jon Hale and his team. "
              "The president said on Tuesday that the offices were ready.", "2024-05-08", "en")
    assert not any(n.lower().startswith("letter") for n in actor_names(out))
    assert speakers(out) == ["Jon Hale"]


def test_a_title_word_that_opens_a_bodys_name_stays_in_it(run):
    out = run("On Monday the head of the United States General Services Administration, Ana Lopes, wrote "
              "a letter. The General Services Administration usually waits for the final count.", "2024-05-08", "en")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in orgs] == ["United States General Services Administration"]
    assert "General Services Administration" in orgs[0]["aliases"]


def test_guard_the_prime_ministry_is_an_office(run):
    out = run("In 2010 Ana Ruiz regained the prime ministry of Peru for a second term.", "2024-05-08", "en")
    assert "prime ministry" not in actor_names(out)


@pytest.mark.parametrize("lang, text", [
    ("de", "Anna Berg, die Ehefrau des US-Präsidenten Tom Berg, sagte, sie reise nach Japan."),
    ("en", "Anna Berg, the wife of President Tom Berg, said she would travel to Japan."),
])
def test_a_title_in_a_genitive_complement_belongs_to_the_other_person(run, lang, text):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    roles = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert roles["Anna Berg"] is None and roles["Tom Berg"] in ("Präsident", "US-Präsident", "President")


def test_an_apposition_closed_by_a_comma_belongs_to_the_name_before_it(run):
    # "X, der frühere Botschafter in Paris, bezeichnete Y als …": the role is X's, not Y's
    out = run(CONTEXT_DE + "Im Mai bezeichnete Karl Roux, der frühere französische Botschafter in Washington, "
              "Donald Trump als „etwas primitiv“.", "2019-07-08", "de")
    actors = {a["name"]: a for a in out["actors"]}
    assert actors["Karl Roux"]["country"] == "FR"
    assert actors["Donald Trump"]["country"] != "FR"


def test_a_plural_title_before_a_list_gives_each_name_its_role(run):
    # "Senators A, B and C": the title is no part of the first name, and every name of the
    # list holds it (each a public-affairs person)
    out = run("The bill was backed by Senators Ana Whitfield, Tom Berrigan and Lisa Okafor on Monday.",
              "2024-05-08", "en")
    roles = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert roles == {"Ana Whitfield": "Senator", "Tom Berrigan": "Senator", "Lisa Okafor": "Senator"}


@pytest.mark.parametrize("text, lang, expected", [
    # the row after a comma or colon, and a bracket after each name
    ("Two Democratic Representatives, Ana Whitfield and Tom Berrigan, voted against the bill.", "en",
     {"Ana Whitfield": "Representative", "Tom Berrigan": "Representative"}),
    ("Als Kandidaten traten Jonas Feld (CDU), Marta Kühn (SPD) und Ilse Brand (Grüne) an.", "de",
     {"Jonas Feld": "Kandidat", "Marta Kühn": "Kandidat", "Ilse Brand": "Kandidat"}),
    ("Für den Vorsitz haben sich bisher drei Kandidaten gemeldet: Udo Marx, Lena Stahl und Ben Roth.", "de",
     {"Udo Marx": "Kandidat", "Lena Stahl": "Kandidat", "Ben Roth": "Kandidat"}),
    ("Die Bundestagsabgeordneten Jonas Feld und Marta Kühn stimmten dagegen.", "de",
     {"Jonas Feld": "Abgeordnete", "Marta Kühn": "Abgeordnete"}),
    # a German verb after the title with no "als" or colon: the names are its objects
    ("Die Minister empfingen am Montag Jonas Feld und Marta Kühn in Berlin.", "de", {"Jonas Feld": None, "Marta Kühn": None}),
    # one name after a comma: an apposition's business, not a row
    ("The Senators, Ana Whitfield said, will vote on Friday.", "en", {"Ana Whitfield": None}),
])
def test_a_plural_title_before_a_row_of_names_after_a_comma_or_a_verb(run, text, lang, expected):
    out = run(text, "2024-05-08", lang)
    roles = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert roles == expected


@pytest.mark.parametrize("text, expected", [
    ("In Manitoba, provincial police Detective Constable Mark Tellier stated to a radio station in "
     "late June that the closure had changed the drug supply.", ("Mark Tellier", "Detective Constable")),
    ("Chief Superintendent Ruth Amadi said the road would stay closed until Friday.",
     ("Ruth Amadi", "Chief Superintendent")),
    ("Sergeant Paulo Reis told reporters that two men had been arrested.", ("Paulo Reis", "Sergeant")),
])
def test_a_police_rank_is_a_title_before_a_name(run, text, expected):
    # the small English NER misses a name after one or two rank words: the rank is a title,
    # the person speaks with it as role
    out = run(text, "2024-05-08", "en")
    assert [(a["name"], a["role"]) for a in out["actors"] if a["kind"] == "person"] == [expected]
    assert [speaker for speaker, _ in statements(out)] == [expected[0]]


def test_a_title_of_a_place_after_von_der_stays_no_person(run):
    # look-alike: "Bürgermeister von der Insel X": a place after the particles, no surname
    out = run("Der Bürgermeister von der Insel Rügen sagte, die Fähre fahre wieder.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"] if a["kind"] == "person"] == []


def test_a_title_of_two_words_inside_the_taggers_person_is_split_off(run):
    # the English NER takes "Crown Prince" into the person's name: the title of two words
    # is the role, not part of the name
    out = run("On Monday, Crown Prince Faisal bin Khalid of Oman accepted responsibility for the attack.",
              "2024-05-08", "en")
    assert [(a["name"], a["role"]) for a in out["actors"] if a["kind"] == "person"] \
        == [("Faisal bin Khalid", "Crown Prince")]


@pytest.mark.parametrize("text, language, expected", [
    ("Qatari Emir Tamim bin Hamad Al Thani met President John Reed in Doha.", "en",
     ("Tamim bin Hamad Al Thani", "Emir", "QA")),
    ("Sultan Haitham bin Tariq said the talks would continue.", "en", ("Haitham bin Tariq", "Sultan", None)),
    ("Der katarische Emir Tamim bin Hamad Al Thani sagte, die Gespräche gingen weiter.", "de",
     ("Tamim bin Hamad Al Thani", "Emir", "QA")),
])
def test_emirs_and_sultans_are_titles_and_the_family_name_after_al_stays(run, text, language, expected):
    out = run(text, "2020-03-20", language)
    assert expected in [(a["name"], a["role"], a["country"]) for a in out["actors"] if a["kind"] == "person"]


def test_an_opposition_leader_is_one_title_and_the_demonym_before_it_gives_the_country(run):
    out = run("Venezuelan opposition leader Juan Pérez said the talks would continue.", "2020-03-20", "en")
    assert [(a["name"], a["role"], a["country"]) for a in out["actors"]] == [("Juan Pérez", "Opposition Leader", "VE")]


@pytest.mark.parametrize("text, language, expected", [
    ("Foreign Minister Ann Lee met her Japanese counterpart Taro Sato in Tokyo on Tuesday.", "en",
     ("Taro Sato", "JP")),
    ("President John Reed spoke with his French counterpart, Luc Moreau, on Tuesday.", "en", ("Luc Moreau", "FR")),
    ("Der polnische Außenminister Jan Nowak traf seinen ukrainischen Amtskollegen Dmytro Kowal in Kiew.",
     "de", ("Dmytro Kowal", "UA")),
    # look-alike that must stay: no demonym, no country
    ("Foreign Minister Ann Lee met her counterpart Taro Sato in Tokyo on Tuesday.", "en", ("Taro Sato", None)),
])
def test_the_demonym_before_a_counterpart_gives_the_counterparts_country(run, text, language, expected):
    out = run(text, "2020-03-20", language)
    assert expected in [(a["name"], a["country"]) for a in out["actors"] if a["kind"] == "person"]


def test_the_place_of_a_title_is_no_part_of_the_name(run):
    out = run("On Tuesday, United States Senator from Ohio Dana Pruitt endorsed the campaign of "
              "Governor Tim Ray.", "2024-05-08", "en")
    assert speakers(out) == ["Dana Pruitt"]
