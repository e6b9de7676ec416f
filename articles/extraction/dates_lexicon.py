"""Word tables for German and English date expressions.

Month and weekday names come from babel's CLDR data; the rest (relative words, units,
numbers, tense cues) is written here because no library ships it in a usable form.
All keys are lower-case, as matched against ``token.lower_``.
"""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names

from .lexicon import ARTICLES

LANGS = ("de", "en")


def _names(getter, width: str, locale: str) -> dict[str, int]:
    return {name.lower(): int(num) for num, name in getter(width, locale=locale).items()}


# --- months -----------------------------------------------------------------------
MONTHS: dict[str, dict[str, int]] = {lang: _names(get_month_names, "wide", lang) for lang in LANGS}
MONTHS["de"]["jänner"] = 1  # Austrian usage
# The genitive ("am Abend des 3. Dezembers"); not "Mais" (maize) or "Märzes" (unused).
MONTHS["de"].update({name + "s": num for name, num in list(MONTHS["de"].items())
                     if not name.endswith(("s", "z", "i"))})
# Abbreviations are only accepted next to a day number or a year (see dates_patterns).
MONTH_ABBR: dict[str, int] = {}
for _lang in LANGS:
    for _name, _num in _names(get_month_names, "abbreviated", _lang).items():
        MONTH_ABBR[_name] = _num
        MONTH_ABBR[_name.rstrip(".")] = _num
        MONTH_ABBR[_name.rstrip(".") + "."] = _num
