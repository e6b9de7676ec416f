"""Meeting triggers: the verbs and nouns that report a meeting, and whether a meeting noun
names its participants ("Gespräche mit X") or only refers back ("offen für Gespräche")."""
from __future__ import annotations

from functools import cache

from .. import events_lexicon as ex
from .. import gazetteer
from .. import lexicon as lx
from ..actors import Mention, role_head
from ..text import Sentence, Tok, in_quote
from .article import Article
from .phrases import (greeted_in_person, is_modifier, negated, passive, person_object, possessive_stem,
                      trip_then_purpose)


def _words_at(art: Article, i: int, n: int) -> tuple[str, ...]:
    return tuple(t.lower for t in art.toks[i:i + n])


@cache
def _trigger_words() -> frozenset[str]:
    """Every word a branch of `is_trigger` starts from (both languages): a cheap first test."""
    by_lang = [ex.MEET_VERBS, ex.MEET_NOUNS, ex.WELCOME_WITH, ex.AUDIENCE_NOUNS, ex.APPOINT_VERBS, ex.JOINT_NOUNS]
    words = {w for table in by_lang for entries in table.values() for w in entries}
    words |= set(ex.SIT_DOWN_ANY) | set(ex.WELCOME_VERBS_ANY) | set(ex.GREET_VERBS_ANY) | set(ex.INVITE_VERBS_ANY)
    words |= {w for forms in ex.GREET_PASSIVES.values() for w in forms}
    words |= set(ex.TALK_VERBS_ANY) | set(ex.SIGN_VERBS_ANY) | set(ex.ARRIVE_WORDS_ANY) | set(ex.TRAVEL_WORDS_ANY)
    words |= {w for forms in ex.MUTUAL_TALK_VERBS.values() for w in forms}
    words |= {w for nouns in ex.TRAVEL_NOUNS.values() for w in nouns}
    words |= {w for verbs in ex.DISCUSS_VERBS.values() for w in verbs}
    words |= {w for verbs in ex.EXCHANGE_VERBS.values() for w in verbs}
    words |= {w for forms in ex.PRESENT_WORDS.values() for w in forms}
    words |= {w for verbs in ex.PARTICIPATE_VERBS.values() for w in verbs}
    words |= {w for verbs in ex.HOLDERS_DECIDE_VERBS.values() for w in verbs}
    return frozenset(words | {ex.COURTESY_CALL_ANY[0]})


