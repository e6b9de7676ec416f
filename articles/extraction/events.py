"""Meetings and statements: rules over sentences, clauses, actor mentions and timexes."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import leaders
from . import lexicon as lx
from .actors import (Actor, Mention, Registry, actor_gender, role_gender, role_head, role_head_word,
                     venue_before)
from .dates import Timex
from .text import Sentence, Tok, Tweet, in_quote


@dataclass
class DateRef:
    value: str | None
    precision: str | None
    text: str | None
    how: str  # clause | sentence | tweet | inherited | event | none
    modifier: str | None = None  # "early" | "mid" | "late" from the timex ("Anfang März")

    def inherited(self) -> DateRef:
        """The same date, for a statement that goes on from this one's occasion."""
        return DateRef(self.value, self.precision, self.text, "inherited", self.modifier)


NO_DATE = DateRef(None, None, None, "none")


@dataclass
class Event:
    kind: str
    sent: Sentence | None
    evidence: tuple[int, int]
    date: DateRef = field(default_factory=lambda: DateRef(None, None, None, "none"))
    participants: list[Actor] = field(default_factory=list)
    speaker: Actor | None = None
    speaker_how: str = "named"
    quote: str | None = None
    place: str | None = None
    status: str = "happened"
    summit: bool = False
    anaphoric: bool = False
    refers_meeting: bool = False
    has_timex: bool = False  # its sentence has a date expression (resolved or not)
    merged: list["Event"] = field(default_factory=list)
    # A second event the same words imply: the visit to the state a meeting was travelled
    # to, or the new date of a postponed meeting.
    also: "Event | None" = None


class Article:
    def __init__(self, text, lang, published: dt.date, toks: list[Tok], sents: list[Sentence],
                 quotes, tweets: list[Tweet], reg: Registry, timexes) -> None:
        self.text, self.lang, self.published = text, lang, published
        self.toks, self.sents, self.quotes, self.tweets, self.reg = toks, sents, quotes, tweets, reg
        self.timexes = [t for t in timexes if t.value]
        self.all_timexes = list(timexes)  # also "kurz danach": a time of its own, unresolved
        self.by_sent: dict[int, list[Mention]] = {}
        for m in reg.mentions:
            self.by_sent.setdefault(m.sent, []).append(m)
        self.last_speaker: tuple[int, Actor] | None = None
        self.speakers: dict[int, Actor] = {}  # sentence index → its statement's speaker
        # Bodies an unnamed spokesperson spoke for → the spokesperson's gender ("Sprecherin": f).
        self.spoke_for: dict[str, str | None] = {}
        # The event sentence detector (Pipelines.event_scores), asked only about sentences
        # the rules cannot decide; its answers by sentence index.
        self.scorer = None
        self.cats: dict[int, dict[str, float]] = {}
        self.meeting_mentions: list[Event] = []  # found so far, in reading order
        self._genders: dict[str, str | None] = {}

    # --- helpers ----------------------------------------------------------------------
    def in_tweet(self, pos: int) -> Tweet | None:
        return next((t for t in self.tweets if t.start <= pos < t.end), None)

    def clause_of(self, sent: Sentence, i: int) -> tuple[int, int]:
        return next(((a, b) for a, b in sent.clauses if a <= i < b), (sent.toks[0].i, sent.toks[-1].i + 1))

    def mentions_in(self, sent: Sentence, a: int, b: int) -> list[Mention]:
        return [m for m in self.by_sent.get(sent.index, []) if a <= m.a < b]

    def particle_in(self, sent: Sentence, i: int, particle: str) -> bool:
        a, b = self.clause_of(sent, i)
        return any(t.lower == particle for t in self.toks[i + 1:max(b, i + 1)])

    def timex_in(self, start: int, end: int, near: int) -> DateRef | None:
        found = [t for t in self.timexes if start <= t.start and t.end <= end
                 and not in_quote(t.start, self.quotes)]
        if not found:
            return None
        t = min(found, key=lambda t: abs(t.start - near))
        return DateRef(t.value, t.precision, t.text, "", t.modifier)

    def resolve(self, m: Mention, sent: Sentence, exclude: set[str] = frozenset()) -> tuple[Actor | None, str]:
        """Actor of a mention; pronouns go to a person named before in the sentence, the
        previous sentence's speaker, or the previous sentences' first person."""
        actor, how = self._resolve(m, sent, exclude)
        if m.kind == "pronoun" and actor is not None and getattr(m, "resolved", None) is None:
            m.resolved = actor
        return actor, how

    def _resolve(self, m: Mention, sent: Sentence, exclude: set[str] = frozenset()) -> tuple[Actor | None, str]:
        if m.actor is not None:
            return m.actor, "named" if m.kind != "desc" else "description"
        if m.kind != "pronoun":
            return None, ""
        # Candidates in order of preference; a gendered pronoun skips persons of the other
        # gender and, among the near candidates, prefers one of its own gender.
        near: list[Actor] = []
        same = [x for x in self.by_sent.get(sent.index, []) if x.b <= m.a and not x.quoted
                and x.actor and x.actor.kind == "person"]
        near.extend(x.actor for x in reversed(same))  # "hatte Trump ... abgesagt, weil er ..."
        # The closest candidates (this and the previous sentence): a person of the
        # pronoun's gender among them wins over one of unknown gender named first.
        spoke = [self.speakers[k] for k in (sent.index - 1,) if k in self.speakers
                 and self.speakers[k].key in self.spoke_for]  # a body's spokesperson goes on
        closest = near + spoke + [x.actor for x in self.by_sent.get(sent.index - 1, []) if x.actor
                                  and x.actor.kind == "person" and not x.quoted]
        for k in (sent.index - 1, sent.index):
            if k in self.speakers and self.speaks_as_person(self.speakers[k]):
                near.append(self.speakers[k])
        for k in range(sent.index - 1, max(-1, sent.index - 3), -1):
            for pm in self.by_sent.get(k, []):
                if pm.kind == "pronoun" and getattr(pm, "resolved", None) is not None:
                    near.append(pm.resolved)
                if pm.actor and pm.actor.kind == "person":
                    near.append(pm.actor)
        far = [x.actor for x in reversed(self.reg.mentions) if x.start < m.start and x.actor
               and x.actor.kind == "person"]
        near = [a for a in near if a.key not in exclude]
        far = [a for a in far if a.key not in exclude]
        want = _pronoun_gender(self, m)
        if want:
            # "Mitte März wird Nasirow … erwartet, wo ihn Haider empfangen will": a person of
            # the same sentence who may fit comes before a fitting one of the sentence before.
            same_ok = [x.actor for x in reversed(same) if self.gender(x.actor) in (want, None)
                       and x.actor.key not in exclude]
            if same_ok and self.toks[m.a].lower in ("ihn", "ihm", "him"):  # objects only
                return same_ok[0], "pronoun"
            fits = [a for a in closest if self.gender(a) == want and a.key not in exclude]
            if fits:
                return fits[0], "pronoun"
            near = [a for a in near if self.gender(a) is None]
            far = [a for a in far if self.gender(a) != ("m" if want == "f" else "f")]
        if near:
            return near[0], "pronoun"
        return (far[0], "pronoun") if far else (None, "")

    def gender(self, actor: Actor) -> str | None:
        if actor.kind != "person":
            return self.spoke_for.get(actor.key)  # a body: its spokesperson's, if one spoke
        if actor.key not in self._genders:
            self._genders[actor.key] = actor_gender(actor, self.lang)
        return self._genders[actor.key]

    def has_timex(self, sent: Sentence) -> bool:
        """The sentence has a date expression of its own (resolved or not)."""
        return any(sent.start <= t.start < sent.end for t in self.all_timexes)

    def place_in(self, sent: Sentence, a: int, b: int) -> bool:
        """A place or capital after "in"/"im" in the clause ("in Washington", "im Kreml")."""
        return any((m.kind == "place" or m.capital) and self.toks[m.a - 1].lower in ("in", "im")
                   for m in self.mentions_in(sent, a, b))

    def speaks_as_person(self, actor: Actor) -> bool:
        """A person, or a body whose unnamed spokesperson spoke ("er" goes on for it)."""
        return actor.kind == "person" or actor.key in self.spoke_for


