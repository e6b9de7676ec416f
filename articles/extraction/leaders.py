"""Who led a state on a given day, from the hand-made table ``data/leaders.tsv``.

A summit is a meeting of leaders: "Trump hatte den Gipfel abgesagt, weil ... Nordkoreas"
names one side as a person and the other as a state. When the article also names the
state's leader ("ein enger Vertrauter von Kim Jong Un"), the summit is theirs. The table
is the world knowledge the text leaves out; only people the article names are used.
"""
from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "leaders.tsv"


@dataclass(frozen=True)
class Term:
    country: str
    names: tuple[str, ...]
    role: dict[str, str]
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


# Letters that are no base letter plus an accent, as news writes them without their marks
# ("Yildirim" for "Yıldırım", "Walesa" for "Wałęsa", "Sorensen" for "Sørensen").
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h",
                                "æ": "ae", "œ": "oe", "þ": "th"})


def name_key(name: str) -> str:
    """"Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" are one name; so are "Erdoğan" and
    "Erdogan", "Yıldırım" and "Yildirim"."""
    plain = name.replace("-", " ").casefold()
    if not plain.isascii():  # ASCII has no accents to take off
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
        plain = plain.translate(_PLAIN_LETTERS)
    return " ".join(plain.split())


@lru_cache(maxsize=1)
def terms() -> dict[str, list[Term]]:
    """Terms of office by name key."""
    by_name: dict[str, list[Term]] = {}
    with TABLE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            names = tuple(n.strip() for n in row["names"].split("|"))
            term = Term(row["country"], names, {"de": row["role_de"], "en": row["role_en"]},
                        dt.date.fromisoformat(row["start"]),
                        dt.date.fromisoformat(row["end"]) if row["end"] else None)
            for name in names:
                by_name.setdefault(name_key(name), []).append(term)
    return by_name


def term_of(names: list[str], day: dt.date) -> Term | None:
    """The term of office, on `day`, of the person known by any of `names`."""
    for name in names:
        for term in terms().get(name_key(name), []):
            if term.covers(day):
                return term
    return None