def is_trigger(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Can `tok` report a meeting? Each branch is one class of phrasing; participants,
    places and calls are checked later (`participants`, `not_in_person`). Decided once
    per token (the rules for meetings ask about every token, some twice)."""
    if tok.i not in art.triggers:
        art.triggers[tok.i] = _is_trigger(art, sent, tok)
    return art.triggers[tok.i]


def _is_trigger(art: Article, sent: Sentence, tok: Tok) -> bool:
    # (trip nouns, meeting compounds and visit compounds are all capitalised)
    if tok.lower not in _trigger_words() and "-" not in tok.lower and (
            not tok.text[:1].isupper() or not travel_noun(tok) and not meeting_compound(tok)
            and not (tok.lang == "de" and _visit_compound(tok.lower))):
        return False
    if in_quote(tok.start, art.quotes):
        return False
    verbs, nouns = ex.MEET_VERBS.get(tok.lang, {}), ex.MEET_NOUNS.get(tok.lang, set())
    if tok.lower in verbs:
        particle = verbs[tok.lower]
        if particle in ex.FREE_PARTICLES_ANY:
            a, b = art.clause_of(sent, tok.i)
            if not any(t.lower == particle for t in art.toks[a:b]):
                return _mutual_talk(art, sent, tok)  # "A und B berieten am Montag über …"
        elif particle and not art.particle_in(sent, tok.i, particle):
            return False
        if tok.lower in ex.HOST_VERBS.get(tok.lang, ()):
            # not a participle after a noun ("a town hall, hosted by X"); not a thing hosted
            # with someone ("hosted a podcast with X"), unless the thing is a meeting or a meal
            objects = _objects(sent, tok)
            if objects and not any(_someone(art, sent, t) or t.lower in ex.MEET_NOUNS_ANY
                                   or t.lower in ex.SUMMIT_NOUNS_ANY for t in objects):
                return False
            return tok.pos == "VERB" and tok.dep not in ex.NOUN_PARTICIPLE_DEPS.get(tok.lang, ()) \
                and not passive(art, tok) \
                and (person_object(art, sent, tok) or any(_someone(art, sent, t) for t in objects))
        if tok.lower in ex.NEEDS_PERSON_OBJECT_ANY and not passive(art, tok):
            # "received X", not "received a call", "received more viewers than X's event"
            objects = _objects(sent, tok)
            return any(_someone(art, sent, t) for t in objects) if objects else person_object(art, sent, tok)
        if tok.lower in ex.CONVENE_VERBS.get(tok.lang, ()) and _meets_no_one(sent, tok):
            return False  # "the Senate will meet on Monday", "the goal was not met"
        if tok.lower in ex.MEET_OBJECT_VERBS.get(tok.lang, ()) and _object_names_no_one(art, sent, tok):
            return False  # "meets their needs", "toward it meeting their needs"
        if tok.lower in ex.VISIT_WORDS[tok.lang] and (_visits_a_site(sent, tok) or _generic_visitor(art, sent, tok)
                                                      or _object_names_no_one(art, sent, tok)):
            return False  # "visited the hospital", "people visiting X", "visited Kenosha"
        if tok.lower in ex.HIT_VERBS.get(tok.lang, ()) and _thing_as_subject(art, sent, tok):
            return False  # "Die Offensive soll die Kämpfer treffen": hit, not meet
        return True
    if tok.lower in ex.SIT_DOWN_ANY and _words_at(art, tok.i + 1, 2) == ex.SIT_DOWN_WITH_ANY:
        return True  # "sat down with his counterpart"
    if travel_noun(tok):
        if trip_traveller_at(art, tok) is not None:
            return True  # "auf seiner Reise nach Chile", "on his trip to Japan"
        if tok.lower not in nouns:
            return False
    if tok.lower in nouns or meeting_compound(tok):
        return (tok.lang == "en" or tok.text[:1].isupper()) and not _in_role_phrase(art, tok)
    if joint_noun(art, tok):
        return True  # "gaben eine gemeinsame Pressekonferenz", "held a joint press conference"
    if tok.lang == "de" and _visit_compound(tok.lower) and tok.text[:1].isupper():
        return True  # "bei seinem London-Besuch bei X", "Arbeitsbesuch"
    if "-" in tok.lower and group_of(art, tok) is not None:
        return True  # "beim G8-Gipfel"
    if tok.lower in ex.WELCOME_VERBS_ANY and (passive(art, tok) or person_object(art, sent, tok)
                                              or any(t.lower in ex.GUEST_NOUNS[tok.lang]
                                                     for t in art.toks[tok.i + 1:tok.i + 4])):
        return True  # "was welcomed by", "welcomed his counterpart", "welcomed his guest"
    word = ex.WELCOME_WITH.get(tok.lang, {}).get(tok.lower)
    if word is not None:
        a, b = art.clause_of(sent, tok.i)
        return any(t.lower == word for t in art.toks[a:b])  # "hieß X willkommen"
    if tok.lower in ex.GREET_VERBS_ANY:
        return _greets_person(art, sent, tok)  # "begrüßte den Präsidenten X"
    if greeted_in_person(art, sent, tok):
        return True  # "X wurde am Flughafen von Präsident Y begrüßt"
    links = ex.AUDIENCE_NOUNS.get(tok.lang, {}).get(tok.lower)
    if links and tok.i + 1 < len(art.toks) and art.toks[tok.i + 1].lower in links:
        return True  # "eine Audienz bei X", "an audience with X"
    if tok.lower in ex.APPOINT_VERBS.get(tok.lang, ()):
        return _by_head_of_state(art, sent, tok)  # "wurde von König X zum Premierminister ernannt"
    if tok.lower in ex.INVITE_VERBS_ANY:
        particle = ex.INVITE_VERBS_ANY[tok.lower]
        if particle and not art.particle_in(sent, tok.i, particle):
            return False
        return _host_and_guest(art, sent, tok)  # "hatte X nach Rom eingeladen", "invited X to"
    if _words_at(art, tok.i, 2) == ex.COURTESY_CALL_ANY:
        return True  # "paid a courtesy call on": in person
    if tok.lower in ex.TALK_VERBS_ANY and not is_noun(tok):
        return _talk_in_person(art, sent, tok) or _mutual_talk(art, sent, tok)
    if tok.lower in ex.EXCHANGE_VERBS.get(tok.lang, {}):
        particle = ex.EXCHANGE_VERBS[tok.lang][tok.lower]
        a, b = art.clause_of(sent, tok.i)
        if particle and not art.particle_in(sent, tok.i, particle) \
                or not any(t.lower in ex.REFLEXIVES[tok.lang] for t in art.toks[a:b]):
            return False  # "tauschten Gefangene aus": no exchange of views
        return _talk_in_person(art, sent, tok) and _actor_after_with(art, sent, tok) or _mutual_talk(art, sent, tok)
    if tok.lower in ex.DISCUSS_VERBS.get(tok.lang, ()):
        # "erörterte in Genf mit X": an actor right after "mit" (not "with reporters in Paris"); not
        # two named together, whose object is the topic ("A and B discussed Syria")
        return _talk_in_person(art, sent, tok) and _actor_after_with(art, sent, tok)
    if tok.lower in ex.MUTUAL_TALK_VERBS.get(tok.lang, ()):
        # "A und B verhandelten in Genf über …", "X verhandelte in Doha mit Y" (the partner
        # the verb's own: not "beriet in Wien über den Streit mit Y")
        return _mutual_talk(art, sent, tok) or _partner_of(art, sent, tok) and _talk_in_person(art, sent, tok) \
            or between_parties_at(art, sent, tok) is not None
    if tok.lower in ex.SIGN_VERBS_ANY and not is_noun(tok):
        a, b = art.clause_of(sent, tok.i)
        words = [t.lower for t in art.toks[a:b] if t.i != tok.i]
        # Signatories named together, at a place ("in Havanna") or before someone present
        # ("im Beisein von X"): "signed an agreement with X" or a signing with no place may
        # have been done apart, not one "gemeinsam mit X", "together with X".
        apart = any(w in ex.TALK_WITH_ANY and (k == 0 or words[k - 1] not in ex.TOGETHER_ANY)
                    for k, w in enumerate(words))
        return (art.place_in(sent, a, b) or _in_presence(art, a, b)) \
            and any(w.endswith(ex.SIGN_OBJECTS_ANY) for w in words) and not apart
    if tok.lower in ex.PRESENT_WORDS.get(tok.lang, ()):
        return _at_occasion(art, sent, tok)  # "Anwesend bei der Zeremonie waren …"
    if tok.lower in ex.HOLDERS_DECIDE_VERBS.get(tok.lang, ()):
        return _holders_decide(art, sent, tok)  # "beschlossen die Finanzminister der G7 heute …"
    if tok.lower in ex.PARTICIPATE_VERBS.get(tok.lang, {}):
        particle = ex.PARTICIPATE_VERBS[tok.lang][tok.lower]
        if particle and not art.particle_in(sent, tok.i, particle):
            return False
        return occasion_taken_part_in(art, sent, tok) is not None  # "An der Zeremonie nahmen A und B teil"
    if tok.lower in ex.ARRIVE_WORDS_ANY or tok.lower in ex.TRAVEL_WORDS_ANY:
        if tok.lang == "de" and tok.text[:1].isupper() and tok.i > sent.toks[0].i:
            return False  # "rät, Reisen nach X zu verschieben": the noun, not "reisen"
        return True  # only a visit to a capital or state named with in/nach/to (checked later)
    return False


def joint_noun(art: Article, tok: Tok) -> bool:
    """A press conference given together: "gemeinsame Pressekonferenz", "joint press conference"."""
    if tok.lower not in ex.JOINT_NOUNS.get(tok.lang, ()):
        return False
    return any(t.lower in ex.JOINT_WORDS[tok.lang] for t in art.toks[max(0, tok.i - 2):tok.i])


def _in_role_phrase(art: Article, tok: Tok) -> bool:
    """The meeting noun says what a role is about: "die Unterhändlerin bei den
    Gesprächen mit Y", "the negotiator at the talks with X" (no meeting the text reports)."""
    k = tok.i - 1
    while k >= 0 and (art.toks[k].lower in lx.DETERMINERS or art.toks[k].pos == "ADJ"):
        k -= 1
    if k < 1 or art.toks[k].lower not in ex.ROLE_PHRASE_PREPS.get(tok.lang, ()):
        return False
    return role_head(art.toks[k - 1]) is not None


def _thing_as_subject(art: Article, sent: Sentence, tok: Tok) -> bool:
    """The verb's subject is a common noun that names no actor and has none in its phrase
    ("die Sanktionen treffen die Bevölkerung"), and the verb is not reflexive ("die Minister
    trafen sich")."""
    kids = [t for t in sent.toks if t.head == tok.i and t.i != tok.i]
    subj = next((t for t in kids if t.dep.startswith("nsubj")), None)
    if subj is None or subj.pos != "NOUN" or any(t.lower in ex.REFLEXIVES[tok.lang] for t in kids):
        return False
    if subj.lower.endswith(ex.ENVOY_GROUP_ENDINGS.get(tok.lang, ())):
        return False  # "Eine Delegation unter Leitung von X traf … ein"
    # "die Delegation der EU traf …": an actor named in the subject's phrase meets
    return not any(m.a <= subj.i + 1 < m.b + 1 or any(art.toks[k].head == subj.i for k in range(m.a, m.b))
                   for m in art.mentions_in(sent, sent.toks[0].i, sent.toks[-1].i + 1))


def _in_presence(art: Article, a: int, b: int) -> bool:
    """"im Beisein von X", "in the presence of X" in the clause: a ceremony in person."""
    pairs = ex.PRESENCE.get(art.lang, ())
    return any((art.toks[k].lower, art.toks[k + 1].lower) in pairs for k in range(a, b - 1))


def _meets_no_one(sent: Sentence, tok: Tok) -> bool:
    """An English meeting verb with nobody met and one singular subject (CONVENE_VERBS)."""
    lang = tok.lang
    kids = [t for t in sent.toks if t.head == tok.i and t.i != tok.i]
    if any(t.dep in ex.MET_OBJECT_DEPS[lang] or t.lower in ex.MET_PARTNER_PREPS[lang] for t in kids):
        return False
    subj = next((t for t in kids if t.dep in ex.SUBJECT_DEPS[lang]), None)
    if subj is None and tok.dep == "xcomp":  # "was set to meet": the subject of "set"
        subj = next((t for t in sent.toks if t.head == tok.head and t.dep in ex.SUBJECT_DEPS[lang]), None)
    if subj is None or any(t.head == subj.i and t.dep == "conj" for t in sent.toks):
        return False
    return subj.tag in ex.SINGULAR_SUBJECT_TAGS[lang] or subj.lower in ex.SINGULAR_PRONOUNS[lang]


def _objects(sent: Sentence, tok: Tok) -> list[Tok]:
    return [t for t in sent.toks if t.head == tok.i and t.dep in ex.VISIT_OBJECT_DEPS.get(tok.lang, ())]


def _someone(art: Article, sent: Sentence, obj: Tok) -> bool:
    """The object names someone: a pronoun, a role or person noun ("his counterparts", "the
    leaders of X", "the delegation"), or an actor in it or right after it ("counterpart, Lucia
    Ferraro")."""
    if obj.pos == "PRON":
        return True
    if _names_role(obj) or obj.lower in ex.PERSON_OBJECT_NOUNS[obj.lang] \
            or obj.lower.endswith("s") and obj.lower[:-1] in ex.PERSON_OBJECT_NOUNS[obj.lang]:
        return True  # "President of Chile X", "his counterparts", "the delegation"
    # the name in the object or in apposition right after it ("his counterpart, X",
    # "President of Chile X"); not "Kenosha two days after Trump", "the family of X" (a role
    # or a person noun says whom an "of" phrase names)
    return any(m.a <= obj.i < m.b or obj.i < m.a <= obj.i + 4 and all(
        t.text == "," or t.pos in ("DET", "ADJ", "PROPN") for t in art.toks[obj.i + 1:m.a])
        for m in art.by_sent.get(sent.index, []) if m.kind != "place" or m.capital)


def _names_role(tok: Tok) -> bool:
    """A role noun, also an English plural ("ministers", "leaders")."""
    return bool(role_head(tok)) or tok.lang == "en" and tok.lower.endswith("s") and tok.lower[:-1] in lx.ROLE_NOUNS


def _object_names_no_one(art: Article, sent: Sentence, tok: Tok) -> bool:
    """English: the verb has an object and none names someone: "meets their needs", "met the
    target", "visited Kenosha", "visited the state" ("visited France", "visited Kyiv", "met his
    counterpart" keep theirs)."""
    objects = [t for t in _objects(sent, tok) if not _in_person_words(art, t)]
    return bool(objects) and not any(_someone(art, sent, t) for t in objects)


def _in_person_words(art: Article, t: Tok) -> bool:
    """`t` opens words of meeting in person ("face to face"; IN_PERSON_OBJECTS)."""
    return any(tuple(u.lower for u in art.toks[t.i:t.i + len(p)]) == p for p in ex.IN_PERSON_OBJECTS.get(t.lang, ()))


def _greets_person(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A person as the object of a verb of greeting, with no genitive or "von" between
    ("begrüßte am Freitag den Präsidenten X", not "begrüßte die Entscheidung des Präsidenten X")."""
    blocked, markers = ex.GREET_NOT_BETWEEN[tok.lang], ex.GREET_OBJECT_MARKERS[tok.lang]
    # "Präsident X begrüßte Y": with the subject named right before the verb, a name right
    # after it is the object
    subject_before = any(m.kind in ("person", "desc") and m.b == tok.i for m in art.by_sent.get(sent.index, []))
    for m in art.by_sent.get(sent.index, []):
        if m.kind in ("person", "desc") and tok.i < m.a <= tok.i + 6:
            between = {t.lower for t in art.toks[tok.i + 1:m.a]}
            owner = m.b < len(art.toks) and art.toks[m.b].pos == "NOUN"  # "begrüßte Brandts Vorschlag"
            if between & blocked or not (between & markers or subject_before and m.a == tok.i + 1 and not owner):
                return False
            # "begrüßte die Ministerin X die Entscheidung": an object after the name
            _, b = art.clause_of(sent, tok.i)
            after = art.toks[m.b:b]
            return not any(t.lower in lx.DETERMINERS and k + 1 < len(after) and after[k + 1].pos == "NOUN"
                           for k, t in enumerate(after))
    return False


def _by_head_of_state(art: Article, sent: Sentence, tok: Tok) -> bool:
    """A head of state after "von"/"by" in the clause of an appointment (APPOINT_VERBS)."""
    a, b = art.clause_of(sent, tok.i)
    preps, roles = ex.APPOINT_AGENT_PREPS[tok.lang], ex.HEAD_OF_STATE_ROLES[tok.lang]
    for m in art.mentions_in(sent, a, b):
        k = m.a - 1
        while k > a and m.a - k <= 3 and art.toks[k].text[:1].isupper():
            k -= 1  # "von Königin X": the title before the name
        if art.toks[k].lower in preps and m.actor is not None and m.actor.kind == "person":
            role = (m.actor.role or "").casefold().rsplit("-", 1)[-1].rsplit(" ", 1)[-1]
            titles = {t.lower for t in art.toks[k + 1:m.a]}  # "von Queen X" with the title outside the name
            if role in roles or titles & roles:
                return True
    return False


def _host_and_guest(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Two actors in the clause of an invitation: who invites and who is invited."""
    a, b = art.clause_of(sent, tok.i)
    kinds = ("person", "desc", "organization", "state", "pronoun", "plural")
    if sum(m.kind in kinds and not m.locative for m in art.mentions_in(sent, a, b)) < 2:
        return False
    places = {m.a for m in art.by_sent.get(sent.index, []) if m.capital or m.kind == "state"}
    for t in art.toks[a:min(max(b, tok.i + 16), sent.toks[-1].i + 1)]:
        if t.i == tok.i:
            continue
        if t.lower in ex.VISIT_WORDS[t.lang] or t.lower in ex.MEET_VERBS[t.lang] or is_noun(t) \
                or (t.lower in ex.TRAVEL_TO[t.lang] and t.i + 1 in places) or _session_with(art, t):
            return True  # "to visit", "zu Gesprächen", "nach Berlin", "zu einer Sitzung mit X"
    return False


def _at_occasion(art: Article, sent: Sentence, tok: Tok) -> bool:
    """An occasion (OCCASION_ENDINGS) named in the clause of a word of presence."""
    a, b = art.clause_of(sent, tok.i)
    ends = ex.OCCASION_ENDINGS.get(tok.lang, ())
    return any(t.pos in ("NOUN", "PROPN") and t.lower.endswith(ends) for t in art.toks[a:b])


def occasion_taken_part_in(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """The occasion (OCCASION_ENDINGS) after "an/am" in the clause of a verb of taking part
    ("An der Trauerfeier in Rom nahmen A und B teil", "A und B nahmen an der Zeremonie
    teil"): those who take part in it meet there. A meeting noun there is a trigger itself
    (`_taken_part_in`)."""
    a, b = art.clause_of(sent, tok.i)
    ends, preps = ex.OCCASION_ENDINGS.get(tok.lang, ()), ex.PARTICIPATE_PREPS.get(tok.lang, ())
    for t in art.toks[a:b]:
        if t.pos not in ("NOUN", "PROPN") or not t.lower.endswith(ends) or is_noun(t):
            continue
        k = t.i - 1
        while k > a and t.i - k <= 3 and art.toks[k].lower not in preps \
                and (art.toks[k].lower in lx.DETERMINERS or art.toks[k].pos == "ADJ"):
            k -= 1  # ("an" is also an English article)
        if art.toks[k].lower in preps:
            return t
    return None


def _session_with(art: Article, t: Tok) -> bool:
    """A session with another body: "zu einer Sondersitzung mit X" (SESSION_NOUN_ENDINGS)."""
    return t.lower.endswith(ex.SESSION_NOUN_ENDINGS.get(t.lang, ())) and (t.lang != "de" or t.text[:1].isupper()) \
        and t.i + 1 < len(art.toks) and art.toks[t.i + 1].lower in ex.TALK_WITH[t.lang]


def _visits_a_site(sent: Sentence, tok: Tok) -> bool:
    """"visited the hospital", "visited the village of X": the object is a site (SITE_NOUNS)."""
    deps, sites = ex.VISIT_OBJECT_DEPS[tok.lang], ex.SITE_NOUNS[tok.lang]
    return bool(sites) and any(t.head == tok.i and t.dep in deps and t.lower in sites for t in sent.toks)


def _generic_visitor(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"tourists visiting X": a bare participle whose nearest noun before it is no
    actor; "X, visiting Paris, said" and "Visiting Paris, X said" keep their visit."""
    if tok.tag not in ex.BARE_PARTICIPLE_TAGS[tok.lang]:
        return False
    for t in reversed(art.toks[sent.toks[0].i:tok.i]):
        if t.lower in ex.BE_AUX[tok.lang]:
            return False
        if t.pos in ex.PARTICIPLE_SKIP_POS:
            continue
        if t.pos != "NOUN":
            return False
        return not any(m.a <= t.i < m.b for m in art.by_sent.get(sent.index, []))
    return False


def group_of(art: Article, tok: Tok) -> str | None:
    """The group whose summit `tok` names when its members go unnamed: a German compound
    ("G8-Gipfel"), a group name before the noun ("the G7 summit") or after it ("Gipfel der
    G7", "summit of the G-8")."""
    nouns = ex.GROUP_SUMMIT_NOUNS[tok.lang]
    if "-" in tok.lower:
        head, _, tail = tok.lower.rpartition("-")
        key = head.replace("-", "")
        return key if tail in nouns and key in ex.GROUP_MEMBERS else None
    if tok.lower not in nouns:
        return None
    for t in art.toks[max(0, tok.i - 1):tok.i] + art.toks[tok.i + 1:tok.i + 4]:
        key = t.lower.replace("-", "")
        if key in ex.GROUP_MEMBERS:
            return key
    return None


def group_holders(art: Article, a: int, b: int) -> str | None:
    """The group whose office holders [a, b) names ("G7 foreign ministers",
    "G8-Finanzminister", "die Außenminister der G7", "the finance ministers of the G7";
    GROUP_OFFICE_NOUNS): its member states meet."""
    found = _group_holders_span(art, a, b)
    return found[0] if found else None


def _group_holders_span(art: Article, a: int, b: int) -> tuple[str, int, int] | None:
    """The group of `group_holders` with the first and last token of its phrase."""
    lang = art.toks[a].lang if a < len(art.toks) else art.lang
    nouns, links = ex.GROUP_OFFICE_NOUNS.get(lang, ()), ex.GROUP_OFFICE_LINKS.get(lang, ())
    if not nouns:
        return None
    for t in art.toks[a:b]:
        head, dash, tail = t.lower.partition("-")
        if dash and head in ex.GROUP_MEMBERS and tail.endswith(nouns):
            return head, t.i, t.i  # "G8-Finanzminister"
        key = t.lower.replace("-", "")
        para = _group_paraphrase_at(art, t.i, b)
        if para is not None:
            key, end = para
            for link in links:
                n = len(link.split())
                if t.i - n - 1 >= a and " ".join(u.lower for u in art.toks[t.i - n:t.i]) == link \
                        and art.toks[t.i - n - 1].lower.endswith(nouns):
                    return key, t.i - n - 1, end  # "die Minister der sieben führenden Industriestaaten"
            continue
        if key not in ex.GROUP_MEMBERS:
            continue
        noun = next((u for u in art.toks[t.i + 1:min(b, t.i + 4)] if u.lower.endswith(nouns)), None)
        if noun is not None:
            return key, t.i, noun.i  # "G7 foreign ministers"
        for link in links:
            n = len(link.split())
            if t.i - n - 1 >= a and " ".join(u.lower for u in art.toks[t.i - n:t.i]) == link \
                    and art.toks[t.i - n - 1].lower.endswith(nouns):
                return key, t.i - n - 1, t.i  # "die Außenminister der G7"
    return None


def _group_paraphrase_at(art: Article, i: int, b: int) -> tuple[str, int] | None:
    """A group named by a paraphrase from token i on (GROUP_PARAPHRASES), with "und
    Russlands" after the seven making the eight: the group and the paraphrase's last token."""
    lang = art.toks[i].lang
    if art.toks[i].lower not in ex.GROUP_PARAPHRASE_STARTS.get(lang, ()):
        return None
    for words, key in ex.GROUP_PARAPHRASES.get(lang, {}).items():
        n = len(words)
        if i + n <= b and tuple(t.lower for t in art.toks[i:i + n]) == words:
            return key, i + n - 1
    return None


def _holders_decide(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Office holders of a group or of two or more named states as the subject of a verb of
    deciding (HOLDERS_DECIDE_VERBS), right before or after it, with a place or a date in the
    clause: they met to decide."""
    a, b = art.clause_of(sent, tok.i)
    group = _group_holders_span(art, a, b)
    run = _holders_of_states(art, sent, a, b)
    edges: list[tuple[int, int]] = []
    if group is not None:
        edges.append((group[1], group[2]))
    if run:
        edges.append((run[0].a - 2 if art.toks[run[0].a - 1].lower in ex.HOLDERS_OF_PREPS.get(tok.lang, ()) else run[0].a - 1,
                      run[-1].b - 1))
    verbs = {tok.i} | {t.i for t in art.toks[a:b] if t.pos in ("VERB", "AUX")}
    subject = False
    for first, last in edges:
        k = first - 1
        while k > a and art.toks[k].lower in lx.DETERMINERS:
            k -= 1  # "beschlossen die Finanzminister der G7"
        subject = subject or k in verbs or last + 1 in verbs
    if not subject:
        return False
    return art.place_in(sent, a, b) or any(art.toks[a].start <= t.start < art.toks[b - 1].end for t in art.timexes)


def _visit_compound(word: str) -> bool:
    """A German compound that ends in a word for a visit ("London-Besuch", "Arbeitsbesuchs")."""
    return word.endswith(ex.VISIT_COMPOUND_ENDINGS) and any(
        word.endswith(end) and len(word) > len(end) + 2 for end in ex.VISIT_COMPOUND_ENDINGS)


def is_noun(tok: Tok) -> bool:
    """A meeting noun (German ones capitalised); English "visit", "meeting" tagged as a verb
    are verbs ("will visit Paris")."""
    if tok.lang == "en" and tok.pos == "VERB" and tok.lower in ex.MEET_VERBS["en"]:
        return False  # "will visit Paris", "is meeting X": the verb, not the noun
    if tok.lower in ex.MEET_NOUNS.get(tok.lang, set()):
        return tok.lang == "en" or tok.text[:1].isupper()
    if tok.lower in ex.TRAVEL_NOUNS[tok.lang]:
        return travel_noun(tok)  # "his journey to Kenya"
    return tok.lang == "de" and (_visit_compound(tok.lower) or travel_noun(tok) or meeting_compound(tok)) \
        and tok.text[:1].isupper()


def meeting_compound(tok: Tok) -> bool:
    """A capitalised German compound ending in a word for talks or a meeting
    ("Regierungskonsultationen", "Friedensgespräche", "EU-Gipfel"; MEETING_COMPOUND_ENDINGS),
    not a call, an interview or a private gathering (NOT_MEETING_COMPOUNDS)."""
    ends = ex.MEETING_COMPOUND_ENDINGS.get(tok.lang, ())
    word = tok.lower
    if not ends or not tok.text[:1].isupper() or word in ex.MEET_NOUNS[tok.lang] \
            or word.endswith(ex.NOT_MEETING_COMPOUNDS[tok.lang]):
        return False
    return word.endswith(ends) and any(word.endswith(end) and len(word) > len(end) + 2 for end in ends)


def definite_noun(art: Article, tok: Tok) -> bool:
    """"the meeting", "das Treffen": a meeting noun after a definite article."""
    return is_noun(tok) and tok.i > 0 and art.toks[tok.i - 1].lower in ex.DEFINITE_ANY


def linked_noun(art: Article, tok: Tok) -> bool:
    """"Gespräche mit/zwischen", "held talks", "zu Gesprächen": a meeting noun with its
    participants; other meeting nouns ("offen für Gespräche") only refer back."""
    after = [t.lower for t in art.toks[tok.i + 1:tok.i + 3]]
    before = [t.lower for t in art.toks[max(0, tok.i - 3):tok.i]]
    if set(after) & ex.NOUN_LINKS_ANY or set(before) & ex.HOLD_BEFORE_ANY or joint_noun(art, tok):
        return True
    if _meal_for_guest(art, tok):
        return True  # "gab ein Arbeitsessen für den Präsidenten X"
    if _taken_part_in(art, tok):
        return True  # "An dem Treffen in Rom nahmen A, B und C teil"
    if _held_in_clause(art, tok):
        return True  # "führten dazu am Sonntag in Astana erstmals direkte Gespräche"
    if _supported(art, tok):
        return True  # "eröffneten die Verhandlungen", "eine Verhandlungsrunde soll … stattfinden"
    if after[:1] and after[0] in ex.GENITIVE_LINKS_ANY:
        # "Ein Treffen des Ministerpräsidenten X mit dem Präsidenten Y"
        for t in art.toks[tok.i + 2:tok.i + 10]:
            if t.text in {",", ".", ";"}:
                break
            if t.lower in ex.TALK_WITH_ANY:
                return True
    if tuple(after) in lx.PLURAL_ANAPHORS or after[:1] == ["of"] and \
            tuple(t.lower for t in art.toks[tok.i + 2:tok.i + 4]) in lx.PLURAL_ANAPHORS:
        return True  # "ein Treffen der beiden Präsidenten", "a meeting of the two leaders"
    if tok.lower in ex.VISIT_WORDS_ANY and any(t.lower in ex.VISIT_TO_ANY for t in art.toks[tok.i + 1:tok.i + 4]):
        return True  # "a return visit to Seoul", "ein Besuch Müllers in Riga": a capital later
    if trip_traveller_at(art, tok) is not None:
        return True  # "auf seiner Reise nach Chile"
    if _visitor_then_place(art, tok):
        return True  # "während des Besuchs des polnischen Präsidenten X in Berlin"
    if (tok.lower in ex.VISIT_WORDS_ANY or (tok.lang == "de" and _visit_compound(tok.lower))):
        for t in art.toks[tok.i + 1:tok.i + 6]:
            if t.text in {",", ".", ";"}:
                break
            if t.lower in ex.VISIT_AT.get(t.lang, ()):
                return True  # "bei seinem Rom-Besuch im Mai bei Ministerpräsident X"
    if tok.i > 0 and art.toks[tok.i - 1].lower in ex.AFTER_ANY and tok.lower in ex.BARE_TALKS_ANY:
        return True  # "X and Y agreed … after talks": bare plural, a meeting of its own
    if both_countries_at(art, tok.i + 1, tok.i + 6) is not None:
        return True  # "Treffen der Außenminister beider Länder"
    if set(before) & ex.FOR_TALKS_ANY:
        # "zu Gesprächen ... erwartet", not "zu Gesprächen bereit"
        sent_words = {t.lower for t in art.toks[max(0, tok.i - 12):tok.i + 12]}
        return bool(sent_words & (ex.ARRIVE_WORDS_ANY | ex.TRAVEL_WORDS_ANY)) or _stays(art, tok)
    return False


def _visitor_then_place(art: Article, tok: Tok) -> bool:
    """A visit noun with its visitor in the genitive and then where the visit goes, in one
    noun phrase: "des Besuchs des polnischen Präsidenten X in Berlin", "der Besuch der
    Ministerin in Japan" (VISITOR_LINKS, VISIT_TO; no comma or verb between)."""
    if tok.lower not in ex.VISIT_WORDS.get(tok.lang, ()) and not (tok.lang == "de" and _visit_compound(tok.lower)):
        return False
    nxt = art.toks[tok.i + 1] if tok.i + 1 < len(art.toks) else None
    if nxt is None or nxt.lower not in ex.VISITOR_LINKS.get(tok.lang, ()):
        return False
    for t in art.toks[tok.i + 2:tok.i + 2 + ex.VISITOR_PHRASE_MAX]:
        if t.text in {",", ".", ";", ":"} or t.pos in ("VERB", "AUX"):
            return False
        if t.lower in ex.VISIT_TO.get(tok.lang, ()):
            return _place_at(art, t.i + 1)
    return False


def _place_at(art: Article, i: int) -> bool:
    """A place, a state or a capital is named from token i on (where a trip or visit goes)."""
    return any(m.a == i and (m.kind in ("place", "state") or m.capital) for m in art.reg.mentions)


def travel_noun(tok: Tok) -> bool:
    """A German noun for a trip ("Reise", "Asienreise"), capitalised; not an entry, an exit
    or the way home (TRAVEL_NOUN_ENDINGS, NOT_TRAVEL_NOUNS)."""
    if tok.lower in ex.TRAVEL_NOUNS[tok.lang]:
        return tok.pos == "NOUN"  # English: "his trip to Japan"
    ends = ex.TRAVEL_NOUN_ENDINGS.get(tok.lang, ())
    return bool(ends) and tok.text[:1].isupper() and tok.lower.endswith(ends) \
        and tok.lower not in ex.NOT_TRAVEL_NOUNS[tok.lang]


def trip_traveller_at(art: Article, tok: Tok) -> int | None:
    """Where the traveller of a trip noun is told, when "nach" and a place follow: the
    possessive before it ("auf seiner dreitägigen Reise nach Chile") or the first word of
    the genitive after it ("die Reise der Ministerin X nach Kenia")."""
    if not travel_noun(tok):
        return None
    at, k = None, tok.i - 1
    while k >= 0 and tok.i - k <= ex.POSSESSIVE_GAP:
        if possessive_stem(art.toks[k]) is not None:
            at = k
            break
        if art.toks[k].lower in ex.POSSESSIVE_S.get(tok.lang, ()):
            # "the minister's trip to Kenya": the one named before "'s"
            at = next((m.a for m in art.reg.mentions if m.b == k and m.actor is not None), None)
            break
        t = art.toks[k]
        if t.pos not in ("ADJ", "NUM", "ADP", "ADV") and not any(x.start <= t.start < x.end for x in art.all_timexes):
            break  # "seiner dreitägigen Reise", "seine für Montag geplante Reise"
        k -= 1
    to = tok.i + 1
    if at is None and (started := _trip_started_by(art, tok)) is not None:
        at = started  # "bricht zu einer Reise nach China auf": the subject travels
    if at is None:
        if to >= len(art.toks) or art.toks[to].lower not in ex.VISITOR_LINKS[tok.lang]:
            return None
        at = to + 1
        to = next((t.i for t in art.toks[to + 1:to + 1 + ex.VISITOR_PHRASE_MAX]
                   if t.text in {",", ".", ";", ":"} or t.pos in ("VERB", "AUX")
                   or t.lower in ex.TRAVEL_NOUN_TO[tok.lang]), to)
    if to + 1 >= len(art.toks) or art.toks[to].lower not in ex.TRAVEL_NOUN_TO[tok.lang]:
        return None
    if not _place_at(art, to + 1):
        return None
    return at


def _trip_started_by(art: Article, tok: Tok) -> int | None:
    """The first token of the person who sets out on or undertakes the trip `tok` names with
    an indefinite article ("X bricht zu einer Reise nach China auf", "X trat eine Reise nach
    Japan an"; TRIP_START_VERBS): the first person named before the verb in the clause."""
    k = tok.i - 1
    while k > 0 and tok.i - k <= ex.POSSESSIVE_GAP and (art.toks[k].pos in ("ADJ", "NUM") or art.toks[k].text == "-"
                                                         or art.toks[k - 1].text == "-"):
        k -= 1  # "eine dreitägige Reise", "a three-day trip"
    if k < 0 or art.toks[k].lower not in lx.INDEFINITE_BY_LANG.get(tok.lang, ()):
        return None
    sent = art.sent_at(tok.start)
    if sent is None:
        return None
    a, b = art.clause_of(sent, tok.i)
    verbs = ex.TRIP_START_VERBS.get(tok.lang, {})
    verb = next((t for t in art.toks[a:b] if t.lower in verbs), None)
    if verb is None or verbs[verb.lower] and not art.particle_in(sent, verb.i, verbs[verb.lower]):
        return None
    person = next((m for m in art.mentions_in(sent, a, verb.i) if m.actor is not None
                   and m.kind in ("person", "desc") and not m.quoted), None)
    return person.a if person is not None else None


def _meal_for_guest(art: Article, tok: Tok) -> bool:
    """A meal given for a guest: "für" right after the meal noun, or "zu Ehren" earlier in
    its sentence ("Zu Ehren des Präsidenten X gab Y ein Staatsbankett"; MEAL_NOUNS)."""
    if tok.lower not in ex.MEAL_NOUNS.get(tok.lang, ()):
        return False
    if tok.i + 1 < len(art.toks) and art.toks[tok.i + 1].lower in ex.MEAL_FOR[tok.lang]:
        return True
    before = [t.lower for t in art.toks[max(0, tok.i - 15):tok.i]]
    after = [t.lower for t in art.toks[tok.i + 1:tok.i + 1 + ex.HONOUR_AFTER_GAP]]
    return any(tuple(words[k:k + len(honour)]) == honour for honour in ex.IN_HONOUR_OF[tok.lang]
               for words in (before, after) for k in range(len(words)))


def _taken_part_in(art: Article, tok: Tok) -> bool:
    """A meeting noun after "an/am" in a clause whose verb is taking part ("nahmen … teil",
    "teilgenommen"; PARTICIPATE_VERBS): its participants are the clause's actors."""
    verbs = ex.PARTICIPATE_VERBS.get(tok.lang, {})
    if not verbs:
        return False
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 3 and art.toks[k].lower not in ex.PARTICIPATE_PREPS[tok.lang]:
        if not (art.toks[k].lower in lx.DETERMINERS or art.toks[k].pos in ("ADJ", "DET", "NUM")):
            return False
        k -= 1
    if k < 0 or art.toks[k].lower not in ex.PARTICIPATE_PREPS[tok.lang]:
        return False
    words = _words_around(art, tok, 20, 25, {".", ";", ":"})
    return any(w in verbs and (verbs[w] is None or verbs[w] in words) for w in words)


def _stays(art: Article, tok: Tok) -> bool:
    """A verb of staying in the meeting noun's sentence ("weilte", "hielt sich … auf";
    STAY_WORDS: a separable "auf" counts only after a reflexive "sich" and at its clause's end)."""
    words = _words_around(art, tok, 12, 12, {".", ";", "!", "?"})
    stays = ex.STAY_WORDS.get(tok.lang, set())

    def stay(k: int, w: str) -> bool:
        if w != "auf":
            return w in stays
        at_end = k + 1 == len(words) or words[k + 1] in {",", "und", ".", ";"}
        return "auf" in stays and "sich" in words[:k] and at_end

    return any(stay(k, w) for k, w in enumerate(words))


def _words_around(art: Article, tok: Tok, back: int, ahead: int, stops: set[str]) -> list[str]:
    """The lower-cased words of `tok`'s stretch between two stop marks, at most `back` words
    before it and `ahead` after it (the closing mark included)."""
    left, right = tok.i, tok.i
    while left > 0 and tok.i - left < back and art.toks[left - 1].text not in stops:
        left -= 1
    while right + 1 < len(art.toks) and right - tok.i < ahead and art.toks[right].text not in stops:
        right += 1
    return [t.lower for t in art.toks[left:right + 1]]


def _held_in_clause(art: Article, tok: Tok) -> bool:
    """A "führen/hold" verb earlier in the noun's clause ("führten … ein Gespräch")."""
    for t in reversed(art.toks[max(0, tok.i - 12):tok.i]):
        if t.text in {",", ";", ".", ":"}:
            return False
        if t.lower in ex.HOLD_VERBS_ANY:
            return True
    return False


def _supported(art: Article, tok: Tok) -> bool:
    """A verb that opens, holds or places the meeting noun in its clause (SUPPORT_VERBS)."""
    def stop(k: int) -> bool:  # a clause's comma, or a full stop before a capital ("(18.6.)" goes on)
        t = art.toks[k]
        return t.text in {",", ";", ":"} or (t.text.endswith(".") and k + 1 < len(art.toks)
                                              and art.toks[k + 1].text[:1].isupper())
    left, right = tok.i, tok.i + 1
    while left > 0 and not stop(left - 1) and tok.i - left < 15:
        left -= 1
    while right < len(art.toks) and not stop(right) and right - tok.i < 15:
        right += 1
    words = art.toks[left:right]
    verbs = ex.SUPPORT_VERBS[tok.lang]
    for t in words:
        if t.lower not in verbs:
            continue
        need = ex.SUPPORT_PARTICLES.get(t.lower)
        if need is None:
            return True
        if need in ex.SUPPORT_PARTICLE_FORMS:  # "took place": the verb right before
            if t.i > 0 and art.toks[t.i - 1].lower in ex.SUPPORT_PARTICLE_FORMS[need]:
                return True
        elif any(w.lower == need for w in words):
            return True
    return False


def _talk_in_person(art: Article, sent: Sentence, tok: Tok) -> bool:
    """"sprach mit X in Washington", "soll dort mit X sprechen", "talked with X in Rome"."""
    a, b = art.clause_of(sent, tok.i)
    words = [t.lower for t in art.toks[a:b]]
    if not ex.TALK_WITH_ANY & set(words):
        return False
    with_at = min(k for k, w in enumerate(words) if w in ex.TALK_WITH_ANY)
    if any(p in words[:with_at] and tok.lower.startswith(v) for v, p in ex.TALK_OF_ANY.items()):
        return False  # "sprach … von" before any "mit": words reported, not a talk
    if set(words) & (ex.REMOTE_WORDS_ANY - ex.REMOTE_TALK_ANY):
        return False
    if set(words) & ex.PLACE_ADVERBS_ANY:
        return True
    if any(t.lower.endswith(ex.VISIT_NOUN_ENDINGS_ANY) and t.pos in ("NOUN", "PROPN") for t in sent.toks):
        return True
    if words[0] in ex.PURPOSE_WORDS.get(tok.lang, ()) and trip_then_purpose(art.toks[sent.toks[0].i:a + 1]):
        return True  # "flog nach Nairobi, um mit X zu sprechen": the talk is where the trip goes
    return art.place_in(sent, a, b)


def _actor_after_with(art: Article, sent: Sentence, tok: Tok) -> bool:
    """An actor named right after "mit"/"with" in the clause of `tok` (a title or an article
    between)."""
    a, b = art.clause_of(sent, tok.i)
    withs = [t.i for t in art.toks[a:b] if t.lower in ex.TALK_WITH_ANY]
    return any(k < m.a <= k + 4 and m.kind in ("person", "desc", "state", "organization") and not m.locative
               for k in withs for m in art.mentions_in(sent, a, b))


def _partner_of(art: Article, sent: Sentence, tok: Tok) -> bool:
    """The verb has a partner of its own: a phrase with "mit"/"with" that the parser hangs
    on it (English: the preposition on the verb; German: the noun after "mit")."""
    return any(t.lower in ex.TALK_WITH_ANY and tok.i in (t.head, art.toks[t.head].head) for t in sent.toks)


def between_parties_at(art: Article, sent: Sentence, tok: Tok) -> int | None:
    """German: the "zwischen" of a negotiation told in the passive or with the parties after
    the verb's object ("Die Regelung wurde zwischen dem Rat, dem Parlament und der Kommission
    verhandelt", "Über den Vertrag wird in Genf zwischen A und B verhandelt"): the index of
    "zwischen" when two or more actors are coordinated right after it (BETWEEN), else None.
    Not before a noun ("ein Abkommen zwischen A und B": the treaty's parties)."""
    if tok.lang != "de":
        return None
    a, b = art.clause_of(sent, tok.i)
    for t in art.toks[a:b]:
        if t.lower not in ex.BETWEEN_ANY or t.i == a or art.toks[t.i - 1].pos == "NOUN":
            continue
        kinds = ("person", "desc", "state", "organization")
        ms = sorted((m for m in art.mentions_in(sent, t.i + 1, b) if m.kind in kinds and m.actor is not None
                     and not m.locative and not m.quoted), key=lambda m: m.a)
        if len(ms) >= 2 and all(opens_name(u) for u in art.toks[t.i + 1:ms[0].a]) \
                and _joins(art.toks[ms[0].b:ms[1].a], ex.COORDINATORS.get(tok.lang, set())):
            return t.i
    return None


def coordinated(art: Article, sent: Sentence, a: int, b: int) -> list[Mention]:
    """The longest run in [a, b) of two or more actors joined only by commas and a last
    "und"/"sowie" (COORDINATORS), not after a preposition ("mit A und B", "über A und B"):
    "Hartwig und Zalewski", "die Präsidenten A, B und C"; [] when there is none."""
    kinds = ("person", "desc", "state", "organization")
    ms = sorted((m for m in art.mentions_in(sent, a, b) if m.kind in kinds and m.actor is not None
                 and not m.locative and not m.quoted and not is_modifier(art, m)), key=lambda m: m.a)
    joiners = ex.COORDINATORS.get(art.lang, set())
    best: list[Mention] = []
    run: list[Mention] = []
    for m in ms:
        if run and _joins(art.toks[run[-1].b:m.a], joiners):
            run.append(m)
        else:
            run = [m]
        closed = len(run) >= 2 and any(t.lower in joiners for t in art.toks[run[-2].b:run[-1].a])
        if closed and len(run) > len(best) and (run[0].a == a or art.toks[run[0].a - 1].pos != "ADP"):
            best = list(run)
    return best


def opens_name(t: Tok) -> bool:
    """A word that may stand before a name in its own phrase: an article or possessive, an
    adjective, a role or title, a counterpart ("der polnische Präsident", "sein
    französischer Amtskollege", "his French counterpart", "Foreign Minister")."""
    return t.lower in lx.DETERMINERS or t.pos == "ADJ" or role_head(t) is not None \
        or t.tag in ex.POSSESSIVE_TAGS.get(t.lang, ()) or t.lower in gazetteer.title_words(t.lang) \
        or t.lower in ex.COUNTERPART_NOUNS.get(t.lang, ())


def _joins(gap: list[Tok], joiners: set[str]) -> bool:
    """Words between two coordinated names: a comma or "und" first, then only commas, joiners
    and what opens the next name (`opens_name`)."""
    return bool(gap) and (gap[0].text == "," or gap[0].lower in joiners) and all(
        t.text == "," or t.lower in joiners or opens_name(t) for t in gap)


def _mutual_talk(art: Article, sent: Sentence, tok: Tok) -> bool:
    """Coordinated actors who talk, confer or negotiate with one another, without "mit"
    ("A und B berieten am Montag über …", "Am Montag verhandelten A und B in Genf"): the run
    next to the verb; talking needs a place in the clause, conferring a place or a date."""
    a, b = art.clause_of(sent, tok.i)
    words = {t.lower for t in art.toks[a:b]}
    if words & ex.TALK_WITH_ANY or words & (ex.REMOTE_WORDS_ANY - ex.REMOTE_TALK_ANY):
        return False
    run = coordinated(art, sent, a, b) or _holders_of_states(art, sent, a, b)
    verbs = {tok.i} | {t.i for t in art.toks[a:b] if t.pos in ("VERB", "AUX")}
    group = _group_holders_span(art, a, b)  # "Die Außenminister der G7 berieten …"
    group_subject = group is not None and (group[2] + 1 in verbs or group[1] - 1 in verbs)
    if not group_subject and not (run and (run[-1].b in verbs or run[0].a - 1 in verbs)):
        return False  # the run is the verb's subject: right before it or right after it
    if art.place_in(sent, a, b) or words & ex.PLACE_ADVERBS_ANY:
        return True
    dated = any(art.toks[a].start <= t.start < art.toks[b - 1].end for t in art.timexes)
    return dated and tok.lower not in ex.TALK_VERBS_ANY


def _holders_of_states(art: Article, sent: Sentence, a: int, b: int) -> list[Mention]:
    """Office holders of two or more states named after their role noun, in the genitive or
    after "von"/"of" ("die Außenminister Frankreichs, Deutschlands und Polens", "the foreign
    ministers of France, Germany and Poland"): the states' mentions, from the one after the
    role noun on; [] when there is none."""
    states = sorted((m for m in art.mentions_in(sent, a, b) if m.kind == "state" and m.actor is not None),
                    key=lambda m: m.a)
    joiners = ex.COORDINATORS.get(art.lang, set())
    for n, first in enumerate(states):
        k = first.a - 1
        if k > a and art.toks[k].lower in ex.HOLDERS_OF_PREPS.get(art.lang, ()):
            k -= 1
        if k < a or not _names_role(art.toks[k]):
            continue
        run = [first]
        for m in states[n + 1:]:
            gap = art.toks[run[-1].b:m.a]
            if not gap or not all(t.text == "," or t.lower in joiners for t in gap):
                break
            run.append(m)
        if len(run) >= 2:
            return run
    return []


def both_countries_at(art: Article, a: int, b: int) -> str | None:
    """The role noun of "die Außenminister beider Länder" / "the ministers of both countries"
    in tokens [a, b) ("" when there is none), None without such a phrase."""
    toks = art.toks[a:min(b, len(art.toks))]
    for k, t in enumerate(toks[:-1]):
        if t.lower in ex.BOTH_ANY and toks[k + 1].lower in ex.COUNTRY_NOUNS_ANY:
            j = k - 2 if k >= 2 and toks[k - 1].lower in ex.GENITIVE_LINKS["en"] else k - 1
            return toks[j].lower.rstrip("s") if j >= 0 and t.i - toks[j].i <= 2 else ""
    return None


def _coordination_end(art: Article, tok: Tok, b: int) -> int:
    """End of the trigger's own verb phrase: "met in Delhi last year and have since spoken
    by phone" stops before "and have"."""
    for t in art.toks[tok.i + 1:b - 1]:
        if t.lower in ex.AND_ANY and art.toks[t.i + 1].pos in ("AUX", "VERB"):
            return t.i
    return b


def not_in_person(art: Article, tok: Tok, a: int, b: int) -> bool:
    """A call, video conference or letter in the trigger's own verb phrase: no meeting. "spoke
    with" is a meeting word here, "paid a courtesy call" is in person, "called off" no call.
    Nor a talk with the press or the public (`_with_the_public`)."""
    if _with_the_public(art, tok, b):
        return True
    if tok.lower in ex.VISIT_WORDS_ANY and is_noun(tok):
        # A visit is in person: only a remote word on the visit itself ("a video visit")
        # makes it none, not "a video message posted during a visit to X".
        a = max(a, tok.i - 2)
    words = {t.lower for t in art.toks[a:_coordination_end(art, tok, b)]}
    remote = ex.REMOTE_WORDS_ANY - ex.REMOTE_TALK_ANY if tok.lower in ex.TALK_VERBS_ANY else ex.REMOTE_WORDS_ANY
    if tok.lower == ex.COURTESY_CALL_ANY[0]:
        remote = remote - set(ex.COURTESY_CALL_ANY[1:])
    return bool(words & remote) and not (set(ex.CALLED_OFF_ANY) <= words)


def _with_the_public(art: Article, tok: Tok, b: int) -> bool:
    """"ein Gespräch mit Journalisten", "a conversation with reporters", "traf sich am
    Dienstag mit Journalisten": a public partner (PUBLIC_PARTNERS) right after the meeting
    noun's "mit"/"with", or after the first one following the verb in its clause (before
    `b`), an article or adjectives between."""
    words = ex.PUBLIC_PARTNERS.get(tok.lang, set())
    if is_noun(tok):
        link = tok.i + 1 if tok.i + 1 < len(art.toks) and art.toks[tok.i + 1].lower in ex.TALK_WITH_ANY else None
    else:
        link = next((t.i for t in art.toks[tok.i + 1:b] if t.lower in ex.TALK_WITH_ANY), None)
    if link is None:
        return False
    for t in art.toks[link + 1:link + 4]:
        if t.lower in words:  # not "mit Journalisten und Präsident X"
            return t.i + 1 >= len(art.toks) or art.toks[t.i + 1].lower not in ex.COORDINATORS.get(tok.lang, set())
        if not (t.lower in lx.DETERMINERS or t.pos in ("ADJ", "NUM")):
            return False
    return False


def linked_noun_besides(art: Article, sent: Sentence, clause: tuple[int, int], tok: Tok) -> Tok | None:
    """The first meeting noun linked to its participants in `clause` other than `tok`: the
    second choice when the clause's verb reports no meeting."""
    return next((t for t in art.toks[clause[0]:clause[1]] if t.i != tok.i and is_noun(t)
                 and is_trigger(art, sent, t) and linked_noun(art, t)), None)


def clause_triggers(art: Article, sent: Sentence
                    ) -> tuple[dict[tuple[int, int], Tok], dict[tuple[int, int], tuple[int, int]]]:
    """One trigger per clause (a verb, else a linked noun, else any noun), and for a clause
    cut in two at a comma between two triggers the span of the first half's subject."""
    best: dict[tuple[int, int], Tok] = {}
    shared: dict[tuple[int, int], tuple[int, int]] = {}  # second half → the first's subject span
    # "did not meet X during the summit", "traf X nicht" (not "traf nicht nur X"): no meeting
    # in the clause of a negated meeting verb; "have not met since the talks in May" tells of
    # the earlier one
    denied = set()
    for t in sent.toks:
        if t.lower in ex.MEET_VERBS.get(t.lang, {}) and negated(art, sent, t) and is_trigger(art, sent, t):
            a, b = art.clause_of(sent, t.i)
            if not any(x.lower in ex.SINCE[t.lang] for x in art.toks[t.i:b]):
                denied.add((a, b))
    for tok in sent.toks:
        if art.clause_of(sent, tok.i) in denied or not is_trigger(art, sent, tok):
            continue
        clause = art.clause_of(sent, tok.i)
        if clause in best and definite_noun(art, best[clause]) and tok.lower in ex.EXPECTED_ANY:
            continue  # "the meeting … is now expected in mid-March": the meeting, not an arrival
        if clause not in best or (is_noun(best[clause]) and not is_noun(tok)) \
                or (is_noun(best[clause]) and not linked_noun(art, best[clause]) and linked_noun(art, tok)):
            best[clause] = tok  # a verb, else a linked noun ("after talks"), else any noun
    for clause, tok in list(best.items()):
        # Two triggers with a comma between them are two meetings ("talks with X on
        # Tuesday, followed by a meeting with Y"): a meeting verb or a linked noun.
        verbs = [t for t in art.toks[clause[0]:clause[1]] if is_trigger(art, sent, t)
                 and ((not is_noun(t) and t.lower in ex.MEET_VERBS.get(t.lang, {}))
                      or (is_noun(t) and linked_noun(art, t)))]
        commas = [t.i for t in art.toks[clause[0]:clause[1]] if t.text == ","]
        # German: the first verb's particle after the second trigger closes one verb bracket
        # around both ("traf X, Kommandeur des Y, zu einem Besuch in Z ein"): one meeting.
        bracket = len(verbs) >= 2 and any(t.tag in ex.PARTICLE_TAGS.get(t.lang, ()) for t in art.toks[verbs[1].i:clause[1]])
        if len(verbs) >= 2 and not bracket and any(verbs[0].i < c < verbs[1].i for c in commas):
            cut = next(c for c in commas if verbs[0].i < c < verbs[1].i)
            del best[clause]
            best[(clause[0], cut)] = verbs[0]
            best[(cut + 1, clause[1])] = verbs[1]
            shared[(cut + 1, clause[1])] = (clause[0], verbs[0].i)
    for clause, tok in best.items():
        # "flog X nach Khartum, um Präsident Y zu treffen": the purpose clause has no subject
        # of its own; it is the subject of the clause before.
        if art.toks[clause[0]].lower in ex.PURPOSE_WORDS.get(tok.lang, ()) and clause[0] > sent.toks[0].i \
                and clause not in shared:
            shared[clause] = (sent.toks[0].i, clause[0])
    return best, shared
