#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop entry (desktop-file-validate), the AppStream metainfo as configured for the build
# (appstreamcli validate --no-net) and the MIME type (update-mime-database on a scratch folder), then checks that
# the three agree: the metainfo launches the desktop entry, the desktop entry opens the MIME type the XML defines,
# and every screenshot the metainfo names is in docs/screenshots/.
# Usage: validate_metadata.sh SOURCE_DIR CONFIGURED_METAINFO. Exits 77 (skipped) without the validators.
set -euo pipefail
source_dir=$1
metainfo=$2
desktop="$source_dir/packaging/linux/org.casebook.Casebook.desktop"
mime_xml="$source_dir/packaging/linux/casebook-mime.xml"
failures=0
bad() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

missing=()
for tool in desktop-file-validate appstreamcli update-mime-database; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: ${missing[*]} not installed (desktop-file-utils, appstream, shared-mime-info:" \
        "scripts/install-dependencies.sh installs them)"
    exit 77
fi

# desktop-file-validate prints hints that are not errors; any error or warning fails.
report=$(desktop-file-validate "$desktop" 2>&1 || true)
echo "$report"
if grep -qE '(error|warning):' <<<"$report"; then bad "desktop-file-validate: $desktop"; fi

appstreamcli validate --no-net "$metainfo" || bad "appstreamcli validate --no-net: $metainfo"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch" "$scratch.log"' EXIT
mkdir -p "$scratch/packages"
cp "$mime_xml" "$scratch/packages/org.casebook.Casebook.xml"
# (It always notes that the scratch folder is not in XDG_DATA_DIRS: shown only when it fails.)
update-mime-database "$scratch" 2>"$scratch.log" || { cat "$scratch.log" >&2; bad "update-mime-database refused $mime_xml"; }
grep -q '^[0-9]*:application/x-casebook:\*\.casebook$' "$scratch/globs2" ||
    bad "the MIME database built from $mime_xml has no *.casebook glob for application/x-casebook"

grep -q '^MimeType=.*application/x-casebook;' "$desktop" ||
    bad "$desktop does not list application/x-casebook in MimeType"
grep -q '<launchable type="desktop-id">org.casebook.Casebook.desktop</launchable>' "$metainfo" ||
    bad "$metainfo does not launch org.casebook.Casebook.desktop"
grep -q '<mediatype>application/x-casebook</mediatype>' "$metainfo" ||
    bad "$metainfo does not provide application/x-casebook"
shots=$(grep -o '/screenshots/[^<]*\.png' "$metainfo" | sed 's|.*/||')
[ -n "$shots" ] || bad "$metainfo names no screenshots"
for shot in $shots; do
    [ -f "$source_dir/docs/screenshots/$shot" ] || bad "$metainfo names $shot, which docs/screenshots/ lacks"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "desktop entry, AppStream metainfo and MIME type valid and consistent ($(wc -w <<<"$shots") screenshots)"
