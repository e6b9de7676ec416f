"""The words said: the quotation or reported clause of a statement (in marks or not, the
clause after "dass"/"that" or a comma, the middle field of a German report), a quotation
before its verb of saying, and quoted titles that are no words said."""
from __future__ import annotations

import re

from .. import events_lexicon as ex
from .. import lexicon as lx
from ..actors import Mention
from ..text import QUOTE_MARKS, Sentence, Tok, in_quote
from .article import Article
from .speech_parse import _in_relative_clause, _reported_mood, _subtree, inserted_report
from .speech_verbs import (_commits_to, _credits_with, _misparsed_report, _object_taken_for_subject, _question_after_comma_de,
                           _speech_verbs, question_clause, quotation_before)


def _quote(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None = None) -> str:
    """The reported words: the quotations of the sentence, else the words after
    "that/dass", else the longer part outside the reporting clause."""
    names = {(m.start, m.end) for m in art.by_sent.get(sent.index, [])}
    inside = [(s, e) for s, e in art.quotes if sent.start <= s < sent.end and (s, e) not in names
              and not _quoted_title(art, s, e)]
    if not inside:  # not a name in quotation marks ("die Organisation „Volksfront“")
        return _reported_words(art, sent, verb, speaker)
    if all(_embedded_quote(art, s, e) for s, e in inside):
        # "nannte den Botschafter einen „Dummkopf“", "said there had been 'strong
        # differences' between them": words quoted within the reported clause, which is
        # what was said
        words = _reported_words(art, sent, verb, speaker)
        if words and all(e <= verb.start for _, e in inside) and not any(s <= art.text.find(words, sent.start) < e
                                                                     for s, e in inside):
            return _with_marks(art, words, inside)  # "Gegenüber der „Zeit“ sagte X, …": a name quoted before the verb
        if all(art.text[s:e].strip().rstrip(".,;:") in words for s, e in inside) and not re.search(rf"\b{re.escape(verb.text)}\b", words) \
                and (speaker is None or speaker.text not in words):  # not the reporting clause itself
            return _with_marks(art, words, inside)
        if words and (at := art.text.find(words, sent.start, sent.end)) >= 0 and at + len(words) <= verb.start \
                and all(s > verb.end for s, _ in inside) \
                and any(t.lower in ex.REPORTED_MOOD[t.lang] or t.lower in ex.CONTINUED_SUBJUNCTIVE.get(t.lang, ())
                        or t.mood == "Sub" and t.tag in ex.FINITE_TAGS[t.lang]
                        for t in sent.toks if at <= t.start < at + len(words)):
            # "Die Gemeinschaft müsse handeln, sagte X zur Debatte mit dem Thema „…“": a
            # title quoted after the reporting clause, the reported words (in the
            # subjunctive) before it
            return words
    # the comma an English quotation holds before its reporting clause is no part of it
    return " ".join(art.text[s:e].strip() for s, e in inside).rstrip(",;").strip()


def _after_relay(art: Article, sent: Sentence, a: int) -> bool:
    """The clause `a` follows right after an opening reporting clause that only relays ("Wie
    X mitteilte, warnt die Behörde, …"; speech._relayed_report): the words are in the main
    clause, not in the clause before it (round 18)."""
    return _closes_opening_report(art, sent, a - 1)


def _closes_opening_report(art: Article, sent: Sentence, comma: int) -> bool:
    """German: the token `comma` is the comma that closes a reporting clause opening the
    sentence (REPORTING_CONJUNCTIONS; "Wie der Beauftragte, X, mitteilte, …", "Wie X bekannt
    gab, …"): the clause's last word before its particles is its verb, and no finite verb
    stands before that. The one reading of `_after_reporting_clause` and `_after_relay`."""
    first = sent.toks[0]
    if not first.i < comma <= sent.toks[-1].i or art.toks[comma].text != "," \
            or first.lower not in ex.REPORTING_CONJUNCTIONS.get(first.lang, ()):
        return False
    verb = comma - 1
    while verb > first.i and art.toks[verb].tag in ex.PARTICLE_TAGS["de"]:
        verb -= 1  # "Wie X bekannt gab, …"
    return not any(t.tag in ex.FINITE_TAGS["de"] for t in art.toks[first.i + 1:verb])


