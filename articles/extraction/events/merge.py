"""Mentions of one meeting become one event; anaphoric mentions join the meeting they refer to."""
from __future__ import annotations

from .. import events_lexicon as ex
from ..actors import Actor, demonym_code
from .article import Article, Event
from .dating import dates_agree, overlap, rank
from .phrases import trip_then_purpose


def merge_mentions(art: Article, mentions: list[Event]) -> list[Event]:
    """Mentions of the same meeting become one event: same participants and status,
    compatible place and date. Anaphoric mentions ("das Treffen", "der Gipfel") join the
    meeting they refer to."""
    named = [m for m in mentions if len(m.participants) >= 2]
    for ana in [m for m in mentions if len(m.participants) < 2]:
        if ana.summit and ana.status != "happened":
            target = next((m for m in named if m.summit), None)
            if target is None:
                continue
            if ana.status != target.status:
                named.append(Event("meeting", ana.sent, ana.evidence, ana.date, list(target.participants),
                                   place=ana.place or target.place, status=ana.status, summit=True))
            continue
    for ana in [m for m in mentions if len(m.participants) < 2 and not m.summit]:
        # "Paris hatte das Treffen für Januar angesetzt, es dann aber verschoben": the
        # meeting named before, at another date and with another outcome.
        if ana.status == "happened" or ana.date.how != "clause":
            continue
        own = [p for p in ana.participants if p.kind == "person"]
        if own:
            # "A meeting with Y …, planned for two days later, has been postponed" after
            # "X is scheduled to meet Z": the traveller of the meeting before.
            prior = [m for m in named if m.evidence[0] < ana.evidence[0] and own[0] not in m.participants
                     and m.participants[0].kind == "person"]
            if prior:
                named.append(Event("meeting", ana.sent, ana.evidence, ana.date,
                                   [prior[-1].participants[0], own[0]], place=ana.place, status=ana.status))
            continue
        # "… has been called off. … the meeting in Vilnius is now expected in mid-March": a
        # definite reference may also re-plan a meeting named with another status.
        before = [m for m in named if m.evidence[0] < ana.evidence[0]
                  and (m.status == "happened" or ana.anaphoric and m.status != ana.status)
                  and (not ana.place or not m.place or ana.place == m.place)
                  and all(p.kind == "person" for p in m.participants)]
        if before:
            named.append(Event("meeting", ana.sent, ana.evidence, ana.date, list(before[-1].participants),
                               place=ana.place or before[-1].place, status=ana.status))
    named = _drop_superseded(named)
    events: list[Event] = []
    for m in sorted(named, key=lambda e: e.evidence[0]):
        key = frozenset(p.key for p in m.participants)
        for ev in events:
            if frozenset(p.key for p in ev.participants) == key and ev.status == m.status \
                    and (not ev.place or not m.place or ev.place == m.place) \
                    and (not ev.date.value or not m.date.value or dates_agree(ev.date, m.date)):
                ev.place = ev.place or m.place
                # The surer date wins; of two as sure, a range of days over one of its days.
                if not ev.date.value or rank(m.date) < rank(ev.date) or (
                        m.date.end and not ev.date.end and rank(m.date) == rank(ev.date)):
                    ev.date = m.date if m.date.value else ev.date
                ev.merged.append(m)
                break
        else:
            events.append(m)
    return events


def _of_state(ev: Event, person: Actor, code: str | None) -> bool:
    """The person is of the state `code`: by the actor's country, or, with none known, by the
    state's demonym in the sentence ("his Argentine counterpart, X")."""
    if person.country is not None or code is None:
        return person.country == code
    return any(demonym_code(t.text, t.lang) == code for t in ev.sent.toks)


def _drop_superseded(named: list[Event]) -> list[Event]:
    """Two readings of one meeting: a visit to a state followed by "Dort traf sie X" (the
    person met there), and "Japan and South Korea postponed a summit" next to the meeting
    of their two leaders."""
    drop: set[int] = set()
    for ev in named:
        if ev.sent is not None and any(t.lower in ex.PLACE_ADVERBS_ANY and t.tag not in ex.EXISTENTIAL_TAGS.get(t.lang, ())
                                       for t in ev.sent.toks):
            for v in named:
                if v is not ev and v.sent and ev.sent and v.sent.index == ev.sent.index - 1 \
                        and any(p.kind == "state" for p in v.participants) \
                        and set(v.participants) & set(ev.participants):
                    ev.place = ev.place or v.place
                    if not ev.date.value or ev.date.how == "inherited":
                        ev.date = v.date if v.date.value else ev.date
                    drop.add(id(v))
    for v in named:
        # "flew to Suva for the Pacific Islands Forum, where she is expected to meet X":
        # a trip to a multilateral meeting is no visit to the host state; "flog nach
        # Nairobi, um mit X zu sprechen": the trip is the meeting with the host it was for.
        # (A visit "to Tallinn, where he met X" stays a visit next to the meeting.)
        states = [p for p in v.participants if p.kind == "state"]
        persons = [p for p in v.participants if p.kind == "person"]
        frame = v.sent is not None and any(t.lower in ex.FRAME_NOUNS_ANY for t in v.sent.toks)
        purpose = v.sent is not None and trip_then_purpose(v.sent.toks)
        if len(states) == 1 and len(persons) == 1 and (frame or purpose):
            for ev in named:
                if ev is not v and ev.sent is v.sent and persons[0] in ev.participants \
                        and (sum(p.kind == "person" for p in ev.participants) >= 2
                             or purpose and any(p.kind != "state" for p in ev.participants if p is not persons[0])):
                    ev.place = ev.place or v.place
                    if not ev.date.value:
                        ev.date = v.date
                    drop.add(id(v))
    for v in named:
        # "X hat seine Reise nach Buenos Aires abgesagt. X hätte dort seine Amtskollegin Y treffen
        # sollen", "X reiste nach Wien. Kanzler Y empfing den Gast": a visit to a state whose
        # host the next sentence names is the meeting with the host (docs/annotation.md). A
        # visit told as one ("zu einem Besuch in Moskau eingetroffen", "hat Usbekistan besucht")
        # stays beside the meetings with its hosts, as in our older sets' gold.
        persons = [p for p in v.participants if p.kind == "person"]
        states = [p for p in v.participants if p.kind == "state"]
        if len(v.participants) != 2 or len(persons) != 1 or len(states) != 1 or v.sent is None \
                or any(t.lower in ex.VISIT_WORDS_ANY or t.lower.endswith(ex.VISIT_COMPOUND_ENDINGS)
                       for t in v.sent.toks):
            continue
        if any(ev is not v and ev.sent is not None and ev.sent.index == v.sent.index + 1
               and ev.status == v.status and persons[0] in ev.participants
               and any(p.kind == "person" and _of_state(ev, p, states[0].country) for p in ev.participants)
               and (not ev.date.value or not v.date.value or dates_agree(ev.date, v.date)) for ev in named):
            drop.add(id(v))
    for ev in named:
        if not all(p.kind == "state" for p in ev.participants):
            continue
        codes = {p.country for p in ev.participants}
        same = [o for o in named if o is not ev and id(o) not in drop and o.status == ev.status
                and all(p.kind == "person" for p in o.participants)
                and codes <= {p.country for p in o.participants}
                and (not ev.date.value or not o.date.value or overlap(ev.date.value, o.date.value))]
        if same:
            best = min(same, key=lambda o: abs(o.evidence[0] - ev.evidence[0]))
            best.date = best.date if best.date.value else ev.date
            drop.add(id(ev))
    return [e for e in named if id(e) not in drop]

