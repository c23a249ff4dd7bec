# VănThư — two commands for a new user: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian/Ubuntu packages. Qt needs a few X/EGL libraries even offscreen.
APP_DEBS := python3-venv libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libnss3 \
	tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd
TEST_DEBS := $(APP_DEBS) softhsm2 poppler-utils postgresql libnss3-tools

TS := resources/translations/vanthu_en.ts
QM := resources/translations/vanthu_en.qm

.PHONY: install run test stress-ui lint typecheck sysdeps-app sysdeps-test translations screenshots bench clean dist

# Installs only what is missing; uses sudo when not root. Never fails on a machine without apt.
define apt_missing
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Cài gói hệ thống còn thiếu / installing missing system packages:$$missing"; \
	    SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else echo "Thiếu gói hệ thống / missing system packages:$$missing"; fi; \
	fi
endef

sysdeps-app:
	$(call apt_missing,$(APP_DEBS))

sysdeps-test:
	$(call apt_missing,$(TEST_DEBS))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP) $(QM)

$(QM): $(TS) | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name "*.py") -no-obsolete -ts $(TS) -source-language vi_VN -target-language en_US
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

run: sysdeps-app install
	$(PY) -m desktop

lint: install
	$(VENV)/bin/ruff check desktop ui models signing tests
	$(VENV)/bin/mypy models signing desktop
	$(VENV)/bin/lint-imports

# The window's tests run in their own pytest process, after the rest. Nothing is run again:
# a failed assertion or a crash (a signal) fails make test. faulthandler prints every
# thread's stack if the process dies.
test: sysdeps-test install lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -n 2 --durations=15 --ignore=tests/ui
	QT_QPA_PLATFORM=offscreen $(PY) -X faulthandler -m pytest -q -p no:cacheprovider --durations=10 tests/ui

# The window's tests 30 times in a row (STRESS_RUNS=…, STRESS_ARGS="-n 2" for pytest-xdist):
# fails on any failure or crash; prints runs, failures, crashes and the time taken.
STRESS_RUNS ?= 30
STRESS_ARGS ?=
stress-ui: sysdeps-app install
	PY=$(PY) scripts/stress-ui.sh $(STRESS_RUNS) $(STRESS_ARGS)

screenshots: sysdeps-app install
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

bench: sysdeps-test install
	$(PY) -m bench

# The frozen program (PyInstaller, one folder): dist/vanthu/ holds vanthu-app (the window) and
# vanthu (the CLI). packaging/vanthu.spec serves Linux and Windows; the Windows installer is
# packaging/windows/vanthu.iss (built by .github/workflows/windows.yml).
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(PY) -m pip install -q -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: sysdeps-app install $(DIST_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/vanthu.spec
	@du -sh dist/vanthu

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
