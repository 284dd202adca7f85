# Two commands do all set-up: `make run` (the app on the bundled data) and `make test`.
# Each step is a file target, so a second run reinstalls nothing that has not changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
ASSETS := mapapp/static/vendor/.installed
PORT ?= 8501

.PHONY: run test lint itinerary bench clean

run: $(INSTALLED) $(ASSETS)
	$(PY) -m streamlit run mapapp/app.py --server.port $(PORT)

test: $(INSTALLED) $(ASSETS)
	$(PY) -m ruff check .
	$(PY) -m pytest

bench: $(INSTALLED) $(ASSETS)
	$(PY) bench/run_all.py

lint: $(INSTALLED)
	$(PY) -m ruff check .

itinerary: $(INSTALLED)
	$(PY) -m places build ../shared/corpus -o places/data/itinerary.json

$(PY):
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(PY) -m places index
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(ASSETS): node_modules/.package-lock.json mapapp/assets.py | $(INSTALLED)
	$(PY) -m mapapp.assets install node_modules
	touch $@

clean:
	rm -rf $(VENV) node_modules mapapp/static/vendor .pytest_cache .ruff_cache
