"""Attributions: words credited to a source without a verb of saying ("nach Angaben",
"according to", "laut", "zufolge", "X's words", a colon after a name), the source they
name, and where its name ends."""
from __future__ import annotations

import re
from dataclasses import replace

from .. import events_lexicon as ex
from .. import gazetteer
from ..actors import Mention, demonym_code, media_name, role_head, role_head_word
from ..text import Sentence, Tok, in_quote
from .article import Article
from .bodies import _bare_body, _lift_attributes, _state_body, _vague_partner, stand_in
from .phrases import is_modifier, negated, possessive_owner, possessive_stem
from .speakers import (_before_a_name, _document_author, _joint_speakers, _person_behind, _speaker, compound_owner,
                       document_noun, document_owner)
from .speech_parse import _past_dates, _reported_mood, _subtree


def _attribution(art: Article, sent: Sentence) -> tuple[Tok | None, Mention | None]:
    """"nach Angaben des X", "laut X", "X zufolge", "according to X", "hieß es aus X": the
    attribution word and its source."""
    for tok in sent.toks:
        if (state := _demonym_source(art, sent, tok)) is not None:
            return tok, state
        if (owner := _possessive_source(art, sent, tok)) is not None:
            return tok, owner
        if tok.lower in ex.ATTRIBUTION.get(tok.lang, ()) and not in_quote(tok.start, art.quotes) \
                and (tok.lower not in ex.ATTRIBUTION_SOURCE_AFTER or (tok.i + 1 < len(art.toks)
                     and art.toks[tok.i + 1].lower in ex.ATTRIBUTION_SOURCE_AFTER[tok.lower])
                     or _genitive_name_source_de(art, sent, tok)) \
                and (tok.lower not in ex.ATTRIBUTION_PREP_BEFORE or any(
                     t.lower in ex.ATTRIBUTION_PREP_BEFORE[tok.lower] for t in art.toks[max(tok.i - 3, 0):tok.i])):
            ms = [m for m in art.by_sent.get(sent.index, []) if tok.i < m.a <= tok.i + 4 and m.kind != "place"]
            ms = _lift_attributes(art, sent, ms)  # "Nach Angaben der von X geführten Allianz"
            if ms and (is_modifier(art, ms[0]) or _owner_before(art, ms[0]) or _state_of_role(art, ms[0])):
                # "according to Norway's foreign minister X", "according to Y's mayor, X": the
                # owner only qualifies the source, which follows within the same phrase
                owner = ms[0]
                ms = [m for m in art.by_sent.get(sent.index, []) if owner.b <= m.a <= owner.b + 5
                      and m.kind in ("person", "organization", "desc")
                      and not any(t.pos in ("VERB", "AUX") for t in art.toks[owner.b:m.a])][:1]
                if not ms and any(t.lower in ex.SPEAKS_FOR_OWNER.get(tok.lang, ()) for t in art.toks[owner.b:owner.b + 4]):
                    ms = [owner]  # "according to the agency's latest report": its owner
            if ms and ms[0].kind == "pronoun" and ms[0].text.lower() in ex.OWNER_PRONOUNS.get(tok.lang, ()) \
                    and not any(t.lower in ex.SPEAKS_FOR_OWNER[tok.lang] for t in art.toks[ms[0].b:ms[0].b + 3]):
                # "according to her memoirs", "according to his biography": a document, not
                # words said (docs/annotation.md); "according to her statement" is hers
                ms = []
            if ms and _before_a_name(art, ms[0]):
                # "according to NASA administrator X": X, not the agency (nobody where X is
                # no actor: "according to UCL astronomer X")
                ms = [p for p in [_person_behind(art, ms[0])] if p is not None]
            if not ms and (owned := _owner_of_source(art, sent, tok)) is not None:
                ms = [owned]  # "according to a statement issued by the ministry"
            if not ms and (off := ex.BARE_BODY_AFTER.get(tok.lang, {}).get(tok.lower)) \
                    and tok.i + off <= sent.toks[-1].i \
                    and (body := _bare_body(art, sent, art.toks[tok.i + off])) is not None:
                ms = [body]  # "according to police", "laut Polizei"
            if not ms and (off := ex.BARE_BODY_AFTER.get(tok.lang, {}).get(tok.lower)) \
                    and tok.i + off + 1 <= sent.toks[-1].i \
                    and (body := _state_body(art, sent, art.toks[tok.i + off])) is not None:
                ms = [body]  # "according to Iraqi military": the state's body
            if not ms:
                ms = _apposed_source(art, sent, tok, 4)
            if tok.lower in ex.ATTRIBUTION_AFTER_SOURCE_ANY:
                ms = [m for m in art.by_sent.get(sent.index, []) if m.b == tok.i]
            ms = [m for m in ms if not _medium(art, tok, m)]
            if art.toks[tok.i - 1].lower in ex.OWN_ACCOUNT.get(tok.lang, ()):
                # "Das Ministerium will nach eigenen Angaben …": the subject before
                ms = [m for m in art.by_sent.get(sent.index, []) if m.b < tok.i - 1 and not m.quoted
                      and m.kind in ("organization", "state", "person", "desc")][-1:]
            if ms:
                return tok, ms[0]
        if tok.lower in ex.ATTRIBUTION_AFTER_WORDS.get(tok.lang, ()) and tok.i > sent.toks[0].i \
                and art.toks[tok.i - 1].text == "," and not in_quote(tok.start, art.quotes) \
                and art.toks[tok.i + 1].lower not in ex.EXAMPLE_WORDS.get(tok.lang, ()):
            # "„…“, so Maduro.", "Die Lage sei ernst, so Okello, …": the source
            # stands alone between the comma and the end of the sentence or the next comma
            ms = [m for m in art.by_sent.get(sent.index, []) if tok.i < m.a <= tok.i + 3
                  and m.kind in ("organization", "state", "person", "desc")
                  and ((end := _after_source(art, m.b)) > sent.toks[-1].i - 1 or art.toks[end].text in {",", ".", ";"}
                       or _phrase_to_end(art, sent, end))]
            if (named := _apposed_source(art, sent, tok, 1)) and (not ms or ms[0].a < named[0].a):
                ms = named  # "…, so die Sprecherin der Regierung, X.": the name, not the body
            if ms:
                return tok, ms[0]
        if tok.text == ":" and (m := _colon_source(art, sent, tok)) is not None:
            return tok, m
        if tok.text == ":" and (found := _colon_quote(art, sent, tok))[1] is not None:
            return found
        if (k := _impersonal_report(art, sent, tok)) is not None:
            # "…, hieß es aus dem griechischen Außenministerium", "hieß es weiter von X"
            ms = [m for m in art.by_sent.get(sent.index, []) if k < m.a <= k + 4
                  and m.kind in ("organization", "state", "person", "desc")]
            if ms:
                return tok, ms[0]
    return _statement_occasion(art, sent)


