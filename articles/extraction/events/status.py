"""Status of a meeting: cancelled, planned or happened, and the new date of a postponed one."""
from __future__ import annotations

import datetime as dt

from timeline.lib.dates import to_date_range

from .. import events_lexicon as ex
from ..dates import Timex
from ..text import Sentence, Tok
from .article import NO_DATE, Article, DateRef, Event
from .triggers import is_noun


def meeting_status(art: Article, sent: Sentence, a: int, b: int) -> str:
    """The status the clause [a, b) gives its meeting: cancelled (a cancellation word or
    phrase, "sagte … ab", a plan that did not come true), planned (a word of plan or future),
    else happened."""
    other = {k for t in art.toks[a:b] for k in _cancelled_other(art, t.i)}
    words = [t.lower for t in art.toks[a:b] if t.text not in ex.NOT_PLANNED_ANY and t.i not in other]
    joined = " ".join(words)
    if any(w in ex.CANCEL_WORDS_ANY for w in words) \
            or any(" ".join(phrase) in joined for phrase in ex.CANCEL_PHRASES_ANY):
        return "cancelled"
    if any(any(w.startswith(verb) for w in words) and particle in words
           for verb, particle in ex.CANCEL_SEPARABLE_ANY):
        return "cancelled"  # "sagte den Gipfel ab"
    for pat in ex.UNFULFILLED_ANY:
        if " ".join(pat) in joined:
            return "cancelled"
    if any(w in ex.PLANNED_WORDS_ANY for w in words):
        return "planned"
    if any(f" {' '.join(phrase)} " in f" {joined} " for phrase in ex.PLANNED_PHRASES_ANY):
        return "planned"  # "X is to visit Y next week"
    return "happened"


def cancelled_by_its_verb(art: Article, tok: Tok) -> bool:
    """A meeting noun that is the parse's subject of a verb of cancelling (SUBJECT_DEPS, so
    English only), also where a phrase set between commas ends the noun's own clause before
    the verb ("The meeting …, planned for Tuesday, was postponed until Friday")."""
    if tok.dep not in ex.SUBJECT_DEPS.get(tok.lang, ()) or tok.head == tok.i:
        return False
    return art.toks[tok.head].lower in ex.CANCEL_WORDS.get(tok.lang, ())


def refused(art: Article, tok: Tok, a: int, b: int) -> bool:
    """A meeting refused (REFUSE_*): "lehnte ein Treffen mit X ab" (a meeting noun in the
    clause [a, b) of the separable verb), "refused a meeting with X", "declined to meet X"."""
    if tok.lang == "de":
        words = [t.lower for t in art.toks[a:b]]
        return is_noun(tok) and any(verb in words and particle in words[words.index(verb):]
                                    for verb, particle in ex.REFUSE_SEPARABLE["de"])
    return tok.dep in ex.REFUSED_DEPS.get(tok.lang, ()) and tok.head != tok.i \
        and art.toks[tok.head].lower in ex.REFUSE_VERBS.get(tok.lang, ())


def intended_only(art: Article, sent: Sentence, tok_i: int, a: int) -> bool:
    """An attempt or wish to meet before the trigger at `tok_i` in its clause [a, …) (INTENT_WORDS:
    "sought to arrange a meeting", "bemühte sich um ein Treffen"), or before the comma that opens
    the infinitive clause of the trigger ("versuchte, X in Y zu treffen"). Leave given
    (PERMIT_VERBS) counts only before a verb of meeting ("erlaubte ihm, Y zu treffen"): a
    meeting noun after it was made possible and took place ("ermöglichte ein Treffen")."""
    tok = art.toks[tok_i]
    words = ex.INTENT_WORDS.get(tok.lang, set())
    if tok.pos in ("VERB", "AUX"):  # leave to travel is ahead; a meeting made possible took place
        words = words | ex.PERMIT_VERBS.get(tok.lang, set())
    start = a
    if tok_i > a and art.toks[tok_i - 1].lower == ex.INFINITIVE_MARKS.get(tok.lang) \
            and a > sent.toks[0].i and art.toks[a - 1].text == ",":
        start = art.clause_of(sent, a - 2)[0]
    pairs = ex.INTENT_PAIRS.get(tok.lang, ())
    return any(t.lower in words or (t.lower, art.toks[t.i + 1].lower) in pairs for t in art.toks[start:tok_i])


def _cancelled_other(art: Article, i: int) -> range:
    """A cancellation noun whose genitive object is no meeting ("Absage eines geplanten
    Luftangriffs"): the words from it to that object, which say nothing of the meeting of
    the clause (an empty range for any other word)."""
    tok = art.toks[i]
    if tok.lower not in ex.CANCEL_NOUNS.get(tok.lang, ()) or i + 1 >= len(art.toks) \
            or art.toks[i + 1].lower not in ex.CANCELLED_GENITIVE[tok.lang]:
        return range(0)
    k = i + 2
    while k < len(art.toks) and k - i <= 5 and art.toks[k].pos in ("ADJ", "ADV", "DET", "NUM"):
        k += 1
    if k < len(art.toks) and art.toks[k].pos == "NOUN" and art.toks[k].lower not in ex.MEET_NOUNS_ANY \
            and art.toks[k].lower not in ex.SUMMIT_NOUNS_ANY:
        return range(i, k + 1)
    return range(0)


def _moved_to(art: Article, sent: Sentence) -> Timex | None:
    """The new date of a postponed meeting: a date right after "auf/to/until" in a sentence
    that says "verschoben/verlegt/postponed/pushed back/moved"."""
    words = {t.lower for t in sent.toks}
    if not words & ex.POSTPONED_ANY:
        return None
    for t in art.timexes:
        if not (sent.start <= t.start < sent.end):
            continue
        k = next((tok.i for tok in sent.toks if tok.start >= t.start), None)
        if k is None:
            continue
        before = [x.lower for x in art.toks[max(0, k - 2):k]]
        if before and before[-1] in ex.NEW_DATE_PREPS_ANY \
                or any(before[-len(pair):] == list(pair) for pair in ex.NEW_DATE_PAIRS_ANY):
            return t
    return None


def dated_status(status: str, date: DateRef, published: dt.date, told_here: bool = False) -> str:
    """A meeting told without a mark of the future on a day still ahead is planned; so is one
    on a week, month or year that begins after publication when the words that tell of the
    meeting name it (`told_here`: "ermöglicht ein Treffen im Mai"; a date from the words said
    after it or from the sentences around may be another occasion's: "after the talks, X said
    the sides will go on next month")."""
    if status == "happened" and date.value and (date.precision == "day" or told_here) \
            and to_date_range(date.value[:10])[0] > published:
        return "planned"
    return status


def postponed(art: Article, sent: Sentence, ev: Event) -> bool:
    """A cancelled meeting moved to a new date ("… ursprünglich für den 4. Juli geplant, wurde
    auf Ende August verschoben"): cancelled for the first date, planned for the new one
    (`ev.also`)."""
    moved = _moved_to(art, sent)
    if moved is None:
        return False
    old = [t for t in art.timexes if sent.start <= t.start < sent.end and t is not moved]
    ev.date = (DateRef(old[0].value, old[0].precision, old[0].text, "clause", old[0].modifier)
               if old else NO_DATE)
    ev.also = Event("meeting", sent, ev.evidence,
                    DateRef(moved.value, moved.precision, moved.text, "clause", moved.modifier),
                    list(ev.participants), place=ev.place, status="planned")
    return True
