"""Merging and aliases: once every mention is resolved (`collect`), the actors that are one
are merged, their other names kept as aliases: a person's short name and German genitive,
one name in two spellings, a body in several forms of its state, a body named by its head
noun alone, a body named with and without its state. The merges are methods of `Registry`
(`Merging` is its base class)."""
from __future__ import annotations

import re

from .. import gazetteer, leaders
from .. import lexicon as lx
from .bodies import _body_form, group_name
from .model import Actor
from .names import _word_in_name, abbreviation
from .states import _state_lookup


class Merging:
    """The merges of one article's actors (the base of `Registry`, whose `actors`, `lang`
    and `attach` they use)."""

    actors: dict[str, Actor]
    lang: str

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
        heads = {a: (head(a.name), seat_head(a.name)) for a in orgs if a.name.split()}  # no merge renames one
        for bare in [a for a in orgs if len(a.tokens) == 1 and "-" not in a.name and not a.known
                     and a.name[:1].isalpha() and not abbreviation(a.name)]:
            word = bare.name.lower()
            full = [a for a in orgs if a is not bare and a.key in self.actors and len(a.name) > len(bare.name)
                    and word in heads.get(a, ()) and (bare.country or a.country) in (None, a.country)
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

    def merge_group_forms(self) -> None:
        """German: a group named by its organisation in both orders ("Bundestagsfraktion der
        AfD" … "AfD-Fraktion", "die Fraktion der Grünen" … "die Grünen-Fraktion"): one actor,
        named as first written; the other form is an alias. The nouns are those that name a
        body only after a name (``data/bodies.tsv`` "hyphenated")."""
        if self.lang != "de":
            return
        groups: dict[tuple[str, str], Actor] = {}
        for actor in sorted(self.actors.values(), key=lambda a: min((m.start for m in a.mentions), default=0)):
            if actor.kind != "organization" or (k := group_name(actor.name, self.lang)) is None:
                continue
            into = groups.setdefault(k, actor)
            if into is not actor:
                self._merge_into(actor, into)
                if actor.name not in into.forms:
                    into.forms.append(actor.name)

    def merge_stem_names(self) -> None:
        """One body named twice with its modifiers in other forms ("Emergency Situations
        Ministry" … "Emergencies Ministry", "Defence Ministry" … "Defense Ministry"): the same
        head noun, and every other word of the shorter name shares its stem with a word of
        the longer one (`_same_stem`). One actor, named as first written; the other name is
        an alias. Not where two bodies of the article would fit the shorter name."""
        orgs = sorted((a for a in self.actors.values() if a.kind == "organization" and a.head is None
                       and len(a.tokens) >= 2 and not a.known),
                      key=lambda a: min((m.start for m in a.mentions), default=0))
        for short in sorted(orgs, key=lambda a: len(a.tokens)):
            *words, head = short.name.lower().split()
            fits = [a for a in orgs if a is not short and a.key in self.actors
                    and len(a.tokens) >= len(short.tokens) and a.name.lower().split()[-1] == head
                    and a.name.lower() != short.name.lower()
                    and all(any(_same_stem(w, x) for x in a.name.lower().split()[:-1]) for w in words)
                    and (short.country or a.country) in (None, a.country)]
            if len(fits) == 1 and short.key in self.actors:
                first, other = sorted((short, fits[0]), key=lambda a: min((m.start for m in a.mentions), default=0))
                self._merge_into(other, first)
                if other.name not in first.forms:
                    first.forms.append(other.name)

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


def _same_stem(a: str, b: str) -> bool:
    """Two words of one stem: they agree but for at most their last two letters, and in five
    letters at least ("emergency"/"emergencies", "defence"/"defense"; not "interior"/
    "international", "foreign"/"forestry")."""
    n = max(5, min(len(a), len(b)) - 2)
    return min(len(a), len(b)) >= 5 and a[:n] == b[:n]
