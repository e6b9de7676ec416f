"""Actor mentions and within-article coreference.

Mentions come from the pipeline's entities (``entity_info``), from descriptive phrases
("ein ranghoher US-Beamter", "dem nordkoreanischen General") and from pronouns. Named
short forms ("Pompeo", "Kim") resolve to the most recently mentioned actor whose name
contains them; capitals not used as a location ("Pjöngjang zeigte sich offen") become
aliases of their state.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from spacy.symbols import ADJ

from . import dates_lexicon as dl
from . import gazetteer, leaders
from . import lexicon as lx
from .text import QUOTE_MARKS, Sentence, Tok, in_quote

_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "MISC",
                "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}


@dataclass(eq=False)  # identity: two actors with the same name are still two
class Actor:
    key: str
    kind: str
    name: str
    country: str | None = None
    role: str | None = None
    actor_id: int | None = None
    forms: list[str] = field(default_factory=list)
    mentions: list["Mention"] = field(default_factory=list)
    head: str | None = None  # head noun of an unnamed actor ("beamte")
    known: bool = False  # the gazetteer or an editor knows it
    private: bool = False  # described by an occupation outside public affairs ("coach")
    bare_head: bool = False  # the head noun of the names of several bodies ("the Court")

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


@dataclass
class Mention:
    start: int
    end: int
    a: int  # article token range [a, b)
    b: int
    text: str
    kind: str  # person | organization | state | place | pronoun | plural | desc
    sent: int
    country: str | None = None
    role: str | None = None
    capital: bool = False
    locative: bool = False
    quoted: bool = False
    actor: Actor | None = None
    actor_id: int | None = None
    definite: bool = False
    head: str | None = None
    # Qualifies a noun before it ("der Präsident des Senats"): the actor is named, but this
    # mention takes no part in an event (it is not in `Registry.mentions`).
    attribute: bool = False
    private: bool = False  # "coach Ann Lee", "Ann Lee, a designer,": see `private_person`
    host: str | None = None  # the state a mission is in ("the U.S. Embassy in Baghdad": IQ)
    branch: bool = False  # a state's branch of a known organisation ("Philippine Red Cross")
    # The words as written when `text` is the name in the nominative ("des indischen
    # Parlaments", "das Oberste Gericht" → "indisches Parlament", "Oberstes Gericht"): an
    # inflected form the text uses, so an alias of the actor (docs/annotation.md, aliases).
    surface: str | None = None


@lru_cache(maxsize=4)
def _demonyms(lang: str) -> dict[str, str]:
    return gazetteer.demonym_forms(lang)


@lru_cache(maxsize=4)
def _capital_codes(lang: str) -> dict[str, str]:
    return {name: code for code, names in gazetteer.capital_names(lang).items() for name in names}


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Titles of both languages, and monarchs' and sheikhs' (lower case → role)."""
    return {**gazetteer.title_lexicon("en"), **{t: t.title() for t in lx.EXTRA_TITLES},
            **gazetteer.title_lexicon("de")}


NON_ACTORS = Path(__file__).with_name("data") / "non_actors.tsv"
BODIES = Path(__file__).with_name("data") / "bodies.tsv"
PUBLIC_ORG_WORDS = Path(__file__).with_name("data") / "public_org_words.tsv"
PRIVATE_OCCUPATIONS = Path(__file__).with_name("data") / "private_occupations.tsv"
FEDERAL_STATES = Path(__file__).with_name("data") / "federal_states.tsv"
PUBLIC_AFFAIRS_WORDS = Path(__file__).with_name("data") / "public_affairs_words.tsv"
DEPENDENT_TERRITORIES = Path(__file__).with_name("data") / "dependent_territories.tsv"


@cache
def _non_actor_names() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in gazetteer.data_rows(NON_ACTORS))


def non_actor(name: str, lang: str) -> bool:
    """A newspaper, broadcaster, agency, platform, disease or process named like an actor
    (``data/non_actors.tsv``, or a name ending in a media word: "New York Times")."""
    for form in {name, re.sub(r"(['’]s|s)$", "", name)}:  # also a genitive: "Reuters'", "BBCs"
        words = form.split()
        # media words of every language: foreign media keep their names ("die New York Times")
        if form.casefold() in _non_actor_names() or (len(words) > 1 and any(
                words[-1].casefold() in media or words[0].casefold() in media for media in lx.MEDIA_WORDS.values())):
            return True  # also "Presseagentur Reuters"
        if len(words) == 1 and len(form) > 6 and form.casefold().endswith("online"):
            return True  # "WalesOnline", "RP-Online"
        if " ".join(words[-2:]).casefold() in lx.MEDIA_AGENCIES.get(lang, ()):
            return True  # "Saudi Press Agency"
    return False


def _non_public(name: str, lang: str) -> bool:
    words = [w.casefold().rstrip(",") for w in name.split()]
    return bool(words) and bool({words[0], words[-1]} & lx.NON_PUBLIC_ORG_WORDS.get(lang, set()))


@cache
def _public_org_words(lang: str) -> frozenset[str]:
    return frozenset(word for language, word in gazetteer.data_rows(PUBLIC_ORG_WORDS) if language == lang)


@cache
def dependent_territories() -> frozenset[str]:
    """ISO codes of territories that are no sovereign states (``data/dependent_territories.tsv``)."""
    return frozenset(row[0] for row in gazetteer.data_rows(DEPENDENT_TERRITORIES))


@cache
def public_affairs_words(lang: str) -> frozenset[str]:
    """Words that put a sentence in public affairs (``data/public_affairs_words.tsv``), with
    one-word titles, role nouns and the words of public bodies' names; empty for a language the
    table does not list."""
    listed = {word for language, word in gazetteer.data_rows(PUBLIC_AFFAIRS_WORDS) if language == lang}
    if not listed:
        return frozenset()
    titles = {title for title in gazetteer.title_lexicon(lang) if " " not in title}
    return frozenset(listed | titles | lx.ROLE_NOUNS_BY_LANG[lang] | _public_org_words(lang))


def public_org(actor: Actor, lang: str) -> bool:
    """Does the organisation's name say it is a public body, party, armed group or
    international organisation (``data/public_org_words.tsv``), or is it an abbreviation
    ("NTSB", "PvdA") or known to the gazetteer or an editor?"""
    if actor.known or any(m.head for m in actor.mentions):
        return True
    words = re.findall(r"\w+", actor.name.lower())
    listed = _public_org_words(lang)
    if lang == "de":
        return any(w.endswith(tuple(listed)) for w in words) or abbreviation(actor.name)
    return bool(set(words) & listed) or abbreviation(actor.name)


@cache
def _private_occupations(lang: str) -> tuple[str, ...]:
    return tuple(word for language, word in gazetteer.data_rows(PRIVATE_OCCUPATIONS) if language == lang)


def _occupation(word: str, lang: str) -> bool:
    words = _private_occupations(lang)
    word = word.lower()
    return word.endswith(words) if lang == "de" else word in words


def _identified_as(toks: list[Tok], a: int, lang: str) -> bool:
    """"The deceased seaman was identified as Rico Dalisay", "police identified the suspect as
    23-year-old Dan Kell": a person identified by name as one the text describes by a private
    occupation (``lexicon.IDENTIFIED_AS``)."""
    verbs = lx.IDENTIFIED_AS.get(lang, ())
    k = a - 1
    while k >= 0 and (toks[k].text in {",", "-"} or toks[k].lower in {"old", "year"} or toks[k].text.isdigit()
                      or _AGE.search(toks[k].text)):
        k -= 1  # "as 23-year-old Dan Kell"
    if not verbs or k < 1 or toks[k].lower != "as":
        return False
    window = toks[max(0, k - 8):k]
    verb = next((j for j, t in enumerate(window) if t.lower in verbs), None)
    return verb is not None and any(_occupation(t.text, lang) for t in window if t.text not in lx.SENTENCE_END)


_AGE = re.compile(r"(?:\w+-year-old|\w+-?jährige[nr]?)\s*$", re.IGNORECASE)


