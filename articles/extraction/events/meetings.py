"""Meetings: one event per trigger and clause, with participants, place, status and date,
then merged."""
from __future__ import annotations

from .. import lexicon as lx
from ..actors import Actor
from ..text import Sentence, Tok
from .article import NO_DATE, Article, DateRef, Event
from .dating import narrative_date, previous_sentence_date
from .merge import merge_mentions
from .participants import (add_counterpart, after_topic_word, both_countries, in_frame_name,
                           leaders_for_states, plural_participants, reciprocal, travels_to, venue)
from .phrases import is_modifier, possessive
from .status import meeting_status, moved_to
from .triggers import coordination_end, definite_noun, is_noun, is_trigger, linked_noun


def find_meetings(art: Article, statements: list[Event]) -> list[Event]:
    mentions: list[Event] = []
    for sent in art.sents:
        if not sent.toks or art.in_tweet(sent.start):
            continue
        best: dict[tuple[int, int], Tok] = {}
        shared: dict[tuple[int, int], tuple[int, int]] = {}  # second half → the first's subject span
        for tok in sent.toks:
            if not is_trigger(art, sent, tok):
                continue
            clause = art.clause_of(sent, tok.i)
            if clause in best and definite_noun(art, best[clause]) and tok.lower in ("erwartet", "expected"):
                continue  # "the meeting … is now expected in mid-March": the meeting, not an arrival
            if clause not in best or (is_noun(best[clause]) and not is_noun(tok)) \
                    or (is_noun(best[clause]) and not linked_noun(art, best[clause]) and linked_noun(art, tok)):
                best[clause] = tok  # a verb, else a linked noun ("after talks"), else any noun
        for clause, tok in list(best.items()):
            # Two triggers with a comma between them are two meetings ("talks with Li on
            # Tuesday, followed by a meeting with Zhao"): a meeting verb or a linked noun.
            verbs = [t for t in art.toks[clause[0]:clause[1]] if is_trigger(art, sent, t)
                     and ((not is_noun(t) and t.lower in lx.MEET_VERBS.get(t.lang, {}))
                          or (is_noun(t) and linked_noun(art, t)))]
            commas = [t.i for t in art.toks[clause[0]:clause[1]] if t.text == ","]
            if len(verbs) >= 2 and any(verbs[0].i < c < verbs[1].i for c in commas):
                cut = next(c for c in commas if verbs[0].i < c < verbs[1].i)
                del best[clause]
                best[(clause[0], cut)] = verbs[0]
                best[(cut + 1, clause[1])] = verbs[1]
                shared[(cut + 1, clause[1])] = (clause[0], verbs[0].i)
        for clause, tok in best.items():
            ev = _meeting_at(art, sent, tok, clause, statements, shared.get(clause))
            if ev is not None:
                mentions.append(ev)
                art.meeting_mentions.append(ev)
                if ev.also is not None:
                    mentions.append(ev.also)
    for ev in mentions:
        if ev.summit:
            leaders_for_states(art, ev)
    return merge_mentions(art, mentions)


