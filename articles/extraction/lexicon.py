"""Word lists for event extraction (German and English), lower-case surface forms.

Surface forms instead of lemmas on purpose: the German baseline model's lemmas and
morphology are not reliable enough to build rules on, and news German uses a small set
of verb forms for reporting and meeting.
"""
from __future__ import annotations

import re

# A word that can be part of a name: capitalised, letters, apostrophes, dots, hyphens.
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜÀ-ÝĀ-Ž][\w'’.-]*$")

# --- statements ----------------------------------------------------------------------
# Reporting verbs. A value (particle, ...) names the separable particle the verb needs
# later in its clause ("fügte ... hinzu"); a verb whose particle is missing is not used.
SPEECH_DE: dict[str, tuple[str, ...] | None] = {}
_NOT_PREFIXES = {"von", "aussicht"}  # "sprach von", "stellte in Aussicht" do not join
for _forms, _particle in [
    ("sagte sagten sagt gesagt", None), ("erklärte erklärten erklärt", None),
    ("betonte betonten betont", None), ("twitterte twittert getwittert", None),
    ("schrieb schreibt geschrieben", None), ("forderte forderten fordert fordern gefordert", None),
    ("kritisierte kritisierten kritisiert", None), ("warnte warnten warnt gewarnt", None),
    ("bestätigte bestätigten bestätigt", None), ("lobte lobten lobt", None),
    ("bedauerte bedauerten bedauert", None), ("begrüßte begrüßten begrüßt", None),
    ("versicherte versichert", None), ("meinte meint", None), ("unterstrich", None),
    ("verlangte verlangten verlangt", None), ("bekräftigte bekräftigt", None),
    ("drohte droht", None), ("appellierte", None), ("räumte", "ein"),
    ("fügte fügt", "hinzu"), ("teilte teilten teilt", "mit"), ("kündigte kündigten kündigt", "an"),
    ("rief rufen ruft", "auf"), ("warf warfen wirft", "vor"), ("wies wiesen weist", "zurück"),
    ("sprach sprachen spricht", "von"), ("stellte stellten", "aussicht"),
    ("mitgeteilt angekündigt zurückgewiesen hinzugefügt", None),
    ("ergänzte ergänzten ergänzt", None), ("entgegnete entgegneten entgegnet", None),
    ("mahnte mahnten mahnt", None), ("antwortete antworteten antwortet", None),
    # Verbs of judging and naming that report words ("bezeichnete ihn als Dieb").
    ("bezeichnete bezeichneten bezeichnet", None), ("nannte nannten nennt", None),
    ("beschuldigte beschuldigten beschuldigt", None), ("wiederholte wiederholten wiederholt", None),
    ("bemängelte bemängelten bemängelt", None), ("beklagte beklagten beklagt", None),
    ("bestritt bestritten bestreitet", None), ("dementierte dementierten dementiert", None),
    ("widersprach widersprachen widerspricht", None), ("verkündete verkündeten verkündet", None),
    ("versprach versprachen verspricht", None), ("bezweifelte bezweifelten bezweifelt", None),
    ("kommentierte kommentierten kommentiert", None), ("befand befanden", None),
    ("äußerte äußerten äußert", None), ("gab gaben gibt", "an"), ("gab gaben gibt", "bekannt"),
    ("hob hoben hebt", "hervor"), ("wies wiesen weist", "hin"), ("schlug schlugen schlägt", "vor"),
    ("bekanntgegeben hervorgehoben vorgeschlagen", None),
]:
    for _f in _forms.split():
        # None: the form reports by itself; else the particles, one of which it needs.
        _needs = SPEECH_DE.get(_f, ())
        SPEECH_DE[_f] = None if _particle is None or _needs is None else (*_needs, _particle)
        if _particle and _particle.isalpha() and _particle not in _NOT_PREFIXES:
            # Verb-final in a subordinate clause, particle and verb are one word:
            # "wie das Ministerium mitteilte", "als er hinzufügte".
            SPEECH_DE[_particle + _f] = None

SPEECH_EN: dict[str, tuple[str, ...] | None] = {f: None for f in (
    "said says told tells added adds wrote writes tweeted posted announced announces stated "
    "declared warned warns urged urges demanded demands criticised criticized criticises "
    "criticizes rejected rejects accused accuses promised promises insisted insists argued "
    "confirmed confirms praised praises stressed stresses noted explained complained "
    "welcomed welcomes threatened vowed pledged "
    # verbs of claiming, denying and judging that report words as well
    "claimed claims denied denies described describes reiterated reiterates acknowledged "
    "admitted asserted maintained suggested suggests replied responded commented remarked "
    "emphasised emphasized recalled labelled labeled blamed blames condemned condemns "
    "dismissed cautioned predicted characterized characterised thanked").split()}
SPEECH_EN["called"] = ("for",)

SPEECH = {"de": SPEECH_DE, "en": SPEECH_EN}
# A sentence of German reported speech goes on in the subjunctive (Konjunktiv I) without a
# verb of saying of its own ("Er werde einen neuen Deal aushandeln."): these finite forms
# mark it as the previous speaker's words.
REPORTED_MOOD = {
    "de": {"sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge",
           "gebe", "wisse", "liege", "stehe", "gehe", "komme", "bleibe", "brauche", "halte",
           "sehe", "trage", "gelte", "fehle", "plane", "verfüge"},
    "en": set(),
}
# Marks of reported words besides the subjunctive: "dass"/"that" and a colon.
SPEECH_MARKS = {"de": {"dass", ":"}, "en": {"that", ":"}}
# "nach Angaben des Élysée-Palasts", "according to officials": attribution.
ATTRIBUTION = {"de": ("angaben", "zufolge", "laut"), "en": ("according",)}
# Plural or generic sources: never a speaker ("Beobachter gehen davon aus, dass ...").
GENERIC_SPEAKERS = {
    "beobachter", "experten", "analysten", "kritiker", "diplomaten", "beamte", "kreise",
    "regierungskreisen", "regierungskreise", "medien", "opposition", "man",
    "observers", "experts", "analysts", "critics", "officials", "diplomats", "sources", "media",
    "analysts", "groups", "leaders",
}

# A name ending in one of these words is a newspaper, broadcaster or agency, no actor
# ("New York Times", "Süddeutsche Zeitung", "NBC News", "Kyodo News Agency").
MEDIA_WORDS = {
    "de": {"zeitung", "rundschau", "nachrichten", "allgemeine", "kurier", "tagblatt", "online",
           "rundfunk", "fernsehen", "nachrichtenagentur", "presseagentur"},
    "en": {"times", "post", "news", "herald", "tribune", "journal", "gazette", "telegraph",
           "guardian", "independent", "magazine", "radio", "tv", "television", "online", "daily",
           "chronicle"},
}

# An organisation whose name starts or ends with one of these is a university, school,
# hospital or company: outside public affairs (docs/annotation.md), no actor.
NON_PUBLIC_ORG_WORDS = {
    "de": {"universität", "hochschule", "klinik", "krankenhaus", "gmbh", "ag", "konzern"},
    "en": {"university", "college", "hospital", "inc", "inc.", "ltd", "ltd.", "corp", "corp.",
           "corporation", "company", "entertainment", "plc"},
}

# --- meetings ------------------------------------------------------------------------
MEET_VERBS_DE: dict[str, str | None] = {}
for _forms, _particle in [
    ("traf trafen trifft treffen getroffen treffe", None),
    ("empfing empfingen empfängt empfangen", None),
    ("besucht besuchte besuchten besuchen", None),
    ("zusammengekommen zusammenkommen zusammenkommt zusammentreffen zusammengetroffen", None),
    ("kam kamen kommt", "zusammen"),
    ("beraten berät berieten", "mit"),  # "mit Qureshi ... beraten" (the "mit" may come first)
    ("begegnet begegneten begegnete", None),  # "waren sich ... begegnet"
]:
    for _f in _forms.split():
        MEET_VERBS_DE[_f] = _particle
MEET_NOUNS_DE = {
    "treffen", "treffens", "gipfel", "gipfels", "gipfeltreffen", "gipfeltreffens", "gespräch",
    "gespräche", "gesprächen", "gesprächs", "arbeitsessen", "abendessen", "essen", "begegnung",
    "besuch", "besuchs", "besuches", "staatsbesuch", "staatsbesuchs", "verhandlungen",
    "verhandlungsrunde", "unterredung", "konsultationen", "antrittsbesuch",
}
MEET_VERBS_EN: dict[str, str | None] = {f: None for f in (
    "met meet meets meeting hosted hosts host visited visits visit visiting received").split()}
# Signatories who sign an agreement together meet ("unterzeichneten Venezuela, Bolivien und
# Kuba ein Handelsabkommen", "the leaders signed a peace accord"); signing a contract or a
# law is no meeting, so an agreement word must be in the clause (also as a compound's end).
SIGN_VERBS = {"unterzeichneten", "unterzeichnete", "unterzeichnet", "unterschrieben", "unterschrieb",
              "signed", "sign", "signing"}
SIGN_OBJECTS = ("abkommen", "abkommens", "vertrag", "vertrags", "vereinbarung", "erklärung",
                "absichtserklärung", "memorandum", "pakt", "agreement", "agreements", "treaty",
                "accord", "accords", "declaration", "pact", "deal")
# "At a meeting with X, Y said", "Bei einem Treffen mit X sagte Y": a meeting as the frame.
FRAMING_PREPS = {"at", "during", "bei", "während", "auf"}
# "ein Treffen zwischen X und Y", "talks between X and Y": exactly the two (or more) named after.
BETWEEN = {"zwischen", "between"}
# Last words of building names ("Jubilee House", "Government House", "Elysée Palace").
BUILDINGS = {"house", "palace", "palast", "hall", "lodge", "residence", "residenz", "castle",
             "schloss", "villa", "centre", "center", "building", "kanzleramt", "kreml", "kremlin"}
# Multilateral meetings a trip can be for ("flew to Suva for the Pacific Islands Forum").
FRAME_NOUNS = {"forum", "summit", "conference", "assembly", "gipfel", "gipfeltreffen", "konferenz",
               "tagung", "forums", "gipfels", "konferenz", "vollversammlung", "generalversammlung"}
# Organisations named by a state adjective ("die somalische Regierung", "the Estonian government").
GOVERNMENT_NOUNS = {"regierung", "government", "presidency", "administration", "ministry",
                    "präsidialamt", "staatskanzlei"}
BUILDING_STARTS = {"palacio", "palazzo", "palais", "palast", "palace", "schloss", "haus", "casa", "villa"}
# Nouns that make the name before them a place ("the Teesta river").
GEO_NOUNS = {"river", "sea", "lake", "strait", "island", "islands", "valley", "region", "mountains",
             "fluss", "see", "meer", "insel", "inseln", "tal", "region", "gebirge", "meerenge"}
# "sat down with": a meeting when "with" follows.
SIT_DOWN = {"sat", "sit", "sits", "sitting"}
MEET_NOUNS_EN = {"meeting", "talks", "summit", "visit", "dinner", "negotiations", "state visit", "trip"}
# Travel to a capital is a visit to its state ("reist nach Warschau", "flew to Suva").
TRAVEL_WORDS = {"reist", "reiste", "reisen", "gereist", "fährt", "fuhr", "fliegt", "flog", "geflogen",
                "travel", "travels", "travelled", "traveled", "flew", "flies", "fly",
                # a stop on a tour: "planned to stop in Nairobi", "ein Abstecher nach Neapel"
                "stop", "stops", "stopped", "stopover", "abstecher", "zwischenstopp"}
MEET_VERBS = {"de": MEET_VERBS_DE, "en": MEET_VERBS_EN}
MEET_NOUNS = {"de": MEET_NOUNS_DE, "en": MEET_NOUNS_EN}
SUMMIT_NOUNS = {"gipfel", "gipfels", "gipfeltreffen", "gipfeltreffens", "summit"}
VISIT_WORDS = {"besucht", "besuchte", "besuchten", "besuchen", "besuch", "besuchs", "staatsbesuch",
               "staatsbesuchs", "visited", "visits", "visit", "visiting", "antrittsbesuch"}
# Arrival and expectation: "ist ... zu einem Besuch in Moskau eingetroffen", "wird ... in
# Pjöngjang erwartet", "arrived in London", "is expected in".
ARRIVE_WORDS = {"eingetroffen", "erwartet", "arrived", "expected"}
# Not in person: a phone call or a letter never makes a meeting.
REMOTE_WORDS = {
    "telefonierte", "telefonierten", "telefoniert", "telefonat", "telefonats", "telefonisch",
    "telefongespräch", "telefon", "videokonferenz", "videocall", "videotelefonat", "videoschalte", "brief", "schreiben",
    "phone", "call", "called", "calls", "telephone", "video", "letter", "spoke", "speaks",
}

# --- status ----------------------------------------------------------------------------
CANCEL_WORDS = {
    "abgesagt", "absagen", "absage", "verschoben", "verschieben", "verschob", "gestrichen",
    "geplatzt", "abgebrochen", "cancelled", "canceled", "cancel", "postponed", "postpone",
    "scrapped", "off",  # "called off" (checked together with "called")
}
PLANNED_WORDS = {
    "soll", "sollen", "sollte", "sollten", "wird", "werden", "will", "wollen", "könnte",
    "könnten", "erwartet", "geplant", "geplante", "geplanten", "geplantes", "plant", "planen",
    "vorgesehen", "would", "expected", "plans", "planned", "planning", "scheduled", "due",
    "could", "may", "might", "shall", "vorbereiten", "verständigt", "vereinbart", "agreed",
}
# "had been due to meet": the plan did not come true.
UNFULFILLED = {("had", "been", "due"), ("had", "been", "scheduled"), ("had", "been", "expected"),
               ("had", "planned"), ("wollte", "ursprünglich")}

# --- clauses ---------------------------------------------------------------------------
SUBORDINATORS = {
    "dass", "weil", "als", "wenn", "ob", "nachdem", "während", "da", "obwohl", "damit", "bevor",
    "wo", "wobei", "um", "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher",
    "that", "because", "while", "after", "before", "when", "where", "who", "which", "whom",
    "whose", "although", "since", "if", "sondern", "zu", "was", "wie", "as", "whereas",
    "wer", "what", "how",
}
CLAUSE_PRONOUNS = {"er", "sie", "es", "man", "wir", "ich", "he", "she", "they", "it", "we", "i"}
PERSON_PRONOUNS = {
    "de": {"er", "sie", "ihn", "ihm", "ihr"},
    "en": {"he", "she", "him", "her"},
}
# German object forms: "Die Opposition nannte ihn einen Lügner" has no speaker among them.
# (English finds its subject by the parse.)
OBJECT_PRONOUNS = {"de": {"ihn", "ihm", "ihnen"}, "en": set()}
# "Lima has not commented", "Berger äußerte sich nicht": a verb of saying negated reports
# that nothing was said.
NEGATIONS = {"de": {"nicht", "nie", "niemals"}, "en": {"not", "n't", "never"}}
PLURAL_ANAPHORS = {("die", "drei"), ("the", "three"), ("die", "beiden"), ("beide", "seiten"), ("the", "two"), ("both", "sides"),
                   ("beide",), ("die", "zwei"), ("der", "beiden"), ("den", "beiden")}
ARTICLES = {
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer"},
    "en": {"the", "a", "an"},
}
DETERMINERS = ARTICLES["de"] | ARTICLES["en"]
INDEFINITE = {"ein", "eine", "einen", "einem", "eines", "einer", "a", "an"}
# --- roles ---------------------------------------------------------------------------
# Role words serve several rules, each list for one of them (the titles before names,
# "US-Präsident Trump", are the gazetteer's TITLES_DE / TITLES_EN):
# Heads of descriptive speaker phrases ("ein ranghoher US-Beamter", "a senior official").
ROLE_NOUNS = {
    "beamter", "beamte", "beamten", "sprecher", "sprecherin", "berater", "beraterin", "diplomat",
    "diplomatin", "general", "minister", "ministerin", "politiker", "politikerin", "regierungschef",
    "regierungschefin", "präsident", "präsidentin", "kanzler", "kanzlerin", "unterhändler",
    "unterhändlerin", "vertreter", "vertreterin", "botschafter", "botschafterin", "mitarbeiter",
    "kremlsprecher", "regierungssprecher", "abgeordnete", "abgeordneter",
    "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "adviser", "advisor",
    "envoy", "minister", "general", "president", "negotiator", "aide", "ambassador",
    "chancellor", "leader",
}
# Roles of those who hold summits for their state ("US-Präsident" counts by its last part).
LEADER_ROLES = {
    "präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "staatschef", "staatschefin",
    "regierungschef", "regierungschefin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
    "ministerpräsident", "ministerpräsidentin", "premierminister", "premierministerin", "premier",
    "machthaber", "könig", "königin", "emir", "kaiser", "kaiserin",
    "president", "prime minister", "premier", "chancellor", "leader", "king", "queen", "emperor",
}
# Heads of definite phrases that refer back to an organisation ("the group said").
# Spokespeople: an unnamed one speaks for a body ("ein Sprecher des brasilianischen
# Außenministeriums", "a spokeswoman for the Department of Trade"), and the body is the
# speaker (docs/annotation.md).
SPOKES_NOUNS = {"sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson"}
# German neuter heads of bodies (the rest of "des …" is masculine): their adjectives end in -es.
NEUTER_BODY_ENDINGS = ("ium", "amt", "ment", "büro", "haus", "kabinett", "sekretariat", "komitee",
                       "gericht", "kommando", "zentrum", "institut")
# Masculine German role nouns whose feminine adds "-in" (who "sie" and "er" can be);
# English roles have no gender.
GENDERED_ROLES_DE = frozenset({
    "minister", "kanzler", "präsident", "regierungschef", "sprecher", "botschafter", "berater",
    "diplomat", "politiker", "vertreter", "unterhändler", "generalsekretär", "staatssekretär",
    "ministerpräsident", "bürgermeister", "vorsitzender", "chef", "senator", "abgeordneter",
    "kommissar", "oppositionsführer", "amtskollege", "kollege"})
# What a plural anaphor names ("die beiden Präsidenten", "the two leaders"): leaders of
# states, or holders of an office.
LEADER_STEMS = ("leader", "staatschef", "regierungschef", "spitzen")
OFFICE_STEMS = ("präsident", "president", "minister", "kanzler", "chancellor")
ORG_NOUNS = {"group", "organisation", "organization", "gruppe", "organisation", "bündnis", "alliance"}
# Titles of heads of state the gazetteer does not list.
EXTRA_TITLES = {"kaiser", "kaiserin", "emir", "emperor", "empress", "sultan", "scheich", "sheikh"}
# Qualifiers that make an unnamed speaker identifiable without a state or organisation.
SELF_QUALIFIED = {"regierungssprecher", "kremlsprecher", "regierungssprecherin"}
LOCATIVE = {"in", "im", "nach", "aus", "bei", "at", "to", "from", "into", "near", "von", "vom"}
ORIGIN = {"aus", "from"}
MOTION_EN = {"travel", "travels", "travelled", "traveled", "flew", "fly", "flies", "went", "go", "goes",
             "trip", "visit", "return", "returned", "returns", "way", "came", "come", "moved", "back"}

# --- pronoun gender ----------------------------------------------------------------------
# Pronouns that name a gender. German "sie" is also plural/formal: it counts as feminine
# only next to a singular verb form (see events._pronoun_gender).
PRONOUN_GENDER = {"er": "m", "ihn": "m", "ihm": "m", "sein": "m", "he": "m", "him": "m", "his": "m",
                  "she": "f", "her": "f", "hers": "f"}
SINGULAR_VERBS_DE = {"sagte", "sagt", "erklärte", "erklärt", "betonte", "fügte", "teilte", "sei",
                     "habe", "hat", "hatte", "ist", "war", "wird", "will", "kündigte", "warnte",
                     "forderte", "schrieb", "kritisierte", "traf", "reist", "reiste", "soll"}
# Role nouns and titles that carry gender ("Außenministerin", "spokeswoman", "Mrs").
FEMALE_TITLES = {"frau", "mrs", "ms", "madam", "madame", "queen", "königin", "lady", "dame",
                 "kaiserin", "empress"}
MALE_TITLES = {"herr", "mr", "sir", "king", "könig", "lord", "kaiser", "emperor"}
# First names, a deliberately small heuristic used only when no role noun or title decides:
# a final "-a" is feminine in most European and many Asian naming traditions (Petra, Giulia,
# Rina), with a short list of male exceptions; plus frequent feminine names without "-a".
MALE_NAMES_IN_A = {"luca", "andrea", "nikita", "joshua", "elia", "mustafa", "musa", "ilya", "kostya",
                   "sasha", "jiang", "garcia", "juba", "moshe", "akira", "joshua", "dima", "mikita"}
FEMALE_NAMES = {
    "eleanor", "claire", "grace", "ingrid", "katrin", "karin", "sanne", "ruth", "elisabeth",
    "elizabeth", "mary", "anne", "marie", "helen", "catherine", "sarah", "kate", "jane", "alice",
    "margaret", "christine", "nicole", "michelle", "ursula", "theresa", "liz", "mette", "ines",
    "birgit", "heike", "jutta", "sigrid", "yasmin", "leila", "hillary", "susan", "caroline",
    "isabelle", "charlotte", "sophie", "louise", "astrid", "kirsten", "doris", "ellen", "lea",
}

# --- positions vs. statements ------------------------------------------------------------
# Present-tense demands by a state or organisation without a date ("Die Bundesregierung
# fordert seit Monaten …", "Russia demands …") state a standing position, not a dated
# statement; a perfect auxiliary in the sentence makes it a report again ("hat gefordert").
POSITION_VERBS = {"fordert", "fordern", "verlangt", "verlangen", "warnt", "warnen", "kritisiert",
                  "kritisieren", "lehnt", "lehnen", "demands", "demand", "urges", "urge", "warns",
                  "rejects", "reject", "insists", "insist", "calls"}
# (dates_lexicon.PERFECT_AUX is another list: the present-perfect auxiliaries that set a tense.)
REPORT_AUX = {"hat", "haben", "hatte", "hatten", "has", "have", "had"}
# A sentence ending in one of these is running text; a line ending otherwise is a headline.
SENTENCE_END = ".!?:\"“”«»'’…"

# --- narrative continuation ----------------------------------------------------------------
# A meeting sentence with one of these and no date of its own continues the day narrated
# just before ("Am Abend kam Albrecht … zusammen", "Am Rande der Beratungen traf …").
CONTINUATION = {
    ("am", "abend"), ("am", "nachmittag"), ("am", "morgen"), ("am", "vormittag"), ("am", "mittag"),
    ("am", "rande"), ("später",), ("anschließend",), ("danach",), ("am", "selben", "tag"),
    ("am", "gleichen", "tag"), ("later",), ("afterwards",), ("that", "evening"),
    ("that", "afternoon"), ("in", "the", "evening"), ("in", "the", "afternoon"),
    ("on", "the", "sidelines"), ("the", "same", "day"),
}

# "sprach mit Reed in Washington", "soll dort mit Mansour sprechen": talking with someone
# is a meeting only with a place in the clause (else it may be a call); remote words still veto.
# "während ihres Chinabesuchs sprach sie mit …": talking during a visit is in person.
VISIT_NOUN_ENDINGS = ("besuch", "besuchs", "besuches", "reise", "visit", "trip", "tour")
TALK_VERBS = {"sprach", "sprachen", "spricht", "sprechen", "gesprochen", "redete", "redeten",
              "talked", "talks", "talk", "talking", "spoke"}
PLACE_ADVERBS = {"dort", "there"}

# "sprach mit Reed über die Ukraine": a state after these is the topic, not a participant.
TOPIC_WORDS = {"über", "about", "regarding", "concerning", "on"}

# "die Außenminister beider Länder", "the foreign ministers of both countries".
BOTH = {"beider", "both"}
COUNTRY_NOUNS = {"länder", "staaten", "countries", "nations", "states", "governments", "regierungen"}
