"""Word lists shared by actors, clauses and events (German and English), lower-case surface
forms. The words of meetings and statements are in `events_lexicon.py`; those of dates in
`dates_lexicon.py`.

Each list is kept per language (``X_BY_LANG = {"de": …, "en": …}``); the plain name ``X`` is
the union of the languages, which the rules read where a word of either language counts
(an English role noun in a German sentence, a German article before an English name).

Surface forms instead of lemmas on purpose: the German baseline model's lemmas and
morphology are not reliable enough to build rules on.
"""
from __future__ import annotations

import re

LANGS = ("de", "en")


def _any(table: dict[str, set]) -> set:
    """The words of every language of a table."""
    return set().union(*(table[lang] for lang in LANGS))


# A word that can be part of a name: capitalised, letters, apostrophes, dots, hyphens.
NAME_TOKEN = re.compile(r"^[A-ZÄÖÜÀ-ÝĀ-Ž][\w'’.-]*$")
# Generational suffixes that end a person's name after the first name and surname ("Ann
# Lee Jr.", "Carl B. Moss III"); German writes the numeral with an ordinal dot ("Carl B.
# Moss III., ein Berater"), which is no part of the name (unlike a ruler's "Karl III.").
GENERATIONAL_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}

# German compounds ending in a word for an occasion are no names, though the tagger may
# take them for one ("Chinabesuchs", "Nahostreise", "G20-Gipfels", "Parteitag").
OCCASION_ENDINGS = {"de": ("besuch", "besuchs", "besuches", "reise", "gipfel", "gipfels", "treffen",
                           "treffens", "gespräch", "gesprächs", "konferenz", "parteitag", "parteitags")}

# Storms get names like people ("Hurrikan Dorian", "Typhoon Haiyan"): no actors.
# The kind of an organisation before or in its name: an English name the tagger calls a
# person is an organisation's ("the party Civic Platform", "the Crow Tribe"); after a
# private kind it is no actor at all ("the company Cultura Viva").
ORG_KIND_NOUNS = {"en": {"party", "company", "firm", "group", "organisation", "organization", "movement",
                         "band", "agency", "charity", "tribe", "tribes", "network"}, "de": set()}
PRIVATE_ORG_KIND_NOUNS = {"en": {"company", "firm", "band"}, "de": set()}
# Heads of German body names "<body> für <domain>" besides the public bodies' words:
# associations and centres that speak on policy ("Zentrum für Verfassungsrechte").
PURPOSE_BODY_HEADS = {"de": ("zentrum", "gesellschaft", "komitee", "koalition", "verband", "netzwerk",
                             "stiftung", "bund", "verein", "vereinigung", "liga"), "en": ()}
# Heads of the German name of an international organisation's body ("das Komitee der
# Vereinten Nationen gegen Sklaverei", "der Exekutivrat der Weltbank", "die Parlamentarische
# Versammlung des Europarates": `actors.bodies._bodies_of_organisations`), also at the end of a
# compound; not a fund, a foundation or a member ("Treuhandfonds", "Staaten der EU"), ...
ORG_BODY_HEADS_DE = ("ausschuss", "komitee", "kommission", "konferenz", "rat", "versammlung", "gericht",
                     "gerichtshof", "sekretariat", "parlament", "tribunal", "behörde", "agentur", "gremium",
                     "büro")
# ... nor a word that only ends like one ("Verrat", "Apparat", "Demokrat"). (A mission or
# delegation, "die Beobachtermission des Europarates", stands for its organisation.)
ORG_BODY_HEAD_NOT_DE = ("verrat", "heirat", "apparat", "vorrat", "referat", "unrat", "zierat", "inserat",
                        "präparat", "krat")
# English heads of a body's name that go on with "on" or "against" and what the body is
# about ("the Select Committee on Ethics", "Committee Against Torture"; not "the committee
# on Monday": `actors.bodies._name_goes_on`).
TOPIC_BODY_HEADS_EN = {"committee", "subcommittee", "commission", "council"}
TOPIC_LINKS_EN = {"on", "against"}
# Small words inside an English body's name ("Department of Justice", "Securities and Exchange
# Commission").
BODY_NAME_LINKS = {"en": {"of", "and", "for", "the", "&"}, "de": set()}
# "Image: Ann Lee", "Foto: dpa": a picture's credit names no actor of the text; after a name
# before its colon ("Ann Lee Image: the ministry") the word is no part of the name.
CREDIT_WORDS = {"image", "photo", "picture", "credit", "foto", "bild", "bildquelle", "quelle"}
# Two words before a name that make a person private, though the second alone is a word of
# public life ("doctoral candidate Mira Tal", not "candidate Mira Tal").
PRIVATE_TWO_WORDS = {"en": {"doctoral candidate", "phd candidate", "doctoral student", "graduate student",
                            "lead author", "study author",
                            # round 19: offices of culture ("Film director Ann Lee")
                            "film director", "artistic director", "creative director", "music director",
                            "film producer", "record producer"},
                     "de": {"doktorandin", "doktorand"}}
# Titles of a church (round 22): the gold keeps no bishop or archbishop of a diocese as an
# actor ("the current bishop, X, said" in a death notice, "the Archbishop of Y, X, visited"),
# but keeps the cardinals and archbishops of the Holy See, a state ("Vatican archbishop X",
# "Cardinal X of the Holy See"). A person whose only role is one of these is private in an
# article that names neither (assemble.extract_analysis).
CLERGY_TITLES = {"en": {"bishop", "archbishop", "cardinal"}, "de": set()}
CHURCH_STATE_NAMES = {"en": ("Vatican", "Holy See"), "de": ()}
# A company's offices (round 22; docs/annotation.md "Scope": statements by company people
# are no public affairs), of more than one word: before a name ("Senior vice president Ann
# Lee") or in an apposition ("Ann Lee, a vice president at Acme,", "Jo Lund, Acme's chief
# operating officer,"). "vice president at": a state's vice president is no office "at" a body.
COMPANY_OFFICES = {"en": ("senior vice president", "executive vice president", "vice president at",
                          "chief executive officer", "chief operating officer", "chief financial officer",
                          "chief technology officer", "chief marketing officer",
                          # round 22: "X, the general manager of Acme,", "the general manager of Acme, X,"
                          "general manager"),
                   "de": ()}
