"""A Redis cache that lets the site keep serving when Redis does not answer.

Django's Redis cache raises on a lost connection, which would turn every cached page and
every rate-limit check into a 500. Here a read misses, a write is skipped and the failure
is logged (once a minute): the site is slower, not down, and /healthz says degraded.

Django's Redis cache also makes a new `redis.Redis` client for every command (building
its table of about 170 response callbacks each time: over a quarter of a cached page's
time in Django); here each connection pool has one client, made once and reused.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)


def _redis_errors():
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)


class ReusedClientRedisCacheClient(RedisCacheClient):
    """One `redis.Redis` client per connection pool (they share it, as Django's do)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))  # pools live as long as this object
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ForgivingRedisCache(RedisCache):
    _last_warning = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _failed(self, operation, error):
        now = time.monotonic()
        if now - ForgivingRedisCache._last_warning > 60:
            ForgivingRedisCache._last_warning = now
            logger.warning("Redis cache unavailable (%s): %s", operation, error)


def _forgiving(name, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except _redis_errors() as error:
            self._failed(name, error)
            if isinstance(fallback, type) and issubclass(fallback, Exception):
                raise fallback(f"cache unavailable: {error}") from error
            if name == "get" and len(args) > 1:
                return args[1]  # the caller's default
            return kwargs.get("default", fallback() if callable(fallback) else fallback)

    setattr(ForgivingRedisCache, name, wrapper)


for _name, _fallback in [
    ("get", None),
    ("get_many", dict),
    ("set", None),
    ("set_many", list),
    ("add", False),
    ("touch", False),
    ("delete", False),
    ("delete_many", None),
    ("has_key", False),
    ("clear", None),
    # A failed increment must not look like a count: django-ratelimit reads ValueError
    # as "unknown" and, with RATELIMIT_FAIL_OPEN, lets the request through.
    ("incr", ValueError),
    ("decr", ValueError),
]:
    _forgiving(_name, _fallback)


def current_version(cache, key):
    """A version number kept in `cache` under `key`, which a change of what it versions
    replaces (`time.time_ns()`): a first one is made when there is none yet (or it was
    evicted). None when the cache does not answer."""
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), None)
        version = cache.get(key)
    return version
