import Foundation
import Testing

@testable import Experiments

/// docs/model.md §9's metric table is the catalogue's own Markdown, between the markers
/// `<!-- metric-catalogue:begin -->` and `<!-- metric-catalogue:end -->`. Set
/// `HARVESTSIM_WRITE_CATALOGUE=1` to rewrite it (with the JSON copy, `MetricCatalogueTests`).
@Suite("Metric catalogue in docs/model.md")
struct MetricCatalogueDocumentTests {
  static let modelPath = CommandLineTests.packageRoot.appendingPathComponent("docs/model.md")
  static let begin = "<!-- metric-catalogue:begin -->\n"
  static let end = "<!-- metric-catalogue:end -->"

  /// The text between the markers, and the document with `table` put there instead.
  static func split(_ document: String, replacingWith table: String) throws -> (current: String, rewritten: String) {
    let start = try #require(document.range(of: begin), "docs/model.md has no \(begin)")
    let stop = try #require(document.range(of: end, range: start.upperBound..<document.endIndex),
                            "docs/model.md has no \(end) after the begin marker")
    let current = String(document[start.upperBound..<stop.lowerBound])
    let rewritten = String(document[..<start.upperBound]) + table + String(document[stop.lowerBound...])
    return (current, rewritten)
  }

  @Test("docs/model.md §9's table is the catalogue's markdownTable()")
  func modelTableIsCurrent() throws {
    let expected = MetricCatalogue.markdownTable()
    var document = try String(contentsOf: Self.modelPath, encoding: .utf8)
    if ProcessInfo.processInfo.environment["HARVESTSIM_WRITE_CATALOGUE"] == "1" {
      let rewritten = try Self.split(document, replacingWith: expected).rewritten
      if rewritten != document { try rewritten.write(to: Self.modelPath, atomically: true, encoding: .utf8) }
      document = rewritten
    }
    let current = try Self.split(document, replacingWith: expected).current
    #expect(current == expected, "rerun with HARVESTSIM_WRITE_CATALOGUE=1 swift test --filter MetricCatalogue")
  }

  @Test("every metric is in the table once, by its backquoted name")
  func everyMetricIsListed() throws {
    let document = try String(contentsOf: Self.modelPath, encoding: .utf8)
    let table = try Self.split(document, replacingWith: "").current
    let rows = table.split(separator: "\n").filter { $0.hasPrefix("| `") }
    #expect(rows.map { $0.split(separator: "`")[1] } == MetricCatalogue.metrics.map { Substring($0.name) })
  }

  @Test("the markers are found, and a rewrite replaces only what lies between them")
  func rewriteKeepsTheRestOfTheDocument() throws {
    let document = "intro\n\(Self.begin)| old |\n\(Self.end)\noutro\n"
    let (current, rewritten) = try Self.split(document, replacingWith: "| new |\n")
    #expect(current == "| old |\n")
    #expect(rewritten == "intro\n\(Self.begin)| new |\n\(Self.end)\noutro\n")
  }
}
