import Foundation
import Testing

@testable import Scenario

/// YAML aliases copy their anchored value, up to ``AliasExpansion/limit`` values per file;
/// an alias bomb is refused from its written size, at the alias past the limit.
@Suite("YAML alias limit")
struct AliasLimitTests {
  /// The "billion laughs" shape: 10 scalars, then 9 levels of 10 aliases to the level below
  /// (10^10 scalars expanded), each level a key of a mapping indented by `indent`.
  static func bomb(indent: String = "") -> String {
    var lines = [indent + "l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
    for level in 1...9 {
      lines.append(indent + "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The message for the bomb at `file` (indented by `indent` columns, starting at `firstLine`):
  /// the eighth `*l3` (on level 4) takes the copies past 100 000 (110 + 1 110 + 11 110 by
  /// levels 1–3, then 11 111 each).
  static func expected(_ file: String, firstLine: Int, indent: Int = 0) -> String {
    let line = firstLine + 4, anchorLine = firstLine + 3
    return "\(file):\(line):\(indent + 45): YAML alias '*l3' copies 11111 values (anchor '&l3' at "
      + "\(file):\(anchorLine):\(indent + 5)), taking the values copied by aliases past the limit of 100000; "
      + "write the values out, or use fewer or smaller aliases"
  }

  /// Runs `body`, which must throw a ``ScenarioError``, and returns it with the seconds it took.
  static func timed(_ body: () throws -> Void) throws -> (ScenarioError, Double) {
    let start = Date()
    let error = try #require(throws: ScenarioError.self) { try body() }
    return (error, Date().timeIntervalSince(start))
  }

  @Test("the bomb is measured in one pass over its written events, stopping at the alias past the limit")
  func workDone() {
    let expansion = AliasExpansion(yaml: Self.bomb())
    #expect(expansion.eventsRead < 100)
    #expect(expansion.copiedValues == 12_330 + 8 * 11_111)
    #expect(expansion.excess?.alias == "l3")
    #expect(expansion.excess?.copies == 11_111)
  }

  @Test("a bomb in a scenario fails fast at the alias, naming the anchor")
  func scenario() throws {
    let yaml = "name: bomb\nduration: 1d\n" + Self.bomb()
    let (error, seconds) = try Self.timed { _ = try Fixture.parse(yaml) }
    #expect(error.description == Self.expected(Fixture.file, firstLine: 3))
    #expect(seconds < 5)
  }

  @Test("a bomb in a sweep plan fails fast at the alias")
  func sweepPlan() throws {
    let yaml = "base: ../paper-lab.yaml\nvary:\n  - {path: seed, values: [1, 2]}\nset:\n" + Self.bomb(indent: "  ")
    let (error, seconds) = try Self.timed {
      _ = try SweepPlanReader.parse(yaml: yaml, path: "plan.yaml", directory: SweepPlanTests.scenarios.appendingPathComponent("sweeps"))
    }
    #expect(error.description == Self.expected("plan.yaml", firstLine: 5, indent: 2))
    #expect(seconds < 5)
  }

  @Test("a bomb in a variants file fails fast at the alias")
  func variants() throws {
    let yaml = "variants:\n  a: {}\n  b: {}\nbombs:\n" + Self.bomb(indent: "  ")
    let (error, seconds) = try Self.timed {
      _ = try VariantsReader.parse(yaml: yaml, path: "variants.yaml", scenario: VariantsReaderTests.paperLab)
    }
    #expect(error.description == Self.expected("variants.yaml", firstLine: 5, indent: 2))
    #expect(seconds < 5)
  }

  @Test("a bomb used as a mapping key fails before Yams hashes the key")
  func keyBomb() throws {
    let yaml = Self.bomb() + "? *l9\n: 1\n"
    let (error, seconds) = try Self.timed { _ = try ScenarioNodeTests.parse(yaml) }
    #expect(error.description == Self.expected(Fixture.file, firstLine: 1))
    #expect(seconds < 5)
  }

  @Test("a bomb in a --set value fails at the override")
  func override() throws {
    let value = "{" + Self.bomb().split(separator: "\n").joined(separator: ", ") + "}"
    let (error, _) = try Self.timed { _ = try Fixture.parse(Fixture.minimal, overrides: ["description=\(value)"]) }
    #expect(error.location == .override("description=\(value)"))
    #expect(error.message.hasPrefix("YAML alias '*l3' copies 11111 values (anchor '&l3' in the same value), "))
  }

  @Test("aliases within the limit are copies; the limit counts nested aliases")
  func withinLimit() throws {
    let yaml = """
      name: lab
      duration: 1d
      hosts:
        - &group {count: 2, cores: 2, availability: {up: {exponential: {mean: 1d}}, down: 1h}}
        - *group
      workload:
        arrival: &every {exponential: {mean: 30m}}
        runtime: *every
      """
    let config = try Fixture.parse(yaml).config
    #expect(config.hostGroups.map(\.count) == [2, 2])
    #expect(config.hostGroups.map(\.cores) == [2, 2])

    let nested = "a: &a [x, y]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    // *a copies 3 values (the list and its two items); *b copies 7.
    #expect(AliasExpansion(yaml: nested).copiedValues == 2 * 3 + 2 * 7)
    #expect(AliasExpansion(yaml: nested, limit: 20).excess == nil)
    let over = try #require(AliasExpansion(yaml: nested, limit: 19).excess)
    #expect(over.alias == "b" && over.line == 3 && over.column == 9 && over.copies == 7)
    #expect(over.anchorLine == 2 && over.anchorColumn == 4)
  }

  @Test("an undefined alias and a syntax error are still reported by the YAML reader")
  func otherErrorsUnchanged() throws {
    let undefined = try #require(throws: ScenarioError.self) { try ScenarioNodeTests.parse("a: *nowhere\n") }
    #expect(undefined.description == "test.yaml:1:4: YAML error: found undefined alias")
    let syntax = try #require(throws: ScenarioError.self) { try ScenarioNodeTests.parse("a: &x [1, 2\nb: *x\n") }
    #expect(syntax.message.hasPrefix("YAML syntax error"))
  }
}
