"""Public bodies named by common nouns, and bodies' names: the nouns of ``data/bodies.tsv``
(`_body_at`, `body_gender`); the finders of bodies ("die Regierung", "the Estonian
government", ministries, "der Rat für …", "the court" standing for a name); how a body's
name takes in the state, person or place that qualifies it (`_qualify_bodies`,
`_genitive_states`, `_places_in_names`, `_bodies_of_organisations`); where an English
body's name goes on past the tagger's end (`_name_goes_on`, `_body_after_state`); a body
as the venue of an event or a word of a title; and a body's form with its state
(`_body_form`, read when bodies merge)."""
from __future__ import annotations

import re
from functools import cache

from .. import dates_lexicon as dl
from .. import events_lexicon as ex  # the verbs of saying after "his office"
from .. import gazetteer
from .. import lexicon as lx
from ..text import Tok
from .model import Mention, _quoted, _strip_article, _surface, _text, _without_genitive
from .public import _public_org_words
from .roles import _named_body, _titles, role_head
from .states import _capital_codes, _state_lookup, demonym_code, venue_before


BODIES = gazetteer.DATA / "bodies.tsv"


def _body_form(name: str, lang: str) -> tuple[str, str | None] | None:
    """(noun, state) of a body named by a common noun of ``data/bodies.tsv`` with at most its
    state: "Syrian government", "government of Syria", "U.S. Senate", "iranische Regierung",
    "Regierung in Iran", "Regierung Israels", "US-Senat" give the state's code, the bare noun
    ("Parliament", "die Regierung") None; any other name (a body of a region, "Zweiter
    Senat", "Iowa Democratic Party") is None."""
    states = _state_lookup(lang)
    words = _strip_article(name).split()
    country = None
    links = {"en": ("of", "in"), "de": ("in", "von", "der", "des")}[lang]
    for k in range(1, len(words)):
        if words[k] in links:
            rest = [w for w in words[k + 1:] if w.lower() not in lx.DETERMINERS]
            if not rest or " ".join(rest) not in states:
                return None
            country, words = states[" ".join(rest)], words[:k]
            break
    else:
        if lang == "de" and len(words) > 1 and words[-1] in states:
            country, words = states[words[-1]], words[:-1]  # "Regierung Israels"
    nouns = _body_nouns(lang)
    for n in range(min(3, len(words)), 0, -1):
        tail = tuple(w.lower() for w in words[-n:])
        if tail in nouns:
            noun, prefix = nouns[tail], words[:-n]
            break
    else:
        if lang != "de" or not words or "-" not in words[-1]:
            return None
        pre, _, last = words[-1].rpartition("-")
        if (last.lower(),) not in nouns:
            return None
        code = gazetteer.COMPOUND_PREFIX.get(pre) or states.get(pre) or demonym_code(pre, lang)
        if code is None or len(words) > 1 or country not in (None, code):
            return None
        return last.lower(), code  # "US-Senat"
    if not prefix:
        return noun, country
    if country is not None or len(prefix) > 2:
        return None
    qualifier = " ".join(prefix)
    code = demonym_code(qualifier, lang) or states.get(qualifier.removesuffix("'s").removesuffix("’s"))
    return (noun, code) if code else None


def _at_venue(toks: list[Tok], a: int, b: int, kind: str) -> bool:
    """A building after "at/im": any organisation-like name, a "person" only when it ends
    in a building word ("at Jubilee House"). A body whose name ends in a body's noun
    (``data/bodies.tsv``: "im EU-Parlament", "im Unterhaus") is the body where it acts."""
    if not venue_before(toks, a, {"at", "im", "inside", "beim"}):
        return False
    if kind == "organization" and _body_at(toks, b - 1, toks[b - 1].lang) is not None:
        return False
    return kind == "organization" or toks[b - 1].lower in lx.BUILDINGS


def _purpose_tail(toks: list[Tok], j: int, prep: str = "für") -> int | None:
    """End of "für <domain>" at j: nouns and their adjectives, joined by "und" or commas
    ("für Umwelt, Naturschutz, Bau und Reaktorsicherheit", "für deutsche Rechtschreibung"),
    ending in a noun; None when there is none. (`prep` "gegen": "gegen Sklaverei".)"""
    if j >= len(toks) or toks[j].lower != prep:
        return None
    k, end = j + 1, None
    while k < len(toks):
        t = toks[k]
        if t.text[:1].isupper() and t.pos in ("NOUN", "PROPN"):
            end = k + 1
        elif not (t.pos == "ADJ" and t.text[:1].islower() or t.lower == "und" or t.text == "-"
                  or t.text.endswith("-") and t.text[:1].isupper()  # "für Umwelt- und Naturschutz"
                  or t.text == "," and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()):
            break
        k += 1
    return end


def _purpose_bodies(toks, taken, sent_of, quotes) -> list[Mention]:
    """German bodies named by what they are for: "der Rat für deutsche Rechtschreibung", "die
    Behörde für Umwelt und Energie", "das Ministerium für internationalen Handel", "der
    Chinesischen Gesellschaft für Menschenrechtsstudien" (a public body's word or
    `lexicon.PURPOSE_BODY_HEADS` at the end of the head noun)."""
    heads = tuple(_public_org_words("de")) + lx.PURPOSE_BODY_HEADS["de"]
    out = []
    for t in toks:
        if t.i in taken or not t.text[:1].isupper() or not t.lower.rstrip("s").endswith(heads):
            continue
        end = _purpose_tail(toks, t.i + 1)
        if end is None or any(k in taken for k in range(t.i, end)):
            continue
        a = t.i
        prev = toks[a - 1] if a > 0 else None
        if prev is not None and prev.i not in taken and prev.pos == "ADJ" and prev.lower not in lx.DETERMINERS \
                and (prev.text[:1].isupper() or _relational_adjective(prev)):
            a -= 1  # "der Chinesischen Gesellschaft für …", "die südwestliche Behörde für …",
            # not a participle ("der 2004 eingesetzte Rat für …")
        taken.update(range(a, end))
        if end + 1 < len(toks) and toks[end].lower == "in" and toks[end + 1].text in _state_lookup("de"):
            end += 2  # "der Verein für Denkmalschutz in Österreich": the state is part of the name
        out.append(Mention(toks[a].start, toks[end - 1].end, a, end, _surface(toks, a, end), "organization",
                           sent_of.get(t.i, 0), quoted=_quoted(toks, a, end, quotes)))
    return out


