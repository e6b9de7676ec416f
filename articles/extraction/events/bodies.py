"""Spokespeople and bodies: a body named by its common noun ("Police said"), a member or
unnamed spokesperson who speaks for a government or body ("Ein Minister sagte", "a
spokesperson said"), bodies named by a head noun or a state, and attributes lifted to
the body they describe."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Callable

from .. import events_lexicon as ex
from .. import lexicon as lx
from .. import gazetteer
from ..actors import BODIES, Actor, Mention, demonym_code
from ..text import Sentence, Tok
from .article import Article
from .phrases import participial_head

# Descriptors that introduce an organisation as one of public affairs ("the rights group X",
# "die Umweltorganisation X"); see the file's head.
PUBLIC_DESCRIPTORS = gazetteer.DATA / "public_descriptors.tsv"


def stand_in(art: Article, sent: Sentence, a: int, b: int, kind: str, actor: Actor, *, definite: bool = True,
             **fields) -> Mention:
    """A mention of tokens a..b-1, a phrase that names no one, standing for `actor`: a
    document for its author, the judges for their court, a statement for its issuer, an
    unnamed spokesperson for the body (`kind` "organization"), a definite role for its
    holder ("desc"), a pronoun for the body that spoke before, a palace for its monarch;
    definite unless `definite` is False; `fields`: the mention's other fields (country,
    head)."""
    start, end = art.toks[a].start, art.toks[b - 1].end
    m = Mention(start, end, a, b, art.text[start:end], kind, sent.index, definite=definite, **fields)
    m.actor = actor
    return m


def _bare_body(art: Article, sent: Sentence, tok: Tok) -> Mention | None:
    """English: a body named by its common noun without an article ("Police said …",
    "according to police"), which the actors take only after a determiner: the one
    organisation of the article with that noun ("the police", "Thames Valley Police")."""
    if tok.lower not in _body_nouns(tok.lang):
        return None
    found = {a.key: a for a in art.reg.actors.values() if a.kind == "organization"
             and (a.head == tok.lower or a.name.lower().split()[-1] == tok.lower)}
    if len(found) > 1:
        return None
    m = Mention(tok.start, tok.end, tok.i, tok.i + 1, tok.text, "organization", sent.index, head=tok.lower)
    if not found:
        # the article names no such body otherwise: the bare noun alone ("police", not "the
        # Myanma embassy", "Goa's government", whose names the actors missed) is the body
        # itself, as the annotators name it (docs/annotation.md: authorities, police)
        if tok.dep in ex.NOUN_MODIFIER_DEPS["en"] and not _vague_partner(art, sent, tok.i + 1) \
                or any(t.head == tok.i and t.dep in ex.NOUN_MODIFIER_DEPS["en"] for t in sent.toks) \
                or (tok.i > 0 and art.toks[tok.i - 1].pos in ("PROPN", "ADJ", "DET")):
            return None
        art.reg.resolve_body(m)
        return m if m.actor is not None else None
    m.actor = next(iter(found.values()))
    return m


@cache
def _body_nouns(lang: str) -> frozenset[str]:
    """Common nouns that name a body by themselves (data/bodies.tsv; not those marked
    "hyphenated", a body only after a name: "die Huthi-Rebellen", not "die Rebellen")."""
    return frozenset(row[1] for row in gazetteer.data_rows(BODIES) if row[0] == lang and row[3:4] != ["hyphenated"])


def _name_after_body_noun_de(art: Article, sent: Sentence, m: Mention) -> Mention | None:
    """German: a body named by one common noun right before its name ("die
    Medienaufsichtsbehörde CSA kritisierte …", "hatte die Wahlbehörde ZEC gebeten"): the
    name's mention, where the actors made two of them."""
    if m.kind != "organization" or m.b - m.a != 1 or art.toks[m.a].lang != "de" \
            or art.toks[m.a].tag not in ex.BODY_NOUN_TAGS["de"]:
        return None
    return next((n for n in art.by_sent.get(sent.index, []) if n.a == m.b and n.kind == "organization"
                 and n.actor is not None and n.actor is not m.actor and not n.quoted), None)


def _spokesperson_of_speaker_before(art: Article, sent: Sentence, m: Mention) -> Mention | None:
    """English: a bare indefinite spokesperson ("A spokesperson told …", no body, no state),
    the speaker's mention, speaks for the body before it (`_body_before`). The class of
    `_unnamed_spokesperson`, found where the language gives it (SPOKESPERSON_MENTION_LANGS)."""
    if m.kind != "desc" or m.actor is not None or m.definite or m.head not in lx.SPOKES_NOUNS \
            or len(m.text.split()) != 2 or art.lang not in ex.SPOKESPERSON_MENTION_LANGS:
        return None
    actor = _body_before(art, sent)
    return _body_over(art, sent, m.a, m.b, actor) if actor is not None else None


def _body_over(art: Article, sent: Sentence, a: int, b: int, actor: Actor) -> Mention:
    """A mention of `actor`, the body an unnamed spokesperson speaks for, over the words
    that name the spokesperson (tokens a to b)."""
    return stand_in(art, sent, a, b, "organization", actor, definite=False, head=art.toks[b - 1].lower)


def _body_before(art: Article, sent: Sentence) -> Actor | None:
    """The body an unnamed spokesperson in `sent` speaks for: the one body that spoke in the
    sentences just before it (SPOKESPERSON_REACH; within its paragraph where
    SPOKESPERSON_SAME_PARAGRAPH); where nobody spoke there, the body that opens the sentence
    right before in its paragraph as its subject ("Das Ministerium prüft den Fall. Ein
    Sprecher sagte, …"). None where a person or two bodies spoke."""
    lang = art.lang
    before = [art.speakers[k] for k in range(max(sent.index - ex.SPOKESPERSON_REACH[lang], 0), sent.index)
              if k in art.speakers and (lang not in ex.SPOKESPERSON_SAME_PARAGRAPH
                                        or art.sents[k].paragraph == sent.paragraph)]
    if before:
        one = all(a.kind == "organization" for a in before) and len({a.key for a in before}) == 1
        return before[0] if one else None
    if sent.index == 0 or art.sents[sent.index - 1].paragraph != sent.paragraph:
        return None
    prev = art.sents[sent.index - 1]
    first = next((t for t in prev.toks if t.pos not in ("ADV", "DET", "PUNCT")), None)
    subject = next((m for m in art.by_sent.get(prev.index, []) if first is not None and m.a <= first.i < m.b), None)
    return subject.actor if subject is not None and subject.actor is not None \
        and subject.actor.kind == "organization" else None


def _body_of_member(art: Article, m: Mention) -> Mention | None:
    """An unnamed member of a body named right after a preposition ("a representative from
    the German foreign ministry", BODY_MEMBER_NOUNS): the body's mention. (An official,
    diplomat or source is vague since round 20: vague.vague_member.)"""
    if m.kind != "desc" or m.head not in ex.BODY_MEMBER_NOUNS.get(art.lang, ()) or m.b >= len(art.toks) \
            or art.toks[m.b].lower not in ex.BODY_MEMBER_PREPS[art.lang]:
        return None
    return next((x for x in art.by_sent.get(m.sent, []) if m.b < x.a <= m.b + 2 and x.kind == "organization"
                 and x.actor is not None), None)


def _indefinite_next_to(art: Article, sent: Sentence, verb: Tok,
                        is_noun: Callable[[str], bool]) -> tuple[Tok, Tok] | None:
    """An indefinite article and a noun (`is_noun` of its lower-case form) right before or
    right after the verb, in its sentence ("Ein Minister sagte", "…, sagte eine Sprecherin"):
    the unnamed member or spokesperson who speaks (`_unnamed_member`, `_unnamed_spokesperson`)."""
    for art_i, noun_i in ((verb.i - 2, verb.i - 1), (verb.i + 1, verb.i + 2)):
        if not (sent.toks[0].i <= art_i and noun_i <= sent.toks[-1].i):
            continue
        det, noun = art.toks[art_i], art.toks[noun_i]
        if det.lower in ex.INDEFINITE_ARTICLES[verb.lang] and is_noun(noun.lower):
            return det, noun
    return None


def _over_words(art: Article, sent: Sentence, body: Mention, det: Tok, noun: Tok) -> Mention:
    """A mention of the body an unnamed member or spokesperson speaks for, over the words
    that name the member ("ein Minister", "eine Sprecherin")."""
    return replace(body, start=det.start, end=noun.end, a=det.i, b=noun.i + 1, text=art.text[det.start:noun.end],
                   sent=sent.index, quoted=False, locative=False)


def _unnamed_member(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    """"Ein Minister sagte, …", "…, sagte eine Ministerin": an unnamed member of a government
    as the subject right before or after the verb speaks for the one government the article
    has named so far; a mention of it over the member's words."""
    lang = verb.lang
    nouns = ex.GOVERNMENT_MEMBER_NOUNS.get(lang)
    if not nouns:
        return None
    if (found := _indefinite_next_to(art, sent, verb, lambda word: word in nouns)) is None:
        return None
    det, noun = found
    governments = {m.actor.key: m for k in range(sent.index + 1) for m in art.by_sent.get(k, [])
                   if m.actor is not None and m.actor.kind == "organization" and m.actor.country
                   and m.actor.name.lower().endswith(ex.GOVERNMENT_NAME_ENDS[lang])}
    if len(governments) != 1:
        return None
    return _over_words(art, sent, next(iter(governments.values())), det, noun)


def _unnamed_spokesperson(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    """Class "an unnamed spokesperson after the body's sentence" (German): "Auch der Verband
    wandte sich gegen den Plan. Eine Sprecherin verwies auf …": "ein Sprecher" / "eine
    Sprecherin" with no body of its own, right before or after the verb, speaks for the body
    before it (`_body_before`); a mention of that body over the spokesperson's words
    (docs/annotation.md: an unnamed spokesperson makes the body the speaker). English finds
    the same class as the speaker's mention (`_spokesperson_of_speaker_before`); German
    reads it off the verb, where it also finds class "a spokesperson named by a compound
    with the body's name": "Ein Tarvak-Sprecher sagte" after "die Tarvak-Rebellen"."""
    lang = verb.lang
    if lang not in ex.INDEFINITE_ARTICLES:
        return None
    spokes = lambda word: word.rsplit("-", 1)[-1] in lx.SPOKES_NOUNS_BY_LANG[lang]  # noqa: E731
    if (found := _indefinite_next_to(art, sent, verb, spokes)) is None:
        return None  # "ein Sprecher", "eine Tarvak-Sprecherin"
    det, noun = found
    if noun.i + 1 < len(art.toks) and (art.toks[noun.i + 1].lower in ex.GENITIVE_ARTICLES[lang]
                                       or art.toks[noun.i + 1].lower in ex.BODY_MEMBER_PREPS.get(lang, ())):
        return None  # "ein Sprecher des Ministeriums": a body of its own
    if "-" in noun.text:
        # "Die Tarvak-Rebellen griffen an. Ein Tarvak-Sprecher sagte": the one body named
        # before by the compound's first part (its name, an alias, a word of its name)
        first = noun.text.rsplit("-", 1)[0]
        named = [a for a in art.reg.named_before("organization", noun.start)
                 if first in (a.name, *a.forms) or first in re.split(r"[-\s]", a.name)]
        if len(named) != 1:
            return None
        actor = named[0]
        return _over_words(art, sent, next(m for m in art.reg.mentions if m.actor is actor), det, noun)
    actor = _body_before(art, sent)
    return _body_over(art, sent, det.i, noun.i + 1, actor) if actor is not None else None


def _body_pronoun(art: Article, sent: Sentence, pron: Tok) -> Mention | None:
    """English "it"/"they" as the subject of a verb of saying right after a statement of a
    body or a state in the same paragraph: that speaker goes on ("The ministry said … It
    also urged …")."""
    if art.last_speaker is None or art.last_speaker[0] != sent.index - 1:
        return None
    prev, actor = art.sents[sent.index - 1], art.last_speaker[1]
    if prev.paragraph != sent.paragraph or actor.kind not in ("organization", "state"):
        return None
    if any(t.dep.startswith("nsubj") and t.i < pron.i for t in sent.toks):
        return None  # "Officials said …; his death, they reported, …": the subject before
    return stand_in(art, sent, pron.i, pron.i + 1, "pronoun", actor, definite=False)


def _head_noun_body(art: Article, sent: Sentence, tok: Tok) -> Mention | None:
    """English: the head noun of a body's name with a definite article and modifiers the
    actors do not take ("the three-judge court", lexicon.NAME_HEAD_ANAPHORS): the body
    `_body_by_head` finds, as a mention of the phrase."""
    if tok.lower not in lx.NAME_HEAD_ANAPHORS.get(tok.lang, ()):
        return None
    first = min((t.i for t in sent.toks if t.head == tok.i and t.i < tok.i), default=tok.i)
    if art.toks[first].lower not in lx.ARTICLES[tok.lang] - lx.INDEFINITE:
        return None
    actor = _body_by_head(art, tok.lower, tok.start)
    if actor is None:
        return None
    return stand_in(art, sent, first, tok.i + 1, "organization", actor, head=tok.lower)


def _body_by_head(art: Article, noun: str, start: int) -> Actor | None:
    """The body named before `start` whose name has `noun` as its head ("the court" after
    "the Court of Appeal"); of two such bodies ("the Court of Appeal … the only higher court
    is the Supreme Court … the court found"), the one that has spoken in the article."""
    if (one := art.reg.body_named_before([noun], start)) is not None:
        return one

    def head(a: Actor) -> str:
        name = re.split(r"[\s-]+", a.name.lower())
        return name[name.index("of") - 1] if "of" in name[1:] else name[-1]
    spoken = {a.key for a in art.speakers.values()}
    named = [a for a in art.reg.named_before("organization", start) if a.key in spoken and head(a) == noun]
    return named[0] if len(named) == 1 else None


def _state_body(art: Article, sent: Sentence, adj: Tok) -> Mention | None:
    """A state's adjective and a body's common noun with no article ("according to Iraqi
    military"; data/bodies.tsv), which the actors take only after a determiner: that
    state's body, as `Registry.resolve_body` finds or makes it."""
    code = demonym_code(adj.text, adj.lang) if adj.pos == "ADJ" else None
    noun = art.toks[adj.i + 1]
    if code is None or noun.lower not in _body_nouns(adj.lang) or noun.i > sent.toks[-1].i \
            or any(m.a <= noun.i < m.b for m in art.by_sent.get(sent.index, [])) \
            or noun.i + 1 <= sent.toks[-1].i and art.toks[noun.i + 1].pos in ("NOUN", "PROPN"):
        return None  # "according to Iraqi military officials": members, not the body
    m = Mention(adj.start, noun.end, adj.i, noun.i + 1, art.text[adj.start:noun.end], "organization", sent.index,
                country=code, head=noun.lower)
    art.reg.resolve_body(m)
    return m if m.actor is not None else None


def _lift_attributes(art: Article, sent: Sentence, ms: list[Mention], subject: bool = False) -> list[Mention]:
    """Class "a participial attribute" (German): a mention inside one ("Nach Angaben der von
    Kanada angeführten Allianz", "Die vom Premier X geführte Regierung erklärte") gives way
    to the noun it qualifies: that noun's mention, or the noun as a body when it names one
    (`_attribute_body`); nobody where it names none ("die von X gestützten Rebellen"). As a
    `subject`, only the noun's own mention (a body the actors did not take is no speaker),
    and nobody where the phrase is the genitive of a noun before it ("Mitarbeiter des von X
    geleiteten Zentrums betonten": the staff speak)."""
    out: list[Mention] = []
    for m in ms:
        if (k := participial_head(art, m)) is None:
            out += [m] if m not in out else []
        elif subject and _attribute_of_genitive(art, m):
            continue
        elif (head := next((x for x in art.by_sent.get(sent.index, []) if x.a <= k < x.b and x.actor is not None), None)
              or (None if subject else _attribute_body(art, sent, art.toks[k]))) is not None and head not in out:
            out.append(head)
    return out


def _attribute_of_genitive(art: Article, m: Mention) -> bool:
    """The participial attribute that holds `m` is in the genitive of a noun before it
    ("Mitarbeiter des von X geleiteten Zentrums"): a noun before its article."""
    prep = next(j for j in range(m.a - 1, max(m.a - 5, 0), -1) if art.toks[j].lower in ex.ATTRIBUTE_AGENT_PREPS["de"])
    return prep >= 2 and art.toks[prep - 2].pos in ("NOUN", "PROPN")


def _attribute_body(art: Article, sent: Sentence, tok: Tok) -> Mention | None:
    """The noun of a participial attribute as a body when it ends in a body's word
    ("Militärkoalition", "Regierung", "Bündnisses"; data/bodies.tsv,
    events_lexicon.ATTRIBUTE_BODY_HEADS): the body named before with that noun, else one of its own."""
    heads = tuple(_body_nouns(tok.lang)) + ex.ATTRIBUTE_BODY_HEADS.get(tok.lang, ())
    if not tok.text[:1].isupper() or not (tok.lower.endswith(heads) or tok.lower.rstrip("s").endswith(heads)):
        return None
    m = Mention(tok.start, tok.end, tok.i, tok.i + 1, tok.text, "organization", sent.index, head=tok.lower)
    art.reg.resolve_body(m)
    return m if m.actor is not None else None


def _palace_monarch(art: Article, sent: Sentence, gov: int) -> Mention | None:
    """English: a palace as the subject of the verb `gov` ("The palace said", "Buckingham
    Palace announced"; PALACE_NOUNS) speaks for the one monarch named before in the article
    (MONARCH_ROLES)."""
    tok = next((t for t in sent.toks if t.head == gov and t.dep == "nsubj" and t.i < gov), None)
    if tok is None or tok.lower not in ex.PALACE_NOUNS.get(tok.lang, ()):
        return None
    found = [a for a in art.reg.named_before("person", tok.start)
             if a.role and a.role.lower().split()[-1] in ex.MONARCH_ROLES[tok.lang]]
    if len(found) != 1:
        return None
    first = min((t.i for t in sent.toks if t.head == tok.i and t.i < tok.i and t.dep in ("det", "compound", "amod")),
                default=tok.i)
    return stand_in(art, sent, first, tok.i + 1, "person", found[0], definite=False)


def _vague_partner(art: Article, sent: Sentence, k: int) -> int | None:
    """English: a source named with vague partners after "and" ("according to police and
    county officials,"; the partners are nobody the chronology names, GENERIC_SPEAKERS):
    the token index after the partners, else None. The parse may take the source for a
    modifier of the partners' noun."""
    last = sent.toks[-1].i
    if art.lang != "en" or k > last or art.toks[k].lower not in ex.SOURCE_PARTNER_CONJUNCTIONS.get(art.lang, ()):
        return None
    for j in range(k + 1, min(k + 4, last) + 1):
        if art.toks[j].pos in ("VERB", "AUX", "PUNCT"):
            return None
        if art.toks[j].lower in ex.GENERIC_SPEAKERS.get(art.lang, ()):
            return j + 1 if j + 1 <= last and art.toks[j + 1].text == "," else None
    return None


@cache
def _public_descriptors(lang: str) -> tuple[str, ...]:
    return tuple(row[1] for row in gazetteer.data_rows(PUBLIC_DESCRIPTORS) if row[0] == lang)


def public_descriptor_before(art: Article, a: int) -> bool:
    """Class "an organisation introduced by a descriptor of public affairs" (round 20): the
    words right before token `a` (a name) are one of data/public_descriptors.tsv ("the
    rights group X", "the environmental group Greenpeace"; German the noun before the name
    ends in one: "die Umweltorganisation Greenpeace")."""
    descriptors = _public_descriptors(art.lang)
    if a <= 0 or not descriptors:
        return False
    prev = art.toks[a - 1]
    if art.lang == "de":
        return prev.text[:1].isupper() and prev.lower.endswith(descriptors)
    first = art.toks[max(a - 4, 0)]
    before = art.text[first.start:prev.end].lower()
    return any(before == d or before.endswith((" " + d, "-" + d)) for d in descriptors)


def described_public(art: Article, actor: Actor) -> bool:
    """An organisation that the text introduces by a descriptor of public affairs somewhere
    (`public_descriptor_before`)."""
    return actor.kind == "organization" and any(public_descriptor_before(art, m.a) for m in actor.mentions)
