"""Small tests on the parse that the statement rules share: the mood of reported speech
(subjunctive, weak past), a token's subtree and path to the root, relative and subordinate
clauses, headlines, a bare passive, dates in the past, the sentences before one, sentences
that refer to a meeting."""
from __future__ import annotations

from typing import Iterator

from .. import events_lexicon as ex
from .. import lexicon as lx
from .. import gazetteer
from ..actors import Mention
from ..text import Sentence, Tok, in_quote
from .article import Article


def _path_up(art: Article, verb: Tok, outer: Tok) -> list[Tok] | None:
    """English: the tokens from `verb` up the parse to `outer` (within six steps), `outer`
    left out; None where `verb` does not hang on `outer`."""
    k, path = verb.i, []
    while verb.lang == "en" and len(path) < 6 and art.toks[k].head != k:
        path.append(art.toks[k])
        k = art.toks[k].head
        if k == outer.i:
            return path
    return None


def _subordinate(art: Article, sent: Sentence, t: Tok) -> bool:
    """German: the token stands in a stretch between commas that opens with a relative
    pronoun or a subordinating conjunction by their tags ("ob", "die", "in dem"), and
    the sentence starts with another clause."""
    if t.lang != "de":
        return False
    start = max((x.i for x in sent.toks if x.i < t.i and x.text == ","), default=None)
    if start is None:
        return False
    if start == t.i - 1 and t.tag in ex.FINITE_TAGS["de"]:
        # class "the main verb after a closed clause": "Auch die Stadt, die X beansprucht,
        # müssten übergeben werden": a finite verb right after the comma opens no clause
        return False
    first = art.toks[start + 1]
    if first.pos == "ADP" and first.i + 1 < t.i:
        first = art.toks[first.i + 1]  # "in dem", "mit der"
        if first.pos == "DET" and t.i + 1 < len(art.toks) and art.toks[t.i + 1].text == "," \
                and t.tag in ex.FINITE_TAGS["de"]:
            return True  # "…, auf die Polizei Zugriff hätten, …": the verb ends the stretch, a relative clause the tagger read as an article
    return first.tag in ex.SUBORDINATE_TAGS["de"]


def _reported_mood(t: Tok) -> bool:
    """The verb is in the subjunctive of reported speech ("sei", "verstoße", "würden")."""
    if t.lower in ex.REPORTED_MOOD.get(t.lang, ()):
        return True
    if t.tag not in ex.FINITE_TAGS.get(t.lang, ()):
        return False
    if t.mood == "Sub":
        return True
    ending = ex.SUBJUNCTIVE_ENDING.get(t.lang)
    return bool(ending) and t.pos in ("VERB", "AUX") and t.lower.endswith(ending) and not _weak_past(t)


def _weak_past(t: Tok) -> bool:
    """German: a past tense in -te ("machte", "meldete", "hatte"), not the subjunctive of a
    verb whose stem ends in -t ("erwarte", "beinhalte"): the infinitive the past would
    come from is a word (events_lexicon.INFINITIVE_MIN_LOG_PROB)."""
    word = t.lower
    if word.endswith(ex.INDICATIVE_PAST_IN_E[t.lang]):
        return True
    if not word.endswith(ex.PAST_ENDING[t.lang]):
        return False
    stems = {word[:-2]} | ({word[:-3]} if word.endswith("e" + ex.PAST_ENDING[t.lang]) else set())  # "meldete": "meld"
    return any(gazetteer.word_log_prob(stem + end, t.lang) >= ex.INFINITIVE_MIN_LOG_PROB
               for stem in stems for end in ex.INFINITIVE_ENDINGS[t.lang])


