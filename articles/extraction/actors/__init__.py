"""Actor mentions and within-article coreference.

Mentions come from the pipeline's entities (``entity_info``), from descriptive phrases
("ein ranghoher US-Beamter", "dem nordkoreanischen General") and from pronouns. Named
short forms ("Pompeo", "Kim") resolve to the most recently mentioned actor whose name
contains them; capitals not used as a location ("Pjöngjang zeigte sich offen") become
aliases of their state.

The modules, each one concern (lower ones first; none imports a module above it):

- `model`: the records `Actor` and `Mention`, and a mention's words as read from the tokens
- `roles`: titles, role nouns, a role's gender, offices, a spokesperson's body
- `names`: the words of names (particles, initials, abbreviations, German nominatives)
- `public`: which actors are public (the data tables of media, public bodies' words,
  private occupations) and the tests that read them
- `states`: states, demonyms and capitals in context; a name used as a place
- `bodies`: public bodies named by common nouns, and where a body's name ends
- `descriptions`: persons described by their role, and roles from appositions
- `entities`: where a name starts and ends (the tagger's entities cleaned)
- `merging`: merging actors that are one, and their aliases (the base of `Registry`)
- `registry`: `Registry`, resolving each mention to an actor
- `collection`: `collect`, every mention of an article found and resolved

This package keeps the names the rest of the extraction imports.
"""
from __future__ import annotations

from .bodies import BODIES, GOVERNMENT, body_gender
from .collection import collect
from .model import Actor, Mention
from .names import abbreviation
from .public import (PRIVATE_OCCUPATIONS, dependent_territories, media_name, non_actor,
                     private_person, public_affairs_words, public_org)
from .registry import Registry
from .roles import (actor_gender, holds_role, role_gender, role_head, role_head_word,
                    spokesperson_body)
from .states import demonym_code, state_name, venue_before

__all__ = ["BODIES", "GOVERNMENT", "PRIVATE_OCCUPATIONS", "Actor", "Mention", "Registry",
           "abbreviation", "actor_gender", "body_gender", "collect", "demonym_code",
           "dependent_territories", "holds_role", "media_name", "non_actor", "private_person",
           "public_affairs_words", "public_org", "role_gender", "role_head", "role_head_word",
           "spokesperson_body", "state_name", "venue_before"]
