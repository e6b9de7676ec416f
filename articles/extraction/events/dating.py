"""Dates of events beyond their own clause: reported clauses, the sentence before, the day
narrated before, the meeting a statement follows, and how sure each source is."""
from __future__ import annotations

import re
from dataclasses import replace

from .. import dates_lexicon as dl
from .. import events_lexicon as ex
from .. import lexicon as lx
from ..actors import Actor
from ..dates import Timex
from ..dates_other import join_day_ranges, mark_ranges
from ..text import Sentence, Tok, in_quote
from .article import Article, DateRef, Event
from .speech_parse import _sentences_back, inserted_report
from .triggers import is_noun


_DAY_RANGE = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")


def day_ranges(timexes: list[Timex], text: str, lang: str) -> dict[int, tuple[str, str, str]]:
    """The ranges of days the output joins ("am 4. und 5. März", "vom 3. bis 5. Juni",
    "February 27-28", "15.-18.03.2018": `dates_other.mark_ranges`, `join_day_ranges`), for
    the events: the start of each day timex inside one → (first day, last day, the range's
    words). An event dated by either end is dated by the whole range."""
    out: dict[int, tuple[str, str, str]] = {}
    days = [t for t in timexes if t.value and t.precision == "day"]
    for r in join_day_ranges(mark_ranges(timexes, text), text, lang):
        m = _DAY_RANGE.fullmatch(r.timex3 or "")
        if m is None or not m[1] < m[2]:
            continue
        for t in days:
            if r.start <= t.start and t.end <= r.end:
                out[t.start] = (m[1], m[2], r.text)
    return out


def _in_complement(art: Article, verb: Tok, d: DateRef) -> bool:
    """"He said he would travel to Brussels on Friday": the date belongs to the reported
    clause (a ccomp of the reporting verb), not to the saying; nor does a date in a clause
    of another verb that does not hold the verb of saying ("X reported Iran issued warrants
    for a killing in January and demanded …": "demanded" is no saying in January)."""
    sent = art.sent_at(verb.start)
    toks = sent.toks if sent is not None else art.toks  # the date of this sentence, not an earlier one
    tok = next((t for t in toks if t.text and art.text.find(d.text or "", t.start) == t.start), None)
    if tok is None:
        return False
    if tok.i == verb.i + 1 or tok.i == verb.i + 2 and art.toks[verb.i + 1].pos == "ADP":
        return False  # "said on Monday they believe …": right after the verb, the saying's date
    if tok.i < verb.i and art.toks[verb.i - 1].start < tok.start + len(d.text or ""):
        return False  # "X yesterday confirmed …": right before it, too, whatever the parse
    inner = False  # the path passed the head of a clause of another verb
    for _ in range(12):
        if tok.head == tok.i:
            return inner  # the root, not passing the verb: the date of the clause passed
        if tok.head == verb.i:
            if tok.dep == "advcl" and _speaking_clause(art, tok):
                return False
            return inner or tok.dep in ("ccomp", "xcomp", "advcl")
        inner = inner or (tok.dep in ("acl", "relcl", "xcomp", "ccomp", "advcl") and tok.pos in ("VERB", "AUX"))
        tok = art.toks[tok.head]
    return False


def _modifies_saying(art: Article, verb: Tok, t) -> bool:
    """The timex `t` hangs from the verb of saying itself by a dependency of
    `dates_lexicon.SAYING_DATE_DEPS`, through nouns and prepositions only ("On Saturday, X
    said …", "In a speech on Monday, X said …"): not from a verb of another clause, not
    after "since" (`SAYING_DATE_BOUNDS`)."""
    deps = dl.SAYING_DATE_DEPS.get(verb.lang, ())
    bounds = dl.SAYING_DATE_BOUNDS.get(verb.lang, ())
    tok = next((x for x in art.toks if x.start == t.start), None)
    for _ in range(12):
        if tok is not None and _published_subject(art, verb, tok):
            return True  # "The opinion of the court, published on Wednesday, read …": when it spoke
        if tok is None or tok.head == tok.i or tok.pos in ("VERB", "AUX") or tok.lower in bounds:
            return False
        if tok.head == verb.i:
            return tok.dep in deps
        tok = art.toks[tok.head]
    return False


