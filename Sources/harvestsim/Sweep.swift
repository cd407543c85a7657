import ArgumentParser
import Dispatch
import Experiments
import Foundation
import Scenario

/// `harvestsim sweep PLAN --out DIR`: parameter sweep × replications, in parallel, resumable.
struct Sweep: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a sweep plan: every point × replication, in parallel; write runs.csv and points.csv.",
    usage: "harvestsim sweep <plan> --out <out> [<options>]",
    discussion: """
      Every point is validated before any run starts; an invalid point is reported, not run, \
      and its runs are recorded as failed (failures.csv) while the other points run. A run \
      that fails is recorded the same way; the command then exits with status 1. Started \
      again with the same command, an interrupted sweep skips the runs it has finished and \
      retries the failed ones. The --set overrides apply to the base scenario after the plan's \
      own 'set' and before the varied values; a key the plan varies cannot be set. See \
      docs/experiments.md.

      EXAMPLES:
        harvestsim sweep Scenarios/sweeps/lab-size.yaml --out out/lab-size
        harvestsim sweep plan.yaml --out out/short --set duration=7d --jobs 2
        harvestsim sweep plan.yaml --out out/ci --until-ci jobs_lost:0.05
        harvestsim sweep plan.yaml --out out/shard-1 --shard 1/4
      """)

  @Argument(help: "The sweep plan YAML file.")
  var plan: String

  @Option(name: .long, help: "Output folder (created if missing; reused to resume).")
  var out: String

  @Option(name: .customLong("set"), help: ArgumentHelp(
    "Override a base scenario value at every point (repeatable).", valueName: "key.path=yaml-value"))
  var overrides: [String] = []

  @Option(name: .long, help: "Runs in parallel (default: the number of cores).")
  var jobs: Int?

  @Option(name: .customLong("until-ci"), help: ArgumentHelp(
    "Add replications per point until the 95% CI half-width of METRIC is at most REL × |mean| (or MAX runs, default 200).",
    valueName: "METRIC:REL[:MAX]"))
  var untilCI: String?

  @Option(name: .long, help: ArgumentHelp("Run only slice i of n of the runs (then 'harvestsim merge').", valueName: "i/n"))
  var shard: String?

  @Option(name: .customLong("run-time-limit"), help: "Fail a run that takes longer than this many wall-clock seconds.")
  var runTimeLimit: Double?

  @Flag(name: .long, help: "No progress display.")
  var quiet = false

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    if let shard, Shard(shard) == nil { throw ValidationError("--shard must look like 2/5 (slice 2 of 5), got '\(shard)'") }
    if let untilCI, PrecisionTarget(untilCI) == nil {
      throw ValidationError("--until-ci must look like jobs_lost:0.05 or jobs_lost:0.05:100 (REL > 0, MAX >= 2), got '\(untilCI)'")
    }
    if let runTimeLimit, !(runTimeLimit > 0) { throw ValidationError("--run-time-limit must be positive") }
  }

  func run() throws {
    let (loadedPlan, points) = try CommandFailure.reporting {
      let plan = try SweepPlanReader.load(path: plan, overrides: try overrides.map { try ScenarioOverride($0) })
      return (plan, try plan.resolvePoints())
    }
    let options = SweepOptions(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, shard: shard.flatMap(Shard.init), precision: untilCI.flatMap(PrecisionTarget.init),
                               runTimeLimit: runTimeLimit)
    let executor = try CommandFailure.reporting {
      try SweepExecutor(plan: loadedPlan, points: points, directory: out, options: options)
    }
    CommandFailure.warnInvalid(executor, what: "point")
    let outcome = try InterruptibleRun.run(quiet: quiet) { stop, progress in
      try executor.run(stop: stop, progress: progress)
    }
    report(outcome, executor: executor)
    if outcome.interrupted { throw ExitCode(Interruption.exitStatus) }
    if !outcome.failures.isEmpty { throw ExitCode(1) }
  }

  private func report(_ outcome: SweepOutcome, executor: SweepExecutor) {
    let plan = executor.plan
    var lines: [String] = []
    lines.append("sweep '\(plan.name)': \(plan.pointCount) points, \(outcome.executed) runs executed"
      + (outcome.resumed > 0 ? ", \(outcome.resumed) already done" : ""))
    if !outcome.failures.isEmpty {
      lines += SweepFailure.summary(outcome.failures, listedIn: outcome.wroteResults ? "\(out)/failures.csv" : nil)
    }
    if !outcome.stoppedAtMaximum.isEmpty, let precision = executor.options.precision {
      lines.append("--until-ci: \(outcome.stoppedAtMaximum.count) point(s) reached \(precision.maximumReplications) "
        + "replications without meeting \(precision.metric) ±\(precision.relativeHalfWidth) × |mean|:")
      for point in outcome.stoppedAtMaximum { lines.append("  point \(point): \(executor.describePoint(point))") }
    }
    if outcome.wroteResults {
      lines.append("wrote \(out)/runs.csv and \(out)/points.csv")
    } else if let shard = executor.options.shard, !outcome.interrupted {
      lines.append("shard \(shard) done; when every shard is, run: harvestsim merge FOLDER... --out DIR")
    }
    print(lines.joined(separator: "\n"))
  }
}
