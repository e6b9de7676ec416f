"""Fixtures for the article tests: a local web server for URL uploads, sample pages, and
helpers to look at what was (not) stored."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# Invented for the tests: an English news page with navigation around the article.
ARTICLE_HTML = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Ministers meet in Vienna | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2019-03-05T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Vienna</h1>
<p>The foreign ministers of Austria and Norway met on Monday in Vienna to talk about a new
agreement on research in the Arctic. Both sides called the two-hour meeting constructive.</p>
<p>"We have made real progress today", the Norwegian minister told reporters afterwards,
adding that a second round of talks was planned for April in Oslo.</p>
</article>
<footer>Copyright Test Gazette. All rights reserved.</footer>
</body></html>"""

NAVIGATION_ONLY_HTML = """<!doctype html><html><head><title>Start</title></head>
<body><nav><a href="/">Home</a> <a href="/a">About</a></nav><p>Menu</p></body></html>"""


class Routes(dict):
    """path -> (status, headers, body) or a callable handling the request."""


def _handler(routes: Routes, requests: list[str]):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            requests.append(self.path)
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if callable(route):
                route(self)
                return
            status, headers, body = route
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return Handler


class WebServer:
    """A web server on 127.0.0.1 (or ::1) serving `routes`; `url(path)` gives addresses
    and `requests` lists the paths it was asked for."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes = Routes()
        self.requests: list[str] = []
        server_class = ThreadingHTTPServer
        if ":" in host:
            server_class = type("V6Server", (ThreadingHTTPServer,), {"address_family": socket.AF_INET6})
        self.server = server_class((host, 0), _handler(self.routes, self.requests))
        self.server.daemon_threads = True
        self.host = f"[{host}]" if ":" in host else host
        self.port = self.server.server_address[1]
        # a short poll interval: shutdown() waits for it, twice per test with two servers
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
             status: int = 200, headers: dict | None = None) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, data)
        return self.url(path)

    def redirect(self, path: str, to: str) -> str:
        self.routes[path] = (302, {"Location": to}, b"")
        return self.url(path)

    def handler(self, path: str, function: Callable) -> str:
        self.routes[path] = function
        return self.url(path)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def web(settings):
    """A local web server that upload by URL may fetch from: it is on 127.0.0.1, inside
    the network, so it is listed in ARTICLE_FETCH_ALLOWED_HOSTS (host and port), as a
    newsroom lists its own internal servers."""
    server = WebServer()
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"127.0.0.1:{server.port}"]
    yield server
    server.stop()


@pytest.fixture
def inside():
    """A local web server nobody allowed: fetching must never reach it."""
    server = WebServer()
    yield server
    server.stop()


def slow_response(seconds: float):
    def respond(request: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        try:
            request.wfile.write(ARTICLE_HTML.encode())
        except OSError:
            pass  # the client gave up, as it should

    return respond


@pytest.fixture(autouse=True)
def english(client):
    """The messages asserted here are the English originals (the site defaults to German)."""
    from django.utils import translation

    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def nothing_stored():
    """Call to assert that no article and no task exists."""
    from django_tasks_db.models import DBTaskResult

    from articles.models import Article

    def check() -> None:
        assert list(Article.objects.values_list("title", flat=True)) == []
        assert DBTaskResult.objects.count() == 0

    return check
