"""Upload by URL cannot be used to reach inside the network (SSRF): every notation of an
internal address is refused before any connection, on every redirect hop, unless the
newsroom lists the host in ARTICLE_FETCH_ALLOWED_HOSTS. The local servers here record
every request, so "never reached" is checked on the server's side."""
import ssl
import time

import pytest
import trustme
from django.urls import reverse

from articles.models import Article
from articles.sources import address_public

from .conftest import ARTICLE_HTML, WebServer

pytestmark = pytest.mark.django_db
URL = reverse("articles:upload")
INSIDE = "This address points inside the network and cannot be fetched."


def post(client, url: str) -> str:
    """The form shown again with its message."""
    response = client.post(URL, {"url": url})
    assert response.status_code == 200, "the form should be shown again"
    return response.content.decode()


def fetched(client, url: str) -> Article:
    """The article stored from the URL."""
    response = client.post(URL, {"url": url})
    assert response.status_code == 302, response.content.decode()
    return Article.objects.get()


@pytest.fixture
def ipv6_inside():
    """A server on ::1 nobody allowed."""
    server = WebServer("::1")
    yield server
    server.stop()


# Each is the same server on 127.0.0.1 in another notation ({port} is its port).
LOOPBACK_FORMS = [
    "http://127.0.0.1:{port}/article",
    "http://localhost:{port}/article",
    "http://LOCALHOST.:{port}/article",
    "http://2130706433:{port}/article",  # decimal
    "http://017700000001:{port}/article",  # octal, one number
    "http://0177.0.0.1:{port}/article",  # octal, dotted
    "http://0x7f.0.0.1:{port}/article",  # hexadecimal, dotted
    "http://0x7f000001:{port}/article",  # hexadecimal, one number
    "http://127.1:{port}/article",  # short form
    "http://127.0.0.2:{port}/article",  # anywhere in 127/8
    "http://0.0.0.0:{port}/article",  # "this host": Linux connects it to loopback
    "http://0:{port}/article",
    "http://[::ffff:127.0.0.1]:{port}/article",  # IPv4-mapped IPv6
    "http://[::ffff:7f00:1]:{port}/article",  # the same, in hexadecimal
    "http://user:secret@127.0.0.1:{port}/article",
]


@pytest.mark.parametrize("form", LOOPBACK_FORMS)
def test_a_loopback_address_in_any_notation_is_never_reached(editor_client, nothing_stored, inside, form):
    inside.page("/article", ARTICLE_HTML)
    assert INSIDE in post(editor_client, form.format(port=inside.port))
    assert inside.requests == []
    nothing_stored()


def test_ipv6_loopback_is_never_reached(editor_client, nothing_stored, ipv6_inside):
    url = ipv6_inside.page("/article", ARTICLE_HTML)
    assert url.startswith("http://[::1]:")
    assert INSIDE in post(editor_client, url)
    assert ipv6_inside.requests == []
    nothing_stored()


def test_the_test_server_itself_is_never_reached_without_the_setting(editor_client, nothing_stored, settings, web):
    url = web.page("/article", ARTICLE_HTML)
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = []
    assert INSIDE in post(editor_client, url)
    assert web.requests == []
    nothing_stored()


@pytest.mark.parametrize("url", [
    "http://10.0.0.1/",  # private
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",  # link-local: cloud metadata
    "http://100.64.0.1/",  # shared address space (carrier-grade NAT)
    "http://224.0.0.1/",  # multicast
    "http://240.0.0.1/",  # reserved
    "http://255.255.255.255/",  # broadcast
    "http://192.0.2.1/",  # documentation
    "http://[::]/",  # unspecified
    "http://[fc00::1]/",  # unique-local
    "http://[fd12:3456::1]/",
    "http://[fe80::1]/",  # link-local
    "http://[fec0::1]/",  # site-local
    "http://[ff02::1]/",  # multicast
    "http://[::ffff:10.0.0.1]/",  # IPv4-mapped private
    "http://[::ffff:169.254.169.254]/",
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    "http://[2002:a9fe:a9fe::1]/",  # 6to4 of 169.254.169.254
    "https://169.254.169.254/",
])
def test_other_internal_addresses_are_refused_at_once(editor_client, nothing_stored, url):
    started = time.monotonic()
    assert INSIDE in post(editor_client, url)
    assert time.monotonic() - started < 2, "refused before any connection attempt"
    nothing_stored()


def test_a_redirect_to_an_unlisted_server_is_not_followed(editor_client, nothing_stored, web, inside):
    inside.page("/secret", ARTICLE_HTML)
    url = web.redirect("/go", inside.url("/secret"))
    assert INSIDE in post(editor_client, url)
    assert web.requests == ["/go"]
    assert inside.requests == []
    nothing_stored()


@pytest.mark.parametrize("form", ["http://2130706433:{port}/secret", "http://[::ffff:127.0.0.1]:{port}/secret",
                                  "//127.1:{port}/secret"])
def test_a_redirect_in_another_notation_is_not_followed(editor_client, nothing_stored, web, inside, form):
    inside.page("/secret", ARTICLE_HTML)
    url = web.redirect("/go", form.format(port=inside.port))
    assert INSIDE in post(editor_client, url)
    assert inside.requests == []
    nothing_stored()


def test_a_redirect_after_a_few_hops_is_checked_too(editor_client, nothing_stored, web, inside):
    inside.page("/secret", ARTICLE_HTML)
    web.redirect("/b", inside.url("/secret"))
    url = web.redirect("/a", web.url("/b"))
    assert INSIDE in post(editor_client, url)
    assert web.requests == ["/a", "/b"]
    assert inside.requests == []


def test_a_listed_host_name_is_fetched(editor_client, settings, inside):
    inside.page("/article", ARTICLE_HTML)
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"localhost:{inside.port}"]
    article = fetched(editor_client, f"http://localhost:{inside.port}/article")
    assert article.title == "Ministers meet in Vienna"
    assert inside.requests == ["/article"]


def test_the_host_header_keeps_the_name(editor_client, settings, inside):
    """The connection goes to the checked address, but the server is asked for the name."""
    seen = []

    def respond(request):
        seen.append(request.headers["Host"])
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.end_headers()
        request.wfile.write(ARTICLE_HTML.encode())

    inside.handler("/article", respond)
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"localhost:{inside.port}"]
    fetched(editor_client, f"http://localhost:{inside.port}/article")
    assert seen == [f"localhost:{inside.port}"]


def test_a_listed_network_allows_its_addresses(editor_client, settings, inside):
    inside.page("/article", ARTICLE_HTML)
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = ["127.0.0.0/8"]
    fetched(editor_client, f"http://2130706433:{inside.port}/article")
    assert inside.requests == ["/article"]


def test_a_listed_port_allows_no_other_port(editor_client, nothing_stored, settings, web, inside):
    inside.page("/article", ARTICLE_HTML)
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"127.0.0.1:{web.port}", f"localhost:{web.port}"]
    for host in ["127.0.0.1", "localhost"]:
        assert INSIDE in post(editor_client, f"http://{host}:{inside.port}/article")
    assert inside.requests == []
    nothing_stored()


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1", "2a00:1450:4001::200e"])
def test_public_addresses_are_public(address):
    assert address_public(address)


# --- https: the connection goes to the checked address, the certificate is checked
# against the name --------------------------------------------------------------------


@pytest.fixture
def tls_server(tmp_path, monkeypatch, settings):
    """An https server on 127.0.0.1 with a certificate for "localhost" from a test CA that
    the fetching code trusts (through SSL_CERT_FILE, read by OpenSSL's default paths)."""
    ca = trustme.CA()
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    server = WebServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost").configure_cert(context)
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    server.url = lambda path: f"https://localhost:{server.port}{path}"
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"localhost:{server.port}", f"127.0.0.1:{server.port}"]
    yield server
    server.stop()


def test_https_to_a_listed_name_checks_the_certificate_against_the_name(editor_client, tls_server):
    url = tls_server.page("/article", ARTICLE_HTML)
    assert fetched(editor_client, url).url == url
    assert tls_server.requests == ["/article"]


def test_https_to_the_address_fails_the_certificate_check(editor_client, nothing_stored, tls_server):
    tls_server.page("/article", ARTICLE_HTML)
    page = post(editor_client, f"https://127.0.0.1:{tls_server.port}/article")
    assert "The address could not be fetched" in page
    assert "certificate" in page.lower() or "hostname" in page.lower()
    assert tls_server.requests == []
    nothing_stored()


def test_the_refusal_is_in_german_for_german_editors(editor_client, nothing_stored):
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    page = post(editor_client, "http://169.254.169.254/latest/meta-data/")
    assert "Diese Adresse zeigt ins interne Netz und kann nicht abgerufen werden." in page
    nothing_stored()
