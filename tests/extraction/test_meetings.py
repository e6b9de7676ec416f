"""Meetings: which phrasings report one, who took part, its status. Short invented sentences."""
from __future__ import annotations

from .helpers import actor_names, participant_lists, speakers


def test_talking_with_someone_in_a_city_is_a_meeting_but_not_on_the_phone(run):
    text = ("Außenministerin Eva Lind sprach am Dienstag mit ihrem Amtskollegen Paul Brand in Washington "
            "über die Ukraine. Am Montag sprach Lind mit Jan Ost am Telefon.")
    meetings = [e for e in run(text, "2025-10-23", "de")["events"] if e["kind"] == "meeting"]
    assert [(set(e["participants"]), e["date"]) for e in meetings] == [({"Eva Lind", "Paul Brand"}, "2025-10-21")]


def test_a_planned_stop_in_a_capital_is_a_visit(run):
    text = "Secretary John Reyes had planned to stop in Nairobi in January but postponed the visit."
    meetings = [e for e in run(text, "2025-02-03", "en")["events"] if e["kind"] == "meeting"]
    assert meetings and set(meetings[0]["participants"]) == {"John Reyes", "Kenya"}
    assert meetings[0]["status"] == "cancelled" and meetings[0]["date"] == "2025-01"


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


def test_two_leaders_agreeing_after_talks_on_the_sidelines_met(run):
    text = ("Prime Minister Daniel Ross and President Ana Costa agreed on Tuesday to restart negotiations "
            "after talks on the sidelines of the General Assembly.")
    meetings = [e for e in run(text, "2025-09-24", "en")["events"] if e["kind"] == "meeting"]
    assert [(set(e["participants"]), e["date"]) for e in meetings] == [({"Daniel Ross", "Ana Costa"}, "2025-09-23")]


def test_sat_down_with_and_received_a_person_are_meetings_received_a_call_is_not(run):
    out = run("Foreign Minister Tom Hale sat down with his counterpart Jun Mori for lunch on Tuesday. "
              "President Ana Silva received Chancellor Karl Ott on Wednesday. "
              "Silva received a call from Prime Minister Omar Said on Thursday.", "2024-05-10", "en")
    assert participant_lists(out) == [["Jun Mori", "Tom Hale"], ["Ana Silva", "Karl Ott"]]


def test_a_trip_to_a_capital_to_meet_its_leader_is_a_visit_too_a_trip_to_a_forum_is_not(run):
    out = run("Chancellor Karl Ott will travel to Warsaw on Friday to meet Polish President Jan Nowak.",
              "2024-05-08", "en")
    assert sorted(participant_lists(out)) == [["Jan Nowak", "Karl Ott"], ["Karl Ott", "Poland"]]
    out = run("Chancellor Karl Ott flew to Suva on Monday for the Pacific Islands Forum, where he is "
              "expected to meet Fijian Prime Minister Sam Vula.", "2024-05-08", "en")
    assert participant_lists(out) == [["Karl Ott", "Sam Vula"]]


def test_the_two_leaders_are_the_two_who_lead(run):
    out = run("Prime Minister Anne Roy hosted President Luis Vega on Tuesday. Later, Foreign Minister "
              "Tom Hale sat down with Foreign Minister Ines Paz. The two leaders first met in Lima last year.",
              "2024-05-08", "en")
    assert ["Anne Roy", "Luis Vega"] in [m for m in participant_lists(out)][2:]


