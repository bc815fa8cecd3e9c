"""The run_import fixture: import_recommendations in English, its output kept."""

import io

import pytest

from django.core.management import CommandError, call_command
from django.utils import translation

from tests.upr.importing import Run


@pytest.fixture
def run_import():
    """Run import_recommendations in English; returns its output and CommandError (if any)."""

    def run(*args):
        stdout, stderr = io.StringIO(), io.StringIO()
        error = None
        with translation.override("en"):
            try:
                call_command(
                    "import_recommendations", *map(str, args), stdout=stdout, stderr=stderr
                )
            except CommandError as exc:
                error = exc
        return Run(stdout.getvalue(), stderr.getvalue(), error)

    return run
