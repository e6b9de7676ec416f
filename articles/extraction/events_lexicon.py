"""Word tables for meetings and statements, German and English apart.

Every table is ``{"de": …, "en": …}`` and holds lower-case surface forms, as matched
against ``Tok.lower`` (surface forms instead of lemmas on purpose: the German baseline
model's lemmas are not reliable enough to build rules on, and news German uses a small set
of verb forms for reporting and meeting). The rules in ``events/`` read them; a rule that
reads a table for every language at once (a German word in an English sentence counts too)
uses its ``*_ANY`` union, built below.

To teach the extraction a new word of a known class, add it to the table of its language
here; a new class of phrasing is a new table and a rule in ``events/``.
"""
from __future__ import annotations

from . import lexicon as lx

LANGS = ("de", "en")


def _any(table: dict) -> set | tuple:
    """The words of every language of a table (one set; a tuple for tables of tuples)."""
    values = [table[lang] for lang in LANGS if lang in table]
    if all(isinstance(v, tuple) for v in values):
        return tuple(w for v in values for w in v)
    return set().union(*values)


# === statements ===========================================================================

# Verbs of saying. A value names the separable particles the form needs later in its
# clause ("fügte … hinzu"); a form whose particle is missing reports nothing. None: the form
# reports by itself.
_SPEECH_DE_FORMS = [
    ("sagte sagten sagt gesagt", None), ("erklärte erklärten erklärt", None),
    ("betonte betonten betont", None), ("twitterte twittert getwittert", None),
    ("schrieb schreibt geschrieben", None), ("forderte forderten fordert fordern gefordert", None),
    ("kritisierte kritisierten kritisiert", None), ("warnte warnten warnt gewarnt", None),
    ("bestätigte bestätigten bestätigt", None), ("lobte lobten lobt", None),
    ("bedauerte bedauerten bedauert", None), ("begrüßte begrüßten begrüßt", None),
    ("versicherte versichert", None), ("meinte meint", None), ("unterstrich", None),
    ("verlangte verlangten verlangt", None), ("bekräftigte bekräftigt", None),
    ("drohte droht", None), ("appellierte", None), ("räumte", "ein"),
    ("fügte fügt", "hinzu"), ("fügte fügt", "an"), ("teilte teilten teilt", "mit"), ("kündigte kündigten kündigt", "an"),
    ("rief rufen ruft", "auf"), ("warf warfen wirft", "vor"), ("wies wiesen weist", "zurück"),
    ("sprach sprachen spricht", "von"), ("sprach sprachen spricht", "davon"), ("stellte stellten", "aussicht"),
    ("mitgeteilt angekündigt zurückgewiesen hinzugefügt", None),
    ("ergänzte ergänzten ergänzt", None), ("entgegnete entgegneten entgegnet", None),
    ("mahnte mahnten mahnt", None), ("antwortete antworteten antwortet", None),
    ("beantwortete beantworteten beantwortet", None),
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
    # Hoping, fearing, insisting, comparing: a position put into words.
    ("hofft hoffte hofften hoffen", None), ("befürchtet befürchtete befürchteten befürchten", None),
    ("beharrt beharrte beharrten", None), ("vergleicht verglich verglichen", None),
    ("deutete deuteten deutet", "an"), ("sicherte sicherten sichert", "zu"),
    ("lehnte lehnten lehnt", "ab"), ("sprach sprachen spricht", "aus"),
    ("eingeräumt angedeutet zugesichert aufgerufen abgelehnt versprochen", None),
    ("bewertete bewerteten bewertet", None),
    # "ließ verlauten"; "hat sich für X ausgesprochen" (the participle needs "für"/"gegen"
    # before it, see SPEECH_NEEDS_BEFORE)
    ("verlauten", None), ("ausgesprochen", None),
    # blaming, explaining, presenting, condemning
    ("machte machten macht", "verantwortlich"), ("erläuterte erläuterten erläutert", None),
    ("bekundete bekundeten bekundet", None), ("stellte stellten stellt", "dar"),
    ("verurteilte verurteilten", None),
    # Arguing; criticism as a support-verb phrase ("übte Kritik an"). Not "stimmte … zu":
    # a parliament's consent is a vote.
    ("argumentierte argumentierten argumentiert", None), ("übte übten übt geübt", "kritik"),
    # offering, apologising, urging; advocating ("setzte sich für … ein", "war für
    # … eingetreten": only with the words of SPEECH_NEEDS_IN_CLAUSE)
    ("bot boten bietet", "an"), ("angeboten", None), ("entschuldigte entschuldigten entschuldigt", None),
    ("drängte drängten drängt", None),
    ("setzte setzten setzt", "ein"), ("trat traten tritt", "ein"), ("eingetreten", None),
    # claiming, making clear, pointing to, pleading, signalling, admitting, objecting
    ("behauptete", None), ("stellte", "klar"), ("stellte stellten stellt", "fest"), ("verwies verwiesen verweist", None),
    ("plädierte", None), ("signalisierte", None), ("gestand gestanden gesteht", "ein"),
    ("wandte wandten wendet", "ein"), ("erinnerte", "daran"), ("beteuerte", None),
    ("machte machten macht", "stark"), ("starkgemacht", None),
    # an assumption put into words: "X geht davon aus, dass …"
    ("ging gingen geht", "davon"),
    # dissociating oneself in words: "X distanzierte sich von …"
    ("distanzierte", "von"),
    # advising ("rät dazu, …", "riet von Reisen ab"), insisting ("besteht darauf, dass …"),
    # asking in a support-verb phrase ("stellte die Frage, ob …")
    ("rät riet rieten", None), ("besteht bestand bestanden bestehen", "darauf"),
    ("stellte stellten stellt", "frage"),
    # a request ("bat die Regierung, … zu prüfen", "hatte X gebeten, im Amt zu bleiben")
    ("bat baten bittet gebeten", None),
    # admitting ("gab zu, …"), opposing ("wandte sich gegen …"), refusing in a support-verb
    # phrase ("erteilte dem Plan eine Absage")
    ("gab gaben gibt", "zu"), ("wandte wandten wendet", "gegen"), ("erteilte erteilten erteilt", "absage"),
    # congratulating ("gratulierte dem Wahlsieger"), taking a stand against ("stellte sich
    # gegen den Plan")
    ("gratulierte gratulierten gratuliert", None), ("stellte stellten stellt", "gegen"),
    # backing a proposal in words ("stellte sich hinter den Vorschlag")
    ("stellte stellten stellt", "hinter"),
    # the other forms of strong verbs above (weak verbs get theirs from _weak_forms)
    ("schrieben schreiben", None), ("riefen", "auf"), ("warfen", "vor"), ("wiesen", "zurück"),
    ("wiesen", "hin"), ("gaben", "an"), ("gaben", "bekannt"), ("hoben", "hervor"), ("schlugen", "vor"),
    ("unterstrichen unterstreicht", None), ("bestritten", None), ("verglichen vergleichen", None),
    # Class "remarking, voicing, giving reasons" (round 16): "merkte an, dass …", "brachte
    # seine Sorge zum Ausdruck", "„…“, begründete X den Schritt" (only with words said:
    # SPEECH_NEEDS_WORDS)
    ("merkte merkten merkt", "an"), ("brachte brachten bringt gebracht", "ausdruck"),
    ("begründete begründeten begründet", None), ("führte führten führt", "aus"),
    # Class "admitting, calling upon in the perfect" (round 18): the participles and the
    # verb-final forms of "gab zu" and "forderte auf" ("hatte zugegeben, Geld genommen zu
    # haben", "hatten den Bürgermeister aufgefordert, den Bau zu stoppen", "als sie den Rat
    # aufforderte, …"); "forderte" alone reports already
    ("zugegeben aufgefordert aufforderte aufforderten", None),
    # a demand in a support-verb phrase ("stellte die Forderung an den Rat, …", "hat die
    # Forderung gestellt, …"), like "stellte die Frage"
    ("stellte stellten stellt", "forderung"),
    # Class "admonishing and recommending" (round 19): "ermahnte die Regierung, … zu
    # achten", "das Amt empfiehlt den Bürgern, Vorräte anzulegen", like "mahnte" and "rät"
    ("ermahnte ermahnten ermahnt", None), ("empfahl empfahlen empfiehlt empfohlen", None),
    # Class "defending, reprimanding, insisting, doubting, invoking, campaigning, judging as"
    # (round 19), common in agency reports: "verteidigte die Entscheidung", "rügte das
    # Vorgehen", "monierte fehlende Transparenz", "pochte auf den Vertrag", "zweifelte an
    # der Zusage", "beschwor die Einheit", "warb für den Plan", "wertete das Treffen als
    # Erfolg" (not "wertete die Daten aus")
    ("verteidigte verteidigten", None), ("rügte rügten rügt", None), ("monierte monierten moniert", None),
    ("pochte pochten pocht", None), ("zweifelte zweifelten zweifelt", None),
    ("beschwor beschworen beschwört", None), ("warb warben wirbt", "für"), ("wertete werteten wertet", "als"),
    # Class "support-verb phrases of agency reporting" (round 19, probes): ruling out ("schloss
    # eine Koalition aus", "schließt nicht aus, dass …"), questioning ("stellte den Plan
    # infrage"), accusing ("erhob Vorwürfe gegen die Regierung"), appealing ("richtete einen
    # Appell an die Staaten"), taking stock ("zog eine positive Bilanz"), objecting ("hielt
    # dagegen, …"), plain words ("fand deutliche Worte"), judging as and seeing no reason
    # ("sieht das Abkommen als Erfolg", "sah keinen Grund für …"; not "sieht sich als …": the
    # reporter's picture of a self-image, NOT_SPEECH_WITH). Not thanking ("dankte den
    # Helfern"): the gold takes thanks at a party or in a phone call for narration
    ("schloss schlossen schließt", "aus"), ("stellte stellten stellt", "infrage"),
    ("erhob erhoben erhebt", "vorwürfe"), ("richtete richteten richtet", "appell"),
    ("zog zogen zieht", "bilanz"), ("hielt hielten hält", "dagegen"), ("fand fanden findet", "worte"),
    ("sieht sah sahen", "als"), ("sieht sah sahen", "grund"),
    # Class "reacting in words" (round 19, probes): "reagierte mit Kritik auf den Plan", "mit
    # Empörung", "mit Unverständnis"; "zeigte Verständnis für die Proteste" (not "reagierte
    # mit Luftangriffen", an act)
    ("reagierte reagierten reagiert", "kritik"), ("reagierte reagierten reagiert", "empörung"),
    ("reagierte reagierten reagiert", "unverständnis"), ("zeigte zeigten zeigt", "verständnis"),
]
# Particles that are no verb prefix: "sprach von", "stellte in Aussicht" stay two words.
_NOT_PREFIXES = {"von", "aussicht", "kritik", "verantwortlich", "klar", "daran", "stark", "davon", "darauf", "frage",
                 "gegen", "absage", "ausdruck", "forderung", "für", "als",
                 "infrage", "vorwürfe", "appell", "bilanz", "dagegen", "worte", "grund",
                 "empörung", "unverständnis", "verständnis", "hinter"}
# A particle that is also a preposition or the infinitive's "zu" counts only with the
# parser's particle tag, PARTICLE_TAGS (Article.particle_in).
TAGGED_PARTICLES = {"de": {"zu"}}
# ... and a particle that is a preposition may open the clause before the verb (verb-second:
# "Gegen den Plan stellte sich X", "Gegen die Reform wandte sich Y"; Article.particle_in).
FRONTABLE_PARTICLES = {"de": {"gegen", "von"}}
# ... "von" only before an indefinite article (round 19): "Von einem Durchbruch sprach X", "Von
# einem „Wendepunkt“ sprach Y"; not "Von der Bühne sprach X zu den Anhängern", a place
FRONTABLE_ONLY_BEFORE = {"von": {"einem", "einer", "einen"}}
# ... and a support-verb phrase's noun may open the clause, alone or after its adjective
# (class "fronted support noun", round 19: "Scharfe Kritik übte die SPD", "Kritik am Plan
# übte auch X", "Deutliche Worte fand die Ministerin"; Article.particle_in)
FRONTABLE_NOUN_PARTICLES = {"de": {"kritik", "vorwürfe", "worte", "appell", "bilanz", "absage"}}
# The participle's tag: its word that is no prefix stands right before it ("verantwortlich
# gemacht", "Kritik geübt"; speech_verbs._has_particle).
PARTICIPLE_TAGS = {"de": {"VVPP"}}
# Present plurals of strong verbs written in the table, also infinitives.
_STRONG_PLURALS = {"schreiben", "vergleichen"}
# Forms in -te that are no weak preterite ("nannte": "nennt", "genannt" are listed).
_NOT_WEAK = {"nannte", "wandte", "brachte"}
# Inseparable prefixes: their participle has no "ge-" ("bestätigt", "erklärt").
_INSEPARABLE = ("be", "er", "ver", "ent", "zer", "emp", "miss", "ge", "hinter", "wider", "wieder")


def _weak_forms(preterite: str, particle: str | None) -> dict[str, str | None]:
    """The other forms of a weak verb from its preterite ("warnte"): present "warnt",
    plural "warnten", present plural "warnen" and the participle "gewarnt" ("mitgeteilt" with its particle, "geübt" needing "Kritik").
    A value is the particle the form needs, or None. So a verb of saying is known in every
    tense, as the English table knows its lemmas."""
    stem, t = (preterite[:-3], "et") if preterite.endswith("ete") else (preterite[:-2], "t")
    plural = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    ge = "" if stem.endswith("ier") or stem.startswith(_INSEPARABLE) else "ge"
    # not the subjunctive ("Man fordere …", "warne"): it goes on with reported words
    # (speech._continued_speech)
    out = {stem + t: particle, preterite + "n": particle, plural: particle}
    if particle is None:
        out[ge + stem + t] = None
    elif particle not in _NOT_PREFIXES:
        out[particle + ge + stem + t] = None  # "mitgeteilt", "angekündigt"
    else:
        out[ge + stem + t] = particle  # "verantwortlich gemacht", "Kritik geübt"
    return out


# Forms the table gets from _weak_forms, not written in it: they report only as a verb
# ("meinen" is also a possessive); and those that are also infinitives ("fordern",
# "mitteilen") only as a finite verb ("Die Grünen fordern …"), not after a modal ("will …
# fordern").
SPEECH_DERIVED: dict[str, set[str]] = {"de": set(), "en": set()}
SPEECH_FINITE_ONLY: dict[str, set[str]] = {"de": set(), "en": set()}


def _speech_de() -> dict[str, tuple[str, ...] | None]:
    written = {form for words, _ in _SPEECH_DE_FORMS for form in words.split()}
    pairs, plurals = [], set()
    for words, particle in _SPEECH_DE_FORMS:
        for form in words.split():
            pairs.append((form, particle))
            if form.endswith("te") and form not in _NOT_WEAK:
                weak = _weak_forms(form, particle)
                pairs.extend(weak.items())
                # the present plural ("warnen", "beantworten"), not the preterite's ("warnten")
                plurals |= {f for f in weak if f.endswith("n") and f != form + "n"}
    forms: dict[str, tuple[str, ...] | None] = {}
    for form, particle in pairs:
        needs = forms.get(form, ())
        forms[form] = None if particle is None or needs is None else (*needs, particle)
        fused = particle + form if particle and particle.isalpha() and particle not in _NOT_PREFIXES else None
        if fused:
            # Verb-final in a subordinate clause, particle and verb are one word:
            # "wie das Ministerium mitteilte", "als er hinzufügte".
            forms[fused] = None
        for f in (form, fused):
            if f and f not in written:
                SPEECH_DERIVED["de"].add(f)
                if form in plurals:
                    SPEECH_FINITE_ONLY["de"].add(f)
    SPEECH_FINITE_ONLY["de"].update(_STRONG_PLURALS)  # "zu schreiben" is no report
    return forms


# A participle with its preposition after a comma is a phrase of comparison, not a verb of
# saying ("…, verglichen mit 26 Prozent im Vorjahr, …").
PARTICIPLE_PHRASES = {"de": {("verglichen", "mit")}}
# English verbs of saying by lemma: every form reports (past, present, participles; a bare
# infinitive does not, see speech_verbs._not_a_report), so a verb seen in one tense is known in all.
_SPEECH_EN_LEMMAS = (
    "say tell add write tweet post announce state declare warn urge demand criticise criticize "
    "reject accuse promise insist argue confirm praise stress note explain complain welcome "
    "threaten vow pledge "
    # verbs of claiming, denying and judging that report words as well
    "claim deny describe reiterate acknowledge admit assert suggest reply respond "
    "comment remark emphasise emphasize recall label blame condemn dismiss caution predict "
    "characterize characterise thank allege indicate concede "
    # feelings and positions put into words ("expressed his sadness"), authorities reporting
    "express report recommend "
    # backing, informing, justifying ("endorsed X for president", "informed the press that …"),
    # implying ("implied he would …")
    "endorse inform justify imply "
    # judging, echoing, questioning, congratulating, apologising, revealing, rebutting,
    # assuring, playing down, voicing ("hailed the deal as …", "echoed those concerns",
    # "slammed the plan", "voiced concern"). Not "signal" ("Nairobi has signalled for months
    # that …": a course, in our older gold), "disclose" ("the only identity disclosed", which
    # the parse takes for a finite verb), "advise" (an embassy advising travellers)
    "hail echo question congratulate apologise apologize slam reveal "
    "refute dispute assure reassure reaffirm downplay voice "
    # disagreeing puts a position into words like disputing ("disagreed with the findings")
    "disagree "
    # naming a cause ("the agency ascribed the delay to a strike", "attributed the fall to the
    # weather"; "remarks attributed to her" after a noun stays none)
    "ascribe attribute "
    # Class "defending, denouncing, hinting, testifying" (round 19), common in agency
    # reports: "defended the decision", "denounced the plan", "decried the attack", "hinted
    # at talks", "testified before Congress". Not "propose", "advocate", "request": the
    # annotators took "requested an exemption", "proposed to limit …", "which advocates …"
    # for acts and positions, and "advocate" is also a noun the parse takes for a verb
    "defend decry denounce hint testify "
    # Class "judging in agency words" (round 19 probes): "lambasted the plan", "rebuked the
    # envoy", "applauded the decision", "lauded the deal", "commended the rescuers",
    # "ridiculed the proposal", "mocked the plan". Not "cheer" (crowds cheer), nor "blast"
    # ("police blasted the door open", "blasted sacred sites": as often a deed as words)
    "lambast rebuke applaud laud commend ridicule mock "
    # likening puts a judgment into words ("likened the raid to a siege"); not "compare"
    # ("compared to last year" is no one's words)
    "liken").split()
# Forms no spelling rule gives.
_EN_IRREGULAR = {"say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
                 "admit": ("admitted", "admitting"), "label": ("labelled", "labeled", "labelling", "labeling"),
                 "slam": ("slammed", "slamming"),
                 "echo": ("echoes", "echoed", "echoing")}


