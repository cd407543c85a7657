#!/usr/bin/env bash
#SBATCH --job-name=harvestsim-sweep
#SBATCH --cpus-per-task=4
#SBATCH --time=04:00:00
#SBATCH --output=slurm-%A_%a.out
#
# Runs one shard of a HarvestSim sweep as one task of a Slurm job array.
#
# Usage (from the repository root, with OUT on a file system every node sees):
#
#   sbatch --array=1-N Scripts/slurm-sweep.sh PLAN OUT
#
# Task i of N runs
#
#   harvestsim sweep PLAN --out OUT --shard i/N --jobs $SLURM_CPUS_PER_TASK --quiet
#
# and appends its finished runs to OUT/runs-shard-i-of-N.journal. The tasks share the
# folder OUT. The array must be numbered 1..N (not 0..N-1): i is SLURM_ARRAY_TASK_ID
# and N is SLURM_ARRAY_TASK_COUNT. Shards write only journals; runs.csv and points.csv
# come from the merge step, submitted to start after every task has succeeded:
#
#   jobid=$(sbatch --parsable --array=1-N Scripts/slurm-sweep.sh PLAN OUT)
#   sbatch --dependency=afterok:$jobid --wrap "harvestsim merge OUT --out OUT"
#
# (Use the binary's full path in --wrap if harvestsim is not on the PATH of the
# compute nodes, e.g. --wrap ".build/release/harvestsim merge OUT --out OUT".)
# A task that is started again skips the runs already in its journal. To rerun only
# some tasks, keep N fixed with N_SHARDS, since SLURM_ARRAY_TASK_COUNT is then the
# size of the smaller array:
#
#   N_SHARDS=N sbatch --array=3,7 Scripts/slurm-sweep.sh PLAN OUT
#
# The #SBATCH lines above are defaults; options given to sbatch override them,
# e.g. `sbatch --array=1-20 --cpus-per-task=8 --time=1:00:00 ...`. On nodes with
# fewer than 4 CPUs give a smaller --cpus-per-task: Slurm 22.05 accepts the array
# but leaves it pending for ever (reason PartitionConfig).
#
# Tested against a one-node Slurm by Tests/Integration/slurm-sweep.sh (in CI).
#
# Environment:
#   HARVESTSIM   the harvestsim binary (default: `harvestsim` if it is on PATH,
#                else .build/release/harvestsim relative to the submit directory)
#   N_SHARDS     the number of shards, N. Needed when SLURM_ARRAY_TASK_COUNT is not
#                set (Slurm releases before 18) or when resubmitting a subset of the
#                array; it takes precedence over SLURM_ARRAY_TASK_COUNT. sbatch passes
#                the submitting shell's environment to the job by default.
#
# Without Slurm (for testing), set the variables by hand, e.g. for i in 1 2 3:
#   SLURM_ARRAY_TASK_ID=$i SLURM_ARRAY_TASK_COUNT=3 SLURM_CPUS_PER_TASK=1 \
#     bash Scripts/slurm-sweep.sh Scenarios/sweeps/cron-period.yaml /tmp/sweep
# then: .build/release/harvestsim merge /tmp/sweep --out /tmp/sweep
set -euo pipefail

# Under Slurm, $0 is slurmd's spooled copy of this script (/var/lib/slurm/slurmd/
# jobNNNNN/slurm_script on Debian), not a path the user knows: name the script itself.
if [ -n "${SLURM_JOB_ID:-}" ]; then
  self=Scripts/slurm-sweep.sh
else
  self=$0
fi

if [ $# -ne 2 ]; then
  echo "usage: sbatch --array=1-N $self PLAN OUT" >&2
  exit 2
fi
plan=$1
out=$2

if [ -z "${SLURM_ARRAY_TASK_ID:-}" ]; then
  echo "$self: SLURM_ARRAY_TASK_ID is not set: submit this script as a job array," >&2
  echo "  e.g. sbatch --array=1-N $self $plan $out" >&2
  exit 2
fi
shard_index=$SLURM_ARRAY_TASK_ID
shard_count=${N_SHARDS:-${SLURM_ARRAY_TASK_COUNT:-}}
if [ -z "$shard_count" ]; then
  echo "$self: SLURM_ARRAY_TASK_COUNT is not set (Slurm older than 18?);" >&2
  echo "  give the number of shards as N_SHARDS, e.g. N_SHARDS=N sbatch --array=1-N $self $plan $out" >&2
  exit 2
fi
case "$shard_index/$shard_count" in
  *[!0-9/]* | /* | */)
    echo "$self: shard '$shard_index/$shard_count' is not i/N with whole numbers" >&2
    exit 2
    ;;
esac
if [ "$shard_index" -lt 1 ] || [ "$shard_index" -gt "$shard_count" ]; then
  echo "$self: array task $shard_index is outside 1..$shard_count; number the array 1-N (--array=1-N)" >&2
  exit 2
fi

if [ -z "${HARVESTSIM:-}" ]; then
  if command -v harvestsim > /dev/null 2>&1; then
    HARVESTSIM=harvestsim
  else
    HARVESTSIM=.build/release/harvestsim
  fi
fi

jobs=${SLURM_CPUS_PER_TASK:-1}

echo "shard $shard_index/$shard_count of $plan into $out with $jobs job(s) on $(hostname)"

exec "$HARVESTSIM" sweep "$plan" --out "$out" --shard "$shard_index/$shard_count" --jobs "$jobs" --quiet
