"""Meetings and statements: rules over sentences, clauses, actor mentions and timexes,
split by concern (triggers, participants, the statement modules around speech, status,
dating, merge); this package keeps the names the rest of the extraction imports."""
from __future__ import annotations

from .article import NO_DATE, Article, DateRef, Event
from .dating import date_statements_from_meetings
from .meetings import find_meetings
from .participants import is_leader_role, leader_in_article
from .phrases import is_modifier
from .speech import find_statements

__all__ = ["NO_DATE", "Article", "DateRef", "Event", "date_statements_from_meetings",
           "find_meetings", "find_statements", "is_leader_role", "is_modifier", "leader_in_article"]
