"""German statements: which person speaks (subjects, appositions, roles, pronouns, agents of a
passive) and who does not (objects, genitives, the one spoken to, media, private persons). Short
invented sentences."""
from __future__ import annotations

import pytest

from .helpers import (_speakers, CONTEXT, CONTEXT_DE, participant_lists, quotes, run_de, speakers,
                      statements, VISIT)


def test_a_german_embassy_named_by_its_state_adjective_speaks_and_a_message_does_not(run):
    out = run("Nach Angaben der französischen Botschaft sind im Land 300 Soldaten. In einer Botschaft an die "
              "Nation sagte Präsident Ivo Marsh, er sei zuversichtlich.", "2020-01-12", "de")
    assert speakers(out) == ["französische Botschaft", "Ivo Marsh"]
    assert {a["name"]: a["country"] for a in out["actors"] if a["kind"] == "organization"} == {
        "französische Botschaft": "FR"}


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


def test_a_german_genitive_before_adjective_and_role_only_qualifies_the_speaker(run):
    out = run("Chile hat den Plan begrüßt. Chiles neuer Außenminister Ramos sagte bei dem Treffen mit "
              "Roth, sein Land wolle den Vertrag bald unterzeichnen.", "2024-05-08", "de")
    assert speakers(out) == ["Chile", "Ramos"]
    assert participant_lists(out) == [["Ramos", "Roth"]]


def test_an_agent_inside_an_attributive_participle_does_not_speak(run):
    out = run("Die Hamburger Umweltbehörde plant Fahrverbote. Die von der Umweltbehörde getroffenen "
              "Maßnahmen werden vielfach kritisiert: „reine Symbolpolitik“.", "2024-05-08", "de")
    assert speakers(out) == []


@pytest.mark.parametrize("text,lang,speaker", [
    ("Der kanadische Premierminister Tom Hale reiste nach Lima. In einer Erklärung drückte Präsident "
     "Jan Roth seine Anerkennung für Hales Vermittlung aus, doch er sei der Ansicht, „dass eine "
     "Einigung noch lange dauern wird“.", "de", "Jan Roth"),
])
def test_a_pronoun_prefers_the_subject_to_a_person_named_as_an_owner(run, text, lang, speaker):
    assert speakers(run(text, "2024-05-08", lang))[-1] == speaker


def test_a_pronoun_after_a_statement_goes_on_with_its_speaker(run):
    out = run("Chiles Staatsoberhaupt Ramos sagte bei dem Treffen mit Ministerpräsident Roth, sein Land "
              "wolle bald unterzeichnen. „Wir haben lange genug gewartet“, sagte er.", "2024-05-08", "de")
    assert speakers(out) == ["Ramos", "Ramos"]


def test_a_particle_before_a_possessor_joins_no_name(run):
    out = run("Der Anwalt Paul Brenner kritisierte den Deal. „Das ist falsch“, sagte Brenner zu "
              "Lindqvists Äußerungen.", "2024-05-08", "de")
    assert speakers(out) == ["Paul Brenner", "Paul Brenner"]


@pytest.mark.parametrize("text,speaker,quote", [
    ("Am Montag erklärte der Sprecher des Innenministeriums, Hans Meier, man prüfe den Vorfall.",
     "Hans Meier", "man prüfe den Vorfall"),
    ("In einem Interview sagte die Vorsitzende der Grünen, Lisa Moor, die Koalition sei am Ende.",
     "Lisa Moor", "die Koalition sei am Ende"),
    ("Vor Journalisten betonte der Generalsekretär der Vereinten Nationen, Ali Hassan, eine "
     "Lösung sei möglich.", "Ali Hassan", "eine Lösung sei möglich"),
])
def test_behind_a_fronted_phrase_the_speaker_is_named_in_an_apposition_after_the_verb(run, text, speaker, quote):
    out = run(text, "2024-05-08", "de")
    assert speakers(out) == [speaker]
    assert quotes(out) == [quote]


def test_guard_an_object_with_an_apposition_after_the_subject_does_not_speak(run):
    out = run("Am Montag kritisierte die Opposition die Ministerin, Eva Roth, scharf.", "2024-05-08", "de")
    assert "Eva Roth" not in speakers(out)


def test_a_confirmation_with_a_clause_is_words_even_where_its_subject_looks_like_an_object(run):
    out = run("In einer Erklärung bestätigte die stellvertretende Direktorin des Roten Kreuzes, "
              "Lisa Moor, dass die Hilfstransporte gegen den Willen der Regierung weiterfahren.",
              "2024-05-08", "de")
    assert speakers(out) == ["Lisa Moor"]


def test_guard_confirming_a_holder_in_office_is_no_statement(run):
    out = run("Der Senat bestätigte die Direktorin Eva Roth im Amt.", "2024-05-08", "de")
    assert speakers(out) == []


