import Foundation
import Model
import Testing

@testable import Scenario

/// The key declarations (``ScenarioSchema``) against what `describe` writes and what
/// validation rejects.
@Suite("Key declarations")
struct KeyDeclarationTests {
  /// The declared keys by path, list items as `[]`.
  static var declared: [String: KeyInfo] { Dictionary(ScenarioSchema.declaredKeys.map { ($0.path, $0.info) }, uniquingKeysWith: { a, _ in a }) }

  /// The key paths written in a scenario text, list items as `[]`, not looking inside values
  /// the declarations treat as one value (distributions, the trace mapping).
  static func writtenPaths(_ text: String) throws -> Set<String> {
    let declared = Self.declared
    var paths: Set<String> = []
    func visit(_ node: ScenarioNode, at path: String) {
      guard case .mapping(let entries) = node.content else { return }
      for entry in entries {
        let keyPath = KeyPath.join(path, entry.key)
        paths.insert(keyPath)
        guard let info = declared[keyPath], !info.tables.isEmpty else { continue }
        if info.isList, case .sequence(let items) = entry.value.content {
          for item in items { visit(item, at: keyPath + "[]") }
        } else {
          visit(entry.value, at: keyPath)
        }
      }
    }
    visit(try ScenarioNode.parse(yaml: text) { Fixture.at($0, $1) }, at: "")
    return paths
  }

  @Test("describe writes every declared key of a fully specified scenario, and nothing undeclared")
  func describeWritesEveryKey() throws {
    let full = try FullScenario()
    defer { full.remove() }
    let declared = Self.declared
    var written: Set<String> = []
    for text in try full.described() {
      let paths = try Self.writtenPaths(text)
      #expect(paths.isSubset(of: Set(declared.keys)), "undeclared: \(paths.subtracting(declared.keys).sorted())")
      written.formUnion(paths)
    }
    let shorthands = Set(declared.filter { !$0.value.isWritten }.keys)
    #expect(shorthands == [
      "hosts[].vm_profile.file", "timetable.week.every_day", "timetable.week.weekdays", "timetable.week.weekend",
      "owners.arrivals.profile.every_day", "owners.arrivals.profile.weekdays", "owners.arrivals.profile.weekend",
    ])
    #expect(written.isDisjoint(with: shorthands))
    let missing = Set(declared.keys).subtracting(shorthands).subtracting(written)
    #expect(missing.isEmpty, "declared but not written: \(missing.sorted())")
  }

  @Test("the fully specified scenario's variants round-trip through describe")
  func fullScenarioRoundTrips() throws {
    let full = try FullScenario()
    defer { full.remove() }
    for overrides in FullScenario.variants {
      let scenario = try Fixture.parse(FullScenario.text, overrides: overrides, baseDirectory: full.directory)
      let text = ScenarioWriter.yaml(scenario.config, output: scenario.output)
      let again = try Scenario.parse(yaml: text, path: "written.yaml")
      #expect(again.config == scenario.config, "written as:\n\(text)")
      #expect(again.output == scenario.output)
    }
  }

  /// `text` with the value at `location` (written as `old`) replaced by `new`.
  static func replacing(_ old: String, at location: ScenarioLocation, in text: String, with new: String) -> String? {
    guard case .file(_, let line, let column) = location else { return nil }
    var lines = text.components(separatedBy: "\n")
    let chars = Array(lines[line - 1])
    guard chars.count >= column - 1 + old.count, String(chars[(column - 1)..<(column - 1 + old.count)]) == old else {
      return nil
    }
    lines[line - 1] = String(chars[..<(column - 1)]) + new + String(chars[(column - 1 + old.count)...])
    return lines.joined(separator: "\n")
  }

  /// Every error a scenario text gives, thrown while decoding or found by validation.
  static func problems(_ text: String) -> [ScenarioError] {
    do {
      _ = try Scenario.parse(yaml: text, path: Fixture.file)
      return []
    } catch let error as ScenarioError {
      return [error]
    } catch let errors as ScenarioErrors {
      return errors.errors
    } catch {
      return []
    }
  }

  @Test("every duration key, and every distribution, rejects -5s, .inf and nan at its position")
  func durationsRejectNegativeAndNonFinite() throws {
    let full = try FullScenario()
    defer { full.remove() }
    let texts = try full.described()
    let trees = try texts.map { text in try ScenarioNode.parse(yaml: text) { Fixture.at($0, $1) } }
    let timeKeys = Self.declared.filter { $0.value.category != .other && !$0.value.isList }.keys.sorted()
    #expect(timeKeys.contains("batch.condor.desktop.cpu_busy_time"))
    // Every key typed as a duration or distribution is among them (none escapes the check
    // through a wrong category), and nothing else is.
    let typedAsTime = Self.declared.filter { ["duration", "distribution"].contains($0.value.typeName) && !$0.value.isList }
    #expect(Set(typedAsTime.keys) == Set(timeKeys))
    for declaredPath in timeKeys {
      let path = declaredPath.replacingOccurrences(of: "[]", with: "[0]")
      guard let index = trees.firstIndex(where: { $0.node(at: path) != nil }),
        let value = trees[index].node(at: path)
      else {
        Issue.record("\(path) is not written by any variant of the full scenario")
        continue
      }
      for bad in ["-5s", ".inf", "nan"] {
        guard let text = Self.replacing(value.inlineText, at: value.location, in: texts[index], with: bad) else {
          Issue.record("\(path): cannot find '\(value.inlineText)' at \(value.location)")
          continue
        }
        let problems = Self.problems(text)
        let expectedPaths = [path, "\(path).constant.value"]
        #expect(problems.contains { expectedPaths.contains($0.path) && $0.location == value.location },
                "\(path): \(bad) gave \(problems.map(\.description))")
      }
    }
  }

  @Test("batch.condor.desktop.cpu_busy_time: -5s is rejected at the value")
  func negativeCPUBusyTime() throws {
    let yaml = Fixture.minimal + "\nbatch:\n  system: condor\n  condor:\n    desktop: {cpu_busy_time: -5s}"
    let errors = try #require(throws: ScenarioErrors.self) { try Fixture.parse(yaml) }.errors
    #expect(errors.map(\.path) == ["batch.condor.desktop.cpu_busy_time"])
    #expect(errors.first?.location == Fixture.locate("-5s", in: yaml))
    #expect(errors.first?.message == "must be 0 or more, got -5s")
  }

  @Test("every key table has keys, and names are unique within a table")
  func tablesAreWellFormed() {
    for (path, table) in ScenarioSchema.keyTables {
      let names = table.keys.map(\.name)
      #expect(!names.isEmpty, "\(path)")
      #expect(Set(names).count == names.count, "\(path): \(names)")
    }
  }
}
