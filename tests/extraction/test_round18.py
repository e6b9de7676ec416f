"""Actors and statements, round 18 (lead): classes of phrasing, each with a short invented
sentence that the rules before this round got wrong (or, marked as such, a look-alike that
must stay as it was)."""
from __future__ import annotations

import pytest

from articles.extraction import leaders

from .helpers import statements


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


def test_name_keys_fold_letters_that_have_no_accent_to_take_off():
    assert leaders.name_key("Kızılırmak") == leaders.name_key("Kizilirmak")
    assert leaders.name_key("Małecki") == leaders.name_key("Malecki")
    assert leaders.name_key("Sørlie") == leaders.name_key("Sorlie")
    assert leaders.name_key("Malecki") != leaders.name_key("Melecki")  # other names stay apart
