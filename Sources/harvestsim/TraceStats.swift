import ArgumentParser
import Foundation
import Traces

/// `harvestsim trace-stats FILE`: availability statistics and fitted distributions of a trace.
struct TraceStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace-stats",
    abstract: "Summarise an availability trace: availability, mean up/down times, MLE fits.",
    discussion: """
      Reads a plain-text Failure Trace Archive event_trace table (--format fta) or a \
      host,start,end,state CSV (--format csv); by default .csv files are CSV and anything \
      else FTA. Compressed files are refused: decompress them first (xz -d FILE).

      Prints the pooled availability, interval counts and mean up/down durations in hours, \
      and maximum-likelihood exponential and Weibull fits of the up and down durations.
      """)

  @Argument(help: "The trace file (plain text).")
  var file: String

  @Option(help: "The trace format: fta or csv (default: from the file extension).")
  var format: AvailabilityTraceFormat?

  @Flag(help: "Also print one row per node.")
  var perNode = false

  @Option(help: "With --per-node, print only the first N nodes (the pooled row still covers all).")
  var limit: Int?

  func validate() throws {
    if let limit, limit < 0 { throw ValidationError("--limit must be >= 0, got \(limit)") }
  }

  func run() throws {
    do {
      print(try AvailabilityReport.text(path: file, format: format, perNode: perNode, limit: limit), terminator: "")
    } catch {
      CommandFailure.printError("error: \(error.description)")
      throw ExitCode(1)
    }
  }
}

extension AvailabilityTraceFormat: ExpressibleByArgument {}
