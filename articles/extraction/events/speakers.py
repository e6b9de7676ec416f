"""Who speaks: the speaker of a verb of saying (subject, passive agent, apposition, role
and title, a name before or after the verb, a relative clause's antecedent, a speaker
named in the sentence before) and joint speakers ("X und Y sagten")."""
from __future__ import annotations

from functools import cache

from .. import events_lexicon as ex
from .. import lexicon as lx
from .. import gazetteer
from ..actors import PRIVATE_OCCUPATIONS, Actor, Mention, demonym_code, holds_role, public_org, role_head, role_head_word
from ..text import QUOTE_MARKS, Sentence, Tok, in_quote
from .article import Article, genitive_name
from .bodies import (_bare_body, _body_pronoun, _head_noun_body, _lift_attributes, _over_words, _palace_monarch,
                     public_descriptor_before, stand_in)
from .phrases import is_modifier, possessive
from .speech_parse import _bare_passive, _in_relative_clause, _past_dates, _sentences_back, _subtree
from .speech_verbs import _goes_on_to, _inverted_opener, _misparsed_report, _perfect_across_insertion, _speech_verbs


def _speaker(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    """The mention that speaks with `verb`: the English parse's subject; else the German
    field before the verb (after the last comma) or the subject right after it ("sagte
    X" after a fronted phrase); English: the subject before, else after "…, said"."""
    a, b = art.clause_of(sent, verb.i)
    ms = [m for m in art.by_sent.get(sent.index, []) if not m.quoted and m.kind != "place"
          and not m.locative and m.kind != "plural" and not possessive(art, m)
          and m.text.lower() not in ex.OBJECT_PRONOUNS[verb.lang]]
    if verb.lang == "de":
        ms = _lift_attributes(art, sent, ms, subject=True)  # "Die von X geführte Regierung erklärte"
        ms = sorted([*ms, *_particle_surnames(art, sent)], key=lambda m: m.a)  # "sagte von der Lohe"
    if verb.lower not in ex.SPEAKER_PASSIVES.get(verb.lang, ()) \
            and (agent := _passive_agent(art, sent, verb, ms)) is not None:
        return agent  # "wurde von der Partei kritisiert", "was criticised by the minister"
    if verb.lang == "de" and _bare_passive(art, sent, verb, agentless=False):
        return None  # "wird von Medien als X bezeichnet": an agent that is no actor; the subject is spoken of
    if verb.lang == "en":
        if (quoted := _quoted_as(art, sent, verb, ms)) is not None:
            return quoted
        if (stop := _inverted_opener(art, sent, verb)) is not None:
            # "Remarked the agency's director X, "…"": the name that ends the phrase before
            # the comma (the parse often makes the opener an adjective or a name's part)
            return next((m for m in reversed(ms) if verb.i < m.a and m.b == stop.i and m.actor is not None), None)
        if _misparsed_report(art, sent, verb):
            # "X, a UN envoy, cautioned peace takes time": the name the apposition follows
            return next((m for m in ms if m.b < verb.i - 1 and art.toks[m.b].text == ","), None)
        if verb.tag in ex.PARTICIPLE_CLAUSE_TAGS["en"] and verb.dep in ex.NOUN_PARTICIPLE_DEPS["en"]:
            # "a story alleging …", "a statement saying …", "X, claiming …": a participle that
            # modifies a noun speaks for that noun: an actor, or the owner of a statement
            noun = art.toks[verb.head]
            if (own := next((m for m in ms if m.a <= noun.i < m.b), None)) is not None:
                return own
            return _phrase_speaker(art, noun, verb, ms) if noun.lower in ex.SPEAKS_FOR_OWNER["en"] else None
        if (issued := _document_named_before(art, sent, verb)) is not None:
            return issued  # ""…," read the statement", "The report says …": whoever issued it
        if (inset := _inset_attribution(art, sent, verb, ms)) is not None:
            return inset
        if (named := _named_after_subject(art, sent, verb, ms)) is not None:
            return named  # "…, said the foreign minister, X."
        gov = _subject_verb(art, sent, verb)
        if any(x.head == gov and x.dep == "nsubjpass" or x.head == verb.i and x.dep == "auxpass" for x in sent.toks):
            return None  # "was reported", "was announced to have died": no one named speaks
        if (monarch := _palace_monarch(art, sent, gov)) is not None:
            return monarch  # "The palace said …", "Buckingham Palace said …": the king
        for m in ms:
            if any(art.toks[k].head == gov and art.toks[k].dep.startswith("nsubj") for k in range(m.a, m.b)):
                # "The institute's director, Dr. Ann Reyes, said": the person named in
                # apposition to the owner's role speaks, not the owner
                if _before_a_name(art, m):
                    return _person_behind(art, m)  # "WHO director-general X said": X
                return _owner_apposition(art, m, ms) or m
        subj = [x for x in sent.toks if x.head == gov and x.dep.startswith("nsubj")]
        if subj and (named := next((m for m in ms if m.a == subj[0].i + 1 and m.kind == "organization"
                                    and public_descriptor_before(art, m.a)), None)) is not None:
            return named  # "The environmental group Greenpeace said": the group named after its descriptor
        if subj and subj[0].lower in ex.GENERIC_SPEAKERS_ANY:
            return None  # "officials in both capitals said"
        if subj and subj[0].lower in ex.BODY_PRONOUNS["en"] and (body := _body_pronoun(art, sent, subj[0])):
            return body  # "The ministry said … It also urged …"
        prev = art.toks[verb.i - 1]
        if not subj and verb.tag == "VBG" and prev.tag == "NNS" \
                and not any(m.a <= prev.i < m.b for m in art.by_sent.get(sent.index, [])):
            return None  # "…, with officials saying": the plural before the participle speaks
        if subj and subj[0].lower in ex.RELATIVE_PRONOUNS["en"] and art.toks[gov].dep == "relcl":
            # "X, who said …", "the police, which indicated …": the noun the clause is about
            head = art.toks[gov].head
            return next((m for m in ms if m.a <= head < m.b), None)
        if subj:
            # "a spokesperson, X, said": a name in apposition to the subject, before the verb
            # ("Al Jazeera reported that X …" names X after it: reported on, not speaking)
            named = [m for m in ms if subj[0].i < m.a and m.b <= verb.i and m.actor and m.actor.kind == "person"
                     and (m.a <= subj[0].i + 4 or any(t.dep == "appos" and t.head == subj[0].i
                                                      for t in art.toks[m.a:m.b])
                          # "The delegate to the Council of X, Ann Lee, told …": the name set
                          # off by commas right before the verb, wherever the parse hangs it,
                          # after a role for a public body or a state
                          or art.toks[m.a - 1].text == "," and m.b + 1 == verb.i and art.toks[m.b].text == ","
                          and _public_body_between(art, ms, subj[0].i, m.a))]
            if named and subj[0].lower in _private_occupations(verb.lang):
                return None  # "The study's lead author, X, said": a private person in apposition
            if named:
                return named[0]
            if subj[0].i < verb.i and subj[0].pos in ex.VAGUE_SUBJECT_POS["en"] \
                    and not any(m.a <= subj[0].i < m.b for m in art.by_sent.get(sent.index, [])):
                return None  # "the second accused him", "many said", "both claimed": nobody named
            words = {x.i for x in sent.toks if x.i == subj[0].i or (x.head == subj[0].i and x.dep == "compound")}
            unknown = subj[0].i < verb.i and subj[0].pos != "PRON" \
                and not any(m.a <= k < m.b for m in art.by_sent.get(sent.index, []) for k in words)
            if not any(m.a <= subj[0].i < m.b for m in art.by_sent.get(sent.index, [])) \
                    and subj[0].lower in ex.BODY_NAME_HEADS["en"] and subj[0].text[:1].isupper():
                return None  # "the United States Department of Health said": a body not found
            if unknown and (body := _bare_body(art, sent, subj[0])) is not None:
                return body  # "Police said …": the police the article names
            if unknown and (body := _head_noun_body(art, sent, subj[0])) is not None:
                return body  # "The three-judge court found …": the court named before
            if unknown and (holder := _definite_role_en(art, sent, subj[0])) is not None:
                return holder  # "The governor tweeted …": the article's one governor
            if unknown and (subj[0].pos == "PROPN" or subj[0].text[:1].isupper()):
                # "Al Jazeera reported that X …", "Police said the Court …": the subject is
                # no actor we know (a medium, a company, a common noun); the actor after the
                # verb is reported on, not speaking
                return None
            if unknown and subj[0].pos == "NOUN" and subj[0].lower not in lx.ROLE_NOUNS_BY_LANG["en"]:
                # "His family said he …", "A source within the ministry said", "researchers
                # from X reported": a subject that is no actor; the person reported on does
                # not speak, and an actor in its phrase only where the phrase says so
                return _phrase_speaker(art, subj[0], verb, ms)
    relative = [(ca, cb) for ca, cb in sent.clauses if art.toks[ca].lower in ex.RELATIVE_PRONOUNS["en"]]
    before = [m for m in ms if m.b <= verb.i and m.a >= _reach_back(art, sent, verb)
              and not _in_pp(art, m) and not is_modifier(art, m)
              and not any(ca <= m.a < cb for ca, cb in relative)]
    after = [m for m in ms if verb.i < m.a <= verb.i + 4 and m.a < b and not _in_pp(art, m)
             and not (verb.lang == "en" and is_modifier(art, m))]  # "…, tweeted Mayor of London X"
    if verb.lang == "en" and after and _before_a_name(art, after[0]):
        # "…," said NASA administrator X: X, not the agency; "said UCL astronomer Y" (no
        # actor of public affairs): nobody
        after = [p for p in [_person_behind(art, after[0])] if p is not None]
    prev_tok = art.toks[verb.i - 1] if verb.i > sent.toks[0].i else None
    subject_before = bool(before) and prev_tok is not None and before[-1].b == verb.i
    if verb.lang == "de" and (antecedent := _relative_antecedent(art, sent, verb, ms)) is not None:
        return antecedent
    if verb.lang == "de" and (named := _named_before_relative(art, sent, verb, ms)) is not None:
        return named
    if verb.lang == "de":
        # "sagte Guyanas Präsident X", "nannte das Ausscheiden Boltons": a genitive after
        # the verb only qualifies
        after = [m for m in after if not is_modifier(art, m) and not genitive_name(m)
                 and not any(t.text == "," for t in art.toks[verb.i + 1:m.a])]  # "erklärte, auf X …"
        comma = max((t.i for t in sent.toks if t.i < verb.i and t.text == ","), default=-1)
        # "die Kandidaten um die Nachfolge Mays hatten sich geäußert": a genitive after a
        # noun only qualifies it
        field_ = [m for m in before if m.a > comma
                  and not (genitive_name(m) and art.toks[m.a - 1].pos == "NOUN")
                  # "Die Frage zu Webers Plänen beantwortete X": a genitive before its noun
                  # inside a phrase with a preposition qualifies that noun
                  and not (genitive_name(m) and art.toks[m.a - 1].pos == "ADP" and m.b < len(art.toks)
                           and art.toks[m.b].pos == "NOUN")
                  and not _genitive_after_noun(art, m, ms)]
        if (opener := _reporting_clause_subject(art, sent, verb, ms)) is not None:
            return opener  # "Wie ein Beamter, …, nach dem Treffen zwischen A und B mitteilte"
        if not field_ and (named := _apposition_name(art, sent, ms, comma)) is not None:
            return named
        first = art.toks[comma + 1] if comma >= 0 else sent.toks[0]
        if len(field_) > 1 and first.pos == "ADP" and first.lower not in ex.ATTRIBUTION["de"] \
                and (finite := next((t for t in art.toks[field_[0].b:verb.i]
                                     if t.tag in ex.FINITE_TAGS["de"]), None)) is not None \
                and (subject := next((m for m in field_ if m.a > finite.i), None)) is not None:
            # "In Befragungen durch X hatte Y eingeräumt, …": the phrase with a preposition
            # opens the clause, the subject follows the finite verb
            return subject
        if field_ and after and (first.pos == "ADP" and first.lower not in ex.ATTRIBUTION["de"]
                                 or first.lower in ex.OBJECT_OPENERS["de"]):
            # "Bei einem Treffen mit X sagte Y": a phrase with a preposition stands
            # before the verb, the subject after it; so does a fronted object ("Seinen
            # Amtskollegen X forderte Y auf, …").
            return after[0]
        if not field_ and (document := _document_subject(art, sent, verb)) is not None:
            return document  # "Der Bericht kritisiert die Regierung": its author, not the one after the verb
        if not field_ and after and _unnamed_subject_before(art, sent, verb, comma) \
                and (art.toks[after[0].a - 1].lower in ex.OBJECT_ARTICLES["de"] or _genitive_of_object(art, after[0])
                     or _title_object(art, sent, after[0], verb)
                     or after[0].kind in ("state", "organization") and _object_phrase(art, after[0], verb, bare=True)) \
                and not any(art.toks[k].dep.startswith("nsubj") for k in range(after[0].a, after[0].b)):
            # "Der Bundesrat wirft der Regierung vor, …", "Der Minister Italiens wirft
            # Frankreich vor, …": the parse's subject stands before the verb, though it is
            # no actor; the one after the verb, behind an article of an object or a state or
            # body the parse makes its object, or in the genitive of a noun after the verb
            # ("Die Regelung ergänzt die Befugnisse der Kommissarin"), is spoken to or of (a
            # person there is more often the subject of a fronted object: "Die Entscheidung
            # lobte X")
            return None
        if field_ and _unnamed_subject_before(art, sent, verb, comma) and (
                _object_phrase(art, field_[0], verb) or _after_finite(art, sent, field_[0], comma)):
            # class "the one spoken to or of": "Der Ausschuss hat den USA mitgeteilt, …",
            # "Die Studenten hatten Norwegen als … bezeichnet": an unnamed subject opens
            # the clause and speaks to or of the actor after its finite verb
            return None
        if field_ and field_[0].kind == "desc" and (named := _name_of_description(art, field_[0], ms)) is not None:
            return named  # "Die Organisation „Volksfront“ bezeichnete …": the name it describes
        if field_ and (field_[0].kind == "desc" or field_[0].actor is not None and field_[0].actor.kind == "organization"
                       and art.toks[field_[0].a - 1].lower in ex.GENITIVE_ARTICLES["de"]
                       and art.toks[field_[0].a - 2].pos == "NOUN") and (person := next(
                    (m for m in ms if m.actor is not None and m.actor.kind == "person" and m.b <= verb.i
                     and 0 <= m.a - field_[0].b <= 2 and not genitive_name(m)
                     and all(t.text.endswith(".") for t in art.toks[field_[0].b:m.a])), None)):  # "Dr."
            # "Die Sprecherin der SPD-Fraktion Dr. X sprach von …": the person named after
            # the body her role belongs to
            return person
        if field_ and field_[0].kind == "desc" and field_[0].actor is None \
                and (person := _name_after_qualifiers(art, field_[0], ms, verb)) is not None:
            return person
        if field_ and (holder := _role_holder_behind_opener(art, sent, verb, field_[0], ms)) is not None:
            return holder  # "Scharf kritisierte die Ministerin X …": the opener is no name
        if field_:
            return field_[0]
        if after and _unnamed_subject_before(art, sent, verb, comma) \
                and art.toks[after[0].a - 1].pos == "NOUN" and art.toks[after[0].a - 2].lower in ex.DATIVE_ARTICLES["de"]:
            return None  # "Der Bürgermeister sagte dem Sender X, …": X is spoken to
        if after:
            return after[0]
        if comma == verb.i - 1 and (late := _late_subject(art, sent, verb, ms)) is not None:
            return late
        if comma != verb.i - 1 and (late := _late_subject(art, sent, verb, ms, fronted=True)) is not None:
            # "Am Montag erklärte der Sprecher des Ministeriums, X, …": behind a fronted
            # phrase the subject follows the verb, its name in an apposition
            return late
        if comma == verb.i - 1 and art.toks[verb.i + 1].pos == "DET":
            # "…, Lübcke getötet zu haben, sagte die Behörde": after the reported words the
            # subject follows the verb; a name before the comma is in those words
            noun = next((t for t in art.toks[verb.i + 2:verb.i + 4] if t.pos in ("NOUN", "PROPN")), None)
            return _bare_body(art, sent, noun) if noun is not None else None
        before = [m for m in before if not _genitive_after_noun(art, m, ms)]
        if before:
            return before[-1]
        return _role_phrase(art, sent, verb, comma) or _bench_of_court(art, sent, verb, comma)
    if subject_before:
        return before[-1]
    if verb.lang == "en" and any(x.head == _subject_verb(art, sent, verb) and x.dep.startswith("nsubj")
                                 and x.i < verb.i for x in sent.toks):
        # the parse gives a subject before the verb that is no actor ("The second article
        # accused him …"): whoever follows the verb is its object, not the speaker
        after = []
    if after and (prev_tok is None or prev_tok.text in {",", "“", "\"", "”"} or verb.i == a):
        return after[0]
    return before[-1] if before else (after[0] if after else None)


def _particle_surnames(art: Article, sent: Sentence) -> list[Mention]:
    """German, class "a surname that opens with particles" (round 18): "„…“, sagte von der
    Lohe", "Von der Lohe sagte, …": the parse reads the name after "von der" as a place;
    with its particles (events_lexicon.SURNAME_PARTICLES) it ends the name of the one person
    named before, who is meant."""
    out: list[Mention] = []
    for m in art.by_sent.get(sent.index, []):
        if m.kind != "place" or m.quoted:
            continue
        k = m.a
        while k > sent.toks[0].i and art.toks[k - 1].lower in ex.SURNAME_PARTICLES.get(art.toks[k - 1].lang, ()):
            k -= 1
        if k == m.a or art.toks[k].lower not in ex.SURNAME_OPENING_PARTICLES[art.toks[k].lang]:
            continue
        words = " " + " ".join(t.lower for t in art.toks[k:m.b])
        persons = [a for a in art.reg.named_before("person", m.start) if a.name.lower().endswith(words)]
        if len(persons) == 1:
            p = Mention(art.toks[k].start, m.end, k, m.b, art.text[art.toks[k].start:m.end], "person", sent.index)
            p.actor = persons[0]
            out.append(p)
    return out


def _relative_antecedent(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """Class "relative clause after the subject": "X, der seit Wochen gegen Y hetzt, hat
    am Montag erklärt, …", "X, der Y im Amt ersetzt hat, hat Z beschuldigt, …": the name
    that opens the sentence before a relative clause speaks with the verb after that
    clause, not a name inside it."""
    first = sent.toks[0].i
    for m in ms:
        if m.a - first > 3 or any(t.pos not in ("DET", "ADJ", "NOUN") for t in art.toks[first:m.a]):
            continue
        if m.b + 1 >= len(art.toks) or art.toks[m.b].text != ",":
            continue
        rel = m.b + 1
        if art.toks[rel].lower not in ex.RELATIVE_PRONOUNS["de"]:
            # "X, Ex-Agent und Aktivist, der …": an apposition without a verb first
            nxt = next((t.i for t in art.toks[rel:verb.i] if t.text == ","), None)
            if nxt is None or any(t.pos in ("VERB", "AUX") for t in art.toks[rel:nxt]):
                continue
            rel = nxt + 1
        if art.toks[rel].lower not in ex.RELATIVE_PRONOUNS["de"]:
            continue
        # the comma that closes the relative clause: a finite verb follows it
        close = next((t.i for t in art.toks[rel + 1:verb.i] if t.text == ","
                      and art.toks[t.i + 1].tag in ex.FINITE_TAGS["de"]), None)
        if close is None or close + 1 > verb.i:
            return None
        return m
    return None


def _name_after_qualifiers(art: Article, desc: Mention, ms: list[Mention], verb: Tok) -> Mention | None:
    """German: "Die Beauftragte für die Gespräche mit der Regierung X sagte …": a role noun
    that names no one, its phrases of where and with whom, then a person's name right
    before the verb (class "a title with its qualifiers before a name", round 16); no verb
    and no comma between."""
    person = next((m for m in ms if m.b == verb.i and m.a > desc.b and m.actor is not None
                   and m.actor.kind == "person"), None)
    if person is None or person.a - desc.b > ex.TITLE_QUALIFIERS_MAX \
            or any(t.pos in ("VERB", "AUX") or t.text in {",", ";", ":"} for t in art.toks[desc.b:person.a]):
        return None
    return person


def _named_before_relative(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """Class "a verb of saying in a relative clause after a name" (round 16): "Ein Mandat
    erhielt X, die daraufhin erklärte, …", "Die Wahl gewann X (SPD), der sagte, …": the name
    right before the comma and the relative pronoun speaks, wherever it stands in its clause."""
    a, _ = art.clause_of(sent, verb.i)
    if not _in_relative_clause(art, sent, verb) or a - 1 <= sent.toks[0].i or art.toks[a - 1].text != ",":
        return None
    if any(t.pos in ("NOUN", "PROPN") for t in art.toks[a + 1:verb.i]):
        return None  # "X, dessen Sprecher erklärte, …": the relative clause has its own subject
    return next((m for m in ms if _ends_before(art, m, a - 1) and m.kind in ("person", "organization", "state")
                 and m.actor is not None), None)


def _inset_attribution(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """English: an attribution set in after the words, between commas or before the full stop
    ("The bomb was hidden in a market, stated Minister X, and …"): the person named right
    after the verb, with nothing but title words between, the verb with no subject of its own."""
    if verb.i == 0 or art.toks[verb.i - 1].text != "," \
            or any(x.head == verb.i and x.dep.startswith("nsubj") for x in sent.toks):
        return None
    named = next((m for m in ms if verb.i < m.a <= verb.i + 4 and m.actor is not None
                  and m.actor.kind == "person"), None)
    if named is None or named.b >= len(art.toks) or art.toks[named.b].text not in {",", "."} \
            or not all(t.text[:1].isupper() or t.lower in ex.TITLE_LINKS.get(verb.lang, ())
                       for t in art.toks[verb.i + 1:named.a]):
        return None
    return named


def _named_after_subject(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """English: a subject after the verb of an attribution set after the words, described by
    its role and named in apposition ("…, said the foreign minister, X.", "…, argued the
    government's lawyer, Y."): the person named, as the parse links the name to the role."""
    subj = next((t for t in sent.toks if t.head == verb.i and t.dep.startswith("nsubj") and t.i > verb.i), None)
    if subj is None and verb.i > 0 and art.toks[verb.i - 1].text in {",", *QUOTE_MARKS} \
            and not any(t.head == verb.i and t.dep.startswith("nsubj") for t in sent.toks):
        # the parse takes the role after an inverted verb for its object
        subj = next((t for t in sent.toks if t.head == verb.i and t.dep == "dobj" and t.i > verb.i), None)
    if subj is None or subj.pos != "NOUN":
        return None
    appos = [t.i for t in sent.toks if t.head == subj.i and t.dep == "appos" and t.i > subj.i]
    return next((m for m in ms if any(m.a <= k < m.b for k in appos) and m.actor is not None
                 and m.actor.kind == "person"), None)


def _public_body_between(art: Article, ms: list[Mention], a: int, b: int) -> bool:
    """A state or a public body named between tokens `a` and `b` ("the delegate to the Council
    of X, Ann Lee,"), also one that only qualifies the role ("the director of the X Agency,
    Ann Lee,": no mention of the sentence, but its actor's), not a company or a club ("the
    manager of X Tours, Ann Lee,")."""
    return any(a < m.a and m.b <= b and m.actor is not None
               and (m.actor.kind == "state" or m.actor.kind == "organization" and public_org(m.actor, art.lang))
               for m in [*ms, *art.attribute_mentions])


def _name_of_description(art: Article, desc: Mention, ms: list[Mention]) -> Mention | None:
    """The organisation named right after a description of one, maybe in quotation marks:
    "die radikale Organisation „Volksfront“", "das Bündnis Neue Mitte"."""
    if desc.head not in lx.ORG_NOUNS:
        return None
    return next((m for m in ms if m.actor is not None and m.actor.kind == "organization"
                 and 0 <= m.a - desc.b <= 1 and all(t.text in QUOTE_MARKS for t in art.toks[desc.b:m.a])), None)


def _name_after_role(art: Article, m: Mention) -> int | None:
    """English: the token index of a capitalised name right after a role or occupation in
    lower case that follows a state or organisation ("NASA administrator X", "UCL
    astronomer Y"), else None."""
    if m.kind not in ("state", "organization") or art.lang != "en":
        return None
    k = start = m.b
    if k + 2 < len(art.toks) and art.toks[k].text == "(" and art.toks[k + 2].text == ")" \
            and art.toks[k + 1].text.isupper():
        k = start = k + 3  # "Organisation of Islamic Cooperation (OIC) head X": its abbreviation between
    while k < len(art.toks) and k - start < 4 and (art.toks[k].text == "-" or art.toks[k].text[:1].islower()
                                                   and art.toks[k].pos in ("NOUN", "ADJ")):
        k += 1  # "director-general" is three tokens
    if k == start or k >= len(art.toks) or art.toks[k].pos != "PROPN":
        return None
    return k


def _before_a_name(art: Article, m: Mention) -> bool:
    """The body only qualifies the person named after its role word (_name_after_role)."""
    return _name_after_role(art, m) is not None


def _person_behind(art: Article, m: Mention) -> Mention | None:
    """The person whom the body only qualifies ("NASA administrator X"), if an actor."""
    k = _name_after_role(art, m)
    return next((x for x in art.by_sent.get(m.sent, []) if x.a == k and x.actor is not None
                 and x.actor.kind == "person"), None) if k is not None else None


def _owner_apposition(art: Article, owner: Mention, ms: list[Mention]) -> Mention | None:
    """English: a person named between commas right after a role of the owner in lower case
    ("X's director, Dr. Ann Reyes,", "Norway's foreign minister, Y,")."""
    if owner.b >= len(art.toks) or art.toks[owner.b].text not in ex.POSSESSIVE_S_ANY:
        return None
    k = owner.b + 1
    while k < len(art.toks) and k - owner.b <= 4 and art.toks[k].text[:1].islower() and art.toks[k].pos in ("NOUN", "ADJ"):
        k += 1
    if k == owner.b + 1 or k >= len(art.toks) or art.toks[k].text != "," or art.toks[k - 1].pos != "NOUN":
        return None
    return next((m for m in ms if k < m.a <= k + 2 and m.actor is not None and m.actor.kind == "person"
                 and m.b < len(art.toks) and art.toks[m.b].text == ","), None)


def _unnamed_subject_before(art: Article, sent: Sentence, verb: Tok, comma: int) -> bool:
    """German: the parse gives the verb a noun as its subject that opens the field before
    the verb, after an article or adjectives only ("Der Bundesrat wirft …"), or after words
    of its own phrase ("Der für Handel zuständige Minister wirft …"; not "Am 9. Januar
    kündigte …")."""
    start = comma + 1 if comma >= 0 else sent.toks[0].i
    for t in sent.toks:
        if t.head == verb.i and t.dep.startswith("nsubj") and t.pos in ("NOUN", "PROPN") and start <= t.i < verb.i:
            own = {x.i for x in _subtree(art, sent, t)}
            return art.toks[start].pos != "ADP" and all(x.pos in ("DET", "ADJ") or x.i in own
                                                        for x in art.toks[start:t.i])
    return False


def _role_holder_behind_opener(art: Article, sent: Sentence, verb: Tok, m: Mention,
                               ms: list[Mention]) -> Mention | None:
    """German class "an adverb taken for a name" (round 20): the NER makes a capitalised
    adjective or adverb that opens the sentence a person ("Scharf kritisierte die Ministerin
    X den Plan", "Deutlich widersprach der Minister X"). The one-word opener right before the
    verb, an actor the article names nowhere else, yields to the role holder named right
    after the verb ([article] [adjectives] title name). A surname named before ("Nowak
    sagte", after "Eva Nowak") or opening with no role holder after the verb stays."""
    if m.b - m.a != 1 or m.a != sent.toks[0].i or m.b != verb.i or m.actor is None \
            or m.actor.kind != "person" or " " in m.actor.name.strip():
        return None
    if any(x.actor is m.actor and x.sent != sent.index for x in art.reg.mentions):
        return None
    for p in ms:
        if p.a <= verb.i or p.actor is None or p.actor.kind != "person" or p is m:
            continue
        title = art.toks[p.a - 1]
        lead = art.toks[verb.i + 1:title.i]
        if title.i > verb.i and (role_head(title) is not None or role_head_word(title.lower)) \
                and lead and lead[0].pos == "DET" and lead[0].lower not in ex.NOT_NOMINATIVE.get(verb.lang, ()) \
                and all(t.pos in ("DET", "ADJ") for t in lead):
            return p
        return None
    return None


def _title_object(art: Article, sent: Sentence, m: Mention, verb: Tok) -> bool:
    """German: the noun right before the name (its title) is the parse's object of the verb
    ("Die Opposition kritisierte die Ministerin X": X is spoken of)."""
    title = art.toks[m.a - 1]
    if any(t.head == verb.i and t.dep.startswith("nsubj") and t.i < verb.i
           and t.lower in ex.FRONTABLE_NOUN_PARTICLES["de"] for t in art.toks[art.clause_of(sent, verb.i)[0]:verb.i]):
        return False  # "Scharfe Worte fand die Ministerin X": the fronted noun is the object
    return title.pos == "NOUN" and title.head == verb.i and title.dep in ex.OBJECT_DEPS["de"]


def _object_phrase(art: Article, m: Mention, verb: Tok, bare: bool = False) -> bool:
    """German: the mention opens with an article of an object (or, `bare`, with none: "wirft
    Frankreich vor") and the parse makes it an object of the verb ("den USA mitgeteilt")."""
    opener = art.toks[m.a - 1]
    return (opener.lower in ex.OBJECT_ARTICLES["de"] or bare and opener.i == verb.i) and any(
        art.toks[k].head == verb.i and art.toks[k].dep in ex.OBJECT_DEPS["de"] for k in range(m.a, m.b))


def _after_finite(art: Article, sent: Sentence, m: Mention, comma: int) -> bool:
    """German: a finite verb stands between the start of the clause and the mention, and
    the mention holds no subject of the parse (it is in the field after the verb)."""
    start = comma + 1 if comma >= 0 else sent.toks[0].i
    return any(t.tag in ex.FINITE_TAGS["de"] for t in art.toks[start:m.a]) \
        and not any(art.toks[k].dep.startswith("nsubj") for k in range(m.a, m.b))


def _reporting_clause_subject(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """German: "Wie ein israelischer Beamter, der …, am Grenzübergang … mitteilte, …": the
    subject of a reporting clause that opens the sentence is the description right after
    "Wie" (REPORTING_CONJUNCTIONS) with a clause set off by a comma after it, whatever
    place, state or body the clause names between it and its verb (no other verb of saying
    between them)."""
    words = ex.REPORTING_CONJUNCTIONS.get(verb.lang)
    if not words or sent.toks[0].lower not in words:
        return None
    return next((m for m in ms if m.kind == "desc" and m.a == sent.toks[0].i + 1 and m.b < verb.i
                 and art.toks[m.b].text == ","
                 and not any(t.i < verb.i for t in _speech_verbs(art, sent) if t.i > m.a)), None)


def _subject_verb(art: Article, sent: Sentence, verb: Tok) -> int:
    """English: the verb whose subject speaks with `verb`: itself, or for a second verb
    without a subject of its own the first one ("X is reported to have … and claimed …",
    "Republicans have broken with X and have urged him …")."""
    if any(x.head == verb.i and x.dep.startswith("nsubj") for x in sent.toks):
        return verb.i
    if (aux := _perfect_across_insertion(art, sent, verb)) is not None:
        return aux.i  # "The agency has, in a notice, urged …": the auxiliary has the subject
    # "X criticised the plan, saying …", "X lashed out at Y on Twitter, writing …": a participle
    # clause speaks with the subject of the verb it depends on
    if verb.dep != "conj" and not (verb.tag in ex.PARTICIPLE_CLAUSE_TAGS["en"] and verb.dep in ex.PARTICIPLE_CLAUSE_DEPS["en"]) \
            and not _goes_on_to(art, verb):
        return verb.i
    head = art.toks[verb.head]
    return head.i if head.pos in ("VERB", "AUX") else verb.i


@cache
def _private_occupations(lang: str) -> frozenset[str]:
    """Occupations outside public affairs (the actors' table, data/private_occupations.tsv)."""
    return frozenset(row[1] for row in gazetteer.data_rows(PRIVATE_OCCUPATIONS) if row[0] == lang)


def _quoted_as(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """"The BBC cited X, chief of Y, as saying …", "Z quoted X as saying …": the person
    between the verb of quoting and "as"."""
    prev = art.toks[verb.i - 1] if verb.i > sent.toks[0].i else None
    if prev is None or prev.lower != "as":
        return None
    # the verb of quoting before "as" (the parse often hangs "as" elsewhere)
    quoting = next((t.i for t in reversed(art.toks[max(sent.toks[0].i, prev.i - 16):prev.i])
                    if t.lower in ex.QUOTED_AS["en"]), None)
    if quoting is None:
        return None
    return next((m for m in ms if quoting < m.a < prev.i and m.actor is not None
                 and m.actor.kind == "person"), None)


def _phrase_speaker(art: Article, subj: Tok, verb: Tok, ms: list[Mention]) -> Mention | None:
    """English: the actor that speaks in a subject phrase that is no actor itself: the
    owner or source of a campaign, office, report or statement ("X's campaign said", "a
    report from the government said"), a member named after "including"/"such as"
    ("countries including X and Y have said"), or one coordinated with the subject ("both
    the council and the government called for"). Otherwise nobody ("his family said")."""
    owner = subj.lower in ex.SPEAKS_FOR_OWNER["en"]
    for m in ms:
        if not subj.i - 6 <= m.a < verb.i or m.kind == "pronoun":
            continue
        k, path = next((t.i for t in art.toks[m.a:m.b] if not m.a <= t.head < m.b), m.a), []
        while k != subj.i and len(path) < 8 and art.toks[k].head != k and art.toks[k].i < verb.i:
            path.append(art.toks[k])
            k = art.toks[k].head
        if k != subj.i:
            continue
        if owner or all(t.dep == "conj" for t in path) \
                or any(t.lower in ex.MEMBERS_NAMED_BY["en"] for t in path[1:]):
            return m
    if owner:  # "The court's summary said …": the court named before, by its head noun
        sent = art.sent_at(subj.start)
        if (body := next((body for t in art.toks[max(subj.i - 4, 0):subj.i] if t.head == subj.i and t.dep == "poss"
                          and (body := _head_noun_body(art, sent, t)) is not None), None)) is not None:
            return body
        # "The opinion of the court read …": the body after "of", by its head noun
        return next((body for t in art.toks[subj.i + 2:min(subj.i + 5, verb.i)]
                     if art.toks[subj.i + 1].lower in ex.NOUN_OF_PREPS.get(verb.lang, ()) and t.dep == "pobj"
                     and t.head == subj.i + 1 and (body := _head_noun_body(art, sent, t)) is not None), None)
    return None


class _Joiner:
    """A stand-in for the "und" of a joiner of two words ("als auch") in a row's gap."""
    def __init__(self, lower: str):
        self.lower = self.text = lower
        self.i = -1


def _joint_speakers(art: Article, sent: Sentence, speaker: Mention) -> list[Mention]:
    """The actors that speak together with `speaker`, named in one row with it: "Norwegen
    und Schweden haben angedeutet …", "France, Germany and Japan said …". Each gets the
    statement (docs/annotation.md: joint statements)."""
    # a state and a body speak together ("Kanada und die Afrikanische Union warnen, …")
    kinds = {"state", "organization"} if speaker.kind in ("state", "organization") else {speaker.kind}
    row = sorted((m for m in art.by_sent.get(sent.index, []) if m.actor is not None and not m.quoted
                  and m.kind in kinds and not m.locative and not m.attribute), key=lambda m: m.a)
    if speaker not in row and speaker.actor is not None and not any(m.a < speaker.b and speaker.a < m.b for m in row):
        # a speaker the rules made ("the council" for the council named before)
        row = sorted([*row, speaker], key=lambda m: m.a)
    k = row.index(speaker) if speaker in row else -1
    if k < 0:
        return []
    joiners = {",", *ex.ROW_AND.get(sent.toks[0].lang, ())}
    tok_and = _Joiner(ex.ROW_AND.get(sent.toks[0].lang, ("",))[0])

    lang = sent.toks[0].lang
    titles = gazetteer.title_words(lang) | ex.TITLE_MODIFIERS.get(lang, set())
    demonyms = gazetteer.demonyms(lang) if lang in ex.ROW_COUNTERPART_WORDS else {}

    def linked(x: Mention, y: Mention) -> bool:
        # x right before y, only "," and "und" between, and a title before y ("X and former
        # president Y")
        gap = art.toks[x.b:y.a] if lang != "de" else _row_gap_de(art, x, y, joiners)
        if gap is None:
            return x.actor is y.actor  # "die Arbeiterwohlfahrt (AWO)": one name given twice
        close = next((k for k, t in enumerate(gap[:6]) if t.text == ")"), None) if gap and gap[0].text == "(" else None
        if close is not None:
            gap = gap[close + 1:]  # "X (SPD) und Y (Grüne) äußerten sich": a party in brackets after X
        if len(gap) > 1 and (gap[0].lower, gap[1].lower) in ex.ROW_AND_PAIRS.get(lang, ()):
            gap = [tok_and, *gap[2:]]  # "sowohl X als auch Y": one "und"
        if len(gap) > 1 and gap[-1].lower in ex.ROW_ARTICLES.get(lang, ()) and y.kind == "organization" \
                and any(t.dep == "nsubj" or _row_subject_de(art, t) for t in art.toks[x.a:x.b]):
            gap = gap[:-1]  # "The council and the government said": a body's article, in a row that is the subject
        if not gap or gap[0].lower not in joiners:
            return False
        if len(gap) <= 2 and all(t.lower in joiners for t in gap):
            return True
        # "X, Y and a spokesperson for President Z": Z speaks through the spokesperson
        spokes = [t.i for t in gap if t.lower in lx.SPOKES_NOUNS and t.i + 1 < y.a and art.toks[t.i + 1].lower
                  in ex.SPOKES_FOR_PREPS.get(lang, ())]
        through = set(range(spokes[0] - 1, spokes[0] + 2)) if spokes and art.toks[spokes[0] - 1].pos == "DET" else set()
        # "X and French President Y", "X and his Greek counterpart Y": a demonym and the
        # words of a counterpart (class "a counterpart in a row of speakers", round 19)
        # German: "…, der Entwicklungsminister Y und der Justizminister Z": a title's nominative
        # article before it (class "a row of titled persons", round 20)
        article = {t.i for t in gap if lang == "de" and t.lower in ex.ROW_ARTICLES["de"] and t.i + 1 < y.a
                   and (art.toks[t.i + 1].lower in titles or role_head(art.toks[t.i + 1]))}
        return len(gap) <= 5 + len(through) and all(t.lower in joiners or t.lower in titles or t.i in through
                                                    or t.i in article
                                                    or t.text in demonyms or t.lower in ex.ROW_COUNTERPART_WORDS.get(lang, ())
                                                    or lang == "de" and role_head(t) for t in gap)  # "Bundesaußenminister"

    out, j = [], k
    while j > 0 and linked(row[j - 1], row[j]):
        j -= 1
        out.append(row[j])
    j = k
    while j + 1 < len(row) and linked(row[j], row[j + 1]):
        j += 1
        out.append(row[j])
    # a list of three or more needs its "und" ("X, Y und Z"), not a comma alone (an apposition)
    # (German: or the parser makes them all conjuncts of the subject, "Verbände wie X, Y, Z
    # sowie ein Verein, den die Liste nicht kennt, rufen … auf")
    span = art.toks[min(m.a for m in [speaker, *out]):max(m.b for m in [speaker, *out])] if out else []
    if out and not any(t.lower in ex.ROW_AND.get(sent.toks[0].lang, ()) for t in span) \
            and not any((x.lower, y.lower) in ex.ROW_AND_PAIRS.get(lang, ()) for x, y in zip(span, span[1:])) \
            and not (lang == "de" and all(any(_row_subject_de(art, t) for t in art.toks[m.a:m.b])
                                          for m in [speaker, *out])):
        return []
    return out


def _row_gap_de(art: Article, x: Mention, y: Mention, joiners: set[str]) -> list[Tok] | None:
    """German: the words between two names of a row of speakers, where a name may be an
    abbreviation in brackets after a name the actors did not take ("Der DGB, die
    Arbeiterwohlfahrt (AWO) und Amnesty International rufen …"): the brackets and the name
    before them belong to it; None where y is the abbreviation of x itself."""
    def bracketed(m: Mention) -> bool:
        return m.a > 0 and m.b < len(art.toks) and art.toks[m.a - 1].text == "(" and art.toks[m.b].text == ")"

    b = x.b + 1 if bracketed(x) else x.b
    a = y.a
    if bracketed(y):
        a = y.a - 1
        while a - 1 >= b and y.a - a < ex.ROW_NAME_BEFORE_BRACKETS and art.toks[a - 1].lower not in joiners \
                and art.toks[a - 1].lower not in ex.ROW_ARTICLES["de"] and art.toks[a - 1].pos != "PUNCT":
            a -= 1
    return art.toks[b:a] if a > b else None


def _row_subject_de(art: Article, t: Tok) -> bool:
    """German: `t` is a conjunct of the subject ("Verbände wie der DGB und die AWO
    kritisierten …", "Die Caritas, die AWO sowie der DGB …": the parser hangs the names on
    the first noun of the row, which is the subject; events_lexicon.ROW_SUBJECT_LINKS)."""
    links = ex.ROW_SUBJECT_LINKS.get(t.lang, ())
    seen = set()
    while t.dep in links and t.head != t.i and t.i not in seen:
        seen.add(t.i)
        t = art.toks[t.head]
    return bool(seen) and t.dep == "nsubj"


def _passive_agent(art: Article, sent: Sentence, verb: Tok, ms: list[Mention]) -> Mention | None:
    """The agent of a verb of saying in the passive: "Das Verbot wurde von der Partei
    kritisiert", "The plan was criticised by the minister"."""
    a, b = art.clause_of(sent, verb.i)
    aux = ex.PASSIVE_WERDEN.get(verb.lang, ())
    if verb.lang == "en" and not (verb.i > a and art.toks[verb.i - 1].lower in aux):
        return None
    if verb.lang == "de" and (verb.tag != "VVPP" or not any(t.lower in aux for t in art.toks[a:b])):
        return None
    preps = ex.AGENT_PREPS.get(verb.lang, ())
    # German: the last "von" before the participle ("Ein Bündnis von X und Y wird von
    # der Partei Z abgelehnt": Z, not X, the agent; class "von in the subject")
    for t in (reversed(art.toks[a:verb.i]) if verb.lang == "de" else art.toks[a:b]):
        # English: the "by" of this verb ("Stream was announced …, after Red Hat was acquired
        # by IBM": IBM acquired, it announced nothing)
        if t.lower in preps and (verb.lang == "de" or t.i > verb.i and t.head == verb.i) \
                and not in_quote(t.start, art.quotes):  # not "als „Verschwendung von Geld“ bezeichnet"
            if verb.lang == "de" and art.toks[art.toks[t.head].head].tag == "ADJA":
                continue  # "Die von X getroffenen Maßnahmen werden kritisiert": X took them
            return next((m for m in ms if t.i < m.a <= t.i + 4 and m.kind != "pronoun"), None)
    return None


def _genitive_of_object(art: Article, m: Mention) -> bool:
    """German: the mention is the genitive of a noun that is no role ("die Möglichkeiten der
    Kommissarin", "den Plan des Ministers X"): its article "der"/"des" right after that noun."""
    k = m.a if art.toks[m.a].lower in ex.GENITIVE_ARTICLES["de"] else m.a - 1
    return art.toks[k].lower in ex.GENITIVE_ARTICLES["de"] and art.toks[k - 1].pos == "NOUN" \
        and role_head(art.toks[k - 1]) is None and not role_head_word(art.toks[k - 1].lower)


def _genitive_after_noun(art: Article, m: Mention, ms: list[Mention]) -> bool:
    """Class "a genitive that qualifies": a state or body in the genitive right after a
    noun, or after "und"/"," that follows another such genitive ("Die Gläubiger
    Perus haben angeregt", "Die Häfen Belgiens, Dänemarks und der
    Schweiz", "Den Beschluss Bremens und Hamburgs nannte X"): it qualifies the
    noun, it does not speak."""
    if m.actor is None or m.actor.kind == "person":
        return False
    prev = art.toks[m.a - 1]
    article = prev.lower == "der"  # "und der Niederlande"
    if article:
        prev = art.toks[m.a - 2]
    elif not m.text.endswith("s") or m.text[:-1] != m.actor.name and m.text[:-2] != m.actor.name:
        return False
    if prev.pos == "NOUN" and prev.text[:1].isupper() and not article:
        return True
    if prev.text in (",", "und") or prev.lower == "und":
        return any(o.b == prev.i and o is not m and _genitive_after_noun(art, o, ms) for o in ms)
    return False


def _apposition_name(art: Article, sent: Sentence, ms: list[Mention], comma: int) -> Mention | None:
    """German: the person of an apposition that closes right before the verb's field:
    "Die Vorsitzende des Hauses, Nancy Kahn, sagte …" (the name between the commas) and
    "Obwohl Felix Berg, Staatssekretär im Ministerium, am Dienstag gesagt hatte …" (the
    name before them). The words between the commas hold no verb and no quotation."""
    if comma < 0:
        return None
    c0 = max((t.i for t in sent.toks if t.i < comma and t.text == ","), default=-1)
    if c0 < 0 or in_quote(art.toks[c0 + 1].start, art.quotes):
        return None  # a quotation between the commas; not a quoted name in the apposition
        # ("X, von der Partei „Neue Allianz“, ist der Meinung, …")
    if art.toks[c0 + 1].lower in ex.RELATIVE_PRONOUNS["de"]:
        # "Der Minister Jan Wolf, der ebenfalls kandidiert, verlangte …": the name before
        # the relative clause
        return next((m for m in ms if _ends_before(art, m, c0) and m.actor is not None and m.actor.kind == "person"),
                    None)
    if tuple(t.lower for t in art.toks[c0 + 1:c0 + 3]) == ex.IN_PERSON_OF["de"]:
        # class "a body in person of its member" (round 18): "Die Partei, in Person ihres
        # Vorsitzenden X, forderte …": X speaks
        return next((m for m in ms if c0 < m.a and m.b <= comma and m.actor is not None
                     and m.actor.kind == "person"), None)
    if any(t.pos in ("VERB", "AUX") for t in art.toks[c0 + 1:comma]):
        return None
    start = max((t.i for t in sent.toks if t.i < c0 and t.text == ","), default=sent.toks[0].i - 1) + 1
    finite = next((t for t in art.toks[start:c0] if t.tag in ex.FINITE_TAGS["de"]), None)
    first = c0 + 1  # the name, past a title or rank before it ("Sprecher der Marine, Lt. Jo Reed,")
    while first < comma and art.toks[first].text in lx.PRE_NOMINALS:
        first += 1
    if finite is not None and any(m.a == first and m.b == comma for m in ms):
        # "Per Videobotschaft hat X den Abschied des Sprechers, Y, bekanntgegeben": the
        # apposition stands after the finite verb, in the field of the objects; the subject
        # is the first name after that verb
        subject = next((m for m in ms if finite.i < m.a < c0 and not _in_pp(art, m)
                        and art.toks[m.a - 1].lower not in ex.OBJECT_ARTICLES["de"]), None)
        if subject is not None:
            return subject  # else "Das kündigte der Sprecher der X, Y, an": Y
    for m in ms:
        if m.actor is not None and m.actor.kind == "person" and (
                (m.a == first and _ends_before(art, m, comma)) or _ends_before(art, m, c0)):
            return m
    return None


def _ends_before(art: Article, m: Mention, k: int) -> bool:
    """The name `m` ends right before token `k`, or before a bracket that closes right before
    it (class "a name with its party in brackets", round 16: "X (SPD), der Vorsitzende des
    Ausschusses, bezeichnete …")."""
    return m.b == k or art.toks[m.b].text == "(" and art.toks[k - 1].text == ")" and k - m.b <= ex.BRACKET_AFTER_NAME_MAX \
        and not any(t.text in {"(", ")", ","} for t in art.toks[m.b + 1:k - 1])


def _role_holder(art: Article, word: Tok, country: str | None) -> Actor | None:
    """The one person named before whose role is `word` ("Präsident", "Planungsminister";
    "Kanzler" for a "Bundeskanzler"), of `country` when the phrase gives one."""
    found = {a.key: a for a in art.reg.actors.values() if holds_role(a, word.lower, word.lang)
             and (not country or not a.country or a.country == country)
             and art.reg.last_position(a, word.start) >= 0}
    if (title := _title_of(art, word)) \
            and (same := {k: a for k, a in found.items() if a.role.lower().endswith(title)}):
        found = same  # "the prime minister said" after a prime minister and a first minister
    if len(found) > 1 and word.lang in ex.LATEST_ROLE_HOLDER_LANGS:
        # "President X lashed out at … The president has blamed …", with a former president
        # named elsewhere: the holder named last before the role word
        return art.reg.named_last(list(found.values()), word.start)
    return next(iter(found.values())) if len(found) == 1 else None


def _title_of(art: Article, word: Tok) -> str | None:
    """The title of the lexicon that a role word ends with its modifiers before it ("prime
    minister", "foreign minister"), lower case; None for the bare word."""
    first = min((t.i for t in art.toks[max(word.i - 3, 0):word.i] if t.head == word.i and t.dep in ("amod", "compound")),
                default=word.i)
    title = " ".join(t.lower for t in art.toks[first:word.i + 1])
    return title if first < word.i and title in gazetteer.title_lexicon(word.lang) else None


def _holds_title(art: Article, actor: Actor, word: Tok) -> bool:
    """`actor` holds the role `word` names, with its title's modifiers where they make one
    ("the prime minister" is no first minister)."""
    title = _title_of(art, word)
    return holds_role(actor, word.lower, art.lang) and (title is None or (actor.role or "").lower().endswith(title))


def _definite_role_en(art: Article, sent: Sentence, word: Tok) -> Mention | None:
    """English: "The governor tweeted …", "the Chinese president said": a subject that is a
    role noun after "the" (with adjectives, a demonym giving the country), for the one
    person named before in that role, as German "Der Präsident sagte" (_role_phrase)."""
    if not (word.lower in gazetteer.title_words(art.lang) or role_head_word(word.lower)) or word.pos != "NOUN":
        return None
    deps = [t for t in sent.toks if t.head == word.i and t.i < word.i]
    if not any(t.dep == "det" and t.lower == "the" for t in deps) \
            or any(t.dep not in ("det", "amod") for t in deps):
        return None  # "his lawyer", "the party's leader", "the deputy governor"
    country = next((c for t in deps if (c := demonym_code(t.text, art.lang))), None)
    if (actor := _role_holder(art, word, country)) is None:
        return None
    return stand_in(art, sent, min(t.i for t in deps), word.i + 1, "desc", actor, country=country)


def _role_phrase(art: Article, sent: Sentence, verb: Tok, comma: int) -> Mention | None:
    """German: a definite role phrase that is no mention, in the subject's place before the
    verb or right after it ("Der Präsident sagte", "sagte der Bundeskanzler", "betonte die
    Ministerin"), for the one person of the article in that role."""
    for start in (comma + 1 if comma >= 0 else sent.toks[0].i, verb.i + 1):
        if start >= len(art.toks) or art.toks[start].lower not in lx.ARTICLES["de"] - lx.INDEFINITE:
            continue
        k = start + 1
        while k < len(art.toks) and k - start <= 3 and art.toks[k].text[:1].islower() and art.toks[k].pos == "ADJ":
            k += 1
        word = art.toks[k] if k < len(art.toks) else None
        if word is None or not word.text[:1].isupper() or k == verb.i:
            continue
        if not (word.lower in gazetteer.title_lexicon("de") or role_head(word) or role_head_word(word.lower)):
            continue
        country = next((demonym_code(t.text, "de") for t in art.toks[start + 1:k] if demonym_code(t.text, "de")), None)
        if (actor := _role_holder(art, word, country)) is not None:
            return stand_in(art, sent, start, k + 1, "desc", actor, country=country)
    return None


def fronted_participle_words(art: Article, sent: Sentence, verb: Tok, m: Mention) -> str | None:
    """German class "a fronted participle" (round 20): "Bereits den Rücktritt erklärt haben
    die Ministerin X, der Minister Y und …": the participle opens the clause with its object,
    the finite auxiliary follows it and the subject (`m`) after that. The words are the
    object before the participle (without opening adverbs); None where the sentence is not
    so built."""
    if not _participle_before_aux(art, sent, verb) or m.a <= verb.i + 1:
        return None
    a, _ = art.clause_of(sent, verb.i)
    k = a
    while k < verb.i and art.toks[k].pos == "ADV":
        k += 1
    if k >= verb.i or any(t.pos in ("VERB", "AUX") or t.text == "," for t in art.toks[k:verb.i]):
        return None
    return art.text[art.toks[k].start:art.toks[verb.i - 1].end]


def _participle_before_aux(art: Article, sent: Sentence, verb: Tok) -> bool:
    """German: the verb is a participle with the finite auxiliary right after it, as a fronted
    participle has it ("Bereits den Rücktritt erklärt haben die Ministerin X, …")."""
    return verb.tag in ex.PARTICIPLE_TAGS.get(verb.lang, ()) and verb.i + 1 <= sent.toks[-1].i \
        and art.toks[verb.i + 1].tag in ex.FINITE_AUX_TAGS.get(verb.lang, ())


def _bench_of_court(art: Article, sent: Sentence, verb: Tok, comma: int) -> Mention | None:
    """German: "Die (Karlsruher) Richter" as the subject before the verb or right after it
    (events_lexicon.BENCH_NOUNS): the one court named before, as a mention of the phrase."""
    nouns, dets = ex.BENCH_NOUNS.get(verb.lang), ex.BENCH_ARTICLES.get(verb.lang, ())
    if not nouns:
        return None
    for start in (comma + 1 if comma >= 0 else sent.toks[0].i, verb.i + 1):
        if start >= len(art.toks) or art.toks[start].lower not in dets:
            continue
        k = start + 1
        while k < verb.i + 6 and k < len(art.toks) and art.toks[k].pos == "ADJ":
            k += 1  # "die Karlsruher Richter", "die obersten Richter"
        word = art.toks[k] if k < len(art.toks) else None
        if word is None or word.lower not in nouns or k == verb.i or start > verb.i and k > sent.toks[-1].i:
            continue
        if start < verb.i and k + 1 != verb.i:
            continue  # "Die Richter des Gerichts …": a genitive of its own names the court
        court = next((c for head in ex.COURT_HEADS[verb.lang]
                      if (c := art.reg.body_named_before([head], word.start)) is not None), None)
        if court is None:
            return None
        return stand_in(art, sent, start, k + 1, "organization", court, head=word.lower)
    return None


def document_noun(tok: Tok) -> bool:
    """German: a noun of a document (lexicon.DOCUMENT_NOUNS), also as the end of a compound
    ("Jahresbericht") and in the genitive ("des Berichts": lexicon.DOCUMENT_FORMS)."""
    forms = lx.DOCUMENT_FORMS.get(tok.lang)
    return bool(forms) and tok.text[:1].isupper() and tok.pos in ("NOUN", "PROPN") and tok.lower.endswith(forms)


def document_owner(art: Article, sent: Sentence, noun: Tok) -> Mention | None:
    """The author named right after a document's noun: "ein Bericht der Weltbank", "eine
    Studie von X" (an actor's mention after a genitive article or "von")."""
    k = noun.i + 1
    if k > sent.toks[-1].i or art.toks[k].lower not in ex.DOCUMENT_OWNER_LINKS.get(noun.lang, ()):
        return None
    return next((m for m in art.by_sent.get(sent.index, []) if k < m.a <= k + 2 and not m.quoted
                 and m.actor is not None and m.kind in ("organization", "state", "person", "desc")), None)


def compound_owner(art: Article, noun: Tok) -> Actor | None:
    """The author named inside a document's compound ("der Human-Rights-Watch-Bericht",
    "die UN-Studie"): the actor whose name or one of its forms is the part before the
    document's noun."""
    if "-" not in noun.text:
        return None
    prefix = noun.text.rsplit("-", 1)[0]
    wanted = {prefix.lower(), prefix.replace("-", " ").lower()}
    found = [a for a in art.reg.actors.values() if a.kind in ("organization", "state", "person")
             and ({a.name.lower(), *(f.lower() for f in a.forms)} & wanted)]
    return found[0] if len(found) == 1 else None


def _document_author(art: Article, sent: Sentence, noun: Tok | None) -> Actor | None:
    """The author of a document the text refers back to ("Dem Bericht zufolge", "Darin …"):
    in one of the sentences before (DOCUMENT_BACK_REACH), a sentence with such a document
    (the same noun; any document for `noun` None, "darin") and a verb of publishing
    (PUBLISH_VERBS: its first actor, "X hat einen Bericht vorgelegt", or the owner after the
    noun, "Ein Bericht der Weltbank wurde vorgestellt"), or a statement whose speaker wrote
    in it ("X schreibt in dem Bericht, …")."""
    lang = sent.toks[0].lang

    def same(t: Tok) -> bool:
        if not document_noun(t):
            return False
        if noun is None:
            return True
        return any(noun.lower.endswith(n + e) and t.lower.endswith(n) or t.lower.endswith(n + e) and noun.lower.endswith(n)
                   for n in lx.DOCUMENT_NOUNS[lang] for e in lx.DOCUMENT_ENDINGS[lang])
    for k, prev in _sentences_back(art, sent, ex.DOCUMENT_BACK_REACH.get(lang, 0)):
        docs = [t for t in prev.toks if same(t) and not in_quote(t.start, art.quotes)]
        if not docs:
            continue
        publish = ex.PUBLISH_VERBS.get(lang, {})
        if any(t.lower in publish and (publish[t.lower] is None or art.particle_in(prev, t.i, publish[t.lower]))
               for t in prev.toks):
            if (owner := document_owner(art, prev, docs[0])) is not None:
                return owner.actor
            found = [m for m in art.by_sent.get(k, []) if not m.quoted and m.actor is not None
                     and m.kind in ("organization", "state", "person", "desc") and not _in_pp(art, m)
                     and not is_modifier(art, m)]
            return found[0].actor if found else None
        if k in art.speakers and any(art.toks[t.i - 1].lower in ex.DOCUMENT_PLACE[lang][0]
                                     or art.toks[t.i - 2].lower in ex.DOCUMENT_PLACE[lang][0] for t in docs):
            return art.speakers[k]
        return None
    return None


def _document_subject(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    """German: a definite document as the subject of a verb of saying before it ("Der
    Bericht kritisiert …", "Der 40-seitige Bericht behauptet, …"): its owner named after
    it, or its author named before."""
    noun = next((t for t in sent.toks if t.head == verb.i and t.dep.startswith("nsubj") and t.i < verb.i
                 and document_noun(t)), None)
    if noun is None:
        return None
    first = min((t.i for t in _subtree(art, sent, noun)), default=noun.i)
    if (owner := document_owner(art, sent, noun)) is not None:
        return owner
    if (author := compound_owner(art, noun)) is not None:
        return stand_in(art, sent, first, noun.i + 1, "organization", author)  # "Ein Human-Rights-Watch-Bericht …"
    if art.toks[first].lower not in ex.DOCUMENT_DEFINITE.get(verb.lang, ()):
        return None
    author = _document_author(art, sent, noun)
    return stand_in(art, sent, first, noun.i + 1, "organization", author) if author is not None else None


def _late_subject(art: Article, sent: Sentence, verb: Tok, ms: list[Mention],
                  fronted: bool = False) -> Mention | None:
    """German: a person named further after an inverted verb of saying than the usual few
    words, behind a description that starts the subject: "…, sagte der aus Köln stammende
    Peter Maier", "…, sagte Ministerpräsident und Parteichef Karl Huber", or in an apposition
    that ends the sentence: "…, sagte sein Konkurrent im Rennen, Paul Weber." Not behind an
    object ("kritisierte den Minister X") nor across a verb or a second comma. Where a
    phrase, not the reported words, stands before the verb (`fronted`: "Am Montag erklärte
    der Sprecher des X, Y, …", "In einem Bericht schrieb der in X tätige Botschafter Y, …")
    the subject phrase holds no second article but a genitive's, and the name follows a
    role or an apposition's comma."""
    # Class "subject behind a reflexive or an adverb" (round 20): "Ähnlich äußerte sich der
    # französische Präsident X", "Kritik übte auch die neue Ministerin X": the subject's
    # phrase starts after them, where no subject of the verb stands before it
    lead0 = verb.i + 1
    if fronted and _participle_before_aux(art, sent, verb):
        lead0 += 1  # "Bereits den Rücktritt erklärt haben die Ministerin X, …": the fronted participle's auxiliary
    if fronted and not any(t.head == verb.i and t.dep.startswith("nsubj") and t.i < verb.i
                           and t.lower not in ex.FRONTABLE_NOUN_PARTICLES.get(verb.lang, ()) for t in sent.toks):
        while lead0 < sent.toks[-1].i and (art.toks[lead0].tag in ex.REFLEXIVE_TAGS.get(verb.lang, ())
                                           or art.toks[lead0].pos == "ADV"):
            lead0 += 1
    if lead0 >= sent.toks[-1].i or art.toks[lead0].lower in ex.NOT_NOMINATIVE.get(verb.lang, ()):
        return None
    for m in ms:
        if m.a <= lead0 or m.actor is None or m.actor.kind != "person":
            continue
        between = art.toks[lead0:m.a]
        if any(t.pos in ("VERB", "AUX") or in_quote(t.start, art.quotes)
               or t.lower in ex.SPOKEN_TO_PREPS.get(verb.lang, ()) for t in between):
            return None
        if fronted and any(t.pos == "DET" and t.lower not in ex.GENITIVE_ARTICLES.get(verb.lang, ())
                           and art.toks[t.i - 1].pos != "ADP" for t in between[1:]):
            return None  # "kritisierte die Opposition die Ministerin, X,": a subject, then an object
        commas = [t for t in between if t.text == ","]
        if not commas:
            if not fronted:
                return m
            role = art.toks[m.a - 1]
            k = role.i - 1  # the role's own phrase: not "lobte der Präsident Botschafter X"
            while k > verb.i and art.toks[k].pos in ("DET", "ADJ"):
                k -= 1
            lead = lead0  # past a date after the verb: "gab am Dienstag der Landeshauptmann X bekannt"
            if art.toks[lead].pos == "ADP" and _past_dates(art, lead + 1) > lead + 1:
                lead = _past_dates(art, lead + 1)
            in_subject = art.toks[role.i - 1].pos in ("DET", "ADJ") and art.toks[k].pos != "ADP" \
                and art.toks[lead].pos == "DET"  # not "erklärte sich X unter dem Ministerpräsidenten Y"
            return m if in_subject and (role_head(role) is not None or role_head_word(role.lower)) else None
        rest = art.toks[m.b:sent.toks[-1].i + 1]
        if rest and rest[0].text == "(":  # "…, X (CDU).": the party in brackets
            close = next((k for k, t in enumerate(rest[:6]) if t.text == ")"), None)
            rest = rest[close + 1:] if close is not None else rest
        title = m.a - 1  # "…, sagte der Minister für Umwelt, Dr. X, gestern …": past an academic title
        while title > commas[-1].i and art.toks[title].text in lx.PRE_NOMINALS:
            title -= 1
        if len(commas) == 1 and commas[0].i == title and (all(t.pos == "PUNCT" for t in rest)
                                                             or rest and rest[0].text == ","):
            # "…, sagte der Sprecher der Landesgruppe, X, am Montag der Presse-Agentur":
            # the apposition closes with a comma of its own
            return m
        return None
    return None


def _reach_back(art: Article, sent: Sentence, verb: Tok) -> int:
    """Start of the region where the subject of a reporting verb can stand: its clause, or
    the sentence start when the clause is an apposition ("X, who ..., said")."""
    a, _ = art.clause_of(sent, verb.i)
    for ca, cb in sent.clauses:
        if cb == a and art.toks[ca].lower in ex.RELATIVE_PRONOUNS_ANY:
            return sent.toks[0].i
    return a if a != verb.i else sent.toks[0].i


def _in_pp(art: Article, m: Mention) -> bool:
    """"mit X", "talked to X", "criticism by X": a mention after a preposition is no speaker."""
    k = m.a - 1
    while k > 0 and art.toks[k].text in QUOTE_MARKS:
        k -= 1
    if k > 1 and m.a - k > 1 and art.toks[k].pos == "NOUN":
        k -= 1  # "von der Oppositionspartei „X“": the noun the quoted name belongs to
    while k > 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    prev = art.toks[k].lower if k >= 0 else ""
    return prev in ex.SPEAKER_BLOCKING_PREPS_ANY


def _document_named_before(art: Article, sent: Sentence, verb: Tok) -> Mention | None:
    """English class "a document's words for its author" (rounds 20–21): a document or
    statement named again (DOCUMENT_BACK_NOUNS after DOCUMENT_DEFINITE or a possessive
    pronoun, STATEMENT_BACK_POSSESSIVES) as the subject of a verb of saying, before it ("The
    report says …") or right after it (""…," read the statement"), with no owner of its
    own, speaks for its author named within DOCUMENT_BACK_REACH sentences before: the
    subject of a verb of publishing (PUBLISH_VERBS) with the same noun as its object ("X
    released a report on Monday"), the owner after the same noun ("According to a report
    from X"), or the speaker of a sentence that names it ("X issued a statement …"); right
    after a body's statement that names no document, the body ("The ministry confirmed a
    case on Monday. The man is well, the report said"). A mention of the author over the
    noun. (German: `_document_author`.)"""
    lang = verb.lang
    nouns, dets = ex.DOCUMENT_BACK_NOUNS.get(lang), ex.DOCUMENT_DEFINITE.get(lang, ())
    if not nouns:
        return None
    noun = next((t for t in sent.toks if t.head == verb.i and t.dep.startswith("nsubj") and t.i < verb.i
                 and t.lower in nouns), None)
    if noun is None and verb.i + 2 <= sent.toks[-1].i and art.toks[verb.i + 2].lower in nouns:
        noun = art.toks[verb.i + 2]  # the subject after its verb
    # "Its statement also read …": a possessive pronoun points back like "the"
    owners = ex.STATEMENT_BACK_POSSESSIVES.get(lang, set())
    if noun is None or art.toks[noun.i - 1].lower not in dets | owners \
            or any(t.head == noun.i and t.dep in ("poss", "prep") and t.lower not in owners for t in sent.toks):
        return None
    for k, before in _sentences_back(art, sent, ex.DOCUMENT_BACK_REACH[lang]):
        ms = art.by_sent.get(k, [])
        same = [t for t in before.toks if t.lower == noun.lower and not in_quote(t.start, art.quotes)]
        author = next((m for t in same if t.dep == "dobj" and art.toks[t.head].lower in ex.PUBLISH_VERBS[lang]
                       for m in ms if m.actor is not None and m.kind != "pronoun"
                       and any(x.head == t.head and x.dep == "nsubj" for x in art.toks[m.a:m.b])), None)
        # "According to a report from X, … . The report said …": the owner after the same noun,
        # also after a participle of publishing ("a statement released by X")
        heads = {t.i for t in same} | {x.i for x in before.toks if x.head in {t.i for t in same}
                                       and x.dep == "acl" and x.lower in ex.PUBLISH_VERBS[lang]}
        author = author or next((m for link in before.toks if link.head in heads and link.dep in ("prep", "agent")
                                 and link.lower in ex.DOCUMENT_OWNER_LINKS[lang] for m in ms
                                 if m.actor is not None and m.kind in ("organization", "state", "person")
                                 and not m.quoted and any(x.head == link.i and x.dep == "pobj" for x in art.toks[m.a:m.b])),
                                None)
        if author is not None:
            return _over_words(art, sent, author, art.toks[noun.i - 1], noun)
        if k in art.speakers and any(not any(x.lower in ex.ATTRIBUTION[lang] for x in art.toks[max(t.i - 3, 0):t.i])
                                     for t in same):
            # "X issued a statement …": the speaker of the sentence, not that of "according to
            # a report in a local paper"
            return stand_in(art, sent, noun.i - 1, noun.i + 1, "organization", art.speakers[k])
        if k == sent.index - 1 and not any(t.lower in nouns for t in before.toks) \
                and (body := art.speakers.get(k)) is not None and body.kind == "organization":
            # "The ministry confirmed a case on Monday. The man is well, the report said.":
            # the body whose statement the sentence right before reports, no other document named
            return stand_in(art, sent, noun.i - 1, noun.i + 1, "organization", body)
    return None
