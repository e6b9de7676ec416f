"""Speed of the time expressions that are no dates (round 16): `find_other_timexes` looks for its patterns with quicker forms of them
(lower case on the lower-cased text, some without their leading "\\b") and tries each place
found with the pattern itself. The timexes must be the patterns' own: same words, same
offsets, same case. Sentences of our own."""
import datetime as dt

import pytest

from articles.extraction import dates_other


def found(text: str, lang: str) -> list[tuple[str, int, int, str | None, str | None]]:
    return [(t.text, t.start, t.end, t.type, t.timex3) for t in dates_other.find_other_timexes(
        text, lang, [], dt.date(2019, 6, 5))]


def plainly(text: str, lang: str, monkeypatch) -> list[tuple[str, int, int, str | None, str | None]]:
    """What the patterns themselves find (`pattern.finditer` on the text)."""
    with monkeypatch.context() as m:
        m.setattr(dates_other, "_finders", lambda lang: [None] * len(dates_other._patterns(lang)))
        return found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Seit Drei Jahren streiten die Parteien. UM 18 UHR begann die Sitzung; Jeden Montag "
     "trifft sich der Rat, alle zwei Wochen der Ausschuss. Die Gespräche dauerten Tage bis "
     "Wochen. Am Tag der Arbeit und am tag der arbeit sprach die Ministerin.", "de"),
    ("For Three Years the parties argued. At 6 PM the session began; Every Monday the council "
     "meets. The talks took days or weeks; from 1990-95 the law stood. On Election Day she spoke.", "en"),
])
def test_quicker_forms_find_what_the_patterns_find(text, lang, monkeypatch):
    assert found(text, lang) == plainly(text, lang, monkeypatch)
    assert found(text, lang)  # not a comparison of two empty lists
    assert all(text[start:end] == words for words, start, end, *_ in found(text, lang))


def test_words_keep_their_case():
    assert found("Seit Drei Jahren wird verhandelt. UM 18 UHR begann es.", "de") == [
        ("Drei Jahren", 5, 16, "DURATION", "P3Y"), ("18 UHR", 37, 43, "TIME", "XXXX-XX-XXT18:00")]


def test_a_name_day_stays_case_sensitive():
    days = [w for w, *_ in found("Am Tag der Arbeit sprach sie, am tag der arbeit schwieg sie.", "de")]
    assert "Tag der Arbeit" in days and "tag der arbeit" not in days


@pytest.mark.parametrize("text, lang", [
    # "İ" lowers to two characters ("i̇"): the lower-cased text is one longer after it
    ("İlkay Demir sprach drei Stunden lang; am Abend reiste sie ab, seit Wochen wird verhandelt.", "de"),
    ("İpek Kaya spoke for three hours; in the evening she left, and talks go on every Monday.", "en"),
])
def test_a_letter_that_lowers_to_two_keeps_the_offsets(text, lang, monkeypatch):
    assert len(text.lower()) != len(text)
    result = found(text, lang)
    assert result == plainly(text, lang, monkeypatch)
    assert len(result) >= 2
    assert all(text[start:end] == words for words, start, end, *_ in result)


@pytest.mark.parametrize("text, lang", [
    # the regex engine takes "ı" (dotless) for "i" when case is ignored; lower() keeps it
    ("Die Sitzung mit Kılıç dauerte drei Stunden, um 18 Uhr ging sie zu Ende.", "de"),
    ("The talks with Yılmaz lasted three hours; at 6 pm they ended.", "en"),
    # and the long "ſ" for "s": "ſeit Wochen" is what the pattern finds
    ("Die Gespräche dauerten drei Stunden; ſeit Wochen wird verhandelt.", "de"),
])
def test_letters_the_engine_folds_to_others_find_what_the_patterns_find(text, lang, monkeypatch):
    assert not dates_other._lowers_alike(text, text.lower(), lang)
    assert found(text, lang) == plainly(text, lang, monkeypatch)
    assert len(found(text, lang)) >= 2


@pytest.mark.parametrize("text, lang, words", [
    ("Der Ausschuss tagt täglıch, sagte der Vorsitzende.", "de", "täglıch"),
    ("The committee meets daıly, the chairman said.", "en", "daıly"),
])
def test_a_set_word_written_with_a_look_alike_letter_is_found_as_written(text, lang, words):
    # "ı" is read as "i" for the tables (an article with such a word used to fail whole);
    # the timex keeps the letters of the text
    [timex] = [t for t in dates_other.find_other_timexes(text, lang, []) if t.type == "SET"]
    assert (timex.text, timex.timex3) == (words, "P1D")
