import ArgumentParser
import Dispatch
import Experiments
import Foundation
import Scenario

/// `harvestsim compare SCENARIO --variants FILE --out DIR`: one scenario under several
/// batch configurations on common random numbers, with paired differences from a baseline,
/// each metric's best variant, the Pareto set over the planner's objectives and a recommendation.
struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a scenario under several variants on common random numbers; rank them and recommend.",
    usage: "harvestsim compare <scenario> --variants <file> --out <out> [<options>]",
    discussion: """
      Each variant is a set of overrides from the variants file; replication k of every variant \
      uses the same random streams, so the differences from the baseline are paired. Every \
      variant is validated before any run starts: an invalid baseline stops the command; \
      another invalid variant is reported, not run, and its runs are recorded as failed \
      (failures.csv) while the others run, and the command then exits with status 1. An \
      interrupted comparison resumes when run again with the same command.

      Writes compare.csv (paired differences from the baseline), ranking.csv (each metric's \
      best variant and those that cannot be told apart from it), pareto.csv (the Pareto set \
      over the objectives, among the variants meeting the constraints) and recommendation.md. \
      A difference is a tie when its paired 95% CI includes 0 or lies within the metric's \
      practical threshold. See docs/experiments.md §14.

      EXAMPLES:
        harvestsim compare lab.yaml --variants variants.yaml --out out/compare
        harvestsim compare lab.yaml --variants v.yaml --out o --set duration=7d
        harvestsim compare lab.yaml --variants v.yaml --out o --objective goodput:max
        harvestsim compare a.yaml --variants v.yaml --out o --constraint 'jobs_lost<1'
      """)

  @Argument(help: "The scenario YAML file.")
  var scenario: String

  @Option(name: .long, help: "The variants YAML file (baseline, replications, metrics, variants).")
  var variants: String

  @Option(name: .long, help: "Output folder (created if missing; reused to resume).")
  var out: String

  @Option(name: .long, help: "Replications of every variant (default: the variants file's, else 10).")
  var replications: Int?

  @Option(name: .customLong("set"), help: ArgumentHelp(
    "Override a scenario value for every variant, before the variant's own (repeatable).",
    valueName: "key.path=yaml-value"))
  var overrides: [String] = []

  @Option(name: .long, help: ArgumentHelp(
    "An objective of the Pareto set (repeatable; METRIC alone: the catalogue's better direction). "
      + "Default: \(DecisionCriteria.defaultObjectives.joined(separator: ", ")).",
    valueName: "METRIC:max|min"))
  var objective: [String] = []

  @Option(name: .long, help: ArgumentHelp(
    "A limit on a variant's mean, X in the metric's CSV unit (repeatable; also >=, <, >).",
    valueName: "METRIC<=X"))
  var constraint: [String] = []

  @Option(name: .long, help: "Runs in parallel (default: the number of cores).")
  var jobs: Int?

  @Option(name: .customLong("run-time-limit"), help: "Fail a run that takes longer than this many wall-clock seconds.")
  var runTimeLimit: Double?

  @Flag(name: .long, help: "No progress display.")
  var quiet = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
    if let runTimeLimit, !(runTimeLimit > 0) { throw ValidationError("--run-time-limit must be positive") }
    _ = try criteria()
  }

  /// The objectives and constraints as typed.
  private func criteria() throws -> DecisionCriteria {
    do {
      return try DecisionCriteria(objectives: objective, constraints: constraint)
    } catch {
      throw ValidationError(error.message)
    }
  }

  func run() throws {
    let options = SweepOptions(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, runTimeLimit: runTimeLimit)
    let criteria = try criteria()
    let executor = try CommandFailure.reporting {
      var plan = try VariantsReader.load(path: variants, scenario: scenario,
                                         fixed: try overrides.map { try ScenarioOverride($0) })
      if let replications { plan.replications = replications }
      return try CompareExecutor(plan: plan, directory: out, options: options, criteria: criteria)
    }
    CommandFailure.warnInvalid(executor.sweep, what: "variant")
    let outcome = try InterruptibleRun.run(quiet: quiet) { stop, progress in
      try executor.run(stop: stop, progress: progress)
    }
    report(outcome, executor: executor)
    if outcome.sweep.interrupted { throw ExitCode(Interruption.exitStatus) }
    if !outcome.sweep.failures.isEmpty { throw ExitCode(1) }
  }

  private func report(_ outcome: CompareOutcome, executor: CompareExecutor) {
    let plan = executor.plan
    var lines: [String] = []
    lines.append("compare '\(plan.sweep.name)': \(plan.variants.count) variants × \(plan.replications) replications, "
      + "baseline '\(plan.baselineName)'; \(outcome.sweep.executed) runs executed"
      + (outcome.sweep.resumed > 0 ? ", \(outcome.sweep.resumed) already done" : ""))
    if let note = executor.lossHandlingNote { lines.append(note) }
    if !outcome.sweep.failures.isEmpty {
      lines += SweepFailure.summary(outcome.sweep.failures,
                                    listedIn: outcome.wroteComparison ? "\(out)/failures.csv" : nil)
    }
    if outcome.wroteComparison, let decision = outcome.decision {
      lines.append("")
      lines.append(DecisionSummary.text(decision))
      lines.append("wrote \(out)/recommendation.md, ranking.csv, pareto.csv, compare.csv, runs.csv and points.csv")
    }
    print(lines.joined(separator: "\n"))
  }
}
