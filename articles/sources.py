"""Turning what an editor hands in (pasted text, a file, a URL) into article text plus
whatever metadata the source states (title, publication date, outlet).

Every problem becomes a `SourceError` whose message is shown to the editor as it is.
"""
from __future__ import annotations

import datetime
import ipaddress
import json
import re
import socket
import time
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import trafilatura
import urllib3
from dateparser.search import search_dates
from django.conf import settings
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from urllib3.util import parse_url

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_REDIRECTS = 5
# Below this many words trafilatura has found navigation or boilerplate, not an article.
MIN_BODY_WORDS = 25
# A stated publication date sits in the dateline or the first lines, not deep in the text
# where dates are about the events.
DATE_SEARCH_CHARS = 300
YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")
USER_AGENT = "chronik/0.1 (article import; +https://example.invalid/chronik)"


class SourceError(Exception):
    """Input the editor must fix; the message says how."""


@dataclass
class Source:
    text: str
    title: str = ""
    published: datetime.date | None = None
    outlet: str = ""
    url: str = ""


# --- Text ----------------------------------------------------------------------------------


def text_clean(text: str) -> str:
    """Uniform line breaks and no trailing blanks; the text is otherwise kept as given
    because evidence offsets point into it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def text_check(text: str) -> str:
    text = text_clean(text)
    if not text:
        raise SourceError(_("The article text is empty."))
    limit = settings.ARTICLE_MAX_CHARS
    if len(text) > limit:
        raise SourceError(
            _("The article is too long: %(length)s characters, at most %(limit)s are allowed.")
            # "300.000 Zeichen" in German, "300,000 characters" in English.
            % {
                "length": number_format(len(text), force_grouping=True),
                "limit": number_format(limit, force_grouping=True),
            }
        )
    return text


def text_find_date(text: str, languages: list[str] | None = None) -> datetime.date | None:
    """A full date (day, month and year) stated at the top of the text, as in a dateline
    ("Berlin, 31. Mai 2018", "May 31, 2018", "2018-05-31"); None if there is none."""
    found = search_dates(
        text[:DATE_SEARCH_CHARS],
        languages=languages or ["de", "en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    for words, value in found or ():
        # Only a stated year makes a publication date: "today" or "Monday" parse too.
        if YEAR.search(words):
            return value.date()
    return None


# A dateline at the start of a text: "New York, 31. Mai 2018 – ", "WASHINGTON (Reuters) - ",
# "Berlin (dpa) – ", "BERLIN, May 31 (Reuters) - ". A place, then a date or an agency in
# brackets (or the place in capitals), then a dash between spaces.
DATELINE = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w .'/]{0,40}?)(?P<rest>(?:,[^–—\n()]{1,30}?)?(?:\s*\([^)\n]{1,40}\))?)"
    r"\s*[–—-]{1,2}\s+"
)


def text_without_dateline(line: str) -> str:
    """The line without a leading dateline (which makes no title), else as it is."""
    match = DATELINE.match(line)
    if match is None:
        return line
    rest = match["rest"]
    if not (any(c.isdigit() for c in rest) or "(" in rest or match["place"].strip().isupper()):
        return line  # "Trump - ein Porträt": a dash, but no dateline
    return line[match.end():].strip() or line


def text_first_line(text: str, limit: int = 120) -> str:
    """A stand-in title: the first line without a dateline, or as much of it as fits,
    cut between words."""
    line = text_without_dateline(text.strip().split("\n", 1)[0].strip())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:–-") + "…"


def bytes_decode(data: bytes) -> str:
    """UTF-8 text or a clear refusal: binary files and other encodings are not guessed at,
    a wrong guess would silently garble names."""
    if b"\x00" in data:
        raise SourceError(_("The file is not a text file (it contains binary data)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(
            _("The file is not UTF-8 encoded text. Save it as UTF-8 and upload it again.")
        ) from None


# --- HTML ----------------------------------------------------------------------------------


def html_extract(html: str, *, url: str = "") -> Source:
    """The article body and metadata of an HTML page, found by trafilatura (its metadata
    dates come from htmldate)."""
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, include_tables=False
    )
    text = text_clean(getattr(document, "text", None) or "") if document else ""
    if len(text.split()) < MIN_BODY_WORDS:
        raise SourceError(_("No article text was found in this page."))
    published = None
    if document.date:
        try:
            published = datetime.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return Source(
        text=text,
        title=(document.title or "").strip(),
        published=published,
        outlet=(document.sitename or "").strip(),
        url=url,
    )


# --- Files ---------------------------------------------------------------------------------


def file_read(name: str, data: bytes) -> Source:
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise SourceError(
            _("Unsupported file type “%(suffix)s”: upload a .txt, .md or .html file.")
            % {"suffix": suffix or name}
        )
    text = bytes_decode(data)
    if suffix in HTML_SUFFIXES:
        return html_extract(text)
    return Source(text=text_clean(text))


# --- URLs ----------------------------------------------------------------------------------


def url_check(url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (reading it checks it: "http://host:99999/" raises)
    except ValueError:  # "http://[::1" and other addresses urlsplit cannot read
        raise SourceError(_("This is not a valid web address.")) from None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise SourceError(_("Only http:// and https:// addresses can be fetched."))
    return url


def url_fetch(url: str) -> Source:
    """Fetch a page with a timeout, a size cap and a bounded number of redirects, and
    extract its article. Every hop is resolved and checked (`url_resolve`) and the
    connection goes to the checked address, so no address inside the network is reached."""
    url = url_check(url)
    limit = settings.ARTICLE_FETCH_MAX_BYTES
    try:
        # Redirects are followed here, not by urllib3: each new address is checked first.
        for _hop in range(MAX_REDIRECTS + 1):
            response = _url_get(url)
            location = response.get_redirect_location()
            if not location:
                break
            response.close()
            url = url_check(urljoin(url, location))
        else:
            raise SourceError(_("The address redirects too often."))
        try:
            if response.status >= 400:
                raise SourceError(
                    _("The address answered with HTTP status %(status)s.")
                    % {"status": response.status}
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise SourceError(
                    _("The page is too large (more than %(limit)s bytes).")
                    % {"limit": number_format(limit, force_grouping=True)}
                )
            body = bytearray()
            # The socket timeout applies per read; a server sending a byte at a time would
            # pass it, so the whole download also gets a deadline.
            deadline = time.monotonic() + settings.ARTICLE_FETCH_TIMEOUT
            for chunk in response.stream(64 * 1024):
                body += chunk
                if time.monotonic() > deadline:
                    raise urllib3.exceptions.ReadTimeoutError(None, url, "download too slow")
                if len(body) > limit:
                    raise SourceError(
                        _("The page is too large (more than %(limit)s bytes).")
                        % {"limit": number_format(limit, force_grouping=True)}
                    )
            content_type = response.headers.get("Content-Type", "")
            charset = _charset(content_type)
        finally:
            response.close()  # each hop has its own pool; nothing to keep open
    except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
        return _network_error(exc)
    except urllib3.exceptions.LocationValueError:
        raise SourceError(_("Only http:// and https:// addresses can be fetched.")) from None
    except urllib3.exceptions.HTTPError as exc:
        return _network_error(exc)

    data = bytes(body)
    final_url = url
    if "html" in content_type or (not content_type and b"<html" in data[:2000].lower()):
        try:
            html = data.decode(charset or "utf-8")
        except (LookupError, UnicodeDecodeError):
            html = data.decode("utf-8", errors="replace")
        return html_extract(html, url=final_url)
    if content_type.startswith("text/plain"):
        return Source(text=text_clean(bytes_decode(data)), url=final_url)
    raise SourceError(
        _("The address does not point to a web page or text (content type “%(type)s”).")
        % {"type": content_type or "?"}
    )


@dataclass
class Target:
    """Where one URL is fetched from: the checked addresses of its host."""

    scheme: str
    host: str  # as sent in the Host header and checked in the certificate (ASCII)
    port: int
    path: str  # path and query, percent-encoded
    addresses: list[str]


def url_resolve(url: str) -> Target:
    """Resolve the URL's host and check every address it has. Any notation of an address
    (2130706433, 0x7f.1, 127.1, [::ffff:127.0.0.1]) resolves to the address itself, so
    the check sees through it. Raises SourceError for an address inside the network
    unless ARTICLE_FETCH_ALLOWED_HOSTS lists it."""
    parsed = parse_url(url)  # raises LocationParseError (a LocationValueError)
    scheme = (parsed.scheme or "").lower()
    host = (parsed.host or "").strip("[]").rstrip(".").lower()
    if scheme not in {"http", "https"} or not host:
        raise SourceError(_("Only http:// and https:// addresses can be fetched."))
    port = parsed.port or (443 if scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise SourceError(_("The address's server name was not found.")) from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        if not address_public(address) and not host_allowed(host, port, address):
            raise SourceError(_("This address points inside the network and cannot be fetched."))
    return Target(scheme, host, port, parsed.request_uri or "/", addresses)


def address_public(address: str) -> bool:
    """True for an address on the public internet; False for loopback, private,
    link-local, multicast, reserved, unspecified, shared (100.64/10), unique-local and
    site-local addresses, and for IPv6 forms that carry an IPv4 address inside."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None or ip.is_site_local:
            return False
        # 6to4, Teredo and NAT64 addresses lead to the IPv4 address they contain.
        inner = [ip.sixtofour, ip.teredo[1] if ip.teredo else None]
        if ip in NAT64:
            inner.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if any(v4 is not None and not address_public(str(v4)) for v4 in inner):
            return False
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified
    )


