"""Who takes part in a meeting: mentions in the trigger's clause, plural anaphors ("die beiden
Politiker"), both sides of "beider Länder", the state a visit goes to, and summits held by
leaders."""
from __future__ import annotations

import datetime as dt

from .. import leaders
from .. import events_lexicon as ex
from .. import lexicon as lx
from ..actors import (Actor, Mention, Registry, demonym_code, dependent_territories, role_head, role_head_word,
                      venue_before)
from ..text import Sentence, Tok
from .article import Article, Event
from .phrases import is_modifier, possessive, possessive_owner, possessive_stem
from .triggers import (between_parties_at, both_countries_at, coordinated, group_holders, group_of, is_noun, joint_noun, linked_noun,
                       occasion_taken_part_in, opens_name, trip_traveller_at)


def _in_frame_name(art: Article, m: Mention, a: int) -> bool:
    """m is (part of) the name after "sidelines of" / "am Rande des": only articles,
    "of" and capitalised words lie between."""
    for k in range(m.a - 1, max(a, m.a - 7) - 1, -1):
        tok = art.toks[k]
        if tok.lower in ex.SIDELINES_ANY:
            return True
        if not (tok.lower in ex.FRAME_NAME_FILLERS_ANY or tok.text[:1].isupper()):
            return False
    return False


def _venue(art: Article, m: Mention) -> bool:
    """An organisation-like name after "at/im/in" ("at Parliament House", "im Palacio de La
    Moneda") or naming a meeting ("an African Union meeting", "dem EU-Gipfel")."""
    if venue_before(art.toks, m.a, ex.VENUE_PREPS_ANY):
        return True
    nxt = art.toks[m.b].lower if m.b < len(art.toks) else ""
    return nxt in ex.VENUE_NOUNS_ANY


def _welcomed_to(art: Article, m: Mention, tok: Tok) -> bool:
    """"welcomed X to the White House", "invited X to the Kremlin" (WELCOMED_TO): the place a
    guest is welcomed or invited to."""
    if tok.lower not in ex.WELCOME_VERBS_ANY and tok.lower not in ex.INVITE_VERBS_ANY:
        return False
    return venue_before(art.toks, m.a, frozenset(ex.WELCOMED_TO.get(tok.lang, ())))


def _after_topic_word(art: Article, m: Mention) -> bool:
    """"sprachen über die Ukraine", "talks on the Teesta": the mention is the topic."""
    k = m.a - 1
    if k >= 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    return k >= 0 and art.toks[k].lower in ex.TOPIC_WORDS_ANY


def _target_of_noun(art: Article, m: Mention) -> bool:
    """After a noun that names no meeting and "auf/gegen/against" (TARGET_PREPS)."""
    k = m.a - 1
    if k >= 0 and art.toks[k].lower in lx.DETERMINERS:
        k -= 1
    if k < 1 or art.toks[k].lower not in ex.TARGET_PREPS.get(art.toks[k].lang, ()):
        return False
    noun = art.toks[k - 1]
    return noun.pos == "NOUN" and not is_noun(noun) and noun.lower not in ex.MEET_NOUNS_ANY


def _describes_person_before(art: Article, m: Mention) -> bool:
    """"met X, a US mediator, in Geneva": a state or organisation at the start of an
    apposition that describes the person just named only qualifies that person."""
    if m.kind not in ("state", "organization") or m.b >= len(art.toks):
        return False
    k = m.a - 1
    if k > 0 and (art.toks[k].lower in lx.DETERMINERS or art.toks[k].lower in lx.INDEFINITE):
        k -= 1
    if k < 1 or art.toks[k].text != ",":
        return False
    nxt = art.toks[m.b]
    if not (nxt.pos == "NOUN" or nxt.lower in lx.ROLE_NOUNS):
        return False
    return any(x.b == k and x.actor is not None and x.actor.kind == "person" for x in art.by_sent.get(m.sent, []))


def _relative_antecedent(art: Article, sent: Sentence, a: int) -> Actor | None:
    """The person a relative clause starting at `a` is about: "X, who visited Seoul" (the
    last person named before), "X, der ihn in Rom besuchte" (German: the person right
    before the comma, and "der"/"die" no article of a noun)."""
    if a < 1 or art.toks[a - 1].text != "," or art.toks[a].lower not in ex.RELATIVE_SUBJECTS[art.toks[a].lang]:
        return None
    tight = art.toks[a].lang == "de"
    if tight and a + 1 < len(art.toks) and art.toks[a + 1].pos in ("NOUN", "PROPN"):
        return None  # ", die Ministerin sagte": an article
    ante = [m for m in art.by_sent.get(sent.index, []) if m.b <= a - 1 and m.actor and m.actor.kind == "person"
            and (not tight or m.b == a - 1)]
    return ante[-1].actor if ante else None


def _reports_it(art: Article, sent: Sentence, m: Mention, tok: Tok) -> bool:
    """The mention is in a clause of report before the trigger ("Wie X am Samstag mitteilte,
    …"; REPORT_OPENERS): an opener before it and a verb of saying between it and the comma
    that ends the clause, before the trigger."""
    openers = ex.REPORT_OPENERS.get(art.lang, set())
    start = sent.toks[0].i
    k = m.a - 1
    while k >= start and art.toks[k].text != "," and art.toks[k].lower not in openers:
        k -= 1
    if k < start or art.toks[k].lower not in openers:
        return False
    end = next((t.i for t in art.toks[m.b:tok.i] if t.text == ","), None)
    return end is not None and any(t.lower in ex.SPEECH[art.lang] for t in art.toks[m.b:end])


def _genitive_of_thing(art: Article, m: Mention) -> bool:
    """A German state or organisation in the genitive of a thing (GENITIVE_THING_LINKS), or
    a state's bare genitive right after one ("über den Wiederaufbau Syriens")."""
    if m.kind not in ("state", "organization") or m.a < 2:
        return False
    link, noun = art.toks[m.a - 1], art.toks[m.a - 2]
    if m.kind == "state" and art.lang == "de" and m.text.endswith("s") and link.pos == "NOUN" \
            and link.text[:1].isupper():  # the bare genitive: the noun right before the state
        if link.lower in ex.GENITIVE_SIDE_NOUNS["de"] or is_noun(link) or role_head(link) \
                or role_head_word(link.lower):
            return False
        return not any(x.a <= link.i < x.b for x in art.by_sent.get(m.sent, []))
    if link.lower not in ex.GENITIVE_THING_LINKS[link.lang] or noun.pos not in ("NOUN", "PROPN"):
        return False
    if noun.lower in ex.GENITIVE_SIDE_NOUNS[noun.lang] or is_noun(noun) or noun.lower in lx.ROLE_NOUNS:
        return False
    return not any(x.a <= noun.i < x.b for x in art.by_sent.get(m.sent, []))


