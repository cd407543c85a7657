/// One CSV record: its fields, unquoted, and the 1-based line of the input on which it starts.
///
/// A record whose quoted field holds a line break spans several lines; `line` is the first.
public struct CSVRecord: Equatable, Sendable {
  /// The 1-based line number of the input on which the record starts.
  public let line: Int
  /// The record's fields, in order, with quotes removed and doubled quotes made single.
  public let fields: [String]

  /// A record starting on `line` with `fields`.
  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }
}
