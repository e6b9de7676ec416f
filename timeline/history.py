"""Grouping history records into operations.

django-simple-history records every save and delete of actors, aliases, events,
participants and evidence (who, when, the row as it was). An operation that changes many
rows at once (a merge, a bulk review, a re-run) runs inside `changeset(...)`: the records
written meanwhile point to one `ChangeSet`, so the operation is shown, and undone, as one.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

from .models import ChangeSet

_current: ContextVar[ChangeSet | None] = ContextVar("chronik_changeset", default=None)


@contextmanager
def changeset(*, kind: str, summary: str, user=None) -> Iterator[ChangeSet]:
    """Run a block as one operation (in one transaction). Nested blocks join the outer
    operation: undoing it undoes all of it."""
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    with transaction.atomic():
        if user is not None and not user.is_authenticated:
            user = None
        current = ChangeSet.objects.create(kind=kind, summary=summary[:300], user=user)
        token = _current.set(current)
        try:
            yield current
        finally:
            _current.reset(token)


def current_changeset() -> ChangeSet | None:
    return _current.get()


@receiver(pre_create_historical_record)
def _attach_changeset(sender, history_instance, **kwargs) -> None:
    current = _current.get()
    if current is None:
        return
    history_instance.changeset = current
    if not history_instance.history_change_reason:
        history_instance.history_change_reason = current.summary
    if history_instance.history_user_id is None and current.user_id is not None:
        history_instance.history_user_id = current.user_id
