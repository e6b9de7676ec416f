"""International organisations by name, in German and English: "Vereinte Nationen",
"Vereinten Nationen", "United Nations" and "UN" are one organisation, shown to each reader
by its name in their language. No Django here.

``data/organizations.tsv`` gives every name with its language ("-": an abbreviation of
both); the first name of a language is the one shown. ``data/institutions.tsv`` does the
same for national institutions, parties and armed groups ("Weißes Haus" / "White House"),
with their state. The extraction finds both in the text by these tables
(``articles/extraction/gazetteer``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .names import normalize_alias
from .tables import data_rows

TABLE = Path(__file__).with_name("data") / "organizations.tsv"
INSTITUTIONS = Path(__file__).with_name("data") / "institutions.tsv"


@dataclass(frozen=True)
class Organization:
    ident: str
    names: tuple[tuple[str, str], ...]  # (language, or "" for both; name), in table order

    def shown(self, language: str) -> str | None:
        """The name a reader of `language` sees."""
        return next((name for lang, name in self.names if lang == language), None)


@cache
def organizations() -> dict[str, Organization]:
    """Every international organisation of the table by its id ("UN")."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for ident, language, name in data_rows(TABLE)[1:]:  # the first row names the columns
        rows.setdefault(ident, []).append(("" if language == "-" else language, name))
    return {ident: Organization(ident, tuple(names)) for ident, names in rows.items()}


@cache
def institutions() -> dict[str, tuple[str | None, dict[str, str], list[str]]]:
    """National institutions, parties and armed groups (``data/institutions.tsv``): id →
    (ISO country or None, {language: name}, every name form)."""
    out: dict[str, tuple[str | None, dict[str, str], list[str]]] = {}
    for ident, country, de, en, more, *_kind in data_rows(INSTITUTIONS):
        forms = list(dict.fromkeys([de, en, *filter(None, more.split("|"))]))
        out[ident] = (None if country == "-" else country, {"de": de, "en": en}, forms)
    return out


@cache
def institution_kinds() -> dict[str, str]:
    """Institution id → the English head noun of its kind ("CDU" → "party"), for the rows
    that give one: the noun a definite phrase refers back with ("Die CDU … Die Partei")."""
    return {row[0]: row[5] for row in data_rows(INSTITUTIONS) if len(row) > 5 and row[5]}


def _institution(ident: str) -> Organization:
    """An institution as an organisation shown by its German or English name; its other
    forms count for both languages."""
    _country, names, forms = institutions()[ident]
    shown = [("de", names["de"]), ("en", names["en"])]
    return Organization(ident, tuple(shown + [("", f) for f in forms if f not in names.values()]))


@cache
def _by_name() -> dict[str, Organization]:
    bodies = [*organizations().values(), *map(_institution, institutions())]
    return {normalize_alias(name): org for org in bodies for _, name in org.names}


def organization_named(name: str) -> Organization | None:
    """The organisation one of whose names `name` is (compared as aliases are), or None."""
    return _by_name().get(normalize_alias(name))
