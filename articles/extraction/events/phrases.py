"""Small tests over tokens and mentions that the statement and meeting rules share."""
from __future__ import annotations

from .. import events_lexicon as ex
from .. import lexicon as lx
from ..actors import Actor, Mention, role_head, role_head_word
from ..text import Sentence, Tok, in_quote
from .article import Article


def passive(art: Article, tok: Tok) -> bool:
    """"was welcomed by", "were received": a passive auxiliary just before the verb."""
    prev = [art.toks[k].lower for k in range(max(0, tok.i - 2), tok.i)]
    return any(p in ex.PASSIVE_AUX_ANY for p in prev)


def person_object(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A person named right after the verb (a title or a demonym may come first)."""
    return any(m.kind in ("person", "desc") and tok.i < m.a <= tok.i + 5
               for m in art.by_sent.get(sent.index, []))


def greeted_in_person(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A passive of greeting whose subject is a person ("Außenminister X wurde von Y
    begrüßt"), read from the parse: the subject or its apposition is in a person's mention."""
    if tok.lower not in ex.GREET_PASSIVES.get(tok.lang, ()):
        return False
    subjects = [t.i for t in sent.toks if t.head == tok.i and t.dep in ex.PASSIVE_SUBJECT_DEPS[tok.lang]]
    words = subjects + [t.i for t in sent.toks if t.head in subjects and t.dep == "appos"]
    return any(m.kind in ("person", "desc") and m.a <= k < m.b
               for m in art.by_sent.get(sent.index, []) for k in words)


def possessive(art: Article, m: Mention) -> bool:
    """"her counterpart", "Ihr Fraktionsvorsitzender X": the owner, not the person."""
    if m.kind != "pronoun":
        return False
    tok = art.toks[m.a]
    if tok.dep == "poss":
        return True
    nxt = art.toks[m.a + 1] if m.a + 1 < len(art.toks) else None
    return (tok.lower in ex.POSSESSIVE_BEFORE_NOUN.get(tok.lang, ()) and nxt is not None
            and nxt.text[:1].isupper() and nxt.pos in ("NOUN", "PROPN", "ADJ"))


def is_modifier(art: Article, m: Mention) -> bool:
    """"NATO Secretary General X", "US envoy Y", "Sweden's bid":
    a state or organisation that only qualifies something else."""
    if m.kind not in ("state", "organization"):
        return False
    if m.b < len(art.toks) and art.toks[m.b].text in ex.POSSESSIVE_S_ANY:
        return True
    k = m.a - 1
    while k > 0 and art.toks[k].lower in ex.MODIFIER_ARTICLES_ANY:
        k -= 1
    if k > 0 and art.toks[k].lower in ex.GENITIVE_LINKS_ANY and (art.toks[k - 1].lower in lx.ROLE_NOUNS
                                                                  or art.toks[k - 1].lower in ex.HEAD_NOUNS_ANY):
        return True
    # "Frankreichs Gewerkschaften", "Kanadas Regierung", "Chiles neuer Außenminister X": a
    # German genitive before a noun (adjectives between) only qualifies it
    if art.lang == "de" and m.text.endswith("s"):
        k = m.b
        while k < len(art.toks) and k - m.b < 3 and art.toks[k].tag == "ADJA":
            k += 1
        if k < len(art.toks) and art.toks[k].pos == "NOUN" and art.toks[k].text[:1].isupper():
            return True
    # "Die Verteidigungsminister Finnlands, Schwedens und Estlands": German genitives of a
    # role noun, one after the other.
    if art.lang == "de" and m.text.endswith("s"):
        k = m.a - 1
        while k > 0 and m.a - k <= 6 and (art.toks[k].text in {",", *ex.AND["de"]} or (
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
        if not (tok.text[:1].isupper() or tok.lower in lx.ROLE_NOUNS or tok.lower in ex.TITLE_FILLERS_ANY):
            return False
    return False


def participial_head(art: Article, m: Mention) -> int | None:
    """German class "a participial attribute": the index of the noun a mention only
    qualifies from inside a participial attribute ("der von Kanada angeführten Allianz", "die
    vom Premier X geführte Regierung", "des von den USA unterstützten Bündnisses"), else None.
    An article, the agent's preposition (a title or an article may follow it), the mention,
    at most two adverbs, the participle(s), then the noun."""
    if art.lang != "de":
        return None
    k = m.a - 1
    while k > 0 and m.a - k <= 3 and art.toks[k].pos in ("DET", "NOUN"):
        k -= 1  # "vom Premier X", "von den USA"
    if k < 1 or art.toks[k].lower not in ex.ATTRIBUTE_AGENT_PREPS["de"] or art.toks[k - 1].pos != "DET":
        return None
    j = m.b
    while j < len(art.toks) and j - m.b < 2 and art.toks[j].pos == "ADV":
        j += 1
    if j >= len(art.toks) or art.toks[j].tag != "ADJA":
        return None
    while j < len(art.toks) and art.toks[j].tag == "ADJA":
        j += 1
    return j if j < len(art.toks) and art.toks[j].pos == "NOUN" else None


def negated(art: Article, sent: Sentence, verb: Tok) -> bool:
    """The verb is negated in its clause, outside any quotation ("has not commented",
    "äußerte sich nicht", "Gründe nannte er nicht", "did not meet"); not "nicht nur", "not
    only". An attribution is never negated: its "nicht" belongs to the words ("Es kann laut
    X nicht angehen, dass …")."""
    if verb.lower in ex.ATTRIBUTION.get(verb.lang, ()) or verb.lower in ex.ATTRIBUTION_AFTER_WORDS.get(verb.lang, ()) \
            or verb.lower in ex.OWN_WORDS_NOUNS.get(verb.lang, ()):
        return False  # "…, so X", "Nach seinen Worten kommt er nicht"
    if verb.lower in ex.NEGATED_STILL_SAYS.get(verb.lang, ()):
        return False  # "schloss nicht aus, dass …": the possibility put into words
    a, b = art.clause_of(sent, verb.i)
    negations = ex.NEGATIONS.get(verb.lang, ())

    def negation(t: Tok) -> bool:
        after = art.toks[t.i + 1].lower if t.i + 1 < len(art.toks) else ""
        return t.lower in negations and after not in ex.NOT_ONLY.get(t.lang, ())

    for t in art.toks[a:b]:
        if not negation(t) or in_quote(t.start, art.quotes):
            continue
        if 0 < verb.i - t.i <= 3:  # "has not commented", "der sich nicht äußerte"
            return True
        # German verb-second: "äußerte sich nicht"; not "sagte, er komme nicht", whose
        # negation belongs to the reported words after the comma.
        if verb.lang == "de" and 0 < t.i - verb.i <= 4 \
                and not any(x.text == "," for x in art.toks[verb.i:t.i]):
            return True
    # English: the negation before a phrase set off by commas ("had not, as of yesterday,
    # announced"): the verb's own "not" (its dependant), with no other verb between
    return verb.lang == "en" and any(
        negation(t) and 0 < verb.i - t.i <= 9
        and (t.head == verb.i or art.toks[t.head].lower in ex.NEGATED_AUX["en"])
        and not any(x.pos == "VERB" for x in art.toks[t.i + 1:verb.i]) for t in sent.toks)


def possessive_stem(tok: Tok) -> str | None:
    """The stem of a possessive determiner ("seiner" → "sein", "ihrer" → "ihr"; its owner's
    gender is POSSESSIVE_OWNERS[stem]), None for another word."""
    endings = ex.POSSESSIVE_ENDINGS if tok.lang in ex.POSSESSIVE_ENDING_LANGS else ("",)
    return next((stem for stem in ex.POSSESSIVE_OWNERS.get(tok.lang, {})
                 if tok.lower.startswith(stem) and tok.lower[len(stem):] in endings), None)


def possessive_owner(art: Article, sent: Sentence, at: int) -> Actor | None:
    """The actor a possessive determiner at `at` points back to ("seiner Reise", "nach
    seinen Angaben"): the one a pronoun there would name, or failing its gender the nearest
    of the possessive's gender; None where `at` holds no possessive."""
    stem = possessive_stem(art.toks[at])
    if stem is None:
        return None
    gender = ex.POSSESSIVE_OWNERS[art.lang][stem]
    t = art.toks[at]
    stand_in = Mention(t.start, t.end, at, at + 1, t.text, "pronoun", sent.index)
    excluded: set[str] = set()
    for k in range(3):
        actor, _ = art.resolve(stand_in, sent, excluded)
        if actor is None or gender is None or art.gender(actor) == gender or (k == 0 and art.gender(actor) is None):
            return actor
        excluded.add(actor.key)
    return None


def trip_then_purpose(toks: list[Tok]) -> bool:
    """A travel or arrival word, later a word that opens a clause of purpose ("flog nach
    Nairobi, um mit X zu sprechen"): the trip was made for what that clause says."""
    words = [t.lower for t in toks]
    travel = next((k for k, w in enumerate(words) if w in ex.TRAVEL_WORDS_ANY or w in ex.ARRIVE_WORDS_ANY), None)
    return travel is not None and bool(toks) and any(
        w in ex.PURPOSE_WORDS.get(toks[0].lang, ()) for w in words[travel + 1:])
