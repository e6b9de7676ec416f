"""Which way a bare date expression points: back (past tense) or forward (future, plans).

Uses token.morph (Tense=Past on finite verbs) when the pipeline sets it and lexical cues
otherwise, so it also works on spacy.blank docs. The cue nearest to the expression inside
its clause wins ("said he will meet Kim on Tuesday" -> "will"); when the clause has none,
the rest of the sentence is searched. A plan word in the clause ("planned", "geplant")
means forward whatever the tense: the planned event lay ahead when it was planned.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache

from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER, POS
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc

from . import dates_lexicon as lx

PAST, UNKNOWN, FUTURE = -1, 0, 1
CLAUSE_BREAKS = {",", ";", ":", '"', "„", "“", "”", "«", "»", "(", ")", "–", "—", "‚", "‘", "’",
                 "that", "dass"}  # "said on Monday that it would …": "would" is another clause
# Opening quotation marks and the marks that close them ("„…“" in German, "“…”" in English).
_QUOTE_PAIRS = {"„": {"“", "”"}, "“": {"”", "“"}, '"': {'"'}, "»": {"«"}, "«": {"»"}}
_HABEN_DE = {"hat", "haben", "habe", "hast"}  # the Perfekt of a participle that may tell a state
MAX_WINDOW = 40  # tokens searched on each side when a doc has no sentence boundaries
_PARTICIPLE_DE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|um|hin|her|statt|teil|los|"
    r"dar|fort|vorbei|wieder|zusammen)?ge\w{3,}(t|en)$")


# Endings of German strong past forms in -t ("hielt", "riet", "trat", "bot", "galt"); read
# only where the morphology says past (a present "spielt" or "malt" is not).
_STRONG_PAST_T_DE = re.compile(r"(?:ielt|iet|[aou]t|alt)$")


_ATTRIBUTIVE_PARTICIPLE_DE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|um|hin|her|statt|teil|los|"
    r"dar|fort|vorbei|wieder|zusammen)?ge\w{3,}(t|en)(e|en|er|es|em)$")


class TenseContext:
    """Per-doc token facts, computed once and only when an expression needs its tense
    (creating spaCy Token objects over and over is what costs time here)."""

    def __init__(self, doc: Doc, lang: str) -> None:
        self.doc = doc
        self.lang = lang if lang in lx.LANGS else "en"

    @cached_property
    def _array(self):
        return self.doc.to_array([LOWER, IS_ALPHA, IS_LOWER, POS])

    @cached_property
    def lower(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] for h in self._array[:, 0].tolist()]

    @cached_property
    def is_alpha(self) -> list[bool]:
        return [bool(x) for x in self._array[:, 1].tolist()]

    @cached_property
    def alpha_lower(self) -> list[bool]:
        return [bool(a and b) for a, b in self._array[:, 1:3].tolist()]

    @cached_property
    def pos(self) -> list[str]:
        if not self.doc.has_annotation("POS"):
            return [""] * len(self.doc)
        return [NAMES.get(p, "") for p in self._array[:, 3].tolist()]

    @cached_property
    def _features(self) -> list[frozenset[str]]:
        """Each token's morphological features ("Tense=Past", "VerbForm=Part"), read from the
        morph hashes once per distinct analysis: Token objects cost time on every token."""
        strings, seen = self.doc.vocab.strings, {}
        out = []
        for h in self.doc.to_array(["MORPH"]).tolist():
            if h not in seen:
                seen[h] = _morph_features(strings[h]) if h in strings else frozenset()
            out.append(seen[h])
        return out

    @cached_property
    def _tags(self) -> list[str]:
        strings = self.doc.vocab.strings
        return [strings[h] if h in strings else "" for h in self.doc.to_array(["TAG"]).tolist()]

    @cached_property
    def morph_past(self) -> list[int]:
        """1 = finite past verb, 2 = past participle, 0 = neither (from the morphology)."""
        if not self.doc.has_annotation("MORPH"):
            return [0] * len(self.doc)
        out = [0] * len(self.doc)
        for i, (feats, pos) in enumerate(zip(self._features, self.pos)):
            if pos in ("VERB", "AUX") and "Tense=Past" in feats:
                flag = 2 if "VerbForm=Part" in feats else 1
                low = self.lower[i]
                # German finite forms in -t are present tense ("reist", "kehrt ... zurück"),
                # unless they end like a strong past ("beriet", "erhielt", "vertrat", "verbot")
                if flag == 1 and self.lang == "de" and low.endswith("t") and not _STRONG_PAST_T_DE.search(low):
                    flag = 0
                tag = self._tags[i] if flag == 1 else ""
                # a word the tagger calls an infinitive is no finite past ("die sich am 10.
                # Juni jähren" came out as VVINF with Tense=Past)
                if flag == 1 and tag.endswith("INF"):
                    flag = 0
                # German participles sometimes come without VerbForm=Part ("wird … eingeladen"
                # as ADJD with Tense=Past): a participle needs its auxiliary to tell a past
                if flag == 1 and self.lang == "de" and not tag.endswith("FIN") and (
                        tag.endswith("PP") or _PARTICIPLE_DE.match(low)):
                    flag = 2
                out[i] = flag
        return out

    @cached_property
    def infinitive(self) -> list[bool]:
        """Infinitives by the morphology ("zurücktreten", "gelten" are no past forms in -ten)."""
        if not self.doc.has_annotation("MORPH"):
            return [False] * len(self.doc)
        return ["VerbForm=Inf" in feats for feats in self._features]

    @cached_property
    def present(self) -> list[bool]:
        """Verbs tagged present tense ("starten", "arbeiten" are no past forms in -ten)."""
        if not self.doc.has_annotation("MORPH"):
            return [False] * len(self.doc)
        return [pos in ("VERB", "AUX") and "Tense=Pres" in feats for feats, pos in zip(self._features, self.pos)]

    @cached_property
    def quoted(self) -> list[bool]:
        """Tokens inside quotation marks (the marks themselves are not)."""
        out, closer = [], None
        for low in self.lower:
            if closer is not None and low in closer:
                closer = None
                out.append(False)
            elif closer is None and low in _QUOTE_PAIRS:
                closer = _QUOTE_PAIRS[low]
                out.append(False)
            else:
                out.append(closer is not None)
        return out

    @cached_property
    def sent_starts(self) -> list[int]:
        if not self.doc.has_annotation("SENT_START"):
            return []
        return [sent.start for sent in self.doc.sents]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        starts = self.sent_starts
        if not starts:
            return max(0, start - MAX_WINDOW), min(len(self.doc), end + MAX_WINDOW)
        k = bisect_right(starts, start) - 1
        lo = starts[k] if k >= 0 else 0
        hi = starts[k + 1] if k + 1 < len(starts) else len(self.doc)
        return lo, max(hi, end)


@lru_cache(maxsize=4096)
def _morph_features(morph: str) -> frozenset[str]:
    """"Mood=Ind|Tense=Past" → {"Mood=Ind", "Tense=Past"} (a value list "A,B" gives both)."""
    feats = set()
    for part in morph.split("|"):
        name, _, values = part.partition("=")
        feats.update(f"{name}={v}" for v in values.split(","))
    return frozenset(feats)


def _clause(ctx: TenseContext, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    lower = ctx.lower
    left = start
    while left > lo and lower[left - 1] not in CLAUSE_BREAKS:
        left -= 1
    right = end
    while right < hi and lower[right] not in CLAUSE_BREAKS:
        right += 1
    return left, right


def _last_word(ctx: TenseContext, left: int, right: int) -> int:
    """Index of the last alphabetic token of a clause (-1 if none)."""
    for j in range(right - 1, left - 1, -1):
        if ctx.is_alpha[j]:
            return j
    return -1


def _has_perfect_aux(ctx: TenseContext, left: int, right: int, skip: int = -1) -> bool:
    aux = lx.PERFECT_AUX[ctx.lang]
    return any(ctx.lower[j] in aux for j in range(left, right) if j != skip)


def _cue(ctx: TenseContext, i: int, left: int, right: int, start: int | None = None) -> int:
    """Tense signalled by token i alone (UNKNOWN if none); `start`: where the expression
    begins, if the cue is read for one."""
    lang, low = ctx.lang, ctx.lower[i]
    if low == "next" and i + 1 < len(ctx.lower) and (ctx.lower[i + 1].endswith("est")
                                                     or ctx.lower[i + 1] in ("to", "door")):
        return UNKNOWN  # "the next highest country", "next to": no time
    if low in lx.FUTURE_CUES[lang]:
        return FUTURE
    if lang == "en" and i > 0 and ctx.lower[i - 1] in lx.PASSIVE_BE_EN and ctx.lower[i - 1] != "been" and (
            low in lx.PARTICIPLES_EN or (low.endswith("ed") and low in lx.PAST_CUES[lang])):
        # a participle after a present or bare "be" is a passive, no past ("is held", "to
        # be signed"); "to be held on 16 August" lies ahead (the date right after it only)
        ahead = i > 1 and ctx.lower[i - 2] == "to" and ctx.lower[i - 1] == "be" and \
            start is not None and 0 < start - i <= 2
        return FUTURE if ahead else UNKNOWN
    if lang == "en" and low in lx.FUTURE_IN_PAST_EN and i + 1 < len(ctx.lower) and ctx.lower[i + 1] == "to":
        # "her mandate was to expire in August": what lay ahead then; a weekday ("the council was
        # to sit Monday") lies ahead of the narrated days, which may be behind the publication
        weekday = start is not None and any(ctx.lower[k] in lx.WEEKDAY_ANY
                                            for k in range(start, min(start + 3, len(ctx.lower))))
        return UNKNOWN if weekday else FUTURE
    if low in lx.PAST_CUES[lang]:
        if lang == "de" and not ctx.alpha_lower[i] and i > 0 and ctx.is_alpha[i - 1]:
            return UNKNOWN  # a capitalised word inside a German sentence is a noun ("nach derzeitigem Stand")
        return PAST
    if lang == "de" and low in lx.STATE_PARTICIPLES_DE and not any(
            ctx.lower[j] in _HABEN_DE for j in range(left, right)):
        return UNKNOWN  # "ist … gesperrt": a state (Zustandspassiv), no Perfekt
    morph = ctx.morph_past[i]
    if morph == 1 or (morph == 2 and _has_perfect_aux(ctx, left, right)):
        return PAST
    if not ctx.alpha_lower[i]:
        return UNKNOWN
    prev = ctx.lower[i - 1] if i > 0 else ""
    pos = ctx.pos[i]
    if lang == "de":
        if (len(low) >= 5 and low.endswith(("te", "ten")) and not low.endswith(("ste", "sten"))
                and low not in lx.NOT_PAST_DE and prev not in lx.DETERMINERS_DE
                and pos not in ("ADJ", "NOUN", "DET") and not ctx.present[i]
                and not _infinitive_de(ctx, i, left, right)):
            return PAST  # Präteritum of weak verbs: "sagte", "besuchten"
        if pos in ("ADJ", "") and _ATTRIBUTIVE_PARTICIPLE_DE.match(low) and (start is None or i > start):
            # "der im März zurückgetretene Minister": what happened then; one before the
            # date belongs to its own noun ("bis zur Amtseinführung des gewählten
            # Nachfolgers am 20. Januar")
            return PAST
        if (_PARTICIPLE_DE.match(low) or (i == _last_word(ctx, left, right)
                                          and low.endswith(("t", "en")))) \
                and _has_perfect_aux(ctx, left, right, skip=i):
            # Perfekt: "hat ... empfangen", "sind ... zusammengekommen" (an auxiliary ending
            # its clause, "… 10.000 Teilnehmer haben", is no participle of itself)
            return PAST
    elif lang == "en":
        if low in lx.PERFECT_AUX["en"] and i + 1 < len(ctx.lower):
            nxt = ctx.lower[i + 2] if ctx.lower[i + 1] in ("not", "already", "also", "just") \
                and i + 2 < len(ctx.lower) else ctx.lower[i + 1]
            if nxt in lx.PARTICIPLES_EN or nxt.endswith("ed"):
                return PAST  # present perfect: "has met", "have agreed"
        if (len(low) >= 5 and low.endswith("ed") and low not in lx.NOT_PAST_EN
                and prev not in lx.PASSIVE_BE_EN and pos not in ("ADJ", "NOUN")):
            return PAST
    return UNKNOWN


def _infinitive_de(ctx: TenseContext, i: int, left: int, right: int) -> bool:
    """A German word in -ten that is an infinitive, not a past form: so tagged, after "zu",
    or with a modal or future auxiliary in its clause ("soll … gelten", "zurücktreten wird")."""
    if ctx.infinitive[i] or not ctx.lower[i].endswith("ten"):
        return ctx.infinitive[i]
    if i > 0 and ctx.lower[i - 1] == "zu":
        return True
    return any(ctx.lower[j] in lx.INFINITIVE_AUX_DE for j in range(left, right) if j != i)


def direction(ctx: TenseContext, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the expression ctx.doc[start:end]."""
    lo, hi = ctx.sentence(start, end)
    left, right = _clause(ctx, start, end, lo, hi)
    plans = lx.PLAN_CUES[ctx.lang]
    if any(ctx.lower[i] in plans for i in range(left, right)):
        return FUTURE
    if start > 0 and ctx.lower[start - 1] in lx.PLAN_PREPS[ctx.lang]:
        return FUTURE
    prep = ctx.lower[start] if ctx.lower[start] in ("auf", "to", "until", "bis") else \
        (ctx.lower[start - 1] if start > 0 else "")
    if prep in ("auf", "to", "until", "bis") and any(ctx.lower[i] in lx.POSTPONE_CUES for i in range(lo, hi)):
        return FUTURE  # "wurde auf Ende August verschoben": the new date lies ahead
    if ctx.lang == "de":
        # "der erst im Mai aus dem Kabinett ausgeschiedene Minister": the date belongs to the
        # participle that follows it inside the noun phrase, whatever the sentence's tense.
        for i in range(end, min(right, end + 5)):
            if ctx.pos[i] in ("ADJ", "") and _ATTRIBUTIVE_PARTICIPLE_DE.match(ctx.lower[i]):
                return PAST
            if ctx.pos[i] in ("VERB", "AUX"):
                break
    if (start > 0 and ctx.lower[start - 1] in lx.SOURCE_PREPS[ctx.lang]
            and (end >= len(ctx.lower) or ctx.lower[end] not in lx.RANGE_LINKS_AFTER)):
        return PAST  # "laut einer Prognose vom März", "das Urteil vom 3. Mai": a source's date
    limits = lx.DEADLINE_PREPS[ctx.lang]
    if any(ctx.lower[k] in limits for k in range(max(lo, start - 2), start)):
        # "bis zum 4. Oktober vorzulegen", "until October 14": a limit lies ahead; in a
        # past clause ("suspended Parliament until October 14") it may lie either way,
        # so the nearest year is taken.
        past = any(_cue(ctx, i, left, right) == PAST for i in range(left, right) if not start <= i < end)
        return UNKNOWN if past else FUTURE
    if _attributed(ctx, start, left, lo):
        return PAST
    quoted = ctx.quoted
    for a, b in ((left, right), (lo, hi)):
        best, best_dist = UNKNOWN, 10**6
        for i in range(a, b):
            if start <= i < end or (quoted[i] and not quoted[start]):
                continue  # the words of a quotation carry no tense for a date outside it
            cue = _cue(ctx, i, a, b, start)
            if cue != UNKNOWN:
                dist = start - i if i < start else i - end + 1
                if dist < best_dist:
                    best, best_dist = cue, dist
        if best != UNKNOWN:
            return best
        if a == left and ctx.lang == "de" and _zu_infinitive(ctx, left, right):
            # "kündigte an, eine Analyse im Oktober vorzulegen", "um im März Impfstoff zu
            # erhalten": an intention or purpose lies after the verb that governs it
            return FUTURE
        if a == left and ctx.lang == "de" and any(
                ctx.present[j] and ctx.pos[j] == "VERB" and ctx.lower[j] not in lx.PERFECT_AUX["de"]
                and ctx.lower[j] not in lx.INFINITIVE_AUX_DE for j in range(left, right) if not start <= j < end):
            # a full verb in the present in the clause ("Im Februar kommt es zu einer zweiten
            # Runde, weil kein Bewerber … bekommen konnte"): the past of another clause
            # does not reach it; the nearest year is taken
            return UNKNOWN
    if _frames_quotation(ctx, start, end, lo, hi):
        return PAST
    return UNKNOWN


