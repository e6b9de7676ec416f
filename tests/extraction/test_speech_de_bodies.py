"""German statements of bodies: spokespeople and the body they speak for, governments, ministries,
courts and other bodies as speakers. Short invented sentences."""
from __future__ import annotations

import pytest

from .helpers import actor_names, CONTEXT, CONTEXT_DE, CONTEXT_EN, run_de, speakers, statements


@pytest.mark.parametrize("text,speaker", [
    ("Nach Angaben des Weißen Hauses ist der Präsident gesund.", "Weißes Haus"),
    ("Der zentralen Wahlkommission zufolge hat die Opposition die Mehrheit erlangt.", "Wahlkommission"),
])
def test_german_bodies_in_the_genitive_and_compounds_of_kommission(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_guard_the_spokesperson_named_again_after_a_named_spokesperson_is_that_person(run):
    out = run("Regierungssprecherin Lea Dorn wies die Vorwürfe zurück. Die Vorwürfe seien haltlos, "
              "sagte die Sprecherin.", "2024-05-08", "de")
    assert speakers(out)[-1] == "Lea Dorn"


def test_a_german_genitive_body_with_a_foreign_two_word_name_stays_whole(run):
    out = run("Ein Sprecher der Downing Street sagte, man prüfe den Brief.", "2024-05-08", "de")
    assert speakers(out) == ["Downing Street"]


@pytest.mark.parametrize("lang,text,speaker", [
    ("de", "Ein Pentagon-Sprecher sagte, die Truppen blieben vor Ort.", "Pentagon"),
    ("de", "Ein Nato-Sprecher sagte, man sehe keinen Anlass zur Sorge.", "NATO"),
    ("en", "A Kremlin spokeswoman said there was no cause for concern.", "Kremlin"),
])
def test_an_unnamed_spokesperson_named_with_the_body_before_speaks_for_it(run, lang, text, speaker):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    assert speakers(out) == [speaker]


def test_guard_a_named_spokesperson_speaks_himself(run):
    out = run(CONTEXT_DE + "Der Pentagon-Sprecher Jan Weber sagte, die Truppen blieben vor Ort.", "2024-05-08", "de")
    assert speakers(out) == ["Jan Weber"]


@pytest.mark.parametrize("lang, text, speaker", [
    ("de", "Die libanesischen Sicherheitskräfte kündigten an, die Grenze zu schließen.",
     "libanesische Sicherheitskräfte"),
    ("en", "The Iraqi security forces said they had arrested five suspects.", "Iraqi security forces"),
])
def test_security_forces_are_a_body(run, lang, text, speaker):
    out = run((CONTEXT_DE if lang == "de" else CONTEXT_EN) + text, "2024-05-08", lang)
    assert [s for s, _ in statements(out)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ("Die Straßen seien gefährlich, teilte das Bundesamt für Straßenbau und Verkehrssicherheit mit.",
     "Bundesamt für Straßenbau und Verkehrssicherheit"),
    ("Wie das Landesamt für Denkmalpflege und Archäologie mitteilte, sei der Fund einmalig.",
     "Landesamt für Denkmalpflege und Archäologie"),
])
def test_a_body_for_two_domains_keeps_its_whole_name(run, text, expected):
    # the German tagger ends a body's name "<Amt> für A und B" at "und": the name goes on
    out = run(text, "2024-05-08", "de")
    assert [a["name"] for a in out["actors"] if a["kind"] == "organization"] == [expected]
    assert [speaker for speaker, _ in statements(out)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Die Medienaufsichtsbehörde CSA kritisierte den Sender.", [("CSA", "den Sender")]),
])
def test_a_body_named_by_its_kind_before_its_name(run, text, expected):
    # "die Medienaufsichtsbehörde CSA": the name speaks, not the common noun
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_an_unnamed_minister_speaks_for_the_government_named(run):
    out = statements(run("Die moldauische Regierung beriet am Montag über die neue Hauptstadt. "
                         "Ein Minister sagte, die neue Stadt werde als „Gartenstadt“ geplant.", "2024-05-08", "de"))
    assert [s for s, _ in out] == ["moldauische Regierung"]


