"""Who may read what of an article: agency copy is licensed to the newsroom, not to its
readers, so pages show readers an article's evidence sentences and editors its whole text."""

from __future__ import annotations

from django.conf import settings

from .models import Event

# Editors who may see articles in the admin may read their whole text on the site too.
# (By name: timeline never imports the articles app.)
FULL_TEXT_PERMISSION = "articles.view_article"


def can_read_full_text(user) -> bool:
    """Whether `user` may read whole article texts, or text around an event's evidence;
    everyone may where the newsroom owns its texts and publishes them."""
    if settings.CHRONIK_PUBLIC_FULL_TEXT:
        return True
    return user.is_staff and user.has_perm(FULL_TEXT_PERMISSION)


# --- Which events a user sees ------------------------------------------------------------

# Editors: staff who may change events (in the admin, and verify or reject on the site).
REVIEW_PERMISSION = "timeline.change_event"

# Events an editor checked: confirmed as extracted, or corrected.
CHECKED_REVIEW = (Event.Review.VERIFIED.value, Event.Review.EDITED.value)
# Events any list may show where the policy allows: never rejected ones.
LISTED_REVIEW = (Event.Review.EXTRACTED.value, *CHECKED_REVIEW)


def can_review(user) -> bool:
    """Whether `user` is an editor: sees every event and may verify, reject or edit it."""
    return bool(user and user.is_staff and user.has_perm(REVIEW_PERMISSION))


def shown_review_statuses(user) -> tuple[str, ...]:
    """The review states of the events `user` (None: an anonymous reader, a command) sees
    on every reader surface: timeline, search, event, actor and article pages, counts,
    exports and the API. The one place where the publishing policy
    (`CHRONIK_PUBLIC_EVENTS`) is applied."""
    if settings.CHRONIK_PUBLIC_EVENTS == "all" or can_review(user):
        return LISTED_REVIEW
    return CHECKED_REVIEW
