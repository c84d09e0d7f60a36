#!/bin/sh
# Set up and run the whole test suite on a fresh machine (README: "Run the tests").
# Creates .venv, installs the package with its test extras, installs Debian's Chromium for the
# browser tests when it can (root with apt-get), then runs pytest.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium graphviz >/dev/null) \
        || echo "note: could not install chromium/graphviz; browser and picture tests will be skipped" >&2
fi
if ! command -v dot >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null || true
fi
exec .venv/bin/python -m pytest "$@"
