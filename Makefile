# Shortcuts for the commands in README.md. `make help` lists them.
.PHONY: help run test build validate docs bench
help:            ## list the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/ —/'
run:             ## set up and serve the graph built from data/ (the README's run command)
	sh scripts/run.sh
test:            ## set up and run the test suite (the README's test command, = .ci/run)
	sh scripts/test.sh
build:           ## rebuild data/build/strategigraf.trig from the sources and curation files
	.venv/bin/strategigraf build
validate:        ## validate the built dataset against the shapes
	.venv/bin/strategigraf validate data/build/strategigraf.trig
docs:            ## regenerate the ontology documentation
	.venv/bin/python -m strategigraf.ontology_docs
bench:           ## run the benchmark (see docs/benchmarks.md)
	.venv/bin/python bench/run.py
