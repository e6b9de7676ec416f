"""Actors and speakers, round 10: names, things and sources in text that nobody here wrote
(interviews, science reports, campaign round-ups, German court reports). Short invented
sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names, speakers


def person(out: dict, name: str) -> dict:
    return next(a for a in out["actors"] if a["kind"] == "person" and a["name"] == name)


@pytest.mark.parametrize("text", [
    "The trial compared the drugs ZMapp and REGN-EB3 against EVD in four hospitals.",
    "The team shares its code through an API and chats on IRC every evening.",
])
def test_an_abbreviation_outside_public_affairs_is_no_actor(run, text):
    out = run(text, "2024-05-08", "en")
    assert not {"EVD", "API", "IRC", "ZMapp"} & actor_names(out)


def test_an_abbreviation_in_a_sentence_about_politics_stays_an_actor(run):
    out = run("The MDC said the election had been rigged and called for a new vote.", "2024-05-08", "en")
    assert "MDC" in actor_names(out)


def test_a_space_agency_is_a_public_body(run):
    out = run("NASA launched the probe on Monday; the rocket left the pad at dawn.", "2024-05-08", "en")
    assert "NASA" in actor_names(out)


def test_the_interviewers_mark_in_an_interview_is_no_actor(run):
    out = run("The candidate spoke to us in May.\n\n((WN)) What would your plan be for the river?\n\n"
              "((WN)) Why did you join the party?", "2024-05-08", "en")
    assert "WN" not in actor_names(out)
    assert not [e for e in out["events"] if e["kind"] == "statement"]


def test_a_capitalised_opening_word_is_no_part_of_a_name(run):
    out = run("Regarding Ashodaya Samithi, the minister said it helped voters.", "2024-05-08", "en")
    assert "Regarding Ashodaya Samithi" not in actor_names(out)


@pytest.mark.parametrize("text,name,role", [
    ("The council will meet again in June, the Presidential Spokesperson Arlo Quintos told reporters.",
     "Arlo Quintos", "Presidential Spokesperson"),
    ("Director-General Ines Moravec said on Monday that the outbreak was slowing.",
     "Ines Moravec", "Director-General"),
    ("Assemblywoman Dana Pruitt said the bill would pass next week.", "Dana Pruitt", "Assemblywoman"),
])
def test_a_title_before_a_name_is_the_persons_role_not_part_of_the_name(run, text, name, role):
    assert person(run(text, "2024-05-08", "en"), name)["role"] == role


def test_angaben_without_nach_names_no_source_and_the_passive_agent_speaks(run):
    out = run("Angaben darüber, dass ein deutscher Diplomat die Flucht organisiert hätte, wurden "
              "vom Auswärtigen Amt in Berlin dementiert.", "2024-05-08", "de")
    assert speakers(out) == ["Auswärtiges Amt"]


def test_a_name_in_the_reported_words_before_sagte_die_behoerde_does_not_speak(run):
    out = run("Der Festgenommene sei dringend tatverdächtig, den Politiker Jan Roth getötet zu haben, "
              "sagte die Bundesanwaltschaft am Montag.", "2024-05-08", "de")
    assert speakers(out) == ["Bundesanwaltschaft"]


def test_the_one_spoken_to_after_sagte_does_not_speak(run):
    out = run("Der Abgeordnete Jon Berg stellte am Montag eine Anfrage. Die Ministerin wolle bald "
              "zurücktreten, erklärte ein Angestellter im Weißen Haus gegenüber dem Abgeordneten Jon Berg.",
              "2024-05-08", "de")
    assert "Jon Berg" not in speakers(out)


def test_after_a_fronted_phrase_the_subject_after_the_finite_verb_speaks(run):
    out = run("In Befragungen durch den Sonderermittler Karl Brenner hatte die Sprecherin Lea Lind "
              "eingeräumt, falsche Angaben gemacht zu haben.", "2024-05-08", "de")
    assert speakers(out) == ["Lea Lind"]


def test_a_regional_newspaper_as_source_is_no_speaker(run):
    out = run("Der Hafen sei nach Angaben des Hamburger Abendblatts im Sommer stark ausgelastet gewesen.",
              "2024-05-08", "de")
    assert not speakers(out)
    assert not any("Abendblatt" in n for n in actor_names(out))


def test_a_town_followed_by_its_state_is_a_place_not_a_person(run):
    out = run("Five climbers died in an avalanche near Zakopane, South Poland. Mayor of Zakopane Marek "
              "Nowicki announced three days of mourning on Sunday.", "2024-05-08", "en")
    assert "Zakopane" not in actor_names(out)
    assert speakers(out) == ["Marek Nowicki"]


def test_storms_prisons_and_parishes_named_like_people_are_no_actors(run):
    out = run("Tropical Storm Barry hit Jefferson Parish on Saturday, Governor John Bel Edwards said. "
              "The attacker is held at the Richard J. Donovan Correctional Facility.", "2024-05-08", "en")
    assert actor_names(out) == {"John Bel Edwards"}


@pytest.mark.parametrize("text,lang,name", [
    ("Kommissionspräsidentin Ursula von der Leyen sagte am Montag, die Lage sei ernst.", "de",
     "Ursula von der Leyen"),
    ("Commission President Ursula von der Leyen said on Monday that the talks would go on.", "en",
     "Ursula von der Leyen"),
    ("Bundespräsident Alexander Van der Bellen sagte, die Regierung bleibe im Amt.", "de",
     "Alexander Van der Bellen"),
])
def test_a_surname_with_two_particles_is_kept_whole(run, text, lang, name):
    assert name in actor_names(run(text, "2024-05-08", lang))


def test_particles_before_a_common_noun_join_no_name(run):
    out = run("Die Sprecherin Eva Lind von der Polizei sagte am Montag, die Lage sei ernst.", "2024-05-08", "de")
    assert "Eva Lind" in actor_names(out)


def test_an_office_of_several_states_takes_the_state_of_its_holder_that_day(run):
    # "Bundeskanzler" is an office in Germany and Austria; the leaders table knows whose it was
    out = run("Bundeskanzler Sebastian Kurz sagte am Montag, die Regierung bleibe im Amt.", "2019-05-20", "de")
    kurz = next(a for a in out["actors"] if a["name"] == "Sebastian Kurz")
    assert (kurz["role"], kurz["country"]) == ("Bundeskanzler", "AT")
