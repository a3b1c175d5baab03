# The README's whole set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/afterview demo $(ARGS)

test: $(STAMP)
	scripts/system-packages
	$(BIN)/python -m pytest -q $(ARGS)

# One script per figure an issue asks for (the other files in bench/ are shared helpers).
BENCHES := cold_start playbook agenda check_quality check_speed outbox web calendar

bench: $(STAMP)
	for name in $(BENCHES); do echo "== bench/$$name.py"; $(BIN)/python bench/$$name.py || exit 1; done

clean:
	rm -rf $(VENV)
