"""The demo site's sample UPR recommendations (`upr.json`).

The reference material holds no real recommendation text, so every entry is a sample: its
text says so, and `is_sample` marks it. Sessions are the states' real UPR Working Group
sessions (cycle 1 or 2); the recommending states and responses are samples.
"""

from collections import Counter

from hub.core.countries import un_name
from hub.demo.loader.base import SOURCE, read
from hub.upr.models import Recommendation, RecommendationIndexPage, cycle_for_session


def load_demo_recommendations(write=print):
    """Create the sample recommendations that are missing; returns a Counter.

    Idempotent: a recommendation that exists already (by its demo id) is skipped.
    """
    content = read("upr")
    counts = Counter()
    existing = set(
        Recommendation.objects.filter(source=Recommendation.Source.DEMO).values_list(
            "source_id", flat=True
        )
    )
    for item in content["recommendations"]:
        source_id = f"sample-{item['key']}"
        what = f"sample UPR recommendation {item['country']} session {item['session']}"
        if source_id in existing:
            counts["skipped"] += 1
            write(f"  {'skipped':<8} {what}")
            continue
        Recommendation.objects.create(
            source=Recommendation.Source.DEMO,
            source_id=source_id,
            text=content["prefix"] + item["text"],
            text_language="en",
            country=item["country"],
            recommending_states=[{"code": code, "name": un_name(code)} for code in item["states"]],
            body="UPR",
            session=item["session"],
            cycle=cycle_for_session(item["session"]),
            response=item["response"]["code"],
            response_original=item["response"]["original"],
            themes=item["themes"],
            affected_persons=content["affected_persons"],
            sdgs=content["sdgs"],
            is_sample=True,
        )
        counts["created"] += 1
        write(f"  {'created':<8} {what}")
    return counts


def load_other_mechanism_samples(write=print):
    """Sample recommendations of the treaty bodies and special procedures
    (`recommendations.json`), so that the database's mechanism filter has something to
    show; marked as samples like the UPR ones. Idempotent."""
    content = read("recommendations")
    counts = Counter()
    for item in content["samples"]:
        what = f"sample recommendation {item['country']} {item['body']}"
        _recommendation, created = Recommendation.objects.get_or_create(
            source=Recommendation.Source.DEMO,
            source_id=f"sample-{item['key']}",
            defaults={
                "text": content["samples_prefix"] + item["text"],
                "text_language": "en",
                "country": item["country"],
                "body": item["body"],
                "themes": item["themes"],
                "implementation_status": item["implementation"],
                "is_sample": True,
            },
        )
        state = "created" if created else "skipped"
        counts[state] += 1
        write(f"  {state:<8} {what}")
    return counts


def load_recommendations_page(loader, home):
    """The public recommendations database (`recommendations.json`)."""
    data = read("recommendations")
    loader.page(
        home,
        RecommendationIndexPage,
        data,
        "recommendations database",
        introduction=data["introduction"][SOURCE],
    )