# Words of a criminal case said of the person named in the same sentence: a defendant or
# convict ("a court sentenced Ann Lee to ten years", "Jo Lund pleaded guilty", "Eva Roth
# wurde wegen Betrugs angeklagt") is a private person, unless a title of office says
# otherwise (docs/annotation.md: suspects are no actors). Not "verurteilen", which also
# means to condemn ("Ann Lee verurteilte die Haltung der Regierung").
DEFENDANT_WORDS = {"en": {"sentenced", "pleaded", "convicted", "charged", "guilty", "arraignment"},
                   "de": {"angeklagt", "schuldig", "haftstrafe", "gefängnisstrafe"}}
# A private person identified by name: "The dead sailor was identified as X", "police
# identified the gunman as X, aged 30" (the occupation before "as" says who it is).
IDENTIFIED_AS = {"en": ("identified", "named"), "de": ()}
# Nouns of data/bodies.tsv that name one body of a state ("the army" … "the armed forces",
# "das Militär" … "die Streitkräfte"): one actor when the article has one such body
# (actors.Registry.merge_body_forms).
BODY_SYNONYMS = {"en": {"army": "military", "armed forces": "military", "military": "military"},
                 "de": {"armee": "militär", "streitkräfte": "militär", "militär": "militär"}}
# The page's footer after the article (Wikinews: "Kommentar abgeben / Kommentare ansehen",
# links to related articles, "Portal:Deutschland"): no text of the article, no actors.
FOOTER_MARKS = {"de": (("Kommentar", "abgeben"),), "en": ()}
PORTAL_WORDS = {"Portal"}
# A name right after the noun of a medium is the medium's, not a person's ("der Fernsehsender
# Al Noor", "the TV station Al Noor", "the newspaper Daily Voice"): media are no actors
# (docs/annotation.md). German compounds end in the word ("Nachrichtensender").
MEDIUM_BEFORE_NAME = {"de": ("sender", "zeitung", "magazin", "nachrichtenagentur", "presseagentur", "kanal",
                             "nachrichtenportal", "medienportal", "website", "webseite", "internetseite"),
                      "en": ("station", "channel", "broadcaster", "newspaper", "tabloid", "magazine", "outlet",
                             "network", "website", "news agency", "press agency")}
STORM_WORDS = {"hurrikan", "taifun", "zyklon", "wirbelsturm", "tropensturm", "hurricane", "typhoon",
               "cyclone", "storm"}

# Words that end an organisation's name after it in lower case ("the Houthi movement").
ORG_TAIL_WORDS = {"movement", "militia", "bewegung", "miliz"}
# Titles that make one name with a monarch's or pope's given name ("Pope Francis",
# "Königin Elizabeth II."): the name alone is not how the person is known.
REGNAL_TITLES = {"papst", "könig", "königin", "kaiser", "kaiserin", "emir", "sultan", "pope", "king",
                 "queen", "emperor", "empress"}

# --- people outside public affairs -------------------------------------------------------
# Prefixes of hyphenated nouns that are no first names ("Ex-Präsident", "Vize-Premier").
WORD_PREFIXES = {"ex", "vize", "co", "ko", "cyber", "anti", "pro", "neo", "ober", "chef", "sonder",
                 "interims", "top", "super", "pseudo", "semi", "post", "pre", "vor", "nach"}
# Academic titles before a name: a scientist or a physician, unless a role says otherwise
# ("Professor Jo Lund", "Dr. Eva Roth"). German news writes "Dr." before the names of
# politicians as part of the name ("Dr. Jan Roth, Innenminister"): there only a professorship
# says it.
# Nouns of heading a body ("director of the institute", "the agency's chief"): with a title
# of a doctor, a public official heading a body, no private expert
# (actors.public._heads_public_body).
BODY_HEAD_NOUNS = {"director", "director-general", "head", "chief", "chair", "chairman", "chairwoman",
                   "administrator", "commissioner"}
# Workplaces of private doctors and experts ("Dr. X, director of surgery at St. Mary's Hospital").
# Universities count here; a public institute ("Institute of Epidemiology") does not.
PRIVATE_WORKPLACE_WORDS = {"hospital", "clinic", "surgery", "company", "firm", "inc", "ltd", "foundation",
                           "university", "college"}
ACADEMIC_TITLES = {
    "en": {"dr.", "dr", "prof.", "prof", "professor"},
    "de": {"prof.", "prof", "professor", "professorin"},
}
# Words of a place of research or teaching: "Carl Lund of the University of Leeds".
ACADEMIC_WORDS = {"university", "universität", "uni", "college", "hochschule", "institute", "institut"}
# Words of a work or place of culture or business a person's office belongs to ("Ann Lee,
# the director of the film,", "Jo Lund, president of Acme Inc,", "Eva Roth, Chefin der
# Beispiel AG,"): the office is a private one (round 19; actors.public._works_for_private).
PRIVATE_BODY_WORDS = {
    "en": {"film", "movie", "band", "orchestra", "festival", "studio", "theatre", "theater", "opera", "museum",
           "gallery", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "plc", "llc"},
    "de": {"film", "band", "orchester", "festival", "theater", "oper", "museum", "galerie", "gmbh", "ag",
           "konzern", "unternehmen", "firma"},
}
# Words that name where a person comes from, right after the name ("Jo Lund of Ohio").
ORIGIN_WORDS = {"of", "from", "aus", "von"}
# Words that tie a person to a place of work: "X of the University …", "X at CNN", "X für AFP".
AFFILIATION_WORDS = {"of", "at", "from", "for", "von", "der", "bei", "für"}

