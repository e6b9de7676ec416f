"""English statements, round 18 (helper speech-en): classes of phrasing from the blind dev4
split, each with a short invented sentence that the rules before this round got wrong (or,
marked as such, a look-alike that must stay as it was)."""
from __future__ import annotations

from .helpers import speakers, statements


def test_a_perfect_split_by_an_inserted_phrase_reports(run):
    # "has, in a statement, called on …": the parse hangs the participle on the insertion's noun
    out = run("The Freedonian Interior Ministry said the roads were closed. The Interior Ministry has, in a "
              'statement, called on drivers to "stay at home tonight."', "2024-05-08", "en")
    assert statements(out)[1] == ("Interior Ministry", "stay at home tonight.")


def test_the_body_of_a_split_perfect_goes_on_with_it(run):
    # the next sentence's "It also urged …" is the same body's
    out = run("The Freedonian Interior Ministry said the roads were closed. The Interior Ministry has, in a "
              'statement, called on drivers to "stay at home tonight." It also urged people to "keep off the '
              'bridges."', "2024-05-08", "en")
    assert speakers(out)[1:] == ["Interior Ministry", "Interior Ministry"]


def test_a_perfect_with_a_thing_called_a_name_stays_no_statement(run):
    # look-alike: no comma after the auxiliary, "called" names a section
    out = run('The Freedonian Transport Ministry has, in its new leaflet, a section called "Safe Roads".',
              "2024-05-08", "en")
    assert speakers(out) == []


def test_a_pledge_of_funds_is_no_statement(run):
    # giving money is an act, not words
    out = run("Freedonia, Ruritania and Borduria have pledged funds toward the new dam.", "2024-05-08", "en")
    assert speakers(out) == []
    out = run("Freedonia's Foreign Minister Jo Bell pledged $40 million for the new dam.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_pledge_to_act_stays_a_statement(run):
    # look-alike: a pledge with an infinitive is a promise in words
    out = run("Freedonia's Foreign Minister Jo Bell pledged to rebuild the dam by May.", "2024-05-08", "en")
    assert statements(out) == [("Jo Bell", "to rebuild the dam by May")]


def test_a_statement_named_by_its_possessive_speaks_for_its_issuer(run):
    # "Their statement also read "…"": whoever issued the statement named before
    out = run("The Freedonian Transport Ministry issued a statement on Monday saying the bridge was safe. "
              'Their statement also read "the repairs will end in May."', "2024-05-08", "en")
    assert speakers(out) == ["Freedonian Transport Ministry", "Freedonian Transport Ministry"]


def test_a_possessive_statement_with_none_issued_before_stays_nobodys(run):
    # look-alike: no statement was named before
    out = run('The Freedonian Transport Ministry met on Friday. Its statement also read "the roads are safe."',
              "2024-05-08", "en")
    assert speakers(out) == []


def test_the_opinion_of_a_court_read_in_part(run):
    # "The opinion of the Court, …, read in part, "…"": the court named before speaks
    out = run("The Supreme Court of Freedonia ruled on the tax on Monday. The opinion of the Court, made public "
              'on Tuesday, read in part, "It is decided that the decree is void and of no effect."', "2024-05-08", "en")
    assert statements(out) == [("Supreme Court of Freedonia", "It is decided that the decree is void and of no effect.")]


def test_reading_in_court_stays_no_statement(run):
    # look-alike: "in court" is no part of a text
    out = run('The Supreme Court of Freedonia heard the case on Monday. The clerk read in court, "The hearing is '
              'adjourned."', "2024-05-08", "en")
    assert speakers(out) == []


def test_a_name_in_commas_before_the_verb_after_a_long_role(run):
    # "The delegate to the Council of X, Ann Reyes, told …": the parse hangs the name on the body
    out = run("The Freedonian delegate to the Council of Europe, Ann Reyes, told reporters the draft was unfair.",
              "2024-05-08", "en")
    assert statements(out) == [("Ann Reyes", "the draft was unfair")]


def test_a_private_author_in_commas_stays_no_speaker(run):
    # look-alike: a study's author is no actor of public affairs
    out = run("The study's lead author at the University of Freedonia, Ann Lee, told reporters the drug works.",
              "2024-05-08", "en")
    assert speakers(out) == []


def test_referring_to_a_thing_as_a_quotation_characterises_it(run):
    # "referred to X as "Y"": like "called X "Y"" (German "bezeichnete … als")
    out = run('Prime Minister Ann Lee has referred to the levy as "a trap for farmers".', "2024-05-08", "en")
    assert statements(out) == [("Ann Lee", "a trap for farmers")]


def test_a_characterisation_in_a_relative_clause_has_its_own_speaker(run):
    # "the ruling, which Y has referred to as "…"": Y speaks as well as the main clause's X
    out = run('Foreign Minister Jo Bell criticised the ruling, which Prime Minister Ann Lee has referred to as '
              '"a farce".', "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell", "Ann Lee"]


def test_a_referral_or_a_passive_reference_stays_no_statement(run):
    # look-alikes: a case referred to a court; "is referred to as" names no speaker
    out = run("Prime Minister Ann Lee referred the case to the Supreme Court of Freedonia on Monday.",
              "2024-05-08", "en")
    assert speakers(out) == []
    out = run('The levy, which is often referred to as "the bread tax", was passed on Monday.', "2024-05-08", "en")
    assert speakers(out) == []


def test_declaring_an_emergency_is_an_act(run):
    # a state of emergency declared is an act of office, not words
    out = run("The school closed a few days after President Jo Bell declared a national emergency in the country.",
              "2024-05-08", "en")
    assert speakers(out) == []
    out = run("The Freedonian government declared a state of emergency late on Monday and closed all schools.",
              "2024-05-08", "en")
    assert speakers(out) == []


def test_declaring_a_judgement_stays_a_statement(run):
    # look-alikes: a judgement or a clause declared are words
    out = run("President Jo Bell declared the vote a fraud on Monday.", "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell"]
    out = run("President Jo Bell declared that the vote was over.", "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell"]


def test_reported_missing_is_no_statement(run):
    # "was reported missing by the police": a missing person reported, no words
    out = run("Police in Dunmore said the sailor left port on Monday. He was reported missing on Tuesday by the "
              "police.", "2024-05-08", "en")
    assert speakers(out) == ["Police"]  # named as the sentence writes it (test_statements.py)


def test_reporting_that_someone_is_missing_stays_a_statement(run):
    # look-alike: a reported clause
    out = run("Police in Dunmore said the sailor left port on Monday. On Tuesday, the police reported that the "
              "sailor was missing.", "2024-05-08", "en")
    assert speakers(out) == ["Police", "Police"]


def test_a_statement_ascribes_a_cause(run):
    # "The statement ascribed X to Y": naming a cause puts it into words, for the statement's issuer
    out = run("The Freedonian Supreme Court released a statement on Monday saying the judge had died. The statement "
              "ascribed his death to a long illness.", "2024-05-08", "en")
    assert speakers(out) == ["Freedonian Supreme Court", "Freedonian Supreme Court"]


def test_remarks_attributed_to_someone_are_no_report_of_the_verb(run):
    # look-alike: "attributed to her" after a noun; only "denied" reports
    out = run("Minister Jo Bell denied the remarks attributed to her by the newspaper.", "2024-05-08", "en")
    assert speakers(out) == ["Jo Bell"]
