"""Assembly: one analysed article → the ``extraction/1`` object."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import leaders, pipelines
from . import lexicon as lx
from .actors import Actor, abbreviation, collect, dependent_territories, public_affairs_words, public_org
from .actors.model import _strip_article
from .dates import DateResolver, Timex
from .dates_other import (drop_clock_years, find_other_timexes, join_clock_times, join_day_ranges,
                          mark_day_modifiers, mark_day_parts, mark_ranges, split_apposed)
from .events import Article, Event, date_statements_from_meetings, find_meetings, find_statements
from .events.dating import day_ranges
from .text import build_sentences, build_tokens, find_quotes, find_tweets
from .version import EXTRACTOR_VERSION, FORMAT


def extract_analysis(analysis: pipelines.Analysis, published: dt.date,
                     scorer: Callable[[str, list[str]], list[dict]] | None = None) -> dict:
    """The `extraction/1` object of an analysed article. `scorer` gives each sentence's
    event scores (``Pipelines.event_scores``); without it the rules work alone."""
    text = analysis.text
    art, timexes, others = analysed_article(analysis, published)
    reg = art.reg
    art.scorer = scorer
    statements = find_statements(art)
    meetings = find_meetings(art, statements)
    date_statements_from_meetings(statements, meetings)
    reg.finish()  # states first met as visit targets get their names too
    # "coach Ann Lee", "die Sängerin Eva Roth": no actor of public affairs, and what such a
    # person says or whom he or she meets is not part of the chronology.
    # A leader of the leaders table is never one, whatever the words around one mention.
    private_persons = {a.key for a in reg.actors.values() if a.kind == "person" and a.private
                       and not a.role and not a.known and not a.actor_id
                       and leaders.term_of([a.name, *a.forms], published) is None}
    # "the current bishop, X, said": a church's title outside the Holy See is no public office
    if not any(name in text for name in lx.CHURCH_STATE_NAMES.get(analysis.language, ())):
        private_persons |= {a.key for a in reg.actors.values() if a.kind == "person" and a.role
                            and a.role.lower() in lx.CLERGY_TITLES.get(analysis.language, ())
                            and not a.known and not a.actor_id}
    events = sorted((e for e in meetings + statements
                     if not any(a.key in private_persons for a in ([e.speaker] if e.speaker else e.participants))),
                    key=lambda e: (e.evidence[0], e.kind))
    used = {a.key for e in events for a in ([e.speaker] if e.speaker else e.participants)}
    # "US envoy Thomas Reed", "a U.S. national": a state named only to qualify a noun is no
    # actor of the article; named as a place, in the possessive or after "of" it is one
    # (docs/annotation.md, "States named in the text").
    prefixes = {a.key for a in reg.actors.values() if a.kind == "state" and a.key not in used
                and all(_qualifies_noun(art, m) for m in a.mentions)}
    # "in Hong Kong", "Puerto Rico's governor": a dependent territory is a place.
    territories = {a.key for a in reg.actors.values() if a.kind == "state" and a.key not in used
                   and a.country in dependent_territories()}
    # An unnamed role holder ("a legal advisor", "der israelische Beamte") is an actor only
    # as a participant or speaker (docs/annotation.md).
    bystanders = {a.key for a in reg.actors.values() if a.key.startswith("unnamed:") and a.key not in used}
    # "Huawei", "Guantanamo Bay": an organisation that takes part in no event and whose name
    # does not say it is a public body is no actor of public affairs.
    # "EVD", "API", "ZMapp": an abbreviation that is no known body, takes part in no event and
    # stands only in sentences with no word of public affairs is a thing, not an actor.
    private = {a.key for a in reg.actors.values() if a.kind == "organization" and a.key not in used
               and (not public_org(a, analysis.language)
                    or abbreviation(a.name) and not a.known and not _in_public_affairs(art, a))}
    # "Oscar", "Jolo", "Denise": one word taken for a person, with no role, doing nothing, is
    # mostly a place, a thing or a private first name.
    lone = {a.key for a in reg.actors.values() if a.kind == "person" and a.key not in used
            and not a.role and len(a.tokens) == 1 and not a.name.startswith("@")}
    # "the Court" beside "the Court of Session" and "the Supreme Court": the head noun of
    # several bodies' names, naming none of them alone.
    lone |= {a.key for a in reg.actors.values() if a.bare_head and a.key not in used}
    offstage = {a.key for a in reg.actors.values() if a.kind == "person" and a.key not in used
                and _offstage(art, a, published)}
    actors = [a for a in reg.output_actors(used)
              if a.key not in prefixes | territories | bystanders | private | lone | private_persons | offstage]
    for a in actors:
        _known_office(a, analysis.language, published)
        _regnal_name(a)
    return {
        "format": FORMAT,
        "language": analysis.language,
        "published": published.isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
        "actors": [_actor(a) for a in actors],
        "events": [_event(e, text) for e in events],
        "timexes": [t.to_dict() for t in sorted(join_day_ranges(mark_ranges(timexes, text), text, analysis.language)
                                                 + others, key=lambda t: t.start)],
    }


def analysed_article(analysis: pipelines.Analysis, published: dt.date) -> tuple[Article, list[Timex], list[Timex]]:
    """The Article the rules for events read (tokens, sentences, quotations, tweets, the
    actors' registry, dated timexes), with the article's timexes and its other timexes for
    the output. No detector: `extract_analysis` sets one."""
    text = analysis.text
    quotes = find_quotes(text)
    resolver = DateResolver(published, quotes)
    timexes = [t for seg in analysis.segments for t in resolver.resolve(seg.doc, offset=seg.start)]
    timexes = mark_day_parts(join_clock_times(split_apposed(drop_clock_years(timexes, text), text), text,
                                              analysis.language), analysis.language)
    timexes = mark_day_modifiers(timexes, text, analysis.language)
    others = find_other_timexes(text, analysis.language, timexes, published)
    tweets = find_tweets(text)
    toks = build_tokens(analysis.segments)
    sents = build_sentences(text, toks, quotes, analysis.language)
    reg = collect(analysis.segments, toks, sents, quotes, analysis.language, pipelines.entity_info, published)
    # "vom 15.-18.03.2018": a range of days written as one word is found beside the
    # tagger's dates; it dates events like them.
    dated = sorted(timexes + [o for o in others if o.value and o.precision == "day" and "/" in (o.timex3 or "")],
                   key=lambda t: t.start)
    art = Article(text, analysis.language, published, toks, sents, quotes, tweets, reg, dated)
    art.ranges = day_ranges(dated, text, analysis.language)
    return art, timexes, others


def _offstage(art: Article, a: Actor, published: dt.date) -> bool:
    """A person named with no role, in no event, not known to the leaders table or an
    editor, in sentences that hold no word of public affairs: someone of the story (a
    musician of an obituary, a victim), no actor (``data/public_affairs_words.tsv``)."""
    words = public_affairs_words(art.lang)
    if not words or a.role or a.known or a.actor_id is not None \
            or leaders.term_of([a.name, *a.forms], published) is not None:
        return False
    return art.private_story or not _in_public_affairs(art, a)


def _in_public_affairs(art: Article, a: Actor) -> bool:
    """Does a sentence that names `a` hold a word of public affairs? (Yes where the language
    has no such words listed: no judgement without data.)"""
    words = public_affairs_words(art.lang)
    return not words or any(t.lower in words for m in a.mentions for t in art.sents[m.sent].toks)


def _regnal_name(a: Actor) -> None:
    """A monarch or pope is known by title and given name: "Pope Francis", "Königin
    Elizabeth II." (the given name alone stays an alias)."""
    words = a.name.split()
    if a.kind != "person" or not a.role or a.role.lower() not in lx.REGNAL_TITLES:
        return
    if len(words) == 1 or (len(words) == 2 and re.fullmatch(r"[IVX]+\.?", words[1])):
        a.forms.append(a.name)
        a.name = f"{a.role} {a.name}"


def _known_office(a: Actor, lang: str, published: dt.date) -> None:
    """A leader the text names without office ("ein Vertrauter von Kim Jong Un") gets the
    country and role the leaders table gives for the publication day."""
    if a.kind != "person":
        return
    term = leaders.term_of([a.name, *a.forms], published)
    if term is None:
        return
    if a.country and a.role:
        # "Bundeskanzler Sebastian Kurz": an office of more than one state ("Bundeskanzler",
        # "Bundespräsident") gives Germany by default; the table knows whose it was that day
        if a.role == term.role[lang] and a.country != term.country:
            a.country = term.country
        return
    if a.country in (None, term.country):
        a.country, a.role = term.country, a.role or term.role[lang]


def _actor(a: Actor) -> dict:
    forms = [_strip_article(f) for f in a.forms]  # "Der US-Beamte" → "US-Beamte"
    aliases = [f for f in forms if f and f != a.name and f.lower() not in {"er", "sie", "he", "she", "ihn", "ihm", "ihr", "him", "her"}]
    out = {"name": a.name, "kind": a.kind, "role": a.role, "country": a.country,
           "aliases": sorted(set(aliases), key=aliases.index)}
    if a.actor_id is not None:
        out["actor_id"] = a.actor_id
    return out


def _confidence(e: Event) -> float:
    score = 0.55
    score += {"clause": 0.3, "tweet": 0.3, "sentence": 0.2, "event": 0.15, "inherited": 0.1}.get(e.date.how, 0.0)
    if e.kind == "statement":
        score += {"named": 0.1, "description": 0.05, "pronoun": 0.0}.get(e.speaker_how, 0.0)
    else:
        score += 0.1 if e.place else 0.0
    return round(min(score, 0.95), 2)


def _event(e: Event, text: str) -> dict:
    s, t = e.evidence
    out: dict = {"kind": e.kind}
    if e.kind == "meeting":
        out["participants"] = [a.name for a in e.participants]
        out["place"] = e.place
    else:
        out["speaker"] = e.speaker.name if e.speaker else None
        out["quote"] = e.quote
    out.update({
        "date": e.date.value, "date_precision": e.date.precision, "date_text": e.date.text,
        "date_modifier": e.date.modifier,
        "status": e.status, "confidence": _confidence(e),
        "evidence": {"start": s, "end": t, "text": text[s:t]},
    })
    if e.date.value and e.date.end:
        out["date_range_end"] = e.date.end  # "am 4. und 5. März": `date` is the first day
    return out


_NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _qualifies_noun(art: Article, m) -> bool:
    """A state's name joined to the noun it qualifies: "US-Botschafter", and in English
    "US envoy", "United States President", "a U.S. national" (German word order puts nouns
    after a subject: "haben die USA Sanktionen verhängt")."""
    if m.b >= len(art.toks):
        return False
    nxt = art.toks[m.b]
    if nxt.text == "-" and nxt.start == art.toks[m.b - 1].end:
        return True
    return art.lang == "en" and nxt.pos in _NOUN_POS and nxt.text[:1].isalpha()
