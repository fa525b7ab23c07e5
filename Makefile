# The pipeline. Every target creates the virtual environment when it is missing.
#   make workbook       install, execute every notebook in order (in place), write figures/
#   make test           install, then unit tests and strict nbval over notebooks/
#   make lab            open JupyterLab on the workbook
#   make benchmark      speed per core, workers, memory and downstream helpers at scale
#                       (BENCH_ARGS="--baseline /tmp/base --full"); bench_corpus.py times loading
#   make browser-check  run the explore notebook in headless Chromium and take a screenshot
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))

.PHONY: install workbook test lab benchmark browser-check clean

install: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --disable-pip-version-check -q --no-deps -e .
	touch $(STAMP)

workbook: $(STAMP)
	@for nb in $(NOTEBOOKS); do \
	  echo "executing $$nb"; \
	  $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.store_widget_state=False \
	    --ExecutePreprocessor.timeout=600 \
	    --ExecutePreprocessor.kernel_name=python3 "$$nb" || exit 1; \
	done
	@echo "figures written to figures/ (captions in figures/README.md)"

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
	$(BIN)/python tests/benchmarks/bench_scale.py $(BENCH_ARGS)

browser-check: $(STAMP)
	bash tests/browser/check.sh

clean:
	rm -rf data/processed/*.csv data/processed/*.parquet
