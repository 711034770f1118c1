# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv if it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-ray lint typecheck unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,server]'
	touch $@ $(VENV)/.base

# Ray is heavy (~200 MB with pyarrow and pandas), so `make test` leaves it out; CI runs both targets.
# On top of the dev environment, so `make test-ray` first never leaves `make test` without [server].
$(VENV)/.ray: pyproject.toml $(VENV)/.dev
	$(BIN)/python -m pip install -q -e '.[dev,server,ray]'
	touch $@

demo: $(VENV)/.base
	$(BIN)/guardrails-lite demo

lint: $(VENV)/.dev
	$(BIN)/ruff check guardrails_lite tests benchmarks scripts
	$(BIN)/ruff format --check guardrails_lite tests benchmarks scripts

typecheck: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/python -m pytest -q -m "not ray"

# The [ray] extra's tests on a local 2-CPU Ray (loopback only); they fail, never skip, without Ray.
test-ray: $(VENV)/.ray
	$(BIN)/python -m pytest -q -m ray tests/batch

test: lint typecheck unit

bench: $(VENV)/.base
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/openai_overhead.py
	$(BIN)/python benchmarks/output_eval.py

clean:
	rm -rf $(VENV) build *.egg-info