@pytest.mark.parametrize("text", [
    "In einem Bericht schrieb der in Nairobi stationierte Botschafter Peter Lang, die Regierung sei korrupt.",
    "In einem Bericht schrieb der seit März 2016 in Kenia tätige Botschafter Peter Lang, die Regierung sei korrupt.",
])
def test_behind_a_fronted_phrase_a_long_description_with_a_role_names_the_speaker(run, text):
    out = run(text, "2024-05-08", "de")
    assert speakers(out) == ["Peter Lang"]


@pytest.mark.parametrize("text", [
    "Am Montag lobte der Präsident Botschafter Peter Lang für seine Arbeit.",
    "Am Montag kritisierte der Präsident den Botschafter Peter Lang scharf.",
])
def test_guard_behind_a_fronted_phrase_a_role_and_name_after_the_subject_are_its_object(run, text):
    assert "Peter Lang" not in speakers(run(text, "2024-05-08", "de"))


def test_guard_behind_a_fronted_phrase_a_role_and_name_after_a_preposition_do_not_speak(run):
    out = run("1990 erklärte sich die Provinz unter dem Ministerpräsidenten Ivo Kern für unabhängig.",
              "2024-05-08", "de")
    assert speakers(out) == []


@pytest.mark.parametrize("source", ["Nach ihren Worten", "Ihren Angaben zufolge", "Ihrer Ansicht nach"])
def test_ones_own_words_named_by_a_possessive_are_a_statement_of_its_owner(run, source):
    out = run(VISIT + source + " ist die Lage an der Grenze angespannt.", "2024-05-08", "de")
    assert speakers(out) == ["Eva Roth"]
    assert quotes(out) == ["ist die Lage an der Grenze angespannt"]


def test_a_generic_leader_word_names_the_leader_named_before_whatever_his_title(run):
    out = run("Der venezolanische Präsident Nicolás Ramos hat am Montag die Opposition scharf kritisiert. "
              "Der Staatschef sagte, es werde Neuwahlen geben.", "2024-05-08", "de")
    assert speakers(out) == ["Nicolás Ramos", "Nicolás Ramos"]


def test_an_office_holder_described_by_an_attribute_speaks_not_the_state_after_the_verb(run):
    # "Der für Handel zuständige Minister": the subject phrase holds words of its own before
    # the noun; the state after the verb is spoken of
    out = run(CONTEXT_DE + "Der für Handel zuständige Minister Italiens wirft Frankreich vor, "
              "die Gespräche zu blockieren.", "2024-05-08", "de")
    assert "Frankreich" not in speakers(out)


def test_guard_a_person_after_the_verb_of_a_fronted_object_speaks(run):
    out = run(CONTEXT_DE + "Die Entscheidung der Länder lobte Kultusminister Hans Roder ausdrücklich "
              "als „klug und mutig“.", "2024-05-08", "de")
    assert speakers(out) == ["Hans Roder"]


def test_a_president_named_as_an_object_is_the_one_a_pronoun_then_refers_to(run):
    # "den US-Präsidenten": a weak noun in the accusative is a description of its own, so
    # the pronoun of the next sentence finds the president, not a man named before
    out = run(CONTEXT_DE + "US-Präsident Tom Berg empfing den Botschafter Karl Lind. Außenminister Paul Roth "
              "sagte, die Beziehungen seien gut. Lind hatte in einem Bericht die Regierung kritisiert. "
              "Der Bericht ärgerte den US-Präsidenten sehr. Er bezeichnete Lind als „Dummkopf“.",
              "2024-05-08", "de")
    assert speakers(out)[-1] == "Tom Berg"


def test_a_role_named_again_by_its_noun_is_the_one_who_holds_it(run):
    # "den Botschafter" after a president was named since: the ambassador, so the pronoun
    # before it is someone else
    out = run(CONTEXT_DE + "US-Präsident Tom Berg empfing den Botschafter Karl Lind. Lind hatte die Regierung "
              "kritisiert. Das hatte der US-Präsident nicht gewollt. Er nannte den Botschafter einen „Dummkopf“.",
              "2024-05-08", "de")
    assert speakers(out)[-1] == "Tom Berg"


def test_guard_the_president_named_by_the_noun_is_the_head_of_state_not_the_last_man_named(run):
    # once "den Präsidenten" is a description of its own, the table of leaders must say who
    # the president is; the bishop named last is not him
    out = run("Der Bischof Karl Lind kritisierte Robert Mugabe scharf. Lind sagte, das Land leide unter "
              "der Regierung. Deshalb rief er die Bürger zum Protest gegen den Präsidenten auf.",
              "2005-03-08", "de")
    assert speakers(out) == ["Karl Lind", "Karl Lind", "Karl Lind"]


@pytest.mark.parametrize("text, expected", [
    ("Die frühere Regierungschefin Aylin Kızılırmak räumte am Sonntag ihre Niederlage ein. "
     "„Wir werden der neuen Regierung helfen“, sagte Kizilirmak.",
     "Aylin Kızılırmak"),
    ("Der Gewerkschafter Tomasz Małecki kritisierte am Montag die Reform. "
     "„Das ist ein Fehler“, sagte Malecki.",
     "Tomasz Małecki"),
])
def test_a_surname_written_without_its_special_letters_is_the_same_person(run, text, expected):
    # news writes "ı", "ł", "ø" as plain letters in one place and not in another: one person
    out = run(text, "2024-05-08", "de")
    assert [a["name"] for a in out["actors"] if a["kind"] == "person"] == [expected]
    assert {speaker for speaker, _ in statements(out)} == {expected}


