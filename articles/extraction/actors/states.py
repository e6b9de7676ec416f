"""States, demonyms and capitals in context: the lookups (a demonym's or a "US-" prefix's
state: `demonym_code`; states' names with their German forms: `_state_lookup`; the name a
state is given by: `state_name`); a state named in words, after a comma or as a person's
origin ("aus Nordkorea", "her Japanese counterpart"); a name that is a state's only alone
(`_state_by_context`); a capital that stands for its state (`_capital_acts`); a federation's
state acting as a body (`_federal_state`); and the tests that a name is used as a place
(after "in/nach", "Toronto, Canada", a list of places, a street's or a hospital's name, a
venue after "at/im": `venue_before`)."""
from __future__ import annotations

from functools import cache, lru_cache

from .. import dates_lexicon as dl
from .. import gazetteer
from .. import lexicon as lx
from ..text import Tok
from .model import Mention
from .roles import _titles, role_head


@lru_cache(maxsize=4)
def _demonyms(lang: str) -> dict[str, str]:
    return gazetteer.demonym_forms(lang)


@lru_cache(maxsize=4)
def _capital_codes(lang: str) -> dict[str, str]:
    return {name: code for code, names in gazetteer.capital_names(lang).items() for name in names}


FEDERAL_STATES = gazetteer.DATA / "federal_states.tsv"


def demonym_code(word: str, lang: str) -> str | None:
    """Country of a demonym or of a "US-" compound prefix."""
    forms = _demonyms(lang)
    code = forms.get(word.lower() if lang == "de" else word) or forms.get(word.lower())
    if code:
        return code
    prefix = word.split("-")[0]
    if "-" in word and prefix in gazetteer.COMPOUND_PREFIX:
        return gazetteer.COMPOUND_PREFIX[prefix]
    if "-" in word:
        return _demonyms(lang).get(prefix.lower())
    return None


def state_name(code: str, lang: str, forms: list[str]) -> str:
    """The state's name as the text writes it in the nominative, else its usual name (the first
    of gazetteer.STATE_EXTRA), else the CLDR short name."""
    names = gazetteer.state_names(lang).get(code, set()) | set(gazetteer.STATE_EXTRA.get(lang, {}).get(code, []))
    if lang == "de":  # a name that is an inflected form of another ("Vereinigten Königreich") is none
        names = {n for n in names if not any(o != n and n in gazetteer.german_inflections(o) for o in names)} or names
    for form in forms:
        if form in names:
            return form
    if lang == "de":  # "in den Niederlanden" → "Niederlande", not another name of the state
        for form in forms:
            if inflected := [n for n in names if form in gazetteer.german_inflections(n)]:
                return min(inflected, key=lambda n: (len(n), n))
    if extra := gazetteer.STATE_EXTRA.get(lang, {}).get(code):
        return extra[0]  # the usual name first ("Großbritannien", not the shorter "Britannien")
    short = sorted(names, key=lambda n: (len(n.split()), len(n)))
    return short[0] if short else code


def _demonym_opens_name(toks: list[Tok], a: int) -> str | None:
    """English: the state of a capitalised demonym right before an organisation's name at
    token a, after an article, a lower-case word or at a sentence's start ("the Afghan
    Taliban", "Philippine Red Cross chair X"; "Kataeb" is no demonym)."""
    word = toks[a - 1]
    before = toks[a - 2] if a >= 2 else None
    code = demonym_code(word.text, "en") if word.text[:1].isupper() else None
    if code is None or before is not None and before.text[:1].isupper() and before.lower not in lx.DETERMINERS \
            and before.text not in lx.SENTENCE_END:
        return None
    return code


_NAME_LINKS = frozenset({"of", "von", "for", "für", "the", "der"})


