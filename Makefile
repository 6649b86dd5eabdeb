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

.PHONY: demo test install install-dev system-deps lint bench venv postgres

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

install-dev: system-deps venv
	$(PIP) install --quiet -e ".[dev,semantic]"

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