def test_a_german_authority_named_with_its_seat_is_the_bare_authority_after_it(run):
    # "die Staatsanwaltschaft" after "die Staatsanwaltschaft Frankfurt am Main" is that one
    text = ("Die Staatsanwaltschaft Frankfurt am Main ermittelt gegen den Abgeordneten. "
            "Die Staatsanwaltschaft beschuldigte ihn, Geld angenommen zu haben.")
    out = run(text, "2020-03-20", "de")
    assert [a["name"] for a in out["actors"]] == ["Staatsanwaltschaft Frankfurt am Main"]
    assert speakers(out) == ["Staatsanwaltschaft Frankfurt am Main"]
    # look-alike that must stay: beside two such authorities the bare noun names neither
    text = ("Die Staatsanwaltschaft Frankfurt am Main und die Staatsanwaltschaft Schwerin ermitteln. "
            "Die Staatsanwaltschaft beschuldigte ihn, Geld angenommen zu haben.")
    out = run(text, "2020-03-20", "de")
    assert "Staatsanwaltschaft Schwerin" not in speakers(out)
    assert "Staatsanwaltschaft Frankfurt am Main" not in speakers(out)


@pytest.mark.parametrize("text, expected", [
    # "sowie" joins the last speaker of a row
    ("Der DGB sowie Amnesty International kritisierten das Gesetz.",
     [("DGB", "das Gesetz"), ("Amnesty International", "das Gesetz")]),
    # the names are conjuncts of a plural noun that is the subject ("Gruppen wie X und Y")
    ("Gruppen wie der DGB und die AWO kritisierten das Gesetz.",
     [("DGB", "das Gesetz"), ("AWO", "das Gesetz")]),
    # an abbreviation in brackets after a name the actors do not take stands for it
    ("Der DGB, die Arbeiterwohlfahrt (AWO) und Amnesty International rufen zur Ablehnung des Gesetzes auf.",
     [("AWO", "zur Ablehnung des Gesetzes"), ("DGB", "zur Ablehnung des Gesetzes"),
      ("Amnesty International", "zur Ablehnung des Gesetzes")]),
])
def test_a_row_of_speakers_with_sowie_a_plural_subject_and_abbreviations(run, text, expected):
    assert statements(run(text, "2024-05-08", "de")) == expected


def test_continuation_of_a_joint_statement_has_each_speaker(run):
    out = run_de(run, "Frankreich und Spanien erklärten, das Gesetz sei rechtswidrig. "
                      "Außerdem verletze es die Rechte der Bürger.")
    assert sorted(s for s, q in out if q.startswith("Außerdem")) == ["Frankreich", "Spanien"]


def test_the_subject_of_hearsay_with_a_quoted_phrase_does_not_speak(run):
    out = run_de(run, "Das Außenministerium hat den Besuch am Dienstag mitgeteilt. "
                      "„Als ersten Termin der Reise“ soll der Außenminister Tomas Berg die Einladung annehmen.")
    assert "Tomas Berg" not in [s for s, _ in out]


def test_a_sentence_ending_in_the_speakers_quotation_goes_on(run):
    out = run_de(run, "Der Minister Tomas Berg sagte, die Lage sei ernst. "
                      "Die Dörfer im Norden „haben seit Wochen kein sauberes Wasser mehr.“")
    assert [s for s, _ in out] == ["Tomas Berg", "Tomas Berg"]


def test_a_genitive_in_a_fronted_phrase_does_not_speak(run):
    # "zu Webers Plänen" qualifies the plans; the spokeswoman after the verb speaks
    out = run_de(run, "Die Präsidentin Anna Weber reiste am Dienstag ab. "
                      "Die Frage nach mehr Details zu Webers Plänen beantwortete die Sprecherin des "
                      "Sicherheitsrates, Karla Lind, so: Die Präsidentin „prüft eine Reihe von Möglichkeiten“.")
    assert [s for s, _ in out] == ["Karla Lind"]


def test_a_passive_demand_in_the_statement_before_is_its_speakers(run):
    out = run_de(run, "Diese Haltung vertritt auch das Außenministerium in einer Presseerklärung: "
                      "„Wahlen unter Aufsicht des Diktators sind nicht frei. Wir haben das oft gesagt.“ "
                      "Außerdem wird darin die rasche Rückkehr von 40 Diplomaten gefordert.")
    assert [s for s, _ in out] == ["Außenministerium", "Außenministerium"]
    assert out[-1][1].startswith("die rasche Rückkehr")


def test_a_passive_demand_after_narration_has_no_speaker(run):
    # look-alike: the sentence before is no statement
    out = run_de(run, "Das Außenministerium legte am Dienstag einen Bericht vor. "
                      "Außerdem wird darin die rasche Rückkehr der Diplomaten gefordert.")
    assert out == []


