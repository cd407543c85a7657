import CSVCodec

/// A log of login sessions: CSV (RFC 4180, read by ``CSVParser``) with the header
/// `host,start,end` (any case; the columns in this order), then one session per record.
///
/// `start` and `end` are ISO 8601 date-times or Unix seconds (``SessionTime``); `end` must not
/// be before `start`. Empty lines are skipped. The file may be gzip, xz or bzip2
/// (``InputByteStream``); errors name the line and column of the decompressed text.
package struct SessionLog: Sendable, Equatable {
  /// The required header.
  package static let header = ["host", "start", "end"]

  /// The sessions, in the file's order.
  package let sessions: [LoginSession]
  /// The file the log came from.
  package let source: String

  /// Creates a log of `sessions`.
  package init(sessions: [LoginSession], source: String) {
    self.sessions = sessions
    self.source = source
  }

  /// The distinct host names, in order of first appearance.
  package var hosts: [String] {
    var seen: Set<String> = []
    return sessions.map(\.host).filter { seen.insert($0).inserted }
  }

  /// Reads the log at `path`.
  package static func read(path: String) throws(SessionLogError) -> SessionLog {
    let bytes: [UInt8]
    do {
      bytes = try InputByteStream.contents(path: path)
    } catch {
      throw SessionLogError(file: path, message: "cannot read the file: \(error.reason)")
    }
    if let bad = InvalidUTF8.first(in: bytes) {
      throw SessionLogError(file: path, line: bad.line, column: bad.column, message: bad.problem)
    }
    return try parse(String(decoding: bytes, as: UTF8.self), file: path)
  }

  /// Parses `text`; `file` names the source in errors.
  package static func parse(_ text: String, file: String) throws(SessionLogError) -> SessionLog {
    var parser = CSVParser()
    var sessions: [LoginSession] = []
    var sawHeader = false
    var lines: [Int: Substring] = [:]
    var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
    if pieces.last == "" { pieces.removeLast() }
    for (offset, piece) in pieces.enumerated() {
      let crlf = piece.hasSuffix("\r")
      let line = crlf ? piece.dropLast() : piece
      lines[offset + 1] = line
      let record: CSVRecord?
      do {
        record = try parser.consume(line: line, lineBreak: crlf ? "\r\n" : "\n")
      } catch {
        throw SessionLogError(file: file, line: error.line, column: error.column, message: error.message)
      }
      guard let record else { continue }
      if record.fields == [""] { continue }
      func fail(_ field: Int?, _ message: String) -> SessionLogError {
        SessionLogError(file: file, line: record.line,
                        column: field.map { Self.column(of: $0, in: lines[record.line] ?? "") }, message: message)
      }
      if !sawHeader {
        let names = record.fields.map { $0.trimmingSpaces().lowercased() }
        guard names == header else {
          throw fail(nil, "expected the header 'host,start,end', got '\(record.fields.joined(separator: ","))'")
        }
        sawHeader = true
        continue
      }
      guard record.fields.count == header.count else {
        throw fail(nil, "expected 3 columns (host,start,end), got \(record.fields.count)")
      }
      let host = record.fields[0].trimmingSpaces()
      guard !host.isEmpty else { throw fail(0, "host is empty") }
      var times: [SessionTime] = []
      for field in 1...2 {
        let written = Substring(record.fields[field].trimmingSpaces())
        guard let time = SessionTime(written) else {
          throw fail(field, "\(header[field]) '\(written)' is not a time: write an ISO 8601 date and time "
            + "(2024-03-04T09:15:00, optionally with Z or an offset such as +01:00) or Unix seconds")
        }
        times.append(time)
      }
      let duration = times[1].instant - times[0].instant
      guard duration >= 0 else {
        throw fail(2, "end '\(record.fields[2])' is before start '\(record.fields[1])'")
      }
      sessions.append(LoginSession(host: String(host), start: times[0].wallClock, end: times[0].wallClock + duration,
                                   duration: duration, line: record.line))
    }
    do {
      try parser.finish()
    } catch {
      throw SessionLogError(file: file, line: error.line, column: error.column, message: error.message)
    }
    guard sawHeader else { throw SessionLogError(file: file, message: "missing the header 'host,start,end'") }
    guard !sessions.isEmpty else { throw SessionLogError(file: file, message: "the log holds no session") }
    return SessionLog(sessions: sessions, source: file)
  }

  /// The 1-based column where field `index` (0-based) of `line` starts, counting commas
  /// outside double quotes.
  static func column(of index: Int, in line: Substring) -> Int {
    var column = 1
    var field = 0
    var quoted = false
    for character in line {
      if field == index { return column }
      if character == "\"" { quoted.toggle() }
      if character == "," && !quoted { field += 1 }
      column += 1
    }
    return column
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let isBlank = { (character: Character) in character == " " || character == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
    return String(self[first...last])
  }
}
