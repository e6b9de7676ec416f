"""Template helpers for the chronology: dates at their precision, country names, marks.

The plain functions (`date_label`, `country_name`) are also used by the exports.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

from babel import Locale, UnknownLocaleError
from django import template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import dateformat, formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.timesince import timeuntil
from django.utils.translation import get_language, gettext as _, ngettext

from timeline import access
from timeline.highlight import highlight as highlight_spans
from timeline.lib.places import place_name
from timeline.lib.roles import role_label

register = template.Library()

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def date_label(
    value: str, precision: str = "", modifier: str = "", end: dt.date | None = None
) -> str:
    """The date as precisely as it is known, in the active language:
    "30. Mai 2018", "4.–5. März 2019" (a range of days, `end` its last day), "Woche 21,
    2018", "Mai 2018", "Anfang Juni 2018", "2018", "ohne Datum"."""
    # A page or export shows many events on few dates; formatting one costs ~40 µs.
    return _date_label(value or "", modifier or "", get_language() or "", end)


# A range of days, per language: the formats (django.utils.dateformat) of its first and last
# day and what stands between them, when both lie in one month, in one year, or not.
_DAY_RANGES = {
    "de": (("j.", "–", "j. F Y"), ("j. F", " – ", "j. F Y"), ("j. F Y", " – ", "j. F Y")),
    "en": (("N j", "–", "j, Y"), ("N j", " – ", "N j, Y"), ("N j, Y", " – ", "N j, Y")),
}


def _day_range_label(first: dt.date, last: dt.date, language: str) -> str:
    """"4.–5. März 2019", "28. Februar – 2. März 2019" / "March 4–5, 2019", "Feb. 28 –
    March 2, 2019"; across a year both days in full."""
    forms = _DAY_RANGES.get(language.split("-")[0], _DAY_RANGES["en"])
    if (first.year, first.month) == (last.year, last.month):
        start, between, end = forms[0]
    elif first.year == last.year:
        start, between, end = forms[1]
    else:
        start, between, end = forms[2]
    return dateformat.format(first, start) + between + dateformat.format(last, end)


@functools.lru_cache(maxsize=4096)
def _date_label(value: str, modifier: str, language: str, end: dt.date | None = None) -> str:
    if end is not None and (m := _DAY.match(value)):
        first = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if end > first:
            return _day_range_label(first, end, language)
    label = _plain_date_label(value)
    if value and modifier in _MODIFIERS:
        return _MODIFIERS[modifier]() % {"date": label}
    return label


_MODIFIERS = {
    "early": lambda: _("early %(date)s"),
    "mid": lambda: _("mid %(date)s"),
    "late": lambda: _("late %(date)s"),
}


def _plain_date_label(value: str) -> str:
    if m := _DAY.match(value or ""):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return formats.date_format(day, "DATE_FORMAT")
    if m := _WEEK.match(value or ""):
        return _("Week %(week)d, %(year)d") % {"week": int(m[2]), "year": int(m[1])}
    if m := _MONTH.match(value or ""):
        return formats.date_format(dt.date(int(m[1]), int(m[2]), 1), "YEAR_MONTH_FORMAT")
    if m := _YEAR.match(value or ""):
        return m[1]
    return _("undated")


def country_name(code: str) -> str:
    """The country's name in the active language ("Nordkorea" / "North Korea"), or the
    code itself when Babel does not know it."""
    if not code:
        return ""
    return _territories(get_language() or "en").get(code.upper(), code.upper())


@functools.lru_cache(maxsize=8)
def _territories(language: str) -> dict[str, str]:
    # Parsing a Babel locale costs ~45 µs; the country list asks for dozens per page.
    try:
        return Locale.parse(language, sep="-").territories
    except (UnknownLocaleError, ValueError):
        return Locale("en").territories


_PK_MARKER = 987654321


@functools.lru_cache(maxsize=64)
def _route_around_pk(name: str, prefix: str, urlconf: str | None) -> tuple[str, str]:
    url = reverse(name, args=[_PK_MARKER])
    before, _marker, after = url.partition(str(_PK_MARKER))
    return before, after


