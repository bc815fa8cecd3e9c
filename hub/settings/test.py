"""The test suite: fast hashing, local memory cache, plain static storage."""

import hashlib
import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off, so every test sees (and counts the queries of) a freshly rendered page; the page
# cache tests turn it on.
HUB_PAGE_CACHE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Uploaded files of the test run stay out of the project's media folder; with pytest-xdist
# each worker (gw0, gw1, ...) has its own, as it has its own database, and each checkout
# its own (two checkouts testing at once on one machine took each other's files).
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
_CHECKOUT = hashlib.sha1(str(BASE_DIR).encode()).hexdigest()[:8]  # noqa: F405
_SUFFIX = f"-{_CHECKOUT}" + (f"-{_WORKER}" if _WORKER else "")
MEDIA_ROOT = Path(tempfile.gettempdir()) / f"hub-test-media{_SUFFIX}"
HUB_UPLOAD_PARTS_DIR = MEDIA_ROOT.parent / f"hub-test-parts{_SUFFIX}"
HUB_UPLOAD_CHUNK_SIZE = 256 * 1024  # several pieces for a small test file
WHITENOISE_USE_FINDERS = True
# Static files are looked up when asked for, as in development (DEBUG), instead of listed
# when the middleware starts: each test's client starts the middleware again, and listing
# every static file took about a quarter of an admin request in the role table test.
WHITENOISE_AUTOREFRESH = True

# Search: the database backend, or with ELASTICSEARCH_URL the whole suite through
# Elasticsearch, in indexes of the run's own ("hubtest_gw0_…" per pytest-xdist worker),
# which load_demo builds afresh when the test database is made (tests/conftest.py), and
# every write visible to the next search.
WAGTAILSEARCH_BACKENDS = search_backends(  # noqa: F405
    ELASTICSEARCH_URL,  # noqa: F405
    f"hubtest_{_WORKER or 'main'}_",
    refresh="true",
)

# High in tests; the rate-limit tests set their own.
HUB_RATE_LIMITS = {group: "100000/m" for group in HUB_RATE_LIMITS}  # noqa: F405

# Speech recognition is off in tests whatever the environment says; its tests turn it on.
ASR_MODEL = ""
