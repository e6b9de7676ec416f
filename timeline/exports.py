"""The chronology in other formats: TimelineJS 3 JSON, CSV, iCalendar, and the plain
dictionaries the JSON API returns. Each export is a generator of text chunks so that a
view can stream any number of events.

Like the pages, exports speak the active language (the reader's, from `LocaleMiddleware`;
`export_events --language`): the summary line, the participants' names, a capital as the
place, and date labels. Quotes stay in their own language; `title` (CSV, API) is the
stored title, in the language of the first article."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import icalendar
from icalendar.parser import Contentline
from icalendar.prop import vText
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .lib.places import place_name
from .models import Actor, Event
from .templatetags.chronology import (
    actor_url,
    date_label,
    event_date_label,
    event_url,
    first_report,
    participant_name,
    participants_of,
    summary_text,
)

CSV_COLUMNS = [
    "date",
    "precision",
    "date_label",
    "kind",
    # The summary line in the export's language; the title as stored (first article's).
    "summary",
    "title",
    "participants",
    "place",
    "status",
    "review_status",
    "quote",
    "sources",
    "permalink",
    # The first report: its outlet and the address of the original article.
    "outlet",
    "source_url",
    # The last day of an event that takes several days ("am 4. und 5. März"; `date` is its
    # first day), else empty. Last, so the columns before keep their places.
    "date_range_end",
]


def _participants(event: Event) -> list:
    return participants_of(event)


def _names(event: Event) -> list[str]:
    """The participants' names in the active language."""
    return [participant_name(p) for p in _participants(event)]


def _place(event: Event) -> str:
    """The place in the active language (a capital by its name there), else as stored."""
    return place_name(event.place, get_language() or "") if event.place else ""


def placed_days(event: Event) -> tuple[dt.date, dt.date, bool] | None:
    """(first day, last day, by report) where an export puts the event: the days its date
    covers, or, for an event the text gives no date for, the day the article that
    reported it was published (`Event.sort_date`, labelled "berichtet am …" by
    `event_date_label`); None when neither is known. The rule of the timeline's
    placing, shared by the TimelineJS and iCalendar exports."""
    if event.date_start is not None:
        return event.date_start, event.date_end or event.date_start, False
    placed = getattr(event, "sort_date", None)
    if placed is None:
        return None
    return placed, placed, True


def placed_by_report_note() -> str:
    """The line an export adds to an event it places at its report date."""
    return _("The text gives no date: shown at the day it was reported.")


def event_dict(event: Event, *, base_url: str = "") -> dict:
    """One event as the API shows it."""
    return {
        "id": event.pk,
        "url": base_url + event_url(event.pk),
        "kind": event.kind,
        "summary": summary_text(event),
        "title": event.title,
        "quote": event.quote,
        "date": event.date_value or None,
        "date_precision": event.date_precision or None,
        "date_modifier": event.date_modifier or None,
        "date_text": event.date_text or None,
        "date_range_end": event.date_range_end.isoformat() if event.date_range_end else None,
        "date_label": date_label(
            event.date_value, event.date_precision, event.date_modifier, event.date_range_end
        ),
        "date_start": event.date_start.isoformat() if event.date_start else None,
        "date_end": event.date_end.isoformat() if event.date_end else None,
        "place": _place(event) or None,
        "status": event.status,
        "review_status": event.review_status,
        "confidence": event.confidence,
        "sources": getattr(event, "source_count", None),
        "participants": [
            {
                "actor": p.actor_id,
                "name": participant_name(p),
                "role": p.role,
                "url": base_url + actor_url(p.actor_id),
            }
            for p in _participants(event)
        ],
    }


def actor_dict(actor: Actor, *, base_url: str = "") -> dict:
    return {
        "id": actor.pk,
        "url": base_url + actor_url(actor.pk),
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country or None,
        "role": actor.role or None,
        "aliases": [alias.text for alias in actor.aliases.all()],
    }


# --- TimelineJS 3 ------------------------------------------------------------------------


def _tl_date(day: dt.date, precision: str) -> dict:
    """A TimelineJS date object holding only the parts that are known."""
    parts: dict = {"year": day.year}
    if precision in (Event.Precision.DAY, Event.Precision.WEEK, Event.Precision.MONTH):
        parts["month"] = day.month
    if precision in (Event.Precision.DAY, Event.Precision.WEEK):
        parts["day"] = day.day
    return parts


def timelinejs_slide(event: Event, *, base_url: str = "") -> dict | None:
    """One TimelineJS slide, or None for an event with neither a date nor a report date
    (TimelineJS needs a start). An undated event stands at the day it was reported, and
    says so in its date and text."""
    days = placed_days(event)
    if days is None:
        return None
    first, _last, by_report = days
    names = ", ".join(_names(event))
    text = f"<p>{_escape(names)}</p>" if names else ""
    if by_report:
        text += "<p><em>{}</em></p>".format(_escape(placed_by_report_note()))
    if event.quote:
        text += f"<blockquote>{_escape(event.quote)}</blockquote>"
    link_text = _escape(_("Sources and details"))
    text += f'<p><a href="{base_url}{event_url(event.pk)}">{link_text}</a></p>'
    slide = {
        "start_date": _tl_date(first, Event.Precision.DAY if by_report else event.date_precision),
        "display_date": event_date_label(event),
        "text": {"headline": _escape(summary_text(event)), "text": text},
        "group": event.get_kind_display(),
        "unique_id": f"event-{event.pk}",
    }
    if event.date_precision == Event.Precision.WEEK or event.date_range_end:
        slide["end_date"] = _tl_date(event.date_end, Event.Precision.DAY)
    return slide


