"""German meetings, round 8: classes of phrasing that reported no meeting before. Short
invented sentences, invented names."""
from __future__ import annotations

from .helpers import meeting_events


def _meetings(run, text: str, published: str = "2024-03-14") -> list[tuple[frozenset[str], str]]:
    return [(frozenset(e["participants"]), e["status"]) for e in meeting_events(run(text, published, "de"))]


def test_a_visit_with_its_visitor_in_the_genitive_and_a_capital_after_is_a_visit(run):
    text = ("Während des Besuchs des polnischen Präsidenten Marek Zalewski in Berlin wurde ein Abkommen "
            "über die Energie unterzeichnet.")
    assert _meetings(run, text) == [(frozenset({"Marek Zalewski", "Deutschland"}), "happened")]


def test_a_visit_with_its_visitor_in_the_genitive_and_no_place_is_none(run):
    text = "Anlässlich des Besuchs des Präsidenten Marek Zalewski wurde ein Konzert gegeben."
    assert _meetings(run, text) == []


def test_a_trip_with_its_traveller_as_possessor_is_a_visit_to_each_state_named(run):
    text = ("Die Sprecherin Lena Graf wird den Präsidenten Tom Brandt auf seiner Rundreise nach Japan "
            "und Vietnam begleiten.")
    assert set(_meetings(run, text)) == {
        (frozenset({"Tom Brandt", "Japan"}), "planned"), (frozenset({"Tom Brandt", "Vietnam"}), "planned")}


def test_a_trip_with_its_traveller_in_the_genitive_is_a_visit(run):
    text = "Die Reise der Außenministerin Anna Solberg nach Kenia dauerte drei Tage."
    assert _meetings(run, text) == [(frozenset({"Anna Solberg", "Kenia"}), "happened")]


def test_the_way_home_and_an_entry_are_no_visits(run):
    text = ("Der Präsident Tom Brandt trat am Montag seine Rückreise nach Frankreich an. Die Ministerin Anna "
            "Solberg kritisierte die Einreise nach Deutschland.")
    assert _meetings(run, text) == []


def test_a_meeting_noun_that_frames_the_clause_has_its_coordinated_actors(run):
    text = ("Kanzler Jens Hartwig und der polnische Präsident Marek Zalewski sind Nachbarn. Bei ihrem Treffen in "
            "Warschau vereinbarten Hartwig und Zalewski eine engere Zusammenarbeit.")
    assert _meetings(run, text) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]


def test_a_framing_meeting_noun_without_coordinated_actors_reports_none(run):
    text = "Bei einem Treffen in Warschau kritisierte Kanzler Jens Hartwig den Haushalt."
    assert _meetings(run, text) == []


def test_coordinated_actors_who_confer_without_mit_meet(run):
    text = ("Der französische Präsident Paul Morel und Kanzler Jens Hartwig berieten am Montag in Paris über "
            "die Lage an der Grenze.")
    assert _meetings(run, text) == [(frozenset({"Paul Morel", "Jens Hartwig"}), "happened")]


def test_coordinated_actors_who_talk_meet_only_with_a_place(run):
    with_place = "Kanzler Jens Hartwig und Präsident Paul Morel sprachen am Montag in Paris über den Haushalt."
    without = "Kanzler Jens Hartwig und Präsident Paul Morel sprachen am Montag über den Haushalt."
    assert _meetings(run, with_place) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]
    assert _meetings(run, without) == []


def test_office_holders_named_by_their_states_after_von_meet_as_the_states(run):
    text = "Die Regierungschefs von Deutschland, Frankreich und Italien trafen sich am Montag in Rom."
    assert _meetings(run, text) == [(frozenset({"Deutschland", "Frankreich", "Italien"}), "happened")]