def _after_source(art: Article, k: int) -> int:
    """The first token after the source of "so" at `k`, past its dates and an adverb of
    continuing ("…, so X am Montag weiter.": ATTRIBUTION_AFTER_WORDS_CLOSERS)."""
    k = _past_dates(art, k)
    if k < len(art.toks) and art.toks[k].lower in ex.ATTRIBUTION_AFTER_WORDS_CLOSERS.get(art.toks[k].lang, ()):
        k = _past_dates(art, k + 1)
    return k


def _demonym_source(art: Article, sent: Sentence, tok: Tok) -> Mention | None:
    """"nach israelischen Angaben", "laut russischer Darstellung", "nach russischer Ansicht":
    the state whose adjective stands before the attribution noun is the source (a mention of
    the state made of the adjective)."""
    if tok.lower not in ex.DEMONYM_SOURCE_NOUNS.get(tok.lang, ()) or tok.i < 2 or in_quote(tok.start, art.quotes):
        return None
    adj, prep = art.toks[tok.i - 1], art.toks[tok.i - 2]
    code = demonym_code(adj.text, tok.lang)
    if code is None or prep.lower not in ex.DEMONYM_SOURCE_PREPS[tok.lang] or adj.text[:1].isupper():
        return None
    return Mention(adj.start, adj.end, adj.i, adj.i + 1, adj.text, "state", sent.index, country=code,
                   actor=art.reg.actor_for_state(code))