def _escape(text: str) -> str:
    # TimelineJS renders headline and text as HTML.
    from django.utils.html import escape

    return str(escape(text))


def timelinejs_chunks(
    events: Iterable[Event], *, base_url: str = "", title: str | None = None
) -> Iterator[str]:
    head = {"text": {"headline": title or _("Chronology"), "text": ""}}
    yield '{"title": ' + json.dumps(head, ensure_ascii=False) + ', "events": ['
    first = True
    for event in events:
        slide = timelinejs_slide(event, base_url=base_url)
        if slide is None:
            continue
        yield ("" if first else ",\n") + json.dumps(slide, ensure_ascii=False)
        first = False
    yield "]}\n"


# --- CSV ---------------------------------------------------------------------------------


def _cell(value: str) -> str:
    """Text that a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is
    prefixed with an apostrophe (OWASP's advice against CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_row(event: Event, *, base_url: str = "") -> list:
    report = first_report(event)
    return [
        event.date_value,
        event.date_precision,
        event_date_label(event),
        event.kind,
        _cell(summary_text(event)),
        _cell(event.title),
        _cell("; ".join(_names(event))),
        _cell(_place(event)),
        event.status,
        event.review_status,
        _cell(event.quote),
        getattr(event, "source_count", ""),
        base_url + event_url(event.pk),
        _cell(report.article.outlet) if report else "",
        report.article.url if report else "",
        event.date_range_end.isoformat() if event.date_range_end else "",
    ]


def csv_chunks(events: Iterable[Event], *, base_url: str = "") -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    # A byte-order mark lets spreadsheet programs detect UTF-8 ("Pjöngjang", „quotes“).
    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + flush()
    for event in events:
        writer.writerow(csv_row(event, base_url=base_url))
        yield flush()


# --- iCalendar ---------------------------------------------------------------------------


def ical_event(
    event: Event, *, base_url: str = "", stamp: dt.datetime | None = None
) -> str | None:
    """An all-day VEVENT spanning the days the date covers (a week: Monday to Sunday, a
    month or year: all of it), as iCalendar text. An event the text gives no date for
    stands on the day it was reported, and says so in its summary ("… (berichtet am …)")
    and description (`placed_days`); None when it has no report date either.

    Written line by line with icalendar's own escaping (`vText`) and folding
    (`Contentline`): building an `icalendar.Event` and serialising it cost ~0.35 ms an
    event, most of an export."""
    days = placed_days(event)
    if days is None:
        return None
    first, last, by_report = days
    host = base_url.split("://", 1)[-1] or "chronik.local"
    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    summary = summary_text(event)
    lines = [", ".join(_names(event))]
    if event.quote:
        lines.append(f"„{event.quote}“")
    lines.append(event_date_label(event))
    if by_report:
        summary = f"{summary} ({event_date_label(event)})"
        lines.append(placed_by_report_note())
    status = {"planned": "TENTATIVE", "cancelled": "CANCELLED"}.get(event.status, "CONFIRMED")
    properties = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{host}",
        f"DTSTAMP:{stamp.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{escape_char(summary)}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        # DTEND of an all-day event is exclusive: the day after the last day.
        f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}",
    ]
    if event.place:
        properties.append(f"LOCATION:{escape_char(_place(event))}")
    properties += [
        "DESCRIPTION:" + escape_char("\n".join(line for line in lines if line)),
        f"URL:{base_url}{event_url(event.pk)}",
        f"CATEGORIES:{escape_char(event.get_kind_display())}",
        f"STATUS:{status}",
        "END:VEVENT",
    ]
    return "".join(Contentline(line).to_ical().decode() + "\r\n" for line in properties)


def escape_char(text: str) -> str:
    """TEXT escaping of RFC 5545 (backslash, `;`, `,`, line breaks)."""
    return vText(text).to_ical().decode()


def ical_chunks(events: Iterable[Event], *, base_url: str = "") -> Iterator[str]:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Chronik//Chronology//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Chronology"))
    # The calendar's own lines are written once; each VEVENT is written as it is read, so
    # a large export never sits in memory.
    head, _sep, tail = calendar.to_ical().decode().rpartition("END:VCALENDAR")
    yield head
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for event in events:
        vevent = ical_event(event, base_url=base_url, stamp=stamp)
        if vevent is not None:
            yield vevent
    yield "END:VCALENDAR\r\n"


@dataclass(frozen=True)
class ExportFormat:
    """One export format: everything the view, its URL, `manage.py export_events` and the
    timeline's download links need. A new format is one more entry in FORMATS."""

    name: str  # also the file extension and the URL's last part: /export/timeline.<name>
    label: str
    chunks: Callable[..., Iterator[str]]
    content_type: str


FORMATS = {
    f.name: f
    for f in (
        ExportFormat("json", gettext_lazy("JSON (TimelineJS)"), timelinejs_chunks, "application/json"),
        ExportFormat("csv", "CSV", csv_chunks, "text/csv; charset=utf-8"),
        ExportFormat("ics", gettext_lazy("Calendar (iCal)"), ical_chunks, "text/calendar; charset=utf-8"),
    )
}


class FormatConverter:
    """URL converter that matches the names in FORMATS only (anything else is a 404)."""

    regex = "|".join(FORMATS)

    def to_python(self, value: str) -> ExportFormat:
        return FORMATS[value]

    def to_url(self, value: ExportFormat | str) -> str:
        return value.name if isinstance(value, ExportFormat) else FORMATS[value].name