def _published_subject(art: Article, verb: Tok, tok: Tok) -> bool:
    """English class "a document's words dated by its release" (round 20): `tok` is a
    participle of publishing (events_lexicon.PUBLISH_VERBS) that modifies the subject of the
    verb of saying ("The opinion of the court, published on Wednesday, read …")."""
    return tok.lang in ex.DATED_BY_PARSE and tok.pos == "VERB" and tok.dep == "acl" and tok.lower in ex.PUBLISH_VERBS.get(tok.lang, ()) \
        and art.toks[tok.head].head == verb.i and art.toks[tok.head].dep in ("nsubj", "nsubjpass")


def _speaking_clause(art: Article, head: Tok) -> bool:
    """"said …, while addressing the press yesterday": an adverbial clause that tells when
    the speaker spoke (a temporal subordinator or a gerund of speaking)."""
    lang = head.lang
    if head.lower in dl.SPEAKING_GERUNDS.get(lang, ()):
        return True
    lo = max(0, head.i - 4)
    return any(t.head == head.i and t.dep == "mark" and t.lower in dl.SPEAKING_CLAUSE_MARKS.get(lang, ())
               for t in art.toks[lo:head.i])


def _speaking_clause_date(art: Article, sent: Sentence, verb: Tok, rep_b: int) -> DateRef | None:
    """"said, "…", while addressing the press yesterday": a date after the reporting clause
    in an adverbial clause of the reporting verb that tells when it spoke."""
    end = art.toks[rep_b - 1].end
    for t in art.timexes:
        if not (end <= t.start < sent.end) or in_quote(t.start, art.quotes):
            continue
        tok = next((x for x in sent.toks if x.start == t.start), None)
        # The clause may hang from a verb of the quotation (parsers attach it there): it
        # still tells the saying when it stands outside the quotation.
        speaking = False
        for _ in range(12):
            if tok is None or tok.head == tok.i:
                break
            if tok.dep == "advcl" and not in_quote(tok.start, art.quotes) and _speaking_clause(art, tok):
                speaking = True
            if tok.head == verb.i:
                if speaking:
                    return art.date_ref(t, "clause")
                break
            tok = art.toks[tok.head]
    return None


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
    return art.date_ref(t, "inherited")


def _narrative_date(art: Article, sent: Sentence) -> DateRef | None:
    """"Am Abend kam X … zusammen" after "… am Mittwoch …" (also in an earlier
    paragraph): the last day named in the four sentences before, outside quotes."""
    words = [t.lower for t in sent.toks if not in_quote(t.start, art.quotes)]
    if not any(word == cue[0] and tuple(words[k:k + len(cue)]) == cue
               for cue in ex.CONTINUATION_ANY for k, word in enumerate(words)):
        return None
    first = art.sents[max(0, sent.index - 4)]
    found = [t for t in art.timexes if first.start <= t.start < sent.start and t.precision == "day"
             and not in_quote(t.start, art.quotes)]
    if not found:
        return None
    t = found[-1]
    return art.date_ref(t, "inherited")


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
            st.date = replace(best.date, text=None, how="event")
    # The same speaker goes on in the next sentence of the paragraph ("…, sagte er"): the
    # date just taken from the meeting carries over, as for dates of their own.
    ordered = [s for s in statements if s.sent is not None]
    for prev, st in zip(ordered, ordered[1:]):
        if (not st.date.value and not st.has_timex and prev.date.value and prev.speaker is st.speaker
                and st.sent.paragraph == prev.sent.paragraph and st.sent.index - prev.sent.index <= 2):
            st.date = replace(prev.date, text=None, how="inherited")


def overlap(a: str, b: str) -> bool:
    """Do two date values (any precision) share a day?"""
    from timeline.lib.dates import to_date_range

    (a0, a1), (b0, b1) = to_date_range(a), to_date_range(b)
    return a0 <= b1 and b0 <= a1


