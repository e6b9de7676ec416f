"""What the extractor reports on the example article (German, published 2018-05-31)."""
from __future__ import annotations


def meetings(out, *names):
    return [e for e in out["events"] if e["kind"] == "meeting" and set(names) <= set(e["participants"])]


def statements(out, speaker):
    return [e for e in out["events"] if e["kind"] == "statement" and e["speaker"] == speaker]


def test_it_reports_the_format(example):
    assert example["format"] == "extraction/1"
    assert example["language"] == "de" and example["published"] == "2018-05-31"


def test_it_resolves_short_and_descriptive_forms_to_actors(example):
    actors = {a["name"]: a for a in example["actors"]}
    assert actors["Mike Pompeo"]["country"] == "US" and "Pompeo" in actors["Mike Pompeo"]["aliases"]
    assert actors["Sergej Lawrow"]["role"] == "Außenminister" and actors["Sergej Lawrow"]["country"] == "RU"
    assert actors["Donald Trump"]["country"] == "US"
    kim = actors["Kim Yong Chol"]
    assert kim["country"] == "KP" and "Kim" in kim["aliases"]
    assert any("General" in alias for alias in kim["aliases"])
    assert "Pjöngjang" in actors["Nordkorea"]["aliases"] and actors["Nordkorea"]["kind"] == "state"
    assert "New York" not in actors  # a plain place, not an actor
    # "ein ranghoher US-Beamte" is vague (docs/annotation.md, round 20): no speaker, so no actor
    assert not [a for a in example["actors"] if "US-Beamte" in a["name"]]


def test_it_finds_the_dinner_in_new_york_dated_by_the_same_meeting_on_wednesday(example):
    dinner = [e for e in meetings(example, "Mike Pompeo", "Kim Yong Chol") if e["place"] == "New York"]
    assert len(dinner) == 1
    assert dinner[0]["status"] == "happened"
    assert dinner[0]["date"] == "2018-05-30" and dinner[0]["date_precision"] == "day"


def test_it_finds_the_earlier_meetings_in_pyongyang_without_a_date(example):
    earlier = [e for e in meetings(example, "Mike Pompeo", "Kim Yong Chol") if e["place"] == "Pjöngjang"]
    assert earlier and earlier[0]["date"] is None and earlier[0]["status"] == "happened"


def test_the_summit_of_trump_and_kim_jong_un_is_planned_again_after_the_cancellation(example):
    # The text names Trump and "Nordkoreas"; the summit is the leaders', and the article
    # names North Korea's leader ("ein enger Vertrauter von Kim Jong Un").
    summit = meetings(example, "Donald Trump", "Kim Jong Un")
    assert {e["status"] for e in summit} >= {"planned", "cancelled"}
    assert all(len(e["participants"]) == 2 for e in summit)
    cancelled = [e for e in summit if e["status"] == "cancelled"]
    assert cancelled[0]["date"] == "2018-W21" and cancelled[0]["date_precision"] == "week"
    planned = [e for e in summit if e["status"] == "planned"]
    assert planned[0]["date"] is None  # "das nun doch stattfinden könnte": no date given


def test_a_leader_named_without_office_gets_it_from_the_leaders_table(example):
    kim = next(a for a in example["actors"] if a["name"] == "Kim Jong Un")
    assert kim["kind"] == "person" and kim["country"] == "KP" and kim["role"] == "Machthaber"


def test_lavrovs_visit_to_pyongyang_is_a_meeting_with_north_korea(example):
    visit = meetings(example, "Sergej Lawrow", "Nordkorea")
    assert visit and all(e["place"] in (None, "Pjöngjang") for e in visit)


def test_it_finds_the_statements_with_their_dates(example):
    pompeo = statements(example, "Mike Pompeo")
    assert any(e["quote"] == "Es war großartig" and e["date"] == "2018-05-30" for e in pompeo)
    tweet = [e for e in pompeo if e["quote"].startswith("Good working dinner")]
    assert tweet and "@SecPompeo" in tweet[0]["evidence"]["text"]
    trump = statements(example, "Donald Trump")
    assert any(e["date"] == "2018-W21" for e in trump)
    lawrow = statements(example, "Sergej Lawrow")
    assert any(e["quote"].startswith("Mit Ultimaten und der Androhung von Gewalt") and e["date"] == "2018-05-30"
               for e in lawrow)
    # the senior US official is vague since round 20: no statement (his dated report still
    # dates the dinner, test_it_finds_the_dinner_in_new_york_dated_by_the_same_meeting_on_wednesday)
    assert not [e for e in example["events"] if e["kind"] == "statement" and "US-Beamte" in (e["speaker"] or "")]


def test_observers_make_no_event(example):
    assert not [e for e in example["events"] if e["evidence"]["text"].startswith("Beobachter")]


def test_evidence_offsets_point_into_the_article(example, example_text):
    for e in example["events"]:
        ev = e["evidence"]
        assert example_text[ev["start"]:ev["end"]] == ev["text"]
        assert 0 < e["confidence"] <= 1
    for t in example["timexes"]:
        assert example_text[t["start"]:t["end"]] == t["text"]


def test_every_statement_quotes_words_not_its_speaker(example):
    for e in example["events"]:
        if e["kind"] == "statement":
            assert "US-Beamte" not in e["quote"] and len(e["quote"].split()) >= 2, e["quote"]
