"""English statements (and the vague speaker in both languages) by the guide's cases decided
in round 20 (docs/annotation.md, "Hard cases, decided"), and bodies named by their seat, a
short name or a descriptor (helper speech-en, round 20). Sentences of our own."""
from __future__ import annotations

import pytest

from .helpers import DAY, speakers, statements


# e. an indefinite unnamed official, diplomat or source is vague, in both languages

@pytest.mark.parametrize("lang, text", [
    ("en", "A senior US official said the talks had failed."),
    ("en", "A Kremlin official said the talks had failed."),
    ("en", "A senior Russian diplomat said the talks had failed."),
    ("en", "A Kremlin source said the talks had failed."),
    ("en", "A senior US military official told reporters the strike had been planned for weeks."),
    ("en", "A senior official of the Freedonian Foreign Ministry said the talks had failed."),
    ("en", "An official from the Freedonian Foreign Ministry said the talks had failed."),
    ("de", "Ein hochrangiger Diplomat sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hochrangiger russischer Diplomat sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hoher Beamter des Außenministeriums sagte, die Gespräche seien gescheitert."),
    ("de", "Ein hochrangiger US-Diplomat sagte, die Gespräche seien gescheitert."),
    ("en", "The talks had failed, said a senior US official."),
    ("en", "The talks had failed, according to a senior US official."),
    ("de", "Die Gespräche seien gescheitert, sagte ein hochrangiger Diplomat."),
])
def test_an_indefinite_official_diplomat_or_source_is_vague(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


@pytest.mark.parametrize("lang, text", [
    ("en", 'A senior Freedonian official told reporters the delay was caused by the weather. '
           '"We remain committed to the talks," the official said.'),
    ("de", "Ein hochrangiger Diplomat sagte, die Gespräche seien gescheitert. Der Diplomat fügte hinzu, "
           "man werde weiter verhandeln."),
])
def test_the_vague_speaker_named_again_stays_vague(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


def test_a_vague_official_opening_a_german_report_is_vague_whatever_the_clause_names(run):
    # "Wie ein Beamter, …, nach dem Treffen zwischen A und Österreich mitteilte": the subject is
    # the official after "Wie", not the state the clause names before its verb; his words go on
    out = run("Wie ein ranghoher Beamter, dessen Name nicht genannt wurde, nach dem Treffen zwischen Freedonien "
              "und Österreich gestern mitteilte, öffnet Freedonien die Grenze im Juni. Die Einigung stehe seit "
              "Wochen fest.", DAY, "de")
    assert speakers(out) == []


def test_the_description_opening_a_german_report_speaks_whatever_the_clause_names(run):
    # round 22: the description after "Wie" is the subject (speakers._reporting_clause_subject),
    # not a state the clause names before its verb; a spokesperson's body speaks
    out = run("Wie eine Sprecherin des freedonischen Außenministeriums, die in Wien sprach, nach dem Treffen "
              "zwischen Freedonien und Österreich gestern mitteilte, öffnet Freedonien die Grenze im Juni.", DAY, "de")
    assert speakers(out) == ["freedonisches Außenministerium"]


@pytest.mark.parametrize("lang, text, expected", [
    # look-alikes: an unnamed spokesperson of a named body makes the body the speaker
    ("de", "Wie ein Sprecher des Auswärtigen Amtes am Dienstag mitteilte, soll die Botschaft geschlossen werden.",
     ["Auswärtiges Amt"]),
    ("en", "A Kremlin spokesman said the talks had failed.", ["Kremlin"]),
    ("en", "A spokesperson for the Freedonian Foreign Ministry said the talks had failed.",
     ["Freedonian Foreign Ministry"]),
    ("de", "Ein Sprecher des russischen Außenministeriums sagte, die Gespräche seien gescheitert.",
     ["russisches Außenministerium"]),
    ("de", "Ein Kreml-Sprecher sagte, die Gespräche seien gescheitert.", ["Kreml"]),
    # a named official stays the speaker, also with the state before the noun or when named
    # again by the noun
    ("en", "US diplomat Tom Vale said the talks had failed.", ["Tom Vale"]),
    ("en", "Kremlin official Ivan Petrov said the talks had failed.", ["Ivan Petrov"]),
    ("en", "A US official, Tom Vale, said the talks had failed.", ["Tom Vale"]),
    ("de", "Der US-Diplomat Tom Vale sagte, die Gespräche seien gescheitert.", ["Tom Vale"]),
    ("en", 'Tom Vale, a senior official of the Freedonian Foreign Ministry, said the delay was caused by '
           'the weather. "We remain committed to the talks," the official said.', ["Tom Vale", "Tom Vale"]),
])
def test_a_spokesperson_of_a_named_body_or_a_named_official_still_speaks(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected


# f. bodies named by their seat or a short name (timeline/lib/data/institutions.tsv)

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Federal Reserve said inflation had slowed.", ["Federal Reserve"]),
    ("en", "The Fed said inflation had slowed.", ["Federal Reserve"]),
    ("en", "The US Federal Reserve raised interest rates on Wednesday and said inflation remained too high.",
     ["Federal Reserve"]),
    ("en", "The Bank of England said inflation had slowed.", ["Bank of England"]),
    ("en", "The European Central Bank warned that inflation remained too high.", ["European Central Bank"]),
    ("en", "The Quai d'Orsay said the talks had failed.", ["Quai d'Orsay"]),
    ("en", "The Kremlin said the talks had failed.", ["Kremlin"]),
    ("en", "The Elysée said the talks had failed.", ["Élysée"]),
    ("en", "The Pentagon announced that the strike had killed ten fighters.", ["Pentagon"]),
    ("en", "A spokesman for Downing Street said the talks had failed.", ["Downing Street"]),
    ("de", "Die US-Notenbank Federal Reserve erklärte, die Inflation sei gesunken.", ["Federal Reserve"]),
    ("de", "Die Europäische Zentralbank warnte, die Inflation bleibe zu hoch.", ["Europäische Zentralbank"]),
    ("de", "Die Bundesbank erklärte, die Wirtschaft wachse langsamer.", ["Bundesbank"]),
])
def test_a_body_named_by_its_seat_or_short_name_speaks(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected


@pytest.mark.parametrize("text", [
    # look-alikes: an act, a place, the verb
    "The Federal Reserve raised interest rates on Wednesday.",
    "Fed up with the delays, the protesters left the square.",
    "Tom Vale of Freedonia visited the Pentagon on Monday.",
])
def test_a_seat_or_short_name_without_words_makes_no_statement(run, text):
    assert speakers(run(text, DAY, "en")) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Downing Street said the talks had failed.", ["Downing Street"]),
    ("de", "Die Downing Street erklärte, die Gespräche seien gescheitert.", ["Downing Street"]),
    # a place after a locative word: no body speaks
    ("en", "Protesters gathered outside Downing Street on Monday.", []),
    ("de", "In der Downing Street versammelten sich am Montag Demonstranten.", []),
])
def test_a_seat_named_like_a_street_speaks(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected


# g. an organisation introduced by a descriptor of public affairs (data/public_descriptors.tsv)

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The rights group Tarvak said the Freedonian police had tortured detainees.", ["Tarvak"]),
    ("en", "The environmental group Greenpeace said the dam would destroy the river.", ["Greenpeace"]),
    ("en", "The environmental group Greenpeace criticised the dam.", ["Greenpeace"]),
    ("en", "The campaign group Avaaz said the petition had two million signatures.", ["Avaaz"]),
    ("en", "The human rights group Memorial said the trial was a farce.", ["Memorial"]),
    ("de", "Die Umweltorganisation Greenpeace erklärte, der Staudamm zerstöre den Fluss.", ["Greenpeace"]),
    ("de", "Die Hilfsorganisation Tarvak erklärte, die Hilfe sei nicht angekommen.", ["Tarvak"]),
])
def test_an_organisation_introduced_by_a_public_descriptor_speaks(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected


@pytest.mark.parametrize("lang, text", [
    # look-alikes: a company, a band, a media group, no descriptor
    ("en", "The tech company Borvan said its profits rose."),
    ("en", "The carmaker Borvan said sales rose."),
    ("en", "The group Tarvak said its new album would come out in May."),
    ("en", "The media group Tarvak said its profits rose."),
    ("en", "Tarvak said its new album would come out in May."),
    ("de", "Die Mediengruppe Tarvak erklärte, der Gewinn sei gestiegen."),
])
def test_an_organisation_with_another_or_no_descriptor_stays_private(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


@pytest.mark.parametrize("lang, text", [
    # round 22: introduced by a descriptor once, it speaks jointly with a body later too
    ("en", "The environmental group Greenpeace visited the dam on Monday. The Freedonian Interior Ministry "
           "and Greenpeace said the dam would destroy the river."),
    ("de", "Die Umweltorganisation Greenpeace besuchte am Montag den Staudamm. Das freedonische "
           "Innenministerium und Greenpeace erklärten, der Staudamm zerstöre den Fluss."),
])
def test_an_organisation_introduced_by_a_public_descriptor_speaks_jointly(run, lang, text):
    ministry = "Freedonian Interior Ministry" if lang == "en" else "Innenministerium"
    assert speakers(run(text, DAY, lang)) == [ministry, "Greenpeace"]


# a. a court's ruling with its reasoning is a statement of the court; a verdict is none

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Supreme Court of Freedonia ruled on Tuesday that the border law was unconstitutional.",
     ["Supreme Court of Freedonia"]),
    ("en", "The Freedonian Supreme Court found that the election commission had broken the law.",
     ["Freedonian Supreme Court"]),
    ("en", "The Constitutional Court of Freedonia decided that the vote must be repeated.",
     ["Constitutional Court of Freedonia"]),
    ("en", "The judges of the Constitutional Court of Freedonia decided that the vote must be repeated.",
     ["Constitutional Court of Freedonia"]),
    ("en", "The Constitutional Court of Freedonia held that the decree was void.", ["Constitutional Court of Freedonia"]),
    ("en", "The Constitutional Court of Freedonia concluded that the decree was void.",
     ["Constitutional Court of Freedonia"]),
    ("en", "The Constitutional Court of Freedonia said in its ruling that the minister had exceeded his powers.",
     ["Constitutional Court of Freedonia"]),
    ("en", "The Supreme Court of Freedonia found the decree unconstitutional.", ["Supreme Court of Freedonia"]),
    ("en", "In ruling on the appeal, the Supreme Court of Freedonia also found unconstitutional a 2010 law "
           "allowing the president to rule by decree.", ["Supreme Court of Freedonia"]),
    ("en", "Freedonian judge Ann Lee held that the search had been unlawful.", ["Ann Lee"]),
    ("de", "Das Bundesverfassungsgericht entschied, dass das Gesetz verfassungswidrig ist.", ["Bundesverfassungsgericht"]),
    ("de", "Das Bundesverfassungsgericht entschied am Dienstag, das Gesetz sei verfassungswidrig.",
     ["Bundesverfassungsgericht"]),
])
def test_a_courts_ruling_with_its_reasoning_is_a_statement(run, lang, text, expected):
    assert speakers(run(text, DAY, lang)) == expected