def dates_agree(a: DateRef, b: DateRef) -> bool:
    """May two mentions of one meeting have these dates? The same value, or a day inside
    the other's range of days ("am 4. und 5. März" … "am 5. März")."""
    if a.value == b.value:
        return True
    return any(r.end and d.precision == "day" and r.value <= d.value <= r.end for r, d in ((a, b), (b, a)))


def rank(d: DateRef) -> int:
    """How sure a date source is: its own clause first, inherited last."""
    return {"clause": 0, "sentence": 1, "tweet": 1, "event": 2, "inherited": 3}.get(d.how, 9)


def meeting_date(art: Article, sent: Sentence, tok: Tok, clause: tuple[int, int],
                 statements: list[Event], people: list[Actor]) -> DateRef | None:
    """The date of a meeting mention: a timex in its clause, else in its sentence, else the
    date of the report it is told in, of the sentence before, or of the day narrated before."""
    a, b = clause
    start = art.toks[a].start
    if art.toks[a].lower in ex.ADVERBIAL_PREPS.get(tok.lang, ()) and not is_noun(tok):
        start = tok.start  # "Nach Übungen am 8. Januar traf X am 11. Januar ein": the verb's own day
    d = art.timex_in(start, art.toks[b - 1].end, tok.start)
    if d:
        d.how = "clause"
    else:
        d = art.timex_in(sent.start, sent.end, tok.start)
        if d:
            d.how = "sentence"
    if d is None:
        # (a vague speaker's report dates them too: "Ein ranghoher Beamter sagte am Mittwoch, …")
        dated = [s for s in [*statements, *art.vague_reports] if s.sent is sent and s.date.value]
        if dated:
            # Mentioned without a date in a dated report ("sagte am Mittwoch, die Gespräche
            # ... dienten"): the talks are those of the reporting day.
            d = dated[0].date.inherited()
    if d is None:
        d = _previous_sentence_date(art, sent, people)
    if d is None:
        d = _narrative_date(art, sent)
    return d


def _content_date(art: Article, start: int, t) -> bool:
    """The timex `t` follows a preposition that makes it the date of what is said, not of
    the saying: a time for something, a deadline or a start ("kündigte Neuwahlen für
    Dezember an", "forderte den Abzug bis Ende Mai"); `start`: where its clause begins."""
    preps = ex.CONTENT_DATE_PREPS.get(art.lang, ())
    words = art.text[max(start, t.start - 12):t.start].split()
    return (bool(words) and words[-1].lower() in preps) or t.text.split()[0].lower() in preps


def _saying_date(art: Article, start: int, end: int, near: int) -> tuple[DateRef | None, bool]:
    """The date of the saying in the reporting clause [start, end): its timex nearest to the
    verb (at `near`) that is no date of what is said after the verb (before it, it is the
    saying's: "Bis Sonntag hatte X …"); and whether the clause held only such dates."""
    d = art.timex_in(start, end, near, keep=lambda t: (t.start < near or not _content_date(art, start, t))
                     and not _in_attribute(art, t))
    return d, d is None and art.timex_in(start, end, near) is not None


def _in_attribute(art: Article, t) -> bool:
    """German: the timex stands in a participial attribute between an article and its noun
    ("der am Samstag vereidigte Präsident", "die vor zwei Wochen gewählte Regierung"): it
    dates what the participle tells, not the saying."""
    if art.lang != "de":
        return False
    k, j = art.tok_index(t.start), art.tok_index(t.end)
    if k == 0 or j >= len(art.toks) or art.toks[k - 1].pos != "DET":
        return False
    rest = art.toks[j:j + 3]  # the participle (often tagged as a finite verb) and its noun
    return bool(rest) and rest[0].text[:1].islower() and rest[0].text.isalpha() \
        and any(x.pos in ("NOUN", "PROPN") for x in rest[1:])