def _source_end(art: Article, sent: Sentence, m: Mention) -> int:
    """Where the phrase naming a source ends: after its apposition or bracket
    (`_source_apposition_end`) or after its place ("nach Einschätzung der Regierung in Wien",
    "according to police in Baytown, Texas,"; a body's only: "laut X in Kabul" may be what
    the words are about), else after the mention."""
    if (end := _source_apposition_end(art, sent, m)) != m.end:
        return end
    last, b = sent.toks[-1].i, m.b
    if b + 1 <= last and art.toks[b].lower in ex.SOURCE_PLACE_PREPS.get(art.lang, ()) and m.kind != "person":
        places = {p.a: p for p in art.by_sent.get(sent.index, []) if p.kind in ("place", "state")}
        at = b + 1  # "in Baytown, Texas,": the place and the region or state after its comma
        while (place := places.get(at)) is not None:
            b = place.b
            at = place.b + 1 if place.b <= last and art.toks[place.b].text == "," else -1
    if (end := _vague_partner(art, sent, b)) is not None:
        b = end  # "according to police and county officials,": the vague partner goes with the source
    if b + 1 <= last and art.toks[b].lower in ex.SOURCE_MEDIUM_PREPS.get(art.lang, ()):
        # "according to the mayor via news agency X": the medium goes with the source
        end = next((t.i for t in art.toks[b + 1:last + 1] if t.text in (",", ";") or t.pos in ("VERB", "AUX")
                    or in_quote(t.start, art.quotes)), last + 1)
        if end > b + 1 and art.toks[end - 1].pos == "PUNCT" and end == last + 1:
            end -= 1  # the sentence's full stop
        if end > b + 1 and (end > last or art.toks[end].pos not in ("VERB", "AUX")):
            b = end
    return art.toks[b - 1].end if b > m.b else m.end


def _without_source(art: Article, sent: Sentence, start: int, end: int) -> str:
    """The sentence without the phrase [start, end) that names the source of its words."""
    words = art.text[sent.start:start] + art.text[end:sent.end]
    return re.sub(r"(?:\s*,)+", ",", " ".join(words.split())).strip(" ,.;:")  # "Later, , the …"


def _noun_phrase_de(art: Article, a: int, b: int) -> bool:
    """German: art.toks[a:b] is a noun phrase with its article ("des Innenministers der
    Provinz", "des Datenschutzbeauftragten der Landesregierung", "dem Sprecher des Weißen
    Hauses"): an article first, then only articles, adjectives and nouns (class "a name after
    the phrase of its office", round 16)."""
    return art.lang == "de" and b - a >= 2 and art.toks[a].pos == "DET" \
        and all(t.pos in ex.APPOSITION_START_POS | {"PROPN"} for t in art.toks[a:b]) \
        and any(t.pos == "NOUN" for t in art.toks[a:b])


def _source_apposition_end(art: Article, sent: Sentence, m: Mention) -> int:
    """Where the source of an attribution ends: after the apposition that follows its name
    between commas ("Laut X, Vorstandschef der Agentur, sei …", "laut X, einem Mitglied des
    Parlaments, …": a noun phrase with no verb and no other name at its start) or after a
    bracket around it or after it ("Nach Auskunft des Ministeriums (Pentagon) seien …"),
    else at the name."""
    if m.b <= sent.toks[-1].i and art.toks[m.b].text == ")":
        return art.toks[m.b].end
    if m.b < sent.toks[-1].i and art.toks[m.b].text == "(":
        # "Nach Angaben des Ministeriums (Pentagon) seien …": its other name in brackets
        close = next((t for t in art.toks[m.b + 1:min(m.b + 6, sent.toks[-1].i)] if t.text == ")"), None)
        return close.end if close is not None else m.end
    if m.b >= sent.toks[-1].i or art.toks[m.b].text != "," or art.toks[m.b + 1].pos not in ex.APPOSITION_START_POS \
            or any(x.a == m.b + 1 for x in art.by_sent.get(sent.index, [])):
        return m.end
    for k in range(m.b + 1, min(m.b + 10, sent.toks[-1].i)):
        t = art.toks[k]
        if t.pos in ("VERB", "AUX") or in_quote(t.start, art.quotes):
            return m.end
        if t.text == ",":
            return t.end if any(x.pos == "NOUN" for x in art.toks[m.b + 1:k]) else m.end
    return m.end


def _own_words_possessive(art: Article, sent: Sentence, tok: Tok) -> int | None:
    """German: where the possessive stands that makes `tok` one's own words ("nach seinen
    Angaben", "seiner Ansicht nach", "ihren Worten zufolge"; adjectives may come between)."""
    if tok.lower not in ex.OWN_WORDS_NOUNS.get(tok.lang, ()) or in_quote(tok.start, art.quotes):
        return None
    k = tok.i - 1
    while k > sent.toks[0].i and art.toks[k].pos == "ADJ":
        k -= 1
    after = art.toks[tok.i + 1].lower if tok.i < sent.toks[-1].i else ""
    if k < sent.toks[0].i or possessive_stem(art.toks[k]) is None or not (
            after in ex.OWN_WORDS_AFTER[tok.lang]
            or k > sent.toks[0].i and art.toks[k - 1].lower in ex.OWN_WORDS_BEFORE[tok.lang]):
        return None
    return k


