"""Who is an actor at all: private persons and occupations outside public affairs, media and
journalists, defendants, and places, storms, ships or footers named like persons. Short invented
sentences."""
from __future__ import annotations

import pytest

from .helpers import _actors, actor_names, DAY, participant_lists, speakers


def test_a_name_before_river_or_sea_is_a_place_not_a_participant(run):
    out = run("India and Bangladesh close in on Teesta deal\n\nForeign Secretary Rajiv Menon and Foreign "
              "Secretary Farhana Chowdhury held talks in Dhaka on Thursday on sharing the waters of the "
              "Teesta river.", "2019-06-29", "en")
    assert participant_lists(out) == [["Farhana Chowdhury", "Rajiv Menon"]]


def test_news_outlets_platforms_and_agencies_are_no_actors(run):
    out = run("Premier Ana Lima told Reuters on Monday that the talks would go on. "
              "She later wrote on Twitter that she was hopeful, the Springfield Times reported.",
              "2025-03-12", "en")
    assert actor_names(out) == {"Ana Lima"}
    assert speakers(out) == ["Ana Lima", "Ana Lima"]
    out = run("Der Minister Jan Ost sagte der Süddeutschen Zeitung und dem Spiegel, er sei zufrieden.",
              "2025-03-12", "de")
    assert actor_names(out) == {"Jan Ost"}


def test_universities_companies_time_zones_and_bystanders_are_no_actors(run):
    out = run("President Ana Costa met Prime Minister Daniel Ross at 10:00 UTC on Monday. Staff of Harbor "
              "University and Northwind Inc. watched. A legal advisor was also there.", "2025-03-12", "en")
    assert actor_names(out) <= {"Ana Costa", "Daniel Ross"}
    assert participant_lists(out) == [["Ana Costa", "Daniel Ross"]]


def test_an_organisation_doing_nothing_is_an_actor_only_when_its_name_says_public_body(run):
    out = run("Minister Tom Hale spoke on Monday. Boeing, Huawei and the European Commission were "
              "not available for comment.", "2020-05-06", "en")
    names = actor_names(out)
    assert "European Commission" in names
    assert not {"Boeing", "Huawei"} & names


def test_a_lone_word_taken_for_a_person_who_does_nothing_is_no_actor(run):
    out = run("President Ana Reyes said on Monday that aid would reach Tolosa by Friday. "
              "Reyes added that Marisol had helped.", "2020-05-06", "en")
    names = actor_names(out)
    assert "Ana Reyes" in names
    assert not {"Tolosa", "Marisol"} & names


def test_a_person_described_by_an_occupation_outside_public_affairs_is_no_actor(run):
    out = run("Harbour coach Tom Vale said his team had played its best game. Later, Deputy Mayor "
              "Lisa Brandt said the stadium would be rebuilt. Ella Ward, a fashion designer, said "
              "the city had changed. Fifteen-year-old Robin said the bus had stopped suddenly.",
              "2024-05-08", "en")
    assert speakers(out) == ["Lisa Brandt"]
    assert actor_names(out) == {"Lisa Brandt"}


def test_a_german_occupation_also_ends_a_compound_and_an_age_alone_says_nothing(run):
    out = run("Der Bundestrainer Jan Hofer sagte, die Mannschaft sei bereit. Der Politikwissenschaftler "
              "Karl Berg sagte, die Wahl sei offen. Der 71-jährige Senator Paul Hahn sagte, er trete "
              "nicht mehr an.", "2024-05-08", "de")
    assert speakers(out) == ["Paul Hahn"]


def test_scientists_physicians_and_people_of_the_media_are_no_actors(run):
    out = run("BBC's Jonathan Hale said questions remain. Phil Moor, head of the photo desk at AFP, called "
              "the death senseless. Professor Carl Lund of Leeds University said the study was sound. Jo Vance "
              "of the University of Leeds disagreed. Dr. Eva Roth said the mayor was stable. Minister Tom Reyes "
              "said it was over.", "2024-05-08", "en")
    assert speakers(out) == ["Tom Reyes"]
    de = run("Prof. Dr. Gerd Lange von der Universität Bremen sagte, die Kosten stiegen. Die Ministerin Ulla "
             "Brandt sagte, sie sinken.", "2024-05-08", "de")
    assert speakers(de) == ["Ulla Brandt"]


