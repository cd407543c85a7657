/// Reads a trace file's text, decompressing gzip, xz and bzip2 on the fly
/// (``InputByteStream``), and splits it into lines.
enum AvailabilityTraceFile {
  /// The file's text, decompressed if it is compressed. Throws if it is not a regular file,
  /// cannot be read, is a damaged archive, or is not UTF-8 (at the line of the first bad byte
  /// of the decompressed text).
  static func text(path: String) throws(AvailabilityTraceError) -> String {
    let bytes: [UInt8]
    do {
      bytes = try InputByteStream.contents(path: path)
    } catch {
      throw AvailabilityTraceError(file: path, line: nil, message: "cannot read the file: \(error.reason)")
    }
    if let bad = InvalidUTF8.first(in: bytes) {
      throw AvailabilityTraceError(file: path, line: bad.line, message: bad.description)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Calls `body(lineNumber, line)` for every line (1-based numbers), without the
  /// line terminator (`\n` or `\r\n`).
  static func forEachLine(
    _ text: String, _ body: (Int, Substring) throws(AvailabilityTraceError) -> Void
  ) throws(AvailabilityTraceError) {
    var number = 0
    for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      var line = Substring(raw)
      if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
      try body(number, line)
    }
  }

  /// `field` without leading and trailing spaces and tabs.
  static func trimmed(_ field: Substring) -> Substring {
    let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    guard let first = field.utf8.firstIndex(where: { !isBlank($0) }),
          let last = field.utf8.lastIndex(where: { !isBlank($0) })
    else { return field[field.endIndex...] }
    return field[first...last]
  }

  /// `line` split at `separator` into trimmed fields.
  static func fields(_ line: Substring, separator: UInt8) -> [Substring] {
    line.utf8.split(separator: separator, omittingEmptySubsequences: false).map { trimmed(Substring($0)) }
  }
}
