"""Security headers, sessions, CSRF and the Content-Security-Policy, in every environment
(imported by base.py; production.py adds HTTPS and HSTS)."""

# Security headers, in every environment (hub.core.middleware adds CSP and
# Permissions-Policy to public responses).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_ENGINE = "hub.core.sessions"  # database sessions; malformed keys are no session
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Public pages are cached without a CSRF token: a hub form posted without one is shown
# again with a token (hub.engage.views); any other refusal is Django's 403.
CSRF_FAILURE_VIEW = "hub.engage.views.csrf_failure"
HUB_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; "
    "frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
# The admin's: Wagtail, wagtail-localize and wagtailmedia write inline scripts and styles
# into admin pages (without them an InlinePanel cannot add a form; checked in Chromium),
# so those two allow 'unsafe-inline'; everything else comes from the site only. Previews
# show the public pages, with their video embeds.
HUB_ADMIN_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self'; "
    "connect-src 'self'; frame-src 'self' https://www.youtube-nocookie.com "
    "https://www.youtube.com https://player.vimeo.com; frame-ancestors 'self'; "
    "base-uri 'self'; form-action 'self'; object-src 'none'"
)
HUB_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