def main_clause_end(art: Article, tok: Tok, b: int) -> int:
    """The end of the German main clause `tok` is in: before ", und" with a finite verb of
    its own (CLAUSE_JOINERS)."""
    joiners = ex.CLAUSE_JOINERS[tok.lang]
    if not joiners:
        return b
    for t in art.toks[tok.i + 1:b - 1]:
        if t.text == "," and art.toks[t.i + 1].lower in joiners:
            for u in art.toks[t.i + 2:b]:
                if u.text == ",":
                    break
                if u.tag in ex.FINITE_TAGS[tok.lang]:
                    return t.i
    return b


def _agreement_party(art: Article, m: Mention) -> bool:
    """A party of the agreement a noun before names ("ein Abkommen zwischen der EU und X")."""
    links = ex.AGREEMENT_PARTY_LINKS[art.toks[m.a].lang]
    for k in range(m.a - 1, max(0, m.a - 8), -1):
        t = art.toks[k]
        if t.lower in links:
            return art.toks[k - 1].lower.endswith(ex.SIGN_OBJECTS_ANY)
        if t.pos in ("VERB", "AUX") or t.text in {";", ".", ":"}:
            return False
    return False


def _states_of_role(art: Article, sent: Sentence, a: int, b: int) -> set[int]:
    """The states named after a role noun and "von" in [a, b), one after the other ("die
    Regierungschefs von Deutschland, Frankreich und Italien"): ids of their mentions."""
    preps = ex.ROLE_OF_PREPS.get(art.lang, set())
    found: set[int] = set()
    if not preps:
        return found
    states = sorted((m for m in art.mentions_in(sent, a, b) if m.kind == "state" and m.actor), key=lambda m: m.a)
    joiners = ex.COORDINATORS[art.lang]
    end = None
    for m in states:
        before = art.toks[m.a - 1] if m.a > 0 else None
        if before is not None and before.lower in preps and m.a >= 2 and (
                role_head(art.toks[m.a - 2]) or role_head_word(art.toks[m.a - 2].lower)):
            found.add(id(m))
            end = m.b
        elif end is not None and art.toks[end:m.a] and all(t.text == "," or t.lower in joiners
                                                            for t in art.toks[end:m.a]):
            found.add(id(m))
            end = m.b
        else:
            end = None
    return found


def _unnamed_holders_of_states(art: Article, sent: Sentence, a: int, b: int) -> list[Actor]:
    """German: the states of office holders named only by a demonym and a role noun in [a, b)
    ("den chinesischen Außenminister"; no name or capitalised word after it, no actor the phrase
    resolves to): an unnamed role holder is represented by the state (docs/annotation.md).
    Not English yet: "with Finnish and Polish ministers" made Poland meet in an older set."""
    found: list[Actor] = []
    if art.lang != "de":
        return found
    covered = {k for m in art.by_sent.get(sent.index, []) if m.actor is not None for k in range(m.a, m.b)}
    starts = {m.a for m in art.by_sent.get(sent.index, []) if m.kind in ("person", "desc")}
    for t in art.toks[a:b - 1]:
        code = demonym_code(t.text, art.lang)
        if code is None or t.i in covered or (art.lang == "de" and t.text[:1].isupper()):
            continue
        k = t.i + 1
        while k < b - 1 and art.toks[k].pos == "ADJ" and demonym_code(art.toks[k].text, art.lang) is None:
            k += 1  # "the Chinese foreign minister"
        role = art.toks[k]
        head = role_head(role) or role_head_word(role.lower)
        after = art.toks[k + 1] if k + 1 < len(art.toks) else None
        if not head and role.lower.endswith(ex.ENVOY_GROUP_ENDINGS.get(art.lang, ())) and role.text[:1].isupper() \
                and not any(m.actor is not None and m.kind == "person" and m.a > k
                            for m in art.mentions_in(sent, k + 1, min(b, k + 1 + ex.VISITOR_PHRASE_MAX))):
            # "eine chinesische Delegation traf in Berlin ein": a delegation with no named head
            # is represented by its state (docs/annotation.md); "unter Leitung von X": by X
            head = role.lower
        if not head or head in lx.ORG_NOUNS or k in covered or k + 1 in starts or k + 1 in covered \
                or (after is not None and after.text[:1].isupper()):
            continue  # a name after the role, even one the tagger missed, is the person
        state = art.reg.actor_for_state(code)
        if state not in found:
            found.append(state)
    return found


def _genitive_of_unnamed_holder(art: Article, sent: Sentence, m: Mention) -> bool:
    """A German state in the genitive right after a role noun that names nobody ("Der
    Präsident Frankreichs traf …", not "Präsident Frankreichs, Paul Morel")."""
    if m.kind != "state" or m.actor is None or art.lang != "de" or m.a < 1 or not m.text.endswith("s"):
        return False
    role = art.toks[m.a - 1]
    if not (role_head(role) or role_head_word(role.lower)):
        return False
    people = [x for x in art.by_sent.get(sent.index, []) if x.kind in ("person", "desc") and x.actor]
    if any(x.a <= role.i < x.b for x in people):
        return False
    after = art.toks[m.b:m.b + 2]
    return not (after and after[0].text == "," and any(x.a in (m.b + 1, m.b + 2) for x in people))


def _frames(art: Article, tok: Tok, a: int, preps: frozenset[str] | set[str] | None = None) -> bool:
    """A meeting noun after a framing preposition ("bei ihrem Treffen", "während der
    Gespräche", "beim Abendessen"; a meal also "over lunch"): what its clause tells happened
    there. `preps` replaces the framing prepositions (the passive's "in")."""
    if preps is None:
        preps = ex.FRAMING_PREPS_ANY
        if tok.lower in ex.MEAL_NOUNS.get(tok.lang, ()):
            preps = preps | ex.MEAL_FRAMING_PREPS.get(tok.lang, set())
    return any(t.lower in preps for t in art.toks[max(a, tok.i - ex.FRAME_GAP):tok.i])


