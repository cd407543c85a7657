import Foundation
import Model

/// A scenario file, read, overridden, decoded and validated.
///
/// ```swift
/// let scenario = try Scenario.load(path: "Scenarios/paper-lab.yaml", overrides: ["hosts.0.count=40"])
/// let model = LabModel(config: scenario.config)
/// ```
public struct Scenario: Sendable {
  /// The model configuration, with every default filled in.
  public var config: ModelConfig
  /// Which output files to write.
  public var output: OutputOptions
  /// The syntax tree after overrides.
  package var source: ScenarioNode
  /// The file it came from.
  public var path: String
  /// What the planner should know before running it (a long run), each at its key.
  public var warnings: [ScenarioError] = []

  /// Reads and checks a scenario file.
  ///
  /// - Parameters:
  ///   - path: The YAML file.
  ///   - overrides: `key.path=yaml-value` strings, applied in order.
  /// - Throws: ``ScenarioError`` for the first syntax or type problem, or
  ///   ``ScenarioErrors`` listing every rule the values break.
  public static func load(path: String, overrides: [String] = []) throws -> Scenario {
    let text = try ScenarioText.read(path: path, what: "the scenario file")
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    return try parse(yaml: text, path: path, baseDirectory: directory, overrides: overrides)
  }

  /// Parses scenario text as if read from `path`.
  public static func parse(yaml: String, path: String, baseDirectory: URL? = nil,
                           overrides: [String] = []) throws -> Scenario {
    let tree = try ScenarioNode.parse(yaml: yaml) { .file(path: path, line: $0, column: $1) }
    return try resolve(tree: tree, path: path, baseDirectory: baseDirectory,
                       overrides: try overrides.map { try ScenarioOverride($0) })
  }

  /// Applies `overrides` to an already parsed tree, then decodes and validates it.
  ///
  /// A problem that the overrides brought in points at the override that did (``blame(_:in:_:_:_:)``),
  /// even when it is reported at another key (a rule between two keys, a choice of forms).
  ///
  /// - Throws: ``ScenarioError`` or ``ScenarioErrors``, as ``load(path:overrides:)``.
  package static func resolve(tree original: ScenarioNode, path: String, baseDirectory: URL? = nil,
                             overrides: [ScenarioOverride]) throws -> Scenario {
    var tree = original
    for override in overrides {
      tree = try override.apply(to: tree)
    }
    let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let resolved: ResolvedScenario
    do {
      resolved = try ScenarioSchema.decode(tree, baseDirectory: base)
    } catch let error as ScenarioError {
      throw blame(error, in: path, original, overrides, base)
    }
    let issues = ScenarioSchema.validate(resolved)
    if !issues.isEmpty {
      throw ScenarioErrors(issues.map { issue in
        blame(ScenarioError(location: tree.nearest(path: issue.path).location, path: issue.path, message: issue.message),
              in: path, original, overrides, base)
      })
    }
    let (config, output) = (resolved.config, resolved.output)
    let warnings = (CostRules.warnings(config) + BatchWarnings.warnings(config)).map { issue in
      ScenarioError(location: tree.nearest(path: issue.path).location, path: issue.path, message: issue.message)
    }
    return Scenario(config: config, output: output, source: tree, path: path, warnings: warnings)
  }

  /// `error`, located at the first override after which the scenario has a problem at the
  /// same key path, when the scenario file (`file`) alone did not have it; unchanged
  /// otherwise, and when it already points outside that file (at an override's own text).
  static func blame(_ error: ScenarioError, in file: String, _ original: ScenarioNode, _ overrides: [ScenarioOverride],
                    _ base: URL) -> ScenarioError {
    guard !overrides.isEmpty, case .file(let errorFile, _, _) = error.location, errorFile == file else { return error }
    for count in 0..<overrides.count where problemPaths(original, overrides.prefix(count), base).contains(error.path) {
      guard count > 0 else { return error }
      var blamed = error
      blamed.location = overrides[count - 1].location
      return blamed
    }
    var blamed = error
    blamed.location = overrides[overrides.count - 1].location
    return blamed
  }

  /// The key paths of the problems `original` has with `overrides` applied (none when they
  /// cannot be applied).
  private static func problemPaths(_ original: ScenarioNode, _ overrides: ArraySlice<ScenarioOverride>,
                                   _ base: URL) -> Set<String> {
    do {
      var tree = original
      for override in overrides { tree = try override.apply(to: tree) }
      return Set(ScenarioSchema.validate(try ScenarioSchema.decode(tree, baseDirectory: base)).map(\.path))
    } catch let error as ScenarioError {
      return [error.path]
    } catch {
      return []
    }
  }
}
