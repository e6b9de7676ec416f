"""Who may read what of an article: agency copy is licensed to the newsroom, not to its
readers, so pages show readers an article's evidence sentences and editors its whole text."""

from __future__ import annotations

from django.conf import settings

# Editors who may see articles in the admin may read their whole text on the site too.
# (By name: timeline never imports the articles app.)
FULL_TEXT_PERMISSION = "articles.view_article"


def can_read_full_text(user) -> bool:
    """Whether `user` may read whole article texts, or text around an event's evidence;
    everyone may where the newsroom owns its texts and publishes them."""
    if settings.CHRONIK_PUBLIC_FULL_TEXT:
        return True
    return user.is_staff and user.has_perm(FULL_TEXT_PERMISSION)