def _ministries(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    """"das Außenministerium in Moskau" → organisation with the capital's country."""
    out = []
    for t in toks:
        if t.i in taken or not t.lower.endswith(("ministerium", "ministeriums", "ministry")):
            continue
        if t.lower in {"ministeriums", "ministerium", "ministry"} and t.i >= 1 and toks[t.i - 1].lower in {"des", "the"}:
            continue  # "Sprecher des Ministeriums" is already a speaker phrase
        if t.i >= 1 and toks[t.i - 1].lower in lx.OFFICE_NOT_BODY:
            continue  # "her candidacy for the prime ministry": an office, no body
        a = t.i
        prev = toks[a - 1] if a > 0 else None
        text, country = None, demonym_code(t.text, lang)
        if prev is not None and prev.i not in taken and prev.text[:1].isupper() and prev.text.endswith("er") \
                and prev.lower not in lx.DETERMINERS:
            a -= 1  # "Schweizer Außenministerium"
        elif lang == "de" and prev is not None and prev.i not in taken and prev.text[:1].islower() \
                and demonym_code(prev.text, lang) and t.lower.endswith(("ministerium", "ministeriums")):
            # "das chilenische / dem griechischen Außenministerium" → "chilenisches Außenministerium"
            a -= 1
            country = demonym_code(prev.text, lang)
            stem = re.sub(r"(e|en|er|es|em)$", "", prev.text)
            text = f"{stem}es {t.text.removesuffix('s') if t.lower.endswith('ums') else t.text}"
        m = Mention(toks[a].start, t.end, a, t.i + 1, text or _surface(toks, a, t.i + 1), "organization",
                    sent_of.get(t.i, 0), country=country,
                    quoted=_quoted(toks, a, t.i + 1, quotes),
                    attribute=a > 0 and toks[a - 1].lower in lx.DETERMINERS and _attribute_of_noun(toks, a - 1, lang))
        out.append(m)
        taken.update(range(a, t.i + 1))
    return out


def _name_ministries(raw: list, toks: list[Tok]) -> None:
    """English: a ministry is named with the lower-case words before it ("the health
    ministry"), and after a state's possessive with its owner, whose country it takes
    ("Iran's foreign ministry"); the state stays named (docs/annotation.md: a state in the
    possessive is an actor)."""
    ends = {m.b: m for m, _ in raw if m.kind == "state"}
    covered = {k for m, _ in raw for k in range(m.a, m.b)}
    for m, _ in raw:
        if m.kind != "organization" or not m.text.lower().endswith(lx.MINISTRY_NOUNS) \
                or toks[m.a - 1].lower in lx.OFFICE_NOT_BODY:
            continue
        a = m.a
        while a > 1 and m.a - a < 2 and toks[a - 1].text.islower() and toks[a - 1].pos in ("ADJ", "NOUN", "PROPN") \
                and a - 1 not in covered:
            a -= 1  # "foreign", "defence"
        if toks[a - 1].lower in lx.POSSESSIVE_MARKS and (state := ends.get(a - 1)) is not None:
            m.text = f"{state.text}{toks[a - 1].text} {_surface(toks, a, m.b)}"
            m.country = m.country or state.country
        else:
            m.text = _surface(toks, a, m.b)  # "the health ministry": not any ministry named before
        m.a, m.start = a, toks[a].start


GOVERNMENT = "government"  # head of a state-adjective organisation, an actor only when it acts


def _governments(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    """"die somalische Regierung", "the Estonian government", "the Lithuanian presidency",
    "the Thai foreign ministry": an organisation named by its state's adjective."""
    out = []
    for t in toks:
        if t.i in taken or t.lower not in lx.GOVERNMENT_NOUNS or t.i < 2:
            continue
        a = t.i - 1
        if toks[a].lower == "foreign" and a > 0:
            a -= 1  # "the Thai foreign ministry"
        code = demonym_code(toks[a].text, lang)
        if code is None or toks[a - 1].lower not in lx.DETERMINERS or toks[a].i in taken:
            continue
        words = [x.text for x in toks[a:t.i + 1]]
        if lang == "de" and t.lower.startswith(lx.GOVERNMENT_NOUNS_FEMININE_DE) and words[0].endswith("en"):
            words[0] = words[0][:-1]  # "der somalischen Regierung" → "somalische Regierung"
        m = Mention(toks[a].start, t.end, a, t.i + 1, " ".join(words), "organization",
                    sent_of.get(t.i, 0), country=code, quoted=_quoted(toks, a, t.i + 1, quotes),
                    head=GOVERNMENT)
        out.append(m)
        taken.update(range(a, t.i + 1))
    return out


@cache
def _body_rows() -> list[list[str]]:
    """The rows of ``data/bodies.tsv``: language, noun, and for German the noun's gender."""
    return gazetteer.data_rows(BODIES)


@cache
def _body_nouns(lang: str) -> dict[tuple[str, ...], str]:
    """The common nouns that name a public body, as word tuples."""
    return {tuple(row[1].split()): row[1] for row in _body_rows() if row[0] == lang}


@cache
def _body_genders() -> dict[str, str]:
    """Grammatical gender of the German body nouns."""
    return {row[1]: row[2] for row in _body_rows() if row[0] == "de"}


def body_gender(noun: str) -> str | None:
    """Gender of a German body noun of ``data/bodies.tsv`` (f, m, n, pl)."""
    return _body_genders().get(noun)


@cache
def _body_first_words(lang: str) -> frozenset[str]:
    return frozenset(words[0] for words in _body_nouns(lang)) - _hyphenated_bodies(lang)


@cache
def _hyphenated_bodies(lang: str) -> frozenset[str]:
    """Nouns that name a body only after a hyphenated name ("die Huthi-Rebellen", not "die
    Rebellen"): ``data/bodies.tsv`` marks them."""
    return frozenset(row[1] for row in _body_rows() if row[0] == lang and row[3:4] == ["hyphenated"])


@cache
def _body_ending(lang: str) -> re.Pattern:
    """A word that may end in a body noun (also in the genitive): most words do not, and
    are let through at once."""
    ends = sorted((words[0] for words in _body_nouns(lang) if len(words) == 1), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, ends))})(?:e?s)?$")


