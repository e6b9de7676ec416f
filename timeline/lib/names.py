"""Names of actors: the form aliases are compared in, and German inflected forms."""
from __future__ import annotations

import re
import unicodedata


def normalize_alias(text: str) -> str:
    """The form aliases are compared in: case-folded, accents and punctuation kept apart
    from letters, whitespace collapsed ("US-Präsident  Trump" ~ "us-präsident trump")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def german_genitive(name: str) -> str | None:
    """The German genitive of a name ("Pompeo" → "Pompeos", "Nordkorea" → "Nordkoreas"); None
    where it is the same word (names ending in s, ß, x, z) or an abbreviation ("USA")."""
    if name.endswith(("s", "ß", "x", "z")) or name.isupper():
        return None
    return name + "s"
