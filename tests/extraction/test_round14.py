"""Statement dates, round 14: the two statement-date rules of round 13 measured on train and
dev, language by language (docs/extraction.md "Round 14"). Each test holds a short invented
sentence."""
from __future__ import annotations

import pytest

from .helpers import speakers


def dates(out: dict) -> list[str | None]:
    return [e["date"] for e in out["events"] if e["kind"] == "statement"]


def test_an_english_date_for_what_is_said_leaves_no_date_of_another_clause_to_the_saying(run):
    # No English preposition marks a date as the words' (events_lexicon.CONTENT_DATE_PREPS):
    # the parse does (the complement of "said"); skipping "for Friday" had made the date of
    # the clause before the saying's.
    out = run("The talks failed on Monday, and Minister Eva Roth said new talks were planned for "
              "Friday.", "2024-05-08", "en")
    assert speakers(out) == ["Eva Roth"]
    assert dates(out) == [None]


@pytest.mark.parametrize("text,date", [
    ("Ministerin Eva Roth kündigte am Dienstag Neuwahlen für Dezember an.", "2024-05-07"),
    ("Ministerin Eva Roth sagte am Dienstag, die Abstimmung sei für Freitag angesetzt.", "2024-05-07"),
])
def test_guard_a_german_date_after_fuer_is_still_the_words(run, text, date):
    out = run("Die Lage bleibt angespannt. " + text, "2024-05-08", "de")
    assert dates(out) == [date]


def test_guard_an_english_date_for_what_is_said_is_no_date_of_the_saying(run):
    out = run("The situation remains tense. Minister Eva Roth said the vote is set for Friday.",
              "2024-05-08", "en")
    assert dates(out) == [None]
