#!/usr/bin/env bash
# Fuzzes one reader with libFuzzer: Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAG...]
#   TARGET: scenario | sweep-plan | variants | swf | fta | csv
# Builds Fuzz/Entry (harvestsim-fuzz) with -sanitize=fuzzer,address in its own scratch folder
# (.build-fuzz, so the normal build is untouched), then runs it for SECONDS on the target's
# seeds (Fuzz/corpus/TARGET, read only) and its working corpus (.build-fuzz/corpus/TARGET,
# kept between runs). A trap, a finding (an error without a position), a hang over 10 s
# or more than 2 GiB of memory is saved as Fuzz/regressions/TARGET/pending/{crash,timeout,oom}-*
# and the run goes on (fork mode). Its last lines give the executions and coverage.
# A reproducer is replayed without libFuzzer by: swift run harvestsim-fuzz TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
targets="scenario sweep-plan variants swf fta csv"
if [ $# -lt 2 ] || ! [[ " $targets " == *" $1 "* ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-FLAG...]   (TARGET: ${targets// /, })" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
Scripts/setup.sh

# --sanitize=fuzzer makes SwiftPM leave main to libFuzzer; the -Xswiftc flag after it is the
# one swiftc keeps (only the last -sanitize= counts), so Swift code gets both coverage and
# AddressSanitizer. The ModelDigest plugin tool, built first with the same flags, fails to
# link (its main and libFuzzer's); harvestsim-fuzz does not need it, so the build's own exit
# status decides, and its output is shown only on failure (it is kept in the log folder).
build=(swift build -c release --scratch-path .build-fuzz --product harvestsim-fuzz --sanitize=fuzzer
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DHARVESTSIM_FUZZING -Xcc -fsanitize=fuzzer-no-link,address)
logs=.build-fuzz/logs
mkdir -p "$logs"
echo "fuzz: building harvestsim-fuzz (log $logs/build.log)" >&2
if ! "${build[@]}" >"$logs/build.log" 2>&1; then
  cat "$logs/build.log" >&2
  exit 1
fi
binary="$("${build[@]}" --show-bin-path)/harvestsim-fuzz"

work=.build-fuzz/corpus/$target
pending=Fuzz/regressions/$target/pending
mkdir -p "$work" "$pending"
dictionary=()
case $target in scenario | sweep-plan | variants) dictionary=(-dict=Fuzz/dictionaries/yaml.dict) ;; esac
log="$logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
before=$(ls "$pending" | sort)

echo "fuzz: $target for ${seconds}s; log $log" >&2
# SWIFT_BACKTRACE=enable=no: libFuzzer, not Swift's backtracer, must catch a trap to save the input.
# stdin from /dev/null: an input naming /dev/stdin as a file must not wait on the terminal.
# The trace targets write each input to a file: on tmpfs that costs microseconds, while on
# the disk truncating and rewriting the file flushes it (about 4 ms, 15 times slower).
scratch=${TMPDIR:-/tmp}
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then scratch=/dev/shm; fi
set +e
TMPDIR="$scratch" SWIFT_BACKTRACE=enable=no HARVESTSIM_FUZZ_TARGET="$target" HARVESTSIM_ROOT="$PWD" \
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
  "$binary" "$work" "Fuzz/corpus/$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -artifact_prefix="$pending/" -print_final_stats=1 "${dictionary[@]}" "$@" </dev/null >"$log" 2>&1
status=$?
set -e

echo "fuzz: $target: libFuzzer exited $status; last progress line:"
grep -E '^#[0-9]+' "$log" | tail -n 1 || echo "(none; see $log)"
grep -E '^(stat::|INFO: fuzzed for)' "$log" || true
found=$(comm -13 <(echo "$before") <(ls "$pending" | sort) | sed '/^$/d')
if [ -n "$found" ]; then
  echo "fuzz: $target: new reproducers in $pending/ (replay: swift run harvestsim-fuzz $target FILE):"
  echo "$found" | sed 's/^/  /'
else
  echo "fuzz: $target: no new reproducers"
fi
