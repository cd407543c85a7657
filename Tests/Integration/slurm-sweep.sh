#!/usr/bin/env bash
# Integration test of Scripts/slurm-sweep.sh against a real Slurm.
#
# It submits the tiny sweep Tests/Integration/slurm-sweep-plan.yaml (2 points x 2
# replications = 4 runs) as a job array of 3 shards, so that the shards are uneven
# (positions 0 and 3, 1, 2), plus a merge job with --dependency=afterok on the array,
# waits for both, then runs the same sweep locally in one process and checks that
# runs.csv and points.csv are byte-identical (cmp), and that runs.csv has the header
# and 4 rows. It also submits the script once without --array, which must fail with a
# message that names Scripts/slurm-sweep.sh (not slurmd's copy of it) and says --array.
#
#   Tests/Integration/slurm-sweep.sh
#
# Needs `sbatch` and a slurmctld that answers `scontrol ping`, with a node of at least
# one CPU where the submit directory and /tmp are visible (a one-node Slurm:
# Scripts/start-slurm.sh). Without them it prints SKIPPED and exits 0, except under CI
# (CI=true), where it exits 1: CI must not skip it silently.
#
# Environment:
#   HARVESTSIM            the binary to test (default: builds .build/release/harvestsim
#                         with `swift build -c release --product harvestsim`)
#   SLURM_TEST_TIMEOUT    seconds to wait for the jobs (default 300); on time-out the jobs
#                         are cancelled and their output and the Slurm logs are printed
#   KEEP_WORK=1           keep the work folder even when the test passes
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
name=slurm-sweep
plan=Tests/Integration/slurm-sweep-plan.yaml
shards=3
expected_runs=4 # 2 points (registration.mode restart, live) x 2 replications
timeout=${SLURM_TEST_TIMEOUT:-300}

say() { echo "$name: $*" >&2; }

# Is there a Slurm to submit to?
missing=""
if ! command -v sbatch > /dev/null 2>&1; then
  missing="sbatch is not on PATH"
elif ! scontrol ping > /dev/null 2>&1; then
  missing="slurmctld does not answer 'scontrol ping'"
fi
if [ -n "$missing" ]; then
  if [ "${CI:-}" = true ]; then
    say "error: no Slurm ($missing); CI must run this test: start Slurm first (Scripts/start-slurm.sh)"
    exit 1
  fi
  say "SKIPPED: no Slurm ($missing). To run it, as root: Scripts/start-slurm.sh start"
  exit 0
fi

build_started=$(date +%s)
if [ -z "${HARVESTSIM:-}" ]; then
  say "building the release binary"
  build_log=$(mktemp)
  if ! swift build -c release --product harvestsim > "$build_log" 2>&1; then
    cat "$build_log" >&2
    say "error: the release build failed"
    exit 1
  fi
  rm -f "$build_log"
  HARVESTSIM=$repo/.build/release/harvestsim
