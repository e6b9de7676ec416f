"""Statements, the engine: for each sentence its verb of saying or attribution, speaker and
words (from speech_verbs, speakers, bodies, attribution, quotes), the statement they make
(`_statement`: inverted and coordinated reports, speakers outside public affairs), reported
speech that goes on with the speaker before (continued), tweets, and the sentences the
trained detector proposes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .. import events_lexicon as ex
from .. import lexicon as lx
from .. import gazetteer, leaders
from ..actors import (Actor, Mention, media_name, public_affairs_words, public_org, role_gender,
                      role_head_word)
from ..text import QUOTE_MARKS, Sentence, Tok, Tweet, in_quote
from .article import Article, Event
from .attribution import (_attribution, _own_words_possessive, _source_end, _without_source,
                          _words_from)
from .bodies import (_body_by_head, _body_of_member, _name_after_body_noun_de, _spokesperson_of_speaker_before,
                     _unnamed_member, _unnamed_spokesperson, described_public)
from .continued import (_going_on, _hearsay, _impersonal_report_after, _mistagged_subjunctive_de, _narration_between,
                        _other_person_subject,
                        _passive_in_statement_before, _pointed_back, _reported_before, _second_place_subjunctive)
from .dating import statement_date
from .phrases import negated
from .quotes import (_after_article, _after_reporting_clause, _coordinated_quote, _holds_clause, _quote,
                     _quote_before_report)
from .speakers import _holds_title, _joint_speakers, _role_holder, _speaker, document_noun, fronted_participle_words
from .speech_parse import (_headline, _in_relative_clause, _next_nonspace, _path_up, _refers_meeting, _reported_mood,
                           _subordinate, _subtree)
from .speech_verbs import _ACTION_WORDS, _refers_as, _speech_verbs, verdict_of
from .vague import vague_description, vague_member, vague_named_again


def find_statements(art: Article) -> list[Event]:
    """Statements of the article: a sentence with a verb of saying or an attribution and a
    speaker, reported speech that goes on, a sentence the detector proposes, and tweets."""
    out: list[Event] = []
    for sent in art.sents:
        if not sent.toks:
            continue
        if art.in_tweet(sent.start) or _question(art, sent):
            continue  # "((WN)) What did the ministry announce?": an interviewer's question
        verb = speaker_m = None
        # "X, der die Einigung lobte, erklärte, …": the first verb of saying that has a speaker
        for candidate in _speech_verbs(art, sent):
            if verb is not None and not _in_relative_clause(art, sent, verb) \
                    and not _reported_within(art, candidate, verb) and not _reported_within(art, verb, candidate):
                # (class "a passive of saying in the reported words", round 19: "The plan was
                # rejected, the agency said": the speakerless "rejected" stands in the words
                # of "said", whose speaker says them)
                break
            unnamed_before = verb is not None  # an earlier verb of saying found no speaker
            verb = candidate
            if (speaker_m := _speaker(art, sent, candidate)) is not None:
                if unnamed_before and speaker_m.kind == "pronoun":
                    # "Die Verbände lobten die Reform, obwohl sie sich besorgt äußerten":
                    # the pronoun is the unnamed subject before it
                    speaker_m = None
                break
        if speaker_m is not None and (outer := _inverted_outer(art, sent, verb) or _inverted_outer_de(art, sent, verb)) \
                is not None:
            # "The agency noted the need for action: "…," said X, its director.": the words
            # hang on the closing "said X", whose speaker the quotation belongs to
            verb, speaker_m = outer
        if speaker_m is None and (source := _attribution(art, sent))[1] is not None or verb is None:
            # "According to the mayor, X, police were investigating whether …": the source
            # also where a verb of saying found no speaker of its own
            verb, speaker_m = source
            if speaker_m is not None and verb.lang == "en" and (outer := _inverted_outer(art, sent, verb)) is not None:
                verb, speaker_m = outer  # "Although …, the agency noted …: "…," said X": X's words
        if verb is not None and (speaker_m is None or speaker_m.kind == "desc" and speaker_m.actor is None) \
                and (member := _unnamed_member(art, sent, verb) or _unnamed_spokesperson(art, sent, verb)) is not None:
            speaker_m = member  # "Ein Minister sagte, …": the government speaks
        if speaker_m is None and verb is not None and (states := _bodies_of_states(art, sent, verb)):
            n = len(out)
            # the first verb of saying after the row ("hatten sich gegen X ausgesprochen und Y
            # gefordert": the words of both)
            first = min((t for t in _speech_verbs(art, sent) if t.i > states[-1].b), key=lambda t: t.i, default=verb)
            for m in states:  # "Die Regierungen A, B und C lehnten den Plan ab": each state
                _statement(art, sent, first, m, out)
            seen: set[str] = set()  # (a state's row may give the others as joint speakers too)
            out[n:] = [e for e in out[n:] if e.speaker.key not in seen and not seen.add(e.speaker.key)]
            continue
        if speaker_m is None and (found := _words_from(art, sent))[0] is not None:
            verb, speakers, words = found
            for m in speakers:
                _statement(art, sent, verb, m, out, words=words)
            continue
        if speaker_m is None:
            # a sentence with a verb of saying of its own is someone else's words
            if (ev := _passive_in_statement_before(art, sent, out)) is not None:
                out.append(ev)
                continue
            if (ev := _impersonal_report_after(art, sent, out)) is not None:
                out.append(ev)
                continue
            if verb is None and (evs := _continued_speech(art, sent, out)):
                out.extend(evs)
                continue
            verb, speaker_m = _detected_speech(art, sent)
        if speaker_m is None:
            continue
        if (source := _reporting_source(art, sent, verb, speaker_m)) is not None:
            _statement(art, sent, *source, out)
        pairs = [(verb, speaker_m), *_other_speakers(art, sent, verb, speaker_m)]
        if len(pairs) > 1 and _relayed_report(art, sent, verb, pairs[1:]):
            pairs = pairs[1:]  # "Wie X mitteilte, warnt das Bundesamt, …": the body speaks
        for verb, speaker_m in pairs:
            _statement(art, sent, verb, speaker_m, out, others=[p for p in pairs if p[0] is not verb])
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
    # "The inventor said he was thrilled", "Ford said sales rose": someone of the story who
    # speaks is no actor of public affairs (docs/annotation.md, "Scope"), so no statement
    out.extend(_reported_before(art, out))
    out = _pointed_back(art, out)
    art.vague_reports = [e for e in out if e.vague]
    out = [e for e in out if not e.vague]
    outside = {a.key for a in {e.speaker.key: e.speaker for e in out}.values() if _outside_public_affairs(art, a)}
    return sorted((e for e in out if e.speaker.key not in outside), key=lambda e: e.evidence[0])


def _reporting_source(art: Article, sent: Sentence, verb: Tok, speaker_m: Mention) -> tuple[Tok, Mention] | None:
    """Class "a source that reports another's words" (German): "Nach Angaben des
    Außenministeriums hat Kanada zugesichert, dass …": the attribution before the verb of
    saying is a statement of its own source, besides the speaker of the verb (the gold gives
    both); its words are the sentence without the source."""
    if verb.lang != "de" or verb.lower in ex.ATTRIBUTION.get(verb.lang, ()) or speaker_m.actor is None:
        return None
    tok, source = _attribution(art, sent)
    if tok is None or source is None or tok.lower not in ex.ATTRIBUTION[verb.lang] or tok.i > verb.i \
            or art.clause_of(sent, tok.i) != art.clause_of(sent, verb.i) or source.actor is None \
            or source.actor is speaker_m.actor:
        return None
    return tok, source


def _bodies_of_states(art: Article, sent: Sentence, verb: Tok) -> list[Mention]:
    """German, class "the bodies of several states" (events_lexicon.PLURAL_STATE_BODIES):
    "Die Parlamente Österreichs, Irlands und der Schweiz hatten sich gegen den Plan
    ausgesprochen": the plural noun opens the verb's clause before it, and the states right
    after it, in a row with only commas, "und" and articles between, are its speakers."""
    if verb.lang != "de":
        return []
    a, _ = art.clause_of(sent, verb.i)
    k = a + 1 if art.toks[a].pos == "DET" else a
    if k >= verb.i or art.toks[k].lower not in ex.PLURAL_STATE_BODIES["de"]:
        return []
    row = sorted((m for m in art.by_sent.get(sent.index, []) if k < m.a < verb.i and m.actor is not None),
                 key=lambda m: m.a)
    joiners = {",", *ex.ROW_AND["de"], *ex.ROW_ARTICLES["de"]}
    out, at = [], k + 1
    for m in row:
        if m.kind != "state" or any(t.lower not in joiners for t in art.toks[at:m.a]):
            break
        out.append(m)
        at = m.b
    return out if len(out) > 1 else []


def _relayed_report(art: Article, sent: Sentence, verb: Tok, others: list[tuple[Tok, Mention]]) -> bool:
    """Class "a source that relays a body's words" (German, round 18): "Wie der Sender und
    das Amt mitteilten, warnt die Behörde, …": the opening reporting clause (quotes.
    _after_reporting_clause) only passes on what the main clause's own verb of saying
    reports, whose subject is the speaker; not where the main clause has no verb of
    saying ("Wie das Amt mitteilte, ist die Zahl gestiegen": the source speaks)."""
    if verb.lang != "de" or _after_reporting_clause(art, sent, verb) is None:
        return False
    return any(o.i > verb.i and art.clause_of(sent, o.i) != art.clause_of(sent, verb.i) and m.a > o.i
               and m.actor is not None for o, m in others)


def _other_speakers(art: Article, sent: Sentence, verb: Tok, speaker_m: Mention) -> list[tuple[Tok, Mention]]:
    """Speakers of other clauses of the sentence with verbs of saying of their own ("X
    vowed support, while Y called for a ceasefire"); not a verb in the words the first one
    reports, nor in a clause of "dass"/"that" or a relative clause."""
    contrast = [t for t in _speech_verbs(art, sent) if t is not verb and (
        _contrast_clause(art, sent, t) is not None or _coordinated_report(art, sent, verb, t))]
    if len(sent.clauses) < 2 and not contrast:
        return []  # one clause: no other speaker's clause
    clause = art.clause_of(sent, verb.i)
    found: list[tuple[Tok, Mention]] = []
    for candidate in _speech_verbs(art, sent):
        here = art.clause_of(sent, candidate.i)
        if candidate in contrast and candidate.i > verb.i:
            pass  # "X said …, while Y wrote …": Y's own words, however the parse hangs them
        elif here == clause or _said_in(art, candidate, verb) or _said_in(art, verb, candidate) \
                or candidate.i < verb.i and _colon_quote_before(art, candidate, verb) \
                or art.toks[here[0]].lower in ex.COMPLEMENTIZERS.get(candidate.lang, ()) \
                or _in_relative_clause(art, sent, candidate) and not _characterised_in_relative(art, sent, candidate) \
                or (inner := _inverted_outer_de(art, sent, candidate)) is not None and inner[0] is verb:
            continue  # (German: "X habe … gefordert, teilte Y mit": in Y's words)
        other = _speaker(art, sent, candidate)
        if other is None or other.kind == "pronoun" or other.actor is None or other.actor is speaker_m.actor \
                or other.a < speaker_m.b and speaker_m.a < other.b or any(o.actor is other.actor for _, o in found):
            continue
        found.append((candidate, other))
    return found


def _characterised_in_relative(art: Article, sent: Sentence, verb: Tok) -> bool:
    """English: "the levy, which the senator referred to as "a trap",": a characterisation in a
    relative clause whose subject is its own speaker, not the relative pronoun."""
    return _refers_as(art, sent, verb) and any(
        t.head == verb.i and t.dep.startswith("nsubj") and t.lower not in ex.RELATIVE_PRONOUNS.get(verb.lang, ())
        for t in sent.toks)


def _coordinated_report(art: Article, sent: Sentence, verb: Tok, other: Tok) -> bool:
    """English: two verbs of saying coordinated in the parse, each with a subject of its own
    ("X called the plan "…" and Y called it "…"", "with X calling … and Y calling …"):
    two speakers, each with the words of his own part."""
    if verb.lang != "en" or verb is other:
        return False
    first, second = sorted((verb, other), key=lambda t: t.i)
    if second.head != first.i or second.dep not in ex.COORDINATED_REPORT_DEPS[verb.lang]:
        return False
    subjects = [next((t for t in sent.toks if t.head == v.i and t.dep.startswith("nsubj")), None) for v in (first, second)]
    if None in subjects:
        return False
    # the second part opens with "and" (the parse may hang it as an adverbial clause)
    opening = min(t.i for t in _subtree(art, sent, subjects[1]))
    return art.toks[opening - 1].lower in ex.SOURCE_PARTNER_CONJUNCTIONS[verb.lang]


def _contrast_clause(art: Article, sent: Sentence, verb: Tok) -> Tok | None:
    """English: the word of contrast that opens the clause of `verb` ("while Y wrote …",
    events_lexicon.CONTRAST_MARKS), or None."""
    marks = ex.CONTRAST_MARKS.get(verb.lang, ())
    return next((t for t in sent.toks if t.head == verb.i and t.dep == "mark" and t.lower in marks), None)


def _said_in(art: Article, verb: Tok, outer: Tok) -> bool:
    """English: `verb` stands in the clause that `outer` reports ("X said Y praised it"), not
    in an adverbial clause beside it ("X criticised it, while Y praised it")."""
    path = _path_up(art, verb, outer)
    return path is not None and any(t.dep in ex.REPORTED_CLAUSE_DEPS for t in path)


def _without_clauses_of(art: Article, sent: Sentence, verb: Tok, quote: str, others: list[tuple[Tok, Mention]]) -> str:
    """The reported words without another speaker's clause ("…, dass X Raketen baut, was X
    bestreitet": not the denial); its own clause where they are all the other's ("X lehnte
    ab, während Y ihn begrüßte")."""
    if not others or not quote or _contrast_clause(art, sent, verb) is not None:
        return quote  # "…, while Y wrote …": Y's words are those of Y's own verb
    at = _word_at(art.text, quote, sent.start, sent.end)
    if at < 0:
        return quote
    for other, _ in others:
        ca, cb = art.clause_of(sent, other.i)
        if (mark := _contrast_clause(art, sent, other)) is not None and mark.i > verb.i:
            if at < mark.start < at + len(quote):  # "…, while Y wrote …": the words before it
                quote = art.text[at:mark.start].rstrip(" ,;:")
            continue
        a, last = art.toks[ca], art.toks[cb - 1]
        if a.start <= at < last.end:
            own_a, own_b = art.clause_of(sent, verb.i)
            return art.text[art.toks[own_a].start:art.toks[own_b - 1].end].strip(" ,.;:\"„“")
        if at < a.start < at + len(quote):
            quote = art.text[at:a.start].strip(" ,.;:\"„“")
    return quote


def _word_at(text: str, words: str, start: int, end: int) -> int:
    """Where `words` stand in text[start:end] as whole words ("it" not inside "criticised"), or -1."""
    at = text.find(words, start, end)
    while at >= 0:
        stop = at + len(words)
        if not (at > 0 and text[at - 1].isalnum() or stop < len(text) and text[stop].isalnum() and words[-1].isalnum()):
            return at
        at = text.find(words, at + 1, end)
    return -1


def _statement(art: Article, sent: Sentence, verb: Tok, speaker_m: Mention, out: list[Event],
               others: list[tuple[Tok, Mention]] = (), words: str | None = None) -> None:
    """The statement of `speaker_m` with `verb` in `sent`, added to `out` (with joint
    speakers), unless the speaker or the sentence rules it out. `others`: the verbs and
    speakers of the sentence's other statements, whose clauses are no words of this one;
    `words`: what was said where the caller knows it."""
    # "a senior US official said", "a Kremlin official", "ein hochrangiger Diplomat": a vague
    # speaker, whose report is kept for its words going on and its date, not output
    vague = vague_member(art, speaker_m)
    if not vague and (body := _body_of_member(art, speaker_m)) is not None:
        speaker_m = body  # "a representative from the ministry said": the ministry speaks
    if speaker_m.text.lower().split()[-1] in ex.GENERIC_SPEAKERS_ANY:
        return
    if (body := _spokesperson_of_speaker_before(art, sent, speaker_m)) is not None:
        speaker_m = body  # "X released a statement … A spokesperson told reporters …": X speaks
    if (named := _name_after_body_noun_de(art, sent, speaker_m)) is not None:
        speaker_m = named  # "die Medienaufsichtsbehörde CSA": the body's name speaks
    if _relative(art, speaker_m):
        return  # "his wife Anna said": a private person
    if vague_description(art, speaker_m) and not vague:
        return  # "a hospital official told …": nobody the chronology can name
    if _starts_longer_name(art, speaker_m):
        return  # "According to Lisbon Herald, …": a name we do not know, not the state
    if negated(art, sent, verb):
        return
    if _headline(art, sent):
        return  # "Moskau fordert Abrüstung": a headline line, not a report
    actor, how = art.resolve(speaker_m, sent)
    if speaker_m.kind == "pronoun" and actor is not None and any(
            m.actor is actor and m.a > speaker_m.b and m.kind != "pronoun" and not m.quoted
            for m in art.by_sent.get(sent.index, [])):
        # "Er bezeichnete Holt als Witzfigur": the one named after the pronoun is someone else
        actor, how = art.resolve(speaker_m, sent, exclude={actor.key})
    if speaker_m.kind == "pronoun" and actor is not None and _addressed_before(art, sent, speaker_m, actor):
        # "In an interview with X, she said …", "Speaking to X, he said": X is the one
        # spoken to, not the pronoun
        actor, how = art.resolve(speaker_m, sent, exclude={actor.key})
    if speaker_m.kind == "desc" and speaker_m.definite and (actor is None or not _holds_title(
            art, actor, art.toks[speaker_m.b - 1])):
        # "Der Präsident sagte …" long after the name, or after a minister was named: the
        # article's holder of that role
        holder = _role_holder(art, art.toks[speaker_m.b - 1], speaker_m.country)
        actor, how = (holder, "description") if holder is not None else (actor, how)
    if actor is None and speaker_m.kind == "organization" and speaker_m.definite and speaker_m.head:
        # "The court's summary concluded …" after two courts were named: the one that spoke
        actor, how = _body_by_head(art, speaker_m.head, speaker_m.start), "description"
    if actor is None:
        return
    # "A senior official said …. "…," the official said.": the same vague speaker
    vague = vague or vague_named_again(art, actor, speaker_m)
    if _private_body(actor, art.lang) and not described_public(art, actor) \
            or actor.kind == "organization" and media_name(actor.tokens, art.lang):
        return  # "Ford said", "The Guardian reported": a company or medium, no actor
    if speaker_m.kind == "desc" and speaker_m.head in lx.SPOKES_NOUNS and actor.kind == "organization":
        art.spoke_for[actor.key] = role_gender(speaker_m.head, art.lang)
    if _standing_position(art, sent, verb, actor):
        return
    if vague:
        ev = Event("statement", sent, (sent.start, sent.end), speaker=actor, speaker_how=how, vague=True)
        if (d := statement_date(art, sent, verb, actor, out)) is not None:
            ev.date = d
        out.append(ev)
        return
    speaker_m.resolved = actor
    art.speakers[sent.index] = actor
    # "Später schrieb Y auf der Plattform X:" introduces the tweet that follows.
    if art.text[sent.start:sent.end].rstrip().endswith(":") and art.in_tweet(_next_nonspace(art.text, sent.end)):
        art.last_speaker = (sent.index, actor)
        return
    ev = Event("statement", sent, (sent.start, sent.end), speaker=actor, speaker_how=how)
    # "Bereits den Rücktritt erklärt haben X, Y und …": the words before the fronted participle
    fronted = fronted_participle_words(art, sent, verb, speaker_m)
    if words:
        ev.quote = words
    elif (q := _quote_before_report(art, sent)) is not None:
        # ""The talks failed." Ruiz said.": the quotation before is the words and the evidence
        ev.evidence = (art.sents[sent.index - 1].start, sent.end)
        ev.quote = art.text[q[0]:q[1]].strip()
    elif verb.lower in ex.ATTRIBUTION.get(verb.lang, ()) and speaker_m.a > verb.i:
        # "Laut Außenminister Ost ist die Lage ernst": the words without the source
        k = verb.i  # "Nach jüngsten Angaben des X": the phrase from its preposition
        while k - 1 >= sent.toks[0].i and verb.i - k < 3 and art.toks[k - 1].pos in ("ADP", "ADJ", "DET"):
            k -= 1
        end = _source_end(art, sent, speaker_m)
        if art.toks[k - 1].text == "," and art.text[end - 1] == ",":
            k -= 1  # "Die Quote sei, laut X, Chef der Agentur, gesunken": both commas go
        ev.quote = _without_source(art, sent, art.toks[k].start, end)
    elif (k := _own_words_possessive(art, sent, verb)) is not None:
        # "Nach seinen Worten ist die Lage ernst", "Ihren Angaben zufolge …": the words
        # without the phrase that names their source
        k -= art.toks[k - 1].lower in ex.OWN_WORDS_BEFORE[verb.lang]
        b = verb.i + (art.toks[verb.i + 1].lower in ex.OWN_WORDS_AFTER[verb.lang])
        ev.quote = _without_source(art, sent, art.toks[k].start, art.toks[b].end)
    elif (occasion := _occasion_words(art, sent, verb)) is not None:
        ev.quote = occasion
    elif fronted is not None:
        ev.quote = fronted  # the object before the participle
    elif (coordinated := next((_coordinated_quote(art, sent, verb, o) for o, _ in others
                               if _coordinated_report(art, sent, verb, o)), None)) is not None:
        ev.quote = coordinated  # "X called it "…" and Y called it "…"": each his own words
    else:
        ev.quote = _without_clauses_of(art, sent, verb, _quote(art, sent, verb, speaker_m), others)
    d = statement_date(art, sent, verb, actor, out)
    if d is not None:
        ev.date = d
    ev.refers_meeting = _refers_meeting(art, sent)
    ev.has_timex = art.has_timex(sent)
    art.last_speaker = (sent.index, actor)
    out.append(ev)
    for other in _joint_speakers(art, sent, speaker_m) if speaker_m.b <= verb.i or fronted is not None else ():
        if (joint := art.resolve(other, sent)[0]) is not None and joint is not actor \
                and (joint.kind != "organization" or public_org(joint, art.lang) or described_public(art, joint)):
            other.resolved = joint
            out.append(replace(ev, speaker=joint, speaker_how="joint"))


def _question(art: Article, sent: Sentence) -> bool:
    """The sentence is a question of the narration (it ends in "?" outside a quotation)."""
    text = art.text[sent.start:sent.end].rstrip()
    return text.endswith("?") and not in_quote(sent.start + len(text) - 1, art.quotes)


def _outside_public_affairs(art: Article, actor: Actor) -> bool:
    """A speaker no sentence of the article ties to public affairs: a person with no role,
    or an organisation whose name does not say it is a public body, unknown to the
    gazetteer, an editor and the leaders table, in whose sentences no word of public
    affairs stands (data/public_affairs_words.tsv: "government", "minister", "police",
    "election", ...), or any such speaker in an article that tells a private story
    (`Article.private_story`). Languages the table does not list keep every speaker."""
    words = public_affairs_words(art.lang)
    if not words or actor.known or actor.actor_id is not None:
        return False
    if actor.kind == "person":
        if actor.role or leaders.term_of([actor.name, *actor.forms], art.published) is not None:
            return False
    elif actor.kind != "organization" or public_org(actor, art.lang) or described_public(art, actor):
        return False  # (also "the rights group X": introduced as one of public affairs)
    if art.private_story:
        return True
    words = words | ex.SPEAKER_OFFICE_WORDS.get(art.lang, set())
    sents = {m.sent for m in actor.mentions}
    if any(t.lower in words for k in sents for t in art.sents[k].toks):
        return False
    # "X of the Philippine Red Cross": a public body named beside the speaker; a state too
    # ("the Centers for Disease Control and Prevention in the United States", "X accused
    # Brasilia of dumping steel"), but not a person's nationality right before the name
    # ("Norway's Karl Lund")
    def nationality(m: Mention) -> bool:
        return actor.kind == "person" and any(x.sent == m.sent and 0 <= x.a - m.b <= 2 for x in actor.mentions)
    # (the body after "of the" qualifies the speaker: an attribute, in no event, still named)
    attributes = [m for a in art.reg.actors.values() if a.kind == "organization"
                  for m in a.mentions if m.attribute and m.sent in sents]
    return not any(m.actor is not None and m.actor is not actor and (
        m.actor.kind == "organization" and public_org(m.actor, art.lang)
        or m.actor.kind == "state" and not nationality(m))
        for m in [*(m for k in sents for m in art.by_sent.get(k, [])), *attributes])


def _addressed_before(art: Article, sent: Sentence, pron: Mention, actor: Actor) -> bool:
    """English: `actor` is named in this sentence before the pronoun only after "with" or
    "to" (whom an interview or a talk was with)."""
    if art.lang not in ex.ADDRESSEE_PREPS:
        return False
    here = [m for m in art.by_sent.get(sent.index, []) if m.actor is actor and m.b <= pron.a]
    return bool(here) and all(m.a > 0 and art.toks[m.a - 1].lower in ex.ADDRESSEE_PREPS[art.lang] for m in here)


def _relative(art: Article, m: Mention) -> bool:
    """A person named as someone's relative: "his wife Anna", "ihr Sohn Tom", "his son, Tom
    Reed,", "the singer's mother, Anna,", "a family spokesperson"."""
    lang = art.lang
    if m.kind == "desc":
        return any(w in ex.KIN_NOUNS.get(lang, ()) for w in m.text.lower().split()[:-1])
    if m.kind != "person" or m.a < 2:
        return False
    # "his son, Tom Reed, confirmed", "the victim's mother, Anna," in apposition
    k = m.a - 2 if art.toks[m.a - 1].text == "," and m.a >= 3 else m.a - 1
    return art.toks[k].lower in ex.KIN_NOUNS.get(lang, ()) \
        and (art.toks[k - 1].lower in ex.KIN_POSSESSIVES.get(lang, ()) or art.toks[k - 1].text in ex.POSSESSIVE_S_ANY)


def _private_body(actor: Actor, lang: str) -> bool:
    """An organisation named by one word that nothing marks as public: no country, no word
    of public_org_words.tsv, no abbreviation, unknown to the gazetteer ("Ford", "Boeing",
    "Guardian"). In news such a speaker is a company, a brand or a medium; longer names
    the tagger calls organisations are as often persons ("Ann Lee of the agency said")."""
    return actor.kind == "organization" and not actor.country and len(actor.name.split()) == 1 \
        and not public_org(actor, lang)


def _starts_longer_name(art: Article, m: Mention) -> bool:
    """English: a state or capital followed by a capitalised word that belongs to no other
    name, is no title or role and no verb: the first word of a longer name ("Manila
    Bulletin"), not the state ("US President X" is a title)."""
    if art.lang not in ex.LONGER_NAME_LANGS or m.kind != "state" or m.b >= len(art.toks):
        return False
    nxt = art.toks[m.b]
    if nxt.pos != "PROPN" or not nxt.text[:1].isupper() or nxt.lower in gazetteer.title_words(art.lang) \
            or nxt.lower in lx.ROLE_NOUNS_BY_LANG[art.lang] or role_head_word(nxt.lower):
        return False
    return not any(x.a <= nxt.i < x.b for x in art.by_sent.get(m.sent, []))


# A sentence the trained detector scores at least this sure to report words, and that the
# rules leave alone, is read as a statement when its main verb has a speaker (chosen on
# the real-news dev split; docs/extraction.md).
DETECTED_STATEMENT = 0.6
# A shorter quotation right after a noun or a preposition is a name or a term ("das Forum
# „x“", "from "moderate" to "high""), no mark that words are reported.
QUOTED_WORDS = 4


def _detected_speech(art: Article, sent: Sentence) -> tuple[Tok | None, Mention | None]:
    """The main verb and speaker of a sentence the detector says reports words although no
    verb of the lexicon does ("Der Präsident hofft auf freie Wahlen"): `_speech_at_score`
    with the detector's score of the sentence (none without a detector)."""
    if art.scorer is None:
        return None, None
    return _speech_at_score(art, sent, lambda: _statement_score(art, sent))


def _statement_score(art: Article, sent: Sentence) -> float:
    """The detector's STATEMENT score of the sentence, asked once. One call of the detector
    costs about four sentences' worth of scoring, so the first call scores with it every
    later sentence that may come to the gate too (no verb of saying, `_gate_open`)."""
    if sent.index not in art.cats:
        todo = [sent] + [s for s in art.sents if s.index > sent.index and s.toks and s.index not in art.cats
                         and not any(_speech_verbs(art, s)) and _gate_open(art, s)]
        for s, cats in zip(todo, art.scorer(art.lang, [art.text[s.start:s.end] for s in todo]), strict=True):
            art.cats[s.index] = cats
    return art.cats[sent.index].get("STATEMENT", 0.0)


def _gate_open(art: Article, sent: Sentence) -> bool:
    """The cheap half of the detector's gate: no words of action and a mark of speech
    (decided once per sentence)."""
    if sent.index not in art.gates:
        art.gates[sent.index] = _opens_gate(art, sent)
    return art.gates[sent.index]


def _opens_gate(art: Article, sent: Sentence) -> bool:
    # Travel, talks, calls and cancellations are told in the same words as statements:
    # there the rules for meetings decide.
    if any(t.lower in _ACTION_WORDS.get(t.lang, ()) for t in sent.toks):
        return False
    # Words are reported with a mark of speech: a quotation, "dass"/"that", a colon or the
    # subjunctive of reported speech; a narrated sentence has none ("Er wurde Lehrer").
    return any(sent.start <= q[0] < sent.end and _quoted_words(art, sent, q) for q in art.quotes) \
        or any(t.lower in ex.SPEECH_MARKS.get(t.lang, ()) and t.tag not in ex.NOT_SPEECH_MARK_TAGS[t.lang]
               and not _result_clause(sent, t) or _reported_mood(t) for t in sent.toks)


def _speech_at_score(art: Article, sent: Sentence, score: Callable[[], float]) -> tuple[Tok | None, Mention | None]:
    """The gate of the detector: the main verb and speaker of a sentence with a mark of
    speech, no words of action and a STATEMENT score (`score()`, asked only then: the
    detector is slow) of DETECTED_STATEMENT or more; (None, None) otherwise."""
    if not _gate_open(art, sent) or score() < DETECTED_STATEMENT:
        return None, None
    verbs = [t for t in sent.toks if t.pos in ("VERB", "AUX") and not in_quote(t.start, art.quotes)]
    verb = next((t for t in verbs if t.dep.lower() == "root"), verbs[0] if verbs else None)
    if verb is None or any(t.lower in ex.HEARSAY_MODALS.get(t.lang, ()) and t.i <= verb.i for t in verbs):
        # "„Als erstes“ soll X die Einladung annehmen": the subject of hearsay is talked
        # about, it does not speak
        return None, None
    if verdict_of(sent, verb):
        return None, None  # "The court found that he was not guilty": a verdict, no words (round 20)
    speaker = _speaker(art, sent, verb)
    if speaker is None or speaker.b > verb.i:
        return None, None  # only a subject before its verb speaks here
    return verb, speaker


def _result_clause(sent: Sentence, mark: Tok) -> bool:
    """"dass"/"that" opening a clause of result, no reported words: after "so", or after
    "so" and one adjective or adverb, a comma between or not ("so dass er früh ging",
    "so müde, dass …", "so late that …"; events_lexicon.RESULT_BEFORE_MARK). Not a colon
    ("formulierte es so: …" reports words)."""
    so = ex.RESULT_BEFORE_MARK.get(mark.lang, ())
    if mark.lower not in ex.COMPLEMENTIZERS.get(mark.lang, ()):
        return False
    before = [t for t in sent.toks if t.i < mark.i and t.text != ","][-2:]
    if before and before[-1].lower in so:
        return True
    return len(before) == 2 and before[0].lower in so and before[1].pos in ("ADJ", "ADV")


def _quoted_words(art: Article, sent: Sentence, quote: tuple[int, int]) -> bool:
    """A quotation that reports someone's words, a mark of speech for the detector: four words
    or more, or a shorter one not quoted after a noun, a preposition or a participle
    describing a noun, which names a thing or a term ("vom Typ „X“", "from "moderate" to
    "high"", "a capsule nicknamed "Y""); after "as"/"als" it is a characterisation
    ("referred to them as "chumps""). German: a quotation of any length right after an
    article that holds no clause is the name of a motion, a law or a report ("hat den
    „Antrag zur Begrenzung der Mieten“ verabschiedet"; events_lexicon.QUOTED_CLAUSE_TAGS)."""
    before = [t for t in sent.toks if t.end <= quote[0] and t.text not in QUOTE_MARKS]
    if any(t.lower in ex.CALLED_AS[t.lang] for t in before[-4:]):
        return True  # "described the strikes as acts of "sabotage"", "bezeichnete es als einen „…“"
    if before and art.lang in ex.QUOTED_CLAUSE_TAGS and _after_article(art, quote[0]) \
            and not _holds_clause(sent, quote):
        return False
    if len(art.text[quote[0]:quote[1]].split()) >= QUOTED_WORDS or not before:
        return True
    prev = before[-1]
    if prev.pos == "NOUN" or prev.tag in ex.NAMING_PARTICIPLE_TAGS[prev.lang] and prev.dep == "acl":
        return False  # "das Forum „x“", "a mannequin nicknamed "Y""
    preposition = prev.pos == "ADP" or prev.tag in ex.PREPOSITION_TAGS[prev.lang]
    return not (preposition and prev.lower not in ex.CALLED_AS[prev.lang])


def _inverted_outer(art: Article, sent: Sentence, verb: Tok) -> tuple[Tok, Mention] | None:
    """English: a later verb of saying on which `verb` hangs in the parse, with its speaker
    after it ("…: "…," said X."): that verb and speaker."""
    if verb.lang != "en":
        return None
    for later in _speech_verbs(art, sent):
        if later.i > verb.i and (_reported_within(art, verb, later) or _colon_quote_before(art, verb, later)) \
                and (m := _speaker(art, sent, later)) is not None and m.a > later.i:
            return later, m
    return None


def _colon_quote_before(art: Article, verb: Tok, later: Tok) -> bool:
    """"The agency noted the need to act: "… . …," said X": a quotation opened after a
    colon behind `verb` and closed right before `later`; the parse, split at the
    quotation's inner full stop, cannot hang `verb` on `later`."""
    return any(verb.end <= q0 and q1 <= later.start and not art.text[q1:later.start].strip(" ,\"“”'‘’")
               and ":" in art.text[verb.end:q0] for q0, q1 in art.quotes)


def _inverted_outer_de(art: Article, sent: Sentence, verb: Tok) -> tuple[Tok, Mention] | None:
    """German: a verb of saying in a clause of reported speech (the subjunctive) that a later
    verb of saying reports, right after the clause's comma and with its speaker after it:
    "X habe um einen Aufschub gebeten, teilte das Ministerium mit" — the ministry's words."""
    if verb.lang != "de":
        return None
    a, b = art.clause_of(sent, verb.i)
    if not any(_reported_mood(t) for t in art.toks[a:b] if not in_quote(t.start, art.quotes)):
        return None
    for later in _speech_verbs(art, sent):
        if later.i >= b and art.toks[later.i - 1].text == "," and not in_quote(later.start, art.quotes) \
                and (m := _speaker(art, sent, later)) is not None and m.a > later.i:
            return later, m
    return None


def _reported_within(art: Article, verb: Tok, outer: Tok) -> bool:
    """English: `verb` stands in the words that `outer` reports: "NPR reported X recommended
    …", "The BBC cited X as saying …" (the medium is no speaker; the one it quotes is)."""
    return _path_up(art, verb, outer) is not None


def _continued_speech(art: Article, sent: Sentence, out: list[Event]) -> list[Event]:
    """A sentence without a verb of saying that goes on with the words of the statement
    right before it: German reported speech in the subjunctive ("Er werde einen neuen Deal
    aushandeln.") or a sentence that is one quotation ("„Es ist teuer.“"). The same
    speaker, the same occasion; after a joint statement ("A und B erklärten, …"), each of
    its speakers."""
    prev = out[-1] if out else None
    if prev is None or prev.sent is None or prev.sent.paragraph != sent.paragraph or _headline(art, sent):
        return []
    joint = [e for e in out if e.sent is prev.sent and e.quote == prev.quote and e.speaker is not prev.speaker
             and e.speaker is not None] if sent.toks[0].lang in ex.JOINT_CONTINUATION_LANGS else []
    found = []
    for before in [*joint, prev]:
        if (ev := _continued_by(art, sent, before)) is not None:
            found.append(ev)
    return found


def _continued_by(art: Article, sent: Sentence, prev: Event) -> Event | None:
    """`sent` goes on with the words of `prev` (see _continued_speech)."""
    text = art.text[sent.start:sent.end].strip()
    q = in_quote(sent.start + 1, art.quotes) if text[:1] in "„“\"«»" else None
    quoted = q is not None and q[1] >= sent.start + len(text) - 3  # the whole sentence
    # the subjunctive of a main clause; not one only in a clause that depends on the
    # reporter's narration (class "subjunctive in a subordinate clause": "Berichte führten
    # zu der Frage, ob es sich um einen Test gehandelt habe", "eine Ursache, die sich
    # eingestellt habe")
    reported = any((_reported_mood(t) or t.lower in ex.CONTINUED_SUBJUNCTIVE.get(t.lang, ()))
                   and not in_quote(t.start, art.quotes) and not _subordinate(art, sent, t)
                   for t in sent.toks) or _second_place_subjunctive(art, sent) or _quoted_end(art, sent, text) \
        or _mistagged_subjunctive_de(art, sent)
    if not (quoted or reported):
        return None
    if quoted and _quote_before_report(art, art.sents[sent.index + 1] if sent.index + 1 < len(art.sents) else None):
        return None  # ""…." X said.": the quotation is the words of the reporting sentence after it
    gap = sent.index - prev.sent.index
    # reported speech goes on right after; a quotation of its own may follow one sentence of
    # narration about the speaker ("X verlangte, … X wandte sich gegen Y. „…“")
    if gap != 1 and not (quoted and sent.toks[0].lang in ex.QUOTE_AFTER_NARRATION_LANGS
                         and gap <= 2 and art.speakers.get(sent.index - 1) is None) \
            and not (reported and gap == 2 and _hearsay(art, sent.index - 1)) \
            and not _narration_between(art, sent, prev):
        return None
    if not quoted and _other_person_subject(art, sent, prev.speaker):
        return None  # "Y ist der Auffassung, dass …": Y's words, not the previous speaker's
    if any(t.lower in ex.OWN_SOURCE_VERBS.get(t.lang, ()) and not in_quote(t.start, art.quotes) for t in sent.toks):
        return None  # "Wie Augenzeugen berichteten, gebe es …": the sentence names its source
    return _going_on(art, sent, prev, text.rstrip(".").strip("„“\"«» "))


def _quoted_end(art: Article, sent: Sentence, text: str) -> bool:
    """German: the sentence ends in a quotation of QUOTED_WORDS words or more that opens
    after its first word ("Die Dörfer im Norden „haben seit Wochen kein Wasser mehr.“"):
    the quoted words go on with the speaker before, as a whole quotation would (class "a
    sentence that ends in the speaker's quotation")."""
    if sent.toks[0].lang not in ex.QUOTE_AFTER_NARRATION_LANGS:
        return False
    end = sent.start + len(text)
    for q in art.quotes:
        if not (sent.start + 1 < q[0] < end and q[1] >= end - 3 and len(art.text[q[0]:q[1]].split()) >= QUOTED_WORDS):
            continue
        # words said hold a clause, and no relative clause before them makes them the words
        # of something the reporter names ("die Resolution, welche besagt, dass die „…“")
        return _holds_clause(sent, q) and not any(t.tag in ex.SUBORDINATE_TAGS["de"] and t.tag != "KOUS" for t in sent.toks if t.start < q[0])
    return False


def _standing_position(art: Article, sent: Sentence, verb: Tok, actor: Actor) -> bool:
    """A present-tense demand or refusal without a date is a position: a state's or an
    organisation's ("Russland fordert seit Jahren …"), or a row of speakers' ("X und Y lehnen
    den Plan ab"). Not where the sentence reports words or reasons with it ("lehnt den Plan
    ab, da er zu teuer sei"; events_lexicon.POSITION_REASONS)."""
    if verb.lower not in ex.POSITION_VERBS_ANY:
        return False
    if actor.kind not in ("state", "organization") and verb.lower not in ex.POSITION_PLURALS_ANY:
        return False
    if any(t.lower in ex.POSITION_REASONS.get(t.lang, ()) or _reported_mood(t) for t in sent.toks
           if t.i > verb.i and not in_quote(t.start, art.quotes)):
        return False
    if verb.tag == "VVPP" and any(t.lower in ex.PASSIVE_WERDEN.get(verb.lang, ()) for t in sent.toks):
        return False  # "wurde von der SPD kritisiert": the passive reports what was said
    if any(t.lower in ex.REPORT_AUX_ANY for t in sent.toks):
        return False
    if verb.lang in ex.DOCUMENT_PLACE and any(
            document_noun(t) and art.toks[t.i - 2].lower in ex.DOCUMENT_PLACE[verb.lang][0]
            for t in art.toks[slice(*art.clause_of(sent, verb.i))]):
        return False  # "X fordert in einem Brief an Y …": words written on an occasion
    return not art.has_timex(sent)


def _occasion_words(art: Article, sent: Sentence, verb: Tok) -> str | None:
    """English: the words of a statement told as a thing issued, after the participle that
    gives them ("issued a statement saying the talks failed", "issued an opinion on the
    law, finding it void"): from the participle's first word to the end of its clause; None
    where no such participle follows or a quotation holds the words."""
    if verb.lower not in ex.ISSUE_VERBS.get(verb.lang, ()) or any(sent.start <= q0 < sent.end for q0, _ in art.quotes):
        return None
    noun = next((t for t in sent.toks if t.head == verb.i and t.dep == "dobj"
                 and t.lower in ex.STATEMENT_NOUNS[verb.lang]), None)
    part = next((t for t in sent.toks if t.i > verb.i and t.tag in ex.PARTICIPLE_CLAUSE_TAGS[verb.lang]
                 and noun is not None and t.head in (verb.i, noun.i)), None)
    if part is None:
        return None
    words = [t for t in _subtree(art, sent, part) if t.i > part.i]
    return art.text[words[0].start:words[-1].end].strip(" ,.;:") if words else None


def _tweet_author(art: Article, tw: Tweet) -> Actor | None:
    """The author of an embedded tweet: a mention in its signature, else a person whose
    name ends with the signature's last word."""
    ms = [m for m in art.reg.mentions if tw.author_start <= m.start < tw.author_end and m.actor]
    if ms:
        return ms[0].actor
    words = tw.author.split()
    for actor in art.reg.actors.values():
        if actor.kind == "person" and words and words[-1] in actor.tokens:
            return actor
    return None
