"""The demo site's sample UPR recommendations (called by the site's `load_demo`)."""

from collections import Counter

from hub.demo.content import upr as content
from hub.upr.countries import country_name
from hub.upr.models import Recommendation, cycle_for_session


def load_demo_recommendations(write=print):
    """Create the sample recommendations that are missing; returns a Counter.

    Idempotent: a recommendation that exists already (by its demo id) is skipped.
    """
    counts = Counter()
    existing = set(
        Recommendation.objects.filter(source=Recommendation.Source.DEMO).values_list(
            "source_id", flat=True
        )
    )
    for item in content.RECOMMENDATIONS:
        source_id = f"sample-{item['key']}"
        what = f"sample UPR recommendation {item['country']} session {item['session']}"
        if source_id in existing:
            counts["skipped"] += 1
            write(f"  {'skipped':<8} {what}")
            continue
        response, response_original = item["response"]
        Recommendation.objects.create(
            source=Recommendation.Source.DEMO,
            source_id=source_id,
            text=content.PREFIX + item["text"],
            text_language="en",
            country=item["country"],
            recommending_states=[
                {"code": code, "name": country_name(code)} for code in item["states"]
            ],
            body="UPR",
            session=item["session"],
            cycle=cycle_for_session(item["session"]),
            response=response,
            response_original=response_original,
            themes=item["themes"],
            affected_persons=[content.DEPRIVED],
            sdgs=[content.SDG16],
            is_sample=True,
        )
        counts["created"] += 1
        write(f"  {'created':<8} {what}")
    return counts
