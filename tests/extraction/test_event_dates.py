"""Event dates: modifiers, days narrated before, which way a weekday points. Short invented sentences."""
from __future__ import annotations


def test_an_event_date_keeps_the_modifier_of_its_date_expression(run):
    out = run("Außenministerin Eva Lind traf Anfang März in Wien den Außenminister Paul Brand. "
              "Der Kanzler Jan Ost sagte am Montag, er sei zufrieden.", "2025-06-10", "de")
    meeting = next(e for e in out["events"] if e["kind"] == "meeting")
    assert meeting["date"] == "2025-03" and meeting["date_modifier"] == "early"
    said = next(e for e in out["events"] if e["kind"] == "statement")
    assert said["date"] == "2025-06-09" and said["date_modifier"] is None


def test_late_in_english_is_a_modifier_too(run):
    out = run("President Anna Berg will visit Paris in late June.", "2025-05-10", "en")
    meeting = next(e for e in out["events"] if e["kind"] == "meeting")
    assert meeting["date"] == "2025-06" and meeting["date_modifier"] == "late"


def test_a_meeting_later_that_day_takes_the_day_narrated_before(run):
    text = ("Der Gipfel begann am Mittwoch in Brüssel. Kanzler Jan Ost traf dort Premier Paul Brand.\n\n"
            "Am Abend kam Ost noch mit Präsidentin Eva Lind zusammen.")
    meetings = [e for e in run(text, "2025-10-23", "de")["events"] if e["kind"] == "meeting"]
    late = [e for e in meetings if "Eva Lind" in e["participants"]]
    assert late and late[0]["date"] == "2025-10-22"


def test_weekday_direction_follows_the_reporting_verb_and_the_travel_verb(run):
    # published on a Friday: the spokeswoman spoke on the Thursday before
    said = run("Eine Sprecherin des Außenministeriums sagte am Donnerstag, man erwarte Zusagen.", "2024-06-07", "de")
    assert said["timexes"][0]["value"] == "2024-06-06"
    # published on a Tuesday: the trip is on the coming Thursday
    trip = run("Die Ministerin Eva Lind reist am Donnerstag nach Islamabad.", "2024-06-04", "de")
    assert trip["timexes"][0]["value"] == "2024-06-06"


def test_a_date_in_words_attributed_to_a_source_is_no_date_of_the_statement(run):
    # around "laut"/"according to" the sentence is the reported words: their date is what
    # was reported on, not when it was said
    out = run("Die Anträge seien laut Ministerin Clara Vos schon vor 18 Monaten gestellt worden.",
              "2025-06-10", "de")
    assert [(e["speaker"], e["date"]) for e in out["events"]] == [("Clara Vos", None)]
    out = run("According to Minister Ana Ruiz, the attack began on Monday.", "2025-06-10", "en")
    assert [(e["speaker"], e["date"]) for e in out["events"]] == [("Ana Ruiz", None)]


def test_a_date_right_after_an_english_verb_of_saying_dates_the_saying(run):
    # the parse may hang "on Monday" on the reported clause; next to the verb it is the saying's
    out = run("Police said on Monday they think two men stole the car. Minister Ana Ruiz said she "
              "would travel to Lima on Friday.", "2019-09-17", "en")
    assert [(e["date"], e["quote"]) for e in out["events"] if e["kind"] == "statement"] == [
        ("2019-09-16", "they think two men stole the car"), (None, "she would travel to Lima on Friday")]
