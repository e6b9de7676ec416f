"""Meetings, round 19 (meetings helper): phrasings of German news reporting on diplomacy,
each with a short invented sentence that the rules before this round got wrong (or, marked
as such, a look-alike or a common agency phrasing that must stay right)."""
from __future__ import annotations

import pytest

from .helpers import meeting_events, participant_lists

DAY = "2024-05-08"


def _meetings(run, text: str, lang: str = "de") -> list[list[str]]:
    return participant_lists(run(text, DAY, lang))


@pytest.mark.parametrize("text, lang, met", [
    ("Außenminister Jonas Hartwig besuchte am Mittwoch Litauen.", "de", ["Jonas Hartwig", "Litauen"]),
    ("Außenminister Jonas Hartwig hat am Freitag Frankreich besucht.", "de", ["Frankreich", "Jonas Hartwig"]),
    ("Premierministerin Eva Lindqvist besuchte im Januar Portugal.", "de", ["Eva Lindqvist", "Portugal"]),
])
def test_a_state_after_a_weekday_or_month_is_the_state(run, text, lang, met):
    # "am Mittwoch Litauen": the tagger takes some weekdays for names, and the state was
    # read as the last word of a longer name ("New Mexico"), so it was no actor at all
    assert met in _meetings(run, text, lang)


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
    ("An der Zeremonie in Berlin nahmen Kanzler Olaf Berger und Präsident Luc Moreau teil.",
     ["Luc Moreau", "Olaf Berger"]),
    ("Kanzler Olaf Berger und Präsident Luc Moreau nahmen an der Trauerfeier in Rom teil.",
     ["Luc Moreau", "Olaf Berger"]),
    ("An der Vereidigung des Präsidenten Tom Walker nahm auch Präsident Luc Moreau teil.",
     ["Luc Moreau", "Tom Walker"]),
])
def test_those_taking_part_in_a_ceremony_meet(run, text, met):
    # "An der Zeremonie nahmen A und B teil": taking part in an occasion is being present
    # at it ("Anwesend bei der Zeremonie waren …"); the occasion's own person meets them
    assert met in _meetings(run, text)


def test_the_person_of_a_ceremony_named_before_meets_those_present(run):
    # "Bei der feierlichen Vereidigung …, darunter Y": the ceremony refers back to "die
    # Vereidigung Keitas", and "darunter" names who was present
    text = ("Die Vereidigung des neuen Premierministers Amadou Keita fand am Montag statt. Die Vereidigung "
            "Keitas gilt als Zeichen der Versöhnung. Bei der Vereidigung im Parlament waren auch viele "
            "Gäste aus dem Ausland anwesend, darunter auch der ghanaische Präsident Kofi Mensah.")
    assert ["Amadou Keita", "Kofi Mensah"] in _meetings(run, text)


@pytest.mark.parametrize("text", [
    "An der Zeremonie nahm auch Kanzler Olaf Berger teil.",
    "Präsident Luc Moreau nahm an der Abstimmung teil.",
    "Bei der Feier waren auch zahlreiche Bürger anwesend, darunter Präsident Luc Moreau.",
])
def test_one_taking_part_alone_is_no_meeting(run, text):
    # look-alike: one named participant, or no occasion (a vote)
    assert _meetings(run, text) == []


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


G7 = ["Deutschland", "Frankreich", "Großbritannien", "Italien", "Japan", "Kanada", "USA"]


@pytest.mark.parametrize("text, met", [
    ("Am 4. Mai vereinbarten die Finanzminister der sieben führenden Industriestaaten in London einen "
     "Schuldenerlass.", G7),
    ("Die Außenminister der G7 einigten sich am Montag in Rom auf eine gemeinsame Erklärung.", G7),
    ("Ein Klimaprogramm billigten die Umweltminister der sieben führenden Industriestaaten und "
     "Russlands am Dienstag in Rom.", sorted(G7 + ["Russland"])),
    ("Die Außenminister Frankreichs, Deutschlands und Polens vereinbarten am Freitag in Weimar engere "
     "Zusammenarbeit.", ["Deutschland", "Frankreich", "Polen"]),
])
def test_office_holders_of_a_group_deciding_together_met(run, text, met):
    # "vereinbarten die Minister der sieben führenden Industriestaaten heute …": the
    # group named by what it is, and its ministers deciding on a day or at a place met
    assert met in _meetings(run, text)


