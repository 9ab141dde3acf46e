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

# Mutation testing of the core (pyproject.toml [tool.mutmut]; docs/testing.md): the functions below,
# by mutant name. Not part of `make test` or CI: it runs the chosen tests once per mutant. One module:
# `make mutation MUTANTS='app.services.segments.scoring.*'`.
MUTATION_SCOPE := \
	'app.services.backups.*' \
	'app.services.shop.*' \
	'app.services.importing.values.x__strip_number__*' 'app.services.importing.values.x_is_ambiguous_dot__*' \
	'app.services.importing.values.x_detect_number_style__*' 'app.services.importing.values.x_parse_number_text__*' \
	'app.services.importing.values.x_to_numbers__*' 'app.services.importing.values.x_to_thousandths__*' \
	'app.services.importing.values.x_currency_in_text__*' 'app.services.importing.values.x_currency_of_cell__*' \
	'app.services.importing.lines.x_line_keys__*' 'app.services.importing.lines.x__mix__*' \
	'app.services.importing.lines.x_string_hashes__*' 'app.services.importing.lines.x__first_rows__*' \
	'app.services.importing.lines.x__fill_within_invoice__*' \
	'app.services.importing.runner.x__write_customers__*' 'app.services.importing.runner.x_undo_import__*' \
	'app.services.importing.runner.x__insert_order__*' 'app.services.importing.runner.x__quantities__*' \
	'app.services.importing.runner.x__shared_objects__*' \
	'app.services.segments.scoring.*' \
	'app.services.segments.value.x_customer_value__*' 'app.services.segments.value.x__share__*' \
	'app.services.customer_data.x_delete_customer__*' 'app.services.customer_data.x_clear_log__*' \
	'app.services.customer_data.x__holds__*' 'app.services.customer_data.x_backups_holding__*' \
	'app.services.customer_data.x_purge_from_backups__*'
MUTANTS ?= $(MUTATION_SCOPE)

mutation: setup $(VENV)/.stamp-mutation
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/mutmut run --max-children 2 $(MUTANTS)
	$(PY) scripts/mutation_scores.py $(MUTANTS)

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
