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
      Each scenario runs in a fresh child process at 1/4, 1/2 and all of its duration, so the peak
      memory column shows whether memory grows with simulated time. Build with -c release first.
      """)

  @Argument(help: "Scenario files (default: the two in Scenarios/bench).")
  var files: [String] = ["Scenarios/bench/lab-churn.yaml", "Scenarios/bench/lab-10k-full.yaml"]

  @Option(name: .long, help: "Comma-separated fractions of each scenario's duration to run.")
  var fractions: String = "0.25,0.5,1"

  func run() throws {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    // events: those that changed something; stale_pops: cancelled events popped and dropped.
    print("scenario                 duration  events        stale_pops  wall_s   events_per_s  peak_rss_MiB")
    for file in files {
      let base = try CommandFailure.reporting { try Scenario.load(path: file) }
      for fraction in fractions.split(separator: ",").compactMap({ Double($0) }) {
        let duration = base.config.duration * fraction
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
        print(base.config.name.padding(toLength: 24, withPad: " ", startingAt: 0) + " "
          + Units.durationText(duration).padding(toLength: 9, withPad: " ", startingAt: 0) + " " + line)
      }
    }
  }
}
