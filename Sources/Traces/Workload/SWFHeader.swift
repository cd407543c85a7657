/// The comment lines (`;`) before the first job line of an SWF file, with the standard
/// fields that matter for a simulation parsed out.
///
/// Header lines have the form `; Key: value`. Comment lines that come after the first job
/// line are skipped and are not part of the header.
package struct SWFHeader: Equatable, Sendable {
  /// At most this many header lines are kept; further ones are read but not stored, so a
  /// file of nothing but comments cannot exhaust memory.
  package static let maximumStoredLines = 1_000

  /// The text of each header line after its `;`, in file order (at most
  /// ``maximumStoredLines``).
  package private(set) var lines: [String] = []

  /// Creates a header from the text of its lines (each without the leading `;`).
  package init(lines: [String] = []) {
    for line in lines { append(line) }
  }

  /// `; Version:` (e.g. "2.2"), if present.
  package var version: String? { value(forKey: "Version") }
  /// `; MaxProcs:`, the number of processors in the machine, if present and an integer.
  package var maxProcs: Int? { value(forKey: "MaxProcs").flatMap { Int($0) } }
  /// `; MaxNodes:`, the number of nodes in the machine, if present and an integer.
  package var maxNodes: Int? { value(forKey: "MaxNodes").flatMap { Int($0) } }
  /// `; UnixStartTime:`, the Unix time (seconds) that submit time 0 stands for, if present
  /// and an integer.
  package var unixStartTime: Int? { value(forKey: "UnixStartTime").flatMap { Int($0) } }

  /// The value of the first `; Key: value` line whose key equals `key` (case-sensitive),
  /// with surrounding whitespace removed.
  package func value(forKey key: String) -> String? {
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      if trimmed(line[..<colon]) == key {
        return trimmed(line[line.index(after: colon)...])
      }
    }
    return nil
  }

  /// Adds one header line (the text after its `;`).
  mutating func append(_ line: String) {
    if lines.count < Self.maximumStoredLines { lines.append(line) }
  }

  private func trimmed(_ text: Substring) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !isSpace($0) }),
      let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[first...last])
  }
}