fi
case "$HARVESTSIM" in
  /*) ;;
  *) HARVESTSIM=$repo/$HARVESTSIM ;;
esac
[ -x "$HARVESTSIM" ] || { say "error: HARVESTSIM '$HARVESTSIM' is not an executable"; exit 1; }
export HARVESTSIM
started=$(date +%s)
say "binary ready in $((started - build_started))s: $HARVESTSIM"

work=$(mktemp -d "${TMPDIR:-/tmp}/harvestsim-slurm-test.XXXXXX")
array_id=""
merge_id=""
plain_id=""

print_diagnostics() {
  local f
  echo "----- squeue -----" >&2
  squeue >&2 || true
  for id in $array_id $merge_id $plain_id; do
    echo "----- scontrol show job $id -----" >&2
    scontrol show job "$id" >&2 || true
  done
  for f in "$work"/slurm-*.out; do
    [ -e "$f" ] || continue
    echo "----- $f -----" >&2
    cat "$f" >&2
  done
  for f in /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log; do
    if [ -r "$f" ]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
  say "the work folder is kept: $work"
}

fail() {
  say "FAILED: $*"
  print_diagnostics
  for id in $array_id $merge_id $plain_id; do
    scancel "$id" 2> /dev/null || true
  done
  exit 1
}

# The job's state, one word per array task (PENDING, RUNNING, COMPLETED, FAILED, ...).
job_states() {
  scontrol -o show job "$1" 2> /dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p'
}

# 1. The shards, as a job array numbered 1..N, and the merge after all of them.
# --cpus-per-task=1 and --time override the script's #SBATCH defaults (4 CPUs, 4 h),
# which a small test node may not have.
array_id=$(sbatch --parsable --array=1-$shards --cpus-per-task=1 --time=00:10:00 \
  --job-name=harvestsim-test-shard --output="$work/slurm-%A_%a.out" \
  Scripts/slurm-sweep.sh "$plan" "$work/slurm") || fail "sbatch of the job array failed"
array_id=${array_id%%;*}
merge_cmd=$(printf '%q merge %q --out %q' "$HARVESTSIM" "$work/slurm" "$work/slurm")
merge_id=$(sbatch --parsable --dependency=afterok:"$array_id" --kill-on-invalid-dep=yes \
  --time=00:05:00 --job-name=harvestsim-test-merge --output="$work/slurm-merge-%j.out" \
  --wrap "$merge_cmd") || fail "sbatch of the merge job failed"
merge_id=${merge_id%%;*}
plain_id=$(sbatch --parsable --cpus-per-task=1 --time=00:01:00 --job-name=harvestsim-test-no-array \
  --output="$work/slurm-no-array-%j.out" Scripts/slurm-sweep.sh "$plan" "$work/no-array") \
  || fail "sbatch without --array failed"
plain_id=${plain_id%%;*}
say "submitted array job $array_id ($shards shards), merge job $merge_id (afterok:$array_id), job $plain_id (no --array)"

# 2. Wait until the merge job has completed, or something failed.
submitted=$SECONDS
deadline=$((submitted + timeout))
while :; do
  array_states=$(job_states "$array_id" | tr '\n' ' ')
  merge_state=$(job_states "$merge_id")
  for state in $array_states $merge_state; do
    case "$state" in
      PENDING | CONFIGURING | RUNNING | COMPLETING | COMPLETED) ;;
      *) fail "a job ended $state (array: $array_states; merge: $merge_state)" ;;
    esac
  done
  if [ "$merge_state" = COMPLETED ]; then
    break
  fi
  if [ -z "$merge_state" ]; then
    fail "slurmctld no longer knows merge job $merge_id"
  fi
  if [ $SECONDS -ge $deadline ]; then
    fail "the jobs did not finish within ${timeout}s (SLURM_TEST_TIMEOUT) (array: $array_states; merge: $merge_state)"
  fi
  sleep 1
done
say "Slurm jobs completed $((SECONDS - submitted))s after submission"

# 3. Each shard ran as its own array task and wrote its own journal.
for ((i = 1; i <= shards; i++)); do
  grep -q "^shard $i/$shards of $plan" "$work/slurm-${array_id}_$i.out" \
    || fail "the output of array task $i does not say it ran shard $i/$shards"
  [ -s "$work/slurm/runs-shard-$i-of-$shards.journal" ] \
    || fail "shard $i wrote no journal runs-shard-$i-of-$shards.journal"
done

# 4. Without --array the script stops with exit code 2 and says how to submit it.
while :; do
  plain_state=$(job_states "$plain_id")
  case "$plain_state" in
    PENDING | CONFIGURING | RUNNING | COMPLETING) ;;
    FAILED) break ;;
    *) fail "the job submitted without --array ended '$plain_state', expected FAILED" ;;
  esac
  [ $SECONDS -lt $deadline ] || fail "the job submitted without --array did not end within ${timeout}s"
  sleep 1
done
scontrol -o show job "$plain_id" | grep -q "ExitCode=2:0" \
  || fail "the job submitted without --array did not exit with code 2"
grep -q "^Scripts/slurm-sweep.sh: SLURM_ARRAY_TASK_ID is not set: submit this script as a job array" \
  "$work/slurm-no-array-$plain_id.out" \
  || fail "the job submitted without --array did not explain that it needs --array, naming Scripts/slurm-sweep.sh"
[ ! -e "$work/no-array" ] || fail "the job submitted without --array created its output folder"

# 5. The same sweep in one local process.
"$HARVESTSIM" sweep "$plan" --out "$work/local" --jobs 2 --quiet > "$work/local.log" 2>&1 \
  || { cat "$work/local.log" >&2; fail "the local sweep failed"; }

# 6. Byte-identical results.
for file in runs.csv points.csv; do
  [ -s "$work/slurm/$file" ] || fail "the merge job wrote no $file"
  cmp "$work/slurm/$file" "$work/local/$file" \
    || fail "$file from Slurm differs from the local sweep's (diff $work/slurm/$file $work/local/$file)"
done
rows=$(($(wc -l < "$work/slurm/runs.csv") - 1))
[ "$rows" -eq "$expected_runs" ] || fail "runs.csv has $rows rows, expected $expected_runs"

say "passed: runs.csv ($rows runs) and points.csv from $shards Slurm shards + merge are byte-identical to a local sweep ($(($(date +%s) - started))s after the build)"
if [ "${KEEP_WORK:-}" = 1 ]; then
  say "work folder kept: $work"
else
  rm -rf "$work"
fi
