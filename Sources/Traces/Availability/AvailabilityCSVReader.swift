/// Reads a simple availability CSV: `host,start,end,state`.
///
/// Format: plain text; the first non-blank line must be the header
/// `host,start,end,state` (case-insensitive, spaces ignored). Then one interval
/// per line: host name, start and end in seconds (any epoch; decimal numbers),
/// and state `up`/`1` or `down`/`0` (case-insensitive). Fields are separated by
/// commas without quoting. Blank lines and lines starting with `#` are skipped.
/// Nodes are keyed by host name.
package enum AvailabilityCSVReader {
  /// The required header columns, in order.
  package static let header = ["host", "start", "end", "state"]

  /// Reads the plain-text file at `path`.
  package static func read(path: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    try parse(AvailabilityTraceFile.text(path: path), file: path)
  }

  /// Parses `text`; `file` names the source in errors.
  package static func parse(_ text: String, file: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    var builder = AvailabilityTraceBuilder(file: file)
    var sawHeader = false
    try AvailabilityTraceFile.forEachLine(text) { (number, line) throws(AvailabilityTraceError) in
      let content = AvailabilityTraceFile.trimmed(line)
      if content.isEmpty || content.hasPrefix("#") { return }
      let fields = AvailabilityTraceFile.fields(line, separator: UInt8(ascii: ","))
      func fail(_ message: String) -> AvailabilityTraceError {
        AvailabilityTraceError(file: file, line: number, message: message)
      }
      if !sawHeader {
        guard fields.map({ $0.lowercased() }) == header else {
          throw fail("expected the header 'host,start,end,state', got '\(content)'")
        }
        sawHeader = true
        return
      }
      guard fields.count == header.count else {
        throw fail("expected \(header.count) comma-separated columns (host,start,end,state), got \(fields.count)")
      }
      let host = fields[0]
      guard !host.isEmpty else { throw fail("host is empty") }
      guard let start = DecimalNumber.value(fields[1]) else {
        throw fail("start '\(fields[1])' is not a finite number of seconds")
      }
      guard let end = DecimalNumber.value(fields[2]) else {
        throw fail("end '\(fields[2])' is not a finite number of seconds")
      }
      guard end >= start else {
        throw fail("end \(fields[2]) is before start \(fields[1])")
      }
      let state: AvailabilityState
      switch fields[3].lowercased() {
      case "up", "1": state = .up
      case "down", "0": state = .down
      default: throw fail("unknown state '\(fields[3])' (expected up, down, 1 or 0)")
      }
      try builder.add(key: String(host), name: String(host), id: nil,
                      interval: AvailabilityInterval(start: start, end: end, state: state), line: number)
    }
    guard sawHeader else {
      throw AvailabilityTraceError(file: file, line: nil, message: "missing the header 'host,start,end,state'")
    }
    return try builder.build()
  }
}