def _after_source(art: Article, sent: Sentence, verb: Tok, actor: Actor, d: DateRef) -> bool:
    """The date stands right after the name of the source of an attribution ("…, according
    to Minister X on Friday", "…, laut Ministerin X am Freitag"): the date of the saying."""
    start = art.text.find(d.text or "", sent.start)
    for m in art.by_sent.get(sent.index, []):
        if m.a <= verb.i or not (m.actor is actor or m.kind == "pronoun") or m.b + 1 >= len(art.toks):
            continue
        nxt = art.toks[m.b]
        if nxt.start == start or (nxt.pos == "ADP" and art.toks[m.b + 1].start == start):
            return True
    return False


def _in_source_phrase(art: Article, sent: Sentence, verb: Tok, d: DateRef) -> bool:
    """English: the date hangs from the attribution word through the source's phrase, by
    nouns, prepositions and participles ("According to a 2015 study by X", "According to
    the report dated May 2", "According to a report published on Monday by X"): the date
    of the source, so of the saying."""
    start = art.text.find(d.text or "", sent.start)
    tok = next((t for t in sent.toks if t.start == start), None)
    for _ in range(12):
        if tok is None or tok.head == tok.i:
            return False
        if tok.pos in ("VERB", "AUX") and not (tok.dep == "acl" and tok.tag == "VBN"):
            return False
        if tok.head == verb.i:
            return True
        tok = art.toks[tok.head]
    return False


def statement_date(art: Article, sent: Sentence, verb: Tok, actor: Actor, before: list[Event]
                   ) -> DateRef | None:
    """The date of a statement: a timex in its reporting clause or a clause before it (never
    in the reported words), else the date of the same speaker's statement just before in the
    paragraph (the same occasion). `before`: the statements found so far."""
    rep_a, rep_b = art.clause_of(sent, verb.i)
    speaker = next((m for m in art.by_sent.get(sent.index, []) if m.a > verb.i
                    and (m.actor is actor or getattr(m, "resolved", None) is actor)), None)
    if (inserted := inserted_report(art, sent, verb, speaker)) is not None:
        # "The plan, she said, would fail in May", "On Tuesday, X said, the envoy had left",
        # "Die Gespräche würden, so X, im Mai fortgesetzt": the words around the report
        # between commas hold their own dates; only the report's tell when it was said
        rep_a, rep_b = inserted
    # the sentence's date belongs to the reported words ("kündigte Wahlen für Dezember an")
    d, reported = _saying_date(art, art.toks[rep_a].start, art.toks[rep_b - 1].end, verb.start)
    if inserted is not None and d is None and art.has_timex(sent):
        reported = True  # all its dates are the words': the speaker's occasion may go on
    if d is not None and verb.lower in ex.ATTRIBUTION.get(verb.lang, ()):
        if not (_after_source(art, sent, verb, actor, d)
                or verb.lang in ex.DATED_BY_PARSE and _in_source_phrase(art, sent, verb, d)):
            # "Laut X seien die Exporte vor 18 Monaten beantragt worden", "According to X,
            # the attack began on Monday": around the source, the sentence is all reported
            # words (but for a date right after the source's name or in its phrase)
            d, reported = None, True
    elif d is not None and verb.lang in ex.DATED_BY_PARSE and _in_complement(art, verb, d):
        # the nearest date is the words'; one before the verb that hangs from it is the
        # saying's ("On Saturday, X said the buses stay off the road until next Saturday")
        d = art.timex_in(art.toks[rep_a].start, verb.start, verb.start,
                         keep=lambda t: _modifies_saying(art, verb, t))
        reported = d is None
    # "…, sagte X": the speaker after the verb, the words before it; not after a subordinate
    # clause ("Nachdem Y am Freitag zurückgetreten war, gab X bekannt, …")
    words_before = verb.i > sent.toks[0].i and art.toks[verb.i - 1].text in ex.WORDS_BEFORE_MARKS.get(verb.lang, ()) \
        and sent.toks[0].tag not in ex.SUBORDINATE_TAGS.get(verb.lang, ()) and any(
            verb.i < m.a <= verb.i + 4 and (m.actor is actor or m.kind == "pronoun") for m in art.by_sent.get(sent.index, []))
    if d is None and rep_a > sent.toks[0].i and not words_before and inserted is None:
        # A date in a clause before the reporting one ("In der vergangenen Woche hatte
        # X ..., weil er ... kritisierte"); never one inside the reported words ("Die Zahl
        # habe sich im Vergleich zum Vorjahr verdoppelt, sagte X": the words end at the comma).
        d = art.timex_in(sent.start, art.toks[rep_a].start, verb.start)
        if d is not None and any(art.toks[ca].lower in ex.RELATIVE_PRONOUNS["en"] and art.toks[ca].start <= art.text.find(d.text, sent.start) < art.toks[cb - 1].end
                                 for ca, cb in sent.clauses):
            d = None  # "X, who visited Seoul last week, urged": the visit's date
    if d is None and verb.lang in ex.DATED_BY_PARSE:
        d = _speaking_clause_date(art, sent, verb, rep_b)
    if d:
        d.how = "clause"
        return d
    d = occasion_date(art, sent, verb, rep_b, actor, before)
    if d is not None:
        return d
    if (not art.has_timex(sent) or reported) \
            and before and before[-1].speaker is actor and before[-1].sent is not None \
            and sent.index - before[-1].sent.index <= 2 and before[-1].sent.paragraph == sent.paragraph \
            and before[-1].date.value:
        # The same speaker goes on in the next sentence: the same occasion.
        return before[-1].date.inherited()
    return None


