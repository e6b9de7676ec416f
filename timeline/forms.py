"""The timeline's filters, read from the query string (GET), so every view is a URL."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


from .lib.dates import NoSuchDate, coarsen, parse_date_value, range_end, to_date_range
from .lib.names import normalize_alias
from .lib.transliteration import name_keys
from .models import Actor, ActorAlias, Event
from .selectors import (
    ReviewFilters,
    TimelineFilters,
    countries_in_use,
    review_articles,
    with_busy_flag,
)
from .templatetags.chronology import country_name


def _period(value: str, *, end: bool) -> dt.date:
    """A date from "2018-05-30", "2018-05", "2018-W21" or "2018": its first day for
    "from", its last day for "to", so that `?to=2018` means the whole year."""
    try:
        first, last = to_date_range(value.strip())
    except ValueError:
        raise forms.ValidationError(
            _("Enter a date like 2018-05-30, 2018-05 or 2018."), code="invalid"
        ) from None
    return last if end else first


# What a date field takes: a year, a month, an ISO week or a day. A text input (a date
# input cannot show "2019" or "2019-W21"), so the value stays as it was typed.
PERIOD_PATTERN = r"\d{4}(-W\d{2}|-\d{2}(-\d{2})?)?"


class PeriodInput(forms.TextInput):
    def __init__(self) -> None:
        super().__init__(
            attrs={
                "pattern": PERIOD_PATTERN,
                "autocomplete": "off",
                "spellcheck": "false",
                "size": "10",
                # Shown by the browser when the pattern does not match.
                "title": _("A year, month, week or day: 2019, 2019-05, 2019-W21 or 2019-05-31"),
            }
        )


class TimelineFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
        help_text=_("Words from summaries, quotes and actor names."),
    )
    actor = forms.CharField(
        label=_("Actor"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"list": "actor-options", "autocomplete": "off"}),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("all kinds")), *Event.Kind.choices],
    )
    date_from = forms.CharField(
        label=_("From"),
        required=False,
        max_length=10,
        widget=PeriodInput(),
        help_text=_("e.g. 2019, 2019-05, 2019-W21"),
    )
    date_to = forms.CharField(
        label=_("To"),
        required=False,
        max_length=10,
        widget=PeriodInput(),
        help_text=_("e.g. 2021 or 2021-05-31"),
    )
    verified = forms.BooleanField(label=_("Only verified events"), required=False)
    order = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[("", _("newest first")), ("oldest", _("oldest first"))],
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        codes = set(countries_in_use())
        requested = (self.data.get("country") or "").upper()
        if requested:  # "?country=de" means DE
            self.data = self.data.copy()
            self.data["country"] = requested
        if len(requested) == 2 and requested.isalpha():
            codes.add(requested)  # a shared URL keeps working when no actor has it yet
        choices = sorted(
            ((code, f"{country_name(code)} ({code})") for code in codes), key=lambda c: c[1]
        )
        self.fields["country"].choices = [("", _("all countries")), *choices]

    def clean_country(self) -> str:
        return (self.cleaned_data.get("country") or "").upper()

    def clean_actor(self) -> list[Actor]:
        """An actor id, a name, or an alias: every actor it can mean."""
        value = (self.cleaned_data.get("actor") or "").strip()
        if not value:
            return []
        # `.busy` lets the timeline pick its query for rare and busy actors.
        known = with_busy_flag(Actor.objects.all())
        if value.isascii() and value.isdigit():  # "²" and "١" are digits too, but no id
            actors = list(known.filter(pk=int(value)))
        else:
            alias_of = ActorAlias.objects.filter(normalized=normalize_alias(value)).values(
                "actor_id"
            )
            actors = list(known.filter(Q(name__iexact=value) | Q(pk__in=alias_of)))
            if not actors:  # another spelling of a known name: "Lavrov" for "Lawrow"
                keys = [key for key in set(name_keys(value).values()) if key]
                spelled = ActorAlias.objects.filter(
                    Q(key_de__in=keys) | Q(key_en__in=keys)
                ).values("actor_id")
                actors = list(known.filter(pk__in=spelled))
        if not actors:
            raise forms.ValidationError(
                _("No actor called “%(name)s” is known."), code="unknown", params={"name": value}
            )
        return actors

    def clean_date_from(self) -> dt.date | None:
        value = self.cleaned_data.get("date_from")
        return _period(value, end=False) if value else None

    def clean_date_to(self) -> dt.date | None:
        value = self.cleaned_data.get("date_to")
        return _period(value, end=True) if value else None

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("“To” lies before “From”."))
        return data

    def filters(self, *, review: tuple[str, ...]) -> TimelineFilters:
        """The validated filters for a viewer who may see events in the `review` states
        (`access.shown_review_statuses`); call after `is_valid()`."""
        data = self.cleaned_data
        return TimelineFilters(
            q=(data.get("q") or "").strip(),
            actor_ids=tuple(actor.pk for actor in data.get("actor") or []),
            rare_actor=len(data.get("actor") or []) == 1 and not data["actor"][0].busy,
            country=data.get("country") or "",
            kind=data.get("kind") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            verified_only=bool(data.get("verified")),
            oldest_first=data.get("order") == "oldest",
            review=review,
        )

    @property
    def is_filtered(self) -> bool:
        return any(
            self.data.get(name)
            for name in ("q", "actor", "country", "kind", "date_from", "date_to", "verified")
        )


class ActorSearchForm(forms.Form):
    """What was typed into the actor field (`/actors/suggest/`) or asked of
    `/api/actors/`: the same limits as the timeline's fields, so a NUL character or a
    page of text is an error instead of a query the database refuses."""

    q = forms.CharField(required=False, max_length=200)
    country = forms.CharField(required=False, max_length=2)


class ReviewQueueFilterForm(forms.Form):
    """The review queue's filters (GET)."""

    article = forms.TypedChoiceField(label=_("Article"), required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("all kinds")), *Event.Kind.choices]
    )
    language = forms.ChoiceField(label=_("Language of the source"), required=False)
    confidence = forms.ChoiceField(
        label=_("Confidence"),
        required=False,
        choices=[
            ("", _("any confidence")),
            # The keys of selectors.CONFIDENCE_BANDS.
            ("low", _("low (below 0.5)")),
            ("medium", _("medium (0.5 to 0.8)")),
            ("high", _("high (0.8 and more)")),
        ],
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        asked = str(self.data.get("article") or "")
        articles = review_articles(include=int(asked) if asked.isascii() and asked.isdigit() else None)
        self.fields["article"].choices = [
            ("", _("all articles")),
            *((str(pk), title) for pk, title in articles),
        ]
        self.fields["language"].choices = [("", _("all languages")), *settings.LANGUAGES]

    def filters(self) -> ReviewFilters:
        """The validated filters; call after `is_valid()`."""
        data = self.cleaned_data
        return ReviewFilters(
            article_id=data.get("article"),
            kind=data.get("kind") or "",
            language=data.get("language") or "",
            confidence=data.get("confidence") or "",
        )


class ReviewForm(forms.Form):
    """An editor's verdict on one or more events (POST)."""

    event = forms.ModelMultipleChoiceField(queryset=Event.objects.all())
    MERGE = "merge"  # duplicates: folded into the oldest of them (`services.events_merge`)
    status = forms.ChoiceField(
        choices=[
            (Event.Review.VERIFIED, _("verify")),
            (Event.Review.REJECTED, _("reject")),
            (MERGE, _("merge")),
        ]
    )
    next = forms.CharField(required=False, max_length=2000)


class EventAdminForm(forms.ModelForm):
    """The event's change form in the admin: the date is typed as people write it
    ("30.05.2018", "2018-W22", "2018-05", "2018") and its precision follows from that form,
    unless the editor picks a coarser one (a day given as its month). Whatever cannot be
    read gets a message at the field, and the rest of the edit is kept."""

    class Meta:
        model = Event
        fields = "__all__"
        help_texts = {
            "date_value": _(
                "A day (30.05.2018 or 2018-05-30), a week (2018-W22), a month (2018-05) or a "
                "year (2018). Empty: no date."
            ),
            "date_precision": _(
                "Follows from the date as typed; choose a coarser one to keep only the "
                "week, month or year of the date."
            ),
            "date_range_end": _(
                "The last day, when the event takes several days (4–5 March 2019: the date "
                "04.03.2019, until 05.03.2019). Empty: one day, week, month or year."
            ),
        }

    def clean(self) -> dict:
        data = super().clean()
        raw = (data.get("date_value") or "").strip()
        if "date_value" in self.errors:
            return data
        if not raw:
            data["date_value"], data["date_precision"], data["date_range_end"] = "", "", None
            return data
        try:
            value, precision = parse_date_value(raw)
        except NoSuchDate:
            self.add_error(
                "date_value",
                forms.ValidationError(
                    _("“%(value)s” is not in the calendar (no such day, week or month)."),
                    code="no_such_date",
                    params={"value": raw},
                ),
            )
            return data
        except ValueError:
            self.add_error(
                "date_value",
                forms.ValidationError(
                    _("“%(value)s” is not a date. Enter e.g. 30.05.2018, 2018-W22, 2018-05 or 2018."),
                    code="invalid",
                    params={"value": raw},
                ),
            )
            return data
        chosen = data.get("date_precision") or ""
        if chosen and chosen != precision and "date_precision" in self.changed_data:
            try:
                value, precision = coarsen(value, precision, chosen), chosen
            except ValueError:
                self.add_error(
                    "date_precision",
                    forms.ValidationError(
                        _("“%(value)s” is a %(given)s; it cannot be given as a %(chosen)s."),
                        code="finer",
                        params={
                            "value": raw,
                            "given": Event.Precision(precision).label,
                            "chosen": Event.Precision(chosen).label,
                        },
                    ),
                )
                return data
        data["date_value"], data["date_precision"] = value, precision
        end = data.get("date_range_end")
        if end is not None:
            try:
                range_end(value, end)
            except ValueError:
                self.add_error(
                    "date_range_end",
                    forms.ValidationError(
                        _(
                            "A range of days starts on a day (the date) and ends on a later day, "
                            "within a year."
                        ),
                        code="no_range",
                    ),
                )
        return data
