"""Runs the commands of README.md and docs/*.md that are marked runnable, so the documented
commands keep working.

Markers (one line, directly above a code fence):

- ``<!-- runnable -->`` marks a shell block. Every line of it runs, in order, as one bash
  script with ``set -eo pipefail``. In a block whose lines start with ``$ `` (a transcript),
  only those lines run; the others are the output shown.
- ``<!-- file: NAME -->`` marks a block whose text is written to NAME (relative to the
  repository root) before the document's runnable blocks run: an input file the document
  shows, such as a variants file.

Each document gets a fresh working folder holding copies of Scenarios/, Scripts/,
Analysis/ and the shipped traces (Tests/TracesTests/Resources/); its blocks run there in
document order, so a block may use what an earlier one wrote. ``harvestsim`` (on PATH,
and as .build/release/harvestsim and .build/debug/harvestsim in that folder) is the
built debug binary (``HARVESTSIM`` chooses another), built if missing or older than
Sources/. To keep the whole test short, ``run``, ``compare`` and ``sweep`` get
``--set duration=1d --set warmup=0s`` appended: the commands run as written, on one
simulated day. A failing command is reported as FILE:LINE with its output.
"""
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
RUNNABLE = "<!-- runnable -->"
FILE_MARKER = re.compile(r"^\s*<!-- file: (\S+) -->\s*$")
FENCE = re.compile(r"^(\s*)```")
COPIED = ["Scenarios", "Scripts", "Analysis", "Tests/TracesTests/Resources"]
SHORTENED = "--set duration=1d --set warmup=0s"
BLOCK_TIMEOUT_S = 180


@dataclass
class Block:
    """A marked code block: its document, the line of its opening fence, and its lines."""
    document: Path
    fence_line: int
    lines: list
    file_name: str = None  # set for a <!-- file: NAME --> block

    @property
    def where(self):
        return f"{self.document.relative_to(REPO)}:{self.fence_line}"

    def script_lines(self):
        """The lines to run, one per block line (a transcript's output lines become blank),
        so that line k of the script is line fence_line + k of the document."""
        if any(line.startswith("$ ") for line in self.lines):
            return [line[2:] if line.startswith("$ ") else "" for line in self.lines]
        return list(self.lines)

    def command_start(self, line_in_block):
        """The first line of the command that ends on line_in_block (1-based): bash reports
        a command continued with a backslash at its last line."""
        lines = self.script_lines()
        start = line_in_block
        while start > 1 and lines[start - 2].rstrip().endswith("\\"):
            start -= 1
        return start


def marked_blocks(document):
    """The runnable and file blocks of one document, in order; a marker not directly above
    a code fence is an error."""
    lines = document.read_text(encoding="utf-8").splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        line = lines[index]
        file_match = FILE_MARKER.match(line)
        if line.strip() == RUNNABLE or file_match:
            fence = FENCE.match(lines[index + 1]) if index + 1 < len(lines) else None
            if not fence:
                raise AssertionError(f"{document.relative_to(REPO)}:{index + 1}: a marker must be directly "
                                     "above a code fence")
            indent = fence.group(1)
            end = index + 2
            while end < len(lines) and not lines[end].startswith(indent + "```"):
                end += 1
            if end == len(lines):
                raise AssertionError(f"{document.relative_to(REPO)}:{index + 2}: the code fence is not closed")
            body = [text[len(indent):] if text.startswith(indent) else text.lstrip() for text in lines[index + 2:end]]
            blocks.append(Block(document, index + 2, body, file_match.group(1) if file_match else None))
            index = end + 1
            continue
        index += 1
    return blocks


ALL_BLOCKS = [block for document in DOCUMENTS for block in marked_blocks(document)]
RUNNABLE_BLOCKS = [block for block in ALL_BLOCKS if block.file_name is None]


def newest_source_time():
    newest = 0.0
    for folder, _, files in os.walk(REPO / "Sources"):
        for name in files:
            newest = max(newest, os.stat(os.path.join(folder, name)).st_mtime)
    return newest


@pytest.fixture(scope="module")
def harvestsim():
    """The binary the documented commands run: HARVESTSIM, else .build/debug/harvestsim,
    built first when missing or older than a file under Sources/."""
    chosen = os.environ.get("HARVESTSIM")
    if chosen:
        return Path(chosen).resolve()
    binary = REPO / ".build" / "debug" / "harvestsim"
    if not binary.exists() or binary.stat().st_mtime < newest_source_time():
        subprocess.run(["swift", "build", "--product", "harvestsim"], cwd=REPO, check=True)
    return binary


@pytest.fixture(scope="module")
def sweep_takes_set(harvestsim):
    help_text = subprocess.run([str(harvestsim), "sweep", "--help"], capture_output=True, text=True).stdout
    return "--set" in help_text