def test_a_named_minister_stands_for_his_state_in_a_group_meeting(run):
    # docs/annotation.md: a named person is preferred to his or her state; also by a national
    # title of the office ("Schatzkanzler" for the British finance minister)
    text = ("Heute beschlossen die Finanzminister der G7 in London einen Schuldenerlass. Der britische "
            "Schatzkanzler Tom Hale sprach von einem Erfolg. Die deutsche Finanzministerin Eva Roth lobte "
            "den Beschluss.")
    assert sorted(["Tom Hale", "Eva Roth", "Frankreich", "Italien", "Japan", "Kanada", "USA"]) in _meetings(run, text)


@pytest.mark.parametrize("text", [
    "Die EU-Staaten beschlossen am Montag neue Sanktionen.",
    "Frankreich, Deutschland und Polen beschlossen am Freitag neue Sanktionen.",
    "Die Finanzminister der G7 beschlossen einen Schuldenerlass.",
    "Die Wirtschaft der sieben führenden Industriestaaten wuchs im Mai.",
])
def test_states_deciding_or_a_decision_with_no_time_or_place_is_no_meeting(run, text):
    # look-alike: states or bodies decide (no office holders), and holders with neither a
    # day nor a place
    assert _meetings(run, text) == []


@pytest.mark.parametrize("text, met, status, date", [
    ("Verteidigungsministerin Lena Vogt, die in diesen Tagen in Washington ihren Amtskollegen Tom Baker "
     "trifft, will darüber nicht sprechen.", ["Lena Vogt", "Tom Baker"], "happened", None),
    ("Außenminister Jonas Hartwig, der am Montag in Paris mit Präsident Luc Moreau zusammengetroffen war, "
     "soll nächste Woche nach Rom reisen.", ["Jonas Hartwig", "Luc Moreau"], "happened", "2024-05-06"),
])
def test_a_meeting_in_a_relative_clause_keeps_its_own_status_and_date(run, text, met, status, date):
    # "X, der am Montag Y getroffen hatte, soll nächste Woche …": the main clause goes on after
    # the comma with its finite verb; its plan and its date are not the meeting's
    found = [e for e in meeting_events(run(text, DAY, "de")) if sorted(e["participants"]) == met]
    assert found and found[0]["status"] == status and found[0]["date"] == date


@pytest.mark.parametrize("text, lang", [
    ("Kanzler Olaf Berger sagte in einem Gespräch mit Journalisten in Berlin, die Lage sei ernst.", "de"),
    ("Kanzler Olaf Berger sagte am Rande eines Treffens mit Studenten in Lyon, die Lage sei ernst.", "de"),
])
def test_a_talk_with_the_press_or_the_public_is_no_visit(run, text, lang):
    # the talk is no encounter of actors, and the place named with it no visit to its state
    assert _meetings(run, text, lang) == []


def test_the_public_next_to_a_named_partner_keeps_the_meeting(run):
    # look-alike: "mit Studenten und Präsident X" names an actor met
    text = "Kanzler Olaf Berger sprach bei einem Treffen mit Studenten und Präsident Luc Moreau in Lyon."
    assert ["Luc Moreau", "Olaf Berger"] in _meetings(run, text)


@pytest.mark.parametrize("text, met", [
    ("Eine chinesische Delegation traf am Montag zu Gesprächen in Berlin ein.", ["China", "Deutschland"]),
    ("Kanzler Olaf Berger empfing am Montag eine chinesische Handelsdelegation.", ["China", "Olaf Berger"]),
    ("Eine chinesische Delegation unter Leitung von Vizeminister Li Wei traf am Montag in Berlin ein.",
     ["Deutschland", "Li Wei"]),
])
def test_a_delegation_named_by_its_state_is_the_state(run, text, met):
    # docs/annotation.md: a delegation is represented by its named head, else by its state
    assert met in _meetings(run, text)


def test_a_delegation_doing_no_meeting_is_none(run):
    # look-alike: a delegation that leaves a room or votes meets no one
    assert _meetings(run, "Die deutsche Delegation verließ am Montag den Saal.") == []


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