def _pronoun_gender(art: Article, m: Mention) -> str | None:
    """"she"/"he"/"er" directly; German "sie" only as a singular subject ("sagte sie",
    "sie sagte", "sie sei"), otherwise it may be plural."""
    word = art.toks[m.a].lower
    if word in lx.PRONOUN_GENDER:
        return lx.PRONOUN_GENDER[word]
    if word == "sie" and art.lang == "de":
        around = {art.toks[j].lower for j in (m.a - 1, m.a + 1) if 0 <= j < len(art.toks)}
        if around & lx.SINGULAR_VERBS_DE:
            return "f"
    return None


# --- statements -----------------------------------------------------------------------

def find_statements(art: Article) -> list[Event]:
    out: list[Event] = []
    for sent in art.sents:
        if not sent.toks:
            continue
        if art.in_tweet(sent.start):
            continue
        verb = _speech_verb(art, sent)
        speaker_m = None
        if verb is not None:
            speaker_m = _speaker(art, sent, verb)
        else:
            verb, speaker_m = _attribution(art, sent)
        if speaker_m is None:
            if (ev := _continued_speech(art, sent, out)) is not None:
                out.append(ev)
                continue
            verb, speaker_m = _detected_speech(art, sent)
        if speaker_m is None:
            continue
        if speaker_m.text.lower().split()[-1] in lx.GENERIC_SPEAKERS:
            continue
        if _negated(art, sent, verb):
            continue
        if _headline(art, sent):
            continue  # "Moskau fordert Abrüstung": a headline line, not a report
        actor, how = art.resolve(speaker_m, sent)
        if actor is None:
            continue
        if speaker_m.kind == "desc" and speaker_m.head in lx.SPOKES_NOUNS and actor.kind == "organization":
            art.spoke_for[actor.key] = role_gender(speaker_m.head, art.lang)
        if _standing_position(art, sent, verb, actor):
            continue
        speaker_m.resolved = actor
        art.speakers[sent.index] = actor
        # "Später schrieb Hallmann auf der Plattform X:" introduces the tweet that follows.
        if art.text[sent.start:sent.end].rstrip().endswith(":") and art.in_tweet(_next_nonspace(art.text, sent.end)):
            art.last_speaker = (sent.index, actor)
            continue
        ev = Event("statement", sent, (sent.start, sent.end), speaker=actor, speaker_how=how)
        ev.quote = _quote(art, sent, verb)
        if verb.lower in lx.ATTRIBUTION.get(verb.lang, ()) and speaker_m.a > verb.i:
            # "Laut Außenminister Ost ist die Lage ernst": the words without the source
            words = art.text[sent.start:verb.start] + art.text[speaker_m.end:sent.end]
            ev.quote = " ".join(words.split()).strip(" ,.;:")
        rep_a, rep_b = art.clause_of(sent, verb.i)
        d = art.timex_in(art.toks[rep_a].start, art.toks[rep_b - 1].end, verb.start)
        if d is not None and verb.lang == "en" and _in_complement(art, verb, d):
            d = None
        if d is None and rep_a > sent.toks[0].i:
            # A date in a clause before the reporting one ("In der vergangenen Woche hatte
            # Trump ..., weil er ... kritisierte"); never one inside the reported words.
            d = art.timex_in(sent.start, art.toks[rep_a].start, verb.start)
            if d is not None and any(art.toks[ca].lower in ("who", "which") and art.toks[ca].start <= art.text.find(d.text, sent.start) < art.toks[cb - 1].end
                                     for ca, cb in sent.clauses):
                d = None  # "Crane, who visited Seoul last week, urged": the visit's date
        if d:
            d.how = "clause"
            ev.date = d
        elif not art.has_timex(sent) \
                and out and out[-1].speaker is actor and out[-1].sent is not None \
                and sent.index - out[-1].sent.index <= 2 and out[-1].sent.paragraph == sent.paragraph \
                and out[-1].date.value:
            # The same speaker goes on in the next sentence: the same occasion.
            ev.date = out[-1].date.inherited()
        ev.refers_meeting = _refers_meeting(art, sent)
        ev.has_timex = art.has_timex(sent)
        art.last_speaker = (sent.index, actor)
        out.append(ev)
    for tw in art.tweets:
        author = _tweet_author(art, tw)
        if author is None:
            continue
        ev = Event("statement", None, (tw.start, tw.end), speaker=author)
        ev.quote = art.text[tw.body_start:tw.body_end].strip()
        d = art.timex_in(tw.body_end, tw.end, tw.end)
        if d:
            d.how = "tweet"
            ev.date = d
        out.append(ev)
    return sorted(out, key=lambda e: e.evidence[0])


