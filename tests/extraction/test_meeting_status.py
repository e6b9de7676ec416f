"""Status of a meeting (happened / planned) where leave or a date says which."""
from __future__ import annotations

import pytest

from .helpers import meeting_events

DAY = "2024-03-06"


def _statuses(run, text: str, lang: str) -> list[tuple[list[str], str]]:
    return [(sorted(e["participants"]), e["status"]) for e in meeting_events(run(text, DAY, lang))]


@pytest.mark.parametrize("text, lang", [
    ("Die Vermittlung Finnlands ermöglichte am Montag ein Treffen zwischen Außenministerin Anna "
     "Brandt und ihrem polnischen Amtskollegen Piotr Nowicki in Helsinki.", "de"),
    ("Die Gespräche in Genf hatten am Montag ein Treffen von Außenministerin Anna Brandt mit "
     "Piotr Nowicki möglich gemacht und auch ermöglicht.", "de"),
])
def test_a_meeting_made_possible_took_place(run, text, lang):
    # leave before a meeting noun: the meeting was made possible and happened
    assert (["Anna Brandt", "Piotr Nowicki"], "happened") in _statuses(run, text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung hat der Sonderberichterstatterin Anna Brandt erlaubt, nach Polen zu reisen "
     "und dort Präsident Piotr Nowicki zu treffen.", "de"),
    ("The government allowed the envoy Anna Brandt to travel to Poland and to meet President "
     "Piotr Nowicki.", "en"),
])
def test_leave_to_meet_is_of_a_meeting_still_ahead(run, text, lang):
    assert (["Anna Brandt", "Piotr Nowicki"], "planned") in _statuses(run, text, lang)


@pytest.mark.parametrize("text, lang, status", [
    ("Die Einigung ermöglicht ein Treffen zwischen Außenministerin Anna Brandt und Piotr "
     "Nowicki im Mai.", "de", "planned"),
    ("Foreign Minister Anna Brandt meets Piotr Nowicki in May.", "en", "planned"),
    ("Außenministerin Anna Brandt traf im Februar ihren Amtskollegen Piotr Nowicki.", "de", "happened"),
    ("Foreign Minister Anna Brandt met Piotr Nowicki in March.", "en", "happened"),
])
def test_a_month_wholly_ahead_of_publication_is_planned(run, text, lang, status):
    # published 6 March: May lies ahead, February before, March is the month itself
    assert (["Anna Brandt", "Piotr Nowicki"], status) in _statuses(run, text, lang)
