#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core library and its test suites under AddressSanitizer + UBSan (the `asan` preset's flags): CI's sanitizer
# step (scripts/casebook.sh test). The widgets and GUI are left out to keep CI within its time; run them with
#   cmake --preset asan && cmake --build --preset asan && ctest --preset asan
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CASEBOOK_ASAN_BUILD_DIR:-"$here/build/asan"}
jobs=$(nproc 2>/dev/null || echo 2)
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi

start=$(date +%s)
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASEBOOK_WERROR=ON "${launcher[@]}" \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-omit-frame-pointer" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
# tst_casebooksession runs casebook-cli beside an open session (another process reading the file).
cmake --build "$build_dir" --parallel "$jobs" --target core-tests casebook-cli
built=$(date +%s)

export QT_QPA_PLATFORM=offscreen
# Any finding fails its test: UBSan stops at the first report instead of printing and going on.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0
ctest --test-dir "$build_dir/tests/core" --output-on-failure --parallel "$jobs" --label-exclude benchmark
echo "sanitizers: built in $((built - start)) s, tests ran in $(($(date +%s) - built)) s"