def _subject_and_agent(art: Article, sent: Sentence, tok: Tok, b: int) -> list[Mention]:
    """The subject and the agent of a passive clause framed by a meeting noun ("At a meeting
    that day, he was told by Minister X …", "Bei dem Treffen wurde sie von X unterrichtet"):
    the one named or pointed to right before the passive auxiliary, or right after it (a title
    between), and the one after the agent's preposition (PASSIVE_WERDEN, AGENT_PREPS)."""
    lang = tok.lang
    aux = next((t for t in art.toks[tok.i + 1:b] if t.lower in ex.PASSIVE_WERDEN[lang]), None)
    agent = next((t for t in art.toks[tok.i + 1:b] if t.lower in ex.AGENT_PREPS[lang]
                  and aux is not None and t.i > aux.i), None)
    if agent is None:
        return []
    kinds = ("person", "desc", "pronoun")
    ms = art.mentions_in(sent, tok.i + 1, b)
    subject = next((m for m in ms if m.kind in kinds and (m.b == aux.i or aux.i < m.a <= aux.i + 3)), None)
    by = next((m for m in ms if m.kind in kinds and agent.i < m.a <= agent.i + 4), None)
    return [subject, by] if subject is not None and by is not None else []


def _framed_after(art: Article, sent: Sentence, tok: Tok) -> list[Actor]:
    """The participants named in a clause after the meeting noun's that opens with "wobei",
    "where", "bei dem" … (FRAME_RELATIVES), to the sentence's end."""
    end = sent.toks[-1].i + 1
    c = next((t.i + 1 for t in art.toks[tok.i:end] if t.text == ","), end)
    if c >= end:
        return []
    opening = " ".join(t.lower for t in art.toks[c:c + 3])
    if not any(opening == f or opening.startswith(f + " ") for f in ex.FRAME_RELATIVES[tok.lang]):
        return []
    found: list[Actor] = []
    for m in art.mentions_in(sent, c, end):
        if m.quoted or m.kind in ("place", "plural") or m.locative or is_modifier(art, m) or possessive(art, m):
            continue
        actor, _ = art.resolve(m, sent)
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def _joined_by(art: Article, sent: Sentence, start: int) -> list[Actor]:
    """Those a relative clause after the first comma from `start` has taking part ("…, an dem
    auch Z teilnahm", "…, which Z also attended")."""
    end = sent.toks[-1].i + 1
    c = next((t.i + 1 for t in art.toks[start:end] if t.text == ","), end)
    if c >= end or not any(t.lower in ex.JOIN_RELATIVES[t.lang] for t in art.toks[c:c + 3]):
        return []
    d = next((t.i for t in art.toks[c:end] if t.text in {",", ";"}), end)
    if not any(t.lower in ex.JOIN_WORDS[t.lang] for t in art.toks[c:d]):
        return []
    return [m.actor for m in art.mentions_in(sent, c, d) if m.actor and not m.locative
            and m.kind in ("person", "organization", "state") and not is_modifier(art, m)]


def _reciprocal(art: Article, m: Mention, clause_end: int) -> bool:
    """"sie haben sich getroffen": "sie" with a reciprocal "sich" is plural."""
    return any(t.lower in ex.RECIPROCAL_ANY for t in art.toks[m.b:clause_end])


def _both_countries(art: Article, sent: Sentence, a: int, b: int) -> list[Actor]:
    """Both sides of a "beider Länder" phrase: the last two persons of different countries
    with that role ("Außenminister" → "Bundesaußenministerin X", "Außenminister
    Y"), else the last two states named before."""
    role = both_countries_at(art, a, b)
    if role is None:
        return []
    stem = role[:-2] if role.endswith("in") else role
    persons: list[Actor] = []
    states: list[Actor] = []
    for m in reversed([m for m in art.reg.mentions if m.start < art.toks[a].start and not m.quoted]):
        actor = m.actor or getattr(m, "resolved", None)
        if actor is None:
            continue
        if actor.kind == "person" and stem and actor.country and stem.lower() in (actor.role or "").lower() \
                and actor not in persons and all(p.country != actor.country for p in persons):
            persons.append(actor)
        if actor.kind == "state" and actor not in states:
            states.append(actor)
    if len(persons) >= 2:
        return persons[:2]
    return states[:2] if len(states) >= 2 else []


def _plural_participants(art: Article, sent: Sentence, clause_start: int, n: int = 2,
                         role: str | None = None) -> list[Actor]:
    """"die beiden Politiker", "sie haben sich getroffen": the persons named just before in
    the sentence, else the two persons of the last meeting, else of the last sentences.
    With a role ("die beiden Präsidenten", "the two leaders") only persons who fit it;
    "the two governments" are no persons."""
    if role in ex.COUNTRY_NOUNS_ANY:
        return []
    stem = _role_stem(role)
    if stem:
        for ev in reversed(art.meeting_mentions):
            people = [p for p in ev.participants if p.kind == "person"]
            if len(people) == n and all(_fits_role(p, stem) for p in people):
                return people
        fitting = [p for p in art.reg.actors.values() if p.kind == "person" and _fits_role(p, stem)
                   and any(m.sent <= sent.index for m in p.mentions)]
        if len(fitting) == n:
            return fitting
    persons: list[Actor] = []
    for m in art.by_sent.get(sent.index, []):
        if m.a < clause_start and m.actor and m.actor.kind == "person" and m.actor not in persons:
            persons.append(m.actor)
    if len(persons) >= 2:
        return persons
    for ev in reversed(art.meeting_mentions):
        people = [p for p in ev.participants if p.kind == "person"]
        if len(people) == n:
            return people
    for k in range(sent.index - 1, max(-1, sent.index - 4), -1):
        persons = []
        for m in art.by_sent.get(k, []):
            actor = m.actor or getattr(m, "resolved", None)
            if actor and actor.kind == "person" and actor not in persons and not m.quoted:
                persons.append(actor)
        if len(persons) >= 2:
            return persons[:2]
    return []


def _role_stem(word: str | None) -> str | None:
    """The role a plural anaphor names ("Präsidenten" → präsident, "leaders" → leader)."""
    return next((s for s in ex.LEADER_STEMS_ANY + ex.OFFICE_STEMS_ANY if word and word.startswith(s)), None)


def _fits_role(actor: Actor, stem: str) -> bool:
    """Does the person fit "die beiden Präsidenten", "the two leaders", "ministers"?"""
    if stem in ex.LEADER_STEMS_ANY:
        return is_leader_role(actor.role)
    return stem in (actor.role or "").casefold()


def add_counterpart(art: Article, sent: Sentence, ev: Event) -> None:
    """A cancelled summit with one named side: the other states of the sentence
    ("X sagte den Gipfel ab, weil ... Nordkoreas")."""
    own = ev.participants[0].country
    for m in art.by_sent.get(sent.index, []):
        if m.kind == "state" and m.actor and m.country != own and m.actor not in ev.participants:
            ev.participants.append(m.actor)
            break


