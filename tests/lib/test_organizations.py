"""International organisations by any of their names, shown per language."""
from __future__ import annotations

from timeline.lib.organizations import organization_named


def test_an_inflected_german_name_is_the_organisation_of_the_english_one():
    assert organization_named("Vereinten Nationen") is organization_named("United Nations")


def test_it_is_shown_by_its_name_in_each_language():
    un = organization_named("UN")
    assert (un.shown("de"), un.shown("en")) == ("Vereinte Nationen", "United Nations")


def test_names_are_compared_as_aliases_are():
    assert organization_named("  europäische union ").ident == "EU"
    assert organization_named("Ärzte ohne Grenzen") is None
