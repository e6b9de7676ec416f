"""Write the whole filtered chronology as one file (the web exports come in parts).

    python manage.py export_events --format csv > chronology.csv
    python manage.py export_events --format ics --country KP --date-from 2018 > korea-2018.ics
    python manage.py export_events --format json --actor "Kim Jong Un" --base-url https://chronik.example

The filters are the timeline's (`timeline.forms.TimelineFilterForm`), so a file holds
exactly what the same filters show readers on the site (under the publishing policy,
`CHRONIK_PUBLIC_EVENTS`), in the same order.
"""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from timeline import exports, selectors
from timeline.access import shown_review_statuses
from timeline.forms import TimelineFilterForm

class Command(BaseCommand):
    help = "Export every event matching the filters as CSV, iCalendar or TimelineJS JSON."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--format", choices=sorted(exports.FORMATS), default="csv")
        parser.add_argument("--q", default="", help="full-text search, as on the timeline")
        parser.add_argument("--actor", default="", help="an actor id, name or alias")
        parser.add_argument("--country", default="", help="ISO 3166-1 alpha-2 code")
        parser.add_argument("--kind", default="", choices=["", "meeting", "statement"])
        parser.add_argument("--date-from", default="", help="2018-05-30, 2018-05, 2018-W21, 2018")
        parser.add_argument("--date-to", default="")
        parser.add_argument("--verified", action="store_true", help="only verified events")
        parser.add_argument("--oldest-first", action="store_true")
        parser.add_argument(
            "--base-url",
            default="",
            help="prefix of the permalinks, e.g. https://chronik.example (default: paths only)",
        )
        parser.add_argument(
            "--language", default=None, help="language of dates and labels (default: the site's)"
        )

    def handle(self, *args, **options) -> None:
        data = {
            "q": options["q"],
            "actor": options["actor"],
            "country": options["country"],
            "kind": options["kind"],
            "date_from": options["date_from"],
            "date_to": options["date_to"],
            "order": "oldest" if options["oldest_first"] else "",
        }
        if options["verified"]:
            data["verified"] = "on"
        with translation.override(options["language"] or translation.get_language()):
            form = TimelineFilterForm(data)
            if not form.is_valid():
                problems = "; ".join(
                    f"{name}: {' '.join(errors)}" for name, errors in form.errors.items()
                )
                raise CommandError(f"invalid filters: {problems}")
            events = selectors.events_for_export(
                form.filters(review=shown_review_statuses(None))
            )
            chunks = exports.FORMATS[options["format"]].chunks(
                events, base_url=options["base_url"].rstrip("/")
            )
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
