import CSVCodec

/// Splits the CSV lines the output files hold back into cells: a facade over ``CSVParser``
/// (RFC 4180, the project's one CSV codec).
package enum CSVReader {
  /// The cells of one complete line (without its line break).
  ///
  /// A line that is not a whole CSV record on its own (a stray quote, text after a closing
  /// quote, a carriage return outside quotes, or a quoted field left open) has no cells: the
  /// result is empty, which no caller's column count accepts. Use ``record(_:)`` for the reason.
  package static func cells(_ line: Substring) -> [String] {
    (try? record(line)) ?? []
  }

  /// The fields of one complete line (without its line break).
  ///
  /// - Throws: ``CSVSyntaxError`` (line 1, the column of the problem) when the line is not a
  ///   whole CSV record, including a quoted field left open at its end.
  package static func record(_ line: Substring) throws(CSVSyntaxError) -> [String] {
    var parser = CSVParser()
    guard let record = try parser.consume(line: line) else {
      try parser.finish()
      return []
    }
    return record.fields
  }
}