@pytest.mark.parametrize("lang, text", [
    # a verdict or sentence with no reported content; acts of a court; others deciding
    ("en", "The Constitutional Court of Freedonia sentenced him to five years in prison."),
    ("en", "The Freedonian Supreme Court found the former minister guilty of fraud."),
    ("en", "The Freedonian Supreme Court found that the former minister was not guilty."),
    ("en", "The Freedonian Supreme Court acquitted the former minister on Tuesday."),
    ("en", "The Freedonian Supreme Court ruled on the appeal on Tuesday."),
    ("en", "The Constitutional Court of Freedonia held a hearing on Monday."),
    ("en", "The Constitutional Court of Freedonia concluded its session on Monday."),
    ("en", "The Freedonian government decided that the schools would close."),
    ("en", "Police found illegal weapons in the house of the Freedonian minister."),
    ("de", "Das Gericht entschied sich für eine Vertagung."),
])
def test_a_verdict_or_an_act_of_a_court_is_no_statement(run, lang, text):
    assert speakers(run(text, DAY, lang)) == []


# b. a report, letter or study whose author is named: a statement of the author

@pytest.mark.parametrize("text, expected", [
    ("A report by Human Rights Watch found that police in Freedonia had tortured detainees.", ["Human Rights Watch"]),
    ("According to a report by Amnesty International, the Freedonian army killed dozens of civilians.",
     ["Amnesty International"]),
    ("Amnesty International said in a report released on Monday that the Freedonian army killed dozens of "
     "civilians.", ["Amnesty International"]),
    ("The report, published by Human Rights Watch, says the Freedonian police tortured detainees.",
     ["Human Rights Watch"]),
    ("A study by the World Health Organization found that the virus spread faster in cities.",
     ["World Health Organization"]),
    ("According to a study by the World Health Organization, the virus spread faster in cities.",
     ["World Health Organization"]),
    ("A letter from the Freedonian Foreign Ministry said the embassy would close.", ["Freedonian Foreign Ministry"]),
    ("Human Rights Watch released a report on Monday. The report says the Freedonian police tortured detainees.",
     ["Human Rights Watch"]),
])
def test_a_document_whose_author_is_named_speaks_for_the_author(run, text, expected):
    assert speakers(run(text, DAY, "en")) == expected


