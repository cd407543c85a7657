import CSVCodec

/// How values are written into CSV cells, identically on every run: a facade over
/// ``CSVWriter`` (the project's one CSV codec) for the output files' number and text cells.
package enum CSVFormat {
  /// A number in Swift's shortest round-trip form; NaN and infinities become an empty cell.
  /// (Such a cell never needs quoting.)
  package static func number(_ value: Double) -> String {
    value.isFinite ? String(describing: value) : ""
  }

  /// A text cell as ``CSVWriter/field(_:)`` writes it: unchanged, or quoted with its quotes
  /// doubled when it holds a comma, a double quote, a carriage return or a line feed.
  package static func text(_ value: String) -> String {
    CSVWriter.field(value)
  }

  /// One CSV line from cells that are already encoded (by ``number(_:)``, ``text(_:)``, or
  /// integers and names that need no quoting): joined by commas, ending with `"\n"`, as
  /// ``CSVWriter/row(_:)`` ends its rows.
  ///
  /// For values that are not yet encoded, use ``CSVWriter/row(_:)`` directly.
  package static func row(_ cells: [String]) -> String {
    cells.joined(separator: ",") + "\n"
  }
}
