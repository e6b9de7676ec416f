"""Which actors are public: the data tables of non-actors, public bodies' words, private
occupations, public-affairs words and dependent territories (``data/*.tsv``) and the tests
that read them: `non_actor` (a medium, a platform, a disease; a medium by the words of its
name, `media_name`), `public_org`, `public_affairs_words`, `private_person` (an occupation,
an age, a defendant, an interviewer, an employer outside public affairs), and a medium's
noun before or in apposition to a name."""
from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from functools import cache

from .. import events_lexicon as ex
from .. import gazetteer
from .. import lexicon as lx
from ..text import Tok
from .model import Actor, _text
from .names import abbreviation


NON_ACTORS = gazetteer.DATA / "non_actors.tsv"


PUBLIC_ORG_WORDS = gazetteer.DATA / "public_org_words.tsv"
PRIVATE_OCCUPATIONS = gazetteer.DATA / "private_occupations.tsv"


PUBLIC_AFFAIRS_WORDS = gazetteer.DATA / "public_affairs_words.tsv"
DEPENDENT_TERRITORIES = gazetteer.DATA / "dependent_territories.tsv"


@cache
def _non_actor_names() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in gazetteer.data_rows(NON_ACTORS))


def non_actor(name: str, lang: str) -> bool:
    """A newspaper, broadcaster, agency, platform, disease or process named like an actor
    (``data/non_actors.tsv``, or a name ending in a media word: "New York Times")."""
    for form in {name, re.sub(r"(['’]s|s)$", "", name)}:  # also a genitive: "Reuters'", "BBCs"
        words = form.split()
        # media words of every language: foreign media keep their names ("die New York Times"),
        # also before the name ("Presseagentur Reuters"); an agency ("Saudi Press Agency")
        folded = [w.casefold() for w in words]
        if form.casefold() in _non_actor_names() or _media_words(folded, lang, _ALL_MEDIA_WORDS, opening=True):
            return True
        if len(words) == 1 and len(form) > 6 and form.casefold().endswith("online"):
            return True  # "WalesOnline", "RP-Online"
    return False


_ALL_MEDIA_WORDS = frozenset().union(*lx.MEDIA_WORDS.values())


def media_name(words: list[str], lang: str) -> bool:
    """The name of a medium, no speaker (docs/annotation.md: media are no actors), by its
    words as written (compared in lower case, without a comma or stop the tagger left on
    them): a word of newspapers' names last (lexicon.MEDIA_WORDS,
    events_lexicon.MEDIA_NAME_WORDS: "The Baltimore Sun", "The Times", "Associated Press,")
    or an agency's last two (`_media_words`). Of the source of an attribution
    (`events.attribution._medium`) and of a speaker (`events.speech._statement`)."""
    return _media_words([w.lower().strip(",.;:") for w in words], lang, _media_name_words(lang))


@cache
def _media_name_words(lang: str) -> frozenset[str]:
    return frozenset(lx.MEDIA_WORDS.get(lang, set()) | ex.MEDIA_NAME_WORDS.get(lang, set()))


def _media_words(words: list[str], lang: str, media: Collection[str], opening=False) -> bool:
    """The media test of a name's lower-case words, for `non_actor` and `media_name`: more
    than one word, the last (with `opening` also the first) a word of media's names in
    `media`, or the last two a news agency's (lexicon.MEDIA_AGENCIES: "the Saudi Press
    Agency"); not a word inside ("the League for Press Freedom")."""
    return len(words) > 1 and (words[-1] in media or opening and words[0] in media
                               or " ".join(words[-2:]) in lx.MEDIA_AGENCIES.get(lang, ()))


def _non_public(name: str, lang: str) -> bool:
    words = [w.casefold().rstrip(",") for w in name.split()]
    return bool(words) and bool({words[0], words[-1]} & lx.NON_PUBLIC_ORG_WORDS.get(lang, set()))


@cache
def _public_org_words(lang: str) -> frozenset[str]:
    return frozenset(word for language, word in gazetteer.data_rows(PUBLIC_ORG_WORDS) if language == lang)


@cache
def dependent_territories() -> frozenset[str]:
    """ISO codes of territories that are no sovereign states (``data/dependent_territories.tsv``)."""
    return frozenset(row[0] for row in gazetteer.data_rows(DEPENDENT_TERRITORIES))


@cache
def public_affairs_words(lang: str) -> frozenset[str]:
    """Words that put a sentence in public affairs (``data/public_affairs_words.tsv``), with
    one-word titles, role nouns and the words of public bodies' names; empty for a language the
    table does not list."""
    listed = {word for language, word in gazetteer.data_rows(PUBLIC_AFFAIRS_WORDS) if language == lang}
    if not listed:
        return frozenset()
    titles = {title for title in gazetteer.title_lexicon(lang) if " " not in title}
    return frozenset(listed | titles | lx.ROLE_NOUNS_BY_LANG[lang] | _public_org_words(lang))


