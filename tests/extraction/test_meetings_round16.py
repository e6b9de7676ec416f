"""Meetings, round 16: classes of phrasing found in the missed and wrong meetings of the
real-news train and dev splits, of the unannotated corpus articles and in invented probes of
the same class. Each test names the class and holds a short sentence of our own (invented
names); guards keep the look-alikes."""
from __future__ import annotations

import pytest

from .helpers import meeting_events, participant_lists

CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "


def _context(lang: str) -> str:
    return CONTEXT_EN if lang == "en" else CONTEXT_DE


@pytest.mark.parametrize("lang,text", [
    ("en", "Envoy Sam Keller worked to arrange a meeting between President Ilona Varga and Prime Minister "
           "Tomas Brandt."),
    ("en", "President Ilona Varga has requested a meeting with Prime Minister Tomas Brandt."),
    ("en", "President Ilona Varga offered to meet Prime Minister Tomas Brandt in Lisbon."),
    ("de", "Präsidentin Ilona Varga bemühte sich um ein Treffen mit Premierminister Tomas Brandt."),
    ("de", "Präsidentin Ilona Varga schlug ein Treffen mit Premierminister Tomas Brandt in Lissabon vor."),
    ("de", "Präsidentin Ilona Varga versuchte, Premierminister Tomas Brandt in Lissabon zu treffen."),
])
def test_an_attempt_or_wish_to_meet_is_planned(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Ilona Varga", "Tomas Brandt"]]
    assert meeting_events(out)[0]["status"] == "planned"


@pytest.mark.parametrize("lang,text", [
    ("en", "Envoy Sam Keller arranged a meeting between President Ilona Varga and Prime Minister Tomas Brandt "
           "in Lisbon."),
    ("en", "President Ilona Varga met Prime Minister Tomas Brandt in Lisbon after she had tried for weeks."),
    ("de", "Nach dem Treffen mit Premierminister Tomas Brandt in Lissabon versuchte Präsidentin Ilona Varga, "
           "die Presse zu beruhigen."),
])
def test_guard_a_meeting_that_was_arranged_or_held_happened(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Ilona Varga", "Tomas Brandt"]]
    assert meeting_events(out)[0]["status"] == "happened"


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsidentin Ilona Varga und Außenminister Sam Keller trafen sich am Dienstag getrennt mit "
           "Premierminister Tomas Brandt."),
    ("en", "President Ilona Varga and Foreign Minister Sam Keller met separately with Prime Minister "
           "Tomas Brandt on Tuesday."),
])
def test_partners_named_before_the_verb_who_met_separately_are_one_meeting_each(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert sorted(participant_lists(out)) == [["Ilona Varga", "Tomas Brandt"], ["Sam Keller", "Tomas Brandt"]]


def test_guard_partners_named_before_the_verb_who_met_together_stay_one_meeting(run):
    out = run(CONTEXT_DE + "Präsidentin Ilona Varga und Außenminister Sam Keller trafen sich am Dienstag mit "
              "Premierminister Tomas Brandt.", "2024-05-08", "de")
    assert participant_lists(out) == [["Ilona Varga", "Sam Keller", "Tomas Brandt"]]


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Rebellenführer Jan Oduya kehrte am Montag aus dem Exil nach Malvia zurück. Präsident Hugo "
           "Brenner hieß seinen früheren Gegner am Dienstag im Palast willkommen."),
    ("de", "Der Außenminister Jan Oduya landete am Montag in Malvia. Präsident Hugo Brenner empfing den Gast "
           "am Dienstag im Palast."),
    ("de", "Der Außenminister Jan Oduya landete am Montag in Malvia. Präsident Hugo Brenner empfing ihn am "
           "Dienstag im Palast."),
    ("en", "Foreign Minister Jan Oduya landed in Malvia on Monday. President Hugo Brenner received the "
           "visiting minister at the palace on Tuesday."),
    ("en", "Foreign Minister Jan Oduya landed in Malvia on Monday. President Hugo Brenner welcomed his guest "
           "at the palace on Tuesday."),
    ("en", "Foreign Minister Jan Oduya landed in Malvia on Monday. President Hugo Brenner received him at "
           "the palace on Tuesday."),
])
def test_a_guest_welcomed_by_a_description_or_a_pronoun_is_the_person_named_before(run, lang, text):
    out = run(text, "2024-05-08", lang)
    assert ["Hugo Brenner", "Jan Oduya"] in participant_lists(out)


