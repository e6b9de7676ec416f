"""Meeting triggers: the verbs and nouns that report a meeting, and whether a meeting noun
names its participants ("Gespräche mit X") or only refers back ("offen für Gespräche")."""
from __future__ import annotations

from .. import events_lexicon as ex
from .. import lexicon as lx
from ..text import Sentence, Tok, in_quote
from .article import Article
from .phrases import passive, person_object


def _words_at(art: Article, i: int, n: int) -> tuple[str, ...]:
    return tuple(t.lower for t in art.toks[i:i + n])


def is_trigger(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Can `tok` report a meeting? Each branch is one class of phrasing; participants,
    places and calls are checked later (`participants`, `not_in_person`)."""
    if in_quote(tok.start, art.quotes):
        return False
    verbs, nouns = ex.MEET_VERBS.get(tok.lang, {}), ex.MEET_NOUNS.get(tok.lang, set())
    if tok.lower in verbs:
        particle = verbs[tok.lower]
        if particle in ex.FREE_PARTICLES_ANY:
            a, b = art.clause_of(sent, tok.i)
            if not any(t.lower == particle for t in art.toks[a:b]):
                return False
        elif particle and not art.particle_in(sent, tok.i, particle):
            return False
        if tok.lower in ex.NEEDS_PERSON_OBJECT_ANY and not passive(art, tok):
            return person_object(art, sent, tok)  # "received X", not "received a call"
        return True
    if tok.lower in ex.SIT_DOWN_ANY and _words_at(art, tok.i + 1, 2) == ex.SIT_DOWN_WITH_ANY:
        return True  # "sat down with his counterpart"
    if tok.lower in nouns:
        return tok.lang == "en" or tok.text[:1].isupper()
    if tok.lang == "de" and _visit_compound(tok.lower) and tok.text[:1].isupper():
        return True  # "bei seinem London-Besuch bei X", "Arbeitsbesuch"
    if tok.lower in ex.WELCOME_VERBS_ANY and (passive(art, tok) or person_object(art, sent, tok)):
        return True  # "was welcomed by", "welcomed his counterpart"
    if _words_at(art, tok.i, 2) == ex.COURTESY_CALL_ANY:
        return True  # "paid a courtesy call on": in person
    if tok.lower in ex.TALK_VERBS_ANY and not is_noun(tok):
        return _talk_in_person(art, sent, tok)
    if tok.lower in ex.SIGN_VERBS_ANY and not is_noun(tok):
        a, b = art.clause_of(sent, tok.i)
        words = [t.lower for t in art.toks[a:b] if t.i != tok.i]
        # Signatories named together, at a place ("in Havanna"): "signed an agreement with
        # X" or a signing with no place may have been done apart.
        return art.place_in(sent, a, b) and any(w.endswith(ex.SIGN_OBJECTS_ANY) for w in words) \
            and not ex.TALK_WITH_ANY & set(words)
    if tok.lower in ex.ARRIVE_WORDS_ANY or tok.lower in ex.TRAVEL_WORDS_ANY:
        return True  # only a visit to a capital or state named with in/nach/to (checked later)
    return False


def _visit_compound(word: str) -> bool:
    """A German compound that ends in a word for a visit ("London-Besuch", "Arbeitsbesuchs")."""
    return word.endswith(ex.VISIT_COMPOUND_ENDINGS) and any(
        word.endswith(end) and len(word) > len(end) + 2 for end in ex.VISIT_COMPOUND_ENDINGS)


def is_noun(tok: Tok) -> bool:
    """A meeting noun (German ones capitalised); English "visit", "meeting" tagged as a verb
    are verbs ("will visit Paris")."""
    if tok.lang == "en" and tok.pos == "VERB" and tok.lower in ex.MEET_VERBS["en"]:
        return False  # "will visit Paris", "is meeting X": the verb, not the noun
    if tok.lower in ex.MEET_NOUNS.get(tok.lang, set()):
        return tok.lang == "en" or tok.text[:1].isupper()
    return tok.lang == "de" and _visit_compound(tok.lower) and tok.text[:1].isupper()


def definite_noun(art: Article, tok: Tok) -> bool:
    """"the meeting", "das Treffen": a meeting noun after a definite article."""
    return is_noun(tok) and tok.i > 0 and art.toks[tok.i - 1].lower in ex.DEFINITE_ANY


def linked_noun(art: Article, tok: Tok) -> bool:
    """"Gespräche mit/zwischen", "held talks", "zu Gesprächen": a meeting noun with its
    participants; other meeting nouns ("offen für Gespräche") only refer back."""
    after = [t.lower for t in art.toks[tok.i + 1:tok.i + 3]]
    before = [t.lower for t in art.toks[max(0, tok.i - 3):tok.i]]
    if set(after) & ex.NOUN_LINKS_ANY or set(before) & ex.HOLD_BEFORE_ANY:
        return True
    if _held_in_clause(art, tok):
        return True  # "führten dazu am Sonntag in Astana erstmals direkte Gespräche"
    if after[:1] and after[0] in ex.GENITIVE_LINKS_ANY:
        # "Ein Treffen des Ministerpräsidenten X mit dem Präsidenten Y"
        for t in art.toks[tok.i + 2:tok.i + 10]:
            if t.text in {",", ".", ";"}:
                break
            if t.lower in ex.TALK_WITH_ANY:
                return True
    if tuple(after) in lx.PLURAL_ANAPHORS or after[:1] == ["of"] and \
            tuple(t.lower for t in art.toks[tok.i + 2:tok.i + 4]) in lx.PLURAL_ANAPHORS:
        return True  # "ein Treffen der beiden Präsidenten", "a meeting of the two leaders"
    if tok.lower in ex.VISIT_WORDS_ANY and any(t.lower in ex.VISIT_TO_ANY for t in art.toks[tok.i + 1:tok.i + 4]):
        return True  # "a return visit to Seoul", "ein Besuch Müllers in Riga": a capital later
    if (tok.lower in ex.VISIT_WORDS_ANY or (tok.lang == "de" and _visit_compound(tok.lower))):
        for t in art.toks[tok.i + 1:tok.i + 6]:
            if t.text in {",", ".", ";"}:
                break
            if t.lower in ex.VISIT_AT.get(t.lang, ()):
                return True  # "bei seinem London-Besuch im August bei Premierminister X"
    if tok.i > 0 and art.toks[tok.i - 1].lower in ex.AFTER_ANY and tok.lower in ex.BARE_TALKS_ANY:
        return True  # "X and Y agreed … after talks": bare plural, a meeting of its own
    if both_countries_at(art, tok.i + 1, tok.i + 6) is not None:
        return True  # "Treffen der Außenminister beider Länder"
    if set(before) & ex.FOR_TALKS_ANY:
        # "zu Gesprächen ... erwartet", not "zu Gesprächen bereit"
        sent_words = {t.lower for t in art.toks[max(0, tok.i - 12):tok.i + 12]}
        return bool(sent_words & (ex.ARRIVE_WORDS_ANY | ex.TRAVEL_WORDS_ANY))
    return False


def _held_in_clause(art: Article, tok: Tok) -> bool:
    """A "führen/hold" verb earlier in the noun's clause ("führten … ein Gespräch")."""
    for t in reversed(art.toks[max(0, tok.i - 12):tok.i]):
        if t.text in {",", ";", ".", ":"}:
            return False
        if t.lower in ex.HOLD_VERBS_ANY:
            return True
    return False


def _talk_in_person(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"sprach mit X in Washington", "soll dort mit X sprechen", "talked with X in Rome"."""
    a, b = art.clause_of(sent, tok.i)
    words = [t.lower for t in art.toks[a:b]]
    if not ex.TALK_WITH_ANY & set(words):
        return False
    with_at = min(k for k, w in enumerate(words) if w in ex.TALK_WITH_ANY)
    if any(p in words[:with_at] and tok.lower.startswith(v) for v, p in ex.TALK_OF_ANY.items()):
        return False  # "sprach … von" before any "mit": words reported, not a talk
    if set(words) & (ex.REMOTE_WORDS_ANY - ex.REMOTE_TALK_ANY):
        return False
    if set(words) & ex.PLACE_ADVERBS_ANY:
        return True
    if any(t.lower.endswith(ex.VISIT_NOUN_ENDINGS_ANY) and t.pos in ("NOUN", "PROPN") for t in sent.toks):
        return True
    return art.place_in(sent, a, b)


def both_countries_at(art: Article, a: int, b: int) -> str | None:
    """The role noun of "die Außenminister beider Länder" / "the ministers of both countries"
    in tokens [a, b) ("" when there is none), None without such a phrase."""
    toks = art.toks[a:min(b, len(art.toks))]
    for k, t in enumerate(toks[:-1]):
        if t.lower in ex.BOTH_ANY and toks[k + 1].lower in ex.COUNTRY_NOUNS_ANY:
            j = k - 2 if k >= 2 and toks[k - 1].lower in ex.GENITIVE_LINKS["en"] else k - 1
            return toks[j].lower.rstrip("s") if j >= 0 and t.i - toks[j].i <= 2 else ""
    return None


def _coordination_end(art: Article, tok: Tok, b: int) -> int:
    """End of the trigger's own verb phrase: "met in Delhi last year and have since spoken
    by phone" stops before "and have"."""
    for t in art.toks[tok.i + 1:b - 1]:
        if t.lower in ex.AND_ANY and art.toks[t.i + 1].pos in ("AUX", "VERB"):
            return t.i
    return b


def not_in_person(art: Article, tok: Tok, a: int, b: int) -> bool:
    """A call, video conference or letter in the trigger's own verb phrase: no meeting. "spoke
    with" is a meeting word here, "paid a courtesy call" is in person, "called off" no call."""
    words = {t.lower for t in art.toks[a:_coordination_end(art, tok, b)]}
    remote = ex.REMOTE_WORDS_ANY - ex.REMOTE_TALK_ANY if tok.lower in ex.TALK_VERBS_ANY else ex.REMOTE_WORDS_ANY
    if tok.lower == ex.COURTESY_CALL_ANY[0]:
        remote = remote - set(ex.COURTESY_CALL_ANY[1:])
    return bool(words & remote) and not (set(ex.CALLED_OFF_ANY) <= words)


def clause_triggers(art: Article, sent: Sentence
                    ) -> tuple[dict[tuple[int, int], Tok], dict[tuple[int, int], tuple[int, int]]]:
    """One trigger per clause (a verb, else a linked noun, else any noun), and for a clause
    cut in two at a comma between two triggers the span of the first half's subject."""
    best: dict[tuple[int, int], Tok] = {}
    shared: dict[tuple[int, int], tuple[int, int]] = {}  # second half → the first's subject span
    for tok in sent.toks:
        if not is_trigger(art, sent, tok):
            continue
        clause = art.clause_of(sent, tok.i)
        if clause in best and definite_noun(art, best[clause]) and tok.lower in ex.EXPECTED_ANY:
            continue  # "the meeting … is now expected in mid-March": the meeting, not an arrival
        if clause not in best or (is_noun(best[clause]) and not is_noun(tok)) \
                or (is_noun(best[clause]) and not linked_noun(art, best[clause]) and linked_noun(art, tok)):
            best[clause] = tok  # a verb, else a linked noun ("after talks"), else any noun
    for clause, tok in list(best.items()):
        # Two triggers with a comma between them are two meetings ("talks with X on
        # Tuesday, followed by a meeting with Y"): a meeting verb or a linked noun.
        verbs = [t for t in art.toks[clause[0]:clause[1]] if is_trigger(art, sent, t)
                 and ((not is_noun(t) and t.lower in ex.MEET_VERBS.get(t.lang, {}))
                      or (is_noun(t) and linked_noun(art, t)))]
        commas = [t.i for t in art.toks[clause[0]:clause[1]] if t.text == ","]
        # German: the first verb's particle after the second trigger closes one verb bracket
        # around both ("traf X, Kommandeur des Y, zu einem Besuch in Z ein"): one meeting.
        bracket = len(verbs) >= 2 and any(t.tag in ex.VERB_PARTICLE_TAGS for t in art.toks[verbs[1].i:clause[1]])
        if len(verbs) >= 2 and not bracket and any(verbs[0].i < c < verbs[1].i for c in commas):
            cut = next(c for c in commas if verbs[0].i < c < verbs[1].i)
            del best[clause]
            best[(clause[0], cut)] = verbs[0]
            best[(cut + 1, clause[1])] = verbs[1]
            shared[(cut + 1, clause[1])] = (clause[0], verbs[0].i)
    return best, shared
