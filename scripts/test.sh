#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs lint and every test.
# Browser tests need Debian's chromium, the PDF report WeasyPrint's libraries, and the Word brief's
# page count LibreOffice Writer; all are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# WeasyPrint (the PDF report) needs Pango, HarfBuzz, fontconfig, GLib and a font at run time.
PDF_LIBS="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 libglib2.0-0 fonts-dejavu-core"
MISSING=""
for package in $PDF_LIBS; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $package"
done
if [ -n "$MISSING" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086  # one word per package
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
fi

# LibreOffice lays out the Word brief so a test can count its pages (python-docx has no layout engine).
if ! command -v soffice >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi
# This command installs LibreOffice, so the Word page-count test must run here, never skip.
export SJALVSKATTNING_TEST_NEEDS_SOFFICE=1

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy --strict scoring
.venv/bin/mypy ui app.py
.venv/bin/python -m scoring validate questions.yaml
.venv/bin/python -m pytest "$@"
