"""Roles and offices: the titles of both languages (`_titles`), the role noun a word ends in
(`role_head`, also a German compound's), a role's grammatical gender and a person's gender
from it (`role_gender`, `actor_gender`), whether a person holds a role (`holds_role`), a
title in a phrase and its German nominative (`_title_in`), a weak German role noun in an
oblique case, the office a description names ("the mayor of X": `_office_name`) and the
body an unnamed spokesperson speaks for (`spokesperson_body`)."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import gazetteer
from .. import lexicon as lx
from ..text import Tok
from .model import Actor, Mention, _strip_article


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Titles of both languages, and monarchs' and sheikhs' (lower case → role)."""
    return {**gazetteer.title_lexicon("en"), **{t: t.title() for t in lx.EXTRA_TITLES},
            **gazetteer.title_lexicon("de")}


_SPOKESPERSON = re.compile(
    r"^(?:(?:ein|eine|einer|der|die|des|den|dem|a|an|the)\s+)?(?:[\w-]+\s+)*?"
    r"(?:sprecher|sprecherin|spokesman|spokeswoman|spokesperson)\s+"
    r"(?P<prep>des|der|for|of)\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)


def _named_body(name: str, lang: str) -> str | None:
    """The name a known institution or international organisation goes by in `lang`, for
    one of its names ("Kreml", "Nato"), else None."""
    org = gazetteer.organizations.organization_named(name)
    return (org.shown(lang) or org.names[0][1]) if org is not None else None  # "NATO" in both


def spokesperson_body(text: str, lang: str) -> str | None:
    """The body an unnamed spokesperson speaks for, in the nominative: "Sprecher des
    brasilianischen Außenministeriums" → "brasilianisches Außenministerium", "Sprecherin der
    armenischen Regierung" → "armenische Regierung", "spokeswoman for the Department of
    Trade" → "Department of Trade"; None when the phrase names no body (also when it names
    a person by title and name)."""
    m = _SPOKESPERSON.match(text.strip())
    if not m:
        return None  # "ein Pentagon-Sprecher": actors.bodies.spokesperson_compound
    words = m["body"].split()
    title = next((n for n in (3, 2, 1) if " ".join(words[:n]).lower() in _titles()), 0)
    if title and len(words) > title and all(lx.NAME_TOKEN.match(w) for w in words[title:]):
        return None  # "a spokesperson for President Ana Dube": a person's, not a body's
    if (ident := gazetteer.institution_ids().get(m["body"])) is not None:
        return gazetteer.institution(ident, lang)[1]  # "des Auswärtigen Amtes": known in every case
    if lang != "de" or m["prep"].lower() not in ("des", "der"):
        return " ".join(words)
    *adjectives, noun = words
    if m["prep"].lower() == "des":  # masculine or neuter: the noun loses its genitive -s
        noun = re.sub(r"ums$", "um", noun)
        noun = re.sub(r"(?<=[^aeiou])es$", "", noun) if len(noun) > 4 and noun.endswith("es") else \
            (noun[:-1] if noun.endswith("s") else noun)
        ending = "es" if noun.lower().endswith(lx.NEUTER_BODY_ENDINGS) else "er"
    else:  # feminine or plural: "der armenischen Regierung", "der Vereinten Nationen"
        ending = "e"
    adjectives = [re.sub(r"en$", ending, a) for a in adjectives]
    return " ".join([*adjectives, noun])


def holds_role(actor: Actor, word: str, lang: str) -> bool:
    """A person whose role is the role word, or a compound of it ("Kanzler": "Bundeskanzler")."""
    if actor.kind != "person" or not actor.role:
        return False
    role, w = actor.role.lower(), word.lower()
    if w.startswith(lx.LEADER_STEMS.get(lang, ())):
        # "der Staatschef", "die Regierungschefin": whoever leads the state, by any title
        return role.rsplit("-", 1)[-1] in lx.LEADER_ROLES
    return role == w or role.endswith(w) or w.endswith(role)


def _same_head(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    stem = lambda w: re.sub(r"(in|en|er|e)$", "", w)
    return stem(a) == stem(b)


def _qualified(m: Mention) -> bool:
    return bool(m.country) or (m.head in lx.SELF_QUALIFIED) or " " in _strip_article(m.text).strip()


def _office_name(m: Mention, lang: str) -> tuple[str, str] | None:
    """The name of an office with the place or body it belongs to, and the role, from a
    definite description in the singular ("Der Bürgermeister des Dorfes" → "Bürgermeister
    des Dorfes", "the mayor of Dorogobuzh" → "mayor of Dorogobuzh"); None for a bare role
    ("der Minister"), for a German plural ("die Außenminister der G7") and for those who
    work for a body (`lexicon.HEAD_OFFICE_NOUNS`: a spokesperson speaks for the body)."""
    words = m.text.split()
    if lang == "de" and words and words[0].lower() == "die" and not m.head.endswith("in"):
        return None  # "die" before a masculine role: the plural
    words = _strip_article(m.text).split()
    at = next((k for k, w in enumerate(words) if w.lower().rstrip("s").endswith(m.head.rstrip("s"))), None)
    if at is None or at + 2 > len(words) or words[at + 1].lower() not in lx.OFFICE_OF[lang] \
            or not words[-1][:1].isupper() or m.head not in lx.HEAD_OFFICE_NOUNS[lang]:
        return None
    role = words[at]
    if lang == "de" and role.lower() != m.head and role.lower().endswith(("s", "n")) \
            and role.lower().rstrip("ns").rstrip("e").endswith(m.head.rstrip("e")):
        role = role[:len(role.lower().rstrip("ns"))]  # "Bürgermeisters" → "Bürgermeister"
    return " ".join([*words[:at], role, *words[at + 1:]]), role


def role_head(tok: Tok) -> str | None:
    """The role noun a token ends in: "US-Beamte" → "beamte", "Regierungssprecher"."""
    low = tok.lower
    last = low.split("-")[-1]
    if last in lx.ROLE_NOUNS or last in lx.ORG_NOUNS:
        return last
    if low in lx.ROLE_NOUNS:
        return low
    if tok.lang == "de" and tok.text[:1].isupper():
        return _role_compound_head(last)  # "Premierminister", "Außenministerin"
    return None


@lru_cache(maxsize=4096)
def _role_compound_head(word: str) -> str | None:
    return next((r for r in _LONG_ROLES_DE if word.endswith(r) and len(word) > len(r) + 2), None)


_LONG_ROLES_DE = sorted((r for r in lx.ROLE_NOUNS_BY_LANG["de"] if len(r) >= 7), key=len, reverse=True)


def _title_words(ent) -> int:
    """How many words of a title of office open the entity, with a name after them."""
    return next((n for n in (3, 2, 1) if len(ent) > n and ent[:n].text.lower() in _titles()), 0)


def _oblique_role(ts: list[Tok], n: int, lang: str) -> str | None:
    """German: the role noun of a weak noun in an oblique case of the singular, after its
    article and any adjectives ("den US-Präsidenten", "dem französischen Diplomaten")."""
    role = _oblique_role_of(ts[n].lower.split("-")[-1], lang)
    k = n - 1
    while role and k >= 0 and ts[k].pos == "ADJ":
        k -= 1
    return role if role and k >= 0 and ts[k].lower in lx.OBLIQUE_SINGULAR_ARTICLES[lang] else None


@lru_cache(maxsize=8192)
def _oblique_role_of(word: str, lang: str) -> str | None:
    """The role noun whose oblique singular form `word` is or ends in ("präsidenten")."""
    forms = lx.OBLIQUE_ROLE_FORMS[lang]
    return forms.get(word) or next((forms[f] for f in forms if word.endswith(f)), None)


def _past_pre_nominals(ts, j: int) -> int:
    """Index of the first word at or after `j` that is no academic title ("Dr.")."""
    while j + 1 < len(ts) and ts[j].text in lx.PRE_NOMINALS:
        j += 1
    return j


def _apposition_end(ts, j: int) -> int | None:
    """Index of the comma or final punctuation that closes an apposition whose role noun
    ends before ts[j]: at most a short complement on ("Norwegens", "in Chile", "of the
    ruling party"), no verb and no quotation."""
    for k in range(j, min(j + 7, len(ts))):
        t = ts[k]
        if t.text in {",", ";"} or t.text in lx.SENTENCE_END:
            return k
        if t.pos in ("VERB", "AUX"):
            return None
    return None


def _plural_title(word: str) -> str | None:
    """English: the title a plural title word is the plural of ("Senators" → "Senator")."""
    low = word.lower()
    return _titles().get(low[:-1]) if word[:1].isupper() and low.endswith("s") and len(low) > 3 else None


def _title_in(toks: list[Tok], a: int, b: int, lang: str) -> tuple[int, int, str] | None:
    """(start, end, role) of the first title in toks[a:b]: the title lexicon's longest
    entry, a German compound ending in one ("Verteidigungsminister"), or a role noun. Only
    modifiers stand before it: lower-case words, demonyms, English capitalised words."""
    titles = gazetteer.title_lexicon(lang)
    for p in range(a, b):
        for n in (3, 2, 1):
            words = " ".join(t.lower for t in toks[p:p + n])
            if p + n <= len(toks) and words in titles:
                return p, p + n, titles[words]
        if role_head(toks[p]) or lang == "de" and _title_compound(toks[p].lower):
            return p, p + 1, _nominative_title(toks[p].text) if lang == "de" else toks[p].text
        t = toks[p]
        if t.pos in ("VERB", "AUX") or t.text in {",", ";", "(", ")"} or t.text in lx.SENTENCE_END:
            return None
    return None


def _nominative_title(word: str) -> str:
    """German: a title word in the nominative singular, as the role is given ("des
    Kommunikationsdirektors" → "Kommunikationsdirektor", "der Kongressabgeordneten" →
    "Kongressabgeordnete"); a word that ends in no form of a title stays as written."""
    forms, low = _title_forms_lower(), word.lower()
    for k in range(len(low) - 4):
        base = forms.get(low[k:])
        if base is not None:
            return base if k == 0 else word[:k] + (base if word[k - 1] == "-" else base.lower())
    return word


@cache
def _title_forms_lower() -> dict[str, str]:
    """Lower-cased German title forms → their nominative singular."""
    return {f.lower(): base for f, base in gazetteer.german_title_forms().items()}


def _title_compound(word: str) -> bool:
    """A German compound ending in a one-word title: "Sozialminister", "Kultusministerin"."""
    return any(word.endswith(t) and len(word) > len(t) + 2 for t in _one_word_titles("de"))


@lru_cache(maxsize=2)
def _one_word_titles(lang: str) -> tuple[str, ...]:
    return tuple(t for t in gazetteer.title_lexicon(lang) if " " not in t and len(t) > 4)


def role_gender(word: str | None, lang: str = "de") -> str | None:
    """Grammatical gender of a role noun or title: "Außenministerin" → f, "Kanzler" → m;
    English role nouns ("Prime Minister") carry none."""
    if not word:
        return None
    w = word.lower().split()[-1].strip(".")
    if w in lx.FEMALE_TITLES or w.endswith(("woman", "women", "frau")):
        return "f"
    if w in lx.MALE_TITLES or w.endswith(("man", "mann")):
        return "m"
    head = role_head_word(w) if lang == "de" else None
    if head is None:
        return None
    return "f" if head.endswith(("in", "innen")) else "m"


def role_head_word(word: str) -> str | None:
    """The German role noun a compound ends in: "bundesaußenministerin" → "ministerin"."""
    for role in sorted(lx.GENDERED_ROLES_DE, key=len, reverse=True):
        stem = role[:-1] if role.endswith("e") else role
        for form in (stem + "in", stem + "innen", role, role + "n", role + "en", role + "s"):
            if word.endswith(form):
                return form
    return None


def actor_gender(actor: Actor, lang: str) -> str | None:
    """f / m / None for a person: role nouns and titles first ("Ministerpräsidentin",
    "spokeswoman", "Frau"), then the small first-name heuristic in the lexicon."""
    if actor.kind != "person":
        return None
    for cue in [actor.role, actor.head, *(m.role for m in actor.mentions), *(m.head for m in actor.mentions)]:
        g = role_gender(cue, lang)
        if g:
            return g
    words = actor.name.split()
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in lx.FEMALE_NAMES or (first.endswith("a") and len(first) > 2 and first not in lx.MALE_NAMES_IN_A):
        return "f"
    return None
