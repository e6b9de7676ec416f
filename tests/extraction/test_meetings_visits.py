"""Meetings: visits and trips (the traveller, the state or capital visited, the host), and what is
no visit. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_context, _meetings, _meetings_and_status, actor_names, CONTEXT_DE,
                      CONTEXT_EN, DAY, meeting_events, participant_lists, speakers)


def test_a_planned_stop_in_a_capital_is_a_visit(run):
    text = "Secretary John Reyes had planned to stop in Nairobi in January but postponed the visit."
    meetings = [e for e in run(text, "2025-02-03", "en")["events"] if e["kind"] == "meeting"]
    assert meetings and set(meetings[0]["participants"]) == {"John Reyes", "Kenya"}
    assert meetings[0]["status"] == "cancelled" and meetings[0]["date"] == "2025-01"


def test_talks_followed_by_a_meeting_are_two_meetings_of_the_same_visitor(run):
    text = ("Foreign Minister Grace Otieno will hold talks with Foreign Minister Li Wei on Tuesday, "
            "followed by a meeting with Vice Premier Zhao Ming.")
    meetings = [e for e in run(text, "2025-02-03", "en")["events"] if e["kind"] == "meeting"]
    assert sorted(sorted(e["participants"]) for e in meetings) == [
        ["Grace Otieno", "Li Wei"], ["Grace Otieno", "Zhao Ming"]]


def test_a_postponed_meeting_with_one_named_person_belongs_to_the_traveller_named_before(run):
    text = ("President Ana Costa is scheduled to meet President Thabo Nkosi on Thursday. A meeting with "
            "President Robert Hayes, planned for two days later, has been postponed.")
    meetings = [e for e in run(text, "2025-09-24", "en")["events"] if e["kind"] == "meeting"]
    off = [e for e in meetings if e["status"] == "cancelled"]
    assert off and set(off[0]["participants"]) == {"Ana Costa", "Robert Hayes"} and off[0]["date"] == "2025-09-27"


def test_a_trip_to_a_capital_to_meet_its_leader_is_a_visit_too_a_trip_to_a_forum_is_not(run):
    out = run("Chancellor Karl Ott will travel to Warsaw on Friday to meet Polish President Jan Nowak.",
              "2024-05-08", "en")
    assert sorted(participant_lists(out)) == [["Jan Nowak", "Karl Ott"], ["Karl Ott", "Poland"]]
    out = run("Chancellor Karl Ott flew to Suva on Monday for the Pacific Islands Forum, where he is "
              "expected to meet Fijian Prime Minister Sam Vula.", "2024-05-08", "en")
    assert participant_lists(out) == [["Karl Ott", "Sam Vula"]]


def test_a_postponed_visit_named_by_the_visitors_genitive(run):
    out = run("Der finnische Verteidigungsminister Mikko Laaksonen traf am Donnerstag seine Amtskollegin "
              "Karin Holmberg. Ein für Freitag geplanter Besuch Laaksonens in Riga wurde dagegen verschoben.",
              "2021-11-13", "de")
    assert ["Lettland", "Mikko Laaksonen"] in participant_lists(out)
    assert "Laaksonens" in next(a for a in out["actors"] if a["name"] == "Mikko Laaksonen")["aliases"]


def test_arriving_in_a_named_state_and_being_received_is_a_visit_and_a_meeting(run):
    out = run("Hana Whitmore arrived in Fiji on Monday and was received by Prime Minister Josaia Naivalu.",
              "2023-09-10", "en")
    assert sorted(participant_lists(out)) == [["Fiji", "Hana Whitmore"], ["Hana Whitmore", "Josaia Naivalu"]]


def test_talking_with_someone_during_a_visit_is_in_person(run):
    out = run("Während ihres Chinabesuchs sprach die UN-Hochkommissarin Lara Berg mit dem chinesischen "
              "Außenminister Li Wei.", "2019-06-14", "de")
    assert participant_lists(out) == [["Lara Berg", "Li Wei"]]


def test_a_compound_naming_a_visit_is_no_participant(run):
    out = run("Während ihres dreitägigen Chinabesuchs sprach die EU-Kommissarin Eva Lind mit dem chinesischen "
              "Außenminister Li Wen.", "2024-05-08", "de")
    assert participant_lists(out) == [["Eva Lind", "Li Wen"]]
    assert "Chinabesuchs" not in actor_names(out)


def test_talking_with_an_official_during_a_visit_and_a_commissioner_described_by_role(run):
    out = run("Die UN-Hochkommissarin Louise Marten reiste nach China. Während ihres dreitägigen Chinabesuchs sprach "
              "die UN-Hochkommissarin dort mit dem chinesischen Außenminister Li Wen und Vertretern von Verbänden. Der "
              "Minister Paul Weber sprach von einem Erfolg.", "2024-05-08", "de")
    assert ["Li Wen", "Louise Marten"] in participant_lists(out)
    assert speakers(out) == ["Paul Weber"]  # "sprach mit …, von …" is a talk, "sprach von" reports


def test_german_visit_compound_with_its_host_after_bei(run):
    out = run("Der Berater John Weller trat zurück. Bei seinem Paris-Besuch im März bei Premierminister Paul "
              "Jansen war Weller für einen Kompromiss eingetreten. Nach seinem Chinabesuch kehrte Weller zurück.",
              "2024-05-08", "de")
    assert participant_lists(out) == [["John Weller", "Paul Jansen"]]


def test_visiting_a_site_or_people_visiting_a_country_or_meeting_a_private_person_is_no_meeting(run):
    out = run("Minister Tom Hale visited the province of Kerry when the storm hit. "
              "Mayor Ann Bell was still in surgery when Bishop Paul Brand visited the hospital. "
              "From May, tourists visiting Taiwan will need a permit from China. "
              "In 1990 President Eva Lind married a U.S. citizen she had met in Boston.", "2024-05-10", "en")
    assert participant_lists(out) == []
    out = run("President Eva Lind, visiting Paris on Monday, met President Jean Roux.", "2024-05-10", "en")
    assert ["Eva Lind", "France"] in participant_lists(out)  # a named visitor before the participle


def test_an_invitation_to_visit_or_to_talks_is_a_planned_meeting_of_host_and_guest(run):
    out = run("Bürgermeister Sami Haddad hatte die Abgeordnete Ina Roth eingeladen, seine Stadt zu besuchen. "
              "Ministerin Eva Lind hat Tom Hale zu Gesprächen eingeladen.", "2024-05-10", "de")
    assert [(sorted(e["participants"]), e["status"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Ina Roth", "Sami Haddad"], "planned"), (["Eva Lind", "Tom Hale"], "planned")]
    out = run("Tom Hale was invited by President Ana Costa to visit Lima. Senator Ann Bell invited her "
              "former colleague Paul Brand to appear on her show.", "2024-05-10", "en")
    assert participant_lists(out) == [["Ana Costa", "Tom Hale"]]


def test_a_german_relative_clause_visit_is_its_antecedents_and_the_object_pronoun_is_the_host(run):
    out = run("Der französische Präsident Jean Roux sagte Hilfe zu. Versprochen hatte er sie am 5. März dem "
              "Regierungschef Jan de Vries, der ihn in Paris besuchte.", "2008-03-07", "de")
    assert participant_lists(out) == [["Jan de Vries", "Jean Roux"]]


def test_a_visit_with_a_named_host_is_in_person_whatever_else_the_clause_calls_remote(run):
    out = run("Chancellor Tom Hale recorded a video greeting on a visit to Portugal with Prime Minister "
              "Sean Kelly.", "2019-09-11", "en")
    assert participant_lists(out) == [["Sean Kelly", "Tom Hale"]]


def test_paying_a_visit_and_being_a_guest_of_someone_are_meetings(run):
    out = run("Bundeskanzler Jan Berg stattete Präsident Paul Roux am Montag einen Besuch ab. Am Dienstag war "
              "Berg zu Gast bei Ministerpräsident Luca Neri in Rom. Die Band war zu Gast bei Freunden.",
              "2024-03-14", "de")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"], ["Jan Berg", "Luca Neri"]]


def test_a_visit_to_a_town_that_names_no_actor_is_no_meeting_with_others_in_the_sentence(run):
    out = run("Senator Ana Vidal and Governor Tom Hale campaigned in the state. Vidal visited Kenosha "
              "two days after Hale in her first campaign trip to the state.", "2024-05-08", "en")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text,people", [
    ("President Tom Hale visited Kyiv on Monday.", ["Tom Hale", "Ukraine"]),
    ("President Tom Hale visited France on Monday.", ["France", "Tom Hale"]),
])
def test_a_visit_to_a_state_or_its_capital_is_a_meeting_with_the_state(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == [people]


@pytest.mark.parametrize("lang,text", [
    # partners met separately
    ("en", "Foreign Minister Tom Becker met separately with President Igor Petrov and Prime Minister "
           "Lena Holm in Oslo on Tuesday."),
    ("en", "Foreign Minister Tom Becker held separate talks with President Igor Petrov and Prime Minister "
           "Lena Holm in Oslo."),
    ("de", "Außenminister Tom Becker traf am Dienstag in Oslo getrennt mit Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm zusammen."),
    # the hosts met during a visit (docs/annotation.md: one event per host)
    ("de", "Während seines dreitägigen Besuchs in Norwegen sprach Außenminister Tom Becker mit Präsident "
           "Igor Petrow und Ministerpräsidentin Lena Holm."),
    ("de", "Bei seinem Besuch in Oslo traf Außenminister Tom Becker Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm."),
    ("en", "During his three-day visit to Norway, Foreign Minister Tom Becker held talks with President "
           "Igor Petrov and Prime Minister Lena Holm."),
])
def test_partners_met_separately_or_as_hosts_of_a_visit_are_one_meeting_each(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    petrov = "Igor Petrov" if lang == "en" else "Igor Petrow"
    assert sorted(participant_lists(out)) == [[petrov, "Tom Becker"], ["Lena Holm", "Tom Becker"]]


def test_guard_states_met_during_a_visit_stay_one_multilateral_meeting(run):
    out = run(CONTEXT_EN + "During his visit to Brussels, Foreign Minister Tom Becker met the foreign "
              "ministers of France, Italy and Spain.", "2024-05-08", "en")
    assert participant_lists(out) == [["France", "Italy", "Spain", "Tom Becker"]]


@pytest.mark.parametrize("text,expected", [
    ("Foreign Minister Jan Oduya's trip to Japan begins on Monday.", [["Jan Oduya", "Japan"]]),
    ("Jan Oduya said on his trip to Japan and South Korea that trade mattered.",
     [["Jan Oduya", "Japan"], ["Jan Oduya", "South Korea"]]),
    ("During her journey to Chile, Foreign Minister Clara Vos said that aid would rise.", [["Chile", "Clara Vos"]]),
])
def test_english_trip_nouns_are_visits_of_their_traveller(run, text, expected):
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert sorted(participant_lists(out)) == expected


def test_guard_a_trip_of_no_actor_is_no_visit(run):
    out = run(CONTEXT_EN + "The students went on a school trip to Berlin.", "2024-05-08", "en")
    assert participant_lists(out) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Der italienische Außenminister Marco Bellini reiste am Dienstag nach Prag. Der tschechische "
           "Präsident Hugo Brenner empfing den Gast auf der Burg.", ["Hugo Brenner", "Marco Bellini"]),
    ("en", "Foreign Minister Jan Oduya has cancelled his trip to Buenos Aires. Oduya had been due to meet his "
           "Argentine counterpart, Clara Vos, on Monday.", ["Clara Vos", "Jan Oduya"]),
])
def test_a_trip_whose_host_the_next_sentence_names_is_the_meeting_with_the_host(run, lang, text, expected):
    out = run(text, "2024-05-08", lang)
    assert participant_lists(out) == [expected]


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Außenministerin Clara Vos flog am Montag in die kenianische Hauptstadt.", ["Clara Vos", "Kenia"]),
    ("en", "Foreign Minister Clara Vos flew to the Kenyan capital on Monday.", ["Clara Vos", "Kenya"]),
    ("de", "Die kenianische Regierung lehnte die Hilfe ab. Außenministerin Clara Vos flog am Montag in die "
           "kenianische Hauptstadt, um die Regierung zum Einlenken zu bewegen.", ["Clara Vos", "kenianische Regierung"]),
])
def test_a_capital_named_by_its_states_adjective_is_a_visit_to_the_state_or_its_government(run, lang, text, expected):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [expected]


def test_guard_living_in_a_capital_named_by_an_adjective_is_no_visit(run):
    out = run(CONTEXT_DE + "Außenministerin Clara Vos lebte lange in der kenianischen Hauptstadt.", "2024-05-08", "de")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Olaf Berger sagte in einem Gespräch mit Journalisten in Berlin, die Lage sei ernst.", "de"),
    ("Kanzler Olaf Berger sagte am Rande eines Treffens mit Studenten in Lyon, die Lage sei ernst.", "de"),
    # the verb's own "mit", later in its clause
    ("Kanzler Olaf Berger traf sich am Dienstag mit Journalisten in Berlin.", "de"),
    ("Chancellor Olaf Berger met on Tuesday with reporters in Berlin.", "en"),
])
def test_a_talk_with_the_press_or_the_public_is_no_visit(run, text, lang):
    # the talk is no encounter of actors, and the place named with it no visit to its state
    assert _meetings(run, text, lang) == []


def test_a_trip_to_a_state_named_with_its_own_preposition(run):
    # "nach Kanada und in die USA": the second destination with "in die" after "und"
    out = _meetings(run, "Ministerpräsidentin Anna Feld reist am Montag nach Kanada und in die USA.")
    assert ["Anna Feld", "Kanada"] in out and ["Anna Feld", "USA"] in out
    # look-alike: "in die Berge" is no state, "hat in den USA Verwandte" no second trip
    assert _meetings(run, "Ministerpräsidentin Anna Feld reist nach Kanada und hat in den USA Verwandte.") \
        == [["Anna Feld", "Kanada"]]


@pytest.mark.parametrize("text, met", [
    ("Außenminister Jonas Hartwig bricht am Sonntag zu einer Reise nach China auf.", ["China", "Jonas Hartwig"]),
    ("Kanzler Olaf Berger trat am Montag eine dreitägige Reise nach Japan an.", ["Japan", "Olaf Berger"]),
    ("Ministerpräsidentin Anna Feld unternahm im März eine Reise nach Peru.", ["Anna Feld", "Peru"]),
])
def test_a_trip_set_out_on_by_the_subject(run, text, met):
    # "bricht zu einer Reise nach China auf": a trip noun with an indefinite article, the
    # subject of a verb of setting out or undertaking is the traveller
    assert met in _meetings(run, text)


@pytest.mark.parametrize("text, met", [
    ("Chancellor Olaf Berger embarked on a three-day trip to Japan on Monday.", ["Japan", "Olaf Berger"]),
    ("President Luc Moreau made a trip to Peru in March.", ["Luc Moreau", "Peru"]),
])
def test_a_trip_set_out_on_by_the_subject_in_english(run, text, met):
    assert met in _meetings(run, text, "en")


@pytest.mark.parametrize("text", [
    "Die Reisewarnung rät von einer Reise nach Syrien ab.",
    "Kanzler Olaf Berger sagte, eine Reise nach China sei nicht geplant.",
])
def test_a_trip_nobody_sets_out_on_is_no_visit(run, text):
    # look-alike: a trip advised against, a trip denied
    assert _meetings(run, text) == []


@pytest.mark.parametrize("text", [
    "Die Regierung hat dem Sonderberichterstatter Karl Hansen erlaubt, im November nach China zu reisen.",
    "Die Regierung erlaubte dem Sonderberichterstatter Karl Hansen, nach China zu reisen.",
])
def test_leave_to_travel_is_a_planned_trip_of_the_one_allowed(run, text):
    # before: the government that gave leave met the rapporteur; now the rapporteur's trip
    # to China, still ahead
    events = meeting_events(run(text, DAY, "de"))
    assert [(sorted(e["participants"]), e["status"]) for e in events] == [(["China", "Karl Hansen"], "planned")]


def test_a_visit_with_its_visitor_in_the_genitive_and_a_capital_after_is_a_visit(run):
    text = ("Während des Besuchs des polnischen Präsidenten Marek Zalewski in Berlin wurde ein Abkommen "
            "über die Energie unterzeichnet.")
    assert _meetings_and_status(run, text) == [(frozenset({"Marek Zalewski", "Deutschland"}), "happened")]


def test_a_visit_with_its_visitor_in_the_genitive_and_no_place_is_none(run):
    text = "Anlässlich des Besuchs des Präsidenten Marek Zalewski wurde ein Konzert gegeben."
    assert _meetings_and_status(run, text) == []


def test_a_trip_with_its_traveller_as_possessor_is_a_visit_to_each_state_named(run):
    text = ("Die Sprecherin Lena Graf wird den Präsidenten Tom Brandt auf seiner Rundreise nach Japan "
            "und Vietnam begleiten.")
    assert set(_meetings_and_status(run, text)) == {
        (frozenset({"Tom Brandt", "Japan"}), "planned"), (frozenset({"Tom Brandt", "Vietnam"}), "planned")}


def test_a_trip_with_its_traveller_in_the_genitive_is_a_visit(run):
    text = "Die Reise der Außenministerin Anna Solberg nach Kenia dauerte drei Tage."
    assert _meetings_and_status(run, text) == [(frozenset({"Anna Solberg", "Kenia"}), "happened")]


def test_the_way_home_and_an_entry_are_no_visits(run):
    text = ("Der Präsident Tom Brandt trat am Montag seine Rückreise nach Frankreich an. Die Ministerin Anna "
            "Solberg kritisierte die Einreise nach Deutschland.")
    assert _meetings_and_status(run, text) == []


def test_taking_part_in_a_summit_in_a_capital_is_no_visit_to_its_state(run):
    text = "Kanzler Jens Hartwig nahm am Montag am Gipfeltreffen der NATO in Brüssel teil."
    assert all("Belgien" not in who for who, _ in _meetings_and_status(run, text))


def test_a_delegation_led_by_a_named_person_arrives_as_that_person(run):
    text = "Eine Delegation unter Leitung des polnischen Außenministers Piotr Nowak traf am Montag in Berlin ein."
    assert _meetings_and_status(run, text) == [(frozenset({"Piotr Nowak", "Deutschland"}), "happened")]


def test_an_announced_arrival_is_a_planned_visit(run):
    text = "Der polnische Außenminister Piotr Nowak wird am Montag zu Gesprächen in Berlin eintreffen."
    assert _meetings_and_status(run, text) == [(frozenset({"Piotr Nowak", "Deutschland"}), "planned")]


def test_a_trip_called_off_with_a_date_between_possessive_and_noun_is_a_cancelled_visit(run):
    text = "Kanzler Jens Hartwig hat seine für Montag geplante Reise nach Warschau abgesagt."
    assert _meetings_and_status(run, text) == [(frozenset({"Jens Hartwig", "Polen"}), "cancelled")]


def test_a_stay_for_talks_in_a_capital_is_a_visit(run):
    stayed = "Außenministerin Anna Solberg hielt sich am Montag zu Gesprächen in Moskau auf. Die Lage ist ernst."
    ready = "Außenministerin Anna Solberg war zu Gesprächen auf Einladung bereit."
    assert _meetings_and_status(run, stayed) == [(frozenset({"Anna Solberg", "Russland"}), "happened")]
    assert _meetings_and_status(run, ready) == []


def test_guard_the_visitors_named_in_the_genitive_of_a_framing_visit_do_not_meet_each_other(run):
    out = run("Die Gespräche waren angekündigt. Bei einem Besuch des Außenministers Ivan Petrov und des "
              "Botschafters Oleg Sarin in Berlin habe Kanzlerin Ute Sommer Bedenken geäußert.",
              "2024-05-08", "de")
    assert ["Ivan Petrov", "Oleg Sarin"] not in participant_lists(out)


@pytest.mark.parametrize("text,host", [
    ("Außenministerin Lena Roth flog am Montag nach Nairobi, um mit Präsident Paul Kamau über die Hilfe "
     "zu sprechen.", "Paul Kamau"),
    ("Außenministerin Lena Roth flog am Montag nach Nairobi, um mit der kenianischen Regierung über die Hilfe "
     "zu sprechen.", "kenianische Regierung"),
])
def test_a_trip_to_talk_with_a_host_is_the_meeting_with_that_host(run, text, host):
    out = run(CONTEXT_DE + text, "2024-05-08", "de")
    assert participant_lists(out) == [sorted(["Lena Roth", host])]
    assert [e["place"] for e in out["events"] if e["kind"] == "meeting"] == ["Nairobi"]


@pytest.mark.parametrize("text, language", [
    ("Über die Zukunft des Stützpunkts will die Ministerin, die in dieser Woche in Washington mit "
     "ihrem Kollegen John Miller zusammentrifft, nicht sprechen.", "de"),
    ("The delegation, which met in Washington with Senator John Miller on Tuesday, gave no "
     "details.", "en"),
])
def test_the_one_met_in_a_capital_is_no_visitor_of_its_state(run, text, language):
    # who meets the partner after "mit"/"with" is not known here: the partner is no guest of
    # the state whose capital the meeting is in, so there is no meeting with that state
    out = run(text, "2024-05-08", language)
    assert participant_lists(out) == []


@pytest.mark.parametrize("text, expected", [
    # the host met "there" after the arrival: one meeting with the host, the arrival's place
    ("Japanese Prime Minister Taro Sato arrived in Tehran on Wednesday. He met Iran's supreme leader "
     "Ali Hamdi there on Thursday.", [["Ali Hamdi", "Taro Sato"]]),
    # an existential "there" names no place: the visit stays
    ("Japanese Prime Minister Taro Sato arrived in Tehran on Wednesday. There were protests against "
     "Iran's supreme leader Ali Hamdi on Thursday.", [["Iran", "Taro Sato"]]),
])
def test_an_english_meeting_there_after_an_arrival_is_the_visit(run, text, expected):
    out = run(text, "2024-03-08", "en")
    assert participant_lists(out) == expected
    assert [e["place"] for e in meeting_events(out)] == ["Tehran"]