def url_with_pk(name: str, pk: int) -> str:
    """`reverse(name, args=[pk])` for a route whose one argument is an id, at the cost of
    a string format: a timeline page links ~170 events and actors, and reverse() was a
    fifth of its rendering time. The route is reversed once per script prefix."""
    before, after = _route_around_pk(name, get_script_prefix(), get_urlconf())
    return f"{before}{pk}{after}"


def event_url(pk: int) -> str:
    return url_with_pk("timeline:event", pk)


def actor_url(pk: int) -> str:
    return url_with_pk("timeline:actor", pk)


@register.filter
def event_href(event) -> str:
    """`{{ event|event_href }}`: the event page's path (as `get_absolute_url`)."""
    return event_url(event.pk)


@register.filter
def actor_href(actor) -> str:
    """`{{ actor|actor_href }}`: the actor page's path (as `get_absolute_url`)."""
    return actor_url(actor.pk)


@register.filter
def url_host(url: str) -> str:
    """ "www.example.org" of "https://www.example.org/a/b": where a link leads."""
    from urllib.parse import urlsplit

    return urlsplit(url or "").hostname or ""


@register.filter
def article_href(article) -> str:
    """`{{ article|article_href }}`: the article page's path."""
    return url_with_pk("articles:detail", article.pk)


def first_report(event):
    """The event's first report (Evidence with its article) when the page fetched it
    (`selectors.first_report_prefetch`), else None."""
    found = getattr(event, "first_report", None)
    return found[0] if found else None


@register.filter
def participants_of(event) -> list:
    """`{{ event|participants_of }}`: participants with actors, from the list that
    `selectors.participants_prefetch` attaches, else from the (prefetched) manager."""
    found = getattr(event, "participant_list", None)
    return found if found is not None else list(event.participants.all())


@register.simple_tag
def actor_links(participants: Iterable) -> SafeString:
    """`{% actor_links event.participant_list %}`: the participants' names as links to
    their pages, comma-separated (escaped). One tag instead of a loop of lookups: the
    timeline renders it for every event."""
    return format_html_join(
        ", ",
        '<a href="{}">{}</a>',
        ((actor_url(p.actor_id), participant_name(p)) for p in participants),
    )


@register.filter
def participant_name(participant) -> str:
    """The participant's actor's name in the active language (`Actor.name_in`), read from
    the `actor_local_name` the selectors annotate."""
    actor = participant.actor
    actor.local_name = getattr(participant, "actor_local_name", None)
    return actor.name_in(get_language() or "")


@register.filter
def actor_name(actor) -> str:
    """`{{ actor|actor_name }}`: the name a reader of the active language sees."""
    return actor.name_in(get_language() or "")


@register.filter
def role(text: str) -> str:
    """A role or title in the active language ("Außenminister" / "Foreign Minister")."""
    return role_label(text, get_language() or "") if text else ""


@register.filter
def place(text: str) -> str:
    """A place in the active language: a capital by its name there ("Peking" / "Beijing")."""
    return place_name(text, get_language() or "") if text else ""


SUMMARY_QUOTE_LIMIT = 120


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summary_message(event) -> tuple[str, dict[str, str]] | None:
    """The event's summary line as (message in the active language, its values), made
    from its kind, participants and quote ("X trifft Y" / "X meets Y"); None where the
    stored `title` (written in the language of the first article) stands instead: no
    participants, or a statement without a quote. A quote keeps its own language; words
    quoted directly stand in quotation marks, reported ones follow "sagte" / "said".
    The one rule behind the pages (`event_summary`) and the exports (`summary_text`)."""
    names = [participant_name(p) for p in participants_of(event)]
    if not names or (event.kind == "statement" and not event.quote):
        return None
    if event.kind == "statement":
        quote = _shorten(event.quote.strip().rstrip("."), SUMMARY_QUOTE_LIMIT)
        message = _("{speaker}: “{quote}”") if event.quote_direct else _("{speaker} said {quote}")
        return message, {"speaker": names[0], "quote": quote}
    if len(names) == 2:
        return _("{a} meets {b}"), {"a": names[0], "b": names[1]}
    if len(names) == 1:
        return _("Meeting with {name}"), {"name": names[0]}
    return _("Meeting: {names}"), {"names": ", ".join(names)}


