"""Roles and titles in the reader's language: "Außenminister" is "Foreign Minister" to an
English reader, "Foreign Secretary" is "Außenminister" to a German one
(``data/roles.tsv``). A role already written in the reader's language stays as it is
("Secretary of State" for an English reader)."""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "roles.tsv"


def _split(cell: str | None) -> list[str]:
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


@cache
def _roles() -> dict[str, tuple[str, dict[str, str]]]:
    """Lower-case spelling → (its language, language → the role shown in it); feminine
    roles map to feminine ones."""
    index: dict[str, tuple[str, dict[str, str]]] = {}
    with TABLE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            de, de_f, en, en_f = (_split(row[c]) for c in ("de", "de_f", "en", "en_f"))
            masculine = {"de": de[0], "en": en[0]}
            feminine = {"de": (de_f or de)[0], "en": (en_f or en)[0]}
            for language, spellings, shown in (
                ("de", de, masculine),
                ("de", de_f, feminine),
                ("en", en, masculine),
                ("en", en_f, feminine),
            ):
                for spelling in spellings:
                    index.setdefault(spelling.casefold(), (language, shown))
    return index


def role_label(role: str, language: str) -> str:
    """`role` in `language` when the table knows it, else as stored."""
    found = _roles().get(" ".join(role.split()).casefold())
    if not found or found[0] == language[:2]:
        return role
    return found[1].get(language[:2], role)
