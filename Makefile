# The one entry point for humans. `make run` serves the site; `make test` runs every test.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export DJANGO_SETTINGS_MODULE ?= sheltercity.settings.dev
# uv from PATH, else the one pip installs (run as a module, wherever pip put its script).
UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)
MANAGE := $(UV) run --frozen python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# When make started, in seconds: `make run` prints how long the setup took.
STARTED := $(shell date +%s)

.PHONY: help uv install messages html-checker run stack test bench backup lint format migrations-check deploy-check makemessages clean

help:
	@echo "make run    install, migrate, load the demo if empty, serve on http://$(HOST):$(PORT)"
	@echo "make stack  the production stack on loopback ports: nginx, Varnish, gunicorn, Redis, PostgreSQL"
	@echo "make test   install and run the whole test suite on a throwaway PostgreSQL"
	@echo "make bench  measure page weight and server time, write BENCHMARKS.md"
	@echo "make backup one archive of the database and media in BACKUP_DIR (manage.py backup)"
	@echo "make lint   ruff check and ruff format --check"
	@echo "make makemessages   refresh the .po files after changing interface strings"

uv:
	@$(UV) --version >/dev/null 2>&1 || { \
		echo "uv not found: installing it from PyPI (pip install --user uv)"; \
		python3 -m pip install --user --quiet uv \
			|| python3 -m pip install --user --quiet --break-system-packages uv; }

# The default groups (dev) and the demo group; production: uv sync --frozen --no-dev --no-group demo
install: uv
	$(UV) sync --frozen --group demo
	@$(MAKE) --no-print-directory messages

# Compile the interface translations (.po -> .mo) with Babel: no gettext binaries needed.
messages:
	@for po in locale/*/LC_MESSAGES/django.po; do \
		$(UV) run --frozen pybabel -q compile -i "$$po" -o "$${po%.po}.mo" -l "$$(basename $$(dirname $$(dirname $$po)))" || exit 1; \
	done

# The Nu HTML Checker (vnu.jar, run with Debian's Java by tests/test_html_validity.py), from npm
# at the version tools/vnu/package-lock.json pins; only when missing. Its install script (which
# would download a Java) is not run. Without npm that test fails and says what to install.
VNU_JAR := tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar
html-checker:
	@test -f $(VNU_JAR) || { \
		if command -v npm >/dev/null; then cd tools/vnu && npm ci --ignore-scripts --no-audit --no-fund; \
		else echo "npm not found: apt-get install -y nodejs npm default-jre-headless (for the HTML checker)" >&2; fi; }

# Each step is a new Python process: let the first write the bytecode caches the others read,
# even where the environment says not to (PYTHONDONTWRITEBYTECODE; caches are git-ignored).
run: export PYTHONDONTWRITEBYTECODE :=
run: install
	@# migrate (with the system checks), load_demo --if-empty and ensure_admin, in one process
	$(MANAGE) setup_site
	@echo "Ready in $$(( $$(date +%s) - $(STARTED) )) s"
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@# The system checks ran with setup_site just above (and stop it when they fail).
	$(MANAGE) runserver --skip-checks $(HOST):$(PORT)

# nginx -> Varnish -> gunicorn (production settings) -> PostgreSQL + Redis, each on a free
# loopback port; the URLs are printed; Ctrl-C stops everything (scripts/stack.py).
stack: export PYTHONDONTWRITEBYTECODE :=
stack: install
	$(UV) run --frozen python scripts/stack.py

test: install html-checker
	@test -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" || { echo "Chromium is not installed; the browser tests drive it: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2; exit 2; }
	@started=$$(date +%s); \
	DJANGO_SETTINGS_MODULE=sheltercity.settings.test scripts/with-postgres $(UV) run --frozen pytest $(PYTEST_ARGS); \
	status=$$?; elapsed=$$(( $$(date +%s) - started )); \
	echo "make test: $$(( elapsed / 60 )) min $$(( elapsed % 60 )) s"; \
	exit $$status

bench: install
	DJANGO_SETTINGS_MODULE=sheltercity.settings.test scripts/with-postgres $(UV) run --frozen python scripts/bench.py
	$(UV) run --frozen python scripts/bench_stack.py
	DJANGO_SETTINGS_MODULE=sheltercity.settings.test scripts/with-postgres $(UV) run --frozen python scripts/bench_mirror.py

# One archive (PostgreSQL dump, media, manifest) in BACKUP_DIR, keeping the BACKUP_KEEP newest,
# with the settings the environment names (production: set -a; . /etc/sheltercity/env; set +a).
# No install step: on a server the environment is the one `uv sync --no-dev` made.
backup:
	$(MANAGE) backup

lint: install
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .

format: install
	$(UV) run --frozen ruff check --fix .
	$(UV) run --frozen ruff format .

migrations-check: install
	$(MANAGE) makemigrations --check --dry-run

# Django's deployment checks of the production settings, with a throwaway SECRET_KEY and an
# example host name: what the settings do, not this machine's secrets. Likewise the public key
# applications are sealed to: the environment's when it is set (a malformed one fails:
# applications.E001), else a throwaway one whose secret half is never kept. A server without
# one is told by its own `manage.py check` (applications.W001: the forms are closed).
deploy-check: install
	DJANGO_SETTINGS_MODULE=sheltercity.settings.production SECRET_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))') \
		APPLICATIONS_PUBLIC_KEY="$${APPLICATIONS_PUBLIC_KEY:-$$($(UV) run --frozen python -c 'from applications.sealing import generate, public_key_text; print(public_key_text(generate()[1]))')}" \
		ALLOWED_HOSTS=sheltercity.example.org $(MANAGE) check --deploy --fail-level WARNING

# Needs GNU gettext (apt-get install -y gettext): only when interface strings change.
makemessages: install
	$(MANAGE) makemessages --all --no-obsolete --no-location --ignore '.venv/*' --ignore 'var/*'

clean:
	rm -rf var db.sqlite3 .pytest_cache