def _state_by_context(doc, ent, lang: str) -> str | None:
    """"dass Amerika sicher bleibt", "relations with America": a name that is a state's only
    where it stands alone (``gazetteer.STATE_ALONE``) names the state when no capitalised
    word or name link ("South America", "Voice of America", "Captain America") stands
    before it and, in English, no capitalised word after it ("America First")."""
    code = gazetteer.STATE_ALONE.get(lang, {}).get(ent.text)
    if code is None:
        return None
    if ent.start > 0:
        prev = doc[ent.start - 1]
        if prev.lower_ in _NAME_LINKS or prev.text[:1].isupper() and not prev.is_sent_start \
                or prev.text in ("-", "–") and prev.idx + len(prev.text) == ent.start_char:
            return None
    if ent.end < len(doc) and (nxt := doc[ent.end]).text[:1].isupper() and lang == "en" \
            or ent.end < len(doc) and doc[ent.end].text == "-":
        return None
    return code


@lru_cache(maxsize=4)
def _state_words(lang: str) -> frozenset[str]:
    """Every one-word name of a state in the language (the names of `_state_lookup`: German
    also its genitive, "Brasiliens"), also the ambiguous ones (``gazetteer.STATE_STOP``)."""
    return frozenset(n for n in _state_lookup(lang) if " " not in n) | gazetteer.STATE_STOP


def _titled_state_name(doc, ent) -> bool:
    """"Captain America", "Miss Germany": a title before a state's name makes a figure or a
    contest's title, no person of that name."""
    return len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in _titles() \
        and ent.text in _state_words(doc.lang_)


def _state_follows(toks: list[Tok], b: int, lang: str) -> bool:
    """A comma and a state's name follow ("…, Poland", "…, North Poland")."""
    if b >= len(toks) or toks[b].text != ",":
        return False
    words = [t.text for t in toks[b + 1:b + 4]]
    states = _state_lookup(lang)
    return any(" ".join(words[k:n]) in states for k in (0, 1) for n in (k + 1, k + 2, k + 3))


def _locative(toks: list[Tok], a: int) -> bool:
    """"in Pjöngjang", "nach Warschau", "im Kaiserpalast in Tokio": used as a place."""
    for k in (a - 1, a - 2):
        if k >= 1 and toks[k].lower == "to" and toks[k - 1].lower not in lx.MOTION_EN:
            return False  # "listening to Paris": an addressee, not a destination
        if k >= 0 and toks[k].lower in lx.LOCATIVE:
            return True
        if k >= 0 and toks[k].lower not in {"der", "die", "dem", "den", "the"}:
            break
    return False


def _after_place(toks: list[Tok], a: int, b: int, raw: list) -> bool:
    """"Toronto, Canada", "Lagos, Nigeria": a state after a comma names where the place
    before it lies; not an item of a list that goes on ("Bayern, Hessen und Sachsen")."""
    if a < 2 or toks[a - 1].text != "," or not raw:
        return False
    if b < len(toks) and toks[b].lower in {"und", "oder", "sowie", "and", "or"}:
        return False
    before = raw[-1][0]
    return before.b == a - 1 and before.kind == "place"


def _listed_after_place(toks: list[Tok], a: int, raw: list) -> bool:
    """"aus Bayern, Berlin und Nordrhein-Westfalen", "in Ohio and Texas": a name listed right
    after a place used as one (after "in/aus …") is a place of the same list."""
    if a < 2 or toks[a - 1].lower not in {",", "und", "oder", "and", "or"} or not raw:
        return False
    k = a - 2 if toks[a - 1].lower in {"and", "or"} and toks[a - 2].text == "," else a - 1  # "…, and Utah"
    before = raw[-1][0]
    # the list's first name stands after the preposition ("Toronto, Canada" is no list)
    return before.b == k and before.kind in ("place", "state") and before.locative \
        and (_locative(toks, before.a) or _listed_after_place(toks, before.a, raw[:-1]))


def _day_or_month(word: str, lang: str) -> bool:
    """A weekday or month name: a date before a state, no word of its name ("besuchte am
    Mittwoch Litauen", "im Januar Frankreich"); the tagger takes some weekdays for names."""
    return word in dl.WEEKDAYS.get(lang, {}) or word in dl.MONTHS.get(lang, {})


