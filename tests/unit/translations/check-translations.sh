#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
lupdate="$1"; src="$2"; work="$3/ts-check"
rm -rf "$work"; mkdir -p "$work"
cp "$src/translations/proofer_es.ts" "$work/proofer_es.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$src/app" "$src/models" "$src/ui" -ts "$work/proofer_es.ts"
messages=$(grep -c '<message' "$work/proofer_es.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/proofer_es.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "proofer_es.ts: $unfinished of $messages messages are untranslated or missing (run: cmake --build <build> --target update_translations, then translate):"
    grep -B3 'type="unfinished"' "$work/proofer_es.ts" | grep '<source>' | head -50
    exit 1
fi
if [ "$messages" -lt 10 ]; then
    echo "proofer_es.ts holds only $messages messages: the catalogue is not being extracted"
    exit 1
fi
echo "proofer_es.ts: all $messages messages translated"
