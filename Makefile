# The front door: every task a contributor or CI needs is one target here.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test lint demo bench models clean

install: $(BIN)/streamtool

$(BIN)/streamtool: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check streamtool tests

demo: install
	$(BIN)/streamtool analyze sample_streams/

models: install
	$(BIN)/streamtool train

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache
