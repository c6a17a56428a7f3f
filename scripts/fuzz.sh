#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz, clang with ASan and UBSan) in build/fuzz and runs each for SECONDS
# (default 60), two at a time. Fails when any target finds a crash, a hang (an input slower than the timeout), a
# leak or runaway memory; the input that did it is saved under build/fuzz/artifacts/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]        e.g. scripts/fuzz.sh 3600 html pdf   (docs/robustness.md)
# New inputs that reach new code collect in build/fuzz/corpus/<target>/ and are reused by the next run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
build_dir=${CASEBOOK_FUZZ_BUILD_DIR:-"$here/build/fuzz"}
parallel=${CASEBOOK_FUZZ_JOBS:-2}
input_timeout=${CASEBOOK_FUZZ_INPUT_TIMEOUT:-25} # seconds one input may take before it counts as a hang
compiler=${CASEBOOK_FUZZ_CXX:-$(command -v clang++-14 || command -v clang++ || true)}
if [ -z "$compiler" ]; then
  echo "fuzz: no clang++ found; run scripts/install-dependencies.sh (it installs clang-14)" >&2
  exit 2
fi

started=$(date +%s)
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$here" -B "$build_dir" -G Ninja -DCASEBOOK_FUZZ=ON -DCMAKE_CXX_COMPILER="$compiler" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
built=$(date +%s)
echo "fuzz: built the fuzz targets in $((built - started)) s"

if [ $# -eq 0 ]; then
  mapfile -t targets < <(sed -n 's/^set(CASEBOOK_FUZZ_TARGETS \([a-z ]*\))$/\1/p' "$here/tests/fuzz/CMakeLists.txt" | tr ' ' '\n')
else
  targets=("$@")
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/fuzz/lsan-suppressions.txt:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1

run_target() {
  local name=$1
  local corpus="$build_dir/corpus/$name" artifacts="$build_dir/artifacts/$name"
  mkdir -p "$corpus" "$artifacts" "$build_dir/logs"
  local seeds=("$here/tests/fuzz/corpus/$name")
  if [ -d "$here/tests/data/fuzz-regressions/$name" ]; then seeds+=("$here/tests/data/fuzz-regressions/$name"); fi
  # the first folder receives what the run finds; the seeds and old crashes are read, never written
  if "$build_dir/bin/fuzz_$name" -max_total_time="$seconds" -timeout="$input_timeout" -rss_limit_mb=2048 \
      -max_len=1048576 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" \
      >"$build_dir/logs/$name.log" 2>&1; then
    echo "fuzz: $name: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$build_dir/logs/$name.log" | grep -o '[0-9]*$') inputs in ${seconds} s, no fault"
  else
    echo "fuzz: $name FAILED; log: $build_dir/logs/$name.log; inputs: $artifacts/" >&2
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$build_dir/logs/$name.log" | head -5 >&2 || true
    return 1
  fi
}

failed=()
pids=()
names=()
for name in "${targets[@]}"; do
  if [ ! -x "$build_dir/bin/fuzz_$name" ]; then
    echo "fuzz: no target named $name (tests/fuzz/CMakeLists.txt lists them)" >&2
    exit 2
  fi
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  run_target "$name" &
  pids+=($!)
  names+=("$name")
done
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then failed+=("${names[$i]}"); fi
done

echo "fuzz: ran ${#targets[@]} target(s) for $seconds s each in $(($(date +%s) - built)) s (build and runs: $(($(date +%s) - started)) s)"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: faults found by: ${failed[*]}; each input under $build_dir/artifacts/ becomes a regression test (docs/robustness.md)" >&2
  exit 1
fi
