"""Where a name starts and ends: the tagger's entities cleaned (`_clean_ents`): trimmed of
articles, opening words, possessives, datelines, captions, time words and titles; joined
with particles, first names, Arabic family articles and the rest of an organisation's name;
ships set apart; German bodies named by adjectives and English names before a role's
apposition added. And the tests of an entity's context that make it a person, an
organisation or a word of a longer name (`_person_by_context`, `_organization_by_context`,
`_inside_name`, the title of a place before a name)."""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from spacy.symbols import ADJ

from .. import dates_lexicon as dl
from .. import gazetteer
from .. import lexicon as lx
from ..text import QUOTE_MARKS
from .bodies import _body_first_words
from .model import _span
from .names import _INFLECTION
from .public import _occupation, _public_org_words
from .roles import _plural_title, _role_compound_head, _title_compound, _titles
from .states import _day_or_month, _state_lookup


_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "MISC",
                "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"}


def _person_by_context(doc, ent) -> bool:
    """An English name of two to four words tagged as an organisation that its context
    shows to be a person: after an owner ("the Fund's Jacqueline Ruiz said"), in an
    apposition to a role ("the president of Namibia, Hage Ndeitunga,") or before one ("Dan
    Hale, chief executive of …"), or a member "of the" body ("Nia Holt of the National
    Crime Agency")."""
    if not 2 <= len(ent) <= 4 or not all(lx.NAME_TOKEN.match(t.text) for t in ent) \
            or any(t.lower_ in _public_org_words("en") or t.lower_ in lx.ORG_TAIL_WORDS for t in ent):
        return False
    titles = _titles()
    before = doc[max(0, ent.start - 5):ent.start]
    after = doc[ent.end:ent.end + 5]
    if len(before) and before[-1].text in {"'s", "’s"}:
        return True
    if len(before) and before[-1].text == "," and any(t.lower_ in titles or t.lower_ in lx.ROLE_NOUNS for t in before[:-1]):
        return True
    if len(after) >= 2 and after[0].text == "," and any(t.lower_ in titles or t.lower_ in lx.ROLE_NOUNS
                                                       for t in after[1:]):
        return True
    return len(after) >= 2 and after[0].lower_ == "of" and after[1].lower_ == "the"


def _organization_by_context(doc, ent) -> bool:
    """An English name tagged as a person that is an organisation's: it holds a public
    body's word or its kind ("the Sioux Tribes"), follows its kind ("the party Civic
    Platform", "the company Cultura Viva": a company is then left out as no public body) or
    stands between an article and its kind ("the Jamaah Ansharut Daulah network")."""
    kinds = lx.ORG_KIND_NOUNS["en"]
    if any(t.lower_ in _public_org_words("en") or t.lower_ in kinds for t in ent):
        return True
    if ent.start > 1 and doc[ent.start - 1].lower_ in lx.DETERMINERS and ent.end < len(doc) \
            and doc[ent.end].lower_ in kinds:
        return True  # "the Jamaah Ansharut Daulah network", "the Wagner group"
    return ent.start > 0 and doc[ent.start - 1].lower_ in kinds


