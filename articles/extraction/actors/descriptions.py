"""Persons described by their role: descriptive phrases ("der nordkoreanische General", "a
senior U.S. official", "der Sprecher des Ministeriums": `_descriptions`), and the role and
country that an apposition or a plural title gives a named person ("Paul Weber, the
Defence Secretary,", "Senators A, B and C": `_apposition_roles`, `_plural_title_roles`)."""
from __future__ import annotations

from .. import lexicon as lx
from ..text import Sentence, Tok, in_quote
from .bodies import body_noun
from .model import Mention, _surface
from .public import _works_for_private, company_office
from .roles import (_apposition_end, _nominative_title, _oblique_role, _past_pre_nominals, _plural_title,
                    _title_in, role_gender, role_head)
from .states import _demonym_in, _state_in, _state_lookup, demonym_code


# Words that modify no role noun: a phrase over them is no description ("a letter to
# President-elect …").
_NO_MODIFIER_POS = {"ADP", "VERB", "AUX", "PART", "PRON", "CCONJ", "SCONJ"}


def _descriptions(toks, sents, taken, lang, quotes, sent_of, names=frozenset()) -> list[Mention]:
    """Descriptive person phrases: determiner, modifiers, role noun, optional genitive. A
    phrase in apposition to a name is no mention of its own (`_apposition_roles` reads it)."""
    out = []
    for sent in sents:
        ts = sent.toks
        for n, tok in enumerate(ts):
            head = role_head(tok) or _oblique_role(ts, n, lang)
            if not head or tok.i in taken:
                continue
            # A role right before a name or an apposition with a name is a title.
            nxt = ts[n + 1] if n + 1 < len(ts) else None
            if lang == "en" and nxt is not None and nxt.pos == "NOUN" and nxt.text.islower():
                continue  # "the general public", "the general election": a modifier, no person
            genitive = bool(nxt and lang == "de" and nxt.text.endswith("s") and nxt.text[:-1] in names)
            if nxt and nxt.text in lx.PRE_NOMINALS:
                nxt = ts[_past_pre_nominals(ts, n + 1)]  # "Sozialminister Dr. Jan Roth"
            if nxt and (nxt.i in taken and lx.NAME_TOKEN.match(nxt.text)) and not genitive:
                continue
            if nxt and nxt.text == "," and n + 2 < len(ts) and ts[_past_pre_nominals(ts, n + 2)].i in taken:
                continue
            k = n - 1
            country = demonym_code(tok.text, lang)
            while k >= 0 and n - k <= 3 and ts[k].lower not in lx.DETERMINERS and ts[k].i not in taken \
                    and (ts[k].text[:1].islower() or demonym_code(ts[k].text, lang)
                         or ts[k].text.endswith("-")) \
                    and not (lang == "en" and ts[k].pos in _NO_MODIFIER_POS):  # "a letter to | President"
                country = country or demonym_code(ts[k].text, lang)
                k -= 1
            if any(x.lower in ("beiden", "zwei", "two", "both") for x in ts[max(k, 0):n]):
                continue  # "die beiden Politiker": a plural anaphor, not one actor
            if k >= 0 and _german_plural(ts[k], tok):
                continue  # "Die Minister empfingen X": several, not the person named last
            possessor = k >= 1 and ts[k].text in {"'s", "’s"}
            if k < 0 or not (ts[k].lower in lx.DETERMINERS or possessor):
                continue
            if k >= 2 and ts[k - 1].text == "," and ts[k - 2].i in taken and lx.NAME_TOKEN.match(ts[k - 2].text) \
                    and _apposition_end(ts, n + 1) is not None:
                continue  # "Paul Weber, the Defence Secretary, said": named before the comma
            if possessor:
                continue  # "Lee's spokeswoman, Park Soo-ah": named by apposition or unnamed
            end = n + 1
            # Genitive or "for/of the X" complement: "des US-Außenministeriums", "Gasimows".
            if end < len(ts) and ts[end].lower in {"des", "der", "for", "of"}:
                j = end + 1
                while j < len(ts) and (ts[j].lower in {"the", "chinesischen", "russischen"}
                                       or ts[j].text[:1].islower() and lang == "de"
                                       and (demonym_code(ts[j].text, lang)
                                            # "Sprecher der walisischen Labour Party" (round 16)
                                            or ts[j].tag in lx.BODY_ADJECTIVE_TAGS["de"] and j - end <= 2)):
                    j += 1
                if j < len(ts) and ts[j].text[:1].isupper():
                    j = _name_phrase_end(ts, j, lang)
                    country = country or demonym_code(ts[j].text, lang) or _demonym_in(ts[end + 1:j + 1], lang)
                    j = _common_body_end(ts, j, lang)
                    end = j + 1
                elif j < len(ts) and lang == "en" and head in lx.SPOKES_NOUNS and ts[j - 1].lower == "the" \
                        and (n_body := next((w for w in (2, 1) if j + w <= len(ts) and body_noun(
                            " ".join(t.text for t in ts[j:j + w]), lang)), 0)) \
                        and (j + n_body == len(ts) or ts[j + n_body].pos not in ("NOUN", "PROPN")):
                    # "a spokesperson for the government" (round 20): a body's noun, not one
                    # that only modifies the next ("for the police department of X")
                    end = j + n_body
            elif genitive:
                end += 1  # "Berater Gasimows"
            if end > n + 2 and ts[end - 1].text in names and ts[end - 1].i in taken:
                continue  # "The Mayor of Koszalin Piotr Nowak": the title of a place before a name
            if _possessive_apposition(ts, n, taken):
                continue  # "A spokesman for Qatar's foreign ministry, Faisal al-Kuwari, said"
            comma = _apposition_end(ts, end)
            if comma is not None and comma + 1 < len(ts) and ts[comma].text == "," \
                    and ts[name := _past_pre_nominals(ts, comma + 1)].i in taken and lx.NAME_TOKEN.match(ts[name].text):
                continue  # "der Sprecher der AU-Kommission, Samuel Tesfaye,": named by apposition
            a, b = ts[k].i, ts[end - 1].i + 1
            m = Mention(toks[a].start, toks[b - 1].end, a, b, _surface(toks, a, b), "desc",
                        sent_of.get(a, 0), country=country, role=None,
                        quoted=in_quote(toks[a].start, quotes) is not None,
                        definite=ts[k].lower not in lx.INDEFINITE, head=head)
            if lang == "en" and ts[k].lower == "the" and head in ("official",) and not country:
                m.definite = True
            out.append(m)
            # the genitive complement stays free for the body it names ("der Sondergesandte des
            # US-Außenministeriums"): an organisation of its own, qualifying the person
            taken.update(range(a, tok.i + 1))
    return out


