"""Verbs of saying: which tokens of a sentence report words (the lexicon's verbs, phrases,
opinions and stances, verbs that take a clause or a quotation), found once per sentence,
and the readings that are no report ("sagte … ab", "went on to", "committed a crime")."""
from __future__ import annotations

from functools import cache
from typing import Iterator

from .. import events_lexicon as ex
from .. import lexicon as lx
from ..actors import role_head
from ..text import Sentence, Tok, in_quote
from .article import Article
from .phrases import greeted_in_person, passive, person_object
from .speech_parse import _bare_passive, _in_relative_clause, _reported_mood, _subtree


_ACTION_WORDS = {lang: set(ex.MEET_VERBS[lang]) | ex.MEET_NOUNS[lang] | ex.TRAVEL_WORDS_ANY | ex.VISIT_WORDS_ANY
                 | ex.REMOTE_WORDS_ANY | ex.CANCEL_WORDS_ANY | set(ex.CALLED_OFF_ANY)
                 | ex.TALK_VERBS_ANY | ex.ORDER_VERBS[lang] for lang in ex.LANGS}


@cache
def _speech_words(lang: str) -> frozenset[str]:
    """Every word a branch of `_speech_verbs` starts from: a cheap first test."""
    tables = (ex.SPEECH, ex.OPINION_COPULAS, ex.STANCE_VERBS, ex.HOLD_FOR_VERBS, ex.CLAUSE_ONLY_SPEECH,
              ex.QUOTE_ONLY_SPEECH, ex.AFTER_QUOTE_SPEECH, ex.SPEECH_PHRASES, ex.PLEDGE_TO_GERUND, ex.REFERS_AS, ex.COURT_RULING_VERBS,
              ex.CREDIT_WITH)
    # (FINDING_VERBS are all in CLAUSE_ONLY_SPEECH)
    return frozenset(w for table in tables for w in table.get(lang, ()))


def _speech_verbs(art: Article, sent: Sentence) -> Iterator[Tok]:
    """The verbs of saying of the sentence outside quotations, in order, with their
    separable particle where one is needed ("teilte … mit"); not a cancellation ("sagte …
    ab") nor a welcome that is a meeting. Found once per sentence (several rules ask)."""
    if sent.index not in art.speech_verbs:
        art.speech_verbs[sent.index] = list(_find_speech_verbs(art, sent))
    return iter(art.speech_verbs[sent.index])


def _find_speech_verbs(art: Article, sent: Sentence) -> Iterator[Tok]:
    for tok in sent.toks:
        if tok.lower not in _speech_words(tok.lang):
            continue
        lex = ex.SPEECH.get(tok.lang, {})
        if _holds_view(art, sent, tok) or _shows_stance(art, sent, tok) or _holds_for(art, sent, tok):
            yield tok
            continue
        if _reports_clause(art, sent, tok) or _next_to_quote(art, sent, tok) or _court_rules(art, sent, tok) \
                or _inverted_opener(art, sent, tok) is not None or _after_opening_quote(art, sent, tok):
            yield tok
            continue
        if _speech_phrase(art, sent, tok) or _commits_to(art, sent, tok) or _refers_as(art, sent, tok) \
                or _credits_with(art, sent, tok):
            yield tok
            continue
        if tok.lower not in lex or in_quote(tok.start, art.quotes):
            continue
        if tok.start > 0 and art.text[tok.start - 1] == "-":
            continue  # "a self-described nationalist", "the so-called plan": part of a word
        if tok.lower in ex.SPEECH_DERIVED.get(tok.lang, ()) and tok.pos not in ("VERB", "AUX") \
                or tok.lower in ex.SPEECH_FINITE_ONLY.get(tok.lang, ()) and not _finite(art, sent, tok):
            continue  # "meinen Kollegen", "will … fordern", "zu schreiben": no verb of saying
        if tok.lang == "de" and _bare_passive(art, sent, tok):
            continue  # "Damit solle unterstrichen werden, …, erklärte X": no one speaks in it
        if tok.lang == "de" and _stative(art, sent, tok):
            continue  # "Die Bürger waren zur Abstimmung aufgerufen": a state, not words
        if (tok.lower, art.toks[tok.i + 1].lower) in ex.PARTICIPLE_PHRASES.get(tok.lang, ()) \
                and art.toks[tok.i - 1].text == ",":
            continue  # "…, verglichen mit 26 Prozent für Y": a participle phrase compares, it reports nothing
        if tok.lang == "en" and _not_a_report(art, sent, tok) or _act_on_object(art, sent, tok):
            continue
        if tok.lang == "de" and tok.text[:1].isupper() and tok.i > sent.toks[0].i:
            continue  # a capitalised word inside the sentence is a noun ("nach Angaben")
        particles = lex[tok.lower]
        if particles and not any(_has_particle(art, sent, tok, p) for p in particles) \
                and not _calls_it(art, sent, tok) and not _asks_to(art, sent, tok) \
                and not _asks_question(art, sent, tok):
            continue
        if (needs := ex.SPEECH_NEEDS_BEFORE.get(tok.lang, {}).get(tok.lower)) \
                and not any(t.lower in needs for t in art.toks[art.clause_of(sent, tok.i)[0]:tok.i]):
            continue  # "ein ausgesprochen guter Plan"
        if (needs := ex.SPEECH_NEEDS_IN_CLAUSE.get(tok.lang, {}).get(tok.lower)) \
                and not needs <= {t.lower for t in art.toks[slice(*art.clause_of(sent, tok.i))]}:
            continue  # "setzte Truppen ein", not "setzte sich für Gespräche ein"
        if needs and _in_relative_clause(art, sent, tok):
            continue  # "die Partei, die sich für die Bauern einsetzt, …": a description
        if tok.lower in ex.SPEECH_NEEDS_WORDS.get(tok.lang, ()) and not _words_at(art, sent, tok):
            continue  # "begründete eine Tradition", not "„…“, begründete X den Schritt"
        if particles and _talk_with_first(art, sent, tok):
            continue  # "sprach mit X und Vertretern von Y": a talk, not "sprach von"
        if any(tok.lower.startswith(verb) and art.particle_in(sent, tok.i, particle)
               for verb, particle in ex.CANCEL_SEPARABLE_ANY):
            continue  # "sagte den Gipfel ab" cancels, it does not report
        if any(tok.lower == verb and any(t.lower == word for t in art.toks[slice(*art.clause_of(sent, tok.i))])
               for verb, word in ex.NOT_SPEECH_WITH.get(tok.lang, ())):
            continue  # "verurteilte X zu fünf Jahren Haft", "wurde zu Haft verurteilt": a sentence, not words
        if tok.lang == "de" and _declared_as(art, sent, tok):
            continue  # "wurde zur Schutzzone erklärt": a status given, not words
        if tok.lower in ex.WELCOME_VERBS_ANY and (passive(art, tok) and not _thing_welcomed(art, sent, tok)
                                                  or person_object(art, sent, tok)):
            continue  # "was welcomed by", "welcomed his counterpart": a meeting, not words
        if greeted_in_person(art, sent, tok):
            continue  # "X wurde am Flughafen von Y begrüßt": a meeting, not words
        if tok.lower in ex.INTERROGATE_VERBS_ANY and (passive(art, tok) or person_object(art, sent, tok)):
            continue  # "police questioned the suspect": an interrogation, not words
        if art.toks[art.clause_of(sent, tok.i)[0]].lower in ex.COMPLEMENTIZERS.get(tok.lang, ()):
            continue  # "Es wird erwartet, dass China mehr verlangt": expected, not said
        yield tok


