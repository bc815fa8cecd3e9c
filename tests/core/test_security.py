"""Login lockout, rate limits, deploy checks and a Redis that does not answer."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse

from hub.core.cache import ForgivingRedisCache
from hub.core.ratelimits import client_ip

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_login_is_locked_after_repeated_failures(client, django_user_model):
    from axes.models import AccessAttempt

    django_user_model.objects.create_user("editora", password="right-password-123", is_staff=True)
    url = reverse("wagtailadmin_login")
    english = {"accept-language": "en"}
    for _attempt in range(4):
        response = client.post(url, {"username": "editora", "password": "wrong"}, headers=english)
        assert response.status_code == 200
    # The fifth failure locks the account; then even the right password is refused.
    assert client.post(url, {"username": "editora", "password": "wrong"}).status_code == 429
    locked = client.post(
        url, {"username": "editora", "password": "right-password-123"}, headers=english
    )
    assert locked.status_code == 429
    assert "Sign-in locked for a while" in locked.content.decode()
    assert "Wait 15 minutes" in locked.content.decode()
    # Another user from the same address is not locked out.
    django_user_model.objects.create_user("otra", password="other-password-123", is_staff=True)
    assert (
        client.post(url, {"username": "otra", "password": "other-password-123"}).status_code == 302
    )
    AccessAttempt.objects.all().delete()


@pytest.mark.django_db
def test_search_and_api_answer_429_over_their_limit(client):
    caches["default"].clear()
    limits = {"search": "3/m", "api": "2/m", "forms": "10/m"}
    with override_settings(HUB_RATE_LIMITS=limits):
        statuses = [client.get("/api/search/", {"q": "tortura"}).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        page = client.get("/es/search/", {"q": "tortura"})
        assert page.status_code == 429 and int(page["Retry-After"]) > 0
        assert [client.get("/api/countries/").status_code for _ in range(3)] == [200, 200, 429]
        limited = client.get("/api/countries/")
        assert limited.json()["error"] and limited["Retry-After"]
        # Another address has its own count; pages and the admin are not limited.
        other = client.get("/api/countries/", REMOTE_ADDR="10.0.0.9")
        assert other.status_code == 200
        assert client.get("/es/").status_code == 200
    caches["default"].clear()


def test_client_address_behind_a_proxy(rf):
    request = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.2", REMOTE_ADDR="10.0.0.1")
    with override_settings(HUB_PROXY_COUNT=1):
        assert client_ip(request) == "10.0.0.2"
    with override_settings(HUB_PROXY_COUNT=2):
        assert client_ip(request) == "203.0.113.7"
    with override_settings(HUB_PROXY_COUNT=0):
        assert client_ip(request) == "10.0.0.1"
    # Not an address where one should be (no proxy in front after all): the peer's.
    forged = rf.get("/", HTTP_X_FORWARDED_FOR="<script>, x", REMOTE_ADDR="10.0.0.1")
    with override_settings(HUB_PROXY_COUNT=1):
        assert client_ip(forged) == "10.0.0.1"


@pytest.mark.django_db
def test_behind_a_proxy_a_lockout_is_for_the_client_address_only(client, django_user_model):
    """Behind nginx every request comes from the proxy: the lockout must key on the
    address the proxy appended, or five bad passwords from anywhere lock out everyone."""
    from axes.models import AccessAttempt

    django_user_model.objects.create_user("chief", password="right-password-123", is_staff=True)
    url = reverse("wagtailadmin_login")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    attacker = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.66"}
    owner = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.10"}
    # The attacker names the owner's address first; the proxy appends the real one.
    spoofing = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.10, 198.51.100.66"}
    wrong = {"username": "chief", "password": "wrong"}
    right = {"username": "chief", "password": "right-password-123"}
    with override_settings(HUB_PROXY_COUNT=1):
        statuses = [client.post(url, wrong, **spoofing).status_code for _ in range(5)]
        assert statuses == [200, 200, 200, 200, 429]
        # Locked: the attacker's real address, whatever it writes in front of it.
        assert client.post(url, right, **attacker).status_code == 429
        assert client.post(url, right, **spoofing).status_code == 429
        attempt = AccessAttempt.objects.get(username="chief")
        assert attempt.ip_address == "198.51.100.66"
        # The owner, from their own address through the same proxy, still signs in.
        assert client.post(url, right, **owner).status_code == 302
    AccessAttempt.objects.all().delete()


def _production(tmp_path, database_url):
    """The environment of a production process given only the three required settings."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "k3y-" + "x7Qz!" * 12,
        "ALLOWED_HOSTS": "hub.example.org",
        "DATABASE_URL": database_url,
    }


def test_check_deploy_passes_with_only_the_three_required_settings(tmp_path):
    env = _production(tmp_path, f"sqlite:///{tmp_path}/db.sqlite3")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(("conn_max_age", "expected"), [(None, 600), ("0", 0)])
def test_production_keeps_database_connections_open(tmp_path, conn_max_age, expected):
    env = _production(tmp_path, "postgres://hub@db.example.org:5432/hub")
    if conn_max_age is not None:
        env["DATABASE_CONN_MAX_AGE"] = conn_max_age
    code = (
        "import json; from django.conf import settings; db = settings.DATABASES['default']; "
        "print(json.dumps([db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS']]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert json.loads(result.stdout) == [expected, True], result.stderr


def test_error_reporting_is_optional_and_starts_with_a_dsn(tmp_path):
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "SENTRY_DSN": "https://public-key@o0.ingest.sentry.io/0",
    }
    code = "import django; django.setup(); import sentry_sdk; print(sentry_sdk.get_client().is_active())"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "True", result.stderr


