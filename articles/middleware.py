"""A paste too large for the upload form gets the form back with a message, instead of
Django's bare 400 page (or, with DEBUG, its debug page)."""
from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse

from .views import UPLOAD_PERMISSION, article_upload_too_large


class UploadTooLargeMiddleware:
    """Reads the upload form's data before the CSRF check does (it must come before
    `CsrfViewMiddleware` in MIDDLEWARE). The CSRF check is the first to read a POST, so a
    body over DATA_UPLOAD_MAX_MEMORY_SIZE fails there, before the view could catch it;
    here it is caught, and an editor sees the form again with the limits. Other requests
    pass untouched."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name != "articles:upload":
            return None
        try:
            request.POST  # noqa: B018 (reading it parses the body, where it can fail)
        except RequestDataTooBig:
            if request.user.has_perm(UPLOAD_PERMISSION):
                return article_upload_too_large(request)
            raise
        return None