def test_words_pointed_back_to_by_das_sagt_are_the_speakers(run):
    out = statements(run("Die Regierung beriet am Montag über die Krise.\n\nDie Reform der Bahn ist verschoben worden. "
                         "In manchen Ländern gibt es noch immer Zweifel. "
                         "Das sagt Tomas Berg, der Verkehrsminister Österreichs.", "2024-05-08", "de"))
    assert out == [("Tomas Berg", "Die Reform der Bahn ist verschoben worden"),
                   ("Tomas Berg", "In manchen Ländern gibt es noch immer Zweifel")]


def test_medium_named_in_the_apposition_is_no_speaker(run):
    # a news agency told by its apposition, not by a word before its name
    assert run_de(run, "Nach Angaben von KNA, der staatlichen Nachrichtenagentur des Landes, "
                       "sei das Schiff beschlagnahmt worden.") == []


def test_a_name_after_a_dative_phrase_of_its_office(run):
    out = run_de(run, "Laut dem Sprecher des Präsidialamts, Karel Dvorak, wartet der Präsident auf das Urteil.")
    assert out == [("Karel Dvorak", "wartet der Präsident auf das Urteil")]


# --- a name with its party in brackets before an apposition --------------------------------
def test_name_with_party_in_brackets_before_an_apposition(run):
    out = run_de(run, "Karl Lenz (Freie Wähler), der Vorsitzende des Ausschusses, bezeichnete den Rücktritt "
                      "als „einen schweren Verlust“.")
    assert [s for s, _ in out] == ["Karl Lenz"]


# --- a verb of saying in a relative clause after a name --------------------------------------
@pytest.mark.parametrize("text, words", [
    ("Den Wahlkreis gewann die Abgeordnete Mira Holm, die danach erklärte, nicht in die Regierung eintreten zu wollen.",
     "nicht in die Regierung eintreten zu wollen"),
    ("Die meisten Stimmen erhielt Mira Holm (SPD), die sagte, sie freue sich über das Ergebnis.",
     "sie freue sich über das Ergebnis"),
])
def test_relative_clause_after_a_name_at_the_end(run, text, words):
    assert run_de(run, text) == [("Mira Holm", words)]


# --- a title with its qualifiers before a name; an academic title after the comma ---------
def test_name_after_a_title_with_its_qualifiers(run):
    out = run_de(run, "Der Unterhändler bei den Gesprächen mit der Weltbank über den Kredit Omar Haddad sagte: "
                      "„Die Bedingungen sind unannehmbar.“")
    assert out == [("Omar Haddad", "Die Bedingungen sind unannehmbar.")]


def test_academic_title_after_the_comma_of_an_apposition(run):
    out = run_de(run, "Die Kosten müssten sinken, sagte der Minister für Finanzen, Dr. Omar Haddad, am Dienstag in Amman.")
    assert [s for s, _ in out] == ["Omar Haddad"]


@pytest.mark.parametrize("text, expected", [
    ("Frankreich und die Afrikanische Union befürchten aber, dass Russland die Gespräche verzögern könnte.",
     [("Frankreich", "dass Russland die Gespräche verzögern könnte"),
      ("Afrikanische Union", "dass Russland die Gespräche verzögern könnte")]),
    ("Bundeskanzlerin Jana Meier (SPD) und Bundesaußenminister Otto Brandl (Grüne) erklärten, die Lage sei ernst.",
     [("Jana Meier", "die Lage sei ernst"), ("Otto Brandl", "die Lage sei ernst")]),
])
def test_joint_speakers_of_mixed_kinds_and_with_parties_in_brackets(run, text, expected):
    # a state and a body in one row speak together; "X (SPD) und Minister Y (Grüne)": both
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kommissarin Jana Meier zeigte sich zufrieden. Sie sprach davon, dass die Union jetzt die nötigen Mittel erhalte.",
     [("Jana Meier", "dass die Union jetzt die nötigen Mittel erhalte")]),
    ("Dafür hatten die Vereinigten Staaten Kanada verantwortlich gemacht.",
     [("Vereinigte Staaten", "Dafür hatten die Vereinigten Staaten Kanada verantwortlich gemacht")]),
    # guard: the passive without an agent names no one who blamed
    ("Der Minister wurde für den Fehler verantwortlich gemacht.", []),
])
def test_speaking_of_and_blaming_in_their_other_forms(run, text, expected):
    # "sprach davon, dass …" as "sprach von …"; the participle after its word ("verantwortlich
    # gemacht") as "machte … verantwortlich"
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


def test_a_subject_after_a_date_behind_a_fronted_object(run):
    # "Diesen Termin gab am Dienstag der Ministerpräsident X bekannt": the date after the
    # verb does not hide the subject that follows it
    out = run("Die Stadt lud zur Feier. Diesen Termin gab am Dienstag der bayerische Ministerpräsident Otto Brandl "
              "bekannt.", "2024-05-08", "de")
    assert [s for s, _ in statements(out)] == ["Otto Brandl"]