def test_the_redis_cache_makes_its_client_once():
    cache = ForgivingRedisCache("redis://127.0.0.1:9/0", {})
    assert cache._cache.get_client() is cache._cache.get_client(write=True)


@pytest.mark.django_db
def test_the_site_keeps_serving_when_redis_does_not_answer(client, caplog, monkeypatch):
    from hub.core.cache import ForgivingRedisCache

    # The warning is said once a minute per process: another test may have said it.
    monkeypatch.setattr(ForgivingRedisCache, "_last_warning", 0.0)
    config = {
        "default": {
            "BACKEND": "hub.core.cache.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(
        CACHES=config, HUB_RATE_LIMITS={"search": "5/m", "api": "5/m", "forms": ""}
    ):
        caches._settings = None  # noqa: SLF001 - let the override build the cache
        try:
            cache = caches["default"]
            cache.set("x", 1)
            assert cache.get("x", "default") == "default"
            assert cache.add("y", 1) is False
            with pytest.raises(ValueError):
                cache.incr("y")
            health = client.get("/healthz").json()
            assert health["status"] == "degraded"
            assert client.get("/api/countries/").status_code == 200
        finally:
            caches._settings = None  # noqa: SLF001
    assert "Redis cache unavailable" in caplog.text


@pytest.mark.django_db
def test_password_forms_answer_429_over_their_limit(client, django_user_model):
    """The admin's password reset and the password forms of private pages and documents
    are limited per client address ("passwords"), apart from the other forms."""
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    from home.models import HomePage
    from tests.factories import StandardPageFactory

    caches["default"].clear()
    home = HomePage.objects.get(locale__language_code="es")
    page = StandardPageFactory(parent=home, title="Solo con contraseña", slug="con-clave")
    page_lock = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="page-secret"
    )
    collection = Collection.get_first_root_node().add_child(name="Con clave")
    document_lock = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="doc-secret",
    )
    django_user_model.objects.create_user("olvido", "olvido@example.org", "pw-12345678")
    forms = {
        reverse("wagtailadmin_password_reset"): [
            ({"email": "olvido@example.org"}, 302),
            ({"email": "nobody@example.org"}, 302),
        ],
        reverse("wagtailcore_authenticate_with_password", args=[page_lock.pk, page.pk]): [
            ({"password": "wrong", "return_url": page.url}, 200),
            ({"password": "page-secret", "return_url": page.url}, 302),
        ],
        reverse("wagtaildocs_authenticate_with_password", args=[document_lock.pk]): [
            ({"password": "wrong", "return_url": "/"}, 200),
            ({"password": "doc-secret", "return_url": "/"}, 302),
        ],
    }
    limits = {"search": "100/m", "api": "100/m", "forms": "100/m", "passwords": "2/m"}
    with override_settings(HUB_RATE_LIMITS=limits):
        for number, (url, posts) in enumerate(forms.items(), start=1):
            address = {"REMOTE_ADDR": f"192.0.2.{number}"}
            for data, status in posts:
                assert client.post(url, data, **address).status_code == status, url
            limited = client.post(url, posts[-1][0], **address)
            assert limited.status_code == 429, url
            assert int(limited["Retry-After"]) > 0
            # Another address has its own count.
            assert client.post(url, posts[0][0], REMOTE_ADDR="192.0.2.99").status_code != 429
            caches["default"].clear()
    caches["default"].clear()


def _directives(policy):
    return {
        name: " ".join(values)
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@pytest.mark.django_db
def test_the_admin_has_a_content_security_policy(client, admin_client):
    """Wagtail's admin needs inline scripts and styles (checked in Chromium: without them
    InlinePanel cannot add a form), but nothing from another origin, no plugins, no
    framing by other sites, no forms posted elsewhere."""
    from wagtail.models import Page

    page = Page.objects.filter(depth__gt=2).first()
    answers = [
        client.get(reverse("wagtailadmin_login")),
        admin_client.get(reverse("wagtailadmin_home")),
        admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])),
    ]
    for response in answers:
        assert response.status_code == 200
        policy = _directives(response["Content-Security-Policy"])
        assert policy["default-src"] == "'self'"
        assert policy["script-src"] == "'self' 'unsafe-inline'"
        assert policy["style-src"] == "'self' 'unsafe-inline'"
        assert policy["img-src"] == "'self' data: blob:"
        assert policy["media-src"] == "'self' blob:"
        assert policy["connect-src"] == "'self'"
        assert policy["object-src"] == "'none'"
        assert policy["base-uri"] == "'self'"
        assert policy["form-action"] == "'self'"
        assert policy["frame-ancestors"] == "'self'"
    # Avatars would come from gravatar.com, which the policy refuses: none are asked for.
    assert "gravatar.com" not in answers[1].content.decode()
    # The public pages keep their stricter policy.
    public = _directives(client.get("/es/")["Content-Security-Policy"])
    assert public["script-src"] == "'self'" and public["frame-ancestors"] == "'none'"
