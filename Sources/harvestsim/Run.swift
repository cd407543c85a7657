import ArgumentParser
import Experiments
import Foundation
import Model
import Scenario

/// `harvestsim run FILE --out DIR`: runs one scenario and writes its CSV files.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run one scenario; print a summary and write summary.csv, jobs.csv and timeseries.csv.")

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
    let display = quiet ? nil : ProgressDisplay(endTime: loaded.config.duration)
    let summary = try CommandFailure.reporting {
      try SingleRun.execute(loaded, into: out, progress: display.map { display in { display.update($0) } })
    }
    display?.finish()
    print(SummaryTable.render(RunIdentity(loaded.config), summary))
    print("wrote \(out)/summary.csv"
      + (loaded.output.jobs ? ", jobs.csv" : "") + (loaded.output.timeseries ? ", timeseries.csv" : ""))
  }
}