def _travels_to(art: Article, a: int, visited: Mention) -> bool:
    """A travel or visit word in the clause, and "to/nach" right before the capital."""
    words = {t.lower for t in art.toks[a:visited.a]}
    prep = art.toks[visited.a - 1].lower
    if prep in ex.TRAVEL_TO_ANY and words & (ex.TRAVEL_WORDS_ANY | ex.VISIT_WORDS_ANY):
        return True
    # "arrived in Fiji on Monday and was received by …": an arrival in a named state.
    return prep == "in" and visited.kind == "state" and bool(words & ex.ARRIVED_ANY)


def leaders_for_states(art: Article, ev: Event) -> None:
    """A summit is held by leaders: a state facing a person ("X sagte den Gipfel ab,
    weil ... Nordkoreas") is represented by its leader when the article names one. A summit
    the text gives between states ("zwischen Indien und Pakistan") stays theirs."""
    if not any(p.kind == "person" for p in ev.participants):
        return
    day = dt.date.fromisoformat(ev.date.value[:10]) if ev.date.value and ev.date.precision == "day" \
        else art.published
    for i, state in enumerate(ev.participants):
        if state.kind != "state" or not state.country:
            continue
        leader = leader_in_article(art.reg, state.country, day)
        if leader is not None and leader not in ev.participants:
            ev.participants[i] = leader


def leader_in_article(reg: Registry, country: str, day: dt.date) -> Actor | None:
    """The one person of the article who led `country` on `day`: by a head-of-state role
    and country in the text ("Präsident X" of Azerbaijan), else by the leaders table."""
    people = [a for a in reg.actors.values() if a.kind == "person"]
    by_text = [a for a in people if a.country == country and is_leader_role(a.role)]
    if len(by_text) == 1:
        return by_text[0]
    by_table = [a for a in people
                if (term := leaders.term_of([a.name, *a.forms], day)) and term.country == country]
    return by_table[0] if len(by_table) == 1 else None


def is_leader_role(role: str | None) -> bool:
    """"US-Präsident", "Prime Minister", "Machthaber": someone who holds summits."""
    return bool(role) and role.casefold().rsplit("-", 1)[-1] in lx.LEADER_ROLES


def _between_parties(art: Article, sent: Sentence, tok: Tok) -> list[Actor]:
    """The actors coordinated after "zwischen"/"between" that follows the meeting noun `tok`
    ("ein Treffen zwischen X und Y"), to the joiner before the last one. A phrase set off by
    commas after one of them is skipped, also past the clause's end ("a meeting between A,
    claiming to speak for X, and B": X is inside it); an actor counts only right after
    "between", a comma or a joiner (titles and articles between)."""
    joiners = ex.COORDINATORS.get(tok.lang, set())
    named: list[Actor] = []
    last = tok.i + 1
    for m in sorted(art.mentions_in(sent, tok.i + 2, sent.toks[-1].i + 1), key=lambda m: m.a):
        if not m.actor or m.locative or m.quoted or m.kind not in ("person", "state", "organization"):
            continue
        k = m.a - 1
        while k > last and opens_name(art.toks[k]):
            k -= 1
        lead = art.toks[k]
        if k != tok.i + 1 and lead.text != "," and lead.lower not in joiners:
            continue  # inside a phrase between two of them
        if len(named) >= 2 and any(t.text == "," for t in art.toks[last:m.a]):
            break  # the coordination after "zwischen" has ended
        named.append(m.actor)
        last = m.b
        if lead.lower in joiners:
            break  # the last one
    return named