def _meeting_at(art: Article, sent: Sentence, tok: Tok, clause, statements,
                subject_span: tuple[int, int] | None = None) -> Event | None:
    a, b = clause
    words = {t.lower for t in art.toks[a:coordination_end(art, tok, b)]}
    remote = lx.REMOTE_WORDS - {"spoke", "speaks"} if tok.lower in lx.TALK_VERBS else lx.REMOTE_WORDS
    if tok.lower == "courtesy":
        remote = remote - {"call"}
    if words & remote and not ({"called", "off"} <= words):
        return None
    ms = [m for m in art.mentions_in(sent, a, b) if not m.quoted]
    if is_noun(tok) and tok.lower not in lx.SUMMIT_NOUNS and not linked_noun(art, tok):
        ms = []
    people: list[Actor] = []
    # "At a meeting with Duda, Trump said …", "Bei einem Treffen mit Duda sagte Trump":
    # the one who speaks after the framing phrase took part.
    framed = is_noun(tok) and any(t.lower in lx.FRAMING_PREPS for t in art.toks[max(a, tok.i - 3):tok.i])
    place, visited = None, None
    plural, plural_role, plural_object = False, None, False
    for m in ms:
        if m.kind == "plural":
            plural = True
            width = 1 if art.toks[m.a].lower == "beide" else 2
            plural_role = art.toks[m.a + width].lower if m.a + width < len(art.toks) else None
            plural_object = m.a > tok.i  # after the verb: the ones met, not the ones meeting
            continue
        if m.kind == "place" or m.locative:
            if (m.capital or m.kind == "state") and m.country and visited is None:
                visited = m
            if place is None and (art.toks[m.a - 1].lower in lx.LOCATIVE or m.capital):
                if art.toks[m.a - 1].lower not in lx.ORIGIN:
                    place = m.text
            continue
        if m.kind == "pronoun" and tok.lower in lx.SUMMIT_NOUNS:
            continue
        if is_modifier(art, m):
            continue
        if possessive(art, m):
            continue  # "her Ethiopian counterpart met Li": the owner is not a participant
        if m.kind in ("state", "organization") and after_topic_word(art, m):
            continue  # "sprachen über die Ukraine", "talks on the Teesta": the topic
        if in_frame_name(art, m, a):
            continue  # "on the sidelines of the General Assembly": the frame, not a participant
        if m.kind == "organization" and venue(art, m):
            continue  # "at Parliament House", "at an African Union meeting": where, not who
        if m.a > tok.i and m.b < len(art.toks) and art.toks[m.b].lower in lx.SPEECH[art.lang] \
                and (art.lang == "en" or art.toks[m.a - 1].text == ",") and not framed:
            continue  # "… has been called off, the Lithuanian presidency said": the source
        actor, _ = art.resolve(m, sent)
        if m.kind == "pronoun" and art.toks[m.a].lower == "sie" and reciprocal(art, m, b):
            plural = True
            continue
        if actor and actor not in people:
            people.append(actor)
    # "ein Treffen zwischen Fox und Hale": those after "zwischen" are the participants.
    if is_noun(tok) and tok.i + 1 < b and art.toks[tok.i + 1].lower in lx.BETWEEN:
        named: list[Actor] = []
        last = tok.i + 1
        for m in sorted(ms, key=lambda m: m.a):
            if m.a <= tok.i + 1 or not m.actor or m.locative or m.kind not in ("person", "state", "organization"):
                continue
            if len(named) >= 2 and any(t.text == "," for t in art.toks[last:m.a]):
                break  # the coordination after "zwischen" has ended
            named.append(m.actor)
            last = m.b
        if len(set(named)) >= 2:
            people = list(dict.fromkeys(named))
    # A state object of "besucht": "besucht ... Lawrow Pjöngjang".
    if tok.lower in lx.VISIT_WORDS:
        for m in ms:
            if m.kind == "state" and m.actor and len(people) >= 2 and m.actor in people:
                people.remove(m.actor)
                visited = visited or m
                place = place or m.text
    if len(people) < 2 and is_noun(tok) and art.toks[tok.i - 1].lower in ("after", "nach"):
        # "Fraser and Moreira agreed … after talks": the coordinated subject before.
        subj = [m.actor for m in art.by_sent.get(sent.index, []) if m.b <= a and m.actor
                and m.actor.kind == "person" and not m.quoted]
        if len(subj) == 2 and any(art.toks[k].lower in ("and", "und") for k in range(a - 40 if a > 40 else 0, a)):
            people = subj
    if subject_span and len(people) == 1:
        # "…, followed by a meeting with Zhao": the subject of the first half meets again.
        for m in art.mentions_in(sent, *subject_span):
            actor, _ = art.resolve(m, sent) if m.kind in ("person", "pronoun", "desc") else (None, "")
            if actor is not None and actor.kind == "person" and actor not in people:
                people.insert(0, actor)
                break
    if plural and len(people) < 2:
        n = 3 if any(art.toks[k].lower in ("drei", "three") for k in range(a, b)) else 2
        group = plural_participants(art, sent, a, n, plural_role)
        if group and people and people[0] not in group and plural_object:
            # "empfing … Abenov beide Delegationsleiter": the host and the two.
            people = people + [p for p in group if p not in people]
        else:
            people = group or people
    if len(people) < 2:
        people = both_countries(art, sent, a, b) or people
    if art.toks[a].lower == "who" and a > 0 and art.toks[a - 1].text == ",":
        # "Crane, who visited Seoul last week": the relative pronoun's antecedent.
        ante = [m for m in art.by_sent.get(sent.index, []) if m.b <= a - 1 and m.actor and m.actor.kind == "person"]
        if ante and ante[-1].actor not in people:
            people.insert(0, ante[-1].actor)
    arrival = tok.lower in ("erwartet", "expected", "eingetroffen", "arrived") or tok.lower in lx.TRAVEL_WORDS
    if arrival and (visited is None or art.toks[visited.a - 1].lower not in ("in", "nach", "to", "im")):
        # "Fiji expected action": no place to arrive at, so no visit; a meeting noun or
        # verb in the clause still counts ("zu Gesprächen mit ... erwartet").
        linked = [t for t in art.toks[a:b] if t.i != tok.i and (t.lower in lx.MEET_VERBS.get(t.lang, {})
                  or (is_noun(t) and linked_noun(art, t)))]
        if not linked:
            return None
    if len(people) == 1 and visited is not None and visited.country:
        state = art.reg.actor_for_state(visited.country)
        if state not in people and state.country != people[0].country:
            people.append(state)
            place = place or visited.text
    person_countries = {p.country for p in people if p.kind == "person" and p.country}
    if sum(p.kind == "person" for p in people) >= 1:
        people = [p for p in people if not (p.kind == "state" and p.country in person_countries)]
    if arrival and len(people) < 2:
        return None
    status = meeting_status(art, sent, a, b)
    summit = tok.lower in lx.SUMMIT_NOUNS
    ev = Event("meeting", sent, (sent.start, sent.end), participants=people, place=place,
               status=status, summit=summit)
    d = art.timex_in(art.toks[a].start, art.toks[b - 1].end, tok.start)
    if d:
        d.how = "clause"
    else:
        d = art.timex_in(sent.start, sent.end, tok.start)
        if d:
            d.how = "sentence"
    if d is None:
        dated = [s for s in statements if s.sent is sent and s.date.value]
        if dated:
            # Mentioned without a date in a dated report ("sagte am Mittwoch, die Gespräche
            # ... dienten"): the talks are those of the reporting day.
            d = dated[0].date.inherited()
    if d is None:
        d = previous_sentence_date(art, sent, people)
    if d is None:
        d = narrative_date(art, sent)
    if d is not None:
        ev.date = d
        if status == "happened" and d.value and d.value[:10] > art.published.isoformat() and d.precision == "day":
            ev.status = "planned"
    if ev.status == "cancelled" and len(people) >= 2:
        moved = moved_to(art, sent)
        if moved is not None:
            # "… ursprünglich für den 4. Juli geplant, wurde auf Ende August verschoben":
            # cancelled for the first date, planned for the new one.
            old = [t for t in art.timexes if sent.start <= t.start < sent.end and t is not moved]
            ev.date = (DateRef(old[0].value, old[0].precision, old[0].text, "clause", old[0].modifier)
                       if old else NO_DATE)
            ev.also = Event("meeting", sent, ev.evidence,
                            DateRef(moved.value, moved.precision, moved.text, "clause", moved.modifier),
                            list(people), place=place, status="planned")
            return ev
    if len(people) >= 2 and visited is not None and visited.country and people[0].kind == "person" \
            and people[0].country != visited.country and travels_to(art, a, visited) \
            and (visited.kind == "state" or any(p.country == visited.country for p in people[1:])):
        # "will travel to Lome on Friday to meet President Adjavon": the trip is a visit to
        # Togo as well as the meeting (not "to Brussels to meet" NATO's Jensen).
        state = art.reg.actor_for_state(visited.country)
        if state not in people:
            ev.also = Event("meeting", sent, ev.evidence, ev.date, [people[0], state],
                            place=visited.text, status=ev.status)
    if len(people) < 2:
        definite = tok.i > 0 and art.toks[tok.i - 1].lower in {"das", "der", "den", "dem", "des", "the", "die"}
        if summit or definite or (len(people) == 1 and status == "cancelled"):
            ev.anaphoric = True
            if len(people) == 1 and status == "cancelled":
                add_counterpart(art, sent, ev)
            return ev
        return None
    return ev
