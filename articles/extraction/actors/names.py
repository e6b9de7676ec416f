"""The words of names: a person's name without titles and possessives (`_name_words`);
whether a name's words belong to another name (particles, Arabic articles, German
genitives, accents: `_word_in_name`); abbreviations and initials ("NUR" of "National Union
of Rail"); a German name of adjectives and a noun in the nominative (`_nominative_de`);
handles that name persons; and names the tagger missed in one place but found in another
(`_propagate_names`)."""
from __future__ import annotations

import re

from .. import gazetteer, leaders
from .. import lexicon as lx
from ..text import Tok
from .model import Mention, _quoted, _surface
from .roles import _titles


def abbreviation(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", name)) and sum(c.isupper() for c in name) >= 2


def _name_words(text: str, lang: str) -> list[str]:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    while words and words[0].lower() in _titles():
        words = words[1:]
    while words and words[-1] in {"'s", "’s"}:
        words = words[:-1]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    if len(words) >= 3 and words[-1].endswith(".") and words[-1][:-1] in lx.GENERATIONAL_SUFFIXES \
            and words[-1][:-1].isupper():
        words[-1] = words[-1][:-1]  # "Carl B. Moss III.": the German ordinal dot (not "Karl III.")
    return [w for k, w in enumerate(words) if lx.NAME_TOKEN.match(w) or w.lower() in lx.NAME_PARTICLES_WITHIN
            or _ARABIC_ARTICLE.match(w)
            or k > 0 and lx.particle_pair(words[k - 1].lower(), w.lower())]  # "von der Leyen"


_ARABIC_ARTICLE = re.compile(r"^(al|el|ad|as|ash|at|az|bin|ibn|abu)-[A-ZÄÖÜ]")  # "Faisal al-Kuwari"


def _ends_with(full: list[str], tail: list[str]) -> bool:
    return len(full) > len(tail) and full[-len(tail):] == tail


def _is_part(short: list[str], full: list[str]) -> bool:
    return all(w in full for w in short)


def _word_in_name(word: str, name: list[str]) -> bool:
    # "Assad" of "Bashar al-Assad": the surname without its Arabic article
    name = name + [w.partition("-")[2] for w in name if w.partition("-")[0].lower() in lx.NAME_PREFIXES]
    if word in name:
        return True
    # German genitive ("Gasimows", "Lawrows").
    if word.endswith("s") and word[:-1] in name:
        return True
    # written without its accents ("Ibanez" for "Ibáñez")
    return leaders.name_key(word) in {leaders.name_key(w) for w in name}


# German strong adjective endings of a name in the nominative, by the head noun's gender;
# the endings an adjective after an article or in another case has.
_NOMINATIVE_ENDING = {"Masc": "er", "Fem": "e", "Neut": "es"}
_INFLECTION = re.compile(r"(en|em|e)$")


def _nominative_de(span) -> str | None:
    """A German name of adjectives and a noun in the nominative without article, with gender
    and case from the morphologizer: "des Nationalen Sicherheitsrates" → "Nationaler
    Sicherheitsrat", "dem Internationalen Roten Kreuz" → "Internationales Rotes Kreuz",
    "der Sozialistischen Partei" → "Sozialistische Partei". None for other names."""
    *adjectives, noun = list(span)
    stems = [_INFLECTION.sub("", t.text) for t in adjectives]
    # Inflected German adjectives only ("Nationalen", "Freien"), not "Supreme Court", "Golden Dawn".
    if not adjectives or noun.pos_ not in ("NOUN", "PROPN") or not all(
            t.text[:1].isupper() and stem != t.text and stem.lower().endswith(lx.ADJECTIVE_STEMS_DE)
            for t, stem in zip(adjectives, stems)):
        return None
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if any(t.lower_.endswith("e") for t in adjectives) and before not in ("der", "das"):
        return None  # a weak form only after the definite article ("der Nationale Sicherheitsrat")
    plural = "Plur" in noun.morph.get("Number")
    gender = next(iter(noun.morph.get("Gender")), None)
    if gender == "Neut" and before == "der" and all(t.lower_.endswith("e") for t in adjectives):
        gender = "Masc"  # "der Deutsche Wetterdienst": "der" with a weak "-e" is never neuter
    ending = "e" if plural else _NOMINATIVE_ENDING.get(gender or "")
    if ending is None:
        return None
    words = [stem + ending for stem in stems]
    text = noun.text
    if not plural and gender in ("Masc", "Neut") and "Gen" in noun.morph.get("Case"):
        text = text[:-1] if text.endswith("ees") else re.sub(r"(?<=\w{3})e?s$", "", text)  # "Rates" → "Rat"
    return " ".join([*words, text])


_ELIDED_PARTICLE = re.compile(r"^[dl][’'][A-ZÀ-Ý]\w+$")


_HANDLE = re.compile(r"^@[A-Za-z]\w{3,}$")
_HANDLE_HONORIFIC = re.compile(r"^@(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov)[A-Z][a-z]")


def _person_handles(doc) -> list[tuple[int, str | None]]:
    """"Secretary of State @TomWardell", "@DrEvaLind will close the offices": an account's
    handle after a title, or opening with a person's form of address, names that person
    (the handle is the name the text gives; docs/annotation.md counts it as a person's)."""
    titles = {span.end: span.label_ for span in doc.spans.get("titles", [])}
    return [(t.i, titles.get(t.i)) for t in doc if _HANDLE.match(t.text)
            and (t.i in titles or _HANDLE_HONORIFIC.match(t.text))]


def short_form(short: str, full: str) -> bool:
    """A one-word short name made of the beginnings of the full name's words, in order, the
    first word's first: "Phivolcs" of "Philippine Institute of Volcanology and Seismology",
    "Ofcom" of "Office of Communications" (not initials, which `abbreviation` reads)."""
    s = short.lower()
    words = re.findall(r"\w+", full.lower())
    if not (short[:1].isupper() and s.isalpha() and len(s) >= 3 and len(words) >= 2 and s[0] == words[0][0]):
        return False

    def spells(i: int, k: int, used: int) -> bool:  # s[i:] from the words after the k-th
        if i == len(s):
            return used >= 2
        for j in range(k, len(words)):
            n = 1
            while n <= len(words[j]) and s[i:i + n] == words[j][:n]:
                if spells(i + n, j + 1, used + 1):
                    return True
                n += 1
            if j == 0:
                return False  # the first word opens the short name
        return False

    return spells(0, 0, 0)


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words ("National Union of Rail" → "NUR")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _spelt_out(m: Mention, toks: list[Tok], raw: list) -> Mention | None:
    """The organisation right before the brackets that `m` spells out: its name holds an
    abbreviation whose letters open words of `m`, in order ("the RMT union (National Union
    of Rail, Maritime and Transport Workers)"); None if there is none."""
    if m.a < 2 or toks[m.a - 1].text != "(" or m.b >= len(toks) or toks[m.b].text != ")":
        return None
    short = next((x for x, _ in raw if x.b == m.a - 1 and x.kind == "organization"), None)
    if short is None:
        return None
    initials = _initials(m.text)
    for word in short.text.split():
        if abbreviation(word) and len(word) >= 2:
            it = iter(initials)
            if all(ch in it for ch in word):
                return short
    return None


def _propagate_names(toks, taken, person_words, lang, sent_of, quotes) -> list[Mention]:
    """Names the NER missed in one place but found in another ("Amtskollegen Marek Zielonka"
    when "Zielonka" is a person later): the known word, with a capitalised first name before."""
    out = []
    common = gazetteer.common_nouns_de() if lang == "de" else frozenset()
    plain = {leaders.name_key(w) for w in person_words if len(w) > 3}  # "Ibanez" for "Ibáñez"
    for t in toks:
        if t.i in taken or not lx.NAME_TOKEN.match(t.text) \
                or t.text not in person_words and not (t.text[:1].isupper() and leaders.name_key(t.text) in plain):
            continue
        a = t.i
        prev = toks[a - 1] if a > 0 else None
        if prev is not None and prev.i not in taken and lx.NAME_TOKEN.match(prev.text) \
                and prev.text not in common and prev.lower not in _titles() and prev.lower not in lx.DETERMINERS:
            a -= 1
        out.append(Mention(toks[a].start, t.end, a, t.i + 1, _surface(toks, a, t.i + 1), "person",
                           sent_of.get(a, 0), quoted=_quoted(toks, a, t.i + 1, quotes)))
        taken.update(range(a, t.i + 1))
    return out
