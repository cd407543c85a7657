import ArgumentParser
import Experiments
import Foundation
import Model
import Scenario

/// `harvestsim run FILE --out DIR`: runs one scenario and writes its CSV files.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run one scenario; print a summary and write summary.csv, jobs.csv and timeseries.csv.",
    usage: "harvestsim run <file> --out <out> [<options>]",
    discussion: """
      The summary shows each metric by its label in hours, days and percentages; summary.csv \
      keeps every value at full precision. Progress goes to stderr: a bar on a terminal, a \
      line every 10% otherwise (runs shorter than 2 s show none). See docs/experiments.md.

      EXAMPLES:
        harvestsim run Scenarios/paper-lab.yaml --out out/paper-lab
        harvestsim run Scenarios/paper-lab.yaml --out out/week --set duration=7d
      """)

  @OptionGroup var scenario: ScenarioOptions

  @Option(name: .long, help: "Output folder (created if missing).")
  var out: String

  @Option(name: .long, help: "Master seed (overrides the file's 'seed').")
  var seed: UInt64?

  @Option(name: .long, help: "Replication index (overrides the file's 'replication').")
  var replication: Int?

  @Flag(name: .long, help: "No progress display.")
  var quiet = false

  func run() throws {
    var extra: [String] = []
    if let seed { extra.append("seed=\(seed)") }
    if let replication { extra.append("replication=\(replication)") }
    let loaded = try CommandFailure.reporting { try scenario.load(extra: extra) }
    let display = ProgressDisplay(enabled: !quiet)
    let end = loaded.config.duration
    let summary = try CommandFailure.reporting {
      defer { display.finish() }
      let summary = try SingleRun.execute(loaded, into: out) { display.update(.simulated(reached: $0, end: end)) }
      display.update(.simulated(reached: end, end: end))
      return summary
    }
    print(SummaryTable.render(RunIdentity(loaded.config), summary))
    print("wrote \(out)/summary.csv"
      + (loaded.output.jobs ? ", jobs.csv" : "") + (loaded.output.timeseries ? ", timeseries.csv" : ""))
  }
}
