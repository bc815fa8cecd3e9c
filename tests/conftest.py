import pytest

from django.core.cache import caches
from django.core.management import call_command
from django.test import Client, override_settings


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """With pytest-xdist (`make test` runs one worker per core, --dist loadgroup), the
    browser tests all go to one worker: one gunicorn with its own demo site and one
    Chromium serve them all, instead of one per worker. They visit the demo site, so they
    are `demo` tests too."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("browser"))
            item.add_marker(pytest.mark.demo)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the whole demo site, built once per run, as it is
    once its pages have been visited: the image renditions they show (AVIF and JPEG
    in several sizes) are made here, once. A rendition a test makes is rolled back with
    the test, so without this every test that renders a page made them again (the home
    page alone took 8 s)."""
    with django_db_blocker.unblock():
        # With ELASTICSEARCH_URL, load_demo's update_index builds the run's own indexes
        # afresh (tests/elasticsearch_index.py).
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        visit_every_live_page()
    if elasticsearch_enabled():
        from tests import elasticsearch_index

        elasticsearch_index.follow_writes()


def elasticsearch_enabled():
    from search.models import elasticsearch_enabled

    return elasticsearch_enabled()


@pytest.fixture(autouse=True)
def elasticsearch_in_step(django_db_blocker):
    """With ELASTICSEARCH_URL, what the last test wrote to Elasticsearch and then rolled
    back in the database is written again as the database has it."""
    if elasticsearch_enabled():
        from tests import elasticsearch_index

        with django_db_blocker.unblock():
            elasticsearch_index.restore()


def visit_every_live_page():
    from wagtail.models import Page

    client = Client(raise_request_exception=False)  # a broken page is its own tests' failure
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        if url:
            client.get(url)
    forget_cached_state()


@pytest.fixture
def locales():
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def editor_client(client, django_user_model):
    """A client signed in as a superuser."""
    admin = django_user_model.objects.create_superuser("editor", "e@example.org", "pw-123456789")
    client.force_login(admin)
    return client


@pytest.fixture
def page_cache_on(client):
    """The page cache on and empty (the test settings turn it off)."""
    client.get("/es/")  # a first request makes the site's settings row, which purges
    caches["pages"].clear()
    with override_settings(HUB_PAGE_CACHE=True):
        yield
    caches["pages"].clear()


@pytest.fixture
def cache_reads(monkeypatch):
    """`cache_reads(backend)`: the list of keys that cache backend is asked for from now
    on (a local-memory cache's get_many reads through get)."""

    def watch(backend):
        asked = []
        get = backend.get

        def counted_get(key, *args, **kwargs):
            asked.append(key)
            return get(key, *args, **kwargs)

        monkeypatch.setattr(backend, "get", counted_get)
        return asked

    return watch


@pytest.fixture(autouse=True)
def fresh_caches():
    """What a test wrote is rolled back without a signal, but caches would keep it: the
    restricted paths that hub.core.privacy keeps per process, the page frames of
    hub.core.page_frame (kept in memory and in the default cache), and Wagtail's rendition
    cache (the default cache here), whose entries would name renditions no longer in the
    database (the rendition view serves only renditions it finds there). All are read
    again after each test."""
    yield
    forget_cached_state()


def forget_cached_state():
    from hub.core import page_frame, privacy

    privacy._memo["version"] = None  # noqa: SLF001
    page_frame.forget()  # the menus, footers and settings each process keeps
    caches["default"].clear()
