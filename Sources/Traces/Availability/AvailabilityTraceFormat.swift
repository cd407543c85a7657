/// The availability trace formats the readers understand.
package enum AvailabilityTraceFormat: String, Sendable, CaseIterable {
  /// The Failure Trace Archive `event_trace` table (``FTAEventTraceReader``).
  case fta
  /// `host,start,end,state` CSV (``AvailabilityCSVReader``).
  case csv

  /// `.csv` for paths ending in `.csv` (any case), otherwise `.fta`.
  package static func guess(path: String) -> AvailabilityTraceFormat {
    path.lowercased().hasSuffix(".csv") ? .csv : .fta
  }

  /// Reads the file at `path` (plain, gzip, xz or bzip2) in this format.
  package func read(path: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    switch self {
    case .fta: try FTAEventTraceReader.read(path: path)
    case .csv: try AvailabilityCSVReader.read(path: path)
    }
  }

  /// Parses `text` in this format; `file` names the source in errors.
  package func parse(_ text: String, file: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    switch self {
    case .fta: try FTAEventTraceReader.parse(text, file: file)
    case .csv: try AvailabilityCSVReader.parse(text, file: file)
    }
  }
}
