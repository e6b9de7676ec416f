"""Every response carries a Content-Security-Policy that allows no inline script or style,
a Referrer-Policy and a Permissions-Policy; the pages themselves contain nothing inline
that the policy would block."""
import re

import pytest

from articles.models import Article
from tests.timeline.factories import make_actor, make_article, make_event

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def world():
    article = make_article("Kim trifft Moon.", status=Article.Status.DONE,
                           url="https://news.example.org/a")
    kim = make_actor("Kim Jong Un", country="KP")
    event = make_event("Kim trifft Moon", actors=[kim], date="2018-04-27", precision="day",
                       article=article)
    return {"article": article, "actor": kim, "event": event}


def public_urls(world) -> list[str]:
    return [
        "/",
        "/?kind=meeting&date_from=2018",
        world["event"].get_absolute_url(),
        world["actor"].get_absolute_url(),
        world["article"].get_absolute_url(),
        "/api/events/",
        "/export/timeline.csv",
        "/admin/login/",
    ]


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_every_response_has_a_strict_content_security_policy(client, world):
    for url in public_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = csp_directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        assert "unsafe" not in response["Content-Security-Policy"], url


def test_htmx_fragments_and_errors_carry_the_policy_too(client, world):
    fragment = client.get("/?kind=meeting", headers={"HX-Request": "true"})
    assert "<html" not in fragment.content.decode()
    assert csp_directives(fragment)["script-src"] == ["'self'"]
    missing = client.get("/events/999999/")
    assert missing.status_code == 404 and "Content-Security-Policy" in missing


def test_referrer_and_permissions_policies(client, world):
    for url in public_urls(world):
        response = client.get(url)
        assert response["Referrer-Policy"] == "same-origin", url
        features = dict(
            item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
        )
        for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
            assert features[feature] == "()", (url, feature)


def test_pages_have_no_inline_scripts_or_styles(client, editor, world):
    client.force_login(editor)  # editors see the most: admin links and the whole text
    urls = [*public_urls(world), "/articles/new/", "/admin/", "/admin/timeline/event/",
            f"/admin/timeline/event/{world['event'].pk}/change/"]
    for url in urls:
        response = client.get(url)
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        # A script needs a src (JSON data blocks for the admin's scripts are not run).
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag, (url, tag)
        assert "<style" not in html, url
        assert not re.search(r"""\sstyle\s*=\s*["']""", html), url
        assert not re.search(r"""\son[a-z]+\s*=\s*["']""", html), url  # onclick=…
        assert "javascript:" not in html, url
        # htmx comes from the site itself, never from a CDN.
        assert re.search(r'<script src="/static/django_htmx/htmx[^"]*\.js"', html) or "/admin/" in url, url
