"""Actors, round 16: spurious actors found on unannotated news (names run on over a common
noun or a sentence's opening word, events, clinics and captions taken for persons).
Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names


def test_a_title_name_does_not_run_on_over_the_object_noun(run):
    out = run("Im Ausschuss äußerte nur die Senatorin Karla Wendt Zweifel an dem Kandidaten.", "2024-05-08", "de")
    assert "Karla Wendt" in actor_names(out)
    assert "Karla Wendt Zweifel" not in actor_names(out)


def test_a_sentence_opening_function_word_is_no_name(run):
    out = run("Per Twitter teilte Jonas Pfeil mit, er trete zurück.", "2024-05-08", "de")
    assert "Per Twitter" not in actor_names(out)
    assert "Jonas Pfeil" in actor_names(out)


def test_a_sentence_opening_imperative_is_no_name(run):
    out = run("Mayor Ann Lee listed her plans.\n\nMake Lakeside a greener city with more parks.", "2024-05-08", "en")
    assert "Make Lakeside" not in actor_names(out)


@pytest.mark.parametrize("text,bad", [
    ("Lena Hart won the party's Oregon Primary in May.", "Oregon Primary"),
    ("Patients were moved to the Acute Primary Care Clinic on Monday.", "Acute Primary Care Clinic"),
    ("Voters in Harbour Precinct queued for hours on Monday.", "Harbour Precinct"),
])
def test_a_vote_clinic_or_precinct_is_no_person(run, text, bad):
    assert bad not in actor_names(run(text, "2024-05-08", "en"))


def test_a_caucus_is_an_organisation(run):
    out = run("The leader of the Congressional Rural Caucus, Congresswoman Mara Stone, spoke.", "2024-05-08", "en")
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    assert kinds.get("Congressional Rural Caucus") == "organization"


def test_a_picture_caption_word_is_no_part_of_the_name(run):
    out = run("Candidates met in Denver.  Ann LeeImage: Ann Lee for President.  Senator Tom Ward Image: "
              "Tom Ward.  Ann Lee and Tom Ward spoke.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Ann LeeImage" not in names and "Tom Ward Image" not in names
    assert "Tom Ward" in names


def test_the_surname_tagged_an_organisation_is_the_person_named_before(run):
    out = run("The nominee Rosa La Fonte debated on Monday. Hill and Cole expressed opposition to the plan "
              "while La Fonte fully endorsed it.", "2024-05-08", "en")
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    assert "La Fonte" not in kinds


@pytest.mark.parametrize("text,lang,guest,journalist", [
    ("Die Außenministerin Eva Roth antwortete während eines CNN-Interviews mit Paul Kessler auf die Frage.",
     "de", "Eva Roth", "Paul Kessler"),
    ("Foreign Minister Ann Lee said in a CNN interview with Paul Kessler that talks would resume.",
     "en", "Ann Lee", "Paul Kessler"),
])
def test_the_journalist_of_a_media_interview_is_no_actor(run, text, lang, guest, journalist):
    names = actor_names(run(text, "2024-05-08", lang))
    assert guest in names and journalist not in names


def test_a_titled_guest_of_a_media_interview_stays(run):
    assert "Eva Roth" in actor_names(run("Im ZDF-Interview mit Kanzlerin Eva Roth ging es um Steuern.", "2024-05-08", "de"))


def test_a_ship_is_no_organisation_or_person(run):
    names = actor_names(run("Die US-Marine schickte die USS Carl Vinson in die Region. Die HMS Defender folgte.",
                            "2024-05-08", "de"))
    assert not {"USS", "Carl Vinson", "HMS Defender"} & names


@pytest.mark.parametrize("text,lang,ship", [
    ("Die Niederlande schicken das Docklandungsschiff „Karel Brink“ in die Karibik.", "de", "Karel Brink"),
    ("Es geht um den betriebenen Tanker Mira Lindqvist. Die Besatzung der Mira Lindqvist wurde gerettet.",
     "de", "Mira Lindqvist"),
    ("Britain seized the tanker Stena Lind in the Gulf, Foreign Secretary Ann Lee said.", "en", "Stena Lind"),
])
def test_a_name_after_a_word_for_a_ship_is_the_ship(run, text, lang, ship):
    names = actor_names(run(text, "2024-05-08", lang))
    assert not any(ship.split()[-1] in n for n in names)


def test_a_university_is_no_person(run):
    names = actor_names(run("A study by Tom Reed of Canada's Lakeside University found more cases.", "2024-05-08", "en"))
    assert "Lakeside University" not in names


@pytest.mark.parametrize("text,lang,medium", [
    ("Nach Angaben von NKA, der staatlichen Nachrichtenagentur Kiribatis, wurde der Minister entlassen.", "de", "NKA"),
    ("According to RTL, the state broadcaster of Lorania, the minister resigned.", "en", "RTL"),
])
def test_a_name_with_a_medium_in_apposition_is_the_medium(run, text, lang, medium):
    assert medium not in actor_names(run(text, "2024-05-08", lang))
