# Regulars: the two commands that matter are `make run` and `make test`; each sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TS := resources/translations/regulars_vi.ts
QT_TS := resources/translations/qtbase_extra_vi.ts  # Qt's own texts, hand-maintained (not from lupdate)
QM := $(patsubst %.ts,%.qm,$(wildcard $(TS) $(QT_TS)))

.PHONY: run test bench lint translations setup system-deps clean screenshots

run: setup
	$(PY) main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: setup $(VENV)/.stamp-bench
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

# ruff, then mypy over app/ (settings in pyproject.toml), then the layers contract (import-linter).
lint: setup
	$(VENV)/bin/ruff check app tests benchmarks main.py
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

setup: system-deps $(VENV)/.stamp-install $(QM)

system-deps:
	@./scripts/ensure-system-deps.sh

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV) || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); }

$(VENV)/.stamp-install: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

$(VENV)/.stamp-bench: $(VENV)/.stamp-install
	$(PY) -m pip install -q -e ".[dev,bench]"
	touch $@

# Compiled translations; the .ts sources are refreshed from the code with `make translations`.
resources/translations/%.qm: resources/translations/%.ts $(VENV)/.stamp-install
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(VENV)/.stamp-install
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete $$(find app -name '*.py' | sort) -ts $(TS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache
