"""No input gives a server error: generated bad requests (Hypothesis) against every public
URL and the upload form, anonymous and signed in. Every answer must be below 500, and an
upload is either refused with nothing stored or stored as a complete article.

The examples are derandomized with a fixed number, so CI sends the same requests every
time; the test prints how many it sent ("fuzz: N requests, 0 server errors"). (Hypothesis
also mixes in constants from the project's modules loaded so far, so the requests of a
run of this file alone differ from those of the whole suite; each is the same every time.)
URL uploads only ever point at 127.0.0.1:1 (nothing listens there) or at invalid
addresses: the test never reaches the internet."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article

from .timeline.factories import make_article, make_event, make_korea_2018

pytestmark = pytest.mark.django_db

HYPOTHESIS = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)

# Text of every kind except lone surrogates, which no client can send as UTF-8.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
ODD_VALUES = st.sampled_from(
    [
        "", " ", "\x00", "\t\n", "0", "-1", "+1", "00", "1e309", "NaN", "inf", "-inf",
        "9" * 30, "9" * 5000, "18446744073709551616", "2147483648", "²", "١٢٣", "Ⅻ", "0x10",
        "9999-W52", "9999-W53", "0000-W01", "2018-W00", "2018-W54", "9999-12-31", "0001-01-01",
        "0000-00-00", "2018-02-30", "2018-13", "2018-00", "99999", "-2018", "2018-05-30T10:00",
        "2018-5-3", "30.05.2018", "31.02.2018", "29.02.1900", "01.01.0001", "undated",
        "undated.", "undated.1", "undated.-1", "undated.99999999999999999999",
        "9999-12-31.1", "0001-01-01.9223372036854775808", "2018-05-30.abc", ".", "..", "a.b.c",
        "meeting", "statement", "oldest", "de", "en", "fr", "xx", "DE", "KP", "ü", "Kim",
        "Kim Jong Un", "'; DROP TABLE timeline_event; --", '"', '""', "%", "_", "\\", "*",
        "<script>alert(1)</script>", "\u202e", "\ufeff", "🇰🇵", "a" * 201, "ä" * 5000,
    ]
)
NUMBERS = st.integers(min_value=-(10**30), max_value=10**30).map(str)
WEEKS = st.builds(
    "{}-W{:02d}".format, st.integers(0, 99999), st.integers(0, 99)
)
DATES = st.builds(
    "{:04d}-{:02d}-{:02d}".format, st.integers(0, 99999), st.integers(0, 13), st.integers(0, 32)
)
CURSORS = st.builds(
    "{}.{}".format, st.one_of(DATES, WEEKS, st.just("undated"), ANY_TEXT), st.one_of(NUMBERS, ANY_TEXT)
)
# Short strings of characters that trouble parsers and databases: NUL, digits that are no
# ASCII digits, quotes, separators, letters whose case folding differs.
TROUBLE = st.text(
    st.sampled_from(["\x00", "²", "١", "a", "K", "9", "0", ".", "-", "W", "%", '"', "'", " ", "ß", "İ", "_", "*"]),
    min_size=1,
    max_size=12,
)
BAD_VALUE = st.one_of(ODD_VALUES, TROUBLE, ANY_TEXT, NUMBERS, WEEKS, DATES, CURSORS)

FILTERS = ["q", "actor", "country", "kind", "date_from", "date_to", "verified", "order", "size", "after", "group"]
PARAM_NAME = st.one_of(st.sampled_from(FILTERS), st.sampled_from([*FILTERS, "page", "format"]), ANY_TEXT)
# Repeated parameters included: a list of pairs, not a dict.
PARAMS = st.lists(st.tuples(PARAM_NAME, BAD_VALUE), max_size=6)
IDS = st.one_of(
    st.integers(0, 30), st.integers(0, 10**30), st.sampled_from([2**31, 2**63 - 1, 2**63, 2**64])
)
# Every query goes to each of these, and to one page with an id.
LIST_PATHS = [
    "/", "/actors/suggest/", "/export/timeline.json", "/export/timeline.csv",
    "/export/timeline.ics", "/api/events/", "/api/actors/",
]
ID_PATHS = st.builds(
    "{}{}/".format,
    st.sampled_from(["/events/", "/actors/", "/articles/", "/api/events/", "/api/actors/"]),
    st.one_of(IDS, IDS, TROUBLE.map(quote)),  # "/events/-1/", "/events/²/" are no id at all
)
# Now and then a query string as a client might mangle it: bad escapes, no "=", "&&".
RAW_QUERY = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30)

UPLOAD = reverse("articles:upload")
ARTICLE_TEXT = (
    "Berlin, 31. Mai 2018. Der Außenminister der USA, Mike Pompeo, hat sich am Mittwoch in "
    "New York mit dem nordkoreanischen Vizevorsitzenden Kim Yong Chol getroffen. Beide Seiten "
    "sprachen von guten Gesprächen über ein Gipfeltreffen in Singapur."
)
URLS = st.one_of(
    st.sampled_from(
        [
            "", "http://127.0.0.1:1/", "https://127.0.0.1:1/artikel", "http://[::1", "http://[::1]:1/",
            "http://127.0.0.1:99999/", "http://127.0.0.1:-1/", "http:///", "http://", "ftp://127.0.0.1:1/",
            "file:///etc/passwd", "javascript:alert(1)", "//127.0.0.1:1/", "http://127.0.0.1:1/" + "a" * 1000,
            "http://user:pass@127.0.0.1:1/", "http://127.0.0.1:1/\x00", "http://%zz/", "http://[fe80::1%25lo]:1/",
        ]
    ),
    st.builds("http://127.0.0.1:1/{}".format, ANY_TEXT),
    ANY_TEXT.filter(lambda s: "//" not in s),  # not an address at all
)
HTML_PAGE = st.builds(
    "<html><head><title>{}</title><meta property='og:site_name' content='{}'>"
    "<meta property='article:published_time' content='{}'></head>"
    "<body><article><p>{}</p></article></body></html>".format,
    st.one_of(ANY_TEXT, st.just("T" * 400)),
    st.one_of(ANY_TEXT, st.just("O" * 300)),
    st.one_of(DATES, ANY_TEXT),
    st.one_of(st.just(ARTICLE_TEXT), ANY_TEXT),
)
FILES = st.builds(
    SimpleUploadedFile,
    st.one_of(
        st.sampled_from(["a.txt", "a.md", "a.html", "a.HTM", "a.pdf", "a", ".txt", "a." + "x" * 300]),
        ANY_TEXT.filter(bool),
    ),
    st.one_of(
        st.binary(max_size=200),
        ANY_TEXT.map(str.encode),
        st.just(ARTICLE_TEXT.encode()),
        HTML_PAGE.map(str.encode),
    ),
)
FIELD_VALUES = {
    "text": st.one_of(BAD_VALUE, st.just(ARTICLE_TEXT), ANY_TEXT.map(lambda s: ARTICLE_TEXT + s)),
    "file": FILES,
    "url": URLS,
    "title": st.one_of(BAD_VALUE, st.just("T" * 301)),
    "published": st.one_of(BAD_VALUE, st.sampled_from(["2018-05-31", "31.05.2018", "1899-12-31"])),
    "language": st.one_of(BAD_VALUE, st.sampled_from(["de", "en"])),
    "outlet": st.one_of(BAD_VALUE, st.just("O" * 201)),
}
# A good upload (a new text each time) with one or two fields spoiled ...
SPOILED_UPLOAD = st.builds(
    lambda good, spoiled: {**good, **spoiled},
    st.fixed_dictionaries(
        {
            "text": ANY_TEXT.map(lambda s: f"{ARTICLE_TEXT}\n{s}"),
            "published": st.sampled_from(["2018-05-31", "31.05.2018", ""]),
            "language": st.sampled_from(["", "de"]),
        }
    ),
    st.lists(st.sampled_from(sorted(FIELD_VALUES)), max_size=2, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({name: FIELD_VALUES[name] for name in names})
    ),
)
# ... or any fields at all.
UPLOAD_FIELDS = st.one_of(SPOILED_UPLOAD, st.fixed_dictionaries({}, optional=FIELD_VALUES))


@pytest.fixture
def world(editor):
    """Something to show and ids that exist: the Korea chronology and an article."""
    korea = make_korea_2018()
    article = make_article(ARTICLE_TEXT, published=dt.date(2018, 5, 31), status="done")
    make_event("Mike Pompeo trifft Kim Yong Chol", actors=[korea["actors"]["pompeo"]], article=article)
    return korea


def _complete(article: Article) -> bool:
    """Stored as a whole: text, title, language and a plausible publication date."""
    return bool(
        article.text.strip()
        and article.title.strip()
        and article.language in {"de", "en"}
        and article.published is not None
        and dt.date(1900, 1, 1) <= article.published <= dt.date.today() + dt.timedelta(days=1)
        and len(article.title) <= 300
        and len(article.outlet) <= 200
    )


def test_no_input_gives_a_server_error(world, editor, capsys):
    anonymous = Client(raise_request_exception=False)
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(editor)
    sent: list[str] = []
    errors: list[str] = []

    def record(description: str, status: int) -> None:
        sent.append(description)
        if status >= 500:
            errors.append(f"{status} {description}")

    @HYPOTHESIS
    @given(
        id_path=ID_PATHS,
        query=st.one_of(PARAMS.map(urlencode), PARAMS.map(urlencode), RAW_QUERY),
        htmx=st.booleans(),
        as_editor=st.booleans(),
        language=st.sampled_from(["de", "en"]),
    )
    def get_pages(id_path, query, htmx, as_editor, language):
        headers = {"HX-Request": "true"} if htmx else {}
        client = signed_in if as_editor else anonymous
        for path in [*LIST_PATHS, id_path]:
            url = f"{path}?{query}" if query else path
            response = client.get(url, headers=headers, HTTP_ACCEPT_LANGUAGE=language)
            record(f"GET {url!r} htmx={htmx} editor={as_editor}", response.status_code)

    @HYPOTHESIS
    @given(fields=UPLOAD_FIELDS, as_editor=st.booleans())
    def post_uploads(fields, as_editor):
        client = signed_in if as_editor else anonymous
        before = Article.objects.count()
        response = client.post(UPLOAD, fields)
        shown = {k: (v.name if k == "file" else v) for k, v in fields.items()}
        record(f"POST {UPLOAD} {shown!r} editor={as_editor}", response.status_code)
        after = Article.objects.count()
        if response.status_code != 302 or not as_editor:
            assert after == before, f"refused, but an article was stored: {shown!r}"
            return
        article = Article.objects.get(pk=int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
        assert _complete(article), f"an incomplete article was stored: {shown!r}"
        assert client.get(article.get_absolute_url()).status_code == 200

    stored_before = Article.objects.count()
    get_pages()
    post_uploads()
    for article in Article.objects.all():
        assert _complete(article), f"article {article.pk} is incomplete"
    stored = Article.objects.count() - stored_before
    with capsys.disabled():
        print(f"\nfuzz: {len(sent)} requests, {len(errors)} server errors, {stored} articles stored")
    assert len(sent) >= 1000
    assert not errors, "server errors:\n" + "\n".join(errors[:30])
