"""Statements and actors, round 17 (lead): classes of phrasing, each with a short invented
sentence that the rules before this round got wrong (or, marked as such, a look-alike that
must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "


@pytest.mark.parametrize("text, expected", [
    ("Die Verhandlungen seien gescheitert, so die Sprecherin des Umweltministeriums, Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so Umweltministerin Jana Kröger.",
     [("Jana Kröger", "Die Verhandlungen seien gescheitert")]),
    ("Die Verhandlungen seien gescheitert, so der Sprecher des Umweltministeriums.",
     [("Umweltministerium", "Die Verhandlungen seien gescheitert")]),
])
def test_so_names_the_person_in_apposition_to_a_role(run, text, expected):
    # "…, so die Sprecherin des X, Name.": the person named after the role's phrase speaks,
    # not the body in the genitive; without a name the body speaks (an unnamed spokesperson)
    assert statements(run(CONTEXT_DE + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ('The mayor wrote "May they rest in peace."\n\nPiotr Walas, a fire service spokesman, told reporters that '
     "two people were hurt.", [("Piotr Walas", "two people were hurt")]),
    ('The mayor wrote "May they rest in peace."\n\nPiotr Walas, a spokesperson for the fire service, said '
     "the fire was under control.", [("Piotr Walas", "the fire was under control")]),
])
def test_an_untagged_name_before_a_role_apposition_speaks(run, text, expected):
    # a paragraph opened by a name the tagger missed, with its role in apposition: the person
    # speaks, not the role's words ("fire service spokesman") and not nobody
    assert statements(run(text, "2024-05-08", "en")) == expected


def statement_dates(out: dict) -> list[tuple[str, str | None]]:
    return [(e["speaker"], e["date"]) for e in out["events"] if e["kind"] == "statement"]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Außenminister Karl Brandt und Ana Ruiz unterzeichneten am Montag ein Abkommen über Fischerei. "
           "Es regelt die Fangquoten. Bei der Unterzeichnung sagte Brandt, dass der Vertrag beiden Ländern helfe.",
     [("Karl Brandt", "2024-05-06")]),
    ("de", "Die Mitglieder der Organisation haben heute Ana Ruiz zur Generalsekretärin ernannt. Die Entscheidung "
           "fiel einstimmig. Nach der Ernennung sagte Ruiz, dass sie die Reform fortsetzen wolle.",
     [("Ana Ruiz", "2024-05-08")]),
    ("en", "Foreign ministers Karl Brandt and Ana Ruiz signed a fisheries agreement on Monday. It sets quotas. "
           "At the signing, Brandt said the treaty would help both nations.", [("Karl Brandt", "2024-05-06")]),
])
def test_an_occasion_told_by_its_verb_before_dates_the_statement(run, lang, text, expected):
    # "Bei der Unterzeichnung sagte X": the sentence before told the signing by its verb
    # ("unterzeichneten am Montag"), and its day is the statement's
    assert statement_dates(run(text, "2024-05-08", lang)) == expected


def test_a_day_in_the_speakers_participial_attribute_does_not_date_the_statement(run):
    # "der am Samstag vereidigte Präsident": Saturday dates the swearing-in, not the words
    out = run("Der am Samstag vereidigte Präsident Karl Brandt kritisierte den Plan als unfair.", "2024-05-08", "de")
    assert statement_dates(out) == [("Karl Brandt", None)]


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Die Gespräche fanden unter der Schirmherrschaft von Scheich Hamid ibn Faris Al Mansur, Kronprinz "
           "des Emirats, statt.", "Hamid ibn Faris Al Mansur"),
    ("de", "Um das Amt hatten sich Carlos Ruiz aus Uruguay, Jaya Krishna Mootoo aus Mauritius und der "
           "Brasilianer Paulo Seixas beworben.", "Jaya Krishna Mootoo"),
])
def test_multi_part_names_are_kept_whole(run, lang, text, name):
    # "… ibn Faris" + "Al Mansur": the capitalised Arabic article goes on with the family
    # name; "Jaya" + "Krishna Mootoo": a rare first name the German tagger took for a noun
    names = {a["name"] for a in run(text, "2024-05-08", lang)["actors"]}
    assert name in names


def test_a_plural_title_before_a_list_gives_each_name_its_role(run):
    # "Senators A, B and C": the title is no part of the first name, and every name of the
    # list holds it (each a public-affairs person)
    out = run("The bill was backed by Senators Ana Whitfield, Tom Berrigan and Lisa Okafor on Monday.",
              "2024-05-08", "en")
    roles = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert roles == {"Ana Whitfield": "Senator", "Tom Berrigan": "Senator", "Lisa Okafor": "Senator"}


def test_a_german_name_stops_before_a_hyphenated_role_noun(run):
    # "unter Kommissionspräsident Prodi EU-Kommissar": the role compound is no part of the name
    out = run("Von 1999 bis 2004 war Karl Brandt unter Kommissionspräsident Moretti EU-Kommissar für Handel.",
              "2024-05-08", "de")
    assert "Moretti" in {a["name"] for a in out["actors"]}


@pytest.mark.parametrize("text, expected", [
    ("Dr. Paul Okafor, a former CDC director, said the response had been too slow.",
     [("Paul Okafor", "the response had been too slow")]),
    ("Dr. Nadia Rahman, director of surgery at Saint Francis Hospital, said twelve patients arrived.", []),
])
def test_a_doctor_heading_a_public_body_speaks(run, text, expected):
    # "Dr" marks a private expert, unless the apposition says the person heads a body; a
    # hospital's director stays private
    assert statements(run("The outbreak spread quickly. " + text, "2024-05-08", "en")) == expected