# --- bodies that are no actors -------------------------------------------------------
# A name ending in one of these words is a newspaper, broadcaster or agency, no actor
# ("New York Times", "Süddeutsche Zeitung", "NBC News", "Kyodo News Agency").
MEDIA_WORDS = {
    "de": {"zeitung", "rundschau", "nachrichten", "allgemeine", "kurier", "tagblatt", "tageblatt",
           "abendblatt", "anzeiger", "morgenpost", "online",
           "rundfunk", "fernsehen", "nachrichtenagentur", "presseagentur"},
    "en": {"times", "post", "news", "herald", "tribune", "journal", "gazette", "telegraph",
           "guardian", "independent", "magazine", "radio", "tv", "television", "online", "daily",
           "chronicle"},
}

# Prefixes of ships' names, which the tagger takes for an organisation or runs into a
# person's name: "die USS Carl Vinson", "HMS Defender" (`actors.entities._clean_ents`).
SHIP_PREFIXES = {"USS", "U.S.S.", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "RFS", "MV", "RV"}
# Words for ships, after which a name is the ship's: "der Tanker „Mira Lund“", "the frigate
# Karel Doorman" (German also as a compound's end: "Docklandungsschiff").
VESSEL_NOUNS = {"de": ("schiff", "fregatte", "tanker", "flugzeugträger", "zerstörer", "korvette", "kreuzer",
                       "frachter", "fähre", "jacht", "yacht"),
                "en": ("ship", "vessel", "frigate", "tanker", "destroyer", "submarine", "corvette", "cruiser",
                       "freighter", "ferry", "yacht", "warship", "carrier")}
# A medium's interview and the word that names its journalist after it: "im ZDF-Interview
# mit Eva Roth", "in a CNN interview with Ann Lee" (`actors.private_person`).
INTERVIEW_NOUNS = {"de": {"interview", "interviews", "gespräch", "gesprächs"}, "en": {"interview", "interviews"}}
INTERVIEW_LINKS = {"de": {"mit"}, "en": {"with"}}
# A name ending in these two words is a news agency ("Saudi Press Agency", "Kyodo News
# Agency"), though "agency" alone is a public body's word.
MEDIA_AGENCIES = {"en": {"press agency", "news agency"}, "de": set()}

# An organisation whose name starts or ends with one of these is a university, school,
# hospital or company: outside public affairs (docs/annotation.md), no actor.
NON_PUBLIC_ORG_WORDS = {
    "de": {"universität", "hochschule", "klinik", "krankenhaus", "gmbh", "ag", "konzern"},
    "en": {"university", "college", "hospital", "inc", "inc.", "ltd", "ltd.", "corp", "corp.",
           "corporation", "company", "entertainment", "plc"},
}

# Nouns of the relations between states: a capital they qualify stands for its state
# ("die Beziehungen zwischen Wien und Berlin", "relations between Seoul and Tokyo").
RELATION_NOUNS = {"de": {"beziehungen", "verhältnis", "spannungen", "gespräche", "verhandlungen", "streit",
                         "konflikt", "annäherung"},
                  "en": {"relations", "relationship", "ties", "tensions", "talks", "negotiations", "dispute",
                         "rift", "rapprochement"}}
# Prepositions before the other side of relations or speech ("talks with Seoul", "sprach
# mit Warschau").
RELATION_PREPOSITIONS = {"de": {"zwischen", "mit", "gegen", "gegenüber"},
                         "en": {"between", "with", "to", "against"}}
# A capital as the source of an impersonal report: "hieß es aus Paris", "verlautete aus Peking"
# (the speaker side of "hieß es aus/von X" is events_lexicon.IMPERSONAL_REPORT).
SOURCE_PREPOSITIONS = {"de": {"aus"}, "en": set()}
SOURCE_REPORTS = {"de": {"hieß", "heißt", "hieße", "verlautete", "verlauteten", "verlautet"}, "en": set()}

# --- places and buildings ------------------------------------------------------------
# Last words of building names ("Jubilee House", "Government House", "Elysée Palace").
BUILDINGS_BY_LANG = {
    "de": {"palast", "residenz", "schloss", "kanzleramt", "kreml"},
    "en": {"house", "palace", "hall", "lodge", "residence", "castle", "villa", "centre", "center",
           "building", "kremlin"},
}
BUILDINGS = _any(BUILDINGS_BY_LANG)
# First words of building names, also in the languages of the places ("Palacio de La Moneda").
BUILDING_STARTS_BY_LANG = {
    "de": {"palais", "palast", "schloss", "haus"},
    "en": {"palace", "villa",
           # Spanish, Italian and Portuguese names as written in English and German text
           "palacio", "palazzo", "casa"},
}
BUILDING_STARTS = _any(BUILDING_STARTS_BY_LANG)
# Nouns that make the name before them a place ("the Teesta river").
GEO_NOUNS_BY_LANG = {
    "de": {"fluss", "see", "meer", "insel", "inseln", "tal", "region", "gebirge", "meerenge", "bezirk",
           "stadtteil", "provinz"},
    "en": {"river", "sea", "lake", "strait", "island", "islands", "valley", "region", "mountains", "area",
           "district", "province", "county", "neighbourhood", "neighborhood", "suburb"},
}
GEO_NOUNS = _any(GEO_NOUNS_BY_LANG)
# Endings of German adjective stems that open names of bodies ("National-en Sicherheitsrat",
# "Syrisch-en Armee", "Oberst-en Gerichtshof", "Frei-e Wähler"): such a name is given in the
# nominative (`actors.names._nominative_de`). English words of a name ("Supreme", "Golden") end
# otherwise.
ADJECTIVE_STEMS_DE = ("isch", "al", "ig", "lich", "iv", "ell", "är", "ar", "st", "frei", "rot", "neu",
                      "weiß", "grün", "vereint", "vereinigt", "deutsch", "europä",
                      # ordinals and present participles: "Zweiter Senat", "Dritte Kammer",
                      # "Verfassungsgebende Versammlung"
                      "zweit", "dritt", "viert", "fünft", "gebend")
