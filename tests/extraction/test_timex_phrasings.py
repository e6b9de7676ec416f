"""Phrasings of real news that the date rules learned in round 4 (issue #13), each with
sentences of our own: quotations, generic "today", lists, named days, apposed dates."""
import pytest


def values(out):
    return [(t["text"], t.get("timex3") or t["value"]) for t in out["timexes"]]


@pytest.mark.parametrize("text, lang, expected", [
    # Deictic words inside a quotation count from the day it was spoken.
    ("Die Ministerin Eva Lind traf am Dienstag in Wien ein. Dort sagte sie: „Wir verhandeln "
     "morgen weiter.“", "de", ("morgen", "2019-03-13")),
    ("The minister arrived in Vienna on Tuesday. She told reporters: \"We will talk again "
     "tomorrow.\"", "en", ("tomorrow", "2019-03-13")),
    ("The minister arrived in Vienna on Tuesday. \"Last night was long,\" she said.", "en",
     ("Last night", "2019-03-11TNI")),
    # A day named long before the publication is background: the quote is recent.
    ("The minister arrived in Vienna on March 2. She said: \"We will talk again tomorrow.\"",
     "en", ("tomorrow", "2019-03-16")),
])
def test_deictic_words_in_a_quotation_count_from_the_speech(run, text, lang, expected):
    assert expected in values(run(text, "2019-03-15", lang))
