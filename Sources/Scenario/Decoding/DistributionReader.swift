import Foundation
import Stochastics

/// Reads a distribution written as a one-key map, `{exponential: {mean: 8h}}`,
/// or as a bare duration (`60s`), which means a constant. The values (a constant, bounds,
/// means, scales, a median) are durations, or for `owners.load` plain numbers
/// (``DistributionValues``); shapes, `sigma`, `mu` and weights are always plain numbers.
enum DistributionReader {
  /// The family names a scenario may use, with their parameter keys.
  static let families: [(name: String, keys: [String])] = [
    ("constant", ["value"]),
    ("uniform", ["low", "high"]),
    ("exponential", ["mean"]),
    ("weibull", ["shape", "scale"]),
    ("lognormal", ["median", "mu", "sigma"]),
    ("gamma", ["shape", "scale"]),
    ("hyperexponential", ["weights", "means"]),
    ("empirical", ["values"]),
  ]

  static func read(_ node: ScenarioNode, _ path: String, values: DistributionValues = .durations) throws -> Distribution {
    if node.scalar != nil {
      return .constant(try values.read(node, path, standingForTheDistribution: true))
    }
    let names = families.map(\.name)
    guard case .mapping(let entries) = node.content, entries.count == 1, let entry = entries.first else {
      throw ScenarioError(
        location: node.location, path: path,
        message: "expected \(values.expectedDistribution); families: \(names.joined(separator: ", "))")
    }
    guard let family = families.first(where: { $0.name == entry.key }) else {
      throw ScenarioError(location: entry.keyLocation, path: KeyPath.join(path, entry.key),
                          message: "unknown distribution '\(entry.key)'; expected one of \(names.joined(separator: ", "))",
                          suggestion: Suggestion.closest(to: entry.key, among: names))
    }
    let reader = try MappingReader(entry.value, path: KeyPath.join(path, family.name), keys: family.keys)
    // A value of the distribution: a duration, or for `owners.load` a plain number.
    let amount = { (node: ScenarioNode, path: String) throws -> Double in try values.read(node, path) }
    let number = ValueReader.number
    switch family.name {
    case "constant":
      return .constant(try reader.value("value", amount))
    case "uniform":
      return .uniform(low: try reader.value("low", amount), high: try reader.value("high", amount))
    case "exponential":
      return .exponential(mean: try reader.value("mean", amount))
    case "weibull":
      return .weibull(shape: try reader.value("shape", number), scale: try reader.value("scale", amount))
    case "gamma":
      return .gamma(shape: try reader.value("shape", number), scale: try reader.value("scale", amount))
    case "lognormal":
      let sigma = try reader.value("sigma", number)
      switch (reader.optional("median"), reader.optional("mu")) {
      case (let median?, nil):
        let value = try amount(median, reader.path("median"))
        guard value > 0 else {
          throw ScenarioError(location: median.location, path: reader.path("median"),
                              message: values.notPositive(value))
        }
        return .logNormal(mu: Foundation.log(value), sigma: sigma)
      case (nil, let mu?):
        return .logNormal(mu: try number(mu, reader.path("mu")), sigma: sigma)
      default:
        throw ScenarioError(location: entry.value.location, path: reader.path,
                            message: "give exactly one of 'median' (\(values.medianDescription)) or 'mu' (\(values.muDescription))")
      }
    case "hyperexponential":
      let weights = try reader.value("weights") { node, path in
        try ValueReader.list(node, path).enumerated().map { try number($1, KeyPath.join(path, index: $0)) }
      }
      let means = try reader.value("means") { node, path in
        try ValueReader.list(node, path).enumerated().map { try amount($1, KeyPath.join(path, index: $0)) }
      }
      return .hyperexponential(weights: weights, means: means)
    default:
      let values = try reader.value("values") { node, path in
        try ValueReader.list(node, path).enumerated().map { try amount($1, KeyPath.join(path, index: $0)) }
      }
      return .empirical(values: values)
    }
  }
}