def _possessive_source(art: Article, sent: Sentence, tok: Tok) -> Mention | None:
    """German: one's own words named by a possessive as the source ("nach seinen Angaben",
    "seiner Ansicht nach", "ihren Worten zufolge"): the actor the possessive points back to,
    as a mention at the possessive."""
    if (k := _own_words_possessive(art, sent, tok)) is None:
        return None
    subject = next((t for t in art.toks[sent.toks[0].i:k] if t.dep.startswith("nsubj")), None)
    if subject is not None:
        # "Die Bank geht nach ihren Angaben von … aus": the subject before owns the words
        return next((m for m in art.by_sent.get(sent.index, []) if m.a <= subject.i < m.b and m.actor is not None
                     and m.kind in ("person", "organization", "state", "desc")), None)
    if (actor := possessive_owner(art, sent, k)) is None:
        return None
    t = art.toks[k]
    m = Mention(t.start, t.end, k, k + 1, t.text, "pronoun", sent.index)
    m.actor = actor
    return m


def _genitive_name_source_de(art: Article, sent: Sentence, tok: Tok) -> bool:
    """German: the source of an attribution noun as a name in the genitive right after it
    ("nach Ansicht Frankreichs", "nach Meinung Russlands"; events_lexicon.GENITIVE_NAME_ENDING)."""
    ending = ex.GENITIVE_NAME_ENDING.get(tok.lang)
    if not ending or tok.i + 1 >= len(art.toks) or art.toks[tok.i + 1].pos != "PROPN":
        return False
    return any(m.a == tok.i + 1 and m.kind != "place" and art.toks[m.b - 1].text.endswith(ending)
               for m in art.by_sent.get(sent.index, []))


def _apposed_source(art: Article, sent: Sentence, tok: Tok, gap: int) -> list[Mention]:
    """Class "a name in apposition to its role after the attribution word" ("according to
    the El Paso mayor, X, …", "laut dem Sprecher des Ministeriums, X", "…, so die Sprecherin
    der Regierung, X."): the person named after the comma, when a role noun or a German noun
    phrase stands between, with no verb and no other comma; at least `gap` words after `tok`."""
    return [m for m in art.by_sent.get(sent.index, []) if tok.i + gap < m.a <= tok.i + 8
            and art.toks[m.a - 1].text == "," and m.actor is not None and m.actor.kind == "person"
            and (art.toks[m.a - 2].lower in gazetteer.title_lexicon(tok.lang) or role_head(art.toks[m.a - 2])
                 or _noun_phrase_de(art, tok.i + 1, m.a - 1))  # "des Ministers des Landes, X"
            and not any(t.pos in ("VERB", "AUX") or t.text == "," for t in art.toks[tok.i + 1:m.a - 1])][:1]


def _phrase_to_end(art: Article, sent: Sentence, k: int) -> bool:
    """Class "a phrase after the source" (round 16): from `k` to the end of the sentence
    stands a phrase opened by a preposition, with no verb and no comma ("…“, so X in einer
    Erklärung am Montag.", "…, so X gegenüber der Zeitung."; not "…, so X in Berlin, weil …")."""
    stop = next((t.i for t in art.toks[k:sent.toks[-1].i + 1] if t.pos == "PUNCT"), sent.toks[-1].i)
    return art.toks[k].pos == "ADP" and stop >= sent.toks[-1].i \
        and not any(t.pos in ("VERB", "AUX") for t in art.toks[k:stop])


def _state_of_role(art: Article, m: Mention) -> bool:
    """German: a state or body in the genitive after a role noun, its holder named right
    after ("nach Angaben des Gesundheitsministers der Malediven, X, …"): it qualifies the role."""
    return art.lang == "de" and m.kind in ("state", "organization") and m.a >= 2 and m.b + 1 < len(art.toks) \
        and art.toks[m.a - 1].lower in ex.GENITIVE_LINKS["de"] and role_head_word(art.toks[m.a - 2].lower) is not None \
        and art.toks[m.b].text == "," and any(x.a == m.b + 1 and x.actor is not None and x.actor.kind == "person"
                                              for x in art.by_sent.get(m.sent, []))


