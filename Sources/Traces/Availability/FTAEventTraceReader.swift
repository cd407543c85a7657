/// Reads the Failure Trace Archive `event_trace` table.
///
/// Format: text, one event per line, 9 tab-separated columns (spaces
/// around values are ignored): `event_id`, `component_id`, `node_id`,
/// `platform_id`, `node_name`, `event_type` (0 = unavailable, 1 = available),
/// `event_start_time`, `event_end_time` (Unix seconds, may be fractional) and
/// `event_end_reason` (may be `NULL`; not used). Blank lines, lines starting
/// with `#` (the FTA header, `# event_id component_id …`) and a header line
/// whose first field is `event_id` are skipped.
///
/// Nodes are keyed by `node_id` and named by `node_name`; a `node_id` must keep
/// one name. A gzip, xz or bzip2 file is decompressed as it is read (``InputByteStream``).
package enum FTAEventTraceReader {
  /// The number of columns of an `event_trace` line.
  package static let columnCount = 9

  /// Reads the file at `path`, plain or compressed.
  package static func read(path: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    try parse(AvailabilityTraceFile.text(path: path), file: path)
  }

  /// Parses `text`; `file` names the source in errors.
  package static func parse(_ text: String, file: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    var builder = AvailabilityTraceBuilder(file: file)
    try AvailabilityTraceFile.forEachLine(text) { (number, line) throws(AvailabilityTraceError) in
      let content = AvailabilityTraceFile.trimmed(line)
      if content.isEmpty || content.hasPrefix("#") { return }
      let fields = AvailabilityTraceFile.fields(line, separator: UInt8(ascii: "\t"))
      if fields.first == "event_id" { return }
      func fail(_ message: String) -> AvailabilityTraceError {
        AvailabilityTraceError(file: file, line: number, message: message)
      }
      guard fields.count == columnCount else {
        throw fail("expected \(columnCount) tab-separated columns, got \(fields.count)")
      }
      guard let nodeID = DecimalNumber.integer(fields[2]) else {
        throw fail("node_id '\(fields[2])' is not an integer")
      }
      let name = fields[4]
      guard !name.isEmpty else { throw fail("node_name is empty") }
      let state: AvailabilityState
      switch fields[5] {
      case "1": state = .up
      case "0": state = .down
      default: throw fail("unknown event_type '\(fields[5])' (expected 0 = unavailable or 1 = available)")
      }
      guard let start = DecimalNumber.value(fields[6]) else {
        throw fail("event_start_time '\(fields[6])' is not a finite number")
      }
      guard let end = DecimalNumber.value(fields[7]) else {
        throw fail("event_end_time '\(fields[7])' is not a finite number")
      }
      guard end >= start else {
        throw fail("event_end_time \(fields[7]) is before event_start_time \(fields[6])")
      }
      try builder.add(key: String(fields[2]), name: String(name), id: nodeID,
                      interval: AvailabilityInterval(start: start, end: end, state: state), line: number)
    }
    return try builder.build()
  }
}
