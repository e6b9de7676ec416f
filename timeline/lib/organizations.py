"""International organisations by name, in German and English: "Vereinte Nationen",
"Vereinten Nationen", "United Nations" and "UN" are one organisation, shown to each reader
by its name in their language. No Django here.

``data/organizations.tsv`` gives every name with its language ("-": an abbreviation of
both); the first name of a language is the one shown. The extraction finds organisations
in the text by the same table (``articles/extraction/gazetteer.ORGANIZATIONS``)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .names import normalize_alias

TABLE = Path(__file__).with_name("data") / "organizations.tsv"


@dataclass(frozen=True)
class Organization:
    ident: str
    names: tuple[tuple[str, str], ...]  # (language, or "" for both; name), in table order

    def shown(self, language: str) -> str | None:
        """The name a reader of `language` sees."""
        return next((name for lang, name in self.names if lang == language), None)


@cache
def organizations() -> dict[str, Organization]:
    """Every organisation of the table by its id ("UN")."""
    rows: dict[str, list[tuple[str, str]]] = {}
    with TABLE.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            language = "" if row["language"] == "-" else row["language"]
            rows.setdefault(row["id"], []).append((language, row["name"]))
    return {ident: Organization(ident, tuple(names)) for ident, names in rows.items()}


@cache
def _by_name() -> dict[str, Organization]:
    return {normalize_alias(name): org for org in organizations().values() for _, name in org.names}


def organization_named(name: str) -> Organization | None:
    """The organisation one of whose names `name` is (compared as aliases are), or None."""
    return _by_name().get(normalize_alias(name))
