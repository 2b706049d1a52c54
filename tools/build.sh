#!/usr/bin/env bash
# Build the one-folder app and smoke-test it headless.
#   bash tools/build.sh            -> dist/fieldkit-app/fieldkit-app
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || { python3 -m venv .venv && PY=.venv/bin/python; }
"$PY" -m pip install -q -e '.[build]'
# translations are compiled here, not committed
for ts in resources/i18n/fieldkit_*.ts; do  # every shipped language's translations
  "$(dirname "$PY")/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$PY" -m PyInstaller --noconfirm --clean build.spec
# smoke check: the built app starts headless, opens a fresh workspace and every view, and exits 0
tmp=$(mktemp -d)
FIELDKIT_PASSPHRASE="self-test passphrase" QT_QPA_PLATFORM=offscreen QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu" \
  timeout 300 dist/fieldkit-app/fieldkit-app --data-dir "$tmp/ws" --self-test
echo "built: dist/fieldkit-app/ ($(du -sh dist/fieldkit-app | cut -f1))"