def test_a_genitive_of_a_noun_after_the_verb_does_not_speak(run):
    # "Die Regelung ergänzt die Befugnisse der Kommissarin": "ergänzt" has an unnamed
    # subject before it; the commissioner is spoken of, in the genitive of its object
    out = run("Kommissarin Jana Meier begrüßte den Beschluss. Diese Regelung ergänzt die bisherigen Befugnisse der "
              "Kommissarin, welche Zölle und Quoten umfassen.", "2024-05-08", "de")
    assert statements(out) == [("Jana Meier", "den Beschluss")]


def test_a_row_of_groups_demands_the_clause_after_the_verb(run):
    # the comma in the row of parties ("der SPD, CDU und FDP") is no end of reported words
    # before the verb: the infinitive after it is the demand
    out = run(CONTEXT + "Im Stadtrat hatten vorher die Gruppen der SPD, CDU und FDP den Bürgermeister "
              "aufgefordert, den Bau der Brücke zu stoppen.", "2024-05-08", "de")
    quotes = {q for _, q in statements(out)}
    assert quotes == {"den Bau der Brücke zu stoppen"}


@pytest.mark.parametrize("text, expected", [
    # a scholar of constitutional or international law is a scientist (docs/annotation.md:
    # no actor), his doubts are no statement of the chronology
    ("Verfassungsrechtler Max Holm äußerte im Radio Zweifel daran, dass die Klage Erfolg habe.", []),
    ("Die Völkerrechtlerin Ines Marl sagte, der Angriff verstoße gegen das Völkerrecht.", []),
    # look-alike: an office holder with the same words speaks
    ("Der Justizminister Max Holm äußerte im Radio Zweifel daran, dass die Klage Erfolg habe.",
     [("Max Holm", "dass die Klage Erfolg habe")]),
])
def test_scholars_of_law_are_no_speakers(run, text, expected):
    assert statements(run(CONTEXT + text, "2024-05-08", "de")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. „In einer Demokratie zählt "
     "jede Stimme“, sagte von der Lohe darauf angesprochen.", ["Ursel von der Lohe"]),
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. Von der Lohe sagte, sie sei zufrieden.",
     ["Ursel von der Lohe"]),
    # look-alike: "aus der Lohe" is a place, the person is not meant
    ("Die Verteidigungsministerin Ursel von der Lohe trat am Montag zurück. Ein Bauer aus der Lohe "
     "sagte, der Brand sei gelöscht.", []),
])
def test_a_surname_that_opens_with_particles(run, text, expected):
    assert [s for s, _ in statements(run(text, "2024-05-08", "de"))] == expected


def test_sowohl_als_auch_joins_two_speakers(run):
    out = run("Sowohl die SPD als auch die Grünen kritisierten den Zollplan.", "2024-05-08", "de")
    assert sorted(_speakers(out)) == ["Grüne", "SPD"]


def test_als_auch_without_a_row_of_speakers_stays_one(run):  # look-alike
    out = run("Die SPD kritisierte den Zollplan als auch für die Bauern schädlich.", "2024-05-08", "de")
    assert _speakers(out) == ["SPD"]


def test_the_one_spoken_to_is_no_speaker(run):
    out = run("Der Beirat hat den USA mitgeteilt, dass die Brücke gesperrt werden muss. "
              "Der Bürgermeister sagte dem Sender Radio Nord, die Lage sei ernst.", "2025-06-10", "de")
    assert speakers(out) == []
    out = run("Außenminister Tim Roth sagte dem Sender Radio Nord, die Lage sei ernst.", "2025-06-10", "de")
    assert speakers(out) == ["Tim Roth"]


def test_a_relative_clause_after_the_subject_does_not_take_the_speaker(run):
    out = run("Präsident Olaf Weber, der seit Monaten im Fernsehen über die Senatoren Jana Ott und Ute Marx "
              "spottet, hatte am Freitag, 6. Juni, geschrieben, ihre Reise sei ein Fehler.", "2025-06-10", "de")
    assert speakers(out) == ["Olaf Weber"]
    out = run("Der Abgeordnete Ramón Vega, der die Ministerin im Ausschuss vertreten hat, hat die Regierung "
              "beschuldigt, die Akten zu verstecken.", "2025-06-10", "de")
    assert speakers(out) == ["Ramón Vega"]


def test_an_unnamed_subject_speaks_of_the_name_after_its_verb(run):
    out = run("Die Studenten hatten Norwegen als „Feind der Küste“ bezeichnet.", "2025-06-10", "de")
    assert speakers(out) == []
    out = run("Die Landesregierung hat am Dienstag erklärt, der Tunnel bleibe gesperrt.", "2025-06-10", "de")
    assert speakers(out) == ["Landesregierung"]


