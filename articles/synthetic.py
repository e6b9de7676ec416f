"""A synthetic archive for benchmarks and demos: actors with aliases, articles, and the
events (meetings, statements) extracted from them, with participants and evidence.

Everything is generated from the word lists below and a seeded random generator, so the
same arguments give the same archive. Rows are written with bulk_create, one transaction
per batch of articles, which keeps 100,000 events within a few minutes on SQLite and
PostgreSQL. Nothing here calls the NLP pipeline: the data looks like its output.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone
from itertools import accumulate

from babel import Locale
from django.apps import apps
from django.core.management.color import no_style
from django.db import connections, transaction

from timeline.lib.dates import to_date_range
from timeline.lib.names import normalize_alias
from timeline.lib.transliteration import name_keys
from timeline.models import Actor, ActorAlias, Event, Evidence, Participant

from .models import Article, content_hash

EXTRACTOR_VERSION = "synthetic-1"
FIRST_DAY = date(2006, 1, 1)
LAST_DAY = date(2025, 12, 31)

# ISO code -> capital (facts). The first ones are the "big" states busy actors come from.
CAPITALS = {
    "US": "Washington", "DE": "Berlin", "FR": "Paris", "CN": "Peking", "RU": "Moskau",
    "GB": "London", "JP": "Tokio", "IN": "Neu-Delhi", "BR": "Brasília", "TR": "Ankara",
    "IT": "Rom", "ES": "Madrid", "PL": "Warschau", "UA": "Kiew", "KP": "Pjöngjang",
    "KR": "Seoul", "IR": "Teheran", "IL": "Jerusalem", "EG": "Kairo", "SA": "Riad",
    "ZA": "Pretoria", "NG": "Abuja", "KE": "Nairobi", "ET": "Addis Abeba", "MX": "Mexiko-Stadt",
    "CA": "Ottawa", "AR": "Buenos Aires", "CL": "Santiago", "AU": "Canberra", "ID": "Jakarta",
    "VN": "Hanoi", "TH": "Bangkok", "PK": "Islamabad", "AF": "Kabul", "IQ": "Bagdad",
    "SY": "Damaskus", "JO": "Amman", "LB": "Beirut", "QA": "Doha", "AE": "Abu Dhabi",
    "GR": "Athen", "AT": "Wien", "CH": "Bern", "NL": "Den Haag", "BE": "Brüssel",
    "SE": "Stockholm", "NO": "Oslo", "FI": "Helsinki", "DK": "Kopenhagen", "LT": "Vilnius",
    "LV": "Riga", "EE": "Tallinn", "CZ": "Prag", "HU": "Budapest", "RS": "Belgrad",
    "GE": "Tiflis", "AM": "Eriwan", "AZ": "Baku", "KZ": "Astana", "MN": "Ulan-Bator",
}
COUNTRY_CODES = list(CAPITALS)
MEETING_CITIES = ["Genf", "Wien", "New York", "Brüssel", "Singapur", "Helsinki", "Davos",
                  "München", "Doha", "Istanbul", "Oslo", "Den Haag", "Nairobi", "Bali"]

FIRST_NAMES = [
    "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ines", "Jonas",
    "Karin", "Lars", "Maria", "Nikolai", "Olga", "Pablo", "Quentin", "Rosa", "Samir", "Tanja",
    "Ugo", "Vera", "Walter", "Ximena", "Yusuf", "Zofia", "Ahmed", "Birgit", "Chen", "Daniela",
    "Emil", "Fatima", "Georg", "Hana", "Ivan", "Julia", "Kenji", "Leila", "Marek", "Nadia",
    "Omar", "Petra", "Rafael", "Sven", "Teresa", "Ulrich", "Valentina", "Wei", "Yara", "Zeynep",
    "Andrzej", "Beatriz", "Claude", "Dagmar", "Eduardo", "Frieda", "Gustavo", "Helga", "Ilja",
    "Jana", "Kofi", "Lucia", "Mehmet", "Nora", "Oskar", "Priya", "Ruth", "Stefan", "Tomás",
]
LAST_NAMES = [
    "Albrecht", "Baranov", "Castellano", "Dumont", "Eriksen", "Fischer", "Gavrilov", "Haddad",
    "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov",
    "Quiroga", "Rossi", "Schneider", "Tanaka", "Umarov", "Vasquez", "Weber", "Xu", "Yilmaz",
    "Zimmermann", "Abadi", "Brenner", "Costa", "Dahl", "Engel", "Ferrari", "Gomez", "Horvath",
    "Ionescu", "Jovanović", "Kim", "Larsen", "Mendes", "Nakamura", "Oliveira", "Park",
    "Richter", "Santos", "Takahashi", "Urban", "Vogel", "Wagner", "Yamamoto", "Zhou",
    "Amsel", "Berger", "Cervantes", "Demir", "Eklund", "Fontaine", "Grünewald", "Hoffmann",
    "Ishikawa", "Kaunas", "Lorenz", "Marchetti", "Nowicki", "Ortega", "Pavlović", "Reuter",
    "Sokolov", "Tremblay", "Varga", "Winter", "Ziegler", "Aydin", "Bauer", "Delacroix",
]
# (German title, English title, weight); heads of state/government come first.
ROLES = [
    ("Präsident", "President", 3), ("Regierungschef", "Head of Government", 3),
    ("Außenminister", "Foreign Minister", 6), ("Außenministerin", "Foreign Minister", 5),
    ("Verteidigungsminister", "Defence Minister", 3), ("Botschafterin", "Ambassador", 4),
    ("Botschafter", "Ambassador", 4), ("Sondergesandter", "Special Envoy", 2),
    ("Handelsministerin", "Trade Minister", 2), ("Regierungssprecher", "Government Spokesman", 3),
    ("Staatssekretärin", "State Secretary", 2), ("Parlamentspräsident", "Speaker of Parliament", 1),
]
KNOWN_ORGANISATIONS = [
    ("Vereinte Nationen", "United Nations"), ("NATO", "NATO"), ("Europäische Union", "European Union"),
    ("OSZE", "OSCE"), ("Afrikanische Union", "African Union"), ("ASEAN", "ASEAN"),
    ("Arabische Liga", "Arab League"), ("G7", "G7"), ("G20", "G20"),
    ("Internationale Atomenergiebehörde", "International Atomic Energy Agency"),
    ("Weltgesundheitsorganisation", "World Health Organization"),
    ("Internationaler Währungsfonds", "International Monetary Fund"), ("Europarat", "Council of Europe"),
]
ORG_KINDS = [("Rat", "Council"), ("Kommission", "Commission"), ("Forum", "Forum"),
             ("Initiative", "Initiative"), ("Agentur", "Agency"), ("Konferenz", "Conference")]
ORG_TOPICS = [("Ostsee-Kooperation", "Baltic Cooperation"), ("Wasserfragen", "Water Issues"),
              ("Abrüstung", "Disarmament"), ("Handel im Pazifik", "Pacific Trade"),
              ("Energiesicherheit", "Energy Security"), ("Migration", "Migration"),
              ("Ernährungssicherheit", "Food Security"), ("Seerecht", "Law of the Sea"),
              ("Cybersicherheit", "Cyber Security"), ("Wiederaufbau", "Reconstruction"),
              ("Polarforschung", "Polar Research"), ("Schuldenfragen", "Debt Relief")]
ORG_REGIONS = [("Nordischer", "Nordic"), ("Afrikanischer", "African"), ("Europäischer", "European"),
               ("Asiatischer", "Asian"), ("Amerikanischer", "American"), ("Arktischer", "Arctic"),
               ("Internationaler", "International"), ("Mediterraner", "Mediterranean")]
# (title form, accusative form in a German sentence, English form)
TOPICS = [
    ("Waffenruhe", "die Waffenruhe", "the ceasefire"),
    ("Handelsabkommen", "das Handelsabkommen", "the trade agreement"),
    ("Energieversorgung", "eine sichere Energieversorgung", "secure energy supplies"),
    ("Grenzsicherung", "eine gemeinsame Grenzsicherung", "joint border security"),
    ("Klimaschutz", "mehr Klimaschutz", "stronger climate action"),
    ("Abrüstung", "neue Abrüstungsgespräche", "new disarmament talks"),
    ("humanitäre Hilfe", "mehr humanitäre Hilfe", "more humanitarian aid"),
    ("Sanktionen", "die Sanktionen", "the sanctions"),
    ("Atomprogramm", "Kontrollen des Atomprogramms", "inspections of the nuclear programme"),
    ("Flüchtlinge", "Hilfe für die Flüchtlinge", "help for the refugees"),
    ("Visafreiheit", "die Visafreiheit", "visa-free travel"),
    ("Wiederaufbau", "den Wiederaufbau", "the reconstruction"),
    ("Gefangenenaustausch", "einen Gefangenenaustausch", "a prisoner exchange"),
    ("Pipeline", "den Bau der Pipeline", "building the pipeline"),
    ("Friedensplan", "den Friedensplan", "the peace plan"),
    ("Zölle", "niedrigere Zölle", "lower tariffs"),
]
QUOTE_SUBJECTS = [("Wir", "We"), ("Unsere Regierung", "Our government"), ("Europa", "Europe"),
                  ("Niemand", "Nobody"), ("Mein Land", "My country"), ("Beide Seiten", "Both sides")]
# German verb (3rd/1st person forms), English verb phrase; singular subjects use index 1.
QUOTE_VERBS = [
    (("unterstützen", "unterstützt"), ("support", "supports")),
    (("fordern", "fordert"), ("demand", "demands")),
    (("begrüßen", "begrüßt"), ("welcome", "welcomes")),
    (("brauchen", "braucht"), ("need", "needs")),
    (("lehnen keinesfalls ab", "lehnt keinesfalls ab"), ("do not reject", "does not reject")),
    (("wollen", "will"), ("want", "wants")),
]
QUOTE_ENDINGS = [("", ""), (" – und zwar jetzt", ", and we mean now"),
                 (" ohne weitere Verzögerung", " without further delay"),
                 (", das ist unsere Pflicht", "; that is our duty")]
FILLERS_DE = [
    "Beobachter werteten das als Zeichen der Entspannung.",
    "Einzelheiten wurden zunächst nicht bekannt.",
    "Die Opposition kritisierte das Vorgehen scharf.",
    "Das Treffen war lange vorbereitet worden.",
    "Diplomaten sprachen von einer offenen Atmosphäre.",
    "Eine gemeinsame Erklärung soll folgen.",
    "Die Gespräche sollen im kommenden Monat fortgesetzt werden.",
]
FILLERS_EN = [
    "Observers saw it as a sign of easing tensions.",
    "No details were released at first.",
    "The opposition sharply criticised the move.",
    "The meeting had been prepared for months.",
    "Diplomats described the atmosphere as open.",
    "A joint statement is expected to follow.",
]
OUTLETS = ["Tagesbote", "Abendkurier", "Rheinische Depesche", "Nordwest-Anzeiger",
           "The Daily Ledger", "Morning Dispatch", "Continental Review", "The Harbour Times"]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
# (precision, share of events): most dates are exact days, a tenth have none at all.
PRECISION_MIX = [("day", 60), ("week", 6), ("month", 14), ("year", 8), ("", 12)]
STATUS_MIX = [(Event.Status.HAPPENED, 88), (Event.Status.PLANNED, 8), (Event.Status.CANCELLED, 4)]
REVIEW_MIX = [(Event.Review.EXTRACTED, 80), (Event.Review.VERIFIED, 12),
              (Event.Review.EDITED, 5), (Event.Review.REJECTED, 3)]


@dataclass
class SeedConfig:
    events: int = 1000
    actors: int = 300
    articles: int | None = None  # default: one article for every five events
    seed: int = 1
    busy_actors: int = 5
    # Share of events that involve one of the busy actors (split between them).
    busy_share: float = 0.3
    articles_per_batch: int = 400

    def article_count(self) -> int:
        return self.articles if self.articles is not None else max(1, self.events // 5)


@dataclass
class SeedReport:
    actors: int = 0
    aliases: int = 0
    articles: int = 0
    events: int = 0
    participants: int = 0
    evidence: int = 0
    seconds: float = 0.0
    busy: list[tuple[int, str]] = field(default_factory=list)


def chronology_models() -> list:
    """The models seed/clear write, plus any model pointing at them (a later table with a
    foreign key to an event would otherwise block the flush on PostgreSQL)."""
    core = [Evidence, Participant, ActorAlias, Event, Actor, Article]
    referencing = [
        model
        for model in apps.get_models()
        if model not in core
        and any(
            f.is_relation and f.many_to_one and f.related_model in core
            for f in model._meta.get_fields()
        )
    ]
    return referencing + core


def clear_chronology(using: str = "default") -> None:
    """Empty the chronology and article tables (TRUNCATE on PostgreSQL) and restart their
    id sequences, so a re-seed with the same seed gives the same ids."""
    connection = connections[using]
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        # Foreign keys are checked at commit; TRUNCATE refuses tables with checks pending.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    tables = [m._meta.db_table for m in chronology_models()]
    sql = connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=False)
    connection.ops.execute_sql_flush(sql)


def _organisation_names() -> list[tuple[str, str]]:
    names = list(KNOWN_ORGANISATIONS)
    for region in ORG_REGIONS:
        for kind in ORG_KINDS:
            for topic in ORG_TOPICS:
                names.append((f"{region[0]} {kind[0]} für {topic[0]}",
                              f"{region[1]} {kind[1]} for {topic[1]}"))
    return names


def _weighted(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in mix], weights=[w for _, w in mix])[0]


class _Generator:
    def __init__(self, config: SeedConfig):
        self.config = config
        self.rng = random.Random(config.seed)
        self.de = Locale("de")
        self.en = Locale("en")

    # --- actors ------------------------------------------------------------------------
    def actors(self) -> tuple[list[Actor], list[list[tuple[str, str]]]]:
        """Actors and, per actor, its aliases as (text, language)."""
        rng, total = self.rng, self.config.actors
        n_states = min(len(COUNTRY_CODES), max(1, total * 8 // 100))
        org_names = _organisation_names()
        n_orgs = min(len(org_names), max(1, total * 12 // 100))
        n_persons = max(0, total - n_states - n_orgs)
        actors: list[Actor] = []
        aliases: list[list[tuple[str, str]]] = []
        role_weights = [r[2] for r in ROLES]
        used: set[str] = set()
        for i in range(n_persons):
            # Busy actors are heads of state/government of the first, biggest states.
            busy = i < self.config.busy_actors
            country = COUNTRY_CODES[i % 8] if busy else rng.choice(COUNTRY_CODES)
            role_de, role_en, _ = ROLES[i % 2] if busy else rng.choices(ROLES, role_weights)[0]
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            name = f"{first} {last}"
            tries = 0
            while name in used:
                tries += 1
                middle = chr(ord("A") + rng.randrange(26))
                name = f"{first} {middle}. {last}" if tries < 50 else f"{first} {last} {tries}"
            used.add(name)
            actors.append(Actor(name=name, kind=Actor.Kind.PERSON, country=country,
                                role=role_de))
            aliases.append([(name, ""), (last, ""), (f"{role_de} {last}", "de"),
                            (f"{role_en} {last}", "en")])
        for code in COUNTRY_CODES[:n_states]:
            name_de, name_en = self.de.territories[code], self.en.territories[code]
            actors.append(Actor(name=name_de, kind=Actor.Kind.STATE, country=code))
            aliases.append([(name_de, "de"), (name_en, "en"), (CAPITALS[code], "de")])
        for name_de, name_en in org_names[:n_orgs]:
            actors.append(Actor(name=name_de, kind=Actor.Kind.ORGANIZATION,
                                country="" if rng.random() < 0.7 else rng.choice(COUNTRY_CODES)))
            aliases.append([(name_de, "de"), (name_en, "en")])
        return actors, aliases

    # --- dates -------------------------------------------------------------------------
    def event_date(self, published: date, lang: str, status: str) -> tuple[str, str, str]:
        """(value, precision, words) for an event reported on `published`."""
        rng = self.rng
        precision = _weighted(rng, PRECISION_MIX)
        ahead = status == Event.Status.PLANNED
        day = published + timedelta(days=rng.randint(1, 40) if ahead else -rng.randint(0, 6))
        day = min(day, LAST_DAY + timedelta(days=60))
        month_name = MONTHS[lang][day.month - 1]
        if precision == "day":
            words = f"am {day.day}. {month_name} {day.year}" if lang == "de" else f"on {day.day} {month_name} {day.year}"
            return day.isoformat(), precision, words
        if precision == "week":
            year, week, _ = day.isocalendar()
            words = "in der kommenden Woche" if ahead else "vergangene Woche"
            if lang == "en":
                words = "next week" if ahead else "last week"
            return f"{year}-W{week:02d}", precision, words
        if precision == "month":
            words = f"im {month_name} {day.year}" if lang == "de" else f"in {month_name} {day.year}"
            return f"{day.year}-{day.month:02d}", precision, words
        if precision == "year":
            words = f"im Jahr {day.year}" if lang == "de" else f"in {day.year}"
            return str(day.year), precision, words
        return "", "", ""

    # --- text --------------------------------------------------------------------------
    def quote(self, lang: str) -> str:
        rng = self.rng
        si = rng.randrange(len(QUOTE_SUBJECTS))
        plural = si in (0, 5)  # "Wir"/"We", "Beide Seiten"/"Both sides"
        verb = rng.choice(QUOTE_VERBS)
        topic = rng.choice(TOPICS)
        ending = rng.choice(QUOTE_ENDINGS)
        if lang == "de":
            form = verb[0][0 if plural else 1]
            head, _, tail = form.partition(" ")
            # Separable verbs ("lehnen ... ab") put the particle after the object.
            body = f"{head} {topic[1]} {tail}".strip() if tail else f"{form} {topic[1]}"
            return f"{QUOTE_SUBJECTS[si][0]} {body}{ending[0]}"
        form = verb[1][0 if plural else 1]
        return f"{QUOTE_SUBJECTS[si][1]} {form} {topic[2]}{ending[1]}"


def seed_archive(
    config: SeedConfig,
    *,
    using: str = "default",
    progress: Callable[[str], None] | None = None,
) -> SeedReport:
    """Write a synthetic archive into the (empty) chronology tables."""
    started = time.monotonic()
    gen = _Generator(config)
    rng = gen.rng
    report = SeedReport()

    actors, alias_lists = gen.actors()
    with transaction.atomic(using=using):
        Actor.objects.using(using).bulk_create(actors, batch_size=1000)
        alias_rows = []
        for actor, texts in zip(actors, alias_lists):
            seen: set[str] = set()
            for text, language in texts:
                normalized = normalize_alias(text)  # bulk_create skips save(), which sets it
                if normalized not in seen:
                    seen.add(normalized)
                    keys = name_keys(text)  # so are the transliteration keys
                    alias_rows.append(ActorAlias(actor=actor, text=text, language=language,
                                                 normalized=normalized,
                                                 key_de=keys["de"][:200], key_en=keys["en"][:200]))
        ActorAlias.objects.using(using).bulk_create(alias_rows, batch_size=2000)
    report.actors, report.aliases = len(actors), len(alias_rows)

    n_busy = min(config.busy_actors, sum(a.kind == Actor.Kind.PERSON for a in actors))
    busy, others = actors[:n_busy], actors[n_busy:] or actors
    # A long tail: the first "other" actors appear far more often than the last ones.
    other_cum = list(accumulate(1.0 / (rank + 30) for rank in range(len(others))))
    report.busy = [(a.pk, a.name) for a in busy]

    # Publication dates, sorted so events move forward through the twenty years.
    n_articles = config.article_count()
    span = (LAST_DAY - FIRST_DAY).days
    published = sorted(FIRST_DAY + timedelta(days=rng.randrange(span + 1)) for _ in range(n_articles))
    per_article = [0] * n_articles
    for _ in range(config.events):
        per_article[rng.randrange(n_articles)] += 1

    carried: list[tuple[Event, str, str]] = []  # events a following article reports again
    hashes: set[str] = set()
    for batch_start in range(0, n_articles, config.articles_per_batch):
        batch = range(batch_start, min(n_articles, batch_start + config.articles_per_batch))
        art_rows: list[Article] = []
        ev_rows: list[Event] = []
        part_rows: list[Participant] = []
        # (event, article index in batch, sentence, start, end)
        evid_plan: list[tuple[Event, int, str, int, int]] = []
        for local, index in enumerate(batch):
            day = published[index]
            lang = "de" if rng.random() < 0.6 else "en"
            city = rng.choice(list(CAPITALS.values()))
            sentences: list[str] = [f"{city} ({day.isoformat()})."]
            spans: list[tuple[Event, int]] = []  # (event, sentence position)
            for event, sentence, carried_lang in carried:
                if carried_lang == lang:  # another outlet in the same language picks it up
                    spans.append((event, len(sentences)))
                    sentences.append(sentence)
            carried = []
            for _ in range(per_article[index]):
                event, sentence, participants = _make_event(gen, actors, busy, others,
                                                            other_cum, day, lang)
                ev_rows.append(event)
                part_rows.extend(participants)
                spans.append((event, len(sentences)))
                sentences.append(sentence)
                fillers = FILLERS_DE if lang == "de" else FILLERS_EN
                sentences.append(rng.choice(fillers))
                if rng.random() < 0.15:
                    carried.append((event, sentence, lang))
            text = " ".join(sentences)
            offsets, pos = [], 0
            for s in sentences:
                offsets.append((pos, pos + len(s)))
                pos += len(s) + 1
            for event, position in spans:
                start, end = offsets[position]
                evid_plan.append((event, local, sentences[position], start, end))
            digest = content_hash(text)
            if digest in hashes:  # two identical generated texts: keep both distinguishable
                text += f" ({index})"
                digest = content_hash(text)
            hashes.add(digest)
            title = spans[-1][0].title if spans else f"{rng.choice(FILLERS_DE if lang == 'de' else FILLERS_EN)}"
            processed = datetime(day.year, day.month, day.day, 18, tzinfo=dt_timezone.utc)
            art_rows.append(Article(
                title=title[:300], text=text, language=lang, published=day,
                url=f"https://example.org/synthetic/{config.seed}/{index}",
                outlet=rng.choice(OUTLETS), content_hash=digest, status=Article.Status.DONE,
                extractor_version=EXTRACTOR_VERSION, processed_at=processed,
            ))
        with transaction.atomic(using=using):
            Article.objects.using(using).bulk_create(art_rows)
            Event.objects.using(using).bulk_create(ev_rows)
            for p in part_rows:
                p.event_id = p.event.pk  # the pk exists only now
            Participant.objects.using(using).bulk_create(part_rows)
            evidence = [
                Evidence(event_id=event.pk, article_id=art_rows[local].pk, sentence=sentence,
                         start=start, end=end, extractor_version=EXTRACTOR_VERSION)
                for event, local, sentence, start, end in evid_plan
            ]
            Evidence.objects.using(using).bulk_create(evidence)
        report.articles += len(art_rows)
        report.events += len(ev_rows)
        report.participants += len(part_rows)
        report.evidence += len(evidence)
        if progress:
            progress(f"{report.events} events, {report.articles} articles "
                     f"({time.monotonic() - started:.1f} s)")
    report.seconds = time.monotonic() - started
    return report


def _make_event(
    gen: _Generator,
    actors: list[Actor],
    busy: list[Actor],
    others: list[Actor],
    other_cum: list[float],
    published: date,
    lang: str,
) -> tuple[Event, str, list[Participant]]:
    """One event with its participants and the sentence an article reports it in."""
    rng, config = gen.rng, gen.config
    kind = Event.Kind.MEETING if rng.random() < 0.6 else Event.Kind.STATEMENT
    size = 1 if kind == Event.Kind.STATEMENT and rng.random() < 0.7 else rng.choice([2, 2, 2, 3, 4])
    chosen: list[Actor] = []
    if busy and rng.random() < config.busy_share:
        chosen.append(rng.choice(busy))
    for actor in rng.choices(others, cum_weights=other_cum, k=size + 2):
        if len(chosen) >= size:
            break
        if actor not in chosen:
            chosen.append(actor)
    rng.shuffle(chosen)
    status = _weighted(rng, STATUS_MIX)
    value, precision, words = gen.event_date(published, lang, status)
    names = [a.name for a in chosen]
    place = ""
    if kind == Event.Kind.MEETING:
        host_country = next((a.country for a in chosen if a.country), "")
        place = CAPITALS.get(host_country) or rng.choice(MEETING_CITIES)
        quote = ""
        if len(names) == 1:
            title = f"{names[0]} in {place}" if lang == "de" else f"{names[0]} visits {place}"
        elif len(names) == 2:
            title = f"{names[0]} trifft {names[1]}" if lang == "de" else f"{names[0]} meets {names[1]}"
        else:
            title = ("Treffen: " if lang == "de" else "Meeting: ") + ", ".join(names)
        others_text = (" und " if lang == "de" else " and ").join(names[1:]) or (
            "Vertretern der Regierung" if lang == "de" else "government officials")
        when = f" {words}" if words else ""
        sentence = (f"{names[0]} kam{when} in {place} mit {others_text} zusammen."
                    if lang == "de" else f"{names[0]} met {others_text} in {place}{when}.")
    else:
        quote = gen.quote(lang)
        title = f"{names[0]}: „{quote}“" if lang == "de" else f"{names[0]}: “{quote}”"
        when = f" {words}" if words else ""
        sentence = (f"„{quote}“, sagte {names[0]}{when}." if lang == "de"
                    else f"“{quote},” {names[0]} said{when}.")
    start, end = to_date_range(value) if value else (None, None)
    event = Event(
        kind=kind, title=title[:300], quote=quote, date_value=value, date_precision=precision,
        date_text=words, date_start=start, date_end=end, place=place, status=status,
        # An undated event is placed at the day this (its first) article reports it.
        sort_date=start or published,
        confidence=round(rng.uniform(0.45, 0.99), 2), review_status=_weighted(rng, REVIEW_MIX),
        fingerprint=f"{rng.getrandbits(128):032x}",
    )
    if kind == Event.Kind.STATEMENT:
        roles = [Participant.Role.SPEAKER] + [Participant.Role.PARTICIPANT] * (len(chosen) - 1)
    else:
        roles = [Participant.Role.HOST] + [Participant.Role.GUEST] * (len(chosen) - 1)
    participants = [Participant(event=event, actor=a, role=r) for a, r in zip(chosen, roles)]
    return event, sentence, participants
