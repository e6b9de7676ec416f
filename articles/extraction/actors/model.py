"""The records of the actors package and the words they are made of: `Actor` (one actor of
an article, with its names and mentions), `Mention` (one place in the text that names or
refers to an actor), and how a mention's words are read from the tokens (as written, in a
quotation or not, without the article or the German genitive ending; a doc's span relabelled
as an entity)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon as lx
from ..text import Tok, in_quote


@dataclass(eq=False)  # identity: two actors with the same name are still two
class Actor:
    key: str
    kind: str
    name: str
    country: str | None = None
    role: str | None = None
    actor_id: int | None = None
    forms: list[str] = field(default_factory=list)
    mentions: list["Mention"] = field(default_factory=list)
    head: str | None = None  # head noun of an unnamed actor ("beamte")
    known: bool = False  # the gazetteer or an editor knows it
    private: bool = False  # described by an occupation outside public affairs ("coach")
    bare_head: bool = False  # the head noun of the names of several bodies ("the Court")

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


@dataclass
class Mention:
    start: int
    end: int
    a: int  # article token range [a, b)
    b: int
    text: str
    kind: str  # person | organization | state | place | pronoun | plural | desc
    sent: int
    country: str | None = None
    role: str | None = None
    capital: bool = False
    locative: bool = False
    quoted: bool = False
    actor: Actor | None = None
    actor_id: int | None = None
    definite: bool = False
    head: str | None = None
    # Qualifies a noun before it ("der Präsident des Senats"): the actor is named, but this
    # mention takes no part in an event (it is not in `Registry.mentions`).
    attribute: bool = False
    private: bool = False  # "coach Ann Lee", "Ann Lee, a designer,": see `private_person`
    host: str | None = None  # the state a mission is in ("the U.S. Embassy in Baghdad": IQ)
    branch: bool = False  # a state's branch of a known organisation ("Philippine Red Cross")
    # The words as written when `text` is the name in the nominative ("des indischen
    # Parlaments", "das Oberste Gericht" → "indisches Parlament", "Oberstes Gericht"): an
    # inflected form the text uses, so an alias of the actor (docs/annotation.md, aliases).
    surface: str | None = None


def _quoted(toks: list[Tok], a: int, b: int, quotes) -> bool:
    """The words stand in a quotation, unless they are all of it: a name in quotation marks
    ("die Organisation „Volksfront“") is no one's words."""
    q = in_quote(toks[a].start, quotes)
    return q is not None and not (q[0] >= toks[a].start and q[1] <= toks[b - 1].end)


def _text(toks: list[Tok]) -> str:
    return "".join(t.text + (" " if t.space else "") for t in toks).strip()


def _strip_article(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in lx.DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _surface(toks: list[Tok], a: int, b: int) -> str:
    out = ""
    for t in toks[a:b]:
        out += t.text + (" " if t.space else "")
    return out.strip()


def _span(doc, start: int, end: int, label: str):
    """doc[start:end] as an entity with `label`."""
    span = doc[start:end]
    span.label_ = label
    return span


def _without_genitive(name: str) -> str:
    """German: "Außenministeriums" → "Außenministerium", "des Rates" → "Rat"."""
    return re.sub(r"(ums|es)$", lambda g: "um" if g.group(1) == "ums" else "", name)