def _with_marks(art: Article, words: str, quotes: list[tuple[int, int]]) -> str:
    """The words with the quotation marks their edges lost when they begin or end with a
    quotation."""
    for s, e in quotes:
        quoted = art.text[s:e].strip().rstrip(".,;:")
        if quoted and words.startswith(quoted):
            words = art.text[s - 1] + words
        if quoted and words.endswith(quoted) and e < len(art.text):
            words += art.text[s:e].strip()[len(quoted):] + art.text[e]  # with a full stop it lost
    return words


def _embedded_quote(art: Article, start: int, end: int) -> bool:
    """A quotation set in running text: a word right before its opening mark and it is no
    full sentence of its own (no more than QUOTE_FRAGMENT_MAX_WORDS words)."""
    before = art.text[:start - 1].rstrip()
    return bool(before) and before[-1].isalnum() and len(art.text[start:end].split()) <= ex.QUOTE_FRAGMENT_MAX_WORDS


def _reported_words(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None = None) -> str:
    """The reported words of a sentence without quotations of its own (see `_quote`)."""
    a, b = art.clause_of(sent, verb.i)
    # "said in a statement on Monday that …", "X, Name, said on Thursday that …": the
    # reported words start after "that".
    that = next((t for t in art.toks[verb.i + 1:b] if t.lower in ex.COMPLEMENTIZERS_ANY), None)
    if that is None and verb.lang in ex.COMMA_BEFORE_COMPLEMENTIZER_LANGS:
        # "X, von der Partei Y, ist der Meinung, dass …": the clause right after the comma
        # that closes the verb's clause, from its "dass" (as German quotes have it)
        nxt = next((t for t in art.toks[b:sent.toks[-1].i + 1] if t.text != ","), None)
        if nxt is not None and nxt.lower in ex.COMPLEMENTIZERS[verb.lang]:
            return art.text[nxt.start:sent.end].strip(" ,.;:\"„“")
    if that is not None:
        return _DATELINE.sub("", art.text[that.end:sent.end].strip()).strip(" ,.;:\"„“")
    if (inserted := inserted_report(art, sent, verb, speaker)) is not None:
        # "The plan, she said, would fail", "Die Gespräche, teilte X mit, würden im Mai
        # fortgesetzt": the words around the report set in between commas
        before = art.text[sent.start:art.toks[inserted[0] - 1].start].strip()
        words = before + " " + art.text[art.toks[inserted[1]].end:sent.end].strip()
        return _DATELINE.sub("", words.strip()).strip(" ,.;:\"„“")
    if verb.lang in ex.COMMA_BEFORE_COMPLEMENTIZER_LANGS and verb.lower in ex.QUESTION_VERBS.get(verb.lang, ()) \
            and (word := _question_after_comma_de(art, sent, verb)) is not None:
        # "fragte am Mittwoch im Parlament, warum …": the question from its question word
        return art.text[word.start:sent.end].strip(" ,.;:\"„“")
    if verb.lang == "de" and _in_relative_clause(art, sent, verb) and art.clause_of(sent, verb.i)[0] > sent.toks[0].i:
        # "X, die daraufhin erklärte, nicht mehr kandidieren zu wollen, verließ den Saal":
        # the words after the verb up to the end of the relative clause
        close = next((t.i for t in art.toks[verb.i + 2:sent.toks[-1].i] if t.text == ","
                      and art.toks[t.i + 1].tag in ex.FINITE_TAGS["de"]), None)
        if close is not None and all(t.pos == "AUX" for t in art.toks[verb.i + 1:close]) and a + 1 < verb.i:
            # "X, die den Plan kritisiert hatte, sagte …": the words before the verb at the
            # end of its relative clause, not its auxiliary
            return art.text[art.toks[a + 1].start:art.toks[verb.i - 1].end].strip(" ,.;:\"„“")
        if close is not None and (words := art.text[verb.end:art.toks[close].start].strip(" ,.;:\"„“")):
            return words
        if close is None and art.text[verb.end:sent.end].lstrip().startswith(",") \
                and (words := art.text[verb.end:sent.end].strip(" ,.;:\"„“")):
            return words  # "Ein Mandat erhielt X, die daraufhin erklärte, …": the relative clause ends the sentence
    if (words := _fronted_particle_phrase(art, sent, verb)) is not None:
        return words
    if _misparsed_report(art, sent, verb):
        return art.text[verb.end:sent.end].strip(" ,.;:\"„“")  # "X, a UN envoy, cautioned peace takes time"
    if _commits_to(art, sent, verb):
        # "committed to holding a vote, expected in May": the pledge from its "to", within
        # the verb's clause
        to = next(t for t in art.toks[verb.i + 1:b] if t.lower == ex.PLEDGE_TO_WORD[verb.lang])
        stop = next((t.i for t in art.toks[to.i:b] if t.text == ","), b)
        inside = [t for t in _subtree(art, sent, to) if a <= t.i < stop]
        return art.text[to.start:inside[-1].end].strip(" ,.;:\"„“")
    if _credits_with(art, sent, verb):
        # "credited local volunteers with keeping it open, …": the object and its "with"
        # phrase, within the verb's clause
        obj = next(t for t in sent.toks if t.head == verb.i and t.dep == "dobj" and t.i > verb.i)
        with_ = art.toks[max(t.i for t in _subtree(art, sent, obj)) + 1]
        stop = next((t.i for t in art.toks[with_.i:b] if t.text == ","), b)
        inside = [t for t in (*_subtree(art, sent, obj), *_subtree(art, sent, with_)) if verb.i < t.i < stop]
        return art.text[min(t.start for t in inside):max(t.end for t in inside)].strip(" ,.;:\"„“")
    if (words := _after_reporting_clause(art, sent, verb)) is not None:
        return words
    if verb.lang == "de" and verb.lower not in ex.SPEAKER_PASSIVES["de"] \
            and (words := _middle_field(art, sent, verb, speaker)):
        # "X hat sich für eine Lösung ausgesprochen", "bestätigte den Vorgang": the words
        # the verb governs, not the subject phrase before it
        return words
    if verb.lang == "en" and (words := _complement(art, sent, verb)) and not (
            speaker is not None and speaker.a > verb.i
            and 0 <= speaker.start - art.text.find(words, sent.start) < len(words)):
        # "told the press four victims were from one family": the reported clause of the
        # parse (not the speaker's title the parse takes for the object: "…, stated Minister
        # of Information X, and …")
        return words
    if verb.tag == "VBG" and b - verb.i > 3:
        # "cited X as saying the attackers were known": the words after the participle
        return art.text[verb.end:art.toks[b - 1].end].strip(" ,.;:\"„“")
    after = art.text[art.toks[b - 1].end:sent.end] if b - 1 < sent.toks[-1].i else ""
    before = art.text[sent.start:art.toks[a].start] if a > sent.toks[0].i else ""
    before = _DATELINE.sub("", before.strip() + " ")
    # The words before hold the verb's subject ("Der Bürgermeister von X, Y, sagte am Montag,
    # …"): they name the speaker, the words after are reported.
    subject_before = any(t.head == verb.i and t.dep.startswith("nsubj") for t in art.toks[sent.toks[0].i:a])
    longer_after = len(after.strip(" ,.;")) >= len(before.strip(" ,.;"))
    rest = after if longer_after or (subject_before or _after_relay(art, sent, a)) and after.strip(" ,.;") \
        else before
    if not rest.strip(" ,.;:"):
        rest = art.text[verb.end:art.toks[b - 1].end]
        if speaker is not None and verb.i < speaker.a and speaker.b < b:
            # "Am Montag sagte Minister X, niemand werde …": the words after the speaker
            rest = art.text[art.toks[speaker.b - 1].end:art.toks[b - 1].end]
        comma = _last_comma(art, a, verb)
        if comma is not None and verb.lang == "de" and art.toks[comma.i + 1].dep in ex.ROW_COMMA_DEPS["de"] \
                and art.toks[verb.i + 1].text == "," and any(
                    t.head == verb.i and t.i > verb.i + 1 and t.dep in ex.CLAUSE_AFTER_VERB_DEPS["de"] for t in sent.toks):
            # German, round 18: "hatten die Gruppen von A, B und C den Bürgermeister
            # aufgefordert, den Bau zu stoppen": the clause after the verb is the words;
            # the comma before the verb only parts a row of names
            comma = None
        if that is None and comma is not None:
            # "…, has been called off, the Lithuanian presidency said": the words before
            rest = art.text[art.toks[a].start:comma.start]
    rest = _DATELINE.sub("", rest.strip())
    words = rest.strip(" ,.;:\"„“").removeprefix("that ").strip()
    # "Die Koalition wird von der CDU abgelehnt": nothing outside the clause; the sentence
    return words or _DATELINE.sub("", art.text[sent.start:sent.end].strip()).strip(" ,.;:\"„“")


def _coordinated_quote(art: Article, sent: Sentence, verb: Tok, other: Tok) -> str | None:
    """The quotations in `verb`'s own part of two coordinated reports (`_coordinated_report`):
    the first's part ends where the second's subject begins; None where it holds none."""
    first, second = sorted((verb, other), key=lambda t: t.i)
    split = min(t.start for t in _subtree(art, sent, second))
    a, b = (sent.start, split) if verb is first else (split, sent.end)
    inside = [(s, e) for s, e in art.quotes if a <= s < b]
    if inside:
        return " ".join(art.text[s:e].strip() for s, e in inside).rstrip(",;").strip()
    words = _complement(art, sent, verb)  # "X criticised the deal and Y …": what the verb governs
    at = art.text.find(words, a, b) if words else -1
    return words if at >= 0 and at + len(words) <= b else None


def _holds_clause(sent: Sentence, quote: tuple[int, int]) -> bool:
    """The quotation holds a clause: a finite verb or an infinitive with "zu"
    (events_lexicon.QUOTED_CLAUSE_TAGS), as words said do; a name or a title in quotation
    marks does not ("der „World Energy Summit 2010“")."""
    return any(t.tag in ex.QUOTED_CLAUSE_TAGS.get(t.lang, ()) for t in sent.toks if quote[0] <= t.start < quote[1])


def _quote_before_report(art: Article, sent: Sentence | None) -> tuple[int, int] | None:
    """Class "a quotation closed by a full stop before its reporting clause": ""The talks
    failed." Ruiz said." splits into two sentences; `sent` is the bare reporting clause (a
    speaker and a verb of saying, nothing more, speech_verbs.quotation_before) and the
    sentence before it, opening with a quotation mark, is one quotation: that quotation's
    span, else None."""
    if sent is None or any(sent.start <= q0 < sent.end for q0, _ in art.quotes) \
            or (q := quotation_before(art, sent)) is None:
        return None
    before = art.sents[sent.index - 1]
    if art.text[before.start:before.end].strip()[:1] not in QUOTE_MARKS or next(_speech_verbs(art, sent), None) is None:
        return None
    return q


def _after_reporting_clause(art: Article, sent: Sentence, verb: Tok) -> str | None:
    """German: "Wie der Beauftragte für Datenschutz, X, mitteilte, ist die Zahl gestiegen":
    a sentence opened by a reporting clause (REPORTING_CONJUNCTIONS) that ends with the verb
    of saying; the words are the main clause after its comma, whatever apposition the
    reporting clause holds."""
    k = verb.i + 1
    while k <= sent.toks[-1].i and art.toks[k].tag in ex.PARTICLE_TAGS["de"]:
        k += 1
    if not _closes_opening_report(art, sent, k):
        return None
    return art.text[art.toks[k].end:sent.end].strip(" ,.;:\"„“") or None


def _fronted_particle_phrase(art: Article, sent: Sentence, verb: Tok) -> str | None:
    """"Gegen den Plan stellte sich X (SPD)": the phrase of a particle that opens the clause
    before the verb (FRONTABLE_PARTICLES, Article.particle_in) is what the speaker said,
    not the rest of the clause after the speaker."""
    a, _ = art.clause_of(sent, verb.i)
    first = art.toks[a]
    particles = ex.SPEECH.get(verb.lang, {}).get(verb.lower) or ()
    if any(t.lower in particles and t.lower in ex.FRONTABLE_NOUN_PARTICLES.get(verb.lang, ())
           for t in art.toks[a:min(a + 2, verb.i)]):
        return art.text[first.start:art.toks[verb.i - 1].end].strip(" ,")  # "Scharfe Kritik am Plan übte X"
    if first.lower not in particles or first.lower not in ex.FRONTABLE_PARTICLES.get(verb.lang, ()) \
            or a + 1 >= verb.i or art.toks[a + 1].pos != "DET" \
            or art.toks[a + 1].lower not in ex.FRONTABLE_ONLY_BEFORE.get(first.lower, {art.toks[a + 1].lower}):
        return None
    return art.text[first.start:art.toks[verb.i - 1].end].strip(" ,")


