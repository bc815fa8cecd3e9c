"""Local development: `make run`. Works with no environment variable set."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"  # noqa: F405
WHITENOISE_USE_FINDERS = True

# High enough never to get in the way of development (see HUB_RATE_LIMITS in base.py).
HUB_RATE_LIMITS = {group: "100000/m" for group in HUB_RATE_LIMITS}  # noqa: F405
