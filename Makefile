# Build, run and test from a fresh clone: `make run`, `make test`.
# The venv is plain `python3 -m venv` + pip; a stamp file keeps it from being rebuilt
# until pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/processed/lifelong.duckdb
APT_PACKAGES := fonts-wqy-zenhei chromium libreoffice-writer-nogui tesseract-ocr tesseract-ocr-chi-sim poppler-utils

.PHONY: run test venv sysdeps lint bench clean

run: $(STAMP) sysdeps
	$(BIN)/lifelong ingest data/raw --db $(DB)

test: $(STAMP) sysdeps
	$(BIN)/python -m pytest

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'  # dev includes the ocr and distributed extras
	touch $(STAMP)

# Converters (LibreOffice, Tesseract, poppler), the CJK font of the PDF fixtures and Chromium
# for the report test. Installed only when running as root with apt-get; otherwise say so
# and carry on (files needing a missing converter fail with converter_missing; tests skip).
sysdeps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	    || echo "warning: could not install$$missing; tests that need them will skip"; \
	else \
	  echo "note: not root or no apt-get; skipping system packages:$$missing"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) data/processed/lifelong.duckdb data/processed/parquet data/processed/.prefect