def meeting_participants(art: Article, sent: Sentence, tok: Tok, clause: tuple[int, int],
                         subject_span: tuple[int, int] | None = None
                         ) -> tuple[list[Actor], str | None, Mention | None] | None:
    """The participants of the meeting `tok` reports in `clause`, its place and the capital
    or state visited; None when an arrival or a trip names nowhere to arrive at."""
    a, b = clause
    b = main_clause_end(art, tok, b)
    permitted = permit_before(art, sent, tok, a)
    if permitted is not None:
        a = permitted  # "X hat Y erlaubt, nach Z zu reisen": Y travels (see `permit_before`)
    occasion = _occasion_of(art, sent, tok)
    if occasion is not None:
        b = _including_end(art, sent, b)  # "…, darunter auch Präsident Y"
    ms = [m for m in art.mentions_in(sent, a, b) if not m.quoted]
    bare = is_noun(tok) and tok.lower not in ex.SUMMIT_NOUNS_ANY and not linked_noun(art, tok)
    pointed: dict[int, set[str]] = {}  # a pronoun's mention id → actors it is not
    if bare:
        # "Bei ihrem Treffen in Warschau vereinbarten A und B …": a meeting noun that frames
        # its clause has the clause's coordinated actors; otherwise it only refers back.
        run = coordinated(art, sent, a, b) if _frames(art, tok, a) else []
        if not run and (_frames(art, tok, a) or _frames(art, tok, a, ex.PASSIVE_FRAMING_PREPS[tok.lang])):
            # "At a meeting, X was told by Y that …" (the framing phrase may be a clause of its own)
            run = _subject_and_agent(art, sent, tok, max(b, sent.toks[-1].i + 1))
            if run and run[0].kind == "pronoun":
                # "he was told by X": the pronoun points back, not to X or anyone named after
                # it in the sentence (who may speak there)
                later = {x.actor.key for x in art.by_sent.get(sent.index, []) if x.a > run[0].a and x.actor}
                pointed = {id(run[0]): later}
        if run and run[0].a > tok.i and all(opens_name(t) for t in art.toks[tok.i + 1:run[0].a]):
            run = []  # "bei einem Besuch des Ministers A und des Botschafters B": who visits, not who meets
        ms = run + [m for m in ms if m.locative or m.kind == "place"]
    people: list[Actor] = []
    trip_at = trip_traveller_at(art, tok)
    if trip_at is not None:
        # "wird X den Präsidenten auf seiner Reise nach Chile begleiten": the traveller and
        # where the trip goes; whoever else the clause names only goes along.
        traveller = _traveller(art, sent, tok, trip_at)
        people = [traveller] if traveller is not None else []
        ms = [m for m in ms if m.kind == "place" or m.locative]
    role_states: list[Actor] = []  # "die Außenminister Frankreichs, Italiens und Spaniens"
    # "At a meeting with X, Y said …", "Bei einem Treffen mit X sagte Y":
    # the one who speaks after the framing phrase took part.
    # "At a joint news conference with X, Y said", "After meeting X, Y said"
    framed = (is_noun(tok) or joint_noun(art, tok) or tok.tag in ex.PARTICIPLE_CLAUSE_TAGS[tok.lang]) \
        and _frames(art, tok, a)
    place, visited = None, None
    plural, plural_role, plural_object = False, None, False
    ante = _relative_antecedent(art, sent, a)
    not_them = {ante.key} if ante is not None else frozenset()  # "X, der ihn besuchte": ihn ≠ X
    of_role = _states_of_role(art, sent, a, b)
    partners: set[str] = set()  # named only as the one met, after "mit"/"with"
    envoy_end: int | None = None  # end of the last state of "envoys from A, B and C"
    for m in ms:
        if id(m) in of_role:
            if m.actor is not None and m.actor not in role_states:
                role_states.append(m.actor)
            continue
        if m.kind == "plural":
            plural = True
            width = 1 if art.toks[m.a].lower == "beide" else 2
            plural_role = art.toks[m.a + width].lower if m.a + width < len(art.toks) else None
            plural_object = m.a > tok.i  # after the verb: the ones met, not the ones meeting
            continue
        if m.kind == "state" and m.actor is not None and _envoys_from(art, m, envoy_end):
            if m.actor not in people:
                people.append(m.actor)  # "Delegations from Russia and Ukraine met", as "Representatives of …"
            envoy_end = m.b
            continue
        if m.kind == "place" or m.locative:
            if (m.capital or m.kind == "state") and m.country and visited is None:
                visited = m
            if place is None and (art.toks[m.a - 1].lower in lx.LOCATIVE or m.capital):
                if art.toks[m.a - 1].lower not in lx.ORIGIN:
                    place = m.text
            continue
        if m.kind == "pronoun" and tok.lower in ex.SUMMIT_NOUNS_ANY:
            continue
        if not is_noun(tok) and m.b <= tok.i and art.toks[a].lower in ex.ADVERBIAL_PREPS.get(tok.lang, ()):
            continue  # "Nach Übungen der USA und Guyanas traf X …": the phrase before the verb says when
        if is_modifier(art, m) or _describes_person_before(art, m) or _genitive_of_thing(art, m):
            if m.kind == "state" and m.actor and m.actor not in role_states:
                role_states.append(m.actor)
            continue
        if m.kind == "state" and m.b < len(art.toks) and art.toks[m.b].lower in ex.PRIVATE_PERSON_NOUNS_ANY:
            continue  # "a U.S. citizen": a private person, not the state
        if possessive(art, m):
            continue  # "her Ethiopian counterpart met X": the owner is not a participant
        if m.kind in ("state", "organization") and _agreement_party(art, m):
            continue  # "Verhandlungen über ein Abkommen zwischen der EU und Kanada": the treaty's
        if m.kind in ("state", "organization") and _target_of_noun(art, m):
            continue  # "ein Luftangriff auf den Iran": the target of what the noun names
        if m.kind in ("state", "organization") and _after_topic_word(art, m):
            continue  # "sprachen über die Ukraine", "talks on the Teesta": the topic
        if _in_frame_name(art, m, a):
            continue  # "on the sidelines of the General Assembly": the frame, not a participant
        if occasion is not None and _mourned(art, occasion) \
                and _owner_after(art, occasion.i, m, ex.MOURNED_LINKS.get(tok.lang, ())):
            continue  # "attended the funeral of former President X": X meets no one
        if m.kind == "organization" and (_venue(art, m) or _welcomed_to(art, m, tok)):
            continue  # "at Parliament House", "at an African Union meeting": where, not who
        if _reports_it(art, sent, m, tok):
            continue  # "Wie das Ministerium mitteilte, werden A und B …": the source
        if m.a > tok.i and m.b < len(art.toks) and art.toks[m.b].lower in ex.SPEECH[art.lang] \
                and (art.lang == "en" or art.toks[m.a - 1].text == ",") and not framed:
            continue  # "… has been called off, the Lithuanian presidency said": the source
        met = m.kind == "pronoun" and m.a > tok.i and art.toks[m.a].lower in ex.MET_PRONOUNS[tok.lang]
        actor, _ = art.resolve(m, sent, (not_them | {p.key for p in people} if met else not_them)
                               | pointed.get(id(m), set()))
        if m.kind == "pronoun" and art.toks[m.a].lower == "sie" and _reciprocal(art, m, b):
            plural = True
            continue
        if actor and actor not in people:
            people.append(actor)
            if _partner_after_with(art, m):
                partners.add(actor.key)
    # "ein Treffen zwischen X und Y": those after "zwischen" are the participants.
    if is_noun(tok) and tok.i + 1 < b and art.toks[tok.i + 1].lower in ex.BETWEEN_ANY:
        named = _between_parties(art, sent, tok)
        if len(set(named)) >= 2:
            people = list(dict.fromkeys(named))
    elif tok.lower in ex.MUTUAL_TALK_VERBS.get(tok.lang, ()) and (z := between_parties_at(art, sent, tok)) is not None:
        # "Die Regelung wurde zwischen A, B und C verhandelt": those after "zwischen" negotiated
        named = _between_parties(art, sent, art.toks[z - 1])
        if len(set(named)) >= 2:
            people = list(dict.fromkeys(named))
    # A state object of "besucht": "besucht ... X Pjöngjang"; of an invitation to visit: the
    # host is named ("was invited by X to visit <capital>").
    if tok.lower in ex.VISIT_WORDS_ANY or tok.lower in ex.INVITE_VERBS_ANY:
        for m in ms:
            if m.kind == "state" and m.actor and len(people) >= 2 and m.actor in people:
                people.remove(m.actor)
                visited = visited or m
                place = place or m.text
    if len(people) < 2 and is_noun(tok) and art.toks[tok.i - 1].lower in ex.AFTER_ANY:
        # "X and Y agreed … after talks": the coordinated subject before.
        subj = [m.actor for m in art.by_sent.get(sent.index, []) if m.b <= a and m.actor
                and m.actor.kind == "person" and not m.quoted]
        if len(subj) == 2 and any(art.toks[k].lower in ex.AND_ANY for k in range(a - 40 if a > 40 else 0, a)):
            people = subj
    if subject_span and len(people) == 1:
        # "…, followed by a meeting with Y": the subject of the first half meets again.
        for m in art.mentions_in(sent, *subject_span):
            actor, _ = art.resolve(m, sent) if m.kind in ("person", "pronoun", "desc") else (None, "")
            if actor is not None and actor.kind == "person" and actor not in people:
                people.insert(0, actor)
                break
    if plural and len(people) < 2:
        n = 3 if any(art.toks[k].lower in ex.THREE_ANY for k in range(a, b)) else 2
        group = _plural_participants(art, sent, a, n, plural_role)
        if group and people and people[0] not in group and plural_object:
            # "empfing … X beide Delegationsleiter": the host and the two.
            people = people + [p for p in group if p not in people]
        else:
            people = group or people
    if not people and len(role_states) >= 2 and not is_noun(tok):
        # "Die Außenminister Frankreichs, Italiens und Spaniens trafen sich", "the foreign
        # ministers of Chile, Peru and Colombia met": no one named, the states meet
        people = role_states
    elif role_states and people and all(p.kind == "state" for p in people) and not is_noun(tok):
        # "Die Außenminister Russlands und der Ukraine trafen sich", "Vertreter Russlands und
        # der Ukraine kamen zusammen": the holders of the first state's office meet too
        people = [s for s in role_states if s not in people] + people
    elif len(people) == 1 and people[0].kind == "person" and not is_noun(tok):
        # "Der Präsident von Frankreich traf Kanzler X": an unnamed office holder of a state
        # is represented by the state.
        unnamed = [m for m in ms if id(m) in of_role or _genitive_of_unnamed_holder(art, sent, m)]
        for m in unnamed[:1]:
            if m.actor not in people and m.actor.country != people[0].country:
                people.append(m.actor)
    if len(people) == 1 and not is_noun(tok):
        guest = _guest_pointed_back(art, sent, tok, b, people)
        if guest is not None:
            people.append(guest)  # "empfing den Gast", "received the visiting minister"
    for state in [] if bare else _unnamed_holders_of_states(art, sent, a, b):
        if state not in people:
            people.append(state)  # "empfing den chinesischen Außenminister": China
    if len(people) < 2:
        people = _both_countries(art, sent, a, b) or people
    if ante is not None and ante not in people:
        people.insert(0, ante)  # "X, who visited Seoul last week", "X, der ihn in Rom besuchte"
    if visited is None:
        visited = _capital_by_demonym(art, sent, a, b)  # "flog in die kenianische Hauptstadt"
        place = place or (visited.text if visited is not None else None)
    arrival = tok.lower in ex.ARRIVE_WORDS_ANY or tok.lower in ex.TRAVEL_WORDS_ANY
    if arrival and (visited is None or art.toks[visited.a - 1].lower not in ex.ARRIVAL_PREPS_ANY):
        # "Fiji expected action": no place to arrive at, so no visit; a meeting noun or
        # verb in the clause still counts ("zu Gesprächen mit ... erwartet").
        linked = [t for t in art.toks[a:b] if t.i != tok.i and (t.lower in ex.MEET_VERBS.get(t.lang, {})
                  or (is_noun(t) and linked_noun(art, t)))]
        if not linked:
            return None
    if len(people) == 1 and visited is not None and visited.country and tok.lower not in ex.FRAME_NOUNS_ANY \
            and visited.country not in dependent_territories() and people[0].key not in partners:
        # "in Hong Kong": a place, not a host; a summit or conference in a capital, "am
        # Gipfeltreffen in Brüssel", is no visit to the state that hosts it; nor is "…, die
        # sich in Washington mit X trifft" with the one who meets X unknown: X is no visitor.
        state = art.reg.actor_for_state(visited.country)
        if state not in people and state.country != people[0].country:
            people.append(_government_of_purpose(art, sent, b, visited.country) or state)
            place = place or visited.text
    if len(people) < 2 and is_noun(tok):
        for actor in _framed_after(art, sent, tok):
            if actor not in people:
                people.append(actor)  # "eine Verhandlungsrunde soll … stattfinden, wobei X mit Y …"
    for actor in _joined_by(art, sent, tok.i):
        if len(people) >= 2 and actor not in people:
            people.append(actor)  # "ein Treffen zwischen X und Y, an dem auch Z teilnahm"
    group = group_of(art, tok) or group_holders(art, a, b)
    if group is not None:
        # "beim G8-Gipfel": the member states, each unless a person of it is named
        people = [p for p in people if p.kind == "person"] + \
            [art.reg.actor_for_state(code) for code in ex.GROUP_MEMBERS[group]]
        office = _group_office(art, a, b) if group_of(art, tok) is None else None
        if office:
            # "die Finanzminister der G7 …": the one minister of a member state the article names
            people = [_office_holder(art, p.country, office) or p if p.kind == "state" else p for p in people]
    person_countries = {p.country for p in people if p.kind == "person" and p.country}
    if sum(p.kind == "person" for p in people) >= 1:
        people = [p for p in people if not (p.kind == "state" and p.country in person_countries)]
    if occasion is not None and not _mourned(art, occasion):
        owner = _occasion_owner(art, sent, occasion)
        if owner is not None and owner not in people:
            people.insert(0, owner)  # "die Vereidigung des Ministers X … Bei der Vereidigung war auch Y"
    if arrival and len(people) < 2:
        return None
    return people, place, visited


