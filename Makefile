# The front door: every task a contributor or CI needs is one target here.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install test lint demo sample-report bench review models clean

# The sample streams' people use different names on different platforms (a Twitter handle, a
# Mastodon user@instance, the name a blog shows): the demo tells streamtool who is who.
MILLBROOK := --me hollisgeneral \
	--alias "hollisgeneral=Deb Hollis,hollisgeneral@millbrook.social" \
	--alias "mikesdiner=Mike Alvarez,mikesdiner@millbrook.social" \
	--alias "anthonybakes=Anthony Reyes,anthonybakes@millbrook.social" \
	--alias "suepark_cc=Sue Park,suepark_cc@millbrook.social" \
	--alias "marilynokafor=Marilyn Okafor,marilynokafor@millbrook.social" \
	--alias "okaforfarm=Bill Okafor,okaforfarm@millbrook.social"

install: $(BIN)/streamtool

$(BIN)/streamtool: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

test: install
	$(BIN)/ruff check streamtool tests bench
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check streamtool tests bench

demo: install
	$(BIN)/streamtool analyze sample_streams/ $(MILLBROOK)

sample-report: install
	$(BIN)/streamtool --quiet analyze sample_streams/ $(MILLBROOK) --output html --out docs/sample-report.html

models: install
	$(BIN)/streamtool train

# The tagger on the team's blind-labelled sample of real messages (models/review/README.md).
review: install
	$(BIN)/python -m bench.review | $(BIN)/streamtool evaluate --by source -

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache
