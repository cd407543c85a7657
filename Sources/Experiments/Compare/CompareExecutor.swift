import Foundation
import Scenario

/// Runs a comparison: the variants as the points of a sweep (one `variant` axis), so
/// replication k of every variant uses the same random streams and the differences
/// are paired; then writes `compare.csv`, `ranking.csv`, `pareto.csv` and `recommendation.md`
/// beside the sweep's runs.csv and points.csv.
///
/// Progress, `--jobs`, resuming and the folder's files are exactly those of a sweep.
package struct CompareExecutor: Sendable {
  /// The comparison.
  package let plan: ComparePlan
  /// The sweep that runs it.
  package let sweep: SweepExecutor
  /// The planner's objectives and constraints (they change no run, only the decision files).
  package let criteria: DecisionCriteria

  /// Prepares `plan` to run into `directory`.
  ///
  /// A variant other than the baseline whose scenario is invalid is not run: its runs are
  /// recorded as failed (failures.csv), and its compare.csv rows have no values.
  ///
  /// - Throws: ``ScenarioErrors`` when the baseline's scenario is invalid (every other
  ///   variant is measured against it) or every variant's is (every problem, before any
  ///   run), ``ScenarioError`` for an unknown metric, and ``OutputError`` for `--shard`
  ///   or `--until-ci` (a comparison needs the same replications of every variant, on one
  ///   machine).
  package init(plan: ComparePlan, directory: String, options: SweepOptions,
               criteria: DecisionCriteria = .standard) throws {
    guard options.shard == nil, options.precision == nil else {
      throw OutputError(message: "a comparison runs every variant with the same replications: "
        + "--shard and --until-ci do not apply")
    }
    self.plan = plan
    self.criteria = criteria
    let points = try plan.sweep.resolvePoints()
    if let problems = points.problems[plan.baseline] {
      throw ScenarioErrors(problems)
    }
    sweep = try SweepExecutor(plan: plan.sweep, points: points, directory: directory, options: options)
  }

  /// A note when the valid variants bring lost jobs back differently (``LossHandling``).
  package var lossHandlingNote: String? {
    LossHandling.note(variants: plan.variants.indices.compactMap { index in
      sweep.scenarios[index].map { (plan.variants[index], $0.config) }
    })
  }

  /// The variants whose scenario is invalid (never the baseline), in file order.
  package var invalidVariants: [String] { sweep.invalidPoints.map { plan.variants[$0] } }

  /// The file the comparison is written to.
  package var comparisonPath: String { sweep.folder.file("compare.csv") }

  /// Runs (or resumes) the variants, then, unless interrupted, writes compare.csv,
  /// ranking.csv, pareto.csv and recommendation.md together: all of them or none.
  ///
  /// - Parameters:
  ///   - stop: Raised by Ctrl-C, as for a sweep.
  ///   - progress: Called after finished runs, as for a sweep (one call at a time, outside any lock; a burst of runs may arrive as one call).
  package func run(stop: StopSignal, progress: @escaping @Sendable (SweepProgress) -> Void) throws -> CompareOutcome {
    let outcome = try sweep.run(stop: stop, progress: progress)
    guard outcome.wroteResults else { return CompareOutcome(sweep: outcome, rows: [], decision: nil) }
    let runs = try VariantComparison.readRuns(sweep.folder)
    let rows = VariantComparison.rows(runs: runs, variants: plan.variants, baseline: plan.baseline,
                                      metrics: sweep.manifest.metrics)
    let decision = CompareDecision(runs: runs, variants: plan.variants, metrics: sweep.manifest.metrics,
                                   criteria: criteria, replications: plan.replications)
    let files = [("compare.csv", VariantComparison.csv(rows))] + decision.files.map { ($0.name, $0.text) }
    var writers: [AtomicFileWriter] = []
    for (name, text) in files {
      let writer = try AtomicFileWriter(path: sweep.folder.file(name))
      try writer.write(text)
      writers.append(writer)
    }
    try AtomicFileWriter.commit(writers)
    return CompareOutcome(sweep: outcome, rows: rows, decision: decision)
  }

  /// The comparison computed from the folder's runs.csv.
  package func comparison() throws -> [ComparisonRow] {
    VariantComparison.rows(runs: try VariantComparison.readRuns(sweep.folder), variants: plan.variants,
                           baseline: plan.baseline, metrics: sweep.manifest.metrics)
  }
}
