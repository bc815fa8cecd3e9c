from django.http import HttpResponse
from django.views.decorators.http import require_GET

from hub.briefs import citations
from hub.briefs.models import BriefPage
from hub.core.routing import page_at
from hub.core.utils import absolute_url


@require_GET
def citation(request, path, fmt):
    """<brief url>cite.bib and <brief url>cite.ris."""
    page = page_at(request, path, BriefPage)
    url = absolute_url(request, page)
    if fmt == "bib":
        response = HttpResponse(
            citations.bibtex(page, url), content_type="application/x-bibtex; charset=utf-8"
        )
    else:
        response = HttpResponse(
            citations.ris(page, url),
            content_type="application/x-research-info-systems; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def declaration_pdf(request, path):
    """<declaration url>declaration.pdf, generated from the page as it is now."""
    from hub.briefs.declaration_pdf import declaration_pdf as render
    from hub.briefs.models import DeclarationPage

    page = page_at(request, path, DeclarationPage)
    response = HttpResponse(
        render(page, absolute_url(request, page)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="{page.slug}.pdf"'
    return response