def _en_forms(lemma: str) -> set[str]:
    """The lemma, its third person, past and present participle by the regular rules."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = stem + "ed"
    irregular = _EN_IRREGULAR.get(lemma, ())
    forms = {lemma, third, *irregular} if irregular else {lemma, third, past}
    return forms if any(f.endswith("ing") for f in irregular) else forms | {stem + "ing"}


_SPEECH_EN: dict[str, tuple[str, ...] | None] = {f: None for lemma in _SPEECH_EN_LEMMAS for f in _en_forms(lemma)}
_SPEECH_EN.update({f: None for f in ("cited", "cites")})  # "cited X as saying"; not "citing a report"
# "called for", "called on both sides to …"; "called X 'Y'" is CALLS_IT below. English
# particles follow their verb directly (not "called off … on Monday").
ADJACENT_PARTICLE_LANGS = {"en"}
_SPEECH_EN.update({f: ("for", "on", "upon") for f in ("called", "calls", "calling")})
# Class "branding, dubbing, terming" (round 19): "branded the report "fake news"", "dubbed
# the plan a fraud", "termed the vote a farce" name like "called", with an object and what it
# is named or a quotation; not "a branded product", "the plan, dubbed "Project X"," (after a
# noun: speech_verbs._not_a_report).
_NAMING_EN = {"branded", "dubbed", "dubbing", "termed", "terming"}  # not "brands", "terms": nouns
_SPEECH_EN.update({f: ("as",) for f in _NAMING_EN})  # read by _calls_it (CALLS_IT below)
_SPEECH_EN.update({f: ("out",) for f in _en_forms("point") - {"point"}})  # "pointed out that …"
# "appealed for calm"; not "appealed the verdict", "appealed to the Supreme Court" (a lawsuit)
_SPEECH_EN.update({f: ("for",) for f in _en_forms("appeal")})
# "objected to the nomination", "scoffed at the idea": the position put into words with its
# preposition; not "the object", "objected" alone
_SPEECH_EN.update({f: ("to",) for f in _en_forms("object") - {"object"}})
_SPEECH_EN.update({f: ("at",) for f in _en_forms("scoff") - {"scoff"}})
# "asked for …", "asked X to …" (a request); not "asked whether", "asked about" (a question)
_SPEECH_EN.update({f: ("for",) for f in _en_forms("ask") - {"ask"}})
# "encouraged the agency to release the files": a request, like "asked X to", only with an
# object and an infinitive (not "encouraged investment", "were encouraged to stay home");
# not the ongoing form ("the US has been encouraging allies to …" tells a policy).
_ENCOURAGE_EN = {"encouraged", "encourages"}
_SPEECH_EN.update({f: ("for",) for f in _ENCOURAGE_EN})
# A verb of asking reports a request with an object and an infinitive ("asked the court to
# delay its ruling"), read from the English parse (speech_verbs._asks_to).
# Pressing is asking (class "pressed X to", round 19): "pressed Moscow to withdraw its troops",
# "pressed for a ceasefire"; not "pressed charges", "pressed the button", "the press".
_PRESS_EN = _en_forms("press") - {"press", "presses"}
_SPEECH_EN.update({f: ("for",) for f in _PRESS_EN})
REQUEST_VERBS = {"de": set(), "en": _en_forms("ask") | _ENCOURAGE_EN | _PRESS_EN}
# Class "a question put in public" (docs/annotation.md, decided in round 20): the one who
# asks makes a statement, the question its words: a verb of asking with a clause after it
# that opens with a question word ("asked the minister whether …", "asked why the border was
# closed", "asked X if …"; "X fragte die Regierung, ob …", "fragte im Parlament, warum …"),
# or next to a quoted question (QUOTE_ONLY_SPEECH: ""Why was the border closed?" X asked",
# "„Wer zahlt das?“, fragte X"). Not "asked about the budget", "fragte nach dem Weg" (no
# question reported); not the passive or a bare participle ("was asked whether", "When asked
# whether …", "wurde gefragt, ob …": the one asked is spoken to, no one named asks).
# German reads the question after the verb's comma (its finite forms are in
# CLAUSE_ONLY_SPEECH; speech_verbs._question_after_comma_de), English the parse's clause of
# an active verb (speech_verbs._asks_question: ASK_QUESTION_TAGS, ASK_QUESTION_CLAUSE_DEPS).
QUESTION_VERBS = {"de": {"fragte", "fragten", "fragt"}, "en": _en_forms("ask")}
QUESTION_WORDS = {"de": {"ob", "warum", "wieso", "weshalb", "weswegen", "wie", "wann", "wer", "wen", "wem", "was",
                         "wo", "wozu", "woher", "wohin", "welche", "welcher", "welches", "welchen", "welchem",
                         "inwiefern", "inwieweit"},
                  "en": {"whether", "if", "why", "how", "what", "when", "where", "who", "which"}}
ASK_QUESTION_TAGS = {"en": {"VBD", "VBZ", "VBP", "VBG"}}
ASK_QUESTION_CLAUSE_DEPS = {"en": {"ccomp", "advcl"}}
# A pledge told by "committed to" and a gerund ("previously committed to holding a vote",
# "committed itself to cutting emissions"); not "was committed to a hospital", "is committed
# to peace", "committed a crime" (speech_verbs._commits_to).
PLEDGE_TO_GERUND = {"de": set(), "en": {"committed", "commits"}}
PLEDGE_TO_WORD = {"en": "to"}
# Class "credited X with" (round 22): a merit claimed for someone or oneself in words
# ("the agency credited the pilot with saving the crew", "the group credits itself with 900
# rescues"); the active verb with an object and "with" after it; not the passive ("he is
# credited with drafting the law": nobody named says it), nor the noun ("claimed credit")
# (speech_verbs._credits_with).
CREDIT_WITH = {"de": set(), "en": {"credit", "credits", "credited", "crediting"}}
CREDIT_WITH_WORD = {"en": "with"}
PLEDGE_GERUND_TAGS = {"en": {"VBG"}}
# Past forms a verb of saying has when the English parse takes it for an adjective after an
# apposition ("X, a UN envoy, cautioned peace takes time": speech_verbs._after_apposition).
PAST_VERB_TAGS = {"de": set(), "en": {"VBD", "VBN"}}
# A verb of saying with one of these words as the state of its object reports a person
# missing, no words ("the sailor was reported missing by the coast guard"; "reported that
# the sailor was missing" stays a report): the parse's predicate of the object
# (speech_verbs._not_a_report).
REPORTED_STATE_WORDS = {"de": set(), "en": {"missing"}}
REPORTED_STATE_DEPS = {"de": set(), "en": {"oprd", "acomp", "xcomp"}}
# A perfect split by an inserted phrase ("The agency has, in a short notice, urged residents
# to …"): the English parse takes the participle for a modifier of the noun in the insertion
# and the auxiliary before the comma for the main verb; the auxiliary's subject speaks
# (speech_verbs._perfect_across_insertion). At most this many words between the commas.
PERFECT_AUXILIARIES = {"de": set(), "en": {"has", "have", "had"}}
INSERTION_MAX_WORDS = 8
# A sentence that is only a reporting clause (""…." Ruiz said.", "sagte der Minister."): at
# most this many words (quotes._quote_before_report).
BARE_REPORT_MAX_WORDS = 6
# English phrases of saying: a verb with the words that must follow it (a determiner, a
# pronoun or an adjective may come between: "renewed his call for", "raised serious
# concerns", "made it clear"); the verb alone says nothing ("ruled the country", "took
# office", "pushed back the vote"; speech_verbs._speech_phrase); the verbs are no verbs of saying
# elsewhere. Not "ruled out" (tests/extraction/test_speech_en.py keeps "the minister ruled
# out new talks" no statement). Not "paid tribute to X": the words that follow are the
# statement ("X paid tribute to Y. He said "…"" is one statement in the gold).
_PHRASES_EN = (
    ("speak", ("spoke", "spoken", "speaking"), ("out", "of", "in favor of", "in favour of")),
    # a side taken in words (round 19): "came out against the plan", "came out in favour of …";
    # not "came out of the meeting"
    ("come", ("came", "coming"), ("out against", "out in favor of", "out in favour of", "out strongly")), ("lash", (), ("out",)), ("hit", ("hit", "hitting"), ("out at",)),
    ("play", (), ("down",)), ("brush", (), ("aside", "off")), ("push", (), ("back against", "back on")),
    ("cast", ("cast", "casting"), ("doubt",)), ("take", ("took", "taken", "taking"), ("aim", "issue with", "a swipe")),
    ("raise", (), ("concern", "concerns", "doubts", "questions", "alarm", "objections")),
    ("repeat", (), ("call", "calls", "demand", "demands", "appeal", "warning", "criticism")),
    ("renew", (), ("call", "calls", "demand", "demands", "appeal", "warning", "criticism")),
    ("make", ("made", "making"), ("clear",)),
    # class "condolences, alarms, pushing back, weighing in" (round 19 probes): "offered his
    # condolences to …", "extended condolences", "sent her condolences", "sounded the alarm
    # over …", "pushed back on the claims", "weighed in on the dispute"; not "sent troops",
    # "pushed back the vote", "weighed the options", "offered help"
    ("offer", (), ("condolences", "sympathy", "sympathies")), ("extend", (), ("condolences", "sympathy", "sympathies")),
    ("send", ("sent", "sending"), ("condolences", "sympathy", "sympathies")),
    ("sound", (), ("alarm",)), ("weigh", (), ("in",)),
)
SPEECH_PHRASES = {"de": {}, "en": {f: tuple(tuple(p.split()) for p in phrases)
                                   for lemma, irregular, phrases in _PHRASES_EN
                                   for f in (({lemma, lemma + "s", *irregular} if irregular else _en_forms(lemma)))}}
# Words that may come between the verb of such a phrase and its words (by part of speech).
SPEECH_PHRASE_GAP_POS = {"de": set(), "en": {"DET", "PRON", "ADJ"}}
REQUEST_DEPS = {"de": set(), "en": ("dobj", "xcomp")}
SPEECH: dict[str, dict[str, tuple[str, ...] | None]] = {"de": _speech_de(), "en": _SPEECH_EN}
# Class "„…“, sprach X" (round 22): verbs that report words only right after the quotation
# that opens their sentence, inverted ("„Wir bleiben“, sprach die Ministerin"); elsewhere
# "sprach" is talking with someone or needs "von"/"aus" (speech_verbs._after_opening_quote).
AFTER_QUOTE_SPEECH = {"de": {"sprach", "sprachen"}, "en": set()}
# Verbs that report words only next to a quotation: "X continued, "…"", ""…," Y observed",
# ""…," she quipped"; not "the fighting continued", "observed the vote" (speech_verbs._next_to_quote).
QUOTE_ONLY_SPEECH = {"de": set(QUESTION_VERBS["de"]), "en": {
    # a question quoted: ""Why was the border closed?" X asked" (QUESTION_VERBS: the finite
    # forms only)
    "asked", "asks",
    "continued", "continues", "observed", "observes", "concluded", "concludes", "quipped", "joked",
    "mused", "recounted", "lamented", "laments", "exclaimed", "conceded", "summarised", "summarized",
    "maintained", "maintains",
    # a text's own words: ""…," read the statement", "the letter reads: "…"" (a statement
    # named before speaks for its issuer: speakers._document_named_before)
    "read", "reads"}}
# Words that may stand between such a verb and its quotation: a part of the text quoted
# ("The ruling reads in part, "…"", "the letter read in full: "…"").
QUOTE_LEAD_IN_WORDS = {"de": set(), "en": {"in", "part", "full"}}
# Verbs that report words only with a reported clause after them (the parse's "ccomp", or
# "that"): a ruling put into words, "the court ruled the ban was unlawful"; not "ruled the
# country for decades", "ruled out talks" (speech_verbs._reports_clause).
# "maintained that …" reports, "maintained his lead", "maintained the theme" do not. German
# rulings: "Der Senat befand, das Gesetz sei gültig", not "befand sich in Berlin".
# A finding with its clause is one too ("the court found the decree was unlawful"), not "found
# a body", "found him guilty", "found a weapon; inside was a bag" (a direct object of its own:
# FINDING_VERBS).
# An estimate, a finding or a mention put into a clause of its own reports words too ("the
# minister estimated the repairs would take a week", "the court determined the decree was
# void", "she also mentioned the vote would be in May"); not "estimated the damage at …",
# "determined to fight", "mentioned the budget" (no clause). An expectation put into words
# reports with its clause too ("X erwartet, dass Y …"), not "wird in Berlin erwartet",
# "erwartet ein Defizit".
CLAUSE_ONLY_SPEECH = {"de": {"befand", "befanden", "urteilte", "urteilten",
                             # class "a ruling with its reasoning" (round 20, docs/annotation.md
                             # "Hard cases, decided"): "Das Gericht entschied am Dienstag, dass
                             # das Gesetz nichtig ist", "hat entschieden, die Behörde habe …";
                             # not "entschied, die Grenzen zu schließen" (no clause of words)
                             "entschied", "entschieden", "entscheidet",
                             # a question put in public: "fragte, ob …"
                             *QUESTION_VERBS["de"],
                             "erwartet", "erwartete", "erwarteten", "erwarten"},
                      "en": {"ruled", "rules", "maintain", "maintains", "maintained", "maintaining",
                             "found", "finds", "estimated", "estimates", "determined", "determines",
                             "mentioned", "mentions",
                             # class "arguing back" (round 19): "contended that …", "countered the
                             # report was false", "retorted that …", "charged that the vote was
                             # rigged", "observed that …", "agreed that …", "speculated that …";
                             # not "was charged with fraud", "agreed to meet", "countered the attack"
                             "contended", "contends", "countered", "counters", "retorted", "retorts",
                             "charged", "charges", "observed", "observes", "agreed", "agrees",
                             "speculated", "speculates",
                             # "notified Congress that troops would be sent"; not "notified Congress of …"
                             "notified", "notifies"}}
# Verbs of finding (class "a court's finding", round 20): they report no words with a
# direct object of their own ("found a weapon", speech_verbs._reports_clause), nor with a
# verdict for their clause ("found him guilty", VERDICT_WORDS: speech_verbs.verdict_of), but
# a court's finding about a law with no clause does ("found the decree unconstitutional",
# COURT_JUDGEMENT_WORDS: speech_verbs._court_rules).
FINDING_VERBS = {"en": {"found", "finds"}}
# Class "the judges for their court" (round 20): a definite plural of judges with no name
# ("Die Karlsruher Richter befanden, …", "die Richter stellten fest, …") speaks for the one
# court named before whose name ends in a court's head noun (lexicon.NAME_HEAD_ANAPHORS;
# speakers._bench_of_court). Plural only: "der Richter" is one person.
BENCH_NOUNS = {"de": {"richter", "richterinnen", "verfassungsrichter", "verfassungsrichterinnen",
                      "bundesrichter", "bundesrichterinnen"}}
BENCH_ARTICLES = {"de": {"die"}}
COURT_HEADS = {"de": ("gericht", "gerichtshof", "tribunal")}
# Class "a document's words for its author" (round 20, docs/annotation.md "Hard cases,
# decided"): a report, study, letter or statement whose author the text names is a written
# statement of the author. The document nouns of each language (lexicon.DOCUMENT_NOUNS;
# German also as the end of a compound: "Jahresbericht", with the genitive's endings,
# lexicon.DOCUMENT_FORMS; the actors read them too, lexicon.SOURCE_NOUNS). German: the
# author is named after the noun ("ein Bericht der Weltbank", "eine Studie von X") or, for
# the definite noun, in one of the sentences before (DOCUMENT_BACK_REACH) that names such a
# document with a verb of publishing or as the place of its speaker's words ("X hat einen
# Bericht vorgelegt. Dem Bericht zufolge …", "X schreibt in dem Bericht, …";
# speakers._document_author). Forms: "Dem Bericht zufolge", "Laut dem Bericht", "Wie aus
# einer Erklärung des Ministeriums hervorgeht, …", "In dem Bericht heißt es, …", "Darin heißt
# es, …" (attribution._document_source_de), "Der Bericht kritisiert …" (speakers). English:
# "X released a report on Monday. The report says …": the definite noun as subject speaks for
# its author in one of the sentences before, read like a statement named again (below,
# DOCUMENT_BACK_NOUNS; speakers._document_named_before). A document with no named author is
# none.
DOCUMENT_BACK_REACH = {"de": 3, "en": 3}
# The articles of a document named again ("Dem Bericht zufolge", "The report says", "This
# statement added")
DOCUMENT_DEFINITE = {"de": {"der", "die", "das", "dem", "den", "des", "dieser", "diese", "dieses", "diesem",
                            "diesen", "im"},
                     "en": {"the", "this"}}
DOCUMENT_OWNER_LINKS = {"de": {"der", "des", "von", "vom"}, "en": {"from", "by"}}
# A pronoun pointing back to the document named before ("Darin hieß es"): the same words
# that point back to a statement (STATEMENT_BACK_REFERENCES), kept as one table.
STATEMENT_BACK_REFERENCES = {"de": {"darin"}}
# verbs of publishing a document, both languages: the form, and the separable particle it needs
# (None: none)
PUBLISH_VERBS = {"de": {**{w: None for w in ("veröffentlichte", "veröffentlichten", "veröffentlicht", "vorgelegt",
                                             "vorgestellt", "präsentierte", "präsentierten", "präsentiert",
                                             "herausgegeben", "verfasste", "verfassten", "verfasst", "vorlegte",
                                             "vorlegten", "vorstellte", "vorstellten", "publizierte", "publiziert")},
                        "legte": "vor", "legten": "vor", "legt": "vor", "stellte": "vor", "stellten": "vor",
                        "stellt": "vor", "gab": "heraus", "gaben": "heraus", "gibt": "heraus"},
                 "en": {w: None for w in ("released", "published", "issued", "presented", "sent", "wrote", "delivered",
                                          "releases", "publishes", "issues", "presents", "sends", "writes")}}
# "Wie aus dem Bericht hervorgeht, …": the verb of emerging with "aus" before the document
DOCUMENT_EMERGES = {"de": ("aus", {"hervorgeht", "hervorging", "hervorgehe", "hervorgehen", "hervorgingen"})}
# "In dem Bericht heißt es, …", "Darin hieß es": the document is the place of the words
# (the verbs and "es" of the impersonal report, IMPERSONAL_REPORT_AFTER, below)
IT_SAYS = {"de": ({"heißt", "hieß"}, "es")}
DOCUMENT_PLACE = {"de": ({"in", "im"}, *IT_SAYS["de"])}
# Class "a verdict is no statement" (docs/annotation.md, round 20): "found the minister
# guilty", "found that he was not guilty": the clause a verb of finding reports is a verdict
# when its predicate is one of these (speech_verbs._verdict).
VERDICT_WORDS = {"en": {"guilty", "innocent", "liable"}}
VERDICT_PREDICATE_DEPS = {"en": {"acomp", "oprd"}}
# Class "a court's ruling with its reasoning" (docs/annotation.md, round 20): "the court
# decided that …", "the judges held that …", "the tribunal concluded that …": verbs of
# deciding report words with a clause of their own when a court decides (a word of
# COURT_WORDS in the subject's phrase; speech_verbs._court_rules); a person or a government
# "decided that" acts. (German: "entschied, dass …" is in CLAUSE_ONLY_SPEECH, like "urteilte".)
COURT_RULING_VERBS = {"en": {"decided", "decides", "held", "holds", "concluded", "concludes"}}
# A court's finding about a law or act, with no clause ("found the decree unconstitutional",
# "also found unconstitutional a 2005 law …"): a verb of finding (FINDING_VERBS) and one of
# these words right after it (within COURT_JUDGEMENT_REACH words) in its clause
# (speech_verbs._court_rules).
COURT_JUDGEMENT_WORDS = {"de": set(), "en": {"unconstitutional", "constitutional", "unlawful", "lawful", "illegal",
                                             "legal", "void", "invalid", "valid", "null"}}
COURT_JUDGEMENT_REACH = {"en": 5}
COURT_WORDS = {"en": {"court", "courts", "tribunal", "judge", "judges", "justices", "justice"}}

# Holding a view puts it into words: "ist der Auffassung, dass …", "steht auf dem Standpunkt,
# …", "vertritt die Ansicht, …", "is of the view that …": the copula or verb of holding
# reports when one of these nouns follows within three words.
OPINION_COPULAS = {"de": {"ist", "sind", "war", "waren", "sei", "seien", "steht", "stehen", "stand", "standen",
                          "vertritt", "vertreten", "vertrat", "vertraten", "bleibt", "blieb", "bleiben", "blieben"},
                   "en": {"is", "are", "was", "were"}}
OPINION_NOUNS = {"de": {"auffassung", "meinung", "ansicht", "überzeugung", "standpunkt", "position"},
                 "en": {"view", "opinion"}}
# Class "staying with one's account" (round 18): "Das Amt bleibt bei seiner Darstellung, dass
# …", "Die Partei blieb bei ihrer Haltung: …": a verb of staying reports only with "bei", one
# of these nouns within three words after it and the clause of the words right after the noun
# (not "bleibt bei seiner Position als Sprecher", "blieb bei der Meinung der Mehrheit").
OPINION_STAY_VERBS = {"de": {"bleibt", "blieb", "bleiben", "blieben"}}
OPINION_STAY_PREP = {"de": "bei"}
OPINION_STAY_NOUNS = {"de": {"darstellung", "position", "haltung", "auffassung", "ansicht", "meinung", "standpunkt",
                             "einschätzung", "aussage", "version"}}
# Verbs of holding a view take their noun anywhere in their clause ("steht in der Atomfrage auf
# dem Standpunkt, …").
OPINION_HOLD_VERBS = {"de": {"steht", "stehen", "stand", "standen", "vertritt", "vertreten", "vertrat", "vertraten"},
                      "en": set()}

# A judgement put into words: "X hält das Gesetz für verfassungswidrig" (a form of "halten",
# "für" and a predicative adjective later in its clause; not "hielt X für zwei Stunden fest",
# whose particle makes another verb; speech_verbs._holds_for).
HOLD_FOR_VERBS = {"de": {"hält", "hielt", "hielten", "halten", "haltet", "gehalten"}}
HOLD_FOR_PREP = {"de": "für"}
DEGREE_TAGS = {"de": {"ADV", "PTKNEG"}}  # "für immer unwahrscheinlicher", "für nicht zulässig"
NOT_PREDICATIVE_POS = {"de": {"DET", "NUM", "PRON", "NOUN", "PROPN", "ADP", "VERB", "AUX"}}
PARTICLE_TAGS = {"de": {"PTKVZ"}}

# Forms of saying that report only with one of these words earlier in their clause ("hat
# sich für eine Lösung ausgesprochen"; not "ein ausgesprochen guter Plan"). "dafür/dagegen ausgesprochen, dass …" too.
SPEECH_NEEDS_BEFORE = {"de": {"ausgesprochen": ("für", "gegen", "dafür", "dagegen")}, "en": {}}
# Forms of saying that report only with all of these words in their clause: advocating is
# "sich für … einsetzen" and "für … eintreten", not "setzte Truppen ein", "trat in die Partei
# ein".
_ADVOCATE = {"sich", "für"}
# Forms of saying that report only with words said: "dass" or a colon after them, a
# quotation right before them, or a comma right after their particle ("„…“, begründete X
# seine Entscheidung", "begründete den Schritt damit, dass …", "führte weiter aus, der Plan
# sei …"); not "begründete eine Tradition", "führte den Anschlag aus".
SPEECH_NEEDS_WORDS = {"de": {"begründete", "begründeten", "begründet", "führte", "führten", "führt"}, "en": set()}
# ... and giving reasons with "mit" after the verb in its clause is words said too (class
# "a reason given", round 18): "begründete die Absage mit dem Zeitdruck"; not "begründete
# eine Tradition" (speech_verbs._words_at).
REASON_VERBS = {"de": {"begründete", "begründeten", "begründet"}}
REASON_PREP = {"de": "mit"}
# German: a participle of saying with a form of "sein" and none of "haben" in its clause is a
# state, not words said ("waren zur Abstimmung aufgerufen"); "war für … eingetreten" takes
# "sein" and says something.
SEIN_FORMS = {"de": {"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"}}
HABEN_FORMS = {"de": {"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "hast", "habt"}}
SEIN_PERFECT_SPEECH = {"de": {"eingetreten"}}
SPEECH_NEEDS_IN_CLAUSE = {
    "de": {**{f: _ADVOCATE for f in ("setzte", "setzten", "setzt", "setzen", "einsetzte", "einsetzten",
                                      "einsetzt", "eingesetzt")},
           **{f: {"für"} for f in ("trat", "traten", "tritt", "eintrat", "eintraten", "eintritt", "eingetreten")}},
    "en": {},
}

# "X called the meeting 'frank'": naming something with a quotation in the clause reports
# words without the particle.
CALLS_IT = {"de": set(), "en": {"called", "calls", "calling"} | _NAMING_EN}
# A characterisation like German "bezeichnete … als": "referred to X as "Y"" with a quotation
# after "as" ("the senator has referred to the levy as "a trap""), also in a relative clause
# with a speaker of its own ("the levy, which the senator referred to as "a trap","); not
# "referred the case to the court", "what is referred to as …" (speech_verbs._refers_as).
REFERS_AS = {"de": set(), "en": {"refer", "refers", "referred", "referring"}}
REFERS_AS_WORDS = {"en": ("to", "as")}
# … or, read from the English parse, with an object and what it is called ("called the talks
# frank", "calling it a violation"; the parse gives the name as "oprd", or an adjective right
# after the object): not "called a meeting", "called the president".
NAMED_OBJECT_DEPS = {"de": set(), "en": {"dobj"}}
NAMING_DEPS = {"de": set(), "en": {"oprd"}}
NAMING_ADJ_TAGS = {"de": set(), "en": {"JJ"}}
# "X criticised the plan, saying …": an English participle clause without a subject of its own
# (a present participle as an adverbial clause or a second verb) speaks with the subject of
# the verb it depends on.
PARTICIPLE_CLAUSE_TAGS = {"de": set(), "en": {"VBG"}}
PARTICIPLE_CLAUSE_DEPS = {"de": set(), "en": {"advcl", "xcomp", "conj"}}
# … while one that modifies a noun speaks for that noun ("a story alleging …": nobody; "a
# statement saying …": its owner; "X, claiming …": X).
NOUN_PARTICIPLE_DEPS = {"de": set(), "en": {"acl"}}
# A gerund after a preposition names an act, it reports no words ("famous for expressing …",
# "after posting pictures", "emphasis on maintaining order") …
GERUND_AFTER_PREP_DEPS = {"de": set(), "en": {"pcomp"}}
# … after these prepositions; "quoted X as saying", "forceful in blaming", "went on by
# announcing" still report.
GERUND_ACT_PREPS = {"de": set(), "en": {"for", "after", "before", "on", "of", "from", "without", "about",
                                        "upon", "despite", "while", "when"}}
# Round 20, second wave: a statement made as what someone is charged with ("was charged with
# making false statements", "convicted of making false statements"): the charge's word the
# gerund's preposition hangs on (attribution._statement_occasion).
CHARGE_WORDS = {"en": {"charged", "accused", "convicted", "indicted", "guilty", "suspected", "acquitted",
                       "cleared", "prosecuted", "sentenced"}}
# "welcomed his counterpart", "was welcomed by", "was greeted by": a meeting, not words (the
# meeting triggers read them too).
WELCOME_VERBS = {"de": set(), "en": _en_forms("welcome") | _en_forms("greet")}
# … but a decision or a thing done welcomed in the passive is words of approval (class "the
# move was welcomed by", round 19): "The ruling was welcomed by the Commission"; not "The
# delegation was welcomed by the president". The head noun of the passive subject
# (speech_verbs._thing_welcomed).
WELCOMED_THINGS = {"de": set(), "en": {
    "decision", "decisions", "move", "moves", "step", "steps", "agreement", "agreements", "deal", "deals",
    "plan", "plans", "proposal", "proposals", "announcement", "ruling", "verdict", "release", "news",
    "ceasefire", "truce", "result", "results", "outcome", "initiative", "resolution", "report", "law",
    "bill", "reform", "reforms", "measure", "measures", "offer", "accord", "pact", "statement", "election"}}
# "police questioned the suspect", "was questioned by investigators": an interrogation, not
# words put to the public (a person object or a passive, as with WELCOME_VERBS).
INTERROGATE_VERBS = {"de": set(), "en": _en_forms("question")}
# A verb of saying with a separable particle that cancels instead ("sagte den Gipfel ab").
CANCEL_SEPARABLE = {"de": (("sagte", "ab"),), "en": ()}
# A verb of saying with a word later in its clause that makes it no report: a court's
# sentence ("verurteilte X zu fünf Jahren Haft").
NOT_SPEECH_WITH = {"de": (("verurteilte", "zu"), ("verurteilten", "zu"), ("verurteilt", "zu"),
                          # "befand sich auf einer Reise": to be somewhere, not to judge
                          ("befand", "sich"), ("befanden", "sich"),
                          # "sieht sich als Schutzmacht": a self-image the reporter tells
                          ("sieht", "sich"), ("sah", "sich"), ("sahen", "sich")),
                 # "hailed from Texas": came from; "slammed into a wall": crashed
                 "en": tuple((f, w) for lemma, w in (("hail", "from"), ("slam", "into")) for f in _en_forms(lemma))}
# "erklären … zum/zur/für": a status given ("zur Sperrzone erklärt"; speech_verbs._declared_as)
DECLARED_AS = {"de": {w: {"zum", "zur", "für"} for w in ("erklärt", "erklärte", "erklärten", "erklären", "erklärt")}}
# … and "zu" before an indefinite article ("die Miliz zu einer Terrororganisation erklärt").
DECLARED_AS_INDEFINITE = {"de": ("zu", {"einer", "einem"})}

# An article in which fewer than this share of sentences hold a word of public affairs
# (data/public_affairs_words.tsv) tells a private story (an obituary of an actress, a match
# report): there only speakers that a role, the gazetteer, an editor or the leaders table
# tie to public affairs speak (speech._outside_public_affairs; docs/annotation.md, "Scope").
# Train and dev, English: every article below 0.15 but one had no statement in the gold.
PUBLIC_AFFAIRS_MIN_SHARE = 0.15
# ... in an article of at least this many sentences (a pasted paragraph says too little).
PRIVATE_STORY_MIN_SENTENCES = 6

# German reported speech goes on in the subjunctive (Konjunktiv I) without a verb of
# saying of its own ("Er werde einen neuen Deal aushandeln."): these finite forms mark a
# sentence as the previous speaker's words.
REPORTED_MOOD = {
    "de": {"sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge",
           "gebe", "wisse", "liege", "stehe", "gehe", "komme", "bleibe", "brauche", "halte",
           "sehe", "trage", "gelte", "fehle", "plane", "verfüge"},
    "en": set(),
}
# The second subjunctive with an umlaut is never a past indicative ("müssten", not
# "mussten"); where the morphologizer reads it as indicative, it still goes on with the
# reported speech before it (class "Konjunktiv II in a continuation":
# speech._continued_by; not used to find speech of its own).
CONTINUED_SUBJUNCTIVE = {
    "de": {"müsste", "müssten", "könnte", "könnten", "dürfte", "dürften", "hätte", "hätten", "wäre", "wären",
           "würde", "würden", "gäbe", "gäben", "käme", "kämen", "läge", "lägen", "stünde", "stünden",
           "befände", "befänden"},
}
# Class "reported speech past a hearsay sentence": a sentence whose finite verb is the
# modal of hearsay ("Das Verfahren soll eine Ausnahme bleiben.") keeps the reported speech
# before it open: a subjunctive sentence right after it goes on with the statement before
# (speech._continued_by).
HEARSAY_MODALS = {"de": {"soll", "sollen"}}
# Class "reported speech after narration": a subjunctive sentence goes on with the
# statement up to this many sentences before it when the sentences between are no one's
# words and have no verb of saying ("X führte aus, dass … In 14 Bezirken gab es Fehler.
# Manipulationen seien nicht nötig."; continued._narration_between).
REPORTED_AFTER_NARRATION_REACH = {"de": 3}
# ... not a sentence that points to a source named between ("… befassten sich mit einer
# Studie. Demnach gebe es …").
NARRATION_SOURCE_POINTERS = {"de": {"demnach"}}
# Tags of a quotation that is a clause, not a name or a title: a finite verb or an
# infinitive with "zu" (quotes._holds_clause); a quotation with none of them right after an
# article is a name ("hat den „Antrag zur Begrenzung der Mieten“ verabschiedet"), no mark of
# words said for the detector (speech._quoted_words; in the languages of this table).
QUOTED_CLAUSE_TAGS = {"de": {"VVFIN", "VAFIN", "VMFIN", "PTKZU", "VVIZU"}}
# Class "a passive statement whose source is the statement before": a verb of saying in
# the passive without an agent and a word pointing back to the text named before ("Außerdem
# wird darin die Freilassung der Gefangenen gefordert.") is more of that statement, with its
# speaker (continued._passive_in_statement_before); STATEMENT_BACK_REFERENCES, above.
# Class "an unnamed member of a government": "Ein Minister sagte, …" names no one who can
# be told apart; the government the article names speaks (the one organisation whose name
# ends in one of GOVERNMENT_NAME_ENDS; bodies._unnamed_member).
INDEFINITE_ARTICLES = {"de": {"ein", "eine"}}
GOVERNMENT_MEMBER_NOUNS = {"de": {"minister", "ministerin", "regierungsmitglied", "kabinettsmitglied"}}
GOVERNMENT_NAME_ENDS = {"de": ("regierung",)}
# Reported speech after a joint statement ("A und B erklärten, … Außerdem verletze es …")
# goes on for each of its speakers. German only: in English a quotation after '"…," said X,
# the director of Y' went on for the body that "noted" it too (speech._continued_speech).
JOINT_CONTINUATION_LANGS = {"de"}
# Class "words pointed back to": "… Das sagt X, der Verkehrsminister." opens with a
# demonstrative and the verb of saying; the words are the sentences before it in the
# paragraph that are no one's statement (at most this many), and "Das sagt X" holds no
# words of its own (continued._pointed_back).
POINTING_BACK = {"de": {"das", "dies"}}
# ... only with verbs that say words; "Das bestätigte X" confirms a fact told before, and
# the confirmation is the statement (our older sets' gold).
POINTING_BACK_VERBS = {"de": {"sagt", "sagte", "meint", "meinte", "schreibt", "schrieb"}}
POINTED_BACK_REACH = 3
# A sentence that is one quotation continues the statement before it also across one
# sentence of narration in between (speech._continued_speech).
QUOTE_AFTER_NARRATION_LANGS = {"de"}
# Finite verbs read as subjunctive beyond the words above: the morphologizer's mood, and a
# German finite full verb in -e that is no past tense in -te ("verstoße", "verletze", not
# "sagte"), which the morphologizer often misses.
FINITE_TAGS = {"de": {"VVFIN", "VAFIN", "VMFIN"}, "en": set()}
# The finite auxiliary in the second place after a fronted participle ("Bereits den Rücktritt
# erklärt haben die Ministerin X und …": speakers._participle_before_aux).
FINITE_AUX_TAGS = {"de": {"VAFIN"}}
# A modal's tag: a verb it governs is an infinitive, whatever its own tag says ("wollte
# … beantworten").
MODAL_TAGS = {"de": {"VMFIN"}, "en": set()}
# Having words said by another ("ließ über ihren Sprecher mitteilen, …"): an infinitive of
# saying with a form of "lassen" in its clause reports, its subject the speaker.
LET_VERBS = {"de": {"ließ", "ließen", "lässt", "lassen", "lasse", "ließe", "gelassen"}, "en": set()}
SUBJUNCTIVE_ENDING = {"de": "e"}
# German: a Konjunktiv I that the tagger takes for an adverb or adjective and makes the root
# of its sentence ("Die Reform bedeute höhere Mieten", "Der Plan schade der Umwelt"), with
# a subject of its own, goes on with the speaker before (continued._mistagged_subjunctive_de).
MISTAGGED_VERB_POS = {"de": {"ADV", "ADJ"}}
MISTAGGED_VERB_SUBJECTS = {"de": {"nsubj", "expl"}}
PAST_ENDING = {"de": "te"}
# A form in -te is the past of a weak verb when its infinitive is a word of the frequency
# table at least this likely ("machte": "machen", "meldete": "melden", "forderte":
# "fordern"); a verb whose stem ends in -t takes -te in the subjunctive ("erwarte",
# "beinhalte", "arbeite": there is no "erwaren") (speech_parse._weak_past).
INFINITIVE_MIN_LOG_PROB = -16.5
INFINITIVE_ENDINGS = {"de": ("en", "n")}
# ... also when the tagger calls it an auxiliary ("Ein Aufschub gefährde den Frieden": its
# morphology is unsure of verbs it rarely saw), except the pasts in -e of "werden" and of
# the modal and mixed verbs, also with a prefix ("hatte", "konnte", "erkannte").
INDICATIVE_PAST_IN_E = {"de": ("wurde", "ward", "hatte", "konnte", "musste", "durfte", "mochte", "dachte",
                               "brachte", "kannte", "nannte", "wusste", "wandte", "sandte", "rannte", "brannte")}
# Class "a continuation opened by an adverb" ("Außerdem verletze es …", "Zudem schade es
# …"): in the second place of a German main clause after an opening adverb stands its
# finite verb, whatever the tagger says ("verletze" and "schade" were tagged adjectives);
# a word there in -e before a pronoun or an article is the subjunctive of reported speech
# (continued._second_place_subjunctive).
OPENING_ADVERB_TAGS = {"de": {"ADV", "PAV"}}
SUBJECT_AFTER_VERB_TAGS = {"de": {"PPER", "ART", "PDS", "PIS", "PPOSAT", "PIAT"}}
# ... but not before "ich": the present of the first person ends in -e too ("Heute gebe ich
# nach" is the indicative)
FIRST_PERSON_PRONOUNS = {"de": {"ich"}}
# Marks of reported words besides the subjunctive: "dass"/"that" and a colon.
SPEECH_MARKS = {"de": {"dass", ":"}, "en": {"that", ":"}}
# ... but not "that" as a determiner or a relative pronoun: "the first woman to hold that
# office", "a plan that failed" mark no reported words (speech._gate_open).
NOT_SPEECH_MARK_TAGS = {"de": set(), "en": {"DT", "WDT"}}
# ... nor "dass"/"that" of a clause of result: right after "so", or after "so" and one
# adjective or adverb ("so dass er ging", "so müde, dass …", "so late that …").
RESULT_BEFORE_MARK = {"de": {"so", "derart", "dermaßen"}, "en": {"so"}}
# The reported words start after the complementiser ("said on Monday that …").
COMPLEMENTIZERS = {"de": ("dass",), "en": ("that",)}
# German closes the clause before "dass" with a comma ("ist der Meinung, dass …"); English
# "that" after a comma is as often a pronoun ("…, that is when …").
COMMA_BEFORE_COMPLEMENTIZER_LANGS = {"de"}
# "X zeigte sich zufrieden/besorgt": a reflexive verb with a predicative adjective or
# participle of its own (speech_verbs._shows_stance).
# "X gab sich zuversichtlich, dass …" says the same (round 19).
STANCE_VERBS = {"de": {"zeigte", "zeigten", "zeigt", "zeigen", "gab", "gaben", "gibt"}, "en": set()}
REFLEXIVES = {"de": {"sich"}, "en": set()}
# German phrases a verb of saying governs that hold its words when they are no clause of
# their own ("sprach sich gegen Zölle aus", "bestätigte den Vorgang"; quotes.py,
# _middle_field): objects, prepositional phrases, clausal complements; not the subject,
# the one spoken to (iobj), adverbs nor the reflexive (REFLEXIVE_TAGS)
GOVERNED_DEPS = {"de": {"obj", "obl", "ccomp", "xcomp", "obl:arg"}}
REFLEXIVE_TAGS = {"de": {"PRF"}}
PRONOMINAL_ADVERB_TAGS = {"de": {"PROAV", "PAV"}}  # "dafür", "dagegen", "darauf"
DEMONSTRATIVE_TAGS = {"de": {"PDS"}}  # "Dies/Das bestätigte X": the words said before
# where or through what words were said, no part of them (_middle_field)
SPEECH_CHANNELS = {"de": {"twitter", "facebook", "instagram", "x", "interview", "pressekonferenz", "erklärung",
                          "mitteilung", "pressemitteilung", "rede", "fernsehen", "radio", "zeitung", "brief",
                          "sitzung", "plenum", "parlament", "bundestag", "sender", "fernsehsender", "gespräch",
                          "kurznachrichtendienst", "onlinedienst", "sendung", "talkshow"}}
STANCE_TAGS = {"de": {"ADJD", "VVPP"}, "en": set()}
# Words of a stance the tagger may take for a finite verb ("zeigte sich erfreut über …":
# "erfreut" tagged VVFIN); with a tag of STANCE_TAGS any adjective or participle counts.
STANCE_WORDS = {"de": {"erfreut", "enttäuscht", "besorgt", "beunruhigt", "entsetzt", "empört", "erleichtert",
                       "überrascht", "verärgert", "bestürzt", "erschüttert", "schockiert", "überzeugt",
                       "zufrieden", "zuversichtlich", "skeptisch", "optimistisch", "pessimistisch", "dankbar",
                       "offen", "bereit", "gesprächsbereit", "kompromissbereit"}, "en": set()}
STANCE_TOPIC_PREPS = {"de": {"hinsichtlich", "bezüglich", "angesichts", "über", "mit", "von", "gegenüber"}, "en": set()}
# Words that open a fronted object, not a subject: the subject follows the verb ("Seinen
# Amtskollegen forderte X auf, …", "Den Vorschlag kritisierte X").
OBJECT_OPENERS = {"de": {"den", "dem", "einen", "einem", "seinen", "seinem", "ihren", "ihrem", "diesen",
                         "diesem", "unseren"}, "en": set()}
# Articles of an object after the verb when a subject stands before it ("Der Bundesrat wirft
# der Regierung vor"; "der" is a dative there).
OBJECT_ARTICLES = {"de": {"der", "den", "dem", "einer", "einem", "einen"}, "en": set()}
OBJECT_DEPS = {"de": {"obj", "iobj", "obl:arg"}}  # the parse's objects (speakers._object_phrase)
DATIVE_ARTICLES = {"de": {"dem", "einem"}}  # "sagte dem Sender X": X is spoken to
GENITIVE_ARTICLES = {"de": {"der", "des"}}  # "die Sprecherin der SPD-Fraktion X"
# Attribution: "nach Angaben des Élysée-Palasts", "laut X", "according to officials".
ATTRIBUTION = {"de": ("angaben", "zufolge", "laut", "ansicht", "gemäß", "worten", "aussage", "aussagen", "auskunft",
                      "darstellung", "einschätzung", "auffassung", "meinung", "sicht"), "en": ("according",)}
# An attribution noun names its source after "von" or in the genitive ("nach Ansicht von X",
# "nach Ansicht des Ministers"); a state's adjective before it is read apart ("nach
# russischer Ansicht": DEMONYM_SOURCE_NOUNS).
_SOURCE_AFTER = ("von", "vom", "des", "der")
ATTRIBUTION_SOURCE_AFTER = {"ansicht": _SOURCE_AFTER, "darstellung": _SOURCE_AFTER, "einschätzung": _SOURCE_AFTER,
                            "auffassung": _SOURCE_AFTER, "meinung": _SOURCE_AFTER, "sicht": _SOURCE_AFTER}
# ... or a name in the genitive right after it ("nach Ansicht Frankreichs", "nach Meinung
# Russlands"): a proper noun in -s that opens a mention (attribution._genitive_name_source_de).
GENITIVE_NAME_ENDING = {"de": "s"}
# An attribution noun that attributes only after its preposition, within three words ("nach
# Angaben des X", "nach eigenen Angaben"); "Angaben darüber, dass X …", "machte keine Angaben"
# name no source. Class "words, a statement or information after nach" (round 16): "nach den
# Worten des Ministers X", "nach Aussage(n) von X", "nach Auskunft des Ministeriums", "nach
# Darstellung der Regierung"; not "mit anderen Worten", "die Aussage des Zeugen", "Auskunft
# geben".
ATTRIBUTION_PREP_BEFORE = {noun: ("nach",) for noun in ("angaben", "worten", "aussage", "aussagen", "auskunft",
                                                       "darstellung", "einschätzung", "auffassung", "meinung")}
# Class "aus Sicht von X" (round 19): "Aus Sicht der Regierung ist der Plan verfrüht", "aus
# der Sicht des Ministers"; not "in Sicht", "auf lange Sicht"
ATTRIBUTION_PREP_BEFORE["sicht"] = ("aus",)
# One's own words as the source, named by a possessive: "nach seinen Angaben", "seiner
# Ansicht nach", "ihren Worten zufolge" (attribution._possessive_source); not "ihre Angaben
# wurden geprüft".
OWN_WORDS_NOUNS = {"de": {"angaben", "worten", "aussagen", "ansicht", "meinung", "einschätzung", "auffassung",
                          "darstellung"}}
OWN_WORDS_BEFORE = {"de": {"nach"}}
OWN_WORDS_AFTER = {"de": {"nach", "zufolge"}}
# A medium as the source of an attribution is no speaker (docs/annotation.md): "laut der
# Nachrichtenagentur X", "according to news agency X", "according to The Times" (the words
# of a medium's name are lexicon.MEDIA_WORDS).
MEDIA_NOUNS = {"de": {"nachrichtenagentur", "presseagentur", "agentur", "zeitung", "tageszeitung", "illustrierte",
                      "illustrierten",
                      "wochenzeitung", "sender", "fernsehsender", "nachrichtensender", "magazin",
                      "nachrichtenmagazin", "medien", "medienberichten", "berichten", "website", "webseite",
                      "internetseite", "portal", "nachrichtenportal", "onlineportal", "internetportal", "blog"},
               "en": {"news", "newspaper", "broadcaster", "magazine", "tabloid", "daily", "outlet",
                      "website", "reports", "media"}}
# Last words of a newspaper's name besides lexicon.MEDIA_WORDS: "The Baltimore Sun
# reported", "according to the Daily Star": a medium, no speaker (actors.media_name).
MEDIA_NAME_WORDS = {"de": set(), "en": {"sun", "star", "bulletin", "mail", "mirror", "inquirer", "courier",
                                        "examiner", "dispatch", "express", "press", "observer", "standard"}}
# English: a state or capital right before a capitalised word of no other name starts a
# longer name, which it does not make a speaker: "according to Lisbon Herald", "Manila
# Water said" (speech._starts_longer_name).
LONGER_NAME_LANGS = {"en"}
# A body named by its bare noun right after an attribution word, this many words on:
# "according to police", "laut Polizei" (bodies._bare_body).
BARE_BODY_AFTER = {"en": {"according": 2}, "de": {"laut": 1}}
# A place right after a source belongs to its phrase, not to the words: "nach Einschätzung der
# Regierung in Wien wird …" (attribution._source_end).
SOURCE_PLACE_PREPS = {"de": {"in"}, "en": {"in"}}
# The medium that carried a source's words belongs to the source's phrase, not to the words:
# "…, according to the mayor via news agency X." (class "the source, not the medium, speaks",
# round 20; attribution._source_end): the preposition and its noun phrase, up to a comma or
# the sentence's end.
SOURCE_MEDIUM_PREPS = {"en": {"via"}}
# Class "a title with its qualifiers before a name" (round 16): "Die Beauftragte für die
# Gespräche mit der Regierung X sagte …": at most this many words between the role noun and
# the name right before the verb (speakers._name_after_qualifiers).
TITLE_QUALIFIERS_MAX = 12
# Class "a name with its party in brackets" (round 16): "X (SPD), der Vorsitzende des
# Ausschusses, bezeichnete …": a bracket of at most this many tokens with its marks between
# a name and the apposition after it (speakers._ends_before).
BRACKET_AFTER_NAME_MAX = 6
# Class "a sentence that names its own source" (round 16): a verb of reporting that is no
# statement of ours (eyewitnesses, media: "Wie Augenzeugen berichteten, gebe es …") ends the
# reported speech of the statement before (speech._continued_by).
OWN_SOURCE_VERBS = {"de": {"berichtete", "berichteten", "berichtet", "meldete", "meldeten", "meldet"}, "en": set()}
# Class "an apposition after the source" (round 16): "Laut X, Vorstandschef der Agentur, sei
# die Quote gesunken": the apposition belongs to the source, not to the words; it opens
# with one of these parts of speech (attribution._source_apposition_end).
APPOSITION_START_POS = {"DET", "ADJ", "NOUN"}
# Attribution words that follow their source ("dem Ministerium zufolge").
ATTRIBUTION_AFTER_SOURCE = {"de": ("zufolge",), "en": ()}
# A source and a colon before a quotation, with at most these words besides the name:
# "Der Senat dazu: „…“", "The minister: "…"".
COLON_SOURCE_WORDS = {"de": {"dazu", "hierzu", "darauf", "dann", "nur"}, "en": {"then", "simply"}}
# Any clause with a subject that ends in a colon before a quotation introduces the
# quotation ("X drängt auf Reformen: „…“"; read from the parse, attribution._colon_quote).
COLON_QUOTE_LANGS = {"en", "de"}
# ... also where the parse makes the clause before the colon part of the quotation's
# sentence (its verb's head stands after the colon).
COLON_CLAUSE_UNDER_QUOTE = {"en"}
# German reported speech after a colon needs no quotation marks: its subjunctive marks it
# ("X gab sich zuversichtlich: Ein Abkommen sei in Reichweite"; attribution._reported_after).
SUBJUNCTIVE_AFTER_COLON_LANGS = {"de"}
SUBJECT_AFTER_VERB_LANGS = {"de"}
# The source's own account ("Das Ministerium will nach eigenen Angaben …"):
# the subject is the source.
OWN_ACCOUNT = {"de": ("eigenen",), "en": ()}
# A state's adjective before an attribution noun makes the state the source: "nach
# israelischen Angaben", "laut russischer Darstellung", "nach russischer Ansicht"
# (attribution._demonym_source). English "according to Israeli officials" names vague speakers.
DEMONYM_SOURCE_NOUNS = {"de": {"angaben", "ansicht", "darstellung", "einschätzung", "auffassung"}, "en": set()}
DEMONYM_SOURCE_PREPS = {"de": {"nach", "laut"}, "en": set()}
# An attribution after the words, behind a comma: "„Wir haben gewonnen“, so der Präsident."
ATTRIBUTION_AFTER_WORDS = {"de": ("so",), "en": ()}
# Class "so X weiter" (round 19): an adverb of continuing may close the source of "so" ("Es
# gebe keinen Ausweg, so die Ministerin weiter", "…, so der Sprecher zudem"; attribution._after_source).
ATTRIBUTION_AFTER_WORDS_CLOSERS = {"de": {"weiter", "zudem", "außerdem", "ferner", "abschließend"}}
# A reporting clause that opens the sentence and ends with its verb of saying: the words
# are the main clause after it ("Wie der Beauftragte, X, mitteilte, ist die Zahl gestiegen";
# quotes._after_reporting_clause, round 16).
REPORTING_CONJUNCTIONS = {"de": {"wie"}, "en": set()}
# ... but not "so" that opens an example ("zahlreiche Politiker, so etwa X, der Präsident
# …, kritisierten …": X is one of them, no source; round 16).
EXAMPLE_WORDS = {"de": {"etwa", "zum", "beispielsweise", "unter"}, "en": set()}
# An impersonal report with its source after it: "…, hieß es aus dem Außenministerium".
IMPERSONAL_REPORT = {"de": {"hieß": (("es", "aus"), ("es", "von"), ("es", "vom"))}, "en": {}}
# ... also with the source opening the sentence (class "fronted source of hieß es", round 19):
# "Aus dem Ministerium hieß es, …", "Vom Kreml hieß es, …" (attribution._impersonal_report).
IMPERSONAL_REPORT_FRONTED = {"de": {"aus", "von", "vom"}}
# ... and without a source: "…, hieß es (weiter)." at the end of a sentence goes on with the
# speaker of the statement before it in the paragraph, at most this many sentences back
# (class "hieß es without a source"; continued._impersonal_report_after).
IMPERSONAL_REPORT_AFTER = {"de": (*IT_SAYS["de"], {"weiter", "außerdem", "zudem", "ferner", "dazu"})}
IMPERSONAL_REPORT_REACH = 3
# Plural or generic sources: never a speaker ("Beobachter gehen davon aus, dass …").
# How the English parse hangs the second of two coordinated reports with subjects of their
# own ("X called it "…" and Y called it "…"", speech._coordinated_report).
COORDINATED_REPORT_DEPS = {"de": set(), "en": {"conj", "advcl"}}
# "according to police and county officials, …": a source with vague partners after it,
# which speak with it but are no actor (bodies._vague_partner).
SOURCE_PARTNER_CONJUNCTIONS = {"de": set(), "en": {"and"}}
GENERIC_SPEAKERS = {
    "de": {"beobachter", "experten", "analysten", "kritiker", "diplomaten", "beamte", "kreise",
           "regierungskreisen", "regierungskreise", "medien", "opposition", "man"},
    "en": {"observers", "experts", "analysts", "critics", "officials", "diplomats", "sources",
           "source", "media", "groups", "leaders"},
}
# English subjects that are no actor themselves but speak for an actor in their phrase:
# "Senator X's campaign said", "a report from the Mexican government said", "the
# government statement announced", "authorities in Japan announced" (the owner, the source,
# the state). Any other common noun as subject ("his family said", "a source within the
# ministry said", "researchers from X reported") makes no speaker of the actors around it.
SPEAKS_FOR_OWNER = {"de": set(), "en": {
    "campaign", "office", "team", "camp", "report", "reports", "statement", "statements",
    "release", "letter", "authorities", "authority", "website",
    # posts: "according to a tweet by the foreign minister" (not "post": as often a
    # private person's, measured on dev)
    "tweet", "tweets", "announcement",
    # a court's written summary of its judgment ("the court's summary concluded: "…""),
    # its opinion ("The opinion of the court read, "…"")
    "summary", "opinion",
    # class "a court's ruling" (round 20): "the judges of the court decided that …", "the
    # court's ruling said …"; class "an authored report": "a study by the WHO found that …"
    "judges", "justices", "ruling", "judgment", "judgement", "study",
    # round 20, second wave: an internal note made public ("according to a memo posted
    # online by Senator X")
    "memo", "memorandum"}}
# Class "a reporting verb before its speaker" (round 20; speech_verbs._inverted_opener):
# "Remarked the agency's director X, "…"", "Said the minister: "…"": past forms that may
# open a sentence before the speaker's phrase (at most INVERTED_SPEAKER_MAX_WORDS words,
# its comma or colon included) and a quotation; not before the words of
# INVERTED_NOT_AFTER ("Said to be the oldest, …").
INVERTED_SPEECH_OPENERS = {"en": {"said", "remarked", "added", "noted", "explained", "commented", "stated",
                                  "wrote", "continued", "declared", "replied", "responded", "warned",
                                  "insisted", "concluded", "observed", "tweeted"}}
INVERTED_NOT_AFTER = {"en": {"to", "by", "in", "on", "at", "for", "with", "that"}}
INVERTED_SPEAKER_MAX_WORDS = 14
# A line without sentence-final punctuation is a headline (speech_parse._headline) up to this
# many words; a longer one is a paragraph whose end lacks it ("…," the opinion read, "…"
# followed by the quotation's original without a full stop).
HEADLINE_MAX_WORDS = 40
# Class "a clause without "that" the parse splits" (round 20; speech_verbs._object_taken_for_subject):
# "X ruled the draft violated the constitution" parsed as an object and an adverbial clause
# of a finite verb, or "ruled the practice, or the draft, is unlawful" as a second verb
# after the object's insertion (these dependencies and tags).
SPLIT_CLAUSE_DEPS = {"en": {"advcl", "conj"}}
FINITE_PAST_PRESENT_TAGS = {"en": {"VBD", "VBZ", "VBP"}}
# The preposition that joins a noun to the noun that says whose or what it is, where German
# has a genitive instead: such a thing's owner after it, a body by its head noun ("the
# opinion of the court", speakers._phrase_speaker); what an object is ("declared a state of
# emergency", speech_verbs._act_on_object).
NOUN_OF_PREPS = {"de": set(), "en": {"of"}}
# A clause of contrast opened by one of these words holds another speaker's words of its own,
# also where the parse hangs it inside the first one's reported clause ("X said the
# victims were young, while Y wrote he had ordered checks"; speech._contrast_clause).
CONTRAST_MARKS = {"en": {"while", "whereas"}}
# An unnamed spokesperson ("A spokesperson told …", "Eine Sprecherin sagte, …") speaks for
# the one body whose statement the sentences before report, at most this many sentences
# back, and in its own paragraph in the languages of SPOKESPERSON_SAME_PARAGRAPH
# (bodies._body_before).
SPOKESPERSON_REACH = {"de": 1, "en": 2}
SPOKESPERSON_SAME_PARAGRAPH = {"de"}
# Languages whose bare spokesperson is found as the speaker's mention
# (bodies._spokesperson_of_speaker_before); German finds "eine Sprecherin" and "ein
# Tarvak-Sprecher" next to the verb (bodies._unnamed_spokesperson).
SPOKESPERSON_MENTION_LANGS = {"en"}
# An unnamed member of a body named right after a preposition ("an official from the
# ministry said", "a representative at the embassy said"): the body speaks, as for an unnamed
# spokesperson (docs/annotation.md; bodies._body_of_member). "of" phrases are part of the
# description itself ("an official of the ministry").
BODY_MEMBER_NOUNS = {"de": set(), "en": {"representative", "officer"}}
# Class "an indefinite unnamed official, diplomat or source" (docs/annotation.md, decided in
# round 20): "a senior US official said", "a Kremlin official", "an official from the
# ministry", "ein hochrangiger Diplomat", "ein Beamter des Außenministeriums" are vague,
# no statement, even with a state or body named (vague.vague_member); an unnamed
# spokesperson of a named body still makes the body the speaker. German compounds end in
# these words ("US-Diplomat", "Regierungsbeamter", "Polizeibeamtin").
VAGUE_MEMBER_NOUNS = {
    "en": {"official", "officials", "diplomat", "diplomats", "source", "sources", "insider", "insiders"},
    "de": {"diplomat", "diplomatin", "diplomaten", "beamter", "beamtin", "beamte", "beamten", "quelle",
           "quellen", "insider", "insiderin", "offizieller", "funktionär", "funktionärin"},
}
# Words between a state or body and the vague noun it qualifies ("a senior US military
# official", "a Kremlin foreign policy source"): at most this many.
VAGUE_MEMBER_GAP = 2
BODY_MEMBER_PREPS = {"de": set(), "en": {"from", "at", "with"}}
# A subject phrase that names its members: "countries including X and Y said", "other
# Republicans, such as X, …": the members speak.
MEMBERS_NAMED_BY = {"de": set(), "en": {"including", "like", "such"}}
# "The agency quoted X as saying …", "cited X as saying": the one quoted speaks, not the
# one quoting (often a medium).
QUOTED_AS = {"de": set(), "en": {"cited", "cites", "quoted", "quotes"}}
# A present claim with a noun as object is a claim to something, not words: "China, which
# claims most of the sea, …" (but "The government claims X flies arms" reports words).
CLAIMS_TO = {"de": set(), "en": {"claims", "claim"}}
# Verbs of saying whose object makes them an act, not words (any form of the verb): a claim
# of a toll counts the dead ("the storm claimed about 3000 lives"); a chamber confirming a
# nomination votes ("the Senate confirmed her nomination", "bis der Senat die Ernennung
# bestätigt"); so does confirming a person or a holder of a role ("bestätigte die Ministerin X
# im Amt", "bis der Senat einen neuen Direktor bestätigt").
# Writing a book, a column or songs is authorship, not a statement ("has written four books";
# "wrote a letter" stays one).
_WORKS_DE = {"buch", "bücher", "roman", "romane", "kolumne", "kolumnen", "memoiren", "biografie", "lied", "lieder"}
_WORKS_EN = {"book", "books", "novel", "novels", "memoir", "memoirs", "column", "columns", "biography",
             "song", "songs", "articles", "screenplay", "poems"}
_PLEDGED_MONEY_EN = {"funds", "funding", "money", "aid", "loans", "grants", "donations", "dollars", "euros",
                     "$", "€", "£", "million", "billion"}
OBJECTS_NOT_WORDS = {
    "de": {"bestätig": {"ernennung", "nominierung", "berufung", "kandidatur", "kandidaten", "kandidatin",
                        "nachfolger", "nachfolgerin", "direktor", "direktorin"},
           "schrieb": _WORKS_DE, "schreib": _WORKS_DE, "geschrieben": _WORKS_DE},
    "en": {"claim": {"lives", "life", "victims", "casualties"},
           "confirm": {"nomination", "nominations", "appointment", "appointments", "nominee", "nominees"},
           "writ": _WORKS_EN, "wrote": _WORKS_EN,
           # a pledge of money gives it, it is no words ("the three banks have pledged funds
           # for the new port", "pledged $40 million"; "pledged to rebuild the port" stays one)
           "pledg": _PLEDGED_MONEY_EN,
           # declaring an emergency or a war is an act of office, no words ("the governor
           # declared a state of emergency in the north"; "declared the vote a fraud" and
           # "declared that the vote was over" stay statements)
           "declar": {"emergency", "emergencies", "war", "curfew", "lockdown", "independence"}}}
# A response in deeds is an act (class "responded with sanctions", round 19): the verb's
# stem, the preposition right after it and the nouns of deeds after it ("Moscow responded
# with sanctions of its own", "replied with air strikes"; "responded with a statement …",
# "responded that …" stay words; speech_verbs._act_on_object).
_DEEDS_EN = {"sanctions", "strikes", "airstrikes", "force", "tariffs", "missiles", "troops", "fire", "attacks",
             "countermeasures", "measures", "arrests", "raids", "rockets", "drones", "shelling", "bombing"}
ACTS_AFTER_PREP = {"de": {}, "en": {"respond": ("with", _DEEDS_EN), "repli": ("with", _DEEDS_EN)}}
CONFIRMS_PERSONS = {"de": ("bestätig",), "en": ("confirm",)}
# Verbs of saying that with a reflexive pronoun say nothing: "die Regierung verspricht sich
# Fortschritte davon" (expects them), unlike "verspricht Fortschritte".
NOT_WITH_REFLEXIVE = {"de": ("versprech", "versprich", "versprach"), "en": ()}
# The parse's direct object of a verb of saying: what it confirms or claims (speech_verbs._act_on_object),
# what it is said of (quotes._complement).
DIRECT_OBJECT_DEPS = {"de": {"obj"}, "en": {"dobj"}}
# … or the phrase of a preposition right after the verb ("called for a ceasefire", "warned of
# war"; not "said on Monday", "said in a statement").
SAID_OF_PREPS = {"de": set(), "en": {"for", "of", "about", "against"}}
# A quotation set in running text after a word, of no more words than this, is a fragment of
# the reported clause ("nannte ihn einen „verrückten Botschafter“"): the clause is the quote.
QUOTE_FRAGMENT_MAX_WORDS = 8
# A report inserted between commas into the words it reports ("The talks, X said on Monday,
# have failed": the words are those around it): the parse's dependency of such an inserted
# verb on the words' verb (speech_parse.inserted_report).
INSERTED_REPORT_DEPS = {"en": {"parataxis"}}
# ... or the dependency of the words before it on the verb ("Fares would rise, X said, and
# the line would open": the words are its complement) ...
INSERTED_REPORT_WORDS_DEPS = {"en": {"ccomp"}}
# ... and the tags of the verb's own phrase after the closing comma that are no words
# ("…, X said, citing the war", "…, X said, speaking in Dover").
INSERTED_REPORT_OWN_AFTER = {"en": {"VBG"}}
# Round 21, class "reporting clause inserted between commas" (dating): the languages whose
# inserted report is found by the parse (the verb hangs on the words' verb by
# INSERTED_REPORT_DEPS, before or after it: "The talks, X said, would resume in May", "They
# would resume in May, he said, and end in June") or by its surface (German: the verb of
# saying or "so" right after a comma, its speaker and a closing comma, the words going on
# with a verb: "Die Gespräche, teilte X mit, würden im Mai fortgesetzt", "Die Gespräche
# würden, so X, im Mai fortgesetzt"; speech_parse.inserted_report). Its reporting clause
# is the span between the commas, at most so many tokens.
INSERTED_REPORT_BY_PARSE = {"en"}
INSERTED_REPORT_BY_SURFACE = {"de"}
INSERTED_REPORT_MAX = 10
# ... and no inserted report after a subordinate clause, whose verb of saying is the main
# clause's ("Als X eintraf, sagte Y, …", "Wie erwartet, sagte Y, …"): the tags of the first
# word of the stretch before the opening comma that make it one.
INSERTED_REPORT_NOT_AFTER_TAGS = {"de": {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KOKOM"}}
# What the object is said to be or to do, after it: "urged both sides to show restraint",
# "accused X of lying", "blamed X for the failure", "rejected the plan as unfair".
OBJECT_COMPLEMENT_DEPS = {"de": set(), "en": {"xcomp", "oprd"}}
OBJECT_COMPLEMENT_PREPS = {"de": set(), "en": {"of", "for", "as"}}
# The bare infinitive or imperative of an English verb of saying reports nothing ("declined to
# comment", "would not say", "Let's say"); its other forms do.
NOT_REPORTING_TAGS = {"de": set(), "en": {"VB"}}
# … but "went on to say", "continued to argue" report with the subject of the verb of going on.
GO_ON_VERBS = {"de": set(), "en": {"went", "goes", "go", "going", "continued", "continues", "continue"}}
# Also a medium taken to say it (class "took to social media to condemn", round 19): "took to
# X to criticise the ruling", with "to" right after the verb of taking (not "It took the
# ministry two days to announce …", "took the opportunity to thank"). Not "used Instagram to
# thank supporters" (tried: a spurious statement on dev, whose gold leaves it out).
TAKE_TO_VERBS = {"de": set(), "en": {"took", "takes", "take", "taking"}}
# English: a statement told as a thing its subject issued or sent ("X issued a statement
# calling for …", "X sent a letter requesting …"), or as the place of what the subject says
# ("In his statement, X found the strike justified"); attribution._statement_occasion.
# A court's opinion is its findings put into words ("the court issued an opinion on the
# law, finding it void"); not a ruling or an order issued, which decide rather than say (the
# words a ruling is said to contain are read with the document nouns, lexicon.DOCUMENT_NOUNS).
STATEMENT_NOUNS = {"en": {"statement", "statements", "letter", "letters", "message", "announcement",
                          "communique", "communiqué", "declaration", "release", "opinion", "opinions"}}
# ... but "In her opinion, the law fails" is the writer's view, not a court's: an opinion is
# a statement only as a thing issued.
ISSUED_ONLY_NOUNS = {"en": {"opinion", "opinions"}}
ISSUE_VERBS = {"en": {f for lemma in ("issue", "release", "send", "publish", "deliver", "make") for f in _en_forms(lemma)}
               | {"sent", "made"}}
STATEMENT_PLACE_PREPS = {"en": {"in"}}
# "The statement said …", ""…," read the statement", "The report says …": a document or
# statement named again speaks for its author or issuer named before (after DOCUMENT_DEFINITE,
# within DOCUMENT_BACK_REACH; speakers._document_named_before) ...
DOCUMENT_BACK_NOUNS = {"en": set(lx.DOCUMENT_NOUNS["en"]) | STATEMENT_NOUNS["en"]}
# … or after the possessive pronoun that points back to whoever issued it ("The council released a
# statement on Friday. Its statement also read "…"": the council).
STATEMENT_BACK_POSSESSIVES = {"en": {"its", "their", "his", "her"}}
# Words that came from their speakers: a noun of words said as the subject or object of a
# verb of coming or giving, the speakers after its preposition ("Kritik kam vom Präsidenten
# X", "Lob gab es von X und Y", "Statements of sympathy came from X, Y and Z", "Tributes were
# paid by X"); attribution._words_from.
WORDS_FROM_NOUNS = {
    "de": {"kritik", "lob", "glückwünsche", "beileid", "beileidsbekundungen", "warnungen", "warnung",
           "widerspruch", "zustimmung", "forderungen", "aufrufe", "appelle", "verurteilungen",
           "stellungnahmen", "stellungnahme", "reaktionen", "dementi", "dank", "drohungen"},
    "en": {"criticism", "criticisms", "praise", "condemnation", "condemnations", "statement", "statements",
           "tributes", "condolences", "congratulations", "messages", "warnings", "warning", "reactions",
           "denials", "objections", "appeals", "threats", "sympathy"}}
# Verb form → (the prepositions before the speakers, the noun's relation to the verb).
_FROM_DE = (("von", "vom", "aus"), {"nsubj"})
_BY_DE = (("von", "vom"), {"nsubj:pass"})
WORDS_FROM_VERBS = {
    "de": {**{f: _FROM_DE for f in ("kam", "kamen", "kommt", "kommen", "gekommen")},
           **{f: (("von", "vom"), {"nsubj", "obj"}) for f in ("gab", "gibt")},  # "Lob gab es von X"
           **{f: _BY_DE for f in ("geäußert", "geübt", "ausgesprochen", "übermittelt")}},
    "en": {**{f: (("from",), {"nsubj"}) for f in ("came", "come", "comes", "coming")},
           **{f: (("by",), {"nsubjpass"}) for f in ("paid", "sent", "offered", "expressed", "voiced", "issued")}}}
# Words that make a body noun part of a longer name the actors missed ("the Myanma embassy",
# "Goa's government", "Toronto Police"): no bare body of its own (bodies._bare_body).
NOUN_MODIFIER_DEPS = {"de": set(), "en": {"det", "poss", "compound", "amod", "nmod"}}
# "according to Glen Falls' mayor, X": the possessive of a name in -s is a bare apostrophe
BARE_APOSTROPHE = {"'", "’"}
# An English subject that is only an adjective or a determiner names nobody ("the
# second accused him", "many said", "both claimed"): no speaker, and not the object after the verb.
VAGUE_SUBJECT_POS = {"de": set(), "en": {"ADJ", "DET"}}
# English "it"/"they" as the subject of a verb of saying: the body or state that spoke in the
# sentence before goes on (bodies._body_pronoun).
BODY_PRONOUNS = {"de": set(), "en": {"it", "they"}}
# Languages where a definite role word ("the president said") goes to the holder of the
# role named last before it when several are named (speakers._role_holder); German keeps
# the one-holder rule, measured on its own.
LATEST_ROLE_HOLDER_LANGS = {"en"}
# Possessive pronouns that name the owner of an attribution's source: "according to her
# statement" (the owner speaks, SPEAKS_FOR_OWNER), "according to her memoirs" (a document).
OWNER_PRONOUNS = {"de": set(), "en": STATEMENT_BACK_POSSESSIVES["en"]}  # the same possessive pronouns
# A relative named by a possessive and a kinship noun is a private person, no speaker
# (docs/annotation.md): "his wife Anna said", "announced by her son Tom", "seine Tochter Eva".
KIN_NOUNS = {
    "de": {"frau", "ehefrau", "mann", "ehemann", "witwe", "sohn", "tochter", "bruder", "schwester",
           "mutter", "vater", "familie", "enkel", "enkelin", "neffe", "nichte"},
    "en": {"wife", "husband", "widow", "son", "daughter", "brother", "sister", "mother", "father",
           "family", "grandson", "granddaughter", "nephew", "niece"},
}
KIN_POSSESSIVES = {"de": {"sein", "seine", "seiner", "seinem", "ihr", "ihre", "ihrer", "ihrem"},
                   "en": {"his", "her", "their"}}
# Words of office that tie a speaker to public affairs besides data/public_affairs_words.tsv
# and the titles (speech._outside_public_affairs): "the city's security chief X", "Detective
# Inspector X", "X, formerly a deputy administrator at the agency", "X, chief of staff".
SPEAKER_OFFICE_WORDS = {"de": set(), "en": {
    "chief", "attorney", "inspector", "detective", "constable", "sergeant", "administrator",
    "deputy", "director", "chair", "chairman", "chairwoman", "chairperson", "staff", "member", "members",
    "lawmaker", "lawmakers", "legislator", "legislators", "council", "councillor", "councilor", "agency", "institute",
    # ranks of police, armed forces and public services ("County Sheriff X", "Colonel Y";
    # not "captain", which is as often a sports team's)
    "sheriff", "coroner", "trooper", "marshal", "colonel", "lieutenant", "admiral", "superintendent",
    # what a speaker on policy speaks about ("X of the Clean Water Fund said the law was unfair")
    "law", "laws", "ruling", "rulings", "verdict", "tax", "taxes", "budget",
    # titles in the plural ("one of the country's Vice Presidents, X,")
    "vice", "presidents", "ministers", "governors", "senators", "ambassadors", "mayors"}}
# Words that may stand, with demonyms, between two speakers of a row besides "and" and titles
# (class "a counterpart in a row of speakers", round 19): "X and his Greek counterpart Y
# said …", "X and French President Y told reporters …" (speakers._joint_speakers).
ROW_COUNTERPART_WORDS = {"en": {"his", "her", "their", "counterpart", "counterparts"}}
# Words that may stand between two names of one row of speakers besides "," and "and":
# "X and former president Y announced" (titles themselves come from the gazetteer).
TITLE_MODIFIERS = {"de": {"ehemalige", "ehemaliger", "frühere", "früherer", "amtierende", "amtierender"},
                   "en": {"former", "acting", "fellow", "then", "current"}}
# "the United States Department of Health said": a state before one of these capitalised
# nouns names a body the tagger did not find; the state does not speak.
BODY_NAME_HEADS = {"de": set(), "en": {"department", "ministry", "embassy", "agency", "office", "commission",
                                       "council", "administration", "service", "bureau", "consulate"}}
# "…, Y and a spokesperson for President Z": the preposition after a spokesperson's noun
# that names whom the spokesperson speaks for, in a row of speakers (speakers._joint_speakers).
SPOKES_FOR_PREPS = {"de": set(), "en": {"for"}}
# The article before a body named in a row of speakers ("Both the council and the
# government called for …", "Kanada und die Afrikanische Union warnen …";
# speakers._joint_speakers).
ROW_ARTICLES = {"de": {"der", "die", "das"}, "en": {"the"}}
# The words that join the last speaker to a row of speakers: "und", and German "sowie"
# ("Die Caritas, die AWO sowie der DGB kritisierten …"; speakers._joint_speakers).
# German: the tag of a common noun that names a body by its kind right before the body's
# name ("die Medienaufsichtsbehörde CSA"; the tagger's part of speech may say PROPN):
# the name speaks (bodies._name_after_body_noun_de).
BODY_NOUN_TAGS = {"de": {"NN"}}
ROW_AND = {"de": ("und", "sowie"), "en": ("and",)}
# ... and a joiner of two words, read as one "und" (class "sowohl … als auch", round 19):
# "Sowohl die SPD als auch die Grünen kritisierten …" (speakers._joint_speakers).
ROW_AND_PAIRS = {"de": (("als", "auch"),), "en": ()}
# German: an abbreviation in brackets in a row of speakers stands for the name before the
# brackets, of at most this many words ("die Arbeiterwohlfahrt (AWO) und …",
# speakers._row_gap_de).
ROW_NAME_BEFORE_BRACKETS = 8
# German: a row of speakers that stands as conjuncts of a plural noun that is the subject
# ("Verbände wie der DGB und die AWO kritisierten …": the parser hangs the names on
# "Verbände"), the dependencies that lead from a name to that subject (speakers._row_subject_de).
ROW_SUBJECT_LINKS = {"de": {"conj", "appos", "flat", "flat:name"}}
# German: a comma before the verb of saying that parts a row of names (the next word a
# conjunct), and the clause the verb governs after its own comma: "Im Stadtrat hatten die
# Gruppen von A, B und C den Bürgermeister aufgefordert, den Bau zu stoppen" reports
# the clause after, not the words before that comma (quotes._reported_words).
ROW_COMMA_DEPS = {"de": {"conj"}}
# Class "a surname that opens with particles" (round 18): "sagte von der Lohe", "Von der
# Lohe sagte": the words before a name the parse takes for a place after "von der"
# (speakers._particle_surnames).
# The first word opens a name: of nobility or a pair's first ("von der Lohe", not "aus der
# Lohe" after a name); the words after it may be a pair's second (lexicon's particle tables).
SURNAME_OPENING_PARTICLES = {"de": lx.NOBILITY_PARTICLES | lx.PAIR_FIRST_PARTICLES}
SURNAME_PARTICLES = {"de": SURNAME_OPENING_PARTICLES["de"] | lx.PAIR_SECOND_PARTICLES}
# Class "a body in person of its member" (round 18): "Die Partei, in Person ihres Vorsitzenden
# X, forderte …": the inset opened by these words names the person who speaks
# (speakers._apposition_name).
IN_PERSON_OF = {"de": ("in", "person")}
# Class "the bodies of several states" (round 18): a plural body noun as the subject with a
# row of states in the genitive after it ("Die Regierungen Österreichs, Irlands und der
# Schweiz hatten sich gegen den Plan gewandt"): each state speaks (speech._bodies_of_states);
# the singular names a body of its own ("das Parlament Polens").
PLURAL_STATE_BODIES = {"de": {"regierungen", "parlamente", "außenministerien", "verteidigungsministerien",
                              "staatsregierungen"}}
CLAUSE_AFTER_VERB_DEPS = {"de": {"xcomp", "ccomp", "advcl"}}
# The palace speaks for the monarch: "The palace said …", "Buckingham Palace announced …"
# give the one king or queen the article names (docs/annotation.md: the gold names the
# monarch; bodies._palace_monarch), by the head of their role.
PALACE_NOUNS = {"de": set(), "en": {"palace"}}
MONARCH_ROLES = {"de": set(), "en": {"king", "queen", "emperor", "empress", "emir", "sultan"}}
# Small words inside a title before a name ("stated Minister of Information X", "said
# Secretary for Trade X"; speakers._inset_attribution).
TITLE_LINKS = {"de": set(), "en": {"of", "for"}}
# German object forms: "Die Opposition nannte ihn einen Lügner" has no speaker among them
# (English finds its subject by the parse).
OBJECT_PRONOUNS = {"de": {"ihn", "ihm", "ihnen"}, "en": set()}
# "the ministry has not commented", "äußerte sich nicht": a negated verb of saying reports that
# nothing was said; "did not meet", "traf X nicht": no meeting.
NEGATIONS = {"de": {"nicht", "nie", "niemals"}, "en": {"not", "n't", "never"}}
# ... but a verb whose negation still puts words out (class "not ruling out", round 19):
# "schloss nicht aus, dass …", "schließt eine Einigung nicht aus" says it may happen.
NEGATED_STILL_SAYS = {"de": {"schloss", "schlossen", "schließt", "ausschloss", "ausschlossen", "ausschließt"}}
# "have not met since the talks in May": an earlier meeting after a negated one.
SINCE = {"de": {"seit", "seitdem"}, "en": {"since"}}
# "nicht nur", "not only": no negation of the verb.
NOT_ONLY = {"de": {"nur"}, "en": {"only"}}
# English auxiliaries that carry the negation of a later verb ("had not, as of yesterday,
# announced").
NEGATED_AUX = {"de": set(), "en": {"had", "has", "have", "did", "does", "do"}}
# A name right after one of these is an object or a topic, not the one speaking
# ("sprach mit X", "talked to X", "criticism by X").
# The one spoken to, named before a pronoun that speaks: "In an interview with X, she said",
# "Speaking to X, he said" (speech._addressed_before).
ADDRESSEE_PREPS = {"en": {"with", "to"}}
# German: the one spoken to after an inverted verb of saying: "…, sagte ein Mitarbeiter
# gegenüber dem Korrespondenten X", "…, sagte sie vor Journalisten" (speakers._late_subject).
SPOKEN_TO_PREPS = {"de": {"gegenüber", "zu", "vor"}}
SPEAKER_BLOCKING_PREPS = {
    "de": {"mit", "von", "nach", "gegenüber", "für", "über", "an",
           # "die Vorsitzende im Landtag, X": where a role is held
           "in", "im", "bei", "beim", "zum", "zur"},
    "en": {"with", "to", "for", "by", "about"},
}
# Relative pronouns that open an apposition before the verb ("X, who …, said").
RELATIVE_PRONOUNS = {"de": ("der", "die", "das"), "en": ("who", "which")}
# tags of German words that open a clause depending on another: relative pronouns and
# subordinating conjunctions ("die", "ob", "weil"; speech_parse._subordinate)
SUBORDINATE_TAGS = {"de": {"PRELS", "PRELAT", "KOUS"}}
# The passive of a verb of saying names its speaker as the agent: "wurde von der Partei
# kritisiert", "was criticised by the minister". German: an auxiliary of "werden" in the
# clause and the agent after "von"/"vom"; English: the agent after "by".
PASSIVE_WERDEN = {"de": {"wurde", "wurden", "wird", "werden", "worden"}, "en": {"was", "were", "been", "is", "are"}}
AGENT_PREPS = {"de": {"von", "vom"}, "en": {"by"}}
# ... except the passive of quoting, whose subject is the speaker and whose agent, if any, the
# medium that quotes ("X wurde mit den Worten zitiert: …", "wurde von der Zeitung zitiert").
SPEAKER_PASSIVES = {"de": {"zitiert"}, "en": set()}
# Words that open no subject: an object after the verb ("kritisierte den Minister X").
NOT_NOMINATIVE = {"de": ("den", "dem", "des", "einen", "einem", "eines", "ihn", "ihm"), "en": ()}
# "was welcomed by", "were received": the passive before a verb.
PASSIVE_AUX = {"de": set(), "en": {"was", "were", "been", "being"}}
# Present-tense demands by a state or organisation without a date ("Die Bundesregierung
# fordert seit Monaten …", "Russia demands …") state a standing position, not a dated
# statement; a perfect auxiliary in the sentence makes it a report again ("hat gefordert").
POSITION_VERBS = {
    "de": {"fordert", "fordern", "verlangt", "verlangen", "warnt", "warnen", "lehnt", "lehnen"},
    "en": {"demands", "demand", "urges", "urge", "warns", "rejects", "reject", "insists", "insist",
           "calls"},
}
# The plural forms of them: a row of persons too states a position with them ("X und Y
# lehnen den Vorschlag ab").
POSITION_PLURALS = {"de": {"fordern", "verlangen", "warnen", "lehnen"}, "en": {"demand", "urge", "reject", "insist"}}
# A reason or reported words after the verb make the position a statement of that day: "Die
# Regierung lehnt den Plan ab, da er zu teuer sei" (the subjunctive counts as well); what is
# demanded ("verlangt, dass …") does not.
POSITION_REASONS = {"de": {"da", "weil", ":"}, "en": {"because", ":"}}
# (dates_lexicon.PERFECT_AUX is another list: the present-perfect auxiliaries that set a tense.)
REPORT_AUX = {"de": {"hat", "haben", "hatte", "hatten"}, "en": {"has", "have", "had"}}
# A statement after a meeting ("sagte nach dem Treffen", "after the talks", "zu Beginn des
# Gesprächs"): the word before a meeting noun, and words that refer back by themselves.
AFTER_MEETING = {"de": {"nach", "beginn"}, "en": {"after", "start"}}
AFTERWARDS = {"de": (("im", "anschluss"), ("anschließend",)), "en": (("afterwards",),)}

# === shared tests (events/phrases.py) ======================================================

# German participial attributes: "der von Kanada angeführten Allianz", "die vom Premier X
# geführte Regierung": an actor after an article and one of these prepositions, before a
# participle and its noun, only qualifies the noun, which is the one that acts or speaks
# (phrases.participial_head).
ATTRIBUTE_AGENT_PREPS = {"de": {"von", "vom", "durch"}}
# The noun of such an attribute is a body of its own when it ends in a body's word of
# data/bodies.tsv or in one of these ("der von Kanada angeführten Militärkoalition").
ATTRIBUTE_BODY_HEADS = {"de": ("koalition", "allianz", "bündnis", "organisation")}
# "Sweden's bid": a possessive "'s" after a state makes it a modifier.
POSSESSIVE_S = {"de": (), "en": ("'s", "’s")}
# Articles between a role noun's "of/des" and the state or organisation it qualifies.
MODIFIER_ARTICLES = {"de": ("der", "des"), "en": ("the",)}
# "head of", "Chef des": heads of a body, like role nouns.
HEAD_NOUNS = {"de": ("chef",), "en": ("head", "chief")}
# "Secretary of State X": words inside a title before a name.
TITLE_FILLERS = {"de": (), "en": ("of", "state")}
# "Ihr Fraktionsvorsitzender X": a German possessive before a capitalised noun.
POSSESSIVE_BEFORE_NOUN = {"de": ("ihr",), "en": ()}

# === meetings: triggers ===================================================================

# Meeting verbs; a value is a particle the form needs in its clause ("kam … zusammen"),
# "mit" also before the verb ("mit X … beraten").
MEET_VERBS: dict[str, dict[str, str | None]] = {"de": {}, "en": {}}
for _forms, _particle in [
    ("traf trafen trifft treffen getroffen treffe", None),
    ("empfing empfingen empfängt empfangen", None),
    ("besucht besuchte besuchten besuchen", None),
    ("zusammengekommen zusammenkommen zusammenkommt zusammentreffen zusammengetroffen", None),
    # the particle joined to the verb at the end of a subordinate clause ("…, die am Montag
    # mit X zusammentraf, …", "als sie mit Y zusammenkamen")
    ("zusammentraf zusammentrafen zusammentrifft zusammenkam zusammenkamen", None),
    ("kam kamen kommt", "zusammen"),
    ("beraten berät berieten", "mit"),
    ("begegnet begegneten begegnete", None),  # "waren sich … begegnet"
]:
    for _f in _forms.split():
        MEET_VERBS["de"][_f] = _particle
# "treffen" also means "hit": with a thing as its subject it reports no meeting ("die
# Sanktionen treffen die Bevölkerung"; events/triggers._thing_as_subject).
HIT_VERBS = {"de": {"traf", "trafen", "trifft", "treffen", "getroffen", "treffe"}, "en": set()}
# ... but a group of people sent by an actor meets ("Eine Delegation unter Leitung von X traf in
# Berlin ein", "die Wirtschaftsdelegation"): subject nouns ending in these.
ENVOY_GROUP_ENDINGS = {"de": ("delegation", "abordnung"), "en": ()}
MEET_VERBS["en"] = {f: None for f in (
    "met meet meets meeting hosted hosts host visited visits visit visiting received").split()}
# Particles a meeting verb needs anywhere in its clause, also before it ("mit X … beraten").
FREE_PARTICLES = {"de": {"mit"}, "en": set()}
# Welcoming a guest with a word anywhere in the clause: "hieß X willkommen", "hat X willkommen
# geheißen" (a table of its own: "hieß es" is a frequent report, not a meeting word).
WELCOME_WITH = {"de": {"hieß": "willkommen", "hießen": "willkommen", "heißt": "willkommen",
                       "geheißen": "willkommen"}, "en": {}}
# Receptions: "begrüßte den Präsidenten X" (a guest greeted in person: a person as the object,
# no genitive or "von" between, so not "begrüßte die Entscheidung des Präsidenten").
GREET_VERBS = {"de": {"begrüßte", "begrüßten"}, "en": set()}
GREET_NOT_BETWEEN = {"de": {"des", "der", "von", "vom", "über"}, "en": set()}
# ... and in the passive with a person as its subject ("X wurde am Flughafen von Y begrüßt"; not
# "Der Vorschlag wurde von Y begrüßt", words). English "was greeted by" is a WELCOME_VERB.
GREET_PASSIVES = {"de": {"begrüßt"}, "en": set()}
PASSIVE_SUBJECT_DEPS = {"de": {"nsubj:pass"}, "en": {"nsubjpass"}}
# German verb-second: the guest is marked as the object ("begrüßte den/seinen Amtskollegen
# X"); a name right after the verb is its subject ("begrüßte X die Entscheidung").
GREET_OBJECT_MARKERS = {"de": {"den", "seinen", "ihren", "die", "seine", "ihre", "einen", "eine"}, "en": set()}
# Audiences: "hatte eine Audienz bei X", "an audience with the Pope": the noun with its link.
AUDIENCE_NOUNS = {"de": {"audienz": ("bei",), "gast": ("bei",)}, "en": {"audience": ("with",)}}  # "zu Gast bei X"
# Appointed or sworn in by a head of state, an audience ("wurde von König X zum
# Premierminister ernannt", "was sworn in by President X"): the agent after "von"/"by" is a
# person with a head of state's role (not "wurde von der Partei zur Kandidatin ernannt").
APPOINT_VERBS = {"de": {"ernannt", "vereidigt"}, "en": {"appointed", "sworn"}}
APPOINT_AGENT_PREPS = {"de": {"von", "vom"}, "en": {"by"}}
HEAD_OF_STATE_ROLES = {
    "de": {"könig", "königin", "queen", "präsident", "präsidentin", "bundespräsident", "bundespräsidentin",
           "staatspräsident", "staatspräsidentin", "kaiser", "kaiserin", "emir"},
    "en": {"king", "queen", "president", "emperor", "emir"}}
# Invitations are planned meetings of the host and the guest ("hatte X eingeladen, die
# Hauptstadt zu besuchen", "lud X nach Berlin ein", "was invited by X"): with two actors in
# the clause and a visit or a meeting in it or in the words after it ("to visit", "zu
# Gesprächen", "nach <capital>"), not "invited X to appear on her show"; the status is
# planned unless the clause cancels it.
INVITE_VERBS: dict[str, dict[str, str | None]] = {
    "de": {"eingeladen": None, "lud": "ein", "luden": "ein", "lädt": "ein"},
    "en": {"invited": None, "invites": None, "invite": None}}
# Presence at an occasion: actors present together at a ceremony meet ("Bei der Feier waren
# die Staatschefs von A, B und C anwesend", "A, B and C's presidents attended the
# ceremony"; unnamed holders stand for their states). The presence word and an
# occasion (a noun ending so) in one clause; two or more participants are needed.
PRESENT_WORDS = {"de": {"anwesend", "zugegen"}, "en": {"present", "attended"}}
OCCASION_ENDINGS = {
    "de": ("zeremonie", "feier", "feierlichkeiten", "festakt", "vereidigung", "amtseinführung", "beisetzung",
           "beerdigung", "unterzeichnung", "gründung"),
    "en": ("ceremony", "inauguration", "funeral", "swearing-in", "signing", "celebration", "celebrations",
           "commemoration")}
# The occasion's own person: "Bei der Amtseinführung der Präsidentin X waren auch A und B
# anwesend" (X is in the clause), or, after "Die Vereidigung des Ministers X …" earlier, a
# later "Bei der feierlichen Vereidigung waren auch …, darunter Y" (the same noun with its
# article refers back to X): X meets those present. OCCASION_OF links the noun to its person;
# the attendees may follow after a comma and one of INCLUDING ("darunter", "including").
OCCASION_OF = {"de": ("des", "der", "von"), "en": ("of",)}
# ... but the one mourned at a funeral meets no one ("attended the funeral of former President
# X", "bei der Beisetzung des Altkanzlers X"): occasions ending so have no person of their own.
MOURNING_ENDINGS = {"de": ("beisetzung", "beerdigung", "trauerfeier", "begräbnis"),
                    "en": ("funeral", "burial", "memorial")}
MOURNED_LINKS = {"de": ("des", "der", "von", "für"), "en": ("of", "for")}  # "die Trauerfeier für X"
INCLUDING = {"de": ("darunter",), "en": ("including",)}
# A talk or meeting with the press or the public is no encounter of actors ("sagte in einem
# Gespräch mit Journalisten in Berlin", "bei einem Treffen mit Studenten in Lyon", "in a
# conversation with reporters in Paris"): one of these right after "mit"/"with" (an article
# or adjectives between) in the meeting word's phrase; the place is no visit either.
PUBLIC_PARTNERS = {"de": {"journalisten", "journalistinnen", "reportern", "medienvertretern",
                          "pressevertretern", "studenten", "studierenden", "schülern", "bürgern",
                          "anwohnern", "lesern", "zuschauern"},
                   "en": {"journalists", "reporters", "students", "residents", "readers", "viewers", "press"}}
# States that sent envoys join the multilateral meeting of states the sentence before reports
# ("Die Staatschefs von D und E entsandten Diplomaten als Vertreter", "D and E sent
# envoys"): a delegation is represented by its state. A verb of sending and an envoy noun.
SEND_ENVOY_VERBS = {"de": {"entsandten", "entsandte", "schickten", "schickte", "sandten", "sandte"},
                    "en": {"sent", "dispatched"}}
ENVOY_NOUNS = {"de": {"vertreter", "diplomaten", "delegation", "delegationen", "gesandte", "gesandten",
                      "botschafter"},
               "en": {"representatives", "envoys", "diplomats", "delegation", "delegations", "ambassadors"}}
# Class "envoys from states" (round 19): "Delegations from Russia and Ukraine held talks",
# "Unterhändler aus Russland und der Ukraine verhandelten": the states after "from"/"aus" an
# envoy noun names are no places but take part through their envoys, like "Vertreter
# Russlands und der Ukraine" (participants._envoys_from).
ENVOYS_FROM = {"de": ENVOY_NOUNS["de"] | {"unterhändler", "unterhändlern", "verhandlungsführer"},
               "en": ENVOY_NOUNS["en"] | {"negotiators", "officials"}}
# A session is no meeting by itself (a body sitting alone), but an invitation to one with
# another body is ("hat zu einer Sondersitzung mit der OSZE eingeladen"): nouns ending so,
# right before "mit"/"with" (TALK_WITH).
SESSION_NOUN_ENDINGS = {"de": ("sitzung",), "en": ("session",)}
# "received a call" is no meeting: "received" needs a person after it (or the passive).
NEEDS_PERSON_OBJECT = {"de": set(), "en": {"received"}}
# "hosted the president" is a meeting; "radio host X", "hosts a film series", "a town hall,
# hosted by X", "a website which hosts user content" are not: these forms report a meeting
# only as an active verb with a person after it.
HOST_VERBS = {"de": set(), "en": {"host", "hosts", "hosted", "hosting"}}
# "the Senate will meet on Monday", "the goal was not met": an English meeting verb with
# nobody met (no object, no "with"/"by") and one singular subject is a body convening or a
# target reached, no encounter; "X and Y met", "the leaders met", "they met" keep theirs.
# Read from the English parse: the verb's dependents, else (for "was set to meet") those of
# the verb it completes.
CONVENE_VERBS = {"de": set(), "en": {"meet", "meets", "met"}}
MET_PARTNER_PREPS = {"de": set(), "en": {"with", "by"}}
# "meets their needs", "met the target", "met resistance": a thing as the object; unless the
# noun names people ("met his counterpart", "hosted the leaders", "met the delegation").
MEET_OBJECT_VERBS = {"de": set(), "en": {"meet", "meets", "met", "meeting"}}
PERSON_OBJECT_NOUNS = {"de": set(), "en": {"counterpart", "leader", "delegation", "delegate", "envoy",
                                           "official", "minister", "representative", "head", "king",
                                           "queen", "president", "member", "guest"}}
MET_OBJECT_DEPS = {"de": set(), "en": {"dobj", "obj", "dative", "agent"}}
# A verb of saying right after these marks follows the words it reports ("…, sagte X",
# "„…“ sagte X"). None in English: the words before '…," said X' are the verb's complement
# in the parse, whose dates are never the saying's (dating._in_complement); the marks
# (round 13) changed no English date on train, dev or the unannotated articles (round 14).
WORDS_BEFORE_MARKS = {"de": {",", "“", "”", "\"", "«", "»"}, "en": set()}
# The languages whose statement dates read the parse (only the English parse is used,
# docs/extraction.md "Approach"): a date in the reported clause (dating._in_complement), in
# the source's phrase (_in_source_phrase), in an adverbial clause of speaking
# (_speaking_clause_date) or in a participle of publishing on the subject (_published_subject).
DATED_BY_PARSE = {"en"}
# A date after these words in the reporting clause is the date of what is said, not of the
# saying ("kündigte Neuwahlen für Dezember an", "forderte den Abzug bis Ende Mai"). None in
# English: a date after an English verb of saying is known as the words' by the parse
# (dating._in_complement); "for", "by", "until", "from" (round 13) made one train date
# worse (a deadline "by that date" in the words) and none better (round 14).
CONTENT_DATE_PREPS = {"de": {"für", "bis", "ab", "spätestens"}, "en": set()}
# A quotation of at most so many capitalised words after an article is a title or a name,
# not words said ("sagte der „Süddeutschen Zeitung“"; quotes._quoted_title).
QUOTED_TITLE_MAX_WORDS = 4
# Possessive determiners by their tag ("sein", "his").
POSSESSIVE_TAGS = {"de": {"PPOSAT"}, "en": {"PRP$"}}
# The one in the same office on the other side: it may open the second name of a pair
# ("X und sein französischer Amtskollege Y"); the table is lexicon's, which actors read too.
COUNTERPART_NOUNS = lx.COUNTERPART_NOUNS
SUBJECT_DEPS = {"de": set(), "en": {"nsubj", "nsubjpass"}}
SINGULAR_SUBJECT_TAGS = {"de": set(), "en": {"NN", "NNP"}}
SINGULAR_PRONOUNS = {"de": set(), "en": {"it", "he", "she"}}
# "visited the hospital", "visited the village of X": a visit to a site is no encounter,
# whoever else the clause names. English: the visit verb's object in the parse.
SITE_NOUNS = {"de": set(), "en": {
    "hospital", "clinic", "site", "sites", "scene", "school", "factory", "plant", "mine", "camp",
    "camps", "base", "museum", "memorial", "cemetery", "town", "village", "province", "district",
    "region", "area", "farm", "mosque", "church", "temple", "shrine", "troops", "victims", "wounded"}}
VISIT_OBJECT_DEPS = {"de": set(), "en": {"dobj", "obj"}}
# Words of meeting in person that the English parser takes for the verb's object ("met face
# to face", "met face-to-face"): no thing met (triggers._object_names_no_one).
IN_PERSON_OBJECTS = {"de": (), "en": (("face", "to", "face"), ("face", "-", "to", "-", "face"))}
# "tourists visiting X": an English participle without an auxiliary visits for
# the noun before it; when that noun is no actor ("people", "tourists"), it is no visit of one.
BARE_PARTICIPLE_TAGS = {"de": set(), "en": {"VBG"}}
PARTICIPLE_SKIP_POS = {"VERB", "ADP", "CCONJ", "PUNCT", "ADV", "PART"}
BE_AUX = {"de": set(), "en": {"is", "are", "was", "were", "be", "been", "being", "am"}}
# A guest welcomed or received by a description that points back to a person named before
# ("empfing den Gast", "hieß seinen früheren Gegner willkommen", "received the visiting
# minister", "welcomed his guest"): the noun as the object after the trigger, with a definite
# or possessive determiner (adjectives between), and no name of its own; the person is the
# one named last before the sentence, at most GUEST_REACH sentences back, who is not already
# a participant (participants._guest_pointed_back).
GUEST_NOUNS = {"de": {"gast", "besucher", "gegner", "rivalen", "widersacher", "kontrahenten"},
               "en": {"guest", "visitor", "rival", "opponent", "adversary"}}
# English: a role noun after "visiting" is a guest too ("the visiting minister").
GUEST_MARKS = {"de": set(), "en": {"visiting"}}
GUEST_DETERMINERS = {"de": {"den", "seinen", "ihren", "dem", "seinem", "ihrem"},
                     "en": {"the", "his", "her", "their"}}
GUEST_REACH = 8
# The one met as an object pronoun after the trigger is not the one meeting ("Kanzler X empfing
# ihn", "X received him"): the pronoun skips the participants found before it.
MET_PRONOUNS = {"de": {"ihn", "ihm"}, "en": {"him", "her", "them"}}
# Meeting nouns (German ones capitalised in the text); unless linked to their participants
# (LINK_* below) they only refer back to a meeting named elsewhere.
MEET_NOUNS = {
    "de": {"treffen", "treffens", "gipfel", "gipfels", "gipfeltreffen", "gipfeltreffens", "gespräch",
           "gespräche", "gesprächen", "gesprächs", "arbeitsessen", "abendessen", "essen", "begegnung",
           "besuch", "besuchs", "besuches", "staatsbesuch", "staatsbesuchs", "verhandlungen",
           "verhandlungsrunde", "unterredung", "unterredungen", "konsultationen", "antrittsbesuch",
           "staatsbankett", "staatsbanketts", "bankett", "banketts", "mittagessen", "galadinner"},
    "en": {"meeting", "talks", "summit", "visit", "dinner", "negotiations", "state visit", "trip",
           # meals with a guest: "had lunch with X", "gave a banquet in honour of X" (MEAL_NOUNS)
           "lunch", "luncheon", "breakfast", "banquet"},
}
SUMMIT_NOUNS = {"de": {"gipfel", "gipfels", "gipfeltreffen", "gipfeltreffens"}, "en": {"summit"}}
VISIT_WORDS = {
    "de": {"besucht", "besuchte", "besuchten", "besuchen", "besuch", "besuchs", "staatsbesuch",
           "staatsbesuchs", "antrittsbesuch"},
    "en": {"visited", "visits", "visit", "visiting"},
}
# "sat down with": a meeting when SIT_DOWN_WITH follows.
SIT_DOWN = {"de": set(), "en": {"sat", "sit", "sits", "sitting"}}
SIT_DOWN_WITH = {"de": (), "en": ("down", "with")}
# "paid a courtesy call on": the call word is in person here.
COURTESY_CALL = {"de": (), "en": ("courtesy", "call")}
# Signatories who sign an agreement together meet ("unterzeichneten Venezuela, Bolivien und
# Kuba ein Handelsabkommen", "the leaders signed a peace accord"); signing a contract or a
# law is no meeting, so an agreement word must be in the clause (also as a compound's end).
# "signed an agreement with X" may have been done apart; "unterzeichnete gemeinsam mit X",
# "signed it together with X" was not.
TOGETHER = {"de": {"gemeinsam", "zusammen"}, "en": {"together", "jointly"}}
SIGN_VERBS = {"de": {"unterzeichneten", "unterzeichnete", "unterzeichnet", "unterschrieben",
                     "unterschrieb"},
              "en": {"signed", "sign", "signing"}}
SIGN_OBJECTS = {"de": ("abkommen", "abkommens", "vertrag", "vertrags", "vereinbarung", "erklärung",
                       "absichtserklärung", "memorandum", "pakt"),
                "en": ("agreement", "agreements", "treaty", "accord", "accords", "declaration", "pact",
                       "deal")}
# Signing in someone's presence is a ceremony in person ("im Beisein von X unterzeichnet",
# "signed in the presence of X"): the words before the one present.
PRESENCE = {"de": (("im", "beisein"), ("in", "anwesenheit"), ("in", "gegenwart")),
            "en": (("the", "presence"),)}
# Travel to a capital is a visit to its state ("reist nach Warschau", "flew to Suva").
TRAVEL_WORDS = {
    "de": {"reist", "reiste", "reisen", "gereist", "fährt", "fuhr", "fliegt", "flog", "geflogen",
           # a stop on a tour: "ein Abstecher nach Neapel"
           "abstecher", "zwischenstopp"},
    "en": {"travel", "travels", "travelled", "traveled", "flew", "flies", "fly",
           # a stop on a tour: "planned to stop in Nairobi"
           "stop", "stops", "stopped", "stopover"},
}
# Arrival and expectation: "ist … zu einem Besuch in Moskau eingetroffen", "wird … in
# Pjöngjang erwartet", "arrived in London", "is expected in".
ARRIVED = {"de": {"eingetroffen", "eintreffen", "eintrifft", "eintraf", "eintrafen"}, "en": {"arrived"}}
EXPECTED = {"de": {"erwartet"}, "en": {"expected"}}
# Not in person: a phone call, video conference or letter never makes a meeting.
REMOTE_WORDS = {
    "de": {"telefonierte", "telefonierten", "telefoniert", "telefonat", "telefonats", "telefonisch",
           "telefongespräch", "telefon", "videokonferenz", "videocall", "videotelefonat",
           "videoschalte", "brief", "schreiben"},
    "en": {"phone", "call", "called", "calls", "telephone", "video", "letter", "spoke", "speaks"},
}
# Call words that are also verbs of talking in person ("spoke with X in Rome").
REMOTE_TALK = {"de": set(), "en": {"spoke", "speaks"}}
# "called off" is a cancellation, not a call.
CALLED_OFF = {"de": (), "en": ("called", "off")}
# Class "an order, ban or decree issued as an act of office" (docs/annotation.md, decided in
# round 21): no statement, also with what is ordered in a clause ("ordnete an, dass …",
# "ordered that the two suspects be held"); the detector's proposals stop at them like
# at words of travel and talks (speech_verbs._ACTION_WORDS). Told with a verb of saying ("said
# he had ordered …") the saying is a statement.
ORDER_VERBS = {"de": {"ordnete", "ordneten", "ordnet", "anordnete", "anordneten", "angeordnet", "verfügte",
                      "verfügten", "verhängte", "verhängten", "verhängt", "untersagte", "untersagten", "erließ",
                      "erließen"},
               "en": {"order", "orders", "ordered", "instruct", "instructs", "instructed", "decree", "decrees",
                      "decreed"}}
# "sprach mit X in Washington", "soll dort mit Y sprechen": talking with someone is
# a meeting only with a place in the clause (else it may be a call); remote words still veto.
TALK_VERBS = {"de": {"sprach", "sprachen", "spricht", "sprechen", "gesprochen", "redete", "redeten"},
              "en": {"talked", "talks", "talk", "talking", "spoke"}}
TALK_WITH = {"de": {"mit"}, "en": {"with"}}
# Discussing with someone is talking with them, a meeting with a place in the clause and an
# actor after "mit"/"with": "erörterte in Genf mit X die Lage", "besprach mit X in Rom …",
# "discussed trade with X in Rome" (not in TALK_VERBS, which the statements read too). Not two
# named together: their object is the topic ("A and B discussed Syria").
DISCUSS_VERBS = {"de": {"erörterte", "erörterten", "erörtert", "besprach", "besprachen", "bespricht",
                        "diskutierte", "diskutierten"},
                 "en": {"discussed"}}
# Exchanging views: a reflexive verb with its particle, on the same terms ("A und B tauschten
# sich in Paris über die Lage aus", "tauschte sich in Rom mit X aus"; not "tauschten Gefangene
# aus", no reflexive): the verb's form and the particle it needs in its clause.
EXCHANGE_VERBS = {"de": {"tauschten": "aus", "tauschte": "aus", "tauscht": "aus", "ausgetauscht": None},
                  "en": {}}
# "sprach von …" reports words ("sprach" with "von" is a verb of saying).
TALK_OF = {"de": {"sprach": "von"}, "en": {}}
PLACE_ADVERBS = {"de": {"dort"}, "en": {"there"}}
# ... not the English existential "there is/are" (its own tag).
EXISTENTIAL_TAGS = {"de": set(), "en": {"EX"}}
# "während ihres Chinabesuchs sprach sie mit …": talking during a visit is in person.
VISIT_NOUN_ENDINGS = {"de": ("besuch", "besuchs", "besuches", "reise"), "en": ("visit", "trip", "tour")}
# One meeting per partner (docs/annotation.md: "one event per host named"): partners met
# separately ("met separately with A and B", "traf getrennt mit A und B zusammen", "held
# separate talks with A and B"), or the hosts a visitor met during a visit the clause is framed
# by ("Während ihres Chinabesuchs sprach sie mit A und B", "During his visit to Norway he met A
# and B"; meetings.one_per_partner). States among the partners keep one multilateral meeting.
SEPARATE_WORDS = {"de": {"getrennt", "getrennte", "getrennten", "separat", "separate", "separaten",
                         "einzeln", "einzelne", "einzelnen"},
                  "en": {"separately", "separate", "individually"}}
# German compounds ending in these are visits ("London-Besuch", "Arbeitsbesuchs").
VISIT_COMPOUND_ENDINGS = ("besuch", "besuchs", "besuches")
# ... and these talks or meetings ("Regierungskonsultationen", "Friedensgespräche zwischen X und
# Y", "Krisentreffen", "Sondierungsgesprächen"), except calls, interviews, private gatherings
# and processes of years, no encounter ("EU-Beitrittsverhandlungen mit X", wage bargaining)
# (NOT_MEETING_COMPOUNDS; a call is also a remote word).
MEETING_COMPOUND_ENDINGS = {"de": ("gespräch", "gespräche", "gesprächen", "gesprächs", "verhandlungen",
                                   "konsultationen", "treffen", "treffens", "gipfel", "gipfels"),
                            "en": ()}
NOT_MEETING_COMPOUNDS = {"de": ("telefongespräch", "videogespräch", "vorstellungsgespräch", "klassentreffen",
                                "familientreffen", "fantreffen", "telefongespräche", "telefongesprächen",
                                "telefongesprächs", "videogespräche", "vorstellungsgespräche",
                                "beitrittsverhandlungen", "beitrittsgespräche", "beitrittsgesprächen",
                                "tarifverhandlungen"),
                         "en": ()}
# "traf X in Washington": a place after these in the clause.
IN_PLACE = {"de": ("in", "im"), "en": ("in",)}

# A meeting noun linked to its participants: "Gespräche mit/zwischen", "talks with/between",
# "a visit by"; "führten Gespräche", "held talks" (right before the noun, or anywhere
# earlier in its clause: HOLD_VERBS).
NOUN_LINKS = {"de": {"mit", "zwischen", "von"}, "en": {"with", "between", "by"}}
HOLD_BEFORE = {"de": {"führten", "führte"}, "en": {"held", "hold", "holding"}}
HOLD_VERBS = {"de": {"führten", "führte", "führen", "führt"}, "en": {"held", "hold", "holds", "holding"}}
# A meal given for a guest: "gab ein Arbeitsessen für den Präsidenten X", "Zu Ehren des
# Präsidenten X gab Y ein Staatsbankett": the meal noun with "für" after it, or "zu Ehren" in
# its clause, names the host and the guest.
MEAL_NOUNS = {"de": {"arbeitsessen", "abendessen", "essen", "mittagessen", "staatsbankett", "bankett",
                     "galadinner"}, "en": {"dinner", "lunch", "luncheon", "breakfast", "banquet"}}
MEAL_FOR = {"de": {"für"}, "en": {"for"}}
# A meal also frames its clause after "over" ("Over lunch on Monday, A and B discussed trade");
# "over" before other meeting nouns is their topic ("clashed over the talks").
MEAL_FRAMING_PREPS = {"de": set(), "en": {"over"}}
# (before the meal noun in its sentence, or right after it: "gab ein Abendessen zu Ehren von X",
# "gave a dinner in honour of X")
IN_HONOUR_OF = {"de": (("zu", "ehren"),), "en": (("in", "honour"), ("in", "honor"))}
HONOUR_AFTER_GAP = 3
# A meeting noun opened, begun or held ("haben die Verhandlungen eröffnet", "nahmen Gespräche
# auf") or taking place ("eine weitere Verhandlungsrunde soll … stattfinden",
# "the talks will take place"): anywhere in the noun's clause, its participants are named.
SUPPORT_VERBS = {
    "de": {"eröffnet", "eröffneten", "eröffnete", "aufgenommen", "begonnen", "begannen", "stattfinden",
           "stattfindet", "stattgefunden", "fand", "findet", "nahmen", "nahm",
           "stattete", "statteten", "abgestattet", "abstatten",  # "stattete X einen Besuch ab"
           "hielt", "hielten", "abgehalten",  # "hielten in Paris ein Treffen ab"
           # the perfect puts the participle of "führen" after the noun: "A und B haben in
           # Genf Gespräche geführt", "hatten zuvor in Rom Vorgespräche geführt"
           "geführt"},
    "en": {"place"}}  # "will take place"; "resumed talks" names delegations and topics alike
# Forms that support only with their particle in the clause ("fand … statt", "nahmen … auf",
# "took place").
SUPPORT_PARTICLES = {"fand": "statt", "findet": "statt", "nahmen": "auf", "nahm": "auf", "place": "take",
                     "stattete": "ab", "statteten": "ab", "hielt": "ab", "hielten": "ab"}
SUPPORT_PARTICLE_FORMS = {"take": ("take", "takes", "took", "taken", "taking")}
# "…, wobei X mit Y …", "…, where X will meet Y": the participants of a meeting noun whose own
# clause names fewer than two are in the clause these open.
FRAME_RELATIVES = {"de": ("wobei", "wo", "bei dem", "bei der", "auf dem", "auf der"),
                   "en": ("where", "at which", "during which")}
# Parties of an agreement ("ein Abkommen zwischen der EU und Kanada") are no participants.
AGREEMENT_PARTY_LINKS = {"de": {"zwischen", "mit"}, "en": {"between", "with"}}
# "Ein Treffen des Ministerpräsidenten X mit dem Präsidenten Y", "a meeting of X with Y".
GENITIVE_LINKS = {"de": ("des", "der"), "en": ("of",)}
# "a return visit to Seoul", "ein Besuch … in Riga": a visit noun with a capital after it.
VISIT_TO = {"de": ("nach", "in"), "en": ("to", "in")}
# "ein Besuch bei X": the host after the visit noun.
VISIT_AT = {"de": ("bei",), "en": ()}
# "während des Besuchs des polnischen Präsidenten X in Berlin", "der Besuch der Ministerin
# in Japan": the visitor in the genitive after a visit noun, then where the visit goes (VISIT_TO)
# within so many words of one noun phrase (triggers._visitor_then_place).
VISITOR_LINKS = {"de": ("des", "der"), "en": ("of",)}
VISITOR_PHRASE_MAX = 8
# A trip told by a noun with its traveller: "auf seiner Reise nach Peru und Chile", "während
# ihrer dreitägigen Asienreise nach Vietnam", "die Reise der Ministerin nach Kenia": a visit of
# the traveller to each state named after "nach" (a possessive before the noun, or the
# genitive after it, VISITOR_LINKS). German nouns ending in TRAVEL_NOUN_ENDINGS, except
# entries, exits and the way home (NOT_TRAVEL_NOUNS); others in the clause only go along
# ("wird X den Präsidenten auf seiner Reise … begleiten").
TRAVEL_NOUN_ENDINGS = {"de": ("reise",), "en": ()}
NOT_TRAVEL_NOUNS = {"de": {"einreise", "ausreise", "rückreise", "heimreise", "durchreise", "abreise",
                           "anreise"}, "en": set()}
TRAVEL_NOUN_TO = {"de": ("nach",), "en": ("to",)}
# A trip set out on or undertaken by the clause's subject, with an indefinite article: "bricht
# am Sonntag zu einer Reise nach China auf", "trat eine Reise nach Japan an", "unternahm eine
# Reise nach Peru", "embarked on a trip to Japan", "made a trip to Peru" (a value: the
# separable particle the form needs in the clause).
TRIP_START_VERBS = {"de": {"bricht": "auf", "brach": "auf", "brechen": "auf", "brachen": "auf", "aufgebrochen": None,
                           "aufbrechen": None, "tritt": "an", "trat": "an", "treten": "an", "traten": "an",
                           "angetreten": None, "antreten": None, "unternimmt": None, "unternahm": None,
                           "unternommen": None, "unternehmen": None},
                    "en": {"embarked": None, "embarks": None, "embark": None, "set": None, "sets": None,
                           "began": None, "begins": None, "begin": None, "undertook": None,
                           "undertakes": None, "undertake": None, "made": None, "makes": None}}
# English trip nouns, whole words ("on his trip to Japan and South Korea", "the minister's
# journey to Kenya", "the trip of the minister to Peru"; "trip" alone still refers back as a
# meeting noun).
TRAVEL_NOUNS = {"de": set(), "en": {"trip", "trips", "journey"}}
# Possessive determiners (by their stem) and the gender of their owner: "seiner Reise" is his;
# "ihrer Reise" hers or theirs (None: any owner). English ones take no ending ("here" is no "her").
POSSESSIVE_OWNERS = {"de": {"sein": "m", "ihr": None}, "en": {"his": "m", "her": "f", "their": None}}
POSSESSIVE_ENDINGS = ("", "e", "er", "em", "en", "es")
POSSESSIVE_ENDING_LANGS = {"de"}
# Adjectives, a preposition and a date may stand between the possessive and the noun ("seiner
# dreitägigen Reise", "seine für Montag geplante Reise").
POSSESSIVE_GAP = 4
# "X and Y agreed … after talks", "nach Gesprächen": a bare plural is a meeting of its own.
AFTER = {"de": ("nach",), "en": ("after",)}
BARE_TALKS = {"de": ("gesprächen", "verhandlungen"), "en": ("talks", "negotiations")}
# "zu Gesprächen … erwartet" (not "zu Gesprächen bereit"): with an arrival or travel word, or
# one of a stay ("hielt sich zu Gesprächen in Moskau auf", "weilte zu Gesprächen in Rom").
FOR_TALKS = {"de": {"zu", "zum"}, "en": {"for"}}
STAY_WORDS = {"de": {"weilt", "weilte", "weilten", "aufgehalten", "aufhält", "aufhielt", "auf"}, "en": set()}
# "At a meeting with X, Y said", "Bei einem Treffen mit X sagte Y": a meeting as the frame;
# so is one just ended ("After talks with X, Y said", "Nach einem Treffen mit X sagte Y").
FRAMING_PREPS = {"de": {"bei", "beim", "während", "auf", "nach"}, "en": {"at", "during", "after", "following"}}
# A meeting noun after "in" frames a passive clause with its agent ("In a meeting that day he
# was told by Minister X …", "In dem Gespräch wurde sie von X unterrichtet"): subject and agent
# meet; not a framing word otherwise ("interested in a meeting").
PASSIVE_FRAMING_PREPS = {"de": {"in", "im"}, "en": {"in"}}
# ... up to so many words before the noun ("at a joint news conference").
FRAME_GAP = 4
# Actors coordinated in one phrase: "Hartwig und Zalewski", "A, B sowie C"; the last joiner is
# one of these (a run joined by commas only is an apposition: "Kanzler X, Chef der Y").
COORDINATORS = {"de": {"und", "sowie"}, "en": {"and"}}
# The coordinated actors of a clause meet when the meeting noun frames it with no partner of
# its own ("Bei ihrem Treffen in Warschau vereinbarten A und B …", "A und B einigten sich bei
# einem Treffen …"), or when they talk, confer or negotiate with one another without "mit"
# ("A und B berieten am Montag über …"; talking verbs (TALK_VERBS) need a place in the
# clause, as with "mit": "sprachen in Paris über …"). With "mit"/"with" they are talks in
# person where talking is ("verhandelte in Doha mit X", triggers._talk_in_person).
MUTUAL_TALK_VERBS = {"de": {"berieten", "beraten", "berät", "beriet", "verhandelte", "verhandelten", "verhandeln",
                            "verhandelt"},
                     "en": {"negotiated", "conferred", "deliberated"}}
# "ein Treffen zwischen X und Y", "talks between X and Y": exactly those named after.
BETWEEN = {"de": {"zwischen"}, "en": {"between"}}
# "the meeting … is now expected": a meeting noun with its article refers back.
DEFINITE = {"de": ("das", "der", "dem", "den"), "en": ("the",)}
# The articles of a meeting noun with fewer than two participants that refers back.
DEFINITE_ANAPHORIC = {"de": {"das", "der", "den", "dem", "des", "die"}, "en": {"the"}}

# === meetings: participants ===============================================================

# Summits of a group whose members the text does not name ("beim G8-Gipfel", "the G7
# summit", "Gipfel der G7"): the member states take part (ISO codes; groups with a fixed
# membership only, so no G20 or BRICS). A member's person named in the clause stands for it.
GROUP_MEMBERS = {
    "g7": ("US", "CA", "JP", "DE", "FR", "GB", "IT"),
    "g8": ("US", "CA", "JP", "DE", "FR", "GB", "IT", "RU"),
}
# The holders of a group's offices meeting ("G7 foreign ministers met in Rome", "Die
# Außenminister der G7 berieten in Rom", "die G8-Finanzminister trafen sich"): the group's
# member states, as for its summits (triggers.group_holders). Words a plural office noun ends
# in, and the words between the noun and the group ("der G7", "of the G7").
GROUP_OFFICE_NOUNS = {"de": ("minister", "ministern", "regierungschefs", "staatschefs", "notenbankchefs"),
                      "en": ("ministers", "leaders", "governors")}
GROUP_OFFICE_LINKS = {"de": ("der",), "en": ("of the", "from the")}
# A group named by what it is ("die Finanzminister der sieben führenden Industriestaaten",
# "the finance ministers of the Group of Seven"); "und Russlands"/"and Russia" right after
# the seven makes the eight (GROUP_PLUS_RUSSIA; the longer paraphrase is tried first).
_GROUP_PARAPHRASES = {
    "de": {("sieben", "führenden", "industriestaaten"): "g7", ("sieben", "führenden", "industrienationen"): "g7",
           ("sieben", "wichtigsten", "industriestaaten"): "g7", ("sieben", "wichtigsten", "industrienationen"): "g7",
           ("sieben", "großen", "industriestaaten"): "g7", ("sieben", "großen", "industrienationen"): "g7",
           ("acht", "führenden", "industriestaaten"): "g8", ("acht", "führenden", "industrienationen"): "g8"},
    "en": {("group", "of", "seven"): "g7", ("group", "of", "eight"): "g8",
           ("seven", "leading", "industrialised", "nations"): "g7",
           ("seven", "leading", "industrialized", "nations"): "g7"}}
GROUP_PLUS_RUSSIA = {"de": ("und", "russlands"), "en": ("and", "russia")}
GROUP_PARAPHRASES = {lang: {**{words + GROUP_PLUS_RUSSIA[lang]: "g8" for words, key in table.items() if key == "g7"},
                            **table} for lang, table in _GROUP_PARAPHRASES.items()}
# The first words of the paraphrases, so that other words are passed over at once.
GROUP_PARAPHRASE_STARTS = {lang: {words[0] for words in table} for lang, table in GROUP_PARAPHRASES.items()}
# Office holders of a group or of named states who decide or agree together ("beschlossen die
# Finanzminister der G7 heute …", "Die Außenminister Frankreichs, Deutschlands und Polens
# einigten sich am Freitag in Weimar auf …"): they met to do so. The holders next to the
# verb, with a place or a date in the clause (as for conferring, MUTUAL_TALK_VERBS). Not a
# state or a body deciding ("Die EU-Staaten beschlossen Sanktionen"): no office holders.
HOLDERS_DECIDE_VERBS = {"de": {"beschlossen", "beschließen", "vereinbarten", "vereinbaren", "einigten",
                               "verständigten", "billigten"},
                        # English "agreed", "decided" also plan a meeting ("agreed to meet"), and
                        # what was decided ("agreed to cancel the debts") would give the status
                        "en": set()}
# A named person is preferred to his or her state (docs/annotation.md): a member state of a
# meeting of a group's office holders is represented by the article's one person of that
# state who holds the office (the office noun's singular stem in the role or the title
# before the name), or one of its national titles (OFFICE_TITLES: the British finance
# minister is the "Schatzkanzler", "Chancellor of the Exchequer"; the American and British
# foreign ministers are the "Secretary of State" and the "Foreign Secretary").
OFFICE_TITLES = {"de": {"finanzminister": ("schatzkanzler",)},
                 "en": {"finance minister": ("chancellor of the exchequer", "exchequer"),
                        "foreign minister": ("secretary of state", "foreign secretary")}}
# "G-8" and "G8" are one group; the summit nouns a German compound may end in ("G8-Gipfel").
GROUP_SUMMIT_NOUNS = {"de": SUMMIT_NOUNS["de"] | {"treffen", "treffens"}, "en": SUMMIT_NOUNS["en"] | {"meeting"}}

# Multilateral meetings a trip can be for ("flew to Suva for the Pacific Islands Forum").
FRAME_NOUNS = {"de": {"gipfel", "gipfeltreffen", "konferenz", "tagung", "gipfels",
                      "vollversammlung", "generalversammlung"},
               "en": {"forum", "summit", "conference", "assembly", "forums"}}
# "on the sidelines of the General Assembly", "am Rande des Gipfels": the frame's name, with
# only these words and capitalised ones between it and the mention.
SIDELINES = {"de": ("rande",), "en": ("sidelines",)}
FRAME_NAME_FILLERS = {"de": ("des", "der", "dem"), "en": ("of", "the")}
# An organisation after these (articles and a building's first word between) is where a
# meeting is, not who meets ("at Parliament House", "im Kanzleramt", "lud X ins Kanzleramt
# ein"); after a welcome or an invitation also "to" ("welcomed X to the White House").
VENUE_PREPS = {"de": {"im", "in", "beim", "ins"}, "en": {"at", "in", "inside"}}
WELCOMED_TO = {"de": set(), "en": {"to"}}
# An organisation before one of these names a meeting, not a participant ("an African Union
# meeting", "dem EU-Gipfel").
VENUE_NOUNS = {"de": SUMMIT_NOUNS["de"] | {"konferenz", "sitzung"},
               "en": MEET_NOUNS["en"] | SUMMIT_NOUNS["en"] | {"conference", "session"}}
# German: a phrase with one of these prepositions before the verb of meeting says when or
# why; its names take no part ("Nach Übungen der USA traf X …"; not "Mit X traf sich Y").
ADVERBIAL_PREPS = {"de": {"nach", "vor", "während", "seit", "wegen", "trotz", "angesichts"}, "en": set()}
# "a U.S. citizen she married", "ein deutscher Staatsbürger": a state before one of these
# names a private person of that country, not the state.
PRIVATE_PERSON_NOUNS = {
    "de": {"staatsbürger", "staatsbürgerin", "bürger", "bürgerin", "tourist", "touristin", "touristen",
           "student", "studentin", "geschäftsmann", "geschäftsfrau"},
    "en": {"national", "nationals", "citizen", "citizens", "resident", "residents", "tourist", "tourists",
           "student", "students", "businessman", "businesswoman"}}
# "sprach mit X über die Ukraine": a state after these is the topic, not a participant.
TOPIC_WORDS = {"de": {"über"}, "en": {"about", "regarding", "concerning", "on"}}
# "X besucht Pjöngjang" / "travelled to Tallinn": the preposition before a visited place.
TRAVEL_TO = {"de": ("nach",), "en": ("to",)}
ARRIVAL_PREPS = {"de": ("in", "nach", "im"), "en": ("in", "to")}
# A capital named by its state's adjective ("flog in die kenianische Hauptstadt", "flew to the
# Kenyan capital"): the state is visited as if the capital were named
# (participants._capital_by_demonym); the article between the preposition and the adjective.
CAPITAL_NOUNS = {"de": {"hauptstadt"}, "en": {"capital"}}
CAPITAL_ARTICLES = {"de": {"die", "der"}, "en": {"the"}}
# ... and a clause of purpose after the trip with the bare government as its object ("flog nach
# Khartum, um die Regierung zu drängen, …"): the host is the government of the state visited,
# as the article names it ("die sudanesische Regierung"), not the state (PURPOSE_WORDS;
# participants._government_of_purpose).
HOST_GOVERNMENT_NOUNS = {"de": {"regierung"}, "en": {"government"}}
# "X, who visited Seoul last week", "X, der ihn in Rom besuchte": a relative clause about
# the person named before the comma (German: right before it), who takes part; an object
# pronoun in it ("ihn") is someone else.
RELATIVE_SUBJECTS = {"de": ("der", "die"), "en": ("who",)}
# German: a state or organisation in the genitive of a thing ("Akten des Geheimdienstes",
# "im Lagezentrum des Kanzleramts") only qualifies it; after a
# meeting noun or one of these it is a side ("Gespräche der Regierung mit …", "auf
# Einladung der Regierung", "eine Delegation der EU").
GENITIVE_THING_LINKS = {"de": {"der", "des"}, "en": set()}
GENITIVE_SIDE_NOUNS = {"de": {"einladung", "delegation", "delegationen", "abordnung", "vertreter", "vertretern",
                              "vertreterin", "vertreterinnen",
                              "spitze", "führung", "mitglieder", "mitgliedern", "seite", "seiten",
                              # "eine Delegation unter (der) Leitung des Außenministers X"
                              "leitung"},
                       "en": set()}
# German main clauses joined by ", und" / ", aber" with a finite verb of their own ("…
# leitete X ein Treffen …, und am Mittag kündigte das Amt … an"): the meeting's
# participants come from its own main clause only.
CLAUSE_JOINERS = {"de": {"und", "aber", "doch", "sondern"}, "en": set()}
# A relative clause after the meeting's clause that has someone take part joins them to it
# ("ein Treffen zwischen X und Y, an dem auch Z teilnahm", "…, which Z attended").
JOIN_RELATIVES = {"de": {"dem", "der", "denen", "welchem", "welcher"}, "en": {"which", "that", "whom"}}
JOIN_WORDS = {"de": {"teilnehmen", "teilnahm", "teilnahmen", "teilgenommen", "teilnimmt", "anwesend"},
              "en": {"attended", "attend", "attends", "attending", "joined"}}
# "Die Regierungschefs von Deutschland, Frankreich und Italien trafen sich": states after a
# role noun and "von" stand for their unnamed office holders (like the genitive
# "der Außenminister Frankreichs"), they are no places.
ROLE_OF_PREPS = {"de": {"von"}, "en": set()}
# "die Außenminister von Chile, Peru und Kolumbien", "the foreign ministers of France and
# Poland" (also in the genitive, with no word between): the states whose holders act together
# (triggers._holders_of_states).
HOLDERS_OF_PREPS = {"de": {"von"}, "en": {"of"}}
# "Wie das Ministerium mitteilte, werden A und B …", "As the ministry announced, …": who
# reports the meeting in a clause opened by one of these, with a verb of saying (SPEECH) before
# the comma, is its source, no participant.
REPORT_OPENERS = {"de": {"wie"}, "en": {"as"}}
# The word before a quoted characterisation ("nannte ihn als „…“", "referred to them as "…"").
CALLED_AS = {"de": {"als"}, "en": {"as"}}
# Tags of a noun or of an adjective before it: what a German genitive name before them owns
# ("Hales Vermittlung", "Hales jüngste Vermittlung").
NOUN_PHRASE_TAGS = {"de": {"NN", "ADJA"}, "en": set()}
# Tags of prepositions: a short quotation after one names a term ("from "moderate" to
# "high""); the English tagger may call "to" TO.
PREPOSITION_TAGS = {"de": {"APPR", "APPRART"}, "en": {"IN", "TO"}}
# The parse's link of a reported clause to its verb of saying ("said [that] Y praised it").
REPORTED_CLAUSE_DEPS = {"ccomp", "parataxis"}
# German: a reported clause after a comma hangs on the verb of saying as a complement, or,
# as the parser often has it ("teilte mit, zwei Drohnen seien …": conj; "sagte …, sein Land
# habe keine Einwände": obl), as anything else, then in the subjunctive of reported speech
# (not ", bei den Kosten hat er jedoch Zweifel"; quotes._clause_after_comma).
COMPLEMENT_DEPS = {"de": {"ccomp", "xcomp"}, "en": {"ccomp"}}
# A participle that describes a noun; before a short quotation it names it ("a capsule
# nicknamed "Y""). German puts such participles before the noun ("die sogenannte „X“").
NAMING_PARTICIPLE_TAGS = {"de": set(), "en": {"VBN"}}
# "ein Luftangriff auf den Iran", "Sanktionen gegen Russland", "sanctions against Iran": a state
# or organisation after one of these and a noun is the target of what the noun names, no
# participant ("… Absage eines Luftangriffs auf X und das Treffen mit Y").
TARGET_PREPS = {"de": {"auf", "gegen"}, "en": {"against"}}
# Taking part in a meeting named by its noun: "An dem Treffen in Rom nahmen A, B und C teil",
# "A und B nehmen an den Gesprächen teil": the noun after "an/am" with one of these verbs in
# its clause (a value: the separable particle the form needs) names its participants.
PARTICIPATE_VERBS = {"de": {"nahm": "teil", "nahmen": "teil", "nimmt": "teil", "nehmen": "teil",
                            "teilgenommen": None, "teilnehmen": None, "teilnahm": None, "teilnahmen": None,
                            "teilnimmt": None, "teilzunehmen": None},
                     "en": {}}
PARTICIPATE_PREPS = {"de": {"an", "am"}, "en": set()}
# "sie haben sich getroffen": a reciprocal pronoun makes "sie" the plural.
RECIPROCAL = {"de": {"sich"}, "en": set()}
# Coordination of subjects ("X and Y agreed") and of verb phrases ("met … and have since spoken").
AND = {"de": ("und",), "en": ("and",)}
# "die drei", "the three": a meeting of three.
THREE = {"de": ("drei",), "en": ("three",)}
# "die Außenminister beider Länder", "the foreign ministers of both countries".
BOTH = {"de": {"beider"}, "en": {"both"}}
COUNTRY_NOUNS = {"de": {"länder", "staaten", "regierungen"},
                 "en": {"countries", "nations", "states", "governments"}}
# What a plural anaphor names ("die beiden Präsidenten", "the two leaders"): leaders of
# states (lexicon.LEADER_STEMS), or holders of an office.
LEADER_STEMS = lx.LEADER_STEMS
OFFICE_STEMS = {"de": ("präsident", "minister", "kanzler"), "en": ("president", "chancellor")}

# === status ===============================================================================

CANCEL_WORDS = {
    "de": {"abgesagt", "absagen", "absage", "verschoben", "verschieben", "verschob", "gestrichen",
           "geplatzt", "abgebrochen"},
    "en": {"cancelled", "canceled", "cancel", "postponed", "postpone", "scrapped"},
}
# A cancellation noun with its own object in the genitive cancels that object, not the
# meeting of the clause ("seine Absage eines geplanten Manövers … und das Treffen mit X").
CANCEL_NOUNS = {"de": {"absage", "absagen", "verschiebung", "streichung", "abbruch"}, "en": {"cancellation",
                                                                                          "postponement"}}
CANCELLED_GENITIVE = {"de": {"eines", "einer", "des", "der"}, "en": {"of"}}
# A meeting refused is cancelled (docs/annotation.md): German a meeting noun in the clause of
# "lehnte … ab"; English a meeting noun or verb the parse hangs on a verb of refusing
# ("refused a meeting with X", "declined to meet X", "turned down talks with X").
REFUSE_SEPARABLE = {"de": (("lehnte", "ab"), ("lehnten", "ab"), ("lehnt", "ab"), ("lehnen", "ab")), "en": ()}
REFUSE_VERBS = {"de": set(), "en": {"refused", "refuses", "declined", "declines", "rejected", "rejects", "turned"}}
REFUSED_DEPS = {"de": set(), "en": {"dobj", "xcomp"}}
# Cancellations of two words, found in the clause's words joined by spaces.
CANCEL_PHRASES = {"de": (), "en": (("called", "off"), ("call", "off"), ("pushed", "back"))}
PLANNED_WORDS = {
    "de": {"soll", "sollen", "sollte", "sollten", "wird", "werden", "will", "wollen", "könnte", "könnten",
           "erwartet", "geplant", "geplante", "geplanten", "geplantes", "plant", "planen",
           "vorgesehen", "vorbereiten", "verständigt", "vereinbart"},
    "en": {"will", "would", "expected", "plans", "planned", "planning", "scheduled", "due", "could",
           "may", "might", "shall", "agreed"},
}
# An attempt or wish to meet is a plan, not a meeting that happened: these words before the
# trigger in its clause ("worked to arrange a meeting between X and Y", "sought talks with X",
# "offered to meet X", "bemühte sich um ein Treffen mit X", "schlug ein Treffen vor", "strebt
# Gespräche an"), or before the comma of an infinitive clause ("versuchte, X zu treffen";
# status.intended_only). Not "arranged a meeting" or "helped facilitate a meeting": done.
# Leave given to travel ("Die Regierung hat dem Berichterstatter X erlaubt, nach China zu
# reisen"): the one allowed travels, the one allowing is no participant, and
# the trip is still ahead (planned, as after INTENT_WORDS). Not before a meeting noun: "ermöglichte
# ein Treffen" reports a meeting that took place.
PERMIT_VERBS = {"de": {"erlaubt", "erlaubte", "erlaubten", "gestattet", "gestattete", "gestatteten",
                       "genehmigt", "genehmigte", "genehmigten", "ermöglicht", "ermöglichte", "ermöglichten"},
                "en": {"allowed", "permitted"}}
INTENT_WORDS = {
    "de": {"bemühte", "bemühten", "bemüht", "bemühe", "strebt", "strebte", "strebten", "angestrebt",
           "versuchte", "versuchten", "versucht", "schlug", "schlugen", "vorgeschlagen", "bot", "boten",
           "angeboten", "bietet", "wünscht", "wünschte", "wünschten", "bat", "baten", "gebeten"},
    "en": {"sought", "seek", "seeks", "seeking", "tried", "tries", "trying", "attempted", "attempting",
           "attempt", "attempts", "wanted", "wants", "hoped", "hopes", "hoping", "offered", "offers",
           "requested", "requests", "proposed", "proposes"},
}
# ... and words that are one only with the next word ("worked to arrange", "pushed for talks").
INTENT_PAIRS = {"de": (), "en": (("worked", "to"), ("working", "to"), ("pushed", "for"), ("pushing", "for"))}
# The mark of an infinitive right before a trigger ("versuchte, X zu treffen", "tried to meet").
INFINITIVE_MARKS = {"de": "zu", "en": "to"}
# A plan told by "to be to" and the infinitive: "X is to visit Y next week" (not "was to": a
# plan of the past says nothing of what came of it); "is set to meet", "slated to visit".
PLANNED_PHRASES = {"de": (), "en": (("is", "to"), ("are", "to"), ("set", "to"), ("slated", "to"))}
# "May" with a capital is the month, never the modal of a plan.
NOT_PLANNED = {"de": set(), "en": {"May"}}
# "had been due to meet", "wollte ursprünglich": the plan did not come true.
UNFULFILLED = {"de": (("wollte", "ursprünglich"),),
               "en": (("had", "been", "due"), ("had", "been", "scheduled"), ("had", "been", "expected"),
                      ("had", "planned"))}
# A meeting moved to a new date: the new date follows one of NEW_DATE_PREPS.
POSTPONED = {"de": {"verschoben", "verlegt"},
             "en": {"postponed", "pushed", "moved", "rescheduled", "delayed"}}
NEW_DATE_PREPS = {"de": ("auf",), "en": ("to", "until", "into")}
NEW_DATE_PAIRS = {"de": (), "en": (("back", "to"),)}

# === dating ===============================================================================

# A meeting sentence with one of these and no date of its own continues the day narrated
# just before ("Am Abend kam die Ministerin … zusammen", "Am Rande der Beratungen traf …").
CONTINUATION = {
    "de": {("am", "abend"), ("am", "nachmittag"), ("am", "morgen"), ("am", "vormittag"),
           ("am", "mittag"), ("am", "rande"), ("später",), ("anschließend",), ("danach",),
           ("am", "selben", "tag"), ("am", "gleichen", "tag")},
    "en": {("later",), ("afterwards",), ("that", "evening"), ("that", "afternoon"),
           ("in", "the", "evening"), ("in", "the", "afternoon"), ("on", "the", "sidelines"),
           ("the", "same", "day")},
}

# === pronouns =============================================================================

# Pronouns that name a gender. German "sie" is also plural/formal: it counts as feminine
# only next to a singular verb form (SINGULAR_VERBS).
PRONOUN_GENDER = {"de": {"er": "m", "ihn": "m", "ihm": "m", "sein": "m"},
                  "en": {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}}
AMBIGUOUS_SHE = {"de": "sie"}
SINGULAR_VERBS = {"de": {"sagte", "sagt", "erklärte", "erklärt", "betonte", "fügte", "teilte", "sei",
                         "habe", "hat", "hatte", "ist", "war", "wird", "will", "kündigte", "warnte",
                         "forderte", "schrieb", "kritisierte", "traf", "reist", "reiste", "soll"},
                  "en": set()}
# "der Unterhändler bei den Verhandlungen mit X": a role and what it is about, no meeting.
ROLE_PHRASE_PREPS = {"de": {"bei"}, "en": {"at", "in"}}
# "eine gemeinsame Pressekonferenz", "a joint press conference": those who give it together
# are in one place.
JOINT_NOUNS = {"de": {"pressekonferenz"}, "en": {"conference"}}
JOINT_WORDS = {"de": {"gemeinsame", "gemeinsamen", "gemeinsamer"}, "en": {"joint"}}
# A clause of purpose shares the subject of the clause before ("reiste nach Rom, um X zu treffen").
PURPOSE_WORDS = {"de": {"um"}, "en": set()}
# Plural forms of verbs of saying next to "sie": the pronoun is plural, no woman.
PLURAL_VERBS = {"de": {"sagten", "erklärten", "betonten", "fügten", "teilten", "seien", "haben", "hatten",
                       "sind", "waren", "werden", "wollen", "kündigten", "warnten", "forderten",
                       "schrieben", "kritisierten", "befürchten", "fürchten", "fordern", "kritisieren",
                       "warnen", "erklären", "betonen", "sollen"},
                "en": set()}
# Object pronouns: a person of the same sentence who may fit comes first ("wo ihn X empfangen
# will").
OBJECT_PERSON_PRONOUNS = {"de": ("ihn", "ihm"), "en": ("him",)}

# === unions for rules that read every language at once ======================================

GENERIC_SPEAKERS_ANY = _any(GENERIC_SPEAKERS)
POSSESSIVE_S_ANY = _any(POSSESSIVE_S)
MODIFIER_ARTICLES_ANY = _any(MODIFIER_ARTICLES)
HEAD_NOUNS_ANY = _any(HEAD_NOUNS)
TITLE_FILLERS_ANY = _any(TITLE_FILLERS)
CALLS_IT_ANY = _any(CALLS_IT)
WELCOME_VERBS_ANY = _any(WELCOME_VERBS)
INTERROGATE_VERBS_ANY = _any(INTERROGATE_VERBS)
CANCEL_SEPARABLE_ANY = _any(CANCEL_SEPARABLE)
COMPLEMENTIZERS_ANY = _any(COMPLEMENTIZERS)
ATTRIBUTION_AFTER_SOURCE_ANY = _any(ATTRIBUTION_AFTER_SOURCE)
IMPERSONAL_REPORT_ANY = {**IMPERSONAL_REPORT["de"], **IMPERSONAL_REPORT["en"]}
SPEAKER_BLOCKING_PREPS_ANY = _any(SPEAKER_BLOCKING_PREPS)
RELATIVE_PRONOUNS_ANY = _any(RELATIVE_PRONOUNS)
PASSIVE_AUX_ANY = _any(PASSIVE_AUX)
POSITION_VERBS_ANY = _any(POSITION_VERBS)
POSITION_PLURALS_ANY = _any(POSITION_PLURALS)
REPORT_AUX_ANY = _any(REPORT_AUX)
AFTER_MEETING_ANY = _any(AFTER_MEETING)
AFTERWARDS_ANY = _any(AFTERWARDS)
NEEDS_PERSON_OBJECT_ANY = _any(NEEDS_PERSON_OBJECT)
FREE_PARTICLES_ANY = _any(FREE_PARTICLES)
MEET_NOUNS_ANY = _any(MEET_NOUNS)
SUMMIT_NOUNS_ANY = _any(SUMMIT_NOUNS)
VISIT_WORDS_ANY = _any(VISIT_WORDS)
GREET_VERBS_ANY = _any(GREET_VERBS)
INVITE_VERBS_ANY = {**INVITE_VERBS["de"], **INVITE_VERBS["en"]}
PRIVATE_PERSON_NOUNS_ANY = _any(PRIVATE_PERSON_NOUNS)
SIT_DOWN_ANY = _any(SIT_DOWN)
SIT_DOWN_WITH_ANY = _any(SIT_DOWN_WITH)
COURTESY_CALL_ANY = _any(COURTESY_CALL)
SIGN_VERBS_ANY = _any(SIGN_VERBS)
SIGN_OBJECTS_ANY = _any(SIGN_OBJECTS)
TOGETHER_ANY = _any(TOGETHER)
TRAVEL_WORDS_ANY = _any(TRAVEL_WORDS)
ARRIVED_ANY = _any(ARRIVED)
EXPECTED_ANY = _any(EXPECTED)
ARRIVE_WORDS_ANY = ARRIVED_ANY | EXPECTED_ANY
REMOTE_WORDS_ANY = _any(REMOTE_WORDS)
REMOTE_TALK_ANY = _any(REMOTE_TALK)
CALLED_OFF_ANY = _any(CALLED_OFF)
TALK_VERBS_ANY = _any(TALK_VERBS)
TALK_WITH_ANY = _any(TALK_WITH)
TALK_OF_ANY = {**TALK_OF["de"], **TALK_OF["en"]}
PLACE_ADVERBS_ANY = _any(PLACE_ADVERBS)
VISIT_NOUN_ENDINGS_ANY = _any(VISIT_NOUN_ENDINGS)
SEPARATE_WORDS_ANY = _any(SEPARATE_WORDS)
IN_PLACE_ANY = _any(IN_PLACE)
NOUN_LINKS_ANY = _any(NOUN_LINKS)
HOLD_BEFORE_ANY = _any(HOLD_BEFORE)
HOLD_VERBS_ANY = _any(HOLD_VERBS)
GENITIVE_LINKS_ANY = _any(GENITIVE_LINKS)
VISIT_TO_ANY = _any(VISIT_TO)
AFTER_ANY = _any(AFTER)
BARE_TALKS_ANY = _any(BARE_TALKS)
FOR_TALKS_ANY = _any(FOR_TALKS)
FRAMING_PREPS_ANY = _any(FRAMING_PREPS)
BETWEEN_ANY = _any(BETWEEN)
DEFINITE_ANY = _any(DEFINITE)
DEFINITE_ANAPHORIC_ANY = _any(DEFINITE_ANAPHORIC)
FRAME_NOUNS_ANY = _any(FRAME_NOUNS)
SIDELINES_ANY = _any(SIDELINES)
FRAME_NAME_FILLERS_ANY = _any(FRAME_NAME_FILLERS)
VENUE_NOUNS_ANY = _any(VENUE_NOUNS)
VENUE_PREPS_ANY = frozenset(_any(VENUE_PREPS))
TOPIC_WORDS_ANY = _any(TOPIC_WORDS)
TRAVEL_TO_ANY = _any(TRAVEL_TO)
ARRIVAL_PREPS_ANY = _any(ARRIVAL_PREPS)
RECIPROCAL_ANY = _any(RECIPROCAL)
AND_ANY = _any(AND)
THREE_ANY = _any(THREE)
BOTH_ANY = _any(BOTH)
COUNTRY_NOUNS_ANY = _any(COUNTRY_NOUNS)
LEADER_STEMS_ANY = _any(LEADER_STEMS)
OFFICE_STEMS_ANY = _any(OFFICE_STEMS)
CANCEL_WORDS_ANY = _any(CANCEL_WORDS)
CANCEL_PHRASES_ANY = _any(CANCEL_PHRASES)
PLANNED_WORDS_ANY = _any(PLANNED_WORDS)
PLANNED_PHRASES_ANY = _any(PLANNED_PHRASES)
NOT_PLANNED_ANY = _any(NOT_PLANNED)
UNFULFILLED_ANY = _any(UNFULFILLED)
POSTPONED_ANY = _any(POSTPONED)
NEW_DATE_PREPS_ANY = _any(NEW_DATE_PREPS)
NEW_DATE_PAIRS_ANY = _any(NEW_DATE_PAIRS)
CONTINUATION_ANY = _any(CONTINUATION)
PRONOUN_GENDER_ANY = {**PRONOUN_GENDER["de"], **PRONOUN_GENDER["en"]}
OBJECT_PERSON_PRONOUNS_ANY = _any(OBJECT_PERSON_PRONOUNS)
