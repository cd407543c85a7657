import Foundation

/// Reads a variants file (for `harvestsim compare`) with the same strictness as a
/// scenario: unknown keys, wrong types and bad values are errors with
/// file:line:column and a did-you-mean.
///
/// ```yaml
/// baseline: torque-restart          # optional; default the first variant
/// replications: 10                  # optional (default 10); --replications overrides it
/// metrics: [jobs_lost, throughput_per_hour]   # optional; default every summary metric
/// variants:                         # at least two; key path → value overrides, as a sweep's `set`
///   torque-restart: {}
///   torque-live: {registration.mode: live}
///   short-cron: {registration.mode: restart, registration.add_period: 30s}
/// ```
package enum VariantsReader {
  static let keys = ["baseline", "replications", "metrics", "variants"]
  /// Replications when the file gives none.
  package static let defaultReplications = 10

  /// Reads the variants file at `path` for the scenario file at `scenario`.
  ///
  /// - Parameters:
  ///   - fixed: Overrides applied to every variant before its own (`--set`).
  /// - Throws: ``ScenarioError`` for an unreadable file or a problem in either file.
  ///   The variants' scenarios themselves are checked by ``SweepPlan/resolveAllPoints()``
  ///   on ``ComparePlan/sweep``.
  package static func load(path: String, scenario: String, fixed: [ScenarioOverride] = []) throws -> ComparePlan {
    let text = try ScenarioText.read(path: path, what: "the variants file")
    return try parse(yaml: text, path: path, scenario: scenario, fixed: fixed)
  }

  /// Parses variants-file text as if read from `path`, for the scenario file at `scenario`.
  package static func parse(yaml text: String, path: String, scenario: String,
                           fixed: [ScenarioOverride] = []) throws -> ComparePlan {
    let root = try ScenarioNode.parse(yaml: text) { .file(path: path, line: $0, column: $1) }
    let top = try MappingReader(root, path: "", keys: keys)

    let variantsNode = try top.require("variants")
    guard case .mapping(let entries) = variantsNode.content else {
      throw ScenarioError(location: variantsNode.location, path: "variants",
                          message: "expected a mapping of variant names to overrides, e.g. "
                            + "{torque-restart: {}, torque-live: {registration.mode: live}}, got \(variantsNode.kindDescription)")
    }
    guard entries.count >= 2 else {
      throw ScenarioError(location: variantsNode.location, path: "variants",
                          message: "list at least two variants to compare, e.g. {a: {}, b: {registration.mode: live}}")
    }
    var names: [String] = []
    var overrides: [[ScenarioOverride]] = []
    for entry in entries {
      let entryPath = KeyPath.join("variants", entry.key)
      guard !entry.key.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw ScenarioError(location: entry.keyLocation, path: entryPath, message: "a variant name must not be empty")
      }
      if names.contains(entry.key) {
        throw ScenarioError(location: entry.keyLocation, path: entryPath, message: "duplicate variant '\(entry.key)'")
      }
      names.append(entry.key)
      overrides.append(try variantOverrides(entry.value, entryPath))
    }

    let baseline: Int = try top.value("baseline", default: 0) { node, path in
      let name = try ValueReader.string(node, path)
      guard let index = names.firstIndex(of: name) else {
        throw ScenarioError(location: node.location, path: path,
                            message: "unknown baseline '\(name)'; the variants are \(names.joined(separator: ", "))",
                            suggestion: Suggestion.closest(to: name, among: names))
      }
      return index
    }
    let replications = try top.value("replications", default: defaultReplications, ValueReader.positiveInteger)
    let metrics: [SweepMetricName]? = try top.value("metrics", default: nil) { node, path in
      try ValueReader.list(node, path).enumerated().map { index, item in
        SweepMetricName(name: try ValueReader.string(item, KeyPath.join(path, index: index)), location: item.location)
      }
    }

    let scenarioURL = URL(fileURLWithPath: scenario).standardizedFileURL
    let scenarioText = try ScenarioText.read(path: scenario, what: "the scenario")
    let base = try ScenarioNode.parse(yaml: scenarioText) { .file(path: scenario, line: $0, column: $1) }

    let labels = names.map { ScenarioNode(.scalar($0), at: variantsNode.location) }
    let axis = SweepAxis(path: ComparePlan.axisName, values: labels, location: variantsNode.location,
                         variantOverrides: overrides)
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let sweep = SweepPlan(
      name: stem, description: "compare \(names.joined(separator: ", ")) on \(scenario)",
      path: path, text: text, base: base, basePath: scenario, baseDirectory: scenarioURL.deletingLastPathComponent(),
      fixed: fixed, dimensions: [SweepDimension(axes: [axis])], replications: replications, metrics: metrics)
    return ComparePlan(sweep: sweep, variants: names, baseline: baseline)
  }

  /// A variant's overrides: a mapping of key paths to values (`{}` or nothing for none).
  static func variantOverrides(_ node: ScenarioNode, _ path: String) throws -> [ScenarioOverride] {
    switch node.content {
    case .mapping(let entries):
      return entries.map { ScenarioOverride(path: $0.key, value: $0.value, location: $0.keyLocation) }
    case .scalar(let text) where text.isEmpty || text == "~" || text == "null":
      return []
    default:
      throw ScenarioError(location: node.location, path: path,
                          message: "expected a mapping of key paths to values, e.g. {registration.mode: live}, "
                            + "or {} for the scenario as it is, got \(node.kindDescription)")
    }
  }
}
