# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/kg build data/ --out out/
	@echo
	@echo "Outputs:"
	@echo "  out/kg.ttl     the knowledge graph as Turtle"
	@echo "  out/store      the Oxigraph store that queries run on"
	@echo "  out/graph.html the interactive graph: open it in a browser (or run $(BIN)/kg open)"
	@echo "Try:"
	@echo "  $(BIN)/kg query --list"
	@echo "  $(BIN)/kg query event-participants --param event=icci-short-drama-symposium-2025"
	@echo "  $(BIN)/kg serve        (SPARQL endpoint and query page on 127.0.0.1)"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_query.py
	$(BIN)/python benchmarks/bench_page.py
	$(BIN)/python benchmarks/bench_push.py
	$(BIN)/python benchmarks/bench_draft.py

clean:
	rm -rf out/ build/ dist/ *.egg-info .pytest_cache
