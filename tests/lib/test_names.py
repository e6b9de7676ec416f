import pytest

from timeline.lib.names import german_genitive, is_role_phrase, normalize_alias


def test_aliases_compare_without_case_and_extra_spaces():
    assert normalize_alias("  US-Präsident   Trump. ") == normalize_alias("us-präsident trump")
    assert normalize_alias("ＵＳＡ") == "usa"  # full-width letters fold too


@pytest.mark.parametrize("name, genitive", [
    ("Pompeo", "Pompeos"), ("Nordkorea", "Nordkoreas"),
    ("Lawrow", "Lawrows"), ("Macron", "Macrons"),
    ("Paris", None), ("Strauß", None), ("Felix", None), ("Schulz", None), ("USA", None),
])
def test_the_german_genitive_adds_an_s_where_the_name_takes_one(name, genitive):
    assert german_genitive(name) == genitive


@pytest.mark.parametrize(
    "text",
    ["Minister", "the president", "Außenminister", "der russische Außenminister",
     "US-Präsident", "the President of Russia", "Sprecher des Kremls", "Kremlsprecher",
     "UN-Generalsekretär", "Foreign Minister", "Die Bundeskanzlerin"],
)
def test_offices_are_role_phrases(text):
    assert is_role_phrase(text)


@pytest.mark.parametrize(
    "text",
    ["Sergej Lawrow", "Lawrow", "Präsident Trump", "Foreign Minister Lavrov", "Peking",
     "Ursula von der Leyen", "Kim", "China", "Secretary Pompeo"],
)
def test_names_are_not_role_phrases(text):
    assert not is_role_phrase(text)
