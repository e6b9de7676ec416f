"""The mention collection: `collect` reads the article's cleaned entities and decides each
one's kind (person, organisation, state, place), runs the finders of descriptions, bodies,
ministries, name anaphors and pronouns, drops the page's footer and reference numbers, and
resolves the mentions, in reading order, into a `Registry`."""
from __future__ import annotations

import datetime as dt

from .. import gazetteer
from .. import lexicon as lx
from ..text import Sentence, Tok, in_quote
from .bodies import (_at_venue, _attribute_of_noun, _bodies, _bodies_of_organisations,
                     _body_after_state, _body_word_of_title, _genitive_states, _governments,
                     _ministries, _name_anaphors, _name_goes_on, _name_ministries, _owner_offices,
                     _places_in_names, _purpose_bodies, _purpose_name_goes_on, _qualify_bodies)
from .descriptions import _apposition_roles, _descriptions, _plural_title_roles
from .entities import (_SHIP, _SKIP_LABELS, _clean_ents, _inside_name, _organization_by_context,
                       _person_by_context, _title_of_place)
from .model import Mention, _quoted, _strip_article, _surface
from .names import (_ELIDED_PARTICLE, _name_words, _nominative_de, _person_handles,
                    _propagate_names, _spelt_out, abbreviation, short_form)
from .public import (_medium_apposition, _medium_before, _non_public, _occupation,
                     _public_org_words, company_office, non_actor, private_person)
from .registry import Registry
from .roles import _title_words, _titles, role_head
from .states import (_after_place, _before_its_region, _capital_acts, _capital_codes,
                     _counterpart_country, _demonym_opens_name, _federal_state,
                     _listed_after_place, _locative, _origin, _place_name, _place_name_end,
                     _state_by_context, _state_follows, _titled_state_name, demonym_code)


def _in_reference_number(toks: list[Tok], m: Mention) -> bool:
    """"Richtlinie 2014/52/EU", "Regulation (EU) 2016/679": an organisation's abbreviation in
    the number of a legal act is part of the number, no mention of the organisation."""
    if m.kind != "organization" or m.b - m.a != 1:
        return False
    before = toks[m.a - 2:m.a] if m.a >= 2 else []
    after = toks[m.b:m.b + 2]
    return (len(before) == 2 and before[1].text == "/" and before[0].text[-1:].isdigit() and not before[1].space
            and not toks[m.a - 1].space) or (
        m.a >= 1 and toks[m.a - 1].text == "(" and len(after) == 2 and after[0].text == ")"
        and after[1].text[:1].isdigit() and "/" in after[1].text)


