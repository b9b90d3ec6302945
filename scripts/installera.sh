#!/usr/bin/env bash
# Installerar allt som kvalitet behöver och kör huvudjobbet på demodata:
# kontrollerar alla ärenden i records/ och bygger webbplatsen i public/.
# Körs från var som helst: bash scripts/installera.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "kvalitet behöver Python 3.11 eller senare ($PYTHON är för gammal eller saknas)." >&2
  exit 1
fi

# Chromium för webbläsartesterna och PDF:erna, poppler-utils för att granska PDF:erna: Debians
# paket, aldrig en nedladdad webbläsare.
if ! command -v chromium >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installerar Chromium och poppler-utils (Debians paket) ..."
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "Chromium eller poppler-utils saknas och kan inte installeras här (ingen apt-get): webbläsartesterna hoppas inte över, de misslyckas." >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "Skapar en egen Python-miljö i .venv ..."
  "$PYTHON" -m venv .venv
fi
echo "Installerar paket (exakta versioner ur requirements.lock, kontrollerade mot sina kontrollsummor) ..."
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .

# Jämförelsemiljön används bara av testerna: pyqicharts, en fristående tolkning av Anhøjs regler,
# kontrollerar styrdiagrammen, och check-jsonschema och jsonschema-rs, två andra motorer för JSON Schema,
# kontrollerar att schemana läses lika överallt. pyqicharts kräver numpy, pandas och matplotlib, så
# miljön är en egen och påverkar aldrig programmet.
if [ ! -x .venv-oracle/bin/python ]; then
  "$PYTHON" -m venv .venv-oracle
fi
echo "Installerar jämförelsemiljön för testerna (exakta versioner ur requirements-oracle.lock) ..."
.venv-oracle/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-oracle.lock

echo "Hämtar plotly.js och axe-core (fasta versioner, kontrollerade mot sin kontrollsumma) ..."
.venv/bin/python -m kvalitet.site.assets

if [ -d .git ] && [ -z "${CI:-}" ]; then
  .venv/bin/pre-commit install >/dev/null
  echo "Kontrollerna före varje commit är påslagna (pre-commit)."
fi

echo "Kontrollerar ärendena i records/ och bygger webbplatsen i public/ ..."
# Status räknas per dagen för den senaste committen. Demoärendena slutar den 31 oktober 2026
# (kvalitet demo --till), så för dem räknas status per den dagen.
if head -n 1 records/organisation.yaml 2>/dev/null | grep -q 'genererad av "kvalitet demo"'; then
  .venv/bin/kvalitet bygg records --per 2026-10-31
else
  .venv/bin/kvalitet bygg records
fi
