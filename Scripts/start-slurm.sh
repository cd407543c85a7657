#!/usr/bin/env bash
# Starts (or stops) a one-node Slurm on this machine, for the Slurm integration test
# (Tests/Integration/slurm-sweep.sh) in CI. Run as root on a throwaway Debian machine
# or container, not on a machine that is part of a real cluster.
#
#   Scripts/start-slurm.sh [start]   install (if missing) and start munged, slurmctld, slurmd
#   Scripts/start-slurm.sh stop      stop them again
#   Scripts/start-slurm.sh status    print whether each daemon runs, and the node's state
#
# start:
#   1. installs Debian's slurm-wlm and munge with apt-get if slurmctld, slurmd, sbatch or
#      munged is missing (--no-install-recommends: the daemons, the client commands and
#      the basic plugins, without the optional plugin packages);
#   2. writes /etc/slurm/slurm.conf for one node: this machine's short host name at
#      127.0.0.1, CPUs = nproc, every CPU a consumable resource (select/cons_tres with
#      CR_CPU), one partition `debug`; no accounting. It refuses to replace a slurm.conf
#      it did not write (it recognises its own by the first line). Processes are tracked
#      by /proc (proctrack/linuxproc) and tasks are not confined (task/none): the
#      cgroup plugins need a cgroup hierarchy that containers often lack;
#   3. starts munged as the munge user, with /run/munge owned by munge (munged refuses
#      a socket directory it does not own), and checks that a credential round-trips;
#   4. starts slurmctld and slurmd (each daemonizes and writes its pid file in /run);
#   5. waits up to SLURM_START_TIMEOUT seconds (default 60) until `sinfo` shows the
#      node idle (or mixed/allocated, if jobs are already running); on time-out it
#      prints the daemons' logs and exits 1.
#   Each step is skipped when its result is already there (a daemon whose pid file names
#   a live process is not started again), so `start` can be run any number of times.
#
# stop: `scontrol shutdown` (slurmctld and slurmd), then munged, each by its pid file,
#   waiting until they have exited, and removes the pid files they leave. Job and node
#   state stay under /var/lib/slurm.
#
# Logs: /var/log/slurm/slurmctld.log, /var/log/slurm/slurmd.log, /var/log/munge/munged.log.
#
# Sources: slurm.conf(5), slurmctld(8), slurmd(8), sinfo(1), scontrol(1) of Slurm 22.05
# (Debian 12's slurm-wlm); munged(8), munge(1), unmunge(1), mungekey(8) of MUNGE 0.5.15.
set -euo pipefail

action=${1:-start}
marker="# Written by HarvestSim Scripts/start-slurm.sh: a one-node Slurm for tests."
conf=/etc/slurm/slurm.conf
state_dir=/var/lib/slurm
log_dir=/var/log/slurm
munge_pid=/run/munge/munged.pid
ctld_pid=/run/slurmctld.pid
slurmd_pid=/run/slurmd.pid
node=$(hostname -s)
start_timeout=${SLURM_START_TIMEOUT:-60}

say() { echo "start-slurm: $*" >&2; }
die() { say "error: $*"; exit 1; }

# True if the pid file $1 exists and names a live process.
running() {
  local pid
  [ -r "$1" ] || return 1
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# Waits up to $2 seconds until the process of pid file $1 has exited.
wait_exit() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    running "$1" || return 0
    sleep 0.1
  done
  return 1
}

