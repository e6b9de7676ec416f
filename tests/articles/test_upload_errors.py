"""Bad input on the upload page: a message saying what is wrong, and nothing stored."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from .conftest import ARTICLE_HTML, NAVIGATION_ONLY_HTML, slow_response
from .samples import ENGLISH_DATELINE, ENGLISH_NO_DATE, FRENCH

pytestmark = pytest.mark.django_db
URL = reverse("articles:upload")


def post(client, **fields):
    data = {"text": "", "url": "", "title": "", "published": "", "language": "", "outlet": ""}
    data.update(fields)
    response = client.post(URL, data)
    assert response.status_code == 200, "the form should be shown again"
    return response.content.decode()


def upload(client, name: str, data: bytes, **fields):
    response = client.post(URL, {"file": SimpleUploadedFile(name, data), **fields})
    assert response.status_code == 200, "the form should be shown again"
    return response.content.decode()


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_empty_text(editor_client, nothing_stored, text):
    assert "The article text is empty." in post(editor_client, text=text, published="2018-05-31")
    nothing_stored()


def test_text_over_the_limit(editor_client, nothing_stored, settings):
    settings.ARTICLE_MAX_CHARS = 1000
    page = post(editor_client, text="Wort " * 201, published="2018-05-31")
    assert "The article is too long: 1,004 characters, at most 1,000 are allowed." in page
    nothing_stored()


def test_the_lengths_are_written_the_german_way_in_german(editor_client, nothing_stored, settings):
    settings.ARTICLE_MAX_CHARS = 1000
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de"
    page = post(editor_client, text="Wort " * 201, published="2018-05-31")
    assert "1.004 Zeichen, erlaubt sind höchstens 1.000." in page
    nothing_stored()


def test_text_over_the_default_limit_of_200_000(editor_client, nothing_stored):
    page = post(editor_client, text="a" * 200_001, published="2018-05-31")
    assert "at most 200,000 are allowed" in page
    nothing_stored()


def test_binary_file(editor_client, nothing_stored):
    page = upload(editor_client, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "The file is not a text file (it contains binary data)." in page
    nothing_stored()


def test_file_not_in_utf8(editor_client, nothing_stored):
    page = upload(editor_client, "alt.txt", "Außenminister trifft Amtskollegen in Köln".encode("latin-1"))
    assert "The file is not UTF-8 encoded text." in page
    nothing_stored()


def test_unsupported_file_type(editor_client, nothing_stored):
    page = upload(editor_client, "article.pdf", b"%PDF-1.4")
    assert "Unsupported file type “.pdf”" in page
    nothing_stored()


def test_html_file_without_article(editor_client, nothing_stored):
    page = upload(editor_client, "start.html", NAVIGATION_ONLY_HTML.encode(), published="2018-05-31")
    assert "No article text was found in this page." in page
    nothing_stored()


def test_url_that_is_not_http(editor_client, nothing_stored):
    for url in ["ftp://example.org/article.txt", "file:///etc/passwd", "javascript:alert(1)"]:
        assert "Only http:// and https:// addresses can be fetched." in post(editor_client, url=url)
    nothing_stored()


def test_url_that_times_out(editor_client, nothing_stored, settings, web):
    settings.ARTICLE_FETCH_TIMEOUT = 1
    url = web.handler("/slow", slow_response(3))
    assert "The address did not answer in time (limit: 1 s)." in post(editor_client, url=url)
    nothing_stored()


def test_url_that_redirects_too_often(editor_client, nothing_stored, web):
    for n in range(10):
        web.redirect(f"/hop{n}", web.url(f"/hop{n + 1}"))
    web.page("/hop10", ARTICLE_HTML)
    assert "The address redirects too often." in post(editor_client, url=web.url("/hop0"))
    nothing_stored()


def test_url_redirecting_to_another_scheme(editor_client, nothing_stored, web):
    url = web.redirect("/away", "ftp://example.org/x")
    assert "Only http:// and https:// addresses can be fetched." in post(editor_client, url=url)
    nothing_stored()


def test_url_that_is_too_large(editor_client, nothing_stored, settings, web):
    settings.ARTICLE_FETCH_MAX_BYTES = 5000
    url = web.page("/big", ARTICLE_HTML + "<!--" + "x" * 10_000 + "-->")
    assert "The page is too large (more than 5,000 bytes)." in post(editor_client, url=url)
    nothing_stored()


def test_url_that_is_missing(editor_client, nothing_stored, web):
    assert "answered with HTTP status 404" in post(editor_client, url=web.url("/nothing"))
    nothing_stored()


def test_url_without_article(editor_client, nothing_stored, web):
    url = web.page("/start", NAVIGATION_ONLY_HTML)
    assert "No article text was found in this page." in post(editor_client, url=url)
    nothing_stored()


def test_publication_date_in_the_future(editor_client, nothing_stored):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page = post(editor_client, text=ENGLISH_NO_DATE, published=tomorrow.isoformat())
    assert f"The publication date {tomorrow.isoformat()} is in the future." in page
    nothing_stored()


def test_future_date_stated_in_the_text(editor_client, nothing_stored):
    next_year = timezone.localdate().year + 1
    page = post(editor_client, text=f"OTTAWA, May 31, {next_year} — " + ENGLISH_NO_DATE)
    assert f"The publication date {next_year}-05-31 is in the future." in page
    nothing_stored()


@pytest.mark.parametrize("value", ["31.02.2018", "yesterday", "2018-13-01"])
def test_unparsable_publication_date(editor_client, nothing_stored, value):
    page = post(editor_client, text=ENGLISH_NO_DATE, published=value)
    assert "Enter the publication date as YYYY-MM-DD, e.g. 2018-05-31." in page
    assert "Ottawa to discuss trade" in page  # the text is kept
    nothing_stored()


def test_unsupported_language_detected(editor_client, nothing_stored):
    page = post(editor_client, text=FRENCH, published="2018-05-31")
    assert "The text is neither German nor English" in page
    nothing_stored()


def test_unsupported_language_chosen(editor_client, nothing_stored):
    page = post(editor_client, text=ENGLISH_DATELINE, language="fr")
    assert "Unsupported language: only German and English articles can be processed." in page
    nothing_stored()


def test_url_whose_port_is_closed_is_refused_not_timed_out(editor_client, nothing_stored, settings):
    import socket

    with socket.socket() as probe:  # a port on this machine that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.ARTICLE_FETCH_ALLOWED_HOSTS = [f"127.0.0.1:{port}"]  # else it is refused unasked
    page = post(editor_client, url=f"http://127.0.0.1:{port}/article")
    assert "The address refused the connection." in page
    nothing_stored()


def test_url_whose_name_is_not_found(editor_client, nothing_stored):
    page = post(editor_client, url="http://no-such-host.invalid/article")
    assert "The address&#x27;s server name was not found." in page or \
        "The address's server name was not found." in page
    nothing_stored()


def test_publication_date_before_1900(editor_client, nothing_stored):
    page = post(editor_client, text="Ein Text über ein Treffen. " * 20, published="0001-01-01")
    assert "The publication date 0001-01-01 is before 1900" in page
    nothing_stored()


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://127.0.0.1:99999/article", "http://example.org:port/"]
)
def test_url_that_cannot_be_read_is_a_message_not_a_server_error(editor_client, nothing_stored, url):
    # Checked even when a text is pasted: the address is kept as the article's source.
    for fields in ({"url": url}, {"url": url, "text": ENGLISH_DATELINE}):
        assert "This is not a valid web address." in post(editor_client, **fields)
    nothing_stored()


@pytest.fixture
def browser_like_client(editor):
    """A client that, like a browser, must pass the CSRF check: the check reads the form
    before the view does, so a too-large paste fails there first."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(editor)
    return client