def _footer_start(toks: list[Tok], lang: str) -> int:
    """Where the page's footer begins ("Kommentar abgeben" in the second half of the text,
    ``lexicon.FOOTER_MARKS``): what follows is no text of the article."""
    for mark in lx.FOOTER_MARKS.get(lang, ()):
        n = len(mark)
        for i in range(len(toks) // 2, len(toks) - n + 1):
            if tuple(t.text for t in toks[i:i + n]) == mark:
                return toks[i].start
    return toks[-1].end + 1 if toks else 0


def _seat_of_body(toks: list[Tok], m: Mention) -> bool:
    """A name that ends like a street but is a body's seat known to the institutions table
    ("Downing Street said …"), not used as a place ("in der Downing Street", "outside
    Downing Street" after a locative word)."""
    return m.text in gazetteer.institution_ids() and not _locative(toks, m.a)


def collect(segments, toks: list[Tok], sents: list[Sentence], quotes, lang: str,
            entity_info, published: dt.date | None = None) -> Registry:
    """Mentions of the article, resolved to actors (`published`: the article's date, on
    which the table of leaders says who holds an office)."""
    reg = Registry(lang, published)
    tok_at = {t.start: t.i for t in toks}
    handles = any(t.text[:1] == "@" for t in toks)  # an account's handle is rare: look only then
    sent_of = {t.i: s.index for s in sents for t in s.toks}
    raw: list[tuple[Mention, str | None]] = []
    taken: set[int] = set()
    state_bodies: set[int] = set()
    media: set[str] = set()  # names of media taken for persons

    def mention(a: int, b: int, kind: str, **kw) -> Mention:
        return Mention(toks[a].start, toks[b - 1].end, a, b, _surface(toks, a, b), kind,
                       sent_of.get(a, 0), quoted=_quoted(toks, a, b, quotes), **kw)

    for seg in segments:
        doc = seg.doc
        titles = {(s.start, s.end) for s in doc.spans.get("titles", [])}
        ents = _clean_ents(doc, titles)
        person_starts = {tok_at.get(seg.start + e.start_char) for e in ents if e.label_ in ("PER", "PERSON")
                         and not any(t.lower_ in _public_org_words(lang) for t in e)}
        org_starts = {tok_at.get(seg.start + e.start_char) for e in ents if e.label_ == "ORG"}
        for ent in ents:
            info = entity_info(ent)
            titled = 0
            if info.kind == "place" and not ent.ent_id_ and (code := _state_by_context(doc, ent, lang)):
                info = type(info)("state", code, False, None, None)  # "Beziehungen zu Amerika"
            if ent.label_ in ("PER", "PERSON") and _titled_state_name(doc, ent):
                continue
            if ent.label_ in ("PER", "PERSON") and info.kind != "person":
                # A joined span ("Ana" + "Lima") has the capital's id on its root token.
                info = type(info)("person", None, False, None, None)
            if info.kind == "organization" and (n := _title_words(ent)) \
                    and all(lx.NAME_TOKEN.match(t.text) for t in ent[n:]) \
                    and not any(t.lower_ in _public_org_words(lang) for t in ent[n:]):  # "General Assembly"
                # "Presidential Spokesperson Harry Roque" tagged as an organisation
                info = type(info)("person", None, False, _titles()[ent[:n].text.lower()], None)
                titled = n
            if info.kind in ("organization", "place") and info.org_id is None and not ent.ent_id_ and ent.start > 0 \
                    and doc[ent.start - 1].lower_ in _titles() and len(ent) >= 2 \
                    and all(lx.NAME_TOKEN.match(t.text) for t in ent) \
                    and not any(t.lower_ in _public_org_words(lang) for t in ent):
                # "President Hage Geingob" tagged as an organisation: a title names a person
                info = type(info)("person", info.country, False, _titles()[doc[ent.start - 1].lower_], None)
            if lang == "en" and info.kind == "person" and not info.role and not ent.ent_id_ \
                    and (role := _title_of_place(doc, ent)):
                # "First Minister of Scotland Nicola Sturgeon": the title before its place
                info = type(info)("person", info.country, False, role, None)
            if lang == "en" and info.kind == "organization" and info.org_id is None and not ent.ent_id_ \
                    and _person_by_context(doc, ent):
                info = type(info)("person", info.country, False, None, None)
            elif lang == "en" and info.kind == "person" and not ent.ent_id_ and _organization_by_context(doc, ent):
                if doc[ent.start - 1].lower_ in lx.PRIVATE_ORG_KIND_NOUNS["en"]:
                    continue  # "the company Cultura Viva": no actor of public affairs
                info = type(info)("organization", info.country, False, None, None)
                if ent.start > 1 and doc[ent.start - 1].lower_ in _titles() and doc[ent.start - 1].text[:1].isupper() \
                        and not doc[ent.start - 1].is_sent_start:
                    titled = -1  # "the General | Services Administration": the title word opens the name
            if info.kind == "organization" and ent.text in _capital_codes(lang):
                info = type(info)("place", _capital_codes(lang)[ent.text], True, None, None)
            a = tok_at.get(seg.start + ent.start_char)
            b = tok_at.get(seg.start + ent[-1].idx)
            if a is None or b is None:
                continue
            b += 1
            if ent.label_ == _SHIP:
                taken.update(range(a, b))  # no later name search takes the ship's words
                continue
            if info.kind in ("demonym", "other") or ent.label_ in _SKIP_LABELS:
                continue
            if info.kind == "organization" and not ent.ent_id_ and b - a == 1 and "-" in toks[a].text \
                    and toks[a].text.split("-")[-1].lower() in lx.ROLE_NOUNS_BY_LANG.get(lang, ()):
                continue  # "der AfD-Obmann": a person's role, the party's name in it
            if info.kind == "organization" and b < len(toks) and toks[b].lower in lx.ORG_TAIL_WORDS:
                b += 1  # "the Houthi movement"
            if info.kind == "person" and b < len(toks) and _ELIDED_PARTICLE.match(toks[b].text):
                b += 1  # "Valéry Giscard d'Estaing": the tagger stops before the particle
            if any(k in state_bodies for k in range(a, b)):
                continue  # a word of "United States Department of Justice", taken below
            if info.kind == "organization" and not ent.ent_id_ and _body_word_of_title(toks, a, b, person_starts, lang):
                continue  # "Senate minority leader Ann Lee": the body's word is part of her role
            if info.kind == "organization" and lang == "en" and not ent.ent_id_ \
                    and (end := _name_goes_on(toks, b, person_starts, org_starts)) > b:
                state_bodies.update(range(b, end))  # words of the name: no entities of their own
                b = end  # "Tunisian League | for the Defence of Human Rights"
            if info.kind == "organization" and lang == "de" and not ent.ent_id_ \
                    and (end := _purpose_name_goes_on(toks, a, b, person_starts)) > b:
                state_bodies.update(range(b, end))
                b = end  # "Bundesamt für Straßenbau | und Verkehrssicherheit"
            if info.kind == "state" and lang == "en" and (end := _body_after_state(toks, b, person_starts)):
                m = mention(a, end, "organization", country=info.country)
                raw.append((m, None))
                state_bodies.update(range(a, end))
                taken.update(range(a, end))
                continue
            if info.kind == "state" and ent.ent_id_.startswith("country:") and _inside_name(doc, ent, titles):
                continue  # "New Mexico", "Agence France-Presse", "South China Sea": another name
            if info.kind in ("person", "organization") and info.org_id is None and not ent.ent_id_ \
                    and (non_actor(ent.text, lang) or (info.kind == "organization" and _non_public(ent.text, lang))):
                continue
            if not ent.ent_id_ and (any(t.lower_ in lx.STORM_WORDS for t in ent[:2])
                                    or ent.start > 0 and doc[ent.start - 1].lower_ in lx.STORM_WORDS):
                continue  # "Hurrikan Dorian", "Typhoon Haiyan": weather, named like a person
            if ent.start > 1 and doc[ent.start - 1].text == ":" and doc[ent.start - 2].lower_ in lx.CREDIT_WORDS:
                continue  # "Image: Ann Lee": who took the picture
            if info.kind in ("person", "organization") and not ent.ent_id_:
                # "der Fernsehsender Al Noor", "the TV station Al Noor", "the press agency
                # ABC": a medium, here and where its name stands alone ("Al Noor hatte eine Lizenz")
                inside = _medium_before(doc, ent.start + 1, lang) and len(ent) > 1
                if inside or ent.start > 0 and _medium_before(doc, ent.start, lang):
                    media.add(ent[inside:].text)
            if info.kind in ("person", "organization") and not ent.ent_id_ and _medium_apposition(doc, ent.end, lang):
                media.add(ent.text)  # "WNA, der staatlichen Nachrichtenagentur": a medium
            if info.kind in ("person", "organization") and not ent.ent_id_ and ent.text in media:
                continue
            actor_id = int(ent.ent_id_.split(":")[1]) if ent.ent_id_.startswith("actor:") and ent.ent_id_.split(":")[1].isdigit() else None
            kind = info.kind
            # "Broadcaster Ann Lee", "Software-Gründer Eva Roth": the tagger takes the occupation in.
            occupation = kind == "person" and b - a > 2 and _occupation(toks[a].text, lang)
            a += occupation + titled
            if kind == "person" and b - a == 1 and toks[a].text in lx.HONORIFICS.get(lang, ()):
                continue  # "Cde [comrade] Ana Dube": the form of address alone
            while kind == "person" and b - a > 1 and (toks[a].text in lx.PRE_NOMINALS
                                                     or toks[a].text in lx.HONORIFICS.get(lang, ())):
                a += 1  # "Dr. Jan Roth", "Mr Tom Lee"
            org_id = known_id = info.org_id
            if lang == "en" and kind == "organization" and not info.org_id and not ent.ent_id_ and raw \
                    and (prev := raw[-1][0]).b == a and prev.kind == "organization" and raw[-1][1] \
                    and gazetteer.institution(raw[-1][1]) is None and toks[a - 1].space:
                # "the United Nations | General Assembly": a body of a known organisation
                # named after it is one name
                taken.difference_update(range(prev.a, a))
                a, known_id = prev.a, raw.pop()[1]
                info = type(info)(info.kind, info.country, info.is_capital, info.role, known_id)
            if lang == "en" and kind == "organization" and a > 0 and a - 1 in taken and raw \
                    and raw[-1][0].b == a and raw[-1][0].kind == "organization" \
                    and demonym_code(_strip_article(raw[-1][0].text), lang):
                # "the Afghan | Taliban": the tagger took the demonym for a name of its own
                taken.difference_update(range(raw[-1][0].a, a))
                raw.pop()
            if lang == "en" and kind == "organization" and a > 0 and a - 1 not in taken \
                    and (code := _demonym_opens_name(toks, a)):
                # "Philippine Red Cross chair X", "the Afghan Taliban": a demonym before an
                # organisation's name opens the name as written; a known body of another state
                # or of none is another body ("Philippine Red Cross"), one of that state stays
                # itself, with the longer name as an alias ("Afghan Taliban")
                known = gazetteer.institution(org_id) if org_id else None
                a, org_id = a - 1, org_id if known and known[0] == code else None
                info = type(info)(info.kind, code, info.is_capital, info.role, org_id)
            m = mention(a, b, kind, country=info.country, role=info.role, capital=info.is_capital,
                        actor_id=actor_id)
            m.branch = org_id is None and known_id is not None
            if lang == "de" and kind == "organization" and not ent.ent_id_ and (nominative := _nominative_de(ent)):
                m.surface, m.text = m.text, nominative  # "des Nationalen Sicherheitsrates" → "Nationaler Sicherheitsrat"
            if kind in ("organization", "person") and (info.org_id is None or gazetteer.institution(info.org_id)) \
                    and _at_venue(toks, a, b, kind):
                m.kind = "place"  # "at Parliament House", "im Palacio de La Moneda"
            if kind == "person" and not ent.ent_id_ and _locative(toks, a) and (
                    _state_follows(toks, b, lang) or b - a == 1 and toks[a - 1].lower in lx.IN_PLACE
                    and not (b < len(toks) and toks[b].text in lx.POSSESSIVE_MARKS)):
                # "in Koszalin, Poland", "met in Weimar": a town; not "in Roth's view"
                m.kind = "place"

            if m.kind in ("state", "place"):
                m.locative = _locative(toks, a) or _after_place(toks, a, b, raw) or _listed_after_place(toks, a, raw)
            # "Yasir Kamal of the Rapid Support Forces", "members of the navy": the
            # organisation qualifies a person and takes no part in the event itself.
            m.attribute = m.kind == "organization" and a > 0 and (
                toks[a - 1].lower in lx.DETERMINERS and _attribute_of_noun(toks, a - 1, lang)
                # "Hans Eichel (SPD)": a person's party in brackets
                or toks[a - 1].text == "(" and b < len(toks) and toks[b].text == ")"
                and bool(raw) and raw[-1][0].kind == "person" and raw[-1][0].b == a - 1)
            if kind == "person" and not info.country:
                m.country = _origin(toks, b, ents, seg) or _counterpart_country(toks, a, lang)
            if kind == "person" and actor_id is None and info.role and company_office(toks, a, b, lang):
                m.role, m.private = None, True  # "Senior vice president Ann Lee": a company's office
            elif kind == "person" and not info.role and actor_id is None:
                m.private = occupation or private_person(toks, a, b, lang)
            raw.append((m, org_id))
            taken.update(range(a, b))
        for i, role in _person_handles(doc) if handles else ():
            k = tok_at.get(seg.start + doc[i].idx)
            if k is not None and k not in taken:
                raw.append((mention(k, k + 1, "person", role=role), None))
                taken.add(k)
    person_words = {w for m, _ in raw if m.kind == "person" for w in _name_words(m.text, lang)}
    person_words |= {w.partition("-")[2] for w in person_words if w.partition("-")[0].lower() in lx.NAME_PREFIXES}
    genitive_taken = {m.a for m, _ in raw if m.kind == "person" and m.b - m.a == 1
                      and toks[m.a].text.endswith("s") and toks[m.a].text[:-1] in person_words}
    # "Ein Berater Gasimows": the genitive name belongs to the description.
    raw = [(m, o) for m, o in raw if m.a not in genitive_taken or not (m.a > 0 and role_head(toks[m.a - 1]))]
    taken -= {a for a in genitive_taken if a > 0 and role_head(toks[a - 1])}
    _apposition_roles(toks, sents, [m for m, _ in raw if m.kind == "person"], lang)
    _plural_title_roles(toks, [m for m, _ in raw if m.kind == "person"], lang)
    raw.extend((m, None) for m in _descriptions(toks, sents, taken, lang, quotes, sent_of, person_words))
    for m in _propagate_names(toks, taken, person_words, lang, sent_of, quotes):
        # "Sofia Lund": a capital right before a known surname is the first name.
        first = next(((c, o) for c, o in raw if c.b == m.a and c.b - c.a == 1 and c.capital and not c.locative), None)
        if first is not None:
            raw.remove(first)
            m.a, m.start = first[0].a, first[0].start
            m.text = _surface(toks, m.a, m.b)
        raw.append((m, None))
    raw.extend((m, None) for m in _governments(toks, taken, lang, sent_of, quotes))
    if lang == "de":
        raw.extend((m, None) for m in _purpose_bodies(toks, taken, sent_of, quotes))
    raw.extend((m, None) for m in _ministries(toks, taken, lang, sent_of, quotes))
    if lang == "en":
        _name_ministries(raw, toks)
    bodies = _bodies(toks, taken, lang, sent_of, quotes, {m.a: m for m, _ in raw if m.kind == "organization"})
    raw = _qualify_bodies(bodies, raw, toks, lang)
    anaphors = _name_anaphors(toks, taken, lang, sent_of, quotes)
    raw.extend((m, None) for m in anaphors)
    offices = _owner_offices(toks, taken, lang, sent_of, quotes)
    raw.extend((m, None) for m in offices)
    if lang == "de":
        raw = _genitive_states(raw, toks)
        raw = _bodies_of_organisations(raw, toks, taken, sent_of, quotes)
        _places_in_names(raw, toks, taken)
    raw.extend((m, None) for m in _pronouns(toks, taken, lang, sent_of, quotes))
    raw.sort(key=lambda x: x[0].start)
    end = _footer_start(toks, lang)
    raw = [(m, o) for m, o in raw if m.start < end
           and not (m.a >= 2 and toks[m.a - 1].text == ":" and toks[m.a - 2].text in lx.PORTAL_WORDS)
           and not _in_reference_number(toks, m)]
    for m, _ in raw:
        if m.kind in ("organization", "person") and m.b < len(toks) and toks[m.b].lower in lx.GEO_NOUNS:
            m.kind = "place"  # "the Teesta river", also where the name was propagated
    for m, _ in raw:
        if m.kind in ("organization", "person") and (not m.role or _place_name_end(toks, m, lang)) \
                and _place_name(toks, m, lang) and not _seat_of_body(toks, m):
            # "Millbrook Road", "Lakeside Hospital", "Tell Amar"; with a title in it, "General
            # Ana Dube Base"
            m.kind = "place"
        elif m.kind == "person" and toks[m.a].lower in lx.STORM_WORDS:
            m.kind = "place"  # "Typhoon Lorma" joined from a name found elsewhere: weather, no person
    starts = {m.a: m for m, _ in raw}
    for m, _ in raw:
        if m.kind == "person" and not m.role and _before_its_region(toks, m, starts):
            m.kind = "place"  # "Ciudad Juárez, Mexico,", "Chippewa Falls, Wisconsin"
    for m, _ in raw:  # "the United States Embassy in Baghdad": the place is part of the name
        if lang == "en" and m.kind == "organization" and m.country and m.text.lower().endswith(lx.MISSION_NOUNS[lang]) \
                and m.b + 1 < len(toks) and toks[m.b].lower == "in" \
                and (host := starts.get(m.b + 1)) is not None and host.kind in ("state", "place") and host.country:
            m.text, m.b, m.end, m.host = _surface(toks, m.a, host.b), host.b, host.end, host.country
    for m, _ in raw:  # "das Außenministerium in Moskau"
        if m.kind == "organization" and not m.country and m.b < len(toks) and toks[m.b].lower == "in":
            nxt = starts.get(m.b + 1)
            if nxt is not None and nxt.capital:
                m.country = nxt.country
    known_words: set[str] = set()
    for m, org_id in raw:
        second = None
        if m.kind in ("place", "state") and m.b - m.a == 1 and toks[m.a].text in known_words \
                and not m.locative and not (m.b < len(toks) and toks[m.b].lower in lx.GEO_NOUNS):
            m.kind = "person"  # a known surname tagged as a place ("Pompeo", "Lima")
            m.capital, m.country = False, None
        if m.kind == "person" and m.text in reg.abbreviations:
            m.kind = "organization"  # "Phivolcs said", tagged a person after "… Seismology (Phivolcs)"
            m.role = None
            reg.attach(m, reg.abbreviations[m.text])
        elif m.kind == "person":
            second = reg.split_two_names(m, toks)
            reg.resolve_person(m)
            if m.actor:
                known_words.update(m.actor.tokens)
            if second is not None:
                reg.resolve_person(second)
        elif m.kind == "organization" and any(m is x for x in bodies):
            reg.resolve_body(m)
        elif m.kind == "organization" and any(m is x for x in anaphors):
            reg.resolve_name_anaphor(m)
            if m.actor is None:
                continue  # "the council" with no council named before: no mention at all
        elif m.kind == "organization" and any(m is x for x in offices):
            reg.resolve_owner_office(m)
            if m.actor is None:
                continue  # "his office said" with no person named before
        elif m.kind == "organization":
            if (m.b - m.a == 1 and toks[m.a].text in known_words) or reg.surname_of(m.text):
                m.kind = "person"
                reg.resolve_person(m)
            elif (short := _spelt_out(m, toks, raw)) is not None and short.actor is not None:
                reg.attach(m, short.actor)  # short name, long one in brackets: RMT (National Union of Rail, …)
                short.actor.name = _strip_article(m.text)
            else:
                reg.resolve_org(m, org_id)
                if m.b + 2 < len(toks) and toks[m.b].text == "(" and toks[m.b + 2].text == ")" \
                        and (abbreviation(toks[m.b + 1].text) or short_form(toks[m.b + 1].text, _strip_article(m.text))):
                    reg.abbreviations[toks[m.b + 1].text] = m.actor  # "National Crime Agency (NCA)"
                elif lang == "de" and m.b < len(toks) and " " in m.text and abbreviation(toks[m.b].text) \
                        and len(toks[m.b].text) > 1:
                    reg.abbreviations[toks[m.b].text] = m.actor  # "vom Nationalen Wahlrat NWR"
        elif m.kind == "state":
            reg.attach(m, reg.actor_for_state(m.country))
        elif m.kind == "place" and lang == "de" and not m.locative and (land := _federal_state(toks, m)):
            m.kind = "organization"  # "Bayern werde den Beschluss nicht umsetzen"
            key = f"org:{land[0].split()[-1].lower()}"  # "Land Bremen" and "Bremen" are one body
            actor = reg.actors.get(key) or reg._new(key, "organization", land[0])
            if " " in land[0] and " " not in actor.name:
                actor.forms.append(actor.name)
                actor.name = land[0]  # "das Land Hessen" after "Hessen": the fuller name
            actor.country, actor.known = land[1], True
            reg.attach(m, actor)
        elif m.kind == "place" and m.capital and m.country and _capital_acts(toks, m):
            m.kind = "state"  # "Pjöngjang zeigte sich offen": the capital stands for its state
            reg.attach(m, reg.actor_for_state(m.country))
        elif m.kind == "desc":
            reg.resolve_description(m, indefinite=not m.definite)
        if not m.attribute:
            reg.mentions.append(m)
        if second is not None:
            reg.mentions.append(second)
    reg.merge_short_persons()
    reg.merge_genitive_persons()
    reg.merge_spellings()
    reg.merge_group_forms()
    reg.merge_stem_names()
    reg.merge_body_forms()
    reg.merge_bare_heads()
    reg.merge_state_prefixed()
    reg.place_spokespeople_bodies()
    reg.finish()
    return reg


def _pronouns(toks, taken, lang, sent_of, quotes) -> list[Mention]:
    out = []
    for t in toks:
        if t.i in taken:
            continue
        low = t.lower
        if low in lx.PERSON_PRONOUNS.get(t.lang, set()):
            kind = "pronoun"
        elif t.i + 1 < len(toks) and ((low, toks[t.i + 1].lower) in lx.PLURAL_ANAPHORS
                                      or (low,) in lx.PLURAL_ANAPHORS):
            kind = "plural"
        else:
            continue
        out.append(Mention(t.start, t.end, t.i, t.i + 1, t.text, kind, sent_of.get(t.i, 0),
                           quoted=in_quote(t.start, quotes) is not None))
    return out
