"""Who takes part in a meeting: mentions in the trigger's clause, plural anaphors ("die beiden
Politiker"), both sides of "beider Länder", the state a visit goes to, and summits held by
leaders."""
from __future__ import annotations

import datetime as dt

from .. import leaders
from .. import lexicon as lx
from ..actors import Actor, Mention, Registry, venue_before
from ..text import Sentence
from .article import Article, Event
from .triggers import both_countries_at


def in_frame_name(art: Article, m: Mention, a: int) -> bool:
    """m is (part of) the name after "sidelines of" / "am Rande des": only articles,
    "of" and capitalised words lie between."""
    for k in range(m.a - 1, max(a, m.a - 7) - 1, -1):
        tok = art.toks[k]
        if tok.lower in ("sidelines", "rande"):
            return True
        if not (tok.lower in ("of", "the", "des", "der", "dem") or tok.text[:1].isupper()):
            return False
    return False


def venue(art: Article, m: Mention) -> bool:
    """An organisation-like name after "at/im/in" ("at Parliament House", "im Palacio de La
    Moneda") or naming a meeting ("an African Union meeting", "dem EU-Gipfel")."""
    if venue_before(art.toks, m.a):
        return True
    nxt = art.toks[m.b].lower if m.b < len(art.toks) else ""
    return nxt in lx.MEET_NOUNS_EN | lx.SUMMIT_NOUNS | {"conference", "konferenz", "session", "sitzung"}


def after_topic_word(art: Article, m: Mention) -> bool:
    k = m.a - 1
    if k >= 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    return k >= 0 and art.toks[k].lower in lx.TOPIC_WORDS


def reciprocal(art: Article, m: Mention, clause_end: int) -> bool:
    return any(t.lower == "sich" for t in art.toks[m.b:clause_end])


def both_countries(art: Article, sent: Sentence, a: int, b: int) -> list[Actor]:
    """Both sides of a "beider Länder" phrase: the last two persons of different countries
    with that role ("Außenminister" → "Bundesaußenministerin Seidel", "Außenminister
    Mansour"), else the last two states named before."""
    role = both_countries_at(art, a, b)
    if role is None:
        return []
    stem = role[:-2] if role.endswith("in") else role
    persons: list[Actor] = []
    states: list[Actor] = []
    for m in reversed([m for m in art.reg.mentions if m.start < art.toks[a].start and not m.quoted]):
        actor = m.actor or getattr(m, "resolved", None)
        if actor is None:
            continue
        if actor.kind == "person" and stem and actor.country and stem.lower() in (actor.role or "").lower() \
                and actor not in persons and all(p.country != actor.country for p in persons):
            persons.append(actor)
        if actor.kind == "state" and actor not in states:
            states.append(actor)
    if len(persons) >= 2:
        return persons[:2]
    return states[:2] if len(states) >= 2 else []


def plural_participants(art: Article, sent: Sentence, clause_start: int, n: int = 2,
                         role: str | None = None) -> list[Actor]:
    """"die beiden Politiker", "sie haben sich getroffen": the persons named just before in
    the sentence, else the two persons of the last meeting, else of the last sentences.
    With a role ("die beiden Präsidenten", "the two leaders") only persons who fit it;
    "the two governments" are no persons."""
    if role in lx.COUNTRY_NOUNS:
        return []
    stem = _role_stem(role)
    if stem:
        for ev in reversed(art.meeting_mentions):
            people = [p for p in ev.participants if p.kind == "person"]
            if len(people) == n and all(_fits_role(p, stem) for p in people):
                return people
        fitting = [p for p in art.reg.actors.values() if p.kind == "person" and _fits_role(p, stem)
                   and any(m.sent <= sent.index for m in p.mentions)]
        if len(fitting) == n:
            return fitting
    persons: list[Actor] = []
    for m in art.by_sent.get(sent.index, []):
        if m.a < clause_start and m.actor and m.actor.kind == "person" and m.actor not in persons:
            persons.append(m.actor)
    if len(persons) >= 2:
        return persons
    for ev in reversed(art.meeting_mentions):
        people = [p for p in ev.participants if p.kind == "person"]
        if len(people) == n:
            return people
    for k in range(sent.index - 1, max(-1, sent.index - 4), -1):
        persons = []
        for m in art.by_sent.get(k, []):
            actor = m.actor or getattr(m, "resolved", None)
            if actor and actor.kind == "person" and actor not in persons and not m.quoted:
                persons.append(actor)
        if len(persons) >= 2:
            return persons[:2]
    return []


def _role_stem(word: str | None) -> str | None:
    """The role a plural anaphor names ("Präsidenten" → präsident, "leaders" → leader)."""
    return next((s for s in lx.LEADER_STEMS + lx.OFFICE_STEMS if word and word.startswith(s)), None)


def _fits_role(actor: Actor, stem: str) -> bool:
    """Does the person fit "die beiden Präsidenten", "the two leaders", "ministers"?"""
    if stem in lx.LEADER_STEMS:
        return is_leader_role(actor.role)
    return stem in (actor.role or "").casefold()


def add_counterpart(art: Article, sent: Sentence, ev: Event) -> None:
    """A cancelled summit with one named side: the other states of the sentence
    ("Trump sagte den Gipfel ab, weil ... Nordkoreas")."""
    own = ev.participants[0].country
    for m in art.by_sent.get(sent.index, []):
        if m.kind == "state" and m.actor and m.country != own and m.actor not in ev.participants:
            ev.participants.append(m.actor)
            break


def travels_to(art: Article, a: int, visited: Mention) -> bool:
    """A travel or visit word in the clause, and "to/nach" right before the capital."""
    words = {t.lower for t in art.toks[a:visited.a]}
    prep = art.toks[visited.a - 1].lower
    if prep in ("to", "nach") and words & (lx.TRAVEL_WORDS | lx.VISIT_WORDS):
        return True
    # "arrived in Fiji on Monday and was received by …": an arrival in a named state.
    return prep == "in" and visited.kind == "state" and bool(words & {"arrived", "eingetroffen"})


def leaders_for_states(art: Article, ev: Event) -> None:
    """A summit is held by leaders: a state facing a person ("Trump sagte den Gipfel ab,
    weil ... Nordkoreas") is represented by its leader when the article names one. A summit
    the text gives between states ("zwischen Indien und Pakistan") stays theirs."""
    if not any(p.kind == "person" for p in ev.participants):
        return
    day = dt.date.fromisoformat(ev.date.value[:10]) if ev.date.value and ev.date.precision == "day" \
        else art.published
    for i, state in enumerate(ev.participants):
        if state.kind != "state" or not state.country:
            continue
        leader = leader_in_article(art.reg, state.country, day)
        if leader is not None and leader not in ev.participants:
            ev.participants[i] = leader


def leader_in_article(reg: Registry, country: str, day: dt.date) -> Actor | None:
    """The one person of the article who led `country` on `day`: by a head-of-state role
    and country in the text ("Präsident Gasimow" of Azerbaijan), else by the leaders table."""
    people = [a for a in reg.actors.values() if a.kind == "person"]
    by_text = [a for a in people if a.country == country and is_leader_role(a.role)]
    if len(by_text) == 1:
        return by_text[0]
    by_table = [a for a in people
                if (term := leaders.term_of([a.name, *a.forms], day)) and term.country == country]
    return by_table[0] if len(by_table) == 1 else None


def is_leader_role(role: str | None) -> bool:
    """"US-Präsident", "Prime Minister", "Machthaber": someone who holds summits."""
    return bool(role) and role.casefold().rsplit("-", 1)[-1] in lx.LEADER_ROLES
