import ArgumentParser
import Experiments
import Foundation
import Model
import Scenario

/// `harvestsim perf-run FILE`: one benchmark measurement, in-process (used by `perf`).
struct PerfRun: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "perf-run",
    abstract: "Run a scenario without output files and print events, stale pops, wall time and peak RSS.",
    discussion: """
      EXAMPLES:
        harvestsim perf-run Scenarios/bench/lab-churn.yaml --set duration=7d
      """,
    shouldDisplay: false)

  @OptionGroup var scenario: ScenarioOptions

  func run() throws {
    let loaded = try CommandFailure.reporting { try scenario.load() }
    let clock = ContinuousClock()
    var summary: RunSummary?
    let model = try CommandFailure.reporting { try ModelFactory.model(loaded.config) }
    let elapsed = clock.measure { summary = model.run() }
    if let exceeded = model.jobLimitExceeded {
      CommandFailure.printError("error: \(exceeded.explanation)")
      throw ExitCode(1)
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let events = summary?.events ?? 0
    let stale = summary?.staleEvents ?? 0
    print(String(format: "%-13llu %-11llu %-8.3f %-13.0f %.1f", events, stale, seconds, Double(events) / seconds,
                 Double(usage.ru_maxrss) / 1024))
  }
}