def _place_of_title(doc, ent) -> int:
    """English: how many words of a person's span name the place of the title before it
    ("Senator from Vermont Bernie Sanders", "President of South Africa Ana Dube"): a state's
    name, else one word, with a name of two words or more left."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "from") \
            or doc[ent.start - 2].lower_ not in _titles():
        return 0
    states = _state_lookup(doc.lang_)
    cut = next((n for n in (3, 2) if len(ent) - n >= 2 and ent[:n].text in states), 1)
    rest = ent[cut:]
    return cut if len(rest) >= 2 and all(lx.NAME_TOKEN.match(t.text) for t in rest) else 0


def _title_of_place(doc, ent) -> str | None:
    """English: the title before a place of one to three capitalised words right before a
    person's name, linked by "of" or "from" (TITLE_PLACE_LINKS: "First Minister of Scotland
    X", "Mayor of Koszalin X", "Senator from Vermont X"), where the tagger took the place
    into the name or left it untagged."""
    k, n = ent.start - 1, 0
    while k > 0 and n < 3 and lx.NAME_TOKEN.match(doc[k].text) and doc[k].lower_ not in _titles():
        k, n = k - 1, n + 1
    if n == 0 or doc[k].lower_ not in lx.TITLE_PLACE_LINKS.get(doc.lang_, ()):
        return None
    return next((t.label_ for t in doc.spans.get("titles", []) if t.end == k), None)


def _clean_ents(doc, titles: set[tuple[int, int]]) -> list:
    """Entities minus junk (links, titles tagged as organisations), person spans trimmed
    of trailing lower-case words and adjacent person pieces joined."""
    out = []
    ents = list(doc.ents)
    if doc.lang_ == "de":
        ents = sorted(ents + _adjective_bodies(doc), key=lambda e: e.start)
    if doc.lang_ == "en":
        ents = sorted(ents + _names_before_role_apposition(doc), key=lambda e: e.start)
    ships = {ent.text for n, ent in enumerate(ents) if ent[0].text in lx.SHIP_PREFIXES or _after_vessel_noun(doc, ent)
             or n > 0 and ents[n - 1].end == ent.start and ents[n - 1].text in lx.SHIP_PREFIXES}
    for n, ent in enumerate(ents):
        if ent is None:
            continue
        if "/" in ent.text or "@" in ent.text or not re.search(r"[^\W\d_]", ent.text):
            continue
        if ent.text in ships:
            # "die USS | Carl Vinson", "HMS Defender", "das Docklandungsschiff „Karel
            # Doorman“", "the tanker Stena Lind": a ship, here and wherever its name stands
            out.append(_span(doc, ent.start, ent.end, _SHIP))
            continue
        ent = _titled_name(doc, _trimmed(doc, ent))
        if ent.label_ == "PERSON" and len(ent) > 2 and _plural_title(ent[0].text):
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)  # "Representatives | Ann Lee, …"
        if ent.label_ == "PER" and _first_name_before(doc, ent):
            ent = _span(doc, ent.start - 1, ent.end, "PER")  # "Jaya" + "Krishna Cuttaree"
        if ent.label_ == "ORG" and (k := _time_tail(doc, ent)):
            ent = _span(doc, ent.start, ent.end - k, "ORG")  # "die Kommission | zur Zeit": no part of the name
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if ent.label_ == "ORG" and nxt is not None and _state_ends_name(doc, ent, nxt):
            # "Parliament of" + "Iraq", "Parliament" + "of Peru": the state's name ends the
            # organisation's
            ent = _span(doc, ent.start, nxt.end, "ORG")
            ents[n + 1] = None
        if ent.label_ == "ORG" and (n_title := _title_at_end(doc, ent)):
            ent = _span(doc, ent.start, ent.end - n_title, "ORG")  # "Coast Guard | Commandant Admiral Lee"
        if ent.label_ in ("ORG", "PERSON") and len(ent) == 1 and _GLUED_ABBREVIATION.match(ent.text):
            continue  # "MPof": an abbreviation glued to the next word, no name
        if ent.end < len(doc) and doc[ent.end].text == ":" and _GLUED_CAPTION.search(ent[-1].text):
            continue  # "Ann LeeImage: …": a caption word glued to the name; the name stands elsewhere
        if ent.label_ == "ORG" and doc.lang_ == "en":
            start, end = _org_name_start(doc, ent), _org_name_end(doc, ent, ents[n + 1:])
            if (start, end) != (ent.start, ent.end):
                # "the | Co-operative Commonwealth Federation", "Global Coalition to Defeat |
                # ISIS", "National Union of Rail | , Maritime and Transport Workers": the
                # tagger's name stops inside the name; the entities in the rest are its words
                for k in range(n + 1, len(ents)):
                    if ents[k] is not None and ents[k].start < end:
                        ents[k] = None
                ent = _span(doc, start, end, "ORG")
        cut = _after_dateline(doc, ent)
        if cut is not None:
            if cut >= ent.end:
                continue
            ent = _span(doc, cut, ent.end, ent.label_)  # "CANBERRA - Australian": the dateline is no name
        if (ent.start, ent.end) in titles and ent.label_ not in ("PER", "PERSON"):
            continue
        if _genitive_after_title(doc, ent, ents[n + 1] if n + 1 < len(ents) else None):
            continue  # "der Innenminister Brandenburgs, Jörg Klein": a place, no person
        if len(ent) > 1 and ent[0].lower_ in lx.DETERMINERS:
            # "the European Commission": the article is no part of the name
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)
        if len(ent) > 1 and ent[0].tag_ in _OPENING_WORD_TAGS.get(doc.lang_, ()) \
                and ent[0].lower_ not in lx.NAME_START_PARTICLES \
                and (ent[0].is_sent_start or ent.start == 0 or doc[ent.start - 1].is_space or doc[ent.start - 1].is_punct):
            # "Regarding Ashodaya", "Before COVID-19", "Will Red Hat …?", "Per Twitter", "Weil
            # Wähler": a sentence's opening word capitalised
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)
        lead = ent.start
        while lead < ent.end - 1 and doc[lead].is_lower and doc[lead].pos_ in _NO_NAME_POS \
                and doc[lead].text not in lx.NAME_START_PARTICLES and doc[lead + 1].text[:1].isupper():
            lead += 1  # "meet Igor Petrov", "to visit Ana Ruiz": the tagger took in a verb before the name
        if lead != ent.start:
            ent = _span(doc, lead, ent.end, ent.label_)
        if ent.label_ in ("PERSON", "ORG") and len(ent) >= 3 and (cut := _place_of_title(doc, ent)):
            # "Senator from Vermont | Bernie Sanders", "First Minister of Scotland | Nicola
            # Sturgeon": the place of the office is no part of the name
            ent = _span(doc, ent.start + cut, ent.end, "PERSON")
        if ent.label_ in ("PER", "PERSON", "ORG"):
            end = ent.end
            while ent.label_ != "ORG" and end > ent.start + 1 and not doc[end - 1].text[:1].isupper() \
                    and doc[end - 2].whitespace_ and doc[end - 1].is_alpha:
                end -= 1  # "Donald Trump den" (but not "Lee Min-jae")
            if ent.label_ in ("PER", "PERSON"):
                end = _name_end(doc, ent.start, end)
            if ent.label_ == "PER" and doc.lang_ == "de" and (noun := _common_noun_in_name(doc, ent.start, end)):
                # "Ina Roth Nachfolgerin von Eva Lind": the tagger ran on over a noun
                rest = noun + 1 + (noun + 1 < end and doc[noun + 1].pos_ == "ADP")
                if rest < end and all(t.pos_ == "PROPN" for t in doc[rest:end]):
                    ents.insert(n + 1, _span(doc, rest, end, "PER"))
                end = noun
            if end != ent.end:
                ent = _span(doc, ent.start, end, ent.label_)
            if not doc[ent.start].text[:1].isupper() and not (
                    ent.label_ in ("PER", "PERSON") and len(ent) > 1 and doc[ent.start].text in lx.NAME_START_PARTICLES
                    or ent.label_ in ("PER", "PERSON") and len(ent) > 2
                    and lx.particle_pair(doc[ent.start].text, doc[ent.start + 1].text)):
                continue  # not a name, but "de Villepin", "von der Leyen"
        if out and out[-1].label_ in ("PER", "PERSON") and out[-1].end == ent.start \
                and len(out[-1]) == 1 and ent.ent_id_.startswith("capital:"):
            # "Ana" + "Lima": a surname, not Peru's capital
            out[-1] = _span(doc, out[-1].start, ent.end, out[-1].label_)
            continue
        if len(ent) == 1 and ent.ent_id_.startswith("capital:") and _first_name_before_capital(doc, ent, out):
            # "Rona Washington", "Ivo Lewis": a first name the tagger left unmarked
            out.append(_span(doc, ent.start - 1, ent.end, gazetteer.PERSON_LABEL[doc.lang_]))
            continue
        if out and ent.label_ in ("PER", "PERSON") and out[-1].end == ent.start and len(out[-1]) == 1 \
                and out[-1].ent_id_.startswith("capital:") \
                and not (out[-1].start > 0 and doc[out[-1].start - 1].lower_ == "of"):
            # "Sofia" + "Lund": a first name, not Bulgaria's capital (but "Mayor of London Sadiq Khan")
            out[-1] = _span(doc, out[-1].start, ent.end, ent.label_)
            continue
        if out and ent.label_ in ("PER", "PERSON") and out[-1].label_ == ent.label_ and out[-1].end == ent.start:
            out[-1] = _span(doc, out[-1].start, ent.end, ent.label_)
            continue
        out.append(ent)
    return out


# Words before a capital's name that make a part of the city, not a person ("East
# Jerusalem", "Downtown Nairobi"): mostly written capitalised, like first names. English
# only: German writes every noun capitalised ("am Dienstag Moskau"), so case tells no name
# there (German first names: `_german_first_name`).
_CITY_PART_WORDS = {"en": {"East", "West", "North", "South", "Central", "Greater", "Downtown", "Old", "New",
                           "Upper", "Lower", "Inner", "Outer", "Metro"}}
# How much more often (log-probability) a word is written capitalised than in lower case to
# be read as a name (a first name: "Rona", "Ivo"; not "Downtown", "Official").
_NAME_CASE_MARGIN = 1.0


def _first_name_before_capital(doc, ent, out) -> bool:
    """Class "a capital's name as a surname" (round 21, English; German since round 22): the
    word right before it is a capitalised proper noun of no entity, written capitalised far
    more often than in lower case (a first name), no title and no part of a city ("East
    Jerusalem"); German by `_german_first_name`."""
    if ent.start == 0 or out and out[-1].end > ent.start - 1:
        return False
    word = doc[ent.start - 1]
    if doc.lang_ == "de":
        return _german_first_name(doc, ent.start - 1)
    if doc.lang_ not in _CITY_PART_WORDS:
        return False
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_upper and word.pos_ == "PROPN") \
            or word.ent_type_ or word.text in _CITY_PART_WORDS[doc.lang_] or word.lower_ in _titles():
        return False
    return gazetteer.word_log_prob(word.text, doc.lang_) \
        > gazetteer.word_log_prob(word.lower_, doc.lang_) + _NAME_CASE_MARGIN


