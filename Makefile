# The two commands a newcomer needs: `make run` and `make test`. Everything else is below.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help install run serve test screenshots eval bench train train-de system-test-deps clean

help:
	@echo "make run       install, migrate, load the demo articles, serve on http://$(HOST):$(PORT) with a worker"
	@echo "make test      install and run the whole test suite (browser tests included)"
	@echo "make eval      extraction quality on our annotated sets and on real news (../shared)"
	@echo "make bench     benchmarks, written to docs/benchmarks.md"
	@echo "make train     train and package the event sentence detectors (needs ../shared)"
	@echo "make train-de  train and package the German spaCy pipeline"

$(PY):
	$(PYTHON) -m venv $(VENV)

# Re-install when the requirements or a shipped model package change.
$(VENV)/.installed: requirements.txt $(wildcard nlp/packages/*.whl) | $(PY)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps --force-reinstall $(wildcard nlp/packages/*.whl)
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ensure_admin
	$(PY) manage.py load_demo
	$(MAKE) serve

# Web server, one background worker and the watchdog that requeues articles a dead worker
# left in "processing"; Ctrl-C stops all three. Readers of the demo see every event, also
# those no editor has checked (CHRONIK_PUBLIC_EVENTS=all; a deployment keeps "verified").
serve:
	@export DEBUG=$${DEBUG:-1} CHRONIK_PUBLIC_EVENTS=$${CHRONIK_PUBLIC_EVENTS:-all}; \
	$(PY) manage.py worker & worker=$$!; \
	$(PY) manage.py requeue_stale --every 60 & watchdog=$$!; \
	trap 'kill $$worker $$watchdog 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

# Debian's Chromium for the browser tests (Playwright cannot download a browser offline)
# and axe-core for the accessibility checks.
system-test-deps:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --silent

test: install system-test-deps
	$(PY) -m pytest

# Re-take the pictures shown in the README.
screenshots: install system-test-deps
	CHRONIK_SCREENSHOTS_DIR=docs/screenshots $(PY) -m pytest tests/browser/test_timeline_browser.py -k screenshotted

eval: install
	$(PY) -m tests.eval.dates --model
	$(PY) -m tests.eval.extraction --split all
	$(PY) -m tests.eval.realnews --split all
	$(PY) -m tests.eval.realnews --split all --agreement
	$(PY) -m tests.eval.nlp

bench: install
	$(PY) bench/run.py

train: install
	bash nlp/events/train.sh

train-de: install
	bash nlp/training/train_de.sh

clean:
	rm -rf $(VENV) node_modules var/nlp
