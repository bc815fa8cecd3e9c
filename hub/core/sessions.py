"""Django's database sessions, refusing session keys that no session of ours can have.

Django checks only a key's length; a cookie carrying a NUL character reached the session
query and PostgreSQL refused it (a 500 on every page for that visitor). Keys Django makes
are lower-case letters and digits: anything else is no session at all.
"""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

_VALID = frozenset(VALID_KEY_CHARS)


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        return super()._validate_session_key(key) and set(key) <= _VALID