def test_an_apposition_among_the_objects_does_not_speak(run):
    out = run("Per Videobotschaft hat Kanzlerin Ida Brandt den Abschied des Sprechers der Regierung, Paul Kern, "
              "für den Herbst bekanntgegeben.", "2025-06-10", "de")
    assert speakers(out) == ["Ida Brandt"]
    out = run("Die Umweltministerin Lea Sommer, frühere Richterin und Autorin, die vorher Gutachten der "
              "Behörde gelesen hatte, erklärte, sie halte die Zahlen für falsch.", "2025-06-10", "de")
    assert statements(out) == [("Lea Sommer", "sie halte die Zahlen für falsch")]


def test_the_agent_of_a_passive_is_the_last_von_before_the_verb(run):
    out = run("Ein Bündnis von CDU, FDP und Grünen wird dagegen von der bisher regierenden Bauernpartei "
              "abgelehnt.", "2025-06-10", "de")
    assert speakers(out) == []


def test_a_name_in_apposition_after_an_inverted_verb_speaks(run):
    out = run("„Ein Treffen war nie geplant“, sagte der Sprecher der SPD-Landesgruppe Thüringen, Jan Ott, "
              "am Montag der Deutschen Presse-Agentur.", "2025-06-10", "de")
    assert speakers(out) == ["Jan Ott"]


def test_a_state_in_the_genitive_after_a_noun_does_not_speak(run):
    out = run("Die Gläubiger Perus haben am Montag angeregt, die Laufzeit zu verlängern. "
              "Die Häfen Belgiens, Dänemarks und der Schweiz hatten sich gegen die Gebühr ausgesprochen.",
              "2025-06-10", "de")
    assert speakers(out) == []
    out = run("Den Beschluss Bremens und Hamburgs nannte Kanzlerin Ida Brandt ausdrücklich „mutig“.",
              "2025-06-10", "de")
    assert speakers(out) == ["Ida Brandt"]


def test_german_sie_goes_to_the_woman_by_her_role_noun(run):
    text = ("Am Montag traf der Außenminister Paul Brand in Wien die Außenministerin Eva Lind. "
            "Sie sagte am Dienstag, sie sei zufrieden.")
    assert speakers(run(text, "2025-03-14", "de")) == ["Eva Lind"]


def test_a_headline_line_is_no_statement(run):
    text = "Moskau fordert Abrüstung\n\nDer Kreml-Sprecher Ivan Orlow sagte am Montag, man sei gesprächsbereit."
    out = run(text, "2025-06-10", "de")
    assert all(not e["evidence"]["text"].startswith("Moskau") for e in out["events"])
    assert speakers(out) == ["Ivan Orlow"]


def test_a_possessive_before_the_speaker_is_not_the_speaker(run):
    text = ("Oppositionsführerin Maria Conti sagte ihre Teilnahme ab. Ihr Fraktionsvorsitzender Marco Bruni "
            "erklärte am Mittwoch, die Regierung sei abhängig.")
    said = [e for e in run(text, "2025-03-14", "de")["events"] if e["kind"] == "statement"]
    assert [(e["speaker"], e["date"]) for e in said] == [("Marco Bruni", "2025-03-12")]


def test_die_ministerin_is_the_woman_not_the_man_named_last(run):
    out = run("Außenministerin Eva Lind führte in Taschkent Gespräche mit ihrem Amtskollegen Rustam Nasirow. "
              "Am Nachmittag empfing Präsident Ulugbek Rahimow die Ministerin in seiner Residenz.",
              "2026-02-11", "de")
    assert ["Eva Lind", "Ulugbek Rahimow"] in participant_lists(out)


def test_ihn_in_a_relative_clause_is_the_man_of_the_main_clause(run):
    out = run("Anfang des Monats hatte der Energieminister Dilschod Karimow Wien besucht. "
              "Mitte März wird Außenminister Rustam Nasirow in Wien erwartet, wo ihn Ministerin Eva Lind "
              "empfangen will.", "2026-02-11", "de")
    assert ["Eva Lind", "Rustam Nasirow"] in participant_lists(out)
    assert ["Dilschod Karimow", "Eva Lind"] not in participant_lists(out)


def test_reported_speech_going_on_in_the_subjunctive_is_the_same_speakers(run):
    text = ("Die Ministerin Eva Lind sagte am Dienstag, die Gespräche seien schwierig gewesen. "
            "Man werde aber weiter verhandeln. Das Wetter in Wien war schön.")
    said = [e for e in run(text, "2025-03-12", "de")["events"] if e["kind"] == "statement"]
    assert [(e["speaker"], e["quote"], e["date"]) for e in said] == [
        ("Eva Lind", "die Gespräche seien schwierig gewesen", "2025-03-11"),
        ("Eva Lind", "Man werde aber weiter verhandeln", "2025-03-11")]


def test_naming_and_judging_verbs_report_words_and_an_object_pronoun_never_speaks(run):
    text = "Der Präsident Omar Said bezeichnete die Kritik als dreist. Die Opposition nannte ihn einen Lügner."
    assert speakers(run(text, "2025-03-12", "de")) == ["Omar Said"]
    assert speakers(run("Foreign Minister Li Wei described the talks as frank.", "2025-03-12", "en")) == ["Li Wei"]


