"""Reading sources: dates at the top of a text, decoding files."""
import datetime

import pytest

from articles.sources import SourceError, bytes_decode, text_find_date


@pytest.mark.parametrize("text, expected", [
    ("Berlin, 31. Mai 2018 – Der Minister reiste ab.", datetime.date(2018, 5, 31)),
    ("WASHINGTON, May 31, 2018 — The secretary left.", datetime.date(2018, 5, 31)),
    ("31.05.2018\nDer Minister reiste ab.", datetime.date(2018, 5, 31)),
    ("Published 2018-05-31. The secretary left.", datetime.date(2018, 5, 31)),
])
def test_it_finds_a_stated_date_at_the_top(text, expected):
    assert text_find_date(text) == expected


@pytest.mark.parametrize("text", [
    '"We made progress today", the minister said on Monday.',
    "Der Minister reiste am Mittwoch ab.",
    "Der Minister reiste ab. " * 30 + "Berlin, 31. Mai 2018",  # too far down to be a dateline
])
def test_relative_or_late_dates_are_no_publication_date(text):
    assert text_find_date(text) is None


def test_decoding_strips_a_byte_order_mark_and_refuses_other_encodings():
    assert bytes_decode("\ufeffÄußerung".encode("utf-8")) == "Äußerung"
    with pytest.raises(SourceError):
        bytes_decode("Äußerung".encode("utf-16"))


def test_a_stand_in_title_is_the_first_line_cut_between_words():
    from articles.sources import text_first_line

    assert text_first_line("Kurzer Titel\nText") == "Kurzer Titel"
    long = "Die Außenminister " + "sehr " * 40 + "lange."
    title = text_first_line(long)
    assert len(title) <= 120 and title.endswith("sehr…")


def test_a_stand_in_title_leaves_the_dateline_out():
    from articles.sources import text_first_line

    assert text_first_line(
        "New York, 31. Mai 2018 – US-Außenminister Mike Pompeo traf Kim Yong Chol.\nMehr."
    ) == "US-Außenminister Mike Pompeo traf Kim Yong Chol."
    assert text_first_line("WASHINGTON (Reuters) - Talks resumed on Friday.") == (
        "Talks resumed on Friday."
    )
    assert text_first_line("Berlin (dpa) – Die Ministerin reist ab.") == "Die Ministerin reist ab."
    assert text_first_line("BERLIN - Die Gespräche gehen weiter.") == "Die Gespräche gehen weiter."
    # A dash alone makes no dateline.
    assert text_first_line("Trump - ein Porträt") == "Trump - ein Porträt"
