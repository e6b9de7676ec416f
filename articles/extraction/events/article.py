"""Meeting and statement events, their dates, and the article the event rules read: its
tokens, sentences, actor mentions and timexes, with the resolution of pronouns."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from .. import events_lexicon as ex
from ..actors import GOVERNMENT, Actor, Mention, Registry, actor_gender, body_gender, public_affairs_words
from ..text import Sentence, Tok, Tweet, in_quote


@dataclass
class DateRef:
    value: str | None
    precision: str | None
    text: str | None
    how: str  # clause | sentence | tweet | inherited | event | none
    modifier: str | None = None  # "early" | "mid" | "late" from the timex ("Anfang März")
    # The last day of a range of days whose first day is `value` ("am 4. und 5. März").
    end: str | None = None

    def inherited(self) -> DateRef:
        """The same date, for a statement that goes on from this one's occasion."""
        return DateRef(self.value, self.precision, self.text, "inherited", self.modifier, self.end)


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
    # A report by a vague speaker ("ein ranghoher Beamter sagte", docs/annotation.md): no
    # statement of the chronology, but its words go on and its date dates what it tells.
    vague: bool = False
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
        # A day that is one end of a range of days (by the timex's start) → the range's
        # first and last day and its words (`dating.day_ranges`).
        self.ranges: dict[int, tuple[str, str, str]] = {}
        self.all_timexes = list(timexes)  # also "kurz danach": a time of its own, unresolved
        self.by_sent: dict[int, list[Mention]] = {}
        for m in reg.mentions:
            self.by_sent.setdefault(m.sent, []).append(m)
        self.last_speaker: tuple[int, Actor] | None = None
        self.speakers: dict[int, Actor] = {}  # sentence index → its statement's speaker
        # reports of vague speakers (Event.vague), kept out of the statements, for dating
        # the meetings they tell of (dating.meeting_date)
        self.vague_reports: list[Event] = []
        # Bodies an unnamed spokesperson spoke for → the spokesperson's gender ("Sprecherin": f).
        self.spoke_for: dict[str, str | None] = {}
        # The event sentence detector (Pipelines.event_scores), asked only about sentences
        # the rules cannot decide; its answers by sentence index.
        self.scorer = None
        self.cats: dict[int, dict[str, float]] = {}
        self.gates: dict[int, bool] = {}  # sentence index → may the detector's gate let it through (speech.py)
        self.speech_verbs: dict[int, list[Tok]] = {}  # sentence index → its verbs of saying (speech_verbs.py)
        self.triggers: dict[int, bool] = {}  # token index → can it report a meeting (triggers.py)
        self.meeting_mentions: list[Event] = []  # found so far, in reading order
        self._genders: dict[str, str | None] = {}
        self._clauses: dict[int, dict[int, tuple[int, int]]] = {}  # sentence → token → clause

    # --- helpers ----------------------------------------------------------------------
    @cached_property
    def attribute_mentions(self) -> list[Mention]:
        """Mentions of organisations that only qualify a role ("the director of X"): kept
        with their actors, not among the sentences' mentions."""
        return [m for actor in self.reg.actors.values() for m in actor.mentions if m.attribute]

    @cached_property
    def _tok_starts(self) -> list[int]:
        return [t.start for t in self.toks]

    def tok_index(self, pos: int) -> int:
        """The index of the first token that starts at or after character `pos`."""
        return bisect.bisect_left(self._tok_starts, pos)

    @cached_property
    def _sent_starts(self) -> list[int]:
        return [s.start for s in self.sents]

    def sent_at(self, pos: int) -> Sentence | None:
        """The sentence that holds character `pos` (None between sentences): sentences are
        in text order and do not overlap, so the last one that starts at or before it."""
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        return self.sents[k] if k >= 0 and pos < self.sents[k].end else None

    def in_tweet(self, pos: int) -> Tweet | None:
        return next((t for t in self.tweets if t.start <= pos < t.end), None)

    def clause_of(self, sent: Sentence, i: int) -> tuple[int, int]:
        at = self._clauses.get(sent.index)
        if at is None:  # asked for every token by several rules: each sentence's map once
            at = self._clauses[sent.index] = {}
            for a, b in sent.clauses:
                for k in range(a, b):
                    at.setdefault(k, (a, b))  # the first clause that holds the token
        clause = at.get(i)
        return clause if clause is not None else (sent.toks[0].i, sent.toks[-1].i + 1)

    def mentions_in(self, sent: Sentence, a: int, b: int) -> list[Mention]:
        return [m for m in self.by_sent.get(sent.index, []) if a <= m.a < b]

    def particle_in(self, sent: Sentence, i: int, particle: str) -> bool:
        """The separable particle later in the clause of the verb at `i`, or a prepositional
        one opening the clause (FRONTABLE_PARTICLES); a particle that is also a preposition or
        the infinitive's "zu" only with the parser's particle tag ("gab zu, …", not "gab
        Anlass zu Spekulationen")."""
        a, b = self.clause_of(sent, i)
        if a + 1 < i and self.toks[a].lower == particle and self.toks[a + 1].pos == "DET" \
                and particle in ex.FRONTABLE_PARTICLES.get(self.lang, ()) \
                and self.toks[a + 1].lower in ex.FRONTABLE_ONLY_BEFORE.get(particle, {self.toks[a + 1].lower}):
            return True  # "Gegen den Plan stellte sich X" (not "Gegen Mittag stellte sich X …")
        if particle in ex.FRONTABLE_NOUN_PARTICLES.get(self.lang, ()) \
                and any(t.lower == particle for t in self.toks[a:min(a + 2, i)]):
            return True  # "Scharfe Kritik übte die SPD", "Deutliche Worte fand X"
        tagged = particle in ex.TAGGED_PARTICLES.get(self.lang, ())
        return any(t.lower == particle and (not tagged or t.tag in ex.PARTICLE_TAGS[self.lang])
                   for t in self.toks[i + 1:max(b, i + 1)])

    def timex_in(self, start: int, end: int, near: int, keep=None) -> DateRef | None:
        """The date of the timex in [start, end) nearest to `near`, outside quotations (and
        one `keep` accepts, where given)."""
        found = [t for t in self.timexes if start <= t.start and t.end <= end
                 and not in_quote(t.start, self.quotes) and (keep is None or keep(t))]
        if not found:
            return None
        t = min(found, key=lambda t: abs(t.start - near))
        return self.date_ref(t, "")

    def date_ref(self, t, how: str) -> DateRef:
        """The date a timex gives an event: a day that is one end of a range of days gives
        the whole range ("am 4. und 5. März": the 4th, until the 5th)."""
        if t.start in self.ranges:
            first, last, words = self.ranges[t.start]
            return DateRef(first, "day", words, how, None, last)
        return DateRef(t.value, t.precision, t.text, how, t.modifier)

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
        # "hatte X ... abgesagt, weil er ...": the nearest first, but one named only as the
        # owner of something ("lobte Hales Vermittlung, doch er …", "praised Hale's work,
        # but he …") after the others
        near.extend(x.actor for x in sorted(reversed(same), key=lambda x: _possessor(self, x)))
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
        if want == "pl":
            # "Die Demokraten kritisieren … Sie befürchten": a body named in the plural
            groups = [x.actor for k in range(sent.index, max(-1, sent.index - 3), -1)
                      for x in reversed(self.by_sent.get(k, [])) if x.actor and x.b <= m.a
                      and x.actor.kind == "organization" and _plural_body(x)]
            return (groups[0], "pronoun") if groups else (None, "")
        previous = self.speakers.get(sent.index - 1)
        if want and not same and previous is not None and previous.kind == "person" \
                and previous.key not in exclude and self.gender(previous) in (want, None):
            # "X sagte beim Treffen mit Y, … „…“, sagte er.": the one who spoke just before
            # goes on, not a person of the other gender-fitting kind named in passing
            return previous, "pronoun"
        if want:
            # "Mitte März wird X … erwartet, wo ihn Y empfangen will": a person of
            # the same sentence who may fit comes before a fitting one of the sentence before.
            same_ok = [x.actor for x in reversed(same) if self.gender(x.actor) in (want, None)
                       and x.actor.key not in exclude]
            if same_ok and self.toks[m.a].lower in ex.OBJECT_PERSON_PRONOUNS_ANY:  # objects only
                return same_ok[0], "pronoun"
            fits = [a for a in closest if self.gender(a) == want and a.key not in exclude]
            if fits:
                return fits[0], "pronoun"
            if want == "f" and spoke:
                return spoke[0], "pronoun"  # "…, sagte die Sprecherin. Sie fügte hinzu: …"
            if want == "f" and (body := self._feminine_body(m, sent)) is not None:
                return body, "pronoun"  # "Die Regierung entschuldigte sich. Dabei sagte sie, …"
            near = [a for a in near if self.gender(a) is None]
            far = [a for a in far if self.gender(a) != ("m" if want == "f" else "f")]
        if near:
            return near[0], "pronoun"
        return (far[0], "pronoun") if far else (None, "")

    def _feminine_body(self, m: Mention, sent: Sentence) -> Actor | None:
        """German "sie" with no woman near: a body named by a feminine noun ("die Regierung",
        "die Polizei") in this sentence before it or in the sentence before, the last one."""
        found = [x for k in (sent.index - 1, sent.index) for x in self.by_sent.get(k, [])
                 if x.actor and x.actor.kind == "organization" and x.head
                 and body_gender(x.text.lower().split()[-1] if x.head == GOVERNMENT else x.head) == "f"
                 and x.start < m.start and not x.quoted]
        return max(found, key=lambda x: x.start).actor if found else None

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
        return any((m.kind == "place" or m.capital) and self.toks[m.a - 1].lower in ex.IN_PLACE_ANY
                   for m in self.mentions_in(sent, a, b))

    @cached_property
    def private_story(self) -> bool:
        """Few of the article's sentences hold a word of public affairs (an obituary of a
        singer, a match report: events_lexicon.PUBLIC_AFFAIRS_MIN_SHARE); False where the
        language lists no such words."""
        words = public_affairs_words(self.lang)
        sents = [s for s in self.sents if s.toks]
        hits = sum(any(t.lower in words for t in s.toks) for s in sents)
        return bool(words) and len(sents) >= ex.PRIVATE_STORY_MIN_SENTENCES \
            and hits / len(sents) < ex.PUBLIC_AFFAIRS_MIN_SHARE

    def speaks_as_person(self, actor: Actor) -> bool:
        """A person, or a body whose unnamed spokesperson spoke ("er" goes on for it)."""
        return actor.kind == "person" or actor.key in self.spoke_for