for _extra, _num in {"sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "mrz": 3, "mrz.": 3}.items():
    MONTH_ABBR[_extra] = _num
MONTH_ANY: dict[str, int] = {**MONTH_ABBR, **MONTHS["de"], **MONTHS["en"]}

# --- weekdays (Monday = 0) ---------------------------------------------------------
WEEKDAYS: dict[str, dict[str, int]] = {lang: _names(get_day_names, "wide", lang) for lang in LANGS}
WEEKDAYS["de"]["sonnabend"] = 5
DAY_PARTS_DE = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh")
# "Mittwochabend", "Dienstagmorgen": German writes weekday + part of day as one word.
WEEKDAY_COMPOUNDS_DE: dict[str, int] = {
    wd + part: num for wd, num in WEEKDAYS["de"].items() for part in DAY_PARTS_DE
}
WEEKDAY_ANY: dict[str, int] = {**WEEKDAYS["de"], **WEEKDAYS["en"], **WEEKDAY_COMPOUNDS_DE}
# The genitive after a part of the day ("in den frühen Morgenstunden des Sonntags", "am Abend
# des Montags"); alone "sonntags" is a habit (dates_other).
WEEKDAY_GENITIVES_DE: dict[str, int] = {f"{wd}s": num for wd, num in WEEKDAYS["de"].items()}

# Days of a month as ordinal words ("am dritten März").
ORDINAL_DAYS_DE: dict[str, int] = {}
for _n, _stem in enumerate(("ers", "zwei", "drit", "vier", "fünf", "sechs", "sieb", "ach", "neun", "zehn",
                            "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn",
                            "achtzehn", "neunzehn"), start=1):
    ORDINAL_DAYS_DE[_stem + "ten"] = _n
for _n, _stem in ((20, "zwanzig"), (30, "dreißig")):
    ORDINAL_DAYS_DE[_stem + "sten"] = _n
for _n, _unit in enumerate(("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"), start=1):
    ORDINAL_DAYS_DE[f"{_unit}undzwanzigsten"] = 20 + _n
ORDINAL_DAYS_DE["einunddreißigsten"] = 31

# "am gestrigen Mittwoch": the weekday named together with its distance from today.
DAY_ADJ_DE = {"gestrigen": -1, "heutigen": 0, "morgigen": 1}
PART_OF_DAY = {
    "de": ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"],
    "en": ["morning", "afternoon", "evening", "night"],
}

# --- relative days ------------------------------------------------------------------
REL_DAYS = {
    "de": {"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2},
    "en": {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1},
}

# "in der vergangenen Nacht", "letzte Nacht" (as English "last night"): the night before,
# valued as yesterday with the part of day; "in der kommenden Nacht" is tonight; not "in der
# letzten Nacht seines Besuchs".
LAST_NIGHT_DE = {"vergangenen": -1, "vergangene": -1, "letzten": -1, "letzte": -1, "kommenden": 0,
                 "kommende": 0}
LAST_NIGHT_NOT_BEFORE = {"des", "der", "seines", "seiner", "ihres", "ihrer", "vor", "von"}

# "today" that means "nowadays" (TIMEX3 PRESENT_REF): after "of" ("the women of today"), next
# to a present form of "be"/"have" with no other tense in the clause ("the island is today
# barren", "the person I am today"), or set against a past named by one of CONTRAST_PAST in
# its sentence or the one before ("was once forested ... today it has").
TODAY = {"de": {"heute"}, "en": {"today"}}
GENERIC_TODAY_VERBS = {"de": {"ist", "sind", "bin", "hat", "haben", "gilt", "gelten"},
                       "en": {"is", "are", "am", "'m", "'re", "has", "have"}}
GENERIC_TODAY_BEFORE = {"de": {"von"}, "en": {"of"}}
# "von heute an", "from today on": the start of a stretch, the day itself
TODAY_ONWARDS = {"de": {"an", "ab"}, "en": {"on", "onwards"}}
CONTRAST_PAST = {"de": {"einst", "früher", "damals", "ursprünglich", "ehemals"},
                 "en": {"once", "originally", "formerly", "always", "prehistory"}}

# --- units and directions -----------------------------------------------------------
UNITS: dict[str, str] = {
    "tag": "day", "tage": "day", "tagen": "day", "tages": "day",
    "woche": "week", "wochen": "week",
    "monat": "month", "monate": "month", "monaten": "month", "monats": "month",
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
}
UNIT_WORDS = {
    "de": ["tag", "tage", "tagen", "tages", "woche", "wochen", "monat", "monate", "monaten",
           "monats", "jahr", "jahre", "jahren", "jahres"],
    "en": ["day", "days", "week", "weeks", "month", "months", "year", "years"],
}
# Decades counted back ("vor zwei Jahrzehnten", "a decade ago"): ten years each, a year's value.
DECADE_UNITS = {"de": ["jahrzehnt", "jahrzehnte", "jahrzehnten"], "en": ["decade", "decades"]}
# The day, evening or night of a vote ("am Wahlabend", "election night"): a date or a time
# of a day the text names elsewhere, found without a value (as "am Tag der Europawahl").
ELECTION_DAYS = {"de": {"Wahltag": "", "Wahlsonntag": "", "Abstimmungstag": "", "Wahlabend": "EV",
                        "Wahlnacht": "NI"},
                 "en": {"election day": "", "Election Day": "", "election night": "NI",
                        "Election Night": "NI"}}
# Unit nouns that take a direction adjective ("vergangene Woche", "next month").
DIR_UNITS = {
    "de": ["woche", "monat", "monats", "jahr", "jahres", "wochenende", "wochenendes"],
    "en": ["week", "month", "year", "weekend"],
}
# Single German words meaning "the previous/this unit".
COMPOUND_UNITS_DE = {"vorwoche": ("week", -1), "vormonat": ("month", -1), "vorjahr": ("year", -1),
                     # the genitives ("des Vorjahres") and the compounds of business news:
                     # "Vorjahresmonat" is the same month a year back, "Vorjahreszeitraum" and
                     # "Vorjahresquartal" (which quarter the word does not say) the year before
                     "vorjahres": ("year", -1), "vorjahrs": ("year", -1), "vormonats": ("month", -1),
                     "vorjahresmonat": ("month", -12), "vorjahresmonats": ("month", -12),
                     "vorjahreszeitraum": ("year", -1), "vorjahreszeitraums": ("year", -1),
                     "vorjahresquartal": ("year", -1), "vorjahresquartals": ("year", -1)}
# Single German words meaning "the unit after the date told before" ("im Folgejahr").
CHAIN_COMPOUNDS_DE = {"folgejahr": "year", "folgejahres": "year", "folgejahrs": "year",
                      "folgemonat": "month", "folgemonats": "month", "folgewoche": "week",
                      "folgetages": "day"}

# Direction adjectives: -1 = the one before, +1 = the one after, 0 = the current one.
DIRECTIONS: dict[str, int] = {}
for _stem, _val in {"vergangen": -1, "letzt": -1, "vorig": -1, "kommend": 1, "nächst": 1,
                    "dies": 0, "laufend": 0, "übernächst": 2, "vorletzt": -2}.items():
    for _ending in ("e", "en", "er", "es", "em"):
        DIRECTIONS[_stem + _ending] = _val
DIRECTIONS.update({"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
                   "current": 0, "upcoming": 1})
_DIR_STEMS_DE = ("vergangen", "letzt", "vorig", "kommend", "nächst", "dies", "laufend",
                 "übernächst", "vorletzt")
DIR_WORDS = {
    "de": sorted(w for w in DIRECTIONS if w.startswith(_DIR_STEMS_DE)),
    # "previous"/"following" are chain words; "past" mostly starts a duration ("the past year").
    "en": ["last", "next", "this", "coming", "current", "upcoming"],
}

# --- numbers ------------------------------------------------------------------------
NUMBERS: dict[str, int] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
NUMBER_WORDS = {
    "de": ["ein", "eine", "einen", "einem", "einer", "eins", "zwei", "drei", "vier", "fünf",
           "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn",
           "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig", "dreißig",
           "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert"],
    "en": ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
           "eighty", "ninety", "hundred"],
}
# Compound numbers from 21 to 99: "twenty-three", "twenty three", "dreiundzwanzig".
_UNITS = {"de": [("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
                 ("sieben", 7), ("acht", 8), ("neun", 9)],
          "en": [("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
                 ("seven", 7), ("eight", 8), ("nine", 9)]}
_TENS = {"de": [("zwanzig", 20), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60),
                ("siebzig", 70), ("achtzig", 80), ("neunzig", 90)],
         "en": [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                ("seventy", 70), ("eighty", 80), ("ninety", 90)]}
COMPOUND_NUMBERS: dict[str, dict[str, int]] = {
    "de": {f"{u}und{t}": uv + tv for u, uv in _UNITS["de"] for t, tv in _TENS["de"]},
    "en": {f"{t}{sep}{u}": uv + tv for u, uv in _UNITS["en"] for t, tv in _TENS["en"] for sep in ("-", " ")},
}
NUMBERS.update({w: v for forms in COMPOUND_NUMBERS.values() for w, v in forms.items()})
for _lang, _forms in COMPOUND_NUMBERS.items():
    NUMBER_WORDS[_lang] += list(_forms)

APPROX = {"de": ["knapp", "rund", "etwa", "gut", "fast", "genau"],
          "en": ["about", "nearly", "almost", "exactly", "roughly", "just"]}

# --- parts of periods ---------------------------------------------------------------
MODIFIERS: dict[str, str] = {
    "anfang": "early", "beginn": "early", "mitte": "mid", "ende": "late",
    "early": "early", "mid": "mid", "late": "late", "beginning": "early", "start": "early",
    "middle": "mid", "end": "late",
}
# "Jahresende", "Monatsanfang": modifier and unit fused into one German word.
PART_COMPOUNDS_DE: dict[str, tuple[str, str]] = {}
for _unit_word, _unit in (("jahres", "year"), ("monats", "month"), ("wochen", "week")):
    for _mod_word, _mod in (("anfang", "early"), ("beginn", "early"), ("mitte", "mid"),
                            ("ende", "late")):
        PART_COMPOUNDS_DE[_unit_word + _mod_word] = (_unit, _mod)
del PART_COMPOUNDS_DE["wochenende"]  # the weekend, handled as its own unit

# --- chained expressions (anchor = previous date) -----------------------------------
CHAIN_BEFORE = {"zuvor", "vorher", "davor", "früher", "earlier", "before", "previous", "vortag",
                "prior", "vorabend", "vorherigen", "vorangegangenen"}
CHAIN_SAME = {"selben", "gleichen", "same", "demselben", "desselben", "that", "dem", "jenem",
              "diesem"}  # "in dem Jahr", "an diesem Tag", "am Abend desselben Tages"
# Chains on the same day with a word of "before/after" ("später am Tag", "earlier that day").
SAME_DAY_PHRASES = {("später", "am", "tag"), ("früher", "am", "tag"), ("später", "am", "selben", "tag"),
                    ("später", "am", "gleichen", "tag"), ("früher", "am", "selben", "tag")}
# Anaphors of a date told before: "zu diesem Zeitpunkt", "by that date" are that date at its
# precision; "in dem Jahr" (after "ab 2024") its year; "im August desselben Jahres", "in May
# of the same year" a month of its year.
CHAIN_POINTS = {"zeitpunkt", "date"}
# "the next month", "the following year" (with the article, no preposition) narrate: the unit
# after the date told before; "next month" alone counts from the publication.
CHAIN_NEXT_ARTICLES = {"the"}
CHAIN_NEXT = {"next", "following"}
SAME_YEAR = {"desselben", "selben", "gleichen", "same", "that"}
YEAR_WORDS = {"jahres", "year"}
# "two days after the vote", "almost two weeks before the proclamation": a count of units
# before "after/before" and a noun phrase is the length of time between two events (TIMEX3
# DURATION P2D), not a date; "two days after" closing its clause counts from the date told
# before (a chain). Words after "after/before" that still make a chain ("two days after that").
CHAIN_CLOSERS = {"en": {"that", "this", "it", "then"}}

# Stretches of time ahead or behind in the plural ("die nächsten Monate", "in den
# bevorstehenden Wochen", "the next hours", "the coming few days"): durations of unknown
# length (TIMEX3 PXM), found as vague expressions and typed by dates_other.
STRETCH_DIRECTIONS = {"de": ["kommenden", "nächsten", "vergangenen", "letzten", "bevorstehenden",
                             "folgenden", "zurückliegenden"],
                      "en": ["coming", "next", "past", "last", "following"]}
STRETCH_UNITS = {"de": ["stunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren"],
                 "en": ["hours", "days", "weeks", "months", "years"]}

# Vague expressions: found, but never given a value.
VAGUE_SINGLE = {"de": ["bald", "demnächst", "kürzlich", "neulich", "unlängst"],
                "en": ["soon", "recently", "lately"]}

# --- tense cues ---------------------------------------------------------------------
FUTURE_CUES = {
    "de": {"wird", "werden", "werde", "wirst", "würde", "würden", "soll", "sollen", "solle",
           "sollten", "sollte", "will", "wollen", "wolle", "plant", "planen", "geplant",
           "erwartet", "vorgesehen", "angesetzt", "bevorstehenden", "bevorstehende",
           "anstehenden", "beabsichtigt", "möchte", "möchten", "geplante", "geplanten",
           "geplantes", "vorgesehene", "vorgesehenen", "angesetzte", "angesetzten",
           "anberaumt", "anberaumte", "anberaumten", "erwarteten", "erwartete",
           "nächste", "nächsten"},  # "die nächste Konferenz im Dezember"
    "en": {"will", "'ll", "shall", "would", "going", "scheduled", "expected", "plans", "plan",
           "planned", "due", "slated", "set", "intends", "upcoming", "expects", "hopes", "wants",
           "next"},  # "until his next court appearance on April 5"
}
# Auxiliaries and modals whose clause ends in an infinitive: a word in -ten there ("soll …
# gelten", "wird … zurücktreten") is no weak past form.
INFINITIVE_AUX_DE = {"wird", "werden", "werde", "würde", "würden", "soll", "sollen", "solle", "sollte",
                     "sollten", "will", "wollen", "wolle", "wollte", "kann", "können", "könne", "konnte",
                     "könnte", "könnten", "muss", "müssen", "müsse", "musste", "darf", "dürfen", "dürfe",
                     "möchte", "möchten", "lassen", "lässt", "ließ"}
# A date after "vom" that no "bis" follows is the date of a source ("eine Prognose vom März",
# "das Urteil vom 3. Mai"): it lies back.
SOURCE_PREPS = {"de": {"vom"}, "en": set()}
RANGE_LINKS_AFTER = {"bis", "-", "–", "und", "to", "until"}
# Plans: an event planned for a date lies ahead of the planning even when the sentence is
# in the past tense ("a planned visit in June was called off", "war für Freitag geplant").
PLAN_CUES = {
    "de": {"geplant", "geplante", "geplanten", "geplantes", "geplanter", "vorgesehen", "vorgesehene",
           "vorgesehenen", "vorgesehener", "angesetzt", "angesetzte", "angesetzten", "angesetzter",
           "anberaumt", "anberaumte", "anberaumten", "terminiert", "terminierte", "terminierten"},
    "en": {"planned", "scheduled", "slated", "due"},
}
PAST_CUES = {
    "de": {"war", "waren", "hatte", "hatten", "wurde", "wurden", "seit", "traf", "trafen", "kam",
           "kamen", "ging", "gingen", "gab", "sprach", "sprachen", "schrieb", "hielt", "flog",
           "fand", "begann", "nahm", "stand", "sah", "rief", "verließ", "ließ", "bat", "wies",
           "trat", "lud", "zog", "brach", "warf", "unterschrieb", "beschloss", "entschied",
           "verhandelte", "sagte", "sagten", "erklärte", "teilte", "twitterte", "gewesen",
           "worden", "hieß", "bekräftigte", "vereinbarten", "empfing"},
    "en": {"was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "gave",
           "made", "held", "spoke", "wrote", "left", "began", "sent", "saw", "found", "flew",
           "became", "stood", "ago", "since", "tweeted", "signed", "arrived", "announced"},
}
# The date an event is set for lies ahead of the setting, whatever the tense: "Für Dienstag
# wurden Demonstrationen angemeldet", "the bid for October elections failed".
PLAN_PREPS = {"de": {"für"}, "en": {"for"}}
# A limit or start right before a date without a year: it lies ahead unless the clause is
# in the past tense ("bis zum 4. Oktober vorlegen", "until October 14", "from June 15").
DEADLINE_PREPS = {"de": {"bis", "spätestens", "ab"}, "en": {"until", "till", "by", "from"}}
# A report's attribution without a verb of its own ("…, so Ministerin Roth am Montag", "laut
# Polizei am Montag", "according to the mayor on Monday"): a report of words already said, so a
# date between it and the next verb lies back, whatever the tense of the words reported.
# Words that open the attribution (word sequences; "so" only at the start of its clause).
ATTRIBUTION_CUES = {
    "de": {("laut",), ("zufolge",), ("gemäß",), ("nach", "angaben"), ("nach", "aussage"),
           ("nach", "aussagen"), ("nach", "darstellung"), ("nach", "informationen")},
    "en": {("according", "to")},
}
ATTRIBUTION_CLAUSE_OPENERS = {"de": {"so"}, "en": set()}
# German participles that after "ist/sind" tell a state, not a Perfekt ("die Straße ist vom 1.
# bis 15. Juni gesperrt" is no past; "ist gestorben" is; "hat … gesperrt", "ist … gesperrt
# worden" are).
STATE_PARTICIPLES_DE = {"gesperrt", "geschlossen", "geöffnet", "verboten", "erlaubt", "ausgebucht",
                        "ausverkauft", "eingeschränkt", "untersagt", "gestattet", "zugelassen",
                        "abgesperrt", "besetzt", "geräumt", "unterbrochen",
                        "eingestellt", "gesichert", "gewährleistet", "garantiert"}
# Auxiliaries of the German Perfekt / English present perfect (past only with a participle).
PERFECT_AUX = {"de": {"hat", "haben", "habe", "hast", "ist", "sind", "sei", "seien"},
               "en": {"has", "have", "'ve"}}
# Irregular English participles that complete a present perfect ("has met").
PARTICIPLES_EN = {"met", "spoken", "said", "told", "held", "made", "been", "gone", "given",
                  "taken", "written", "left", "sent", "seen", "found", "flown", "begun", "come",
                  "become", "brought", "thought", "kept", "led", "won", "lost", "struck"}
# "was to end", "were to meet": a future seen from the past.
FUTURE_IN_PAST_EN = {"was", "were"}
PASSIVE_BE_EN = {"is", "are", "be", "been", "being", "am", "'s", "'re", "get", "gets"}
# Lower-case words ending in -te/-ten (German) or -ed (English) that are not past verbs.
NOT_PAST_DE = {"heute", "bitte", "leute", "erste", "ersten", "zweite", "zweiten", "dritte",
               "dritten", "vierte", "vierten", "fünfte", "fünften", "siebte", "siebten",
               "achte", "achten", "neunte", "neunten", "zehnte", "zehnten", "elfte", "zwölfte",
               "gute", "guten", "weite", "weiten", "rechte", "rechten", "echte", "echten",
               "harte", "harten", "späte", "späten", "breite", "breiten", "konkrete",
               "konkreten", "direkte", "direkten", "bekannte", "bekannten", "gesamte",
               "gesamten", "halbe", "halben", "mitte", "gestern", "verbleibenden", "weitere",
               "weiteren", "geplante", "geplanten", "acht", "achtet", "nächste", "nächsten",
               "letzte", "letzten", "kommende", "kommenden", "vergangene", "vergangenen",
               "mitte", "breite", "stete", "stetige", "bunte", "bunten", "leichte", "leichten",
               "schwierige", "weite", "alte", "alten", "kalte", "kalten", "dichte", "dichten",
               "exakte", "exakten", "zweitägige", "damalige", "damaligen"}
NOT_PAST_EN = {"need", "needed", "indeed", "united", "speed", "embed", "proceed", "succeed",
               "exceed", "limited", "based", "related", "interested", "concerned", "expected",
               "scheduled", "planned", "hundred", "seed", "feed", "breed", "bleed", "sacred",
               "naked", "wicked", "ragged", "rugged", "detailed", "advanced", "armed",
               "proposed", "alleged", "reported", "supposed", "unprecedented", "red", "bed"}
# Words before a noun or adjective: a "-t" word after one of them is no verb ("der Gesandte").
DETERMINERS_DE = ARTICLES["de"] | {
    "am", "im", "vom", "zum", "zur", "beim", "ins", "seine", "seinen", "seiner", "seinem", "ihre",
    "ihren", "ihrer", "ihrem", "unsere", "diese", "dieser", "diesen", "diesem", "jede", "jeden",
    "alle", "allen", "keine", "keinen", "in", "mit", "nach", "auf", "für", "von", "bei", "aus"}

# Prepositions kept in a span ("am Mittwoch", "in June") vs. stripped ("seit Mittwoch").
SPAN_PREPS = {"de": ["am", "an", "im", "in"], "en": ["on", "in", "at"]}
# Words before a bare English month that make it one ("much of August", "entered June"),
# trimmed from the span like range prepositions.
MONTH_LEAD = {"of", "into", "throughout", "entered", "reached"}
# A bare English month as the subject of a verb of its passing ("as June drew to an end",
# "March began with …"): the verb is trimmed from the span ("May" is left out: the person).
MONTH_SUBJECT_VERBS = {"came", "comes", "started", "starts", "began", "begins", "ended", "ends", "drew",
                       "draws", "closed", "opened", "saw", "sees", "brought", "arrived", "wound"}
RANGE_PREPS = {"de": ["seit", "bis", "ab", "von", "vom", "zum", "zur", "nach", "vor", "für", "auf"],
               "en": ["since", "until", "till", "by", "from", "through", "before", "after",
                      "during", "for", "over", "to"]}
# A date after "auf/to" in a clause with one of these is the new date of a postponed event,
# which lies ahead ("wurde auf Oktober verschoben", "has been pushed back to October").
POSTPONE_CUES = {"verschoben", "verlegt", "vertagt", "postponed", "pushed", "moved", "rescheduled",
                 "delayed"}

# --- expressions of time that are no calendar dates (dates_other.py) -----------------
# References to the present, the past and the future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
REFERENCES = {
    "de": {
        "PRESENT_REF": ["heute", "jetzt", "nun", "nunmehr", "derzeit", "zurzeit", "zur Zeit", "aktuell", "im Moment",
                        "gegenwärtig", "momentan", "mittlerweile", "inzwischen", "unterdessen",
                        "heutzutage", "derzeitige", "derzeitigen", "derzeitiger", "derzeitiges",
                        "gegenwärtige", "gegenwärtigen", "gegenwärtiger", "aktuelle", "aktuellen",
                        "momentane", "momentanen", "derzeitigem", "gegenwärtigem", "dieser Tage",
                        "in diesen Tagen", "vorerst", "zwischenzeitlich", "in der Gegenwart",
                        # the adverb and the other endings of the adjectives ("die derzeitig
                        # gültige Regel", "nach aktueller Umfrage"), "einstweilen" as "vorerst"
                        "derzeitig", "aktueller", "aktuelles", "aktuellem", "momentaner",
                        "momentanes", "momentanem", "einstweilen"],
        "PAST_REF": ["bislang", "bisher", "einst", "damals", "früher", "kürzlich", "neulich",
                     "unlängst", "jüngst", "vor kurzem", "vor Kurzem", "in der Vergangenheit",
                     "zuletzt", "ursprünglich", "in jüngerer Zeit", "in jüngster Zeit",
                     "vor einigen Tagen", "vor ein paar Tagen", "kurz zuvor", "zuvor", "vor einigen Wochen",
                     "vor ein paar Wochen", "vor Jahren", "vor Monaten", "vor Wochen",
                     "in letzter Zeit", "in der letzten Zeit", "der letzten Zeit", "vor einiger Zeit",
                     "in früheren Jahren", "in früheren Zeiten", "seinerzeit",
                     "vor wenigen Stunden", "vor einigen Stunden", "vor ein paar Stunden", "vor Stunden",
                     "vor wenigen Minuten", "vor einigen Minuten", "vor ein paar Minuten",
                     # since then, until then ("seither", "bis dato"), a short while ("seit kurzem")
                     "seither", "bis dato", "seit kurzem", "seit Kurzem"],
        "FUTURE_REF": ["bald", "demnächst", "künftig", "zukünftig", "in Zukunft", "in Kürze",
                       "in naher Zukunft", "später einmal",
                       "in der Zukunft", "in der nahen Zukunft", "in ferner Zukunft", "in absehbarer Zeit",
                       "in nächster Zeit", "auf absehbare Zeit", "in ein paar Tagen", "in ein paar Wochen",
                       "in ein paar Monaten", "in wenigen Tagen", "in wenigen Wochen", "in wenigen Monaten",
                       "in einigen Tagen", "in einigen Wochen", "in einigen Monaten",
                       "fortan", "zu einem späteren Zeitpunkt"],
    },
    "en": {
        "PRESENT_REF": ["today", "now", "currently", "presently", "at present", "nowadays", "these days",
                        "at the moment", "at this moment", "this moment", "this writing",
                        "meanwhile", "current"],
        "PAST_REF": ["previously", "formerly", "recently", "lately", "in the past", "earlier",
                     "originally", "years ago", "months ago", "weeks ago", "some time ago",
                     "some years ago", "several years ago", "a few years ago", "many years ago",
                     "a few days ago", "a few weeks ago", "hours ago", "a few hours ago", "minutes ago",
                     "a few minutes ago", "days ago", "several days ago", "several weeks ago"],
        "FUTURE_REF": ["soon", "in the future", "in the near future", "shortly", "for the future", "in a few days",
                       "in a few weeks", "in a few months", "in a few years", "in the years to come",
                       "in years to come"],
    },
}
# Units of durations: the word forms → the TIMEX3 unit (Y, M, W, D; H and MIN are times).
DURATION_UNITS = {
    "de": {"jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M",
           "monaten": "M", "monats": "M", "woche": "W", "wochen": "W", "tag": "D", "tage": "D",
           "tagen": "D", "tages": "D", "stunde": "H", "stunden": "H", "minute": "MIN",
           "minuten": "MIN", "jahrzehnt": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
           "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE"},
    "en": {"year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
           "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
           "decade": "DE", "decades": "DE", "centuries": "CE"},
}
# Half a unit ("einen halben Tag", "ein halbes Jahr") in TIMEX3 units.
HALF_UNITS = {"D": "PT12H", "Y": "P6M", "H": "PT30M", "MIN": "PT30S", "DE": "P5Y", "CE": "P50Y"}
# German ages written as an adjective ("der 51-jährige Präsident", "die 45-jährige Octavia
# Lind", "der 26-jährige Kandidat") are no durations: the noun after the adjective (past
# other adjectives) is a person, by these endings or words, or a name follows it, or there is
# no noun at all ("die 34-jährige sagte"). "eine vierjährige Amtszeit" stays a duration.
AGE_PERSON_ENDINGS_DE = ("in", "innen", "er", "ers", "ern", "är", "ärs", "äre", "ären", "dent", "denten",
                         "ient", "ienten", "gent", "genten", "eur", "eure", "euren", "loge", "logen",
                         "kandidat", "kandidaten", "soldat", "soldaten", "diplomat", "diplomaten",
                         "demokrat", "demokraten", "journalist", "journalisten", "aktivist", "aktivisten",
                         "polizist", "polizisten", "terrorist", "terroristen")
AGE_PERSON_NOUNS_DE = {"mann", "mannes", "frau", "kind", "kindes", "junge", "jungen", "mädchen", "sohn",
                       "sohnes", "tochter", "emir", "emirs", "könig", "königs", "prinz", "prinzen", "papst",
                       "franzose", "franzosen", "brite", "briten", "deutsche", "deutschen", "abgeordnete",
                       "abgeordneten", "angeklagte", "angeklagten", "verdächtige", "verdächtigen",
                       "mensch", "menschen", "person", "witwe", "chef", "chefs", "star", "stars"}
# Nouns of a span of time or an office that a person-like ending would mislead ("Amtsinhaber"
# is a person, "eine vierjährige Amtsperiode" is not).
AGE_NOT_PERSON_DE = ("ung", "heit", "keit", "schaft", "zeit", "strafe", "krieg", "tion", "periode",
                     "frist", "plan", "programm", "vertrag", "mandat", "bestehen", "jubiläum", "haft",
                     "pause", "phase", "studie", "semester", "winter", "sommer", "theater", "lager")
# Hyphenated and compound duration adjectives: "18-monatige", "zweiwöchige", "three-day".
DURATION_ADJECTIVES = {
    "de": {"jährig": "Y", "monatig": "M", "wöchig": "W", "tägig": "D", "stündig": "H", "minütig": "MIN"},
    "en": {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H"},
}
# Plural units: "in den vergangenen Wochen", "in the next few weeks" are stretches of time
# (PXW); a singular unit is a point ("the same day").
PLURAL_UNITS = {
    "de": {"tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "stunden", "minuten",
           "jahrzehnte", "jahrzehnten"},
    "en": {"days", "weeks", "months", "years", "hours", "minutes", "decades"},
}
# "monatelang", "seit Wochen", "for years": durations of unknown length.
VAGUE_DURATIONS = {
    "de": {"jahrelang": "Y", "monatelang": "M", "wochenlang": "W", "tagelang": "D",
           "stundenlang": "H", "jahrzehntelang": "DE", "jahrzehnte": "DE", "jahrzehnten": "DE",
           # "eine mehrjährige Haftstrafe", "der mehrtägige Besuch": some units, how many untold
           "mehrjährig": "Y", "mehrmonatig": "M", "mehrwöchig": "W", "mehrtägig": "D",
           "mehrstündig": "H", "jahrhundertelang": "CE"},
    "en": {"decades": "DE"},
}
VAGUE_DURATION_PREPS = {"de": ["seit", "nach"], "en": ["for", "over", "after", "in", "over the"]}
# "the past year", "over the past month": a stretch of one unit back (P1Y), not the date "last year".
ONE_UNIT_BACK = {"de": [], "en": ["the past", "the last"]}
# Adjectives of a day or a year counted from the publication ("am heutigen Mittwoch", "die
# diesjährige Konferenz", "der gestrige Besuch"): the unit and the offset.
RELATIVE_ADJECTIVES = {
    "de": {"heutig": ("day", 0), "gestrig": ("day", -1), "morgig": ("day", 1),
           "diesjährig": ("year", 0), "letztjährig": ("year", -1), "vorjährig": ("year", -1)},
    "en": {},
}
# "20 weitere Tage", "three more weeks": a counted duration with a word between count and unit.
DURATION_FILLERS = {"de": ["weitere", "weiteren", "zusätzliche", "zusätzlichen"],
                    "en": ["more", "additional", "further", "extra"]}
# "in über 50 Jahren", "in more than a decade": after "in" a count with one of these is a
# stretch (the first time in 50 years), not a date ahead ("in zwei Wochen").
DURATION_MORE_THAN = {"de": ["über", "mehr als"], "en": ["over", "more than"]}
# "for the second time in three days", "zum dritten Mal in zwei Wochen": after these, "in" and
# a count is a stretch back, not a date ahead.
STRETCH_AFTER = {"time", "times", "mal"}
# "die ganze Woche", "den ganzen Tag", "the whole year", "all day": one whole unit (P1W).
WHOLE_UNIT = {"de": ["die ganze", "den ganzen", "das ganze", "des ganzen", "die gesamte", "den gesamten"],
              "en": ["the whole", "the entire", "all"]}
WHOLE_UNITS = {"de": ["tag", "woche", "monat", "jahr"], "en": ["day", "week", "month", "year"]}
# Bare plural units coordinated: "Tage bis Wochen", "Wochen und Monate", "days or weeks":
# each a duration of unknown length (PXD, PXW).
UNIT_LINKS = {"de": ["bis", "und", "oder"], "en": ["to", "and", "or"]}
# "mehrere Jahre", "einige Tage", "a few weeks": a duration of unknown length.
VAGUE_AMOUNTS = {"de": ["mehrere", "mehreren", "einige", "einigen", "wenige", "wenigen", "viele",
                        "vielen", "ein paar"],
                 "en": ["several", "a few", "few", "some", "many", "a couple of"]}
# Clock hours in words ("um elf Uhr").
CLOCK_WORDS = {"eins": 1, "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
               "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}
# "six minutes later", "zwei Stunden später": hours and minutes counted from the clock time
# told before (TIMEX3 TIME 2019-08-03T10:45); with no clock time before, a TIME without a value.
CLOCK_CHAIN_UNITS = {"de": {"minute": 1, "minuten": 1, "stunde": 60, "stunden": 60},
                     "en": {"minute": 1, "minutes": 1, "hour": 60, "hours": 60}}
CLOCK_CHAIN_DIRECTIONS = {"de": {"später": 1, "danach": 1, "zuvor": -1, "früher": -1, "vorher": -1},
                          "en": {"later": 1, "afterwards": 1, "earlier": -1, "before": -1}}
# Time zones after a clock time ("10:30 BST", "18:00 local time", "um 14 Uhr MEZ").
TIME_ZONES = ["UTC", "GMT", "BST", "CET", "CEST", "MEZ", "MESZ", "EST", "EDT", "CST", "CDT",
              "PST", "PDT", "local time", "Ortszeit", "Lokalzeit"]
# Sets: "jährlich", "pro Jahr", "annually", "every day".
SETS = {
    "de": {"jährlich": "P1Y", "jährliche": "P1Y", "jährlichen": "P1Y", "monatlich": "P1M",
           "alljährlich": "P1Y", "alljährliche": "P1Y", "alljährlichen": "P1Y",
           "wöchentlich": "P1W", "täglich": "P1D", "tägliche": "P1D", "täglichen": "P1D",
           "stündlich": "PT1H", "halbjährlich": "P6M", "halbjährliche": "P6M", "halbjährlichen": "P6M",
           "vierteljährlich": "P3M", "vierteljährliche": "P3M", "vierteljährlichen": "P3M"},
    "en": {"annually": "P1Y", "annual": "P1Y", "yearly": "P1Y", "monthly": "P1M",
           "weekly": "P1W", "daily": "P1D", "hourly": "PT1H", "quarterly": "P3M",
           # plural weekends and parts of days as habits ("works on weekends", "comes in the
           # evenings"); not after a count ("two weekends": SET_NOT_AFTER)
           "weekends": "XXXX-WXX-WE", "mornings": "XXXX-XX-XXTMO", "afternoons": "XXXX-XX-XXTAF",
           "evenings": "XXXX-XX-XXTEV"},
}
SETS["de"]["wochenends"] = "XXXX-WXX-WE"
SET_NOT_AFTER = {"de": set(), "en": {"few", "several", "many", "some", "of", "those", "these", "two", "three",
                                     "four", "five", "six", "seven", "eight", "nine", "ten", "both", "other"}}
SET_PREPS = {"de": ["pro", "je", "jedes", "jeden", "jede"], "en": ["per", "every", "each"]}
# "alle zwei Jahre", "every other year", "every two weeks": a set of two units (P2Y); with
# another count ("alle vier Jahre", "every five years") that many units (P4Y).
SET_EVERY_OTHER = {"de": r"alle\s+(?:zwei|2)", "en": r"every\s+(?:other|second|two)"}
SET_EVERY_N = {"de": "alle", "en": "every"}
# A habit on a named day, weekend or season: "jeden Freitag", "jedes Wochenende", "jeden
# Sommer", "every Monday" (XXXX-WXX-5, XXXX-WXX-WE, XXXX-SU); dates.py drops such a weekday.
SET_EACH = {"de": ["jeden", "jedes", "an jedem"], "en": ["every", "each"]}
SET_EACH_WEEKEND = {"de": ["wochenende"], "en": ["weekend"]}
# Frequencies: "einmal im Jahr", "zweimal pro Woche", "twice a year", "three times a week";
# rates shared with another noun ("pro Schüler und Jahr", "per person and day": the unit is
# the set); days of a week ("an sechs Tagen in der Woche", "five days a week": P1W).
SET_TIMES = {"de": r"(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehr|\d+-?)mal"
                   r"|(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehrere)\s+Mal)",
             "en": r"(?:once|twice|(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)"
                   r"\s+times)"}
SET_TIMES_PREPS = {"de": ["im", "pro", "je", "in der", "am", "in", "die"], "en": ["a", "an", "per", "every", "each"]}
SET_SHARED = {"de": (["pro", "je"], "und"), "en": (["per"], "and")}
SET_WEEK_DAYS = {"de": (["tage", "tagen"], ["in der", "der", "pro", "je", "die"], "woche"),
                 "en": (["days"], ["a", "per", "every", "each"], "week")}
# A part of the day every day: "jeden Abend", "in jeder Nacht", "every night" (XXXX-XX-XXTNI).
SET_DAY_PARTS = {"de": ["jeden", "jede", "jedem", "in jeder", "an jedem"], "en": ["every", "each"]}
# Habits on a weekday: "sonntags geöffnet", "closed on Sundays" (TIMEX3 XXXX-WXX-7).
for _lang, _ending in (("de", "s"), ("en", "s")):
    for _name, _num in WEEKDAYS[_lang].items():
        SETS[_lang][_name + _ending] = f"XXXX-WXX-{_num + 1}"
# Words of a habit: a part of the day told as an adverb in their sentence ("fliegen teilweise
# nachts", "oft abends") is a set of such parts (XXXX-XX-XXTNI), not the day named before.
HABIT_CUES = {"de": {"oft", "häufig", "meist", "meistens", "regelmäßig", "gewöhnlich", "teilweise",
                     "immer", "jeweils", "manchmal", "mitunter", "bisweilen", "gelegentlich"},
              "en": {"often", "usually", "regularly", "sometimes", "always", "frequently",
                     "occasionally", "normally", "typically"}}
# Seasons (TIMEX3 SP, SU, FA, WI) and the words that move them a year.
SEASONS = {
    "de": {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
           # early, high and late seasons in one word ("im Frühsommer", "im Spätherbst")
           "frühsommer": "SU", "hochsommer": "SU", "spätsommer": "SU", "frühherbst": "FA",
           "spätherbst": "FA", "frühwinter": "WI", "spätwinter": "WI"},
    "en": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
}
# Parts of a year counted by ordinals (TIMEX3 2005-H1, 2019-Q3): "im ersten Halbjahr 2005",
# "im dritten Quartal", "the third quarter of 2020", "the first half of 2019".
YEAR_PARTS = {"de": {"halbjahr": "H", "halbjahres": "H", "quartal": "Q", "quartals": "Q", "jahreshälfte": "H"},
              "en": {"half": "H", "quarter": "Q"}}
PART_ORDINALS = {"de": {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "1.": 1, "2.": 2, "3.": 3,
                        "4.": 4},
                 "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
                        "4th": 4}}
# A German season without a direction word is one after these ("im Herbst", "seit dem
# Frühjahr", "über den Sommer"); "Herbst" alone may be a name.
SEASON_PREPS_DE = ["seit", "bis", "nach", "vor", "über", "ab", "in", "während", "von", "bis zum", "bis in den"]
# "in early summer", "the late autumn": a modifier right before an English season.
SEASON_MODIFIERS = {"de": {}, "en": {"early": "early", "mid": "mid", "late": "late"}}
SEASON_DIRECTIONS = {
    "de": {"diesen": 0, "dieses": 0, "diesem": 0, "im": 0, "letzten": -1, "letztem": -1,
           "vergangenen": -1, "vergangenem": -1, "nächsten": 1, "nächstem": 1, "kommenden": 1,
           "kommendem": 1},
    "en": {"this": 0, "last": -1, "next": 1, "coming": 1, "past": -1},
}
# Decades by name: "the seventies", "die Achtziger" (of the 20th century, as news uses them).
DECADE_WORDS = {
    "de": {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
           "siebziger": 7, "achtziger": 8, "neunziger": 9},
    "en": {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
           "seventies": 7, "eighties": 8, "nineties": 9},
}
# Parts of the day: as part of a day's expression ("Mittwochabend", "Wednesday night") and
# alone after a day ("am Abend", "in the evening").
# Noon and midnight are clock times ("12:00", "24:00": the end of the day they follow).
DAY_PARTS = {
    "de": {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "12:00", "nachmittag": "AF",
           "abend": "EV", "nacht": "NI", "mitternacht": "24:00", "morgengrauen": "MO",
           "tagesanbruch": "MO", "morgenstunden": "MO", "abendstunden": "EV", "nachtstunden": "NI"},
    "en": {"early hours": "MO", "morning": "MO", "noon": "12:00", "midday": "12:00", "afternoon": "AF", "evening": "EV",
           "night": "NI", "tonight": "NI", "midnight": "24:00", "pre-dawn": "NI", "dawn": "MO",
           "daybreak": "MO", "dusk": "EV"},
}
# Words before a part of a day that make it one ("am Abend", "im Laufe der Nacht", "bis
# Mittag", "the night's", "through the evening", "shortly before midnight").
DAY_PART_PREPS = {
    "de": ["am", "in der", "gegen", "um", "bis", "im Laufe der", "zur", "während der", "an dem",
           "an diesem", "an jenem", "in dieser", "in jener", "im", "vor", "in den", "in die", "bei",
           # a part of the day as the start or end of a stretch ("seit dem Morgen", "bis zum Abend")
           "seit dem", "seit den", "seit der", "bis zum", "bis in den", "ab dem", "vom",
           "nach"],  # "kurz nach Mitternacht"
    "en": ["the", "in the", "this", "that", "late in the", "early in the", "at", "by", "until",
           "before", "after", "as of", "around"],
}
# "am frühen Morgen", "am späten Abend", "in the early morning": the part with its modifier.
# Also early or late in a named day ("late on Sunday", "early Tuesday", "late yesterday", "am
# späten Sonntagabend"): the day, with the modifier (dates_other.mark_day_modifiers).
DAY_PART_ADJECTIVES = {"de": {"frühen": "early", "späten": "late"}, "en": {"early": "early", "late": "late"}}
# German adverbs of a part of a day ("morgens", "nachts"): that part of the day named before.
DAY_PART_ADVERBS = {
    "de": {"morgens": "MO", "vormittags": "MO", "mittags": "12:00", "nachmittags": "AF",
           "abends": "EV", "nachts": "NI"},
    "en": {"overnight": "NI"},
}
# Two days named as the ends of one stretch ("vom 21. November bis zum 2. Dezember", "between
# November 27 and December 10", "Wednesday through Friday") are one range: the words between
# them; "und/and" only after "zwischen/between" (else the two days are a list).
DAY_RANGE_LINKS = {"de": ["bis", "bis zum", "bis zur", "bis einschließlich"],
                   "en": ["to", "through", "through to", "until", "till"]}
DAY_RANGE_DASHES = ["-", "–", "—"]
DAY_RANGE_BETWEEN = {"de": ("zwischen", "und"), "en": ("between", "and")}
# A day and its hour written as one expression (German schedules and datelines: "Dienstag um
# Mitternacht", "am Freitag um 10:00 Uhr", "14.06.05 - 08:52 Uhr"; English gold keeps "on
# August 2 at 5 p.m." as two): the words between them. And a part of a day before "des" and
# a date ("am Nachmittag des 1. Januar").
DAY_CLOCK_JOINERS = {"de": ["um", "gegen", "-", "–"], "en": []}
DAY_PART_OF_DATE = {"de": "des", "en": None}
# The course of a unit ("im Laufe des Tages", "im Verlauf dieser Woche", "over the course of the
# week"): the day told before (else the publication day), or its week, month or year.
# German also fuses them: "im Tagesverlauf", "im Jahresverlauf" (COURSE_COMPOUNDS).
COURSE_COMPOUNDS = {"de": r"(?:im\s+)?(?P<cunit2>Tages|Wochen|Monats|Jahres)verlaufs?", "en": r"x^"}
COURSE_UNITS_FUSED = {"tages": "day", "wochen": "week", "monats": "month", "jahres": "year"}
COURSE_OF = {"de": r"(?:im\s+)?(?:Laufe|Lauf|Verlauf)\s+(?:des|der|dieses|dieser)",
             "en": r"(?:(?:in|over|during)\s+)?the\s+course\s+of\s+(?:the|this)"}
COURSE_UNITS = {"de": {"tages": "day", "woche": "week", "monats": "month", "jahres": "year"},
                "en": {"day": "day", "week": "week", "month": "month", "year": "year"}}
# The year to come ("im neuen Jahr", "ins neue Jahr", "in the new year"): the next year, or
# the current one in its first two months (NEW_YEAR_MONTHS).
NEW_YEAR = {"de": r"(?:im|ins|das|des|dem|zum)\s+neuen?\s+Jahr(?:es)?",
            "en": r"(?:(?:in|into)\s+)?the\s+new\s+year"}
NEW_YEAR_MONTHS = 2
# Fixed phrases of a length of time ("binnen Jahresfrist", "seit geraumer Zeit").
DURATION_PHRASES = {
    "de": {"jahresfrist": "P1Y", "geraumer zeit": "PXY", "geraume zeit": "PXY",
           "längerer zeit": "PXY", "längere zeit": "PXY", "seit einiger zeit": "PXY",
           "seit langem": "PXY", "seit längerem": "PXY", "über jahre": "PXY", "über monate": "PXM",
           "über wochen": "PXW", "über jahrzehnte": "PXDE", "über jahrhunderte": "PXCE",
           # one unit in the genitive after "binnen"/"innerhalb" ("binnen eines Jahres")
           "binnen eines jahres": "P1Y", "innerhalb eines jahres": "P1Y", "binnen eines monats": "P1M",
           "innerhalb eines monats": "P1M", "binnen eines tages": "P1D", "innerhalb eines tages": "P1D",
           "vierteljahrhundert": "P25Y", "vierteljahrhunderts": "P25Y"},
    "en": {"weeklong": "P1W", "daylong": "P1D", "monthlong": "P1M", "yearlong": "P1Y",
           # a quarter and a half of a century ("a quarter of a century", "half a century")
           "a quarter century": "P25Y", "a quarter of a century": "P25Y", "a quarter-century": "P25Y",
           "half a century": "P50Y", "half a decade": "P5Y"},
}
# The day of an event named by a noun ("am Tag der Europawahl", "on the day of the vote"): a
# date with no value of its own (the event's date is not resolved here).
# Also a day counted inside an event ("am zweiten Tag seines Besuchs", "on the last day of the
# summit"); not "am Tag vor dem Treffen", which the train gold leaves unmarked.
DAY_OF_EVENT = {"de": r"(?P<dprep>(?i:am|an dem|an jenem|seit dem|bis zum|vom))\s+"
                      r"(?:(?:ersten|zweiten|dritten|vierten|fünften|letzten|vorletzten)\s+)?Tag\s+"
                      r"(?:der|des|seines|seiner|ihres|ihrer)\s+"
                      r"(?!Deutschen\b|Befreiung\b|Arbeit\b)[A-ZÄÖÜ][a-zäöüß-]+",
                "en": r"(?:(?P<dprep>(?i:on))\s+)?(?i:the)\s+(?:(?:first|second|third|fourth|fifth|last|final|"
                      r"penultimate|opening|closing)\s+)?(?:day|eve|night)\s+of\s+(?:the|his|her|their|its)\s+[a-z]+"}

# Ordinal numbers of centuries in words ("the late nineteenth century").
ORDINALS = {
    "de": {},
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
           "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
           "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
           "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21},
}
CENTURY_WORDS = {"de": ["jahrhundert", "jahrhunderts"], "en": ["century"]}
# "in diesem Jahrhundert", "this century": the publication's century.
THIS_CENTURY = {"de": ["diesem", "dieses", "laufenden"], "en": ["this", "the current"]}
# Calendar weeks ("in der 12. Kalenderwoche", "Kalenderwoche 22", "KW 22 2020"): that ISO week
# of the year written after it (which stays a timex of its own), else of the publication's year.
CALENDAR_WEEK = {"de": r"(?:(?P<kw1>\d{1,2})\.\s*Kalenderwoche|(?:Kalenderwoche|KW)\s*(?P<kw2>\d{1,2}))"
                       r"(?:(?=\s+(?P<kwy>(?:19|20)\d\d)\b))?",  # the year stays a date of its own
                 "en": r"x^"}
# "im vergangenen Jahrhundert", "in the last century": the century before the publication's.
LAST_CENTURY = {"de": ["vergangenen", "letzten", "vorigen"], "en": ["last", "previous"]}
# Counts of a duration besides the numbers: "die nächsten beiden Jahre", "nach dreieinhalb
# Jahren" (P3.5Y), and the words before a count that keep it a stretch ("die ersten sechs Monate").
EXTRA_COUNTS = {"de": {"beiden": 2, "beide": 2, "eineinhalb": 1.5, "anderthalb": 1.5,
                       "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5},
                "en": {"both": 2}}
FIRST_WORDS = {"de": ["ersten"], "en": ["first"]}

# Named days: (month, day) of fixed holidays, ("easter", offset in days) of movable ones, or
# ("nth", month, weekday (Monday = 0), n) of the n-th weekday of a month (-1: the last one).
HOLIDAYS = {
    "de": {"Heiligabend": (12, 24), "Heiligen Abend": (12, 24), "Ersten Weihnachtstag": (12, 25),
           "ersten Weihnachtstag": (12, 25), "Zweiten Weihnachtstag": (12, 26),
           "zweiten Weihnachtstag": (12, 26), "Weihnachten": (12, 25), "Silvester": (12, 31), "Neujahr": (1, 1),
           "Neujahrstag": (1, 1), "Tag der Deutschen Einheit": (10, 3),
           "Internationalen Frauentag": (3, 8), "Internationaler Frauentag": (3, 8),
           "Weltfrauentag": (3, 8), "Frauentag": (3, 8), "Valentinstag": (2, 14),
           "Tag der Arbeit": (5, 1), "Allerheiligen": (11, 1), "Reformationstag": (10, 31),
           "Karfreitag": ("easter", -2), "Ostersonntag": ("easter", 0), "Ostermontag": ("easter", 1),
           "Christi Himmelfahrt": ("easter", 39), "Pfingstsonntag": ("easter", 49),
           "Pfingstmontag": ("easter", 50), "Ostern": ("easter", 0), "Pfingsten": ("easter", 49),
           "Gründonnerstag": ("easter", -3), "Karsamstag": ("easter", -1), "Rosenmontag": ("easter", -48),
           "Aschermittwoch": ("easter", -46), "Fronleichnam": ("easter", 60), "Vatertag": ("easter", 39),
           "Männertag": ("easter", 39), "Herrentag": ("easter", 39), "Muttertag": ("nth", 5, 6, 2),
           "Europatag": (5, 9), "Nikolaustag": (12, 6), "Holocaust-Gedenktag": (1, 27)},
    "en": {"Fourth of July": (7, 4), "Independence Day": (7, 4), "Bastille Day": (7, 14), "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Boxing Day": (12, 26),
           "New Year's Eve": (12, 31), "New Year's Day": (1, 1),
           "International Women's Day": (3, 8), "Women's Day": (3, 8), "Women's day": (3, 8),
           "Valentine's Day": (2, 14), "Halloween": (10, 31), "May Day": (5, 1),
           "Armistice Day": (11, 11), "Remembrance Day": (11, 11), "Good Friday": ("easter", -2),
           "Easter Sunday": ("easter", 0), "Easter Monday": ("easter", 1), "Christmas": (12, 25),
           "Easter": ("easter", 0), "Thanksgiving": ("nth", 11, 3, 4), "Thanksgiving Day": ("nth", 11, 3, 4),
           "Memorial Day": ("nth", 5, 0, -1), "Labor Day": ("nth", 9, 0, 1),
           "Martin Luther King Jr. Day": ("nth", 1, 0, 3), "Martin Luther King Day": ("nth", 1, 0, 3),
           "MLK Day": ("nth", 1, 0, 3), "Presidents' Day": ("nth", 2, 0, 3), "Presidents Day": ("nth", 2, 0, 3),
           "Mother's Day": ("nth", 5, 6, 2), "Father's Day": ("nth", 6, 6, 3), "Columbus Day": ("nth", 10, 0, 2),
           "Veterans Day": (11, 11), "Veterans' Day": (11, 11), "St. Patrick's Day": (3, 17),
           "Saint Patrick's Day": (3, 17), "Earth Day": (4, 22), "World AIDS Day": (12, 1),
           "Holocaust Remembrance Day": (1, 27), "Juneteenth": (6, 19), "Canada Day": (7, 1),
           "Australia Day": (1, 26), "Anzac Day": (4, 25)},
}
# The genitive of a German named day ("anlässlich des Weltfrauentags", "des Heiligabends").
for _name, _rule in list(HOLIDAYS["de"].items()):
    if _name.endswith("tag"):
        HOLIDAYS["de"].update({_name + "s": _rule, _name + "es": _rule})
    elif _name.endswith("abend"):
        HOLIDAYS["de"][_name + "s"] = _rule
# Named days that are also words of other nouns ("the Christmas market", "Ostern" in a
# name, "Easter Island"): a day only after a preposition of time ("zu Ostern", "before
# Christmas") or before a year, and in English not before a capitalised word.
HOLIDAY_NEEDS_PREP = {"de": {"Ostern", "Pfingsten"}, "en": {"Christmas", "Easter", "Thanksgiving"}}
HOLIDAY_PREPS = {"de": {"an", "zu", "vor", "nach", "bis", "seit", "über", "um", "ab"},
                 "en": {"at", "on", "before", "after", "by", "until", "till", "since", "over", "for",
                        "during", "around", "from", "to", "through", "ahead"}}

# === Event dates from their context (events/dating.py, issue #13 item 5) ==================
# A statement whose reporting clause names an occasion told before ("auf der
# Pressekonferenz", "bei dem Treffen", "nach dem Gipfel", "at the press conference", "after
# the incident", "in his speech") takes the date of the sentence that told that occasion: the
# nearest sentence before that names a word of the same group and has a date of its own.
# The occasion must be definite (an article, a demonstrative or a possessive): "auf einer
# Pressekonferenz" introduces a new one and ties nothing.
OCCASION_PREPOSITIONS = {
    "de": {"auf", "bei", "nach", "während", "in", "vor"},
    # "of": a part or a record of the occasion ("at the end of the briefing", "in a broadcast
    # of the speech"), only before the verb (OCCASION_BEFORE_VERB: "said he was unaware of the
    # rally" tells what was said)
    "en": {"at", "after", "following", "during", "in", "of"},
}
OCCASION_BEFORE_VERB = {"en": {"of"}}
OCCASION_DETERMINERS = {
    "de": {"der", "dem", "den", "des", "dieser", "diesem", "dieses", "seiner", "seinem", "ihrer", "ihrem"},
    "en": {"the", "that", "this", "his", "her", "their", "its"},
}
# Contractions that carry the article: "beim Treffen", "im Interview".
OCCASION_CONTRACTIONS = {"de": {"beim", "im"}, "en": set()}
# Groups of occasion nouns (lower case; a word matches a stem it equals, or extends by an
# ending of up to three letters: "gesprächen", "treffens", "talks"). The anaphor and its
# antecedent need not use the same word: "the incident" refers to "the crash". Meetings
# are no group here: "sagte nach dem Treffen" takes the date of the meeting event itself
# (events/dating.date_statements_from_meetings), which is surer than the sentence that
# told it (a trip's first day is not the day of the talks).
OCCASION_GROUPS = {
    "de": {
        "press": ("pressekonferenz", "medienkonferenz", "pressetermin", "pressebriefing"),
        "speech": ("rede", "antrittsrede", "ansprache", "fernsehansprache", "erklärung", "interview",
                   "fragestunde", "vorstellung", "präsentation"),
        "incident": ("anschlag", "angriff", "tat", "vorfall", "unglück", "absturz", "explosion", "unfall",
                     "attentat", "schießerei", "luftangriff"),
        "ceremony": ("veranstaltung", "feier", "zeremonie", "kundgebung", "unterzeichnung", "vereidigung",
                     "eröffnung", "konferenz", "sitzung", "tagung"),
        "vote": ("abstimmung", "wahl", "votum", "referendum"),
        "appointment": ("ernennung", "berufung", "amtseinführung"),
    },
    "en": {
        "press": ("press conference", "news conference", "briefing", "press briefing"),
        "speech": ("speech", "address", "statement", "interview", "remarks", "announcement"),
        "incident": ("attack", "incident", "crash", "strike", "airstrike", "explosion", "shooting",
                     "bombing", "accident", "raid"),
        "ceremony": ("event", "ceremony", "rally", "gathering", "celebration", "signing", "inauguration",
                     "opening", "conference", "session"),
        "vote": ("vote", "election", "referendum", "ballot"),
        "appointment": ("appointment", "swearing-in"),
    },
}
# The occasion told by its verb in the sentence before ("unterzeichneten am Montag ein
# Abkommen" … "Bei der Unterzeichnung sagte X"; "wurde heute ernannt" … "nach der Ernennung";
# "signed on Monday" … "at the signing"): beginnings of verb forms (finite or participle) that
# name an occasion of the group, for the antecedent's search (dating._antecedent_date).
OCCASION_VERBS = {
    "de": {
        "ceremony": ("unterzeichn", "eröffnet", "vereidigt"),
        "vote": ("abgestimmt", "stimmte", "gewählt", "wählte"),
        "appointment": ("ernannt", "ernennt", "berufen", "berief"),
    },
    "en": {
        "ceremony": ("signed", "inaugurated", "opened"),
        "vote": ("voted", "elected"),
        "appointment": ("appointed", "sworn"),
    },
}
# Words that tie a statement to the occasion the paragraph has just told, without naming
# it: "Er sagte daraufhin", "Sie versprach dabei", "on that occasion". Such a statement
# takes the last day named before it in its paragraph (outside quotations).
OCCASION_ADVERBS = {
    "de": (("dabei",), ("daraufhin",), ("bei", "dieser", "gelegenheit"), ("bei", "der", "gelegenheit")),
    "en": (("on", "that", "occasion"), ("at", "that", "event")),
}
# "said …, while addressing the press yesterday": an adverbial clause of the reporting verb
# that says when it spoke keeps its date for the statement (other adverbial clauses, "citing
# a report from last week", keep theirs). Subordinators and gerunds of such clauses.
SPEAKING_CLAUSE_MARKS = {"de": set(), "en": {"while", "when", "as"}}
SPEAKING_GERUNDS = {"de": set(), "en": {"addressing", "speaking", "talking", "testifying", "appearing",
                                        "answering", "responding", "briefing", "visiting", "meeting"}}
# A date before the verb of saying that hangs from it by one of these dependencies, through
# nouns and prepositions only, is the saying's even where a date of the words stands nearer
# to the verb ("On Saturday, X said the buses stay off the road until next Saturday",
# "Yesterday, X confirmed that the board votes today"). English only: the German parse does
# not tell the words' dates apart (dating._in_complement). Not through a preposition of a
# period's bound: "In forecasts since the May 3 quake, X has said …" is no saying on May 3.
SAYING_DATE_DEPS = {"de": set(), "en": {"prep", "npadvmod", "advmod"}}
SAYING_DATE_BOUNDS = {"de": set(), "en": {"since", "until", "till"}}
# Only "after" ties a statement to an incident or a vote ("sagte nach dem Anschlag", "said
# following the vote"); "six were killed in the attack" is what is said, not when.
AFTER_ONLY_GROUPS = {"incident", "vote"}
AFTER_PREPOSITIONS = {"de": {"nach"}, "en": {"after", "following"}}
# The occasion stands close to the reporting verb (tokens between them, at most).
OCCASION_DISTANCE = 8
# Verbs of speaking that are no verbs of saying (events_lexicon.SPEECH) but tell a statement
# at an occasion as well ("spoke to reporters after the speech: …", "sprach nach der Sitzung
# vor Journalisten").
OCCASION_SPEAKING_VERBS = {"de": {"sprach", "sprachen", "spricht"}, "en": {"spoke", "speaks", "speaking"}}
# Occasions at which the speaker spoke: a statement there right after the same speaker's
# dated one takes that date ("… he continued in the speech").
SPEAKING_OCCASIONS = {"press", "speech", "ceremony"}