def private_person(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """A person the text describes by an occupation outside public affairs, or by a first
    name and an age: the word right before the name ("Wynnum coach Ann Lee", "die Sängerin
    Eva Roth", "Fourteen-year-old Zoe") or an apposition after it ("Ann Lee, a fashion
    designer,"); an academic title ("Professor Jo Lund"); a place of research or a medium
    the person works for ("Jo Lund of the University of Leeds", "BBC's Ann Lee", "Ann Lee,
    director of news for AFP,"). A role of public office found elsewhere overrides it."""
    before = toks[a - 1] if a > 0 else None
    # English: a capitalised word before the name is a title, unless it starts the sentence
    # ("Broadcaster Ann Lee said") or is an abbreviation a company's people hold ("Acme
    # CEO Ann Lee"); German capitalises every noun.
    if before is not None and (lang == "de" or before.text.islower() or before.text.isupper()
                               or a == 1 or toks[a - 2].text in ".!?") \
            and _occupation(before.text, lang):
        return True
    if any(t.lower in lx.ACADEMIC_TITLES.get(lang, ()) for t in toks[max(0, a - 2):a]) \
            and not _heads_public_body(toks, b, lang):
        return True
    if a >= 2 and f"{toks[a - 2].lower} {toks[a - 1].lower}" in lx.PRIVATE_TWO_WORDS.get(lang, ()):
        return True  # "doctoral candidate Mira Tal"
    if _identified_as(toks, a, lang):
        return True
    if _defendant(toks, a, b, lang):
        return True
    if b - a >= 2 and re.fullmatch(r"[A-ZÄÖÜ]\.?", toks[b - 1].text):
        return True  # "Stefan W.", "der 35-jährige Mario K.": a private person, named as the press protects one
    if before is not None and before.text == "," and a >= 3:
        # "ein anderer Student, Andrés,", "dem Vorstandschef der Kasse, Dieter Brand": the
        # phrase before the comma, from its article on
        k = a - 1
        while k > max(a - 8, 0) and toks[k - 1].text not in {",", ".", ";", ":"} \
                and toks[k - 1].pos not in ("VERB", "AUX"):
            k -= 1
        phrase = toks[k:a - 1]
        if any(t.lower in lx.DETERMINERS | lx.INDEFINITE for t in phrase) \
                and any(_occupation(t.text, lang) for t in phrase):
            return True
    if a >= 2 and toks[a - 1].text in {"'s", "’s"} and non_actor(toks[a - 2].text, lang):
        return True  # "BBC's Ann Lee"
    if _works_for_private(toks, b, lang) and not _heads_public_body(toks, b, lang):
        return True  # not "Dr Ann Lee, director of the Institute of Epidemiology,": she heads it
    if _interviewer(toks, a, lang):
        return True
    if b - a == 1 and _AGE.search(_text(toks[max(0, a - 5):a])):
        return True  # "Fourteen-year-old Zoe": a first name and an age (not "der 71-jährige X Y")
    # an apposition opens with an article (German also with an adjective or the occupation:
    # "Jo Lund, 17-jähriger Student,", "Eva Roth, Professorin und Mutter"); a comma before a
    # name goes on with a list
    if b + 2 < len(toks) and toks[b].text == "," and lang == "en" and _occupation(toks[b + 1].text, lang) \
            and toks[b + 2].pos != "PROPN":
        return True  # "Ann Lee, owner of a lodge,": an apposition without its article
    if b + 1 < len(toks) and toks[b].text == "," and (
            toks[b + 1].lower in lx.DETERMINERS | lx.INDEFINITE or lang == "de" and toks[b + 1].pos != "PROPN"):
        start = b + 1 + (toks[b + 1].lower in lx.DETERMINERS | lx.INDEFINITE)
        for t in toks[start:start + 4]:
            if t.text in {",", ".", ";"} or t.pos in ("VERB", "AUX", "PROPN"):
                break
            if _occupation(t.text, lang) or t.lower in lx.ACADEMIC_TITLES.get(lang, ()):
                return True
    return False


def _defendant(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """"The court sentenced Ann and Jo Lee to life", "Jo Lund, 30, pleaded guilty": a word of
    a criminal case (``lexicon.DEFENDANT_WORDS``) in the sentence of the name (at most
    DEFENDANT_REACH words each way, so that a text without full stops is not read whole for
    each name)."""
    words = lx.DEFENDANT_WORDS.get(lang, set())
    for step, k, stop in ((-1, a - 1, max(a - 1 - DEFENDANT_REACH, -1)), (1, b, min(b + DEFENDANT_REACH, len(toks)))):
        while k != stop and toks[k].text not in _FULL_STOPS:
            if toks[k].lower in words:
                return True
            k += step
    return False


DEFENDANT_REACH = 80
_FULL_STOPS = {".", "!", "?"}


def _interviewer(toks: list[Tok], a: int, lang: str) -> bool:
    """The journalist of a medium's interview, named right after it: "im ZDF-Interview mit
    Eva Roth", "in a CNN interview with Ann Lee" (a titled guest, "mit Kanzlerin Eva Roth",
    is no journalist)."""
    if a < 2 or toks[a - 1].lower not in lx.INTERVIEW_LINKS.get(lang, ()):
        return False
    noun = toks[a - 2].text
    medium, dash, head = noun.rpartition("-")
    if dash and head.lower() in lx.INTERVIEW_NOUNS.get(lang, ()):
        return non_actor(medium, lang)  # "CNN-Interviews mit"
    return noun.lower() in lx.INTERVIEW_NOUNS.get(lang, ()) and a >= 3 and non_actor(toks[a - 3].text, lang)


def _heads_public_body(toks: list[Tok], b: int, lang: str) -> bool:
    """English: an apposition after the name says the person heads a body ("Dr Ann Lee,
    director of the Institute of Epidemiology,", "Dr. Jo Park, a former CDC director,"): a
    head's noun (lexicon.BODY_HEAD_NOUNS) and a capitalised name or abbreviation in the
    phrase, with no hospital, school or company word and no medium ("director of news for
    AFP"). A title then names a public official."""
    if lang != "en" or b >= len(toks) or toks[b].text != ",":
        return False
    phrase = list(itertools.takewhile(lambda t: t.text not in {",", ";", "("} and t.text not in lx.SENTENCE_END
                                      and t.pos not in ("VERB", "AUX"), toks[b + 1:b + 10]))
    return any(t.lower in lx.BODY_HEAD_NOUNS for t in phrase) \
        and any(t.text[:1].isupper() for t in phrase[1:]) \
        and not any(t.lower in lx.PRIVATE_WORKPLACE_WORDS or non_actor(t.text, lang) for t in phrase)


def _works_for_private(toks: list[Tok], b: int, lang: str) -> bool:
    """After the name, in the same phrase: "of/at/für" and a university, a medium, a work or
    place of culture or a company ("Jo Lund of the University of Leeds", "Ann Lee, director
    of global news for AFP,", "Ann Lee, the director of the film,"). Another
    preposition ends the phrase: "bezog sich X auf Berichte der Zeitung Y" says what X
    refers to, not whom X works for."""
    words = []
    for t in toks[b:b + 10]:
        if t.text in {";", "(", ")"} or t.text in lx.SENTENCE_END or t.pos in ("VERB", "AUX") \
                or (t.text == "," and words) or t.pos == "ADP" and t.lower not in lx.AFFILIATION_WORDS:
            break
        words.append(t)
    for k, t in enumerate(words[:-1]):
        if t.lower not in lx.AFFILIATION_WORDS:
            continue
        rest = [x for x in words[k + 1:] if x.lower not in lx.DETERMINERS]
        if any(x.lower in lx.ACADEMIC_WORDS for x in rest[:3]) \
                or any(x.lower in lx.PRIVATE_BODY_WORDS.get(lang, ()) for x in rest[:4]):
            return True
        if rest and any(non_actor(_text(rest[:n]), lang) for n in (1, 2, 3) if n <= len(rest)):
            return True
    return False


def _quoted(toks: list[Tok], a: int, b: int, quotes) -> bool:
    """The words stand in a quotation, unless they are all of it: a name in quotation marks
    ("die Organisation „Volksfront“") is no one's words."""
    q = in_quote(toks[a].start, quotes)
    return q is not None and not (q[0] >= toks[a].start and q[1] <= toks[b - 1].end)


def _text(toks: list[Tok]) -> str:
    return "".join(t.text + (" " if t.space else "") for t in toks).strip()


def abbreviation(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,6}", name)) and sum(c.isupper() for c in name) >= 2


def demonym_code(word: str, lang: str) -> str | None:
    """Country of a demonym or of a "US-" compound prefix."""
    forms = _demonyms(lang)
    code = forms.get(word.lower() if lang == "de" else word) or forms.get(word.lower())
    if code:
        return code
    prefix = word.split("-")[0]
    if "-" in word and prefix in gazetteer.COMPOUND_PREFIX:
        return gazetteer.COMPOUND_PREFIX[prefix]
    if "-" in word:
        return _demonyms(lang).get(prefix.lower())
    return None


def state_name(code: str, lang: str, forms: list[str]) -> str:
    """The state's name as the text writes it in the nominative, else its usual name (the first
    of gazetteer.STATE_EXTRA), else the CLDR short name."""
    names = gazetteer.state_names(lang).get(code, set()) | set(gazetteer.STATE_EXTRA.get(lang, {}).get(code, []))
    if lang == "de":  # a name that is an inflected form of another ("Vereinigten Königreich") is none
        names = {n for n in names if not any(o != n and n in gazetteer.german_inflections(o) for o in names)} or names
    for form in forms:
        if form in names:
            return form
    if lang == "de":  # "in den Niederlanden" → "Niederlande", not another name of the state
        for form in forms:
            if inflected := [n for n in names if form in gazetteer.german_inflections(n)]:
                return min(inflected, key=lambda n: (len(n), n))
    if extra := gazetteer.STATE_EXTRA.get(lang, {}).get(code):
        return extra[0]  # the usual name first ("Großbritannien", not the shorter "Britannien")
    short = sorted(names, key=lambda n: (len(n.split()), len(n)))
    return short[0] if short else code


class Registry:
    """The actors of one article and their mentions, in reading order."""

    def __init__(self, lang: str, published: dt.date | None = None) -> None:
        self.lang = lang
        self.published = published
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.abbreviations: dict[str, Actor] = {}  # "NCA" after "National Crime Agency (NCA)"

    # --- creation -------------------------------------------------------------------
    def actor_for_state(self, code: str) -> Actor:
        key = f"state:{code}"
        if key not in self.actors:
            self.actors[key] = Actor(key, "state", code, country=code)
        return self.actors[key]

    def attach(self, m: Mention, actor: Actor) -> None:
        m.actor = actor
        actor.mentions.append(m)
        if m.text not in actor.forms:
            actor.forms.append(m.text)
        if m.surface and m.surface != m.text and m.surface not in actor.forms:
            actor.forms.append(m.surface)
        actor.country = actor.country or m.country
        actor.role = actor.role or m.role
        actor.actor_id = actor.actor_id or m.actor_id
        # the words that introduce a person say whether it is a private one ("die Sängerin
        # Eva Roth"); a later "der 59-jährige Roth" says no more than the age
        actor.private = actor.private or m.private and len(actor.mentions) == 1

    def last_position(self, actor: Actor, before: int) -> int:
        return max((m.start for m in actor.mentions if m.start < before), default=-1)

    # --- resolution of named persons ---------------------------------------------------
    def resolve_person(self, m: Mention) -> None:
        if m.text.startswith("@"):  # a handle (`_person_handles`) is the name as written
            key = f"person:{m.text.lower()}"
            self.attach(m, self.actors.get(key) or self._new(key, "person", m.text))
            return
        words = _name_words(m.text, self.lang)
        if not words:
            return
        persons = [a for a in self.actors.values() if a.kind == "person" and a.head is None]
        if len(words) >= 2 and words[0].lower() in lx.NAME_PARTICLES and words[0][:1].isupper() \
                and any(_ends_with(a.tokens, [words[0].lower(), *words[1:]]) for a in persons):
            words = [words[0].lower(), *words[1:]]  # "De Vries said" after "Anna de Vries"
        name = " ".join(words)
        if len(words) >= 2:
            for actor in persons:
                if actor.tokens == words or _is_part(actor.tokens, words):
                    if len(words) > len(actor.tokens):
                        actor.name = name
                    self.attach(m, actor)
                    return
            # "Robert Mugabe" after "Robert Gabriel Mugabe": the one fuller name with every word
            longer = [a for a in persons if len(a.tokens) > len(words) and a.tokens[-1] == words[-1]
                      and _is_part(words, a.tokens)]
            if len(longer) == 1:
                self.attach(m, longer[0])
                return
            self.attach(m, self._new(f"person:{name}", "person", name))
            return
        # One word: the most recently mentioned person whose name has it (recency, then
        # salience), so "Kim" after "Pompeo und Kim" stays the Kim of the last sentences;
        # a holder of an office first.
        word = words[0]
        cands = [a for a in persons if _word_in_name(word, a.tokens)]
        if not cands and self.lang == "de" and word.endswith("s") and len(word) > 4:
            # German genitive: "ein Besuch Laaksonens" is Mikko Laaksonen's visit
            cands = [a for a in persons if len(a.tokens) > 1 and a.tokens[-1] == word[:-1]]
        if cands:
            # A holder of an office before a namesake without one ("Miller" after "President
            # Joe Miller … his son Hunter Miller"); among equals the one named last.
            best = max(cands, key=lambda a: (bool(a.role), self.last_position(a, m.start), len(a.mentions)))
            self.attach(m, best)
            return
        self.attach(m, self._new(f"person:{name}", "person", name))

    def _new(self, key: str, kind: str, name: str) -> Actor:
        n = 1
        base = key
        while key in self.actors:
            n += 1
            key = f"{base}#{n}"
        actor = Actor(key, kind, name)
        self.actors[key] = actor
        return actor

    def split_two_names(self, m: Mention, toks: list[Tok]) -> Mention | None:
        """Two people named side by side and taken for one ("bezeichnete Mnangagwa Mugabe
        als …", "nannte Präsident Irfaan Ali Maduros Forderung …"): when the last word is the
        German genitive of another named person's surname, or the words before it are a
        third person's surname, `m` keeps the first name and the second is returned as a
        mention of its own."""
        if m.b - m.a < 2 or m.actor_id is not None:
            return None
        words = _name_words(m.text, self.lang)
        persons = [a for a in self.actors.values() if a.kind == "person" and a.head is None]
        if len(words) < 2 or any(_is_part(words, a.tokens) or _is_part(a.tokens, words) for a in persons):
            return None
        last = toks[m.b - 1].text
        owners = [a for a in persons if len(a.tokens) > 1 and _word_in_name(last, a.tokens[-1:])]
        if len(owners) != 1 or any(_word_in_name(w, owners[0].tokens) for w in words[:-1]):
            return None
        genitive = self.lang == "de" and last not in owners[0].tokens  # "Maduros"
        # "Mnangagwa Mugabe": the words before are another named person's surname; not
        # "Ivanka Trump" after "Donald Trump" (a first name before a family name)
        first_known = any(a is not owners[0] and a.tokens[-len(words) + 1:] == words[:-1] for a in persons)
        if not (genitive or first_known):
            return None
        second = Mention(toks[m.b - 1].start, m.end, m.b - 1, m.b, last, "person", m.sent, quoted=m.quoted)
        m.b -= 1
        m.end = toks[m.b - 1].end
        m.text = _surface(toks, m.a, m.b)
        return second

    def merge_genitive_persons(self) -> None:
        """German: a full name in the genitive ("Theresa Mays Brexit-Kurs", "Nachfolger John
        Garangs") is the person the article names in the nominative."""
        if self.lang != "de":
            return
        persons = [a for a in self.actors.values() if a.kind == "person" and a.head is None and len(a.tokens) > 1]
        by_words = {tuple(a.tokens): a for a in persons}
        for actor in persons:
            last = actor.tokens[-1]
            full = by_words.get((*actor.tokens[:-1], last[:-1])) if last.endswith("s") and len(last) > 3 else None
            if full is not None and full is not actor:
                for m in actor.mentions:
                    self.attach(m, full)
                del self.actors[actor.key]
            elif full is None and last.endswith("s") and len(last) > 3 \
                    and (short := self.actors.get(f"person:{last[:-1]}")) is not None and short.kind == "person":
                # "Marco Pavonis Partei" with "Pavoni" named alone: his name in the nominative
                actor.forms.append(actor.name)
                actor.name = " ".join([*actor.tokens[:-1], last[:-1]])
                for m in short.mentions:
                    self.attach(m, actor)
                actor.role = actor.role or short.role
                actor.country = actor.country or short.country
                del self.actors[short.key]

    def merge_body_forms(self) -> None:
        """One public body named in several forms of its state ("the government of Syria" …
        "the Syrian government", "die Regierung in Iran" … "die iranische Regierung"), or by
        its bare noun before the form with its state ("die Regierung" … "eine israelische
        Regierung", "Parliament" … "the French Parliament"): one actor, named as first
        written with its state; the other forms are aliases. A bare noun stays its own when
        bodies of two states have that noun."""
        forms = {}
        synonyms = lx.BODY_SYNONYMS.get(self.lang, {})
        for actor in self.actors.values():
            if actor.kind == "organization" and not actor.known and (f := _body_form(actor.name, self.lang)):
                forms[actor.key] = (actor, synonyms.get(f[0], f[0]), f[1])
        def first(a: Actor) -> int:
            return min((m.start for m in a.mentions), default=0)
        qualified: dict[tuple[str, str], Actor] = {}
        for actor, noun, country in sorted(forms.values(), key=lambda x: first(x[0])):
            if country is None or (actor.country or country) != country:
                continue
            into = qualified.setdefault((noun, country), actor)
            if into is not actor:
                self._merge_into(actor, into)
        bare: dict[str, Actor] = {}
        for actor, noun, country in sorted(forms.values(), key=lambda x: first(x[0])):
            if country is not None or actor.key not in self.actors:
                continue
            same = [a for (n, c), a in qualified.items() if n == noun and a.key in self.actors
                    and (actor.country in (None, c))]
            if len(same) == 1:
                self._merge_into(actor, same[0])
            elif not same:  # "the army" … "the armed forces"
                into = bare.setdefault(noun, actor)
                if into is not actor and (actor.country or into.country) in (None, into.country):
                    self._merge_into(actor, into)

    def merge_bare_heads(self) -> None:
        """A body named once by the head noun of its name alone, before or after the name
        ("the Court" with "the Court of Session", "Police" with "North Wales Police", "der
        Ministerrat" with "EU-Ministerrat", "House" with "House of Representatives"): when one
        organisation of the article has that head, the bare word is an alias of it; when
        several have it, the bare word names no body of its own (`Actor.bare_head`, no actor
        unless it speaks or meets). An international organisation's head noun is no alias of
        it ("die Union", the German party alliance, beside "Europäische Union"). A German
        authority named with its seat has its head first ("die Staatsanwaltschaft" with
        "Staatsanwaltschaft Frankfurt am Main")."""
        def head(name: str) -> str:  # "Supreme Court of Appeal" → "court", "EU-Ministerrat" → "ministerrat"
            return re.split(r" (?:of|for|in|on|der|des|für) ", name)[0].split()[-1].split("-")[-1].lower()

        def seat_head(name: str) -> str | None:
            # German: an authority named with its seat after it ("Staatsanwaltschaft Frankfurt
            # am Main", "Polizei Köln"): the head noun opens the name
            first, *rest = name.split()
            return first.lower() if self.lang == "de" and rest and all(
                w[:1].isupper() or w in lx.SEAT_LINKS for w in rest) else None

        orgs = [a for a in self.actors.values() if a.kind == "organization" and a.head is None]
        for bare in [a for a in orgs if len(a.tokens) == 1 and "-" not in a.name and not a.known
                     and a.name[:1].isalpha() and not abbreviation(a.name)]:
            word = bare.name.lower()
            full = [a for a in orgs if a is not bare and a.key in self.actors and len(a.name) > len(bare.name)
                    and word in (head(a.name), seat_head(a.name)) and (bare.country or a.country) in (None, a.country)
                    and a.key.removeprefix("org:") not in gazetteer.ORGANIZATIONS]
            if len(full) == 1:
                self._merge_into(bare, full[0])
                if bare.name not in full[0].forms:
                    full[0].forms.append(bare.name)
            elif len(full) > 1:
                bare.bare_head = True

    def merge_state_prefixed(self) -> None:
        """A body named with and without its state before the name ("United States House of
        Representatives" … "House of Representatives", "US-Repräsentantenhaus" …
        "Repräsentantenhaus"): one actor, named with the state; the shorter name is an alias."""
        states = _state_lookup(self.lang)
        orgs = {a.name: a for a in self.actors.values() if a.kind == "organization" and a.head is None}
        for name, actor in list(orgs.items()):
            for sep in (" ", "-"):
                prefix, found, rest = name.partition(sep)
                while found and rest:
                    short = orgs.get(rest)
                    if short is not None and short is not actor and short.key in self.actors \
                            and (prefix in states or sep == "-" and prefix in gazetteer.COMPOUND_PREFIX) \
                            and (short.country or actor.country) in (None, actor.country,
                                                                      states.get(prefix) or gazetteer.COMPOUND_PREFIX.get(prefix)):
                        self._merge_into(short, actor)
                        if short.name not in actor.forms:
                            actor.forms.append(short.name)
                        break
                    head, found, rest = rest.partition(sep)
                    prefix = f"{prefix}{sep}{head}"

    def merge_spellings(self) -> None:
        """One name written with and without its accents or in another case ("Nicolás
        Maduro" … "Nicolas Maduro", "Alan García" … "Alan Garcia", "Democratic Party" …
        "Democratic party"): one actor, named as first written; the other form is an alias."""
        groups: dict[tuple[str, str], list[Actor]] = {}
        for actor in sorted(self.actors.values(), key=lambda a: min((m.start for m in a.mentions), default=0)):
            if actor.kind != "state" and actor.head is None:
                groups.setdefault((actor.kind, leaders.name_key(actor.name)), []).append(actor)
        for same in groups.values():
            # a known name before one in capitals for emphasis ("GRÜNE" … "die Grünen")
            into = min(same, key=lambda a: (not a.known, a.name.isupper() and len(a.name) > 4))
            for actor in same:
                if actor is not into:
                    self._merge_into(actor, into)

    def _merge_into(self, actor: Actor, into: Actor) -> None:
        for m in list(actor.mentions):
            self.attach(m, into)
        for f in actor.forms:
            if f not in into.forms:
                into.forms.append(f)
        into.country = into.country or actor.country
        del self.actors[actor.key]

    def surname_of(self, text: str) -> Actor | None:
        """The person whose name ends in `text` of several tokens ("Mensah-Bonsu" of "Kofi
        Mensah-Bonsu"), when there is exactly one."""
        words = text.split()
        if len(words) == 2 and words[0].lower() in lx.NAME_PARTICLES and words[0][:1].isupper():
            text = f"{words[0].lower()} {words[1]}"  # "De Vries" of "Anna de Vries", opening a sentence
        elif " " in text or "-" not in text:
            return None
        found = [a for a in self.actors.values() if a.kind == "person" and a.name.endswith(" " + text)]
        return found[0] if len(found) == 1 else None

    def merge_short_persons(self) -> None:
        """A one-word person actor whose word belongs to exactly one fuller name (mentioned
        later in the article) is that person."""
        persons = [a for a in self.actors.values() if a.kind == "person" and a.head is None]
        for short in [a for a in persons if len(a.tokens) == 1]:
            full = [a for a in persons if len(a.tokens) > 1 and _word_in_name(short.tokens[0], a.tokens)]
            if len(full) == 1:
                for m in short.mentions:
                    self.attach(m, full[0])
                del self.actors[short.key]

    def resolve_org(self, m: Mention, org_id: str | None) -> None:
        name = _strip_article(m.text)
        if name in self.abbreviations and not org_id:
            self.attach(m, self.abbreviations[name])
            return
        if not org_id and abbreviation(name) and (full := self._spelt(name)) is not None:
            self.attach(m, full)  # "ABHM" after "Akhil Bharat Hindu Mahasabha"
            return
        if not org_id and len(name.split()) >= 2 and (person := next(
                (a for a in self.actors.values() if a.kind == "person" and a.head is None
                 and (a.name == name or name in a.forms or a.name.endswith(" " + name))), None)) is not None:
            # "Nicola Sturgeon said", "La Riva endorsed it" (after "Gloria La Riva") tagged an
            # organisation after the person was named
            m.kind = "person"
            self.attach(m, person)
            return
        if self.lang == "de" and not org_id and name.split()[-1] not in _state_lookup(self.lang) \
                and not _GENITIVE_LINK.search(name):
            name = _without_genitive(name)  # not "Regierung Chiles", "Komitee des Europarates"
        key = f"org:mission:{m.country}:{m.host}" if m.host and not org_id else f"org:{org_id or name.lower()}"
        country, name = gazetteer.institution(org_id, self.lang) or (None, gazetteer.organization_name(org_id, self.lang) or name)
        # "des Weißen Hauses" → "Weißes Haus", "der Vereinten Nationen" → "Vereinte Nationen"
        if key not in self.actors and not org_id and (longer := self._named_longer(name, m.start)) is not None:
            self.attach(m, longer)  # "Police said" after "Thames Valley Police"
            return
        actor = self.actors.get(key) or self._new(key, "organization", name)
        actor.country = actor.country or country
        if len(name) > len(actor.name) and not org_id and not m.host:
            actor.name = name  # (a mission keeps the place it was first named with)
        actor.known = actor.known or bool(org_id or m.actor_id or m.branch)
        self.attach(m, actor)
        # "des Internationalen Roten Kreuzes" for "Rotes Kreuz": the name as written, in the
        # nominative, is an alias
        written = gazetteer.institution_name(_strip_article(m.text)) or (
            self.lang == "de" and gazetteer.organization_form_name(_strip_article(m.text)))
        if org_id and written and written != actor.name and written not in actor.forms:
            actor.forms.append(written)

    def _spelt(self, abbr: str) -> Actor | None:
        """The one organisation named so far whose capitalised words' initials are the
        abbreviation, None if none or several."""
        found = [a for a in self.actors.values() if a.kind == "organization" and len(abbr) >= 3
                 and _initials(a.name) == abbr]
        return found[0] if len(found) == 1 else None

    def _named_longer(self, name: str, before: int) -> Actor | None:
        """The organisation named earlier whose name ends in this word, before any complement
        ("Police" → "Thames Valley Police", "the Court" → "Supreme Court of Appeal"), holds
        all the words of an English common noun for it ("the fire service" → "Lakeland Fire
        and Rescue Service"), or is an English name without the state before it or after
        "of" ("the Supreme Court" → "Supreme Court of Ghana", "the Electoral Commission" →
        "Ghana Electoral Commission")."""
        words = name.lower().split()
        if len(words) > 1 and self.lang == "en" and not name.islower():
            # "the Supreme Court" after "the Supreme Court of the United Kingdom", "General
            # Services Administration" after "United States General …": the state's body
            # named without its state
            states = _state_lookup(self.lang)
            found = [a for a in self.actors.values() if a.kind == "organization" and self.last_position(a, before) >= 0
                     and (a.name.startswith(name + " of ") and a.name[len(name) + 4:].removeprefix("the ") in states
                          or a.name.endswith(" " + name) and a.name[:-len(name) - 1] in states)]
            if not found and words[-1] in lx.TOPIC_BODY_HEADS_EN:
                # "the Oversight and Reform Committee" after "the House Oversight and Reform
                # Committee": a committee named again without its chamber
                found = [a for a in self.actors.values() if a.kind == "organization"
                         and self.last_position(a, before) >= 0 and a.name.endswith(" " + name)]
            return found[0] if len(found) == 1 else None
        if len(words) > 1 and (self.lang != "en" or not name.islower()) or not name[:1].isalpha():
            return None
        def head(full: str) -> str:  # "Supreme Court of Appeal" → "court"
            return re.split(r" (?:of|for|in|der|des|für) ", full)[0].split()[-1].lower()

        found = [a for a in self.actors.values() if a.kind == "organization" and len(a.tokens) > len(words)
                 and head(a.name) == words[-1] and set(words) <= set(a.name.lower().split())
                 and (name[:1].isupper() or self.lang == "en") and self.last_position(a, before) >= 0]
        return found[0] if len(found) == 1 else None

    def resolve_body(self, m: Mention) -> None:
        """A body named by a common noun: "die Regierung" after "die somalische Regierung"
        is that government (the body with the same noun named last, of the same state);
        otherwise a body of its own, keyed by its name."""
        def noun_of(x: Mention) -> str | None:
            return x.text.lower().split()[-1] if x.head == GOVERNMENT else x.head

        same = [a for a in self.actors.values() if a.kind == "organization"
                and self.last_position(a, m.start) >= 0
                and any(noun_of(x) == m.head or (x.head == GOVERNMENT and x.text.lower().endswith(m.head))
                        for x in a.mentions)
                and (not m.country or not a.country or a.country == m.country)]
        bare = _strip_article(m.text).lower() == m.head
        if not bare:  # "die republikanische Regierung" is not "die Landesregierung" named before;
            # "Cuba's government" is "the Cuban government" named before
            same = [a for a in same if not a.country and a.name.lower() == m.head
                    or m.country and a.country == m.country]
        if same:
            actor = max(same, key=lambda a: self.last_position(a, m.start))
            if not bare and not actor.country:
                actor.name = _strip_article(m.text)
            self.attach(m, actor)
            return
        if bare and (names := lx.LEGISLATURE_NAMES[self.lang].get(m.head)):
            # "der Bundestag … das Parlament": the one legislature named before
            named = [a for a in self.actors.values() if a.kind == "organization"
                     and self.last_position(a, m.start) >= 0
                     and a.name.lower().split("-")[-1].split()[-1].endswith(names)]
            if len(named) == 1:
                self.attach(m, named[0])
                return
        if bare and m.head in lx.NAME_HEAD_ANAPHORS[self.lang]:
            self.resolve_name_anaphor(m)  # "das Gericht" after "das Bundesverfassungsgericht"
            if m.actor is not None:
                return
        self.resolve_org(m, None)

    def resolve_name_anaphor(self, m: Mention) -> None:
        """"The court", "das Gericht", "the fire service": the body named before by its full
        name (`body_named_before`); no actor when there is none."""
        if (actor := self.body_named_before(_strip_article(m.text).lower().split(), m.start)) is not None:
            self.attach(m, actor)

    def body_named_before(self, words: list[str], start: int) -> Actor | None:
        """The one organisation named before `start` whose name has the last of `words` as
        its head (``lexicon.NAME_HEAD_ANAPHORS``; the name's last word or the word before
        "of", the end of a German compound: "Bundesverfassungsgericht") and holds the words
        before it ("fire service" → "North Wales Fire and Rescue Service"); None when none or
        two were named ("the Green Party and the Blue Party … the party")."""
        *before, noun = words
        if self.lang == "de":
            noun = next((n for n in (noun, noun[:-2], noun[:-1]) if n in lx.NAME_HEAD_ANAPHORS["de"]), noun)
        if noun not in lx.NAME_HEAD_ANAPHORS.get(self.lang, ()):
            return None

        def holds(a: Actor) -> bool:
            name = re.split(r"[\s-]+", a.name.lower())
            link = next((k for k, w in enumerate(name) if k > 0 and w in lx.NAME_LINKS[self.lang]), None)
            head = name[link - 1] if link is not None else name[-1]  # "Komitee der … gegen Sklaverei"
            return (head == noun or self.lang == "de" and head.endswith(noun)) and set(before) <= set(name)
        named = [a for a in self.actors.values() if a.kind == "organization"
                 and self.last_position(a, start) >= 0 and holds(a)]
        return named[0] if len(named) == 1 else None

    # --- descriptive phrases ----------------------------------------------------------
    def resolve_description(self, m: Mention, indefinite: bool) -> None:
        if m.head in lx.SPOKES_NOUNS:
            body = spokesperson_body(m.text, self.lang)
            actor = self._body(body, m) if body else None if indefinite else self._spoken_for_last(m)
            if actor is not None:
                self.attach(m, actor)
                return
        self._resolve_description(m, indefinite)

    def _spoken_for_last(self, m: Mention) -> Actor | None:
        """"…, sagte die Sprecherin", "the spokesman added": the body whose unnamed
        spokesperson the text mentioned last, in this sentence or the three before ("Eine
        Sprecherin des Ministeriums verteidigte …"); None when a named person was the last
        spokesperson (the description then goes to that person)."""
        earlier = [x for a in self.actors.values() for x in a.mentions
                   if x.start < m.start and m.sent - 3 <= x.sent
                   and (x.head in lx.SPOKES_NOUNS or a.kind == "person" and (a.role or "").lower().endswith(tuple(lx.SPOKES_NOUNS)))]
        last = max(earlier, key=lambda x: x.start, default=None)
        return last.actor if last is not None and last.actor.kind == "organization" else None

    def _body(self, name: str, m: Mention) -> Actor | None:
        """The organisation an unnamed spokesperson speaks for: by its name, or, for a
        generic one ("des Ministeriums", "the ministry"), the organisation named last (None
        if there is none: the spokesperson then stays a description)."""
        if " " not in name and name.lower() in _GENERIC_BODIES:
            recent = [a for a in self.actors.values() if a.kind == "organization"
                      and self.last_position(a, m.start) >= 0]
            return max(recent, key=lambda a: self.last_position(a, m.start)) if recent else None
        if (ident := gazetteer.institution_ids().get(name)) is not None:
            country, name = gazetteer.institution(ident, self.lang)
            key = f"org:{ident}"
            actor = self.actors.get(key) or self._new(key, "organization", name)
            actor.country, actor.known = actor.country or country, True
            return actor
        if (named := self._named_after_adjectives(name)) is not None:
            return named
        key = f"org:{name.lower()}"
        actor = self.actors.get(key) or self._new(key, "organization", name)
        first = name.split()[0]
        actor.country = actor.country or demonym_code(first, self.lang) or demonym_code(first.split("-")[0], self.lang)
        return actor

    def _named_after_adjectives(self, name: str) -> Actor | None:
        """German: "Sprecher der walisischen Labour Party", "der bayerischen SPD": a body
        named before, here after adjectives in lower case (a region, a branch; no state's
        adjective), is that body (class "a spokesperson of a named party with an
        adjective", round 16)."""
        words = name.split()
        k = next((i for i, w in enumerate(words) if not w[:1].islower()), len(words))
        if self.lang != "de" or k == 0 or k == len(words):
            return None
        if any(demonym_code(w, self.lang) for w in words[:k]):
            return None  # "des britischen Außenministeriums": a body named with its state
        rest = " ".join(words[k:])
        return next((a for a in self.actors.values() if a.kind == "organization"
                     and (rest in (a.name, *a.forms) or a.name.startswith(rest + " "))), None)

    def _holders(self, persons: list[Actor], head: str) -> list[Actor]:
        """The persons who hold the role `head`, as the text says or, on the article's date,
        the table of leaders."""
        def in_office(a: Actor) -> bool:
            term = leaders.term_of([a.name, *a.forms], self.published) if self.published else None
            return term is not None and term.role[self.lang].lower().endswith(head)
        return [a for a in persons if holds_role(a, head, self.lang) or in_office(a)]

    def _resolve_description(self, m: Mention, indefinite: bool) -> None:
        office = _office_name(m, self.lang) if not indefinite else None
        # an unnamed actor of that head ("der Minister" again); with an office of a named
        # place, only the holder of that office ("the mayor of X" is not the mayor of Y)
        unnamed = [a for a in self.actors.values() if a.head and _same_head(a.head, m.head)
                   and (not m.country or not a.country or a.country == m.country)
                   and (office is None or a.key == f"unnamed:{office[0].lower()}")]
        if not indefinite and unnamed:
            self.attach(m, max(unnamed, key=lambda a: self.last_position(a, m.start)))
            return
        # the persons named before the description
        named = [a for a in self.actors.values() if a.kind == "person" and a.head is None
                 and self.last_position(a, m.start) >= 0]
        if not indefinite and (office or m.head in lx.LOCAL_OFFICE_NOUNS[self.lang]):
            # "der Bürgermeister des Dorfes sagte", "according to the mayor of Dorogobuzh": the
            # one holder of an office of a named place or body; the person the text names in
            # that role if there is one, else an unnamed person named by the office
            # (docs/annotation.md, "Speaker"); a mayor without the place ("der Bürgermeister
            # von Mainz") is a holder named before or no one, never the person named last
            holders = [a for a in self._holders(named, m.head) if not m.country or a.country in (None, m.country)]
            if len(holders) == 1:
                self.attach(m, holders[0])
            elif office:
                name, role = office
                actor = self._new(f"unnamed:{name.lower()}", "person", name)  # (the same office attached above)
                actor.head, actor.role = m.head, actor.role or role
                self.attach(m, actor)
            return
        if not indefinite:
            # "der nordkoreanische General": the most recent person of that country.
            persons = named
            if m.head in lx.ORG_NOUNS:  # "the group": an organisation named before, not a
                persons = [a for a in self.actors.values() if a.kind == "organization"  # body
                           and self.last_position(a, m.start) >= 0
                           and not all(x.head for x in a.mentions)]
            elif m.country:
                # "Die Regierungen von X und Y … Der ecuadorianische Präsident": the text
                # has not given X's country yet, the table of leaders has it
                leader = m.head in lx.LEADER_ROLES_BY_LANG[self.lang] \
                    or any(w.lower() in lx.LEADER_ROLES_BY_LANG[self.lang] for w in m.text.split())
                persons = [a for a in persons if a.country == m.country] or [
                    a for a in persons if leader and a.country is None and any(
                        t.country == m.country for t in leaders.terms().get(leaders.name_key(a.name), ()))]
            else:  # "der Präsident": the one holder of the role named before; "die
                # Grünen-Politikerin", one of two presidents: someone of the last three sentences
                holders = self._holders(persons, m.head)
                persons = holders if len(holders) == 1 else [
                    a for a in persons if any(m.sent - 3 <= x.sent < m.sent for x in a.mentions)]
            want = role_gender(m.head, self.lang)
            if want:  # "die Ministerin": not the man named last
                persons = [a for a in persons if actor_gender(a, self.lang) in (want, None)]
                fitting = [a for a in persons if actor_gender(a, self.lang) == want]
                persons = fitting or persons
            # "den Botschafter" after "Botschafter X" and a president named since: who holds the role
            persons = self._holders(persons, m.head) or persons
            if persons:
                best = max(persons, key=lambda a: self.last_position(a, m.start))
                self.attach(m, best)
                return
        if indefinite and _qualified(m):
            name = _strip_article(m.text)
            actor = self._new(f"unnamed:{name.lower()}", "person", name)
            actor.head = m.head
            self.attach(m, actor)

    # --- output -----------------------------------------------------------------------
    def finish(self) -> None:
        for actor in self.actors.values():
            if actor.kind == "state":
                actor.name = state_name(actor.country or "", self.lang,
                                        [m.text for m in actor.mentions if m.kind == "state"])

    def output_actors(self, used: set[str]) -> list[Actor]:
        out = []
        for actor in self.actors.values():
            # A state named as a place is an actor (docs/annotation.md); a body or a person
            # named only as a place ("at Parliament") is not.
            real = [m for m in actor.mentions if not m.locative or actor.kind == "state"]
            if actor.key in used or real:
                out.append(actor)
        return sorted(out, key=lambda a: min((m.start for m in a.mentions), default=0))


# --- helpers --------------------------------------------------------------------------

_GENERIC_BODIES = {"ministerium", "regierung", "amt", "ministry", "government", "office", "department"}


def _medium_before(doc, i: int, lang: str) -> bool:
    """The word before token i is the noun of a medium (``lexicon.MEDIUM_BEFORE_NAME``)."""
    words = lx.MEDIUM_BEFORE_NAME[lang]
    if i > 1 and doc[i - 1].is_quote:
        i -= 1  # "der Website „Marine Log“": the name in quotation marks
    before = doc[i - 1].lower_
    two = doc[i - 2].lower_ + " " + before if i > 1 else before
    return two in words or (before.endswith(words) if lang == "de" else before in words)


def _medium_apposition(doc, i: int, lang: str) -> bool:
    """An apposition from token i on that names a medium: a comma, an article, adjectives
    and a medium's noun ("Xyz, der staatlichen Nachrichtenagentur", "Xyz, the state
    broadcaster")."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "DET":
        return False
    k = i + 2
    while k < len(doc) - 1 and k < i + 5 and doc[k].pos_ == "ADJ":
        k += 1
    return _medium_before(doc, k + 1, lang)


def _demonym_opens_name(toks: list[Tok], a: int) -> str | None:
    """English: the state of a capitalised demonym right before an organisation's name at
    token a, after an article, a lower-case word or at a sentence's start ("the Afghan
    Taliban", "Philippine Red Cross chair X"; "Kataeb" is no demonym)."""
    word = toks[a - 1]
    before = toks[a - 2] if a >= 2 else None
    code = demonym_code(word.text, "en") if word.text[:1].isupper() else None
    if code is None or before is not None and before.text[:1].isupper() and before.lower not in lx.DETERMINERS \
            and before.text not in lx.SENTENCE_END:
        return None
    return code


def _in_reference_number(toks: list[Tok], m: Mention) -> bool:
    """"Richtlinie 2014/52/EU", "Regulation (EU) 2016/679": an organisation's abbreviation in
    the number of a legal act is part of the number, no mention of the organisation."""
    if m.kind != "organization" or m.b - m.a != 1:
        return False
    before = toks[m.a - 2:m.a] if m.a >= 2 else []
    after = toks[m.b:m.b + 2]
    return (len(before) == 2 and before[1].text == "/" and before[0].text[-1:].isdigit() and not before[1].space
            and not toks[m.a - 1].space) or (
        m.a >= 1 and toks[m.a - 1].text == "(" and len(after) == 2 and after[0].text == ")"
        and after[1].text[:1].isdigit() and "/" in after[1].text)


def _footer_start(toks: list[Tok], lang: str) -> int:
    """Where the page's footer begins ("Kommentar abgeben" in the second half of the text,
    ``lexicon.FOOTER_MARKS``): what follows is no text of the article."""
    for mark in lx.FOOTER_MARKS.get(lang, ()):
        n = len(mark)
        for i in range(len(toks) // 2, len(toks) - n + 1):
            if tuple(t.text for t in toks[i:i + n]) == mark:
                return toks[i].start
    return toks[-1].end + 1 if toks else 0


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
_SPOKESPERSON = re.compile(
    r"^(?:(?:ein|eine|einer|der|die|des|den|dem|a|an|the)\s+)?(?:[\w-]+\s+)*?"
    r"(?:sprecher|sprecherin|spokesman|spokeswoman|spokesperson)\s+"
    r"(?P<prep>des|der|for|of)\s+(?:the\s+)?(?P<body>.+)$", re.IGNORECASE)


# "ein Pentagon-Sprecher", "a Kremlin spokeswoman": the body named before the noun, as a
# compound's first part or a word of its own
_SPOKESPERSON_OF = re.compile(
    r"^(?:(?:ein|eine|einer|der|die|des|den|dem|a|an|the)\s+)?(?P<body>[\w.]+?)[-\s]"
    r"(?:sprecher|sprecherin|spokesman|spokeswoman|spokesperson)$", re.IGNORECASE)


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
        compound = _SPOKESPERSON_OF.match(text.strip())
        return _named_body(compound["body"], lang) if compound else None
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


def _strip_article(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in lx.DETERMINERS:
        words = words[1:]
    return " ".join(words)


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


def collect(segments, toks: list[Tok], sents: list[Sentence], quotes, lang: str,
            entity_info, published: dt.date | None = None) -> Registry:
    """Mentions of the article, resolved to actors (`published`: the article's date, on
    which the table of leaders says who holds an office)."""
    reg = Registry(lang, published)
    tok_at = {t.start: t.i for t in toks}
    handles = any(t.text[:1] == "@" for t in toks)  # an account's handle is rare: look only then
    sent_of = {t.i: s.index for s in sents for t in s.toks}
    raw: list[tuple[Mention, str | None]] = []
    taken: set[int] = set()
    state_bodies: set[int] = set()
    media: set[str] = set()  # names of media taken for persons

    def mention(a: int, b: int, kind: str, **kw) -> Mention:
        return Mention(toks[a].start, toks[b - 1].end, a, b, _surface(toks, a, b), kind,
                       sent_of.get(a, 0), quoted=_quoted(toks, a, b, quotes), **kw)

    for seg in segments:
        doc = seg.doc
        titles = {(s.start, s.end) for s in doc.spans.get("titles", [])}
        ents = _clean_ents(doc, titles)
        person_starts = {tok_at.get(seg.start + e.start_char) for e in ents if e.label_ in ("PER", "PERSON")
                         and not any(t.lower_ in _public_org_words(lang) for t in e)}
        org_starts = {tok_at.get(seg.start + e.start_char) for e in ents if e.label_ == "ORG"}
        for ent in ents:
            info = entity_info(ent)
            titled = 0
            if info.kind == "place" and not ent.ent_id_ and (code := _state_by_context(doc, ent, lang)):
                info = type(info)("state", code, False, None, None)  # "Beziehungen zu Amerika"
            if ent.label_ in ("PER", "PERSON") and _titled_state_name(doc, ent):
                continue
            if ent.label_ in ("PER", "PERSON") and info.kind != "person":
                # A joined span ("Ana" + "Lima") has the capital's id on its root token.
                info = type(info)("person", None, False, None, None)
            if info.kind == "organization" and (n := _title_words(ent)) \
                    and all(lx.NAME_TOKEN.match(t.text) for t in ent[n:]) \
                    and not any(t.lower_ in _public_org_words(lang) for t in ent[n:]):  # "General Assembly"
                # "Presidential Spokesperson Harry Roque" tagged as an organisation
                info = type(info)("person", None, False, _titles()[ent[:n].text.lower()], None)
                titled = n
            if info.kind in ("organization", "place") and info.org_id is None and not ent.ent_id_ and ent.start > 0 \
                    and doc[ent.start - 1].lower_ in _titles() and len(ent) >= 2 \
                    and all(lx.NAME_TOKEN.match(t.text) for t in ent) \
                    and not any(t.lower_ in _public_org_words(lang) for t in ent):
                # "President Hage Geingob" tagged as an organisation: a title names a person
                info = type(info)("person", info.country, False, _titles()[doc[ent.start - 1].lower_], None)
            if lang == "en" and info.kind == "person" and not info.role and not ent.ent_id_ \
                    and (role := _title_of_place(doc, ent)):
                # "First Minister of Scotland Nicola Sturgeon": the title before its place
                info = type(info)("person", info.country, False, role, None)
            if lang == "en" and info.kind == "organization" and info.org_id is None and not ent.ent_id_ \
                    and _person_by_context(doc, ent):
                info = type(info)("person", info.country, False, None, None)
            elif lang == "en" and info.kind == "person" and not ent.ent_id_ and _organization_by_context(doc, ent):
                if doc[ent.start - 1].lower_ in lx.PRIVATE_ORG_KIND_NOUNS["en"]:
                    continue  # "the company Cultura Viva": no actor of public affairs
                info = type(info)("organization", info.country, False, None, None)
                if ent.start > 1 and doc[ent.start - 1].lower_ in _titles() and doc[ent.start - 1].text[:1].isupper() \
                        and not doc[ent.start - 1].is_sent_start:
                    titled = -1  # "the General | Services Administration": the title word opens the name
            if info.kind == "organization" and ent.text in _capital_codes(lang):
                info = type(info)("place", _capital_codes(lang)[ent.text], True, None, None)
            a = tok_at.get(seg.start + ent.start_char)
            b = tok_at.get(seg.start + ent[-1].idx)
            if a is None or b is None:
                continue
            b += 1
            if ent.label_ == _SHIP:
                taken.update(range(a, b))  # no later name search takes the ship's words
                continue
            if info.kind in ("demonym", "other") or ent.label_ in _SKIP_LABELS:
                continue
            if info.kind == "organization" and not ent.ent_id_ and b - a == 1 and "-" in toks[a].text \
                    and toks[a].text.split("-")[-1].lower() in lx.ROLE_NOUNS_BY_LANG.get(lang, ()):
                continue  # "der AfD-Obmann": a person's role, the party's name in it
            if info.kind == "organization" and b < len(toks) and toks[b].lower in lx.ORG_TAIL_WORDS:
                b += 1  # "the Houthi movement"
            if info.kind == "person" and b < len(toks) and _ELIDED_PARTICLE.match(toks[b].text):
                b += 1  # "Valéry Giscard d'Estaing": the tagger stops before the particle
            if any(k in state_bodies for k in range(a, b)):
                continue  # a word of "United States Department of Justice", taken below
            if info.kind == "organization" and not ent.ent_id_ and _body_word_of_title(toks, a, b, person_starts, lang):
                continue  # "Senate minority leader Ann Lee": the body's word is part of her role
            if info.kind == "organization" and lang == "en" and not ent.ent_id_ \
                    and (end := _name_goes_on(toks, b, person_starts, org_starts)) > b:
                state_bodies.update(range(b, end))  # words of the name: no entities of their own
                b = end  # "Tunisian League | for the Defence of Human Rights"
            if info.kind == "organization" and lang == "de" and not ent.ent_id_ \
                    and (end := _purpose_name_goes_on(toks, a, b, person_starts)) > b:
                state_bodies.update(range(b, end))
                b = end  # "Bundesamt für Straßenbau | und Verkehrssicherheit"
            if info.kind == "state" and lang == "en" and (end := _body_after_state(toks, b, person_starts)):
                m = mention(a, end, "organization", country=info.country)
                raw.append((m, None))
                state_bodies.update(range(a, end))
                taken.update(range(a, end))
                continue
            if info.kind == "state" and ent.ent_id_.startswith("country:") and _inside_name(doc, ent, titles):
                continue  # "New Mexico", "Agence France-Presse", "South China Sea": another name
            if info.kind in ("person", "organization") and info.org_id is None and not ent.ent_id_ \
                    and (non_actor(ent.text, lang) or (info.kind == "organization" and _non_public(ent.text, lang))):
                continue
            if not ent.ent_id_ and (any(t.lower_ in lx.STORM_WORDS for t in ent[:2])
                                    or ent.start > 0 and doc[ent.start - 1].lower_ in lx.STORM_WORDS):
                continue  # "Hurrikan Dorian", "Typhoon Haiyan": weather, named like a person
            if ent.start > 1 and doc[ent.start - 1].text == ":" and doc[ent.start - 2].lower_ in lx.CREDIT_WORDS:
                continue  # "Image: Ann Lee": who took the picture
            if info.kind in ("person", "organization") and not ent.ent_id_:
                # "der Fernsehsender Al Noor", "the TV station Al Noor", "the press agency
                # ABC": a medium, here and where its name stands alone ("Al Noor hatte eine Lizenz")
                inside = _medium_before(doc, ent.start + 1, lang) and len(ent) > 1
                if inside or ent.start > 0 and _medium_before(doc, ent.start, lang):
                    media.add(ent[inside:].text)
            if info.kind in ("person", "organization") and not ent.ent_id_ and _medium_apposition(doc, ent.end, lang):
                media.add(ent.text)  # "WNA, der staatlichen Nachrichtenagentur": a medium
            if info.kind in ("person", "organization") and not ent.ent_id_ and ent.text in media:
                continue
            actor_id = int(ent.ent_id_.split(":")[1]) if ent.ent_id_.startswith("actor:") and ent.ent_id_.split(":")[1].isdigit() else None
            kind = info.kind
            # "Broadcaster Ann Lee", "Software-Gründer Eva Roth": the tagger takes the occupation in.
            occupation = kind == "person" and b - a > 2 and _occupation(toks[a].text, lang)
            a += occupation + titled
            if kind == "person" and b - a == 1 and toks[a].text in lx.HONORIFICS.get(lang, ()):
                continue  # "Cde [comrade] Ana Dube": the form of address alone
            while kind == "person" and b - a > 1 and (toks[a].text in lx.PRE_NOMINALS
                                                     or toks[a].text in lx.HONORIFICS.get(lang, ())):
                a += 1  # "Dr. Jan Roth", "Mr Tom Lee"
            org_id = known_id = info.org_id
            if lang == "en" and kind == "organization" and not info.org_id and not ent.ent_id_ and raw \
                    and (prev := raw[-1][0]).b == a and prev.kind == "organization" and raw[-1][1] \
                    and gazetteer.institution(raw[-1][1]) is None and toks[a - 1].space:
                # "the United Nations | General Assembly": a body of a known organisation
                # named after it is one name
                taken.difference_update(range(prev.a, a))
                a, known_id = prev.a, raw.pop()[1]
                info = type(info)(info.kind, info.country, info.is_capital, info.role, known_id)
            if lang == "en" and kind == "organization" and a > 0 and a - 1 in taken and raw \
                    and raw[-1][0].b == a and raw[-1][0].kind == "organization" \
                    and demonym_code(_strip_article(raw[-1][0].text), lang):
                # "the Afghan | Taliban": the tagger took the demonym for a name of its own
                taken.difference_update(range(raw[-1][0].a, a))
                raw.pop()
            if lang == "en" and kind == "organization" and a > 0 and a - 1 not in taken \
                    and (code := _demonym_opens_name(toks, a)):
                # "Philippine Red Cross chair X", "the Afghan Taliban": a demonym before an
                # organisation's name opens the name as written; a known body of another state
                # or of none is another body ("Philippine Red Cross"), one of that state stays
                # itself, with the longer name as an alias ("Afghan Taliban")
                known = gazetteer.institution(org_id) if org_id else None
                a, org_id = a - 1, org_id if known and known[0] == code else None
                info = type(info)(info.kind, code, info.is_capital, info.role, org_id)
            m = mention(a, b, kind, country=info.country, role=info.role, capital=info.is_capital,
                        actor_id=actor_id)
            m.branch = org_id is None and known_id is not None
            if lang == "de" and kind == "organization" and not ent.ent_id_ and (nominative := _nominative_de(ent)):
                m.surface, m.text = m.text, nominative  # "des Nationalen Sicherheitsrates" → "Nationaler Sicherheitsrat"
            if kind in ("organization", "person") and (info.org_id is None or gazetteer.institution(info.org_id)) \
                    and _at_venue(toks, a, b, kind):
                m.kind = "place"  # "at Parliament House", "im Palacio de La Moneda"
            if kind == "person" and not ent.ent_id_ and _locative(toks, a) and (
                    _state_follows(toks, b, lang) or b - a == 1 and toks[a - 1].lower in lx.IN_PLACE
                    and not (b < len(toks) and toks[b].text in lx.POSSESSIVE_MARKS)):
                # "in Koszalin, Poland", "met in Weimar": a town; not "in Roth's view"
                m.kind = "place"

            if m.kind in ("state", "place"):
                m.locative = _locative(toks, a) or _after_place(toks, a, b, raw) or _listed_after_place(toks, a, raw)
            # "Yasir Kamal of the Rapid Support Forces", "members of the navy": the
            # organisation qualifies a person and takes no part in the event itself.
            m.attribute = m.kind == "organization" and a > 0 and (
                toks[a - 1].lower in lx.DETERMINERS and _attribute_of_noun(toks, a - 1, lang)
                # "Hans Eichel (SPD)": a person's party in brackets
                or toks[a - 1].text == "(" and b < len(toks) and toks[b].text == ")"
                and bool(raw) and raw[-1][0].kind == "person" and raw[-1][0].b == a - 1)
            if kind == "person" and not info.country:
                m.country = _origin(toks, b, ents, seg) or _counterpart_country(toks, a, lang)
            if kind == "person" and not info.role and actor_id is None:
                m.private = occupation or private_person(toks, a, b, lang)
            raw.append((m, org_id))
            taken.update(range(a, b))
        for i, role in _person_handles(doc) if handles else ():
            k = tok_at.get(seg.start + doc[i].idx)
            if k is not None and k not in taken:
                raw.append((mention(k, k + 1, "person", role=role), None))
                taken.add(k)
    person_words = {w for m, _ in raw if m.kind == "person" for w in _name_words(m.text, lang)}
    person_words |= {w.partition("-")[2] for w in person_words if w.partition("-")[0].lower() in lx.NAME_PREFIXES}
    genitive_taken = {m.a for m, _ in raw if m.kind == "person" and m.b - m.a == 1
                      and toks[m.a].text.endswith("s") and toks[m.a].text[:-1] in person_words}
    # "Ein Berater Gasimows": the genitive name belongs to the description.
    raw = [(m, o) for m, o in raw if m.a not in genitive_taken or not (m.a > 0 and role_head(toks[m.a - 1]))]
    taken -= {a for a in genitive_taken if a > 0 and role_head(toks[a - 1])}
    _apposition_roles(toks, sents, [m for m, _ in raw if m.kind == "person"], lang)
    _plural_title_roles(toks, [m for m, _ in raw if m.kind == "person"], lang)
    raw.extend((m, None) for m in _descriptions(toks, sents, taken, lang, quotes, sent_of, person_words))
    for m in _propagate_names(toks, taken, person_words, lang, sent_of, quotes):
        # "Sofia Lund": a capital right before a known surname is the first name.
        first = next(((c, o) for c, o in raw if c.b == m.a and c.b - c.a == 1 and c.capital and not c.locative), None)
        if first is not None:
            raw.remove(first)
            m.a, m.start = first[0].a, first[0].start
            m.text = _surface(toks, m.a, m.b)
        raw.append((m, None))
    raw.extend((m, None) for m in _governments(toks, taken, lang, sent_of, quotes))
    if lang == "de":
        raw.extend((m, None) for m in _purpose_bodies(toks, taken, sent_of, quotes))
    raw.extend((m, None) for m in _ministries(toks, taken, lang, sent_of, quotes))
    if lang == "en":
        _name_ministries(raw, toks)
    bodies = _bodies(toks, taken, lang, sent_of, quotes)
    raw = _qualify_bodies(bodies, raw, toks, lang)
    anaphors = _name_anaphors(toks, taken, lang, sent_of, quotes)
    raw.extend((m, None) for m in anaphors)
    if lang == "de":
        raw = _genitive_states(raw, toks)
        raw = _bodies_of_organisations(raw, toks, taken, sent_of, quotes)
        _places_in_names(raw, toks, taken)
    raw.extend((m, None) for m in _pronouns(toks, taken, lang, sent_of, quotes))
    raw.sort(key=lambda x: x[0].start)
    end = _footer_start(toks, lang)
    raw = [(m, o) for m, o in raw if m.start < end
           and not (m.a >= 2 and toks[m.a - 1].text == ":" and toks[m.a - 2].text in lx.PORTAL_WORDS)
           and not _in_reference_number(toks, m)]
    for m, _ in raw:
        if m.kind in ("organization", "person") and m.b < len(toks) and toks[m.b].lower in lx.GEO_NOUNS:
            m.kind = "place"  # "the Teesta river", also where the name was propagated
    for m, _ in raw:
        if m.kind in ("organization", "person") and (not m.role or _place_name_end(toks, m, lang)) \
                and _place_name(toks, m, lang):
            # "Millbrook Road", "Lakeside Hospital", "Tell Amar"; with a title in it, "General
            # Ana Dube Base"
            m.kind = "place"
        elif m.kind == "person" and toks[m.a].lower in lx.STORM_WORDS:
            m.kind = "place"  # "Typhoon Lorma" joined from a name found elsewhere: weather, no person
    starts = {m.a: m for m, _ in raw}
    for m, _ in raw:
        if m.kind == "person" and not m.role and _before_its_region(toks, m, starts):
            m.kind = "place"  # "Ciudad Juárez, Mexico,", "Chippewa Falls, Wisconsin"
    for m, _ in raw:  # "the United States Embassy in Baghdad": the place is part of the name
        if lang == "en" and m.kind == "organization" and m.country and m.text.lower().endswith(lx.MISSION_NOUNS[lang]) \
                and m.b + 1 < len(toks) and toks[m.b].lower == "in" \
                and (host := starts.get(m.b + 1)) is not None and host.kind in ("state", "place") and host.country:
            m.text, m.b, m.end, m.host = _surface(toks, m.a, host.b), host.b, host.end, host.country
    for m, _ in raw:  # "das Außenministerium in Moskau"
        if m.kind == "organization" and not m.country and m.b < len(toks) and toks[m.b].lower == "in":
            nxt = starts.get(m.b + 1)
            if nxt is not None and nxt.capital:
                m.country = nxt.country
    known_words: set[str] = set()
    for m, org_id in raw:
        second = None
        if m.kind in ("place", "state") and m.b - m.a == 1 and toks[m.a].text in known_words \
                and not m.locative and not (m.b < len(toks) and toks[m.b].lower in lx.GEO_NOUNS):
            m.kind = "person"  # a known surname tagged as a place ("Pompeo", "Lima")
            m.capital, m.country = False, None
        if m.kind == "person":
            second = reg.split_two_names(m, toks)
            reg.resolve_person(m)
            if m.actor:
                known_words.update(m.actor.tokens)
            if second is not None:
                reg.resolve_person(second)
        elif m.kind == "organization" and any(m is x for x in bodies):
            reg.resolve_body(m)
        elif m.kind == "organization" and any(m is x for x in anaphors):
            reg.resolve_name_anaphor(m)
            if m.actor is None:
                continue  # "the council" with no council named before: no mention at all
        elif m.kind == "organization":
            if (m.b - m.a == 1 and toks[m.a].text in known_words) or reg.surname_of(m.text):
                m.kind = "person"
                reg.resolve_person(m)
            elif (short := _spelt_out(m, toks, raw)) is not None and short.actor is not None:
                reg.attach(m, short.actor)  # "the RMT union (National Union of Rail, …)"
                short.actor.name = _strip_article(m.text)
            else:
                reg.resolve_org(m, org_id)
                if m.b + 2 < len(toks) and toks[m.b].text == "(" and toks[m.b + 2].text == ")" \
                        and abbreviation(toks[m.b + 1].text):
                    reg.abbreviations[toks[m.b + 1].text] = m.actor  # "National Crime Agency (NCA)"
                elif lang == "de" and m.b < len(toks) and " " in m.text and abbreviation(toks[m.b].text) \
                        and len(toks[m.b].text) > 1:
                    reg.abbreviations[toks[m.b].text] = m.actor  # "vom Nationalen Wahlrat NWR"
        elif m.kind == "state":
            reg.attach(m, reg.actor_for_state(m.country))
        elif m.kind == "place" and lang == "de" and not m.locative and (land := _federal_state(toks, m)):
            m.kind = "organization"  # "Bayern werde den Beschluss nicht umsetzen"
            key = f"org:{land[0].split()[-1].lower()}"  # "Land Bremen" and "Bremen" are one body
            actor = reg.actors.get(key) or reg._new(key, "organization", land[0])
            if " " in land[0] and " " not in actor.name:
                actor.forms.append(actor.name)
                actor.name = land[0]  # "das Land Hessen" after "Hessen": the fuller name
            actor.country, actor.known = land[1], True
            reg.attach(m, actor)
        elif m.kind == "place" and m.capital and m.country and _capital_acts(toks, m):
            m.kind = "state"  # "Pjöngjang zeigte sich offen": the capital stands for its state
            reg.attach(m, reg.actor_for_state(m.country))
        elif m.kind == "desc":
            reg.resolve_description(m, indefinite=not m.definite)
        if not m.attribute:
            reg.mentions.append(m)
        if second is not None:
            reg.mentions.append(second)
    reg.merge_short_persons()
    reg.merge_genitive_persons()
    reg.merge_spellings()
    reg.merge_body_forms()
    reg.merge_bare_heads()
    reg.merge_state_prefixed()
    reg.finish()
    return reg


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


_NAME_LINKS = frozenset({"of", "von", "for", "für", "the", "der"})


def _state_by_context(doc, ent, lang: str) -> str | None:
    """"dass Amerika sicher bleibt", "relations with America": a name that is a state's only
    where it stands alone (``gazetteer.STATE_ALONE``) names the state when no capitalised
    word or name link ("South America", "Voice of America", "Captain America") stands
    before it and, in English, no capitalised word after it ("America First")."""
    code = gazetteer.STATE_ALONE.get(lang, {}).get(ent.text)
    if code is None:
        return None
    if ent.start > 0:
        prev = doc[ent.start - 1]
        if prev.lower_ in _NAME_LINKS or prev.text[:1].isupper() and not prev.is_sent_start \
                or prev.text in ("-", "–") and prev.idx + len(prev.text) == ent.start_char:
            return None
    if ent.end < len(doc) and (nxt := doc[ent.end]).text[:1].isupper() and lang == "en" \
            or ent.end < len(doc) and doc[ent.end].text == "-":
        return None
    return code


@lru_cache(maxsize=4)
def _state_words(lang: str) -> frozenset[str]:
    """Every one-word name of a state in the language, also the ambiguous ones."""
    return frozenset(n for ns in gazetteer.state_names(lang).values() for n in ns if " " not in n) \
        | gazetteer.STATE_STOP


def _titled_state_name(doc, ent) -> bool:
    """"Captain America", "Miss Germany": a title before a state's name makes a figure or a
    contest's title, no person of that name."""
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in _titles() \
        and ent.text in _state_words(doc.lang_)


_HANDLE = re.compile(r"^@[A-Za-z]\w{3,}$")
_HANDLE_HONORIFIC = re.compile(r"^@(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov)[A-Z][a-z]")


def _person_handles(doc) -> list[tuple[int, str | None]]:
    """"Secretary of State @TomWardell", "@DrEvaLind will close the offices": an account's
    handle after a title, or opening with a person's form of address, names that person
    (the handle is the name the text gives; docs/annotation.md counts it as a person's)."""
    titles = {span.end: span.label_ for span in doc.spans.get("titles", [])}
    return [(t.i, titles.get(t.i)) for t in doc if _HANDLE.match(t.text)
            and (t.i in titles or _HANDLE_HONORIFIC.match(t.text))]


def _person_by_context(doc, ent) -> bool:
    """An English name of two to four words tagged as an organisation that its context
    shows to be a person: after an owner ("the Fund's Jacqueline Ruiz said"), in an
    apposition to a role ("the president of Namibia, Hage Ndeitunga,") or before one ("Dan
    Hale, chief executive of …"), or a member "of the" body ("Nia Holt of the National
    Crime Agency")."""
    if not 2 <= len(ent) <= 4 or not all(lx.NAME_TOKEN.match(t.text) for t in ent) \
            or any(t.lower_ in _public_org_words("en") or t.lower_ in lx.ORG_TAIL_WORDS for t in ent):
        return False
    titles = _titles()
    before = doc[max(0, ent.start - 5):ent.start]
    after = doc[ent.end:ent.end + 5]
    if len(before) and before[-1].text in {"'s", "’s"}:
        return True
    if len(before) and before[-1].text == "," and any(t.lower_ in titles or t.lower_ in lx.ROLE_NOUNS for t in before[:-1]):
        return True
    if len(after) >= 2 and after[0].text == "," and any(t.lower_ in titles or t.lower_ in lx.ROLE_NOUNS
                                                       for t in after[1:]):
        return True
    return len(after) >= 2 and after[0].lower_ == "of" and after[1].lower_ == "the"


def _organization_by_context(doc, ent) -> bool:
    """An English name tagged as a person that is an organisation's: it holds a public
    body's word or its kind ("the Sioux Tribes"), follows its kind ("the party Civic
    Platform", "the company Cultura Viva": a company is then left out as no public body) or
    stands between an article and its kind ("the Jamaah Ansharut Daulah network")."""
    kinds = lx.ORG_KIND_NOUNS["en"]
    if any(t.lower_ in _public_org_words("en") or t.lower_ in kinds for t in ent):
        return True
    if ent.start > 1 and doc[ent.start - 1].lower_ in lx.DETERMINERS and ent.end < len(doc) \
            and doc[ent.end].lower_ in kinds:
        return True  # "the Jamaah Ansharut Daulah network", "the Wagner group"
    return ent.start > 0 and doc[ent.start - 1].lower_ in kinds


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


def _surface(toks: list[Tok], a: int, b: int) -> str:
    out = ""
    for t in toks[a:b]:
        out += t.text + (" " if t.space else "")
    return out.strip()


def _place_of_title(doc, ent) -> int:
    """English: how many words of a person's span name the place of the title before it
    ("Senator from Vermont Bernie Sanders", "President of South Africa Ana Dube"): a state's
    name, else one word, with a name of two words or more left."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "from") \
            or doc[ent.start - 2].lower_ not in _titles():
        return 0
    states = _state_lookup(doc.lang_)
    cut = next((n for n in (3, 2) if len(ent) - n >= 2 and ent[:n].text in states), 1)
    rest = ent[cut:]
    return cut if len(rest) >= 2 and all(lx.NAME_TOKEN.match(t.text) for t in rest) else 0


def _title_of_place(doc, ent) -> str | None:
    """English: the title before a place of one to three capitalised words right before a
    person's name, linked by "of" or "from" (TITLE_PLACE_LINKS: "First Minister of Scotland
    X", "Mayor of Koszalin X", "Senator from Vermont X"), where the tagger took the place
    into the name or left it untagged."""
    k, n = ent.start - 1, 0
    while k > 0 and n < 3 and lx.NAME_TOKEN.match(doc[k].text) and doc[k].lower_ not in _titles():
        k, n = k - 1, n + 1
    if n == 0 or doc[k].lower_ not in lx.TITLE_PLACE_LINKS.get(doc.lang_, ()):
        return None
    return next((t.label_ for t in doc.spans.get("titles", []) if t.end == k), None)


def _state_follows(toks: list[Tok], b: int, lang: str) -> bool:
    """A comma and a state's name follow ("…, Poland", "…, North Poland")."""
    if b >= len(toks) or toks[b].text != ",":
        return False
    words = [t.text for t in toks[b + 1:b + 4]]
    states = _state_lookup(lang)
    return any(" ".join(words[k:n]) in states for k in (0, 1) for n in (k + 1, k + 2, k + 3))


def _title_words(ent) -> int:
    """How many words of a title of office open the entity, with a name after them."""
    return next((n for n in (3, 2, 1) if len(ent) > n and ent[:n].text.lower() in _titles()), 0)


def _clean_ents(doc, titles: set[tuple[int, int]]) -> list:
    """Entities minus junk (links, titles tagged as organisations), person spans trimmed
    of trailing lower-case words and adjacent person pieces joined."""
    out = []
    ents = list(doc.ents)
    if doc.lang_ == "de":
        ents = sorted(ents + _adjective_bodies(doc), key=lambda e: e.start)
    if doc.lang_ == "en":
        ents = sorted(ents + _names_before_role_apposition(doc), key=lambda e: e.start)
    ships = {ent.text for n, ent in enumerate(ents) if ent[0].text in lx.SHIP_PREFIXES or _after_vessel_noun(doc, ent)
             or n > 0 and ents[n - 1].end == ent.start and ents[n - 1].text in lx.SHIP_PREFIXES}
    for n, ent in enumerate(ents):
        if ent is None:
            continue
        if "/" in ent.text or "@" in ent.text or not re.search(r"[^\W\d_]", ent.text):
            continue
        if ent.text in ships:
            # "die USS | Carl Vinson", "HMS Defender", "das Docklandungsschiff „Karel
            # Doorman“", "the tanker Stena Lind": a ship, here and wherever its name stands
            out.append(_span(doc, ent.start, ent.end, _SHIP))
            continue
        ent = _titled_name(doc, _trimmed(doc, ent))
        if ent.label_ == "PERSON" and len(ent) > 2 and _plural_title(ent[0].text):
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)  # "Representatives | Ann Lee, …"
        if ent.label_ == "PER" and _first_name_before(doc, ent):
            ent = _span(doc, ent.start - 1, ent.end, "PER")  # "Jaya" + "Krishna Cuttaree"
        if ent.label_ == "ORG" and (k := _time_tail(doc, ent)):
            ent = _span(doc, ent.start, ent.end - k, "ORG")  # "die Kommission | zur Zeit": no part of the name
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if ent.label_ == "ORG" and nxt is not None and _state_ends_name(doc, ent, nxt):
            # "Parliament of" + "Iraq", "Parliament" + "of Peru": the state's name ends the
            # organisation's
            ent = _span(doc, ent.start, nxt.end, "ORG")
            ents[n + 1] = None
        if ent.label_ == "ORG" and (n_title := _title_at_end(doc, ent)):
            ent = _span(doc, ent.start, ent.end - n_title, "ORG")  # "Coast Guard | Commandant Admiral Lee"
        if ent.label_ in ("ORG", "PERSON") and len(ent) == 1 and _GLUED_ABBREVIATION.match(ent.text):
            continue  # "MPof": an abbreviation glued to the next word, no name
        if ent.end < len(doc) and doc[ent.end].text == ":" and _GLUED_CAPTION.search(ent[-1].text):
            continue  # "Ann LeeImage: …": a caption word glued to the name; the name stands elsewhere
        if ent.label_ == "ORG" and doc.lang_ == "en":
            start, end = _org_name_start(doc, ent), _org_name_end(doc, ent, ents[n + 1:])
            if (start, end) != (ent.start, ent.end):
                # "the | Co-operative Commonwealth Federation", "Global Coalition to Defeat |
                # ISIS", "National Union of Rail | , Maritime and Transport Workers": the
                # tagger's name stops inside the name; the entities in the rest are its words
                for k in range(n + 1, len(ents)):
                    if ents[k] is not None and ents[k].start < end:
                        ents[k] = None
                ent = _span(doc, start, end, "ORG")
        cut = _after_dateline(doc, ent)
        if cut is not None:
            if cut >= ent.end:
                continue
            ent = _span(doc, cut, ent.end, ent.label_)  # "CANBERRA - Australian": the dateline is no name
        if (ent.start, ent.end) in titles and ent.label_ not in ("PER", "PERSON"):
            continue
        if _genitive_after_title(doc, ent, ents[n + 1] if n + 1 < len(ents) else None):
            continue  # "der Innenminister Brandenburgs, Jörg Klein": a place, no person
        if len(ent) > 1 and ent[0].lower_ in lx.DETERMINERS:
            # "the European Commission": the article is no part of the name
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)
        if len(ent) > 1 and ent[0].tag_ in _OPENING_WORD_TAGS.get(doc.lang_, ()) \
                and ent[0].lower_ not in lx.NAME_START_PARTICLES \
                and (ent[0].is_sent_start or ent.start == 0 or doc[ent.start - 1].is_space or doc[ent.start - 1].is_punct):
            # "Regarding Ashodaya", "Before COVID-19", "Will Red Hat …?", "Per Twitter", "Weil
            # Wähler": a sentence's opening word capitalised
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)
        lead = ent.start
        while lead < ent.end - 1 and doc[lead].is_lower and doc[lead].pos_ in _NO_NAME_POS \
                and doc[lead].text not in lx.NAME_START_PARTICLES and doc[lead + 1].text[:1].isupper():
            lead += 1  # "meet Igor Petrov", "to visit Ana Ruiz": the tagger took in a verb before the name
        if lead != ent.start:
            ent = _span(doc, lead, ent.end, ent.label_)
        if ent.label_ in ("PERSON", "ORG") and len(ent) >= 3 and (cut := _place_of_title(doc, ent)):
            # "Senator from Vermont | Bernie Sanders", "First Minister of Scotland | Nicola
            # Sturgeon": the place of the office is no part of the name
            ent = _span(doc, ent.start + cut, ent.end, "PERSON")
        if ent.label_ in ("PER", "PERSON", "ORG"):
            end = ent.end
            while ent.label_ != "ORG" and end > ent.start + 1 and not doc[end - 1].text[:1].isupper() \
                    and doc[end - 2].whitespace_ and doc[end - 1].is_alpha:
                end -= 1  # "Donald Trump den" (but not "Lee Min-jae")
            if ent.label_ in ("PER", "PERSON"):
                end = _name_end(doc, ent.start, end)
            if ent.label_ == "PER" and doc.lang_ == "de" and (noun := _common_noun_in_name(doc, ent.start, end)):
                # "Ina Roth Nachfolgerin von Eva Lind": the tagger ran on over a noun
                rest = noun + 1 + (noun + 1 < end and doc[noun + 1].pos_ == "ADP")
                if rest < end and all(t.pos_ == "PROPN" for t in doc[rest:end]):
                    ents.insert(n + 1, _span(doc, rest, end, "PER"))
                end = noun
            if end != ent.end:
                ent = _span(doc, ent.start, end, ent.label_)
            if not doc[ent.start].text[:1].isupper() and not (
                    ent.label_ in ("PER", "PERSON") and len(ent) > 1 and doc[ent.start].text in lx.NAME_START_PARTICLES
                    or ent.label_ in ("PER", "PERSON") and len(ent) > 2
                    and lx.particle_pair(doc[ent.start].text, doc[ent.start + 1].text)):
                continue  # not a name, but "de Villepin", "von der Leyen"
        if out and out[-1].label_ in ("PER", "PERSON") and out[-1].end == ent.start \
                and len(out[-1]) == 1 and ent.ent_id_.startswith("capital:"):
            # "Ana" + "Lima": a surname, not Peru's capital
            out[-1] = _span(doc, out[-1].start, ent.end, out[-1].label_)
            continue
        if out and ent.label_ in ("PER", "PERSON") and out[-1].end == ent.start and len(out[-1]) == 1 \
                and out[-1].ent_id_.startswith("capital:") \
                and not (out[-1].start > 0 and doc[out[-1].start - 1].lower_ == "of"):
            # "Sofia" + "Lund": a first name, not Bulgaria's capital (but "Mayor of London Sadiq Khan")
            out[-1] = _span(doc, out[-1].start, ent.end, ent.label_)
            continue
        if out and ent.label_ in ("PER", "PERSON") and out[-1].label_ == ent.label_ and out[-1].end == ent.start:
            out[-1] = _span(doc, out[-1].start, ent.end, ent.label_)
            continue
        out.append(ent)
    return out


_SHIP = "SHIP"  # the label of a ship's name among the cleaned entities


@lru_cache(maxsize=2)
def _time_references(lang: str) -> frozenset[tuple[str, ...]]:
    """Words that refer to the present, past or future ("zur Zeit", "bislang", "currently"),
    as lower-case word tuples."""
    return frozenset(tuple(w.lower().split()) for words in dl.REFERENCES.get(lang, {}).values() for w in words)


def _first_name_before(doc, ent) -> bool:
    """German: the word before a person's name is a first name the tagger took for a noun
    ("…, Jaya Krishna Cuttaree aus Mauritius"): a rare capitalised word (spaCy's word
    frequencies) in no entity, after a comma, a conjunction or at the sentence's start, that
    is no title, role or occupation and does not end like a German noun for a person or a
    thing (lexicon.NON_NAME_ENDINGS_DE)."""
    k = ent.start - 1
    if k < 0 or len(ent) < 2:
        return False
    word = doc[k]
    before = doc[k - 1] if k > 0 else None
    return word.is_alpha and word.text[:1].isupper() and not word.is_upper and not word.ent_type_ \
        and (before is None or before.is_sent_end or before.text == "," or before.lower_ in ("und", "sowie")) \
        and gazetteer.word_log_prob(word.text, "de") < lx.NAME_AFTER_PARTICLES_MAX_PROB \
        and not word.lower_.endswith(lx.NON_NAME_ENDINGS_DE) and word.lower_ not in _titles() \
        and not _title_compound(word.lower_) and word.lower_ not in lx.ROLE_NOUNS \
        and _role_compound_head(word.lower_) is None and not _occupation(word.text, "de")


def _time_tail(doc, ent) -> int:
    """Number of words at the end of an organisation's name that refer to a time and that the
    tagger took in ("die Kommission zur Zeit", "der Rat bislang"); 0 when none."""
    refs = _time_references(doc.lang_)
    for n in (3, 2, 1):
        if len(ent) > n and tuple(t.lower_ for t in ent[-n:]) in refs:
            return n
    return 0


def _names_before_role_apposition(doc) -> list:
    """English: a name the tagger left untagged that opens a sentence (often a paragraph's
    first words) and is followed by an apposition with a role ("Ann Lee, a fire service
    spokeswoman, told …", "Jo Park, the spokesperson for the ministry, said …"): two or
    three capitalised proper nouns, a comma, an article, then a role noun of the lexicon
    within five words and before the next comma."""
    out, tagged = [], {t.i for e in doc.ents for t in e}
    for a, tok in enumerate(doc):
        if tok.pos_ != "PROPN" or a in tagged or not _opens_sentence(doc, a):
            continue
        b = a
        while b < len(doc) and b - a < 3 and doc[b].pos_ == "PROPN" and lx.NAME_TOKEN.match(doc[b].text):
            b += 1
        if not 2 <= b - a <= 3 or any(k in tagged for k in range(a, b)) or b + 2 >= len(doc) \
                or doc[b].text != "," or doc[b + 1].lower_ not in ("a", "an", "the"):
            continue
        words = itertools.takewhile(lambda t: t.text != "," and t.pos_ in ("NOUN", "ADJ", "PROPN", "ADP", "DET"),
                                    doc[b + 2:b + 7])
        if any(t.lower_ in lx.ROLE_NOUNS or t.lower_ in _titles() for t in words):
            out.append(_span(doc, a, b, "PERSON"))
    return out


def _opens_sentence(doc, i: int) -> bool:
    """Token i is the first word of the text, of a paragraph or after a sentence's end
    (quotation marks between)."""
    k, newline = i - 1, False
    while k >= 0 and (doc[k].text in QUOTE_MARKS or doc[k].is_space):
        newline = newline or "\n" in doc[k].text
        k -= 1
    return k < 0 or newline or doc[k].text in {".", "!", "?"}


def _after_vessel_noun(doc, ent) -> bool:
    """A name right after a word for a ship, or after it and an opening quote: the ship's
    name (``lx.VESSEL_NOUNS``; German also as a compound's end: "Docklandungsschiff")."""
    nouns = lx.VESSEL_NOUNS.get(doc.lang_, ())
    if len(ent) > 1 and ent[0].lower_ in nouns:
        return True  # "Tanker Mira Lund" taken in whole
    k = ent.start - 1
    if k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    return word in nouns or doc.lang_ == "de" and word.endswith(tuple(nouns))


def _adjective_bodies(doc) -> list:
    """German bodies named by capitalised adjectives and a body's noun that the tagger
    leaves out: "aus dem Nationalen Sicherheitsrat", "der Zweite Senat", "von der
    Verfassungsgebenden Versammlung" (after an article; the adjectives inflected, with a stem
    of ``lexicon.ADJECTIVE_STEMS_DE``; the noun ends in a word of
    ``data/public_org_words.tsv``). Given in the nominative by `_nominative_de`."""
    tagged = {t for e in doc.ents for t in range(e.start, e.end)}
    words = tuple(_public_org_words("de"))
    out, done = [], 0
    for i in (doc.to_array("POS") == ADJ).nonzero()[0].tolist():  # adjectives only: the rest is cheap to skip
        if i < max(done, 1):
            continue
        j = i
        while j < len(doc) and j not in tagged and _name_adjective(doc[j]):
            j += 1
        noun = doc[j] if j < len(doc) else None
        if j > i and noun is not None and j not in tagged and noun.pos_ in ("NOUN", "PROPN") \
                and noun.text[:1].isupper() and re.sub(r"e?s$", "", noun.lower_).endswith(words) \
                and (doc[i - 1].lower_ in lx.ARTICLES["de"] - lx.INDEFINITE or doc[i - 1].lower_ in lx.ARTICLE_CONTRACTIONS["de"]):
            out.append(_span(doc, i, j + 1, "ORG"))
        done = j + 1 if j > i else i + 1
    return out


def _name_adjective(tok) -> bool:
    """A capitalised, inflected German adjective inside a sentence ("Nationalen", "Zweite")."""
    if tok.pos_ != "ADJ" or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    stem = _INFLECTION.sub("", tok.text)
    return stem != tok.text and stem.lower().endswith(lx.ADJECTIVE_STEMS_DE)


# Parts of speech no name starts with (a preposition may: "von Weizsäcker", "de Villepin").
_NO_NAME_POS = {"VERB", "AUX", "PART", "PRON", "SCONJ", "CCONJ", "ADV"}
# Tags of words that open a sentence and are no part of the name the tagger runs them into:
# prepositions, conjunctions, gerunds, modals, imperatives ("Before COVID-19", "Make Lakeside a …",
# "Per Twitter", "Weil Wähler").
_OPENING_WORD_TAGS = {"en": ("IN", "VBG", "MD", "VB"), "de": ("APPR", "APPRART", "KOUS", "KON", "KOUI", "PTKNEG")}


def _title_at_end(doc, ent) -> int:
    """How many words of a title end an organisation's name before a name or another title
    ("Coast Guard | Commandant Admiral Elmer Quinto", "Senate | Majority Leader Ann Lee"):
    the title is the person's; 0 if none (not "Office of the President")."""
    if ent.end >= len(doc) or not lx.NAME_TOKEN.match(doc[ent.end].text) or doc[ent.end].ent_type_ in _SKIP_LABELS:
        return 0
    n = next((n for n in (3, 2, 1) if len(ent) > n and ent[-n:].text.lower() in _titles()), 0)
    return n if n and ent[-n - 1].lower_ not in ("of", "the", "for", "and") else 0


# A picture's caption word glued to the name before it by a missing space ("LeeImage:").
_GLUED_CAPTION = re.compile(r"[a-zà-ÿ](?:Image|Photo|Picture|Foto|Bild)$")
# An abbreviation glued to a small word by a missing space ("MPof", "MPsfor").
_GLUED_ABBREVIATION = re.compile(r"^[A-Z]{2,}s?(?:of|for|to|in|and|the|from)$")


def _list_word(tok) -> bool:
    """A capitalised word that may be an item of a list inside a name ("Maritime", "Labour"):
    no abbreviation, state, capital or title."""
    return bool(lx.NAME_TOKEN.match(tok.text)) and not (tok.is_upper and len(tok.text) > 1) \
        and not tok.ent_id_.startswith(("country:", "capital:")) and tok.lower_ not in _titles()


def _org_name_end(doc, ent, following) -> int:
    """The end of an English organisation's name where the tagger stopped inside it: before
    its head noun (a word of public bodies: "… Management | Presidency"), the
    object of "to" + verb ("Global Coalition to Defeat | ISIS"), one word after "of X and"
    ("High Court of England | and Wales", "Ministry of Trade | and Industry"; not a body of
    its own, "… and Parliament"), the rest of a list after "of"/"for" ("Ministry of Health |
    , Labour and Welfare", "Union of Rail | , Maritime and Transport Workers")."""
    end = ent.end
    if end + 1 >= len(doc):
        return end
    words = [t.lower_ for t in ent]
    if ent[-1].whitespace_ and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "O" \
            and doc[end].lower_ in _public_org_words("en") and words[-1] not in _public_org_words("en"):
        return end + 1  # "Disaster and Emergency Management | Presidency": its head noun ends the name
    if len(ent) >= 3 and words[-2] == "to" and lx.NAME_TOKEN.match(ent[-1].text) and ent[-1].whitespace_:
        k = end
        while k < len(doc) and doc[k - 1].whitespace_ and lx.NAME_TOKEN.match(doc[k].text) \
                and doc[k].ent_type_ not in _SKIP_LABELS:
            k += 1
        return k
    nxt = next((e for e in following if e is not None), None)
    if words[-1] in ("of", "the") and nxt is not None and nxt.start == end and nxt.label_ == "ORG":
        # "Office of the | UN | High Commissioner for Human Rights": a known body's name stops
        # the tagger's, and the capitalised words after it go on with the longer name
        k = nxt.end
        while k < len(doc) and (lx.NAME_TOKEN.match(doc[k].text) and doc[k].ent_type_ not in _SKIP_LABELS
                                or doc[k].lower_ in ("for", "of", "on") and k + 1 < len(doc)
                                and lx.NAME_TOKEN.match(doc[k + 1].text) and k > nxt.end):
            k += 1
        if k > nxt.end:
            return k
    if len(ent) >= 3 and words[-2] == "of" and _list_word(ent[-1]) and doc[end].lower_ == "and" \
            and _list_word(doc[end + 1]) and doc[end + 1].lower_ not in _public_org_words("en") \
            and (doc[end + 1].ent_iob_ == "O" or nxt is not None and nxt.start == end + 1 and nxt.end == end + 2
                 and nxt.label_ in ("GPE", "LOC", "ORG") and not nxt.ent_id_) \
            and not (end + 2 < len(doc) and (doc[end + 2].text in lx.POSSESSIVE_MARKS
                                             or lx.NAME_TOKEN.match(doc[end + 2].text))):
        return end + 2  # "Ministry of Trade | and Industry", "High Court of England | and Wales"
    if len(ent) >= 3 and words[-2] in ("of", "for") and _list_word(ent[-1]) and doc[end].text == ",":
        k = end
        while k + 2 < len(doc) and doc[k].text == "," and _list_word(doc[k + 1]) and doc[k + 2].text in (",", "and"):
            k += 2
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and" and k > end:
            k += 1
        if k == end or doc[k].lower_ != "and":
            return end
        j = k + 1
        while j < len(doc) and j - k <= 3 and _list_word(doc[j]):
            j += 1
        if j > k + 1 and not (j < len(doc) and (lx.NAME_TOKEN.match(doc[j].text) or doc[j].text in lx.POSSESSIVE_MARKS)):
            return j
    return end


def _org_name_start(doc, ent) -> int:
    """The start of an English organisation's name that opens with a capitalised hyphenated
    word the tagger left out ("the | Co-operative Commonwealth Federation"), not a
    participle ("the Kremlin-backed …")."""
    k = ent.start
    if k < 4 or not doc[k - 1].whitespace_:
        return k
    j = k - 1
    while j > 0 and not doc[j - 1].whitespace_:
        j -= 1
    parts = doc[j:k]
    if len(parts) < 3 or "-" not in [t.text for t in parts] or not parts[0].text[:1].isupper() \
            or any(t.ent_type_ for t in parts) or not all(t.is_alpha or t.text == "-" for t in parts) \
            or parts[-1].lower_.endswith("ed") or j == 0 or doc[j - 1].lower_ != "the":
        return k
    return j


_NOUN_ENDINGS_DE = ("ierung", "heit", "keit", "schaft", "ation")  # "Nominierung", no name


def _german_noun(word: str) -> bool:
    """A frequent German noun ("Roman", "Grab"): a capitalised lemma of spaCy's table (read
    from the derived gazetteer data, not the table itself)."""
    return word in gazetteer.frequent_noun_lemmas_de()


def _common_noun_in_name(doc, start: int, end: int) -> int | None:
    """Index of the first German common noun after the first word of a person's span: a role
    ("Arbeitsminister", "Nachfolgerin") or an abstract noun ("Nominierung"); None if none."""
    for k in range(start + 1, end):
        low = doc[k].lower_
        if low.endswith(_NOUN_ENDINGS_DE) and len(low) > 7:
            return k
        if (doc[k].pos_ == "NOUN" or doc[k].tag_ == "NN") and (low.endswith(("erin", "ung")) and len(low) > 6
                                      or low in _titles() or low.split("-")[-1] in lx.ROLE_NOUNS
                                      or _role_compound_head(low) is not None):
            return k
        if k == end - 1 and k - start >= 2 and doc[k - 1].text.endswith("s") and _german_noun(doc[k].text):
            return k  # "Eva Maria Linds Roman": what the person wrote or owns, no part of the name
        head, dash, tail = doc[k].text.partition("-")
        if dash and len(head) > 1 and head.isupper() and tail[:1].isupper() and tail[1:].islower() and len(tail) > 3:
            return k  # "Jonas Albrecht SPD-Spitzenkandidat": an organisation's compound noun
    return None


def _genitive_after_title(doc, ent, nxt) -> bool:
    """German: one word in the genitive tagged as a person between a title and the name in
    apposition ("der Oberbürgermeister Kaiserslauterns, Klaus Weber"): the place the title
    is of."""
    if doc.lang_ != "de" or ent.label_ != "PER" or len(ent) != 1 or not ent.text.endswith("s") \
            or ent.start == 0 or nxt is None or nxt.label_ != "PER" or nxt.start != ent.end + 1 \
            or doc[ent.end].text != ",":
        return False
    title = doc[ent.start - 1].lower_
    return title in _titles() or _title_compound(title) or title.split("-")[-1] in lx.ROLE_NOUNS


def _name_end(doc, start: int, end: int) -> int:
    """A person's name without post-nominal letters ("Kama Lind QC") and with the particles
    and capitalised parts that follow it ("Bashar" + "al-Assad", "Arnel" + "dela Vega"):
    a particle joins only a capitalised word that no other entity holds."""
    while end - 1 > start and doc[end - 1].text in lx.POST_NOMINALS:
        end -= 1
    end = _particle_surname_end(doc, start, end)
    if end - start >= 3 and end < len(doc) and doc[end - 1].text in lx.ARABIC_FAMILY_ARTICLES \
            and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and not doc[end].ent_id_ and doc[end].ent_type_ in ("", "PER", "PERSON"):
        end += 1  # "Tamim bin Hamad Al | Thani": the name was cut after the family's article
    k = end
    while k < len(doc) and doc[k - 1].whitespace_:
        tok = doc[k]
        if tok.lower_ in lx.NAME_PREFIXES and not tok.whitespace_ and k + 2 < len(doc) \
                and doc[k + 1].text == "-" and not doc[k + 1].whitespace_ and doc[k + 2].text[:1].isupper():
            k += 3  # "al" "-" "Assad"
            end = k
            continue
        head, dash, rest = tok.text.partition("-")
        if dash and head.lower() in lx.NAME_PREFIXES and rest[:1].isupper():
            k += 1  # "al-Nahjan" as one token (the German tokenizer)
            end = k
            continue
        if tok.text in lx.ARABIC_FAMILY_ARTICLES and tok.whitespace_ and k + 1 < len(doc) \
                and any(t.lower_ in lx.NAME_PARTICLES for t in doc[start:end]) \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and not doc[k + 1].ent_id_ \
                and doc[k + 1].ent_type_ in ("", "PER", "PERSON"):
            k += 2  # "Muhammad ibn Zayid" + "Al Nahyan"
            end = k
            continue
        if tok.lower_ in lx.NAME_PARTICLES and tok.text.islower() and k + 1 < len(doc) and tok.whitespace_:
            nxt = doc[k + 1]
            owner = k + 2 < len(doc) and doc[k + 2].tag_ == "NN"  # "sagte X zu Lindqvists Äußerungen"
            if nxt.text[:1].isupper() and nxt.text.replace("-", "").isalpha() and not nxt.is_upper \
                    and nxt.pos_ != "NOUN" and not owner \
                    and nxt.ent_type_ in ("", "PER", "PERSON") and not nxt.ent_id_:
                k += 2
                end = k
                continue
        break
    return end


def _particle_surname_end(doc, start: int, end: int) -> int:
    """The end of "Ursula von der Leyen", "Alexander Van der Bellen" where the tagger stopped
    at or inside the particles: two particle words (lexicon.NAME_PARTICLE_PAIRS) and a rare
    capitalised word that no other entity holds."""
    for k in (end - 1, end):  # the tagger may have taken "Van" into the name
        if k < start or k + 2 >= len(doc) or not lx.particle_pair(doc[k].lower_, doc[k + 1].lower_):
            continue
        word = doc[k + 2]
        if word.text[:1].isupper() and word.is_alpha and not word.ent_id_ \
                and word.ent_type_ in ("", "PER", "PERSON", "GPE", "LOC") \
                and gazetteer.word_log_prob(word.text, doc.lang_) < lx.NAME_AFTER_PARTICLES_MAX_PROB \
                and not (doc.lang_ == "de" and _common_compound(word.text)):
            return k + 3
    return end


def _common_compound(word: str) -> bool:
    """A rare German word that ends in a common noun of five letters or more is a compound
    noun, no surname: "Jana Kröger von der Beobachtermission" (not "von der Leyen")."""
    return any(gazetteer.word_log_prob(word[i].upper() + word[i + 1:], "de") > lx.COMPOUND_TAIL_MIN_PROB
               for i in range(4, len(word) - 4))


def _state_ends_name(doc, ent, nxt) -> bool:
    """"Foreign Ministry of | Iraq" (the tagger's name stops at "of") or "Parliament |
    of the | United Kingdom" (a body's word, "of", the state)."""
    if not (nxt.label_ in ("GPE", "LOC") or nxt.ent_id_.startswith(("country:", "capital:"))):
        return False
    if ent[-1].lower_ in ("of", "the"):
        return nxt.start == ent.end
    between = [t.lower_ for t in doc[ent.end:nxt.start]]
    return between in (["of"], ["of", "the"]) and ent[-1].lower_ in _public_org_words(doc.lang_)


_HYPHENATED_FIRST_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+-[A-ZÀ-Þ][a-zà-ÿ]+$")


def _hyphenated_first_name(tok) -> bool:
    """A double first name the tagger left out of the name ("Anna-Lena", "Karl-Heinz"), no
    title or description with a prefix ("Vize-Premier", "Ex-Rebellenführer")."""
    if not _HYPHENATED_FIRST_NAME.match(tok.text) or tok.ent_type_ or tok.pos_ != "PROPN":
        return False
    first, last = tok.lower_.split("-")
    return first not in lx.WORD_PREFIXES and last not in _titles() and tok.lower_ not in _titles() \
        and last not in lx.ROLE_NOUNS and len(last) <= 7


def _titled_name(doc, ent):
    """"Scheich | Nahjan | Mubarak al-Nahjan": a place or organisation the tagger found
    right after a title of office, with more name words after it, is a person's name; a
    person's name takes in the name words between it and a title ("Scheich Nahjan |
    Rashid al-Kaabi")."""
    if ent.label_ in ("PER", "PERSON") and not ent.ent_id_ and ent.start > 0 \
            and _hyphenated_first_name(doc[ent.start - 1]):
        ent = _span(doc, ent.start - 1, ent.end, ent.label_)  # "Anna-Lena | Brook"
    if ent.label_ in ("PER", "PERSON") and not ent.ent_id_:
        k = ent.start
        while k > 0 and doc[k - 1].pos_ == "PROPN" and lx.NAME_TOKEN.match(doc[k - 1].text) \
                and not doc[k - 1].ent_type_ and doc[k - 1].lower_ not in _titles() and doc[k - 1].whitespace_:
            k -= 1
        if k < ent.start and k > 0 and doc[k - 1].lower_ in _titles():
            return _span(doc, k, ent.end, ent.label_)
        return ent
    if ent.label_ not in ("LOC", "ORG", "MISC") or ent.ent_id_ or ent.start == 0 \
            or doc[ent.start - 1].lower_ not in _titles():
        return ent
    end = ent.end
    while end < len(doc) and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN" \
            and lx.NAME_TOKEN.match(doc[end].text) and not doc[end].ent_type_:
        end += 1
    if end == ent.end:
        return ent
    return _span(doc, ent.start, _name_end(doc, ent.start, end), "PER")


def _trimmed(doc, ent):
    """The entity without a possessive ending ("Democratic Party's", "Windsor Locks'") or a
    comma ("Ministry of Health,") and without an abbreviation in brackets the tagger took in
    ("Movement for Democratic Change (MDC")."""
    start, end = ent.start, ent.end
    brackets = [t.i for t in ent if t.text == "("]
    if brackets and brackets[0] > start:
        end = brackets[0]
    possessive = [t.i for t in ent[1:-1] if t.text in {"'s", "’s"}]
    if ent.label_ in ("PER", "PERSON") and possessive:
        end = possessive[0]  # "Ana Dube's | Presidency": what is hers is no part of her name
    while end > start + 1 and doc[end - 1].text in {"'s", "’s", "'", "’", ","}:
        end -= 1
    if end > start + 1 and end < len(doc) and doc[end].text == ":" and doc[end - 1].lower_ in lx.CREDIT_WORDS:
        end -= 1  # "Ann Lee Image: …": a picture's caption after the name
    return ent if (start, end) == (ent.start, ent.end) else _span(doc, start, end, ent.label_)


def _span(doc, start: int, end: int, label: str):
    """doc[start:end] as an entity with `label`."""
    span = doc[start:end]
    span.label_ = label
    return span


def _after_dateline(doc, ent) -> int | None:
    """First token after a dateline ("CANBERRA - ", "ACCRA – ") the entity starts with,
    None if it does not start with one. A dateline opens a paragraph: an upper-case place
    and a dash."""
    k = ent.start
    if k > 0 and "\n" not in doc[k - 1].text_with_ws and not doc[k].is_sent_start:
        return None
    while k < ent.end and doc[k].text.isupper() and len(doc[k].text) > 1:
        k += 1
    if k == ent.start or k >= len(doc) or doc[k].text not in {"-", "–", "—"}:
        return None
    return k + 1


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


def _locative(toks: list[Tok], a: int) -> bool:
    """"in Pjöngjang", "nach Warschau", "im Kaiserpalast in Tokio": used as a place."""
    for k in (a - 1, a - 2):
        if k >= 1 and toks[k].lower == "to" and toks[k - 1].lower not in lx.MOTION_EN:
            return False  # "listening to Paris": an addressee, not a destination
        if k >= 0 and toks[k].lower in lx.LOCATIVE:
            return True
        if k >= 0 and toks[k].lower not in {"der", "die", "dem", "den", "the"}:
            break
    return False


def _after_place(toks: list[Tok], a: int, b: int, raw: list) -> bool:
    """"Toronto, Canada", "Lagos, Nigeria": a state after a comma names where the place
    before it lies; not an item of a list that goes on ("Bayern, Hessen und Sachsen")."""
    if a < 2 or toks[a - 1].text != "," or not raw:
        return False
    if b < len(toks) and toks[b].lower in {"und", "oder", "sowie", "and", "or"}:
        return False
    before = raw[-1][0]
    return before.b == a - 1 and before.kind == "place"


def _listed_after_place(toks: list[Tok], a: int, raw: list) -> bool:
    """"aus Bayern, Berlin und Nordrhein-Westfalen", "in Ohio and Texas": a name listed right
    after a place used as one (after "in/aus …") is a place of the same list."""
    if a < 2 or toks[a - 1].lower not in {",", "und", "oder", "and", "or"} or not raw:
        return False
    k = a - 2 if toks[a - 1].lower in {"and", "or"} and toks[a - 2].text == "," else a - 1  # "…, and Utah"
    before = raw[-1][0]
    # the list's first name stands after the preposition ("Toronto, Canada" is no list)
    return before.b == k and before.kind in ("place", "state") and before.locative \
        and (_locative(toks, before.a) or _listed_after_place(toks, before.a, raw[:-1]))


def _inside_name(doc, ent, titles: set[tuple[int, int]]) -> bool:
    """A state's name that is a word of a longer proper name: a proper noun joined to it
    before ("New Mexico", "Agence France-Presse", "South China Sea") or after ("Grenada
    Street", "United States Postal Service"), not a title ("US President") nor another
    entity ("Russia Ukraine")."""
    common = gazetteer.common_nouns_de() if doc.lang_ == "de" else frozenset()

    def name_word(tok) -> bool:  # German nouns are capitalised: "am Dienstag Usbekistan"
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha \
            and tok.text not in common and tok.lower_ not in _titles() and not tok.ent_id_ \
            and not any(a <= tok.i < b for a, b in titles) and not _day_or_month(tok.lower_, doc.lang_)
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    # German "des Obersten Gerichtshofs Perus": a body's noun before the state's genitive
    # is no word of one name with it
    body_noun = prev is not None and doc.lang_ == "de" and ent.text.endswith("s") \
        and re.sub(r"e?s$", "", prev.lower_).endswith(tuple(_public_org_words("de")))
    joined_before = prev is not None and not prev.is_sent_start and prev.whitespace_ and name_word(prev) \
        and not body_noun
    # "U.S. Senate", "US Army": the state qualifies a public body (see `_qualify_bodies`)
    joined_after = nxt is not None and ent[-1].whitespace_ and name_word(nxt) \
        and nxt.lower_ not in _public_org_words(doc.lang_) | _body_first_words(doc.lang_)
    # "Islamic State of | Iraq": the organisation's entity stops at "of" before the state
    cut_name = prev is not None and prev.lower_ == "of" and prev.ent_type_ in ("ORG", "LOC", "FAC")
    return joined_before or joined_after or cut_name


def _day_or_month(word: str, lang: str) -> bool:
    """A weekday or month name: a date before a state, no word of its name ("besuchte am
    Mittwoch Litauen", "im Januar Frankreich"); the tagger takes some weekdays for names."""
    return word in dl.WEEKDAYS.get(lang, {}) or word in dl.MONTHS.get(lang, {})


def _place_name(toks: list[Tok], m: Mention, lang: str) -> bool:
    """An English name of two or more words that a street, station or hospital word ends or
    an Arabic place word starts (``lx.PLACE_NAME_ENDS_EN``, ``lx.PLACE_NAME_STARTS``)."""
    if m.b - m.a < 2:
        return False
    last = toks[m.b - 1].lower
    if lang == "de":
        return last in lx.PLACE_NAME_ENDS_EN_IN_DE and toks[m.b - 1].text[:1].isupper()
    if lang != "en":
        return False
    return last in lx.PLACE_NAME_ENDS_EN or toks[m.a].lower in lx.PLACE_NAME_STARTS \
        or (last in lx.PLACE_NAME_ENDS_LOCATIVE_EN and m.a > 0 and toks[m.a - 1].lower in lx.PLACE_PREPOSITIONS_EN)


def _place_name_end(toks: list[Tok], m: Mention, lang: str) -> bool:
    """An English name that a street, station or base word ends (``lx.PLACE_NAME_ENDS_EN``;
    in a German text ``lx.PLACE_NAME_ENDS_EN_IN_DE``)."""
    ends = {"en": lx.PLACE_NAME_ENDS_EN, "de": lx.PLACE_NAME_ENDS_EN_IN_DE}.get(lang, ())
    return m.b - m.a >= 2 and toks[m.b - 1].lower in ends


def _capital_acts(toks: list[Tok], m: Mention) -> bool:
    """A capital that stands for its state: the subject of a verb or of an adjective
    ("Pjöngjang zeigte sich offen", "Vilnius sei bereit"), the object of a verb ("accused
    Brasilia"), the other side of speech or relations ("talking to Bamako", "die Beziehungen
    zwischen Wien und Berlin"), in English the owner of a thing ("Moscow's response"). As
    the goal or start of a journey ("verließ Kiew", ``lexicon.CITY_VERBS``), a town in a
    list, the subject of a passive or of a noun ("Juba war Garnisonsstadt"), or before an
    office of the city ("Berlins Bürgermeister") it is the city."""
    lang = toks[m.a].lang
    root = next((t for t in toks[m.a:m.b] if not m.a <= t.head < m.b), toks[m.b - 1])
    if m.b < len(toks) and any(role_head(t) is not None for t in toks[m.b:m.b + 2]):
        return False
    if root.dep == "conj":  # "zwischen Wien und Berlin": as the first of the pair
        root = toks[root.head]
    head = toks[root.head]
    if root.dep in ("nsubj", "sb"):
        return head.pos in ("VERB", "ADJ")
    if root.dep in ("dobj", "obj", "iobj"):
        return head.pos == "VERB" and head.lower not in lx.CITY_VERBS[lang]
    if root.dep == "poss":
        return head.pos == "NOUN" and role_head(head) is None
    # the preposition: English governs its object, in German it hangs on the noun
    prep = head if root.dep == "pobj" else next(
        (t for t in toks[max(0, root.i - 3):root.i] if t.head == root.i and t.dep == "case"), None)
    if prep is None:
        return False
    owner = toks[prep.head] if root.dep == "pobj" else head
    if prep.lower in lx.SOURCE_PREPOSITIONS[lang] and owner.lower in lx.SOURCE_REPORTS[lang]:
        return True  # "hieß es aus Paris", "verlautete aus Peking": the government speaks
    if prep.lower not in lx.RELATION_PREPOSITIONS[lang]:
        return False
    return owner.lower in lx.RELATION_NOUNS[lang] or owner.pos == "VERB" and owner.lower not in lx.CITY_VERBS[lang]


@cache
def _federal_states() -> dict[str, str]:
    return dict(gazetteer.data_rows(FEDERAL_STATES))


def _federal_state(toks: list[Tok], m: Mention) -> tuple[str, str] | None:
    """(name, country) of a federation's state named as a body (``data/federal_states.tsv``):
    not in brackets ("Fretzdorf (Brandenburg)") nor as a genitive before a noun
    ("Hessens Landesregierung": the government acts)."""
    states = _federal_states()
    name = m.text
    land = lx.LAND_NOUNS["de"].get(toks[m.a - 1].lower) if m.a > 0 else None
    if land and name in lx.CITY_STATES:
        return f"{land} {name}", lx.CITY_STATES[name]  # "mit dem Land Bremen"
    genitive = name not in states and name.endswith("s") and name[:-1] in states
    if genitive:
        name = name[:-1]
    if name not in states or (m.a > 0 and toks[m.a - 1].text == "("):
        return None
    if genitive and m.b < len(toks) and toks[m.b].text[:1].isupper() and toks[m.b].pos in ("NOUN", "PROPN"):
        return None
    return (f"{land} {name}" if land else name), states[name]


def _before_its_region(toks: list[Tok], m: Mention, starts: dict[int, Mention]) -> bool:
    """A name, a comma and a state or region that ends the phrase ("… and Ciudad Juárez,
    Mexico, separated …"): the name is a place in it, not a person ("Ann Lee, Canada's
    envoy" goes on with a possessive, "Ann Lee, Canada and Peru" with a list)."""
    if m.b + 1 >= len(toks) or toks[m.b].text != ",":
        return False
    region = starts.get(m.b + 1)
    if region is None or region.kind not in ("state", "place"):
        return False
    after = toks[region.b] if region.b < len(toks) else None
    return after is None or after.pos in ("VERB", "AUX") or after.text in {",", ".", ";", ")"} and not (
        region.b + 1 < len(toks) and toks[region.b + 1].lower in {"and", "und"})


def _at_venue(toks: list[Tok], a: int, b: int, kind: str) -> bool:
    """A building after "at/im": any organisation-like name, a "person" only when it ends
    in a building word ("at Jubilee House"). A body whose name ends in a body's noun
    (``data/bodies.tsv``: "im EU-Parlament", "im Unterhaus") is the body where it acts."""
    if not venue_before(toks, a, {"at", "im", "inside", "beim"}):
        return False
    if kind == "organization" and _body_at(toks, b - 1, toks[b - 1].lang) is not None:
        return False
    return kind == "organization" or toks[b - 1].lower in lx.BUILDINGS


def venue_before(toks: list[Tok], a: int, preps=frozenset({"at", "im", "in", "inside", "beim"})) -> bool:
    """A locative preposition before the name at `a`, over articles and the capitalised
    start of a building's name ("im Palacio de La Moneda", "at the Lodge")."""
    k = a - 1
    while k >= 0 and a - k <= 4 and (toks[k].lower in lx.DETERMINERS | lx.INDEFINITE
                                     or toks[k].lower in {"de", "del", "of"}
                                     or toks[k].text[:1].islower() and toks[k].pos == "ADJ"  # "foreign"
                                     or toks[k].text[:1].isupper()
                                     and toks[k].lower.endswith(tuple(lx.BUILDING_STARTS))):
        k -= 1
    return k >= 0 and toks[k].lower in preps


def _counterpart_country(toks: list[Tok], a: int, lang: str) -> str | None:
    """"seinem ukrainischen Amtskollegen X", "her Japanese counterpart, X,": the demonym
    before the counterpart noun gives the person's country."""
    k = a - 1 if a > 0 and toks[a - 1].text != "," else a - 2
    if k < 1 or toks[k].lower not in lx.COUNTERPART_NOUNS.get(lang, ()):
        return None
    return demonym_code(toks[k - 1].text, lang)


def _origin(toks: list[Tok], b: int, ents, seg) -> str | None:
    """"Kim Yong Chol aus Nordkorea" → KP; "Jacinda Ardern of New Zealand", "Außenminister
    X von Nigeria" (lexicon.ORIGIN_WORDS)."""
    if b + 1 < len(toks) and toks[b].lower in lx.ORIGIN_WORDS:
        nxt = toks[b + 1]
        for ent in ents:
            if seg.start + ent.start_char == nxt.start and ent.ent_id_.startswith(("country:", "capital:")):
                return ent.ent_id_.split(":")[1]
    return None


# Words that modify no role noun: a phrase over them is no description ("a letter to
# President-elect …").
_NO_MODIFIER_POS = {"ADP", "VERB", "AUX", "PART", "PRON", "CCONJ", "SCONJ"}


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


def _descriptions(toks, sents, taken, lang, quotes, sent_of, names=frozenset()) -> list[Mention]:
    """Descriptive person phrases: determiner, modifiers, role noun, optional genitive. A
    phrase in apposition to a name is no mention of its own (`_apposition_roles` reads it)."""
    out = []
    for sent in sents:
        ts = sent.toks
        for n, tok in enumerate(ts):
            head = role_head(tok) or _oblique_role(ts, n, lang)
            if not head or tok.i in taken:
                continue
            # A role right before a name or an apposition with a name is a title.
            nxt = ts[n + 1] if n + 1 < len(ts) else None
            if lang == "en" and nxt is not None and nxt.pos == "NOUN" and nxt.text.islower():
                continue  # "the general public", "the general election": a modifier, no person
            genitive = bool(nxt and lang == "de" and nxt.text.endswith("s") and nxt.text[:-1] in names)
            if nxt and nxt.text in lx.PRE_NOMINALS:
                nxt = ts[_past_pre_nominals(ts, n + 1)]  # "Sozialminister Dr. Jan Roth"
            if nxt and (nxt.i in taken and lx.NAME_TOKEN.match(nxt.text)) and not genitive:
                continue
            if nxt and nxt.text == "," and n + 2 < len(ts) and ts[_past_pre_nominals(ts, n + 2)].i in taken:
                continue
            k = n - 1
            country = demonym_code(tok.text, lang)
            while k >= 0 and n - k <= 3 and ts[k].lower not in lx.DETERMINERS and ts[k].i not in taken \
                    and (ts[k].text[:1].islower() or demonym_code(ts[k].text, lang)
                         or ts[k].text.endswith("-")) \
                    and not (lang == "en" and ts[k].pos in _NO_MODIFIER_POS):  # "a letter to | President"
                country = country or demonym_code(ts[k].text, lang)
                k -= 1
            if any(x.lower in ("beiden", "zwei", "two", "both") for x in ts[max(k, 0):n]):
                continue  # "die beiden Politiker": a plural anaphor, not one actor
            possessor = k >= 1 and ts[k].text in {"'s", "’s"}
            if k < 0 or not (ts[k].lower in lx.DETERMINERS or possessor):
                continue
            if k >= 2 and ts[k - 1].text == "," and ts[k - 2].i in taken and lx.NAME_TOKEN.match(ts[k - 2].text) \
                    and _apposition_end(ts, n + 1) is not None:
                continue  # "Paul Weber, the Defence Secretary, said": named before the comma
            if possessor:
                continue  # "Lee's spokeswoman, Park Soo-ah": named by apposition or unnamed
            end = n + 1
            # Genitive or "for/of the X" complement: "des US-Außenministeriums", "Gasimows".
            if end < len(ts) and ts[end].lower in {"des", "der", "for", "of"}:
                j = end + 1
                while j < len(ts) and (ts[j].lower in {"the", "chinesischen", "russischen"}
                                       or ts[j].text[:1].islower() and lang == "de"
                                       and (demonym_code(ts[j].text, lang)
                                            # "Sprecher der walisischen Labour Party" (round 16)
                                            or ts[j].tag in lx.BODY_ADJECTIVE_TAGS["de"] and j - end <= 2)):
                    j += 1
                if j < len(ts) and ts[j].text[:1].isupper():
                    j = _name_phrase_end(ts, j, lang)
                    country = country or demonym_code(ts[j].text, lang) or _demonym_in(ts[end + 1:j + 1], lang)
                    j = _common_body_end(ts, j, lang)
                    end = j + 1
            elif genitive:
                end += 1  # "Berater Gasimows"
            if end > n + 2 and ts[end - 1].text in names and ts[end - 1].i in taken:
                continue  # "The Mayor of Koszalin Piotr Nowak": the title of a place before a name
            if _possessive_apposition(ts, n, taken):
                continue  # "A spokesman for Qatar's foreign ministry, Faisal al-Kuwari, said"
            comma = _apposition_end(ts, end)
            if comma is not None and comma + 1 < len(ts) and ts[comma].text == "," \
                    and ts[name := _past_pre_nominals(ts, comma + 1)].i in taken and lx.NAME_TOKEN.match(ts[name].text):
                continue  # "der Sprecher der AU-Kommission, Samuel Tesfaye,": named by apposition
            a, b = ts[k].i, ts[end - 1].i + 1
            m = Mention(toks[a].start, toks[b - 1].end, a, b, _surface(toks, a, b), "desc",
                        sent_of.get(a, 0), country=country, role=None,
                        quoted=in_quote(toks[a].start, quotes) is not None,
                        definite=ts[k].lower not in lx.INDEFINITE, head=head)
            if lang == "en" and ts[k].lower == "the" and head in ("official",) and not country:
                m.definite = True
            out.append(m)
            # the genitive complement stays free for the body it names ("der Sondergesandte des
            # US-Außenministeriums"): an organisation of its own, qualifying the person
            taken.update(range(a, tok.i + 1))
    return out


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


def _plural_title_roles(toks: list[Tok], persons: list[Mention], lang: str) -> None:
    """English: a plural title before a list of names gives each its singular ("Senators A,
    B and C", "Representatives A, B, and C"): only names, commas and "and" between."""
    if lang != "en":
        return
    starts = {m.a: m for m in persons}
    for k, tok in enumerate(toks):
        title = _plural_title(tok.text)
        if title is None or k + 1 not in starts:
            continue
        m = starts[k + 1]
        while m is not None:
            m.role = m.role or title
            j = m.b
            while j < len(toks) and (toks[j].text == "," or toks[j].lower == "and"):
                j += 1
            m = starts.get(j) if j > m.b else None


def _apposition_roles(toks: list[Tok], sents: list[Sentence], persons: list[Mention], lang: str) -> None:
    """Role and country of a person from an apposition, before or after the name: "Paul
    Weber, the Defence Secretary, said", "Tom Akers, spokesperson for the Labour Party,",
    "the mayor of Springfield, Anna Lind,", "Anna Lind, die Botschafterin Norwegens,". The
    apposition has an article (or none), a few modifiers, a title of the lexicon, a short
    complement, and no verb."""
    start_of = {t.i: s.start for s in sents for t in s.toks}
    name_ends = {p.b for p in persons}
    for m in persons:
        if m.role:
            continue
        found = None
        comma = m.b
        if comma + 2 < len(toks) and toks[comma].lower in lx.ORIGIN_WORDS and toks[comma + 1].text[:1].isupper():
            # "Jo Lund of Ohio, the party's nominee,": the apposition after the origin
            comma = next((t.i for t in toks[comma + 2:comma + 5] if not lx.NAME_TOKEN.match(t.text)), comma)
        if comma + 1 < len(toks) and toks[comma].text == ",":
            k = comma + 1 + (toks[comma + 1].lower in lx.DETERMINERS)
            found = _title_in(toks, k, min(k + 4, len(toks)), lang)
            if found and (_apposition_end(toks, found[1]) is None or any(
                    t.lower in lx.GENITIVE_LINKS[lang] and toks[t.i - 1].pos == "NOUN" for t in toks[k + 1:found[0]])):
                found = None  # "X, die Ehefrau des US-Präsidenten Y,": the title is Y's
        name = m.a
        while name > 0 and toks[name - 1].text in lx.PRE_NOMINALS:
            name -= 1  # "der Minister, Dr. Jan Roth,"
        if found is None and name >= 2 and toks[name - 1].text == ",":
            first = max((t.i for t in toks[max(0, name - 10):name - 1] if t.text == ","), default=None)
            if first in name_ends:
                continue  # "X, der frühere Botschafter, lobte Y": the apposition is X's
            k = first + 1 if first is not None else max(name - 10, 0)
            while k < name - 1 and toks[k].start < start_of.get(name, 0):
                k += 1
            # "…, sagte der Innenminister Brandenburgs, Jörg Schönbohm": the phrase starts at
            # the first article after the last verb
            verbs = [t.i for t in toks[k:name - 1] if t.pos in ("VERB", "AUX")]
            k = max(verbs, default=k - 1) + 1 if verbs else k
            k = next((t.i for t in toks[k:name - 1] if t.lower in lx.DETERMINERS), k)
            if toks[k].lower in lx.DETERMINERS and not any(t.pos in ("VERB", "AUX") for t in toks[k:name - 1]):
                found = _title_in(toks, k + 1, name - 1, lang)
                if found:
                    found = (found[0], name - 1, found[2])
        if found is None:
            continue
        a, end, role = found
        if a >= m.b and m.private and _works_for_private(toks, m.b, lang):
            continue  # "X, president of Howard University,": an office of a private body, no role
        words = toks[m.b:end] if a >= m.b else toks[a - 3 if a >= 3 else 0:end]
        m.role = role
        m.country = m.country or _demonym_in(words, lang) or _state_in(toks[a + 1:_apposition_end(toks, end) or end], lang)


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


def _state_in(ts, lang: str) -> str | None:
    """A state named in the words ("of Norway", "Norwegens", "der Vereinigten Staaten")."""
    names = _state_lookup(lang)
    for a in range(len(ts)):
        for b in range(min(len(ts), a + 3), a, -1):
            words = " ".join(t.text for t in ts[a:b])
            if code := names.get(words):
                return code
    return None


@lru_cache(maxsize=4)
def _state_lookup(lang: str) -> dict[str, str]:
    """State names, with their German genitive and weak forms → ISO code."""
    out = {}
    for code, names in gazetteer.state_names(lang).items():
        for name in names | set(gazetteer.STATE_EXTRA.get(lang, {}).get(code, [])):
            for form in gazetteer.german_inflections(name) if lang == "de" else {name}:
                out[form] = code  # "Vereinigten Staaten", "Norwegens"
    return out


def _possessive_apposition(ts, n: int, taken) -> bool:
    """"spokesman for Qatar's foreign ministry, Faisal al-Kuwari,": the role of a person
    named after the comma (English: "for/of", a possessive, a comma, a name, a comma)."""
    if n + 1 >= len(ts) or ts[n + 1].lower not in ("for", "of"):
        return False
    window = ts[n + 2:n + 10]
    if not any(t.text in ("'s", "’s") for t in window[:3]):
        return False
    comma = next((k for k, t in enumerate(window) if t.text in {",", "."}), None)
    if comma is None or window[comma].text != "," or comma + 1 >= len(window):
        return False
    name = window[comma + 1]
    return name.i in taken and bool(lx.NAME_TOKEN.match(name.text))


def _name_phrase_end(ts, j: int, lang: str) -> int:
    """Last token of the capitalised name starting at ts[j]: "Department of Foreign Affairs
    and Trade", "Europäischen Auswärtigen Dienstes" (German adjectives in -en go on, and a
    name the parser reads as one: "der Downing Street")."""
    while j + 1 < len(ts):
        nxt = ts[j + 1]
        if nxt.text[:1].isupper() and (lang == "en" or ts[j].lower.endswith("en")
                                       or nxt.dep == "flat" and nxt.head == ts[j].i):
            j += 1
        elif lang == "en" and nxt.lower in {"of", "and", "for"} and j + 2 < len(ts) \
                and ts[j + 2].text[:1].isupper() and ts[j + 2].text not in lx.SENTENCE_END:
            j += 2
        else:
            break
    return j


def _common_body_end(ts, j: int, lang: str) -> int:
    """English: a state's adjective or possessive goes on with the lower-case words of the
    body it qualifies ("the Kenyan | foreign ministry", "the Iraqi | interior ministry",
    "Iran's | foreign ministry"): the last of them (up to three), when a noun ends them;
    else `j`."""
    if lang != "en":
        return j
    k = j
    if j + 2 < len(ts) and ts[j + 1].text in {"'s", "’s"} and ts[j].text in _state_lookup(lang):
        k = j + 1  # "a spokesman for Iran's | foreign ministry" (round 19): the state's possessive
    elif not demonym_code(ts[j].text, lang):
        return j
    start = k
    while k + 1 < len(ts) and k - start < 3 and ts[k + 1].text.islower() and ts[k + 1].pos in ("ADJ", "NOUN", "PROPN"):
        k += 1
    return k if k > start and ts[k].pos in ("NOUN", "PROPN") else j


def _demonym_in(ts, lang) -> str | None:
    for t in ts:
        code = demonym_code(t.text, lang)
        if code:
            return code
    return None


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
        for noun in _BODY_COMPOUND_HEADS:
            if form.endswith(noun) and len(form) > len(noun) + 2:
                return 1, noun
    return None


# German strong adjective endings by the gender of the noun: a body's name is given in the
# nominative without article, "chilenische Armee", "kalifornischer Senat", "sudanesisches
# Parlament" (as the ministries: "chilenisches Außenministerium").
_STRONG_ENDING = {"f": "e", "m": "er", "n": "es", "pl": "e"}


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


def _bodies(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    """"die Regierung", "the police", "das US-Repräsentantenhaus", "die chilenische Armee",
    "Chinas Regierung": a public body named by a common noun (``data/bodies.tsv``) after a
    determiner (or a state's genitive), with the adjectives that qualify it. A noun that
    modifies another ("government officials", "police officers", "the army's negotiator")
    names no body."""
    out = []
    i = 0
    while i < len(toks):
        found = None if i in taken else _body_at(toks, i, lang)
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
            ending = _STRONG_ENDING[_body_genders()[noun]]
            words = [re.sub(r"(e|en|er|es|em)$", "", w) + ending for w in words[:adjectives]] + words[adjectives:]
            if not words[-1].lower().endswith(noun):
                words[-1] = re.sub(r"e?s$", "", words[-1])  # genitive: "des Parlaments"
        if noun in lx.SUB_BODY_NOUNS[lang] and b + 1 < len(toks) and toks[b].lower in {"des", "der"} \
                and b + 1 not in taken and toks[b + 1].pos in ("NOUN", "PROPN") and _body_at(toks, b + 1, lang):
            words.append(_surface(toks, b, b + 2))  # "der Geheimdienstausschuss des Kongresses":
            b += 2  # the body it belongs to names it
        surface = _surface(toks, a, b)
        out.append(Mention(toks[a].start, toks[b - 1].end, a, b, " ".join(words), "organization",
                           sent_of.get(a, 0), country=country, head=noun,
                           quoted=_quoted(toks, a, b, quotes),
                           attribute=_attribute_of_noun(toks, det - 1, lang),
                           surface=surface if lang == "de" and surface != " ".join(words) else None))
        taken.update(range(a, b))
        i = b
    return out


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
        return _topic_goes_on(toks, end, persons)
    return None


def _topic_goes_on(toks: list[Tok], b: int, persons: set[int]) -> int:
    """End of an English body's name that goes on with what the body is about after its
    head ("… Select Committee | on Ethics", "Committee | Against Torture": capitalised
    words after "on"/"against", ``lexicon.TOPIC_BODY_HEADS_EN``); `b` when it does not, or
    when a date, a person or a state follows ("the Finance Committee on Tuesday")."""
    if b + 1 >= len(toks) or toks[b - 1].lower not in lx.TOPIC_BODY_HEADS_EN or toks[b].lower not in lx.TOPIC_LINKS_EN:
        return b
    j, end = b + 1, b
    while j < len(toks) and j not in persons and (
            toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].lower in {"and", "the", "of"}):
        if toks[j].lower in dl.WEEKDAYS["en"] or toks[j].lower in dl.MONTHS["en"]:
            return b
        j += 1
        if toks[j - 1].text[:1].isupper():
            end = j
    states = _state_lookup("en")
    if _text(toks[b + 1:end]) in states or any(t.text in states for t in toks[b + 1:end]):
        return b  # "the Committee on Russia": a state stays named
    return end if end > b + 1 else b


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


def _name_goes_on(toks: list[Tok], b: int, persons: set[int], orgs: set[int]) -> int:
    """End of an English organisation's name that goes on after "of"/"for" with capitalised
    words ("Tunisian League | for the Defence of Human Rights", "Islamic State | of Iraq and
    the Levant"); `b` when it does not, or when a state or a body of its own follows ("the
    UN | for Syria", "X | for the Reform Party"). An organisation the tagger names after
    "and" is another one ("the Rights Union | of Oregon | and the Lands Fund")."""
    if b < len(toks) and toks[b].lower in lx.TOPIC_LINKS_EN:
        return _topic_goes_on(toks, b, persons)  # "… Committee | on Ethics"
    if b >= len(toks) or toks[b].lower not in ("of", "for"):
        return b
    j, end = b + 1, b
    while j < len(toks) and j not in persons and not (toks[j].lower == "and" and {j + 1, j + 2} & orgs) and (
            toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].lower in lx.BODY_NAME_LINKS["en"]):
        j += 1
        if toks[j - 1].text[:1].isupper():
            end = j
    rest = [t for t in toks[b + 1:end] if t.lower != "the"]
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
        b = m.b + (link in ("der", "von"))
        # "das Oberste Gericht von Malta": "von" and the state complete a body's name
        von = link == "von" and _body_at(toks, m.b - 1, "de") is not None
        right = states.get(b) if link != "von" else next((x for x in raw if x[0].kind == "state" and x[0].a == b), None)
        if right is not None and not any(right is j for j in joined) and _attribute_of(toks, right[0], m) \
                and (toks[b].text.endswith("s") if b == m.b else von or link == "der" and _feminine_or_plural(right[0].text)):
            s = right[0]
            m.text = f"{_without_genitive(m.text)} {_surface(toks, m.b, s.b)}"
            m.b, m.end, m.country = s.b, s.end, m.country or s.country
            if von:
                s.attribute = True  # after "von" the state stays named, as after "of"
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


