#!/bin/sh
# Set up and run the main job (README: "Run it"): build the graph from data/ and serve it.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/strategigraf serve "$@"