def _thing_welcomed(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"The ruling was welcomed by the Commission": the passive subject of a verb of welcoming
    is a decision or a thing done (events_lexicon.WELCOMED_THINGS), so the welcome is words."""
    things = ex.WELCOMED_THINGS.get(tok.lang, ())
    return any(t.head == tok.i and t.dep in ex.PASSIVE_SUBJECT_DEPS[tok.lang] and t.lower in things
               for t in sent.toks)


def _finite(art: Article, sent: Sentence, tok: Tok) -> bool:
    """The parse tags the verb finite and no modal governs it ("Die Grünen fordern …", not
    "will … fordern"); or a form of "lassen" has it said ("ließ … mitteilen", LET_VERBS)."""
    a, b = art.clause_of(sent, tok.i)
    if any(t.lower in ex.LET_VERBS.get(tok.lang, ()) and t.i < tok.i for t in art.toks[a:b]):
        return True
    return tok.tag in ex.FINITE_TAGS[tok.lang] and not any(
        t.head == tok.i and t.tag in ex.MODAL_TAGS[tok.lang] for t in sent.toks)


def _stative(art: Article, sent: Sentence, tok: Tok) -> bool:
    """German: a participle of saying with "sein" in its clause and no "haben" in the sentence
    ("waren zur Abstimmung aufgerufen"), except the verbs whose perfect takes "sein"."""
    if tok.tag != "VVPP" or tok.lower in ex.SEIN_PERFECT_SPEECH["de"]:
        return False
    words = {t.lower for t in art.toks[slice(*art.clause_of(sent, tok.i))]}
    return bool(words & ex.SEIN_FORMS["de"]) and not any(t.lower in ex.HABEN_FORMS["de"] for t in sent.toks)


def _declared_as(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Class "declared to be": German "erklären … zu/für" gives a thing a status ("wurde
    zur Sperrzone erklärt", "erklärte das Gebiet zum Notstandsgebiet", "für tot erklärt", "zu
    einer Terrororganisation erklärt"):
    the phrase with "zum/zur/für" right before the verb at the end of its clause, or after
    it with an object of the verb and no clause of words; not "erklärte zum Abschluss,
    dass …"."""
    preps = ex.DECLARED_AS.get(tok.lang, {}).get(tok.lower)
    if not preps:
        return False
    zu, indefinite = ex.DECLARED_AS_INDEFINITE[tok.lang]

    def status(t: Tok) -> bool:
        return t.lower in preps or t.lower == zu and t.i + 1 < len(art.toks) and art.toks[t.i + 1].lower in indefinite

    a, b = art.clause_of(sent, tok.i)
    before = [t for t in art.toks[max(a, tok.i - 4):tok.i]]
    if any(status(t) for t in before) and all(t.text != "," for t in before):
        return True
    words = any(t.lower in ex.COMPLEMENTIZERS_ANY or t.dep == "ccomp" and t.head == tok.i for t in sent.toks
                if t.i > tok.i) or any(sent.start <= q0 < sent.end for q0, _ in art.quotes)
    has_obj = any(t.head == tok.i and t.dep == "obj" and t.tag not in ex.REFLEXIVE_TAGS["de"] for t in sent.toks)
    return has_obj and not words and any(status(t) for t in art.toks[tok.i + 1:b])


def _reports_clause(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"The court ruled on Friday the ban was unlawful": a verb that reports only with a
    reported clause of its own after it (events_lexicon.CLAUSE_ONLY_SPEECH)."""
    if tok.lower not in ex.CLAUSE_ONLY_SPEECH.get(tok.lang, ()) or tok.pos != "VERB" or in_quote(tok.start, art.quotes):
        return False
    if tok.lang == "de":
        if tok.lower in ex.QUESTION_VERBS.get(tok.lang, ()):  # "fragte, ob …", "fragte, warum …"
            return _question_after_comma_de(art, sent, tok) is not None
        return _clause_after_comma_de(art, sent, tok) is not None
    finding = tok.lower in ex.FINDING_VERBS.get(tok.lang, ())
    if finding and any(t.head == tok.i and t.dep in ex.DIRECT_OBJECT_DEPS[tok.lang] for t in sent.toks):
        return False  # "a search found a weapon; inside was a bag": a thing found, no words
    comps = _clauses_after(sent, tok)
    if finding or not comps:  # (a clause found already decides for a verb that reports no verdict)
        comps += [t for t in sent.toks if t.head == tok.i and _object_taken_for_subject(art, sent, tok, t)]
    return bool(comps) and not (finding and _verdict(sent, comps))


def _clauses_after(sent: Sentence, verb: Tok) -> list[Tok]:
    """English: the heads of the clauses the verb reports after it (the parse's ccomp)."""
    return [t for t in sent.toks if t.head == verb.i and t.dep == "ccomp" and t.i > verb.i]


def _object_taken_for_subject(art: Article, sent: Sentence, tok: Tok, t: Tok) -> bool:
    """English class "a clause without "that" the parse splits" (round 20): "The judge ruled
    the male-only draft violated the constitution": the clause's subject hangs on the verb
    of saying as its object, the clause's finite verb right after it as an adverbial clause
    with no word that opens one ("after", "because"): the reported clause all the same."""
    if t.dep not in ex.SPLIT_CLAUSE_DEPS.get(tok.lang, ()) or t.i <= tok.i \
            or t.tag not in ex.FINITE_PAST_PRESENT_TAGS.get(tok.lang, ()):
        return False
    if any(x.head == t.i and x.dep in ("mark", "advmod") and x.i < t.i for x in sent.toks):
        return False  # "ruled the motion out after the hearing ended"
    obj = next((x for x in sent.toks if x.head == tok.i and x.dep == "dobj" and tok.i < x.i < t.i), None)
    if obj is None or obj.pos not in ("NOUN", "PROPN"):
        return False
    if any(x.head == tok.i and x.dep == "cc" and obj.i < x.i < t.i for x in sent.toks):
        return False  # "announced the plan and left": a second verb of its own
    # the object's phrase ends right before the finite verb (a comma between where the
    # phrase closes an insertion: "ruled the practice, or the draft, is unlawful")
    end = max(x.i for x in _subtree(art, sent, obj))
    return end == t.i - 1 or end == t.i - 2 and art.toks[t.i - 1].text == "," and t.dep == "conj" \
        and any(x.text == "," and obj.i < x.i < end for x in sent.toks)


def _comma_after_de(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """German: the first comma after `tok` in its sentence, unless a reflexive pronoun stands
    between ("befand sich", "fragte sich")."""
    comma = next((t for t in sent.toks if t.i > tok.i and t.text == ","), None)
    if comma is None or any(t.tag in ex.REFLEXIVE_TAGS["de"] for t in art.toks[tok.i + 1:comma.i]):
        return None
    return comma


def _question_after_comma_de(art: Article, sent: Sentence, verb: Tok) -> Tok | None:
    """German: the question word right after the first comma after a verb of asking ("fragte
    am Mittwoch im Parlament, warum …": "warum"; events_lexicon.QUESTION_WORDS); not after
    "fragte sich" (`_comma_after_de`: a question to oneself)."""
    comma = _comma_after_de(art, sent, verb)
    word = art.toks[comma.i + 1] if comma is not None and comma.i < sent.toks[-1].i else None
    return word if word is not None and word.lower in ex.QUESTION_WORDS[verb.lang] else None


def _clause_after_comma_de(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """German: the comma after `tok` that opens reported words: "dass" or a finite verb in
    the subjunctive after it ("befand, das Gesetz sei gültig"); not "befand sich"."""
    comma = _comma_after_de(art, sent, tok)
    if comma is None:
        return None
    rest = [t for t in sent.toks if t.i > comma.i]
    finite = next((t for t in rest if t.tag in ex.FINITE_TAGS["de"]), None)
    return comma if rest and rest[0].lower == "dass" or finite is not None and _reported_mood(finite) else None


def _verdict(sent: Sentence, comps: list[Tok]) -> bool:
    """English class "a verdict is no statement" (round 20): one of the clauses `comps` (their
    heads) that "found" reports is a verdict ("found the minister guilty", "found that he was
    not guilty"): its head or its predicate is a word of events_lexicon.VERDICT_WORDS."""
    lang = sent.toks[0].lang
    words = ex.VERDICT_WORDS.get(lang, ())
    return any(comp.lower in words or any(t.head == comp.i and t.dep in ex.VERDICT_PREDICATE_DEPS.get(lang, ())
                                          and t.lower in words for t in sent.toks) for comp in comps)


def verdict_of(sent: Sentence, verb: Tok) -> bool:
    """A verb of finding (events_lexicon.FINDING_VERBS) whose clause is a verdict
    (`_verdict`): "The court found that he was not guilty"."""
    return verb.lower in ex.FINDING_VERBS.get(verb.lang, ()) \
        and _verdict(sent, [t for t in sent.toks if t.head == verb.i and t.dep == "ccomp"])


def _court_rules(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Class "a court's ruling with its reasoning" (round 20): "The court decided that the
    vote must be repeated", "the judges of the court held that …": a verb of deciding
    (events_lexicon.COURT_RULING_VERBS) with a clause after it and a subject whose phrase
    holds a word of COURT_WORDS; not a verdict (`_verdict`). English also a finding about a
    law with no clause ("found the decree unconstitutional": FINDING_VERBS and
    COURT_JUDGEMENT_WORDS). German "Das Gericht entschied, dass …" reports with any subject,
    like "urteilte" (CLAUSE_ONLY_SPEECH, `_reports_clause`)."""
    lang = tok.lang
    finding = tok.lower in ex.FINDING_VERBS.get(lang, ())
    if tok.lower not in ex.COURT_RULING_VERBS.get(lang, ()) and not finding or tok.pos not in ("VERB", "AUX") \
            or in_quote(tok.start, art.quotes):
        return False
    if finding:
        b = art.clause_of(sent, tok.i)[1]
        reach = art.toks[tok.i + 1:min(tok.i + 1 + ex.COURT_JUDGEMENT_REACH[lang], b)]
        if not any(t.lower in ex.COURT_JUDGEMENT_WORDS[lang] for t in reach):
            return False
    elif not (comps := _clauses_after(sent, tok)) or _verdict(sent, comps):
        return False
    # the subject's phrase before the verb names a court ("the judges of the court")
    subj = next((t for t in sent.toks if t.head == tok.i and t.dep == "nsubj"), None)
    return subj is not None and any(t.lower in ex.COURT_WORDS.get(lang, ()) for t in _subtree(art, sent, subj)
                                    if t.i < tok.i)


def _next_to_quote(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"X continued, "…"", ""…," Y observed": a verb of events_lexicon.QUOTE_ONLY_SPEECH
    with a quotation right after it (a comma or colon between) or closing right before its
    clause (only the speaker's name between)."""
    if tok.lower not in ex.QUOTE_ONLY_SPEECH.get(tok.lang, ()) or tok.pos != "VERB" or in_quote(tok.start, art.quotes):
        return False
    for q0, q1 in art.quotes:
        if not sent.start <= q0 < sent.end:
            continue
        if q0 >= tok.end and not art.text[tok.end:q0].strip(" ,:\"“”'‘"):
            return True
        between = art.text[tok.end:q0].strip(" ,:\"“”'‘").replace(",", " ").split()
        if q0 >= tok.end and between and len(between) <= 3 \
                and all(w.lower() in ex.QUOTE_LEAD_IN_WORDS.get(tok.lang, ()) for w in between):
            return True  # "The ruling reads in part, "…"": a part of the text quoted
        if q1 <= tok.start and tok.start - q1 <= 60 and not any(
                t.pos in ("VERB", "AUX") for t in sent.toks if q1 <= t.start < tok.start):
            return True
    return _quote_sentence_before(art, sent, tok)


def _after_opening_quote(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"„Wir bleiben“, sprach die Ministerin": a verb of ``events_lexicon.AFTER_QUOTE_SPEECH``
    right after the quotation of more than one word that opens its sentence (a comma at
    most between)."""
    if tok.lower not in ex.AFTER_QUOTE_SPEECH.get(tok.lang, ()) or in_quote(tok.start, art.quotes):
        return False
    marks = " ,\"„“”»«"
    return any(sent.start <= q0 and art.text[sent.start:q0].strip(marks) == "" and q1 <= tok.start
               and " " in art.text[q0:q1].strip()  # words said, not one word quoted ("„Gesetz“ sprach X mit Y")
               and art.text[q1:tok.start].strip(marks) == "" for q0, q1 in art.quotes)


def _inverted_opener(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """English class "a reporting verb before its speaker" (round 20): "Remarked the agency's
    director Ann Lee, "…"", "Said the minister: "…"": a past form of
    events_lexicon.INVERTED_SPEECH_OPENERS opens the sentence, and a quotation follows after a
    comma or colon with only the speaker's phrase between (no verb; the parse takes the
    opener for an adjective). Not "Noted author X said, "…"" (a verb between), nor "Said to
    be …" (no quotation after a speaker). The comma or colon before the quotation."""
    if tok.lang not in ex.INVERTED_SPEECH_OPENERS or tok.lower not in ex.INVERTED_SPEECH_OPENERS[tok.lang] \
            or not tok.text[:1].isupper() or in_quote(tok.start, art.quotes):
        return None
    if art.text[sent.start:tok.start].strip(" \"“”'‘’"):
        return None  # not the sentence's first word
    q0 = next((q0 for q0, _ in art.quotes if sent.start <= q0 < sent.end and q0 > tok.end), None)
    if q0 is None:
        return None
    between = [t for t in sent.toks if tok.end <= t.start and t.end <= q0 and t.text not in "\"“”'‘’"]
    if 0 < len(between) <= ex.INVERTED_SPEAKER_MAX_WORDS and between[-1].text in (",", ":") \
            and between[0].lower not in ex.INVERTED_NOT_AFTER.get(tok.lang, ()) \
            and not any(t.pos in ("VERB", "AUX") for t in between) \
            and any(m.a > tok.i and m.b <= between[-1].i for m in art.by_sent.get(sent.index, [])):
        return between[-1]
    return None


def _quote_sentence_before(art: Article, sent: Sentence, tok: Tok) -> bool:
    """""Why was the border closed?" X asked.": `sent` is a bare reporting clause after a
    quotation the parse split off (`quotation_before`), with no verb before `tok`."""
    return not any(t.pos in ("VERB", "AUX") and t.i < tok.i for t in sent.toks) \
        and quotation_before(art, sent) is not None


def quotation_before(art: Article, sent: Sentence) -> tuple[int, int] | None:
    """Class "a quotation closed by a full stop before its reporting clause": `sent` is a
    bare reporting clause (at most BARE_REPORT_MAX_WORDS words) and the sentence before it in
    its paragraph is one quotation to its end (""The talks failed." Ruiz said."): that
    quotation's span, else None."""
    if sent.index == 0 or len([t for t in sent.toks if t.pos != "PUNCT"]) > ex.BARE_REPORT_MAX_WORDS:
        return None
    before = art.sents[sent.index - 1]
    raw = art.text[before.start:before.end]
    q = in_quote(before.start + len(raw) - len(raw.lstrip()) + 1, art.quotes)
    if before.paragraph != sent.paragraph or q is None or q[1] < before.start + len(raw.rstrip()) - 3:
        return None
    return q


def _speech_phrase(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English phrases of saying (events_lexicon.SPEECH_PHRASES): "lashed out at", "cast
    doubt on", "renewed his call for", "made it clear": the verb with its words after it, at
    most two determiners, pronouns or adjectives between; not a bare infinitive ("refused to
    play down"), as with other verbs of saying."""
    phrases = ex.SPEECH_PHRASES.get(tok.lang, {}).get(tok.lower)
    if not phrases or tok.pos != "VERB" or in_quote(tok.start, art.quotes) or _not_a_report(art, sent, tok):
        return False
    last = sent.toks[-1].i
    k = tok.i + 1
    for _ in range(3):
        for words in phrases:
            if k + len(words) - 1 <= last and all(art.toks[k + n].lower == w for n, w in enumerate(words)):
                return True
        if k > last or art.toks[k].pos not in ex.SPEECH_PHRASE_GAP_POS[tok.lang]:
            return False
        k += 1
    return False


def _commits_to(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English pledges (events_lexicon.PLEDGE_TO_GERUND): "X previously committed to holding a
    vote", "committed itself to cutting …": the active verb, "to" (a reflexive may come
    before it) and a gerund; not "was committed to a hospital", "is committed to peace"."""
    if tok.lower not in ex.PLEDGE_TO_GERUND.get(tok.lang, ()) or tok.pos != "VERB" \
            or in_quote(tok.start, art.quotes) or passive(art, tok):
        return False
    k = tok.i + 1
    if k <= sent.toks[-1].i and art.toks[k].pos == "PRON":
        k += 1  # "committed itself to …"
    return k + 1 <= sent.toks[-1].i and art.toks[k].lower == ex.PLEDGE_TO_WORD[tok.lang] \
        and art.toks[k + 1].tag in ex.PLEDGE_GERUND_TAGS[tok.lang]


def _credits_with(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English class "credited X with" (events_lexicon.CREDIT_WITH): the active verb with
    its object and "with" right after the object ("credited the pilot with saving the crew",
    "credit themselves with 900 rescues"); not the passive ("is credited with"), nor money
    ("credited the sum to his account with the bank")."""
    if tok.lower not in ex.CREDIT_WITH.get(tok.lang, ()) or tok.pos != "VERB" or in_quote(tok.start, art.quotes) \
            or passive(art, tok):
        return False
    obj = next((t for t in sent.toks if t.head == tok.i and t.dep == "dobj" and t.i > tok.i), None)
    if obj is None:
        return False
    after = max(t.i for t in _subtree(art, sent, obj)) + 1  # "with" right after the object
    return after <= sent.toks[-1].i and art.toks[after].lower == ex.CREDIT_WITH_WORD[tok.lang]


def _refers_as(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English class "referred to X as "Y"" (events_lexicon.REFERS_AS): a form of "refer"
    with "to" right after it and "as" later in its clause, a quotation after "as", not in
    the passive ("what is referred to as …") nor inside a quotation."""
    if tok.lower not in ex.REFERS_AS.get(tok.lang, ()) or tok.pos != "VERB" or in_quote(tok.start, art.quotes):
        return False
    to, as_ = ex.REFERS_AS_WORDS[tok.lang]
    if tok.i + 1 >= len(art.toks) or art.toks[tok.i + 1].lower != to \
            or any(t.head == tok.i and t.dep in ("auxpass", "nsubjpass") for t in sent.toks):
        return False
    a, b = art.clause_of(sent, tok.i)
    mark = next((t for t in art.toks[tok.i + 2:b] if t.lower == as_), None)
    if mark is None:
        return False
    return any(mark.end <= q0 and q0 - mark.end <= 3 for q0, _ in art.quotes)


def _goes_on_to(art: Article, tok: Tok) -> bool:
    """English "went on to say", "continued to argue", "took to social media to condemn": the
    infinitive of a verb of saying that completes a verb of going on, or of taking to a
    medium, reports with that verb's subject."""
    if tok.dep not in ("xcomp", "advcl"):
        return False
    head = art.toks[tok.head]
    return head.lower in ex.GO_ON_VERBS.get(tok.lang, ()) or (
        head.lower in ex.TAKE_TO_VERBS.get(tok.lang, ()) and head.i + 1 < len(art.toks)
        and art.toks[head.i + 1].lower == "to")


def _asks_to(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"asked the court to delay its ruling", "asked the Queen for a delay": a request, with
    an object and an infinitive or "for"; not one told as part of a talk or call."""
    if tok.lower not in ex.REQUEST_VERBS.get(tok.lang, ()):
        return False
    if tok.dep == "conj" and art.toks[tok.head].lower in _ACTION_WORDS.get(tok.lang, ()):
        return False  # "spoke with X by phone and asked her to …": part of the talk (meetings)
    deps = {t.dep for t in sent.toks if t.head == tok.i}
    if "dobj" in deps and any(t.head == tok.i and t.dep == "prep" and t.lower == "for" for t in sent.toks):
        return True  # "asked the Queen for a delay"
    return all(d in deps for d in ex.REQUEST_DEPS[tok.lang])


def _asks_question(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Class "a question put in public" (round 20): "asked the minister whether …", "asked
    why …", "asked X if …": an active verb of asking (events_lexicon.QUESTION_VERBS) with
    a question after it (`question_clause`); the perfect ("has asked whether") too, not the
    passive ("was asked whether") nor a bare participle ("When asked whether …")."""
    if tok.lang not in ex.ASK_QUESTION_TAGS or tok.lower not in ex.QUESTION_VERBS.get(tok.lang, ()) \
            or passive(art, tok):
        return False
    if tok.tag not in ex.ASK_QUESTION_TAGS[tok.lang] and not (
            tok.tag == "VBN" and any(t.head == tok.i and t.dep == "aux" for t in sent.toks)):
        return False
    return question_clause(sent, tok) is not None


def question_clause(sent: Sentence, verb: Tok) -> Tok | None:
    """English: the head of the clause after a verb of asking that opens with a question word
    (QUESTION_WORDS: "asked the minister whether …"), the parse's ccomp or advcl
    (ASK_QUESTION_CLAUSE_DEPS); None where there is none."""
    for clause in (t for t in sent.toks if t.head == verb.i and t.i > verb.i
                   and t.dep in ex.ASK_QUESTION_CLAUSE_DEPS[verb.lang]):
        first = min((t for t in sent.toks if t.head == clause.i), key=lambda t: t.i, default=None)
        if first is not None and first.i > verb.i and first.lower in ex.QUESTION_WORDS[verb.lang]:
            return clause
    return None


def _has_particle(art: Article, sent: Sentence, tok: Tok, particle: str) -> bool:
    """The verb's particle: anywhere later in its clause in German ("teilte … mit"), or right
    before a participle ("verantwortlich gemacht"); right after it in English ("called for",
    "called on"; not "called off … on Monday")."""
    if tok.lang in ex.ADJACENT_PARTICLE_LANGS:
        return tok.i + 1 <= sent.toks[-1].i and art.toks[tok.i + 1].lower == particle
    if tok.tag in ex.PARTICIPLE_TAGS.get(tok.lang, ()) and tok.i > sent.toks[0].i and art.toks[tok.i - 1].lower == particle:
        return True  # a participle after its word: "hatten X verantwortlich gemacht", "Kritik geübt"
    if tok.tag in ex.PARTICIPLE_TAGS.get(tok.lang, ()) and particle in ex.FRONTABLE_NOUN_PARTICLES.get(tok.lang, ()):
        # "hat Kritik an den Kassen geübt": the noun earlier in the clause, governed by no
        # preposition ("hat die Rede trotz aller Kritik geübt")
        a, _ = art.clause_of(sent, tok.i)
        if any(t.lower == particle and not any(x.head == t.i and x.pos == "ADP" for x in art.toks[a:t.i])
               for t in art.toks[a:tok.i]):
            return True
    return art.particle_in(sent, tok.i, particle)


def _not_a_report(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English forms of a verb of saying that report nothing: a noun or a name ("their
    claims", "Haitham bin Tariq Al Said"), a claim to something ("which claims the sea"),
    a participle before a noun ("a reported fall",
    not "X's stated aim") or after it ("people accused of crimes", "a plane, reported by
    local press as …")."""
    if tok.pos not in ("VERB", "AUX"):
        return True
    if tok.tag in ex.NOT_REPORTING_TAGS["en"] and not _goes_on_to(art, tok):
        return True  # "declined to comment", "would not say", "Let's say": no words reported
    if tok.tag in ex.PARTICIPLE_CLAUSE_TAGS["en"] and tok.dep in ex.GERUND_AFTER_PREP_DEPS["en"] \
            and art.toks[tok.head].lower in ex.GERUND_ACT_PREPS["en"]:
        return True  # "known for expressing", "after posting pictures": a gerund names an act
    if tok.lower in ex.CLAIMS_TO["en"] and any(x.head == tok.i and x.dep == "dobj" for x in sent.toks):
        return True
    if any(x.head == tok.i and x.dep in ex.REPORTED_STATE_DEPS["en"] and x.lower in ex.REPORTED_STATE_WORDS["en"]
           for x in sent.toks):
        return True  # "was reported missing by the coast guard": a person missing, no words
    if tok.dep == "amod":
        if _after_apposition(art, sent, tok):
            return False  # "X, a UN envoy, cautioned peace takes time": the parse took the verb for an adjective
        return art.toks[tok.head].pos == "NOUN" and art.toks[tok.i - 1].text not in ex.POSSESSIVE_S_ANY
    prev = art.toks[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower in lx.ARTICLES["en"]:
        return True  # "the confirmed cases", "the accused wait": a participle before a noun or used as one
    if tok.tag in ("VBN", "VBD") and prev is not None and prev.pos in ("NUM", "DET") \
            and tok.i < len(art.toks) - 1 and art.toks[tok.i + 1].pos == "NOUN":
        return True  # "1,217 pledged delegates", "these confirmed cases": a participle the parse took for a verb
    if tok.dep != "acl" or tok.tag != "VBN":
        return False
    if _perfect_across_insertion(art, sent, tok) is not None:
        return False  # "The agency has, in a notice, urged …": a perfect split by an insertion
    # not after a name, which the parse may take for a noun's modifier ("The chief, X,
    # announced …")
    before = tok.i - 1 if art.toks[tok.i - 1].text != "," else tok.i - 2
    return not any(m.b == before + 1 or m.a <= tok.head < m.b for m in art.by_sent.get(sent.index, []))


def _perfect_across_insertion(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """English class "a perfect split by an inserted phrase" ("The agency has, in a short
    notice, urged residents to …"): the participle right after the comma that closes the
    insertion, which the parse takes for a modifier of the insertion's noun; the auxiliary
    before the insertion's opening comma, with its subject (None where it is no such)."""
    if tok.tag != "VBN" or tok.dep != "acl" or tok.i < 3 or art.toks[tok.i - 1].text != ",":
        return None
    start = sent.toks[0].i
    comma = next((k for k in range(tok.i - 2, max(tok.i - 2 - ex.INSERTION_MAX_WORDS, start), -1)
                  if art.toks[k].text == ","), None)
    if comma is None or comma - 1 < start or not comma < tok.head < tok.i - 1:
        return None
    aux = art.toks[comma - 1]
    if aux.lower not in ex.PERFECT_AUXILIARIES.get(tok.lang, ()) \
            or not any(t.head == aux.i and t.dep.startswith("nsubj") for t in sent.toks):
        return None
    return aux


def _misparsed_report(art: Article, sent: Sentence, verb: Tok) -> bool:
    """A verb of saying after an apposition that the English parse took for an adjective
    (`_after_apposition`): its subject and its words are read from the text, not the parse."""
    return verb.lang == "en" and verb.dep == "amod" and _after_apposition(art, sent, verb)


def _after_apposition(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English: the verb right after the comma that closes an apposition to a name ("Ann
    Lee, a UN envoy who visited the region, cautioned …"), not after an article ("a
    reported fall")."""
    if tok.i < 1 or art.toks[tok.i - 1].text != "," or tok.tag not in ex.PAST_VERB_TAGS.get(tok.lang, ()):
        return False
    return any(m.b < tok.i - 1 and art.toks[m.b].text == "," and m.kind in ("person", "organization", "state")
               for m in art.by_sent.get(sent.index, []))


def _act_on_object(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A verb of saying whose object makes it an act (events_lexicon.OBJECTS_NOT_WORDS): "the
    storm claimed 3000 lives"; confirming a nomination, a person or a holder of a role is a
    vote ("the Senate confirmed her nomination", "bestätigte die Ministerin X im Amt"); to
    promise oneself something is to expect it ("verspricht sich Fortschritte")."""
    if any(x.head == tok.i and x.i > tok.i and (x.dep in ex.COMPLEMENT_DEPS.get(tok.lang, ()) or any(
            c.head == x.i and c.lower in ex.COMPLEMENTIZERS_ANY for c in sent.toks)) for x in sent.toks):
        return False  # "bestätigte die Direktorin X, dass …": a clause is words, whatever the parse's object
    deps = ex.DIRECT_OBJECT_DEPS.get(tok.lang, ())
    objects = [x for x in sent.toks if x.head == tok.i and x.dep in deps]
    # "declared a state of emergency": what the object is, after "of"
    ofs = [p.i for p in sent.toks if p.dep == "prep" and p.lower in ex.NOUN_OF_PREPS.get(tok.lang, ())
           and any(p.head == o.i and p.i == o.i + 1 for o in objects)]
    named = objects + [x for x in sent.toks if x.head in ofs and x.dep == "pobj"]
    if any(tok.lower.startswith(verb) and x.lower in words
           for verb, words in ex.OBJECTS_NOT_WORDS.get(tok.lang, {}).items() for x in named):
        return True
    for verb, (prep, deeds) in ex.ACTS_AFTER_PREP.get(tok.lang, {}).items():
        if tok.lower.startswith(verb) and tok.i + 2 < len(art.toks) and art.toks[tok.i + 1].lower == prep \
                and any(x.head == tok.i + 1 and x.lower in deeds for x in sent.toks):
            return True  # "Moscow responded with sanctions": a response in deeds
    reflexive_not = ex.NOT_WITH_REFLEXIVE.get(tok.lang, ())
    if reflexive_not and tok.lower.startswith(reflexive_not) and any(
            x.head == tok.i and x.tag in ex.REFLEXIVE_TAGS.get(tok.lang, ()) for x in sent.toks):
        return True  # "verspricht sich Fortschritte davon": expects them
    if not tok.lower.startswith(ex.CONFIRMS_PERSONS.get(tok.lang, ())):
        return False
    return any(role_head(x) is not None or any(m.a <= x.i < m.b and m.kind == "person" for m in art.by_sent.get(sent.index, []))
               for x in objects)


def _talk_with_first(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"sprach mit X und Vertretern von Y": "mit" comes before the particle "von", so the
    verb reports a talk with someone, not words about something."""
    a, b = art.clause_of(sent, tok.i)
    after = [t.lower for t in art.toks[tok.i + 1:b]]
    talk_of = next((p for v, p in ex.TALK_OF_ANY.items() if tok.lower.startswith(v)), None)
    if talk_of is None or talk_of not in after:
        return False
    return any(w in ex.TALK_WITH_ANY for w in after[:after.index(talk_of)])


def _holds_view(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"X ist der Auffassung, dass …", "X is of the view that …", also with the subject after
    the verb ("Zudem ist die Regierung des Landes der Auffassung, dass …")."""
    if tok.lower not in ex.OPINION_COPULAS.get(tok.lang, ()) or in_quote(tok.start, art.quotes):
        return False
    if tok.lower in ex.OPINION_STAY_VERBS.get(tok.lang, ()):
        return _stays_with_account(art, sent, tok)
    nouns = ex.OPINION_NOUNS[tok.lang]
    end = art.clause_of(sent, tok.i)[1] if tok.lower in ex.OPINION_HOLD_VERBS.get(tok.lang, ()) \
        else min(tok.i + 8, sent.toks[-1].i + 1)
    return any(t.lower in nouns for t in art.toks[tok.i + 1:end])


def _stays_with_account(art: Article, sent: Sentence, tok: Tok) -> bool:
    """German "X bleibt bei seiner Darstellung, dass …" (class "staying with one's account",
    events_lexicon.OPINION_STAY_VERBS): "bei" right after the verb, the noun within three
    words, and the words after it open with a comma and "dass" or a colon."""
    last = sent.toks[-1].i
    if tok.i + 1 > last or art.toks[tok.i + 1].lower != ex.OPINION_STAY_PREP[tok.lang]:
        return False
    noun = next((t for t in art.toks[tok.i + 2:min(tok.i + 5, last + 1)] if t.lower in ex.OPINION_STAY_NOUNS[tok.lang]),
                None)
    if noun is None or noun.i + 1 > last:
        return False
    nxt = art.toks[noun.i + 1]
    return nxt.text == ":" or nxt.text == "," and noun.i + 2 <= last \
        and art.toks[noun.i + 2].lower in ex.COMPLEMENTIZERS[tok.lang]


def _holds_for(art: Article, sent: Sentence, tok: Tok) -> bool:
    """German "X hält Y für Z": a judgement put into words ("hält das Gesetz für
    verfassungswidrig", "halten einen Abzug für immer unwahrscheinlicher"): "für" and a bare
    adjective in the verb's clause (the tagger may call it a particle) and no other separable
    particle there ("hielt X für zwei Stunden fest")."""
    if tok.lower not in ex.HOLD_FOR_VERBS.get(tok.lang, ()) or in_quote(tok.start, art.quotes):
        return False
    a, b = art.clause_of(sent, tok.i)
    for t in art.toks[a:b]:
        if t.lower != ex.HOLD_FOR_PREP[tok.lang] or not (t.i > tok.i or tok.tag == "VVPP"):
            continue
        k = t.i + 1
        while k < b and art.toks[k].tag in ex.DEGREE_TAGS[tok.lang]:
            k += 1  # "für immer unwahrscheinlicher", "für sehr wichtig"
        if k < b and art.toks[k].text.isalpha() and art.toks[k].text.islower() \
                and art.toks[k].pos not in ex.NOT_PREDICATIVE_POS[tok.lang] \
                and not any(x.tag in ex.PARTICLE_TAGS[tok.lang] for x in art.toks[a:b] if x.i != k):
            return True
    return False


def _shows_stance(art: Article, sent: Sentence, tok: Tok) -> bool:
    """German "X zeigte sich besorgt über …", "zeigte sich überzeugt, dass …": the reflexive
    verb with a predicative adjective or participle of its own (read from the parse) and
    what the stance is about (a preposition or "dass" after it) puts a stance into words;
    not "Ein ähnliches Bild zeigt sich in Bayern", nor a bare mood ("X zeigte sich
    optimistisch")."""
    if tok.lower not in ex.STANCE_VERBS.get(tok.lang, ()) or in_quote(tok.start, art.quotes):
        return False
    if tok.lower in ex.SPEECH_FINITE_ONLY.get(tok.lang, ()) and not _finite(art, sent, tok):
        return False
    a, b = art.clause_of(sent, tok.i)
    if not any(t.lower in ex.REFLEXIVES.get(tok.lang, ()) and abs(t.i - tok.i) <= 3 for t in art.toks[a:b]):
        return False
    adj = next((t for t in art.toks[a:b] if t.head == tok.i
                and (t.tag in ex.STANCE_TAGS[tok.lang] or t.lower in ex.STANCE_WORDS[tok.lang])), None)
    if adj is None:
        return False
    # what it is about: a preposition or "dass" after the adjective, or a preposition of a
    # topic before it ("zeigte sich hinsichtlich der Pläne skeptisch"; not "am Abend")
    return any((t.pos == "ADP" and (t.i > adj.i or t.lower in ex.STANCE_TOPIC_PREPS[tok.lang])
                or t.lower in ex.COMPLEMENTIZERS[tok.lang]) and not in_quote(t.start, art.quotes)
               for t in sent.toks if t.i > tok.i)


def _calls_it(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"X called the meeting "frank and useful"": "called" with a quotation in its
    clause reports words, like "said"."""
    if tok.lower not in ex.CALLS_IT_ANY:
        return False
    # "called the talks frank", "calling it a violation": an object and what it is called
    objects = [t for t in sent.toks if t.head == tok.i and t.dep in ex.NAMED_OBJECT_DEPS.get(tok.lang, ())]
    if any(t.head == tok.i and t.dep in ex.NAMING_DEPS.get(tok.lang, ()) for t in sent.toks) and objects:
        return True
    if any(t.head == o.i and t.i == o.i + 1 and t.tag in ex.NAMING_ADJ_TAGS.get(tok.lang, ()) for o in objects for t in sent.toks):
        return True
    a, b = art.clause_of(sent, tok.i)
    end = art.toks[b - 1].end
    return any(tok.end <= q0 < end for q0, _ in art.quotes)


def _words_at(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Words said stand at `tok`: "dass" or a colon after it in the sentence, a comma right
    after its particle ("führte aus, …"), or a quotation that closes right before it ("„…“,
    begründete X …")."""
    after = art.toks[tok.i + 1:sent.toks[-1].i + 1]
    if any(t.lower in ex.SPEECH_MARKS.get(tok.lang, ()) for t in after):
        return True
    particles = ex.SPEECH.get(tok.lang, {}).get(tok.lower) or ()
    comma = next((t.i + 1 for t in after if t.lower in particles and t.i < sent.toks[-1].i
                  and art.toks[t.i + 1].text == ","), None)
    if comma is not None and any(_reported_mood(t) for t in art.toks[comma + 1:sent.toks[-1].i + 1]):
        return True  # "führte aus, der Plan sei …" (reported speech), not "führte den Befehl aus, den …"
    if tok.lower in ex.REASON_VERBS.get(tok.lang, ()) and any(
            t.lower == ex.REASON_PREP[tok.lang] for t in art.toks[tok.i + 1:art.clause_of(sent, tok.i)[1]]):
        return True  # "begründete die Absage mit dem Zeitdruck": a reason given
    before = art.text[sent.start:tok.start].rstrip(" ,")
    return bool(before) and any(before.endswith(q) for q in ("“", "\"", "”", "«", "»"))
