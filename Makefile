# The two set-up commands in the README: `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
PIP := $(PYTHON) -m pip

.PHONY: demo test install install-dev system-deps lint bench

install:
	$(PIP) install --quiet -e .

demo: system-deps install
	afterword demo

system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
		(apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fonts-dejavu-core >/dev/null) \
		|| echo "warning: could not install the PDF libraries (Pango); PDF output and its tests may fail"; \
	else echo "skipping system packages (needs apt-get and root)"; fi

install-dev: system-deps
	$(PIP) install --quiet -e ".[dev,semantic]"

lint:
	$(PYTHON) -m ruff check src tests benchmarks scripts

test: install-dev lint
	$(PYTHON) -m pytest -q

bench: install
	$(PYTHON) benchmarks/run.py
