#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian bookworm machine:
#   scripts/casebook.sh run   installs what is missing, builds, builds the demo casebook and opens it
#   scripts/casebook.sh test  installs what is missing, builds with warnings as errors, runs ctest, fuzzes each
#                             target for a minute (scripts/fuzz.sh), then builds the Debian package and proves
#                             it in a clean root (scripts/package-check.sh)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
build_dir=${CASEBOOK_BUILD_DIR:-"$here/build/release"}
jobs=$(nproc 2>/dev/null || echo 2)

bash "$here/scripts/install-dependencies.sh"

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASEBOOK_WERROR=ON
cmake --build "$build_dir" --parallel "$jobs"

case "$mode" in
  run)
    demo="$build_dir/demo.casebook"
    "$build_dir/bin/casebook-cli" import "$demo" "$here/resources/demo/html" "$here/resources/demo/text" || true
    bash "$here/scripts/demo-report.sh" "$build_dir/bin/casebook-cli" "$demo" || true
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "casebook: no display found; starting under xvfb-run"
      exec xvfb-run -a "$build_dir/bin/casebook" "$demo"
    fi
    exec "$build_dir/bin/casebook" "$demo"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$jobs" --label-exclude benchmark
    # Fuzzing: each libFuzzer target of tests/fuzz for 60 s, two at a time, in build/fuzz (docs/robustness.md)
    bash "$here/scripts/fuzz.sh" "${CASEBOOK_FUZZ_SECONDS:-60}"
    # The Debian package: built, installed into a clean bookworm root (needs root) and launched there.
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" bash "$here/scripts/package-check.sh" "$build_dir"
    # The core and its suites again under AddressSanitizer + UBSan (docs/durability.md); CASEBOOK_SANITIZERS=0 skips it.
    if [ "${CASEBOOK_SANITIZERS:-1}" = 1 ]; then
      bash "$here/scripts/sanitizers.sh"
    fi
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
