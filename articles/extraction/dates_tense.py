"""Which way a bare date expression points: back (past tense) or forward (future, plans).

Uses token.morph (Tense=Past on finite verbs) when the pipeline sets it and lexical cues
otherwise, so it also works on spacy.blank docs. The cue nearest to the expression inside
its clause wins ("said he will meet Kim on Tuesday" -> "will"); when the clause has none,
the rest of the sentence is searched.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import dates_lexicon as lx

PAST, UNKNOWN, FUTURE = -1, 0, 1
CLAUSE_BREAKS = {",", ";", ":", '"', "„", "“", "”", "«", "»", "(", ")", "–", "—", "‚", "‘", "’"}
MAX_WINDOW = 40  # tokens searched on each side when a doc has no sentence boundaries
_PARTICIPLE_DE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|um|hin|her|statt|teil|los|"
    r"dar|fort|vorbei|wieder)?ge\w{3,}(t|en)$")


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        sent = doc[start].sent
        return sent.start, sent.end
    return max(0, start - MAX_WINDOW), min(len(doc), end + MAX_WINDOW)


def _clause_bounds(doc: Doc, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    left = start
    while left > lo and doc[left - 1].text not in CLAUSE_BREAKS:
        left -= 1
    right = end
    while right < hi and doc[right].text not in CLAUSE_BREAKS:
        right += 1
    return left, right


def _cue(doc: Doc, i: int, lang: str, left: int, right: int) -> int:
    """Tense signalled by token i alone (UNKNOWN if none)."""
    tok: Token = doc[i]
    low = tok.lower_
    if low in lx.FUTURE_CUES[lang]:
        return FUTURE
    if low in lx.PAST_CUES[lang]:
        return PAST
    morph = tok.morph
    if tok.pos_ in ("VERB", "AUX") and "Past" in morph.get("Tense"):
        if "Part" not in morph.get("VerbForm"):
            return PAST
        if "Part" in morph.get("VerbForm") and _has_perfect_aux(doc, lang, left, right):
            return PAST
    if not tok.is_alpha or not tok.is_lower:
        return UNKNOWN
    prev = doc[i - 1].lower_ if i > 0 else ""
    if lang == "de":
        if (len(low) >= 5 and (low.endswith("te") or low.endswith("ten"))
                and not low.endswith(("ste", "sten")) and low not in lx.NOT_PAST_DE
                and prev not in lx.DETERMINERS_DE and not tok.pos_ in ("ADJ", "NOUN", "DET")):
            return PAST
        if _PARTICIPLE_DE.match(low) and low not in lx.FUTURE_CUES["de"] \
                and _has_perfect_aux(doc, lang, left, right):
            return PAST
    elif lang == "en":
        if (len(low) >= 5 and low.endswith("ed") and low not in lx.NOT_PAST_EN
                and prev not in lx.PASSIVE_BE_EN and tok.pos_ not in ("ADJ", "NOUN")):
            return PAST
    return UNKNOWN


def _has_perfect_aux(doc: Doc, lang: str, left: int, right: int) -> bool:
    aux = lx.PERFECT_AUX.get(lang, set())
    return any(doc[j].lower_ in aux for j in range(left, right))


def direction(doc: Doc, start: int, end: int, lang: str | None = None) -> int:
    """PAST, FUTURE or UNKNOWN for the expression doc[start:end]."""
    lang = lang or doc.lang_
    if lang not in lx.LANGS:
        lang = "en"
    lo, hi = _sentence_bounds(doc, start, end)
    left, right = _clause_bounds(doc, start, end, lo, hi)
    for a, b in ((left, right), (lo, hi)):
        best, best_dist = UNKNOWN, 10**6
        for i in range(a, b):
            if start <= i < end:
                continue
            cue = _cue(doc, i, lang, a, b)
            if cue != UNKNOWN:
                dist = start - i if i < start else i - end + 1
                if dist < best_dist:
                    best, best_dist = cue, dist
        if best != UNKNOWN:
            return best
    return UNKNOWN
