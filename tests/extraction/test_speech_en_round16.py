"""English statements, round 16 (helper): classes of speakers that the extractor missed or
got wrong on unseen real news (unannotated Wikinews articles and the train/dev misses).
Every sentence here is our own, with invented names or real public figures (or, marked as
such, a look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

PUBLISHED = "2024-05-08"


def run_en(run, text: str) -> list[tuple[str, str]]:
    return statements(run(text, PUBLISHED, "en"))


# --- a body named before, then by its head noun after "the" ---------------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("The Northern Liberation Council met in Kalmar on Monday. The council said the ceasefire had failed.",
     "Northern Liberation Council", "the ceasefire had failed"),
    ("The Green Dawn Party chose its leader on Friday. The party said it would take part in the vote.",
     "Green Dawn Party", "it would take part in the vote"),
    ("The Electoral Commission of Ruritania counted the ballots. The commission said turnout was high.",
     "Electoral Commission of Ruritania", "turnout was high"),
    ("The Ministry of Health of Ruritania counted new cases. The ministry warned that hospitals were full.",
     "Ministry of Health of Ruritania", "hospitals were full"),
    # the words between the article and the noun are in the name (a body noun of
    # data/bodies.tsv: worked before, kept as the class's other form)
    ("The Eastern Fire and Rescue Service sent six engines. The fire service said the cause was unknown.",
     "Eastern Fire and Rescue Service", "the cause was unknown"),
])
def test_body_named_before_by_its_head_noun(run, text, speaker, words):
    assert (speaker, words) in run_en(run, text)


def test_two_bodies_with_the_head_noun_give_none(run):
    # look-alike: with two parties named, "the party" is neither
    out = run_en(run, "The Green Dawn Party and the Blue Star Party met in Kalmar. The party said the plan was unfair.")
    assert not [s for s, q in out if q == "the plan was unfair"]


def test_body_named_before_speaks_jointly_with_another(run):
    out = run_en(run, "The Northern Liberation Council and the government of Yemen clashed in May. "
                      "Both the council and the government demanded an inquiry.")
    assert {s for s, q in out if "inquiry" in q} == {"Northern Liberation Council", "government of Yemen"}


# --- the source of an attribution named by a modifier or as a tweet's author -------------

def test_body_as_the_modifier_of_a_statement(run):
    out = run_en(run, "The Eastern Fire and Rescue Service sent crews to the port. "
                      "Ten engines were needed, according to a fire service statement.")
    assert ("Eastern Fire and Rescue Service", "Ten engines were needed") in out


def test_government_statement(run):
    out = run_en(run, "The Kenyan government closed the border on Monday. "
                      "Two soldiers died, according to a government statement.")
    assert ("Kenyan government", "Two soldiers died") in out


def test_tweet_by_a_minister(run):
    out = run_en(run, "\"The sanctions will hurt ordinary families,\" according to a tweet by "
                      "US Secretary of State Antony Blinken.")
    assert [s for s, _ in out] == ["Antony Blinken"]


# --- a speaker described by a role and named in apposition after the verb ---------------

@pytest.mark.parametrize("text, speaker", [
    ("The talks were useful, said the foreign minister, Tomas Berg.", "Tomas Berg"),
    ("The court has no right to judge the motives of the cabinet, argued the government's lawyer, Tomas Berg.",
     "Tomas Berg"),
    ("\"The talks were useful,\" said the country's foreign minister, Tomas Berg, on Monday.", "Tomas Berg"),
])
def test_role_then_name_after_the_verb(run, text, speaker):
    assert [s for s, _ in run_en(run, text)] == [speaker]


def test_relative_then_name_after_the_verb_is_no_speaker(run):
    # look-alike: a relative named after the verb is a private person
    assert run_en(run, "The plan failed, said the singer's mother, Anna Berg.") == []


def test_speaker_after_the_verb_in_a_row_of_bodies_is_not_joined(run):
    # look-alike: the agents of a passive before another verb's subject ("the latter") do
    # not speak together
    out = run_en(run, "Inquiries were opened by the European Commission and the European Parliament, "
                      "with the latter confirming it would \"hear the minister in June.\"")
    assert "European Commission" not in {s for s, _ in out}


def test_inset_title_with_of(run):
    out = run_en(run, "Marwan al-Qadi spoke to the cabinet on Sunday. The bomb was hidden in a car near the port, "
                      "stated Minister of Information Marwan al-Qadi, and was found by soldiers.")
    assert ("Marwan al-Qadi", "The bomb was hidden in a car near the port") in out


# --- a row of speakers after "came from" ---------------------------------------------

def test_head_of_an_organisation_with_its_abbreviation(run):
    out = run_en(run, "Criticism came from Arab Maritime Union (AMU) chief Ahmed Karimi and the European Union.")
    assert [s for s, _ in out][:1] == ["Ahmed Karimi"]


def test_spokesperson_for_a_person_in_a_row(run):
    out = run_en(run, "Condemnation came from Pope Francis, Emmanuel Macron, "
                      "and a spokesperson for President Joe Biden.")
    assert {s for s, _ in out} >= {"Pope Francis", "Joe Biden"}


# --- speakers whose role the title of a place gives -----------------------------------

@pytest.mark.parametrize("text, speaker, role", [
    ("Governor of Texas Greg Abbott said the storm was dangerous.", "Greg Abbott", "Governor"),
    ("United States Senator from Ohio Sherrod Brown said the vote was unfair.", "Sherrod Brown", "Senator"),
    ("The Mayor of Koszalin Piotr Nowak said the fire was terrible.", "Piotr Nowak", "Mayor"),
])
def test_title_of_a_place_before_the_name_is_the_role(run, text, speaker, role):
    out = run(text, PUBLISHED, "en")
    assert {a["name"]: a["role"] for a in out["actors"]}.get(speaker) == role
    assert speaker in {s for s, _ in statements(out)}


def test_name_tagged_as_an_organisation_after_the_person_is_the_person(run):
    # the tagger calls the second mention an organisation; the person named before speaks
    out = run_en(run, "First Minister of Scotland Nicola Sturgeon joined the march in Glasgow. Nicola Sturgeon said "
                      "the day was \"a turning point for the country\" in the long dispute.")
    assert "Nicola Sturgeon" in {s for s, _ in out}


def test_the_prime_minister_is_no_first_minister(run):
    # guard: with the first minister's role now given, "the prime minister" must still be
    # the prime minister (it passed before the roles of titles of a place)
    out = run_en(run, "Prime Minister Boris Johnson met the Queen on Monday. First Minister of Scotland Nicola "
                      "Sturgeon criticised the plan. The prime minister said he would appeal.")
    assert ("Boris Johnson", "he would appeal") in out


# --- the palace speaks for the monarch -------------------------------------------------

@pytest.mark.parametrize("text", [
    "King Harald V of Norway opened the new session in Oslo. The palace said the king had a cold.",
    "King Harald V of Norway opened the new session in Oslo. The Royal Palace announced that the king had a cold.",
])
def test_palace_speaks_for_the_king(run, text):
    speakers = [s for s, _ in run_en(run, text)]
    assert len(speakers) == 1 and "Harald V" in speakers[0]


def test_palace_without_a_monarch_named_is_no_speaker(run):
    # look-alike: a palace that is a museum, no monarch in the article
    assert run_en(run, "The palace said the museum would open in May after repairs to its roof.") == []