# German closed compounds of these nouns name bodies too ("Landesregierung",
# "Minderheitsregierung", "Bundespolizei", "Wahlkommission"); of the others only hyphenated
# ones ("US-Senat").
_BODY_COMPOUND_HEADS = {"regierung", "parlament", "polizei", "kabinett", "behörde", "behörden", "kommission",
                        "ausschuss", "gericht", "gerichtshof"}


def _body_at(toks: list[Tok], i: int, lang: str) -> tuple[int, str] | None:
    """(number of tokens, noun) of a body noun starting at token i: a listed noun (also in
    the German genitive, "des Parlaments"), or a German compound of one."""
    nouns = _body_nouns(lang)
    word = toks[i].lower
    if word in _body_first_words(lang):
        for n in range(min(4, len(toks) - i), 0, -1):
            words = tuple(t.lower for t in toks[i:i + n])
            if words in nouns:
                return n, nouns[words]
    if lang != "de" or not toks[i].text[:1].isupper() or not _body_ending(lang).search(word):
        return None
    for form in (word, re.sub(r"e?s$", "", word)):
        if (form,) in nouns and form not in _hyphenated_bodies(lang):
            return 1, form
        prefix, _, last = form.rpartition("-")
        if prefix and (last,) in nouns:
            return 1, last
        # "SPD-Bundestagsfraktion": after a hyphenated name also a compound of such a noun
        if prefix and (noun := next((n for n in _hyphenated_bodies(lang) if last.endswith(n)), None)):
            return 1, noun
        for noun in _BODY_COMPOUND_HEADS:
            if form.endswith(noun) and len(form) > len(noun) + 2:
                return 1, noun
    return None


# German strong adjective endings by the gender of the noun: a body's name is given in the
# nominative without article, "chilenische Armee", "kalifornischer Senat", "sudanesisches
# Parlament" (as the ministries: "chilenisches Außenministerium").
_STRONG_ENDING = {"f": "e", "m": "er", "n": "es", "pl": "e"}


def _strong_form(adjective: str, gender: str) -> str:
    """German: the adjective with the strong ending for a noun of `gender` ("kenianischer",
    "f" → "kenianische")."""
    return re.sub(r"(e|en|er|es|em)$", "", adjective) + _STRONG_ENDING[gender]


