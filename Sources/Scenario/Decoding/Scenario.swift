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
  /// - Throws: ``ScenarioError`` or ``ScenarioErrors``, as ``load(path:overrides:)``.
  package static func resolve(tree original: ScenarioNode, path: String, baseDirectory: URL? = nil,
                             overrides: [ScenarioOverride]) throws -> Scenario {
    var tree = original
    for override in overrides {
      tree = try override.apply(to: tree)
    }
    let base = baseDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let resolved = try ScenarioSchema.decode(tree, baseDirectory: base)
    let issues = ScenarioSchema.validate(resolved)
    if !issues.isEmpty {
      throw ScenarioErrors(issues.map { issue in
        ScenarioError(location: tree.nearest(path: issue.path).location, path: issue.path, message: issue.message)
      })
    }
    let (config, output) = (resolved.config, resolved.output)
    let warnings = CostRules.warnings(config).map { issue in
      ScenarioError(location: tree.nearest(path: issue.path).location, path: issue.path, message: issue.message)
    }
    return Scenario(config: config, output: output, source: tree, path: path, warnings: warnings)
  }
}