def test_an_unnamed_minister_without_a_government_of_a_state_is_nobody(run):
    # look-alike: "die Regierung" of no state is no actor to speak for
    assert run_de(run, "Ein Minister sagte, die Lage sei ernst.") == []


# --- an unnamed spokesperson of a body with an adjective before its name ------------------
@pytest.mark.parametrize("text, speaker", [
    ("Die Liberal Party verlor drei Sitze. Ein Sprecher der schottischen Liberal Party sagte, man sei enttäuscht.",
     "Liberal Party"),
    ("Eine Sprecherin der sächsischen Staatsregierung sagte, man prüfe den Antrag.", "sächsische Staatsregierung"),
])
def test_spokesperson_of_a_body_after_an_adjective(run, text, speaker):
    assert [s for s, _ in run_de(run, text)] == [speaker]


def test_spokesperson_of_a_body_named_with_its_state_stays_apart(run):
    # look-alike: a state's adjective names another body than the bare one named before
    out = run_de(run, "Der Botschafter schrieb an das Außenministerium. "
                      "Eine Sprecherin des britischen Außenministeriums sagte, man stehe zu ihm.")
    assert ("britisches Außenministerium", "man stehe zu ihm") in out


def test_the_noun_of_a_participial_attribute_becomes_the_body(run):
    out = run(CONTEXT + "Nach Angaben der von Kanada angeführten Militärkoalition wurde ein Depot angegriffen.",
              "2024-05-08", "de")
    assert "Militärkoalition" in actor_names(out)


@pytest.mark.parametrize("text, expected", [
    ("Auch das Umweltministerium wandte sich gegen den Plan. Eine Sprecherin verwies auf die hohen Kosten. "
     "Es gebe keine Alternative.",
     [("Umweltministerium", "gegen den Plan"), ("Umweltministerium", "auf die hohen Kosten"),
      ("Umweltministerium", "Es gebe keine Alternative")]),
    ("Das Umweltministerium prüft den Fall. Ein Sprecher sagte, man werde bald entscheiden.",
     [("Umweltministerium", "man werde bald entscheiden")]),
    # look-alike: the sentence before names a person, no body: nobody to speak for
    ("Otto Brandl kritisierte den Plan. Ein Sprecher sagte, man werde bald entscheiden.",
     [("Otto Brandl", "den Plan")]),
])
def test_an_unnamed_spokesperson_speaks_for_the_body_of_the_sentence_before(run, text, expected):
    assert statements(run(text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Nationale Volkspartei kritisierte am Montag den Plan. Ein Volkspartei-Sprecher sagte, der Plan sei zu teuer.",
     [("Nationale Volkspartei", "den Plan"), ("Nationale Volkspartei", "der Plan sei zu teuer")]),
    # look-alike: two bodies of that name were named before; the spokesperson is no one's
    ("Die Nationale Volkspartei kritisierte am Montag den Plan. Auch die Liberale Volkspartei lehnte ihn ab. "
     "Ein Volkspartei-Sprecher sagte, der Plan sei zu teuer.",
     [("Nationale Volkspartei", "den Plan"), ("Liberale Volkspartei", "ihn")]),
])
def test_a_spokesperson_named_by_a_compound_with_a_word_of_the_body(run, text, expected):
    # "Ein X-Sprecher sagte": the one body named before whose name holds X
    assert statements(run(text, "2024-05-08", "de")) == expected


def test_a_body_in_person_of_its_member(run):
    # the member named in the inset speaks, not the one the demand is addressed to
    out = run(CONTEXT + "Die Linke, in Person ihrer Landeschefin Jana Pohl, stellte die Forderung an "
              "Bürgermeister Walter Hanke, das Bad zu schließen.", "2024-05-08", "de")
    assert statements(out) == [("Jana Pohl", "das Bad zu schließen")]