def _name_anaphors(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    """"The court", "des Gerichts": a definite article and the head noun of a body's name
    (``lexicon.NAME_HEAD_ANAPHORS``), standing alone (not "the court ruling", "the party
    leader"); `Registry.resolve_name_anaphor` finds the body."""
    nouns = lx.NAME_HEAD_ANAPHORS.get(lang, set())
    definite = (lx.ARTICLES[lang] - lx.INDEFINITE) | lx.ARTICLE_CONTRACTIONS[lang]
    out = []
    for tok in toks[1:]:
        low = tok.lower
        head = low if low in nouns else low[:-2] if low[:-2] in nouns else low[:-1] if low[:-1] in nouns else None
        if head is None or head != low and lang != "de" or tok.i in taken \
                or lang == "de" and not tok.text[:1].isupper():
            continue
        a = tok.i - 1  # English: words of the name may stand between ("the transitional council")
        while lang == "en" and a > 0 and a not in taken and toks[a].pos in ("ADJ", "NOUN") and toks[a].text.islower():
            a -= 1
        if a in taken or toks[a].lower not in definite:
            continue
        nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if nxt is not None and (nxt.pos in ("NOUN", "PROPN") and lang == "en" or nxt.text[:1].isupper() and nxt.pos == "PROPN"):
            continue  # "the court ruling", "the Party Congress", "die Partei Die Linke"
        if nxt is not None and tok.text[:1].isupper() and nxt.lower in lx.NAME_LINKS.get(lang, ()):
            continue  # "the Commission on Human Rights", "der Rat der Europäischen Union": a name
        b = tok.i + 1
        out.append(Mention(toks[a].start, tok.end, a, b, _surface(toks, a, b), "organization", sent_of.get(a, 0),
                           quoted=_quoted(toks, a, b, quotes), definite=True, head=head))
    return out


def _owner_offices(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    """"his office said", "sein Büro teilte mit": a possessive and a person's office
    (``lexicon.OWNER_OFFICE_NOUNS``) right before a verb of saying; `head` holds the
    possessive's gender, `Registry.resolve_owner_office` finds the person."""
    out = []
    for tok in toks[1:-1]:
        owner = toks[tok.i - 1]
        if tok.lower not in lx.OWNER_OFFICE_NOUNS.get(lang, ()) \
                or owner.lower not in lx.OWNER_POSSESSIVES.get(lang, {}) or tok.i in taken \
                or owner.i in taken or toks[tok.i + 1].lower not in ex.SPEECH.get(lang, {}):
            continue
        a, b = owner.i, tok.i + 1
        out.append(Mention(owner.start, tok.end, a, b, _surface(toks, a, b), "organization", sent_of.get(a, 0),
                           quoted=_quoted(toks, a, b, quotes), definite=True,
                           head=lx.OWNER_POSSESSIVES[lang][owner.lower]))
    return out


def _bodies(toks, taken, lang, sent_of, quotes, orgs: dict[int, Mention] | None = None) -> list[Mention]:
    """"die Regierung", "the police", "das US-Repräsentantenhaus", "die chilenische Armee",
    "Chinas Regierung": a public body named by a common noun (``data/bodies.tsv``) after a
    determiner (or a state's genitive), with the adjectives that qualify it. A noun that
    modifies another ("government officials", "police officers", "the army's negotiator")
    names no body. `orgs`: the organisations named so far by their first token, for the
    German group of a named organisation ("die Fraktion der Grünen", `_group_of_named`)."""
    out = []
    i = 0
    while i < len(toks):
        group = None if i in taken else _group_of_named(toks, i, orgs or {}, lang)
        found = None if i in taken else (group[:2] if group else _body_at(toks, i, lang))
        if found is None or any(k in taken for k in range(i, i + found[0])):
            i += 1
            continue
        n, noun = found
        a, b = i, i + n
        nxt = toks[b] if b < len(toks) else None
        # "the army's negotiator": a bare body in the possessive qualifies a person; "the Trump
        # administration's latest step", "the Syrian government's plan" name it
        owned = nxt is not None and nxt.lower in {"'s", "’s"} and not (a > 0 and (a - 1) in taken)
        if lang == "en" and nxt is not None and (owned or nxt.lower not in {"'s", "’s"} and (
                nxt.pos in ("NOUN", "PROPN") and nxt.i not in taken)):
            i = b
            continue
        if lang == "de" and nxt is not None and nxt.i in taken and toks[b - 1].lower in _titles():
            i = b  # "die Schweizer Bundesrätin Eva Lind": a title before a name
            continue
        country = demonym_code(toks[a].text, lang) if "-" in toks[a].text else None
        adjectives = 0
        while a > 0 and a - 1 not in taken and (
                toks[a - 1].lower in lx.BODY_ADJECTIVES[lang]
                or (toks[a - 1].pos == "ADJ" and demonym_code(toks[a - 1].text, lang))
                or lang == "de" and (_relational_adjective(toks[a - 1])
                                     or adjectives == 0 and _place_adjective(toks[a - 1]))):
            country = country or demonym_code(toks[a - 1].text, lang)
            a -= 1
            adjectives += toks[a].text[:1].islower()
        # "der regulären sudanesischen Armee", "die neue Regierung": adjectives of quality or
        # time stand between the article and the name ("sudanesische Armee"), no part of it.
        det = a
        while lang == "de" and det > 0 and det - 1 not in taken and toks[det - 1].text[:1].islower() and (
                toks[det - 1].pos == "ADJ" or toks[det - 1].pos == "ADV" and det < a and toks[det].pos == "ADJ"):
            det -= 1  # also an adverb of the adjective: "die einst dominierenden Sozialdemokraten"
        before = toks[det - 1] if det > 0 else None
        # "Chinas Regierung", "China's government", "the U.S. government", "the Trump
        # administration": a name before it (joined to the body by `_qualify_bodies`).
        owner = toks[before.i - 1] if before is not None and before.lower in lx.POSSESSIVE_MARKS and before.i > 0 else before
        genitive = before is not None and owner.i in taken and (
            (lang == "de" and before.text.endswith("s"))
            or (lang == "en" and (before.lower in {"'s", "’s"} or before.text[:1].isupper())))
        # "Police have started an inquiry", "according to police": the subject or the source (not
        # the last word of a name, "Toronto Police")
        bare = noun in lx.BARE_BODY_NOUNS[lang] and a == i and (before is None or before.pos != "PROPN") \
            and (toks[i].dep in ("nsubj", "nsubjpass") or (
            before is not None and before.lower == "to" and before.i > 0 and toks[before.i - 1].lower == "according"))
        if not bare and (before is None or not (before.lower in lx.ARTICLES[lang] - lx.INDEFINITE
                                                or before.lower in lx.ARTICLE_CONTRACTIONS[lang] or genitive)):
            i = b
            continue
        if lang == "de" and a == det and _agent_of_attribute(toks, before, b):
            i = b  # "von der Regierung erlassene Verordnungen": such bodies in general
            continue
        words = [t.text for t in toks[a:b]]
        if lang == "de":
            words = [_strong_form(w, _body_genders()[noun]) for w in words[:adjectives]] + words[adjectives:]
            if not words[-1].lower().endswith(noun):
                words[-1] = re.sub(r"e?s$", "", words[-1])  # genitive: "des Parlaments"
        if noun in lx.SUB_BODY_NOUNS[lang] and b + 1 < len(toks) and toks[b].lower in {"des", "der"} \
                and b + 1 not in taken and toks[b + 1].pos in ("NOUN", "PROPN") and _body_at(toks, b + 1, lang):
            words.append(_surface(toks, b, b + 2))  # "der Geheimdienstausschuss des Kongresses":
            b += 2  # the body it belongs to names it
        if group is not None:  # "die Fraktion der Grünen": the organisation's name completes it
            words.append(_surface(toks, b, group[2].b))
            b = group[2].b
            country = country or group[2].country
        surface = _surface(toks, a, b)
        out.append(Mention(toks[a].start, toks[b - 1].end, a, b, " ".join(words), "organization",
                           sent_of.get(a, 0), country=country, head=noun,
                           quoted=_quoted(toks, a, b, quotes),
                           attribute=_attribute_of_noun(toks, det - 1, lang),
                           surface=surface if lang == "de" and surface != " ".join(words) else None))
        taken.update(range(a, b))
        i = b
    return out


def _group_of_named(toks: list[Tok], i: int, orgs: dict[int, Mention], lang: str) -> tuple[int, str, Mention] | None:
    """German: (1, noun, the organisation) where a noun that names a body only after a
    name (``data/bodies.tsv`` "hyphenated"), or a compound ending in one, stands before
    "der"/"des" and an organisation's name: "die Fraktion der Grünen", "die
    Bundestagsfraktion der FDP" (as "die Grünen-Fraktion"); not "die Fraktion" alone."""
    if lang != "de" or i + 2 >= len(toks) or toks[i + 1].lower not in {"der", "des"} or i + 2 not in orgs \
            or not toks[i].text[:1].isupper():
        return None
    word = toks[i].lower
    noun = next((n for n in _hyphenated_bodies(lang) if word == n or word.endswith(n) and "-" not in word), None)
    return (1, noun, orgs[i + 2]) if noun else None


def group_name(name: str, lang: str) -> tuple[str, str] | None:
    """German: (the organisation, the noun) of a group's name in either order ("Fraktion der
    Grünen", "Grünen-Fraktion" → ("grünen", "fraktion"); "Bundestagsfraktion der AfD"), by
    the nouns that name a body only after a name (``data/bodies.tsv`` "hyphenated");
    None for other names."""
    if lang != "de":
        return None
    head, link, owner = name.partition(" der ")
    if not link:
        owner, _, head = name.rpartition("-")
    noun = next((n for n in _hyphenated_bodies(lang) if head.lower().endswith(n)), None)
    return (owner.lower(), noun) if noun and owner and " " not in head else None


def _agent_of_attribute(toks: list[Tok], before: Tok | None, b: int) -> bool:
    """German: a bare body as the agent of a participle before a noun ("von der Regierung
    erlassene Verordnungen", "vom Parlament beschlossene Gesetze"): what such a body does in
    general, no body of the story (docs/annotation.md, actors)."""
    if before is None or b + 1 >= len(toks):
        return False
    agent = before.lower == "vom" or before.lower in ("der", "dem") and before.i > 0 and toks[before.i - 1].lower == "von"
    part, noun = toks[b], toks[b + 1]
    return agent and part.text.islower() and part.pos in ("ADJ", "VERB") \
        and part.lower.endswith(("e", "en", "er", "es", "em")) and noun.pos == "NOUN"


_RELATIONAL = re.compile(r"(isch|lich|al)(e|en|er|es|em)$")


def _relational_adjective(tok: Tok) -> bool:
    """German adjective that says which body it is, not what it is like: "die südwestliche
    Küstenwache", "die republikanische Regierung", "die schleswig-holsteinische Regierung"
    (not "die neue", "die bisherige", "die mögliche Regierung")."""
    return tok.pos == "ADJ" and tok.text[:1].islower() and bool(_RELATIONAL.search(tok.lower)) \
        and _RELATIONAL.sub("", tok.lower) not in lx.MODAL_ADJECTIVE_STEMS_DE


def _place_adjective(tok: Tok) -> bool:
    """German adjective of a city or region, capitalised and in -er: "der Hamburger Senat",
    "das Potsdamer Parlament"."""
    return tok.text.endswith("er") and tok.text[:1].isupper() and len(tok.text) > 4 \
        and tok.pos in ("ADJ", "PROPN") and tok.lower not in lx.DETERMINERS


def _attribute_of_noun(toks: list[Tok], det: int, lang: str) -> bool:
    """The phrase whose determiner is at `det` qualifies the noun before it: German
    genitive "Mitglieder des Parlaments", English "members of the navy", "spokesman for the
    police"."""
    if lang == "de":
        noun = toks[det - 1] if det > 0 and toks[det].lower in {"des", "der"} else None
    else:
        noun = toks[det - 2] if det > 1 and toks[det - 1].lower in {"of", "for"} else None
    return noun is not None and noun.pos in ("NOUN", "PROPN") and noun.lower not in lx.SOURCE_NOUNS[lang] \
        and noun.lower not in lx.DELEGATION_NOUNS[lang]


def _body_after_state(toks: list[Tok], b: int, persons: set[int]) -> int | None:
    """End of a body's name right after a state's name ("United States | Department of
    Justice", "U.S. | Securities and Exchange Commission"): capitalised words (with "of",
    "and" …) up to a person's name, without titles at the end, that hold a public body's
    word (``data/public_org_words.tsv``): "U.S. Army | Gen. Mark Milley", not "US |
    President Donald Trump"."""
    words, titles = _public_org_words("en"), _titles()
    j, end = b, b
    if b >= len(toks) or not toks[b].text[:1].isupper():
        return None  # "India | and the Royal Military Academy": two names
    while j < len(toks) and j not in persons and (
            toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].lower in lx.BODY_NAME_LINKS["en"]):
        j += 1
        if toks[j - 1].text[:1].isupper() and not (toks[j - 1].lower in titles and toks[j - 2].lower != "of"):
            end = j
    if end > b and any(t.lower in words for t in toks[b:end]):
        return _name_goes_on(toks, end, persons, topic_only=True)
    return None


def _body_word_of_title(toks: list[Tok], a: int, b: int, persons: set[int], lang: str) -> bool:
    """One public body's word alone before a lower-case title and a person's name ("Senate
    minority leader Ann Lee", "Assembly president Jan Roth"): it says which office the
    person holds; the body itself is not named."""
    if lang != "en" or b - a != 1 or toks[a].lower not in _public_org_words(lang):
        return False
    for n in (3, 2, 1):
        words = toks[b:b + n]
        if len(words) == n and all(t.text.islower() for t in words) and b + n in persons \
                and (" ".join(t.lower for t in words) in _titles() or words[-1].lower in lx.ROLE_NOUNS_BY_LANG[lang]):
            return True
    return False


def _purpose_name_goes_on(toks: list[Tok], a: int, b: int, persons: set[int]) -> int:
    """German: the end of a body's name "<body> für <domain>" that the tagger cut at "und" or
    a comma ("das Bundesamt für Straßenbau | und Verkehrssicherheit"); `b` when it does not
    go on, or when what follows is a person or a role ("… für Umwelt und Ministerin X")."""
    j = next((k for k in range(a, b) if toks[k].lower == "für"), None)
    end = _purpose_tail(toks, j) if j is not None else None
    if end is None or end <= b or any(k in persons or role_head(toks[k]) for k in range(b, end)):
        return b
    return end


def _name_goes_on(toks: list[Tok], b: int, persons: set[int], orgs: set[int] = frozenset(),
                  topic_only: bool = False) -> int:
    """End of an English organisation's name that goes on after the tagger's end `b` with
    capitalised words: after "of"/"for" ("Tunisian League | for the Defence of Human
    Rights", "Islamic State | of Iraq and the Levant"), or after a committee's head with what
    it is about, after "on"/"against" (a topic: "… Select Committee | on Ethics", "Committee |
    Against Torture"; ``lexicon.TOPIC_BODY_HEADS_EN``, ``TOPIC_LINKS_EN``; `topic_only`: only
    this). `b` when it does not, or when a state or a body of its own follows ("the UN | for
    Syria", "X | for the Reform Party", "the Committee on Russia"), or after "on" a date
    ("the Finance Committee on Tuesday"). An organisation the tagger names after "and" is
    another one ("the Rights Union | of Oregon | and the Lands Fund")."""
    if b + 1 >= len(toks):
        return b
    topic = toks[b].lower in lx.TOPIC_LINKS_EN
    if topic and toks[b - 1].lower not in lx.TOPIC_BODY_HEADS_EN \
            or not topic and (topic_only or toks[b].lower not in ("of", "for")):
        return b
    links = {"and", "the", "of"} if topic else lx.BODY_NAME_LINKS["en"]
    j, end = b + 1, b
    while j < len(toks) and j not in persons and (
            toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].lower in links):
        if topic and (toks[j].lower in dl.WEEKDAYS["en"] or toks[j].lower in dl.MONTHS["en"]):
            return b
        if not topic and toks[j].lower == "and" and {j + 1, j + 2} & orgs:
            break  # another organisation
        j += 1
        if toks[j - 1].text[:1].isupper():
            end = j
    words = toks[b + 1:end]
    if topic:
        states = _state_lookup("en")
        if _text(words) in states or any(t.text in states for t in words):
            return b  # "the Committee on Russia": a state stays named
        return end
    rest = [t for t in words if t.lower != "the"]
    if end == b or _text(rest) in _state_lookup("en") or _text(rest) in _capital_codes("en") \
            or any(t.lower in _public_org_words("en") for t in rest):
        return b  # a state, or a body of its own ("… for the Reform Party")
    return end


