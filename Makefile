# Family Pit Stop — `make run` starts the kiosk on the demo data, `make test` runs every check.
# Both set everything up first: Debian packages (as root; otherwise the exact apt line is printed),
# the virtual environment in .venv, the Python packages, and the compiled translations.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard ui/i18n/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-fast test-slow lint qmllint typecheck bench snapshots translations setup system-deps clean

run: setup translations
	$(BIN)/pitstop run $(ARGS)

test: setup translations lint qmllint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: setup translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -x -q $(PYTEST_ARGS)

test-slow: setup translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check kiosk sync central ui tests benchmarks tools
	$(BIN)/ruff format --check kiosk sync central ui tests benchmarks tools

# The QML module against the view-models' type information (tools/qmltypes.py writes it to
# build/qml); any warning fails.
qmllint: setup
	$(BIN)/python tools/qmltypes.py build/qml
	$(BIN)/pyside6-qmllint -I ui/qml -I build/qml --max-warnings 0 ui/qml/Pitstop/*.qml

typecheck: setup
	$(BIN)/mypy

# Every benchmark runs to its end; the misses (and failures) are listed at the end, exit 1 if any.
bench: setup translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py $(BENCH)

snapshots: setup translations
	$(BIN)/python tools/snapshots.py out/snapshots

translations: setup $(QM)

ui/i18n/%.qm: ui/i18n/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

setup: system-deps $(STAMP)

system-deps:
	@bash tools/system-deps.sh $(if $(filter test test-fast test-slow,$(MAKECMDGOALS)),--with-test,) $(if $(filter bench,$(MAKECMDGOALS)),--with-bench,)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,server]'
	touch $@

clean:
	rm -rf $(VENV) out build/qml ui/i18n/*.qm .mypy_cache .ruff_cache

# The office console's vendored JavaScript (libsodium, the .xlsx writer) from the npm registry,
# with licences, versions and checksums (central/office/static/vendor/MANIFEST.json); needs npm.
# Commit what it writes: `make test` never needs npm.
.PHONY: vendor-js
vendor-js: setup
	$(BIN)/python tools/vendor_js.py