# --- the occasion a statement is tied to (issue #13 item 5) -------------------------------

_ENDINGS = {"de": ("", "e", "en", "es", "s", "n", "er", "ern"), "en": ("", "s", "es")}


def _occasion_group(toks: list[Tok], j: int) -> str | None:
    """The occasion group (dates_lexicon.OCCASION_GROUPS) of the noun at toks[j], if any:
    "Pressekonferenz", "Gesprächen", "Abschlusspressekonferenz", "press conference"."""
    t = toks[j]
    lang = t.lang
    if lang == "de" and not t.text[:1].isupper():
        return None  # German nouns are capitalised: "redete" is no "Rede"
    for group, stems in dl.OCCASION_GROUPS.get(lang, {}).items():
        for stem in stems:
            words = stem.split()
            if len(words) > 1:
                if j + 1 >= len(words) and [x.lower for x in toks[j - len(words) + 1:j + 1]] == words:
                    return group
                continue
            for end in _ENDINGS[lang]:
                w = stem + end
                if t.lower == w or (lang == "de" and len(stem) >= 6 and t.lower.endswith(w)):
                    return group
    return None


def _occasions(art: Article, toks: list[Tok]) -> list[tuple[str, int, str]]:
    """Definite occasions named in `toks` (outside quotations), as (group, token index, the
    preposition before it):
    "auf der Pressekonferenz", "beim Treffen", "after the incident", "in his resignation
    speech". An indefinite one ("auf einer Pressekonferenz") is new and ties nothing."""
    out = []
    for k, t in enumerate(toks):
        lang = t.lang
        if in_quote(t.start, art.quotes):
            continue
        if t.lower in dl.OCCASION_CONTRACTIONS.get(lang, ()):
            first = k + 1
        elif (t.lower in dl.OCCASION_PREPOSITIONS.get(lang, ()) and k + 1 < len(toks)
              and toks[k + 1].lower in dl.OCCASION_DETERMINERS.get(lang, ())):
            first = k + 2
        else:
            continue
        for j in range(first, min(first + 4, len(toks))):
            if not toks[j].text[:1].isalnum():
                break
            group = _occasion_group(toks, j)
            if group:
                prep = toks[k].lower
                if group not in dl.AFTER_ONLY_GROUPS or prep in dl.AFTER_PREPOSITIONS.get(lang, ()):
                    out.append((group, j, prep))  # "said after the attack", not "killed in the attack"
                break
    return out