def _qualify_bodies(bodies: list[Mention], raw: list, toks: list[Tok], lang: str) -> list:
    """Join a body to the name that qualifies it: before it ("Chinas Regierung", "the U.S.
    government", "the Trump administration") or after it ("the government of Oman",
    "die Regierung Israels"). A name in the possessive or the genitive, or after "of", stays
    named as an attribute: an actor of the article (docs/annotation.md) but no party of the
    body's events; a name that only modifies the noun ("the U.S. government") is part of it."""
    ends = {x[0].b: x for x in raw if x[0].kind in ("state", "person", "place")}
    starts = {x[0].a: x for x in raw if x[0].kind in ("state", "place")}
    persons = {x[0].a: x[0] for x in raw if x[0].kind == "person"}
    joined = []
    for m in bodies:
        owner = persons.get(m.b)
        if lang == "de" and owner is not None and owner.b - owner.a == 1 and _strip_article(m.text).lower() == m.head:
            # "die Regierung Trumps", "die Regierung Trump": the government is named by its
            # head, in the nominative ("Regierung Trump"); the person stays named
            m.text = f"{m.text} {owner.text[:-1] if owner.text.endswith('s') else owner.text}"
        left = ends.get(m.a)
        if left is None and m.a > 0 and toks[m.a - 1].lower in {"'s", "’s"}:
            left = ends.get(m.a - 1)
        if left is not None:
            s = left[0]
            m.text = _surface(toks, s.a, m.a) + " " + m.text
            m.a, m.start = s.a, s.start
            m.country = m.country or (s.country if s.kind == "state" else None)
            if s.b < len(toks) and toks[s.b].lower in lx.POSSESSIVE_MARKS or lang == "de" and s.text.endswith("s"):
                s.attribute = True  # "China's government", "Chinas Regierung", "Smith's government"
            else:
                joined.append(left)
        if m.b + 1 < len(toks) and toks[m.b].lower == "in" \
                and (right := starts.get(m.b + 1 + (toks[m.b + 1].lower in lx.DETERMINERS))) is not None \
                and (right[0].kind == "state" and lang == "de"
                     or m.text.lower().endswith(lx.MISSION_NOUNS[lang]) and (right[0].kind == "state" or right[0].capital)):
            # "die Regierung in Iran", "die Regierung in den Niederlanden", "the U.S. embassy in
            # Beijing": the state or city says which (and stays named as a place)
            s = right[0]
            m.text = f"{m.text} {_surface(toks, m.b, s.b)}"
            m.b, m.end, m.country = s.b, s.end, m.country or s.country
            continue
        # "the government of Oman", "das Oberste Gericht von Malta"
        after = m.b + 1 if m.b < len(toks) and toks[m.b].lower == {"en": "of", "de": "von"}[lang] else m.b
        right = starts.get(after)
        if right is not None and right[0].kind == "state" and (after > m.b or right[0].text.endswith("s")):
            s = right[0]
            m.text = _surface(toks, m.a, s.b) if lang == "en" else f"{m.text} {_surface(toks, m.b, s.b)}"
            m.b, m.end = s.b, s.end
            m.country = m.country or s.country
            s.attribute = True  # "the government of Oman": the state is named, no party
    kept = [x for x in raw if not any(x is j for j in joined)]
    return kept + [(m, None) for m in bodies]


