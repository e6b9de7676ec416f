"""Actors' names on real news, round 19 (helper): classes of phrasing, each with a short
invented sentence that the rules before this round got wrong (or, marked as such, a
look-alike that must stay as it was)."""
from __future__ import annotations

import pytest


def _actors(out: dict, kind: str | None = None) -> list[tuple]:
    return [(a["name"], a["kind"], a["country"]) for a in out["actors"] if kind in (None, a["kind"])]


@pytest.mark.parametrize("text, lang", [
    ("Die Ministerin sagte, dass Amerika auch ohne neue Zölle stark bleibe.", "de"),
    ("Sie warnte vor schlechteren Beziehungen zu Amerika.", "de"),
    ("The senator said that America must lead on trade.", "en"),
])
def test_america_standing_alone_is_the_united_states(run, text, lang):
    # "dass Amerika …", "relations with America": the state, as the gold names it
    out = run(text, "2024-05-08", lang)
    assert [c for _, kind, c in _actors(out) if kind == "state"] == ["US"]


@pytest.mark.parametrize("text, lang", [
    ("The minister flew on to South America on Monday.", "en"),
    ("He spoke on Voice of America about the election.", "en"),
    ("Der Minister reiste weiter nach Südamerika.", "de"),
])
def test_america_inside_a_longer_name_stays_no_state(run, text, lang):  # look-alike
    out = run(text, "2024-05-08", lang)
    assert "US" not in [c for _, kind, c in _actors(out) if kind == "state"]


def test_a_title_before_a_states_name_is_no_person(run):
    # "Captain America": a figure of a film, no person named "America"
    out = run("The first film was Captain America: Winter Tale, which the studio released in May.",
              "2024-05-08", "en")
    assert _actors(out, "person") == []


def test_the_thing_after_a_persons_genitive_is_no_part_of_the_name(run):
    # "Eva Maria Linds Roman": the person's novel, not a person "… Roman"
    out = run("Die Ministerin verglich die Pläne der Regierung mit Eva Maria Linds Roman über die Zukunft.",
              "2024-05-08", "de")
    assert not any(name.endswith("Roman") for name, _, _ in _actors(out))


def test_a_three_part_name_stays_whole(run):  # look-alike
    out = run("Der Präsident Klaus Roth traf am Montag Kanzler Hans Peter Müller.", "2024-05-08", "de")
    assert "Hans Peter Müller" in [name for name, _, _ in _actors(out, "person")]


@pytest.mark.parametrize("text, lang", [
    ("Auf dem irischen Millbrook Airport landete das Flugzeug der Ministerin.", "de"),
    ("Vor der Congregation Beth Synagogue demonstrierten am Sonntag Hunderte gegen die Regierung.", "de"),
    ("Guards of the Alder Valley Test Range said the fence had held.", "en"),
])
def test_an_english_place_name_is_no_person_also_in_a_german_text(run, text, lang):
    out = run(text, "2024-05-08", lang)
    assert _actors(out, "person") == []


@pytest.mark.parametrize("text, lang, full, bare", [
    ("Police said two men were held on Monday. Officers of the Lakeside Valley Police had searched the house.",
     "en", "Lakeside Valley Police", "Police"),
    ("The House voted on Friday. The House of Representatives had passed the bill before.",
     "en", "House of Representatives", "House"),
    ("Das Ministerium wies die Vorwürfe am Montag zurück. Das Ministerium für Landwirtschaft und Fischerei "
     "kündigte eine Prüfung an.", "de", "Ministerium für Landwirtschaft und Fischerei", "Ministerium"),
])
def test_a_bodys_head_noun_alone_is_an_alias_of_the_one_body_with_that_head(run, text, lang, full, bare):
    out = run(text, "2024-05-08", lang)
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert bare not in orgs and bare in orgs[full]


def test_a_head_noun_of_several_bodies_names_none_of_them(run):
    out = run("The Alder Court of Appeal upheld the ruling of the Alder High Court on Monday. "
              "The Court had heard the case in May.", "2024-05-08", "en")
    assert "Court" not in [a["name"] for a in out["actors"]]