def paste(client, text: str, **headers):
    token = client.get("/").cookies["csrftoken"].value  # the language form sets it
    return client.post(
        URL, {"csrfmiddlewaretoken": token, "text": text, "published": "2018-05-31"}, **headers
    )


@pytest.mark.parametrize("debug", [False, True])  # `make run` serves with DEBUG on
def test_a_paste_over_the_form_limit_shows_the_form_with_the_limits(
    browser_like_client, nothing_stored, settings, debug
):
    settings.DEBUG = debug
    response = paste(browser_like_client, "Wort " * 1_000_000)  # 5 MB
    assert response.status_code == 413
    page = response.content.decode()
    assert (
        "The pasted text is too large: the form takes at most 2.5\xa0MB, and an article may "
        "have at most 200,000 characters." in page
    )
    assert "upload it as a file (.txt, .md or .html up to 1.9\xa0MB" in page
    assert '<textarea name="text"' in page and 'type="file"' in page  # the form, to try again
    nothing_stored()


def test_the_form_limit_follows_the_setting_and_the_language(browser_like_client, nothing_stored, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    response = paste(browser_like_client, "Wort " * 30_000, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 413
    assert "Der eingefügte Text ist zu groß: das Formular nimmt höchstens 97,7\xa0KB an" in (
        response.content.decode()
    )
    nothing_stored()


def test_a_paste_under_the_form_limit_but_over_the_article_limit_is_a_field_error(
    browser_like_client, nothing_stored
):
    response = paste(browser_like_client, "Wort " * 400_000)  # 2 MB, 2,000,000 characters
    assert response.status_code == 200
    assert "The article is too long: 1,999,999 characters" in response.content.decode()
    nothing_stored()


def test_a_too_large_request_from_someone_who_cannot_upload_is_a_plain_400(reader):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    response = paste(client, "Wort " * 1_000_000)
    assert response.status_code == 400
    assert "<textarea" not in response.content.decode()


def test_an_error_is_shown_at_its_field_and_tied_to_it(editor_client, nothing_stored):
    import re

    page = post(editor_client, text="Ein Text ohne Datum, der lang genug ist. " * 3,
                url="ftp://example.org/x")
    field = re.search(r'<input[^>]*name="url"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="id_url_helptext id_url_error"' in field
    assert re.search(r'<p class="field-error" id="id_url_error">[^<]+</p>', page)
    assert 'id="id_url_helptext"' in page
    # The fields without errors are not marked.
    title = re.search(r'<input[^>]*name="title"[^>]*>', page)[0]
    assert "aria-invalid" not in title
    assert '<button type="submit" class="button">' in page
    nothing_stored()
