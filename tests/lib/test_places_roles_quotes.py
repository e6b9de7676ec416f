import pytest

from timeline.lib.places import capital_code, place_name, state_display_name, state_names
from timeline.lib.quotes import quote_is_direct
from timeline.lib.roles import role_label


def test_a_state_has_its_names_in_both_languages_with_the_usual_short_forms():
    names = state_names("US")
    assert {"Vereinigte Staaten", "USA"} <= set(names["de"])
    assert {"United States", "USA", "US"} <= set(names["en"])
    assert "Russland" in state_names("RU")["de"] and "Russia" in state_names("RU")["en"]
    assert (state_display_name("RU", "de"), state_display_name("RU", "en")) == ("Russland", "Russia")


@pytest.mark.parametrize("written, code, de, en", [
    ("Peking", "CN", "Peking", "Beijing"),
    ("Beijing", "CN", "Peking", "Beijing"),
    ("Moskau", "RU", "Moskau", "Moscow"),
    ("Kyiv", "UA", "Kiew", "Kyiv"),
    ("Wien", "AT", "Wien", "Vienna"),
    ("Pjöngjang", "KP", "Pjöngjang", "Pyongyang"),
])
def test_a_capital_is_named_in_the_readers_language(written, code, de, en):
    assert capital_code(written) == code
    assert (place_name(written, "de"), place_name(written, "en")) == (de, en)


@pytest.mark.parametrize("place", ["Panmunjom", "Sentosa", "New York", ""])
def test_other_places_stay_as_written(place):
    assert place_name(place, "en") == place == place_name(place, "de")


@pytest.mark.parametrize("stored, de, en", [
    ("Außenminister", "Außenminister", "Foreign Minister"),
    ("Außenministerin", "Außenministerin", "Foreign Minister"),
    ("President", "Präsident", "President"),
    ("Secretary of State", "Außenminister", "Secretary of State"),
    ("Queen", "Königin", "Queen"),
    ("Nationaler Sicherheitsberater", "Nationaler Sicherheitsberater", "Nationaler Sicherheitsberater"),
])
def test_roles_are_shown_in_the_readers_language(stored, de, en):
    assert (role_label(stored, "de"), role_label(stored, "en")) == (de, en)


@pytest.mark.parametrize("quote, sentence, direct", [
    ("Es war großartig", "Pompeo sagte: „Es war großartig.“", True),
    ("We are ready", "“We are ready,” he said.", True),
    ("We are ready", 'He said: "We are ready", and left.', True),
    ("man werde verhandeln", "Lawrow sagte, man werde verhandeln.", False),
    ("er werde bald reisen", "Er sagte, er werde „bald“ reisen.", False),
    ("", "„Nichts.“", False),
])
def test_a_quote_is_direct_when_the_sentence_has_it_in_quotation_marks(quote, sentence, direct):
    assert quote_is_direct(quote, sentence) is direct