def _impersonal_report(art: Article, sent: Sentence, tok: Tok) -> int | None:
    """"hieß es aus", "hieß es am Abend weiter von": the index of the preposition before the
    source, with adverbs or a time between."""
    pairs = ex.IMPERSONAL_REPORT_ANY.get(tok.lower, ())
    for pron, prep in pairs:
        if tok.i + 1 > sent.toks[-1].i or art.toks[tok.i + 1].lower != pron:
            continue
        for k in range(tok.i + 2, min(tok.i + 6, sent.toks[-1].i + 1)):
            if art.toks[k].lower == prep:
                return k
            if art.toks[k].pos not in ("ADV", "ADP", "DET", "NOUN") or art.toks[k].text == ",":
                break
        # "Aus dem Ministerium hieß es, …": the source opens the sentence, the verb follows it
        first = sent.toks[0]
        if pairs and tok.i + 1 <= sent.toks[-1].i and art.toks[tok.i + 1].lower == pron \
                and first.lower in ex.IMPERSONAL_REPORT_FRONTED.get(tok.lang, ()) and 1 < tok.i - first.i <= 5 \
                and not any(t.text == "," for t in art.toks[first.i:tok.i]):
            return first.i
    return None


def _statement_occasion(art: Article, sent: Sentence) -> tuple[Tok | None, Mention | None]:
    """English: a sentence that tells a statement as a thing its subject issued or sent
    ("X issued a statement calling for …", "X sent a letter requesting …") or as the place
    of what the subject says ("In his statement, X found the strike justified"): the main
    verb and its subject, read from the parse."""
    if sent.toks[0].lang not in ex.STATEMENT_NOUNS:
        return None, None
    nouns, issue, inside = ex.STATEMENT_NOUNS[sent.toks[0].lang], ex.ISSUE_VERBS[sent.toks[0].lang], \
        ex.STATEMENT_PLACE_PREPS[sent.toks[0].lang]
    for t in sent.toks:
        if t.lower not in nouns or in_quote(t.start, art.quotes):
            continue
        head = art.toks[t.head]
        if t.dep == "dobj" and head.lower in issue:
            verb = head
        elif t.dep == "pobj" and head.lower in inside and art.toks[head.head].dep == "ROOT" \
                and t.lower not in ex.ISSUED_ONLY_NOUNS[t.lang] \
                and art.toks[head.head].pos in ("VERB", "AUX") and head.head > t.i:
            verb = art.toks[head.head]  # "In a statement, X justified …": the PP before the subject
        else:
            continue
        if negated(art, sent, verb):
            continue
        if verb.dep in ex.GERUND_AFTER_PREP_DEPS.get(verb.lang, ()) \
                and art.toks[art.toks[verb.head].head].lower in ex.CHARGE_WORDS.get(verb.lang, ()):
            continue  # "was charged with making false statements": a charge, no words said
        speaker = _speaker(art, sent, verb)
        if speaker is not None and speaker.b <= verb.i:
            return verb, speaker
    return None, None


def _words_from(art: Article, sent: Sentence) -> tuple[Tok | None, list[Mention], str]:
    """Words told as a thing that came from their speakers: a noun of words said as the
    subject or object of a verb of coming or giving ("Kritik kam vom Präsidenten X und von
    Y", "Statements of sympathy came from X, Y and Z", "Tributes were paid by X"): the verb,
    the speakers after its prepositions (the person a role names, and the row of speakers
    joined to it) and the noun's phrase as their words."""
    lang = sent.toks[0].lang
    if (doc := _document_source_de(art, sent))[0] is not None:
        return doc
    verbs, nouns = ex.WORDS_FROM_VERBS.get(lang, {}), ex.WORDS_FROM_NOUNS.get(lang, ())
    for t in sent.toks:
        verb = art.toks[t.head]
        if t.lower not in nouns or verb.lower not in verbs or t.dep not in verbs[verb.lower][1] \
                or in_quote(t.start, art.quotes) or negated(art, sent, verb):
            continue
        _, end = art.clause_of(sent, verb.i)
        speakers: list[Mention] = []
        for p in art.toks[verb.i + 1:end]:
            if p.lower not in verbs[verb.lower][0]:
                continue
            near = [m for m in art.by_sent.get(sent.index, []) if p.i < m.a <= p.i + 6 and not m.quoted
                    and m.kind in ("person", "organization", "state", "desc")
                    and not any(x.pos in ("VERB", "AUX", "ADP") or x.text == "," for x in art.toks[p.i + 1:m.a])]
            if not near:  # "by foreign leaders including X and Y": the members named
                k = next((t.i for t in art.toks[p.i + 1:min(end, p.i + 5)] if t.lower in ex.MEMBERS_NAMED_BY[lang]), None)
                near = [m for m in art.by_sent.get(sent.index, []) if k is not None and k < m.a <= k + 5
                        and not m.quoted and m.kind in ("person", "organization", "state", "desc")]
            first = next((m for m in near if m.kind == "person"), near[0] if near else None)
            if first is not None and first.kind != "person" and _before_a_name(art, first):
                first = _person_behind(art, first)  # "from OIC head X"
            if first is not None and first not in speakers:
                speakers += [first, *(m for m in _joint_speakers(art, sent, first) if m.a > first.a)]
        if speakers:
            phrase = _subtree(art, sent, t)
            return verb, speakers, art.text[phrase[0].start:phrase[-1].end]
    return None, [], ""