def test_a_called_off_meeting_planned_again_is_a_second_event(run):
    out = run("A meeting between President Jonas Kairys and Prime Minister Liis Tamm, planned for Friday "
              "in Vilnius, has been called off. Officials said the meeting is now expected to take place "
              "in mid-March.", "2026-01-20", "en")
    found = [(e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting"]
    assert found == [("cancelled", "2026-01-23"), ("planned", "2026-03")]


def test_a_palace_or_a_ministry_after_im_or_at_is_where_they_met(run):
    out = run("Am Mittwoch empfing Präsidentin Valeria Fuentes den Präsidenten Max Ott im Präsidentenpalast "
              "La Moneda.", "2019-04-11", "de")
    assert participant_lists(out) == [["Max Ott", "Valeria Fuentes"]]
    out = run("Foreign Minister Dewi Kartika received Maria Santos at the foreign ministry on Friday.",
              "2022-08-12", "en")
    assert participant_lists(out) == [["Dewi Kartika", "Maria Santos"]]


def test_a_phone_call_in_a_second_verb_phrase_does_not_cancel_the_meeting(run):
    out = run("Prime Minister Anne Roy hosted President Luis Vega on Tuesday. The two leaders first met in "
              "Lima last year and have since spoken regularly by phone.", "2024-05-08", "en")
    assert [m for m in participant_lists(out)] == [["Anne Roy", "Luis Vega"], ["Anne Roy", "Luis Vega"]]
    dates = [e["date"] for e in out["events"] if e["kind"] == "meeting"]
    assert dates == ["2024-05-07", "2023"]


def test_welcoming_a_person_or_paying_a_courtesy_call_is_a_meeting_welcoming_a_decision_is_not(run):
    out = run("Minister Kenji Morimoto welcomed his Philippine counterpart Ramon Dizon on Tuesday. "
              "On Wednesday, Dizon paid a courtesy call on Foreign Minister Yuki Hoshino. "
              "Hoshino welcomed the agreement on Wednesday.", "2026-05-20", "en")
    assert participant_lists(out) == [["Kenji Morimoto", "Ramon Dizon"], ["Ramon Dizon", "Yuki Hoshino"]]
    assert speakers(out) == ["Yuki Hoshino"]


def test_a_host_receiving_both_delegation_heads_meets_the_two(run):
    out = run("Vize-Außenminister Aram Petrosjan und Präsidentenberater Elchin Gasimow führten dazu am "
              "Sonntag in Astana erstmals direkte Gespräche. Am Montagmorgen empfing Außenminister Nurlan "
              "Abenov beide Delegationsleiter zu einem Arbeitsfrühstück.", "2025-06-30", "de")
    assert sorted(participant_lists(out)) == [["Aram Petrosjan", "Elchin Gasimow"],
                                     ["Aram Petrosjan", "Elchin Gasimow", "Nurlan Abenov"]]


def test_a_postponed_visit_named_by_the_visitors_genitive(run):
    out = run("Der finnische Verteidigungsminister Mikko Laaksonen traf am Donnerstag seine Amtskollegin "
              "Karin Holmberg. Ein für Freitag geplanter Besuch Laaksonens in Riga wurde dagegen verschoben.",
              "2021-11-13", "de")
    assert ["Lettland", "Mikko Laaksonen"] in participant_lists(out)
    assert "Laaksonens" in next(a for a in out["actors"] if a["name"] == "Mikko Laaksonen")["aliases"]


def test_a_meeting_moved_to_a_new_date_is_cancelled_for_the_old_and_planned_for_the_new(run):
    out = run("Ein Treffen des Ministerpräsidenten Karen Harutjunjan mit dem Präsidenten Rauf Mammadli, "
              "ursprünglich für den 4. Juli geplant, wurde auf Ende August verschoben.", "2025-06-30", "de")
    found = sorted((e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting")
    assert found == [("cancelled", "2025-07-04"), ("planned", "2025-08")]
    out = run("A meeting between President Joseph Lukusa and President Didier Munyaneza, planned for next "
              "week, has been pushed back to October.", "2025-08-22", "en")
    found = sorted((e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting")
    assert found == [("cancelled", "2025-W35"), ("planned", "2025-10")]


def test_arriving_in_a_named_state_and_being_received_is_a_visit_and_a_meeting(run):
    out = run("Hana Whitmore arrived in Fiji on Monday and was received by Prime Minister Josaia Naivalu.",
              "2023-09-10", "en")
    assert sorted(participant_lists(out)) == [["Fiji", "Hana Whitmore"], ["Hana Whitmore", "Josaia Naivalu"]]


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
    out = run("Am Samstag unterzeichneten Venezuela, Bolivien und Kuba in Havanna ein Handelsabkommen.",
              "2019-06-14", "de")
    assert participant_lists(out) == [["Bolivien", "Kuba", "Venezuela"]]
    # no place, or signed "with" someone: perhaps apart
    assert participant_lists(run("Tokyo and Manila signed a defence pact in 2024.", "2025-03-01", "en")) == []
    assert participant_lists(run("The player signed a contract with the club in Madrid.", "2025-03-01", "en")) == []


def test_talking_with_someone_during_a_visit_is_in_person(run):
    out = run("Während ihres Chinabesuchs sprach die UN-Hochkommissarin Lara Berg mit dem chinesischen "
              "Außenminister Li Wei.", "2019-06-14", "de")
    assert participant_lists(out) == [["Lara Berg", "Li Wei"]]


def test_a_compound_naming_a_visit_is_no_participant(run):
    out = run("Während ihres einwöchigen Chinabesuchs sprach die UN-Kommissarin Eva Lind mit dem chinesischen "
              "Außenminister Li Wen.", "2024-05-08", "de")
    assert participant_lists(out) == [["Eva Lind", "Li Wen"]]
    assert "Chinabesuchs" not in actor_names(out)


def test_german_phrase_before_the_verb_says_when_and_a_verb_bracket_holds_one_meeting(run):
    out = run("Nach gemeinsamen Übungen der Marine der USA und Norwegens am 8. Januar traf Admiral Tom Reyes, "
              "Kommandeur der Flotte, am 11. Januar zu einem Besuch in Norwegen ein.", "2024-05-08", "de")
    [meeting] = [e for e in out["events"] if e["kind"] == "meeting"]
    assert sorted(meeting["participants"]) == ["Norwegen", "Tom Reyes"]
    assert meeting["date"] == "2024-01-11"
    # a phrase "mit" before the verb names who was met
    out = run("Mit Präsident Paul Weber traf sich am Montag Kanzlerin Eva Lind.", "2024-05-08", "de")
    assert participant_lists(out) == [["Eva Lind", "Paul Weber"]]


def test_a_storm_named_like_a_person_is_no_actor(run):
    de = run("Der Hurrikan Dorian traf Anfang September auf die Bahamas.", "2024-05-08", "de")
    en = run("Typhoon Kammuri made landfall on Tuesday. President Rodrigo Reyes said the army was ready.",
             "2024-05-08", "en")
    assert participant_lists(de) == [] and "Dorian" not in actor_names(de)
    assert "Kammuri" not in actor_names(en) and "Rodrigo Reyes" in actor_names(en)


def test_talking_with_an_official_during_a_visit_and_a_commissioner_described_by_role(run):
    out = run("Die UN-Hochkommissarin Louise Marten reiste nach China. Während ihres einwöchigen Chinabesuchs sprach "
              "die UN-Hochkommissarin mit dem chinesischen Außenminister Li Wen und Vertretern von Verbänden. Der "
              "Minister Paul Weber sprach von einem Erfolg.", "2024-05-08", "de")
    assert ["Li Wen", "Louise Marten"] in participant_lists(out)
    assert speakers(out) == ["Paul Weber"]  # "sprach mit …, von …" is a talk, "sprach von" reports


def test_german_visit_compound_with_its_host_after_bei(run):
    out = run("Der Berater John Weller trat zurück. Bei seinem London-Besuch im August bei Premierminister Paul "
              "Jansen war Weller für einen Kompromiss eingetreten. Nach seinem Chinabesuch kehrte Weller zurück.",
              "2024-05-08", "de")
    assert participant_lists(out) == [["John Weller", "Paul Jansen"]]


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


def test_visiting_a_site_or_people_visiting_a_country_or_meeting_a_private_person_is_no_meeting(run):
    out = run("Minister Tom Hale visited the province of Kerry when the storm hit. "
              "Mayor Ann Bell was still in surgery when Bishop Paul Brand visited the hospital. "
              "From May, tourists visiting Taiwan will need a permit from China. "
              "In 1990 President Eva Lind married a U.S. citizen she had met in Boston.", "2024-05-10", "en")
    assert participant_lists(out) == []
    out = run("President Eva Lind, visiting Paris on Monday, met President Jean Roux.", "2024-05-10", "en")
    assert ["Eva Lind", "France"] in participant_lists(out)  # a named visitor before the participle


def test_an_audience_a_welcome_and_a_greeted_guest_are_receptions(run):
    out = run("Ministerpräsident Omar Said hatte am Mittwoch eine Audienz bei Königin Margit. "
              "Am Flughafen hieß Präsident Paul Brand gestern den Gast Tom Hale willkommen. "
              "Bundeskanzler Karl Ott begrüßte am Freitag den Präsidenten Luis Vega in Berlin.", "2024-05-10", "de")
    assert [(e["participants"], e["date"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Omar Said", "Königin Margit"], "2024-05-08"), (["Paul Brand", "Tom Hale"], "2024-05-09"),
        (["Karl Ott", "Luis Vega"], "2024-05-10")]


def test_greeting_a_decision_is_no_reception(run):
    out = run("Eva Lind begrüßte außerdem die Unterzeichnung des neuen Abkommens. Bundeskanzler Karl Ott begrüßte "
              "am Freitag die Entscheidung des Präsidenten Luis Vega.", "2024-05-10", "de")
    assert participant_lists(out) == []


def test_an_invitation_to_visit_or_to_talks_is_a_planned_meeting_of_host_and_guest(run):
    out = run("Bürgermeister Sami Haddad hatte die Abgeordnete Ina Roth eingeladen, seine Stadt zu besuchen. "
              "Ministerin Eva Lind hat Tom Hale zu Gesprächen eingeladen.", "2024-05-10", "de")
    assert [(sorted(e["participants"]), e["status"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Ina Roth", "Sami Haddad"], "planned"), (["Eva Lind", "Tom Hale"], "planned")]
    out = run("Tom Hale was invited by President Ana Costa to visit Lima. Senator Ann Bell invited her "
              "former colleague Paul Brand to appear on her show.", "2024-05-10", "en")
    assert participant_lists(out) == [["Ana Costa", "Tom Hale"]]


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


def test_a_german_relative_clause_visit_is_its_antecedents_and_the_object_pronoun_is_the_host(run):
    out = run("Der französische Präsident Jean Roux sagte Hilfe zu. Versprochen hatte er sie am 5. März dem "
              "Regierungschef Jan de Vries, der ihn in Paris besuchte.", "2008-03-07", "de")
    assert participant_lists(out) == [["Jan de Vries", "Jean Roux"]]


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


def test_negotiations_opened_by_two_are_their_meeting_not_the_agreements_parties(run):
    out = run("In Genf eröffneten die Handelsminister Eva Lind und Tom Hale am Montag die Verhandlungen über "
              "ein Zollabkommen zwischen der EU und Kanada.", "2018-06-18", "de")
    assert [(sorted(e["participants"]), e["date"]) for e in out["events"] if e["kind"] == "meeting"] == [
        (["Eva Lind", "Tom Hale"], "2018-06-18")]


def test_a_round_that_will_take_place_has_the_participants_of_its_wobei_clause(run):
    out = run("Im Juli soll in Wien eine weitere Verhandlungsrunde stattfinden, wobei Ministerin Eva Lind "
              "mit Handelsminister Paul Brand über Zölle sprechen wird.", "2018-06-18", "de")
    assert [(sorted(e["participants"]), e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting"] \
        == [(["Eva Lind", "Paul Brand"], "planned", "2018-07")]


def test_a_visit_with_a_named_host_is_in_person_whatever_else_the_clause_calls_remote(run):
    out = run("Chancellor Tom Hale recorded a video greeting on a visit to Portugal with Prime Minister "
              "Sean Kelly.", "2019-09-11", "en")
    assert participant_lists(out) == [["Sean Kelly", "Tom Hale"]]


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


def test_paying_a_visit_and_being_a_guest_of_someone_are_meetings(run):
    out = run("Bundeskanzler Jan Berg stattete Präsident Paul Roux am Montag einen Besuch ab. Am Dienstag war "
              "Berg zu Gast bei Ministerpräsident Luca Neri in Rom. Die Band war zu Gast bei Freunden.",
              "2024-03-14", "de")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"], ["Jan Berg", "Luca Neri"]]


def test_a_joint_press_conference_is_a_meeting_a_press_conference_alone_is_not(run):
    out = run("Bundeskanzler Jan Berg und Präsident Paul Roux gaben am Montag in Paris eine gemeinsame "
              "Pressekonferenz. Am Dienstag gab Roux eine Pressekonferenz.", "2024-03-14", "de")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"]]
    out = run("Chancellor Jan Berg and President Paul Roux held a joint press conference in Paris on Monday.",
              "2024-03-14", "en")
    assert participant_lists(out) == [["Jan Berg", "Paul Roux"]]
