"""Meetings: one event per trigger and clause, with participants, place, status and date,
then merged."""
from __future__ import annotations

from .. import events_lexicon as ex
from ..text import Sentence, Tok
from .article import Article, Event
from .dating import meeting_date
from .merge import merge_mentions
from .participants import (add_counterpart, further_destinations, leaders_for_states, meeting_participants,
                           trip_visit)
from .status import cancelled_by_its_verb, dated_status, intended_only, meeting_status, postponed, refused
from .triggers import clause_triggers, group_of, is_noun, linked_noun_besides, not_in_person


def find_meetings(art: Article, statements: list[Event]) -> list[Event]:
    """Meetings of the article: one mention per trigger and clause (`_meeting_at`), summits
    given to the leaders of their states, mentions of one meeting merged."""
    mentions: list[Event] = []
    for sent in art.sents:
        if not sent.toks or art.in_tweet(sent.start):
            continue
        best, shared = clause_triggers(art, sent)
        for clause, tok in best.items():
            ev, more = _meeting_at(art, sent, tok, clause, statements, shared.get(clause))
            alt = linked_noun_besides(art, sent, clause, tok) if ev is None and not is_noun(tok) else None
            if alt is not None:
                # "Während des Besuchs des Präsidenten X in Berlin wurde ein Abkommen
                # unterzeichnet": the verb meets no one, the visit in the phrase before it does.
                ev, more = _meeting_at(art, sent, alt, clause, statements, shared.get(clause))
            if ev is not None:
                mentions.append(ev)
                art.meeting_mentions.append(ev)
                if ev.also is not None:
                    mentions.append(ev.also)
                mentions.extend(more)
    for ev in mentions:
        _envoys_join(art, ev)
        if ev.summit:
            leaders_for_states(art, ev)
    return merge_mentions(art, mentions)


def _envoys_join(art: Article, ev: Event) -> None:
    """The states whose envoys were sent, in the sentence right after a meeting of states
    ("Die Staatschefs von D und E entsandten Diplomaten als Vertreter"; SEND_ENVOY_VERBS,
    ENVOY_NOUNS): they take part through their delegations."""
    people = ev.participants
    if len(people) < 2 or any(p.kind != "state" for p in people) or ev.sent.index + 1 >= len(art.sents):
        return
    sent = art.sents[ev.sent.index + 1]
    lang = sent.toks[0].lang if sent.toks else art.lang
    verb = next((t for t in sent.toks if t.lower in ex.SEND_ENVOY_VERBS.get(lang, ())), None)
    if verb is None or not any(t.lower in ex.ENVOY_NOUNS[lang] for t in art.toks[verb.i + 1:sent.toks[-1].i + 1]):
        return
    for m in art.mentions_in(sent, sent.toks[0].i, verb.i):
        if m.kind == "state" and m.actor is not None and not m.quoted and m.actor not in people:
            people.append(m.actor)


def _meeting_at(art: Article, sent: Sentence, tok: Tok, clause, statements,
                subject_span: tuple[int, int] | None = None) -> tuple[Event | None, list[Event]]:
    """The meeting `tok` reports in `clause`: not by call or letter, with its participants,
    status and date; a mention with fewer than two participants only when it refers back
    ("das Treffen", a summit, a cancellation with one named side). With it, the visits to
    further states named together with the one visited ("nach Peru und Chile")."""
    a, b = clause
    if not_in_person(art, tok, a, b):
        return None, []
    found = meeting_participants(art, sent, tok, clause, subject_span)
    if found is None:
        return None, []
    ev = _mention(art, sent, tok, clause, statements, *found)
    if ev is None:
        return ev, []
    more = one_per_partner(art, tok, clause, ev)
    if ev.also is not None or more:
        return ev, more
    return ev, further_destinations(art, sent, ev, found[2])


def one_per_partner(art: Article, tok: Tok, clause, ev: Event) -> list[Event]:
    """One meeting per partner (SEPARATE_WORDS): partners met separately ("met separately
    with A and B", "held separate talks with A and B", "traf getrennt mit A und B zusammen"),
    or the hosts of a visit the clause is framed by ("Während ihres Chinabesuchs sprach sie
    mit A und B"): `ev` keeps the first partner, the others are returned. Partners named
    before the trigger ("A und B trafen sich getrennt …") and states (a multilateral meeting)
    are left as they are."""
    people = ev.participants
    if len(people) < 3 or people[0].kind != "person" or any(p.kind == "state" for p in people[1:]):
        return []
    a, b = clause
    if not (any(t.lower in ex.SEPARATE_WORDS_ANY for t in art.toks[a:b])
            or _framed_by_visit(art, tok, a) or _framed_by_visit(art, tok, ev.sent.toks[0].i, opening=True)):
        return []
    partners = {p.key for p in people[1:]}
    for m in art.mentions_in(ev.sent, a, b):
        actor = m.actor or getattr(m, "resolved", None)
        if actor is not None and actor.key in partners and m.a < tok.i:
            return _each_before_with_one(art, tok, clause, ev)
    ev.participants = people[:2]
    return [Event("meeting", ev.sent, ev.evidence, ev.date, [people[0], p], place=ev.place, status=ev.status)
            for p in people[2:]]