def _antecedent_date(art: Article, sent: Sentence, group: str) -> DateRef | None:
    """The date of the sentence before that told the occasion: the nearest earlier
    sentence (up to 15 back) naming a word of the same group (or its verb, OCCASION_VERBS)
    outside quotations and holding a date of its own; the date nearest to that word."""
    for _, prev in _sentences_back(art, sent, 15):
        verbs = dl.OCCASION_VERBS.get(art.lang, {}).get(group, ())
        hits = [t for j, t in enumerate(prev.toks)
                if not in_quote(t.start, art.quotes) and (_occasion_group(prev.toks, j) == group
                                                         or t.pos in ("VERB", "AUX") and t.lower.startswith(verbs))]
        if not hits:
            continue
        d = art.timex_in(prev.start, prev.end, hits[0].start)
        if d is not None:
            d.how = "event"
            return d
    return None


def _paragraph_day(art: Article, sent: Sentence) -> DateRef | None:
    """The last day named before the sentence in its paragraph, outside quotations."""
    first = sent
    while first.index > 0 and art.sents[first.index - 1].paragraph == sent.paragraph:
        first = art.sents[first.index - 1]
    found = [t for t in art.timexes if first.start <= t.start < sent.start and t.precision == "day"
             and not in_quote(t.start, art.quotes) and not _in_subordinate(art, t.start)]
    if not found:
        return None
    t = found[-1]
    return art.date_ref(t, "event")


def _in_subordinate(art: Article, pos: int) -> bool:
    """Is the position in a relative or subordinate clause ("die am Samstag … tötete")? Such
    a day dates what the clause tells, not the scene of the paragraph."""
    sent = art.sent_at(pos)
    if sent is None:
        return False
    for a, b in sent.clauses:
        if art.toks[a].start <= pos < art.toks[b - 1].end:
            first = art.toks[a]
            return first.lower in lx.SUBORDINATORS_BY_LANG.get(first.lang, ()) and a != sent.toks[0].i
    return False


def occasion_date(art: Article, sent: Sentence, verb: Tok, rep_b: int, actor: Actor,
                  before: list[Event]) -> DateRef | None:
    """A statement tied to an occasion told before takes that occasion's date: "Auf der
    Pressekonferenz sagte X" (the sentence that told the press conference), "sagte er nach
    dem Treffen", "said at a press conference after the incident", "Er sagte daraufhin"
    (the day the paragraph tells). Looked for from the sentence's start to the end of the
    reporting clause, outside quotations; `None` when the occasion has no date in the text."""
    if verb.lower in ex.ATTRIBUTION.get(verb.lang, ()):
        return None  # "Laut X …", "Nach Ansicht von X …": the sentence is the reported words
    if verb.lower not in ex.SPEECH.get(verb.lang, {}) and verb.lower not in dl.OCCASION_SPEAKING_VERBS.get(verb.lang, ()):
        return None  # reported speech without a verb of saying: its verb tells the content
    toks = [t for t in sent.toks if t.i < rep_b]
    for group, j, prep in _occasions(art, toks):
        if abs(toks[j].i - verb.i) > dl.OCCASION_DISTANCE:
            continue  # "… habe bei der Konferenz …": part of the reported words, not the saying
        if toks[j].i > verb.i and prep in dl.OCCASION_BEFORE_VERB.get(verb.lang, ()):
            continue
        d = _antecedent_date(art, sent, group)
        if d is None and group in dl.SPEAKING_OCCASIONS:
            # "X said … yesterday. … he continued in the speech": the same speaker's
            # dated statement just before is the occasion.
            prev = next((e for e in reversed(before) if e.speaker is actor and e.sent is not None), None)
            if prev is not None and prev.date.value and sent.index - prev.sent.index <= 3:
                d = replace(prev.date, text=None, how="event")
        if d is not None:
            return d
    words = [t.lower for t in toks if not in_quote(t.start, art.quotes)]
    for cue in dl.OCCASION_ADVERBS.get(art.lang, ()):
        if any(tuple(words[k:k + len(cue)]) == cue for k in range(len(words))):
            return _paragraph_day(art, sent)
    return None