def test_german_speaker_in_an_apposition_before_the_verb_not_the_genitive_after_it(run):
    out = run("Die Vorsitzende des Stadtrats, Hanna Lorenz, nannte das Vorgehen Kellers einen Fehler. "
              "Obwohl Felix Brandt, Staatssekretär des Verkehrsministeriums, am Donnerstag gesagt hatte, "
              "dass die Brücke offen bleibe, wurde sie gesperrt.", "2024-05-08", "de")
    assert speakers(out) == ["Hanna Lorenz", "Felix Brandt"]


def test_german_state_genitive_before_a_role_after_the_verb_is_not_the_speaker(run):
    out = run("In der Zwischenzeit nannte Perus Präsident Luis Ortega die Forderung unbegründet.",
              "2024-05-08", "de")
    assert speakers(out) == ["Luis Ortega"]


def test_german_speaker_after_a_relative_clause_with_a_verb_of_saying_and_a_party_in_brackets(run):
    out = run("Der Finanzminister Karl Brandt (SPD), der die Einigung als Erfolg lobte, erklärte, auf "
              "Deutschland kämen Kosten zu.", "2024-05-08", "de")
    assert speakers(out) == ["Karl Brandt"]


def test_titled_names_the_tagger_missed_and_fuegte_an(run):
    out = run("Scheich Faris Hamdan al-Marri sagte: „Eine Schule baut man nicht über Nacht.“ "
              "„Wir werden weitermachen“, fügte Joram Okello an.", "2024-05-08", "de")
    assert speakers(out) == ["Faris Hamdan al-Marri", "Joram Okello"]


def test_german_a_sentence_with_its_own_speaker_does_not_go_on_with_the_last_one(run):
    out = run("Bundeskanzler Jonas Brandt lobte das Paket am Montag. Die Kommissarin Marta Weiss ist dagegen der "
              "Auffassung, dass es nicht dem Recht entspreche. Kritiker sagten, es sei zu teuer.",
              "2024-05-08", "de")
    assert speakers(out) == ["Jonas Brandt", "Marta Weiss"]
    en = run("Minister Paul Weber is of the view that the deal is fair. Critics are of the opinion that it fails.",
             "2024-05-08", "en")
    assert speakers(en) == ["Paul Weber"]


def test_german_speaker_named_after_a_longer_description_behind_the_verb(run):
    out = run("„Das ist falsch“, sagte der aus Köln stammende Peter Maier nach dem Besuch. Die Lage sei "
              "ernst, sagte sein Gegner im Kampf um den Parteivorsitz, Paul Weber. Die Opposition "
              "wolle Schaden anrichten, sagte Ministerpräsident und Chef der Partei Karl Huber. Der "
              "frühere Minister Jan Wolf, der ebenfalls kandidiert, verlangte, die Steuern zu senken.",
              "2024-05-08", "de")
    assert speakers(out) == ["Peter Maier", "Paul Weber", "Karl Huber", "Jan Wolf"]


def test_german_definite_role_long_after_the_name_is_the_one_holder_of_that_role(run):
    text = ("Präsident Karl Bauer traf am Montag den Minister Tom Weber. Weber reiste danach ab. Es regnete. "
            "Die Straßen waren leer. Der Präsident sagte, die Lage sei ernst. In der Zeitung sagte der "
            "Präsident, er sei zufrieden.")
    assert speakers(run(text, "2024-05-08", "de")) == ["Karl Bauer", "Karl Bauer"]
    # two presidents: the role names nobody in particular
    text = ("Präsident Karl Bauer traf am Montag Präsident Jan Wolf. Es regnete. Die Straßen waren leer. "
            "Es war kalt. Der Präsident sagte, die Lage sei ernst.")
    assert speakers(run(text, "2024-05-08", "de")) == []


def test_a_german_passive_without_its_agent_names_no_speaker(run):
    out = run("Solche Zweifel an der Regierung Paul Brands wurden schon oft geäußert.", "2024-03-14", "de")
    assert speakers(out) == []
    out = run("Die Reform, die Ministerin Eva Lind im Mai angekündigt hatte, wurde nie umgesetzt.",
              "2024-03-14", "de")
    assert speakers(out) == ["Eva Lind"]


def test_a_german_genitive_before_a_noun_does_not_speak(run):
    out = run("Kanadas Bauern kritisieren das Abkommen, da es die Preise drücke.", "2024-03-14", "de")
    assert speakers(out) == []


def test_a_fronted_german_object_leaves_the_subject_after_the_verb(run):
    out = run("Seinen Amtskollegen Paul Brand forderte Ministerin Eva Lind auf, die Sanktionen aufzuheben.",
              "2024-03-14", "de")
    assert speakers(out) == ["Eva Lind"]


def test_an_object_after_the_verb_does_not_speak_for_an_unknown_subject(run):
    out = run("Der Seniorenbeirat wirft der Regierung Kanadas vor, die Renten gekürzt zu haben.",
              "2024-03-14", "de")
    assert speakers(out) == []