def _group_office(art: Article, a: int, b: int) -> str | None:
    """The office of a group's holders in [a, b) as a singular stem ("Finanzminister" →
    "finanzminister", "G7 foreign ministers" → "foreign minister"), None when it is not told."""
    from .triggers import _group_holders_span
    found = _group_holders_span(art, a, b)
    if found is None:
        return None
    nouns = ex.GROUP_OFFICE_NOUNS.get(art.lang, ())
    for t in art.toks[found[1]:found[2] + 1]:
        word = t.lower.rpartition("-")[2]
        end = next((n for n in nouns if word.endswith(n)), None)
        if end is not None:
            stem = word[:len(word) - len(end)] + end.rstrip("ns") if art.lang == "de" else word.rstrip("s")
            if art.lang == "en" and t.i > found[1] and art.toks[t.i - 1].pos in ("ADJ", "NOUN"):
                stem = f"{art.toks[t.i - 1].lower} {stem}"  # "finance ministers", "foreign ministers"
            return stem
    return None


def _office_holder(art: Article, code: str | None, office: str) -> Actor | None:
    """The one person of the article of state `code` who holds `office`: by the role, or by
    the title written before a mention of the name (OFFICE_TITLES for national titles)."""
    if not code:
        return None
    titles = (office, *ex.OFFICE_TITLES.get(art.lang, {}).get(office, ()))
    found = []
    for actor in art.reg.actors.values():
        if actor.kind != "person" or actor.country != code:
            continue
        written = {(actor.role or "").casefold()} | {
            " ".join(t.lower for t in art.toks[max(0, m.a - 4):m.a]) for m in actor.mentions if m.a > 0}
        if any(title in w for title in titles for w in written):
            found.append(actor)
    return found[0] if len(found) == 1 else None