def _genitive_states(raw: list, toks: list[Tok]) -> list:
    """German: a state in the genitive completes the name of the organisation next to it,
    after it ("das Außenministerium Russlands", "der Oberste Gerichtshof Venezuelas", "das
    Justizministerium der Vereinigten Staaten", "die Küstenwache der USA") or before it
    ("Venezuelas Außenministerium"). The state is then named inside a longer name, no
    mention of its own (docs/annotation.md)."""
    states = {m.a: x for x in raw if (m := x[0]).kind == "state" and not m.locative}
    state_ends = {x[0].b: x for x in states.values()}
    joined = []
    for m, _ in raw:
        if m.kind != "organization":
            continue
        link = toks[m.b].lower if m.b < len(toks) else None
        b = m.b + (link in ("der", "von", "des"))
        # "das Oberste Gericht von Malta": "von" and the state complete a body's name
        von = link == "von" and _body_at(toks, m.b - 1, "de") is not None
        # "das Oberste Gericht des Königreichs Schweden": a neuter word of a state's formal
        # name in the genitive before the name (round 20)
        form = link == "des" and b < len(toks) and toks[b].lower in lx.STATE_FORM_GENITIVES_DE
        right = states.get(b + form) if link != "von" else \
            next((x for x in raw if x[0].kind == "state" and x[0].a == b), None)
        if right is not None and not any(right is j for j in joined) and _attribute_of(toks, right[0], m, b) \
                and (toks[b].text.endswith("s") if b == m.b else von or form
                     or link == "der" and _feminine_or_plural(right[0].text)
                     or link == "des" and right[0].text.endswith("s")):  # "des Vereinigten Königreichs"
            s = right[0]
            m.text = f"{_without_genitive(m.text)} {_surface(toks, m.b, s.b)}"
            m.b, m.end, m.country = s.b, s.end, m.country or s.country
            if von or form or link == "des" or link == "der" and any(
                    w.lower().endswith(lx.STATE_FORMS_FEMININE_DE) for w in s.text.split()):
                # after "von", as after "of", the state stays named; so after a formal name
                # in the genitive ("der Republik Österreich", "des Vereinigten Königreichs")
                s.attribute = True
            else:
                joined.append(right)
            continue
        left = state_ends.get(m.a)
        if left is not None and not any(left is j for j in joined) and toks[m.a - 1].text.endswith("s") \
                and (m.a < 2 or toks[m.a - 2].lower not in lx.DETERMINERS):
            s = left[0]
            m.text = f"{_surface(toks, s.a, m.a)} {_strip_article(m.text)}"
            m.a, m.start, m.country = s.a, s.start, m.country or s.country
            joined.append(left)
    return [x for x in raw if not any(x is j for j in joined)]


