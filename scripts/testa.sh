#!/usr/bin/env bash
# Kör alla kontroller av koden: kodgranskning (ruff), typer (mypy) och alla tester (pytest).
# Förutsätter att scripts/installera.sh har körts. Extra argument går till pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== ruff"
.venv/bin/ruff check scripts tests
.venv/bin/ruff format --check scripts tests
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest "$@"
