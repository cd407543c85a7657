/// What is wrong with one line of an SWF file.
package enum SWFLineProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// The line does not have the 18 whitespace-separated fields of SWF 2.2.
  case wrongFieldCount(found: Int)
  /// A field (1-based, in SWF order) is not a finite decimal number.
  case notANumber(field: Int, text: String)
  /// A field that holds a count or an identifier (1-based, in SWF order) has a fractional
  /// part or does not fit in an `Int`.
  case notAnInteger(field: Int, text: String)
  /// The line is longer than the reader's buffer (its chunk size, in bytes).
  case lineTooLong(limit: Int)
  /// The line is not valid UTF-8: the 1-based column and value of its first bad byte.
  case invalidUTF8(column: Int, byte: UInt8)

  /// A one-line explanation, e.g. `field 4 (run time) is not a number: "12x"`.
  package var description: String {
    switch self {
    case .wrongFieldCount(let found):
      return "expected \(SWFRecord.fieldCount) fields, found \(found)"
    case .notANumber(let field, let text):
      return "field \(field) (\(SWFRecord.fieldName(field))) is not a number: \"\(text)\""
    case .notAnInteger(let field, let text):
      return "field \(field) (\(SWFRecord.fieldName(field))) is not an integer: \"\(text)\""
    case .lineTooLong(let limit):
      return "line is longer than the \(limit)-byte read buffer"
    case .invalidUTF8(let column, let byte):
      return InvalidUTF8(line: 1, column: column, byte: byte).description
    }
  }
}
