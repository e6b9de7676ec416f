"""One name in several transliterations: "Sergej Lawrow" (German) and "Sergei Lavrov"
(English), "Wolodymyr Selenskyj" and "Volodymyr Zelensky", "Xi Dschinping" and "Xi Jinping".

A name is read by the rules of each convention (``data/transliteration.tsv``: how German
and English write the sounds of Russian, Ukrainian, Chinese and Arabic names) into a key of
sounds; two names are the same name when a key of the one is a key of the other. A name
written the same way in both languages always shares its keys, so names that need no
transliteration ("Angela Merkel") stay equal to themselves."""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "transliteration.tsv"
CONVENTIONS = ("de", "en")


@cache
def _rules() -> dict[str, list[tuple[str, str]]]:
    """Convention → (spelling, sound), longest spelling first."""
    rules: dict[str, list[tuple[str, str]]] = {}
    with TABLE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            rules.setdefault(row["convention"], []).append((row["spelling"], row["sound"]))
    for spellings in rules.values():
        spellings.sort(key=lambda rule: -len(rule[0]))
    return rules


def _plain(name: str) -> list[str]:
    """Lower-case words without accents or punctuation ("Erdoğan" → erdogan, "Jong-un" →
    jong un)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text).split()


def _read(word: str, convention: str) -> str:
    rules = _rules()[convention]
    out, i = [], 0
    while i < len(word):
        for spelling, sound in rules:
            if word.startswith(spelling, i):
                out.append(sound)
                i += len(spelling)
                break
        else:
            out.append(word[i])
            i += 1
    # A doubled letter is one sound (Assad / Asad, Mohammed / Mohamed).
    sounds = re.sub(r"(.)\1+", r"\1", "".join(out))
    for ending, sound in _rules()["end"]:
        if sounds.endswith(ending) and len(sounds) > len(ending) + 1:
            return sounds[: -len(ending)] + sound
    return sounds


def name_keys(name: str) -> dict[str, str]:
    """The name read by each convention: {"de": key, "en": key} (empty keys for a name
    without letters)."""
    words = _plain(name)
    return {convention: " ".join(_read(w, convention) for w in words) for convention in CONVENTIONS}


def same_name(a: str, b: str) -> bool:
    """Whether two spellings can be the same name (a reading of one is a reading of the
    other)."""
    keys_a, keys_b = set(name_keys(a).values()) - {""}, set(name_keys(b).values()) - {""}
    return bool(keys_a & keys_b)
