# Sourced by the report scripts (run-report.sh, sweep-report.sh, compare-report.sh): where the
# repository is, the Python check, and the command record. Paths given by the caller are never
# rewritten: the scripts do not change directory, so relative paths mean what they meant where
# the script was called.
report_scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
report_root=$(dirname "$report_scripts")

# Installs what is missing (GSL, the Analysis packages) unless HARVESTSIM_BIN names a ready binary,
# then checks that the report's Python packages import.
report_prepare() {
  if [ -z "${HARVESTSIM_BIN:-}" ]; then
    "$report_scripts/setup.sh" --analysis
  fi
  if ! python3 -c "import matplotlib, jinja2" 2>/dev/null; then
    echo "$1: the reports need matplotlib and jinja2: python3 -m pip install -r $report_root/Analysis/requirements.txt" >&2
    exit 2
  fi
}

# Each argument shell-quoted, with a space before it (nothing for no argument).
report_quote() {
  local argument
  for argument in "$@"; do printf ' %q' "$argument"; done
}

# Writes OUT/command.txt: the script's command line as typed (arguments shell-quoted), and the
# harvestsim command it ran, for the report's provenance.
report_record() {
  local out=$1 script=$2 simulator=$3
  shift 3
  {
    printf '%s%s\n' "Scripts/$script" "$(report_quote "$@")"
    printf '%s\n' "$simulator"
  } > "$out/command.txt"
}