@register.simple_tag
def event_summary(event) -> SafeString:
    """`{% event_summary event %}`: the summary line (`summary_message`) as HTML, the
    quote marked with its language (`lang`)."""
    found = summary_message(event)
    if found is None:
        return format_html("{}", event.title)
    message, values = found
    if "quote" in values:
        values = {**values, "quote": _quote_html(event, values["quote"])}
    return format_html(message, **values)


def summary_text(event) -> str:
    """The summary line (`summary_message`) as plain text, for the exports and the API."""
    found = summary_message(event)
    if found is None:
        return event.title
    message, values = found
    return message.format(**values)


def _quote_html(event, text: str) -> SafeString:
    if event.quote_language:
        return format_html('<span lang="{}">{}</span>', event.quote_language, text)
    return format_html("{}", text)


@register.simple_tag
def event_quote(event) -> SafeString:
    """The whole quote in its language (`lang`), in quotation marks when it is quoted
    word for word."""
    quote = _quote_html(event, event.quote)
    return format_html(_("“{quote}”"), quote=quote) if event.quote_direct else quote


@register.filter
def sources_label(count: int) -> str:
    """ "1 source", "3 sources" (the same message as the event page's heading)."""
    return ngettext("%(counter)s source", "%(counter)s sources", count) % {"counter": count}


@register.filter
def event_date(event) -> str:
    return event_date_label(event)


def event_date_label(event) -> str:
    """The event's date at its precision or, for an undated event placed by the article
    that reported it, that day said as such: "berichtet am 31. Mai 2018" / "reported May
    31, 2018" ("angekündigt am …" / "announced …" for a planned event)."""
    if not event.date_value and getattr(event, "sort_date", None) is not None:
        return reported_label(event.sort_date, planned=event.status == "planned")
    return date_label(
        event.date_value,
        event.date_precision,
        event.date_modifier,
        getattr(event, "date_range_end", None),
    )


def reported_label(day: dt.date, *, planned: bool = False) -> str:
    date = formats.date_format(day, "DATE_FORMAT")
    if planned:
        return _("announced %(date)s") % {"date": date}
    return _("reported %(date)s") % {"date": date}


@register.filter
def quote_not_in_title(event) -> bool:
    """Whether a statement's quote adds something to its summary line (`event_summary`
    quotes it up to SUMMARY_QUOTE_LIMIT characters)."""
    return len(" ".join((event.quote or "").split())) > SUMMARY_QUOTE_LIMIT


@register.filter
def country(code: str) -> str:
    return country_name(code)


@register.simple_tag
def mark_spans(text: str, spans: Iterable[Sequence]) -> SafeString:
    """`{% mark_spans article.text spans %}`: see `timeline.highlight.highlight`."""
    return highlight_spans(text, spans)


@register.simple_tag
def mark_span(text: str, start: int, end: int, css_class: str = "", title: str = "") -> SafeString:
    """`{% mark_span text start end "evidence" %}`: one span marked."""
    return highlight_spans(text, [(start, end, css_class, title)])


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (None or "" removes them),
    for links that keep the active filters: `?{% query_with after=cursor %}`."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    return params.urlencode()


@register.filter
def duration(value: dt.timedelta) -> str:
    """A length of time in words, in the active language: "15 Minuten", "1 hour"."""
    now = dt.datetime.now(dt.timezone.utc)
    return timeuntil(now + value, now)


@register.filter
def other_names(actor) -> list:
    """The actor's aliases other than the name shown (`{{ actor|other_names }}`), from
    the prefetched aliases."""
    shown = actor.name_in(get_language() or "").casefold()
    seen = {shown}
    found = []
    for alias in actor.aliases.all():
        if alias.text.casefold() not in seen:
            seen.add(alias.text.casefold())
            found.append(alias)
    return found


@register.filter
def can_review(user) -> bool:
    """Whether `user` is an editor (`timeline.access.can_review`): review controls show."""
    return access.can_review(user)
