"""The self-contained HTML reports: they parse, embed every image, fetch nothing, explain every
metric shown, and come out of each shipped results folder."""
import base64
import csv
import json
import hashlib
from html import escape as html_escape
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ANALYSIS, MIXED_METRICS, MIXED_PARAMS, MIXED_POINTS, SECONDS_METRIC, write_run, write_sweep
from harvestplots.catalogue import catalogue, metric
from harvestplots.htmlreport import environment, unpaired_tie, write_html_report
from test_compare import write_compare

RESULTS = ANALYSIS.parent / "docs" / "results"
SHIPPED = sorted(p for p in RESULTS.iterdir() if p.is_dir()) if RESULTS.is_dir() else []
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL_ATTRIBUTES = {"src", "href", "action", "data", "poster", "srcset", "formaction", "background", "cite"}


class StrictPage(HTMLParser):
    """Checks that every element is closed in order (void elements excepted) and collects the
    tags, attributes and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags, self.text = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            self.errors.append(f"end tag of void element </{tag}>")
        elif not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> StrictPage:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    page = StrictPage()
    page.feed(text)
    page.close()
    assert page.errors == []
    assert page.stack == [], f"unclosed: {page.stack}"
    return page


def check_self_contained(page: StrictPage) -> int:
    """Every image a PNG data: URI, no attribute pointing at a network address or another file,
    no CSS url() or @import. Returns the number of images."""
    images = 0
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            value = value or ""
            if name in URL_ATTRIBUTES:
                if tag == "a" and name == "href":
                    assert value.startswith("#"), f"link out of the page: {value}"
                elif tag == "img" and name == "src":
                    assert value.startswith("data:image/png;base64,"), value[:60]
                    png = base64.b64decode(value.split(",", 1)[1], validate=True)
                    assert png[:8] == b"\x89PNG\r\n\x1a\n"
                    images += 1
                else:
                    raise AssertionError(f"<{tag} {name}={value[:60]!r}> refers to something outside the page")
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {name}> points at the network: {value[:60]}"
        assert tag not in ("script", "link", "iframe", "object", "embed"), f"<{tag}> in a self-contained report"
    css = " ".join(page.text)
    assert "url(" not in css and "@import" not in css
    return images


def glossary_labels(page: StrictPage) -> set[str]:
    text = "\n".join(page.text)
    return set(text[text.index("Glossary"):].splitlines())


def folder_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("folder", SHIPPED, ids=[p.name for p in SHIPPED])
def test_a_report_comes_out_of_each_shipped_results_folder(folder, tmp_path):
    before = folder_digest(folder)
    out = write_html_report(folder, tmp_path / "report.html")
    assert folder_digest(folder) == before            # the shipped folder is left as it was
    page = parse(out)
    images = check_self_contained(page)
    text = "\n".join(page.text)
    compare = (folder / "compare.csv").is_file()
    title = re.search(r"<title>(.*?)</title>", out.read_text()).group(1)
    assert title.startswith("Comparison report: " if compare else "Sweep report: ")
    header = next(csv.reader(open(folder / "points.csv")))
    metrics = [c[:-5] for c in header if c.endswith("_mean")]
    assert images == len(metrics)                     # one plot per metric
    labels = glossary_labels(page)
    for name in metrics:
        assert metric(name).label in labels, name
    version = next(csv.DictReader(open(folder / "runs.csv")))["version"]
    assert version in text


def test_sweep_report_contents(tmp_path):
    folder = write_sweep(tmp_path / "mixed", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    (folder / "plan.yaml").write_text("# How does the lab size matter?\n# Second line.\nname: mixed\n"
                                      "description: \"Lab size <b>x</b> registration\"\nbase: ../paper-lab.yaml\n")
    (folder / "command.txt").write_text("Scripts/sweep-report.sh plan.yaml out\n")
    page = parse(write_html_report(folder))
    assert check_self_contained(page) == 2
    text = "\n".join(page.text)
    assert "How does the lab size matter?\nSecond line." in text
    assert "Lab size <b>x</b> registration" in text    # shown as text: escaped, not markup
    assert not [t for t, _ in page.tags if t == "b"]
    assert "Scripts/sweep-report.sh plan.yaml out" in text
    assert "../paper-lab.yaml" in text
    # Jobs lost is a total over the window and the lab size (hosts.0.count) is swept: shown, not ranked.
    html = (folder / "report.html").read_text()
    row = re.search(rf"<tr><td>{_label('jobs_lost')}</td>.*?</tr>", html).group(0)
    assert "not ranked" in row and "registration.mode" not in row
    assert "Totals over the window\ngrow with the lab" in html
    assert "unpaired" in text and "only a screen" in text
    # Throughput is higher-better: the best is (100, reload) 310 ± 20; (100, restart) 300 ± 25 differs by
    # −10 ± √(20² + 25²) = −10 ± 32, a CI that includes 0: indistinguishable.
    row = re.search(rf"<tr><td>{_label('throughput_per_hour')}</td>.*?</tr>", html).group(0)
    assert "hosts.0.count=100, registration.mode=reload" in row and "310 ± 20 jobs/h" in row
    assert "hosts.0.count=100, registration.mode=restart" in row
    labels = glossary_labels(page)
    for name in MIXED_METRICS:
        assert catalogue()[name].label in labels
    # runs.csv (conftest): seeds 1000 + replication, replications 0, 1, 2, version 0.1
    assert "seeds\n1000, 1001, 1002" in text and "replications\n0–2" in text and "program version\n0.1" in text


def write_decision(folder: Path, recommendation=True):
    with open(folder / "ranking.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["metric", "label", "unit", "better", "rank", "variant", "mean", "ci95", "diff_from_best",
                         "diff_from_best_ci95", "verdict"])
        writer.writerow(["jobs_lost", "Jobs lost", "count", "lower", 1, "live", 1.0, 0.8, 0.0, "", "best"])
        writer.writerow(["jobs_lost", "Jobs lost", "count", "lower", 2, "restart", 3.0, 1.6, 2.0, 0.95, "worse"])
        writer.writerow(["jobs_lost", "Jobs lost", "count", "lower", 2, "short-cron", 3.2, 1.6, 2.2, 2.5,
                         "indistinguishable"])
        writer.writerow([SECONDS_METRIC, "x", "s", "lower", "", "short-cron", "", "", "", "", "not-ranked"])
    with open(folder / "pareto.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["variant", "feasible", "pareto", "violated", "jobs_lost", SECONDS_METRIC])
        writer.writerow(["restart", "false", "false", "jobs_lost<=0", 3.0, 36000.0])
        writer.writerow(["live", "true", "true", "", 1.0, 72000.0])
        writer.writerow(["short-cron", "false", "false", "jobs_lost<=0", 3.2, ""])
    if recommendation:
        (folder / "recommendation.md").write_text(
            "## Recommendation\n\nChoose **live**: it loses the fewest jobs (`jobs_lost`).\n"
            "<script>alert(1)</script>\n\n- restart loses 2 more\n- short-cron cannot be told apart\n")


def test_compare_report_shows_the_decision_files(tmp_path):
    folder = write_compare(tmp_path / "c")
    write_decision(folder)
    (folder / "console.txt").write_text("compare 'variants': 3 variants × 4 replications\n")
    page = parse(write_html_report(folder))
    html = (folder / "report.html").read_text()
    assert "<title>Comparison report: variants</title>" in html and "Sweep report" not in html
    assert check_self_contained(page) == 2
    text = "\n".join(page.text)
    # recommendation.md: Markdown becomes elements, raw HTML in it stays text
    assert "<strong>live</strong>" in html and "<code>jobs_lost</code>" in html
    assert "<script>alert(1)</script>" in text and "<script>" not in html
    assert [t for t, _ in page.tags if t == "li"] == ["li", "li"]
    # ranking: the best, the indistinguishable, the number worse
    row = re.search(rf"<tr><td>{_label('jobs_lost')}</td><td>lower is better</td>.*?</tr>", html).group(0)
    assert "live" in row and "short-cron" in row and '<td class="num">1</td>' in row
    # pareto: live is on the front, the others violate the constraint; values in human units
    row = re.search(r'<tr class="better"><td>live</td>.*?</tr>', html).group(0)
    assert "20.0 h" in row and "yes" in row
    assert html.count("jobs_lost&lt;=0") == 2
    assert "3 variants × 4 replications" in text
    for name in ("jobs_lost", SECONDS_METRIC):
        assert catalogue()[name].label in glossary_labels(page)


def test_compare_report_without_decision_files_still_answers_with_the_differences(tmp_path):
    folder = write_compare(tmp_path / "c", sweep=False)
    page = parse(write_html_report(folder, tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text()
    assert "no ranking.csv" in html
    # live's jobs_lost difference −2.00 ± 0.95 is significant and lower is better: a green cell
    assert re.search(r'<td class="num better">1.00 ± 0.80<br>\u22122.00 ± 0.95 \*</td>', html)
    assert check_self_contained(page) == 2


def test_a_malformed_ranking_is_an_error_naming_the_file(tmp_path):
    folder = write_compare(tmp_path / "c")
    write_decision(folder, recommendation=False)
    (folder / "ranking.csv").write_text((folder / "ranking.csv").read_text().replace("not-ranked", "maybe"))
    done = subprocess.run([sys.executable, str(ANALYSIS / "make_html_report.py"), str(folder)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "ranking.csv: line 5: verdict must be one of best, indistinguishable, worse, not-ranked" in done.stderr
    assert not (folder / "report.html").exists()


def _with_capacity(run: Path, hosts: int, cores: int) -> None:
    """Adds timeseries.csv's capacity columns (the same in every row, as the simulator writes them)."""
    rows = list(csv.reader(open(run / "timeseries.csv")))
    with open(run / "timeseries.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(rows[0][:4] + ["hosts_total", "slots_total"] + rows[0][4:])
        for row in rows[1:]:
            writer.writerow(row[:4] + [hosts, cores] + row[4:])


def test_run_report_names_its_replication_and_the_lab_in_brief(tmp_path):
    run = write_run(tmp_path / "run", replication=3)
    _with_capacity(run, 1200, 2400)
    (run / "command.txt").write_text("harvestsim run lab.yaml --out run --set batch.system=slurm\n")
    html = write_html_report(run).read_text()
    assert "<dt>replication</dt><dd>3</dd>" in html and "<dt>replications</dt>" not in html
    assert "<dt>PCs</dt><dd>1,200</dd>" in html and "<dt>cores (job slots)</dt><dd>2,400</dd>" in html
    assert "<dt>batch system</dt><dd>slurm</dd>" in html


def test_run_report_does_not_guess_what_the_folder_does_not_say(tmp_path):
    run = write_run(tmp_path / "run")           # no capacity columns, no command.txt
    html = write_html_report(run).read_text()
    assert "<dt>PCs</dt>" not in html and "<dt>cores (job slots)</dt>" not in html
    assert "<dt>batch system</dt>" not in html and "<dt>replication</dt><dd>0</dd>" in html


def test_run_report(tmp_path):
    run = write_run(tmp_path / "run")
    with open(run / "jobs.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["scenario", "seed", "replication", "job_id", "attempt", "host", "submit_s", "start_s",
                         "end_s", "outcome", "core_seconds", "loss_cause", "version"])
        writer.writerows([["lab", 42, 0, 1, 1, 3, 0, 1, 2, "completed", 1, "", "0.1"],
                          ["lab", 42, 0, 2, 1, 3, 0, 1, 2, "lost", 1, "shutdown", "0.1"],
                          ["lab", 42, 0, 3, 1, 3, 0, 1, 2, "completed", 1, "", "0.1"]])
    done = subprocess.run([sys.executable, str(ANALYSIS / "make_html_report.py"), str(run)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(run / "report.html")
    page = parse(run / "report.html")
    assert check_self_contained(page) == 1
    html = (run / "report.html").read_text()
    assert "<title>Run report: lab</title>" in html
    assert re.search(r"<tr><td>completed</td><td>—</td><td class=\"num\">2</td></tr>", html)
    assert re.search(r"<tr><td>lost</td><td>shutdown</td><td class=\"num\">1</td></tr>", html)
    text = "\n".join(page.text)
    summary_columns = next(csv.reader(open(run / "summary.csv")))
    for name in summary_columns:
        if name in catalogue():
            assert catalogue()[name].label in glossary_labels(page)
    assert "0.1" in text and "42" in text                 # version and seed


def test_kind_detection_and_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    for folder, message in ((tmp_path / "empty", "not a run, sweep or compare folder"),
                            (tmp_path / "nowhere", "not a folder")):
        done = subprocess.run([sys.executable, str(ANALYSIS / "make_html_report.py"), str(folder)],
                              capture_output=True, text=True)
        assert done.returncode == 2 and message in done.stderr and done.stdout == ""


def test_templates_autoescape():
    env = environment()
    assert env.from_string("{{ x }}").render(x="<b>&") == "&lt;b&gt;&amp;"
    assert env.get_template("macros.html.j2").module.facts([("a<", "<i>")]).count("&lt;") == 2


def test_best_point_names_one_parameter_per_zipped_dimension_and_counts_the_rest(tmp_path):
    # 3 lab sizes (two zipped host counts) x 2 modes, all 1.0 ± 0.2 jobs/h (a ratio, so ranked).
    parameters = ["hosts.0.count", "hosts.1.count", "registration.mode"]
    points = [((a, a, mode), {"throughput_per_hour": (1.0, 0.5, 3, 0.2)}) for a in (5, 10, 25)
              for mode in ("restart", "live")]
    folder = write_sweep(tmp_path / "zipped", parameters, points, ["throughput_per_hour"])
    spec = json.loads((folder / "sweep.json").read_text())
    spec["dimensions"] = [["hosts.0.count", "hosts.1.count"], ["registration.mode"]]
    (folder / "sweep.json").write_text(json.dumps(spec))
    html = write_html_report(folder, tmp_path / "r.html").read_text()
    row = re.search(rf"<tr><td>{_label('throughput_per_hour')}</td>.*?</tr>", html).group(0)
    # A tie goes to the first point; the five others equal it (noise): four named, one counted.
    assert "<td>hosts.0.count=5, registration.mode=restart</td>" in row
    assert "hosts.1.count" not in row
    assert row.count("registration.mode=") == 5 and "; and 1 more</td>" in row


def _label(name):
    """A metric's label as it appears in the page, as a regular expression."""
    return re.escape(html_escape(metric(name).label, quote=True))


def _best_row(tmp_path, name, stats):
    """The best-point row of `name` in the report of a sweep over registration.mode (not the lab
    size), one point per (mean, ci95) in `stats`, modes m0, m1, …"""
    points = [((f"m{i}",), {name: (mean, 1.0, 3, ci)}) for i, (mean, ci) in enumerate(stats)]
    folder = write_sweep(tmp_path / "modes", ["registration.mode"], points, [name])
    html = write_html_report(folder, tmp_path / "r.html").read_text()
    return re.search(rf"<tr><td>{_label(name)}</td>.*?</tr>", html).group(0)


def test_best_point_applies_the_practical_threshold(tmp_path):
    # jobs_lost: absolute threshold 1 job (metrics.json). m0 1.0 ± 0.1 is best. m1 1.5 ± 0.1 differs by
    # 0.5 ± √0.02 = 0.5 ± 0.14: the CI [0.36, 0.64] excludes 0 but lies within ± 1, so it is
    # indistinguishable (the CIs do not even overlap). m2 3.0 ± 0.1: 2 ± 0.14 reaches beyond 1: worse.
    assert catalogue()["jobs_lost"].threshold_kind == "absolute" and catalogue()["jobs_lost"].threshold == 1
    row = _best_row(tmp_path, "jobs_lost", [(1.0, 0.1), (1.5, 0.1), (3.0, 0.1)])
    assert "<td>registration.mode=m0</td>" in row
    assert "registration.mode=m1</td>" in row and "m2" not in row
    # A relative threshold (goodput, 1% of the larger mean): 1000 vs 1008 ± 1 is within 10.08; 1000 vs
    # 1030 ± 1 is not.
    goodput = catalogue()["goodput_core_hours"]
    assert goodput.threshold_kind == "relative" and goodput.threshold == 0.01
    row = _best_row(tmp_path, "goodput_core_hours", [(1030.0, 1.0), (1000.0, 1.0), (1025.0, 1.0)])
    assert "<td>registration.mode=m0</td>" in row and "registration.mode=m2</td>" in row and "m1" not in row


def test_an_unpaired_difference_within_floating_point_noise_is_a_tie():
    from harvestplots.catalogue import Metric
    from harvestplots.data import Stat as PointStats
    without_threshold = Metric("x", "count", "x", "", "lower", "", None, "")
    best = PointStats(1.0, 0.0, 3, 1e-15)
    assert unpaired_tie(without_threshold, best, PointStats(1.0 + 1e-12, 0.0, 3, 1e-15))     # noise
    assert not unpaired_tie(without_threshold, best, PointStats(1.0 + 1e-6, 0.0, 3, 1e-15))  # a real difference


def test_sweep_values_are_shown_with_human_precision(tmp_path):
    row = _best_row(tmp_path, "host_availability", [(0.3450059, 0.0000072), (0.30, 0.001)])
    assert "34.5 ± &lt;0.1 %" in row and "34.50059" not in row


def test_the_same_folder_gives_a_byte_identical_report(tmp_path):
    folder = write_sweep(tmp_path / "mixed", MIXED_PARAMS, MIXED_POINTS, MIXED_METRICS)
    first = write_html_report(folder, tmp_path / "a.html").read_bytes()
    done = subprocess.run([sys.executable, str(ANALYSIS / "make_html_report.py"), str(folder), "--out",
                           str(tmp_path / "b.html")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.html").read_bytes() == first


def test_a_column_the_catalogue_does_not_know_is_shown_by_its_name(tmp_path):
    points = [((n,), {"jobs_lost": (1.0, 0.1, 3, 0.2), "a_new_metric": (v, 0.1, 3, 0.2)})
              for n, v in ((5, 1.0), (10, 2.0), (25, 3.0))]
    folder = write_sweep(tmp_path / "s", ["hosts.0.count"], points, ["jobs_lost", "a_new_metric"])
    page = parse(write_html_report(folder))
    html = (folder / "report.html").read_text()
    assert "<tr><td>a_new_metric</td><td><code>a_new_metric</code></td><td>—</td>" in html
    assert "(not in the metric catalogue)" in html
    assert check_self_contained(page) == 2


def test_code_inside_bold_and_emphasis_is_rendered_as_code_and_escaped():
    from harvestplots.markdown import blocks
    macros = environment().get_template("macros.html.j2").module
    html = str(macros.markdown(blocks("**Choose among `a<b>`** or *keep `c`* <i>x</i>")))
    assert "<strong>Choose among <code>a&lt;b&gt;</code></strong>" in html
    assert "<em>keep <code>c</code></em>" in html
    assert "`" not in html and "<i>" not in html and "&lt;i&gt;x&lt;/i&gt;" in html


def test_glossary_definitions_render_their_code_spans(tmp_path):
    # metrics.json's definitions quote names in backticks; the glossary shows them as code.
    definition = metric("jobs_lost").definition
    assert "`loss_known`" in definition
    run = write_run(tmp_path / "run")
    html = write_html_report(run).read_text()
    row = re.search(r'<table class="glossary">.*?</table>', html, flags=re.DOTALL).group(0)
    assert "<code>loss_known</code>" in row and "`loss_known`" not in row
