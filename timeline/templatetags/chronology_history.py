"""The event page's history section for editors (`{% event_history event as entries %}`)."""
from django import template

from ..selectors import HistoryEntry, event_history as select_event_history

register = template.Library()


@register.simple_tag
def event_history(event) -> list[HistoryEntry]:
    return select_event_history(event=event, limit=20)