def _place_name(toks: list[Tok], m: Mention, lang: str) -> bool:
    """An English name of two or more words that a street, station or hospital word ends or
    an Arabic place word starts (``lx.PLACE_NAME_ENDS_EN``, ``lx.PLACE_NAME_STARTS``)."""
    if m.b - m.a < 2:
        return False
    last = toks[m.b - 1].lower
    if lang == "de":
        return last in lx.PLACE_NAME_ENDS_EN_IN_DE and toks[m.b - 1].text[:1].isupper()
    if lang != "en":
        return False
    return last in lx.PLACE_NAME_ENDS_EN or toks[m.a].lower in lx.PLACE_NAME_STARTS \
        or (last in lx.PLACE_NAME_ENDS_LOCATIVE_EN and m.a > 0 and toks[m.a - 1].lower in lx.PLACE_PREPOSITIONS_EN)


def _place_name_end(toks: list[Tok], m: Mention, lang: str) -> bool:
    """An English name that a street, station or base word ends (``lx.PLACE_NAME_ENDS_EN``;
    in a German text ``lx.PLACE_NAME_ENDS_EN_IN_DE``)."""
    ends = {"en": lx.PLACE_NAME_ENDS_EN, "de": lx.PLACE_NAME_ENDS_EN_IN_DE}.get(lang, ())
    return m.b - m.a >= 2 and toks[m.b - 1].lower in ends


def _capital_acts(toks: list[Tok], m: Mention) -> bool:
    """A capital that stands for its state: the subject of a verb or of an adjective
    ("Pjöngjang zeigte sich offen", "Vilnius sei bereit"), the object of a verb ("accused
    Brasilia"), the other side of speech or relations ("talking to Bamako", "die Beziehungen
    zwischen Wien und Berlin"), in English the owner of a thing ("Moscow's response"). As
    the goal or start of a journey ("verließ Kiew", ``lexicon.CITY_VERBS``), a town in a
    list, the subject of a passive or of a noun ("Juba war Garnisonsstadt"), or before an
    office of the city ("Berlins Bürgermeister") it is the city."""
    lang = toks[m.a].lang
    root = next((t for t in toks[m.a:m.b] if not m.a <= t.head < m.b), toks[m.b - 1])
    if m.b < len(toks) and any(role_head(t) is not None for t in toks[m.b:m.b + 2]):
        return False
    if root.dep == "conj":  # "zwischen Wien und Berlin": as the first of the pair
        root = toks[root.head]
    head = toks[root.head]
    if root.dep in ("nsubj", "sb"):
        return head.pos in ("VERB", "ADJ")
    if root.dep in ("dobj", "obj", "iobj"):
        return head.pos == "VERB" and head.lower not in lx.CITY_VERBS[lang]
    if root.dep == "poss":
        return head.pos == "NOUN" and role_head(head) is None
    # the preposition: English governs its object, in German it hangs on the noun
    prep = head if root.dep == "pobj" else next(
        (t for t in toks[max(0, root.i - 3):root.i] if t.head == root.i and t.dep == "case"), None)
    if prep is None:
        return False
    owner = toks[prep.head] if root.dep == "pobj" else head
    if prep.lower in lx.SOURCE_PREPOSITIONS[lang] and owner.lower in lx.SOURCE_REPORTS[lang]:
        return True  # "hieß es aus Paris", "verlautete aus Peking": the government speaks
    if prep.lower not in lx.RELATION_PREPOSITIONS[lang]:
        return False
    return owner.lower in lx.RELATION_NOUNS[lang] or owner.pos == "VERB" and owner.lower not in lx.CITY_VERBS[lang]


@cache
def _federal_states() -> dict[str, str]:
    return dict(gazetteer.data_rows(FEDERAL_STATES))


def _federal_state(toks: list[Tok], m: Mention) -> tuple[str, str] | None:
    """(name, country) of a federation's state named as a body (``data/federal_states.tsv``):
    not in brackets ("Fretzdorf (Brandenburg)") nor as a genitive before a noun
    ("Hessens Landesregierung": the government acts)."""
    states = _federal_states()
    name = m.text
    land = lx.LAND_NOUNS["de"].get(toks[m.a - 1].lower) if m.a > 0 else None
    if land and name in lx.CITY_STATES:
        return f"{land} {name}", lx.CITY_STATES[name]  # "mit dem Land Bremen"
    genitive = name not in states and name.endswith("s") and name[:-1] in states
    if genitive:
        name = name[:-1]
    if name not in states or (m.a > 0 and toks[m.a - 1].text == "("):
        return None
    if genitive and m.b < len(toks) and toks[m.b].text[:1].isupper() and toks[m.b].pos in ("NOUN", "PROPN"):
        return None
    return (f"{land} {name}" if land else name), states[name]