def _german_first_name(doc, k: int) -> bool:
    """German (round 22): the word at k is a first name the tagger left unmarked before a
    capital's name ("Ilka Paris erklärte"): a proper noun by the tagger, rare (spaCy's word
    frequencies: not "am Dienstag Moskau"), not after an article or a preposition, no title,
    role or occupation and no ending of a German noun (lexicon.NON_NAME_ENDINGS_DE). Case
    tells nothing here: German writes every noun capitalised."""
    word = doc[k]
    before = doc[k - 1] if k > 0 else None
    return word.is_alpha and word.text[:1].isupper() and not word.is_upper and not word.ent_type_ \
        and word.pos_ == "PROPN" and (before is None or before.pos_ not in ("DET", "ADP")) \
        and gazetteer.word_log_prob(word.text, "de") < lx.NAME_AFTER_PARTICLES_MAX_PROB \
        and not word.lower_.endswith(lx.NON_NAME_ENDINGS_DE) and word.lower_ not in _titles() \
        and not _title_compound(word.lower_) and word.lower_ not in lx.ROLE_NOUNS \
        and _role_compound_head(word.lower_) is None and not _occupation(word.text, "de")


_SHIP = "SHIP"  # the label of a ship's name among the cleaned entities


@lru_cache(maxsize=2)
def _time_references(lang: str) -> frozenset[tuple[str, ...]]:
    """Words that refer to the present, past or future ("zur Zeit", "bislang", "currently"),
    as lower-case word tuples."""
    return frozenset(tuple(w.lower().split()) for words in dl.REFERENCES.get(lang, {}).values() for w in words)