def _quoted_title(art: Article, start: int, end: int) -> bool:
    """A title or name in quotation marks after an article, no words said: "sagte der
    „Süddeutschen Zeitung“", "told the "Daily Star"" (two to a few capitalised words, no end
    mark; one German noun in quotation marks is as often a term: "den „Klimanotstand“").
    Stricter than the German name of speech._quoted_words (any quotation after an article
    without a clause), for a stricter use: this one drops the quotation from the words of a
    verb of saying, where a term after an article is often what was said ("nannte den Plan
    einen „Schritt zurück“"); that one only takes a mark of speech from the detector."""
    words = art.text[start:end].strip("".join(QUOTE_MARKS) + " ").split()
    return _after_article(art, start) and 2 <= len(words) <= ex.QUOTED_TITLE_MAX_WORDS \
        and all(w[:1].isupper() for w in words) and not words[-1].endswith((".", "!", "?", ","))


def _after_article(art: Article, start: int) -> bool:
    """The quotation at `start` stands right after an article ("der „…“", "the "…""), as a
    name does (`_quoted_title`, speech._quoted_words)."""
    before = art.text[max(0, start - 6):start].rstrip("".join(QUOTE_MARKS) + " ").split()
    return bool(before) and before[-1].lower() in lx.DETERMINERS


