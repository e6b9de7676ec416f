"""English statements, round 17 second wave (helper speech-en2): classes of phrasing, each
with a short invented sentence that the rules before got wrong (or, marked as such, a
look-alike that must stay as it was)."""
from __future__ import annotations

import pytest

from .helpers import statements

CONTEXT_EN = "The government discussed the crisis on Monday. "


def _en(run, text: str) -> list[tuple[str, str]]:
    return statements(run(CONTEXT_EN + text, "2024-05-08", "en"))


@pytest.mark.parametrize("text, expected", [
    ("Interior Minister Peter Hallworth estimated the repairs would take two weeks.",
     [("Peter Hallworth", "the repairs would take two weeks")]),
    ("The Supreme Court determined the minister's decree violated the constitution.",
     [("Supreme Court", "the minister's decree violated the constitution")]),
    ("Interior Minister Peter Hallworth also mentioned the parliament will vote on the budget in May.",
     [("Peter Hallworth", "the parliament will vote on the budget in May")]),
    # look-alikes: no clause of words
    ("Interior Minister Peter Hallworth estimated the damage at two million dollars.", []),
    ("Interior Minister Peter Hallworth mentioned the budget in his speech.", []),
    ("Interior Minister Peter Hallworth is determined to win the vote.", []),
])
def test_an_estimate_finding_or_mention_with_its_clause_reports(run, text, expected):
    # "estimated/determined/mentioned" + a reported clause, like "ruled" and "found"
    assert _en(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Interior Minister Peter Hallworth encouraged the provinces to release the funds.",
     [("Peter Hallworth", "the provinces to release the funds")]),
    # look-alikes: no object and infinitive, or an ongoing policy
    ("Interior Minister Peter Hallworth encouraged investment in the north.", []),
    ("Interior Minister Peter Hallworth was encouraged by the results of the vote.", []),
    ("The United States has been encouraging its allies to restrict trade with the regime.", []),
])
def test_encouraging_someone_to_act_is_a_request(run, text, expected):
    assert _en(run, text) == expected


def test_disagreeing_puts_a_position_into_words(run):
    assert _en(run, "Interior Minister Peter Hallworth disagreed with the court's ruling on the border.") \
        == [("Peter Hallworth", "with the court's ruling on the border")]


@pytest.mark.parametrize("text, expected", [
    ("Senator Ana Ruiz, the leader of the Senate, previously committed to proceeding with a trial, "
     "expected to begin in June.", [("Ana Ruiz", "to proceeding with a trial")]),
    ("The government committed itself to cutting emissions by half.",
     [("government", "to cutting emissions by half")]),
    # look-alikes: a state, a hospital, troops
    ("Interior Minister Peter Hallworth is committed to the treaty.", []),
    ("Interior Minister Peter Hallworth was committed to a hospital in May.", []),
    ("Interior Minister Peter Hallworth committed troops to the mission.", []),
])
def test_committed_to_a_gerund_is_a_pledge(run, text, expected):
    assert _en(run, text) == expected


@pytest.mark.parametrize("text", [
    "Peter Hallworth, a UN envoy, cautioned peace does not come quickly.",
    "Peter Hallworth, a UN envoy who had visited the region, cautioned peace does not come quickly.",
])
def test_a_verb_of_saying_after_an_apposition_that_the_parse_took_for_an_adjective(run, text):
    # the parse reads "cautioned peace" as an adjective and its noun: the name before the
    # apposition speaks, the words after the verb are said
    assert _en(run, text) == [("Peter Hallworth", "peace does not come quickly")]


@pytest.mark.parametrize("text", [
    'Senators attacked the treaty, with Peter Hallworth of Ohio calling the deal "reckless" and '
    'Maria Santos of Utah calling the process "a farce".',
    'Senator Peter Hallworth called the deal "reckless" and Senator Maria Santos called the process "a farce".',
])
def test_two_coordinated_reports_are_two_speakers_with_their_own_words(run, text):
    assert _en(run, text) == [("Peter Hallworth", "reckless"), ("Maria Santos", "a farce")]


def test_a_source_with_vague_partners_speaks_alone(run):
    # "according to police and county officials": the police, without the partners in its words
    assert _en(run, "According to police and county officials, the minister was driving a car "
                    '"too fast" near the border.') \
        == [("police", 'the minister was driving a car "too fast" near the border')]


def test_a_quotation_of_several_sentences_after_a_colon_is_the_closing_speakers(run):
    # "the agency noted …: "… . …," said X": X's words only, not also the agency's
    text = ('Although the word only describes the spread, the WHO noted the need to act: "All countries '
            'can still act. If they test and trace," said Maria Santos, the Director-General of the WHO.')
    assert _en(run, text) == [("Maria Santos", "All countries can still act. If they test and trace")]


def test_a_quotation_closed_by_a_full_stop_before_its_reporting_clause(run):
    # ""…." Santos said.": one statement, the quotation its words, both sentences its evidence
    text = ('Senator Maria Santos also mentioned the Senate will vote in May. "The people deserve the truth, '
            'and the law demands a vote." Santos said.')
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    found = [e for e in out["events"] if e["kind"] == "statement"]
    assert [(e["speaker"], e["quote"]) for e in found] == [
        ("Maria Santos", "the Senate will vote in May"),
        ("Maria Santos", "The people deserve the truth, and the law demands a vote.")]
    assert found[1]["evidence"]["text"].startswith('"The people') and found[1]["evidence"]["text"].endswith("said.")