@pytest.mark.parametrize("text", [
    # no named author, or no words of the document
    "A report found that police in Freedonia had tortured detainees.",
    "According to a report, the Freedonian army killed dozens of civilians.",
    "Human Rights Watch published a report on Freedonia on Monday.",
    "The study found that the virus spread faster in cities.",
    "The study, published in a journal on Monday, found that the virus spread faster in cities.",
])
def test_a_document_with_no_named_author_is_no_statement(run, text):
    assert speakers(run(text, DAY, "en")) == []


@pytest.mark.parametrize("text, expected", [
    # round 20, second wave: the report's owner named after the same noun a sentence before,
    # or the body whose statement the sentence right before reports
    ("According to a 2019 report from the Dover Fire Department, the hall had failed an inspection. "
     "The report said the exits were blocked.", ["Dover Fire Department", "Dover Fire Department"]),
    ("The Ohio Department of Health confirmed a case of measles on Monday. The child is recovering at home, "
     "the report said.", ["Ohio Department of Health", "Ohio Department of Health"]),
    # look-alikes: a person before (a report is no person's words here), another document
    # named, a sentence between
    ("Mayor Ann Lee of Dover confirmed a case of measles on Monday. The child is recovering at home, "
     "the report said.", ["Ann Lee"]),
    ("The Ohio Department of Health confirmed a case of measles, according to a report in a local paper. "
     "The child is recovering at home, the report said.", ["Ohio Department of Health"]),
    ("The Ohio Department of Health confirmed a case of measles on Monday. The child was treated at home. "
     "The child is recovering at home, the report said.", ["Ohio Department of Health"]),
])
def test_the_report_of_an_author_named_a_sentence_before(run, text, expected):
    assert speakers(run(text, DAY, "en")) == expected