def _middle_field(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None = None) -> str:
    """German, a verb of saying whose words are no clause of their own (class "stance with
    a phrase": "Die Botschafterin X, Y, hat sich für eine Lösung ausgesprochen", "Dies
    teilte X über Twitter mit", "sprach sich am Montag gegen Zölle aus"): the phrases the
    verb governs (objects, prepositional phrases, a clause of its own), without its
    subject, auxiliaries, particle, reflexive, the one spoken to and its date. Empty when
    the reported words stand before the verb's clause ("…, teilte X mit") or after it."""
    a, b = art.clause_of(sent, verb.i)
    after = art.text[art.toks[b - 1].end:sent.end] if b - 1 < sent.toks[-1].i else ""
    if after.strip(" ,.;:\"„“"):
        return ""
    subject_before = any(t.head == verb.i and t.dep.startswith("nsubj") for t in art.toks[sent.toks[0].i:a])
    # "… hat die Sprecherin der X, Y, den Rücktritt verlangt": the clause after the comma
    # goes on with the main clause, whose finite auxiliary stands before it
    goes_on = verb.tag not in ex.FINITE_TAGS["de"] and art.toks[a].tag not in ex.SUBORDINATE_TAGS["de"] \
        and art.toks[a].lower not in ex.COMPLEMENTIZERS_ANY \
        and any(t.tag in ex.FINITE_TAGS["de"] for t in art.toks[sent.toks[0].i:a]) \
        and not any(t.tag in ex.FINITE_TAGS["de"] for t in art.toks[a:verb.i])
    # "Wie X mitteilte, warnt die Behörde, …" (round 18): the opening reporting clause only
    # relays (speech._relayed_report); the words are in the main clause after it
    if a > sent.toks[0].i and not subject_before and not goes_on and not _after_relay(art, sent, a):
        return ""
    if (clause := _clause_after_comma(art, sent, verb, speaker)) is not None:
        return clause
    # the field after the finite verb ("Dennoch lehnt X den Plan ab": not "Dennoch")
    finite = verb if verb.tag in ex.FINITE_TAGS["de"] else next(
        (x for x in art.toks[a:verb.i] if x.tag in ex.FINITE_TAGS["de"]), None)
    # "X hatte zuvor den Plan betont": a participle the tagger read as finite ("betont"),
    # its finite auxiliary before it
    finite = next((x for x in art.toks[a:verb.i] if x.head == verb.i and x.dep == "aux"
                   and x.tag in ex.FINITE_TAGS["de"]), finite)
    floor = finite.i if finite is not None else a - 1
    kept = []
    for t in sent.toks:
        if t.head != verb.i or t.i == verb.i or t.dep not in ex.GOVERNED_DEPS["de"] \
                and t.tag not in ex.PRONOMINAL_ADVERB_TAGS["de"]:
            continue  # "sprach sich dafür aus": the pronominal adverb holds what
        if t.tag in ex.REFLEXIVE_TAGS["de"]:
            continue
        sub = [x for x in _subtree(art, sent, t) if x.i > floor]
        if not sub:
            continue
        if len(sub) == 1 and t.lower in (ex.SPEECH["de"].get(verb.lower) or ()):
            continue  # "gab … bekannt": the verb's own particle, which the parse may call its complement
        if speaker is not None and any(speaker.a <= x.i < speaker.b for x in sub):
            continue  # the speaker's own phrase, where the parse did not call it the subject
        if t.dep in ("ccomp", "xcomp") and t.i > verb.i and any(x.text == "," for x in art.toks[verb.i:sub[0].i]):
            # "erklärte X im Interview, der Forderung nicht nachzukommen": the clause after
            # the comma is the words, the phrases before it tell where and when (also after
            # an object, which `_clause_after_comma` leaves to this field)
            comma = max(x.i for x in art.toks[verb.i:sub[0].i] if x.text == ",")
            if speaker is not None and comma < speaker.b and art.toks[speaker.b].text == ",":
                comma = speaker.b  # "betonte der Generalsekretär der X, Y, eine Lösung sei möglich"
            return art.text[art.toks[comma].end:max(sub[-1].end, art.toks[comma + 1].end)].strip(" ,.;:\"„“")
        if any(x.start <= sub[0].start and sub[-1].end <= x.end for x in art.all_timexes):
            continue  # "am Montag"
        if t.dep.startswith("obl") and (art.place_in(sent, sub[0].i, sub[-1].i + 1)
                                        or t.lower in ex.SPEECH_CHANNELS["de"]):
            continue  # "in Berlin", "über Twitter", "in einem Interview": where, not what
        kept.extend(sub)
    if not kept:
        first = sent.toks[0]
        if first.tag in ex.DEMONSTRATIVE_TAGS["de"] and first.head == verb.i and sent.index > 0 \
                and art.sents[sent.index - 1].paragraph == sent.paragraph:
            # "Dies teilte X über Twitter mit": the words are the sentence before
            prev = art.sents[sent.index - 1]
            return art.text[prev.start:prev.end].strip(" ,.;:\"„“")
        return ""
    kept.sort(key=lambda t: t.i)
    return art.text[kept[0].start:kept[-1].end].strip(" ,.;:\"„“")


def _clause_after_comma(art: Article, sent: Sentence, verb: Tok, speaker: Mention | None = None) -> str | None:
    """German: a clause with a finite verb of its own that hangs on the verb of saying after
    a comma ("teilte am Montag mit, zwei Drohnen seien abgeschossen worden", "sagte bei dem
    Treffen mit Y, sein Land habe …"): the reported words, a complement or, whatever else
    the parser called the link (conj, obj, obl …), a clause in the subjunctive of reported
    speech; the phrases before the comma say where and when."""
    for t in sent.toks:
        if t.head != verb.i or t.i <= verb.i:
            continue
        sub = [x for x in _subtree(art, sent, t) if x.pos != "PUNCT"  # the parser hangs the comma on it
               and not (speaker is not None and verb.i < speaker.a and x.i < speaker.b)]  # "betonte der X, Y, …"
        if not sub:
            continue
        commas = [x.i for x in art.toks[verb.i:sub[0].i] if x.text == ","]
        if not commas or in_quote(t.start, art.quotes) or sub[0].lower in ex.CLAUSE_JOINERS["de"]:
            continue  # ", und die Behörde kann …": a main clause of the narration
        if any(x.head == verb.i and x.dep in ex.DIRECT_OBJECT_DEPS["de"] for x in art.toks[verb.i:commas[-1]]):
            continue  # "bestätigte die Probleme, für ein Verbot sei es zu früh": both are the words
        if t.dep in ex.COMPLEMENT_DEPS["de"] or any(_reported_mood(x) for x in sub):
            words = art.text[art.toks[commas[-1]].end:max(sub[-1].end, art.toks[commas[-1] + 1].end)].strip(" ,.;:\"„“")
            lead = art.toks[sent.toks[0].i:verb.i - 1]
            if lead and art.toks[verb.i - 1].text == "," and not any(x.tag in ex.FINITE_TAGS["de"] or x.text == ","
                                                                        or in_quote(x.start, art.quotes) for x in lead):
                # "Die Gespräche, sagte X, seien gescheitert": the report inserted into the
                # words, after their first phrase
                words = art.text[lead[0].start:lead[-1].end] + " " + words
            return words
    return None