@pytest.fixture(scope="module")
def working_copies(tmp_path_factory, harvestsim, sweep_takes_set):
    """One working folder per document, made when its first block runs."""
    made = {}

    def copy_for(document):
        if document in made:
            return made[document]
        root = tmp_path_factory.mktemp(document.stem)
        for relative in COPIED:
            shutil.copytree(REPO / relative, root / relative,
                            ignore=shutil.ignore_patterns(".pytest_cache", "__pycache__"))
        shim_folder = root / ".docs-bin"
        shim_folder.mkdir()
        shim = shim_folder / "harvestsim"
        shortened_commands = "run|compare|sweep" if sweep_takes_set else "run|compare"
        shim.write_text(
            "#!/usr/bin/env bash\n"
            "# The documented harvestsim, on one simulated day (see test_docs_commands.py).\n"
            f"case \"${{1:-}}\" in\n"
            f"  {shortened_commands}) exec '{harvestsim}' \"$@\" {SHORTENED} ;;\n"
            f"  *) exec '{harvestsim}' \"$@\" ;;\n"
            "esac\n")
        shim.chmod(0o755)
        for build in ("release", "debug"):
            (root / ".build" / build).mkdir(parents=True)
            (root / ".build" / build / "harvestsim").symlink_to(shim)
        for block in ALL_BLOCKS:
            if block.document == document and block.file_name:
                target = root / block.file_name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text("\n".join(block.lines) + "\n", encoding="utf-8")
        made[document] = root
        return root

    return copy_for


def test_the_documents_mark_runnable_blocks():
    # The harness finds the blocks: a renamed marker would otherwise test nothing.
    documents = {block.document.relative_to(REPO).as_posix() for block in RUNNABLE_BLOCKS}
    assert {"README.md", "docs/scenario-reference.md", "docs/experiments.md"} <= documents
    assert len(RUNNABLE_BLOCKS) >= 6


@pytest.mark.parametrize("block", RUNNABLE_BLOCKS, ids=[block.where for block in RUNNABLE_BLOCKS])
def test_documented_commands_run(block, working_copies, sweep_takes_set):
    script = block.script_lines()
    if not sweep_takes_set and any(re.search(r"harvestsim\s+sweep\b|sweep-report\.sh|slurm-sweep\.sh", line) for line in script):
        pytest.skip(f"{block.where}: 'harvestsim sweep' has no --set, so this block cannot run on one day")
    root = working_copies(block.document)
    failed_line = root / ".docs-failed-line"
    failed_line.unlink(missing_ok=True)
    preamble = f"set -eo pipefail; trap 'echo $LINENO > \"{failed_line}\"' ERR"
    environment = dict(os.environ)
    environment["PATH"] = f"{root / '.docs-bin'}{os.pathsep}{environment.get('PATH', '')}"
    # The binary Scripts/slurm-sweep.sh and the report scripts run (they build none then).
    environment["HARVESTSIM"] = environment["HARVESTSIM_BIN"] = str(root / ".docs-bin" / "harvestsim")
    try:
        result = subprocess.run(["bash", "-c", "\n".join([preamble, *script]) + "\n", block.where], cwd=root,
                                env=environment, capture_output=True, text=True, timeout=BLOCK_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{block.where}: the block took more than {BLOCK_TIMEOUT_S} s")
    if result.returncode != 0:
        if failed_line.exists():
            line_in_block = block.command_start(int(failed_line.read_text().strip()) - 1)
            line = block.fence_line + line_in_block
            command = script[line_in_block - 1].strip()
        else:
            line, command = block.fence_line, "(the block)"
        output = (result.stdout[-2000:] + "\n" + result.stderr[-3000:]).strip()
        pytest.fail(f"{block.document.relative_to(REPO)}:{line}: `{command}` exited with status "
                    f"{result.returncode}:\n{output}", pytrace=False)


TINY_PLAN = """\
name: together
base:
  name: tiny
  duration: 2h
  hosts: [{name: pc, count: 2}]
  workload: {arrival: {exponential: {mean: 20m}}, runtime: 10m}
  output: {jobs: false, timeseries: false}
replications: 3
vary:
  - {path: seed, range: {from: 1, to: 8, step: 1}}
"""


def test_shards_started_together_share_one_folder(tmp_path, harvestsim):
    # docs/experiments.md section 11 and Scripts/htcondor-sweep.sub: shards that start at the
    # same moment in one folder do not disturb each other, and their merge is the
    # single-machine sweep, byte for byte.
    plan = tmp_path / "plan.yaml"
    plan.write_text(TINY_PLAN)
    single = tmp_path / "single"
    subprocess.run([str(harvestsim), "sweep", str(plan), "--out", str(single), "--jobs", "1", "--quiet"],
                   check=True, capture_output=True)
    shards = 4
    for trial in range(3):
        shared = tmp_path / f"shared-{trial}"
        processes = [subprocess.Popen([str(harvestsim), "sweep", str(plan), "--out", str(shared),
                                       "--shard", f"{index}/{shards}", "--jobs", "1", "--quiet"],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                     for index in range(1, shards + 1)]
        for index, process in enumerate(processes, start=1):
            _, errors = process.communicate(timeout=BLOCK_TIMEOUT_S)
            assert process.returncode == 0, f"trial {trial}, shard {index}/{shards}: {errors}"
        subprocess.run([str(harvestsim), "merge", str(shared), "--out", str(shared)], check=True,
                       capture_output=True)
        for name in ("runs.csv", "points.csv"):
            assert (shared / name).read_bytes() == (single / name).read_bytes(), f"trial {trial}: {name}"