def _body_of_organisation_head(tok: Tok) -> bool:
    """A German noun that can head the name of an international organisation's body
    ("Komitee", "Exekutivrat", "Versammlung", also in the genitive: ``lexicon.ORG_BODY_HEADS_DE``)."""
    forms = (tok.lower, re.sub(r"e?s$", "", tok.lower))
    return tok.pos in ("NOUN", "PROPN") and tok.text[:1].isupper() \
        and any(f.endswith(lx.ORG_BODY_HEADS_DE) and not f.endswith(lx.ORG_BODY_HEAD_NOT_DE) for f in forms)


def _bodies_of_organisations(raw: list, toks: list[Tok], taken: set[int], sent_of, quotes) -> list:
    """German: a body of an international organisation named with the organisation in the
    genitive, and what it is for or against ("das Komitee der Vereinten Nationen gegen
    Sklaverei", "die Kommission der Europäischen Union", "die Parlamentarische Versammlung des
    Europarates"): one organisation named whole; the organisation inside the name is no
    mention of its own (docs/annotation.md: a name inside a longer name)."""
    ends = {x[0].b: x for x in raw if x[0].kind == "organization"}
    joined = []
    out = list(raw)
    for x in raw:
        m, org_id = x
        if m.kind != "organization" or not org_id or gazetteer.institution(org_id) \
                or m.a < 2 or toks[m.a - 1].lower not in ("der", "des"):
            continue
        end = m.b
        if end < len(toks) and toks[end].lower in ("für", "gegen") and (
                tail := _purpose_tail(toks, end, toks[end].lower)) is not None:
            end = tail  # "… gegen Sklaverei", "… für Seerecht"
        left = ends.get(m.a - 1)
        if left is not None:
            body = left[0]
            if not _body_of_organisation_head(toks[body.b - 1]) or body.b - body.a > 3:
                continue
            body.text = f"{_without_genitive(body.text)} {_surface(toks, body.b, end)}"
        else:
            h = m.a - 2
            if h in taken or not _body_of_organisation_head(toks[h]) or toks[h - 1].lower not in lx.DETERMINERS \
                    or h > 0 and toks[h - 1].lower in lx.INDEFINITE:
                continue
            body = Mention(toks[h].start, toks[h].end, h, h + 1, _without_genitive(toks[h].text), "organization",
                           sent_of.get(h, 0), quoted=_quoted(toks, h, end, quotes))
            body.text = f"{body.text} {_surface(toks, body.b, end)}"
            out.append((body, None))
        body.b, body.end = end, toks[end - 1].end
        taken.update(range(body.a, end))
        joined.append(x)
    return [y for y in out if not any(y is j for j in joined)]


def _places_in_names(raw: list, toks: list[Tok], taken: set[int]) -> None:
    """German: a city or region right after a body's name, or after "von", completes the name
    where the parse hangs it on the body ("die Generalstaatsanwaltschaft Zweibrücken", "der
    Oberste Gerichtshof von Nevada", "der Senat von Nevada"); the place stays named as a
    place."""
    places = {m.a: m for m, _ in raw if m.kind == "place" and not m.capital}
    for m, _ in raw:
        if m.kind != "organization":
            continue
        at = m.b + 1 if m.b < len(toks) and toks[m.b].lower == "von" else m.b
        if at == m.b and m.head is None and not _body_at(toks, m.b - 1, "de"):
            continue  # a place right after another name: the tagger decided
        place = places.get(at)
        if place is None and at == m.b and at < len(toks) and at not in taken and toks[at].pos == "PROPN" \
                and toks[at].text[:1].isupper() and toks[at].head in range(m.a, m.b) and m.head is not None:
            # a town the tagger did not see, in apposition to the body: "bei der
            # Generalstaatsanwaltschaft Zweibrücken"
            place = Mention(toks[at].start, toks[at].end, at, at + 1, toks[at].text, "place", m.sent)
        if place is None or not _attribute_of(toks, place, m) and not (
                at > m.b and toks[m.b].head in range(m.a, m.b)):
            continue
        m.text = f"{_without_genitive(m.text) if at == m.b else m.text} {_surface(toks, m.b, place.b)}"
        m.b, m.end = place.b, place.end


