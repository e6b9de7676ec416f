"""Vague speakers (docs/annotation.md): unnamed speakers the chronology cannot name, in two
classes that speech._statement asks about:

- an unnamed speaker described by no state and no word of public affairs ("a hospital
  official", "a hospital spokesperson"): no statement at all (`vague_description`);
- an indefinite unnamed official, diplomat or source, whatever state or body it names ("a
  senior US official", "a Kremlin source", "ein hochrangiger Diplomat"; round 20): a vague
  report (Event.vague), whose words go on and whose date dates the talks it tells of, but
  no statement (`vague_member`), nor the same one named again (`vague_named_again`). An
  official of the first class ("a senior official", "a hospital official": no state, no
  word of public affairs) is of this one too: a vague report in both languages (round 22)."""
from __future__ import annotations

from functools import cache

from .. import events_lexicon as ex
from ..actors import Actor, Mention, public_affairs_words
from .article import Article


def vague_noun(lang: str, word: str) -> bool:
    """An official, diplomat or source (events_lexicon.VAGUE_MEMBER_NOUNS; German also as the
    end of a compound: "US-Diplomat", "Regierungsbeamter")."""
    nouns = ex.VAGUE_MEMBER_NOUNS.get(lang, ())
    return word in nouns or lang == "de" and word.rsplit("-", 1)[-1].endswith(_vague_endings(lang))


@cache
def _vague_endings(lang: str) -> tuple[str, ...]:
    return tuple(ex.VAGUE_MEMBER_NOUNS.get(lang, ()))


def vague_member(art: Article, m: Mention) -> bool:
    """Class "an indefinite unnamed official, diplomat or source" (docs/annotation.md, round
    20): an indefinite description whose head is such a noun ("a senior Russian diplomat",
    "an official from the ministry", "ein Beamter des Außenministeriums"), or a state or
    body named as the modifier of one ("a senior US official", "a Kremlin source"): vague,
    whatever state or body it names. Not a spokesperson ("a Kremlin spokesman": the body)."""
    if art.lang not in ex.VAGUE_MEMBER_NOUNS:
        return False
    if m.kind == "desc":
        return not m.definite and vague_noun(art.lang, (m.head or m.text.split()[-1]).lower())
    if m.kind not in ("state", "organization") or m.b >= len(art.toks):
        return False
    sent = art.sents[m.sent]
    for k in range(m.b, min(m.b + ex.VAGUE_MEMBER_GAP + 1, sent.toks[-1].i + 1)):
        tok = art.toks[k]
        if vague_noun(art.lang, tok.lower):
            return True
        if tok.pos not in ("ADJ", "NOUN") or not tok.text[:1].islower():
            return False  # "US officials' claims …", "the Kremlin, officials said"
    return False


def vague_named_again(art: Article, actor: Actor, m: Mention) -> bool:
    """"A senior official said …. "…," the official said.": the description or pronoun `m`
    resolved to a person the text knows only as a vague noun (also "…, fügte er hinzu" after
    the vague one)."""
    return actor.kind == "person" and actor.head is not None and m.kind in ("desc", "pronoun") \
        and vague_noun(art.lang, actor.head)


def vague_description(art: Article, m: Mention) -> bool:
    """An unnamed speaker described by no state and no word of public affairs ("a hospital
    official", "a hospital spokesperson"): vague (docs/annotation.md), unlike "a government
    spokesperson". (An official, diplomat or source described by a state or body is the other
    class: `vague_member`, asked separately.)"""
    words = public_affairs_words(art.lang)
    if m.kind != "desc" or m.definite or m.country or not words:
        return False
    return not any(w in words for w in m.text.lower().split()[:-1])
