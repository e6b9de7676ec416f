"""Text as pasted from news sites, made plain for the NLP, with a map back to the original.

Soft hyphens, zero-width characters and bidirectional marks are dropped; no-break, narrow
and other typographic spaces become a space; non-breaking and other hyphen variants become
"-"; line and paragraph separators and carriage returns become line breaks. Every
character of the plain text keeps the position it had in the original, so that evidence
and date offsets of the extraction still point into the text as the editor gave it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
        *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}
REPLACE = {
    **{c: " " for c in ("\u00a0", "\u202f", "\u205f", "\u3000", *map(chr, range(0x2000, 0x200B)))},
    **{c: "-" for c in ("\u2010", "\u2011", "\u2012")},
    "\u2028": "\n", "\u2029": "\n", "\r": "\n",
}


@dataclass(frozen=True)
class Normalized:
    text: str  # the plain text the NLP reads
    origin: Sequence[int]  # for each character of `text`, its position in the original
    original: str

    def start(self, i: int) -> int:
        """Original position of a start offset in the plain text."""
        return self.origin[i] if i < len(self.origin) else len(self.original)

    def end(self, i: int) -> int:
        """Original position of an end offset (exclusive) in the plain text."""
        return self.origin[i - 1] + 1 if i > 0 else 0


_SPECIAL = re.compile("[" + re.escape("".join(sorted({*DROP, *REPLACE}))) + "]")


def normalize(original: str) -> Normalized:
    if not _SPECIAL.search(original):  # most texts: nothing to change, positions are their own
        return Normalized(original, range(len(original)), original)
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(original):
        if c in DROP:
            continue
        if c == "\r" and original[i + 1:i + 2] == "\n":
            continue  # a Windows line end is one line break
        chars.append(REPLACE.get(c, c))
        origin.append(i)
    return Normalized("".join(chars), origin, original)


def remap(result: dict, norm: Normalized) -> dict:
    """An `extraction/1` result on the plain text, with its offsets and evidence texts
    pointing into the original."""
    if norm.text == norm.original:
        return result
    for event in result.get("events", []):
        ev = event.get("evidence")
        if ev and "start" in ev:
            ev["start"], ev["end"] = norm.start(ev["start"]), norm.end(ev["end"])
            ev["text"] = norm.original[ev["start"]:ev["end"]]
    for timex in result.get("timexes", []):
        timex["start"], timex["end"] = norm.start(timex["start"]), norm.end(timex["end"])
        timex["text"] = norm.original[timex["start"]:timex["end"]]
    return result