def _attribute_of(toks: list[Tok], state: Mention, org: Mention, a: int | None = None) -> bool:
    """The parser hangs the state's name on the organisation's ("die EU der Türkei Hilfe
    zusagen" hangs it on "Hilfe"); without a parser, the words decide alone. The name's
    words (from `a` on: "des Königreichs Schweden") hang on the organisation by the one
    whose head is outside them ("der Republik Österreich": "Republik")."""
    a = state.a if a is None else min(a, state.a)
    if not toks[state.b - 1].dep:
        return True
    root = next((t for t in toks[a:state.b] if not a <= t.head < state.b), toks[state.b - 1])
    return org.a <= root.head < org.b


def _feminine_or_plural(name: str) -> bool:
    """A state named with "der" in the genitive: "der USA", "der Türkei", "der Vereinigten
    Staaten" (plural or feminine names), "der Republik Österreich", "der Slowakischen
    Republik" (a feminine word of a formal name, lexicon.STATE_FORMS_FEMININE_DE)."""
    return name.isupper() or name.endswith(("ei", "en", "e", "z")) \
        or any(w.lower().endswith(lx.STATE_FORMS_FEMININE_DE) for w in name.split())


def body_noun(noun: str, lang: str) -> bool:
    """A common noun that names a public body by itself (``data/bodies.tsv``, not one that
    does only after a hyphenated name)."""
    low = noun.lower()
    return tuple(low.split()) in _body_nouns(lang) and low not in _hyphenated_bodies(lang)


def spokesperson_compound(text: str, lang: str) -> tuple[str, str, str | None, str] | None:
    """Class "an unnamed spokesperson named by the body's noun" (round 20): the body a
    spokesperson's compound or modifier names, with its state where an adjective or a
    genitive gives one, as (name, noun, state code, the spokesperson's word in lower case):
    "ein Polizeisprecher" → ("Polizei", "polizei", None, "polizeisprecher"), "ein kenianischer Regierungssprecher" → ("kenianische Regierung",
    "regierung", "KE"), "der Regierungssprecher der Türkei" → ("Regierung der Türkei",
    "regierung", "TR"), "der Pentagonsprecher" → ("Pentagon", "pentagon", "US"), "a Kenyan
    government spokesperson" → ("Kenyan government", "government", "KE"), "an army
    spokesman" → ("army", "army", None). The noun is one of ``data/bodies.tsv`` (not one
    that names a body only after a hyphenated name, nor one of
    `lexicon.SPOKES_COMPOUND_PERSONS`: "der Parlamentssprecher" is the Speaker, a person),
    a head of `lexicon.NAME_HEAD_ANAPHORS` ("ein Ministeriumssprecher": the body named
    before only, `Registry`) or a known institution. None for any other spokesperson ("ein
    Pressesprecher", "a family spokesperson")."""
    words = _strip_article(text).split()
    spokes = lx.SPOKES_NOUNS_BY_LANG.get(lang, ())
    at = next((k for k, w in enumerate(words) if w.lower().endswith(tuple(spokes))), None)
    if at is None:
        return None
    word = words[at].lower()
    # "der Regierungssprecher der Türkei": a state in the genitive or after "of" says which
    tail = " ".join(words[at + 1:])
    words, rest, state = words[:at + 1], [w for w in words[at + 1:] if w.lower() != "the"], None
    if rest:
        states = _state_lookup(lang)
        name = " ".join(rest[1:])
        state = states.get(name) or states.get(_without_genitive(name))
        if rest[0].lower() not in ("der", "des", "von", "of") or state is None:
            return None
    *before, last = words
    if lang == "de":
        low = last.lower()
        end = next((s for s in sorted(spokes, key=len, reverse=True)
                    if low.endswith(s) and len(low) > len(s) + 2), None)
        if end is None:
            return None
        prefix = last[:-len(end)].rstrip("-")
        # "Regierungs-", "Behörden-": the linking s or n
        nouns = [prefix, prefix[:-1]] if prefix.endswith("s") else [prefix[:-1], prefix] if prefix.endswith("n") \
            else [prefix]
    else:
        if last.lower() not in spokes:
            return None
        nouns = [" ".join(before[-n:]) for n in (3, 2, 1) if len(before) >= n]
        before = []
    for noun in nouns:
        pre, _, head = noun.rpartition("-")  # "US-Regierungssprecher"
        low = head.lower()
        if not head or low in lx.SPOKES_COMPOUND_PERSONS.get(lang, ()):
            continue
        ident = gazetteer.institution_ids().get(noun)
        if ident is not None and not pre:
            country, name = gazetteer.institution(ident, lang)
            return name, low, country, word
        if not pre and (name := _named_body(noun, lang)) is not None:
            return name, low, None, word  # "ein Nato-Sprecher", "a NATO spokesman"
        if not body_noun(low, lang) and (lang != "de" or low not in lx.NAME_HEAD_ANAPHORS[lang]):
            continue
        if lang == "en":
            before = words[:len(words) - 1 - len(noun.split())]
        code = demonym_code(pre, lang) or gazetteer.COMPOUND_PREFIX.get(pre) if pre else state
        adjective = next((w for w in before if demonym_code(w, lang)), None)
        if adjective is not None and code is None:
            code = demonym_code(adjective, lang)
            if lang == "de":  # "ein kenianischer Regierungssprecher" → "kenianische Regierung"
                adjective = _strong_form(adjective, body_gender(low) or "f")
            noun = f"{adjective} {noun}"
        elif lang == "de":
            noun = noun[:1].upper() + noun[1:]
        return (f"{noun} {tail}" if state else noun), low, code, word
    return None
