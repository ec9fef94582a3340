#!/usr/bin/env bash
# Runs one libFuzzer target: run-fuzzer.sh BINARY SOURCE_DIR WORK_DIR
#   FUZZ_SECONDS  how long to fuzz (default 15); the seeds and regressions are replayed first in any case.
#   FUZZ_SEED     libFuzzer's random seed (default 0: a new one each run; make test fixes it, so that a brief run
#                 takes the same path each time and a finding there can be replayed).
# A crash, a failed check, a leak, a hang (one input over FUZZ_TIMEOUT seconds, default 10) or running out of
# memory fails the run; libFuzzer saves the input in WORK_DIR/findings/TARGET/ and prints how to replay it.
# The last lines of the log (runs, coverage, corpus size) are kept in WORK_DIR/logs/TARGET.log.
set -euo pipefail
binary=$1
source_dir=$2
work_dir=$3
name=$(basename "$binary")
seconds=${FUZZ_SECONDS:-15}
timeout=${FUZZ_TIMEOUT:-10}
seed=${FUZZ_SEED:-0}

corpus="$work_dir/corpus/$name"
findings="$work_dir/findings/$name/"
mkdir -p "$corpus" "$findings" "$work_dir/logs" "$work_dir/tmp"
inputs=("$corpus" "$source_dir/corpus/$name")
if [ -d "$source_dir/regressions/$name" ]; then
  inputs+=("$source_dir/regressions/$name")
fi

export TMPDIR="$work_dir/tmp"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/../sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

log="$work_dir/logs/$name.log"
status=0
"$binary" -max_total_time="$seconds" -seed="$seed" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$findings" "${inputs[@]}" > "$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  tail -n 80 "$log"
  echo "$name: FAILED (exit $status); the input is in $findings" >&2
  exit "$status"
fi
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *(DONE|INITED))' "$log" || true
echo "$name: ${seconds} s, no finding"
