# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# pytest-xdist workers for `make test`: the end-to-end tests (mostly waiting on processes) run
# in two lanes (two workers, one test after another in each), the rest of the suite on the
# others and on the lanes once they are done. Four was quicker than three on 2 cores.
TEST_WORKERS ?= 4

.PHONY: run console test lint format migrate content-check bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime: requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(VENV)/.runtime $@

run: $(VENV)/.runtime  ## install into .venv and run the bot (needs BOT_TOKEN)
	$(BIN)/python -m bot run

console: $(VENV)/.runtime  ## chat with the bot in this terminal, no token needed
	$(BIN)/python -m bot console

migrate: $(VENV)/.runtime
	$(BIN)/python -m bot migrate

content-check: $(VENV)/.runtime
	$(BIN)/python -m bot content-check

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# PYTHONDONTWRITEBYTECODE (set on some machines, this one included) would make every worker
# rewrite the tests' asserts and every bot process in the end-to-end tests compile the bot
# again: about 8 CPU-s a worker, a tenth of the suite. Emptied here, the compiled files go to
# __pycache__/ (ignored by git).
test: lint  ## install dev dependencies into .venv, lint, and run the whole test suite
	$(BIN)/python -m bot content-check
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

bench: $(VENV)/.dev
	@status=0; for b in parser reminders startup updates; do \
		echo "== bench/$$b.py"; $(BIN)/python bench/$$b.py || status=1; done; exit $$status

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