def _plural_title_roles(toks: list[Tok], persons: list[Mention], lang: str) -> None:
    """A plural title before a row of names gives each its singular: "Senators A, B and C",
    "two Democratic Representatives, A and B", "Als Kandidaten traten A (CDU), B (SPD) und C
    an", "drei Kandidaten gemeldet: A, B und C". Only names, commas, "and" and a short
    bracket after a name stand in the row. A German plural looks like a singular's oblique
    case ("des Kandidaten"), and a row opened by a comma or colon may not belong to the
    title: those need two names at least."""
    starts = {m.a: m for m in persons}
    for k, tok in enumerate(toks):
        title = _plural_title(tok.text) if lang == "en" else _german_plural_title(tok.text)
        if title is None:
            continue
        j = k + 1
        if lang == "de" and j + 1 < len(toks) and toks[j].pos in ("VERB", "AUX") and (
                k > 0 and toks[k - 1].lower == lx.NAME_ROW_AS.get(lang) or toks[j + 1].text == ":"):
            j += 1  # "Als Kandidaten traten A und B an", "Kandidaten gemeldet: A, B"
        opened = j < len(toks) and toks[j].text in lx.NAME_ROW_OPENERS
        j += opened
        row = []
        while (m := starts.get(j)) is not None:
            row.append(m)
            j = _after_bracket(toks, m.b)
            while j < len(toks) and toks[j].lower in lx.NAME_ROW_JOINERS[lang]:
                j += 1
        if len(row) >= 2 or row and lang == "en" and not opened:
            title = row[0].role or title  # as the first name got it from the title before it
            for m in row:
                m.role = m.role or title