def _document_source_de(art: Article, sent: Sentence) -> tuple[Tok | None, list[Mention], str]:
    """German class "a document's words for its author" (round 20; lexicon.
    DOCUMENT_NOUNS): "Dem Bericht zufolge …", "Laut dem Bericht …", "Wie aus einer Erklärung
    des Ministeriums hervorgeht, …", "In dem Bericht heißt es, …", "Darin heißt es, …": the
    document's owner named after its noun, else (a definite document) its author named
    before; the words are the rest of the sentence after the phrase that names the source.
    An owner after the noun of an attribution ("Dem Bericht der X zufolge", "Laut einem
    Bericht von X") is left to `_attribution`, which reads it as any source."""
    lang = sent.toks[0].lang
    if lang not in ex.DOCUMENT_PLACE:
        return None, [], ""
    last = sent.toks[-1].i
    emerge_prep, emerge_verbs = ex.DOCUMENT_EMERGES[lang]
    place_preps, place_verbs, place_pron = ex.DOCUMENT_PLACE[lang]
    for t in sent.toks:
        if in_quote(t.start, art.quotes):
            continue
        if t.lower in ex.STATEMENT_BACK_REFERENCES[lang] and t.i + 2 <= last and art.toks[t.i + 1].lower in place_verbs \
                and art.toks[t.i + 2].lower == place_pron:
            # "Darin heißt es, …": the document named in a sentence before
            author = _document_author(art, sent, None)
            if author is None:
                return None, [], ""
            return t, [stand_in(art, sent, t.i, t.i + 1, "organization", author)], _words_after(art, sent, t.i + 3)
        if not document_noun(t):
            continue
        k = t.i - 1  # the document's phrase: its article and adjectives before it
        while k > sent.toks[0].i and art.toks[k].pos in ("ADJ", "NUM"):
            k -= 1
        det = art.toks[k]
        lead = art.toks[k - 1] if k - 1 >= sent.toks[0].i else None
        if det.pos not in ("DET", "ADP"):
            continue
        owner = document_owner(art, sent, t)
        end = owner.b if owner is not None else t.i + 1  # the first token after the source's phrase
        attributed = end <= last and art.toks[end].lower in ex.ATTRIBUTION_AFTER_SOURCE.get(lang, ()) \
            or lead is not None and lead.lower in ex.ATTRIBUTION.get(lang, ()) \
            and lead.lower not in ex.ATTRIBUTION_AFTER_SOURCE[lang] or det.lower in ex.ATTRIBUTION.get(lang, ())
        if attributed and owner is not None:
            continue  # "Dem Bericht der X zufolge", "Laut dem Bericht der X": an attribution (_attribution)
        if end <= last and art.toks[end].lower in ex.ATTRIBUTION_AFTER_SOURCE.get(lang, ()):
            end += 1  # "Dem Bericht zufolge"
        elif attributed:
            pass  # "Laut dem Bericht": the words follow the phrase
        elif (lead is not None and lead.lower == emerge_prep or det.lower == emerge_prep) and (emerge := next(
                (x for x in art.toks[end:last + 1] if x.lower in emerge_verbs), None)) is not None \
                and emerge.i + 1 <= last and art.toks[emerge.i + 1].text == ",":
            end = emerge.i + 2  # "Wie aus dem Bericht hervorgeht, …"
        elif (lead is not None and lead.lower in place_preps or det.lower in place_preps) and end + 1 <= last \
                and art.toks[end].lower in place_verbs and art.toks[end + 1].lower == place_pron:
            end += 2  # "In dem Bericht heißt es, …"
        else:
            continue
        if owner is None:
            if det.lower not in ex.DOCUMENT_DEFINITE[lang]:
                return None, [], ""  # "Einer Studie zufolge": no author
            author = compound_owner(art, t) or _document_author(art, sent, t)
            if author is None:
                return None, [], ""
            owner = stand_in(art, sent, k, t.i + 1, "organization", author)
        if _medium(art, t, owner):
            return None, [], ""
        words = _words_after(art, sent, end)
        if not words:
            return None, [], ""
        return t, [owner], words
    return None, [], ""