def _first_name_before(doc, ent) -> bool:
    """German: the word before a person's name is a first name the tagger took for a noun
    ("…, Jaya Krishna Cuttaree aus Mauritius"): a rare capitalised word (spaCy's word
    frequencies) in no entity, after a comma, a conjunction or at the sentence's start, that
    is no title, role or occupation and does not end like a German noun for a person or a
    thing (lexicon.NON_NAME_ENDINGS_DE)."""
    k = ent.start - 1
    if k < 0 or len(ent) < 2:
        return False
    word = doc[k]
    before = doc[k - 1] if k > 0 else None
    return word.is_alpha and word.text[:1].isupper() and not word.is_upper and not word.ent_type_ \
        and (before is None or before.is_sent_end or before.text == "," or before.lower_ in ("und", "sowie")) \
        and gazetteer.word_log_prob(word.text, "de") < lx.NAME_AFTER_PARTICLES_MAX_PROB \
        and not word.lower_.endswith(lx.NON_NAME_ENDINGS_DE) and word.lower_ not in _titles() \
        and not _title_compound(word.lower_) and word.lower_ not in lx.ROLE_NOUNS \
        and _role_compound_head(word.lower_) is None and not _occupation(word.text, "de")


def _time_tail(doc, ent) -> int:
    """Number of words at the end of an organisation's name that refer to a time and that the
    tagger took in ("die Kommission zur Zeit", "der Rat bislang"); 0 when none."""
    refs = _time_references(doc.lang_)
    for n in (3, 2, 1):
        if len(ent) > n and tuple(t.lower_ for t in ent[-n:]) in refs:
            return n
    return 0


def _names_before_role_apposition(doc) -> list:
    """English: a name the tagger left untagged that opens a sentence (often a paragraph's
    first words) and is followed by an apposition with a role ("Ann Lee, a fire service
    spokeswoman, told …", "Jo Park, the spokesperson for the ministry, said …"): two or
    three capitalised proper nouns, a comma, an article, then a role noun of the lexicon
    within five words and before the next comma."""
    out, tagged = [], {t.i for e in doc.ents for t in e}
    for a, tok in enumerate(doc):
        if tok.pos_ != "PROPN" or a in tagged or not _opens_sentence(doc, a):
            continue
        b = a
        while b < len(doc) and b - a < 3 and doc[b].pos_ == "PROPN" and lx.NAME_TOKEN.match(doc[b].text):
            b += 1
        if not 2 <= b - a <= 3 or any(k in tagged for k in range(a, b)) or b + 2 >= len(doc) \
                or doc[b].text != "," or doc[b + 1].lower_ not in ("a", "an", "the"):
            continue
        words = itertools.takewhile(lambda t: t.text != "," and t.pos_ in ("NOUN", "ADJ", "PROPN", "ADP", "DET"),
                                    doc[b + 2:b + 7])
        if any(t.lower_ in lx.ROLE_NOUNS or t.lower_ in _titles() for t in words):
            out.append(_span(doc, a, b, "PERSON"))
    return out


def _opens_sentence(doc, i: int) -> bool:
    """Token i is the first word of the text, of a paragraph or after a sentence's end
    (quotation marks between)."""
    k, newline = i - 1, False
    while k >= 0 and (doc[k].text in QUOTE_MARKS or doc[k].is_space):
        newline = newline or "\n" in doc[k].text
        k -= 1
    return k < 0 or newline or doc[k].text in {".", "!", "?"}


def _after_vessel_noun(doc, ent) -> bool:
    """A name right after a word for a ship, or after it and an opening quote: the ship's
    name (``lx.VESSEL_NOUNS``; German also as a compound's end: "Docklandungsschiff")."""
    nouns = lx.VESSEL_NOUNS.get(doc.lang_, ())
    if len(ent) > 1 and ent[0].lower_ in nouns:
        return True  # "Tanker Mira Lund" taken in whole
    k = ent.start - 1
    if k >= 0 and doc[k].is_quote:
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    return word in nouns or doc.lang_ == "de" and word.endswith(tuple(nouns))


