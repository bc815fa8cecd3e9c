"""A sample joint declaration (`declaration.json`): its real text, date and signatories are
not recoverable."""

import datetime

from hub.briefs.models import BriefPage
from hub.declaration.models import ActionPoint, ActionPointStatus, DeclarationPage
from hub.demo.loader.base import SOURCE, read
from hub.upr.models import Recommendation


def load_declaration(loader, workshop):
    content = read("declaration")
    data = content["declaration"]
    loader.learn(data["text"])  # Before the page: translating it needs the strings.
    page = loader.page(
        workshop,
        DeclarationPage,
        {**data, "show_in_menus": False},
        "declaration",
        text=data["text"][SOURCE],
        place=data["place"],
        date=None,
        is_sample=True,
    )
    es = loader.locales[SOURCE]
    for item in content["action_points"]:
        point = ActionPoint.objects.filter(
            declaration=page, number=item["number"], locale=es
        ).first()
        if point is None:
            point = ActionPoint(
                declaration=page,
                number=item["number"],
                text=item["text"][SOURCE],
                cat_articles=item["cat"],
                opcat_articles=item["opcat"],
                is_sample=True,
                locale=es,
                **item["actors"],
            )
            point.status_updates = [
                ActionPointStatus(
                    status=update["status"],
                    date=datetime.date.fromisoformat(update["date"]),
                    note=update["note"][SOURCE],
                    locale=es,
                )
                for update in item["status"]
            ]
            point.save()
            point.recommendations.set(
                Recommendation.objects.filter(country__in=item["countries"], is_sample=True)
            )
            # The sample briefs it concerns, by slug (each in the tree of its language).
            point.briefs.set(BriefPage.objects.filter(slug__in=item["briefs"]))
            point.save()
            loader.note("created", f"action point {item['number']} (es)")
        else:
            loader.note("skipped", f"action point {item['number']} (es): exists")
        loader.learn(item["text"])
        for update in item["status"]:
            if update["note"][SOURCE]:
                loader.learn(update["note"])
        loader.translate(point, f"action point {item['number']}")
    return page