def _each_before_with_one(art: Article, tok: Tok, clause, ev: Event) -> list[Event]:
    """Several named before the trigger met one named after it separately ("A und B trafen
    sich getrennt mit C", "A and B met separately with C"): one meeting of each with C (`ev`
    keeps the first). Only with a separate word in the clause and one partner after it."""
    a, b = clause
    if not any(t.lower in ex.SEPARATE_WORDS_ANY for t in art.toks[a:b]):
        return []
    keys = {p.key: p for p in ev.participants}
    before, after = [], []
    for m in art.mentions_in(ev.sent, a, b):
        actor = m.actor or getattr(m, "resolved", None)
        if actor is None or actor.key not in keys:
            continue
        side = before if m.a < tok.i else after
        if actor not in before and actor not in after:
            side.append(actor)
    if len(before) < 2 or len(after) != 1 or len(before) + 1 != len(ev.participants):
        return []
    ev.participants = [before[0], after[0]]
    return [Event("meeting", ev.sent, ev.evidence, ev.date, [p, after[0]], place=ev.place, status=ev.status)
            for p in before[1:]]


def _framed_by_visit(art: Article, tok: Tok, a: int, opening: bool = False) -> bool:
    """A visit noun in a framing phrase before the trigger in its clause ("während ihres
    Chinabesuchs sprach sie …"), or, with `opening`, in the phrase that opens the sentence
    before a comma ("During his visit to Norway, he met …")."""
    if opening and art.toks[a].lower not in ex.FRAMING_PREPS_ANY:
        return False
    for t in art.toks[a:tok.i]:
        if opening and t.text == ",":
            return False
        if t.pos in ("NOUN", "PROPN") and t.lower.endswith(ex.VISIT_NOUN_ENDINGS_ANY) and (opening or any(
                u.lower in ex.FRAMING_PREPS_ANY for u in art.toks[max(a, t.i - ex.FRAME_GAP):t.i])):
            return True
    return False


def _mention(art: Article, sent: Sentence, tok: Tok, clause, statements,
             people, place: str | None, visited) -> Event | None:
    a, b = clause
    told = _before_words_said(art, tok, b)
    status = meeting_status(art, sent, a, told)
    if status != "cancelled" and (is_noun(tok) and cancelled_by_its_verb(art, tok) or refused(art, tok, a, told)):
        status = "cancelled"  # "The meeting, planned for Tuesday, was postponed", "lehnte ein Treffen ab"
    if status == "happened" and (tok.lower in ex.INVITE_VERBS_ANY or intended_only(art, sent, tok.i, a)):
        status = "planned"  # an invitation, an attempt or a wish is of a meeting still ahead
    summit = tok.lower in ex.SUMMIT_NOUNS_ANY or group_of(art, tok) is not None
    ev = Event("meeting", sent, (sent.start, sent.end), participants=people, place=place,
               status=status, summit=summit)
    d = meeting_date(art, sent, tok, clause, statements, people)
    if d is not None:
        ev.date = d
        told_words = art.text[art.toks[a].start:art.toks[told - 1].end]
        told_here = d.how == "clause" and bool(d.text) and d.text in told_words
        ev.status = dated_status(status, d, art.published, told_here)
    if ev.status == "cancelled" and len(people) >= 2 and postponed(art, sent, ev):
        return ev
    if not (is_noun(tok) and tok.lower in ex.VISIT_WORDS_ANY):  # "a visit to X with Y": Y is the host
        ev.also = trip_visit(art, a, ev, visited)
    if len(people) < 2:
        definite = tok.i > 0 and art.toks[tok.i - 1].lower in ex.DEFINITE_ANAPHORIC_ANY
        if summit or definite or (len(people) == 1 and status == "cancelled"):
            ev.anaphoric = True
            if len(people) == 1 and status == "cancelled":
                add_counterpart(art, sent, ev)
            return ev
        return None
    return ev


def _before_words_said(art: Article, tok: Tok, b: int) -> int:
    """The end of what the clause tells of the meeting at `tok`: a verb of saying after the
    trigger, followed by the words said, ends it ("After his talks with X, Y said the sides
    agreed …": "agreed" is said, no plan of the talks). A verb of saying before the trigger
    ("X said he will meet Y") leaves the clause whole."""
    for t in art.toks[tok.i + 1:b - 1]:
        if t.lower in ex.SPEECH[tok.lang] and t.pos in ("VERB", "AUX") \
                and art.toks[t.i + 1].pos not in ("ADP", "PART"):
            return t.i + 1
    return b
