/// How values are written into CSV cells, identically on every run.
package enum CSVFormat {
  /// A number in Swift's shortest round-trip form; NaN and infinities become an empty cell.
  package static func number(_ value: Double) -> String {
    value.isFinite ? String(describing: value) : ""
  }

  /// A text cell, quoted when it holds a comma, quote or newline.
  package static func text(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One CSV line from cells.
  package static func row(_ cells: [String]) -> String {
    cells.joined(separator: ",") + "\n"
  }
}
