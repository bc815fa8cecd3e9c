from django.http import HttpResponse
from django.views.decorators.http import require_GET

from hub.core.routing import page_at
from hub.core.utils import absolute_url


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