def _words_after(art: Article, sent: Sentence, k: int) -> str:
    """The sentence's text from token `k` to its end, without the punctuation around it."""
    if k > sent.toks[-1].i:
        return ""
    return art.text[art.toks[k].start:sent.end].strip().strip(",:;").strip().rstrip(".").strip()


def _owner_before(art: Article, m: Mention) -> bool:
    """A name in the possessive with a bare apostrophe ("Windsor Locks' mayor")."""
    return m.b < len(art.toks) and art.toks[m.b].text in ex.BARE_APOSTROPHE and m.text.endswith("s")


def _owner_of_source(art: Article, sent: Sentence, word: Tok) -> Mention | None:
    """English: the actor whose statement, report or letter is the source of an attribution,
    named anywhere in the source's phrase ("according to a statement released on Monday by
    the ministry", "according to a report from the government"), read from the parse."""
    if word.lang != "en":
        return None
    source = next((t for t in sent.toks if t.i > word.i and t.dep == "pobj"
                   and art.toks[t.head].head == word.i), None)
    if source is None or source.lower not in ex.SPEAKS_FOR_OWNER["en"]:
        return None
    if (body := _body_before_source(art, sent, source)) is not None:
        return body
    for m in art.by_sent.get(sent.index, []):
        if m.a <= source.i or m.kind not in ("organization", "state", "person", "desc") or m.quoted:
            continue
        # the actor's own phrase hangs on the source by a preposition, perhaps through a
        # participle ("issued by"), not through another noun ("a report from the ministry
        # of Y": the ministry speaks, not Y)
        k = next((t.i for t in art.toks[m.a:m.b] if not m.a <= t.head < m.b), m.a)
        path = []
        while art.toks[k].head != k and len(path) < 4:
            k = art.toks[k].head
            if k == source.i:
                break
            path.append(art.toks[k])
        if k == source.i and all(t.pos in ("ADP", "VERB") for t in path) and not _medium(art, word, m):
            return m
    return None


def _body_before_source(art: Article, sent: Sentence, source: Tok) -> Mention | None:
    """English: a body named as the modifier of the source noun ("according to a government
    statement", "according to a fire service statement", "a White House statement"): a
    mention of the actors there, a body noun of data/bodies.tsv, or a body named before by
    its head noun (`Registry.body_named_before`); as a mention up to the source noun, whose
    phrase is no part of the words."""
    for t in sent.toks:
        if t.i >= source.i or t.head != source.i or t.dep != "compound":
            continue
        m = next((m for m in art.by_sent.get(sent.index, []) if m.a <= t.i < m.b and m.b <= source.i
                  and m.kind in ("organization", "state") and m.actor is not None and not m.quoted), None)
        if m is None and (m := _bare_body(art, sent, t)) is None:
            first = min((x.i for x in sent.toks if x.head == t.i and x.dep == "compound" and x.i < t.i), default=t.i)
            if (actor := art.reg.body_named_before([x.lower for x in art.toks[first:t.i + 1]], t.start)) is None:
                continue
            m = Mention(art.toks[first].start, t.end, first, t.i + 1, art.text[art.toks[first].start:t.end],
                        "organization", sent.index, head=t.lower)
            m.actor = actor
        return replace(m, b=source.i + 1, end=source.end)
    return None


def _medium(art: Article, word: Tok, m: Mention) -> bool:
    """The source of an attribution is a medium: a media noun before its name ("laut der
    Nachrichtenagentur X", "according to news agency X") or a media word in it ("the Saudi
    Press Agency", "The Times")."""
    if m.kind not in ("organization", "person"):
        return False
    if any(t.lower in ex.MEDIA_NOUNS.get(word.lang, ()) for t in art.toks[word.i + 1:m.a]):
        return True
    end = _source_apposition_end(art, art.sents[m.sent], m)
    if any(t.lower in ex.MEDIA_NOUNS.get(word.lang, ()) for t in art.toks[m.b:m.b + 10] if t.end <= end):
        return True  # "nach Angaben von X, der staatlichen Nachrichtenagentur des Landes, …"
    return media_name(m.text.split(), word.lang)


