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


@pytest.mark.parametrize("text,bad", [
    ("Per Twitter teilte Jonas Pfeil mit, er trete zurück.", "Per Twitter"),
])
def test_a_sentence_opening_function_word_is_no_name(run, text, bad):
    out = run(text, "2024-05-08", "de")
    assert bad not in actor_names(out)
    assert "Jonas Pfeil" in actor_names(out)


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
