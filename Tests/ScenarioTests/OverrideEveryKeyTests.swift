import Foundation
import PropertyBased
import Testing

@testable import Scenario

/// `--set` on every declared key, with values valid and invalid for its type: the override
/// either applies, or the scenario is refused with an error at the override itself.
struct OverrideEveryKeyTests {
  /// Every declared key path, list items at index 0 (`hosts.0.count`), and the value
  /// `describe` writes for it in the full scenario (nil where the full scenario has none).
  static func keysWithWrittenValues(_ full: FullScenario) throws -> [(path: String, value: String?)] {
    let written = try ScenarioNode.parse(yaml: try full.described()[0]) { Fixture.at($0, $1) }
    return ScenarioSchema.declaredKeys.map { key in
      let path = key.path.replacingOccurrences(of: "[]", with: ".0")
      return (path, written.node(at: path).map(flow))
    }
  }

  /// A node as one line of flow YAML, every scalar double-quoted.
  static func flow(_ node: ScenarioNode) -> String {
    switch node.content {
    case .scalar(let text):
      return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .sequence(let items):
      return "[" + items.map(flow).joined(separator: ", ") + "]"
    case .mapping(let entries):
      return "{" + entries.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
    }
  }

  /// Values that are wrong for most keys: malformed YAML, other types, numbers out of range
  /// or in spellings the scenario language does not use, and a long string.
  static let hostileValues = [
    "", "[", "{a: 1", "{}", "[]", "-1", "0", "-0s", "1e309", "nan", "-inf", "0x10", "1_000", "abc", "true",
    "\"\"", "[1, 2]", "{unknown: 1}", "1e-400s", "99999999999999999999", String(repeating: "9", count: 5_000),
  ]

  /// Applies `path=value` to the full scenario: nil when it applied or was refused with an
  /// error at the override, else what went wrong.
  static func misplaced(_ path: String, _ value: String, _ full: FullScenario) -> String? {
    let override = "\(path)=\(value)"
    do {
      _ = try Fixture.parse(FullScenario.text, overrides: [override], baseDirectory: full.directory)
      return nil
    } catch let error as ScenarioError {
      return error.location == .override(override) ? nil : "\(override.prefix(60)): \(error)"
    } catch let errors as ScenarioErrors {
      return errors.errors.contains { $0.location == .override(override) } ? nil : "\(override.prefix(60)): \(errors)"
    } catch {
      return "\(override.prefix(60)): unexpected \(type(of: error)): \(error)"
    }
  }

  /// Checks `path=value`, recording an issue when it is misplaced.
  static func check(_ path: String, _ value: String, _ full: FullScenario) {
    if let problem = misplaced(path, value, full) { Issue.record(Comment(rawValue: problem)) }
  }

  @Test func aRuleBetweenTwoKeysThatAnOverrideBreaksPointsAtTheOverride() throws {
    let yaml = Fixture.minimal.replacingOccurrences(of: "duration: 10d", with: "duration: 10d\nwarmup: 2d")
    // The rule is warmup's (shorter than duration), the override is duration's.
    let error = try #require(refusal(["seed=3", "duration=1d", "name=x"], yaml))
    #expect(error.path == "warmup")
    #expect(error.location == .override("duration=1d"))
    #expect(error.message == "must be at least 0 and shorter than duration (1d), got 2d")
    // The same problem in the file itself stays at the file's line.
    let inFile = try #require(refusal(["seed=3"], yaml.replacingOccurrences(of: "warmup: 2d", with: "warmup: 20d")))
    #expect(inFile.location == Fixture.at(3, 9))
  }

  /// The single error parsing `yaml` with `overrides` gives.
  private func refusal(_ overrides: [String], _ yaml: String) -> ScenarioError? {
    do {
      _ = try Fixture.parse(yaml, overrides: overrides)
    } catch let errors as ScenarioErrors {
      return errors.errors.count == 1 ? errors.errors[0] : nil
    } catch {
      return error as? ScenarioError
    }
    return nil
  }

  @Test func everyKeyTakesItsOwnValueBack() throws {
    let full = try FullScenario()
    defer { full.remove() }
    for (path, value) in try Self.keysWithWrittenValues(full) {
      guard let value else { continue }
      do {
        _ = try Fixture.parse(FullScenario.text, overrides: ["\(path)=\(value)"], baseDirectory: full.directory)
      } catch {
        Issue.record("--set \(path)=\(value) (the value describe writes) was refused: \(error)")
      }
    }
  }

  @Test func everyKeyRefusesHostileValuesAtTheOverride() throws {
    let full = try FullScenario()
    defer { full.remove() }
    // One issue per key, with its first misplaced value, so a broken key reads as one line.
    for (path, _) in try Self.keysWithWrittenValues(full) {
      let problems = Self.hostileValues.compactMap { Self.misplaced(path, $0, full) }
      if let first = problems.first { Issue.record(Comment(rawValue: "\(problems.count) misplaced, e.g. \(first)")) }
    }
  }

  @Test func randomScenariosRoundTripThroughDescribe() async throws {
    // Scenarios made by random overrides of the full scenario (those that apply): what
    // `describe` writes reads back to the same configuration and output, and writes the same text.
    let full = try FullScenario()
    defer { full.remove() }
    let keys = try Self.keysWithWrittenValues(full).filter { $0.value != nil }
    let numbers = ["1", "2", "3", "0.5", "0.25", "10", "90s", "15m", "8h", "2d", "1w", "true", "false"]
    let input = zip(Gen.int(in: 0...(keys.count - 1)), Gen.int(in: 0...(numbers.count - 1)),
                    Gen.int(in: 0...(FullScenario.variants.count - 1)))
    var applied = 0
    await propertyCheck(count: 500, input: input) { key, number, variant in
      let overrides = FullScenario.variants[variant] + ["\(keys[key].path)=\(numbers[number])"]
      guard let scenario = try? Fixture.parse(FullScenario.text, overrides: overrides, baseDirectory: full.directory)
      else { return }
      applied += 1
      let (text, again) = try WriterRoundTripTests.reparse(scenario, baseDirectory: full.directory)
      #expect(again.config == scenario.config, "\(overrides) written as:\n\(text)")
      #expect(again.output == scenario.output)
      #expect(ScenarioWriter.yaml(again.config, output: again.output) == text)
    }
    // Enough of them applied for the check to mean something.
    #expect(applied >= 50)
  }

  @Test func randomTextOnRandomKeysAppliesOrFailsAtTheOverride() async throws {
    let full = try FullScenario()
    defer { full.remove() }
    let paths = try Self.keysWithWrittenValues(full).map(\.path)
    let characters = Array("0123456789.-+eE:smhdwGiBMb/ {}[],abcxyz\"'#&*!|>")
    let input = zip(Gen.int(in: 0...(paths.count - 1)),
                    Gen.int(in: 0...(characters.count - 1)).array(of: 0...12))
    await propertyCheck(count: 2_000, input: input) { key, text in
      Self.check(paths[key], String(text.map { characters[$0] }), full)
    }
  }
}
