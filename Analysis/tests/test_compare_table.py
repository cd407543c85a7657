"""compare_table: one Markdown row per variant with means and starred paired differences."""
import subprocess
import sys

from conftest import ANALYSIS, SECONDS_METRIC
from harvestplots.catalogue import catalogue
from harvestplots import read_compare
from harvestplots.compare_table import compare_table
from test_compare import write_compare


def test_rows_give_means_and_paired_differences(tmp_path):
    table = compare_table(read_compare(write_compare(tmp_path / "c")))
    lines = table.splitlines()
    lost, wait = catalogue()["jobs_lost"], catalogue()[SECONDS_METRIC]
    assert lines[0] == f"| variant | {lost.label} (count) | {wait.label} (s) |"
    assert lines[1] == "|---|---|---|"
    # The baseline shows its means only; a significant difference gets a star, another none.
    assert lines[2] == "| restart (baseline) | 3.00 | 30.0 |"
    assert lines[3] == "| live | 1.00 (-2.00*) | 20.0 (-10.0*) |"
    assert lines[4] == "| short-cron | 3.20 (+0.200) | n/a |"


def test_the_script_prints_the_table_and_refuses_a_missing_folder(tmp_path):
    folder = write_compare(tmp_path / "c")
    done = subprocess.run([sys.executable, str(ANALYSIS / "compare_table.py"), str(folder)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("| variant |")
    missing = subprocess.run([sys.executable, str(ANALYSIS / "compare_table.py"), str(tmp_path / "none")],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "compare_table.py: error" in missing.stderr
