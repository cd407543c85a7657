"""Scripts/run-report.sh, sweep-report.sh and compare-report.sh called from another directory with
relative paths, against a stand-in harvestsim (HARVESTSIM_BIN); and Scripts/harvestsim-binary.sh,
which builds only when the binary is missing or older than the sources."""
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import ANALYSIS, MIXED_METRICS, MIXED_PARAMS, MIXED_POINTS, write_run, write_sweep
from test_compare import write_compare
from test_html_report import check_self_contained, parse

SCRIPTS = ANALYSIS.parent / "Scripts"

# Logs its working directory and arguments, checks that the input files it was given exist from
# where it runs, and fills the --out folder with a prepared result (STUB_SOURCE).
STUB = textwrap.dedent(f"""\
    #!{sys.executable}
    import json, os, shutil, sys
    args = sys.argv[1:]
    out = args[args.index("--out") + 1]
    inputs = [a for a in args[1:2] + ([args[args.index("--variants") + 1]] if "--variants" in args else [])]
    with open(os.environ["STUB_LOG"], "a") as log:
        log.write(json.dumps({{"cwd": os.getcwd(), "args": args,
                              "inputs_found": [os.path.isfile(i) for i in inputs]}}) + "\\n")
    shutil.copytree(os.environ["STUB_SOURCE"], out, dirs_exist_ok=True)
    print(args[0] + " done")
    """)


@pytest.fixture
def stub(tmp_path):
    binary = tmp_path / "bin" / "harvestsim-stub"
    binary.parent.mkdir()
    binary.write_text(STUB)
    binary.chmod(0o755)
    work = tmp_path / "work" / "sub"
    work.mkdir(parents=True)
    (tmp_path / "work" / "input.yaml").write_text("name: x\n")
    (tmp_path / "work" / "variants.yaml").write_text("baseline: restart\n")
    return binary, work, tmp_path / "log.jsonl"


def call(script, args, stub, source):
    binary, work, log = stub
    env = dict(os.environ, HARVESTSIM_BIN=str(binary), STUB_SOURCE=str(source), STUB_LOG=str(log))
    done = subprocess.run([str(SCRIPTS / script), *args], cwd=work, env=env, capture_output=True, text=True,
                          timeout=300)
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return done, calls


