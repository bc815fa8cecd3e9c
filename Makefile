# Everyday commands. `make` (or `make help`) lists them.
# DJANGO_SETTINGS_MODULE is not set here: manage.py defaults to hub.settings.dev and
# pytest uses hub.settings.test (pyproject.toml); an exported value wins in both.

PY := .venv/bin/python
MANAGE := $(PY) manage.py
ADMIN_USERNAME := admin
ADMIN_PASSWORD ?= changeme-demo
export ADMIN_USERNAME ADMIN_PASSWORD
RUN_ADDR := 127.0.0.1:8000
PYTEST_ARGS ?=
# Test workers (pytest-xdist, in requirements-dev.txt): one per core, at most 4 (each loads
# the demo site into its own database first). PYTEST_WORKERS=0 runs the tests in one
# process; a .venv without pytest-xdist does so too.
PYTEST_WORKERS ?= auto
XDIST = $$($(PY) -c 'import xdist' 2>/dev/null \
	&& echo "--numprocesses $(PYTEST_WORKERS) --maxprocesses 4 --dist loadgroup")

.DEFAULT_GOAL := help
.PHONY: help venv messages migrate demo admin run test test-fast lint format check clean

help: ## List the targets
	@echo "Usage: make TARGET"
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-10s %s\n", $$1, $$2}' \
		$(MAKEFILE_LIST)

venv: .venv/.installed ## Create .venv and install requirements-dev.txt (again when it changes)

.venv/.installed: requirements.txt requirements-asr.txt requirements-dev.txt
	test -x $(PY) || python3 -m venv .venv
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(PY) -m pip install --quiet --disable-pip-version-check \
		-r requirements-dev.txt
	touch $@

messages: venv ## Compile the .po translations to .mo (msgfmt, or polib without gettext)
	@if ! find . -path ./.venv -prune -o -name '*.po' -print | grep -q .; then \
		echo "No .po files to compile."; \
	elif command -v msgfmt >/dev/null 2>&1; then \
		$(MANAGE) compilemessages --ignore='.*' --ignore=node_modules; \
	else \
		echo "msgfmt not found (apt-get install gettext): compiling with polib"; \
		$(PY) -m hub.core.compile_po; \
	fi

migrate: venv ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Migrate and load the demo content (idempotent)
	$(MANAGE) load_demo

# Creates the superuser, or makes an existing one active, staff and superuser again with
# ADMIN_PASSWORD; a second run changes nothing.
define ADMIN_SCRIPT
import os
from django.contrib.auth import get_user_model

User = get_user_model()
username, password = os.environ["ADMIN_USERNAME"], os.environ["ADMIN_PASSWORD"]
user, created = User.objects.get_or_create(username=username)
changed = created or not (user.is_active and user.is_staff and user.is_superuser)
user.is_active = user.is_staff = user.is_superuser = True
if created or not user.check_password(password):
    user.set_password(password)
    changed = True
if changed:
    user.save()
print(("Created" if created else "Updated" if changed else "Unchanged:"), "admin account", username)
endef
export ADMIN_SCRIPT

admin: migrate ## Create the admin account (user admin, password ADMIN_PASSWORD or changeme-demo)
	@$(MANAGE) shell --verbosity 0 --no-imports -c "$$ADMIN_SCRIPT"
	@echo "Admin: http://$(RUN_ADDR)/admin/  username: $$ADMIN_USERNAME  password: $$ADMIN_PASSWORD"

run: venv messages demo admin ## Serve the demo site at http://127.0.0.1:8000/ (SQLite)
	@echo
	@echo "Site:  http://$(RUN_ADDR)/"
	@echo "Admin: http://$(RUN_ADDR)/admin/  username: $$ADMIN_USERNAME  password: $$ADMIN_PASSWORD"
	@echo
	$(MANAGE) runserver $(RUN_ADDR)

test: venv messages ## Run the tests (SQLite, or DATABASE_URL); PYTEST_ARGS=... passes options
	@$(PY) -m pytest $(XDIST) $(PYTEST_ARGS) || { status=$$?; \
		if [ $$status -eq 5 ]; then echo "pytest collected no tests: the suite must not be empty." >&2; fi; \
		exit $$status; }

test-fast: venv messages ## Run the tests without the browser (Playwright) ones
	@$(PY) -m pytest $(XDIST) -m "not browser" $(PYTEST_ARGS) || { status=$$?; \
		if [ $$status -eq 5 ]; then echo "pytest collected no tests: the suite must not be empty." >&2; fi; \
		exit $$status; }

lint: venv ## ruff check, ruff format --check, djhtml --check, the import contracts (lint-imports)
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/djhtml --check templates
	.venv/bin/lint-imports --no-cache

format: venv ## Format and fix: ruff format, ruff check --fix, djhtml
	.venv/bin/ruff format .
	.venv/bin/ruff check --fix .
	.venv/bin/djhtml templates

check: venv messages ## Compile messages, manage.py check, makemigrations --check
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean: ## Remove the SQLite database, uploaded media and collected static files
	rm -rf db.sqlite3 db.sqlite3-journal db.sqlite3-wal db.sqlite3-shm media static_collected
