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


# Words for offices and functions. A name form whose head is one of them ("Minister",
# "the president", "Außenminister", "der Sprecher des Kremls") describes whoever holds
# the office in one article, so it never becomes an alias of a person (an alias is read
# as that person in every later article). The extraction keeps its own, richer lists;
# the chronology may not import them (docs/architecture.md).
_ROLE_WORDS = frozenset({
    "president", "minister", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "official", "officials", "secretary", "leader", "premier",
    "king", "queen", "emperor", "empress", "emir", "sultan", "sheikh", "general",
    "adviser", "advisor", "negotiator", "representative", "aide", "diplomat", "senator",
    "commissioner", "chairman", "chairwoman", "chair", "mayor", "governor", "head",
    "kaiser", "kaiserin", "könig", "königin", "chef", "chefin", "machthaber", "premier",
    "scheich", "vertreter", "vertreterin", "abgeordnete", "abgeordneter", "politiker",
    "politikerin", "general", "generalin", "amtskollege", "amtskollegin", "kollege",
    "kollegin",
})
# German compounds end in the office: "Außenminister", "Bundeskanzlerin", "Kremlsprecher".
_ROLE_ENDINGS = (
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "sprecher", "sprecherin", "botschafter", "botschafterin", "sekretär", "sekretärin",
    "beamte", "beamter", "beamten", "berater", "beraterin", "unterhändler",
    "unterhändlerin", "vorsitzende", "vorsitzender", "staatschef", "staatschefin",
    "regierungschef", "regierungschefin", "diplomat", "diplomatin", "gesandte",
    "gesandter", "kommissar", "kommissarin", "bürgermeister", "bürgermeisterin",
)
_ARTICLES = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines",
    "einer", "the", "a", "an",
})
# "the president of Russia", "Sprecher des Kremls": the office comes before these.
_OF = frozenset({"of", "des", "der", "von", "vom", "for"})


def _is_role_word(word: str) -> bool:
    word = word.split("-")[-1]  # "US-Präsident", "Secretary-General"
    return word in _ROLE_WORDS or word.endswith(_ROLE_ENDINGS)


def is_role_phrase(text: str) -> bool:
    """Whether a name form names an office instead of a person: its last word is a role
    word ("Minister", "the president", "Außenminister", "russischer Außenminister"), or
    a role word is followed by "of"/"des" ("the president of Russia")."""
    words = [word for word in normalize_alias(text).split(" ") if word]
    while words and words[0] in _ARTICLES:
        words = words[1:]
    if not words:
        return False
    if _is_role_word(words[-1]):
        return True
    for index, word in enumerate(words[1:], start=1):
        if word in _OF:
            return _is_role_word(words[index - 1])
    return False