def _adjective_bodies(doc) -> list:
    """German bodies named by capitalised adjectives and a body's noun that the tagger
    leaves out: "aus dem Nationalen Sicherheitsrat", "der Zweite Senat", "von der
    Verfassungsgebenden Versammlung" (after an article; the adjectives inflected, with a stem
    of ``lexicon.ADJECTIVE_STEMS_DE``; the noun ends in a word of
    ``data/public_org_words.tsv``). Given in the nominative by `_nominative_de`."""
    tagged = {t for e in doc.ents for t in range(e.start, e.end)}
    words = tuple(_public_org_words("de"))
    out, done = [], 0
    for i in (doc.to_array("POS") == ADJ).nonzero()[0].tolist():  # adjectives only: the rest is cheap to skip
        if i < max(done, 1):
            continue
        j = i
        while j < len(doc) and j not in tagged and _name_adjective(doc[j]):
            j += 1
        noun = doc[j] if j < len(doc) else None
        if j > i and noun is not None and j not in tagged and noun.pos_ in ("NOUN", "PROPN") \
                and noun.text[:1].isupper() and re.sub(r"e?s$", "", noun.lower_).endswith(words) \
                and (doc[i - 1].lower_ in lx.ARTICLES["de"] - lx.INDEFINITE or doc[i - 1].lower_ in lx.ARTICLE_CONTRACTIONS["de"]):
            out.append(_span(doc, i, j + 1, "ORG"))
        done = j + 1 if j > i else i + 1
    return out


def _name_adjective(tok) -> bool:
    """A capitalised, inflected German adjective inside a sentence ("Nationalen", "Zweite")."""
    if tok.pos_ != "ADJ" or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    stem = _INFLECTION.sub("", tok.text)
    return stem != tok.text and stem.lower().endswith(lx.ADJECTIVE_STEMS_DE)


# Parts of speech no name starts with (a preposition may: "von Weizsäcker", "de Villepin").
_NO_NAME_POS = {"VERB", "AUX", "PART", "PRON", "SCONJ", "CCONJ", "ADV"}
# Tags of words that open a sentence and are no part of the name the tagger runs them into:
# prepositions, conjunctions, gerunds, modals, imperatives ("Before COVID-19", "Make Lakeside a …",
# "Per Twitter", "Weil Wähler").
_OPENING_WORD_TAGS = {"en": ("IN", "VBG", "MD", "VB"), "de": ("APPR", "APPRART", "KOUS", "KON", "KOUI", "PTKNEG")}


def _title_at_end(doc, ent) -> int:
    """How many words of a title end an organisation's name before a name or another title
    ("Coast Guard | Commandant Admiral Elmer Quinto", "Senate | Majority Leader Ann Lee"):
    the title is the person's; 0 if none (not "Office of the President")."""
    if ent.end >= len(doc) or not lx.NAME_TOKEN.match(doc[ent.end].text) or doc[ent.end].ent_type_ in _SKIP_LABELS:
        return 0
    n = next((n for n in (3, 2, 1) if len(ent) > n and ent[-n:].text.lower() in _titles()), 0)
    return n if n and ent[-n - 1].lower_ not in ("of", "the", "for", "and") else 0


# A picture's caption word glued to the name before it by a missing space ("LeeImage:").
_GLUED_CAPTION = re.compile(r"[a-zà-ÿ](?:Image|Photo|Picture|Foto|Bild)$")
# An abbreviation glued to a small word by a missing space ("MPof", "MPsfor").
_GLUED_ABBREVIATION = re.compile(r"^[A-Z]{2,}s?(?:of|for|to|in|and|the|from)$")


def _list_word(tok) -> bool:
    """A capitalised word that may be an item of a list inside a name ("Maritime", "Labour"):
    no abbreviation, state, capital or title."""
    return bool(lx.NAME_TOKEN.match(tok.text)) and not (tok.is_upper and len(tok.text) > 1) \
        and not tok.ent_id_.startswith(("country:", "capital:")) and tok.lower_ not in _titles()


