"""Meetings: the status of a meeting (planned, cancelled, postponed, held) and plans told in the
words of a speaker. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_context, _meetings_and_status, CONTEXT_DE, CONTEXT_EN, DAY, meeting_events,
                      participant_lists)


def test_a_called_off_meeting_planned_again_is_a_second_event(run):
    out = run("A meeting between President Jonas Kairys and Prime Minister Liis Tamm, planned for Friday "
              "in Vilnius, has been called off. Officials said the meeting is now expected to take place "
              "in mid-March.", "2026-01-20", "en")
    found = [(e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting"]
    assert found == [("cancelled", "2026-01-23"), ("planned", "2026-03")]


def test_a_phone_call_in_a_second_verb_phrase_does_not_cancel_the_meeting(run):
    out = run("Prime Minister Anne Roy hosted President Luis Vega on Tuesday. The two leaders first met in "
              "Lima last year and have since spoken regularly by phone.", "2024-05-08", "en")
    assert [m for m in participant_lists(out)] == [["Anne Roy", "Luis Vega"], ["Anne Roy", "Luis Vega"]]
    dates = [e["date"] for e in out["events"] if e["kind"] == "meeting"]
    assert dates == ["2024-05-07", "2023"]


def test_a_meeting_moved_to_a_new_date_is_cancelled_for_the_old_and_planned_for_the_new(run):
    out = run("Ein Treffen des Ministerpräsidenten Karen Harutjunjan mit dem Präsidenten Rauf Mammadli, "
              "ursprünglich für den 4. Juli geplant, wurde auf Ende August verschoben.", "2025-06-30", "de")
    found = sorted((e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting")
    assert found == [("cancelled", "2025-07-04"), ("planned", "2025-08")]
    out = run("A meeting between President Joseph Lukusa and President Didier Munyaneza, planned for next "
              "week, has been pushed back to October.", "2025-08-22", "en")
    found = sorted((e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting")
    assert found == [("cancelled", "2025-W35"), ("planned", "2025-10")]


def test_a_meeting_noun_that_is_the_subject_of_postponed_past_a_phrase_in_commas_is_moved(run):
    # the phrase between commas ends the noun's clause; the parse ties the noun to its verb
    out = run("The meeting between President Joseph Lukusa and President Didier Munyaneza, planned for "
              "Tuesday, was postponed until Friday.", "2024-03-04", "en")
    found = sorted((e["status"], e["date"]) for e in out["events"] if e["kind"] == "meeting")
    assert found == [("cancelled", "2024-03-05"), ("planned", "2024-03-08")]


@pytest.mark.parametrize("text", [
    "After his talks with President Igor Petrov, Foreign Minister Tom Becker said the sides agreed.",
    "After his talks with President Igor Petrov, Foreign Minister Tom Becker said the sides will continue "
    "next month.",
])
def test_plans_in_the_words_said_after_a_meeting_are_no_plan_of_it(run, text):
    # before: "planned", from "agreed"/"will" in what is said after the verb of saying
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert [(sorted(e["participants"]), e["status"]) for e in out["events"] if e["kind"] == "meeting"] \
        == [(["Igor Petrov", "Tom Becker"], "happened")]


def test_guard_a_meeting_in_the_words_said_keeps_their_plan(run):
    out = run(CONTEXT_EN + "Foreign Minister Tom Becker said he will meet President Igor Petrov in Oslo "
              "next week.", "2024-05-08", "en")
    assert [e["status"] for e in out["events"] if e["kind"] == "meeting"] == ["planned"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Tom Becker is to visit President Igor Petrov next week.",
    "Foreign Minister Tom Becker and President Igor Petrov are to meet in Oslo.",
])
def test_a_plan_told_by_be_to_is_planned(run, text):
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert [e["status"] for e in out["events"] if e["kind"] == "meeting"] == ["planned"]


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


def test_set_to_meet_is_planned(run):
    out = run(CONTEXT_EN + "President Hugo Brenner is set to meet Prime Minister Clara Vos in Lisbon next week.",
              "2024-05-08", "en")
    assert participant_lists(out) == [["Clara Vos", "Hugo Brenner"]]
    assert meeting_events(out)[0]["status"] == "planned"


@pytest.mark.parametrize("text, expected", [
    ("Die NATO hat für Donnerstag zu einer Sondersitzung mit der OSZE eingeladen.", ["NATO", "OSZE"]),
    ("Die NATO lud für Dienstag zu einer Krisensitzung mit der OSZE ein.", ["NATO", "OSZE"]),
])
def test_an_invitation_to_a_session_with_another_body_is_planned(run, text, expected):
    # a session ("Sondersitzung", "session") is no meeting by itself (a body sitting alone),
    # but an invitation to one with another body is a planned meeting of the two
    out = run(CONTEXT_DE + text, "2024-05-08", "de")
    assert participant_lists(out) == [sorted(expected)]
    assert [e["status"] for e in meeting_events(out)] == ["planned"]


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


def test_a_cancelled_strike_and_its_target_do_not_touch_a_meeting_named_beside_it(run):
    text = ("Kanzler Tom Brandt ist umstritten. Für Kritik sorgten Brandts Absage eines lange vorbereiteten "
            "Angriffs auf Syrien sowie sein unerwartetes Treffen mit Präsident Paul Morel am Fluss.")
    assert _meetings_and_status(run, text) == [(frozenset({"Tom Brandt", "Paul Morel"}), "happened")]

MARCH_6 = "2024-03-06"


def _statuses(run, text: str, lang: str) -> list[tuple[list[str], str]]:
    return [(sorted(e["participants"]), e["status"]) for e in meeting_events(run(text, MARCH_6, lang))]


@pytest.mark.parametrize("text, lang", [
    ("Die Vermittlung Finnlands ermöglichte am Montag ein Treffen zwischen Außenministerin Anna "
     "Brandt und ihrem polnischen Amtskollegen Piotr Nowicki in Helsinki.", "de"),
    ("Die Gespräche in Genf hatten am Montag ein Treffen von Außenministerin Anna Brandt mit "
     "Piotr Nowicki möglich gemacht und auch ermöglicht.", "de"),
])
def test_a_meeting_made_possible_took_place(run, text, lang):
    # leave before a meeting noun: the meeting was made possible and happened
    assert (["Anna Brandt", "Piotr Nowicki"], "happened") in _statuses(run, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung hat der Sonderberichterstatterin Anna Brandt erlaubt, nach Polen zu reisen "
     "und dort Präsident Piotr Nowicki zu treffen.", "de"),
    ("The government allowed the envoy Anna Brandt to travel to Poland and to meet President "
     "Piotr Nowicki.", "en"),
])
def test_leave_to_meet_is_of_a_meeting_still_ahead(run, text, lang):
    assert (["Anna Brandt", "Piotr Nowicki"], "planned") in _statuses(run, text, lang)


@pytest.mark.parametrize("text, lang, status", [
    ("Die Einigung ermöglicht ein Treffen zwischen Außenministerin Anna Brandt und Piotr "
     "Nowicki im Mai.", "de", "planned"),
    ("Foreign Minister Anna Brandt meets Piotr Nowicki in May.", "en", "planned"),
    ("Außenministerin Anna Brandt traf im Februar ihren Amtskollegen Piotr Nowicki.", "de", "happened"),
    ("Foreign Minister Anna Brandt met Piotr Nowicki in March.", "en", "happened"),
])
def test_a_month_wholly_ahead_of_publication_is_planned(run, text, lang, status):
    # published 6 March: May lies ahead, February before, March is the month itself
    assert (["Anna Brandt", "Piotr Nowicki"], status) in _statuses(run, text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Kanzler Jens Adler lehnte ein Treffen mit Präsidentin Ana Ruiz ab.", "de", ["cancelled"]),
    ("Chancellor Jens Adler refused a meeting with President Ana Ruiz.", "en", ["cancelled"]),
    ("Chancellor Jens Adler declined to meet President Ana Ruiz on Monday.", "en", ["cancelled"]),
    ("Chancellor Jens Adler turned down talks with President Ana Ruiz.", "en", ["cancelled"]),
    # look-alikes: a plan refused after a meeting that took place
    ("Kanzler Jens Adler traf Präsidentin Ana Ruiz am Montag in Madrid und lehnte den Plan ab.", "de", ["happened"]),
    ("Chancellor Jens Adler met President Ana Ruiz in Madrid on Monday and rejected the plan.", "en", ["happened"]),
])
def test_a_meeting_refused_is_cancelled(run, text, lang, expected):
    # docs/annotation.md: cancelled is "called off, refused"
    assert [e["status"] for e in meeting_events(run(text, "2024-03-07", lang))] == expected