def test_a_name_inside_a_phrase_before_a_colon_does_not_speak(run):
    out = run("Das Motto der Kampagne des Roten Kreuzes lautet in diesem Jahr: „Helfen verbindet.“",
              "2024-03-14", "de")
    assert speakers(out) == []
    out = run("Ein Satz wurde vom Landgericht Kiel zu einer Strafe verurteilt.", "2024-03-14", "de")
    assert speakers(out) == []


def test_a_party_in_brackets_after_the_speaker_keeps_the_clause_whole(run):
    out = run("Der Sozialminister des Landes, Dr. Jan Roth (SPD), hat am Montag eine Reform der Pflege "
              "gefordert, weil die Kosten stiegen.", "2024-03-14", "de")
    assert speakers(out) == ["Jan Roth"]


def test_a_leader_described_by_role_and_country_is_the_leader_named_before(run):
    # the table of leaders knows the country the text has not given yet
    out = run("Die Regierungen von Anthony Albanese und Paul Kern hatten sich lange gestritten. Der "
              "australische Premierminister kündigte am Montag an, dass der Botschafter Jan Roth das Land "
              "verlassen müsse. Er fügte hinzu, dass man getäuscht worden sei.", "2024-03-14", "de")
    assert speakers(out) == ["Anthony Albanese", "Anthony Albanese"]


def test_german_the_one_quoted_in_the_passive_speaks(run):
    # "wurde mit den Worten zitiert": the subject's words; a medium that quotes is no speaker
    out = run("In einem Interview wurde Minister Jakob Stern mit den Worten zitiert: „Niemand wird vergessen.“ "
              "Die Ministerin Ida Berg wurde von einer Zeitung mit den Worten zitiert, man sei bereit. "
              "Der Satz wurde danach oft zitiert.", "2021-01-12", "de")
    assert speakers(out) == ["Jakob Stern", "Ida Berg"]
    assert [e["quote"] for e in out["events"]][1] == "man sei bereit"


def test_german_words_after_an_inverted_speaker_leave_the_speaker_out(run):
    # the parse may hang the reported clause on the speaker's title; the words still start
    # after the name
    out = run("Am Montag sagte Minister Jakob Stern, niemand werde vergessen.", "2021-01-12", "de")
    assert [e["quote"] for e in out["events"]] == ["niemand werde vergessen"]


def test_german_an_apposed_speaker_after_a_role_held_somewhere_speaks(run):
    # "stellte … fest" reports; a body after "im" says where the role is held and does not
    # speak; a party in a compound role ("AfD-Obmann") is no organisation that speaks
    out = run("Offene Fragen gebe es noch, stellte der Grünen-Obmann im Ausschuss, Jörg Henke, fest. "
              "Der Bericht komme zu spät, sagte die SPD-Vorsitzende im Landtag, Eva Roth.", "2020-01-12", "de")
    assert speakers(out) == ["Jörg Henke", "Eva Roth"]
    assert {a["name"]: a["role"] for a in out["actors"] if a["kind"] == "person"}["Jörg Henke"] == "Grünen-Obmann"


def test_a_name_in_quotation_marks_after_a_description_speaks(run):
    # "die Organisation „X“": the marks set off a name, no one's words
    out = run("Die radikale Organisation „Front für Freiheit“ bezeichnete den Abzug am Montag als Erfolg.",
              "2020-01-12", "de")
    assert speakers(out) == ["Front für Freiheit"]
    assert out["events"][0]["quote"].startswith("den Abzug")


def test_a_quoted_party_name_after_von_and_its_noun_does_not_speak(run):
    out = run("Paul Okello, von der Oppositionspartei „Forum für Wandel“ ist der Meinung, dass die Kriege von "
              "Herrschern ausgegangen seien.", "2020-01-12", "de")
    assert speakers(out) == ["Paul Okello"]


def test_a_pronoun_after_an_unnamed_subject_of_saying_is_that_subject(run):
    out = run("Premierminister Jean Morel kündigte am Montag eine Reform an. Die Verbände lobten dagegen die "
              "Reform, obwohl sie sich über die Kosten besorgt äußerten.", "2020-01-12", "de")
    assert speakers(out) == ["Jean Morel"]


def test_holding_a_view_with_the_subject_after_the_verb(run):
    out = run("Zudem ist die polnische Regierung weiter der Auffassung, dass der Vertrag gilt.", "2020-01-12", "de")
    assert speakers(out) == ["polnische Regierung"]


@pytest.mark.parametrize("text,speakers_", [
    ("Rund fünf Millionen Bürger der Republik Tschad waren am Montag zur Abstimmung über die "
     "Verfassung aufgerufen.", []),
    ("Eine Reporterin der Illustrierten Stern schreibt, die Gewalt sei eine Folge der Politik.", []),
    ("Wie der Abgeordnete Karl zu Hohenberg-Lanz gegenüber der Zeitung erklärte, gehöre sie nicht zu "
     "seiner Familie.",
     ["Karl zu Hohenberg-Lanz"]),
])
def test_german_states_media_and_noble_names(run, text, speakers_):
    assert speakers(run(text, "2024-05-08", "de")) == speakers_
