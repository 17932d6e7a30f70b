# Two commands for a new machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck install clean evaluate train

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,dask,web]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/tacitus ingest examples --db tacitus.duckdb
	$(BIN)/tacitus events --db tacitus.duckdb --format table
	$(BIN)/tacitus quotes --db tacitus.duckdb --format table
	$(BIN)/tacitus claims --db tacitus.duckdb --format table

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts docs/hooks

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts docs/hooks
	$(BIN)/mypy
	$(BIN)/pytest

# regenerate EVALUATION.md: every figure on the full gold sets in ../shared (about 2 minutes)
evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate_all.py

# fit the event decision stage and then the claim decision stage (which reads the topic model the
# first writes) on the real-news train split (calibrated and tuned on dev and train out of fold;
# fixed seeds) and write src/tacitus/events/decision_model.json and
# src/tacitus/quotes/claim_model.json, then the speaker choice
# (src/tacitus/quotes/speaker_model.json); needs the `train` extra (scikit-learn)
train: $(STAMP)
	$(BIN)/pip install --quiet -e ".[train]"
	$(BIN)/python scripts/train_decision.py
	$(BIN)/python scripts/train_claims.py
	$(BIN)/python scripts/train_speakers.py

clean:
	rm -rf $(VENV) tacitus.duckdb tacitus.duckdb.wal