@pytest.mark.parametrize("text, expected", [
    ("Die Regierungen Chiles und Perus kritisierten das Abkommen scharf.", ["Chile", "Peru"]),
    ("Die Parlamente Irlands, Portugals und der Slowakei hatten Nachbesserungen verlangt.",
     ["Irland", "Portugal", "Slowakei"]),
    # look-alikes: the states as the objects, and the singular body that is named itself
    ("Die Regierungen haben Polen und Spanien kritisiert.", []),
    ("Das Parlament Polens hatte sich gegen den Entwurf ausgesprochen.", ["Parlament Polens"]),
])
def test_the_bodies_of_several_states(run, text, expected):
    assert sorted(s for s, _ in statements(run(CONTEXT + text, "2024-05-08", "de"))) == sorted(expected)


def test_a_named_spokesperson_after_the_body_speaks(run):
    out = run("Die Sprecherin der Fraktion Ute Marx sprach von zu hohen Mieten. "
              "Der Sprecher des Ministeriums Jan Ott sagte, die Lage sei ernst.", "2025-06-10", "de")
    assert speakers(out) == ["Ute Marx", "Jan Ott"]


def test_a_spokesperson_of_a_known_institution_in_the_genitive_speaks_for_it(run):
    out = run("Eine Einigung sei erzielt worden, teilte ein Sprecher des Auswärtigen Amtes mit. Der "
              "Sondergesandte des US-Außenministeriums trat zurück.", "2024-03-14", "de")
    assert speakers(out) == ["Auswärtiges Amt"]
    assert {"Auswärtiges Amt", "US-Außenministerium"} <= actor_names(out)


def test_german_sie_with_a_plural_verb_is_a_body_named_in_the_plural_not_a_woman(run):
    out = run("Die Demokraten kritisieren den Plan. Außenministerin Eva Lind verteidigte ihn. Sie befürchten, "
              "dass die Waffen gegen Zivilisten eingesetzt werden.", "2019-08-16", "de")
    assert speakers(out)[-1] == "Demokraten"


def test_german_sie_with_no_woman_near_is_the_body_named_by_a_feminine_noun(run):
    out = run("Die Armee tötete den Rebellen Raúl Ruiz. Gleichzeitig hatte sich die kolumbianische Regierung "
              "bei Peru entschuldigt. Dabei sagte sie, der Einsatz sei unvermeidbar gewesen. Die Ministerin Eva Lind trat "
              "auf. Sie sagte, sie sei traurig.", "2024-03-14", "de")
    # the apology is a statement too (round 10)
    assert speakers(out) == ["kolumbianische Regierung", "kolumbianische Regierung", "Eva Lind"]


@pytest.mark.parametrize("text,speaker", [
    ("Ein Polizeisprecher sagte, der Mann sei festgenommen worden.", "Polizei"),
    ("Eine Polizeisprecherin erklärte, die Straße bleibe gesperrt.", "Polizei"),
    ("Ein Armeesprecher sagte, die Truppen hätten sich zurückgezogen.", "Armee"),
    ("Ein Militärsprecher sagte, die Lage sei ruhig.", "Militär"),
    ("Der Pentagonsprecher sagte, die Soldaten blieben im Land.", "Pentagon"),
    ("Ein Regierungssprecher sagte, die Wahl werde verschoben.", "Regierung"),
    ("Ein kenianischer Regierungssprecher sagte, die Wahl werde verschoben.", "kenianische Regierung"),
    ("Ein US-Regierungssprecher sagte, die Sanktionen blieben bestehen.", "US-Regierung"),
    ("Der Regierungssprecher der Türkei sagte, man prüfe den Fall.", "Regierung der Türkei"),
    ("Ein Behördensprecher sagte, die Straße sei wieder frei.", "Behörde"),
])
def test_an_unnamed_spokesperson_named_by_a_compound_speaks_for_its_body(run, text, speaker):
    # round 20: the body the compound's first part names is the speaker (docs/annotation.md)
    assert speakers(run(text, "2024-05-08", "de")) == [speaker]