def _before_its_region(toks: list[Tok], m: Mention, starts: dict[int, Mention]) -> bool:
    """A name, a comma and a state or region that ends the phrase ("… and Ciudad Juárez,
    Mexico, separated …"): the name is a place in it, not a person ("Ann Lee, Canada's
    envoy" goes on with a possessive, "Ann Lee, Canada and Peru" with a list)."""
    if m.b + 1 >= len(toks) or toks[m.b].text != ",":
        return False
    region = starts.get(m.b + 1)
    if region is None or region.kind not in ("state", "place"):
        return False
    after = toks[region.b] if region.b < len(toks) else None
    return after is None or after.pos in ("VERB", "AUX") or after.text in {",", ".", ";", ")"} and not (
        region.b + 1 < len(toks) and toks[region.b + 1].lower in {"and", "und"})


def venue_before(toks: list[Tok], a: int, preps=frozenset({"at", "im", "in", "inside", "beim"})) -> bool:
    """A locative preposition before the name at `a`, over articles and the capitalised
    start of a building's name ("im Palacio de La Moneda", "at the Lodge")."""
    k = a - 1
    while k >= 0 and a - k <= 4 and (toks[k].lower in lx.DETERMINERS | lx.INDEFINITE
                                     or toks[k].lower in {"de", "del", "of"}
                                     or toks[k].text[:1].islower() and toks[k].pos == "ADJ"  # "foreign"
                                     or toks[k].text[:1].isupper()
                                     and toks[k].lower.endswith(tuple(lx.BUILDING_STARTS))):
        k -= 1
    return k >= 0 and toks[k].lower in preps


def _counterpart_country(toks: list[Tok], a: int, lang: str) -> str | None:
    """"seinem ukrainischen Amtskollegen X", "her Japanese counterpart, X,": the demonym
    before the counterpart noun gives the person's country."""
    k = a - 1 if a > 0 and toks[a - 1].text != "," else a - 2
    if k < 1 or toks[k].lower not in lx.COUNTERPART_NOUNS.get(lang, ()):
        return None
    return demonym_code(toks[k - 1].text, lang)


def _origin(toks: list[Tok], b: int, ents, seg) -> str | None:
    """"Kim Yong Chol aus Nordkorea" → KP; "Jacinda Ardern of New Zealand", "Außenminister
    X von Nigeria" (lexicon.ORIGIN_WORDS)."""
    if b + 1 < len(toks) and toks[b].lower in lx.ORIGIN_WORDS:
        nxt = toks[b + 1]
        for ent in ents:
            if seg.start + ent.start_char == nxt.start and ent.ent_id_.startswith(("country:", "capital:")):
                return ent.ent_id_.split(":")[1]
    return None


def _state_in(ts, lang: str) -> str | None:
    """A state named in the words ("of Norway", "Norwegens", "der Vereinigten Staaten")."""
    names = _state_lookup(lang)
    for a in range(len(ts)):
        for b in range(min(len(ts), a + 3), a, -1):
            words = " ".join(t.text for t in ts[a:b])
            if code := names.get(words):
                return code
    return None


@lru_cache(maxsize=4)
def _state_lookup(lang: str) -> dict[str, str]:
    """State names, with their German genitive and weak forms → ISO code."""
    out = {}
    for code, names in gazetteer.state_names(lang).items():
        for name in names | set(gazetteer.STATE_EXTRA.get(lang, {}).get(code, [])):
            for form in gazetteer.german_inflections(name) if lang == "de" else {name}:
                out[form] = code  # "Vereinigten Staaten", "Norwegens"
    return out


def _demonym_in(ts, lang) -> str | None:
    for t in ts:
        code = demonym_code(t.text, lang)
        if code:
            return code
    return None
