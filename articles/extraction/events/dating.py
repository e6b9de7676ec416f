"""Dates of events beyond their own clause: reported clauses, the sentence before, the day
narrated before, the meeting a statement follows, and how sure each source is."""
from __future__ import annotations

from .. import events_lexicon as ex
from ..actors import Actor
from ..text import Sentence, Tok, in_quote
from .article import Article, DateRef, Event


def _in_complement(art: Article, verb: Tok, d: DateRef) -> bool:
    """"He said he would travel to Brussels on Friday": the date belongs to the reported
    clause (a ccomp of the reporting verb), not to the saying."""
    tok = next((t for t in art.toks if t.text and art.text.find(d.text or "", t.start) == t.start), None)
    if tok is None:
        return False
    for _ in range(12):
        if tok.head == tok.i:
            return False
        if tok.head == verb.i:
            return tok.dep in ("ccomp", "xcomp", "advcl")
        tok = art.toks[tok.head]
    return False


def _previous_sentence_date(art: Article, sent: Sentence, people: list[Actor]) -> DateRef | None:
    """"X arrived in London on Tuesday. He was welcomed by Y ...": a meeting sentence
    without a date that continues the previous sentence about the same person (same
    paragraph) happened on that sentence's date."""
    if sent.index == 0 or not people:
        return None
    prev = art.sents[sent.index - 1]
    if prev.paragraph != sent.paragraph:
        return None
    actors = {m.actor or getattr(m, "resolved", None) for m in art.by_sent.get(prev.index, [])}
    if not actors & set(people):
        return None
    found = [t for t in art.timexes if prev.start <= t.start and t.end <= prev.end]
    if not found:
        return None
    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    t = min(found, key=lambda t: rank.get(t.precision, 9))
    return DateRef(t.value, t.precision, t.text, "inherited", t.modifier)


def _narrative_date(art: Article, sent: Sentence) -> DateRef | None:
    """"Am Abend kam X … zusammen" after "… am Mittwoch …" (also in an earlier
    paragraph): the last day named in the four sentences before, outside quotes."""
    words = [t.lower for t in sent.toks if not in_quote(t.start, art.quotes)]
    if not any(tuple(words[k:k + len(cue)]) == cue for cue in ex.CONTINUATION_ANY for k in range(len(words))):
        return None
    first = art.sents[max(0, sent.index - 4)]
    found = [t for t in art.timexes if first.start <= t.start < sent.start and t.precision == "day"
             and not in_quote(t.start, art.quotes)]
    if not found:
        return None
    t = found[-1]
    return DateRef(t.value, t.precision, t.text, "inherited", t.modifier)


def date_statements_from_meetings(statements: list[Event], meetings: list[Event]) -> None:
    """"sagte X nach dem Essen": a statement after a meeting takes its date."""
    for st in statements:
        if st.date.value or not st.refers_meeting or st.sent is None:
            continue
        cands = [ev for ev in meetings if ev.date.value and any(
            m.sent is not None and m.sent.index <= st.sent.index for m in [ev, *ev.merged])
            and st.speaker in ev.participants]
        happened = [ev for ev in cands if ev.status == "happened"]
        cands = happened or cands
        if cands:
            best = max(cands, key=lambda ev: max(m.sent.index for m in [ev, *ev.merged] if m.sent.index <= st.sent.index))
            st.date = DateRef(best.date.value, best.date.precision, None, "event", best.date.modifier)
    # The same speaker goes on in the next sentence of the paragraph ("…, sagte er"): the
    # date just taken from the meeting carries over, as for dates of their own.
    ordered = [s for s in statements if s.sent is not None]
    for prev, st in zip(ordered, ordered[1:]):
        if (not st.date.value and not st.has_timex and prev.date.value and prev.speaker is st.speaker
                and st.sent.paragraph == prev.sent.paragraph and st.sent.index - prev.sent.index <= 2):
            st.date = DateRef(prev.date.value, prev.date.precision, None, "inherited", prev.date.modifier)


def overlap(a: str, b: str) -> bool:
    """Do two date values (any precision) share a day?"""
    from timeline.lib.dates import to_date_range

    (a0, a1), (b0, b1) = to_date_range(a), to_date_range(b)
    return a0 <= b1 and b0 <= a1


def rank(d: DateRef) -> int:
    """How sure a date source is: its own clause first, inherited last."""
    return {"clause": 0, "sentence": 1, "tweet": 1, "event": 2, "inherited": 3}.get(d.how, 9)


def meeting_date(art: Article, sent: Sentence, tok: Tok, clause: tuple[int, int],
                 statements: list[Event], people: list[Actor]) -> DateRef | None:
    """The date of a meeting mention: a timex in its clause, else in its sentence, else the
    date of the report it is told in, of the sentence before, or of the day narrated before."""
    a, b = clause
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
        d = _previous_sentence_date(art, sent, people)
    if d is None:
        d = _narrative_date(art, sent)
    return d


def statement_date(art: Article, sent: Sentence, verb: Tok, actor: Actor, before: list[Event]
                   ) -> DateRef | None:
    """The date of a statement: a timex in its reporting clause or a clause before it (never
    in the reported words), else the date of the same speaker's statement just before in the
    paragraph (the same occasion). `before`: the statements found so far."""
    rep_a, rep_b = art.clause_of(sent, verb.i)
    d = art.timex_in(art.toks[rep_a].start, art.toks[rep_b - 1].end, verb.start)
    if d is not None and verb.lang == "en" and _in_complement(art, verb, d):
        d = None
    if d is None and rep_a > sent.toks[0].i:
        # A date in a clause before the reporting one ("In der vergangenen Woche hatte
        # X ..., weil er ... kritisierte"); never one inside the reported words.
        d = art.timex_in(sent.start, art.toks[rep_a].start, verb.start)
        if d is not None and any(art.toks[ca].lower in ex.RELATIVE_PRONOUNS["en"] and art.toks[ca].start <= art.text.find(d.text, sent.start) < art.toks[cb - 1].end
                                 for ca, cb in sent.clauses):
            d = None  # "X, who visited Seoul last week, urged": the visit's date
    if d:
        d.how = "clause"
        return d
    if not art.has_timex(sent) \
            and before and before[-1].speaker is actor and before[-1].sent is not None \
            and sent.index - before[-1].sent.index <= 2 and before[-1].sent.paragraph == sent.paragraph \
            and before[-1].date.value:
        # The same speaker goes on in the next sentence: the same occasion.
        return before[-1].date.inherited()
    return None
