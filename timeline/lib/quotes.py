"""Direct and reported speech. The extraction gives a statement's `quote` as the quoted
words, or, when nothing is quoted, the reported clause ("man werde …"); it does not say
which. A quote is direct when the evidence sentence has it inside quotation marks."""
from __future__ import annotations

import re

# Opening and closing marks German and English text use: „…“ "…" “…” »…« «…» ‚…‘ '…'.
_QUOTED = re.compile(r"[„\"“”»«‚‘’'](.+?)[“\"”«»‘’']", re.DOTALL)


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:!?…")


def quote_is_direct(quote: str, sentence: str) -> bool:
    """Whether `quote` stands in quotation marks in `sentence` (a reported clause, or a
    quote the sentence does not contain, is not direct)."""
    wanted = _plain(quote)
    if not wanted:
        return False
    return any(wanted in _plain(found) for found in _QUOTED.findall(sentence))