@pytest.mark.parametrize("text, expected", [
    # round 22: a report and a statement named again are read one way
    # (speakers._document_named_before): the speaker of a sentence that names the report ...
    ("The Freedonian Health Ministry said in a report on Monday that the outbreak was over. "
     "The report also said the hospitals would reopen.", ["Freedonian Health Ministry"] * 2),
    # ... "this" like "the", and three sentences back like a statement
    ("The Freedonian Health Ministry released a report on Monday. This report says the outbreak is over.",
     ["Freedonian Health Ministry"]),
    ("The Freedonian Health Ministry released a report on Monday. Doctors had warned of a second wave. "
     "Schools stayed closed in Dover. The report says the outbreak is over.", ["Freedonian Health Ministry"]),
    # ... and the issuer after a participle of publishing
    ("Tom Vale died on Monday, according to a short statement released by the Freedonian Health Ministry. "
     "He was 80. The statement said he died at home.", ["Freedonian Health Ministry"] * 2),
])
def test_a_report_named_again_speaks_for_its_author_like_a_statement(run, text, expected):
    assert speakers(run(text, DAY, "en")) == expected


# c. an announced resignation is a statement; a resignation done is an act

@pytest.mark.parametrize("text, expected", [
    ("Freedonian Prime Minister Tom Vale announced his resignation on Monday.", ["Tom Vale"]),
    ("Freedonian Prime Minister Tom Vale said he would resign at the end of the month.", ["Tom Vale"]),
    ("Freedonian Prime Minister Tom Vale announced on Monday that he would step down.", ["Tom Vale"]),
    ("Freedonian Prime Minister Tom Vale announced he was resigning.", ["Tom Vale"]),
    ("Freedonian Prime Minister Tom Vale resigned on Monday.", []),
    ("Freedonian Prime Minister Tom Vale stepped down on Monday.", []),
    ("Freedonian Prime Minister Tom Vale submitted his resignation to the president on Monday.", []),
    ("Freedonian Prime Minister Tom Vale handed in his resignation on Monday.", []),
    ("Freedonian Prime Minister Tom Vale resigned from his post after the vote.", []),
])
def test_an_announced_resignation_speaks_a_done_one_does_not(run, text, expected):
    assert speakers(run(text, DAY, "en")) == expected


