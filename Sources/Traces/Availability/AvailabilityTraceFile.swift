/// Reads a plain-text trace file and splits it into lines, refusing compressed
/// input with an instruction to decompress it.
enum AvailabilityTraceFile {
  /// The file's text. Throws if it is not a regular file, cannot be read, is xz/gzip-compressed,
  /// or is not UTF-8 (at the line of the first bad byte).
  static func text(path: String) throws(AvailabilityTraceError) -> String {
    let bytes: [UInt8]
    do {
      bytes = try InputFile.bytes(path: path)
    } catch {
      throw AvailabilityTraceError(file: path, line: nil, message: "cannot read the file: \(error.reason)")
    }
    let xzMagic: [UInt8] = [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]
    if bytes.starts(with: xzMagic) || path.hasSuffix(".xz") {
      throw AvailabilityTraceError(file: path, line: nil,
                                   message: "the file is xz-compressed; decompress it first: xz -d \(path)")
    }
    if bytes.starts(with: [0x1F, 0x8B]) || path.hasSuffix(".gz") {
      throw AvailabilityTraceError(file: path, line: nil,
                                   message: "the file is gzip-compressed; decompress it first: gunzip \(path)")
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