# A sentence the trained detector scores at least this sure to report words, and that the
# rules leave alone, is read as a statement when its main verb has a speaker (chosen on
# the real-news dev split; docs/extraction.md).
DETECTED_STATEMENT = 0.6


def _detected_speech(art: Article, sent: Sentence) -> tuple[Tok | None, Mention | None]:
    """The main verb and speaker of a sentence the detector says reports words although no
    verb of the lexicon does ("Der Präsident hofft auf freie Wahlen")."""
    # Travel, talks, calls and cancellations are told in the same words as statements:
    # there the rules for meetings decide.
    if art.scorer is None or any(t.lower in _ACTION_WORDS.get(t.lang, ()) for t in sent.toks):
        return None, None
    # Words are reported with a mark of speech: a quotation, "dass"/"that", a colon or the
    # subjunctive of reported speech; a narrated sentence has none ("Er wurde Lehrer").
    if not (any(sent.start <= q[0] < sent.end for q in art.quotes)
            or any(t.lower in lx.SPEECH_MARKS.get(t.lang, ()) or t.lower in lx.REPORTED_MOOD.get(t.lang, ())
                   for t in sent.toks)):
        return None, None
    if sent.index not in art.cats:
        art.cats[sent.index] = art.scorer(art.lang, [art.text[sent.start:sent.end]])[0]
    if art.cats[sent.index].get("STATEMENT", 0.0) < DETECTED_STATEMENT:
        return None, None
    verbs = [t for t in sent.toks if t.pos in ("VERB", "AUX") and not in_quote(t.start, art.quotes)]
    verb = next((t for t in verbs if t.dep.lower() == "root"), verbs[0] if verbs else None)
    if verb is None:
        return None, None
    speaker = _speaker(art, sent, verb)
    if speaker is None or speaker.b > verb.i:
        return None, None  # only a subject before its verb speaks here
    return verb, speaker


_ACTION_WORDS = {lang: set(lx.MEET_VERBS[lang]) | lx.MEET_NOUNS[lang] | lx.TRAVEL_WORDS | lx.VISIT_WORDS
                 | lx.REMOTE_WORDS | lx.CANCEL_WORDS | lx.TALK_VERBS for lang in ("de", "en")}


def _negated(art: Article, sent: Sentence, verb: Tok) -> bool:
    """The verb of saying is negated in its clause, outside any quotation ("has not
    commented", "äußerte sich nicht", "Gründe nannte er nicht")."""
    a, b = art.clause_of(sent, verb.i)
    negations = lx.NEGATIONS.get(verb.lang, ())
    for t in art.toks[a:b]:
        if t.lower not in negations or in_quote(t.start, art.quotes):
            continue
        if 0 < verb.i - t.i <= 3:  # "has not commented", "der sich nicht äußerte"
            return True
        # German verb-second: "äußerte sich nicht"; not "sagte, er komme nicht", whose
        # negation belongs to the reported words after the comma.
        if verb.lang == "de" and 0 < t.i - verb.i <= 4 \
                and not any(x.text == "," for x in art.toks[verb.i:t.i]):
            return True
    return False


def _continued_speech(art: Article, sent: Sentence, out: list[Event]) -> Event | None:
    """A sentence without a verb of saying that goes on with the words of the statement
    right before it: German reported speech in the subjunctive ("Er werde einen neuen Deal
    aushandeln.") or a sentence that is one quotation ("„Es ist teuer.“"). The same
    speaker, the same occasion."""
    prev = out[-1] if out else None
    if prev is None or prev.sent is None or prev.sent.index != sent.index - 1 \
            or prev.sent.paragraph != sent.paragraph or _headline(art, sent):
        return None
    text = art.text[sent.start:sent.end].strip()
    q = in_quote(sent.start + 1, art.quotes) if text[:1] in "„“\"«»" else None
    quoted = q is not None and q[1] >= sent.start + len(text) - 3  # the whole sentence
    reported = any(t.lower in lx.REPORTED_MOOD.get(t.lang, ()) and not in_quote(t.start, art.quotes)
                   for t in sent.toks)
    if not (quoted or reported):
        return None
    ev = Event("statement", sent, (sent.start, sent.end), speaker=prev.speaker, speaker_how="continued")
    ev.quote = text.rstrip(".").strip("„“\"«» ")
    if not art.has_timex(sent) and prev.date.value:
        ev.date = prev.date.inherited()
    ev.refers_meeting = _refers_meeting(art, sent)
    ev.has_timex = art.has_timex(sent)
    art.speakers[sent.index] = prev.speaker
    return ev


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


