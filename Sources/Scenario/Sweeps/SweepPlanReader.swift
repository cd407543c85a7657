import Foundation

/// Reads a sweep plan file with the same strictness as a scenario: unknown keys,
/// wrong types and bad values are errors with file:line:column and a did-you-mean.
///
/// ```yaml
/// name: lab-size
/// base: ../paper-lab.yaml          # a path relative to the plan, or an inline scenario
/// replications: 10
/// set: {duration: 14d}             # fixed overrides for every point
/// vary:
///   - {path: hosts.0.count, values: [5, 10, 20]}
///   - {path: workload.arrival.exponential.mean, range: {from: 10m, to: 30m, step: 10m}}
///   - zip:                          # these move together
///       - {path: hosts.0.count, values: [5, 10]}
///       - {path: hosts.1.count, values: [5, 10]}
/// metrics: [jobs_lost, throughput_per_hour]
/// ```
package enum SweepPlanReader {
  static let keys = ["name", "description", "base", "replications", "set", "vary", "metrics"]
  static let maximumPoints = 100_000

  /// Reads and checks the plan at `path` (the points themselves are checked by
  /// ``SweepPlan/resolveAllPoints()``).
  ///
  /// - Parameters:
  ///   - overrides: The command line's `--set` overrides, applied to the base scenario after the
  ///     plan's `set` and before the varied values, at every point.
  /// - Throws: ``ScenarioError`` for an unreadable or invalid plan, or an override of a varied key.
  package static func load(path: String, overrides: [ScenarioOverride] = []) throws -> SweepPlan {
    let text = try ScenarioText.read(path: path, what: "the sweep plan")
    return try parse(yaml: text, path: path, directory: URL(fileURLWithPath: path).deletingLastPathComponent(),
                     overrides: overrides)
  }

  /// Parses plan text as if read from `path` in `directory`; `overrides` as in ``load(path:overrides:)``.
  package static func parse(yaml text: String, path: String, directory: URL,
                           overrides: [ScenarioOverride] = []) throws -> SweepPlan {
    let root = try ScenarioNode.parse(yaml: text) { .file(path: path, line: $0, column: $1) }
    let top = try MappingReader(root, path: "", keys: keys)
    let defaultName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent

    let baseNode = try top.require("base")
    let base: ScenarioNode
    let basePath: String
    let baseDirectory: URL
    if let relative = baseNode.scalar {
      let url = URL(fileURLWithPath: relative, relativeTo: directory.hasDirectoryPath ? directory
                      : directory.appendingPathComponent("", isDirectory: true)).standardizedFileURL
      basePath = relativeDisplayPath(url)
      let baseText = try ScenarioText.read(url, name: basePath, what: "the base scenario '\(url.path)'",
                                           location: baseNode.location, path: "base")
      base = try ScenarioNode.parse(yaml: baseText) { .file(path: basePath, line: $0, column: $1) }
      baseDirectory = url.deletingLastPathComponent()
    } else {
      guard case .mapping = baseNode.content else {
        throw ScenarioError(location: baseNode.location, path: "base",
                            message: "expected a scenario file path or an inline scenario mapping, got \(baseNode.kindDescription)")
      }
      base = baseNode
      basePath = path
      baseDirectory = directory
    }

    let fixed: [ScenarioOverride] = try top.value("set", default: []) { node, path in
      guard case .mapping(let entries) = node.content else {
        throw ScenarioError(location: node.location, path: path,
                            message: "expected a mapping of key paths to values, e.g. {duration: 14d, hosts.0.count: 40}")
      }
      return entries.map { ScenarioOverride(path: $0.key, value: $0.value, location: $0.keyLocation) }
    }

    let dimensions = try top.value("vary") { node, path in
      try ValueReader.list(node, path).enumerated().map { index, item in
        try dimension(item, KeyPath.join(path, index: index))
      }
    }
    guard !dimensions.isEmpty else {
      throw ScenarioError(location: try top.require("vary").location, path: "vary",
                          message: "list at least one axis, e.g. {path: hosts.0.count, values: [10, 20]}")
    }
    var seenPaths: [String: ScenarioLocation] = [:]
    for axis in dimensions.flatMap(\.axes) {
      if let first = seenPaths[axis.path] {
        throw ScenarioError(location: axis.location, path: "vary",
                            message: "'\(axis.path)' is varied twice (first at \(first))")
      }
      seenPaths[axis.path] = axis.location
    }
    for override in overrides {
      let segments = KeyPath.segments(of: override.path)
      if let axis = dimensions.flatMap(\.axes).first(where: { KeyPath.segments(of: $0.path) == segments }) {
        throw ScenarioError(location: override.location, path: override.path,
                            message: "the plan varies '\(axis.path)' (at \(axis.location)), so this value would be "
                              + "replaced at every point; change the plan's axis instead")
      }
    }
    // In floating point: a product of large axes must not overflow an integer before it is refused.
    let points = dimensions.reduce(1.0) { $0 * Double($1.count) }
    guard points <= Double(maximumPoints) else {
      let shown = points < 1e15 ? String(Int(points)) : String(format: "%.2g", points)
      throw ScenarioError(location: root.location, path: "vary",
                          message: "the grid has \(shown) points; at most \(maximumPoints) are allowed")
    }

    let replications = try top.value("replications", default: 1, ValueReader.positiveInteger)
    let metrics: [SweepMetricName]? = try top.value("metrics", default: nil) { node, path in
      try ValueReader.list(node, path).enumerated().map { index, item in
        SweepMetricName(name: try ValueReader.string(item, KeyPath.join(path, index: index)), location: item.location)
      }
    }
    return SweepPlan(
      name: try top.value("name", default: defaultName, ValueReader.string),
      description: try top.value("description", default: "", ValueReader.string),
      path: path, text: text, base: base, basePath: basePath, baseDirectory: baseDirectory,
      fixed: fixed + overrides, dimensions: dimensions, replications: replications, metrics: metrics)
  }

  static func dimension(_ node: ScenarioNode, _ path: String) throws -> SweepDimension {
    if node["zip"] != nil {
      let reader = try MappingReader(node, path: path, keys: ["zip"])
      let axes = try reader.value("zip") { node, path in
        try ValueReader.list(node, path).enumerated().map { index, item in
          try axis(item, KeyPath.join(path, index: index))
        }
      }
      guard let first = axes.first else {
        throw ScenarioError(location: node.location, path: path, message: "a zip group needs at least one axis")
      }
      for axis in axes where axis.values.count != first.values.count {
        throw ScenarioError(
          location: axis.location, path: path,
          message: "zipped axes move together, so they need the same number of values: "
            + "'\(first.path)' has \(first.values.count), '\(axis.path)' has \(axis.values.count)")
      }
      return SweepDimension(axes: axes)
    }
    return SweepDimension(axes: [try axis(node, path)])
  }

  static func axis(_ node: ScenarioNode, _ path: String) throws -> SweepAxis {
    let reader = try MappingReader(node, path: path, keys: ["path", "values", "range"])
    let keyPath = try reader.value("path", ValueReader.string)
    let values: [ScenarioNode]
    switch (reader.optional("values"), reader.optional("range")) {
    case (let list?, nil):
      values = try ValueReader.list(list, reader.path("values"))
      guard !values.isEmpty else {
        throw ScenarioError(location: list.location, path: reader.path("values"), message: "list at least one value")
      }
    case (nil, let range?):
      values = try rangeValues(range, reader.path("range"))
    default:
      throw ScenarioError(location: node.location, path: path,
                          message: "give exactly one of 'values: [...]' or 'range: {from, to, step}'")
    }
    return SweepAxis(path: keyPath, values: values, location: node.location)
  }

  /// `{from, to, step}` with plain numbers or durations; `to` is included when the steps land on it.
  static func rangeValues(_ node: ScenarioNode, _ path: String) throws -> [ScenarioNode] {
    let reader = try MappingReader(node, path: path, keys: ["from", "to", "step"])
    let texts = try ["from", "to", "step"].map { key in
      try ValueReader.scalar(try reader.require(key), reader.path(key), expected: "a number or a duration")
    }
    let isDuration = texts.contains { UnitNumber.plain.value($0) == nil }
    let units = isDuration ? Units.durations : UnitNumber.plain
    let numbers = try zip(["from", "to", "step"], texts).map { key, text -> Double in
      guard let value = units.value(text) else {
        throw ValueReader.notA("a number or a duration like 15m", text, try reader.require(key), reader.path(key),
                               units: units)
      }
      return value
    }
    let (from, to, step) = (numbers[0], numbers[1], numbers[2])
    guard step > 0 else {
      throw ScenarioError(location: try reader.require("step").location, path: reader.path("step"),
                          message: "must be positive, got '\(texts[2])'")
    }
    guard to >= from else {
      throw ScenarioError(location: try reader.require("to").location, path: reader.path("to"),
                          message: "must not be below from ('\(texts[0])'), got '\(texts[1])'")
    }
    // Counted in floating point first: a huge range must be refused, not overflow an integer.
    let steps = ((to - from) / step * (1 + 1e-12)).rounded(.down)
    guard steps.isFinite, steps + 1 <= Double(maximumPoints) else {
      let shown = steps < 1e15 ? String(Int(steps) + 1) : String(format: "%.2g", steps + 1)
      throw ScenarioError(location: node.location, path: path,
                          message: "the range has \(shown) values; at most \(maximumPoints) are allowed")
    }
    let count = Int(steps) + 1
    return (0..<count).map { index in
      // Steps like 0.1 accumulate binary rounding error; keep 12 significant digits.
      let raw = from + Double(index) * step
      let scale = pow(10, 11 - (raw == 0 ? 0 : floor(log10(abs(raw)))))
      let value = (raw * scale).rounded() / scale
      let text = isDuration ? Units.durationText(value) : Units.numberText(value)
      return ScenarioNode(.scalar(text), at: node.location)
    }
  }

  /// A path relative to the current directory when it lies below it, else absolute.
  static func relativeDisplayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
  }
}
