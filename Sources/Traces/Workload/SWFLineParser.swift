/// Splits an SWF line into fields and converts them to numbers, without building strings
/// except for error messages and header lines.
enum SWFLineParser {
  /// What one line of an SWF file is.
  enum Line {
    /// Empty or only whitespace.
    case blank
    /// A comment (header) line: the text after the `;`.
    case comment(String)
    /// A job line with its 18 field values (`-1` not yet turned into nil).
    case job([Double])
  }

  private static let semicolon = UInt8(ascii: ";")
  private static let minus = UInt8(ascii: "-")
  private static let plus = UInt8(ascii: "+")
  private static let zero = UInt8(ascii: "0")
  private static let nine = UInt8(ascii: "9")

  /// Whether `byte` separates fields (space, tab, vertical tab, form feed, carriage return).
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// Classifies one line and, for a job line, parses its fields.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Line, SWFLineProblem> {
    var index = 0
    while index < bytes.count && isSpace(bytes[index]) { index += 1 }
    if index == bytes.count { return .success(.blank) }
    if bytes[index] == semicolon {
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)...]), as: UTF8.self)
      return .success(.comment(text))
    }
    var values: [Double] = []
    values.reserveCapacity(SWFRecord.fieldCount)
    var found = 0
    var firstProblem: SWFLineProblem?
    while index < bytes.count {
      let tokenStart = index
      while index < bytes.count && !isSpace(bytes[index]) { index += 1 }
      let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])
      found += 1
      if firstProblem == nil && found <= SWFRecord.fieldCount {
        if let value = number(token) {
          if isIntegerField[found] && Int(exactly: value) == nil {
            firstProblem = .notAnInteger(
              field: found, text: String(decoding: token, as: UTF8.self))
          }
          values.append(value)
        } else {
          firstProblem = .notANumber(field: found, text: String(decoding: token, as: UTF8.self))
        }
      }
      while index < bytes.count && isSpace(bytes[index]) { index += 1 }
    }
    // A wrong field count is reported before a bad value: it usually explains the bad value.
    if found != SWFRecord.fieldCount { return .failure(.wrongFieldCount(found: found)) }
    if let firstProblem { return .failure(firstProblem) }
    return .success(.job(values))
  }

  /// The value of a decimal token: an optionally signed integer, or a decimal with a
  /// fraction and/or exponent. Infinities, NaNs and hexadecimal are rejected.
  static func number(_ token: UnsafeBufferPointer<UInt8>) -> Double? {
    guard !token.isEmpty else { return nil }
    var index = 0
    var negative = false
    if token[0] == minus || token[0] == plus {
      negative = token[0] == minus
      index = 1
    }
    guard index < token.count else { return nil }
    var integer = 0
    var isPlainInteger = true
    var position = index
    while position < token.count {
      let byte = token[position]
      guard byte >= zero && byte <= nine else {
        isPlainInteger = false
        break
      }
      let (times10, overflow1) = integer.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - zero))
      if overflow1 || overflow2 {
        isPlainInteger = false
        break
      }
      integer = sum
      position += 1
    }
    if isPlainInteger { return Double(negative ? -integer : integer) }
    for byte in token {
      let allowed =
        (byte >= zero && byte <= nine) || byte == minus || byte == plus
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
      guard allowed else { return nil }
    }
    guard let value = Double(String(decoding: token, as: UTF8.self)), value.isFinite else {
      return nil
    }
    return value
  }

  /// Whether each 1-based field must be an integer (index 0 unused).
  private static let isIntegerField: [Bool] = (0...SWFRecord.fieldCount).map {
    SWFRecord.integerFields.contains($0)
  }

  /// Builds a record from the 18 values of a job line that ``parse(_:)`` accepted.
  static func record(_ values: [Double], lineNumber: Int) -> SWFRecord {
    func real(_ field: Int) -> Double? {
      let value = values[field - 1]
      return value == -1 ? nil : value
    }
    func whole(_ field: Int) -> Int? {
      let value = Int(values[field - 1])
      return value == -1 ? nil : value
    }
    return SWFRecord(
      lineNumber: lineNumber, jobNumber: Int(values[0]), submitTime: real(2),
      waitTime: real(3), runTime: real(4), allocatedProcessors: whole(5),
      averageCPUTime: real(6), usedMemory: real(7), requestedProcessors: whole(8),
      requestedTime: real(9), requestedMemory: real(10), status: whole(11), userID: whole(12),
      groupID: whole(13), executableNumber: whole(14), queueNumber: whole(15),
      partitionNumber: whole(16), precedingJobNumber: whole(17), thinkTime: real(18))
  }
}
