#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers the folders promise (HACKING.md, "Layers"), checked on the source tree:
#   - importers and widgets know no database: they include nothing from store/;
#   - SQL lives in the store and the search index it owns: nothing else prepares statements or touches SQLite;
#   - the core library never includes QtWidgets.
set -uo pipefail
root=${1:?usage: check_layers.sh SOURCE_DIR}
cd "$root" || exit 2
failed=0

report() {
    echo "layer rule broken: $1" >&2
    echo "$2" | sed 's/^/  /' >&2
    failed=1
}

hits=$(grep -rnE '#include "store/' app/core/importers app/core/reports widgets --include='*.h' --include='*.cpp' || true)
[ -z "$hits" ] || report "importers and widgets include store/ headers" "$hits"

hits=$(grep -rnE 'database\(\)|sqlite3_|sqlite3\.h|\.prepare\(u"|scalar\(u"|SqliteDatabase|SqliteStatement' \
    app widgets --include='*.h' --include='*.cpp' | grep -vE '^app/core/(store|search)/' || true)
[ -z "$hits" ] || report "SQL outside app/core/store and app/core/search" "$hits"

hits=$(grep -rnE '#include <(QtWidgets|QWidget|QApplication|QMainWindow|QDialog)' app/core || true)
[ -z "$hits" ] || report "app/core includes QtWidgets" "$hits"

[ "$failed" = 0 ] && echo "layers: importers and widgets without store/, SQL only in store/ and search/, core without widgets"
exit "$failed"