def test_an_unnamed_office_holder_of_a_state_meeting_a_named_person_is_the_state(run):
    genitive = "Der Präsident Frankreichs traf am Montag den Kanzler Jens Hartwig."
    named = "Der Präsident Frankreichs, Paul Morel, traf am Montag den Kanzler Jens Hartwig."
    assert _meetings(run, genitive) == [(frozenset({"Jens Hartwig", "Frankreich"}), "happened")]
    assert _meetings(run, named) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_those_who_take_part_in_a_meeting_named_by_its_noun_meet(run):
    text = ("An dem Treffen in Rom nahmen Kanzler Jens Hartwig, Präsident Paul Morel und Ministerpräsident "
            "Luca Ferri teil.")
    assert _meetings(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel", "Luca Ferri"}), "happened")]


def test_taking_part_in_a_summit_in_a_capital_is_no_visit_to_its_state(run):
    text = "Kanzler Jens Hartwig nahm am Montag am Gipfeltreffen der NATO in Brüssel teil."
    assert all("Belgien" not in who for who, _ in _meetings(run, text))


def test_a_delegation_led_by_a_named_person_arrives_as_that_person(run):
    text = "Eine Delegation unter Leitung des polnischen Außenministers Piotr Nowak traf am Montag in Berlin ein."
    assert _meetings(run, text) == [(frozenset({"Piotr Nowak", "Deutschland"}), "happened")]


def test_an_announced_arrival_is_a_planned_visit(run):
    text = "Der polnische Außenminister Piotr Nowak wird am Montag zu Gesprächen in Berlin eintreffen."
    assert _meetings(run, text) == [(frozenset({"Piotr Nowak", "Deutschland"}), "planned")]


def test_who_announces_a_meeting_in_a_clause_of_report_takes_no_part(run):
    text = ("Wie das Außenministerium am Samstag mitteilte, trafen sich Kanzler Jens Hartwig und Präsident "
            "Paul Morel in Rom.")
    assert _meetings(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_a_cancelled_strike_and_its_target_do_not_touch_a_meeting_named_beside_it(run):
    text = ("Kanzler Tom Brandt ist umstritten. Für Kritik sorgten Brandts Absage eines lange vorbereiteten "
            "Angriffs auf Syrien sowie sein unerwartetes Treffen mit Präsident Paul Morel am Fluss.")
    assert _meetings(run, text) == [(frozenset({"Tom Brandt", "Paul Morel"}), "happened")]


def test_a_compound_of_a_meeting_noun_names_its_participants(run):
    text = "Die Regierungskonsultationen zwischen Deutschland und Polen fanden am Montag in Warschau statt."
    assert _meetings(run, text) == [(frozenset({"Deutschland", "Polen"}), "happened")]


def test_a_phone_call_compound_and_accession_talks_are_no_meetings(run):
    text = ("Kanzler Jens Hartwig führte am Montag ein Telefongespräch mit Präsident Paul Morel. Die "
            "Opposition forderte den Abbruch der Beitrittsverhandlungen zwischen der EU und Serbien.")
    assert _meetings(run, text) == []


def test_a_meal_given_for_a_guest_is_a_meeting_of_host_and_guest(run):
    for_guest = "Kanzler Jens Hartwig gab am Montag ein Arbeitsessen für den polnischen Präsidenten Marek Zalewski."
    in_honour = ("Zu Ehren des polnischen Präsidenten Marek Zalewski gab Kanzler Jens Hartwig am Montag ein "
                 "Staatsbankett.")
    assert _meetings(run, for_guest) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]
    assert _meetings(run, in_honour) == [(frozenset({"Jens Hartwig", "Marek Zalewski"}), "happened")]


def test_a_meeting_held_by_coordinated_actors_is_theirs(run):
    text = "Kanzler Jens Hartwig und Präsident Paul Morel hielten am Montag in Paris ein Treffen ab."
    assert _meetings(run, text) == [(frozenset({"Jens Hartwig", "Paul Morel"}), "happened")]


def test_a_state_in_the_bare_genitive_of_a_topic_takes_no_part(run):
    text = "Gesandte von 30 Staaten trafen sich am Montag in Wien zu einer Konferenz über den Wiederaufbau Syriens."
    assert _meetings(run, text) == []


def test_a_trip_called_off_with_a_date_between_possessive_and_noun_is_a_cancelled_visit(run):
    text = "Kanzler Jens Hartwig hat seine für Montag geplante Reise nach Warschau abgesagt."
    assert _meetings(run, text) == [(frozenset({"Jens Hartwig", "Polen"}), "cancelled")]


def test_who_speaks_after_a_joint_news_conference_with_someone_took_part(run):
    text = ("At a joint news conference with Chancellor Jens Hartwig, President Paul Morel said the "
            "border would stay open.")
    meetings = meeting_events(run(text, "2024-03-14", "en"))
    assert [set(e["participants"]) for e in meetings] == [{"Jens Hartwig", "Paul Morel"}]


def test_an_office_holder_named_by_demonym_and_role_only_is_the_state(run):
    unnamed = "Kanzler Jens Hartwig empfing am Montag den chinesischen Außenminister in Berlin."
    named_before = ("Der chinesische Außenminister Wang Lei kam nach Berlin. Kanzler Jens Hartwig empfing den "
                    "chinesischen Außenminister am Montag.")
    assert _meetings(run, unnamed) == [(frozenset({"Jens Hartwig", "China"}), "happened")]
    assert _meetings(run, named_before) == [(frozenset({"Jens Hartwig", "Wang Lei"}), "happened")]


def test_a_stay_for_talks_in_a_capital_is_a_visit(run):
    stayed = "Außenministerin Anna Solberg hielt sich am Montag zu Gesprächen in Moskau auf. Die Lage ist ernst."
    ready = "Außenministerin Anna Solberg war zu Gesprächen auf Einladung bereit."
    assert _meetings(run, stayed) == [(frozenset({"Anna Solberg", "Russland"}), "happened")]
    assert _meetings(run, ready) == []
