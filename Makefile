# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench mutation clean

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
	@echo "  $(BIN)/kg analyze      (how academia and industry connect, against chance)"
	@echo "  $(BIN)/kg draft tests/cases/draft/icci-short-drama-symposium-2025/page.txt"
	@echo "                         (draft records from the seed's news article, to review)"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_query.py
	$(BIN)/python benchmarks/bench_page.py
	$(BIN)/python benchmarks/bench_push.py
	$(BIN)/python benchmarks/bench_draft.py

# Not part of `make test` (about an hour): mutmut writes the mutants of the modules that hold
# the reliability promises and maps which tests call which function (its run of one mutant
# does both); tests/mutation_sample.py then runs a seeded sample of each group (README, Testing).
mutation: $(STAMP)
	$(BIN)/pip install --quiet 'mutmut==3.8.1'
	$(BIN)/mutmut run 'kg.atomic.x__umask__mutmut_1'
	$(BIN)/python tests/mutation_sample.py

clean:
	rm -rf out/ build/ dist/ *.egg-info .pytest_cache mutants/