def test_the_head_noun_of_an_international_organisation_stays_its_own_body(run):  # look-alike
    # "die Union" (the German party alliance) beside "Europäische Union"
    out = run("Die Union kritisierte am Montag die Pläne der Europäischen Union für neue Schulden.",
              "2024-05-08", "de")
    names = [a["name"] for a in out["actors"] if a["kind"] == "organization"]
    assert "Union" in names and "Europäische Union" in names


@pytest.mark.parametrize("text, name, alias", [
    ("Die GRÜNEN verloren am Sonntag die Hälfte ihrer Stimmen.", "Grüne", "GRÜNEN"),
    ("Die LINKE verfehlte am Sonntag den Einzug in den Landtag.", "Die Linke", "LINKE"),
    ("Die Linken stimmten am Montag gegen den Antrag der Regierung.", "Die Linke", "Linken"),
    ("Gegen den Plan stimmten die Europäischen Linken und die Grünen.", "Europäische Linke", "Europäischen Linken"),
])
def test_german_parties_in_capitals_and_inflected(run, text, name, alias):
    # a party written in capitals, or inflected after the article, is the party by its name
    out = run(text, "2024-05-08", "de")
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert alias in orgs.get(name, [])


def test_the_left_hand_is_no_party(run):  # look-alike
    out = run("Der Minister hob die linke Hand und schwieg.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == []


def test_a_handle_after_a_title_or_with_a_form_of_address_names_a_person(run):
    out = run('The governor wrote: "As such, @DrEvaLind will close the offices. Secretary of State '
              '@TomWardell will ask the courts for more time."', "2024-05-08", "en")
    persons = {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}
    assert persons.get("@TomWardell") == "Secretary of State" and "@DrEvaLind" in persons


def test_a_handle_of_a_desk_or_a_mail_address_names_no_person(run):  # look-alike
    out = run("Follow @newsdesk for updates, the group said. Write to info@example.org.", "2024-05-08", "en")
    assert [a for a in out["actors"] if a["kind"] == "person"] == []


@pytest.mark.parametrize("text, lang", [
    ("On Friday a federal judge sentenced Ohio man Carl Brenner to life in prison for the attack.", "en"),
    ("Dana Whitlow, 31, pleaded not guilty on Tuesday to attacking the office of the governor.", "en"),
    ("Jörg Kessler wurde am Montag wegen eines Angriffs auf den Bürgermeister angeklagt.", "de"),
])
def test_a_defendant_is_no_actor(run, text, lang):
    out = run(text, "2024-05-08", lang)
    persons = [a["name"] for a in out["actors"] if a["kind"] == "person" and not a["role"]]
    assert persons == []


def test_to_condemn_is_no_criminal_case(run):  # look-alike: "verurteilen" also means to condemn
    out = run("Der Abgeordnete Tarik Osman verurteilte am Montag die Haltung der Regierung.", "2024-05-08", "de")
    assert "Tarik Osman" in [a["name"] for a in out["actors"]]


def test_a_body_named_with_and_without_its_state_is_one_actor(run):
    # "House of Representatives" … "United States House of Representatives": one body
    out = run("Lena Ward of the Democratic Party spoke on Friday. The House of Representatives had passed "
              "the bill before. The United States House of Representatives is led by the United States "
              "Democratic Party.", "2024-05-08", "en")
    orgs = {a["name"]: a["aliases"] for a in out["actors"] if a["kind"] == "organization"}
    assert orgs == {"United States Democratic Party": ["Democratic Party"],
                    "United States House of Representatives": ["House of Representatives"]}


def test_a_body_as_agent_of_a_participle_is_no_body_of_the_story(run):
    # "von der Regierung erlassene Verordnungen": such bodies in general (docs/annotation.md)
    out = run("Die Richter klärten, ob vom Parlament verabschiedete Regeln von der Regierung erlassene "
              "Verordnungen ersetzen.", "2024-05-08", "de")
    assert [a["name"] for a in out["actors"]] == []


def test_a_body_that_acts_stays(run):  # look-alike
    out = run("Die Gesetze wurden vom Parlament beschlossen. Die Regierung sagte, sie sei zufrieden.",
              "2024-05-08", "de")
    assert {"Parlament", "Regierung"} <= {a["name"] for a in out["actors"]}
