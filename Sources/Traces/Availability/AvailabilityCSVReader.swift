import CSVCodec

/// Reads a simple availability CSV: `host,start,end,state`.
///
/// Format: RFC 4180 CSV, read by CSVCodec's ``CSVParser``; lines end with LF or CRLF. The first
/// line that is not blank or a comment must be the header `host,start,end,state`
/// (case-insensitive). Then one interval per record: host name, start and end in seconds (any
/// epoch; decimal numbers), and state `up`/`1` or `down`/`0` (case-insensitive). A field may be
/// quoted (a host name holding a comma: `"lab, row 2",0,60,up`); a quote inside an unquoted
/// field, text after a closing quote, and a quote left open are errors at their line and column.
/// Nodes are keyed by host name.
///
/// Two conveniences for hand-written files go beyond RFC 4180 (they are this reader's, not the
/// codec's): lines that are blank or start with `#` (outside a quoted field) are skipped, and
/// spaces and tabs around each field's value are ignored (`pc1, 0, 60, up`, and the header
/// `Host, Start, End, State`), also inside quotes.
package enum AvailabilityCSVReader {
  /// The required header columns, in order.
  package static let header = ["host", "start", "end", "state"]

  /// Reads the file at `path`.
  package static func read(path: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    try parse(AvailabilityTraceFile.text(path: path), file: path)
  }

  /// Parses `text`; `file` names the source in errors.
  package static func parse(_ text: String, file: String) throws(AvailabilityTraceError) -> AvailabilityTrace {
    var builder = AvailabilityTraceBuilder(file: file)
    var sawHeader = false
    var parser = CSVParser()
    // The parser numbers the lines it is given; skipped lines are not given, so this maps
    // the parser's line numbers (1-based) to the file's.
    var fileLines: [Int] = []
    var inQuotedField = false
    func syntaxError(_ error: CSVSyntaxError) -> AvailabilityTraceError {
      AvailabilityTraceError(file: file, line: fileLines[error.line - 1],
                             message: "column \(error.column): \(error.message)")
    }
    var number = 0
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for raw in lines {
      number += 1
      var line = Substring(raw)
      var lineBreak = "\n"
      if line.utf8.last == UInt8(ascii: "\r") {
        line = line.dropLast()
        lineBreak = "\r\n"
      }
      if !inQuotedField {
        let content = AvailabilityTraceFile.trimmed(line)
        if content.isEmpty || content.hasPrefix("#") { continue }
      }
      fileLines.append(number)
      let completed: CSVRecord?
      do { completed = try parser.consume(line: line, lineBreak: lineBreak) } catch { throw syntaxError(error) }
      inQuotedField = completed == nil
      guard let csv = completed else { continue }
      let recordLine = fileLines[csv.line - 1]
      let fields = csv.fields.map { String(AvailabilityTraceFile.trimmed(Substring($0))) }
      func fail(_ message: String) -> AvailabilityTraceError {
        AvailabilityTraceError(file: file, line: recordLine, message: message)
      }
      if !sawHeader {
        guard fields.map({ $0.lowercased() }) == header else {
          throw fail("expected the header 'host,start,end,state', got '\(AvailabilityTraceFile.trimmed(line))'")
        }
        sawHeader = true
        continue
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
      try builder.add(key: host, name: host, id: nil,
                      interval: AvailabilityInterval(start: start, end: end, state: state), line: recordLine)
    }
    do { try parser.finish() } catch { throw syntaxError(error) }
    guard sawHeader else {
      throw AvailabilityTraceError(file: file, line: nil, message: "missing the header 'host,start,end,state'")
    }
    return try builder.build()
  }
}
