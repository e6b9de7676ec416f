"""Article-level text units: tokens in article offsets, sentences, clauses, quotes, tweets.

Sentences are split here with rules rather than taken from the parser: the German baseline
model's sentence boundaries are unreliable (it joins whole paragraphs), and evidence spans
must be real sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, MORPH, ORTH, POS, SPACY, TAG

from . import events_lexicon as ex
from . import lexicon as lx
from . import pipelines


@dataclass(slots=True)
class Tok:
    i: int  # index in the article token list
    text: str
    lower: str
    start: int  # article offsets
    end: int
    lang: str
    pos: str
    dep: str
    head: int  # article index of the syntactic head
    space: bool
    tag: str = ""  # the fine-grained tag ("VVFIN")
    mood: str = ""  # the verb's mood from the morphologizer ("Sub" for the subjunctive)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    toks: list[Tok] = field(default_factory=list)
    clauses: list[tuple[int, int]] = field(default_factory=list)  # article token ranges


@dataclass
class Tweet:
    start: int  # the whole paragraph
    end: int
    body_start: int
    body_end: int
    author: str
    author_start: int
    author_end: int


QUOTE_PAIRS = [("„", "“"), ("“", "”"), ("\"", "\""), ("«", "»"), ("»", "«"), ("‚", "‘")]
QUOTE_MARKS = frozenset(mark for pair in QUOTE_PAIRS for mark in pair)
_ABBREV = re.compile(r"(?:\b(?:%s)|\b[A-Z])\.$" % "|".join(re.escape(a) for a in lx.ABBREVIATIONS))
_ORDINAL = re.compile(r"\b\d{1,2}\.$")  # German "am 1. Mai"; in English "until May 1." ends a sentence
_SENT_END = re.compile(r"[.!?][\"“”»«']*(?=\s+[\"„“»«'(]?[A-ZÄÖÜ0-9])")
_TWEET = re.compile(
    r"^(?P<body>.+?)\s+[—–]\s*(?P<author>[^()\n—–]{2,60}?)\s*\(@\w+\)\s*(?P<date>.{4,40})$", re.S)
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs separated by blank lines (the article's own structure)."""
    return pipelines.paragraphs(text, _PARAGRAPH)


def split_sentences(text: str, quotes: list[tuple[int, int]] = (), lang: str = "de") -> list[tuple[int, int, int]]:
    """(start, end, paragraph index) for each sentence; single newlines also end one."""
    out = []
    for p, (pstart, pend) in enumerate(paragraphs(text)):
        for lstart, lend in _lines(text, pstart, pend):
            pos = lstart
            for m in _SENT_END.finditer(text, lstart, lend):
                before = text[max(pos, m.start() - 6):m.start() + 1]
                if text[m.start()] == "." and (_ABBREV.search(before) or lang == "de" and _ORDINAL.search(before)):
                    continue
                if in_quote(m.start(), quotes) and in_quote(m.end() - 1, quotes):
                    continue  # a sentence inside a quotation stays with its reporting clause
                out.append((pos, m.end(), p))
                pos = m.end()
                while pos < lend and text[pos].isspace():
                    pos += 1
            if pos < lend:
                out.append((pos, lend, p))
    return out


def _lines(text: str, start: int, end: int):
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        yield pos, start + m.start()
        pos = start + m.end()
    yield pos, end


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, quote marks excluded."""
    spans: list[tuple[int, int]] = []
    taken = [False] * (len(text) + 1)
    for open_, close in QUOTE_PAIRS:
        pos = 0
        while (i := text.find(open_, pos)) >= 0:
            j = text.find(close, i + 1)
            if j < 0:
                break
            # A straight quote must open at a word start; stop at paragraph breaks.
            inner = text[i + 1:j]
            if "\n\n" in inner or not inner.strip() or any(taken[i:j + 1]):
                pos = i + 1
                continue
            spans.append((i + 1, j))
            for k in range(i, j + 1):
                taken[k] = True
            pos = j + 1
    # Single quotes ('...') only when they clearly wrap words, not apostrophes.
    for m in re.finditer(r"(?<![\w])'([^'\n]{3,}?)'(?![\w])", text):
        if not any(taken[m.start():m.end()]) and " " in m.group(1):
            spans.append((m.start() + 1, m.end() - 1))
    return sorted(spans)


def find_tweets(text: str) -> list[Tweet]:
    """Embedded tweets: a paragraph ending in "— Name (@handle) date"."""
    out = []
    for start, end in paragraphs(text):
        m = _TWEET.match(text[start:end])
        if m and len(m.group("body").split()) >= 3:
            body = m.group("body")
            body_end = start + m.end("body")
            # The photo link is no part of what was said.
            link = re.search(r"\s*(pic\.twitter\.com/\S+|https?://\S+)\s*$", body)
            if link:
                body_end = start + m.start("body") + link.start()
            out.append(Tweet(start, end, start + m.start("body"), body_end, m.group("author").strip(),
                             start + m.start("author"), start + m.end("author")))
    return out


_VERBS = {"VERB", "AUX"}


_ATTRS = [ORTH, IDX, POS, DEP, HEAD, TAG, MORPH, IS_SPACE, SPACY]


def build_tokens(segments) -> list[Tok]:
    """All tokens of the article's language segments, with article offsets. Read from the
    docs' attribute arrays: a spaCy Token object per word would cost more than the rest."""
    toks: list[Tok] = []
    for seg in segments:
        doc = seg.doc
        strings = doc.vocab.strings
        array = doc.to_array(_ATTRS)
        heads = array[:, 4].astype("int64").tolist()  # a signed offset, stored unsigned
        index: dict[int, int] = {}  # doc index → article index (spaces are skipped)
        spaces: dict[int, tuple[str, int]] = {}  # doc index of a space → its dep and head
        for i, (orth, idx, pos, dep, _, tag, morph, is_space, space) in enumerate(array.tolist()):
            if is_space:
                spaces[i] = (strings[dep] if dep else "", i + heads[i])
                continue
            index[i] = len(toks)
            text = strings[orth]
            pos_ = strings[pos] if pos else ""
            mood = ""
            if pos_ in _VERBS and morph:
                mood = ",".join(v for f in strings[morph].split("|") if f.startswith("Mood=")
                                for v in f[5:].split(","))
            start = seg.start + idx
            toks.append(Tok(len(toks), text, text.lower(), start, start + len(text), seg.language,
                            pos_, strings[dep] if dep else "", i + heads[i], bool(space),
                            strings[tag] if tag else "", mood))
        for tok in toks[len(toks) - len(index):]:
            if tok.head in spaces:  # "\n\nPeking verfolgt …": a name hung on a paragraph break
                tok.dep, tok.head = spaces[tok.head]  # takes the break's place in the tree
            tok.head = index.get(tok.head, tok.i)
    return toks