def _german_plural(determiner: Tok, noun: Tok) -> bool:
    """German "die" before a masculine role noun ("die Minister", "die Außenminister") or a
    feminine plural ("die Ministerinnen"): several holders, whom no one person named before
    stands for."""
    return noun.lang == "de" and determiner.lower == lx.PLURAL_ARTICLE_DE and (
        role_gender(noun.text, "de") == "m" or noun.lower.endswith(lx.FEMININE_PLURAL_ENDING_DE))


def _german_plural_title(word: str) -> str | None:
    """"Kandidaten" → "Kandidat", "Bundestagsabgeordneten" → "Bundestagsabgeordnete": a
    capitalised German title word whose form is not its singular's nominative."""
    base = _nominative_title(word) if word[:1].isupper() else word
    return base if base != word else None


def _after_bracket(toks: list[Tok], j: int) -> int:
    """Past a short bracket after a name ("(CDU)", "(D-NY)"), else `j`."""
    if j < len(toks) and toks[j].text == "(":
        close = next((t.i for t in toks[j + 1:j + 2 + lx.NAME_ROW_BRACKET] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return j


def _apposition_roles(toks: list[Tok], sents: list[Sentence], persons: list[Mention], lang: str) -> None:
    """Role and country of a person from an apposition, before or after the name: "Paul
    Weber, the Defence Secretary, said", "Tom Akers, spokesperson for the Labour Party,",
    "the mayor of Springfield, Anna Lind,", "Anna Lind, die Botschafterin Norwegens,". The
    apposition has an article (or none), a few modifiers, a title of the lexicon, a short
    complement, and no verb."""
    start_of = {t.i: s.start for s in sents for t in s.toks}
    name_ends = {p.b for p in persons}
    for m in persons:
        if m.role or company_office(toks, m.a, m.b, lang):
            continue  # "Ann Lee, a vice president at Acme,": no public office
        found = None
        comma = m.b
        if comma + 2 < len(toks) and toks[comma].lower in lx.ORIGIN_WORDS and toks[comma + 1].text[:1].isupper():
            # "Jo Lund of Ohio, the party's nominee,": the apposition after the origin
            comma = next((t.i for t in toks[comma + 2:comma + 5] if not lx.NAME_TOKEN.match(t.text)), comma)
        if comma + 1 < len(toks) and toks[comma].text == ",":
            k = comma + 1 + (toks[comma + 1].lower in lx.DETERMINERS)
            found = _title_in(toks, k, min(k + 4, len(toks)), lang)
            if found and (_apposition_end(toks, found[1]) is None or any(
                    t.lower in lx.GENITIVE_LINKS[lang] and toks[t.i - 1].pos == "NOUN" for t in toks[k + 1:found[0]])):
                found = None  # "X, die Ehefrau des US-Präsidenten Y,": the title is Y's
        name = m.a
        while name > 0 and toks[name - 1].text in lx.PRE_NOMINALS:
            name -= 1  # "der Minister, Dr. Jan Roth,"
        if found is None and name >= 2 and toks[name - 1].text == ",":
            first = max((t.i for t in toks[max(0, name - 10):name - 1] if t.text == ","), default=None)
            if first in name_ends:
                continue  # "X, der frühere Botschafter, lobte Y": the apposition is X's
            k = first + 1 if first is not None else max(name - 10, 0)
            while k < name - 1 and toks[k].start < start_of.get(name, 0):
                k += 1
            # "…, sagte der Innenminister Brandenburgs, Jörg Schönbohm": the phrase starts at
            # the first article after the last verb
            verbs = [t.i for t in toks[k:name - 1] if t.pos in ("VERB", "AUX")]
            k = max(verbs, default=k - 1) + 1 if verbs else k
            k = next((t.i for t in toks[k:name - 1] if t.lower in lx.DETERMINERS), k)
            if toks[k].lower in lx.DETERMINERS and not any(t.pos in ("VERB", "AUX") for t in toks[k:name - 1]):
                found = _title_in(toks, k + 1, name - 1, lang)
                if found:
                    found = (found[0], name - 1, found[2])
        if found is None:
            continue
        a, end, role = found
        if a >= m.b and m.private and _works_for_private(toks, m.b, lang):
            continue  # "X, president of Howard University,": an office of a private body, no role
        words = toks[m.b:end] if a >= m.b else toks[a - 3 if a >= 3 else 0:end]
        m.role = role
        m.country = m.country or _demonym_in(words, lang) or _state_in(toks[a + 1:_apposition_end(toks, end) or end], lang)


def _possessive_apposition(ts, n: int, taken) -> bool:
    """"spokesman for Qatar's foreign ministry, Faisal al-Kuwari,": the role of a person
    named after the comma (English: "for/of", a possessive, a comma, a name, a comma)."""
    if n + 1 >= len(ts) or ts[n + 1].lower not in ("for", "of"):
        return False
    window = ts[n + 2:n + 10]
    if not any(t.text in ("'s", "’s") for t in window[:3]):
        return False
    comma = next((k for k, t in enumerate(window) if t.text in {",", "."}), None)
    if comma is None or window[comma].text != "," or comma + 1 >= len(window):
        return False
    name = window[comma + 1]
    return name.i in taken and bool(lx.NAME_TOKEN.match(name.text))


def _name_phrase_end(ts, j: int, lang: str) -> int:
    """Last token of the capitalised name starting at ts[j]: "Department of Foreign Affairs
    and Trade", "Europäischen Auswärtigen Dienstes" (German adjectives in -en go on, and a
    name the parser reads as one: "der Downing Street")."""
    while j + 1 < len(ts):
        nxt = ts[j + 1]
        if nxt.text[:1].isupper() and (lang == "en" or ts[j].lower.endswith("en")
                                       or nxt.dep == "flat" and nxt.head == ts[j].i
                                       # "der Republik Kenia", "des Königreichs Schweden" (round 20)
                                       or lang == "de" and (ts[j].lower.endswith(lx.STATE_FORMS_FEMININE_DE)
                                                            or ts[j].lower in lx.STATE_FORM_GENITIVES_DE)):
            j += 1
        elif lang == "en" and nxt.lower in {"of", "and", "for"} and j + 2 < len(ts) \
                and ts[j + 2].text[:1].isupper() and ts[j + 2].text not in lx.SENTENCE_END:
            j += 2
        else:
            break
    return j


def _common_body_end(ts, j: int, lang: str) -> int:
    """English: a state's adjective or possessive goes on with the lower-case words of the
    body it qualifies ("the Kenyan | foreign ministry", "the Iraqi | interior ministry",
    "Iran's | foreign ministry"): the last of them (up to three), when a noun ends them;
    else `j`."""
    if lang != "en":
        return j
    k = j
    if j + 2 < len(ts) and ts[j + 1].text in {"'s", "’s"} and ts[j].text in _state_lookup(lang):
        k = j + 1  # "a spokesman for Iran's | foreign ministry" (round 19): the state's possessive
    elif not demonym_code(ts[j].text, lang):
        return j
    start = k
    while k + 1 < len(ts) and k - start < 3 and ts[k + 1].text.islower() and ts[k + 1].pos in ("ADJ", "NOUN", "PROPN"):
        k += 1
    return k if k > start and ts[k].pos in ("NOUN", "PROPN") else j
