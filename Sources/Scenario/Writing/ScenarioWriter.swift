import Model
import Stochastics

/// Writes a configuration back as a complete scenario file, every default
/// filled in (`harvestsim describe`). The output loads to the same configuration.
package enum ScenarioWriter {
  /// The scenario as YAML text: every declared key (``ScenarioSchema``) with its value.
  package static func yaml(_ config: ModelConfig, output: OutputOptions) -> String {
    ScenarioSchema.yaml(ResolvedScenario(config: config, output: output))
  }

  /// A distribution in scenario syntax, e.g. `{exponential: {mean: 8h}}`.
  /// With `numeric`, values are written as plain numbers (owner load in cores), not durations.
  package static func distribution(_ distribution: Distribution, numeric: Bool = false) -> String {
    func d(_ value: Double) -> String { numeric ? Units.numberText(value) : Units.durationText(value) }
    let n = Units.numberText
    switch distribution {
    case .constant(let value): return d(value)
    case .uniform(let low, let high): return "{uniform: {low: \(d(low)), high: \(d(high))}}"
    case .exponential(let mean): return "{exponential: {mean: \(d(mean))}}"
    case .weibull(let shape, let scale): return "{weibull: {shape: \(n(shape)), scale: \(d(scale))}}"
    case .logNormal(let mu, let sigma): return "{lognormal: {mu: \(n(mu)), sigma: \(n(sigma))}}"
    case .gamma(let shape, let scale): return "{gamma: {shape: \(n(shape)), scale: \(d(scale))}}"
    case .hyperexponential(let weights, let means):
      return "{hyperexponential: {weights: [\(weights.map(n).joined(separator: ", "))], "
        + "means: [\(means.map(d).joined(separator: ", "))]}}"
    case .empirical(let values):
      return "{empirical: {values: [\(values.map(d).joined(separator: ", "))]}}"
    }
  }

  /// A YAML double-quoted string.
  ///
  /// Works on Unicode scalars, not Characters: `"\r\n"` is one Character and
  /// must still be escaped. Line breaks YAML would fold (CR, NEL, LS, PS) and
  /// characters YAML does not allow unescaped are written as escapes.
  static func quoted(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
          || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
          let hex = String(value, radix: 16, uppercase: true)
          escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return "\"\(escaped)\""
  }
}
