# The README's whole set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: demo test bench install lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What running afterview needs, and no more (`make demo`).
$(RUN_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(RUN_STAMP)

# What the tests need too (`make test`, `make bench`).
$(STAMP): $(RUN_STAMP)
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

demo: $(RUN_STAMP)
	@echo "afterview is installed in this checkout: run it as $(BIN)/afterview (or 'make install' puts it on your PATH)."
	$(BIN)/afterview demo $(ARGS)

test: $(STAMP)
	scripts/system-packages
	$(BIN)/python -m pytest -q $(ARGS)

# Puts `afterview` on your PATH with pipx (https://pipx.pypa.io), in an environment of its own.
install:
	@command -v pipx >/dev/null || { echo "make install needs pipx (e.g. 'sudo apt install pipx' or 'python3 -m pip install --user pipx'); or run $(BIN)/afterview after 'make demo'." >&2; exit 2; }
	pipx install --force .

# One script per figure an issue asks for (the other files in bench/ are shared helpers).
BENCHES := cold_start playbook agenda check_quality check_speed outbox web replies calendar_feed

bench: $(STAMP)
	for name in $(BENCHES); do echo "== bench/$$name.py"; $(BIN)/python bench/$$name.py || exit 1; done

clean:
	rm -rf $(VENV)
