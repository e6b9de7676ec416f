"""Public bodies and organisations: the whole name of a body and its state, the aliases of one body
(abbreviations, head nouns, inflected forms), which body a bare common noun names, and when two
bodies stay two. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_lower_names, actor, actor_names, actors, DAY, participant_lists, speakers,
                      statements, states)


def _actors(out: dict) -> dict[str, dict]:
    return {a["name"]: a for a in out["actors"]}


def _actor(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["name"] == name)


def test_the_body_of_a_spokesperson_in_the_nominative():
    from articles.extraction.actors import spokesperson_body

    assert spokesperson_body("Sprecherin der armenischen Regierung", "de") == "armenische Regierung"
    assert spokesperson_body("Sprecher des Auswärtigen Amts", "de") == "Auswärtiges Amt"
    assert spokesperson_body("Sprecher des Europäischen Auswärtigen Dienstes", "de") == "Europäischer Auswärtiger Dienst"
    assert spokesperson_body("Sprecherin der Vereinten Nationen", "de") == "Vereinte Nationen"
    assert spokesperson_body("ein Sprecher", "de") is None


def test_public_bodies_named_by_a_common_noun_are_actors(run):
    out = run("Die Regierung in Lima wies den Bericht am Dienstag zurück. Die chilenische Armee "
              "teilte mit, sie habe geholfen. Das Parlament stimmte zu, die US-Regierung schwieg.",
              "2020-05-06", "de")
    by_name = {a["name"]: a for a in out["actors"]}
    assert {"Regierung", "chilenische Armee", "Parlament", "US-Regierung"} <= set(by_name)
    assert by_name["chilenische Armee"]["country"] == "CL"
    assert by_name["US-Regierung"]["country"] == "US"
    assert {"Regierung", "chilenische Armee"} <= set(speakers(out))


def test_a_body_takes_the_state_that_names_it(run):
    out = run("The government of Oman said it would help. The U.S. government declined to "
              "comment, and the police said nothing.", "2020-05-06", "en")
    by_name = {a["name"]: a for a in out["actors"]}
    assert by_name["government of Oman"]["country"] == "OM"
    assert by_name["U.S. government"]["country"] == "US"
    assert "police" in by_name
    assert "U.S." not in by_name  # part of the body's name
    assert by_name["Oman"]["kind"] == "state"  # named after "of" (docs/annotation.md, round 12)


def test_a_later_bare_body_noun_is_the_body_named_before(run):
    out = run("Die kolumbianische Regierung hat am Montag neue Gespräche angeboten. "
              "Die Regierung erklärte, sie wolle bis Ende Mai verhandeln.", "2020-05-06", "de")
    governments = [a for a in out["actors"] if a["name"].endswith("Regierung")]
    assert [a["name"] for a in governments] == ["kolumbianische Regierung"]
    # the offer of talks is a statement of its own (round 10), by the same government
    assert speakers(out) == ["kolumbianische Regierung", "kolumbianische Regierung"]


def test_a_noun_that_only_modifies_another_names_no_body(run):
    out = run("Government officials and police officers met the army's negotiators on Monday.",
              "2020-05-06", "en")
    assert not {"government", "police", "army"} & {n.lower() for n in actor_names(out)}


def test_an_organisation_named_with_its_article_is_found(run):
    out = run("Minister Tom Hale spoke on Monday. Boeing and the European Commission were not "
              "available for comment, nor was the Federal Aviation Administration.", "2020-05-06", "en")
    assert {"European Commission", "Federal Aviation Administration"} <= actor_names(out)


def test_an_organisation_a_person_belongs_to_takes_no_part_in_the_meeting(run):
    out = run("General Amir Sadek and Omar Haddad of the Northern Liberation Front met in Doha "
              "on Monday.", "2020-05-06", "en")
    assert participant_lists(out) == [["Amir Sadek", "Omar Haddad"]]
    assert "Northern Liberation Front" in actor_names(out)


def test_organisation_names_keep_their_state_and_lose_possessives_and_brackets(run):
    out = run("Yesterday, the Parliament of Peru voted on the law. The Movement for Civic Renewal (MCR) "
              "said the vote was rigged. The MCR said later that it would appeal. Ana Ruiz won the "
              "Democratic Party's primary.", "2024-05-08", "en")
    names = actor_names(out)
    assert {"Parliament of Peru", "Movement for Civic Renewal", "Democratic Party"} <= names
    assert not {"MCR", "Democratic Party's", "Parliament of"} & names
    assert speakers(out) == ["Movement for Civic Renewal", "Movement for Civic Renewal"]


def test_national_institutions_are_organisations_of_their_state_named_in_the_article_language(run):
    de = run("Der Bundestag stimmte am Montag zu. Ein Sprecher des Weißen Hauses sagte, man prüfe "
             "das. Die Hamas kündigte Widerstand an.", "2024-05-08", "de")
    found = {a["name"]: a["country"] for a in de["actors"]}
    assert found["Bundestag"] == "DE" and found["Weißes Haus"] == "US" and found["Hamas"] == "PS"
    assert speakers(de) == ["Weißes Haus", "Hamas"]
    en = run("A White House spokesman said on Monday that the Kremlin had not answered.", "2024-05-08", "en")
    assert {"White House", "Kremlin"} <= actor_names(en)


def test_a_building_institution_as_the_venue_is_no_participant(run):
    out = run("Präsident Tom Hale empfing am Montag Kanzlerin Eva Roth im Weißen Haus.", "2024-05-08", "de")
    assert participant_lists(out) == [["Eva Roth", "Tom Hale"]]


def test_the_last_word_of_an_organisation_named_before_is_that_organisation(run):
    out = run("Thames Valley Police arrested two men on Monday. The Supreme Court of Appeal heard the case. "
              "Police said the Court would decide on Friday.", "2024-05-08", "en")
    assert sorted(a["name"] for a in out["actors"] if a["kind"] == "organization") == \
        ["Supreme Court of Appeal", "Thames Valley Police"]


def test_international_organisations_go_by_their_name_in_the_nominative(run):
    # (not "die Kommission der Europäischen Union": a body's longer name, round 18)
    out = run("Die Staaten der Europäischen Union und die Vereinten Nationen kritisierten am Montag den Plan.",
              "2024-05-08", "de")
    assert {"Europäische Union", "Vereinte Nationen"} <= actor_names(out)


def test_a_german_body_named_by_what_it_is_for_is_one_organisation(run):
    out = run("Die Behörde für Küstenschutz und Fischerei teilte am Montag mit, die Deiche seien "
              "sicher. Der Preis für Diesel stieg dennoch. Zuvor hatte das Ministerium für "
              "ländliche Räume gewarnt.", "2024-03-15", "de")
    orgs = {a["name"] for a in out["actors"] if a["kind"] == "organization"}
    assert {"Behörde für Küstenschutz und Fischerei", "Ministerium für ländliche Räume"} <= orgs
    assert speakers(out)[0] == "Behörde für Küstenschutz und Fischerei"
    assert not any("Preis" in name for name in actor_names(out))


def test_a_german_body_named_in_another_case_is_named_in_the_nominative(run):
    out = run("Die Sprecherin des Nationalen Sicherheitsrates sagte am Montag, man arbeite mit der "
              "Freien Syrischen Armee zusammen. Helfer des Internationalen Roten Kreuzes seien vor Ort.",
              "2024-05-08", "de")
    names = actor_names(out)
    assert {"Nationaler Sicherheitsrat", "Freie Syrische Armee"} <= names
    assert speakers(out)[0] == "Nationaler Sicherheitsrat"
    # English words in a name keep their form
    out = run("Der Supreme Court der USA entschied am Montag, das Gesetz sei gültig.", "2024-05-08", "de")
    assert "Supreme Court der USA" in actor_names(out)


def test_an_english_organisation_name_goes_on_after_of_or_for(run):
    out = run("The Andean League for the Defence of Press Freedom said on Monday the ban was wrong.",
              "2024-05-08", "en")
    assert speakers(out) == ["Andean League for the Defence of Press Freedom"]
    # a state after "for" is no part of the name
    out = run("The Andean League for Peru said on Tuesday it would appeal.", "2024-05-08", "en")
    assert {"Andean League", "Peru"} <= actor_names(out)
    # another organisation after "and the" is no part of the name
    out = run("On Thursday, the Civil Rights Union of Oregon and the Native Lands Fund filed a lawsuit, saying "
              "the law was unfair.", "2024-05-08", "en")
    assert speakers(out)[0] == "Civil Rights Union of Oregon"


def test_a_state_survey_agency_is_a_public_body(run):
    out = run("The U.S. Geological Survey said the quake struck at a depth of ten kilometres on Monday.",
              "2024-05-08", "en")
    assert speakers(out) == ["U.S. Geological Survey"]


def test_a_german_state_in_the_genitive_completes_the_name_of_its_body(run):
    out = run("Das Innenministerium Portugals teilte am Montag mit, die Grenzen blieben offen. Die "
              "Marine der Vereinigten Staaten bestätigte das. Kanadas Umweltministerium widersprach. "
              "Zugleich hat die Kommission der Slowakei Hilfe zugesagt.", "2024-05-08", "de")
    orgs = {a["name"]: a["country"] for a in out["actors"] if a["kind"] == "organization"}
    assert orgs["Innenministerium Portugals"] == "PT"
    assert orgs["Marine der Vereinigten Staaten"] == "US"
    assert orgs["Kanadas Umweltministerium"] == "CA"
    assert speakers(out)[0] == "Innenministerium Portugals"
    # the dative after a subject is no genitive: the state stays an actor of its own
    assert "Slowakei" in actor_names(out)


def test_a_german_body_keeps_the_adjectives_that_say_which_body_it_is(run):
    out = run("Die südwestliche Küstenwache meldete am Montag zwei Boote. Der Bremer Senat stimmte "
              "zu. Soldaten der regulären malischen Armee zogen ab. Die neue Regierung hat sich noch "
              "nicht geäußert. Die kenianische Ausländerbehörde teilte mit, die Visa seien gültig.",
              "2024-05-08", "de")
    orgs = {a["name"] for a in out["actors"] if a["kind"] == "organization"}
    assert {"südwestliche Küstenwache", "Bremer Senat", "malische Armee", "kenianische Ausländerbehörde"} <= orgs
    assert not any(name.startswith(("reguläre", "neue")) for name in orgs)
    assert speakers(out)[-1] == "kenianische Ausländerbehörde"


def test_two_german_bodies_with_the_same_noun_and_other_adjectives_are_two_actors(run):
    out = run("Die republikanische Regierung des Bundesstaats lehnte das Gesetz ab, weil es zu teuer sei. "
              "Die mexikanische Regierung begrüßte es dagegen, weil es die Grenze sichere.", "2024-05-08", "de")
    assert speakers(out) == ["republikanische Regierung", "mexikanische Regierung"]


def test_a_german_body_in_a_state_is_named_with_it_and_the_state_stays_an_actor(run):
    out = run("Die US-Regierung warnte am Montag. Die Regierung in Iran hat am Dienstag mitgeteilt, sie werde "
              "die Anlage öffnen. In den Niederlanden blieb es ruhig.", "2005-08-04", "de")
    assert speakers(out)[-1] == "Regierung in Iran"
    states = {a["name"] for a in out["actors"] if a["kind"] == "state"}
    assert {"Iran", "Niederlande"} <= states


def test_an_english_common_noun_for_a_body_named_before_is_that_body(run):
    out = run("Crews from the Lakeland Fire and Rescue Service were sent on Monday. The fire service said an "
              "investigation was underway.", "2024-03-14", "en")
    assert speakers(out) == ["Lakeland Fire and Rescue Service"]
    assert "fire service" not in actor_names(out)


def test_german_associations_named_by_their_purpose_keep_a_cut_compound_and_their_state(run):
    out = run("Der Bund für Wald- und Wasserschutz in Deutschland kritisierte die Maßnahme als unzureichend. "
              "Der Verein für Denkmalschutz in Österreich lobte am Montag den Plan.", "2020-01-12", "de")
    assert speakers(out) == ["Bund für Wald- und Wasserschutz in Deutschland", "Verein für Denkmalschutz in Österreich"]


@pytest.mark.parametrize("text, name, alias", [
    ("Hintergrund ist ein Rechtsstreit des Verbands mit dem Land Bremen.", "Land Bremen", None),
    ("Das Land Hessen klagte gegen den Vorschlag.", "Land Hessen", None),
    ("Hessen klagte gegen den Vorschlag. Das Land Hessen verlor.", "Land Hessen", "Hessen"),
])
def test_land_before_a_federal_state_names_the_body(run, text, name, alias):
    # "das Land X": the federation's state as a body, called by both words; after "Land" a
    # city state is one too, and the bare name said before is the same body
    out = actors(run(text, DAY, "de"))
    assert name in out and out[name]["country"] == "DE"
    assert alias is None or alias in out[name]["aliases"]
    assert not ({"Hessen", "Bremen"} & set(out))


def test_a_federal_state_acting_after_a_place_list_stays_a_body(run):
    # look-alike: a state that acts in a sentence of its own is still a body
    out = run("Die Umfragen aus Bayern zeigen einen Trend. Nordrhein-Westfalen lehnte den Plan ab.", DAY, "de")
    assert "Nordrhein-Westfalen" in actor_names(out)


def test_genitive_in_es_of_a_one_word_organisation(run):
    # "des Europarates": the long genitive of a one-word name of the organisations' table
    out = actors(run("Die Beobachter des Europarates kritisierten die Wahl.", DAY, "de"))
    assert "Europarat" in out


@pytest.mark.parametrize("text, name", [
    ("A report by the Office of the UN High Commissioner for Human Rights criticised the government.",
     "Office of the UN High Commissioner for Human Rights"),
    ("The Office of the UN High Commissioner for Refugees said the camp was full.",
     "Office of the UN High Commissioner for Refugees"),
])
def test_a_known_body_inside_a_longer_name(run, text, name):
    # "Office of the | UN | High Commissioner for …": the known abbreviation stopped the
    # tagger's name; the capitalised words after it go on with it
    names = actor_names(run(text, DAY, "en"))
    assert name in names and "Office of the" not in names


def test_a_list_of_acting_federal_states_stays_bodies(run):
    # look-alike: a list that opens the sentence, with no place preposition before it
    out = run("Bayern, Hessen und Sachsen beteiligen sich nicht an dem Portal.", DAY, "de")
    assert {"Hessen", "Sachsen"} <= actor_names(out)


@pytest.mark.parametrize("text,name", [
    ("Die Regierung beriet über die Krise. Informationen aus dem Nationalen Verteidigungsrat gelangten "
     "an die Presse.", "Nationaler Verteidigungsrat"),
    ("Die Regierung beriet über die Krise. Der Dritte Senat befand, das Gesetz sei gültig.", "Dritter Senat"),
    ("Die Regierung beriet über die Krise. Die Wahl wurde von der Verfassungsgebenden Versammlung "
     "vorgezogen.", "Verfassungsgebende Versammlung"),
    ("Die Regierung beriet über die Krise. Grund ist ein Urteil des Obersten Gerichtshofs Perus.",
     "Oberster Gerichtshof Perus"),
])
def test_a_body_named_by_capitalised_adjectives_is_found_in_the_nominative(run, text, name):
    out = run(text, "2020-06-10", "de")
    assert actor(out, name)["kind"] == "organization"


def test_an_abbreviation_right_after_a_bodys_name_is_its_alias(run):
    out = run("Die Regierung beriet über die Krise. Der Termin wird vom Nationalen Wahlrat NWR bekannt "
              "gegeben. Der NWR tagt morgen.", "2020-06-10", "de")
    assert "NWR" in actor(out, "Nationaler Wahlrat")["aliases"]
    assert "NWR" not in actor_names(out)


def test_the_bare_parliament_after_the_one_legislature_named_is_that_legislature(run):
    out = run("Die Regierung beriet über die Krise. Die Kanzlerin ließ sich nicht von einem Beschluss des "
              "Bundestags abhalten. „Ich nehme jedes Votum des Parlaments ernst“, sagte sie.", "2020-06-10", "de")
    assert "Parlament" not in actor_names(out)
    assert "Parlament" in actor(out, "Bundestag")["aliases"]


def test_the_bare_parliament_stays_its_own_actor_when_no_legislature_was_named(run):
    out = run("Die Regierung beriet über die Krise. Das Parlament stimmte dem Gesetz zu.", "2020-06-10", "de")
    assert "Parlament" in actor_names(out)


@pytest.mark.parametrize("text,name", [
    ("Die Regierung beriet über die Krise. Der Gemeinderat sei in alle Entscheidungen eingebunden gewesen.",
     "Gemeinderat"),
    ("Die Regierung beriet über die Krise. Man habe den Gutachterausschuss angewiesen, nichts zu bewerten.",
     "Gutachterausschuss"),
    ("Die Regierung beriet über die Krise. Die Akten gingen an den Haushaltsausschuss des Senats.",
     "Haushaltsausschuss des Senats"),
])
def test_a_council_or_committee_named_by_a_compound_is_a_body(run, text, name):
    out = run(text, "2020-06-10", "de")
    assert actor(out, name)["kind"] == "organization"


def test_an_adverb_of_the_adjective_before_a_body_keeps_the_article(run):
    out = run("Die Regierung beriet über die Krise. Im neuen Landtag fehlen die einst mächtigen "
              "Sozialdemokraten.", "2020-06-10", "de")
    assert actor(out, "Sozialdemokraten")["kind"] == "organization"


def test_an_abbreviation_in_a_sentence_about_politics_stays_an_actor(run):
    out = run("The MDC said the election had been rigged and called for a new vote.", "2024-05-08", "en")
    assert "MDC" in actor_names(out)


def test_a_space_agency_is_a_public_body(run):
    out = run("NASA launched the probe on Monday; the rocket left the pad at dawn.", "2024-05-08", "en")
    assert "NASA" in actor_names(out)


@pytest.mark.parametrize("text,name,cut", [
    ("Delegates urged the Global Coalition to Defeat ISIS to stay in the region.",
     "Global Coalition to Defeat ISIS", "Global Coalition to Defeat"),
    ("The Supreme Court of England and Wales ruled against the minister on Friday.",
     "Supreme Court of England and Wales", "Supreme Court of England"),
    ("The Ministry of Health, Labour and Welfare said the plan would work.",
     "Ministry of Health, Labour and Welfare", "Ministry of Health"),
    ("The head of the FHS union (National Union of Ferry, Harbour and Shipping Workers), Lena Hoss, "
     "said it was too little.", "National Union of Ferry, Harbour and Shipping Workers", "National Union of Ferry"),
])
def test_an_organisations_name_goes_on_where_the_tagger_stopped(run, text, name, cut):
    names = actor_names(run(text, "2024-05-08", "en"))
    assert name in names
    assert cut not in names


def test_a_name_in_brackets_spells_out_the_abbreviation_before_it(run):
    out = run("The head of the TSR union (National Union of Trams, Shipping and Rail Workers), Lena Hoss, "
              "said it was too little.", "2024-05-08", "en")
    union = actor(out, "National Union of Trams, Shipping and Rail Workers")
    assert "TSR union" in union["aliases"]
    assert "TSR union" not in actor_names(out)


def test_a_state_and_a_body_joined_by_and_are_two_names(run):
    out = run("The sultan was educated in Kenya and the Royal Naval Academy, Dartmouth in Britain.",
              "2024-05-08", "en")
    names = actor_names(out)
    assert "Kenya" in names
    assert not any(n.startswith("Kenya and") for n in names)


@pytest.mark.parametrize("text,name", [
    ("Ravi Kumar sat in the Rajya Sabha, the upper house, and then moved to the Lok Sabha.", "Lok Sabha"),
    ("Police said the two suspects were linked to the Jamaah Khalifah Nusantara network.",
     "Jamaah Khalifah Nusantara"),
])
def test_a_name_with_a_foreign_word_for_a_body_or_before_its_kind_is_an_organisation(run, text, name):
    out = run(text, "2024-05-08", "en")
    assert actor(out, name)["kind"] == "organization"


def test_a_states_body_named_again_without_the_state_is_the_same_body(run):
    out = run("The Supreme Court of Ghana ruled on Tuesday that the suspension was unlawful. "
              "Its judges said the Supreme Court would publish the reasons next week.", "2024-05-08", "en")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == ["Supreme Court of Ghana"]


def test_a_states_embassy_is_named_with_the_place_it_is_in_and_is_one_actor(run):
    out = run("Rockets hit the United States Embassy in Monrovia on Tuesday. The U.S. Embassy in Liberia had "
              "closed its doors, and citizens were told not to approach the Embassy.", "2024-05-08", "en")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in orgs] == ["United States Embassy in Monrovia"]
    assert {"U.S. Embassy in Liberia", "Embassy"} <= set(orgs[0]["aliases"])


# --- one body named in several forms of its state ------------------------------------------
@pytest.mark.parametrize("text,language,name,alias", [
    ("Rebels signed a truce with the government of Peru. The Peruvian government said the truce "
     "would hold.", "en", "government of Peru", "Peruvian government"),
    ("The Parliament met on Monday. Later the French Parliament approved the budget, said Jean Morel.",
     "en", "French Parliament", "Parliament"),
    ("Die Regierung in Peru teilte mit, sie werde verhandeln. Die EU werde der peruanischen Regierung "
     "ein Angebot machen.", "de", "Regierung in Peru", "peruanische Regierung"),
    ("Die Regierung verzichtet auf das Gebiet. Erstmals verzichtet eine israelische Regierung "
     "freiwillig auf Land, sagte Avi Golan.", "de", "israelische Regierung", "Regierung"),
])
def test_one_body_named_in_several_forms_of_its_state_is_one_actor(run, text, language, name, alias):
    out = run(text, "2020-06-10", language)
    assert alias in actor(out, name)["aliases"]
    assert alias not in actor_names(out)


def test_a_bare_body_noun_stays_its_own_when_two_states_have_that_body(run):
    out = run("Die Regierung schwieg. Die peruanische Regierung und die chilenische Regierung "
              "verhandelten in Lima.", "2020-06-10", "de")
    assert {"peruanische Regierung", "chilenische Regierung"} <= actor_names(out)


# --- a government or administration named by its head --------------------------------------
@pytest.mark.parametrize("text,language,name", [
    ("The ban was the Trump administration's latest step against Cuba, said Minister Ann Holt.", "en",
     "Trump administration"),
    ("Die Interessen der scheidenden Trump-Administration stimmen mit denen Guyanas überein, sagte "
     "Ministerin Ana Holt.", "de", "Trump-Administration"),
    ("Präsident Donald Trump reiste nach Rom. Der Botschafter bezeichnete die Regierung Trumps als "
     "inkompetent.", "de", "Regierung Trump"),
])
def test_a_government_named_by_its_head_is_an_actor(run, text, language, name):
    out = run(text, "2020-06-10", language)
    assert actor(out, name)["kind"] == "organization"


def test_a_bare_body_in_the_possessive_still_names_no_body(run):
    out = run("The army's negotiator met the rebels, said Minister Ann Holt.", "2020-06-10", "en")
    assert "army" not in {n.lower() for n in actor_names(out)}


# --- a demonym opens an organisation's name ------------------------------------------------
def test_a_demonym_before_a_known_international_body_names_the_national_one(run):
    out = run("Philippine Red Cross chair Tomas Gordo said many people had lost their homes.", "2020-06-10", "en")
    assert actor(out, "Philippine Red Cross")["country"] == "PH"
    assert "Red Cross" not in actor_names(out)


def test_a_demonym_before_a_known_body_of_its_state_is_an_alias(run):
    out = run("Trump and Bolton disagreed over North Korea and the Afghan Taliban, said Minister Ann Holt.",
              "2020-06-10", "en")
    assert "Afghan Taliban" in actor(out, "Taliban")["aliases"]


# --- the army, the military, the armed forces -------------------------------------------------
@pytest.mark.parametrize("text,language,name,alias", [
    ("The army moved into the capital on Monday. Later the armed forces said the president was safe, "
     "said Minister Ann Holt.", "en", "army", "armed forces"),
    ("The Iranian military said the plane was old. The crew were Iranians, the army said.", "en",
     "Iranian military", "army"),
])
def test_the_army_and_the_armed_forces_of_one_state_are_one_actor(run, text, language, name, alias):
    out = run(text, "2020-06-10", language)
    assert alias in actor(out, name)["aliases"]
    assert alias not in actor_names(out)


def test_the_armed_forces_of_two_states_stay_two(run):
    out = run("The Peruvian army and the Chilean armed forces held a joint exercise, said Minister Ann Holt.",
              "2020-06-10", "en")
    assert {"Peruvian army", "Chilean armed forces"} <= actor_names(out)


# --- a town or region completes a German body's name ------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Ein Hinweisgeber hatte eine Strafanzeige bei der Generalstaatsanwaltschaft Zweibrücken gestellt, "
     "sagte Ministerin Ana Holt.", "Generalstaatsanwaltschaft Zweibrücken"),
    ("Die Urkunden wurden vom Obersten Gerichtshof von Nevada für ungültig erklärt.",
     "Oberster Gerichtshof von Nevada"),
    ("Der Senat von Nevada stimmte dem Gesetz zu.", "Senat von Nevada"),
])
def test_a_place_after_a_german_body_completes_its_name(run, text, name):
    out = run(text, "2020-06-10", "de")
    assert actor(out, name)["kind"] == "organization"


# --- an abbreviation in the number of a legal act ----------------------------------------------
@pytest.mark.parametrize("text,language,org", [
    ("Gemäß der Richtlinie 2014/52/EU sollen Anwohner früher informiert werden, sagte Ministerin "
     "Ana Holt.", "de", "Europäische Union"),
    ("Under Directive 2014/52/EU citizens must be informed, said Minister Ann Holt.", "en", "European Union"),
])
def test_an_abbreviation_in_the_number_of_a_legal_act_names_no_organisation(run, text, language, org):
    out = run(text, "2020-06-10", language)
    assert org not in actor_names(out)


# --- a body of a known organisation named after it; a person named by an initial --------------
def test_a_body_named_after_its_known_organisation_is_one_name(run):
    out = run("Our proposal goes to the United Nations General Assembly in the autumn, said "
              "Minister Ann Holt.", "2020-06-10", "en")
    assert "United Nations General Assembly" in actor_names(out)
    assert not {"United Nations", "General Assembly"} & actor_names(out)


def test_a_caucus_is_an_organisation(run):
    out = run("The leader of the Congressional Rural Caucus, Congresswoman Mara Stone, spoke.", "2024-05-08", "en")
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    assert kinds.get("Congressional Rural Caucus") == "organization"


@pytest.mark.parametrize("text, name", [
    ("Die Abstimmung fand am Dienstag im EU-Parlament statt.", "Europäisches Parlament"),
    ("Das Gesetz wurde am Freitag im Oberhaus beraten.", "Oberhaus"),
])
def test_a_body_after_im_is_the_body_not_a_venue(run, text, name):
    # "im EU-Parlament", "im Oberhaus": a name ending in a body's noun after "im" is the body
    # (a building's name there stays a place: "im Weißen Haus")
    assert name in actor_names(run(text, "2024-05-08", "de"))


@pytest.mark.parametrize("text, lang, name, country", [
    ("Das Boot wurde im Mai von der Royal Navy gestoppt.", "de", "Royal Navy", "GB"),
    ("2009 waren Beamte der GSG 9 an Bord des Schiffes.", "de", "GSG 9", "DE"),
    ("The National Hurricane Center said on Monday that the storm had weakened.", "en",
     "National Hurricane Center", "US"),
])
def test_public_bodies_the_tables_now_know(run, text, lang, name, country):
    # named institutions and organisations without a public word in their name
    actor = _actors(run(text, "2024-05-08", lang)).get(name)
    assert actor is not None and actor["country"] == country


def test_a_long_name_and_the_abbreviation_are_one_organisation(run):
    # "Internationale Atomenergieorganisation" (written as one word) and "IAEA": one actor
    out = run("Die Internationale Atomenergieorganisation prüft die Anlage. Die IAEA sagte, man sei bereit.",
              "2024-05-08", "de")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert len(orgs) == 1
    assert {"Internationale Atomenergieorganisation", "IAEA"} <= {orgs[0]["name"], *orgs[0]["aliases"]}


@pytest.mark.parametrize("text, name, absent", [
    ("Im April hatten Einheiten der iranischen Revolutionsgarden einen Tanker aufgebracht.",
     "iranische Revolutionsgarden", None),
    ("Nach Angaben der Armee wurde eine Stellung der Huthi-Rebellen angegriffen. Die Rebellen meldeten Tote.",
     "Huthi-Rebellen", "Rebellen"),
])
def test_armed_bodies_named_by_a_common_noun(run, text, name, absent):
    # "die Revolutionsgarden" name one body; "Rebellen" only after a hyphenated name ("die
    # Huthi-Rebellen"), not alone (look-alike: "Die Rebellen")
    names = actor_names(run(text, "2024-05-08", "de"))
    assert name in names
    assert absent not in names


def test_von_and_a_state_complete_a_body_name(run):
    # "das oberste Gericht von Chile": the body of that state; the state stays named
    out = run("Zuvor hatte das oberste Gericht von Chile die Weiterfahrt erlaubt.", "2024-05-08", "de")
    assert "oberstes gericht von chile" in _lower_names(out)
    assert _actors(out)["Chile"]["kind"] == "state"


def test_a_government_named_by_its_head_in_the_nominative(run):
    # "die Regierung Larsen" as "die Regierung Larsens"
    out = run("Premierminister Tom Larsen will sein Land aus der Union führen. Die Ministerin zweifelte am "
              "Kurs der Regierung Larsen.", "2024-05-08", "de")
    assert "Regierung Larsen" in actor_names(out)


@pytest.mark.parametrize("text, name, alias", [
    # a body named by a common noun: the nominative is the name, the weak form an alias
    ("Das Kalmarische Parlament stimmte am Montag gegen den Plan der Regierung.",
     "Kalmarisches Parlament", "Kalmarische Parlament"),
    ("Der Anwalt rechnet damit, dass das oberste Gericht die Klage im Mai abweist.",
     "oberstes Gericht", "oberste Gericht"),
    # a genitive after a demonym
    ("Ein Sprecher des portugiesischen Parlaments kritisierte am Dienstag den Beschluss.",
     "portugiesisches Parlament", "portugiesischen Parlaments"),
])
def test_the_inflected_form_of_a_german_body_is_an_alias(run, text, name, alias):
    # "das Kalmarische Parlament": the actor is named in the nominative, and the form the
    # text writes is one of its aliases (docs/annotation.md: inflected forms are aliases)
    actor = _actor(run(text, "2024-05-08", "de"), name)
    assert alias in actor["aliases"]


def test_a_body_written_in_the_nominative_has_no_extra_alias(run):
    # look-alike: "die Regierung" written as named gets no alias of its own
    out = run("Die Regierung Portugals kündigte am Montag neue Wahlen an.", "2024-05-08", "de")
    assert all(not a["aliases"] for a in out["actors"] if a["kind"] == "organization")


@pytest.mark.parametrize("text, name", [
    ("Das Komitee der Vereinten Nationen gegen Sklaverei rügte am Montag die Regierung von Kalmar.",
     "Komitee der Vereinten Nationen gegen Sklaverei"),
    ("Der Ausschuss der Vereinten Nationen für Seerecht tagte am Montag in Genf.",
     "Ausschuss der Vereinten Nationen für Seerecht"),
    ("Die Parlamentarische Versammlung des Europarates stimmte am Montag über den Bericht ab.",
     "Parlamentarische Versammlung des Europarates"),
    ("Nach Angaben des Exekutivrates der Weltbank wird der Kredit im Mai ausgezahlt.",
     "Exekutivrat der Weltbank"),
])
def test_a_body_of_an_international_organisation_is_named_whole(run, text, name):
    # "das Komitee der Vereinten Nationen gegen …": one organisation, named in the
    # nominative; the organisation inside its name is no actor of its own
    names = actor_names(run(text, "2024-05-08", "de"))
    assert name in names
    assert not {"Vereinte Nationen", "Europarat", "Weltbank"} & names


def test_the_head_noun_of_such_a_body_named_before_is_that_body(run):
    # "das Komitee" after "das Komitee der Vereinten Nationen gegen …": the same body
    out = run("Das Komitee der Vereinten Nationen gegen Sklaverei rügte am Montag die Regierung. "
              "Das Komitee verlangte einen Bericht bis Juni.", "2024-05-08", "de")
    speakers = {e["speaker"] for e in out["events"] if e["kind"] == "statement"}
    assert speakers == {"Komitee der Vereinten Nationen gegen Sklaverei"}


@pytest.mark.parametrize("text, kept", [
    ("Die Staaten der Europäischen Union stimmten am Montag gegen den Plan.", "Europäische Union"),
    ("Ein Sprecher der Vereinten Nationen sagte, die Lage sei ernst.", "Vereinte Nationen"),
    ("Der Verrat der Vereinten Nationen an den Flüchtlingen empörte die Opposition.", "Vereinte Nationen"),
])
def test_members_and_speakers_of_an_organisation_name_no_body(run, text, kept):
    # look-alike: "die Staaten der EU", "ein Sprecher der Vereinten Nationen": the
    # organisation itself, no body of it
    assert kept in actor_names(run(text, "2024-05-08", "de"))


def test_a_mission_of_an_organisation_stands_for_the_organisation(run):
    # look-alike: "von der Beobachtermission des Europarates": a delegation, represented
    # by its organisation (docs/annotation.md)
    out = run("Die Wahl verlief ruhig, sagte Eva Lind von der Beobachtermission des Europarates.",
              "2024-05-08", "de")
    assert "Europarat" in actor_names(out)


@pytest.mark.parametrize("text, name", [
    ("Until 2019 she sat on the Freedonian House Select Committee on Tolls.",
     "Freedonian House Select Committee on Tolls"),
])
def test_an_english_committee_goes_on_with_its_topic(run, text, name):
    # "… Select Committee on Tolls": what the committee is about is part of its name
    assert name in actor_names(run(text, "2024-05-08", "en"))


@pytest.mark.parametrize("text, name", [
    ("The United States House Finance Committee on Tuesday approved the budget.",
     "United States House Finance Committee"),
    ("In May she joined the Freedonian House Select Committee on Ghana.",
     "Freedonian House Select Committee"),
])
def test_a_date_or_a_state_after_on_is_no_topic(run, text, name):
    # look-alike: "the Finance Committee on Tuesday", "… Committee on Ghana": no topic
    assert name in actor_names(run(text, "2024-05-08", "en"))


@pytest.mark.parametrize("text", [
    "Police have started an inquiry into the fire at the depot in Dunmore.",
    "According to police, two men were arrested near Dunmore on Monday.",
])
def test_bare_police_as_subject_or_source_is_the_police(run, text):
    # "Police have started …", "according to police": the police of the story, no article
    assert {"police"} & {n.lower() for n in actor_names(run(text, "2024-05-08", "en"))}


@pytest.mark.parametrize("text", [
    "Police officers closed the road near Dunmore on Monday.",
    "Officers from the army and police joined the search on Monday.",
])
def test_police_as_a_modifier_or_in_a_list_stays_as_it_was(run, text):
    # look-alike: "police officers", "the army and police": no body of its own
    assert "police" not in {n.lower() for n in actor_names(run(text, "2024-05-08", "en"))}


def test_a_committee_named_again_without_its_chamber_is_the_same(run):
    # "the Energy and Commerce Committee" after "the House Energy and Commerce Committee"
    out = run("Lee chaired the House Energy and Commerce Committee until May. Ann Roth, the most senior "
              "Republican on the Energy and Commerce Committee, said on Monday that the report was late.",
              "2024-05-08", "en")
    orgs = [a["name"] for a in out["actors"] if a["kind"] == "organization"]
    assert orgs == ["House Energy and Commerce Committee"]


def test_two_chambers_committees_of_one_name_stay_two(run):
    # look-alike: "the House Finance Committee" and "the Senate Finance Committee"
    out = run("Lee chaired the House Finance Committee. Roth, who sits on the Senate Finance Committee, "
              "said on Monday that the report was late.", "2024-05-08", "en")
    assert {"House Finance Committee", "Senate Finance Committee"} <= actor_names(out)


@pytest.mark.parametrize("text, lang, full, bare", [
    ("Police said two men were held on Monday. Officers of the Lakeside Valley Police had searched the house.",
     "en", "Lakeside Valley Police", "Police"),
    ("The House voted on Friday. The House of Representatives had passed the bill before.",
     "en", "House of Representatives", "House"),
    ("Das Ministerium wies die Vorwürfe am Montag zurück. Das Ministerium für Landwirtschaft und Fischerei "
     "kündigte eine Prüfung an.", "de", "Ministerium für Landwirtschaft und Fischerei", "Ministerium"),
])
def test_a_bodys_head_noun_alone_is_an_alias_of_the_one_body_with_that_head(run, text, lang, full, bare):
    out = run(text, "2024-05-08", lang)
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert bare not in orgs and bare in orgs[full]


def test_a_head_noun_of_several_bodies_names_none_of_them(run):
    out = run("The Alder Court of Appeal upheld the ruling of the Alder High Court on Monday. "
              "The Court had heard the case in May.", "2024-05-08", "en")
    assert "Court" not in [a["name"] for a in out["actors"]]


def test_the_head_noun_of_an_international_organisation_stays_its_own_body(run):  # look-alike
    # "die Union" (the German party alliance) beside "Europäische Union"
    out = run("Die Union kritisierte am Montag die Pläne der Europäischen Union für neue Schulden.",
              "2024-05-08", "de")
    names = [a["name"] for a in out["actors"] if a["kind"] == "organization"]
    assert "Union" in names and "Europäische Union" in names


@pytest.mark.parametrize("text, name, alias", [
    ("Die GRÜNEN verloren am Sonntag die Hälfte ihrer Stimmen.", "Grüne", "GRÜNEN"),
    ("Die LINKE verfehlte am Sonntag den Einzug in den Landtag.", "Die Linke", "LINKE"),
    ("Die Linken stimmten am Montag gegen den Antrag der Regierung.", "Die Linke", "Linken"),
    ("Gegen den Plan stimmten die Europäischen Linken und die Grünen.", "Europäische Linke", "Europäischen Linken"),
])
def test_german_parties_in_capitals_and_inflected(run, text, name, alias):
    # a party written in capitals, or inflected after the article, is the party by its name
    out = run(text, "2024-05-08", "de")
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert alias in orgs.get(name, [])


def test_the_left_hand_is_no_party(run):  # look-alike
    out = run("Der Minister hob die linke Hand und schwieg.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == []


def test_a_body_named_with_and_without_its_state_is_one_actor(run):
    # "House of Representatives" … "United States House of Representatives": one body
    out = run("Lena Ward of the Democratic Party spoke on Friday. The House of Representatives had passed "
              "the bill before. The United States House of Representatives is led by the United States "
              "Democratic Party.", "2024-05-08", "en")
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert orgs == {"United States Democratic Party": ["Democratic Party"],
                    "United States House of Representatives": ["House of Representatives"]}


def test_a_body_as_agent_of_a_participle_is_no_body_of_the_story(run):
    # "von der Regierung erlassene Verordnungen": such bodies in general (docs/annotation.md)
    out = run("Die Richter klärten, ob vom Parlament verabschiedete Regeln von der Regierung erlassene "
              "Verordnungen ersetzen.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"]] == []


def test_a_body_that_acts_stays(run):  # look-alike
    out = run("Die Gesetze wurden vom Parlament beschlossen. Die Regierung sagte, sie sei zufrieden.",
              "2024-05-08", "de")
    assert {"Parlament", "Regierung"} <= {a["name"] for a in out["actors"]}


def test_the_long_name_of_an_armed_group_is_one_actor_not_a_group_and_a_state(run):
    out = run("The Islamic State of Iraq and the Levant said on Friday that its fighters had "
              "left the town.", "2024-05-08", "en")
    assert "IQ" not in states(out)
    group = next(a for a in out["actors"] if a["kind"] == "organization")
    assert "Islamic State of Iraq and the Levant" in [group["name"], *group["aliases"]]


@pytest.mark.parametrize("text,lang", [
    ("Die Opposition kritisierte den Haushalt der Regierung von Ministerpräsident Jon Lie am Montag scharf.", "de"),
    ("The opposition criticised the budget of Prime Minister Jon Lie on Monday.", "en"),
])
def test_the_opposition_as_a_whole_names_no_body(run, text, lang):
    out = run(text, "2024-05-08", lang)
    assert not any(n.lower().endswith("opposition") for n in actor_names(out))


def test_a_participle_before_a_body_named_by_its_purpose_is_not_part_of_its_name(run):
    out = run("Der im Frühjahr gegründete Rat für digitale Bildung legte am Montag seinen Bericht vor. "
              "Die südliche Behörde für Wasser und Energie warnte vor Engpässen.", "2024-05-08", "de")
    names = actor_names(out)
    assert "Rat für digitale Bildung" in names
    assert "südliche Behörde für Wasser und Energie" in names


def test_a_military_command_is_a_public_body(run):
    out = run("Soldiers of the Eastern Visayas Command clashed with rebels on Sunday.", "2024-05-08", "en")
    assert {a["name"]: a["kind"] for a in out["actors"]}.get("Eastern Visayas Command") == "organization"


def test_an_institution_named_by_a_longer_form_keeps_that_form_as_an_alias(run):
    out = run("Nach Angaben des Internationalen Roten Kreuzes gab es 130 Tote.", "2024-05-08", "de")
    red_cross = next(a for a in out["actors"] if a["name"] == "Rotes Kreuz")
    assert "Internationales Rotes Kreuz" in red_cross["aliases"]


def test_an_english_ministry_after_a_states_possessive_is_named_with_its_owner(run):
    out = run("Peru's foreign ministry condemned the raid. Chile's defence ministry said two ships had left port. "
              "The health ministry said four people were hurt.", "2024-05-08", "en")
    assert speakers(out) == ["Peru's foreign ministry", "Chile's defence ministry", "health ministry"]
    assert {"Peru", "Chile"} <= actor_names(out)  # the states stay named


def test_a_body_after_a_states_possessive_is_found_and_the_state_stays_named(run):
    out = run("Fiji's government said the ship could dock. The U.S. government declined to comment.", "2024-05-08", "en")
    assert speakers(out) == ["Fiji's government"]
    assert "Fiji" in actor_names(out) and "U.S." not in actor_names(out)


def test_a_body_named_by_its_states_possessive_is_the_body_named_by_the_adjective(run):
    out = run("The Cuban government rejected the plan. Cuba's government said the talks were over.", "2024-05-08", "en")
    assert speakers(out) == ["Cuban government", "Cuban government"]


def test_a_body_for_one_domain_next_to_a_person_stays_as_it_was(run):
    # look-alike: after "und" a person or a role holder, no second domain of the body
    out = run("Das Ministerium für Umwelt und Verkehrsministerin Jana Kröger stritten am Montag. "
              "Kröger sagte, der Plan sei gescheitert.", "2024-05-08", "de")
    assert {a["name"] for a in out["actors"]} == {"Ministerium für Umwelt", "Jana Kröger"}


@pytest.mark.parametrize("text, expected", [
    ("Freedonia's Flood and Storm Management Presidency said the river had peaked.",
     "Flood and Storm Management Presidency"),
    ("Kenya's Wildlife and Forestry Service said the lions had been moved.", "Wildlife and Forestry Service"),
])
def test_an_english_body_keeps_the_head_noun_the_tagger_left_out(run, text, expected):
    # the small English NER ends "… and Emergency Management | Presidency" before the word
    # that makes it a body: the name goes on to it
    out = run(text, "2024-05-08", "en")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == [expected]
    assert [speaker for speaker, _ in statements(out)] == [expected]


def test_a_body_after_der_with_a_weak_adjective_is_named_in_the_masculine(run):
    # "der Deutsche Wetterdienst": "der" + "-e" is masculine or feminine, never neuter, even
    # where the morphologizer says neuter; the name is "Deutscher Wetterdienst"
    out = run("Der Deutsche Wetterdienst warnte am Montag vor Hagel.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"]] == ["Deutscher Wetterdienst"]


@pytest.mark.parametrize("lang,text,body,country", [
    ("de", "Der Verfassungsgerichtshof der Republik Österreich befand gestern, dass drei Bezirke neu "
     "auszählen müssen.", "Verfassungsgerichtshof der Republik Österreich", "AT"),
    ("de", "Das Verfassungsgericht der Slowakischen Republik entschied, dass das Gesetz gilt.",
     "Verfassungsgericht der Slowakischen Republik", "SK"),
    ("de", "Das Außenministerium der Volksrepublik China sagte, man protestiere gegen den Besuch.",
     "Außenministerium der Volksrepublik China", "CN"),
    ("de", "Das Oberste Gericht des Königreichs Schweden entschied, dass das Gesetz gilt.",
     "Oberstes Gericht des Königreichs Schweden", "SE"),
    ("de", "Die Regierung des Vereinigten Königreichs sagte, man prüfe den Plan.",
     "Regierung des Vereinigten Königreichs", "GB"),
    # English keeps the whole name; its country is not read from the formal name yet (a known
    # failure, docs/extraction.md), and the state inside the name is no actor of its own there
    ("en", "The Constitutional Court of the Republic of Austria ruled on Monday that three districts must count "
     "again.", "Constitutional Court of the Republic of Austria", None),
])
def test_a_body_named_with_its_state_in_a_formal_name_keeps_it(run, lang, text, body, country):
    # round 20: the name runs on over "der Republik X", "des Königreichs X" (as after "of")
    out = run(text, DAY, lang)
    assert speakers(out) == [body]
    assert _actor(out, body)["country"] == country
    assert states(out) == ({country} if country else set())  # German: the state stays named


def test_guard_a_state_in_the_dative_after_a_body_is_no_part_of_its_name(run):
    out = run("Die EU will der Republik Moldau Hilfe zusagen, sagte die Kommission.", DAY, "de")
    assert "Europäische Union" in actor_names(out)
    assert not any("Moldau" in a["name"] and a["kind"] == "organization" for a in out["actors"])


def test_an_office_or_spokesperson_of_a_state_in_a_formal_name_keeps_the_whole_name(run):
    # round 20: "der Republik Kenia" is one name after a role, as after a body
    out = run("Der Präsident der Republik Kenia sagte, die Wahl sei frei gewesen.", DAY, "de")
    assert speakers(out) == ["Präsident der Republik Kenia"]
    out = run("Ein Sprecher der Republik Kenia sagte, die Wahl sei frei gewesen.", DAY, "de")
    assert [a["kind"] for a in out["actors"]] == ["state"]  # the state speaks, no body "Republik"
    assert states(out) == {"KE"} and len(speakers(out)) == 1 and speakers(out)[0] in actor_names(out)


@pytest.mark.parametrize("text, group", [
    ("Die Grünen-Fraktion lehnte den Antrag am Dienstag ab.", "Grünen-Fraktion"),
    ("Die FDP-Landtagsfraktion forderte eine Sondersitzung des Ausschusses.", "FDP-Landtagsfraktion"),
    ("Die Linken-Bundestagsfraktion kündigte eine Klage an.", "Linken-Bundestagsfraktion"),
    ("Ein Sprecher der SPD-Fraktion sagte, der Entwurf sei verfassungswidrig.", "SPD-Fraktion"),
])
def test_a_partys_parliamentary_group_is_a_public_body_that_speaks(run, text, group):
    # Class "a parliamentary group named by its party" (round 21): "X-Fraktion",
    # "X-Bundestagsfraktion" (data/bodies.tsv "fraktion", hyphenated; public_org_words.tsv)
    out = run(text, "2021-03-04", "de")
    assert group in actor_names(out)
    assert speakers(out) == [group]


@pytest.mark.parametrize("text, group", [
    ("Die Fraktion der Grünen lehnte den Antrag am Dienstag ab.", "Fraktion der Grünen"),
    ("Die Bundestagsfraktion der FDP kündigte am Montag eine Klage an.", "Bundestagsfraktion der FDP"),
    ("Ein Sprecher der Fraktion der SPD sagte, der Entwurf sei verfassungswidrig.", "Fraktion der SPD"),
])
def test_a_parliamentary_group_of_a_named_party_is_a_body_that_speaks(run, text, group):
    # Class "Fraktion der X" (round 22): the noun before the party's name in the genitive
    out = run(text, "2021-03-04", "de")
    assert speakers(out) == [group]
    assert next(a for a in out["actors"] if a["name"] == group)["country"] == "DE"


def test_a_group_named_in_both_orders_is_one_actor(run):
    out = run("Die Fraktion der Linken stimmte am Dienstag gegen das Gesetz. Die Linken-Fraktion "
              "kündigte an, in Karlsruhe zu klagen.", "2021-03-04", "de")
    group = next(a for a in out["actors"] if a["name"] == "Fraktion der Linken")
    assert group["aliases"] == ["Linken-Fraktion"]
    assert speakers(out) == ["Fraktion der Linken"]


def test_a_group_word_alone_names_no_body(run):
    # look-alike: "Fraktion" without a party's name before it names no one
    out = run("Die Fraktion lehnte den Antrag am Dienstag ab.", "2021-03-04", "de")
    assert speakers(out) == []


# --- one body named with its modifiers in two forms (round 22) --------------------------
def test_a_body_named_with_two_forms_of_its_modifier_is_one_actor(run):
    out = run("Two buses collided near Kalmar on Monday. The Emergency Situations Ministry stated that nine "
              "people were hurt. The Emergencies Ministry also urged drivers to slow down.",
              DAY, "en")
    assert [(a["name"], a["aliases"]) for a in out["actors"]] == [
        ("Emergency Situations Ministry", ["Emergencies Ministry"])]
    assert speakers(out) == ["Emergency Situations Ministry", "Emergency Situations Ministry"]


def test_guard_bodies_whose_modifiers_only_begin_alike_stay_two(run):
    out = run("The Interior Ministry said the border was closed. The International Trade Ministry said "
              "exports fell.", DAY, "en")
    assert speakers(out) == ["Interior Ministry", "International Trade Ministry"]