_GENITIVE_LINK = re.compile(" (" + "|".join(sorted(lx.NAME_LINKS["de"])) + ") ")


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


def _attribute_of(toks: list[Tok], state: Mention, org: Mention) -> bool:
    """The parser hangs the state's name on the organisation's ("die EU der Türkei Hilfe
    zusagen" hangs it on "Hilfe"); without a parser, the words decide alone."""
    last = toks[state.b - 1]
    return not last.dep or org.a <= last.head < org.b


def _without_genitive(name: str) -> str:
    """German: "Außenministeriums" → "Außenministerium", "des Rates" → "Rat"."""
    return re.sub(r"(ums|es)$", lambda g: "um" if g.group(1) == "ums" else "", name)


def _feminine_or_plural(name: str) -> bool:
    """A state named with "der" in the genitive: "der USA", "der Türkei", "der Vereinigten
    Staaten" (plural or feminine names)."""
    return name.isupper() or name.endswith(("ei", "en", "e", "z"))


def _pronouns(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    out = []
    for t in toks:
        if t.i in taken:
            continue
        low = t.lower
        if low in lx.PERSON_PRONOUNS.get(t.lang, set()):
            kind = "pronoun"
        elif t.i + 1 < len(toks) and ((low, toks[t.i + 1].lower) in lx.PLURAL_ANAPHORS
                                      or (low,) in lx.PLURAL_ANAPHORS):
            kind = "plural"
        else:
            continue
        out.append(Mention(t.start, t.end, t.i, t.i + 1, t.text, kind, sent_of.get(t.i, 0),
                           quoted=in_quote(t.start, quotes) is not None))
    return out


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