def _possessor(art: Article, m: Mention) -> bool:
    """A person named as the owner of what follows: "Hale's work", "Hales Vermittlung"."""
    nxt = art.toks[m.b] if m.b < len(art.toks) else None
    if nxt is None:
        return False
    if nxt.text in ex.POSSESSIVE_S_ANY:
        return True
    return genitive_name(m) and nxt.tag in ex.NOUN_PHRASE_TAGS.get(art.lang, ()) and nxt.text[:1].isupper()


def genitive_name(m: Mention) -> bool:
    """"Boltons", "Netanjahus": a person's surname in the genitive."""
    if m.kind != "person" or m.actor is None or not m.text.endswith("s"):
        return False
    last = m.actor.name.split()[-1]
    return m.text.split()[-1] == last + "s"


def _pronoun_gender(art: Article, m: Mention) -> str | None:
    """"she"/"he"/"er" directly; German "sie" only as a singular subject ("sagte sie",
    "sie sagte", "sie sei"), otherwise it may be plural."""
    word = art.toks[m.a].lower
    if word in ex.PRONOUN_GENDER_ANY:
        return ex.PRONOUN_GENDER_ANY[word]
    if word == ex.AMBIGUOUS_SHE.get(art.lang):
        around = {art.toks[j].lower for j in (m.a - 1, m.a + 1) if 0 <= j < len(art.toks)}
        if around & ex.SINGULAR_VERBS["de"]:
            return "f"
        if around & ex.PLURAL_VERBS["de"]:
            return "pl"  # "sie befürchten", "sagten sie"
    return None


def _plural_body(m: Mention) -> bool:
    """A body named by a plural noun ("die Demokraten", "die Streitkräfte")."""
    return m.head is not None and body_gender(m.head) == "pl"
