"""Citations of a brief: BibTeX, RIS and a formatted reference."""

import re
import unicodedata

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _


def publisher():
    """The site's one name in the active language (WAGTAIL_SITE_NAME)."""
    return str(settings.WAGTAIL_SITE_NAME)


def citation_key(page):
    first = page.author_people()[:1]
    surname = first[0].name.split()[-1] if first else "hub"
    ascii_name = unicodedata.normalize("NFKD", surname).encode("ascii", "ignore").decode()
    return (
        re.sub(r"[^A-Za-z0-9]", "", ascii_name).lower()
        + str(page.publication_date.year)
        + f"-{page.pk}"
    )


def _bib_escape(value):
    return (
        value.replace("\\", "\\textbackslash{}")
        .replace("{", "\\{")
        .replace("}", "\\}")
        .replace("&", "\\&")
        .replace("%", "\\%")
        .replace("#", "\\#")
    )


def bibtex(page, url):
    authors = " and ".join(_bib_escape(person.name) for person in page.author_people())
    fields = [
        ("title", page.title),
        ("author", authors),
        ("year", str(page.publication_date.year)),
        ("month", page.publication_date.strftime("%b").lower()),
        ("date", page.publication_date.isoformat()),
        ("publisher", publisher()),
        ("type", "Brief"),
        ("language", page.language),
        ("url", url),
        ("abstract", page.abstract),
    ]
    body = ",\n".join(
        f"  {name} = {{{value if name in ('author', 'url') else _bib_escape(value)}}}"
        for name, value in fields
        if value
    )
    return f"@techreport{{{citation_key(page)},\n{body}\n}}\n"


def ris(page, url):
    lines = ["TY  - RPRT", f"TI  - {page.title}"]
    lines += [f"AU  - {person.name}" for person in page.author_people()]
    lines += [
        f"PY  - {page.publication_date.year}",
        f"DA  - {page.publication_date.strftime('%Y/%m/%d')}",
        f"PB  - {publisher()}",
        f"LA  - {page.language}",
        f"UR  - {url}",
        f"AB  - {' '.join(page.abstract.split())}",
        "ER  - ",
    ]
    return "\r\n".join(lines) + "\r\n"


def formatted(page, url):
    """Author, A.; Author, B. (Year). Title. Site name. URL"""
    names = "; ".join(person.name for person in page.author_people()) or publisher()
    return _("%(authors)s (%(year)s). %(title)s [brief]. %(publisher)s. %(url)s") % {
        "authors": names,
        "year": page.publication_date.year,
        "title": page.title,
        "publisher": publisher(),
        "url": url,
    }


def download(page, url, fmt):
    """The citation as a file: ``bib`` (BibTeX) or ``ris``; reference managers fetch it
    from other sites too."""
    if fmt == "bib":
        response = HttpResponse(
            bibtex(page, url), content_type="application/x-bibtex; charset=utf-8"
        )
    else:
        response = HttpResponse(
            ris(page, url), content_type="application/x-research-info-systems; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
