"""English statements: the source named by an attribution (according to, a source's phrase) and
what is no source. Short invented sentences."""
from __future__ import annotations

from .helpers import _en, speakers


def test_guard_an_attribution_adjective_of_no_state_names_no_source(run):
    assert speakers(run("Nach offiziellen Angaben wurden zwei Boote gestoppt.", "2024-05-08", "de")) == []


def test_a_source_with_vague_partners_speaks_alone(run):
    # "according to police and county officials": the police, without the partners in its words
    assert _en(run, "According to police and county officials, the minister was driving a car "
                    '"too fast" near the border.') \
        == [("police", 'the minister was driving a car "too fast" near the border')]


def test_a_state_body_without_article_is_a_source(run):
    # "according to Iraqi military": the state's body, as "according to police"
    out = run("Rockets hit the air base on Friday. Nine rockets struck near the runway, according to Iraqi military.",
              "2024-05-08", "en")
    assert speakers(out) == ["Iraqi military"]


def test_english_according_to_a_role_with_the_name_in_apposition(run):
    out = run("According to the Springfield mayor, Dee Mann, during the weekend, police were checking whether "
              "the letter was written by the suspect.", "2024-05-08", "en")
    assert speakers(out) == ["Dee Mann"]
    out = run("According to official statements, Minister Paul Hobbs, now working from home, is to continue "
              "his duties.", "2024-05-08", "en")
    assert speakers(out) == []


def test_a_medium_as_the_source_of_an_attribution_is_no_speaker(run):
    out = run("Laut der kurdischen Nachrichtenagentur Kawa seien sechs Zivilisten ums Leben gekommen. Laut "
              "Außenminister Jan Wolf ist die Lage ernst.", "2024-05-08", "de")
    assert speakers(out) == ["Jan Wolf"]
    out = run("According to the Borduria Press Agency, the attacks began at dawn. According to the Interior "
              "Ministry, ten people died.", "2024-05-08", "en")
    assert speakers(out) == ["Interior Ministry"]


def test_english_attribution_to_a_statement_names_its_owner(run):
    out = run("According to a statement issued by the Foreign Ministry, the talks failed.", "2024-05-08", "en")
    assert speakers(out) == ["Foreign Ministry"]
    out = run("The talks failed, according to a statement from the Norwegian government.", "2024-05-08", "en")
    assert speakers(out) == ["Norwegian government"]
    # the body in the source's own phrase, not a state that only names the body
    out = run("The talks failed, according to a report from the ministry of foreign affairs of Norway.",
              "2024-05-08", "en")
    assert speakers(out) == []


def test_english_owner_in_an_attribution_only_qualifies_the_source(run):
    out = run("According to Norway's Foreign Minister Tom Reed, ten people were hurt.", "2024-05-08", "en")
    assert speakers(out) == ["Tom Reed"]
    out = run("According to Glen Falls' mayor, Tom Reed, ten people were hurt.", "2024-05-08", "en")
    assert speakers(out) == ["Tom Reed"]
    # the owner of a report speaks through it
    out = run("According to the Foreign Ministry's daily report, ten people were hurt.", "2024-05-08", "en")
    assert speakers(out) == ["Foreign Ministry"]


def test_a_memo_speaks_for_its_author(run):
    # round 20, second wave: a memo like a statement or a letter; look-alike: a memo of nobody named
    out = run("According to a memo published online by Senator Ann Lee, the Senate called off its hearing.",
              "2024-05-08", "en")
    assert speakers(out) == ["Ann Lee"]
    assert speakers(run("According to a memo, the committee cancelled its hearing.", "2024-05-08", "en")) == []
