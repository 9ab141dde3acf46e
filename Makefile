# Regulars: the two commands that matter are `make run` and `make test`; each sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
TS := resources/translations/regulars_vi.ts
QT_TS := resources/translations/qtbase_extra_vi.ts  # Qt's own texts, hand-maintained (not from lupdate)
QM := $(patsubst %.ts,%.qm,$(wildcard $(TS) $(QT_TS)))

# The application bundle and the Debian package (docs/packaging.md).
DIST := dist
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH = $(shell dpkg --print-architecture 2>/dev/null || uname -m)

.PHONY: run test bench lint translations setup system-deps clean screenshots mutation dist deb dist-check icons

run: setup
	$(PY) main.py

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: setup $(VENV)/.stamp-bench
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

# Mutation testing of the shop-file safety code (pyproject.toml [tool.mutmut]; docs/testing.md).
# Not part of `make test` or CI: it runs the chosen tests once per mutant.
mutation: setup $(VENV)/.stamp-mutation
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/mutmut run --max-children 2
	$(VENV)/bin/mutmut results

$(VENV)/.stamp-mutation: $(VENV)/.stamp-install
	$(PY) -m pip install -q -e ".[dev,mutation]"
	touch $@

# ruff, then mypy over app/ (settings in pyproject.toml), then the layers contract (import-linter).
lint: setup
	$(VENV)/bin/ruff check app tests benchmarks installers scripts main.py setup.py
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

$(VENV)/.stamp-dist: $(VENV)/.stamp-install
	$(PY) -m pip install -q -e ".[dev,dist]"
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

# `make dist`: the one-folder bundle dist/regulars/ (start dist/regulars/regulars) and its .tar.gz.
dist: setup $(VENV)/.stamp-dist
	@./scripts/ensure-system-deps.sh --dist
	rm -rf $(DIST)/regulars
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath $(DIST) --workpath build/pyinstaller \
		installers/regulars.spec
	tar -C $(DIST) -czf $(DIST)/regulars-$(VERSION)-linux-$(ARCH).tar.gz regulars
	@du -sh $(DIST)/regulars $(DIST)/regulars-$(VERSION)-linux-$(ARCH).tar.gz

# `make deb`: dist/regulars_<version>_<arch>.deb from the bundle (installs under /opt/regulars).
deb: dist
	$(PY) installers/build_deb.py --bundle $(DIST)/regulars --out $(DIST)

# Starts the built bundle and checks it, the .deb and the wheel (installers/dist_check.py).
dist-check: deb
	QT_QPA_PLATFORM=offscreen $(PY) installers/dist_check.py --dist $(DIST)

# The PNG, ICO and ICNS icons from resources/icons/regulars.svg.
icons: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icons.py

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache build $(DIST)
