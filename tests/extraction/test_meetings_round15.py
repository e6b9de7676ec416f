"""Meetings, round 15: classes of phrasing found in the missed and spurious meetings of the
real-news train and dev splits and in invented probes of the same class. Each test names the
class and holds a short sentence of our own (invented names); guards keep the look-alikes."""
from __future__ import annotations

import pytest

from .helpers import participant_lists

CONTEXT_DE = "Die Regierung beriet am Montag über die Krise. "
CONTEXT_EN = "The government discussed the crisis on Monday. "


@pytest.mark.parametrize("lang,text", [
    # partners met separately
    ("en", "Foreign Minister Tom Becker met separately with President Igor Petrov and Prime Minister "
           "Lena Holm in Oslo on Tuesday."),
    ("en", "Foreign Minister Tom Becker held separate talks with President Igor Petrov and Prime Minister "
           "Lena Holm in Oslo."),
    ("de", "Außenminister Tom Becker traf am Dienstag in Oslo getrennt mit Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm zusammen."),
    # the hosts met during a visit (docs/annotation.md: one event per host)
    ("de", "Während seines dreitägigen Besuchs in Norwegen sprach Außenminister Tom Becker mit Präsident "
           "Igor Petrow und Ministerpräsidentin Lena Holm."),
    ("de", "Bei seinem Besuch in Oslo traf Außenminister Tom Becker Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm."),
    ("en", "During his three-day visit to Norway, Foreign Minister Tom Becker held talks with President "
           "Igor Petrov and Prime Minister Lena Holm."),
])
def test_partners_met_separately_or_as_hosts_of_a_visit_are_one_meeting_each(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    petrov = "Igor Petrov" if lang == "en" else "Igor Petrow"
    assert sorted(participant_lists(out)) == [[petrov, "Tom Becker"], ["Lena Holm", "Tom Becker"]]


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Tom Becker traf am Dienstag in Oslo Präsident Igor Petrow und "
           "Ministerpräsidentin Lena Holm."),
    ("en", "Foreign Minister Tom Becker met President Igor Petrov and Prime Minister Lena Holm in Oslo "
           "on Tuesday."),
])
def test_guard_partners_met_together_stay_one_meeting(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    petrov = "Igor Petrov" if lang == "en" else "Igor Petrow"
    assert participant_lists(out) == [[petrov, "Lena Holm", "Tom Becker"]]


def test_guard_states_met_during_a_visit_stay_one_multilateral_meeting(run):
    out = run(CONTEXT_EN + "During his visit to Brussels, Foreign Minister Tom Becker met the foreign "
              "ministers of France, Italy and Spain.", "2024-05-08", "en")
    assert participant_lists(out) == [["France", "Italy", "Spain", "Tom Becker"]]


G7_DE = ["Deutschland", "Frankreich", "Großbritannien", "Italien", "Japan", "Kanada", "USA"]
G7_EN = ["Canada", "France", "Germany", "Italy", "Japan", "UK", "USA"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The G7 foreign ministers met in Rome on Tuesday."),
    ("en", "The finance ministers of the G7 met in London on Saturday."),
    ("de", "Die Außenminister der G7 berieten am Dienstag in Rom über die Krise."),
    ("de", "Die G7-Außenminister trafen sich am Dienstag in Rom."),
])
def test_a_groups_office_holders_meeting_are_its_member_states(run, lang, text):
    # before: no meeting (German) or the group and the host state (English "G7 – Italy")
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    assert participant_lists(out) == [G7_EN if lang == "en" else G7_DE]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die G7-Außenminister berieten am Montag in einer Videokonferenz über neue Sanktionen."),
    ("de", "Die Außenminister der G7 trafen sich am Dienstag per Videokonferenz."),
    ("en", "The G7 foreign ministers issued a statement on Tuesday."),
])
def test_guard_a_groups_office_holders_by_video_or_in_writing_meet_no_one(run, lang, text):
    out = run((CONTEXT_EN if lang == "en" else CONTEXT_DE) + text, "2024-05-08", lang)
    assert participant_lists(out) == []


@pytest.mark.parametrize("text", [
    "After his talks with President Igor Petrov, Foreign Minister Tom Becker said the sides agreed.",
    "After his talks with President Igor Petrov, Foreign Minister Tom Becker said the sides will continue "
    "next month.",
])
def test_plans_in_the_words_said_after_a_meeting_are_no_plan_of_it(run, text):
    # before: "planned", from "agreed"/"will" in what is said after the verb of saying
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert [(sorted(e["participants"]), e["status"]) for e in out["events"] if e["kind"] == "meeting"] \
        == [(["Igor Petrov", "Tom Becker"], "happened")]


def test_guard_a_meeting_in_the_words_said_keeps_their_plan(run):
    out = run(CONTEXT_EN + "Foreign Minister Tom Becker said he will meet President Igor Petrov in Oslo "
              "next week.", "2024-05-08", "en")
    assert [e["status"] for e in out["events"] if e["kind"] == "meeting"] == ["planned"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Tom Becker is to visit President Igor Petrov next week.",
    "Foreign Minister Tom Becker and President Igor Petrov are to meet in Oslo.",
])
def test_a_plan_told_by_be_to_is_planned(run, text):
    out = run(CONTEXT_EN + text, "2024-05-08", "en")
    assert [e["status"] for e in out["events"] if e["kind"] == "meeting"] == ["planned"]
