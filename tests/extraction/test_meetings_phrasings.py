"""Meetings: which phrasings report a meeting (verbs and nouns of meeting, talks, receptions,
negotiations, signings) and their look-alikes that report none (phone calls, a thing met, a
session of one body). Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_context, _meetings, _meetings_and_status, actor_names, CONTEXT_DE,
                      CONTEXT_EN, DAY, meeting_events, participant_lists, speakers)


def test_talking_with_someone_in_a_city_is_a_meeting_but_not_on_the_phone(run):
    text = ("Außenministerin Eva Lind sprach am Dienstag mit ihrem Amtskollegen Paul Brand in Washington "
            "über die Ukraine. Am Montag sprach Lind mit Jan Ost am Telefon.")
    meetings = [e for e in run(text, "2025-10-23", "de")["events"] if e["kind"] == "meeting"]
    assert [(set(e["participants"]), e["date"]) for e in meetings] == [({"Eva Lind", "Paul Brand"}, "2025-10-21")]


def test_sat_down_with_and_received_a_person_are_meetings_received_a_call_is_not(run):
    out = run("Foreign Minister Tom Hale sat down with his counterpart Jun Mori for lunch on Tuesday. "
              "President Ana Silva received Chancellor Karl Ott on Wednesday. "
              "Silva received a call from Prime Minister Omar Said on Thursday.", "2024-05-10", "en")
    assert participant_lists(out) == [["Jun Mori", "Tom Hale"], ["Ana Silva", "Karl Ott"]]


def test_welcoming_a_person_or_paying_a_courtesy_call_is_a_meeting_welcoming_a_decision_is_not(run):
    out = run("Minister Kenji Morimoto welcomed his Philippine counterpart Ramon Dizon on Tuesday. "
              "On Wednesday, Dizon paid a courtesy call on Foreign Minister Yuki Hoshino. "
              "Hoshino welcomed the agreement on Wednesday.", "2026-05-20", "en")
    assert participant_lists(out) == [["Kenji Morimoto", "Ramon Dizon"], ["Ramon Dizon", "Yuki Hoshino"]]
    assert speakers(out) == ["Yuki Hoshino"]


def test_german_phrase_before_the_verb_says_when_and_a_verb_bracket_holds_one_meeting(run):
    out = run("Nach gemeinsamen Übungen der Marine der USA und Norwegens am 8. Januar traf Admiral Tom Reyes, "
              "Kommandeur der Flotte, am 11. Januar zu einem Besuch in Norwegen ein.", "2024-05-08", "de")
    [meeting] = [e for e in out["events"] if e["kind"] == "meeting"]
    assert sorted(meeting["participants"]) == ["Norwegen", "Tom Reyes"]
    assert meeting["date"] == "2024-01-11"
    # a phrase "mit" before the verb names who was met
    out = run("Mit Präsident Paul Weber traf sich am Montag Kanzlerin Eva Lind.", "2024-05-08", "de")
    assert participant_lists(out) == [["Eva Lind", "Paul Weber"]]


def test_greeting_a_decision_is_no_reception(run):
    out = run("Eva Lind begrüßte außerdem die Unterzeichnung des neuen Abkommens. Bundeskanzler Karl Ott begrüßte "
              "am Freitag die Entscheidung des Präsidenten Luis Vega.", "2024-05-10", "de")
    assert participant_lists(out) == []


def test_negotiations_opened_by_two_are_their_meeting_not_the_agreements_parties(run):
    out = run("In Genf eröffneten die Handelsminister Eva Lind und Tom Hale am Montag die Verhandlungen über "
              "ein Zollabkommen zwischen der EU und Kanada.", "2018-06-18", "de")
    assert [(sorted(e["participants"]), e["date"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Eva Lind", "Tom Hale"], "2018-06-18")]


def test_a_short_insertion_in_brackets_does_not_cut_the_clause(run):
    out = run("Handelskommissarin Eva Lind und der kanadische Premierminister Tom Roy haben am Montag "
              "(4.5.) in Ottawa die Verhandlungen eröffnet.", "2020-05-06", "de")
    assert participant_lists(out) == [["Eva Lind", "Tom Roy"]]
    assert out["events"][0]["date"] == "2020-05-04"


def test_treffen_with_a_thing_as_subject_means_hit(run):
    out = run("Die neuen Sanktionen der EU treffen vor allem Russland. Die Offensive soll die mit den USA "
              "verbündeten Milizen treffen.", "2020-05-06", "de")
    assert participant_lists(out) == []
    out = run("Die beiden Außenminister Eva Lind und Tom Roy trafen sich am Montag in Oslo.", "2020-05-06", "de")
    assert participant_lists(out) == [["Eva Lind", "Tom Roy"]]


def test_a_clause_of_purpose_shares_the_subject_of_the_clause_before(run):
    out = run("Am Montag flog die Außenministerin Eva Lind nach Nairobi, um den kenianischen Präsidenten "
              "Tom Roy zu treffen.", "2006-08-31", "de")
    assert ["Eva Lind", "Tom Roy"] in participant_lists(out)


def test_a_meeting_noun_that_says_what_a_role_is_about_reports_no_meeting(run):
    out = run("Der kenianische Unterhändler bei den Gesprächen mit der EU, Reza Kami, sagte gegenüber der "
              "Presseagentur Reuters, das Angebot sei unannehmbar. Danach traf Kami mit dem geistlichen "
              "Oberhaupt Irans, Ali Nouri, zusammen.", "2005-08-06", "de")
    assert participant_lists(out) == [["Ali Nouri", "Reza Kami"]]
    assert not any("Reuters" in name for name in actor_names(out))


def test_a_joint_press_conference_is_a_meeting_a_press_conference_alone_is_not(run):
    out = run("Bundeskanzler Jan Berg und Präsident Paul Roux gaben am Montag in Paris eine gemeinsame "
              "Pressekonferenz. Am Dienstag gab Roux eine Pressekonferenz.", "2024-03-14", "de")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"]]
    out = run("Chancellor Jan Berg and President Paul Roux held a joint press conference in Paris on Monday.",
              "2024-03-14", "en")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"]]


@pytest.mark.parametrize("text,people", [
    ("Senator Ana Vidal and Governor Tom Hale held rival events. The broadcast of Vidal's event "
     "received more viewers than Hale's event.", []),
    ("President Tom Hale received Prime Minister Ana Vidal at the palace on Monday.", [["Ana Vidal", "Tom Hale"]]),
])
def test_received_is_a_meeting_only_with_someone_as_its_object(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == people


@pytest.mark.parametrize("text", [
    "Senator Ana Vidal visited the family of Tom Hale on Monday.",
    "Senator Ana Vidal received the titles of Grand Master and Master in 2016.",
])
def test_an_of_phrase_after_a_thing_names_no_one_met(run, text):
    assert participant_lists(run(text, "2024-05-08", "en")) == []


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


def test_guard_exchanging_prisoners_is_no_meeting(run):
    out = run(CONTEXT_DE + "Russland und die Ukraine tauschten am Montag in Istanbul Gefangene aus.", "2024-05-08", "de")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text", [
    "Ambassador Tom Rhee resigned on Friday. Last spring he had helped to set up a meeting between Carl "
    "Dunmore, claiming to speak for the White House, and Pavlo Hrytsenko, an adviser of the president.",
    "Ambassador Tom Rhee resigned on Friday. In July, he arranged a meeting between Carl Dunmore, who "
    "had flown in from Rome, and Pavlo Hrytsenko.",
])
def test_a_meeting_between_two_with_a_phrase_after_the_first(run, text):
    # "X helped facilitate a meeting between A, <participle or relative phrase>, and B": A and
    # B meet, not the one who arranged it; the actor inside the phrase is no participant
    out = run(text, "2024-05-08", "en")
    assert participant_lists(out) == [["Carl Dunmore", "Pavlo Hrytsenko"]]


@pytest.mark.parametrize("text", [
    "President Mark Olson flew to Tarnow on Monday. In a meeting there he was informed by Interior "
    "Minister Paul Brenner of twenty people missing.",
    "President Mark Olson flew to Tarnow on Monday. In talks that day he was briefed by Interior "
    "Minister Paul Brenner on the damage.",
    "President Mark Olson flew to Tarnow on Monday. In a meeting there he was informed by Interior Minister "
    "Paul Brenner of twenty people missing, while Deputy Governor Ivo Lang indicated thirty were missing.",
])
def test_in_a_meeting_he_was_told_by(run, text):
    # a meeting noun after "in" frames a passive clause: its subject and its agent meet (the
    # pronoun points back, not to a speaker named after it)
    out = run(text, "2024-05-08", "en")
    assert participant_lists(out) == [["Mark Olson", "Paul Brenner"]]


def test_in_an_interview_is_no_meeting(run):
    # guard: "in" with a word that is no meeting noun frames nothing
    out = run("President Mark Olson flew to Tarnow on Monday. In an interview that day he was asked by "
              "reporter Paul Brenner about the damage.", "2024-05-08", "en")
    assert meeting_events(out) == []


@pytest.mark.parametrize("text, met", [
    ("Kanzler Olaf Berger und Präsident Luc Moreau haben in Oslo Gespräche geführt.",
     ["Luc Moreau", "Olaf Berger"]),
    ("Zuvor hatten Kanzler Olaf Berger und Präsident Luc Moreau in Genf Vorgespräche geführt.",
     ["Luc Moreau", "Olaf Berger"]),
])
def test_talks_held_in_the_perfect(run, text, met):
    # "haben … Gespräche geführt": the participle of "führen" after the noun holds the
    # talks as "führten Gespräche" before it does
    assert met in _meetings(run, text)


def test_talks_led_by_one_side_alone_stay_no_meeting(run):
    # look-alike: an interview of a newspaper, and talks whose other side goes unnamed
    assert _meetings(run, "Die Zeitung hat ein Gespräch mit Kanzler Olaf Berger geführt.") == []
    assert _meetings(run, "Die Verhandlungen mit der Gewerkschaft werden von Ministerin Anna Feld geführt.") == []


@pytest.mark.parametrize("text, met, status", [
    ("Bundeskanzler Olaf Berger kam am Dienstag in Berlin mit dem polnischen Präsidenten Marek Lewandowicz "
     "zusammen.", ["Marek Lewandowicz", "Olaf Berger"], "happened"),
    ("Präsident Marek Lewandowicz empfing den deutschen Außenminister Jonas Hartwig zu einem Gespräch.",
     ["Jonas Hartwig", "Marek Lewandowicz"], "happened"),
    ("Außenministerin Eva Lindqvist traf am Rande des Gipfels in Brüssel ihren Amtskollegen Jan Kowal.",
     ["Eva Lindqvist", "Jan Kowal"], "happened"),
    ("Bundeskanzler Olaf Berger beriet am Donnerstag in Paris mit Präsident Luc Moreau über die Lage.",
     ["Luc Moreau", "Olaf Berger"], "happened"),
    ("Jonas Hartwig absolvierte seinen Antrittsbesuch bei seinem französischen Amtskollegen Luc Moreau.",
     ["Jonas Hartwig", "Luc Moreau"], "happened"),
    ("Außenminister Jonas Hartwig führte in Ankara Gespräche mit seinem türkischen Amtskollegen Kemal Aydın.",
     ["Jonas Hartwig", "Kemal Aydın"], "happened"),
    ("Präsident Marek Lewandowicz war am Freitag zu Gast bei Bundeskanzler Olaf Berger in Berlin.",
     ["Marek Lewandowicz", "Olaf Berger"], "happened"),
    ("Außenminister Jonas Hartwig kommt am Donnerstag in Rom mit seinem italienischen Amtskollegen "
     "Marco Bellini zusammen.", ["Jonas Hartwig", "Marco Bellini"], "planned"),
    ("Die Außenminister Frankreichs, Deutschlands und Polens berieten am Freitag in Weimar über die Lage.",
     ["Deutschland", "Frankreich", "Polen"], "happened"),
])
def test_common_agency_phrasings(run, text, met, status):
    # guards: the phrasings news agencies use most for meetings
    out = run(text, DAY, "de")
    found = [e for e in meeting_events(out) if sorted(e["participants"]) == met]
    assert found and found[0]["status"] == status


def test_a_phone_call_is_no_meeting(run):
    # docs/annotation.md: phone and video calls are no meetings
    assert _meetings(run, "Kanzler Olaf Berger telefonierte am Montag mit Präsident Luc Moreau.") == []


@pytest.mark.parametrize("text, met", [
    ("Über den Vertrag wurde in Genf zwischen Russland und den USA verhandelt.", ["Russland", "USA"]),
    ("Im Vorfeld wurde zwischen Kanzler Olaf Berger, Präsident Luc Moreau und Ministerpräsidentin Anna Feld "
     "über den Haushalt verhandelt.", ["Anna Feld", "Luc Moreau", "Olaf Berger"]),
])
def test_negotiated_between_parties_in_the_passive(run, text, met):
    # "wurde zwischen A, B und C verhandelt": those after "zwischen" negotiate, with no
    # subject of the verb
    assert met in _meetings(run, text)


@pytest.mark.parametrize("text", [
    "Die Regierung verhandelte mit der Gewerkschaft über ein Abkommen zwischen Russland und den USA.",
    "Verhandelt wurde über den Streit zwischen Russland und der Ukraine.",
])
def test_between_after_a_noun_names_no_negotiating_parties(run, text):
    # look-alike: "ein Abkommen zwischen A und B", "den Streit zwischen A und B"
    assert ["Russland", "USA"] not in _meetings(run, text)
    assert ["Russland", "Ukraine"] not in _meetings(run, text)


def test_a_phone_call_compound_and_accession_talks_are_no_meetings(run):
    text = ("Kanzler Jens Hartwig führte am Montag ein Telefongespräch mit Präsident Paul Morel. Die "
            "Opposition forderte den Abbruch der Beitrittsverhandlungen zwischen der EU und Serbien.")
    assert _meetings_and_status(run, text) == []


@pytest.mark.parametrize("text", [
    "Außenministerin Anna Berg, die am Montag in Paris mit dem französischen Präsidenten Jean "
    "Morel zusammentraf, lobte die Gespräche.",
    "Als Kanzler Otto Brandl und Präsident Jean Morel in Paris zusammenkamen, ging es um den Haushalt.",
])
def test_german_meeting_verbs_with_the_particle_joined_in_a_subordinate_clause(run, text):
    people = participant_lists(run(text, "2024-05-08", "de"))
    assert len(people) == 1 and len(people[0]) == 2


@pytest.mark.parametrize("text,lang,people", [
    ("President Ana Lima did not meet Prime Minister Tom Hale during the summit.", "en", []),
    ("Präsidentin Ana Lima traf Premierminister Tom Hale nicht.", "de", []),
    ("Präsidentin Ana Lima traf nicht nur Premierminister Tom Hale, sondern auch König Karl.", "de",
     [["Ana Lima", "Tom Hale"]]),
    ("Ein Treffen von Minister Jan Roth mit Präsident Tom Hale kam nicht zustande.", "de",
     [["Jan Roth", "Tom Hale"]]),
])
def test_a_negated_meeting_verb_reports_no_meeting(run, text, lang, people):
    assert participant_lists(run(text, "2024-05-08", lang)) == people


def test_a_list_of_names_after_a_comma_is_no_relative_clause(run):
    out = run("In Wien kamen Vertreter Moldaus, der Ukraine und der OSZE zu Gesprächen zusammen.", "2024-05-08", "de")
    assert len(participant_lists(out)) == 1
    assert {"Ukraine", "OSZE"} <= set(participant_lists(out)[0])


def test_guard_greeting_a_plan_is_no_meeting(run):
    out = run("Präsident Luca Ferri begrüßte Brandts Vorschlag.", "2024-05-08", "de")
    assert participant_lists(out) == []


@pytest.mark.parametrize("text", [
    "Foreign Minister Tom Becker is due to meet President Igor Petrov in Paris next week.",
    "Foreign Minister Tom Becker is set to meet President Igor Petrov in Paris next week.",
])
def test_a_verb_the_tagger_took_into_a_name_is_cut_off_and_the_meeting_found(run, text):
    # the English tagger reads "meet President Igor Petrov" as one organisation
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert participant_lists(out) == [["Igor Petrov", "Tom Becker"]]
    assert not any(a["name"].startswith("meet") for a in out["actors"])


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Tom Becker wurde am Montag am Flughafen von Präsident Igor Petrow begrüßt."),
    ("en", "Foreign Minister Tom Becker was greeted by President Igor Petrov at the airport on Monday."),
])
def test_a_person_greeted_by_another_met_them_and_no_words_are_reported(run, lang, text):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    assert len(participant_lists(out)) == 1 and "Tom Becker" in participant_lists(out)[0]
    assert speakers(out) == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Tom Becker unterzeichnete am Montag in Genf gemeinsam mit Präsident Igor Petrow "
           "das Abkommen."),
    ("en", "Foreign Minister Tom Becker signed the accord together with President Igor Petrov in Geneva on Monday."),
])
def test_signing_together_with_someone_is_a_meeting(run, lang, text):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    assert participant_lists(out) == [sorted(["Tom Becker", "Igor Petrow" if lang == "de" else "Igor Petrov"])]


@pytest.mark.parametrize("text", [
    "Prime Minister Tom Becker and President Igor Petrov met face to face in Geneva on Tuesday.",
    "Prime Minister Tom Becker and President Igor Petrov met face-to-face on Tuesday.",
])
def test_meeting_face_to_face_is_no_thing_met(run, text):
    # the English parser takes "face" for the object of "met"
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert participant_lists(out) == [["Igor Petrov", "Tom Becker"]]


@pytest.mark.parametrize("text, language, expected", [
    ("Die Außenministerin Lena Brandt, die sich am Dienstag in Washington mit ihrem Amtskollegen "
     "John Miller traf, lobte die Gespräche.", "de", [["John Miller", "Lena Brandt"]]),
    ("Die Außenministerin Lena Brandt traf am Dienstag zu Gesprächen in Washington ein.", "de",
     [["Lena Brandt", "USA"]]),
])
def test_look_alikes_the_one_who_meets_is_known(run, text, language, expected):
    # must stay: the relative pronoun's antecedent meets the partner; a visitor who arrives
    # in a capital meets its state
    out = run(text, "2024-05-08", language)
    assert participant_lists(out) == expected


@pytest.mark.parametrize("text, expected", [
    ("Over a working lunch on Monday, Chancellor Jens Adler and President Ana Ruiz discussed trade.",
     [["Ana Ruiz", "Jens Adler"]]),
    # look-alike: "over" before another meeting noun is its topic
    ("Chancellor Jens Adler and President Ana Ruiz clashed over the talks on Monday.", []),
])
def test_a_meal_after_over_frames_its_clause(run, text, expected):
    assert participant_lists(run(text, "2024-03-07", "en")) == expected
