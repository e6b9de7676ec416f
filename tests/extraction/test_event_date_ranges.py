"""An event dated by a range of days keeps both ends (issue #13 item 6): `date` is the first
day, `date_range_end` the last, `date_text` the range's words. Short invented sentences."""
from __future__ import annotations

from .helpers import meeting_events


def _meeting(out: dict) -> dict:
    meetings = meeting_events(out)
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_two_days_joined_by_und_date_a_meeting_by_both(run):
    out = run("Die Außenministerin Eva Lind und der Außenminister Paul Brand treffen sich am 4. und 5. "
              "März in Wien.", "2019-02-25", "de")
    meeting = _meeting(out)
    assert (meeting["date"], meeting["date_range_end"]) == ("2019-03-04", "2019-03-05")
    assert meeting["date_precision"] == "day" and meeting["date_text"] == "4. und 5. März"


def test_vom_bis_gives_the_first_and_the_last_day(run):
    out = run("Kanzler Jan Ost besucht vom 3. bis 5. Juni den Präsidenten Karl Moor in Rom.", "2019-05-20", "de")
    meeting = _meeting(out)
    assert (meeting["date"], meeting["date_range_end"]) == ("2019-06-03", "2019-06-05")


def test_a_range_written_as_one_word_dates_the_meeting(run):
    out = run("Die Ministerin Eva Lind traf vom 15.-18.03.2018 in Moskau den Außenminister Paul Brand.",
              "2018-03-20", "de")
    meeting = _meeting(out)
    assert (meeting["date"], meeting["date_range_end"]) == ("2018-03-15", "2018-03-18")


def test_an_english_range_with_a_dash(run):
    out = run("President Anna Berg will meet Prime Minister Tom Hale in Hanoi on February 27-28.",
              "2019-02-20", "en")
    meeting = _meeting(out)
    assert (meeting["date"], meeting["date_range_end"]) == ("2019-02-27", "2019-02-28")
    assert meeting["status"] == "planned"


def test_a_range_across_months_in_english(run):
    out = run("Foreign Minister Eva Lind met her counterpart Paul Brand in Geneva from April 30 to May 2, "
              "officials said.", "2019-05-06", "en")
    meeting = _meeting(out)
    assert (meeting["date"], meeting["date_range_end"]) == ("2019-04-30", "2019-05-02")


def test_one_day_has_no_end_and_two_listed_months_are_no_range(run):
    one = _meeting(run("Kanzler Jan Ost traf am 5. März in Wien die Präsidentin Eva Lind.", "2019-03-08", "de"))
    assert one["date"] == "2019-03-05" and "date_range_end" not in one
    listed = _meeting(run("Kanzler Jan Ost traf am 3. Mai und am 5. Juni die Präsidentin Eva Lind.",
                          "2019-06-08", "de"))
    assert "date_range_end" not in listed


def test_a_statement_dated_by_a_range_keeps_it_too(run):
    out = run("Die Außenministerin Eva Lind sagte am 4. und 5. März in Wien, man werde weiter verhandeln.",
              "2019-03-08", "de")
    said = next(e for e in out["events"] if e["kind"] == "statement")
    assert (said["date"], said.get("date_range_end")) == ("2019-03-04", "2019-03-05")


def test_a_later_mention_of_one_of_its_days_is_the_same_meeting(run):
    out = run("Kanzler Jan Ost trifft am 5. März in Wien die Präsidentin Eva Lind. Am 4. und 5. März "
              "trifft Ost die Präsidentin Lind in Wien.", "2019-03-01", "de")
    meeting = _meeting(out)  # one event, dated by the range rather than by one of its days
    assert (meeting["date"], meeting["date_range_end"]) == ("2019-03-04", "2019-03-05")