def _org_name_end(doc, ent, following) -> int:
    """The end of an English organisation's name where the tagger stopped inside it: before
    its head noun (a word of public bodies: "… Management | Presidency"), the
    object of "to" + verb ("Global Coalition to Defeat | ISIS"), one word after "of X and"
    ("High Court of England | and Wales", "Ministry of Trade | and Industry"; not a body of
    its own, "… and Parliament"), the rest of a list after "of"/"for" ("Ministry of Health |
    , Labour and Welfare", "Union of Rail | , Maritime and Transport Workers")."""
    end = ent.end
    if end + 1 >= len(doc):
        return end
    words = [t.lower_ for t in ent]
    if ent[-1].whitespace_ and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "O" \
            and doc[end].lower_ in _public_org_words("en") and words[-1] not in _public_org_words("en"):
        return end + 1  # "Disaster and Emergency Management | Presidency": its head noun ends the name
    if len(ent) >= 3 and words[-2] == "to" and lx.NAME_TOKEN.match(ent[-1].text) and ent[-1].whitespace_:
        k = end
        while k < len(doc) and doc[k - 1].whitespace_ and lx.NAME_TOKEN.match(doc[k].text) \
                and doc[k].ent_type_ not in _SKIP_LABELS:
            k += 1
        return k
    nxt = next((e for e in following if e is not None), None)
    if words[-1] in ("of", "the") and nxt is not None and nxt.start == end and nxt.label_ == "ORG":
        # "Office of the | UN | High Commissioner for Human Rights": a known body's name stops
        # the tagger's, and the capitalised words after it go on with the longer name
        k = nxt.end
        while k < len(doc) and (lx.NAME_TOKEN.match(doc[k].text) and doc[k].ent_type_ not in _SKIP_LABELS
                                or doc[k].lower_ in ("for", "of", "on") and k + 1 < len(doc)
                                and lx.NAME_TOKEN.match(doc[k + 1].text) and k > nxt.end):
            k += 1
        if k > nxt.end:
            return k
    if len(ent) >= 3 and words[-2] == "of" and _list_word(ent[-1]) and doc[end].lower_ == "and" \
            and _list_word(doc[end + 1]) and doc[end + 1].lower_ not in _public_org_words("en") \
            and (doc[end + 1].ent_iob_ == "O" or nxt is not None and nxt.start == end + 1 and nxt.end == end + 2
                 and nxt.label_ in ("GPE", "LOC", "ORG") and not nxt.ent_id_) \
            and not (end + 2 < len(doc) and (doc[end + 2].text in lx.POSSESSIVE_MARKS
                                             or lx.NAME_TOKEN.match(doc[end + 2].text))):
        return end + 2  # "Ministry of Trade | and Industry", "High Court of England | and Wales"
    if len(ent) >= 3 and words[-2] in ("of", "for") and _list_word(ent[-1]) and doc[end].text == ",":
        k = end
        while k + 2 < len(doc) and doc[k].text == "," and _list_word(doc[k + 1]) and doc[k + 2].text in (",", "and"):
            k += 2
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and" and k > end:
            k += 1
        if k == end or doc[k].lower_ != "and":
            return end
        j = k + 1
        while j < len(doc) and j - k <= 3 and _list_word(doc[j]):
            j += 1
        if j > k + 1 and not (j < len(doc) and (lx.NAME_TOKEN.match(doc[j].text) or doc[j].text in lx.POSSESSIVE_MARKS)):
            return j
    return end


def _org_name_start(doc, ent) -> int:
    """The start of an English organisation's name that opens with a capitalised hyphenated
    word the tagger left out ("the | Co-operative Commonwealth Federation"), not a
    participle ("the Kremlin-backed …")."""
    k = ent.start
    if k < 4 or not doc[k - 1].whitespace_:
        return k
    j = k - 1
    while j > 0 and not doc[j - 1].whitespace_:
        j -= 1
    parts = doc[j:k]
    if len(parts) < 3 or "-" not in [t.text for t in parts] or not parts[0].text[:1].isupper() \
            or any(t.ent_type_ for t in parts) or not all(t.is_alpha or t.text == "-" for t in parts) \
            or parts[-1].lower_.endswith("ed") or j == 0 or doc[j - 1].lower_ != "the":
        return k
    return j


_NOUN_ENDINGS_DE = ("ierung", "heit", "keit", "schaft", "ation")  # "Nominierung", no name


def _german_noun(word: str) -> bool:
    """A frequent German noun ("Roman", "Grab"): a capitalised lemma of spaCy's table (read
    from the derived gazetteer data, not the table itself)."""
    return word in gazetteer.frequent_noun_lemmas_de()


def _common_noun_in_name(doc, start: int, end: int) -> int | None:
    """Index of the first German common noun after the first word of a person's span: a role
    ("Arbeitsminister", "Nachfolgerin") or an abstract noun ("Nominierung"); None if none."""
    for k in range(start + 1, end):
        low = doc[k].lower_
        if low.endswith(_NOUN_ENDINGS_DE) and len(low) > 7:
            return k
        if (doc[k].pos_ == "NOUN" or doc[k].tag_ == "NN") and (low.endswith(("erin", "ung")) and len(low) > 6
                                      or low in _titles() or low.split("-")[-1] in lx.ROLE_NOUNS
                                      or _role_compound_head(low) is not None):
            return k
        if k == end - 1 and k - start >= 2 and doc[k - 1].text.endswith("s") and _german_noun(doc[k].text):
            return k  # "Eva Maria Linds Roman": what the person wrote or owns, no part of the name
        head, dash, tail = doc[k].text.partition("-")
        if dash and len(head) > 1 and head.isupper() and tail[:1].isupper() and tail[1:].islower() and len(tail) > 3:
            return k  # "Jonas Albrecht SPD-Spitzenkandidat": an organisation's compound noun
    return None


def _genitive_after_title(doc, ent, nxt) -> bool:
    """German: one word in the genitive tagged as a person between a title and the name in
    apposition ("der Oberbürgermeister Kaiserslauterns, Klaus Weber"): the place the title
    is of."""
    if doc.lang_ != "de" or ent.label_ != "PER" or len(ent) != 1 or not ent.text.endswith("s") \
            or ent.start == 0 or nxt is None or nxt.label_ != "PER" or nxt.start != ent.end + 1 \
            or doc[ent.end].text != ",":
        return False
    title = doc[ent.start - 1].lower_
    return title in _titles() or _title_compound(title) or title.split("-")[-1] in lx.ROLE_NOUNS


