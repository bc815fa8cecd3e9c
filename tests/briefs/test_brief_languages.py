"""A brief listed on a page of another language is marked with its own language: the
title and the abstract (screen readers read them with the right voice)."""

import pytest

from hub.briefs.models import BriefIndexPage
from tests.factories import BriefPageFactory
from tests.factories.briefs import BriefIndexPageFactory
from tests.factories.core import home, the_page

pytestmark = pytest.mark.django_db


def test_the_spanish_list_marks_an_english_brief_abstract_with_lang(client):
    BriefPageFactory(language="en", title="A brief in English", abstract="An English abstract.")
    index = the_page(BriefIndexPage, home("es"), BriefIndexPageFactory)
    html = client.get(index.url).content.decode()
    assert '<p lang="en">An English abstract.</p>' in html
    assert 'lang="en">A brief in English</a>' in html