def test_places_storms_and_picture_credits_named_like_persons_are_no_actors(run):
    out = run("Typhoon Kammuri reached the Pasig Bay area on Monday. Shops near Villa Ramos, "
              "Mexico, stayed closed. Minister Ann Lee visited the coast. Image: Tom Marsh.",
              "2024-03-15", "en")
    names = actor_names(out)
    assert "Ann Lee" in names
    assert not {"Typhoon Kammuri", "Kammuri", "Pasig Bay", "Villa Ramos", "Tom Marsh"} & set(names)


def test_people_of_a_story_outside_public_affairs_are_no_actors(run):
    # An obituary of a singer: the people she worked with are named, no role, no event, and
    # their sentences say nothing of politics; the senator who paid tribute is an actor.
    out = run("The jazz singer Ida Marsh died on Sunday at 88. She toured for years with Len Hale "
              "and recorded two albums with Omar Fisk. Senator Ruth Kane said the country had lost "
              "a great voice.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Ruth Kane" in names
    assert "Len Hale" not in names and "Omar Fisk" not in names


def test_streets_hospitals_and_arabic_place_names_are_places_not_persons(run):
    out = run("Rebel fighters entered Tell Amar on Monday. Two police officers were hurt on Millbrook "
              "Lane and taken to Lakeside Hospital, Governor Anna Lane said.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Anna Lane" in names
    assert not {"Tell Amar", "Millbrook Lane", "Lakeside Hospital"} & set(names)


def test_an_occupation_opening_a_sentence_makes_a_private_person(run):
    out = run("The mayor praised the police on Monday. Broadcaster Tim Ray said the city was calm. "
              "Senator Ana Lopez said she was relieved.", "2024-05-08", "en")
    assert speakers(out) == ["Ana Lopez"]
    assert not any("Ray" in name for name in actor_names(out))


def test_a_storm_named_again_by_its_name_is_no_person(run):
    out = run("Typhoon Lorma made landfall on the central Philippines on Tuesday, killing at least 20 "
              "people according to officials. Lorma damaged the same regions as Typhoon Bessa.",
              "2024-05-08", "en")
    assert not any("Lorma" in n or "Bessa" in n for n in actor_names(out))


def test_a_german_occupation_in_an_apposition_without_article_or_before_the_comma_is_private(run):
    out = run("Rodrigo Ruiz, 17-jähriger Student, kommentierte: „Die Regierung lügt.“ Ana Lopez, Professorin "
              "und Mutter einer Studentin, fragte, wer helfe. Der Plan wurde mit dem Vorstandschef der Kasse, "
              "Dieter Brand, vorgestellt. Die Außenministerin des Landes, Eva Lind, sagte, sie sei froh. "
              "Minister Jan Roth traf sich mit Software-Gründer Bill Kern.", "2024-03-14", "de")
    assert {a["name"] for a in out["actors"] if a["kind"] == "person"} == {"Eva Lind", "Jan Roth"}
    assert speakers(out) == ["Eva Lind"]
    assert participant_lists(out) == []


def test_a_person_who_refers_to_a_report_of_a_medium_does_not_work_for_it(run):
    # "bezog sich X auf Berichte der Zeitung": the medium is what X refers to; "X der
    # Washington Post" right after the name would be its journalist
    out = run("Paul Kerner erklärte am Montag, er habe andere Kandidaten. Dabei bezog sich Kerner auf Berichte "
              "der Washington Post. Ina Holt der Washington Post fragte nach.", "2024-03-14", "de")
    assert {a["name"] for a in out["actors"] if a["kind"] == "person"} == {"Paul Kerner"}
    assert speakers(out) == ["Paul Kerner"]


def test_an_age_before_a_later_surname_makes_no_private_person(run):
    # "der 41-jährige Ernst" refers back to the winner; only the introducing words decide
    out = run("Hans Ernst gewann am Sonntag die Wahl. Der 41-jährige Ernst erklärte nach der Auszählung, er "
              "sei froh. Die Sängerin Lea Hahn sagte, sie gratuliere.", "2020-01-12", "de")
    assert speakers(out) == ["Hans Ernst"]


@pytest.mark.parametrize("text, lang", [
    ("Jon Eke, owner of a hotel near the border, criticised the policy of the government.", "en"),
    ("The election was close, said analyst Pia Moss on her blog.", "en"),
    ("According to Harbour Times editor Lio Tanu, the government lost support.", "en"),
    ("Der Stand wurde vom Architekten Paul Brink gestaltet, sagte die Ministerin.", "de"),
    ("Der Kurator Ben Amrani hat Gäste aus der Politik eingeladen.", "de"),
    ("Der Stürmer Jan Kowal erklärte, die Regierung sei schuld.", "de"),
])
def test_private_occupations(run, text, lang):
    # owners, analysts, editors, architects, curators, forwards: no actors of public affairs;
    # in English also in an apposition without its article ("X, owner of …,")
    assert not {n for n in actor_names(run(text, DAY, lang)) if " " in n}


def test_impeachment_is_public_affairs(run):
    # persons named only in a sentence about impeachment are politicians of the story
    out = run("The House voted on Monday. Tom Harlan was impeached in 1998, and Ned Orwin in 1868.", DAY, "en")
    assert {"Tom Harlan", "Ned Orwin"} <= actor_names(out)


@pytest.mark.parametrize("text", [
    "The trial compared the drugs ZMapp and REGN-EB3 against EVD in four hospitals.",
    "The team shares its code through an API and chats on IRC every evening.",
])
def test_an_abbreviation_outside_public_affairs_is_no_actor(run, text):
    out = run(text, "2024-05-08", "en")
    assert not {"EVD", "API", "IRC", "ZMapp"} & actor_names(out)


def test_the_interviewers_mark_in_an_interview_is_no_actor(run):
    out = run("The candidate spoke to us in May.\n\n((WN)) What would your plan be for the river?\n\n"
              "((WN)) Why did you join the party?", "2024-05-08", "en")
    assert "WN" not in actor_names(out)
    assert not [e for e in out["events"] if e["kind"] == "statement"]


def test_a_town_followed_by_its_state_is_a_place_not_a_person(run):
    out = run("Five climbers died in an avalanche near Zakopane, South Poland. Mayor of Zakopane Marek "
              "Nowicki announced three days of mourning on Sunday.", "2024-05-08", "en")
    assert "Zakopane" not in actor_names(out)
    assert speakers(out) == ["Marek Nowicki"]


def test_storms_prisons_and_parishes_named_like_people_are_no_actors(run):
    out = run("Tropical Storm Nadia hit Orleans Parish on Saturday, Governor Anna Lee Brooks said. "
              "The attacker is held at the Robert K. Dunmore Correctional Facility.", "2024-05-08", "en")
    assert actor_names(out) == {"Anna Lee Brooks"}


@pytest.mark.parametrize("text", [
    "On Sunday, army doctors reported 12 infections at General Ana Dube Base in the far south.",
    "A bomb hit a base in Maidan Rostam in the centre of the Maidan Kharga province on Monday.",
    "Fire engines came from Bala and from Blaenau Gwynant, the fire service said.",
])
def test_a_place_named_like_a_person_is_no_actor(run, text):
    out = run(text, "2024-05-08", "en")
    assert not [a for a in out["actors"] if a["kind"] == "person"]


def test_a_press_agency_is_no_actor(run):
    out = run("The Kavala Press Agency said the strike hit two sites near the border.", "2024-05-08", "en")
    assert "Kavala Press Agency" not in actor_names(out)
    assert not [e for e in out["events"] if e["kind"] == "statement"]


# --- a medium named like a person --------------------------------------------------------
@pytest.mark.parametrize("text,language", [
    ("Der Minister Paul Renz kritisierte, dass der von der Miliz betriebene Fernsehsender Al Safa "
     "weiter sendet. Al Safa hatte eine Lizenz erhalten.", "de"),
    ("Minister Paul Renz criticised that the militia's TV station Al Safa was still broadcasting. "
     "Al Safa had a licence.", "en"),
])
def test_a_name_after_the_noun_of_a_medium_is_no_person(run, text, language):
    out = run(text, "2020-06-10", language)
    assert not any("Noor" in n for n in actor_names(out))
    assert "Paul Renz" in actor_names(out)


# --- private persons: identified as one, or a two-word private occupation -----------------
@pytest.mark.parametrize("text,name", [
    ("The deceased seaman was identified as Rico Dalisay by a Coast Guard spokesperson.", "Rico Dalisay"),
    ("Police identified the suspect as 23-year-old Dan Kell of Ames, Iowa.", "Dan Kell"),
    ('The paper\'s first author, doctoral candidate Mira Tal, said, "We looked at the data."', "Mira Tal"),
])
def test_a_person_identified_as_a_private_one_is_no_actor(run, text, name):
    out = run(text, "2020-06-10", "en")
    assert name not in actor_names(out)


def test_a_candidate_named_as_such_stays_an_actor(run):
    out = run("The party named its candidate as Ruth Ames, a senator from Ohio.", "2020-06-10", "en")
    assert "Ruth Ames" in actor_names(out)


# --- the page's footer -----------------------------------------------------------------------
def test_the_footer_after_the_article_names_no_actor(run):
    out = run("Der Minister Paul Renz hat am Montag ein Gesetz vorgestellt. Er sagte, es sei gut. Der Senat "
              "stimmte zu.  Kommentar abgeben / Kommentare ansehen  Kanada plant Waffengeschäft mit "
              "Saudi-Arabien (21.10.2010) Portal:Belgien", "2020-06-10", "de")
    names = actor_names(out)
    assert "Paul Renz" in names
    assert not {"Kanada", "Saudi-Arabien", "Belgien"} & names


@pytest.mark.parametrize("text,language,name", [
    ("The attacker, Stefan W, was arrested at the scene, said Minister Ann Holt.", "en", "Stefan W"),
    ("Der 35-jährige Mario K. wurde festgenommen, sagte Ministerin Ana Holt.", "de", "Mario K."),
])
def test_a_person_named_by_an_initial_for_a_surname_is_private(run, text, language, name):
    out = run(text, "2020-06-10", language)
    assert not any(n.startswith(name.split()[0]) for n in actor_names(out))


@pytest.mark.parametrize("text,bad", [
    ("Lena Hart won the party's Oregon Primary in May.", "Oregon Primary"),
    ("Patients were moved to the Rapid Primary Care Clinic on Monday.", "Rapid Primary Care Clinic"),
    ("Voters in Harbour Precinct queued for hours on Monday.", "Harbour Precinct"),
])
def test_a_vote_clinic_or_precinct_is_no_person(run, text, bad):
    assert bad not in actor_names(run(text, "2024-05-08", "en"))


@pytest.mark.parametrize("text,lang,guest,journalist", [
    ("Die Außenministerin Eva Roth antwortete während eines CNN-Interviews mit Paul Kessler auf die Frage.",
     "de", "Eva Roth", "Paul Kessler"),
    ("Foreign Minister Ann Lee said in a CNN interview with Paul Kessler that talks would resume.",
     "en", "Ann Lee", "Paul Kessler"),
])
def test_the_journalist_of_a_media_interview_is_no_actor(run, text, lang, guest, journalist):
    names = actor_names(run(text, "2024-05-08", lang))
    assert guest in names and journalist not in names


def test_a_titled_guest_of_a_media_interview_stays(run):
    assert "Eva Roth" in actor_names(run("Im ZDF-Interview mit Kanzlerin Eva Roth ging es um Steuern.", "2024-05-08", "de"))


def test_a_ship_is_no_organisation_or_person(run):
    names = actor_names(run("Die US-Marine schickte die USS Carl Vinson in die Region. Die HMS Defender folgte.",
                            "2024-05-08", "de"))
    assert not {"USS", "Carl Vinson", "HMS Defender"} & names


@pytest.mark.parametrize("text,lang,ship", [
    ("Die Niederlande schicken das Docklandungsschiff „Karel Brink“ in die Karibik.", "de", "Karel Brink"),
    ("Es geht um den betriebenen Tanker Mira Lindqvist. Die Besatzung der Mira Lindqvist wurde gerettet.",
     "de", "Mira Lindqvist"),
    ("Britain seized the tanker Stena Lind in the Gulf, Foreign Secretary Ann Lee said.", "en", "Stena Lind"),
])
def test_a_name_after_a_word_for_a_ship_is_the_ship(run, text, lang, ship):
    names = actor_names(run(text, "2024-05-08", lang))
    assert not any(ship.split()[-1] in n for n in names)


def test_a_university_is_no_person(run):
    names = actor_names(run("A study by Tom Reed of Canada's Lakeside University found more cases.", "2024-05-08", "en"))
    assert "Lakeside University" not in names


@pytest.mark.parametrize("text,lang,medium", [
    ("Nach Angaben von NKA, der staatlichen Nachrichtenagentur Kiribatis, wurde der Minister entlassen.", "de", "NKA"),
    ("According to RTL, the state broadcaster of Lorania, the minister resigned.", "en", "RTL"),
])
def test_a_name_with_a_medium_in_apposition_is_the_medium(run, text, lang, medium):
    assert medium not in actor_names(run(text, "2024-05-08", lang))


@pytest.mark.parametrize("text, lang, medium", [
    ("The state press agency KPX reported that the minister Jan Roth resigned.", "en", "KPX"),
])
def test_a_name_after_the_noun_of_a_medium_is_no_actor(run, text, lang, medium):
    # "der Website „X“", "the press agency X": a medium (also when tagged an organisation)
    assert medium not in actor_names(run(text, "2024-05-08", lang))


@pytest.mark.parametrize("text, lang", [
    ("Auf dem irischen Millbrook Airport landete das Flugzeug der Ministerin.", "de"),
    ("Vor der Congregation Beth Synagogue demonstrierten am Sonntag Hunderte gegen die Regierung.", "de"),
    ("Guards of the Alder Valley Test Range said the fence had held.", "en"),
])
def test_an_english_place_name_is_no_person_also_in_a_german_text(run, text, lang):
    out = run(text, "2024-05-08", lang)
    assert _actors(out, "person") == []


def test_a_handle_after_a_title_or_with_a_form_of_address_names_a_person(run):
    out = run('The governor wrote: "As such, @DrEvaLind will close the offices. Secretary of State '
              '@TomWardell will ask the courts for more time."', "2024-05-08", "en")
    persons = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert persons.get("@TomWardell") == "Secretary of State" and "@DrEvaLind" in persons


def test_a_handle_of_a_desk_or_a_mail_address_names_no_person(run):  # look-alike
    out = run("Follow @newsdesk for updates, the group said. Write to info@example.org.", "2024-05-08", "en")
    assert [a for a in out["actors"] if a["kind"] == "person"] == []


@pytest.mark.parametrize("text, lang", [
    ("On Friday a federal judge sentenced Ohio man Carl Brenner to life in prison for the attack.", "en"),
    ("Dana Whitlow, 31, pleaded not guilty on Tuesday to attacking the office of the governor.", "en"),
    ("Jörg Kessler wurde am Montag wegen eines Angriffs auf den Bürgermeister angeklagt.", "de"),
])
def test_a_defendant_is_no_actor(run, text, lang):
    out = run(text, "2024-05-08", lang)
    persons = [a["name"] for a in out["actors"] if a["kind"] == "person" and not a["role"]]
    assert persons == []


def test_to_condemn_is_no_criminal_case(run):  # look-alike: "verurteilen" also means to condemn
    out = run("Der Abgeordnete Tarik Osman verurteilte am Montag die Haltung der Regierung.", "2024-05-08", "de")
    assert "Tarik Osman" in [a["name"] for a in out["actors"]]


def test_a_storm_named_like_a_person_is_no_actor(run):
    de = run("Der Hurrikan Dorian traf Anfang September auf die Bahamas.", "2024-05-08", "de")
    en = run("Typhoon Kammuri made landfall on Tuesday. President Rodrigo Reyes said the army was ready.",
             "2024-05-08", "en")
    assert participant_lists(de) == [] and "Dorian" not in actor_names(de)
    assert "Kammuri" not in actor_names(en) and "Rodrigo Reyes" in actor_names(en)


# --- a church's titles outside the Holy See (round 22) -----------------------------------
def test_a_bishop_of_a_diocese_is_no_actor_and_does_not_speak(run):
    out = run("The diocese of Port Ellis mourned its former head on Sunday. In a statement, the current "
              "bishop, Tomas Aldana, said the church would hold a mass for him.", DAY, "en")
    assert "Tomas Aldana" not in actor_names(out) and speakers(out) == []


def test_guard_an_archbishop_of_the_holy_see_still_speaks(run):
    out = run("Vatican archbishop Tomas Aldana said on Sunday the new rules would apply to every diocese.",
              DAY, "en")
    assert speakers(out) == ["Tomas Aldana"]


# --- a company's office with no company word (round 22) ---------------------------------
@pytest.mark.parametrize("text, lang", [
    ("Lia Moreno, a vice president at Arvon Power, said the lines would be repaired by Friday.", "en"),
    ("Senior vice president Tom Aldis added that crews were working through the night.", "en"),
    ("Ken Obuya, Arvon's CEO for East Africa, said the firm would stay in the market.", "en"),
    ("Tom Aldis, the chief operating officer of Arvon, said the plant would reopen.", "en"),
    ("Rafa Ortega, the general manager of the Olmo Grill, said the cooks had not seen him.", "en"),
    ("The report was late, but the general manager of Velta Radio, Dr Omar Saleh, blamed the storm.", "en"),
    ("Konzernchef Jan Brökel sagte am Montag, man werde die Preise senken.", "de"),
])
def test_a_companys_officer_is_no_actor_and_does_not_speak(run, text, lang):
    out = run(text, DAY, lang)
    assert out["actors"] == [] and speakers(out) == []


@pytest.mark.parametrize("text, speaker", [
    ("Vice President Ana Ruiz said the lines would be repaired by Friday.", "Ana Ruiz"),
    ("Ana Ruiz, the vice president of Peru, said the lines would be repaired.", "Ana Ruiz"),
])
def test_guard_a_states_vice_president_still_speaks(run, text, speaker):
    assert speakers(run(text, DAY, "en")) == [speaker]