def test_guard_a_guest_noun_with_a_name_is_that_person(run):
    out = run("Außenminister Jan Oduya landete am Montag in Malvia. Präsident Hugo Brenner empfing seinen Gast, "
              "Ministerin Clara Vos, am Dienstag im Palast.", "2024-05-08", "de")
    assert ["Clara Vos", "Hugo Brenner"] in participant_lists(out)
    assert ["Hugo Brenner", "Jan Oduya"] not in participant_lists(out)


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


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "President Hugo Brenner had lunch with Prime Minister Clara Vos in Lisbon on Monday.",
     ["Clara Vos", "Hugo Brenner"]),
    ("en", "President Hugo Brenner gave a banquet in honour of Prime Minister Clara Vos on Monday.",
     ["Clara Vos", "Hugo Brenner"]),
    ("de", "Präsident Hugo Brenner gab am Montag ein Abendessen zu Ehren von Premierministerin Clara Vos.",
     ["Clara Vos", "Hugo Brenner"]),
])
def test_a_meal_with_a_guest_or_in_a_guests_honour_is_a_meeting(run, lang, text, expected):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [expected]


@pytest.mark.parametrize("text", [
    "After lunch, President Hugo Brenner said that trade mattered.",
    "The charity held a dinner for 300 veterans on Monday.",
])
def test_guard_a_meal_without_a_guest_is_no_meeting(run, text):
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert participant_lists(out) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "President Hugo Brenner welcomed Prime Minister Clara Vos to the White House on Monday."),
    ("de", "Präsident Hugo Brenner lud Premierministerin Clara Vos zu einem Abendessen ins Kanzleramt ein."),
])
def test_the_building_a_guest_is_welcomed_or_invited_to_is_no_participant(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


def test_set_to_meet_is_planned(run):
    out = run(CONTEXT_EN + "President Hugo Brenner is set to meet Prime Minister Clara Vos in Lisbon next week.",
              "2024-05-08", "en")
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]
    assert meeting_events(out)[0]["status"] == "planned"


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Hugo Brenner erörterte am Montag in Genf mit Premierministerin Clara Vos die Lage."),
    ("de", "Präsident Hugo Brenner hielt am Montag Unterredungen mit Premierministerin Clara Vos in Genf ab."),
    ("en", "President Hugo Brenner discussed trade with Prime Minister Clara Vos in Geneva on Monday."),
])
def test_discussing_with_someone_at_a_place_is_a_meeting(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "President Hugo Brenner discussed trade with Prime Minister Clara Vos by phone on Monday."),
    ("en", "President Hugo Brenner discussed the situation in Syria with reporters in Geneva."),
    ("de", "Präsident Hugo Brenner erörterte am Montag in Genf die Lage in Syrien."),
])
def test_guard_discussing_by_phone_or_with_no_actor_is_no_meeting(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == []


def test_guard_the_topic_two_discussed_at_their_meeting_does_not_meet(run):
    out = run(CONTEXT_EN + "At their meeting in Geneva, President Hugo Brenner and Prime Minister Clara Vos "
              "discussed Syria.", "2024-05-08", "en")
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "At a meeting on Monday, President Hugo Brenner was briefed by Prime Minister Clara Vos on trade."),
    ("de", "Bei einem Treffen am Montag wurde Präsident Hugo Brenner von Premierministerin Clara Vos über die Lage "
           "unterrichtet."),
])
def test_the_subject_and_the_agent_of_a_passive_framed_by_a_meeting_met(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


def test_guard_a_thing_done_by_an_actor_at_a_meeting_is_no_meeting_of_two(run):
    out = run(CONTEXT_EN + "At a meeting on Monday, the plan was approved by the Senate.", "2024-05-08", "en")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text", [
    "Präsident Hugo Brenner und Premierministerin Clara Vos tauschten sich am Montag in Genf über die Lage aus.",
    "Präsident Hugo Brenner tauschte sich am Montag in Genf mit Premierministerin Clara Vos über die Lage aus.",
])
def test_exchanging_views_at_a_place_is_a_meeting(run, text):
    out = run(CONTEXT_DE + text, "2024-05-08", "de")
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


def test_guard_exchanging_prisoners_is_no_meeting(run):
    out = run(CONTEXT_DE + "Russland und die Ukraine tauschten am Montag in Istanbul Gefangene aus.", "2024-05-08", "de")
    assert participant_lists(out) == []
