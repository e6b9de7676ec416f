"""Summits belong to leaders: a state facing a person is replaced by its leader when the
article names one (by role and country in the text, or by the leaders table)."""
from __future__ import annotations

import datetime as dt

from articles.extraction.leaders import name_key, term_of

from .helpers import meeting_events as meetings


def test_the_table_knows_terms_of_office_and_spellings():
    assert term_of(["Kim Jong-un"], dt.date(2018, 5, 31)).country == "KP"
    assert term_of(["Wolodymyr Selenskyj"], dt.date(2023, 1, 1)).country == "UA"
    assert term_of(["Recep Tayyip Erdogan"], dt.date(2010, 1, 1)).role["de"] == "Ministerpräsident"
    assert term_of(["Donald Trump"], dt.date(2022, 6, 1)) is None  # between his terms
    assert name_key("Erdoğan") == name_key("ERDOGAN")


def test_a_leader_named_elsewhere_in_the_article_takes_the_states_place(run):
    text = ("Präsident Emmanuel Macron sagte den geplanten Gipfel mit Russland am Montag ab. "
            "Der Kreml hatte zuvor erklärt, Wladimir Putin sei zu Gesprächen bereit.")
    out = run(text, "2019-03-06", "de")
    summit = meetings(out)
    assert [sorted(e["participants"]) for e in summit] == [["Emmanuel Macron", "Wladimir Putin"]]
    putin = next(a for a in out["actors"] if a["name"] == "Wladimir Putin")
    assert putin["country"] == "RU" and putin["role"] == "Präsident"


def test_without_a_named_leader_the_state_stays(run):
    text = ("US-Präsident Joe Biden sagte den für Juni geplanten Gipfel mit Nordkorea ab. "
            "Ein Sprecher erklärte, die Lage habe sich geändert.")
    out = run(text, "2022-05-02", "de")
    summit = meetings(out)
    assert summit and all(set(e["participants"]) == {"Joe Biden", "Nordkorea"} for e in summit)


def test_a_summit_between_two_states_is_left_to_the_states(run):
    text = ("Japan and South Korea have postponed a summit planned for next week in Tokyo. "
            "Prime Minister Shigeru Ishiba had hoped to host President Lee Jae-myung.")
    out = run(text, "2025-07-01", "en")
    summit = [e for e in meetings(out) if e["status"] == "cancelled"]
    assert summit and {"Japan", "South Korea"} <= set(summit[0]["participants"])


def test_a_latin_american_leader_named_without_office_gets_it_from_the_table(run):
    out = run("Die Opposition will mit Vertretern von Nicolás Maduro in Oslo reden.", "2019-05-20", "de")
    people = {a["name"]: (a["role"], a["country"]) for a in out["actors"] if a["kind"] == "person"}
    assert people == {"Nicolás Maduro": ("Präsident", "VE")}
    # before his term the table says nothing
    out = run("Der Abgeordnete Nicolás Maduro sprach in Caracas.", "2005-05-20", "de")
    assert [a["role"] for a in out["actors"] if a["name"] == "Nicolás Maduro"] == ["Abgeordnete"]