def permit_before(art: Article, sent: Sentence, tok: Tok, a: int) -> int | None:
    """A trip or meeting in an infinitive clause after a verb of leave (PERMIT_VERBS: "Die
    Regierung hat dem Berichterstatter X erlaubt, nach China einzureisen", "The government
    allowed X to meet Y"): the first token of the one allowed, named between the verb and the
    comma or the infinitive mark that opens the clause (None when there is no such verb or no
    one named there). Those before it gave the leave and take no part."""
    if tok.i == 0 or tok.pos not in ("VERB", "AUX") and tok.lower not in ex.TRAVEL_WORDS_ANY:
        return None
    verbs = ex.PERMIT_VERBS.get(tok.lang, set())
    verb = next((t for t in art.toks[a:tok.i] if t.lower in verbs), None)
    if verb is None:
        return None
    comma = next((t.i for t in reversed(art.toks[verb.i:tok.i]) if t.text == ","), None)
    mark = ex.INFINITIVE_MARKS.get(tok.lang)
    opening = next((t.i for t in art.toks[verb.i + 1:tok.i] if t.lower == mark), None)
    if comma is not None:  # the subject comes first: "Die Regierung hat dem X erlaubt", "Dem X wurde erlaubt"
        allowed = art.mentions_in(sent, a, comma)
    elif opening is not None:  # "allowed X to travel"
        allowed = art.mentions_in(sent, verb.i + 1, opening)
    else:
        return None
    allowed = [m for m in allowed if m.kind in ("person", "desc") and m.actor is not None]
    return allowed[-1].a if allowed else None


def _occasion_of(art: Article, sent: Sentence, tok: Tok) -> Tok | None:
    """The occasion noun of a word of presence or of taking part (`tok`) in its clause."""
    if tok.lower in ex.PRESENT_WORDS.get(tok.lang, ()):
        a, b = art.clause_of(sent, tok.i)
        ends = ex.OCCASION_ENDINGS.get(tok.lang, ())
        return next((t for t in art.toks[a:b] if t.pos in ("NOUN", "PROPN") and t.lower.endswith(ends)), None)
    if tok.lower in ex.PARTICIPATE_VERBS.get(tok.lang, {}):
        return occasion_taken_part_in(art, sent, tok)
    return None


def _mourned(art: Article, occasion: Tok) -> bool:
    """A funeral or burial (MOURNING_ENDINGS): its own person is no participant."""
    return occasion.lower.endswith(ex.MOURNING_ENDINGS.get(occasion.lang, ()))


def _including_end(art: Article, sent: Sentence, b: int) -> int:
    """The end of a clause "…, darunter Y" / "…, including Y" right after the one ending at
    `b`, else `b`: those it names are among the ones present."""
    end = sent.toks[-1].i + 1
    k = b - 1 if b - 1 < end and art.toks[b - 1].text == "," else b
    if k + 1 >= end or art.toks[k].text != "," or art.toks[k + 1].lower not in ex.INCLUDING.get(art.lang, ()):
        return b
    return art.clause_of(sent, k + 1)[1]


def _occasion_owner(art: Article, sent: Sentence, noun: Tok) -> Actor | None:
    """The person whose occasion `noun` is, when the clause does not name him or her: the
    noun with its definite article refers back to the same noun with a person in its genitive
    (or after "von") earlier in the article ("Die Vereidigung Garcías …", "die Amtseinführung
    des Präsidenten X"; OCCASION_OF)."""
    if noun.i == 0 or not any(t.lower in ex.DEFINITE_ANY for t in art.toks[max(0, noun.i - 3):noun.i]):
        return None
    for m in art.mentions_in(sent, noun.i + 1, noun.i + 2 + ex.VISITOR_PHRASE_MAX):
        if _owner_after(art, noun.i, m):
            return None  # named here, in the clause's own phrase
    links = ex.OCCASION_OF.get(noun.lang, ())
    for t in reversed(art.toks[:noun.i]):
        if t.lower != noun.lower:
            continue
        s = art.sent_at(t.start)
        if s is None:
            continue
        for m in sorted(art.mentions_in(s, t.i + 1, t.i + 2 + ex.VISITOR_PHRASE_MAX), key=lambda m: m.a):
            actor = m.actor or getattr(m, "resolved", None)
            if actor is not None and actor.kind == "person" and _owner_after(art, t.i, m, links):
                return actor
    return None


def _owner_after(art: Article, i: int, m: Mention, links=()) -> bool:
    """The person mention `m` is the genitive of the noun at `i`: right after it ("die
    Vereidigung Garcías"), or after a link and words that open a name ("der Vereidigung des
    neuen Ministers X")."""
    if m.kind not in ("person", "desc") or m.a <= i:
        return False
    gap = art.toks[i + 1:m.a]
    return not gap or (gap[0].lower in (links or ex.OCCASION_OF.get(art.toks[i].lang, ()))
                       and all(opens_name(t) for t in gap[1:]))


def _envoys_from(art: Article, m: Mention, envoy_end: int | None) -> bool:
    """Is the state named after an envoy noun and "from"/"aus" ("Delegations from Russia",
    "Unterhändler aus Russland"), or coordinated with such a state ("… and Ukraine")?"""
    if envoy_end is not None and all(t.text == "," or t.lower in ex.COORDINATORS[art.lang]
                                     or t.lower in lx.ORIGIN_BY_LANG[art.lang] or t.pos == "DET"
                                     for t in art.toks[envoy_end:m.a]):
        return True
    k = m.a - 1
    while k > 0 and art.toks[k].pos == "DET":
        k -= 1  # "aus der Ukraine"
    return k > 0 and art.toks[k].lower in lx.ORIGIN_BY_LANG[art.lang] \
        and art.toks[k - 1].lower in ex.ENVOYS_FROM[art.lang]


def _partner_after_with(art: Article, m: Mention) -> bool:
    """Is the mention the one met, after "mit"/"with" and at most a few words of its
    own ("mit ihrem Amtskollegen X", "with his counterpart X", "with X")?"""
    for k in range(m.a - 1, max(m.a - 5, 0) - 1, -1):
        t = art.toks[k]
        if t.lower in ex.TALK_WITH[t.lang]:
            return True
        if t.pos in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ"):
            return False
    return False


