"""People named in an import manifest (briefs' authors, recordings' speakers)."""

from hub.core.manifests import slug_for, unique_slug
from hub.network.models import Person


def person_named(name, locale):
    """The person with exactly this name (in ``locale`` first, then any locale), or a new
    one in ``locale``, with a free slug."""
    people = Person.objects.filter(name=name).order_by("pk")
    found = people.filter(locale=locale).first() or people.first()
    if found:
        return found
    taken = Person.objects.filter(locale=locale)
    return Person.objects.create(
        name=name,
        slug=unique_slug(
            slug_for(name, "person"), lambda slug: taken.filter(slug=slug).exists(), max_length=200
        ),
        locale=locale,
        is_sample=False,
    )