def _name_end(doc, start: int, end: int) -> int:
    """A person's name without post-nominal letters ("Kama Lind QC") and with the particles
    and capitalised parts that follow it ("Bashar" + "al-Assad", "Arnel" + "dela Vega"):
    a particle joins only a capitalised word that no other entity holds."""
    while end - 1 > start and doc[end - 1].text in lx.POST_NOMINALS:
        end -= 1
    end = _particle_surname_end(doc, start, end)
    if end - start >= 3 and end < len(doc) and doc[end - 1].text in lx.ARABIC_FAMILY_ARTICLES \
            and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() and doc[end].is_alpha \
            and not doc[end].ent_id_ and doc[end].ent_type_ in ("", "PER", "PERSON"):
        end += 1  # "Tamim bin Hamad Al | Thani": the name was cut after the family's article
    k = end
    while k < len(doc) and doc[k - 1].whitespace_:
        tok = doc[k]
        if tok.lower_ in lx.NAME_PREFIXES and not tok.whitespace_ and k + 2 < len(doc) \
                and doc[k + 1].text == "-" and not doc[k + 1].whitespace_ and doc[k + 2].text[:1].isupper():
            k += 3  # "al" "-" "Assad"
            end = k
            continue
        head, dash, rest = tok.text.partition("-")
        if dash and head.lower() in lx.NAME_PREFIXES and rest[:1].isupper():
            k += 1  # "al-Nahjan" as one token (the German tokenizer)
            end = k
            continue
        if tok.text in lx.ARABIC_FAMILY_ARTICLES and tok.whitespace_ and k + 1 < len(doc) \
                and any(t.lower_ in lx.NAME_PARTICLES for t in doc[start:end]) \
                and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha and not doc[k + 1].ent_id_ \
                and doc[k + 1].ent_type_ in ("", "PER", "PERSON"):
            k += 2  # "Muhammad ibn Zayid" + "Al Nahyan"
            end = k
            continue
        if tok.lower_ in lx.NAME_PARTICLES and tok.text.islower() and k + 1 < len(doc) and tok.whitespace_:
            nxt = doc[k + 1]
            owner = k + 2 < len(doc) and doc[k + 2].tag_ == "NN"  # "sagte X zu Lindqvists Äußerungen"
            if nxt.text[:1].isupper() and nxt.text.replace("-", "").isalpha() and not nxt.is_upper \
                    and nxt.pos_ != "NOUN" and not owner \
                    and nxt.ent_type_ in ("", "PER", "PERSON") and not nxt.ent_id_:
                k += 2
                end = k
                continue
        break
    return end


def _particle_surname_end(doc, start: int, end: int) -> int:
    """The end of "Ursula von der Leyen", "Alexander Van der Bellen" where the tagger stopped
    at or inside the particles: two particle words (lexicon.NAME_PARTICLE_PAIRS) and a rare
    capitalised word that no other entity holds."""
    for k in (end - 1, end):  # the tagger may have taken "Van" into the name
        if k < start or k + 2 >= len(doc) or not lx.particle_pair(doc[k].lower_, doc[k + 1].lower_):
            continue
        word = doc[k + 2]
        if word.text[:1].isupper() and word.is_alpha and not word.ent_id_ \
                and word.ent_type_ in ("", "PER", "PERSON", "GPE", "LOC") \
                and gazetteer.word_log_prob(word.text, doc.lang_) < lx.NAME_AFTER_PARTICLES_MAX_PROB \
                and not (doc.lang_ == "de" and _common_compound(word.text)):
            return k + 3
    return end


def _common_compound(word: str) -> bool:
    """A rare German word that ends in a common noun of five letters or more is a compound
    noun, no surname: "Jana Kröger von der Beobachtermission" (not "von der Leyen")."""
    return any(gazetteer.word_log_prob(word[i].upper() + word[i + 1:], "de") > lx.COMPOUND_TAIL_MIN_PROB
               for i in range(4, len(word) - 4))


def _state_ends_name(doc, ent, nxt) -> bool:
    """"Foreign Ministry of | Iraq" (the tagger's name stops at "of") or "Parliament |
    of the | United Kingdom" (a body's word, "of", the state)."""
    if not (nxt.label_ in ("GPE", "LOC") or nxt.ent_id_.startswith(("country:", "capital:"))):
        return False
    if ent[-1].lower_ in ("of", "the"):
        return nxt.start == ent.end
    between = [t.lower_ for t in doc[ent.end:nxt.start]]
    return between in (["of"], ["of", "the"]) and ent[-1].lower_ in _public_org_words(doc.lang_)


_HYPHENATED_FIRST_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+-[A-ZÀ-Þ][a-zà-ÿ]+$")


def _hyphenated_first_name(tok) -> bool:
    """A double first name the tagger left out of the name ("Anna-Lena", "Karl-Heinz"), no
    title or description with a prefix ("Vize-Premier", "Ex-Rebellenführer")."""
    if not _HYPHENATED_FIRST_NAME.match(tok.text) or tok.ent_type_ or tok.pos_ != "PROPN":
        return False
    first, last = tok.lower_.split("-")
    return first not in lx.WORD_PREFIXES and last not in _titles() and tok.lower_ not in _titles() \
        and last not in lx.ROLE_NOUNS and len(last) <= 7


