"""Reported speech that goes on: a sentence in the mood of reported speech, a hearsay
modal, a passive or an impersonal report that continues the statement before it, and the
subjects that break the chain."""
from __future__ import annotations

from .. import events_lexicon as ex
from .. import gazetteer
from ..actors import Actor
from ..text import Sentence, in_quote
from .article import Article, Event
from .speech_parse import (_bare_passive, _headline, _refers_meeting, _reported_mood, _sentences_back, _subordinate,
                           _weak_past)
from .speech_verbs import _speech_verbs


def _reported_before(art: Article, out: list[Event]) -> list[Event]:
    """German: "X würden einbezogen. Daran seien Bedingungen geknüpft. Dabei gehe es um …,
    wie der Minister X sagte.": subjunctive sentences of no one right before a statement
    whose own words open its sentence in the subjunctive and whose speaker is named after
    them are that speaker's words too (class "reported speech before its attribution")."""
    found: list[Event] = []
    for ev in out:
        sent = ev.sent
        if sent is None or ev.speaker_how == "continued" or not ev.quote or sent.toks[0].lang != "de":
            continue
        text = art.text[sent.start:sent.end].strip()
        if not text.startswith(ev.quote[:40]) or not _reported_main(art, sent):
            continue  # the words open the sentence, the speaker follows them
        for k, before in _sentences_back(art, sent, sent.index, paragraph=True):
            if art.speakers.get(k) is not None or any(e.sent is before for e in out) or not before.toks \
                    or _headline(art, before) or not _reported_main(art, before) \
                    or _other_person_subject(art, before, ev.speaker) or next(_speech_verbs(art, before), None) is not None:
                break  # a sentence with a verb of saying of its own is someone else's words
            new = _continued(art, before, ev)
            if not art.has_timex(before) and ev.date.value:
                new.date = ev.date.inherited()
            new.has_timex = art.has_timex(before)
            art.speakers[k] = ev.speaker
            found.append(new)
    return found


def _pointed_back(art: Article, out: list[Event]) -> list[Event]:
    """German: "Die Abschaffung ist verschoben. In manchen Staaten gibt es Zweifel. Das sagt
    X, der Verkehrsminister.": the sentences right before in the paragraph that are no one's
    statement are X's words, one statement each, in place of "Das sagt X"."""
    result: list[Event] = []
    for ev in out:
        sent = ev.sent
        toks = [t for t in sent.toks if t.pos not in ("SPACE", "PUNCT")] if sent is not None else []
        if len(toks) < 3 or ev.speaker_how == "continued" or toks[0].lower not in ex.POINTING_BACK.get(toks[0].lang, ()) \
                or toks[1].lower not in ex.POINTING_BACK_VERBS.get(toks[1].lang, ()) \
                or art.quotes and any(sent.start <= q[0] < sent.end for q in art.quotes):
            result.append(ev)
            continue
        back = []
        for k, before in _sentences_back(art, sent, ex.POINTED_BACK_REACH, paragraph=True):
            if not before.toks or _headline(art, before) or art.speakers.get(k) is not None \
                    or any(e.sent is before for e in out):
                break
            back.append(before)
        if not back:
            result.append(ev)
            continue
        for before in back:
            new = _continued(art, before, ev)
            new.date = ev.date if art.has_timex(sent) else new.date
            new.has_timex = art.has_timex(before)
            if not ev.vague:  # a vague speaker is nobody a later sentence can refer back to
                art.speakers[before.index] = ev.speaker
            result.append(new)
    return result


def _reported_main(art: Article, sent: Sentence) -> bool:
    """A main clause of the sentence is in the subjunctive of reported speech."""
    return any((_reported_mood(t) or t.lower in ex.CONTINUED_SUBJUNCTIVE.get(t.lang, ()))
               and not in_quote(t.start, art.quotes) and not _subordinate(art, sent, t) for t in sent.toks)


def _mistagged_subjunctive_de(art: Article, sent: Sentence) -> bool:
    """German: the root of the sentence is a Konjunktiv I the tagger took for an adverb or
    adjective ("Die Reform bedeute höhere Mieten", "Der Plan schade der Umwelt"): a
    lowercase word in -e with a subject of its own and no finite verb beside it ("Der Fall ist
    der jüngste …" is a copula's), whose infinitive in -n is a word of the frequency table
    (class "reported speech goes on", events_lexicon.MISTAGGED_VERB_POS)."""
    for t in sent.toks:
        if t.lang != "de" or t.dep != "ROOT" or t.pos not in ex.MISTAGGED_VERB_POS[t.lang] or t.tag == "ADJA" \
                or not t.text.islower() or not t.lower.endswith(ex.SUBJUNCTIVE_ENDING[t.lang]) \
                or in_quote(t.start, art.quotes) or _weak_past(t):
            continue
        children = [c for c in sent.toks if c.head == t.i and c is not t]
        if any(c.dep in ex.MISTAGGED_VERB_SUBJECTS[t.lang] for c in children) \
                and not any(c.tag in ex.FINITE_TAGS[t.lang] for c in children) \
                and gazetteer.word_log_prob(t.lower + "n", t.lang) >= ex.INFINITIVE_MIN_LOG_PROB:
            return True
    return False