# Last words of English names of streets, transport and hospitals, never of persons
# ("Millbrook Road", "Lakeside Hospital"; German writes them as one word, "Lindenstraße",
# which the tagger does not take for a person).
PLACE_NAME_ENDS_EN = {"street", "road", "avenue", "boulevard", "highway", "square", "airport", "station",
                      "hospital", "stadium", "cathedral", "mosque", "synagogue", "base", "express", "championship",
                      # prisons and counties: "Richard J. Donovan Correctional Facility", "Jefferson Parish"
                      "facility", "prison", "penitentiary", "parish", "county",
                      # clinics, precincts and cities: "Lakeside Care Clinic", "Harbour Precinct",
                      # "Port Ellis City"
                      "clinic", "precinct", "city",
                      # votes, which are events: "the Oregon Primary", "the Alder Referendum"
                      "primary", "primaries", "referendum", "caucuses",
                      # places of learning, which are no actors: "Lakeside University", "Alder
                      # College", "Northern Military Academy"
                      "university", "college", "academy",
                      # military ranges: "the Alder Valley Test Range"
                      "range"}
# German texts keep an English place's name as written ("auf dem Millbrook Airport", "vor der
# Congregation Beth Synagogue"): the same last words make a place, but those German also
# uses for something else ("Station", "City", "Express", "Base").
PLACE_NAME_ENDS_EN_IN_DE = PLACE_NAME_ENDS_EN - {"station", "city", "express", "base"}
# Words that also end surnames ("Nathan Lane", "Frank Church") make a place only after a
# preposition of place ("on Millbrook Lane").
PLACE_NAME_ENDS_LOCATIVE_EN = {"lane", "drive", "park", "bridge", "church", "temple"}
PLACE_PREPOSITIONS_EN = {"on", "in", "at", "near", "along"}
# First words of place names of other languages as written in news: Arabic ("Tell …",
# "Ain …", "Wadi …"), Persian and Pashto ("Maidan …", a field or square), Welsh ("Blaenau …").
PLACE_NAME_STARTS = {"tell", "ain", "wadi", "jabal", "jebel", "deir", "kafr", "kfar", "maidan", "blaenau"}
# English body nouns that news writes without an article for the body of the story
# ("Police said", "according to police"): `actors.bodies._bodies` takes them bare too, as the
# subject of a clause or after "according to" (not "police officers", "army and police").
BARE_BODY_NOUNS = {"en": {"police"}, "de": set()}
# Adjectives that belong to a body's name ("the federal government"; German "Bundes…" is
# part of the word).
BODY_ADJECTIVES = {"en": {"federal", "national", "royal", "interim", "transitional", "provincial"},
                    # "das oberste Gericht", "der Oberste Gerichtshof": a word of the name
                    "de": {f"{stem}{ending}" for stem in ("oberst", "höchst") for ending in ("e", "en", "er", "es", "em")}}
# German adjectives in -lich/-isch/-al that say what a body is like or whether it exists,
# no part of its name ("die mögliche Regierung", "die eigentliche Opposition").
MODAL_ADJECTIVE_STEMS_DE = {"mög", "eigent", "tatsäch", "wirk", "angeb", "vermeint", "jeweil",
                            "ursprüng", "vorläuf", "end", "fakt", "kritisch", "sogenannt", "egal",
                            "norm", "neutr", "ide", "tot", "form", "ration", "zentr"}
# The word between a title and the place it is of: "Mayor of London X", "Bürgermeister von
# Mainz, X" (one set: both words stand in either language's names).
TITLE_OF = {"of", "von"}
# A noun's genitive complement opens with these ("die Ehefrau des Präsidenten", "the wife of
# the president"): a title after them is another person's (actors.roles._title_in).
GENITIVE_LINKS = {"de": {"des", "der"}, "en": {"of"}}
TITLE_OF_ARTICLES = {"the", "der", "dem"}  # "Prime Minister of the Netherlands X"
# English: the words between a title and a place the tagger did not tag as one, right
# before a person's name ("First Minister of Scotland X", "Senator from Vermont X", "Mayor of
# Koszalin X"; actors.entities._title_of_place).
TITLE_PLACE_LINKS = {"en": {"of", "from"}}
# A state's missions abroad, named with the place they are in ("the U.S. embassy in Beijing").
# A legislature named by its own name: "das Parlament" named bare after the one such body
# of the article is that body ("der Bundestag … das Parlament", "die Nationalversammlung …
# des Parlaments"; `actors.Registry.resolve_body`). The body's name ends in one of these.
LEGISLATURE_NAMES = {
    "de": {"parlament": ("bundestag", "nationalversammlung", "kongress", "knesset", "duma", "sejm",
                         "landtag", "nationalrat", "abgeordnetenhaus", "unterhaus", "parlament",
                         "volkskammer", "bürgerschaft", "storting", "folketing", "reichstag")},
    "en": {},
}
# Bodies of a body, named with it in the genitive: "der Geheimdienstausschuss des Kongresses",
# "der Haushaltsausschuss des Landtags" (`actors.bodies._bodies`).
SUB_BODY_NOUNS = {"de": {"ausschuss"}, "en": set()}
MISSION_NOUNS = {"de": ("botschaft", "konsulat", "generalkonsulat"), "en": ("embassy", "consulate")}
# English ministries named by lower-case words after a state's possessive ("Iran's foreign
# ministry", "Russia's defence ministry": actors.bodies._name_ministries).
MINISTRY_NOUNS = ("ministry", "office")
# ... but "regained the prime ministry", "his prime ministry": an office held, no body.
OFFICE_NOT_BODY = {"prime"}
# "eine Delegation der EU", "Vertreter der Hamas", "a delegation of the EU": the body takes
# part through its delegation or representatives (docs/annotation.md), no mere qualifier of
# the noun.
DELEGATION_NOUNS = {"de": {"delegation", "delegationen", "abordnung", "vertreter", "vertretern", "vertreterin",
                           "vertreterinnen"},
                    "en": {"delegation", "delegations", "representatives"}}
# The nouns of a document whose author the text names (class "a document's words for its
# author", round 20: events_lexicon, above DOCUMENT_BACK_REACH); German with the genitive's
# endings ("des Berichts", "des Briefes"), DOCUMENT_FORMS.
DOCUMENT_NOUNS = {"de": ("bericht", "studie", "untersuchung", "erklärung", "mitteilung", "stellungnahme", "gutachten",
                         "schreiben", "brief", "dokument", "analyse", "report", "kommuniqué", "kommunique"),
                  "en": ("report", "study", "letter", "statement", "ruling", "judgment", "judgement")}
