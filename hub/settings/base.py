"""Settings shared by every environment.

Everything that differs between machines comes from environment variables (see the
configuration table in README.md and `.env.example`); nothing secret lives here.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
import dj_email_url

from django.utils.translation import gettext_lazy as _

from .elasticsearch import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "axes",
    "home",
    "hub.core",
    "hub.accounts",
    "hub.network",
    "hub.news",
    "hub.upr",
    "hub.events",
    "hub.briefs",
    "hub.declaration",
    "hub.engage",
    "media_library",
    "hub.stats",
    "hub.dashboard",
    "search",
    "hub.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # A cached page answers here, with the headers every middleware below set on the miss
    # that stored it (hub.core.page_cache); HTTPS redirects and HSTS come before it.
    "hub.core.page_cache.PageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hub.core.middleware.CompressedTextMiddleware",
    "hub.core.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.core.middleware.LocaleMiddleware",
    "hub.core.middleware.DropNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hub.core.legacy.SpanishMirrorRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "hub.core.ratelimits.RateLimitMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login lockout (django-axes), in every environment: after LOGIN_FAILURE_LIMIT failed
# logins for one username from one address, that pair is locked for LOGIN_COOLOFF_MINUTES.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_VERBOSE = False
# The client's address as the rate limits see it (PROXY_COUNT aware): without this axes
# would record the proxy's address, and one address could lock an account for everyone.
AXES_CLIENT_IP_CALLABLE = "hub.core.ratelimits.client_ip"

# Proxies in front of the site (PROXY_COUNT): the client's address is the one the
# outermost of them appended to X-Forwarded-For; entries to its left are the client's
# own words and never count. 0 reads the peer's address (REMOTE_ADDR).
HUB_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", 0))

# Rate limits per client address (hub.core.ratelimits), as "N/s|m|h"; "" turns one off.
# Over the limit a client gets 429 with Retry-After. Counted in the cache: per process
# with the local-memory cache, shared across processes with Redis.
HUB_RATE_LIMITS = {
    "search": os.environ.get("RATE_LIMIT_SEARCH", "60/m"),
    "api": os.environ.get("RATE_LIMIT_API", "300/m"),
    "forms": os.environ.get("RATE_LIMIT_FORMS", "10/m"),
    "stats": os.environ.get("RATE_LIMIT_STATS", "30/m"),
    # Password forms of private pages and documents, the admin's password reset.
    "passwords": os.environ.get("RATE_LIMIT_PASSWORDS", "30/h"),
}
# A cache that does not answer lets requests through (and is logged) rather than failing.
RATELIMIT_FAIL_OPEN = True
RATELIMIT_IP_META_KEY = "hub.core.ratelimits.client_ip"

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "hub.core.context_processors.hub",
            ],
        },
    },
]

# Database: a SQLite file by default, PostgreSQL in production (DATABASE_URL).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while a writer commits; the timeout rides out short locks.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Spanish is the default; every locale has a URL prefix (/es/, /en/, /pt/).
LANGUAGE_CODE = "es"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("es", _("Spanish")),
    ("en", _("English")),
    ("pt", _("Portuguese")),
]
LANGUAGE_NATIVE_NAMES = {"es": "Español", "en": "English", "pt": "Português"}
# og:locale values (language_TERRITORY): the network is Latin American.
OPEN_GRAPH_LOCALES = {"es": "es_LA", "en": "en_US", "pt": "pt_BR"}
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Argentina/Buenos_Aires"
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
USE_TZ = True

# Static files: fingerprinted and compressed (gzip and brotli) by whitenoise.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache: local memory unless REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache; when Redis does not answer, reads miss and writes are
            # skipped (logged), so the site keeps serving.
            "BACKEND": "hub.core.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        # Whole public pages (hub.core.page_cache), apart from everything else.
        "pages": {
            "BACKEND": "hub.core.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub-pages",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
        # Wagtail looks image renditions up here before asking the database.
        "renditions": {
            "BACKEND": "hub.core.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hub-renditions",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
    }
# Anonymous visitors get whole pages from the "pages" cache (PAGE_CACHE=false turns it off).
HUB_PAGE_CACHE = env_bool("PAGE_CACHE", True)
HUB_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))

# Email: EMAIL_URL (smtp://user:pass@host:587/?tls=True); the console by default.
EMAIL_CONFIG = dj_email_url.parse(os.environ.get("EMAIL_URL") or "console://")
EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_HOST = EMAIL_CONFIG["EMAIL_HOST"]
EMAIL_PORT = EMAIL_CONFIG["EMAIL_PORT"]
EMAIL_HOST_USER = EMAIL_CONFIG["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = EMAIL_CONFIG["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = EMAIL_CONFIG["EMAIL_USE_TLS"]
EMAIL_USE_SSL = EMAIL_CONFIG["EMAIL_USE_SSL"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hub@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: django-tasks. Immediate unless TASK_BACKEND=database (django-tasks-db,
# run `manage.py db_worker`).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if os.environ.get("TASK_BACKEND") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Search: Wagtail's database backend unless ELASTICSEARCH_URL is set; the backends and the
# analyzers of the Elasticsearch index are in hub/settings/elasticsearch.py.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL, os.environ.get("ELASTICSEARCH_INDEX", "hub") + "_"
)

# Security headers and the Content-Security-Policy: hub/settings/security.py.
from .security import *  # noqa: E402, F403

# Files: how the file view hands a file to the web server. "" streams it from Django;
# "x-accel-redirect" (nginx) or "x-sendfile" (Apache, Caddy) let the proxy do it.
HUB_FILE_HANDOFF = os.environ.get("FILE_HANDOFF", "")
HUB_FILE_HANDOFF_PREFIX = os.environ.get("FILE_HANDOFF_PREFIX", "/protected-media/")

# Wagtail
# The site's one name, translated: every page, feed, citation and the admin read it here.
WAGTAIL_SITE_NAME = _("Torture Prevention Hub")
# The public address, when it must not follow the request's Host (canonical URLs, feeds).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "core.HubImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.HubDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt"]
# Documents are checked by content (hub.core.uploads), not by name.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.core.forms.DocumentForm"
# Upload limits per kind, in megabytes (environment), checked before anything is saved.
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("MAX_DOCUMENT_MB", 50)) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("MAX_IMAGE_MB", 20)) * 1024 * 1024
HUB_MAX_MEDIA_UPLOAD_SIZE = int(os.environ.get("MAX_MEDIA_MB", 8192)) * 1024 * 1024
# Resumable uploads (hub.core.resumable, the tus protocol): the parts being received, on
# the same disk as MEDIA_ROOT so that a finished one is moved, not copied; an unfinished
# upload is removed (manage.py clean_uploads) this long after its last byte arrived.
HUB_UPLOAD_PARTS_DIR = Path(os.environ.get("UPLOAD_PARTS_DIR", MEDIA_ROOT.parent / "upload_parts"))
HUB_UPLOAD_LIFETIME_HOURS = int(os.environ.get("UPLOAD_LIFETIME_HOURS", 72))
# The pieces the browser sends: nginx's client_max_body_size must be larger (README).
HUB_UPLOAD_CHUNK_SIZE = int(float(os.environ.get("UPLOAD_CHUNK_MB", 32)) * 1024 * 1024)
# An upload starts only if the parts' disk keeps this much free beside the whole file.
HUB_UPLOAD_DISK_RESERVE_MB = int(os.environ.get("UPLOAD_DISK_RESERVE_MB", 1024))
# A finished upload is checked and kept within its last request; one still "finishing"
# after this long was cut off (its worker died) and is marked failed.
HUB_UPLOAD_FINISH_TIMEOUT_SECONDS = 600
# What text extraction (and the spreadsheet importer) may inflate out of a ZIP-based file
# (DOCX, ODT, XLSX), read from its directory before any part is opened; how long a PDF
# is read (hub.core.extraction).
HUB_EXTRACTION_MAX_MEMBER_MB = int(os.environ.get("EXTRACTION_MAX_PART_MB", 50))
HUB_EXTRACTION_MAX_TOTAL_MB = int(os.environ.get("EXTRACTION_MAX_TOTAL_MB", 200))
HUB_EXTRACTION_MAX_RATIO = int(os.environ.get("EXTRACTION_MAX_RATIO", 100))
HUB_EXTRACTION_SECONDS = int(os.environ.get("EXTRACTION_SECONDS", 120))
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "webp", "png": "webp", "jpeg": "webp", "gif": "gif"}
WAGTAILMEDIA = {
    "MEDIA_MODEL": "media_library.MediaFile",
    "MEDIA_FORM_BASE": "media_library.forms.MediaFileForm",
    "AUDIO_EXTENSIONS": ["aac", "m4a", "mp3", "oga", "ogg", "opus", "wav", "weba"],
    "VIDEO_EXTENSIONS": ["m4v", "mov", "mp4", "ogv", "webm"],
}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Slugs are ASCII, transliterated from the title (hub.core.slugs): "práctica" → "practica".
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No avatars from gravatar.com: the admin's policy loads images from the site only, and
# staff addresses (hashed) need not reach a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_HITS_MAX_AGE = 14
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Wagtail's responsive embeds add an inline style the CSP refuses; the CSS sizes them.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Task and publish chatter would drown long commands' own progress.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "wagtail_localize": {"level": "WARNING"},
    },
}


# Error reporting: Sentry when SENTRY_DSN is set (no personal data sent).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", 0)),
        send_default_pii=False,
    )

# Draft captions by speech recognition (media_library.asr; README): off unless ASR_MODEL
# names a faster-whisper model ("small", "medium", "large-v3"…) or the folder of one.
ASR_MODEL = os.environ.get("ASR_MODEL", "")
ASR_DEVICE = os.environ.get("ASR_DEVICE", "cpu")
ASR_COMPUTE_TYPE = os.environ.get("ASR_COMPUTE_TYPE", "int8")
ASR_THREADS = int(os.environ.get("ASR_THREADS", 0))  # 0: faster-whisper's default
