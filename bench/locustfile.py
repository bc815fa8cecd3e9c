"""What a visitor does, for bench/load.py: the home page, a recording, a brief, a search."""

import os
import random

from locust import HttpUser, between, task

SEARCHES = [
    "tortura",
    "defensoria",
    "mecanismo nacional",
    "torture prevention",
    "prevencao",
    "OPCAT",
]


class Visitor(HttpUser):
    wait_time = between(0.5, 2)
    # Set by bench/load.py from the running site.
    recording = os.environ.get("HUB_RECORDING", "/es/")
    brief = os.environ.get("HUB_BRIEF", "/es/")

    @task(3)
    def home(self):
        language = random.choice(["es", "en", "pt"])
        self.client.get(f"/{language}/", name="home")

    @task(2)
    def recording_page(self):
        self.client.get(self.recording, name="recording")

    @task(2)
    def brief_page(self):
        self.client.get(self.brief, name="brief")

    @task(2)
    def search(self):
        self.client.get("/es/search/", params={"q": random.choice(SEARCHES)}, name="search")