def _frames_quotation(ctx: TenseContext, start: int, end: int, lo: int, hi: int) -> bool:
    """A date outside quotation marks in a sentence whose only verbs are quoted ("„Wir werden
    das Urteil anfechten“ – Anwalt Tom Berg am Montag"): it dates the report of the words,
    said already."""
    quoted, pos = ctx.quoted, ctx.pos
    if quoted[start] or not any(pos[k] in ("VERB", "AUX") and quoted[k] for k in range(lo, hi)):
        return False  # no words said in the sentence (a quoted title: "die Ausstellung „Kolm im Wandel“")
    return not any(pos[k] in ("VERB", "AUX") for k in range(lo, hi) if not quoted[k] and not start <= k < end)


_ZU_INFINITIVE_DE = re.compile(
    r"^(ab|an|auf|aus|bei|ein|fest|mit|nach|vor|zu|zurück|weg|um|hin|her|statt|teil|los|"
    r"dar|fort|vorbei|wieder|zusammen|durch|heim)zu\w{2,}en$")


def _zu_infinitive(ctx: TenseContext, left: int, right: int) -> bool:
    """Whether a German clause holds a zu-infinitive ("zu erhalten", "vorzulegen")."""
    lower, pos = ctx.lower, ctx.pos
    for j in range(left, right):
        if pos[j] not in ("VERB", "AUX", ""):
            continue
        if _ZU_INFINITIVE_DE.match(lower[j]) or (
                j > left and lower[j - 1] == "zu" and ctx.alpha_lower[j] and lower[j].endswith("en")):
            return True
    return False


def _attributed(ctx: TenseContext, start: int, left: int, lo: int) -> bool:
    """Whether the expression belongs to a report's attribution without a verb of its own:
    "…“, so Ministerin Roth am Montag", "laut Polizei am Montag", "Dem Sprecher zufolge am
    Dienstag", "according to the mayor on Monday" (words already said: the date lies back)."""
    lower, lang = ctx.lower, ctx.lang
    cue_start = cue_end = None
    if left > lo and left < start and lower[left] in lx.ATTRIBUTION_CLAUSE_OPENERS[lang]:
        cue_start, cue_end = left, left + 1
    else:
        for j in range(left, start):
            for words in lx.ATTRIBUTION_CUES[lang]:
                if tuple(lower[j:j + len(words)]) == words and j + len(words) <= start:
                    cue_start, cue_end = j, j + len(words)
    if cue_end is None:
        return False
    # no verb of the clause before the attribution or between it and the date ("Die drei
    # wollen nach Angaben von Diplomaten im November …": the verb's tense decides)
    return not any(ctx.pos[k] in ("VERB", "AUX") or _cue(ctx, k, left, start) != UNKNOWN
                   for k in [*range(left, cue_start), *range(cue_end, start)])
