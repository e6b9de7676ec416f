"""English statements, round 17 (helper speech-en): classes of phrasing from the blind dev2
split, each with a short invented sentence that the rules before this round got wrong (or,
marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

from .helpers import speakers, statements

COURTS = ("The Court of Appeal of Freedonia heard the tax case on Monday. The only higher court is the "
          "Supreme Court of Freedonia. ")


def test_a_court_issues_an_opinion(run):
    # a court's opinion is its findings put into words
    out = run(COURTS + "On Tuesday, the Court of Appeal issued an opinion on the tax, finding it void.",
              "2024-05-08", "en")
    assert speakers(out) == ["Court of Appeal"]


def test_a_court_finds_in_words_by_its_head_noun(run):
    # "the three-judge court found …" after two courts were named: the court that spoke
    out = run(COURTS + "On Tuesday, the Court of Appeal issued an opinion on the tax, finding it void. "
              'The three-judge court found the decree "was made without any legal basis."', "2024-05-08", "en")
    assert speakers(out) == ["Court of Appeal", "Court of Appeal"]


def test_a_courts_summary_ends_with_a_quotation(run):
    # the clause before the colon speaks for the court in the possessive
    out = run(COURTS + "On Tuesday, the Court of Appeal issued an opinion on the tax, finding it void. "
              "The court's summary ended with the statement: \"The decree is void.\"", "2024-05-08", "en")
    assert statements(out)[1] == ("Court of Appeal", "The decree is void.")


def test_a_court_finding_no_words_is_no_statement(run):
    # look-alike: "found" with an object, not a clause
    out = run(COURTS + "The court found the minister guilty of fraud.", "2024-05-08", "en")
    assert speakers(out) == []


def test_an_opinion_gives_the_words_after_its_participle(run):
    # "issued an opinion on X, finding …": the words are what the participle gives
    out = run(COURTS + "On Tuesday, the Court of Appeal issued an opinion on the tax, finding it to be void.",
              "2024-05-08", "en")
    assert statements(out) == [("Court of Appeal", "it to be void")]


def test_a_bare_spokesperson_speaks_for_the_body_that_spoke_before(run):
    # "A spokesperson told …" with no body: the one body whose statement was just reported
    out = run("On Friday, the Freedonian Health Ministry released a statement saying the outbreak was over.\n\n"
              "A spokesperson told the Daily Planet the last patient went home on Thursday.", "2024-05-08", "en")
    assert speakers(out) == ["Freedonian Health Ministry", "Freedonian Health Ministry"]


def test_a_bare_spokesperson_after_a_person_stays_nobody(run):
    # look-alike: a person spoke before; whose spokesperson it is stays unknown
    out = run("On Friday, Health Minister Jo Bell said the outbreak was over.\n\n"
              "A spokesperson told the Daily Planet the last patient went home on Thursday.", "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell"]


def test_people_of_companies_are_no_speakers(run):
    # a company's CEO (the abbreviation before the name) and an executive are no actors of
    # public affairs (docs/annotation.md: companies and their people); a senator still is
    out = run("Acme CEO Ann Lee said prices would rise. Former bank executive Tom Reed said the tax was unfair. "
              "Senator Jo Bell said the tax would pass.", "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell"]


def test_a_thing_found_is_no_finding_in_words(run):
    # look-alike: "found" with a direct object and a clause after it reports nothing
    out = run("Police searched the house of the suspect on Monday. A search of the garage found a knife; inside "
              "the house was a bag of cash.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_clause_of_contrast_has_its_own_speaker(run):
    # "X said …, while Y wrote …": the parse hangs Y's clause inside X's words; both speak,
    # and a pronoun in the next sentence goes on with the last of them
    out = run("President Jo Bell said the victims were young people with a future while Interior Minister "
              "Tom Reed wrote he had ordered checks on all clubs. He tweeted, \"My sympathy is with the families.\"",
              "2024-05-08", "en")
    assert statements(out) == [("Jo Bell", "the victims were young people with a future"),
                               ("Tom Reed", "he had ordered checks on all clubs"),
                               ("Tom Reed", "My sympathy is with the families.")]


def test_the_statement_named_before_speaks_for_its_issuer(run):
    # ""…," read the statement" and "The statement said …": the body that issued it
    out = run("On Friday, the Freedonian Health Ministry released a statement saying the outbreak was over.\n\n"
              "\"No new cases were found. We thank the doctors,\" read the statement. The statement said the "
              "hospitals would reopen.", "2024-05-08", "en")
    assert speakers(out) == ["Freedonian Health Ministry"] * 3


def test_a_state_body_without_article_is_a_source(run):
    # "according to Iraqi military": the state's body, as "according to police"
    out = run("Rockets hit the air base on Friday. Nine rockets struck near the runway, according to Iraqi military.",
              "2024-05-08", "en")
    assert speakers(out) == ["Iraqi military"]


def test_an_opinion_held_is_no_opinion_issued(run):
    # look-alike: "In its opinion, X …" is no court's opinion; the subject is not its speaker
    out = run("The Freedonian Health Ministry changed the rules on Monday. In its opinion, the Freedonian "
              "Health Ministry acted well.", "2024-05-08", "en")
    assert speakers(out) == []
