"""Actors, round 14 (English precision): organisations' names the tagger cuts short, names
taken for the wrong kind of actor, words glued together. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names, speakers


def actor(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["name"] == name)


@pytest.mark.parametrize("text,name,cut", [
    ("Delegates urged the Global Coalition to Defeat ISIS to stay in the region.",
     "Global Coalition to Defeat ISIS", "Global Coalition to Defeat"),
    ("The Supreme Court of England and Wales ruled against the minister on Friday.",
     "Supreme Court of England and Wales", "Supreme Court of England"),
    ("The Ministry of Health, Labour and Welfare said the plan would work.",
     "Ministry of Health, Labour and Welfare", "Ministry of Health"),
    ("The head of the FHS union (National Union of Ferry, Harbour and Shipping Workers), Lena Hoss, "
     "said it was too little.", "National Union of Ferry, Harbour and Shipping Workers", "National Union of Ferry"),
])
def test_an_organisations_name_goes_on_where_the_tagger_stopped(run, text, name, cut):
    names = actor_names(run(text, "2024-05-08", "en"))
    assert name in names
    assert cut not in names


def test_a_name_in_brackets_spells_out_the_abbreviation_before_it(run):
    out = run("The head of the TSR union (National Union of Trams, Shipping and Rail Workers), Lena Hoss, "
              "said it was too little.", "2024-05-08", "en")
    union = actor(out, "National Union of Trams, Shipping and Rail Workers")
    assert "TSR union" in union["aliases"]
    assert "TSR union" not in actor_names(out)


def test_a_capitalised_hyphenated_word_opens_the_name_and_a_glued_word_is_none(run):
    out = run("There was one MPof the Co-operative Farmers Federation in the chamber.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Co-operative Farmers Federation" in names
    assert not {"MPof", "Farmers Federation"} & names


def test_a_state_and_a_body_joined_by_and_are_two_names(run):
    out = run("The sultan was educated in Kenya and the Royal Naval Academy, Dartmouth in Britain.",
              "2024-05-08", "en")
    names = actor_names(out)
    assert "Kenya" in names
    assert not any(n.startswith("Kenya and") for n in names)


@pytest.mark.parametrize("text,name", [
    ("Ravi Kumar sat in the Rajya Sabha, the upper house, and then moved to the Lok Sabha.", "Lok Sabha"),
    ("Police said the two suspects were linked to the Jamaah Khalifah Nusantara network.",
     "Jamaah Khalifah Nusantara"),
])
def test_a_name_with_a_foreign_word_for_a_body_or_before_its_kind_is_an_organisation(run, text, name):
    out = run(text, "2024-05-08", "en")
    assert actor(out, name)["kind"] == "organization"


def test_an_abbreviation_of_an_organisations_initials_is_that_organisation(run):
    out = run("Members of the National Kisan Sabha marched on Sunday. "
              "The NKS said the new law would ruin small farmers.", "2024-05-08", "en")
    assert "NKS" in actor(out, "National Kisan Sabha")["aliases"]
    assert "NKS" not in actor_names(out)


def test_a_spokesperson_for_a_titled_person_names_no_organisation(run):
    out = run("Cardinal Ugo Marin and a spokesperson for President Dario Velasco both wrote letters.",
              "2024-05-08", "en")
    assert not [a for a in out["actors"] if a["kind"] == "organization"]
    assert actor(out, "Dario Velasco")["kind"] == "person"


def test_a_title_at_the_end_of_an_organisations_name_is_the_persons(run):
    out = run("The order came from Coast Guard Commandant Admiral Elmer Quinto on Monday.", "2024-05-08", "en")
    names = actor_names(out)
    assert "Coast Guard" in names
    assert "Coast Guard Commandant" not in names
    assert actor(out, "Elmer Quinto")["kind"] == "person"


def test_a_form_of_address_is_no_part_of_the_name(run):
    out = run("Karl Anton Bunda, the former president, died on Friday. \"Cde [comrade] Bunda was an icon,\" "
              "the party said. \"Mr Karl Bunda should be remembered as a dictator,\" a critic said.",
              "2024-05-08", "en")
    persons = [a["name"] for a in out["actors"] if a["kind"] == "person"]
    assert persons == ["Karl Anton Bunda"]


@pytest.mark.parametrize("text", [
    "On Sunday, army doctors reported 12 infections at General Ana Dube Base in the far south.",
    "A bomb hit a base in Maidan Rostam in the centre of the Maidan Kharga province on Monday.",
    "Fire engines came from Bala and from Blaenau Gwynant, the fire service said.",
])
def test_a_place_named_like_a_person_is_no_actor(run, text):
    out = run(text, "2024-05-08", "en")
    assert not [a for a in out["actors"] if a["kind"] == "person"]


def test_a_press_agency_is_no_actor(run):
    out = run("The Kavala Press Agency said the strike hit two sites near the border.", "2024-05-08", "en")
    assert "Kavala Press Agency" not in actor_names(out)
    assert not [e for e in out["events"] if e["kind"] == "statement"]


def test_a_body_word_before_a_title_and_a_name_is_part_of_the_role(run):
    out = run("Senate minority leader Ana Lopes said the tweets were a threat. "
              "Assembly president Jan Roth said it was a sad day.", "2024-05-08", "en")
    assert actor_names(out) == {"Ana Lopes", "Jan Roth"}


def test_the_prime_ministry_is_an_office_not_a_body(run):
    out = run("Last week the actress said she would run for the prime ministry on a list of her own.",
              "2024-05-08", "en")
    assert "ministry" not in {n.lower() for n in actor_names(out)}


def test_a_states_body_named_again_without_the_state_is_the_same_body(run):
    out = run("The Supreme Court of Ghana ruled on Tuesday that the suspension was unlawful. "
              "Its judges said the Supreme Court would publish the reasons next week.", "2024-05-08", "en")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == ["Supreme Court of Ghana"]


def test_what_follows_a_persons_possessive_is_no_part_of_the_name(run):
    out = run("It was a law of Tarek Ben Youssef's Presidency.", "2024-05-08", "en")
    assert not any("Presidency" in n for n in actor_names(out))


def test_a_preposition_before_a_title_opens_no_description(run):
    out = run("On Monday, the administrator sent a letter to President-elect Jon Hale and his team. "
              "The president said on Tuesday that the offices were ready.", "2024-05-08", "en")
    assert not any(n.lower().startswith("letter") for n in actor_names(out))
    assert speakers(out) == ["Jon Hale"]


def test_a_title_word_that_opens_a_bodys_name_stays_in_it(run):
    out = run("On Monday the head of the United States General Services Administration, Ana Lopes, wrote "
              "a letter. The General Services Administration usually waits for the final count.", "2024-05-08", "en")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in orgs] == ["United States General Services Administration"]
    assert "General Services Administration" in orgs[0]["aliases"]


def test_a_states_embassy_is_named_with_the_place_it_is_in_and_is_one_actor(run):
    out = run("Rockets hit the United States Embassy in Monrovia on Tuesday. The U.S. Embassy in Liberia had "
              "closed its doors, and citizens were told not to approach the Embassy.", "2024-05-08", "en")
    orgs = [a for a in out["actors"] if a["kind"] == "organization"]
    assert [a["name"] for a in orgs] == ["United States Embassy in Monrovia"]
    assert {"U.S. Embassy in Liberia", "Embassy"} <= set(orgs[0]["aliases"])
