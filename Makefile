# The two set-up commands in the README: `make demo` and `make test`. Both install what they need.
# They install into a project virtual environment (.venv), unless one is already active: a stock Debian/Ubuntu
# python3 refuses `pip install` outside a virtual environment (PEP 668).
PYTHON ?= python3
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := .venv
endif
PY := $(VENV)/bin/python
PIP := $(PY) -m pip

.PHONY: demo test install install-dev system-deps browser-deps lint bench venv postgres screenshots
AXE := .cache/browser/node_modules/axe-core/axe.min.js

venv: $(PY)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: venv
	$(PIP) install --quiet -e .

demo: system-deps install
	$(VENV)/bin/afterword demo

system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core \
			>/dev/null) \
		|| echo "warning: could not install the PDF libraries (Pango); PDF output and its tests may fail"; \
	else echo "skipping system packages (needs apt-get and root)"; fi

install-dev: system-deps browser-deps venv
	$(PIP) install --quiet -e ".[dev,semantic]"

# Debian's chromium and axe-core (npm) for tests/browser; never a browser downloaded by a test tool.
browser-deps:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="chromium"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -z "$$missing" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
		|| echo "warning: could not install$$missing; the browser tests will skip"; \
	else echo "skipping$$missing (needs apt-get and root); the browser tests will skip"; fi
	@if [ ! -f $(AXE) ] && command -v npm >/dev/null 2>&1; then \
		npm install --prefix .cache/browser --no-audit --no-fund --no-save --silent axe-core@4.14.1 \
		|| echo "warning: could not install axe-core; the browser tests will skip"; fi

screenshots: install-dev
	$(PY) scripts/screenshots.py

lint:
	$(PY) -m ruff check src tests benchmarks scripts

test: install-dev lint
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/bench_speed.py

# A throw-away PostgreSQL server for the store's tests (installed with apt-get when missing and run as root):
#   eval "$$(make -s postgres)" && make test     then   .ci/postgres stop "$$AFTERWORD_TEST_POSTGRES_DIR"
# Without it the PostgreSQL cases skip (CI=true makes them fail instead; .ci/run starts the server).
postgres:
	@.ci/postgres start
