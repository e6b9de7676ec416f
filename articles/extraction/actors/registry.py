"""The registry of one article's actors: `Registry` resolves each mention to an actor (named
persons by their words and recency, organisations by name, abbreviation and known id,
bodies by their noun, descriptions by role, country and gender, spokespersons by the body
they speak for) and gives the actors out; its merges are in `merging`."""
from __future__ import annotations

import datetime as dt
import re

from .. import gazetteer, leaders
from .. import lexicon as lx
from ..text import Tok
from .bodies import GOVERNMENT, body_noun, spokesperson_compound
from .merging import Merging
from .model import Actor, Mention, _strip_article, _surface, _without_genitive
from .names import _ends_with, _initials, _is_part, _name_words, _word_in_name, abbreviation
from .roles import (_office_name, _qualified, _same_head, actor_gender, holds_role, role_gender,
                    spokesperson_body)
from .states import _state_lookup, demonym_code, state_name

# The spokesperson nouns as endings of a word ("Regierungssprecher", "spokeswoman").
_SPOKES_ENDINGS = tuple(lx.SPOKES_NOUNS)


class Registry(Merging):
    """The actors of one article and their mentions, in reading order."""

    def __init__(self, lang: str, published: dt.date | None = None) -> None:
        self.lang = lang
        self.published = published
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.abbreviations: dict[str, Actor] = {}  # "NCA" after "National Crime Agency (NCA)"
        self.unplaced: list[tuple[Actor, Mention]] = []  # bodies of spokespeople with no state yet

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

    def named_before(self, kind: str, before: int) -> list[Actor]:
        """The actors of `kind` mentioned before the offset `before`, in the order of their
        first mention."""
        return [a for a in self.actors.values() if a.kind == kind and self.last_position(a, before) >= 0]

    def named_last(self, actors: list[Actor], before: int) -> Actor:
        """Of `actors`, the one mentioned last before the offset `before`."""
        return max(actors, key=lambda a: self.last_position(a, before))

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
            named = self.named_before("organization", before)
            found = [a for a in named
                     if a.name.startswith(name + " of ") and a.name[len(name) + 4:].removeprefix("the ") in states
                     or a.name.endswith(" " + name) and a.name[:-len(name) - 1] in states]
            if not found and words[-1] in lx.TOPIC_BODY_HEADS_EN:
                # "the Oversight and Reform Committee" after "the House Oversight and Reform
                # Committee": a committee named again without its chamber
                found = [a for a in named if a.name.endswith(" " + name)]
            return found[0] if len(found) == 1 else None
        if len(words) > 1 and (self.lang != "en" or not name.islower()) or not name[:1].isalpha():
            return None
        def head(full: str) -> str:  # "Supreme Court of Appeal" → "court"
            return re.split(r" (?:of|for|in|der|des|für) ", full)[0].split()[-1].lower()

        found = [a for a in self.named_before("organization", before) if len(a.tokens) > len(words)
                 and head(a.name) == words[-1] and set(words) <= set(a.name.lower().split())
                 and (name[:1].isupper() or self.lang == "en")]
        return found[0] if len(found) == 1 else None

    def resolve_body(self, m: Mention) -> None:
        """A body named by a common noun: "die Regierung" after "die somalische Regierung"
        is that government (the body with the same noun named last, of the same state);
        otherwise a body of its own, keyed by its name."""
        def noun_of(x: Mention) -> str | None:
            return x.text.lower().split()[-1] if x.head == GOVERNMENT else x.head

        same = [a for a in self.named_before("organization", m.start)
                if any(noun_of(x) == m.head or (x.head == GOVERNMENT and x.text.lower().endswith(m.head))
                       for x in a.mentions)
                and (not m.country or not a.country or a.country == m.country)]
        bare = _strip_article(m.text).lower() == m.head
        if not bare:  # "die republikanische Regierung" is not "die Landesregierung" named before;
            # "Cuba's government" is "the Cuban government" named before
            same = [a for a in same if not a.country and a.name.lower() == m.head
                    or m.country and a.country == m.country]
        if same:
            actor = self.named_last(same, m.start)
            if not bare and not actor.country:
                actor.name = _strip_article(m.text)
            self.attach(m, actor)
            return
        if bare and (names := lx.LEGISLATURE_NAMES[self.lang].get(m.head)):
            # "der Bundestag … das Parlament": the one legislature named before
            named = [a for a in self.named_before("organization", m.start)
                     if a.name.lower().split("-")[-1].split()[-1].endswith(names)]
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

    def resolve_owner_office(self, m: Mention) -> None:
        """"his office said": the office of the person named last before it whose gender
        is the possessive's (`m.head`), else of the one named last whose gender is unknown
        (men's mostly are); no actor when there is none."""
        named = [a for a in self.named_before("person", m.start) if a.head is None]
        persons = [a for a in named if actor_gender(a, self.lang) == m.head] \
            or [a for a in named if actor_gender(a, self.lang) is None]
        if not persons:
            return
        person = self.named_last(persons, m.start)
        name = lx.OWNER_OFFICE_NAME[self.lang].format(person.name)
        key = f"org:{name.lower()}"
        actor = self.actors.get(key) or self._new(key, "organization", name)
        actor.country = actor.country or person.country
        m.head = None
        self.attach(m, actor)

    def body_named_before(self, words: list[str], start: int) -> Actor | None:
        """The one organisation named before `start` whose name has the last of `words` as
        its head (``lexicon.NAME_HEAD_ANAPHORS``; the name's last word or the word before
        "of", the end of a German compound: "Bundesverfassungsgericht") and holds the words
        before it ("fire service" → "North Wales Fire and Rescue Service"), or a known
        institution of that kind (the party "CDU" for "die Partei"); None when none or
        two were named ("the Green Party and the Blue Party … the party")."""
        *before, noun = words
        if self.lang == "de":
            noun = next((n for n in (noun, noun[:-2], noun[:-1]) if n in lx.NAME_HEAD_ANAPHORS["de"]), noun)
        if noun not in lx.NAME_HEAD_ANAPHORS.get(self.lang, ()):
            return None
        kind = lx.KIND_HEADS[self.lang].get(noun)  # "Die CDU … Die Partei": a party by the table

        def holds(a: Actor) -> bool:
            name = re.split(r"[\s-]+", a.name.lower())
            link = next((k for k, w in enumerate(name) if k > 0 and w in lx.NAME_LINKS[self.lang]), None)
            head = name[link - 1] if link is not None else name[-1]  # "Komitee der … gegen Sklaverei"
            return (head == noun or self.lang == "de" and head.endswith(noun)) and set(before) <= set(name) \
                or not before and kind is not None and gazetteer.institution_kind(a.key.removeprefix("org:")) == kind
        named = [a for a in self.named_before("organization", start) if holds(a)]
        return named[0] if len(named) == 1 else None

    # --- descriptive phrases ----------------------------------------------------------
    def resolve_description(self, m: Mention, indefinite: bool) -> None:
        if m.head.endswith(_SPOKES_ENDINGS):
            body = spokesperson_body(m.text, self.lang)
            actor = self._body(body, m) if body else self._compound_body(m, indefinite)
            if actor is None and not body and not indefinite and m.head in lx.SPOKES_NOUNS:
                actor = self._spoken_for_last(m)
            if actor is not None:
                self.attach(m, actor)
                return
        self._resolve_description(m, indefinite)

    def _compound_body(self, m: Mention, indefinite: bool) -> Actor | None:
        """Class "an unnamed spokesperson named by the body's noun" (round 20): "Ein
        Polizeisprecher sagte", "a Kenyan government spokesperson said", "der
        Pentagonsprecher" speak for the body the compound or modifier names
        (`spokesperson_compound`; docs/annotation.md: an unnamed spokesperson makes the body
        the speaker): a known institution; the body named before with that noun (of the
        same state: "die Polizei … ein Polizeisprecher"); else that body of its own, with
        the state an adjective gives ("kenianische Regierung"), where the noun names one by
        itself (data/bodies.tsv; "ein Ministeriumssprecher" only after a ministry). None
        where the definite one is a person named before in that role ("Regierungssprecher X
        sagte … Der Regierungssprecher fügte hinzu")."""
        found = spokesperson_compound(m.text, self.lang)
        if found is None:
            return None
        # the spokesperson's word, also before a state: "Der Regierungssprecher der Türkei"
        name, noun, code, word = found
        # a state named with it must be the holder's ("der Regierungssprecher der Türkei" is
        # not the spokesperson named before without a state)
        if not indefinite and self._holders([a for a in self.named_before("person", m.start)
                                            if code is None or a.country == code], word):
            return None
        return self._noun_body(m, name, noun, code)

    def _noun_body(self, m: Mention, name: str, noun: str, code: str | None) -> Actor | None:
        """The body a spokesperson speaks for, named `name` by its noun `noun` (with the state
        `code`): a known institution; the body named before with that noun (of that state);
        else, for a noun of data/bodies.tsv, that body of its own (`_compound_body`)."""
        if name in gazetteer.institution_ids() or gazetteer.organizations.organization_named(name) is not None:
            return self._body(name, m)
        named = [a for a in self.named_before("organization", m.start)
                 if a.name.lower().endswith(noun) and (code is None or a.country in (None, code))]
        if named:
            return self.named_last(named, m.start)
        if not body_noun(noun, self.lang):
            return None  # "ein Ministeriumssprecher" with no ministry named before
        key = f"org:{name.lower()}"
        actor = self.actors.get(key) or self._new(key, "organization", name)
        actor.country = actor.country or code
        if actor.country is None:
            self.unplaced.append((actor, m))
        return actor

    def place_spokespeople_bodies(self) -> None:
        """A spokesperson's body with no state of its own ("sagte ein Regierungssprecher am
        Mittwoch in Warschau") takes the state of the one place its sentence names as a
        locative: the country the text gives (docs/annotation.md)."""
        for actor, m in self.unplaced:
            if actor.country is not None:
                continue  # placed by an earlier mention (or named with its state)
            places = {x.country for x in self.mentions if x.sent == m.sent and x.locative and x.country
                      and x.kind in ("place", "state")}
            if len(places) == 1:
                actor.country = places.pop()

    def _spoken_for_last(self, m: Mention) -> Actor | None:
        """"…, sagte die Sprecherin", "the spokesman added": the body whose unnamed
        spokesperson the text mentioned last, in this sentence or the three before ("Eine
        Sprecherin des Ministeriums verteidigte …"); None when a named person was the last
        spokesperson (the description then goes to that person)."""
        earlier = [x for a in self.actors.values() for x in a.mentions
                   if x.start < m.start and m.sent - 3 <= x.sent
                   and (x.head in lx.SPOKES_NOUNS or a.kind == "person" and (a.role or "").lower().endswith(_SPOKES_ENDINGS))]
        last = max(earlier, key=lambda x: x.start, default=None)
        return last.actor if last is not None and last.actor.kind == "organization" else None

    def _body(self, name: str, m: Mention) -> Actor | None:
        """The organisation an unnamed spokesperson speaks for: by its name, or, for a
        generic one ("des Ministeriums", "the ministry"), the organisation named last (None
        if there is none: the spokesperson then stays a description); a generic noun that
        names a body by itself (data/bodies.tsv: "Sprecher der Regierung", "a spokesperson
        for the government") as in "ein Regierungssprecher", "a government spokesperson"
        (`_noun_body`, round 20)."""
        if " " not in name and name.lower() in _GENERIC_BODIES:
            if body_noun(name, self.lang):
                return self._noun_body(m, name, name.lower(), None)
            recent = self.named_before("organization", m.start)
            return self.named_last(recent, m.start) if recent else None
        if (code := _state_lookup(self.lang).get(name)) is not None:
            return self.actor_for_state(code)  # "a spokesman for Greece", "der Republik Kenia": the state
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
            self.attach(m, self.named_last(unnamed, m.start))
            return
        # the persons named before the description
        named = [a for a in self.named_before("person", m.start) if a.head is None]
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
                persons = [a for a in self.named_before("organization", m.start)  # body
                           if not all(x.head for x in a.mentions)]
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
                self.attach(m, self.named_last(persons, m.start))
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


_GENERIC_BODIES = {"ministerium", "regierung", "amt", "ministry", "government", "office", "department"}


_GENITIVE_LINK = re.compile(" (" + "|".join(sorted(lx.NAME_LINKS["de"])) + ") ")
