"""What-if settings for the benchmark only: the project's settings plus Django's per-site
cache (anonymous GET responses kept 30 s in each worker's memory). bench/run.py serves the
timeline with these once more to show what caching the rendered page would give; the
project itself does not use them.

The timeline sets a CSRF cookie for every visitor (and so varies on Cookie), which makes
every response uncacheable; `drop_anonymous_cookies` stands in for the proposed fix (no
CSRF token on anonymous pages) so the cache can work."""

from timeline.settings import *  # noqa: F403
from timeline.settings import MIDDLEWARE


def drop_anonymous_cookies(get_response):
    def middleware(request):
        response = get_response(request)
        if request.method == "GET" and not request.COOKIES.get("sessionid"):
            response.cookies.clear()
            vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
            if vary:
                response["Vary"] = ", ".join(v for v in vary if v.lower() != "cookie")
        return response

    return middleware


MIDDLEWARE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    "bench.settings_cached.drop_anonymous_cookies",
    *MIDDLEWARE,
    "django.middleware.cache.FetchFromCacheMiddleware",
]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CACHE_MIDDLEWARE_SECONDS = 30
CACHE_MIDDLEWARE_KEY_PREFIX = "bench"
