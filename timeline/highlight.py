"""Mark spans of a text with `<mark>` elements, safely.

Used by the event page (the evidence span inside its article) and offered to the article
page, which marks every event's span in the article text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# (start, end, css_class, title): character offsets into the text, Python string indices.
Span = tuple[int, int, str, str]


def highlight(text: str, spans: Iterable[Sequence]) -> SafeString:
    """Return `text` as safe HTML with each span wrapped in `<mark class=… title=…>`.

    `spans` holds tuples `(start, end, css_class, title)` of character offsets into
    `text` (end exclusive); `css_class` and `title` may be empty strings. Everything in the
    text, the classes and the titles is escaped. Offsets are clamped to the text; empty and
    inverted spans are ignored. Where spans overlap, the one that starts first (the longer
    one on a tie) is kept and any span overlapping a kept one is dropped, so the output is
    always well-formed HTML with no nested or crossing `<mark>`s.

    >>> highlight("Pompeo traf Kim <in> New York.", [(12, 15, "actor", "Kim Yong Chol")])
    'Pompeo traf <mark class="actor" title="Kim Yong Chol">Kim</mark> &lt;in&gt; New York.'
    """
    cleaned = []
    for start, end, css_class, title in spans:
        start, end = max(0, int(start)), min(len(text), int(end))
        if start < end:
            cleaned.append((start, end, css_class or "", title or ""))
    cleaned.sort(key=lambda span: (span[0], -span[1]))

    parts: list[str] = []
    position = 0
    for start, end, css_class, title in cleaned:
        if start < position:
            continue  # overlaps a span already marked: the outer one wins
        parts.append(escape(text[position:start]))
        parts.append(_open_tag(css_class, title))
        parts.append(escape(text[start:end]))
        parts.append("</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def _open_tag(css_class: str, title: str) -> str:
    if css_class and title:
        return format_html('<mark class="{}" title="{}">', css_class, title)
    if css_class:
        return format_html('<mark class="{}">', css_class)
    if title:
        return format_html('<mark title="{}">', title)
    return "<mark>"


def excerpt_around(
    text: str, start: int, end: int, *, context: int = 240
) -> tuple[str, int, int, bool, bool]:
    """A window of `text` around [start, end) cut at word boundaries, with the span's
    offsets shifted into the window and whether text was cut off before / after it.
    Long articles are shown as excerpts on the event page instead of in full."""
    start, end = max(0, start), min(len(text), end)
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return text[left:right], start - left, end - left, left > 0, right < len(text)
