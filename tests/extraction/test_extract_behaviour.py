"""Behaviour of extract() on short texts written for these tests."""
from __future__ import annotations

EN_CALL = ("President Anna Berg spoke by phone with Chancellor Paul Roth on Monday. "
           "The two leaders discussed energy prices.")
DE_VISIT = ("Der französische Außenminister Jean Morel hat am Dienstag Moskau besucht. "
            "„Wir brauchen Dialog“, sagte Morel nach dem Treffen. Er fügte hinzu, Paris bleibe gesprächsbereit.")
DE_OBSERVERS = "Beobachter gehen davon aus, dass Moskau nicht einlenken wird."
EN_CANCEL = ("Prime Minister Laura Hill called off a meeting with President Omar Said planned for Friday, "
             "her office said on Wednesday.")


def kinds(out, kind):
    return [e for e in out["events"] if e["kind"] == kind]


def test_a_phone_call_is_not_a_meeting(run):
    assert kinds(run(EN_CALL, "2024-03-06", "en"), "meeting") == []


def test_a_visit_to_a_capital_is_a_meeting_with_its_state(run):
    out = run(DE_VISIT, "2024-03-06", "de")
    visit = kinds(out, "meeting")
    assert visit and set(visit[0]["participants"]) == {"Jean Morel", "Russland"}
    assert visit[0]["date"] == "2024-03-05" and visit[0]["place"] == "Moskau"


def test_pronoun_speakers_resolve_to_the_last_speaker(run):
    out = run(DE_VISIT, "2024-03-06", "de")
    said = kinds(out, "statement")
    assert [e["speaker"] for e in said] == ["Jean Morel", "Jean Morel"]
    assert said[0]["quote"] == "Wir brauchen Dialog"
    # The statement after the visit takes the visit's date; it has none of its own.
    assert said[0]["date"] == "2024-03-05"


def test_generic_observers_are_no_speakers(run):
    assert run(DE_OBSERVERS, "2024-03-06", "de")["events"] == []


def test_a_called_off_meeting_is_cancelled_with_its_planned_date(run):
    out = run(EN_CANCEL, "2024-03-06", "en")
    meeting = kinds(out, "meeting")
    assert meeting and meeting[0]["status"] == "cancelled"
    assert set(meeting[0]["participants"]) == {"Laura Hill", "Omar Said"}
    assert meeting[0]["date"] == "2024-03-08"


def test_no_date_is_never_the_publication_date(run):
    out = run("Chancellor Paul Roth said the talks were useful.", "2024-03-06", "en")
    assert [e["date"] for e in out["events"]] == [None]