DOCUMENT_ENDINGS = {"de": ("", "s", "es")}
DOCUMENT_FORMS = {lang: tuple(n + e for n in DOCUMENT_NOUNS[lang] for e in endings)
                  for lang, endings in DOCUMENT_ENDINGS.items()}
# "nach Angaben der Kommission", "in the words of the ministry": the organisation is the
# source of what is said, not a qualifier; German also a document whose author follows it
# ("Wie aus einem Bericht der Vereinten Nationen hervorgeht", "Einer Studie der Kommission
# zufolge": DOCUMENT_FORMS, round 20).
SOURCE_NOUNS = {"de": {"angaben", "informationen", "ansicht", "auffassung", "worten", "meinung",
                        "einschätzung", "darstellung", "aussage", "aussagen", "schätzung", "schätzungen",
                        "berichten",
                        # round 18: "nach Auskunft der Polizei" (events_lexicon.ATTRIBUTION has it)
                        "auskunft",
                        # round 19: "aus Sicht der Regierung" (events_lexicon.ATTRIBUTION has it)
                        "sicht",
                        *DOCUMENT_FORMS["de"]},
                 "en": {"words", "view", "statement", "estimate", "estimates", "figures", "data"}}

# Organisations named by a state adjective ("die somalische Regierung", "the Estonian government").
GOVERNMENT_NOUNS_BY_LANG = {
    "de": {"regierung", "präsidialamt", "staatskanzlei", "botschaft"},  # not "Videobotschaft": a message
    "en": {"government", "presidency", "administration", "ministry"},
}
# ... the feminine ones, whose adjective's weak ending is cut to name them ("der somalischen
# Regierung" → "somalische Regierung").
GOVERNMENT_NOUNS_FEMININE_DE = ("regierung", "staatskanzlei", "botschaft")
GOVERNMENT_NOUNS = _any(GOVERNMENT_NOUNS_BY_LANG)
# Prepositions of place and origin ("in Washington", "aus Nordkorea", "from Seoul"; "outside
# Bergen" for every name, a body's seat too: "outside Downing Street" is no body speaking).
LOCATIVE_BY_LANG = {
    "de": {"in", "im", "nach", "aus", "bei", "von", "vom"},
    "en": {"in", "at", "to", "from", "into", "near", "outside"},
}
LOCATIVE = _any(LOCATIVE_BY_LANG)
# "met in Weimar": one word tagged as a person right after "in" is a town (not "in Roth's
# view": a possessive mark after it).
IN_PLACE = {"in"}
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
ORIGIN_BY_LANG = {"de": {"aus"}, "en": {"from"}}
ORIGIN = _any(ORIGIN_BY_LANG)
# English words of motion before a place ("travelled to Seoul", "on his way to Kyiv").
MOTION_EN = {"travel", "travels", "travelled", "traveled", "flew", "fly", "flies", "went", "go", "goes",
             "trip", "trips", "journey", "visit", "return", "returned", "returns", "way", "came", "come", "moved",
             "back"}
# Verbs whose object or prepositional object is a city as a place, also where it is a
# capital: the goal or start of a journey ("verließ Kiew", "reached Kabul", "headed to Lima").
# (German travel verbs take "nach", which names no side anyway.)
CITY_VERBS = {"de": {"verließ", "verließen", "verlassen", "verlässt", "erreichte", "erreichten", "erreicht",
                     "erreichen"},
              "en": MOTION_EN | {"left", "leave", "leaves", "leaving", "reached", "reach", "reaches", "entered",
                                 "enter", "enters", "headed", "heading", "heads", "flying", "travelling",
                                 "traveling"}}

# --- clauses -------------------------------------------------------------------------
SUBORDINATORS_BY_LANG = {
    "de": {"dass", "weil", "als", "wenn", "ob", "nachdem", "während", "da", "obwohl", "damit",
           "bevor", "wo", "wobei", "um", "der", "die", "das", "dem", "den", "deren", "dessen",
           "welche", "welcher", "sondern", "zu", "was", "wie", "wer"},
    "en": {"that", "because", "while", "after", "before", "when", "where", "who", "which", "whom",
           "whose", "although", "since", "if", "as", "whereas", "what", "how"},
}
SUBORDINATORS = _any(SUBORDINATORS_BY_LANG)
# ... but a German relative pronoun's form tagged as the article of a proper name opens no
# clause: ", der Ukraine und der OSZE" goes on with a list of names (text._clauses).
ARTICLE_TAGS = {"de": {"ART"}, "en": set()}
CLAUSE_PRONOUNS_BY_LANG = {
    "de": {"er", "sie", "es", "man", "wir", "ich"},
    "en": {"he", "she", "they", "it", "we", "i"},
}
CLAUSE_PRONOUNS = _any(CLAUSE_PRONOUNS_BY_LANG)
PERSON_PRONOUNS = {
    "de": {"er", "sie", "ihn", "ihm", "ihr"},
    "en": {"he", "she", "him", "her"},
}
# "die beiden", "the two", "beide Seiten": several persons named before.
PLURAL_ANAPHORS_BY_LANG = {
    "de": {("die", "drei"), ("die", "beiden"), ("beide", "seiten"), ("beide",), ("die", "zwei"),
           ("der", "beiden"), ("den", "beiden")},
    "en": {("the", "three"), ("the", "two"), ("both", "sides")},
}
PLURAL_ANAPHORS = _any(PLURAL_ANAPHORS_BY_LANG)
# Lower-case particles inside personal names ("Bashar al-Assad", "Mohammed bin Salman",
# "Arnel dela Vega", "Luiz Inácio Lula da Silva"): a person's name goes on over them to
# the next capitalised word. Arabic articles are joined by a hyphen ("al-Assad").
NAME_PARTICLES = {"bin", "ibn", "bint", "abu", "da", "das", "do", "dos", "de", "del", "della",
                  "dela", "di", "du", "la", "van", "y", "zu"}  # "Alexander zu Sayn-Wittgenstein"
