# The pipeline. Every target creates the virtual environment when it is missing.
#   make workbook       install, execute every notebook in order (in place), write figures/
#   make workbook PROJECT=DIR   the same notebooks on a project (python -m helpers init DIR), written
#                       under the project's output folder; the repository is not touched
#   make test           install, then unit tests and strict nbval over notebooks/
#   make lab            open JupyterLab on the workbook (as root: make lab ALLOW_ROOT=1)
#   make benchmark      speed per core, workers, memory and downstream helpers at scale
#                       (BENCH_ARGS="--baseline /tmp/base --full"), and every chart on large corpora;
#                       bench_corpus.py times loading
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

# JupyterLab refuses to start as root (it would serve a root shell to the browser) and says so
# only in its log; say it here, and let a container user opt in with ALLOW_ROOT=1.
EUID ?= $(shell id -u)
lab: $(STAMP)
ifeq ($(EUID),0)
ifeq ($(ALLOW_ROOT),1)
	@echo "make lab: running as root; starting JupyterLab with --allow-root (ALLOW_ROOT=1)"
	$(BIN)/jupyter lab --allow-root notebooks/
else
	@echo "make lab: you are root, and JupyterLab refuses to run as root (a browser tab would get a root shell)." >&2
	@echo "  Run it as a normal user, or, in a container where root is the only user, opt in with:" >&2
	@echo "    make lab ALLOW_ROOT=1    (passes --allow-root to JupyterLab)" >&2
	@exit 1
endif
else
	$(BIN)/jupyter lab notebooks/
endif

benchmark: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_scale.py $(BENCH_ARGS)
	$(BIN)/python tests/benchmarks/bench_charts.py

browser-check: $(STAMP)
	bash tests/browser/check.sh

clean:
	rm -rf data/processed/*.csv data/processed/*.parquet