def public_org(actor: Actor, lang: str) -> bool:
    """Does the organisation's name say it is a public body, party, armed group or
    international organisation (``data/public_org_words.tsv``), or is it an abbreviation
    ("NTSB", "PvdA") or known to the gazetteer or an editor?"""
    if actor.known or any(m.head for m in actor.mentions):
        return True
    words = re.findall(r"\w+", actor.name.lower())
    listed = _public_org_words(lang)
    if lang == "de":
        return any(w.endswith(tuple(listed)) for w in words) or abbreviation(actor.name)
    return bool(set(words) & listed) or abbreviation(actor.name)


@cache
def _private_occupations(lang: str) -> tuple[str, ...]:
    return tuple(word for language, word in gazetteer.data_rows(PRIVATE_OCCUPATIONS) if language == lang)


def _occupation(word: str, lang: str) -> bool:
    words = _private_occupations(lang)
    word = word.lower()
    return word.endswith(words) if lang == "de" else word in words


def _identified_as(toks: list[Tok], a: int, lang: str) -> bool:
    """"The deceased seaman was identified as Rico Dalisay", "police identified the suspect as
    23-year-old Dan Kell": a person identified by name as one the text describes by a private
    occupation (``lexicon.IDENTIFIED_AS``)."""
    verbs = lx.IDENTIFIED_AS.get(lang, ())
    k = a - 1
    while k >= 0 and (toks[k].text in {",", "-"} or toks[k].lower in {"old", "year"} or toks[k].text.isdigit()
                      or _AGE.search(toks[k].text)):
        k -= 1  # "as 23-year-old Dan Kell"
    if not verbs or k < 1 or toks[k].lower != "as":
        return False
    window = toks[max(0, k - 8):k]
    verb = next((j for j, t in enumerate(window) if t.lower in verbs), None)
    return verb is not None and any(_occupation(t.text, lang) for t in window if t.text not in lx.SENTENCE_END)


_AGE = re.compile(r"(?:\w+-year-old|\w+-?jährige[nr]?)\s*$", re.IGNORECASE)