def test_a_compound_spokesperson_speaks_for_the_body_of_that_noun_named_before(run):
    out = run("Die kenianische Regierung verschob die Wahl. Ein Regierungssprecher sagte, das sei nötig. "
              "Das Ministerium prüft den Antrag. Ein Ministeriumssprecher sagte, das dauere.", "2024-05-08", "de")
    assert speakers(out) == ["kenianische Regierung", "Ministerium"]
    assert next(a for a in out["actors"] if a["name"] == "kenianische Regierung")["country"] == "KE"


@pytest.mark.parametrize("text,speaker", [
    ("Regierungssprecher Steffen Brandt sagte, die Steuern würden nicht erhöht.", ["Steffen Brandt"]),
    ("Regierungssprecher Steffen Brandt sagte, die Steuern würden nicht erhöht. Der Regierungssprecher "
     "fügte hinzu, die Rente sei sicher.", ["Steffen Brandt", "Steffen Brandt"]),
    ("Ein Polizeisprecher, Jonas Kerl, sagte, der Mann sei festgenommen worden.", ["Jonas Kerl"]),
    # no body: a press officer, the Speaker of a parliament, a ministry not named before
    ("Ein Pressesprecher sagte, das Konzert falle aus.", []),
    ("Der iranische Parlamentssprecher sagte, das Abkommen sei gescheitert.", []),
    ("Ein Ministeriumssprecher sagte, das dauere.", []),
])
def test_guard_a_named_compound_spokesperson_is_a_person_and_other_compounds_name_no_body(run, text, speaker):
    assert speakers(run(text, "2024-05-08", "de")) == speaker


def test_a_spokesperson_of_the_government_is_the_government_not_a_party_named_before(run):
    out = run("Die Partei Neue Mitte kritisierte den Plan. Eine Sprecherin der Regierung sagte am Montag "
              "in Warschau, das sei nötig.", "2024-05-08", "de")
    assert speakers(out)[-1] == "Regierung"
    assert next(a for a in out["actors"] if a["name"] == "Regierung")["country"] == "PL"


@pytest.mark.parametrize("text, expected", [
    # the spokesperson named before, of that state: the same person
    ("Der türkische Regierungssprecher Kemal Aslan sagte am Montag, man sei bereit. Der "
     "Regierungssprecher der Türkei fügte hinzu, man prüfe den Vorschlag.", ["Kemal Aslan", "Kemal Aslan"]),
    # one named before with no state: the state's government speaks, not that person
    ("Regierungssprecher Jonas Brandt sagte am Montag, die Türkei sei ein Partner. Der "
     "Regierungssprecher der Türkei fügte hinzu, man prüfe den Vorschlag.", ["Jonas Brandt", "Regierung der Türkei"]),
])
def test_a_definite_spokesperson_with_a_state_is_the_holder_of_that_state(run, text, expected):
    assert speakers(run(text, "2024-05-08", "de")) == expected


# --- a party named only by its short name, then "die Partei" (round 22) ------------------
def test_a_known_party_named_by_its_short_name_speaks_as_die_partei(run):
    out = run("Die FDP stellte am Montag in Kassel ihr Programm vor. Die Partei kündigte an, die "
              "Gebühren für Kitas zu streichen.", "2024-05-08", "de")
    assert statements(out) == [("FDP", "die Gebühren für Kitas zu streichen")]


def test_guard_with_two_known_parties_named_die_partei_is_neither(run):
    out = run("Die FDP und die SPD stellten am Montag in Kassel ihre Programme vor. Die Partei kündigte "
              "an, die Gebühren für Kitas zu streichen.", "2024-05-08", "de")
    assert statements(out) == []


def test_sein_buero_speaks_as_the_office_of_the_person_named_before(run):
    # round 22: "sein Büro teilte mit" (the English "his office said")
    out = run("Der Senator Tom Ruddle wurde am Montag ins Krankenhaus gebracht. Sein Büro teilte mit, er "
              "erhole sich.", "2024-05-08", "de")
    assert statements(out) == [("Büro von Tom Ruddle", "er erhole sich")]
