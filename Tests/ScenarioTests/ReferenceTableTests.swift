import Foundation
import Testing

@testable import Scenario

/// The key tables of docs/scenario-reference.md against the key declarations: each table
/// follows a `<!-- keys: PATH -->` marker, and its keys, types and defaults must be the
/// declared ones, in both directions.
@Suite("docs/scenario-reference.md key tables")
struct ReferenceTableTests {
  /// One row of a doc table: key, type and default cells.
  struct Row {
    let key: String
    let type: String
    let defaultText: String
  }

  /// The tables of the reference, by the path of their marker.
  static func documentedTables() throws -> [String: [Row]] {
    let url = Fixture.packageRoot().appendingPathComponent("docs/scenario-reference.md")
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    var tables: [String: [Row]] = [:]
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("<!-- keys: "), trimmed.hasSuffix(" -->") else { continue }
      let id = String(trimmed.dropFirst("<!-- keys: ".count).dropLast(" -->".count))
      #expect(tables[id] == nil, "two tables for \(id)")
      let table = lines[(index + 1)...].drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        .prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("|") }
      tables[id] = table.dropFirst(2).map { row in
        let cells = Self.cells(row)
        return Row(key: cells[0].replacingOccurrences(of: "`", with: ""), type: cells.count > 1 ? cells[1] : "",
                   defaultText: cells.count > 2 ? cells[2] : "")
      }
    }
    return tables
  }

  /// The cells of a table row; a `|` inside a code span or escaped does not split them.
  static func cells(_ row: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var inCode = false
    var previous: Character = " "
    for character in row.trimmingCharacters(in: .whitespaces).dropFirst() {
      if character == "`" { inCode.toggle() }
      if character == "|" && !inCode && previous != "\\" {
        cells.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    return cells
  }

  /// The text of the first code span of `text`.
  static func firstCodeSpan(_ text: String) -> String? {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    return parts.count >= 3 ? String(parts[1]) : nil
  }

  /// Whether a doc's default cell states `declared`.
  static func matches(_ cell: String, _ declared: DefaultDoc, hasTables: Bool) -> Bool {
    switch declared {
    case .required: return cell.hasPrefix("**required**")
    case .described(let text): return cell.hasPrefix(text)
    case .value(_, let reads):
      if hasTables && cell == "see below" { return true }
      return firstCodeSpan(cell).map(reads) ?? false
    }
  }

  @Test("every declared key table is in the reference, and every table there is declared")
  func sameTables() throws {
    let documented = Set(try Self.documentedTables().keys)
    let declared = Set(ScenarioSchema.keyTables.map { Self.id($0.path, $0.table) })
    #expect(declared.subtracting(documented).isEmpty, "not in the docs: \(declared.subtracting(documented).sorted())")
    #expect(documented.subtracting(declared).isEmpty, "not declared: \(documented.subtracting(declared).sorted())")
  }

  @Test("each table lists the declared keys with their types and defaults")
  func sameRows() throws {
    let documented = try Self.documentedTables()
    for (path, table) in ScenarioSchema.keyTables {
      let id = Self.id(path, table)
      guard let rows = documented[id] else { continue }
      #expect(rows.map(\.key) == table.keys.map(\.name), "\(id): keys")
      for key in table.keys {
        guard let row = rows.first(where: { $0.key == key.name }) else { continue }
        #expect(row.type == key.typeName, "\(id).\(key.name): type '\(row.type)', declared '\(key.typeName)'")
        #expect(Self.matches(row.defaultText, key.defaultDoc, hasTables: !key.tables.isEmpty),
                "\(id).\(key.name): default '\(row.defaultText)', declared \(key.defaultDoc)")
      }
    }
  }

  @Test("a default in the docs is compared by value, so a wrong one is caught")
  func defaultsCompareByValue() throws {
    let statusUpdate = try #require(ScenarioSchema.declaredKeys.first { $0.path == "batch.torque.status_update" }?.info)
    #expect(Self.matches("`45s`", statusUpdate.defaultDoc, hasTables: false))
    #expect(Self.matches("`45` (seconds)", statusUpdate.defaultDoc, hasTables: false))
    #expect(!Self.matches("`30s`", statusUpdate.defaultDoc, hasTables: false))
    #expect(!Self.matches("**required**", statusUpdate.defaultDoc, hasTables: false))
    #expect(Self.cells("| `a` | `x|y` | b\\|c |") == ["`a`", "`x|y`", "b\\|c"])
  }

  /// A table's marker text: its path (`(top level)` for the root) and its form in parentheses.
  static func id(_ path: String, _ table: KeyTable) -> String {
    (path.isEmpty ? "(top level)" : path) + (table.form.map { " (\($0))" } ?? "")
  }
}
