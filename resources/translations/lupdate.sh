#!/usr/bin/env bash
# Refreshes Bridge Desk's Qt Linguist files from the sources: every tr() / translate() in the
# window's code (ui/, app/bridge-desk, app/desktop) and in core/ (the table model, validation and
# error messages). New or changed texts come out as unfinished until someone translates them;
# tst_translations fails while any is. bridgectl and the sandbox speak English only.
#   resources/translations/lupdate.sh                 update every resources/translations/*.ts
#   resources/translations/lupdate.sh FILE.ts...      update (or create) these instead
# LUPDATE names the Qt 6 lupdate to use (default: Qt 6's own, then the one on PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${LUPDATE:-}" ]; then
    LUPDATE=/usr/lib/qt6/bin/lupdate
    [ -x "$LUPDATE" ] || LUPDATE=lupdate
fi
ts=("$@")
[ ${#ts[@]} -gt 0 ] || ts=("$root"/resources/translations/bridgedesk_*.ts)
cd "$root"
# -locations none: line numbers would churn the files with every unrelated edit.
exec "$LUPDATE" -no-obsolete -locations none -extensions cpp,h \
    ui app/bridge-desk app/desktop core -ts "${ts[@]}"
