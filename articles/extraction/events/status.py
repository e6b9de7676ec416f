"""Status of a meeting: cancelled, planned or happened, and the new date of a postponed one."""
from __future__ import annotations

import datetime as dt

from .. import lexicon as lx
from ..dates import Timex
from ..text import Sentence
from .article import NO_DATE, Article, DateRef, Event


def meeting_status(art: Article, sent: Sentence, a: int, b: int) -> str:
    words = [t.lower for t in art.toks[a:b] if t.text != "May"]
    joined = " ".join(words)
    if any(w in lx.CANCEL_WORDS - {"off"} for w in words) or "called off" in joined or "call off" in joined \
            or "pushed back" in joined:
        return "cancelled"
    if any(w.startswith("sagte") for w in words) and words and "ab" in words:
        return "cancelled"
    for pat in lx.UNFULFILLED:
        if " ".join(pat) in joined:
            return "cancelled"
    if any(w in lx.PLANNED_WORDS for w in words):
        return "planned"
    return "happened"


def _moved_to(art: Article, sent: Sentence) -> Timex | None:
    """The new date of a postponed meeting: a date right after "auf/to/until" in a sentence
    that says "verschoben/verlegt/postponed/pushed back/moved"."""
    words = {t.lower for t in sent.toks}
    if not words & {"verschoben", "verlegt", "postponed", "pushed", "moved", "rescheduled", "delayed"}:
        return None
    for t in art.timexes:
        if not (sent.start <= t.start < sent.end):
            continue
        k = next((tok.i for tok in sent.toks if tok.start >= t.start), None)
        if k is None:
            continue
        before = [x.lower for x in art.toks[max(0, k - 2):k]]
        if before and before[-1] in ("auf", "to", "until", "into") or before[-2:] == ["back", "to"]:
            return t
    return None


def dated_status(status: str, date: DateRef, published: dt.date) -> str:
    """A meeting told without a mark of the future on a day still ahead is planned."""
    if status == "happened" and date.value and date.value[:10] > published.isoformat() and date.precision == "day":
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