def build_sentences(text: str, toks: list[Tok], quotes: list[tuple[int, int]], lang: str = "de") -> list[Sentence]:
    sents = [Sentence(k, s, e, p) for k, (s, e, p) in enumerate(split_sentences(text, quotes, lang))]
    k = 0
    for tok in toks:
        while k < len(sents) - 1 and tok.start >= sents[k].end:
            k += 1
        sents[k].toks.append(tok)
    for sent in sents:
        sent.clauses = _clauses(sent, quotes)
    return sents


def _clauses(sent: Sentence, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the sentence's clauses: breaks at punctuation that opens a
    subordinate or reporting clause, and around quotations."""
    toks = sent.toks
    if not toks:
        return []
    cuts = {toks[0].i, toks[-1].i + 1}
    inserted = _short_brackets(toks)
    for n, tok in enumerate(toks[:-1]):
        nxt = toks[n + 1]
        if tok.i in inserted:
            continue
        if tok.text in {",", ";", ":", "–", "—", "(", ")"} or (tok.text == "-" and tok.space):
            if (nxt.lower in lx.SUBORDINATORS and not _article_of_name(toks, n + 1)
                    or nxt.lower in lx.CLAUSE_PRONOUNS
                    or nxt.lower in ex.SPEECH[tok.lang] or nxt.text in "„“\"”«»'"
                    or tok.text in {";", ":", "–", "—", "(", ")", "-"}
                    or tok.text == "," and _resumes_after_insertion(toks, n + 1, cuts)):
                cuts.add(nxt.i)
        if in_quote(tok.start, quotes) != in_quote(nxt.start, quotes):
            # Only whole quoted utterances are clauses, not quoted words ("die "offene
            # Feindseligkeit" Nordkoreas").
            if n == 0 or tok.text in ",:;" or nxt.text in ",.:;!?" or (n + 2 < len(toks) and toks[n + 2].text in ",.:;!?"):
                cuts.add(nxt.i)
    edges = sorted(cuts)
    return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]


# A participle or infinitive that ends an inserted clause before its comma ("getroffen hatte,").
_CLAUSE_END_VERB_TAGS = {"VVPP", "VVINF", "VAINF", "VMINF"}


def _resumes_after_insertion(toks: list[Tok], n: int, cuts: set[int]) -> bool:
    """German: a finite verb right after a comma that follows a clause's verb, with a cut
    earlier in the sentence ("X, der am Montag Y getroffen hatte, soll nun …"): the main
    clause goes on there, and what it tells (a plan, a date) is not the inserted clause's."""
    finite = ex.FINITE_TAGS.get(toks[n].lang, ())
    return n >= 2 and toks[n].tag in finite and any(toks[0].i < c < toks[n].i for c in cuts) \
        and (toks[n - 2].tag in finite or toks[n - 2].tag in _CLAUSE_END_VERB_TAGS)


def _article_of_name(toks: list[Tok], n: int) -> bool:
    """German: toks[n] is a relative pronoun's form that the tagger reads as the article of
    a proper name in a list that goes on (", der Ukraine und der OSZE"; not ", die
    Bundesrepublik müsse …", a clause of its own)."""
    return toks[n].tag in lx.ARTICLE_TAGS.get(toks[n].lang, ()) and n + 2 < len(toks) \
        and toks[n + 1].pos == "PROPN" and (toks[n + 2].text == "," or toks[n + 2].lower in ex.COORDINATORS[toks[n].lang])


def _short_brackets(toks: list[Tok]) -> set[int]:
    """Indexes of the brackets around a few words with no verb ("(SPD)", "am Montag (18.6.)",
    "(IAEA)"): an insertion in the clause, no clause of its own."""
    out: set[int] = set()
    for n, tok in enumerate(toks):
        if tok.text != "(":
            continue
        close = next((k for k in range(n + 1, min(n + 6, len(toks))) if toks[k].text in "()"), None)
        if close is not None and toks[close].text == ")" \
                and not any(t.pos in ("VERB", "AUX") for t in toks[n + 1:close]):
            out.update((tok.i, toks[close].i))
    return out


def in_quote(pos: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    for q in quotes:
        if q[0] <= pos < q[1]:
            return q
    return None
