# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv if it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,server]'
	touch $@ $(VENV)/.base

demo: $(VENV)/.base
	$(BIN)/guardrails-lite demo

lint: $(VENV)/.dev
	$(BIN)/ruff check guardrails_lite tests benchmarks scripts
	$(BIN)/ruff format --check guardrails_lite tests benchmarks scripts

typecheck: $(VENV)/.dev
	$(BIN)/mypy

unit: $(VENV)/.dev
	$(BIN)/python -m pytest -q

test: lint typecheck unit

bench: $(VENV)/.base
	$(BIN)/python benchmarks/overhead.py
	$(BIN)/python benchmarks/openai_overhead.py
	$(BIN)/python benchmarks/output_eval.py

clean:
	rm -rf $(VENV) build *.egg-info