def _capital_by_demonym(art: Article, sent: Sentence, a: int, b: int) -> Mention | None:
    """A capital named by its state's adjective after a preposition of arrival ("in die
    kenianische Hauptstadt", "to the Kenyan capital", CAPITAL_NOUNS): a place mention of the
    capital with the state's code, from the article on."""
    lang = art.lang
    for t in art.toks[a + 2:b - 1]:
        noun = art.toks[t.i + 1]
        if noun.lower not in ex.CAPITAL_NOUNS[lang] or art.toks[t.i - 1].lower not in ex.CAPITAL_ARTICLES[lang] \
                or art.toks[t.i - 2].lower not in ex.ARRIVAL_PREPS[lang]:
            continue
        code = demonym_code(t.text, lang)
        if code is not None:
            first = art.toks[t.i - 1]
            return Mention(first.start, noun.end, first.i, noun.i + 1, art.text[t.start:noun.end], "place",
                           sent.index, country=code, capital=True, locative=True)
    return None


def _government_of_purpose(art: Article, sent: Sentence, b: int, code: str) -> Actor | None:
    """The government of the state `code` as the object of the clause of purpose that follows
    the trip's clause ending at `b` ("…, um die Regierung zu drängen"; HOST_GOVERNMENT_NOUNS):
    the article's body of that state named by the noun, if it has one."""
    purpose = ex.PURPOSE_WORDS.get(art.lang, set())
    if b > sent.toks[-1].i or art.toks[b].lower not in purpose:
        return None
    end = next((t.i for t in art.toks[b:sent.toks[-1].i + 1] if t.text == ","), sent.toks[-1].i + 1)
    nouns = ex.HOST_GOVERNMENT_NOUNS[art.lang]
    if not any(t.lower in nouns for t in art.toks[b:end]):
        return None
    for m in art.mentions_in(sent, b, end):
        if m.actor is not None and m.actor.kind == "organization" and m.actor.country == code:
            return m.actor  # "um die kenianische Regierung zu …", or the bare noun its alias
    return next((x for x in art.reg.actors.values() if x.kind == "organization" and x.country == code
                 and x.name.split()[-1].lower() in nouns), None)


def _guest_pointed_back(art: Article, sent: Sentence, tok: Tok, b: int, people: list[Actor]) -> Actor | None:
    """The person a guest noun after the trigger points back to (GUEST_NOUNS: "empfing den
    Gast", "hieß seinen ehemaligen Gegner willkommen", "received the visiting minister"): the
    one named last before the sentence, at most GUEST_REACH sentences back, not in `people`."""
    lang = tok.lang
    covered = {k for m in art.by_sent.get(sent.index, []) if m.actor is not None for k in range(m.a, m.b)}
    for t in art.toks[tok.i + 1:b]:
        if t.i in covered or t.pos not in ("NOUN", "PROPN"):
            continue
        k = t.i - 1
        while k > tok.i and art.toks[k].pos == "ADJ" and art.toks[k].lower not in ex.GUEST_MARKS[lang]:
            k -= 1
        marked = art.toks[k].lower in ex.GUEST_MARKS[lang] and (role_head(t) or role_head_word(t.lower))
        if marked:
            k -= 1
        if not (t.lower in ex.GUEST_NOUNS[lang] or marked) or art.toks[k].lower not in ex.GUEST_DETERMINERS[lang]:
            continue
        first = art.sents[max(0, sent.index - ex.GUEST_REACH)].start
        for m in reversed(art.reg.mentions):
            if first <= m.start < sent.start and m.actor is not None and m.actor.kind == "person" \
                    and not m.quoted and m.actor not in people:
                return m.actor
        return None
    return None


def _traveller(art: Article, sent: Sentence, tok: Tok, at: int) -> Actor | None:
    """Who makes the trip `tok` names: the owner of the possessive at `at` ("seiner Reise":
    the nearest person before, or failing his or her gender the nearest of the possessive's
    gender), or the first actor of the genitive that starts at `at` ("die Reise der
    Ministerin X nach Kenia")."""
    if possessive_stem(art.toks[at]) is not None:
        owner = possessive_owner(art, sent, at)
        if owner is None and at == sent.toks[0].i + 1:
            # "During her journey to Chile, Minister X said …": the phrase that opens the
            # sentence points forward to the first person after its comma
            comma = next((t.i for t in art.toks[tok.i:sent.toks[-1].i] if t.text == ","), None)
            after = [m for m in art.by_sent.get(sent.index, []) if comma is not None and m.a > comma
                     and m.actor is not None and m.actor.kind == "person"]
            owner = min(after, key=lambda m: m.a).actor if after else None
        return owner
    found = [m for m in art.mentions_in(sent, at, tok.i + 1 + ex.VISITOR_PHRASE_MAX) if m.actor
             and not m.locative and m.kind in ("person", "desc", "organization", "state")]
    return found[0].actor if found else None


def further_destinations(art: Article, sent: Sentence, ev: Event, visited: Mention | None) -> list[Event]:
    """A visit to several states named together ("auf seiner Reise nach Peru und Chile"):
    one more visit for each state or capital coordinated after the one visited."""
    if visited is None or len(ev.participants) != 2 or ev.participants[0].kind != "person" \
            or ev.participants[1].country != visited.country or ev.participants[1].kind != "state":
        return []
    found: list[Event] = []
    end = visited.b
    later = sorted((m for m in art.by_sent.get(sent.index, []) if m.a >= end), key=lambda m: m.a)
    for m in later:
        between = art.toks[end:m.a]
        # "nach Kanada und in die USA": the preposition again, with an article, after the joiner
        if not between or not (between[0].text == "," or between[0].lower in ex.AND_ANY) or not all(
                t.text == "," or t.lower in ex.AND_ANY or t.lower in ex.VISIT_TO_ANY or t.lower in lx.DETERMINERS
                for t in between):
            break
        if not (m.kind == "state" or m.capital) or not m.country or m.country in dependent_territories():
            break
        state = art.reg.actor_for_state(m.country)
        if state not in ev.participants and all(state not in e.participants for e in found):
            found.append(Event("meeting", ev.sent, ev.evidence, ev.date, [ev.participants[0], state],
                               place=m.text, status=ev.status))
        end = m.b
    return found


def trip_visit(art: Article, a: int, ev: Event, visited: Mention | None) -> Event | None:
    """A trip to a capital or state to meet someone of that state ("will travel to <capital>
    on Friday to meet President X") is a visit to the state as well as the meeting; a trip to
    an organisation's seat to meet its head is not."""
    people = ev.participants
    if len(people) >= 2 and visited is not None and visited.country and people[0].kind == "person" \
            and visited.country not in dependent_territories() \
            and people[0].country != visited.country and _travels_to(art, a, visited) \
            and (visited.kind == "state" or any(p.country == visited.country for p in people[1:])):
        state = art.reg.actor_for_state(visited.country)
        if state not in people:
            return Event("meeting", ev.sent, ev.evidence, ev.date, [people[0], state],
                         place=visited.text, status=ev.status)
    return None