# d. a question put in public: a statement of the one who asks, the question as its words

@pytest.mark.parametrize("text, quote", [
    ("Freedonian Senator Lia Dorn asked the minister whether the army had been deployed.",
     "whether the army had been deployed"),
    ("Freedonian Senator Lia Dorn asked the government why the border had been closed.",
     "why the border had been closed"),
    ("In parliament, opposition leader Lia Dorn of Freedonia asked Prime Minister Tom Vale whether he would resign.",
     "whether he would resign"),
    ("Freedonian Senator Lia Dorn asked whether the army had been deployed.", "whether the army had been deployed"),
    ("Freedonian Senator Lia Dorn asked Prime Minister Tom Vale if the army had been deployed.",
     "if the army had been deployed"),
    ('"Why was the border closed?" Freedonian Senator Lia Dorn asked.', "Why was the border closed?"),
])
def test_a_question_put_in_public_is_a_statement_of_the_asker(run, text, quote):
    out = run(text, DAY, "en")
    assert statements(out) == [("Lia Dorn", quote)]


@pytest.mark.parametrize("text", [
    # asked by someone the chronology does not name, or no question reported
    "Freedonian Senator Lia Dorn was asked whether she would run again.",
    "Freedonian Senator Lia Dorn was asked by reporters whether she would run again.",
    "When asked whether she would run again, Freedonian Senator Lia Dorn declined to comment.",
    "Reporters asked Freedonian Senator Lia Dorn whether she would run again.",
    "Freedonian Senator Lia Dorn asked about the budget.",
])
def test_a_question_put_to_someone_or_without_words_is_no_statement(run, text):
    assert speakers(run(text, DAY, "en")) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Judge Ana Costa ordered that the two suspects be held in the city jail."),
    ("en", "Judge Ana Costa ordered the accused to stay in jail pending a trial."),
    ("en", "Governor Ana Costa instructed the police to investigate the leak."),
    ("de", "Präsidentin Ana Costa ordnete an, dass der Oppositionsführer angeklagt wird."),
    ("de", "Die Landespolizei verhängte am Montag ein Verbot aller Kundgebungen."),
])
def test_an_order_or_ban_issued_is_an_act_not_a_statement(run, lang, text):
    # docs/annotation.md, decided in round 21: an order, ban or decree issued as an act of
    # office is no statement, also with what is ordered in a clause (events_lexicon.ORDER_VERBS)
    assert speakers(run(text, "2024-05-08", lang)) == []


@pytest.mark.parametrize("lang, text, speaker", [
    ("en", "Judge Ana Costa said she had ordered that the two suspects be held in the city jail.", "Ana Costa"),
    ("en", "Governor Ana Costa warned that the storm could flood the coastal towns.", "Ana Costa"),
    ("de", "Präsidentin Ana Costa sagte, sie habe die Schließung der Grenze angeordnet.", "Ana Costa"),
])
def test_an_order_told_with_a_verb_of_saying_and_a_warnings_words_are_statements(run, lang, text, speaker):
    assert speakers(run(text, "2024-05-08", lang)) == [speaker]
