import pytest

from timeline.lib.names import german_genitive, normalize_alias


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
