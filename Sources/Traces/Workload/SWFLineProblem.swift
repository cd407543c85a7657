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
  /// A job of `processors` processors would become more serial tasks under
  /// ``MultiProcessorPolicy/split`` than ``WorkloadOptions/maximumTasksPerJob`` allows.
  case tooManyTasks(job: Int, processors: Int, maximum: Int)
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
    case .tooManyTasks(let job, let processors, let maximum):
      return "job \(job) has \(processors) processors: multiprocessor split would make it \(processors) "
        + "serial tasks, all queued at once, and at most \(maximum) tasks per job are allowed (a fixed limit, "
        + "no setting raises it); use multiprocessor cap (one job on the widest PC) or reject (skip "
        + "multi-processor jobs), or remove the job from the trace"
    case .invalidUTF8(let column, let byte):
      return InvalidUTF8(line: 1, column: column, byte: byte).description
    }
  }
}
