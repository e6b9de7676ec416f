"""The upload form: one article from pasted text, a file or a URL, with its metadata.

Cleaning turns the source into text (sources.py does the fetching and HTML extraction)
and fills in what the editor left empty from what the source states. When something is
still missing (the publication date, usually), the form comes back with the extracted
text in the text field, so the editor only adds what is missing.
"""
from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import sources
from .sources import SourceError


class ArticleUploadForm(forms.Form):
    text = forms.CharField(
        label=_("Article text"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Paste the text, or upload a file, or give the address of the page below."),
    )
    file = forms.FileField(
        label=_("or a file"),
        required=False,
        help_text=_(".txt, .md or .html (UTF-8); the article is taken out of HTML pages."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.html,.htm"}),
    )
    url = forms.CharField(
        label=_("Source URL"),
        required=False,
        max_length=1000,
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("Fetched if neither text nor file is given; kept as the source either way."),
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=300)
    published = forms.DateField(
        label=_("Publication date"),
        required=False,
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter the publication date as YYYY-MM-DD, e.g. 2018-05-31.")},
        help_text=_("Filled in when the text or the page states it."),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("detect automatically")), ("de", _("German")), ("en", _("English"))],
        error_messages={
            "invalid_choice": _("Unsupported language: only German and English articles can be processed.")
        },
    )
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.is_bound:
            # Mutable, so that what cleaning finds shows up when the form is shown again.
            self.data = self.data.copy()

    def clean_url(self) -> str:
        url = (self.cleaned_data.get("url") or "").strip()
        if url:
            try:
                sources.url_check(url)
            except SourceError as exc:
                raise forms.ValidationError(str(exc)) from None
        return url

    def clean_published(self):
        published = self.cleaned_data.get("published")
        if published is not None:
            try:
                sources.date_check(published)
            except SourceError as exc:
                raise forms.ValidationError(str(exc)) from None
        return published

    def clean(self) -> dict:
        data = super().clean()
        source = self._read_source(data)
        if source is None:
            return data
        try:
            text = sources.text_check(source.text)
        except SourceError as exc:
            self.add_error("text", str(exc))
            return data
        if text != data.get("text"):
            self.data["text"] = text  # keep the extracted text for a second round
        data["text"] = text
        data["title"] = data.get("title") or source.title or sources.text_first_line(text)
        data["outlet"] = data.get("outlet") or source.outlet
        data["url"] = data.get("url") or source.url
        for name in ("title", "outlet"):
            self.data[name] = data[name]

        if "published" not in self.errors and data.get("published") is None:
            found = source.published or sources.text_find_date(text)
            if found is None:
                self.add_error(
                    "published",
                    _("The text does not say when it was published: enter the publication date."),
                )
            else:
                self.data["published"] = found.isoformat()
                try:
                    data["published"] = sources.date_check(found)
                except SourceError as exc:
                    self.add_error("published", str(exc))

        if "language" not in self.errors:
            try:
                data["language"] = sources.language_resolve(text, data.get("language") or "")
            except SourceError as exc:
                self.add_error("language", str(exc))
        return data

    def _read_source(self, data: dict) -> sources.Source | None:
        """The text pasted, else the file, else the page at the URL."""
        if "url" in self.errors:
            return None
        text, upload, url = data.get("text") or "", data.get("file"), data.get("url") or ""
        if text.strip() or (not upload and not url):
            return sources.Source(text=text)
        if upload:
            # Read one byte past the largest accepted size instead of trusting upload.size.
            data_bytes = upload.read(settings.ARTICLE_FETCH_MAX_BYTES + 1)
            if len(data_bytes) > settings.ARTICLE_FETCH_MAX_BYTES:
                self.add_error("file", _("The file is too large."))
                return None
            try:
                return sources.file_read(upload.name, data_bytes)
            except SourceError as exc:
                self.add_error("file", str(exc))
                return None
        try:
            return sources.url_fetch(url)
        except SourceError as exc:
            self.add_error("url", str(exc))
            return None