# Two-word particles of surnames ("Ursula von der Leyen", "Alexander Van der Bellen", "de la
# Fuente"): they join the capitalised word after them to a person's name when that word is
# rare in the language (a name, not "von der Polizei": spaCy's word frequencies, log-prob
# below NAME_AFTER_PARTICLES_MAX_PROB).
NAME_PARTICLE_PAIRS = {"von der", "van der", "van den", "von den", "von dem", "de la", "van de", "de los"}

# Words inside a German place name after a body's noun ("Staatsanwaltschaft Frankfurt am
# Main", "Amtsgericht Halle an der Saale"; actors.Registry.merge_bare_heads).
SEAT_LINKS = {"am", "an", "der", "im", "in", "ob", "vor"}


def particle_pair(first: str, second: str) -> bool:
    """Do the two words open a surname together ("von der Leyen", "de la Fuente")? As
    written: a capitalised "Von der" is no pair, the caller lowers the case where it may."""
    return f"{first} {second}" in NAME_PARTICLE_PAIRS
NAME_AFTER_PARTICLES_MAX_PROB = -12.0
# ... unless it is a German compound that ends in a common noun ("Beobachter|mission"):
# the tail's log-probability is above this.
COMPOUND_TAIL_MIN_PROB = -11.5
# Lower-case particles a surname used alone may start with ("de Villepin"); not German
# "von", which the tagger takes into "von Bayern".
NAME_START_PARTICLES = {"de", "van", "da", "del", "della", "du", "di", "bin", "ibn", "abu"}
# German particles of nobility ("Karl von Hagen", "Eva vom Stein", "Anna zu Berg"): they
# are prepositions too, so they join a name only where more of it is known (a title
# before, a person named before).
NOBILITY_PARTICLES = {"von", "vom", "zu"}
# All the particles a name that is known to go on goes on over: inside names, of nobility,
# and Arabic "al" written apart ("Bashar al Assad"; pipelines' names after a title,
# actors.names._name_words).
NAME_PARTICLES_WITHIN = NAME_PARTICLES | NOBILITY_PARTICLES | {"al"}
# The words of the particle pairs, first and second ("von", "der"; speakers._particle_surnames).
PAIR_FIRST_PARTICLES = {pair.split()[0] for pair in NAME_PARTICLE_PAIRS}
PAIR_SECOND_PARTICLES = {pair.split()[1] for pair in NAME_PARTICLE_PAIRS}
NAME_PREFIXES = {"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ul"}
# ... and written apart and capitalised after a particle's part of the name ("Muhammad ibn
# Zayid Al Nahyan", "Hamad bin Khalifa Al Thani"): the family name goes on over them.
ARABIC_FAMILY_ARTICLES = {"Al", "El"}
# Endings of German nouns for people and things ("Aktivistin", "Oppositionsführer",
# "Regierung"): a capitalised word so ending before a name is no first name the tagger missed.
NON_NAME_ENDINGS_DE = ("er", "in", "ist", "ent", "eur", "or", "ung", "heit", "keit", "schaft", "tion", "ie",
                   "chef", "te", "ant", "al", "um", "ik", "at", "it", "ag")
# Letters after a name that are no part of it ("Kama Lind QC", "Ed Hale MP").
POST_NOMINALS = {"QC", "KC", "MP", "MEP", "MdB", "MdL", "MdEP", "OBE", "CBE", "MBE", "KBE", "DBE"}
# Abbreviations whose full stop ends no sentence (text.split_sentences): titles and ranks
# before a name ("Lt. Cmdr. Ann Vey", "Gov. Jo Reed"), months, and the common German ones.
ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gen", "Sen", "Rep", "Pres", "Gov", "Lt", "Col", "Capt",
                 "Cdr", "Cmdr", "Maj", "Sgt", "Adm", "Cpl", "Nr", "bzw", "ca", "vgl", "z.B", "u.a", "U.S", "U.N",
                 "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "v", "vs")  # "Roe v. Wade"