def test_sweep_report_from_another_directory_with_relative_paths(stub, tmp_path):
    source = write_sweep(tmp_path / "source", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    done, calls = call("sweep-report.sh", ["../input.yaml", "../out/sweep", "--jobs", "2"], stub, source)
    assert done.returncode == 0, done.stderr
    assert len(calls) == 1
    assert calls[0]["cwd"] == str(stub[1])                       # run where the caller was
    assert calls[0]["args"] == ["sweep", "../input.yaml", "--out", "../out/sweep", "--jobs", "2"]
    assert calls[0]["inputs_found"] == [True]
    out = tmp_path / "work" / "out" / "sweep"
    assert (out / "report.md").is_file() and (out / "plots").is_dir()
    assert check_self_contained(parse(out / "report.html")) == len(MIXED_METRICS)
    assert (out / "command.txt").read_text() == ("Scripts/sweep-report.sh ../input.yaml ../out/sweep --jobs 2\n"
                                                 "harvestsim sweep ../input.yaml --out ../out/sweep --jobs 2\n")
    assert "Scripts/sweep-report.sh ../input.yaml" in (out / "report.html").read_text()


def test_compare_report_from_another_directory_with_relative_paths(stub, tmp_path):
    source = write_compare(tmp_path / "source")
    done, calls = call("compare-report.sh", ["../input.yaml", "../variants.yaml", "../out/cmp", "--set",
                                             "duration=2d"], stub, source)
    assert done.returncode == 0, done.stderr
    assert calls[0]["args"] == ["compare", "../input.yaml", "--variants", "../variants.yaml", "--out", "../out/cmp",
                                "--quiet", "--set", "duration=2d"]
    assert calls[0]["inputs_found"] == [True, True]
    out = tmp_path / "work" / "out" / "cmp"
    assert (out / "console.txt").read_text() == "compare done\n"
    assert (out / "table.md").read_text().startswith("| variant |")
    html = (out / "report.html").read_text()
    assert "<title>Comparison report: variants</title>" in html
    check_self_contained(parse(out / "report.html"))


def test_run_report_from_another_directory(stub, tmp_path):
    source = write_run(tmp_path / "source")
    done, calls = call("run-report.sh", ["../input.yaml", "run1", "--seed", "7"], stub, source)
    assert done.returncode == 0, done.stderr
    assert calls[0]["args"] == ["run", "../input.yaml", "--out", "run1", "--seed", "7"]
    out = stub[1] / "run1"
    assert (out / "plots" / "timeseries.png").is_file()
    assert check_self_contained(parse(out / "report.html")) == 1


@pytest.mark.parametrize("script,args,message", [
    ("sweep-report.sh", ["../missing.yaml", "../out"], "sweep-report: no such plan file: ../missing.yaml"),
    ("compare-report.sh", ["../input.yaml", "nope.yaml", "../out"], "compare-report: no such file: nope.yaml"),
    ("run-report.sh", ["nope.yaml", "../out"], "run-report: no such scenario file: nope.yaml"),
    ("sweep-report.sh", ["../input.yaml"], "usage: Scripts/sweep-report.sh PLAN OUT"),
])
def test_a_missing_input_stops_before_running(stub, tmp_path, script, args, message):
    done, calls = call(script, args, stub, tmp_path)
    assert done.returncode == 2 and message in done.stderr
    assert calls == []


@pytest.fixture
def fake_repo(tmp_path):
    """A repository with Sources/, Package.swift, the helper, and a `swift` on PATH that logs each
    build and writes .build/release/harvestsim."""
    repo = tmp_path / "repo"
    (repo / "Scripts").mkdir(parents=True)
    (repo / "Sources" / "Model").mkdir(parents=True)
    shutil.copy(SCRIPTS / "harvestsim-binary.sh", repo / "Scripts")
    (repo / "Package.swift").write_text("// package\n")
    (repo / "Sources" / "Model" / "Lab.swift").write_text("// lab\n")
    tools = tmp_path / "tools"
    tools.mkdir()
    swift = tools / "swift"
    swift.write_text(f"#!/bin/sh\necho \"$*\" >> {tmp_path}/builds.log\nmkdir -p .build/release\n"
                     "printf '#!/bin/sh\\n' > .build/release/harvestsim\nchmod +x .build/release/harvestsim\n")
    swift.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "HARVESTSIM_BIN"}
    env["PATH"] = f"{tools}:{env['PATH']}"

    def run(cwd=tmp_path, **extra):
        done = subprocess.run([str(repo / "Scripts" / "harvestsim-binary.sh")], cwd=cwd, env={**env, **extra},
                              capture_output=True, text=True, timeout=60)
        log = tmp_path / "builds.log"
        return done, (log.read_text().splitlines() if log.exists() else [])
    return repo, run


def test_the_binary_is_built_only_when_missing_or_older_than_the_sources(fake_repo, tmp_path):
    repo, run = fake_repo
    binary = repo / ".build" / "release" / "harvestsim"
    done, builds = run()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(binary)
    assert builds == ["build -c release --product harvestsim"]            # missing: built
    sources = [repo / "Package.swift", repo / "Sources" / "Model" / "Lab.swift"]
    for path in [*sources, repo / "Sources", repo / "Sources" / "Model"]:
        os.utime(path, (1_000_000, 1_000_000))
    os.utime(binary, (2_000_000, 2_000_000))
    _, builds = run()
    assert len(builds) == 1                                                # up to date: not built
    os.utime(sources[1], (3_000_000, 3_000_000))                          # a source changed
    _, builds = run()
    assert len(builds) == 2
    os.utime(binary, (4_000_000, 4_000_000))
    os.utime(sources[0], (5_000_000, 5_000_000))                          # Package.swift changed
    _, builds = run()
    assert len(builds) == 3
    _, builds = run()
    assert len(builds) == 3                                                # the build marked it current
    (repo / "Sources" / "Model" / "Lab.swift").unlink()                   # a file removed: its folder changed
    _, builds = run()
    assert len(builds) == 4


def test_harvestsim_bin_is_used_as_given_relative_to_the_caller(fake_repo, tmp_path):
    _, run = fake_repo
    other = tmp_path / "mine"
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    done, builds = run(cwd=tmp_path, HARVESTSIM_BIN="mine")
    assert done.returncode == 0 and done.stdout.strip() == str(other) and builds == []
    done, _ = run(cwd=tmp_path, HARVESTSIM_BIN="absent")
    assert done.returncode == 2 and "HARVESTSIM_BIN='absent' is not an executable file" in done.stderr
