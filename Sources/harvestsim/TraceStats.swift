import ArgumentParser
import CSVCodec
import Foundation
import Scenario
import Stochastics
import Traces

/// `harvestsim trace-stats`: availability statistics and fitted laws of a trace, and the
/// scenario blocks calibrated from a trace or a log of login sessions.
struct TraceStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace-stats",
    abstract: "Summarise an availability trace or a session log, and fit scenario blocks to them.",
    usage: "harvestsim trace-stats [<file>] [--sessions <log>] [<options>]",
    discussion: """
      Reads a Failure Trace Archive event_trace table (--format fta) or a host,start,end,state \
      CSV (--format csv); by default .csv files (also .csv.gz, .csv.xz, .csv.bz2) are CSV and \
      anything else FTA. gzip, xz and bzip2 files are decompressed as they are read, told by \
      their first bytes.

      Prints the pooled availability, interval counts and mean up/down durations in hours, \
      and maximum-likelihood exponential and Weibull fits of the up and down durations.

      --emit-scenario prints instead a paste-ready `availability:` block for a host group: \
      the law of the up and of the down durations chosen by maximum likelihood and AIC among \
      exponential, Weibull, log-normal, gamma and two-phase hyperexponential, with every \
      candidate's AIC and Kolmogorov-Smirnov statistic as comments. With --sessions LOG \
      (a host,start,end CSV of log-ins) it prints an `owners:` section: the arrival profile \
      per hour of the week and the session-length law.

      EXAMPLES:
        harvestsim trace-stats event_trace.tab.xz
        harvestsim trace-stats event_trace.tab.xz --emit-scenario --qq qq.csv
        harvestsim trace-stats --sessions logins.csv --emit-scenario
      """)

  @Argument(help: "The availability trace file (plain, .gz, .xz or .bz2).")
  var file: String?

  @Option(help: "The trace format: fta or csv (default: from the file name).")
  var format: AvailabilityTraceFormat?

  @Flag(help: "Also print one row per node.")
  var perNode = false

  @Option(help: "With --per-node, print only the first N nodes (the pooled row still covers all).")
  var limit: Int?

  @Flag(help: "Print paste-ready scenario YAML (availability, and owners with --sessions) instead of the report.")
  var emitScenario = false

  @Option(help: ArgumentHelp(
    "Write the quantile-quantile points of every fitted law to this CSV file (columns sample, law, "
      + "probability, observed_s, fitted_s; Analysis/plot_qq.py draws it).",
    valueName: "file"))
  var qq: String?

  @Option(help: ArgumentHelp("A login-session log: CSV with the header host,start,end.", valueName: "file"))
  var sessions: String?

  @Option(help: ArgumentHelp(
    "With --sessions, the number of PCs the log covers (default: the hosts that appear in it).", valueName: "n"))
  var hosts: Int?

  func validate() throws {
    if let limit, limit < 0 { throw ValidationError("--limit must be >= 0, got \(limit)") }
    if let hosts, hosts < 1 { throw ValidationError("--hosts must be >= 1, got \(hosts)") }
    if file == nil && sessions == nil {
      throw ValidationError("give an availability trace FILE, --sessions FILE, or both")
    }
    if hosts != nil && sessions == nil { throw ValidationError("--hosts needs --sessions") }
    if file == nil {
      for (given, name) in [(format != nil, "--format"), (perNode, "--per-node"), (limit != nil, "--limit")] where given {
        throw ValidationError("\(name) needs an availability trace FILE")
      }
    }
  }

  func run() throws {
    var blocks: [String] = []
    var qqSamples: [(name: String, selection: LawSelection)] = []
    do {
      if let file {
        let trace = try (format ?? .guess(path: file)).read(path: file)
        let report = AvailabilityReport(trace: trace, source: file)
        if emitScenario || qq != nil {
          let up = report.up.lawSelection()
          let down = report.down.lawSelection()
          qqSamples += [("up", up), ("down", down)]
          if emitScenario { blocks.append(try CalibrationYAML.availability(source: file, up: up, down: down)) }
        }
        if !emitScenario { blocks.append(report.text(perNode: perNode, limit: limit)) }
      }
      if let sessions {
        let log = try SessionLog.read(path: sessions)
        let profile = SessionArrivalProfile(log: log, hostCount: hosts)
        let lengths = LawSelection(log.sessions.map(\.duration))
        qqSamples.append(("session", lengths))
        if emitScenario {
          blocks.append(try CalibrationYAML.owners(
            source: sessions, notes: profile.notes, rates: profile.rates, sessions: lengths))
        } else {
          blocks.append(profile.summary(lengths: lengths))
        }
      }
    } catch {
      guard let message = Self.message(error) else { throw error }
      CommandFailure.printError("error: \(message)")
      throw ExitCode(1)
    }
    if let qq {
      try Bench.writeFile(Self.quantileCSV(qqSamples), to: qq)
    }
    print(blocks.joined(separator: "\n"), terminator: "")
  }

  /// The words of an error of the trace, the log or the calibration; nil for any other.
  private static func message(_ error: any Error) -> String? {
    switch error {
    case let error as AvailabilityTraceError: error.description
    case let error as SessionLogError: error.description
    case let error as CalibrationError: error.description
    default: nil
    }
  }

  /// The QQ points of every fitted law of every sample: `sample,law,probability,observed_s,fitted_s`,
  /// laws in AIC order, at most 1,000 points each (``QuantilePair/points(sorted:law:maximumPoints:)``).
  static func quantileCSV(_ samples: [(name: String, selection: LawSelection)]) -> String {
    var lines = [CSVWriter.row(["sample", "law", "probability", "observed_s", "fitted_s"])]
    for (name, selection) in samples {
      for law in selection.fits {
        for point in QuantilePair.points(sorted: selection.sorted, law: law.distribution) {
          lines.append(CSVWriter.row([name, law.distribution.family, "\(point.probability)", "\(point.observed)",
                                      "\(point.fitted)"]))
        }
      }
    }
    return lines.joined()
  }
}

extension AvailabilityTraceFormat: ExpressibleByArgument {}