def _complement(art: Article, sent: Sentence, verb: Tok) -> str:
    """English: the words of the clause the verb reports (its "ccomp" in the parse, with
    everything that hangs on it), when they follow the verb."""
    comp = next((t for t in sent.toks if t.head == verb.i and t.dep == "ccomp" and t.i > verb.i), None)
    if comp is None and verb.lang in ex.ASK_QUESTION_CLAUSE_DEPS and verb.lower in ex.QUESTION_VERBS[verb.lang]:
        # "asked X if the army had been deployed": the question, which the parse may hang as
        # an adverbial clause (class "a question put in public", round 20)
        comp = question_clause(sent, verb)
    if comp is None and (split := next((t for t in sent.toks if t.head == verb.i
                                         and _object_taken_for_subject(art, sent, verb, t)), None)) is not None:
        # "ruled the draft violated the constitution", parsed as an object and an adverbial
        # clause: the object's phrase and the clause after it
        obj = next(t for t in sent.toks if t.head == verb.i and t.dep == "dobj" and verb.i < t.i < split.i)
        inside = sorted({t.i: t for t in [*_subtree(art, sent, obj), *_subtree(art, sent, split)]}.values(),
                        key=lambda t: t.i)
        return art.text[inside[0].start:inside[-1].end].strip(" ,.;:\"„“")
    if comp is None:
        # "criticised the plan, while …", "called for a ceasefire": what the verb is said of,
        # within its own clause, with what it is said to be or to do ("urged both sides to
        # show restraint", "accused X of …", "rejected the plan as unfair")
        a, b = art.clause_of(sent, verb.i)
        first = next((t for t in sent.toks if t.head == verb.i and t.i > verb.i and (
            t.dep in ex.DIRECT_OBJECT_DEPS["en"] or t.i == verb.i + 1 and t.lower in ex.SAID_OF_PREPS["en"])), None)
        if first is None:
            return ""
        parts = [first] + [t for t in sent.toks if t.head == verb.i and first.i < t.i < b and (
            t.dep in ex.OBJECT_COMPLEMENT_DEPS["en"] or t.dep == "prep" and t.lower in ex.OBJECT_COMPLEMENT_PREPS["en"])]
        inside = sorted((t for p in parts for t in _subtree(art, sent, p) if a <= t.i < b), key=lambda t: t.i)
        while inside and inside[-1].pos in ("CCONJ", "PUNCT"):
            inside.pop()  # "… as a hoax and": the clause goes on with another verb
        return art.text[inside[0].start:inside[-1].end].strip(" ,.;:\"„“") if inside else ""
    inside = _subtree(art, sent, comp)
    # "said on Monday they believe …": the date right after the verb is the saying's
    while inside and inside[0].i <= verb.i + 2 and any(
            t.start <= inside[0].start < t.end for t in art.all_timexes):
        inside = inside[1:]
    if not inside:
        return ""
    return art.text[inside[0].start:inside[-1].end].strip(" ,.;:\"„“")


_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'-]+ [-–—] ")


def _last_comma(art: Article, a: int, verb: Tok) -> Tok | None:
    """The comma before a trailing reporting part ("…, the Lithuanian presidency said")."""
    commas = [t for t in art.toks[a:verb.i] if t.text == ","]
    return commas[-1] if commas and commas[-1].i > a else None