def _titled_name(doc, ent):
    """"Scheich | Nahjan | Mubarak al-Nahjan": a place or organisation the tagger found
    right after a title of office, with more name words after it, is a person's name; a
    person's name takes in the name words between it and a title ("Scheich Nahjan |
    Rashid al-Kaabi")."""
    if ent.label_ in ("PER", "PERSON") and not ent.ent_id_ and ent.start > 0 \
            and _hyphenated_first_name(doc[ent.start - 1]):
        ent = _span(doc, ent.start - 1, ent.end, ent.label_)  # "Anna-Lena | Brook"
    if ent.label_ in ("PER", "PERSON") and not ent.ent_id_:
        k = ent.start
        while k > 0 and doc[k - 1].pos_ == "PROPN" and lx.NAME_TOKEN.match(doc[k - 1].text) \
                and not doc[k - 1].ent_type_ and doc[k - 1].lower_ not in _titles() and doc[k - 1].whitespace_:
            k -= 1
        if k < ent.start and k > 0 and doc[k - 1].lower_ in _titles():
            return _span(doc, k, ent.end, ent.label_)
        return ent
    if ent.label_ not in ("LOC", "ORG", "MISC") or ent.ent_id_ or ent.start == 0 \
            or doc[ent.start - 1].lower_ not in _titles():
        return ent
    end = ent.end
    while end < len(doc) and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN" \
            and lx.NAME_TOKEN.match(doc[end].text) and not doc[end].ent_type_:
        end += 1
    if end == ent.end:
        return ent
    return _span(doc, ent.start, _name_end(doc, ent.start, end), "PER")


def _trimmed(doc, ent):
    """The entity without a possessive ending ("Democratic Party's", "Windsor Locks'") or a
    comma ("Ministry of Health,") and without an abbreviation in brackets the tagger took in
    ("Movement for Democratic Change (MDC")."""
    start, end = ent.start, ent.end
    brackets = [t.i for t in ent if t.text == "("]
    if brackets and brackets[0] > start:
        end = brackets[0]
    possessive = [t.i for t in ent[1:-1] if t.text in {"'s", "’s"}]
    if ent.label_ in ("PER", "PERSON") and possessive:
        end = possessive[0]  # "Ana Dube's | Presidency": what is hers is no part of her name
    while end > start + 1 and doc[end - 1].text in {"'s", "’s", "'", "’", ","}:
        end -= 1
    if end > start + 1 and end < len(doc) and doc[end].text == ":" and doc[end - 1].lower_ in lx.CREDIT_WORDS:
        end -= 1  # "Ann Lee Image: …": a picture's caption after the name
    return ent if (start, end) == (ent.start, ent.end) else _span(doc, start, end, ent.label_)


def _after_dateline(doc, ent) -> int | None:
    """First token after a dateline ("CANBERRA - ", "ACCRA – ") the entity starts with,
    None if it does not start with one. A dateline opens a paragraph: an upper-case place
    and a dash."""
    k = ent.start
    if k > 0 and "\n" not in doc[k - 1].text_with_ws and not doc[k].is_sent_start:
        return None
    while k < ent.end and doc[k].text.isupper() and len(doc[k].text) > 1:
        k += 1
    if k == ent.start or k >= len(doc) or doc[k].text not in {"-", "–", "—"}:
        return None
    return k + 1


def _inside_name(doc, ent, titles: set[tuple[int, int]]) -> bool:
    """A state's name that is a word of a longer proper name: a proper noun joined to it
    before ("New Mexico", "Agence France-Presse", "South China Sea") or after ("Grenada
    Street", "United States Postal Service"), not a title ("US President") nor another
    entity ("Russia Ukraine")."""
    common = gazetteer.common_nouns_de() if doc.lang_ == "de" else frozenset()

    def name_word(tok) -> bool:  # German nouns are capitalised: "am Dienstag Usbekistan"
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha \
            and tok.text not in common and tok.lower_ not in _titles() and not tok.ent_id_ \
            and not any(a <= tok.i < b for a, b in titles) and not _day_or_month(tok.lower_, doc.lang_)
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    # German "des Obersten Gerichtshofs Perus": a body's noun before the state's genitive
    # is no word of one name with it
    body_noun = prev is not None and doc.lang_ == "de" and ent.text.endswith("s") \
        and re.sub(r"e?s$", "", prev.lower_).endswith(tuple(_public_org_words("de")))
    joined_before = prev is not None and not prev.is_sent_start and prev.whitespace_ and name_word(prev) \
        and not body_noun
    # "U.S. Senate", "US Army": the state qualifies a public body (see `_qualify_bodies`)
    joined_after = nxt is not None and ent[-1].whitespace_ and name_word(nxt) \
        and nxt.lower_ not in _public_org_words(doc.lang_) | _body_first_words(doc.lang_)
    # "Islamic State of | Iraq": the organisation's entity stops at "of" before the state
    cut_name = prev is not None and prev.lower_ == "of" and prev.ent_type_ in ("ORG", "LOC", "FAC")
    return joined_before or joined_after or cut_name
