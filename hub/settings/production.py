"""Production: PostgreSQL, Redis, a task worker and (optionally) Elasticsearch.

Only SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL are required; everything else has a safe
default (see README.md).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The "preload" directive only makes the site eligible for browsers' HSTS preload list;
# joining it is a separate, manual step. SECURE_HSTS_PRELOAD=false leaves it out.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Database connections are kept open between requests (each request would otherwise
# open one; on PostgreSQL that is a fifth of a page's time): one per gunicorn worker
# process, or per thread with --threads, checked before reuse after an error or a restart
# of the database. DATABASE_CONN_MAX_AGE=0 closes them after each request again.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", 600))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# Behind the proxy: the client's address for lockouts and rate limits.
HUB_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", 1))

# Links the site builds outside a request (emails, the admin's) and the API's addresses
# use PUBLIC_BASE_URL; without it, the first host the site answers to, over HTTPS.
if not PUBLIC_BASE_URL:  # noqa: F405
    _host = next((h for h in ALLOWED_HOSTS if h and not h.startswith((".", "*"))), None)  # noqa: F405
    if _host:
        WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = f"https://{_host}"