NAT64 = ipaddress.ip_network("64:ff9b::/96")


def host_allowed(host: str, port: int, address: str) -> bool:
    """Whether ARTICLE_FETCH_ALLOWED_HOSTS lets the newsroom fetch from this internal
    host: an entry is a host name, an address or a network (10.1.0.0/16), each with an
    optional port (intranet.example:8080, [fd00::5]:80)."""
    ip = ipaddress.ip_address(address)
    for entry in settings.ARTICLE_FETCH_ALLOWED_HOSTS:
        name, entry_port = _entry_split(entry.strip().lower())
        if entry_port is not None and entry_port != port:
            continue
        try:
            network = ipaddress.ip_network(name, strict=False)
        except ValueError:
            if name.rstrip(".") == host:
                return True
            continue
        if network.version == ip.version and ip in network:
            return True
    return False


def _entry_split(entry: str) -> tuple[str, int | None]:
    """'host:port', '[v6]:port', 'v6', 'network/bits' -> (name, port or None)."""
    if entry.startswith("["):
        name, _sep, rest = entry[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
        return name, int(port) if port.isdigit() else None
    if entry.count(":") == 1:
        name, port = entry.split(":")
        return name, int(port) if port.isdigit() else None
    return entry, None


def _url_get(url: str) -> urllib3.BaseHTTPResponse:
    """One GET, without following redirects, to the checked address of the URL's host.
    The Host header and (for https) the certificate check keep the name."""
    target = url_resolve(url)
    default_port = 443 if target.scheme == "https" else 80
    name = f"[{target.host}]" if ":" in target.host else target.host
    headers = {
        "Host": name if target.port == default_port else f"{name}:{target.port}",
        "User-Agent": USER_AGENT,
        "Accept": "text/html,text/plain;q=0.9",
    }
    options = {"timeout": urllib3.Timeout(total=settings.ARTICLE_FETCH_TIMEOUT), "retries": False}
    error: Exception | None = None
    for address in target.addresses:
        if target.scheme == "https":
            pool = urllib3.HTTPSConnectionPool(
                address, target.port, cert_reqs="CERT_REQUIRED",
                server_hostname=target.host, assert_hostname=target.host, **options,
            )
        else:
            pool = urllib3.HTTPConnectionPool(address, target.port, **options)
        try:
            return pool.urlopen(
                "GET", target.path, headers=headers, redirect=False,
                assert_same_host=False, preload_content=False,
            )
        except urllib3.exceptions.NewConnectionError as exc:
            error = exc  # the next address of the name may answer
    raise error or urllib3.exceptions.HTTPError("no address")


def _charset(content_type: str) -> str:
    match = re.search(r"charset=([\w.-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else ""


def _network_error(reason: object) -> Source:
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        # (urllib3 makes it a kind of timeout, but nothing waited: the port is closed)
        raise SourceError(_("The address refused the connection."))
    if isinstance(reason, urllib3.exceptions.TimeoutError):
        raise SourceError(
            _("The address did not answer in time (limit: %(seconds)s s).")
            % {"seconds": settings.ARTICLE_FETCH_TIMEOUT}
        )
    raise SourceError(_("The address could not be fetched: %(reason)s") % {"reason": reason})


# --- Checks shared by the upload form and the bulk import ---------------------------------


@dataclass
class ImportRecord:
    """One article read from an import file, before validation."""

    source: str
    text: str
    title: str = ""
    published: datetime.date | None = None
    language: str = ""
    url: str = ""
    outlet: str = ""


SUPPORTED_LANGUAGES = ("de", "en")


EARLIEST_PUBLICATION = datetime.date(1900, 1, 1)


def date_check(published: datetime.date) -> datetime.date:
    if published < EARLIEST_PUBLICATION:
        raise SourceError(
            _("The publication date %(date)s is before 1900: please check it.")
            % {"date": published.isoformat()}
        )
    if published > timezone.localdate():
        raise SourceError(
            _("The publication date %(date)s is in the future.") % {"date": published.isoformat()}
        )
    return published


def language_resolve(text: str, language: str = "") -> str:
    """The chosen language if it is supported, else the detected one."""
    if language:
        if language not in SUPPORTED_LANGUAGES:
            raise SourceError(
                _("Unsupported language “%(language)s”: only German (de) and English (en) articles can be processed.")
                % {"language": language}
            )
        return language
    # Imported here: the language detector's models load with it, only where needed.
    from articles.extraction.pipelines import detect_language

    detected = detect_language(text)
    if detected not in SUPPORTED_LANGUAGES:
        raise SourceError(
            _("The text is neither German nor English, the only languages that can be processed. If it is, choose the language.")
        )
    return detected


def validate_record(record: ImportRecord) -> ImportRecord:
    """Check an imported article like the upload form does; returns a copy with title,
    date and language filled in, or raises SourceError."""
    text = text_check(record.text)
    published = record.published or text_find_date(text)
    if published is None:
        raise SourceError(_("No publication date: give one (--published) or start the text with a date line."))
    if record.url:
        url_check(record.url)  # only http(s) links end up on the article page
    return replace(
        record,
        text=text,
        title=(record.title or text_first_line(text)).strip(),
        published=date_check(published),
        language=language_resolve(text, record.language),
    )


def path_read_records(path, *, published: datetime.date | None = None, language: str = ""):
    """The import records in one file: a .txt/.md text, an .html page or a .json object
    (or list of objects) with title, text, published, url, language, outlet. Yields
    ImportRecord, or (source, reason) for what cannot be read."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            data = json.loads(bytes_decode(path.read_bytes()))
            items = data if isinstance(data, list) else [data]
            for index, item in enumerate(items):
                name = source if len(items) == 1 else f"{source}[{index}]"
                yield _json_record(name, item, published, language)
            return
        found = file_read(path.name, path.read_bytes())
    except SourceError as exc:
        yield source, str(exc)
        return
    except (OSError, ValueError) as exc:
        yield source, f"{type(exc).__name__}: {exc}"
        return
    yield ImportRecord(
        source=source, text=found.text, title=found.title,
        published=found.published or published, language=language, outlet=found.outlet,
        url=found.url,
    )


def _json_record(source: str, item, published, language):
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return source, _("A JSON article needs an object with a “text” string.")
    stated = item.get("published")
    if stated:
        try:
            stated = datetime.date.fromisoformat(str(stated)[:10])
        except ValueError:
            return source, _("Unreadable publication date “%(date)s” (use YYYY-MM-DD).") % {"date": stated}
    return ImportRecord(
        source=source,
        text=item["text"],
        title=str(item.get("title") or ""),
        published=stated or published,
        language=str(item.get("language") or language),
        url=str(item.get("url") or ""),
        outlet=str(item.get("outlet") or ""),
    )
