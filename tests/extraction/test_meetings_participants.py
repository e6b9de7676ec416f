"""Meetings: who took part (the named actors, office holders standing for their states, groups and
their member states, delegations, hosts and guests, ceremonies), and who did not (venues,
reporters, bodies only qualifying a noun). Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_context, _meetings, _meetings_and_status, CONTEXT_DE, CONTEXT_EN,
                      meeting_events, participant_lists, speakers)


G7_DE = ["Deutschland", "Frankreich", "Großbritannien", "Italien", "Japan", "Kanada", "USA"]


G7_EN = ["Canada", "France", "Germany", "Italy", "Japan", "UK", "USA"]


G7 = ["Deutschland", "Frankreich", "Großbritannien", "Italien", "Japan", "Kanada", "USA"]


def test_the_foreign_ministers_of_both_countries_are_the_two_named_before(run):
    text = ("Die deutsche Außenministerin Eva Lind reist am Donnerstag nach Kairo. Dort trifft sie den "
            "ägyptischen Außenminister Omar Said. "
            "Die Außenminister beider Länder waren zuletzt im Januar in Berlin zusammengekommen.")
    meetings = [e for e in run(text, "2025-06-10", "de")["events"] if e["kind"] == "meeting"]
    assert any(set(e["participants"]) == {"Eva Lind", "Omar Said"} and e["date"] == "2025-01"
               and e["status"] == "happened" for e in meetings)


def test_the_three_are_the_three_who_met(run):
    text = ("Am Mittwoch kam Kanzler Jan Ost in Brüssel mit dem französischen Präsidenten Julien Lambert und "
            "Premierministerin Eva Lind zusammen. Die drei wollen im November erneut zusammenkommen.")
    meetings = [e for e in run(text, "2025-10-23", "de")["events"] if e["kind"] == "meeting"]
    planned = [e for e in meetings if e["status"] == "planned"]
    assert planned and set(planned[0]["participants"]) == {"Jan Ost", "Julien Lambert", "Eva Lind"}
    assert planned[0]["date"] == "2025-11"


def test_two_leaders_agreeing_after_talks_on_the_sidelines_met(run):
    text = ("Prime Minister Daniel Ross and President Ana Costa agreed on Tuesday to restart negotiations "
            "after talks on the sidelines of the General Assembly.")
    meetings = [e for e in run(text, "2025-09-24", "en")["events"] if e["kind"] == "meeting"]
    assert [(set(e["participants"]), e["date"]) for e in meetings] == [({"Daniel Ross", "Ana Costa"}, "2025-09-23")]


def test_the_two_leaders_are_the_two_who_lead(run):
    out = run("Prime Minister Anne Roy hosted President Luis Vega on Tuesday. Later, Foreign Minister "
              "Tom Hale sat down with Foreign Minister Ines Paz. The two leaders first met in Lima last year.",
              "2024-05-08", "en")
    assert ["Anne Roy", "Luis Vega"] in [m for m in participant_lists(out)][2:]


def test_a_palace_or_a_ministry_after_im_or_at_is_where_they_met(run):
    out = run("Am Mittwoch empfing Präsidentin Valeria Fuentes den Präsidenten Max Ott im Präsidentenpalast "
              "La Moneda.", "2019-04-11", "de")
    assert participant_lists(out) == [["Max Ott", "Valeria Fuentes"]]
    out = run("Foreign Minister Dewi Kartika received Maria Santos at the foreign ministry on Friday.",
              "2022-08-12", "en")
    assert participant_lists(out) == [["Dewi Kartika", "Maria Santos"]]


def test_a_host_receiving_both_delegation_heads_meets_the_two(run):
    out = run("Vize-Außenminister Aram Petrosjan und Präsidentenberater Elchin Gasimow führten dazu am "
              "Sonntag in Astana erstmals direkte Gespräche. Am Montagmorgen empfing Außenminister Nurlan "
              "Abenov beide Delegationsleiter zu einem Arbeitsfrühstück.", "2025-06-30", "de")
    assert sorted(participant_lists(out)) == [["Aram Petrosjan", "Elchin Gasimow"],
                                     ["Aram Petrosjan", "Elchin Gasimow", "Nurlan Abenov"]]


def test_a_meeting_between_two_is_theirs_not_the_reporters(run):
    out = run("Laut Medien hat Präsident Tom Hale ein Treffen zwischen dem Handelsminister Liam Fox und "
              "der Beraterin Ivy Hale abgesagt.", "2019-06-14", "de")
    assert [(sorted(e["participants"]), e["status"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Ivy Hale", "Liam Fox"], "cancelled")]


def test_the_speaker_after_a_framing_meeting_took_part(run):
    for text, lang in (("Bei einem Treffen mit dem polnischen Präsidenten Andrzej Nowak sagte Präsident Tom Hale, "
                        "Polen sei ein guter Partner.", "de"),
                       ("At a meeting with Polish President Andrzej Nowak, President Tom Hale said Poland "
                        "was a good partner.", "en")):
        out = run(text, "2019-06-14", lang)
        assert participant_lists(out) == [["Andrzej Nowak", "Tom Hale"]]
        assert speakers(out) == ["Tom Hale"]


def test_signatories_signing_together_at_a_place_meet(run):
    out = run("Am Dienstag unterzeichneten Peru, Chile und Ecuador in Lima ein Fischereiabkommen.",
              "2019-06-14", "de")
    assert participant_lists(out) == [["Chile", "Ecuador", "Peru"]]
    # no place, or signed "with" someone: perhaps apart
    assert participant_lists(run("Tokyo and Manila signed a defence pact in 2024.", "2025-03-01", "en")) == []
    assert participant_lists(run("The player signed a contract with the club in Madrid.", "2025-03-01", "en")) == []


def test_a_body_convening_or_a_deadline_met_is_no_meeting_met_with_or_by_someone_is(run):
    out = run("Governor Tom Hale said the State Senate would meet on Monday. The Green Party wanted Governor "
              "Ann Bell out by Thursday; that goal was not met.", "2024-05-10", "en")
    assert participant_lists(out) == []
    out = run("Senator Ann Bell was met by Governor Tom Hale at the airport on Friday. "
              "Ann Bell and Tom Hale had met on Tuesday.", "2024-05-10", "en")
    assert sorted(e["date"] for e in out["events"] if e["kind"] == "meeting") == ["2024-05-07", "2024-05-10"]


def test_a_state_in_an_apposition_describing_the_person_met_is_no_participant(run):
    out = run("In Geneva, Hamas met with Tom Hale, a US mediator, for two hours on Monday.", "2024-05-10", "en")
    assert participant_lists(out) == [["Hamas", "Tom Hale"]]


def test_an_audience_a_welcome_and_a_greeted_guest_are_receptions(run):
    out = run("Ministerpräsident Omar Said hatte am Mittwoch eine Audienz bei Königin Margit. "
              "Am Flughafen hieß Präsident Paul Brand gestern den Gast Tom Hale willkommen. "
              "Bundeskanzler Karl Ott begrüßte am Freitag den Präsidenten Luis Vega in Berlin.", "2024-05-10", "de")
    assert [(e["participants"], e["date"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Omar Said", "Königin Margit"], "2024-05-08"), (["Paul Brand", "Tom Hale"], "2024-05-09"),
        (["Karl Ott", "Luis Vega"], "2024-05-10")]


def test_a_summit_of_a_group_whose_members_go_unnamed_is_a_meeting_of_its_member_states(run):
    out = run("Der nächste G7-Gipfel soll im Mai in Neapel stattfinden.", "2024-01-10", "de")
    meetings = [e for e in out["events"] if e["kind"] == "meeting"]
    assert len(meetings) == 1 and len(meetings[0]["participants"]) == 7
    assert meetings[0]["date"] == "2024-05" and meetings[0]["status"] == "planned"
    states = {a["name"]: a["country"] for a in out["actors"] if a["kind"] == "state"}
    assert {states[p] for p in meetings[0]["participants"]} == {"US", "CA", "JP", "DE", "FR", "GB", "IT"}
    # a member's named leader stands for the state
    out = run("British Prime Minister Tom Hale will attend the summit of the G7 in Naples in May.", "2024-01-10", "en")
    people = participant_lists(out)
    assert len(people) == 1 and "Tom Hale" in people[0] and "UK" not in people[0] and len(people[0]) == 7


def test_someone_a_relative_clause_has_attend_the_meeting_takes_part(run):
    out = run("Am Montag gab es ein Treffen zwischen Ministerin Eva Lind und Tom Hale, an dem auch "
              "Botschafter Paul Brand teilnahm.", "2024-05-10", "de")
    assert participant_lists(out) == [["Eva Lind", "Paul Brand", "Tom Hale"]]
    out = run("President Ana Costa held talks with Prime Minister Tom Hale in Lima on Monday, which Foreign "
              "Minister Eva Lind also attended.", "2024-05-10", "en")
    assert participant_lists(out) == [["Ana Costa", "Eva Lind", "Tom Hale"]]


def test_a_body_in_the_genitive_of_a_thing_is_no_participant(run):
    out = run("Präsident Karl Ott empfing 2017 den Außenminister Sergej Petrow. Ott soll im Gespräch mit den "
              "Gästen auch Informationen der US-Geheimdienste weitergegeben haben.", "2019-09-28", "de")
    assert participant_lists(out) == [["Karl Ott", "Sergej Petrow"]]


def test_a_german_main_clause_after_und_with_its_own_verb_brings_no_participants(run):
    out = run("Am Morgen leitete Tom Hale im Kanzleramt ein Treffen mit Beratern, und am Mittag kündigte "
              "die Bundesregierung eine Pressekonferenz mit Ministerin Eva Lind an.", "2019-09-28", "de")
    assert participant_lists(out) == []


def test_a_round_that_will_take_place_has_the_participants_of_its_wobei_clause(run):
    out = run("Im Juli soll in Wien eine weitere Verhandlungsrunde stattfinden, wobei Ministerin Eva Lind "
              "mit Handelsminister Paul Brand über Zölle sprechen wird.", "2018-06-18", "de")
    assert [(sorted(e["participants"]), e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting"] \
        == [(["Eva Lind", "Paul Brand"], "planned", "2018-07")]


def test_an_appointment_by_a_head_of_state_is_an_audience_by_a_party_it_is_not(run):
    out = run("Tom Hale ist am Mittwoch von Königin Margit als Regierungschef vereidigt worden. "
              "Ministerin Eva Lind wurde von der Partei zur Kandidatin ernannt.", "2024-05-10", "de")
    assert [(e["participants"], e["date"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Tom Hale", "Königin Margit"], "2024-05-08")]
    out = run("On Wednesday Tom Hale was sworn in as premier by King Aldric.", "2024-05-10", "en")
    assert participant_lists(out) == [["King Aldric", "Tom Hale"]]


def test_a_signing_before_someone_present_is_a_meeting_of_all_three(run):
    out = run("Das Abkommen wurde am Montag im Beisein von Präsident Omar Dengo von Außenminister Tom "
              "Reid und Ministerin Anna Berg unterzeichnet.", "2024-05-08", "de")
    assert participant_lists(out) == [["Anna Berg", "Omar Dengo", "Tom Reid"]]
    out = run("Foreign Minister Tom Reid and Minister Anna Berg signed the agreement on Monday in the "
              "presence of President Omar Dengo.", "2024-05-08", "en")
    assert participant_lists(out) == [["Anna Berg", "Omar Dengo", "Tom Reid"]]


def test_a_delegation_of_a_body_meets_for_the_body(run):
    out = run("Eine Delegation der EU führte am Montag in Nairobi Gespräche mit Präsident Tom Roy.", "2024-03-14", "de")
    assert participant_lists(out) == [["Europäische Union", "Tom Roy"]]
    out = run("A delegation of the African Union met President Tom Roy in Nairobi on Monday.", "2024-03-14", "en")
    assert participant_lists(out) == [["African Union", "Tom Roy"]]


def test_ministers_of_several_states_named_by_their_states_are_a_meeting_of_the_states(run):
    out = run("Die Außenminister Frankreichs, Italiens und Spaniens trafen sich am Montag in Rom.", "2024-03-14", "de")
    assert participant_lists(out) == [["Frankreich", "Italien", "Spanien"]]
    out = run("The foreign ministers of Chile, Peru, Ecuador and Colombia met in Lima on Monday.", "2024-03-14", "en")
    assert participant_lists(out) == [["Chile", "Colombia", "Ecuador", "Peru"]]


@pytest.mark.parametrize("text,lang,states", [
    ("Die Außenminister Frankreichs, Deutschlands und Polens berieten am Montag in Weimar über die Lage.",
     "de", ["Deutschland", "Frankreich", "Polen"]),
    ("Die Außenminister von Chile, Peru und Kolumbien verhandelten am Montag in Lima.",
     "de", ["Chile", "Kolumbien", "Peru"]),
    ("The foreign ministers of France, Germany and Poland negotiated in Weimar on Monday.",
     "en", ["France", "Germany", "Poland"]),
])
def test_holders_of_several_states_who_confer_meet(run, text, lang, states):
    assert participant_lists(run(text, "2024-05-08", lang)) == [states]


def test_the_town_of_a_meeting_is_no_participant(run):
    out = run("The foreign ministers of France and Poland met in Weimar on Monday.", "2024-05-08", "en")
    assert participant_lists(out) == [["France", "Poland"]]


@pytest.mark.parametrize("text", [
    "Senator Jan Roth told radio host Milo Brant that he would win the state.",
    "The town hall, hosted by anchor Dana Welles, drew more viewers than the debate.",
    "The comedian Ruben Hale hosts a film review series with the critic Otto Marsh.",
    "If the new release does not meet a user's needs, President Jan Roth said, the agency will pay.",
    # a thing hosted with someone, not a meeting or a meal
    "President Ana Ruiz hosted a podcast with Governor Tom Berrigan on Monday.",
])
def test_a_host_of_a_show_or_a_need_met_is_no_meeting(run, text):
    assert participant_lists(run(text, "2024-05-08", "en")) == []


@pytest.mark.parametrize("text,people", [
    ("President Jan Roth has hosted Prime Minister Ana Vidal twice this year.", ["Ana Vidal", "Jan Roth"]),
    ("Foreign Minister Cho Hyun-woo hosted his Chinese and Japanese counterparts, Li Ming and Kenji Sato, "
     "in Busan on Monday.", ["Cho Hyun-woo", "Kenji Sato", "Li Ming"]),
    ("Minister Paulo Mendes had been due to meet his Argentine counterpart, Lucia Ferraro, on Monday.",
     ["Lucia Ferraro", "Paulo Mendes"]),
    # hosting a meeting or a meal with someone
    ("President Ana Ruiz hosted talks with Chancellor Tom Berrigan in Madrid on Monday.",
     ["Ana Ruiz", "Tom Berrigan"]),
    ("President Ana Ruiz hosted a dinner for Chancellor Tom Berrigan in Madrid on Monday.",
     ["Ana Ruiz", "Tom Berrigan"]),
])
def test_hosting_or_meeting_someone_is_a_meeting(run, text, people):
    assert participant_lists(run(text, "2024-05-08", "en")) == [people]


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Tom Becker traf am Dienstag in Oslo Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm."),
    ("en", "Foreign Minister Tom Becker met President Igor Petrov and Prime Minister Lena Holm in Oslo "
           "on Tuesday."),
])
def test_guard_partners_met_together_stay_one_meeting(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    petrov = "Igor Petrov" if lang == "en" else "Igor Petrow"
    assert participant_lists(out) == [[petrov, "Lena Holm", "Tom Becker"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "The G7 foreign ministers met in Rome on Tuesday."),
    ("en", "The finance ministers of the G7 met in London on Saturday."),
    ("de", "Die Außenminister der G7 berieten am Dienstag in Rom über die Krise."),
    ("de", "Die G7-Außenminister trafen sich am Dienstag in Rom."),
])
def test_a_groups_office_holders_meeting_are_its_member_states(run, lang, text):
    # before: no meeting (German) or the group and the host state (English "G7 – Italy")
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    assert participant_lists(out) == [G7_EN if lang == "en" else G7_DE]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die G7-Außenminister berieten am Montag in einer Videokonferenz über neue Sanktionen."),
    ("de", "Die Außenminister der G7 trafen sich am Dienstag per Videokonferenz."),
    ("en", "The G7 foreign ministers issued a statement on Tuesday."),
])
def test_guard_a_groups_office_holders_by_video_or_in_writing_meet_no_one(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    assert participant_lists(out) == []


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


@pytest.mark.parametrize("lang,text", [
    ("de", "Präsident Hugo Brenner erörterte am Montag in Genf mit Premierministerin Clara Vos die Lage."),
    ("de", "Präsident Hugo Brenner hielt am Montag Unterredungen mit Premierministerin Clara Vos in Genf ab."),
    ("en", "President Hugo Brenner discussed trade with Prime Minister Clara Vos in Geneva on Monday."),
])
def test_discussing_with_someone_at_a_place_is_a_meeting(run, lang, text):
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


@pytest.mark.parametrize("text", [
    "Präsident Hugo Brenner und Premierministerin Clara Vos tauschten sich am Montag in Genf über die Lage aus.",
    "Präsident Hugo Brenner tauschte sich am Montag in Genf mit Premierministerin Clara Vos über die Lage aus.",
])
def test_exchanging_views_at_a_place_is_a_meeting(run, text):
    out = run(CONTEXT_DE + text, "2024-05-08", "de")
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]


def test_a_session_of_one_body_is_no_meeting(run):
    # guard: the council sits alone
    out = run(CONTEXT_DE + "Der Sicherheitsrat der Vereinten Nationen hat für Dienstag zu einer Sondersitzung "
              "eingeladen.", "2024-05-08", "de")
    assert meeting_events(out) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Gemeinschaft wurde am Montag in Lima gegründet. Anwesend bei der Zeremonie waren die "
           "Präsidenten von Polen, Ungarn, Estland und Lettland.", ["Estland", "Lettland", "Polen", "Ungarn"]),
    ("de", "Die Gemeinschaft wurde am Montag in Lima gegründet. Bei der Zeremonie waren die Präsidenten "
           "von Polen, Ungarn und Estland anwesend.", ["Estland", "Polen", "Ungarn"]),
    ("en", "The union was founded in Lima on Monday. Present at the ceremony were the presidents of Poland, "
           "Hungary, Estonia and Latvia.", ["Estonia", "Hungary", "Latvia", "Poland"]),
    ("en", "The union was founded in Lima on Monday. That ceremony was attended by the heads of state of "
           "Poland, Hungary and Estonia.", ["Estonia", "Hungary", "Poland"]),
])
def test_holders_of_several_states_present_at_a_ceremony_meet(run, lang, text, expected):
    # unnamed office holders of several states present at one ceremony: the states meet
    out = run(text, "2024-05-08", lang)
    assert participant_lists(out) == [expected]


def test_states_that_sent_envoys_join_the_ceremony(run):
    # "Die Staatschefs von D und E entsandten Diplomaten als Vertreter" right after the
    # attendance: a delegation is represented by its state, which joins the meeting
    out = run("Die Gemeinschaft wurde am Montag in Lima gegründet. Anwesend bei der Zeremonie waren die "
              "Präsidenten von Polen, Ungarn und Estland. Die Staatschefs von Litauen und Rumänien entsandten "
              "Diplomaten als Vertreter.", "2024-05-08", "de")
    assert participant_lists(out) == [["Estland", "Litauen", "Polen", "Rumänien", "Ungarn"]]


@pytest.mark.parametrize("lang, text", [
    ("de", "Bei der Zeremonie war der Präsident von Polen anwesend."),
    ("de", "Bei der Sitzung waren 300 Abgeordnete anwesend."),
    ("en", "The presidents of Poland, Hungary and Estonia were present in their capitals."),
])
def test_presence_without_several_states_at_an_occasion_is_no_meeting(run, lang, text):
    # guards: one holder alone, no actor named, no occasion to be present at
    out = run(_context(lang) + text, "2024-05-08", lang)
    assert meeting_events(out) == []


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


@pytest.mark.parametrize("text, lang, expected", [
    ("Prime Minister Ivo Stein attended the funeral of former President Max Hale on Friday.", "en", []),
    ("Prime Minister Ivo Stein and President Ana Whitfield attended the funeral of former President "
     "Max Hale on Friday.", "en", [["Ana Whitfield", "Ivo Stein"]]),
    ("Bei der Beisetzung des früheren Präsidenten Max Hale waren am Freitag auch Kanzler Jens Adler und "
     "Präsidentin Ana Ruiz anwesend.", "de", [["Ana Ruiz", "Jens Adler"]]),
    ("Kanzler Jens Adler nahm an der Trauerfeier für den verstorbenen Präsidenten Max Hale teil.", "de", []),
])
def test_the_one_mourned_at_a_funeral_meets_no_one(run, text, lang, expected):
    # the funeral's own person is no participant; those present together still meet
    assert participant_lists(run(text, "2024-03-07", lang)) == expected


@pytest.mark.parametrize("text", [
    "An der Zeremonie nahm auch Kanzler Olaf Berger teil.",
    "Präsident Luc Moreau nahm an der Abstimmung teil.",
    "Bei der Feier waren auch zahlreiche Bürger anwesend, darunter Präsident Luc Moreau.",
])
def test_one_taking_part_alone_is_no_meeting(run, text):
    # look-alike: one named participant, or no occasion (a vote)
    assert _meetings(run, text) == []


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


def test_a_meeting_noun_that_frames_the_clause_has_its_coordinated_actors(run):
    text = ("Kanzler Jens Hartwig und der polnische Präsident Marek Zalewski sind Nachbarn. Bei ihrem Treffen in "
            "Warschau vereinbarten Hartwig und Zalewski eine engere Zusammenarbeit.")
    assert _meetings_and_status(run, text) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]


def test_a_framing_meeting_noun_without_coordinated_actors_reports_none(run):
    text = "Bei einem Treffen in Warschau kritisierte Kanzler Jens Hartwig den Haushalt."
    assert _meetings_and_status(run, text) == []


def test_coordinated_actors_who_confer_without_mit_meet(run):
    text = ("Der französische Präsident Paul Morel und Kanzler Jens Hartwig berieten am Montag in Paris über "
            "die Lage an der Grenze.")
    assert _meetings_and_status(run, text) == [(frozenset({"Paul Morel", "Jens Hartwig"}), "happened")]


def test_coordinated_actors_who_talk_meet_only_with_a_place(run):
    with_place = "Kanzler Jens Hartwig und Präsident Paul Morel sprachen am Montag in Paris über den Haushalt."
    without = "Kanzler Jens Hartwig und Präsident Paul Morel sprachen am Montag über den Haushalt."
    assert _meetings_and_status(run, with_place) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]
    assert _meetings_and_status(run, without) == []


def test_office_holders_named_by_their_states_after_von_meet_as_the_states(run):
    text = "Die Regierungschefs von Deutschland, Frankreich und Italien trafen sich am Montag in Rom."
    assert _meetings_and_status(run, text) == [(frozenset({"Deutschland", "Frankreich", "Italien"}), "happened")]


def test_an_unnamed_office_holder_of_a_state_meeting_a_named_person_is_the_state(run):
    genitive = "Der Präsident Frankreichs traf am Montag den Kanzler Jens Hartwig."
    named = "Der Präsident Frankreichs, Paul Morel, traf am Montag den Kanzler Jens Hartwig."
    assert _meetings_and_status(run, genitive) == [(frozenset({"Jens Hartwig", "Frankreich"}), "happened")]
    assert _meetings_and_status(run, named) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_those_who_take_part_in_a_meeting_named_by_its_noun_meet(run):
    text = ("An dem Treffen in Rom nahmen Kanzler Jens Hartwig, Präsident Paul Morel und Ministerpräsident "
            "Luca Ferri teil.")
    assert _meetings_and_status(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel", "Luca Ferri"}), "happened")]


def test_who_announces_a_meeting_in_a_clause_of_report_takes_no_part(run):
    text = ("Wie das Außenministerium am Samstag mitteilte, trafen sich Kanzler Jens Hartwig und Präsident "
            "Paul Morel in Rom.")
    assert _meetings_and_status(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_a_compound_of_a_meeting_noun_names_its_participants(run):
    text = "Die Regierungskonsultationen zwischen Deutschland und Polen fanden am Montag in Warschau statt."
    assert _meetings_and_status(run, text) == [(frozenset({"Deutschland", "Polen"}), "happened")]


def test_a_meal_given_for_a_guest_is_a_meeting_of_host_and_guest(run):
    for_guest = "Kanzler Jens Hartwig gab am Montag ein Arbeitsessen für den polnischen Präsidenten Marek Zalewski."
    in_honour = ("Zu Ehren des polnischen Präsidenten Marek Zalewski gab Kanzler Jens Hartwig am Montag ein "
                 "Staatsbankett.")
    assert _meetings_and_status(run, for_guest) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]
    assert _meetings_and_status(run, in_honour) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]


def test_a_meeting_held_by_coordinated_actors_is_theirs(run):
    text = "Kanzler Jens Hartwig und Präsident Paul Morel hielten am Montag in Paris ein Treffen ab."
    assert _meetings_and_status(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_a_state_in_the_bare_genitive_of_a_topic_takes_no_part(run):
    text = "Gesandte von 30 Staaten trafen sich am Montag in Wien zu einer Konferenz über den Wiederaufbau Syriens."
    assert _meetings_and_status(run, text) == []


def test_who_speaks_after_a_joint_news_conference_with_someone_took_part(run):
    text = ("At a joint news conference with Chancellor Jens Hartwig, President Paul Morel said the "
            "border would stay open.")
    meetings = meeting_events(run(text, "2024-03-14", "en"))
    assert [set(e["participants"]) for e in meetings] == [{"Jens Hartwig", "Paul Morel"}]


def test_an_office_holder_named_by_demonym_and_role_only_is_the_state(run):
    unnamed = "Kanzler Jens Hartwig empfing am Montag den chinesischen Außenminister in Berlin."
    named_before = ("Der chinesische Außenminister Wang Lei kam nach Berlin. Kanzler Jens Hartwig empfing den "
                    "chinesischen Außenminister am Montag.")
    assert _meetings_and_status(run, unnamed) == [(frozenset({"Jens Hartwig", "China"}), "happened")]
    assert _meetings_and_status(run, named_before) == [(frozenset({"Jens Hartwig", "Wang Lei"}), "happened")]


@pytest.mark.parametrize("text,lang,participants", [
    ("Die Innenminister Schwedens und der Schweiz trafen sich am Montag in Bern.", "de",
     ["Schweden", "Schweiz"]),
    ("In Riga kamen Vertreter Litauens und der Slowakei zu einer Sitzung zusammen.", "de",
     ["Litauen", "Slowakei"]),
])
def test_unnamed_holders_of_a_bare_genitive_and_of_a_genitive_with_article_meet(run, text, lang, participants):
    # the first state was read as a mere qualifier, and the capital of the place became a host
    assert participant_lists(run(text, "2024-05-08", lang)) == [participants]


@pytest.mark.parametrize("text,lang,participants", [
    ("Der Sondergesandte Paul Brandt traf in Kairo Vertreter der Hisbollah.", "de", ["Hisbollah", "Paul Brandt"]),
    ("Envoy Mara Quist met representatives of the Houthis in Muscat on Friday.", "en", ["Houthis", "Mara Quist"]),
])
def test_representatives_of_a_body_make_it_a_participant(run, text, lang, participants):
    assert participant_lists(run(text, "2024-05-08", lang)) == [participants]


@pytest.mark.parametrize("text,lang,participants", [
    ("Der Sondergesandte Paul Brandt verhandelte in Kairo mit Außenminister Omar Sabri.", "de",
     ["Omar Sabri", "Paul Brandt"]),
    ("Die Ministerin Eva Lind beriet in Rom mit Präsident Luca Ferri über die Lage.", "de", ["Eva Lind", "Luca Ferri"]),
    ("The ministry said that envoy Mara Quist negotiated with rebel leader Omar Sabri in Muscat.", "en",
     ["Mara Quist", "Omar Sabri"]),
])
def test_negotiating_with_a_partner_in_a_place_is_a_meeting(run, text, lang, participants):
    assert participant_lists(run(text, "2024-05-08", lang)) == [participants]


@pytest.mark.parametrize("text", [
    "Die Atombehörde beriet unterdessen in Wien über ihre Schritte im Streit mit Syrien.",
    "Die Kommission verhandelte mit Kanada über ein Handelsabkommen.",
])
def test_guard_negotiating_without_a_partner_of_the_verb_or_a_place_is_no_meeting(run, text):
    assert participant_lists(run(text, "2024-05-08", "de")) == []


def test_a_guest_named_right_after_the_verb_when_the_host_stands_before_it_is_greeted(run):
    out = run("Präsident Luca Ferri begrüßte Paul Brandt mit militärischen Ehren.", "2024-05-08", "de")
    assert participant_lists(out) == [["Luca Ferri", "Paul Brandt"]]


@pytest.mark.parametrize("text,lang", [
    ("Bei ihrem Treffen in Paris besprachen Außenminister Karl Frei und sein französischer Amtskollege "
     "Luc Blanc die Lage in Syrien.", "de"),
    ("At their meeting in Paris, Foreign Minister Karl Frei and his French counterpart Luc Blanc "
     "discussed Syria.", "en"),
])
def test_a_meeting_that_frames_its_clause_has_a_pair_joined_by_a_counterpart(run, text, lang):
    before = "The talks were announced last week. " if lang == "en" else "Die Gespräche waren angekündigt. "
    out = run(before + text, "2024-05-08", lang)
    assert participant_lists(out) == [["Karl Frei", "Luc Blanc"]]


@pytest.mark.parametrize("text", [
    "Following talks with President Igor Petrov, Foreign Minister Tom Becker said the two sides were closer.",
    "Speaking after talks with President Igor Petrov, Foreign Minister Tom Becker said progress had been made.",
    "After meeting President Igor Petrov on Monday, Foreign Minister Tom Becker said the talks had been useful.",
    "After meeting with President Igor Petrov in Paris, Foreign Minister Tom Becker told reporters the talks "
    "had been useful.",
])
def test_who_speaks_after_a_meeting_with_someone_took_part_in_it(run, text):
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert participant_lists(out) == [["Igor Petrov", "Tom Becker"]]
    assert speakers(out) == ["Tom Becker"]


def test_guard_who_speaks_after_a_meeting_with_someone_took_part_in_it_de(run):
    out = run(CONTEXT_DE + "Nach einem Treffen mit Präsident Igor Petrow sagte Außenminister Tom Becker, "
              "man sei sich näher gekommen.", "2024-05-08", "de")
    assert participant_lists(out) == [["Igor Petrow", "Tom Becker"]]
    assert speakers(out) == ["Tom Becker"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Tom Becker unterzeichnete am Montag in Genf ein Abkommen mit Russland."),
    ("en", "Foreign Minister Tom Becker signed a trade agreement with Russia in Geneva on Monday."),
])
def test_guard_signing_an_agreement_with_a_state_may_be_done_apart(run, lang, text):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    assert participant_lists(out) == []


@pytest.mark.parametrize("text, language, expected", [
    ("Delegations from Russia and Ukraine held talks in Istanbul on Tuesday.", "en", [["Russia", "Ukraine"]]),
    ("Negotiators from Peru and Chile met in Lima on Tuesday.", "en", [["Chile", "Peru"]]),
    ("Unterhändler aus Serbien und dem Kosovo trafen sich am Dienstag in Brüssel.", "de",
     [["Kosovo", "Serbien"]]),
    # look-alike that must stay: people from two states who hold no office
    ("Tourists from Russia and Ukraine met in Istanbul on Tuesday.", "en", []),
])
def test_envoys_from_states_make_their_states_meet(run, text, language, expected):
    # the states after "from"/"aus" an envoy noun names are no places: they take part through
    # their envoys, as after "of" ("Representatives of Russia and Ukraine met")
    out = run(text, "2020-03-20", language)
    assert participant_lists(out) == expected


def test_a_national_title_of_the_office_stands_for_its_state_in_a_group_meeting(run):
    # the American foreign minister is the Secretary of State: named, he replaces the US
    out = run("G7 foreign ministers met in Rome on Tuesday. US Secretary of State John Reed praised the talks.",
              "2020-03-20", "en")
    assert participant_lists(out) == [["Canada", "France", "Germany", "Italy", "Japan", "John Reed", "UK"]]


def test_unnamed_hosts_in_the_plural_are_not_the_person_named_last(run):
    # "Die Minister": several office holders, not the one person of the sentence before
    out = run("Udo Marx sprach am Montag im Parlament. Die Minister empfingen am Dienstag Jonas Feld und "
              "Marta Kühn in Berlin.", "2024-03-06", "de")
    assert participant_lists(out) == [["Jonas Feld", "Marta Kühn"]]