def _continued(art: Article, sent: Sentence, prev: Event, quote: str | None = None) -> Event:
    """A statement in `sent` that goes on with `prev`'s speaker ("continued"; a vague
    speaker's words go on, and stay vague), with `quote` as its words, else the whole
    sentence."""
    ev = Event("statement", sent, (sent.start, sent.end), speaker=prev.speaker, speaker_how="continued",
               vague=prev.vague)
    ev.quote = quote if quote is not None else art.text[sent.start:sent.end].strip().rstrip(".")
    return ev


def _going_on(art: Article, sent: Sentence, prev: Event, quote: str) -> Event:
    """A further statement of `prev`'s speaker in `sent`, with `quote` as its words, dated
    like `prev` unless the sentence names a date of its own."""
    ev = _continued(art, sent, prev, quote)
    if not art.has_timex(sent) and prev.date.value:
        ev.date = prev.date.inherited()
    ev.refers_meeting = _refers_meeting(art, sent)
    ev.has_timex = art.has_timex(sent)
    if not prev.vague:
        art.speakers[sent.index] = prev.speaker
    return ev


def _passive_in_statement_before(art: Article, sent: Sentence, out: list[Event]) -> Event | None:
    """"Außerdem wird darin die Freilassung der Gefangenen gefordert.": a verb of saying in
    the passive without an agent, pointing back to the statement of the sentence right
    before ("darin"), goes on with that statement's speaker."""
    prev = out[-1] if out else None
    if prev is None or prev.sent is None or prev.sent.paragraph != sent.paragraph \
            or not prev.sent.index < sent.index or any(art.sents[k].start >= prev.evidence[1]
                                                       for k in range(prev.sent.index + 1, sent.index)):
        return None  # right after the statement (or after the quotation it holds)
    lex = ex.SPEECH.get(sent.toks[0].lang, {})
    verb = next((t for t in sent.toks if t.lower in lex and not lex[t.lower] and t.lang == "de"
                 and not in_quote(t.start, art.quotes) and _bare_passive(art, sent, t, agentless=False)), None)
    if verb is None:
        return None
    a, b = art.clause_of(sent, verb.i)
    back = next((t for t in art.toks[a:b] if t.lower in ex.STATEMENT_BACK_REFERENCES.get(t.lang, ())), None)
    if back is None or back.i + 1 >= verb.i:
        return None
    demanded = art.text[art.toks[back.i + 1].start:art.toks[verb.i - 1].end]
    return _going_on(art, sent, prev, demanded)


def _impersonal_report_after(art: Article, sent: Sentence, out: list[Event]) -> Event | None:
    """"Nach dem Konzert werden die Minister zusammenkommen, hieß es (weiter).": a report
    without a source at the end of the sentence goes on with the speaker of the statement
    before it in the paragraph (no more than IMPERSONAL_REPORT_REACH sentences back)."""
    table = ex.IMPERSONAL_REPORT_AFTER.get(sent.toks[0].lang)
    prev = out[-1] if out else None
    if table is None or prev is None or prev.sent is None or prev.sent.paragraph != sent.paragraph \
            or not 0 < sent.index - prev.sent.index <= ex.IMPERSONAL_REPORT_REACH:
        return None
    verbs, pronoun, adverbs = table
    toks = [t for t in sent.toks if t.pos != "SPACE"]
    while toks and toks[-1].pos == "PUNCT" and toks[-1].text != ",":
        toks = toks[:-1]
    while toks and toks[-1].lower in adverbs:
        toks = toks[:-1]
    if len(toks) < 4 or toks[-1].lower != pronoun or toks[-2].lower not in verbs or toks[-3].text != ",":
        return None
    start = sent.toks[0].start
    words = art.text[start:toks[-3].start].strip()
    if words[:1] in "„“\"«»" and words[-1:] in "“”\"«»":
        words = words[1:-1].strip()
    return _going_on(art, sent, prev, words)


def _hearsay(art: Article, k: int) -> bool:
    """Sentence `k` is no one's statement and its first finite verb is the modal of hearsay
    ("Das Verfahren soll eine Ausnahme bleiben."), in the paragraph of the sentence after it."""
    if k < 0 or k + 1 >= len(art.sents) or art.speakers.get(k) is not None:
        return False
    sent = art.sents[k]
    if sent.paragraph != art.sents[k + 1].paragraph:
        return False
    finite = next((t for t in sent.toks if t.tag in ex.FINITE_TAGS.get(t.lang, ())), None)
    return finite is not None and finite.lower in ex.HEARSAY_MODALS.get(finite.lang, ())


