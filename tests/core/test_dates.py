"""Dates follow each language's conventions: Portuguese and Spanish months are written in
lower case inside a date."""

import datetime

import pytest

from django.utils import translation

from hub.core.templatetags.hub_tags import precise_date

DAY = datetime.date(2008, 4, 16)


@pytest.mark.parametrize(
    "code, day, month",
    [
        ("pt", "16 de abril de 2008", "abril de 2008"),
        ("es", "16 de abril de 2008", "abril de 2008"),
        ("en", "April 16, 2008", "April 2008"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(code, day, month):
    with translation.override(code):
        assert precise_date(DAY) == day
        assert precise_date(DAY, "month") == month
        assert precise_date(DAY, "year") == "2008"


def test_every_portuguese_month_is_lower_case_in_a_date():
    with translation.override("pt"):
        for number in range(1, 13):
            name = precise_date(datetime.date(2011, number, 1), "month").split(" de ")[0]
            assert name == name.lower(), name
