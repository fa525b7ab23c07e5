# The pipeline. Every target creates the virtual environment when it is missing.
#   make workbook       install, execute every notebook in order (in place), write figures/
#   make workbook PROJECT=DIR   the same notebooks on a project (python -m helpers init DIR), written
#                       under the project's output folder; the repository is not touched
#   make test           install, then unit tests and strict nbval over notebooks/
#   make lab            open JupyterLab on the workbook
#   make benchmark      time and memory of loading and tagging, and of every chart, on synthetic corpora
#   make browser-check  run the explore notebook in headless Chromium and take a screenshot
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install workbook test lab benchmark browser-check clean

install: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps -e .
	touch $(STAMP)

workbook: $(STAMP)
	$(BIN)/python -m helpers workbook $(PROJECT)
	@echo "figures written to $(if $(PROJECT),the project's output folder,figures/ (captions in figures/README.md))"

# Unit tests and strict nbval, then the real-browser check (skip it with BROWSER=0 on a machine
# where Debian's chromium cannot be installed; CI runs it).
test: $(STAMP)
	$(BIN)/python -m pytest
ifneq ($(BROWSER),0)
	bash tests/browser/check.sh
endif

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

benchmark: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_corpus.py
	$(BIN)/python tests/benchmarks/bench_charts.py

browser-check: $(STAMP)
	bash tests/browser/check.sh

clean:
	rm -rf data/processed/*.csv data/processed/*.parquet