def _next_nonspace(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _in_relative_clause(art: Article, sent: Sentence, verb: Tok) -> bool:
    a, _ = art.clause_of(sent, verb.i)
    return art.toks[a].lower in ex.RELATIVE_PRONOUNS.get(verb.lang, ())


def _headline(art: Article, sent: Sentence) -> bool:
    """A line of its own without sentence-final punctuation (titles, subtitles); not a long
    paragraph whose end lacks it (a quotation's original after its translation, round 20:
    more than ex.HEADLINE_MAX_WORDS words)."""
    text = art.text[sent.start:sent.end].rstrip()
    if not text or text[-1] in lx.SENTENCE_END or len(text.split()) > ex.HEADLINE_MAX_WORDS:
        return False
    before = art.text[:sent.start].rstrip(" \t")
    after = art.text[sent.end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _bare_passive(art: Article, sent: Sentence, verb: Tok, agentless: bool = True) -> bool:
    """German: a participle with a form of "werden" in its clause, no comma between them,
    and (`agentless`) no agent ("wurden schon oft geäußert", "Befürchtet wird, dass …"; not
    "…, die X angekündigt hatte, wurde …", nor "wurde von X kritisiert"). The tagger may
    call the participle after "wurde" finite ("wurde X kritisiert")."""
    if verb.lower in ex.SPEAKER_PASSIVES["de"]:
        return False
    if verb.tag != "VVPP" and not (verb.tag in ex.FINITE_TAGS["de"] and verb.lower.endswith("t")
                                   and art.toks[verb.i - 1].lower not in ex.PASSIVE_WERDEN["de"]
                                   and any(t.lower in ex.PASSIVE_WERDEN["de"] for t in art.toks[verb.i - 4:verb.i])):
        return False
    a, b = art.clause_of(sent, verb.i)
    if agentless and any(t.lower in ex.AGENT_PREPS["de"] for t in art.toks[a:b]):
        return False
    for t in art.toks[a:b]:
        lo, hi = sorted((t.i, verb.i))
        if t.lower in ex.PASSIVE_WERDEN["de"] and not any(x.text == "," for x in art.toks[lo:hi]):
            return True
    return False


def _past_dates(art: Article, k: int) -> int:
    """The first token at or after `k` outside a date expression ("…, so X am Montag.")."""
    while k < len(art.toks) and any(t.start <= art.toks[k].start < t.end for t in art.all_timexes):
        k += 1
    return k


def _subtree(art: Article, sent: Sentence, root: Tok) -> list[Tok]:
    """The tokens of `sent` that hang on `root` in the parse (at most 30 steps up), `root`
    among them, in order."""
    out = []
    for t in sent.toks:
        k, steps = t.i, 0
        while k != root.i and art.toks[k].head != k and steps < 30:
            k, steps = art.toks[k].head, steps + 1
        if k == root.i:
            out.append(t)
    return out


def _sentences_back(art: Article, sent: Sentence, reach: int, paragraph: bool = False) -> Iterator[tuple[int, Sentence]]:
    """The `reach` sentences before `sent` (index and sentence, nearest first); with
    `paragraph`, only those of its paragraph."""
    for k in range(sent.index - 1, max(sent.index - 1 - reach, -1), -1):
        if paragraph and art.sents[k].paragraph != sent.paragraph:
            return
        yield k, art.sents[k]


def _refers_meeting(art: Article, sent: Sentence) -> bool:
    """"sagte nach dem Treffen", "after the talks", "im Anschluss", "afterwards": the
    statement follows a meeting (and may take its date)."""
    words = [t.lower for t in sent.toks]
    for k, w in enumerate(words[:-1]):
        if w in ex.AFTER_MEETING_ANY and any(x in ex.MEET_NOUNS_ANY
                                                              for x in words[k + 1:k + 5]):
            return True
    # "sagte im Anschluss", "anschließend", "afterwards"
    return any(tuple(words[k:k + len(cue)]) == cue for cue in ex.AFTERWARDS_ANY for k in range(len(words)))


def inserted_report(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None) -> tuple[int, int] | None:
    """The reporting clause set in between commas into the words it reports, as its tokens
    [a, b) from the one after the opening comma to the closing comma: "The talks, X said,
    would resume in May", "They would resume in May, he said, and end in June", "Die
    Gespräche, teilte X mit, würden …", "Die Gespräche würden, so X, im Mai …". Only this
    span tells when the words were said; the words around it are the report's
    (INSERTED_REPORT_BY_PARSE, INSERTED_REPORT_BY_SURFACE). `speaker`: the mention of the
    one who speaks, which the surface needs inside the span."""
    if verb.lang in ex.INSERTED_REPORT_BY_PARSE:
        return _inserted_by_parse(art, sent, verb)
    if verb.lang in ex.INSERTED_REPORT_BY_SURFACE:
        return _inserted_by_surface(art, sent, verb, speaker)
    return None


def _inserted_by_parse(art: Article, sent: Sentence, verb: Tok) -> tuple[int, int] | None:
    """English: the verb hangs on the words' verb (INSERTED_REPORT_DEPS: "The talks, X
    said, would resume") or the words before it are its complement
    (INSERTED_REPORT_WORDS_DEPS: "Fares would rise, X said, and the line would open"). Its
    own tokens from the opening comma up to the first comma after it are the reporting
    clause, and the words go on after that comma, also where the parse hangs them on the
    verb ("The road would be closed, X said, to repair the bridge"), but not with the
    verb's own participle ("…, X said, citing the war") or a verb of its that has no subject
    ("…, X said, and left": INSERTED_REPORT_OWN_AFTER)."""
    lang = verb.lang
    own = {t.i for t in _subtree(art, sent, verb) if t.pos != "PUNCT"}
    words = [t for t in sent.toks if t.head == verb.i and t.i < verb.i and t.dep in ex.INSERTED_REPORT_WORDS_DEPS.get(lang, ())]
    if verb.head != verb.i and verb.dep in ex.INSERTED_REPORT_DEPS.get(lang, ()):
        a = min(own)
    elif words and verb.head == verb.i:
        a = max((t.i + 1 for t in sent.toks if t.i < verb.i and t.text == ","), default=sent.toks[0].i)
        if any(x.i >= a - 1 for t in words for x in _subtree(art, sent, t)):
            return None
    else:
        return None
    last = sent.toks[-1].i
    close = next((t.i for t in art.toks[verb.i + 1:last] if t.text == ","), None)
    if a <= sent.toks[0].i or art.toks[a - 1].text != "," or close is None or close - a > ex.INSERTED_REPORT_MAX \
            or any(i not in own for i in range(a, close) if art.toks[i].pos != "PUNCT"):
        return None
    nxt = next((t for t in art.toks[close + 1:last + 1] if t.pos != "CCONJ"), art.toks[last])
    if nxt.pos == "PUNCT":
        return None
    child = next((t for t in sent.toks if t.head == verb.i and t.i > close
                  and any(x.i == nxt.i for x in _subtree(art, sent, t))), None)
    if child is not None and (child.tag in ex.INSERTED_REPORT_OWN_AFTER.get(lang, ())
                              or child.dep == "conj" and not any(t.head == child.i and t.dep.startswith("nsubj")
                                                                 for t in sent.toks)):
        return None
    return a, close


def _inserted_by_surface(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None) -> tuple[int, int] | None:
    """German: the finite verb of saying (or "so") right after a comma, then its speaker and
    no other verb (its particle, dates and adverbs may stand there), then a comma; the words
    go on after it with a verb before the next comma (an apposition of the speaker has none);
    the stretch before the opening comma is no subordinate clause."""
    lang = verb.lang
    if verb.i - 1 <= sent.toks[0].i or art.toks[verb.i - 1].text != ",":
        return None
    if verb.tag not in ex.FINITE_TAGS.get(lang, ()) and verb.lower not in ex.ATTRIBUTION_AFTER_WORDS.get(lang, ()):
        return None
    open_ = verb.i - 1
    start = max((t.i + 1 for t in sent.toks if t.i < open_ and t.text in (",", ";", ":")), default=sent.toks[0].i)
    if art.toks[start].tag in ex.INSERTED_REPORT_NOT_AFTER_TAGS.get(lang, ()):
        return None
    last = sent.toks[-1].i
    close = next((t.i for t in art.toks[verb.i + 1:min(last, verb.i + ex.INSERTED_REPORT_MAX + 1)]
                  if t.pos == "PUNCT"), None)
    if close is None or art.toks[close].text != ",":
        return None
    if speaker is None or not verb.i < speaker.a < close or any(t.pos in ("VERB", "AUX") for t in art.toks[verb.i + 1:close]):
        # "X, Y, sagte am Montag, …", "Die Linke, in Person ihrer Chefin X, stellte die
        # Forderung an Y, …": the speaker before the verb, no insertion
        return None
    nxt = next((t.i for t in art.toks[close + 1:last + 1] if t.text == ","), last + 1)
    names = [(m.a, m.b) for m in art.by_sent.get(sent.index, [])]
    if not any(t.pos in ("VERB", "AUX") and not in_quote(t.start, art.quotes) and not any(a <= t.i < b for a, b in names)
               for t in art.toks[close + 1:nxt]):
        # "…, sagte der Minister, X, am Montag.", "…, Omar bin Hamid, …" ("bin" taken for a
        # verb): an apposition, no words after it
        return None
    return verb.i, close