def _next_nonspace(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _speech_verb(art: Article, sent: Sentence) -> Tok | None:
    for tok in sent.toks:
        lex = lx.SPEECH.get(tok.lang, {})
        if tok.lower not in lex or in_quote(tok.start, art.quotes):
            continue
        if tok.lang == "de" and tok.text[:1].isupper() and tok.i > sent.toks[0].i:
            continue  # a capitalised word inside the sentence is a noun ("nach Angaben")
        particles = lex[tok.lower]
        if particles and not any(art.particle_in(sent, tok.i, p) for p in particles) \
                and not _calls_it(art, sent, tok):
            continue
        if tok.lower.startswith("sagte") and art.particle_in(sent, tok.i, "ab"):
            continue  # "sagte den Gipfel ab" cancels, it does not report
        if tok.lower in ("welcomed", "welcomes") and (_passive(art, tok) or _person_object(art, sent, tok)):
            continue  # "was welcomed by", "welcomed his counterpart": a meeting, not words
        return tok
    return None


def _calls_it(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"Tran called the meeting "frank and useful"": "called" with a quotation in its
    clause reports words, like "said"."""
    if tok.lower not in ("called", "calls"):
        return False
    a, b = art.clause_of(sent, tok.i)
    end = art.toks[b - 1].end
    return any(tok.end <= q0 < end for q0, _ in art.quotes)


def _headline(art: Article, sent: Sentence) -> bool:
    """A line of its own without sentence-final punctuation (titles, subtitles)."""
    text = art.text[sent.start:sent.end].rstrip()
    if not text or text[-1] in lx.SENTENCE_END:
        return False
    before = art.text[:sent.start].rstrip(" \t")
    after = art.text[sent.end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _standing_position(art: Article, sent: Sentence, verb: Tok, actor: Actor) -> bool:
    """A state's or organisation's present-tense demand without a date is a position."""
    if actor.kind not in ("state", "organization") or verb.lower not in lx.POSITION_VERBS:
        return False
    if any(t.lower in lx.REPORT_AUX for t in sent.toks):
        return False
    return not art.has_timex(sent)


def _passive(art: Article, tok: Tok) -> bool:
    prev = [art.toks[k].lower for k in range(max(0, tok.i - 2), tok.i)]
    return any(p in ("was", "were", "been", "being") for p in prev)


def _speaker(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    a, b = art.clause_of(sent, verb.i)
    ms = [m for m in art.by_sent.get(sent.index, []) if not m.quoted and m.kind != "place"
          and not m.locative and m.kind != "plural" and not _possessive(art, m)
          and m.text.lower() not in lx.OBJECT_PRONOUNS[verb.lang]]
    if verb.lang == "en":
        for m in ms:
            if any(art.toks[k].head == verb.i and art.toks[k].dep.startswith("nsubj") for k in range(m.a, m.b)):
                return m
        subj = [x for x in sent.toks if x.head == verb.i and x.dep.startswith("nsubj")]
        if subj and subj[0].lower in lx.GENERIC_SPEAKERS:
            return None  # "officials in both capitals said"
        if subj:
            named = [m for m in ms if subj[0].i < m.a <= subj[0].i + 4 and m.actor and m.actor.kind == "person"]
            if named:
                return named[0]
    relative = [(ca, cb) for ca, cb in sent.clauses if art.toks[ca].lower in ("who", "which")]
    before = [m for m in ms if m.b <= verb.i and m.a >= _reach_back(art, sent, verb)
              and not _in_pp(art, m) and not is_modifier(art, m)
              and not any(ca <= m.a < cb for ca, cb in relative)]
    after = [m for m in ms if verb.i < m.a <= verb.i + 4 and m.a < b and not _in_pp(art, m)]
    prev_tok = art.toks[verb.i - 1] if verb.i > sent.toks[0].i else None
    subject_before = bool(before) and prev_tok is not None and before[-1].b == verb.i
    if verb.lang == "de":
        comma = max((t.i for t in sent.toks if t.i < verb.i and t.text == ","), default=-1)
        field_ = [m for m in before if m.a > comma]
        first = art.toks[comma + 1] if comma >= 0 else sent.toks[0]
        if field_ and after and first.pos == "ADP" and first.lower not in lx.ATTRIBUTION["de"]:
            # "Bei einem Treffen mit Duda sagte Trump": a phrase with a preposition stands
            # before the verb, the subject after it.
            return after[0]
        if field_:
            return field_[0]
        if after:
            return after[0]
        return before[-1] if before else None
    if subject_before:
        return before[-1]
    if after and (prev_tok is None or prev_tok.text in {",", "“", "\"", "”"} or verb.i == a):
        return after[0]
    return before[-1] if before else (after[0] if after else None)


def _reach_back(art: Article, sent: Sentence, verb: Tok) -> int:
    """Start of the region where the subject of a reporting verb can stand: its clause, or
    the sentence start when the clause is an apposition ("Lindqvist, who ..., said")."""
    a, _ = art.clause_of(sent, verb.i)
    for ca, cb in sent.clauses:
        if cb == a and art.toks[ca].lower in ("who", "which", "der", "die", "das"):
            return sent.toks[0].i
    return a if a != verb.i else sent.toks[0].i


def _in_pp(art: Article, m: Mention) -> bool:
    k = m.a - 1
    while k > 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    prev = art.toks[k].lower if k >= 0 else ""
    return prev in {"mit", "von", "nach", "gegenüber", "für", "with", "to", "for", "by", "about", "über", "an"}


def _attribution(art: Article, sent: Sentence) -> tuple[Tok | None, Mention | None]:
    for tok in sent.toks:
        if tok.lower in lx.ATTRIBUTION.get(tok.lang, ()) and not in_quote(tok.start, art.quotes):
            ms = [m for m in art.by_sent.get(sent.index, []) if tok.i < m.a <= tok.i + 4 and m.kind != "place"]
            if tok.lower == "zufolge":
                ms = [m for m in art.by_sent.get(sent.index, []) if m.b == tok.i]
            if ms:
                return tok, ms[0]
        if tok.lower == "hieß" and [t.lower for t in art.toks[tok.i + 1:tok.i + 3]] in (["es", "aus"], ["es", "von"]):
            # "…, hieß es aus dem griechischen Außenministerium"
            ms = [m for m in art.by_sent.get(sent.index, []) if tok.i + 2 < m.a <= tok.i + 6
                  and m.kind in ("organization", "state", "person", "desc")]
            if ms:
                return tok, ms[0]
    return None, None


def _quote(art: Article, sent: Sentence, verb: Tok) -> str:
    inside = [(s, e) for s, e in art.quotes if sent.start <= s < sent.end]
    if inside:
        return " ".join(art.text[s:e].strip() for s, e in inside)
    a, b = art.clause_of(sent, verb.i)
    # "said in a statement on Monday that …", "X, Name, said on Thursday that …": the
    # reported words start after "that".
    that = next((t for t in art.toks[verb.i + 1:b] if t.lower in ("that", "dass")), None)
    if that is not None:
        return _DATELINE.sub("", art.text[that.end:sent.end].strip()).strip(" ,.;:\"„“")
    after = art.text[art.toks[b - 1].end:sent.end] if b - 1 < sent.toks[-1].i else ""
    before = art.text[sent.start:art.toks[a].start] if a > sent.toks[0].i else ""
    before = _DATELINE.sub("", before.strip() + " ")
    rest = after if len(after.strip(" ,.;")) >= len(before.strip(" ,.;")) else before
    if not rest.strip(" ,.;:"):
        rest = art.text[verb.end:art.toks[b - 1].end]
        comma = _last_comma(art, a, verb)
        if that is None and comma is not None:
            # "…, has been called off, the Lithuanian presidency said": the words before.
            rest = art.text[art.toks[a].start:comma.start]
    rest = _DATELINE.sub("", rest.strip())
    return rest.strip(" ,.;:\"„“").removeprefix("that ").strip()


_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'-]+ [-–—] ")


def _last_comma(art: Article, a: int, verb: Tok) -> Tok | None:
    """The comma before a trailing reporting part ("…, the Lithuanian presidency said")."""
    commas = [t for t in art.toks[a:verb.i] if t.text == ","]
    return commas[-1] if commas and commas[-1].i > a else None


def _refers_meeting(art: Article, sent: Sentence) -> bool:
    words = [t.lower for t in sent.toks]
    for k, w in enumerate(words[:-1]):
        if w in ("nach", "after", "beginn", "start") and any(x in lx.MEET_NOUNS_DE | lx.MEET_NOUNS_EN
                                                              for x in words[k + 1:k + 5]):
            return True
    if any(a == "im" and b == "anschluss" for a, b in zip(words, words[1:])):
        return True  # "sagte im Anschluss"
    return bool({"afterwards", "anschließend"} & set(words))


def _tweet_author(art: Article, tw: Tweet) -> Actor | None:
    ms = [m for m in art.reg.mentions if tw.author_start <= m.start < tw.author_end and m.actor]
    if ms:
        return ms[0].actor
    words = tw.author.split()
    for actor in art.reg.actors.values():
        if actor.kind == "person" and words and words[-1] in actor.tokens:
            return actor
    return None


# --- meetings -------------------------------------------------------------------------

def find_meetings(art: Article, statements: list[Event]) -> list[Event]:
    mentions: list[Event] = []
    for sent in art.sents:
        if not sent.toks or art.in_tweet(sent.start):
            continue
        best: dict[tuple[int, int], Tok] = {}
        shared: dict[tuple[int, int], tuple[int, int]] = {}  # second half → the first's subject span
        for tok in sent.toks:
            if not _is_trigger(art, sent, tok):
                continue
            clause = art.clause_of(sent, tok.i)
            if clause in best and _definite_noun(art, best[clause]) and tok.lower in ("erwartet", "expected"):
                continue  # "the meeting … is now expected in mid-March": the meeting, not an arrival
            if clause not in best or (_is_noun(best[clause]) and not _is_noun(tok)) \
                    or (_is_noun(best[clause]) and not _linked_noun(art, best[clause]) and _linked_noun(art, tok)):
                best[clause] = tok  # a verb, else a linked noun ("after talks"), else any noun
        for clause, tok in list(best.items()):
            # Two triggers with a comma between them are two meetings ("talks with Li on
            # Tuesday, followed by a meeting with Zhao"): a meeting verb or a linked noun.
            verbs = [t for t in art.toks[clause[0]:clause[1]] if _is_trigger(art, sent, t)
                     and ((not _is_noun(t) and t.lower in lx.MEET_VERBS.get(t.lang, {}))
                          or (_is_noun(t) and _linked_noun(art, t)))]
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
            _leaders_for_states(art, ev)
    return _merge(art, mentions)


def _leaders_for_states(art: Article, ev: Event) -> None:
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


def _coordination_end(art: Article, tok: Tok, b: int) -> int:
    """End of the trigger's own verb phrase: "met in Delhi last year and have since spoken
    by phone" stops before "and have"."""
    for t in art.toks[tok.i + 1:b - 1]:
        if t.lower in ("and", "und") and art.toks[t.i + 1].pos in ("AUX", "VERB"):
            return t.i
    return b


def _definite_noun(art: Article, tok: Tok) -> bool:
    return _is_noun(tok) and tok.i > 0 and art.toks[tok.i - 1].lower in ("the", "das", "der", "dem", "den")


def _is_noun(tok: Tok) -> bool:
    if tok.lang == "en" and tok.pos == "VERB" and tok.lower in lx.MEET_VERBS_EN:
        return False  # "will visit Paris", "is meeting Kim": the verb, not the noun
    return tok.lower in lx.MEET_NOUNS.get(tok.lang, set()) and (tok.lang == "en" or tok.text[:1].isupper())


_NOUN_LINKS = {"mit", "zwischen", "with", "between", "by", "von"}


def _held_in_clause(art: Article, tok: Tok) -> bool:
    """A "führen/hold" verb earlier in the noun's clause ("führten … ein Gespräch")."""
    for t in reversed(art.toks[max(0, tok.i - 12):tok.i]):
        if t.text in {",", ";", ".", ":"}:
            return False
        if t.lower in {"führten", "führte", "führen", "führt", "held", "hold", "holds", "holding"}:
            return True
    return False


def _linked_noun(art: Article, tok: Tok) -> bool:
    """"Gespräche mit/zwischen", "held talks", "zu Gesprächen": a meeting noun with its
    participants; other meeting nouns ("offen für Gespräche") only refer back."""
    after = [t.lower for t in art.toks[tok.i + 1:tok.i + 3]]
    before = [t.lower for t in art.toks[max(0, tok.i - 3):tok.i]]
    if set(after) & _NOUN_LINKS or set(before) & {"held", "hold", "holding", "führten", "führte"}:
        return True
    if _held_in_clause(art, tok):
        return True  # "führten dazu am Sonntag in Astana erstmals direkte Gespräche"
    if after[:1] and after[0] in ("des", "der", "of"):
        # "Ein Treffen des armenischen Ministerpräsidenten X mit dem … Präsidenten Y"
        for t in art.toks[tok.i + 2:tok.i + 10]:
            if t.text in {",", ".", ";"}:
                break
            if t.lower in ("mit", "with"):
                return True
    if tuple(after) in lx.PLURAL_ANAPHORS or after[:1] == ["of"] and \
            tuple(t.lower for t in art.toks[tok.i + 2:tok.i + 4]) in lx.PLURAL_ANAPHORS:
        return True  # "ein Treffen der beiden Präsidenten", "a meeting of the two leaders"
    if tok.lower in lx.VISIT_WORDS and any(t.lower in ("to", "nach", "in") for t in art.toks[tok.i + 1:tok.i + 4]):
        return True  # "a return visit to Seoul", "ein Besuch Laaksonens in Riga": a capital later
    if tok.i > 0 and art.toks[tok.i - 1].lower in ("after", "nach") and tok.lower in ("talks", "gesprächen", "verhandlungen", "negotiations"):
        return True  # "X and Y agreed … after talks": bare plural, a meeting of its own
    if _both_countries_at(art, tok.i + 1, tok.i + 6) is not None:
        return True  # "Treffen der Außenminister beider Länder"
    if set(before) & {"zu", "zum", "for"}:
        # "zu Gesprächen ... erwartet", not "zu Gesprächen bereit"
        sent_words = {t.lower for t in art.toks[max(0, tok.i - 12):tok.i + 12]}
        return bool(sent_words & (lx.ARRIVE_WORDS | lx.TRAVEL_WORDS))
    return False


def _is_trigger(art: Article, sent: Sentence, tok: Tok) -> bool:
    if in_quote(tok.start, art.quotes):
        return False
    verbs, nouns = lx.MEET_VERBS.get(tok.lang, {}), lx.MEET_NOUNS.get(tok.lang, set())
    if tok.lower in verbs:
        particle = verbs[tok.lower]
        if particle == "mit":
            a, b = art.clause_of(sent, tok.i)
            if not any(t.lower == "mit" for t in art.toks[a:b]):
                return False
        elif particle and not art.particle_in(sent, tok.i, particle):
            return False
        if tok.lower == "received" and not _passive(art, tok):
            return _person_object(art, sent, tok)  # "received Santos", not "received a call"
        return True
    if tok.lower in lx.SIT_DOWN and tok.i + 2 < len(art.toks) \
            and [t.lower for t in art.toks[tok.i + 1:tok.i + 3]] == ["down", "with"]:
        return True  # "sat down with his counterpart"
    if tok.lower in nouns:
        return tok.lang == "en" or tok.text[:1].isupper()
    if tok.lower in ("welcomed", "welcomes") and (_passive(art, tok) or _person_object(art, sent, tok)):
        return True
    if tok.lower == "courtesy" and tok.i + 1 < len(art.toks) and art.toks[tok.i + 1].lower == "call":
        return True  # "paid a courtesy call on": in person
    if tok.lower in lx.TALK_VERBS and not _is_noun(tok):
        return _talk_in_person(art, sent, tok)
    if tok.lower in lx.SIGN_VERBS and not _is_noun(tok):
        a, b = art.clause_of(sent, tok.i)
        words = [t.lower for t in art.toks[a:b] if t.i != tok.i]
        # Signatories named together, at a place ("in Havanna"): "signed an agreement with
        # X" or a signing with no place may have been done apart.
        return art.place_in(sent, a, b) and any(w.endswith(lx.SIGN_OBJECTS) for w in words) and not {"mit", "with"} & set(words)
    if tok.lower in ("erwartet", "expected", "eingetroffen", "arrived") or tok.lower in lx.TRAVEL_WORDS:
        return True  # only a visit to a capital or state named with in/nach/to (checked later)
    return False


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


def _travels_to(art: Article, a: int, visited: Mention) -> bool:
    """A travel or visit word in the clause, and "to/nach" right before the capital."""
    words = {t.lower for t in art.toks[a:visited.a]}
    prep = art.toks[visited.a - 1].lower
    if prep in ("to", "nach") and words & (lx.TRAVEL_WORDS | lx.VISIT_WORDS):
        return True
    # "arrived in Fiji on Monday and was received by …": an arrival in a named state.
    return prep == "in" and visited.kind == "state" and bool(words & {"arrived", "eingetroffen"})


def _person_object(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A person named right after the verb (a title or a demonym may come first)."""
    return any(m.kind in ("person", "desc") and tok.i < m.a <= tok.i + 5
               for m in art.by_sent.get(sent.index, []))


def _possessive(art: Article, m: Mention) -> bool:
    """"her counterpart", "Ihr Fraktionsvorsitzender Bruni": the owner, not the person."""
    if m.kind != "pronoun":
        return False
    tok = art.toks[m.a]
    if tok.dep == "poss":
        return True
    nxt = art.toks[m.a + 1] if m.a + 1 < len(art.toks) else None
    return (tok.lang == "de" and tok.lower == "ihr" and nxt is not None and nxt.text[:1].isupper()
            and nxt.pos in ("NOUN", "PROPN", "ADJ"))


def _in_frame_name(art: Article, m: Mention, a: int) -> bool:
    """m is (part of) the name after "sidelines of" / "am Rande des": only articles,
    "of" and capitalised words lie between."""
    for k in range(m.a - 1, max(a, m.a - 7) - 1, -1):
        tok = art.toks[k]
        if tok.lower in ("sidelines", "rande"):
            return True
        if not (tok.lower in ("of", "the", "des", "der", "dem") or tok.text[:1].isupper()):
            return False
    return False


def _venue(art: Article, m: Mention) -> bool:
    """An organisation-like name after "at/im/in" ("at Parliament House", "im Palacio de La
    Moneda") or naming a meeting ("an African Union meeting", "dem EU-Gipfel")."""
    if venue_before(art.toks, m.a):
        return True
    nxt = art.toks[m.b].lower if m.b < len(art.toks) else ""
    return nxt in lx.MEET_NOUNS_EN | lx.SUMMIT_NOUNS | {"conference", "konferenz", "session", "sitzung"}


def _after_topic_word(art: Article, m: Mention) -> bool:
    k = m.a - 1
    if k >= 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    return k >= 0 and art.toks[k].lower in lx.TOPIC_WORDS


def _talk_in_person(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"sprach mit X in Washington", "soll dort mit X sprechen", "talked with X in Rome"."""
    a, b = art.clause_of(sent, tok.i)
    words = [t.lower for t in art.toks[a:b]]
    if not {"mit", "with"} & set(words) or "von" in words and tok.lower.startswith("sprach"):
        return False
    if set(words) & (lx.REMOTE_WORDS - {"spoke", "speaks"}):
        return False
    if set(words) & lx.PLACE_ADVERBS:
        return True
    if any(t.lower.endswith(lx.VISIT_NOUN_ENDINGS) and t.pos in ("NOUN", "PROPN") for t in sent.toks):
        return True
    return art.place_in(sent, a, b)


def _meeting_at(art: Article, sent: Sentence, tok: Tok, clause, statements,
                subject_span: tuple[int, int] | None = None) -> Event | None:
    a, b = clause
    words = {t.lower for t in art.toks[a:_coordination_end(art, tok, b)]}
    remote = lx.REMOTE_WORDS - {"spoke", "speaks"} if tok.lower in lx.TALK_VERBS else lx.REMOTE_WORDS
    if tok.lower == "courtesy":
        remote = remote - {"call"}
    if words & remote and not ({"called", "off"} <= words):
        return None
    ms = [m for m in art.mentions_in(sent, a, b) if not m.quoted]
    if _is_noun(tok) and tok.lower not in lx.SUMMIT_NOUNS and not _linked_noun(art, tok):
        ms = []
    people: list[Actor] = []
    # "At a meeting with Duda, Trump said …", "Bei einem Treffen mit Duda sagte Trump":
    # the one who speaks after the framing phrase took part.
    framed = _is_noun(tok) and any(t.lower in lx.FRAMING_PREPS for t in art.toks[max(a, tok.i - 3):tok.i])
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
        if _possessive(art, m):
            continue  # "her Ethiopian counterpart met Li": the owner is not a participant
        if m.kind in ("state", "organization") and _after_topic_word(art, m):
            continue  # "sprachen über die Ukraine", "talks on the Teesta": the topic
        if _in_frame_name(art, m, a):
            continue  # "on the sidelines of the General Assembly": the frame, not a participant
        if m.kind == "organization" and _venue(art, m):
            continue  # "at Parliament House", "at an African Union meeting": where, not who
        if m.a > tok.i and m.b < len(art.toks) and art.toks[m.b].lower in lx.SPEECH[art.lang] \
                and (art.lang == "en" or art.toks[m.a - 1].text == ",") and not framed:
            continue  # "… has been called off, the Lithuanian presidency said": the source
        actor, _ = art.resolve(m, sent)
        if m.kind == "pronoun" and art.toks[m.a].lower == "sie" and _reciprocal(art, m, b):
            plural = True
            continue
        if actor and actor not in people:
            people.append(actor)
    # "ein Treffen zwischen Fox und Hale": those after "zwischen" are the participants.
    if _is_noun(tok) and tok.i + 1 < b and art.toks[tok.i + 1].lower in lx.BETWEEN:
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
    if len(people) < 2 and _is_noun(tok) and art.toks[tok.i - 1].lower in ("after", "nach"):
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
        group = _plural_participants(art, sent, a, n, plural_role)
        if group and people and people[0] not in group and plural_object:
            # "empfing … Abenov beide Delegationsleiter": the host and the two.
            people = people + [p for p in group if p not in people]
        else:
            people = group or people
    if len(people) < 2:
        people = _both_countries(art, sent, a, b) or people
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
                  or (_is_noun(t) and _linked_noun(art, t)))]
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
    status = _status(art, sent, a, b)
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
        d = _previous_sentence_date(art, sent, people)
    if d is None:
        d = _narrative_date(art, sent)
    if d is not None:
        ev.date = d
        if status == "happened" and d.value and d.value[:10] > art.published.isoformat() and d.precision == "day":
            ev.status = "planned"
    if ev.status == "cancelled" and len(people) >= 2:
        moved = _moved_to(art, sent)
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
            and people[0].country != visited.country and _travels_to(art, a, visited) \
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
                _add_counterpart(art, sent, ev)
            return ev
        return None
    return ev


def is_modifier(art: Article, m: Mention) -> bool:
    """"NATO Secretary General Mark Jensen", "US envoy Thomas Reed", "Sweden's bid":
    a state or organisation that only qualifies something else."""
    if m.kind not in ("state", "organization"):
        return False
    if m.b < len(art.toks) and art.toks[m.b].text in ("'s", "’s"):
        return True
    k = m.a - 1
    while k > 0 and art.toks[k].lower in ("the", "der", "des"):
        k -= 1
    if k > 0 and art.toks[k].lower in ("of", "des", "der") and (art.toks[k - 1].lower in lx.ROLE_NOUNS
                                                                 or art.toks[k - 1].lower in ("head", "chief", "chef")):
        return True
    # "Die Verteidigungsminister Finnlands, Schwedens und Estlands": German genitives of a
    # role noun, one after the other.
    if art.lang == "de" and m.text.endswith("s"):
        k = m.a - 1
        while k > 0 and m.a - k <= 6 and (art.toks[k].text in {",", "und"} or (
                art.toks[k].text.endswith("s") and art.toks[k].text[:1].isupper()
                and not (role_head(art.toks[k]) or role_head_word(art.toks[k].lower)))):
            k -= 1
        if k >= 0 and (role_head(art.toks[k]) or role_head_word(art.toks[k].lower)):
            return True
    person_at = {x.a for x in art.reg.mentions if x.sent == m.sent and x.actor and x.actor.kind == "person"}
    for k in range(m.b, min(m.b + 5, len(art.toks))):
        if k in person_at:
            return k > m.b
        tok = art.toks[k]
        if not (tok.text[:1].isupper() or tok.lower in lx.ROLE_NOUNS or tok.lower in ("of", "state")):
            return False
    return False


def _previous_sentence_date(art: Article, sent: Sentence, people: list[Actor]) -> DateRef | None:
    """"Otieno arrived in London on Tuesday. He was welcomed by Grant ...": a meeting sentence
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
    """"Am Abend kam Albrecht … zusammen" after "… am Mittwoch …" (also in an earlier
    paragraph): the last day named in the four sentences before, outside quotes."""
    words = [t.lower for t in sent.toks if not in_quote(t.start, art.quotes)]
    if not any(tuple(words[k:k + len(cue)]) == cue for cue in lx.CONTINUATION for k in range(len(words))):
        return None
    first = art.sents[max(0, sent.index - 4)]
    found = [t for t in art.timexes if first.start <= t.start < sent.start and t.precision == "day"
             and not in_quote(t.start, art.quotes)]
    if not found:
        return None
    t = found[-1]
    return DateRef(t.value, t.precision, t.text, "inherited", t.modifier)


def _reciprocal(art: Article, m: Mention, clause_end: int) -> bool:
    return any(t.lower == "sich" for t in art.toks[m.b:clause_end])


def _both_countries_at(art: Article, a: int, b: int) -> str | None:
    """The role noun of "die Außenminister beider Länder" / "the ministers of both countries"
    in tokens [a, b) ("" when there is none), None without such a phrase."""
    toks = art.toks[a:min(b, len(art.toks))]
    for k, t in enumerate(toks[:-1]):
        if t.lower in lx.BOTH and toks[k + 1].lower in lx.COUNTRY_NOUNS:
            j = k - 2 if k >= 2 and toks[k - 1].lower == "of" else k - 1
            return toks[j].lower.rstrip("s") if j >= 0 and t.i - toks[j].i <= 2 else ""
    return None


def _both_countries(art: Article, sent: Sentence, a: int, b: int) -> list[Actor]:
    """Both sides of a "beider Länder" phrase: the last two persons of different countries
    with that role ("Außenminister" → "Bundesaußenministerin Seidel", "Außenminister
    Mansour"), else the last two states named before."""
    role = _both_countries_at(art, a, b)
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


def is_leader_role(role: str | None) -> bool:
    """"US-Präsident", "Prime Minister", "Machthaber": someone who holds summits."""
    return bool(role) and role.casefold().rsplit("-", 1)[-1] in lx.LEADER_ROLES


def _role_stem(word: str | None) -> str | None:
    """The role a plural anaphor names ("Präsidenten" → präsident, "leaders" → leader)."""
    return next((s for s in lx.LEADER_STEMS + lx.OFFICE_STEMS if word and word.startswith(s)), None)


def _fits_role(actor: Actor, stem: str) -> bool:
    """Does the person fit "die beiden Präsidenten", "the two leaders", "ministers"?"""
    if stem in lx.LEADER_STEMS:
        return is_leader_role(actor.role)
    return stem in (actor.role or "").casefold()


def _plural_participants(art: Article, sent: Sentence, clause_start: int, n: int = 2,
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


def _add_counterpart(art: Article, sent: Sentence, ev: Event) -> None:
    """A cancelled summit with one named side: the other states of the sentence
    ("Trump sagte den Gipfel ab, weil ... Nordkoreas")."""
    own = ev.participants[0].country
    for m in art.by_sent.get(sent.index, []):
        if m.kind == "state" and m.actor and m.country != own and m.actor not in ev.participants:
            ev.participants.append(m.actor)
            break


def _status(art: Article, sent: Sentence, a: int, b: int) -> str:
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


def _merge(art: Article, mentions: list[Event]) -> list[Event]:
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
            # "A meeting with Hayes …, planned for two days later, has been postponed" after
            # "Moreira is scheduled to meet Nkosi": the traveller of the meeting before.
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
                    and (not ev.date.value or not m.date.value or ev.date.value == m.date.value):
                ev.place = ev.place or m.place
                if not ev.date.value or _rank(m.date) < _rank(ev.date):
                    ev.date = m.date if m.date.value else ev.date
                ev.merged.append(m)
                break
        else:
            events.append(m)
    return events


def _drop_superseded(named: list[Event]) -> list[Event]:
    """Two readings of one meeting: a visit to a state followed by "Dort traf sie X" (the
    person met there), and "Japan and South Korea postponed a summit" next to the meeting
    of their two leaders."""
    drop: set[int] = set()
    for ev in named:
        words = [t.lower for t in ev.sent.toks] if ev.sent else []
        if "dort" in words or "there" in words[:2]:
            for v in named:
                if v is not ev and v.sent and ev.sent and v.sent.index == ev.sent.index - 1 \
                        and any(p.kind == "state" for p in v.participants) \
                        and set(v.participants) & set(ev.participants):
                    ev.place = ev.place or v.place
                    if not ev.date.value or ev.date.how == "inherited":
                        ev.date = v.date if v.date.value else ev.date
                    drop.add(id(v))
    for v in named:
        # "flew to Suva for the Pacific Islands Forum, where she is expected to meet Rabuka":
        # a trip to a multilateral meeting is no visit to the host state. (A visit "to
        # Tallinn, where he met Tamm" stays a visit next to the meeting.)
        states = [p for p in v.participants if p.kind == "state"]
        persons = [p for p in v.participants if p.kind == "person"]
        frame = v.sent is not None and any(t.lower in lx.FRAME_NOUNS for t in v.sent.toks)
        if len(states) == 1 and len(persons) == 1 and frame:
            for ev in named:
                if ev is not v and ev.sent is v.sent and persons[0] in ev.participants \
                        and sum(p.kind == "person" for p in ev.participants) >= 2:
                    ev.place = ev.place or v.place
                    if not ev.date.value:
                        ev.date = v.date
                    drop.add(id(v))
    for ev in named:
        if not all(p.kind == "state" for p in ev.participants):
            continue
        codes = {p.country for p in ev.participants}
        same = [o for o in named if o is not ev and id(o) not in drop and o.status == ev.status
                and all(p.kind == "person" for p in o.participants)
                and codes <= {p.country for p in o.participants}
                and (not ev.date.value or not o.date.value or _overlap(ev.date.value, o.date.value))]
        if same:
            best = min(same, key=lambda o: abs(o.evidence[0] - ev.evidence[0]))
            best.date = best.date if best.date.value else ev.date
            drop.add(id(ev))
    return [e for e in named if id(e) not in drop]


def _overlap(a: str, b: str) -> bool:
    from timeline.lib.dates import to_date_range

    (a0, a1), (b0, b1) = to_date_range(a), to_date_range(b)
    return a0 <= b1 and b0 <= a1


def _rank(d: DateRef) -> int:
    return {"clause": 0, "sentence": 1, "tweet": 1, "event": 2, "inherited": 3}.get(d.how, 9)


def date_statements_from_meetings(statements: list[Event], meetings: list[Event]) -> None:
    """"sagte Pompeo nach dem Essen": a statement after a meeting takes its date."""
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