def _colon_source(art: Article, sent: Sentence, colon: Tok) -> Mention | None:
    """"Der Zweite Senat dazu: „…“": a sentence that opens with a source and a colon before
    a quotation and has no verb before the colon."""
    if in_quote(colon.start, art.quotes) or not any(0 <= q0 - colon.end <= 2 for q0, _ in art.quotes):
        return None
    ms = [m for m in art.by_sent.get(sent.index, []) if m.b <= colon.i and not m.quoted]
    if len(ms) != 1 or ms[0].kind not in ("organization", "state", "person", "desc"):
        return None
    m = ms[0]
    before, after = art.toks[sent.toks[0].i:m.a], art.toks[m.b:colon.i]
    if len(before) > 4 or any(t.pos in ("VERB", "AUX", "ADP") for t in before):
        return None  # "Die Ministerin Eva Lind:", not "Am Ende blieb von X nur:"
    if any(t.lower not in ex.COLON_SOURCE_WORDS.get(colon.lang, ()) for t in after):
        return None
    return m


def _colon_quote(art: Article, sent: Sentence, colon: Tok) -> tuple[Tok | None, Mention | None]:
    """English: a clause that ends in a colon right before a quotation introduces the
    quotation, whatever its verb ("X spoke to reporters after the vote: "…"", "X released a
    statement: "…"", "X took a parting shot on Twitter: "…""): the clause's main verb and its
    subject, read from the parse."""
    if colon.lang not in ex.COLON_QUOTE_LANGS or in_quote(colon.start, art.quotes):
        return None, None
    if not any(0 <= q0 - colon.end <= 2 for q0, _ in art.quotes) and not _reported_after(art, sent, colon):
        return None, None
    verb = next((t for t in sent.toks if t.i < colon.i and t.head == t.i and t.pos in ("VERB", "AUX")), None)
    if verb is None and colon.lang in ex.COLON_CLAUSE_UNDER_QUOTE:
        # "The court's summary ended with the statement: "…"": the parse hangs the clause
        # before the colon under the quotation's verb; its own verb introduces the words
        verb = next((t for t in sent.toks if t.i < colon.i and t.head > colon.i and t.pos in ("VERB", "AUX")), None)
    if verb is None or in_quote(verb.start, art.quotes) or negated(art, sent, verb):
        return None, None
    speaker = _speaker(art, sent, verb)
    if speaker is not None and colon.lang in ex.SUBJECT_AFTER_VERB_LANGS and speaker.b <= verb.i \
            and _inside_phrase(art, speaker):
        return None, None  # "In einer Anfrage im Landtag heißt es:", "Das Motto der Kampagne X lautet:"
    if speaker is None or speaker.b > verb.i and colon.lang not in ex.SUBJECT_AFTER_VERB_LANGS:
        # English: only a subject before its verb introduces the words; German puts it
        # after the verb behind a fronted phrase ("Diese Haltung vertritt auch X: „…“")
        return None, None
    return verb, speaker


def _reported_after(art: Article, sent: Sentence, colon: Tok) -> bool:
    """German: the clause after the colon is reported speech, its finite verb in the
    subjunctive ("X gab sich zuversichtlich: Ein Abkommen sei in Reichweite")."""
    if colon.lang not in ex.SUBJUNCTIVE_AFTER_COLON_LANGS:
        return False
    rest = [t for t in sent.toks if t.i > colon.i]
    finite = next((t for t in rest if t.tag in ex.FINITE_TAGS[colon.lang]), None)
    return finite is not None and _reported_mood(finite) and not in_quote(finite.start, art.quotes)


def _inside_phrase(art: Article, m: Mention) -> bool:
    """A mention after a preposition or a noun (a genitive), past its article and
    adjectives: part of another phrase, no subject ("in der Bremer Bürgerschaft", "das
    Motto der Aktion X")."""
    k = m.a - 1
    if k >= 0 and (role_head(art.toks[k]) is not None or role_head_word(art.toks[k].lower)):
        return False  # "Außenminister X": the role the name stands after
    while k > 0 and art.toks[k].pos in ("DET", "ADJ"):
        k -= 1
    return k >= 0 and art.toks[k].pos in ("ADP", "NOUN") and art.toks[k].text[:1] != ","