# Academic titles before a name, no part of it ("Dr. Helga Kern", "Prof. Dr. Jan Roth").
# English abbreviated military ranks stand there too, in English and German text ("Lt. Cmdr.
# Ann Vey", "Sprecher Capt. Jo Reed"); the tokenizer keeps each one word (pipelines).
RANK_ABBREVIATIONS = ("Lt.", "Col.", "Capt.", "Cdr.", "Cmdr.", "Maj.", "Sgt.", "Adm.", "Cpl.")
PRE_NOMINALS = {"Dr.", "Dr", "Prof.", "Prof", "Dres.", "Dipl.-Ing.", *RANK_ABBREVIATIONS}
# A row of names after a plural title ("Senators A, B and C", "die Kandidaten A (CDU), B (SPD)
# und C"): what may stand between two names, what may open the row after the title, and
# how many words a bracket after a name (a party, a state) may hold.
NAME_ROW_JOINERS = {"de": {",", "und", "sowie"}, "en": {",", "and"}}
NAME_ROW_OPENERS = {",", ":"}
NAME_ROW_BRACKET = 4
# ... and a German verb between the title and the row, when "als" stands before the title or
# a colon after the verb ("Als Kandidaten traten A und B an", "drei Kandidaten gemeldet: A, B").
NAME_ROW_AS = {"de": "als"}
# German "die" before a masculine role noun, or a feminine one ending so, is a plural ("die
# Minister", "die Ministerinnen"): no description of one person.
PLURAL_ARTICLE_DE = "die"
FEMININE_PLURAL_ENDING_DE = "innen"
# Forms of address the English tagger takes into a person's name ("Mr Tom Lee", "Cde
# Lee"): no part of it.
HONORIFICS = {"en": {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Cde", "Cde.", "Comrade"}, "de": set()}

ARTICLES = {
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer"},
    "en": {"the", "a", "an"},
}
DETERMINERS = _any(ARTICLES)
# A preposition with the definite article in it: "im Parlament", "vom Senat", "zur Polizei".
ARTICLE_CONTRACTIONS = {"de": {"im", "vom", "beim", "zum", "zur", "am"}, "en": set()}
INDEFINITE_BY_LANG = {
    "de": {"ein", "eine", "einen", "einem", "eines", "einer"},
    "en": {"a", "an"},
}
INDEFINITE = _any(INDEFINITE_BY_LANG)
# A sentence ending in one of these is running text; a line ending otherwise is a headline.
SENTENCE_END = ".!?:\"“”«»'’…"

# --- roles ---------------------------------------------------------------------------
# Role words serve several rules, each list for one of them (the titles before names,
# "US-Präsident X", are the gazetteer's TITLES_DE / TITLES_EN):
# Heads of descriptive speaker phrases ("ein ranghoher US-Beamter", "a senior official").
ROLE_NOUNS_BY_LANG = {
    "de": {"beamter", "beamte", "beamten", "sprecher", "sprecherin", "berater", "beraterin",
           "diplomat", "diplomatin", "general", "minister", "ministerin", "politiker", "politikerin",
           "regierungschef", "regierungschefin", "präsident", "präsidentin", "kanzler", "kanzlerin",
           "unterhändler", "unterhändlerin", "vertreter", "vertreterin", "botschafter",
           "botschafterin", "mitarbeiter", "kremlsprecher", "regierungssprecher", "abgeordnete",
           "abgeordneter", "kommissar", "kommissarin", "hochkommissar", "hochkommissarin",
           "gesandte", "gesandter", "gouverneur", "gouverneurin", "oberhaupt", "obmann", "obfrau",
           "bürgermeister", "bürgermeisterin"},
    "en": {"official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "adviser", "advisor",
           "envoy", "minister", "general", "president", "negotiator", "aide", "ambassador",
           "chancellor", "leader", "mayor", "governor"},
}
ROLE_NOUNS = _any(ROLE_NOUNS_BY_LANG)
# German weak role nouns as objects in the singular ("den US-Präsidenten", "dem Diplomaten"):
# the form's role noun, read as one only after an article of the accusative or dative
# singular (actors.descriptions._descriptions; "die Präsidenten" is a plural, and "das Büro des
# Präsidenten" names the office, not the person).
OBLIQUE_ROLE_FORMS = {"de": {"präsidenten": "präsident", "diplomaten": "diplomat"}, "en": {}}
OBLIQUE_SINGULAR_ARTICLES = {"de": {"den", "dem", "einen", "einem"}, "en": set()}
# Words for whoever leads a state, by any title ("der Staatschef", "die Regierungschefin",
# "the leaders").
LEADER_STEMS = {"de": ("staatschef", "regierungschef", "spitzen"), "en": ("leader",)}
# Roles of those who hold summits for their state ("US-Präsident" counts by its last part).
LEADER_ROLES_BY_LANG = {
    "de": {"präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "staatschef",
           "staatschefin", "regierungschef", "regierungschefin", "kanzler", "kanzlerin",
           "bundeskanzler", "bundeskanzlerin", "ministerpräsident", "ministerpräsidentin",
           "premierminister", "premierministerin", "premier", "machthaber", "könig", "königin",
           "emir", "kaiser", "kaiserin"},
    "en": {"president", "prime minister", "premier", "chancellor", "leader", "king", "queen",
           "emperor"},
}
LEADER_ROLES = _any(LEADER_ROLES_BY_LANG)
# Spokespeople: an unnamed one speaks for a body ("ein Sprecher des brasilianischen
# Außenministeriums", "a spokeswoman for the Department of Trade"), and the body is the
# speaker (docs/annotation.md).
# Adjectives a body's name may follow in a role's genitive: "der Sprecher der walisischen
# Labour Party", "der bayerischen Staatsregierung" (the attributive adjective's tag; at most
# two, actors.descriptions._descriptions).
BODY_ADJECTIVE_TAGS = {"de": {"ADJA"}}
SPOKES_NOUNS_BY_LANG = {"de": {"sprecher", "sprecherin"},
                        "en": {"spokesman", "spokeswoman", "spokesperson"}}
SPOKES_NOUNS = _any(SPOKES_NOUNS_BY_LANG)
# Body nouns whose compound with "Sprecher" names a person, not the body's spokesperson
# (actors.bodies.spokesperson_compound): "der Parlamentssprecher" is the Speaker who
# presides over it, "der Justizsprecher einer Partei" speaks on its policy.
SPOKES_COMPOUND_PERSONS = {"de": {"parlament", "unterhaus", "oberhaus", "repräsentantenhaus", "kongress",
                                  "nationalversammlung", "landtag", "justiz"}}
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
# The one in the same office on the other side ("X und sein französischer Amtskollege Y",
# "X and his French counterpart Y"): a demonym before the noun gives Y's country
# (actors.states._counterpart_country), and the noun may open the second name of a pair
# (events_lexicon.COUNTERPART_NOUNS).
COUNTERPART_NOUNS = {"de": {"amtskollege", "amtskollegen", "amtskollegin", "kollege", "kollegen", "kollegin"},
                     "en": {"counterpart"}}
# Heads of definite phrases that refer back to an organisation ("the group said").
ORG_NOUNS_BY_LANG = {"de": {"gruppe", "organisation", "bündnis"},
                     "en": {"group", "organisation", "organization", "alliance"}}
ORG_NOUNS = _any(ORG_NOUNS_BY_LANG)
# The head noun of a body's name standing for the body named last whose name holds it
# ("the Supreme Court of Canada … The court found", "das Bundesverfassungsgericht … Das
# Gericht entschied", "the fire service" after "the North Wales Fire and Rescue Service";
# actors.bodies._name_anaphors). Not "das Amt": also a post.
NAME_HEAD_ANAPHORS = {"de": {"gericht", "ministerium", "kommission", "behörde", "ausschuss", "partei", "agentur",
                             "gerichtshof", "tribunal", "komitee"},
                      "en": {"council", "party", "commission", "ministry", "committee", "assembly", "agency",
                             "service", "department", "court", "tribunal", "movement", "front", "alliance",
                             "coalition", "union", "league", "federation", "organisation", "organization", "office",
                             "bureau", "authority", "board", "institute", "centre", "center", "group", "forces",
                             "force", "embassy", "consulate", "mission", "secretariat", "presidency", "junta"}}
# Class "his office said" (round 22): a person's office as the speaker of a verb of saying
# right after it; the possessive (and the gender it gives) points to the person named last
# (actors.bodies._owner_offices, Registry.resolve_owner_office): "office of X", "Büro von X".
OWNER_OFFICE_NOUNS = {"de": {"büro"}, "en": {"office"}}
OWNER_POSSESSIVES = {"de": {"sein": "m", "ihr": "f"}, "en": {"his": "m", "her": "f"}}
OWNER_OFFICE_NAME = {"de": "Büro von {}", "en": "office of {}"}
# Head nouns that also refer back to a known institution of that kind named only by its
# name ("Die CDU … Die Partei kündigte an"): the noun → the kind its row gives
# (timeline/lib/data/institutions.tsv, last column).
KIND_HEADS = {"de": {"partei": "party"}, "en": {"party": "party"}}
# German words of a state's formal name: feminine ones stand after "der" in the genitive
# ("der Verfassungsgerichtshof der Republik Österreich", "der Volksrepublik China"), neuter
# ones in the genitive before the state's name ("das Oberste Gericht des Königreichs
# Schweden"): the body's name runs on over them (actors.bodies._genitive_states).
STATE_FORMS_FEMININE_DE = ("republik", "föderation", "union", "konföderation", "monarchie")
STATE_FORM_GENITIVES_DE = {"königreichs", "königreiches", "fürstentums", "großherzogtums", "emirats",
                           "sultanats", "kaiserreichs", "kaiserreiches"}
# Words that go on with a body's name after its capitalised head noun ("Commission on …").
NAME_LINKS = {"de": {"der", "des", "für", "gegen"}, "en": {"of", "on", "for"}}
# Titles of heads of state as nouns of a person's role (Emir and Sultan are also titles of
# the gazetteer before a name, since round 19).
EXTRA_TITLES_BY_LANG = {"de": {"kaiser", "kaiserin", "emir", "sultan", "scheich"},
                        "en": {"emperor", "empress", "sultan", "sheikh"}}
EXTRA_TITLES = _any(EXTRA_TITLES_BY_LANG)
# Qualifiers that make an unnamed speaker identifiable without a state or organisation.
SELF_QUALIFIED = {"regierungssprecher", "kremlsprecher", "regierungssprecherin"}

# --- gender ----------------------------------------------------------------------------
# Role nouns and titles that carry gender ("Außenministerin", "spokeswoman", "Mrs"); "Frau"
# and "Herr" also before names in English text.
FEMALE_TITLES_BY_LANG = {"de": {"frau", "königin", "kaiserin"},
                         "en": {"mrs", "ms", "madam", "madame", "queen", "lady", "dame", "empress"}}
FEMALE_TITLES = _any(FEMALE_TITLES_BY_LANG)
MALE_TITLES_BY_LANG = {"de": {"herr", "könig", "kaiser"}, "en": {"mr", "sir", "king", "lord", "emperor"}}
MALE_TITLES = _any(MALE_TITLES_BY_LANG)
# First names, a deliberately small heuristic used only when no role noun or title decides:
# a final "-a" is feminine in most European and many Asian naming traditions, with a short
# list of male exceptions; plus frequent feminine names without "-a".
# (Names belong to no language.)
MALE_NAMES_IN_A = {"luca", "andrea", "nikita", "joshua", "elia", "mustafa", "musa", "ilya", "kostya",
                   "sasha", "jiang", "garcia", "juba", "moshe", "akira", "joshua", "dima", "mikita"}
FEMALE_NAMES = {
    "eleanor", "claire", "grace", "ingrid", "katrin", "karin", "sanne", "ruth", "elisabeth",
    "elizabeth", "mary", "anne", "marie", "helen", "catherine", "sarah", "kate", "jane", "alice",
    "margaret", "christine", "nicole", "michelle", "ursula", "theresa", "liz", "mette", "ines",
    "birgit", "heike", "jutta", "sigrid", "yasmin", "leila", "hillary", "susan", "caroline",
    "isabelle", "charlotte", "sophie", "louise", "astrid", "kirsten", "doris", "ellen", "lea",
}
# "das Land Bremen", "mit dem Land Niederösterreich": the noun before a federation's state
# that names it as a body; the actor is called by both words ("Land Bremen"). After it a
# city state is a Land too (its bare name is the city: data/federal_states.tsv leaves it out).
LAND_NOUNS = {"de": {"land": "Land", "landes": "Land", "bundesland": "Bundesland",
                     "bundeslandes": "Bundesland"}, "en": {}}
CITY_STATES = {"Berlin": "DE", "Hamburg": "DE", "Bremen": "DE", "Wien": "AT"}

# The words that tie an office to its place or body in a description of an unnamed office
# holder ("der Bürgermeister des Dorfes", "the mayor of Dorogobuzh"; actors.roles._office_name).
OFFICE_OF = {"de": GENITIVE_LINKS["de"], "en": GENITIVE_LINKS["en"] | {"for"}}  # "Minister for the Region"
# Heads of towns and regions, unnamed in local news: a description of one is the holder the
# text names or, with its place, an unnamed holder; never the person named last.
LOCAL_OFFICE_NOUNS = {"de": {"bürgermeister", "bürgermeisterin"}, "en": {"mayor", "governor"}}
# Offices that one person holds for a place or body ("der Präsident der Kommission", "the
# mayor of X"): unnamed, the holder is a person named by the office. Not the many who work
# for a body (envoys, spokespeople, officials, advisers: the body or no one speaks).
HEAD_OFFICE_NOUNS = {
    "de": LOCAL_OFFICE_NOUNS["de"] | {"gouverneur", "gouverneurin", "präsident", "präsidentin", "kanzler",
                                      "kanzlerin", "regierungschef", "regierungschefin", "oberhaupt"},
    "en": LOCAL_OFFICE_NOUNS["en"] | {"president", "chancellor", "leader"},
}