def private_person(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """A person the text describes by an occupation outside public affairs, or by a first
    name and an age: the word right before the name ("Wynnum coach Ann Lee", "die Sängerin
    Eva Roth", "Fourteen-year-old Zoe") or an apposition after it ("Ann Lee, a fashion
    designer,"); an academic title ("Professor Jo Lund"); a place of research or a medium
    the person works for ("Jo Lund of the University of Leeds", "BBC's Ann Lee", "Ann Lee,
    director of news for AFP,"). A role of public office found elsewhere overrides it."""
    before = toks[a - 1] if a > 0 else None
    # English: a capitalised word before the name is a title, unless it starts the sentence
    # ("Broadcaster Ann Lee said") or is an abbreviation a company's people hold ("Acme
    # CEO Ann Lee"); German capitalises every noun.
    if before is not None and (lang == "de" or before.text.islower() or before.text.isupper()
                               or a == 1 or toks[a - 2].text in ".!?") \
            and _occupation(before.text, lang):
        return True
    if any(t.lower in lx.ACADEMIC_TITLES.get(lang, ()) for t in toks[max(0, a - 2):a]) \
            and not _heads_public_body(toks, b, lang) and not _heads_public_body_before(toks, a, lang):
        return True
    if a >= 2 and f"{toks[a - 2].lower} {toks[a - 1].lower}" in lx.PRIVATE_TWO_WORDS.get(lang, ()):
        return True  # "doctoral candidate Mira Tal"
    if company_office(toks, a, b, lang):
        return True
    if _identified_as(toks, a, lang):
        return True
    if _defendant(toks, a, b, lang):
        return True
    if b - a >= 2 and re.fullmatch(r"[A-ZÄÖÜ]\.?", toks[b - 1].text):
        return True  # "Stefan W.", "der 35-jährige Mario K.": a private person, named as the press protects one
    if before is not None and before.text == "," and a >= 3:
        # "ein anderer Student, Andrés,", "dem Vorstandschef der Kasse, Dieter Brand": the
        # phrase before the comma, from its article on
        k = a - 1
        while k > max(a - 8, 0) and toks[k - 1].text not in {",", ".", ";", ":"} \
                and toks[k - 1].pos not in ("VERB", "AUX"):
            k -= 1
        phrase = toks[k:a - 1]
        if any(t.lower in lx.DETERMINERS | lx.INDEFINITE for t in phrase) \
                and any(_occupation(t.text, lang) for t in phrase):
            return True
    if a >= 2 and toks[a - 1].text in {"'s", "’s"} and non_actor(toks[a - 2].text, lang):
        return True  # "BBC's Ann Lee"
    if _works_for_private(toks, b, lang) and not _heads_public_body(toks, b, lang):
        return True  # not "Dr Ann Lee, director of the Institute of Epidemiology,": she heads it
    if _interviewer(toks, a, lang):
        return True
    if b - a == 1 and _AGE.search(_text(toks[max(0, a - 5):a])):
        return True  # "Fourteen-year-old Zoe": a first name and an age (not "der 71-jährige X Y")
    # an apposition opens with an article (German also with an adjective or the occupation:
    # "Jo Lund, 17-jähriger Student,", "Eva Roth, Professorin und Mutter"); a comma before a
    # name goes on with a list
    if b + 2 < len(toks) and toks[b].text == "," and lang == "en" and _occupation(toks[b + 1].text, lang) \
            and toks[b + 2].pos != "PROPN":
        return True  # "Ann Lee, owner of a lodge,": an apposition without its article
    if b + 1 < len(toks) and toks[b].text == "," and (
            toks[b + 1].lower in lx.DETERMINERS | lx.INDEFINITE or lang == "de" and toks[b + 1].pos != "PROPN"):
        start = b + 1 + (toks[b + 1].lower in lx.DETERMINERS | lx.INDEFINITE)
        for t in toks[start:start + 4]:
            if t.text in {",", ".", ";"} or t.pos in ("VERB", "AUX", "PROPN"):
                break
            if _occupation(t.text, lang) or t.lower in lx.ACADEMIC_TITLES.get(lang, ()):
                return True
    return False


def company_office(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """A company's office of several words (``lexicon.COMPANY_OFFICES``) right before the
    name ("Senior vice president Ann Lee") or in an apposition after it that opens with an
    article or an owner's possessive ("Ann Lee, a vice president at Acme,", "Jo Lund,
    Acme's chief operating officer,", "Jo Lund, Acme's CEO,")."""
    offices = lx.COMPANY_OFFICES.get(lang, ())
    if not offices:
        return False
    if any(" ".join(t.lower for t in toks[max(0, a - n):a]) in offices for n in (2, 3)):
        return True
    k = a - 1 - (a >= 2 and toks[a - 1].lower in lx.ACADEMIC_TITLES.get(lang, ()))
    if k >= 2 and toks[k].text == ",":
        # "the general manager of Acme, (Dr) Jo Lund": the phrase before the comma, from its article on
        j = k
        while j > max(k - 8, 0) and toks[j - 1].text not in {",", ".", ";", ":"} and toks[j - 1].pos not in ("VERB", "AUX"):
            j -= 1
        article = next((i for i in range(j, k) if toks[i].lower in lx.DETERMINERS | lx.INDEFINITE), None)
        if article is not None:  # (after "but" or "and")
            phrase = f" {' '.join(t.lower for t in toks[article + 1:k])} "
            if any(f" {office} " in phrase for office in offices):
                return True
    if b + 2 >= len(toks) or toks[b].text != ",":
        return False
    k = b + 1
    if toks[k].lower in lx.DETERMINERS | lx.INDEFINITE:
        k += 1
    elif toks[k].pos == "PROPN" and toks[k + 1].text in {"'s", "’s"}:
        k += 2  # "Acme's"
        if k < len(toks) and _occupation(toks[k].text, lang):
            return True  # "Acme's CEO"
    else:
        return False
    words = []
    for t in toks[k:k + 5]:
        if t.text in {",", ".", ";"} or t.pos in ("VERB", "AUX"):
            break
        words.append(t.lower)
    phrase = f" {' '.join(words)} "
    return any(f" {office} " in phrase for office in offices)


def _defendant(toks: list[Tok], a: int, b: int, lang: str) -> bool:
    """"The court sentenced Ann and Jo Lee to life", "Jo Lund, 30, pleaded guilty": a word of
    a criminal case (``lexicon.DEFENDANT_WORDS``) in the sentence of the name (at most
    DEFENDANT_REACH words each way, so that a text without full stops is not read whole for
    each name)."""
    words = lx.DEFENDANT_WORDS.get(lang, set())
    for step, k, stop in ((-1, a - 1, max(a - 1 - DEFENDANT_REACH, -1)), (1, b, min(b + DEFENDANT_REACH, len(toks)))):
        while k != stop and toks[k].text not in _FULL_STOPS:
            if toks[k].lower in words:
                return True
            k += step
    return False


DEFENDANT_REACH = 80
_FULL_STOPS = {".", "!", "?"}


def _interviewer(toks: list[Tok], a: int, lang: str) -> bool:
    """The journalist of a medium's interview, named right after it: "im ZDF-Interview mit
    Eva Roth", "in a CNN interview with Ann Lee" (a titled guest, "mit Kanzlerin Eva Roth",
    is no journalist)."""
    if a < 2 or toks[a - 1].lower not in lx.INTERVIEW_LINKS.get(lang, ()):
        return False
    noun = toks[a - 2].text
    medium, dash, head = noun.rpartition("-")
    if dash and head.lower() in lx.INTERVIEW_NOUNS.get(lang, ()):
        return non_actor(medium, lang)  # "CNN-Interviews mit"
    return noun.lower() in lx.INTERVIEW_NOUNS.get(lang, ()) and a >= 3 and non_actor(toks[a - 3].text, lang)


def _heads_public_body(toks: list[Tok], b: int, lang: str) -> bool:
    """English: an apposition after the name says the person heads a body ("Dr Ann Lee,
    director of the Institute of Epidemiology,", "Dr. Jo Park, a former CDC director,"): a
    head's noun (lexicon.BODY_HEAD_NOUNS) and a capitalised name or abbreviation in the
    phrase, with no hospital, school or company word and no medium ("director of news for
    AFP"). A title then names a public official."""
    if lang != "en" or b >= len(toks) or toks[b].text != ",":
        return False
    return _public_head_phrase(list(itertools.takewhile(_in_apposition, toks[b + 1:b + 10])), lang)


def _heads_public_body_before(toks: list[Tok], a: int, lang: str) -> bool:
    """English: the same apposition before the name and its academic title ("the director
    of the Institute of Epidemiology, Dr Ann Lee, said", "the agency's director, Dr. Jo
    Park,")."""
    k = a - 1
    while k >= 0 and (toks[k].lower in lx.ACADEMIC_TITLES.get(lang, ()) or toks[k].text == "."):
        k -= 1
    if lang != "en" or k < 1 or toks[k].text != ",":
        return False
    phrase = list(itertools.takewhile(_in_apposition, reversed(toks[max(0, k - 10):k])))[::-1]
    return _public_head_phrase(phrase, lang)


def _in_apposition(t: Tok) -> bool:
    return t.text not in {",", ";", "("} and t.text not in lx.SENTENCE_END and t.pos not in ("VERB", "AUX")


def _public_head_phrase(phrase: list[Tok], lang: str) -> bool:
    """A head's noun and a capitalised name or abbreviation, no private workplace or medium."""
    return any(t.lower in lx.BODY_HEAD_NOUNS for t in phrase) \
        and any(t.text[:1].isupper() for t in phrase[1:]) \
        and not any(t.lower in lx.PRIVATE_WORKPLACE_WORDS or non_actor(t.text, lang) for t in phrase)


def _works_for_private(toks: list[Tok], b: int, lang: str) -> bool:
    """After the name, in the same phrase: "of/at/für" and a university, a medium, a work or
    place of culture or a company ("Jo Lund of the University of Leeds", "Ann Lee, director
    of global news for AFP,", "Ann Lee, the director of the film,"). Another
    preposition ends the phrase: "bezog sich X auf Berichte der Zeitung Y" says what X
    refers to, not whom X works for."""
    words = []
    for t in toks[b:b + 10]:
        if t.text in {";", "(", ")"} or t.text in lx.SENTENCE_END or t.pos in ("VERB", "AUX") \
                or (t.text == "," and words) or t.pos == "ADP" and t.lower not in lx.AFFILIATION_WORDS:
            break
        words.append(t)
    for k, t in enumerate(words[:-1]):
        if t.lower not in lx.AFFILIATION_WORDS:
            continue
        rest = [x for x in words[k + 1:] if x.lower not in lx.DETERMINERS]
        if any(x.lower in lx.ACADEMIC_WORDS for x in rest[:3]) \
                or any(x.lower in lx.PRIVATE_BODY_WORDS.get(lang, ()) for x in rest[:4]):
            return True
        if rest and any(non_actor(_text(rest[:n]), lang) for n in (1, 2, 3) if n <= len(rest)):
            return True
    return False


def _medium_before(doc, i: int, lang: str) -> bool:
    """The word before token i is the noun of a medium (``lexicon.MEDIUM_BEFORE_NAME``)."""
    words = lx.MEDIUM_BEFORE_NAME[lang]
    if i > 1 and doc[i - 1].is_quote:
        i -= 1  # "der Website „Marine Log“": the name in quotation marks
    before = doc[i - 1].lower_
    two = doc[i - 2].lower_ + " " + before if i > 1 else before
    return two in words or (before.endswith(words) if lang == "de" else before in words)


def _medium_apposition(doc, i: int, lang: str) -> bool:
    """An apposition from token i on that names a medium: a comma, an article, adjectives
    and a medium's noun ("Xyz, der staatlichen Nachrichtenagentur", "Xyz, the state
    broadcaster")."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "DET":
        return False
    k = i + 2
    while k < len(doc) - 1 and k < i + 5 and doc[k].pos_ == "ADJ":
        k += 1
    return _medium_before(doc, k + 1, lang)