def _narration_between(art: Article, sent: Sentence, prev: Event) -> bool:
    """German, class "reported speech after narration": "X führte aus, dass … In 14 Bezirken
    gab es Fehler. Manipulationen seien nicht nötig.": the sentences between the statement
    and `sent` (at most REPORTED_AFTER_NARRATION_REACH apart, one paragraph) are no one's
    statement, name no source, no other person and no other actor before their verb, and
    have no verb of saying, so the subjunctive after them still reports the speaker before
    (not where it points to a source named between: "… befassten sich mit einer Studie.
    Demnach gebe es …")."""
    reach = ex.REPORTED_AFTER_NARRATION_REACH.get(sent.toks[0].lang, 1)
    gap = sent.index - prev.sent.index
    if not 1 < gap <= reach or not _first_subjunctive_main(art, sent) \
            or any(t.lower in ex.ATTRIBUTION.get(t.lang, ()) or t.lower in ex.NARRATION_SOURCE_POINTERS.get(t.lang, ())
                   for t in sent.toks):
        return False  # the second subjunctive ("würde", "könnte") also narrates; a source of its own
    for k in range(prev.sent.index + 1, sent.index):
        between = art.sents[k]
        if between.paragraph != sent.paragraph or art.speakers.get(k) is not None or not between.toks \
                or _headline(art, between) or next(_speech_verbs(art, between), None) is not None \
                or any(t.lower in ex.OWN_SOURCE_VERBS.get(t.lang, ()) for t in between.toks) \
                or _other_actor_first(art, between, prev.speaker) \
                or any(m.actor is not None and m.actor.kind == "person" and m.actor is not prev.speaker and not m.quoted
                       for m in art.by_sent.get(k, [])):
            return False
    return True


def _other_actor_first(art: Article, sent: Sentence, speaker: Actor) -> bool:
    """An actor other than `speaker` is named before the sentence's first finite verb ("Ein
    Gericht ordnete die Beschlagnahme an, doch die Regierung wies dies ab."): the narration
    has turned to someone who may speak next."""
    finite = next((t for t in sent.toks if t.tag in ex.FINITE_TAGS.get(t.lang, ())), None)
    return finite is not None and any(m.b <= finite.i and m.actor is not None and m.actor is not speaker
                                      and not m.quoted for m in art.by_sent.get(sent.index, []))


def _first_subjunctive_main(art: Article, sent: Sentence) -> bool:
    """The first finite verb of a main clause is in the first subjunctive ("sei", "habe",
    "bedeute"): the sentence opens as reported speech; not the second ("würde", "könnte",
    "hätte", "entspräche": no infinitive in -n), which narration uses too, nor an
    indicative before it ("X hatte gewittert, Y habe …": words of its own), nor an
    adjective after an article that the tagger took for a verb ("Dieses veröffentliche
    Protokoll")."""
    finite = next((t for t in sent.toks if t.tag in ex.FINITE_TAGS.get(t.lang, ()) and not in_quote(t.start, art.quotes)
                   and not _subordinate(art, sent, t)), None)
    return finite is not None and _reported_mood(finite) and not _weak_past(finite) \
        and finite.lower not in ex.CONTINUED_SUBJUNCTIVE.get(finite.lang, ()) \
        and (finite.lower in ex.REPORTED_MOOD.get(finite.lang, ())
             or finite.lower.endswith(ex.SUBJUNCTIVE_ENDING[finite.lang])
             and gazetteer.word_log_prob(finite.lower + "n", finite.lang) >= ex.INFINITIVE_MIN_LOG_PROB
             and not (finite.i > 0 and art.toks[finite.i - 1].pos == "DET"))


def _second_place_subjunctive(art: Article, sent: Sentence) -> bool:
    """German: "Außerdem verletze es …", "Zudem schade es …": after an opening adverb, the
    word in the second place is the finite verb; one in -e (no past in -te) before a pronoun
    or an article is the subjunctive, also where the tagger took it for an adjective."""
    toks = [t for t in sent.toks if t.pos != "SPACE"]
    if len(toks) < 3 or toks[0].tag not in ex.OPENING_ADVERB_TAGS.get(toks[0].lang, ()):
        return False
    verb, after = toks[1], toks[2]
    ending = ex.SUBJUNCTIVE_ENDING.get(verb.lang)
    return bool(ending) and verb.lower.endswith(ending) and verb.text.isalpha() and not _weak_past(verb) \
        and verb.tag not in ("NN", "NE") and not in_quote(verb.start, art.quotes) \
        and after.tag in ex.SUBJECT_AFTER_VERB_TAGS.get(verb.lang, ()) \
        and after.lower not in ex.FIRST_PERSON_PRONOUNS.get(verb.lang, ())


def _other_person_subject(art: Article, sent: Sentence, speaker: Actor) -> bool:
    """A person other than `speaker` is named before the sentence's first finite verb, which
    is no subjunctive: "Y ist der Auffassung, dass …" are Y's words, while in "Y werde im Amt
    bleiben" Y is what the speaker before talks about."""
    finite = next((t for t in sent.toks if t.tag in ex.FINITE_TAGS.get(t.lang, ())), None)
    if finite is None or _reported_mood(finite):
        return False
    finite = finite.i
    return any(m.b <= finite and m.actor is not None and m.actor.kind == "person" and m.actor is not speaker
               and not m.quoted for m in art.by_sent.get(sent.index, []))
