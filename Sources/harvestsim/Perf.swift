import ArgumentParser
import Experiments
import Foundation
import Model
import Scenario

/// `harvestsim perf`: the speed benchmark (events per second, peak memory).
struct Perf: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Benchmark: events per second and peak memory of the benchmark scenarios.",
    discussion: """
      Each scenario runs in a fresh child process at 1/4, 1/2 and all of its duration, so the \
      peak memory column shows whether memory grows with simulated time. Build with -c release \
      first. Every scenario is checked at every fraction before the first run.

      EXAMPLES:
        harvestsim perf
        harvestsim perf Scenarios/paper-lab.yaml --fractions 0.1,1
      """)

  @Argument(help: "Scenario files.")
  var files: [String] = ["Scenarios/bench/lab-churn.yaml", "Scenarios/bench/lab-10k-full.yaml"]

  @Option(name: .long, help: ArgumentHelp(
    "Comma-separated fractions of each scenario's duration to run, each above 0.", valueName: "list"))
  var fractions: String = "0.25,0.5,1"

  /// The parsed `--fractions`.
  static func parseFractions(_ text: String) throws -> [Double] {
    let items = text.split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    var values: [Double] = []
    for item in items {
      guard let value = Double(item), value.isFinite else {
        throw ValidationError("--fractions '\(text)': '\(item)' is not a number; expected a list like 0.25,0.5,1")
      }
      guard value > 0 else {
        throw ValidationError("--fractions '\(text)': \(item) is not above 0; each fraction of the duration must be")
      }
      values.append(value)
    }
    return values
  }

  func validate() throws {
    _ = try Self.parseFractions(fractions)
  }

  func run() throws {
    let fractions = try Self.parseFractions(fractions)
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    // Every scenario at every fraction is checked before any output, so a bad one names
    // --fractions and prints no half table.
    let plans = try files.map { file in
      let base = try CommandFailure.reporting { try Scenario.load(path: file) }
      let durations = try fractions.map { fraction in
        let duration = base.config.duration * fraction
        do {
          _ = try Scenario.load(path: file, overrides: ["duration=\(duration)"])
        } catch {
          let problems = (error as? ScenarioErrors)?.errors ?? [error as? ScenarioError].compactMap { $0 }
          guard !problems.isEmpty else { throw error }
          CommandFailure.printError("error: --fractions \(self.fractions): \(fraction) of \(file)'s duration "
            + "(\(Units.durationText(duration))) does not make a valid scenario: "
            + problems.map { ($0.path.isEmpty ? "" : "\($0.path): ") + $0.message }.joined(separator: "; "))
          throw ExitCode(1)
        }
        return duration
      }
      return (file, base.config.name, durations)
    }
    // events: those that changed something; stale_pops: cancelled events popped and dropped.
    print("scenario                 duration  events        stale_pops  wall_s   events_per_s  peak_rss_MiB")
    for (file, name, durations) in plans {
      for duration in durations {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["perf-run", file, "--set", "duration=\(duration)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExitCode(process.terminationStatus) }
        let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + " "
          + Units.durationText(duration).padding(toLength: 9, withPad: " ", startingAt: 0) + " " + line)
      }
    }
  }
}