print_logs() {
  local f
  for f in "$log_dir/slurmctld.log" "$log_dir/slurmd.log" /var/log/munge/munged.log; do
    if [ -r "$f" ]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

node_state() {
  sinfo -h -n "$node" -o %t 2>/dev/null | head -n 1
}

install_packages() {
  if command -v slurmctld > /dev/null && command -v slurmd > /dev/null \
    && command -v sbatch > /dev/null && command -v munged > /dev/null; then
    return
  fi
  say "installing slurm-wlm and munge with apt-get ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge > /dev/null
}

write_config() {
  if [ -e "$conf" ] && [ "$(head -n 1 "$conf")" != "$marker" ]; then
    die "$conf exists and was not written by this script; not replacing it"
  fi
  local cpus new
  cpus=$(nproc)
  new=$(mktemp)
  cat > "$new" << EOF
$marker
# Do not use it for anything else. See slurm.conf(5).
ClusterName=harvestsim-test
SlurmctldHost=$node(127.0.0.1)
SlurmUser=slurm
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
StateSaveLocation=$state_dir/slurmctld
SlurmdSpoolDir=$state_dir/slurmd
SlurmctldPidFile=$ctld_pid
SlurmdPidFile=$slurmd_pid
SlurmctldLogFile=$log_dir/slurmctld.log
SlurmdLogFile=$log_dir/slurmd.log
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
  mkdir -p "$(dirname "$conf")"
  if [ -e "$conf" ] && cmp -s "$new" "$conf"; then
    rm -f "$new"
  else
    if running "$ctld_pid" || running "$slurmd_pid"; then
      rm -f "$new"
      die "$conf would change (another host name or CPU count?) while Slurm runs; run '$0 stop' first"
    fi
    install -m 0644 "$new" "$conf"
    rm -f "$new"
    say "wrote $conf (node $node, $cpus CPUs)"
  fi
  install -d -o slurm -g slurm -m 0755 "$state_dir" "$state_dir/slurmctld" "$state_dir/slurmd" "$log_dir"
}

start_munge() {
  if running "$munge_pid"; then
    return
  fi
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/log/munge /etc/munge
  install -d -o munge -g munge -m 0711 /var/lib/munge
  if [ ! -s /etc/munge/munge.key ]; then
    say "creating /etc/munge/munge.key"
    runuser -u munge -- mungekey --create --keyfile=/etc/munge/munge.key
  fi
  say "starting munged"
  runuser -u munge -- munged
  local i
  for ((i = 0; i < 50; i++)); do
    if munge -n 2> /dev/null | unmunge > /dev/null 2>&1; then
      return
    fi
    sleep 0.1
  done
  print_logs
  die "munged does not answer: 'munge -n | unmunge' fails"
}

start() {
  [ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and starts system daemons)"
  install_packages
  write_config
  start_munge
  if ! running "$ctld_pid"; then
    say "starting slurmctld"
    slurmctld
  fi
  if ! running "$slurmd_pid"; then
    say "starting slurmd"
    slurmd -N "$node"
  fi
  local i state=""
  for ((i = 0; i < start_timeout * 2; i++)); do
    state=$(node_state || true)
    case "$state" in
      idle | mix | alloc)
        say "Slurm is up: node $node is $state"
        return
        ;;
    esac
    sleep 0.5
  done
  sinfo >&2 || true
  print_logs
  die "node $node is not idle after ${start_timeout}s (state: '${state:-no answer from slurmctld}')"
}

stop() {
  if running "$ctld_pid" || running "$slurmd_pid"; then
    say "stopping slurmctld and slurmd"
    scontrol shutdown > /dev/null 2>&1 || true
    wait_exit "$ctld_pid" 30 || die "slurmctld (pid $(cat "$ctld_pid")) did not stop within 30 s"
    if running "$slurmd_pid"; then
      # `scontrol shutdown` reaches slurmd only while it is registered; stop it directly.
      kill "$(cat "$slurmd_pid")" 2> /dev/null || true
    fi
    wait_exit "$slurmd_pid" 30 || die "slurmd (pid $(cat "$slurmd_pid")) did not stop within 30 s"
  fi
  # slurmctld and slurmd leave their pid files behind; Debian's slurmctld prerm takes a
  # pid file for a running controller (and then fails on scancel).
  rm -f "$ctld_pid" "$slurmd_pid"
  if running "$munge_pid"; then
    say "stopping munged"
    kill "$(cat "$munge_pid")"
    wait_exit "$munge_pid" 10 || die "munged (pid $(cat "$munge_pid")) did not stop within 10 s"
  fi
  say "stopped"
}

status() {
  local name file
  for name in munged slurmctld slurmd; do
    case $name in
      munged) file=$munge_pid ;;
      slurmctld) file=$ctld_pid ;;
      slurmd) file=$slurmd_pid ;;
    esac
    if running "$file"; then
      echo "$name: running (pid $(cat "$file"))"
    else
      echo "$name: not running"
    fi
  done
  if command -v sinfo > /dev/null && running "$ctld_pid"; then
    echo "node $node: $(node_state || echo unknown)"
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
