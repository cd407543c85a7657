import Model
import Stochastics
import Yams

/// Writes a configuration back as a complete scenario file, every default
/// filled in (`harvestsim describe`). The output loads to the same configuration.
///
/// The YAML text comes from Yams' emitter (libyaml), not from string concatenation: the
/// schema gives each key's value as a ``WrittenValue`` and Yams lays it out. Sections are
/// block mappings, two spaces an indent; a list of sections (host groups, job classes) is a
/// block sequence whose `- ` items start at their key's indentation (libyaml's layout);
/// distributions and small sections are flow mappings on their key's line. Strings are
/// double-quoted; numbers, durations and words are plain, single-quoted by Yams where YAML
/// would read them otherwise (`'08:00-20:00'` inside a flow mapping). Lines are not wrapped.
package enum ScenarioWriter {
  /// The scenario as YAML text: every declared key (``ScenarioSchema``) with its value.
  package static func yaml(_ config: ModelConfig, output: OutputOptions) -> String {
    let scenario = ResolvedScenario(config: config, output: output)
    return emit(WrittenValue.mapping(ScenarioSchema.root.entries(scenario, config), flow: false).node)
  }

  /// A distribution in scenario syntax, e.g. `{exponential: {mean: 8h}}`, on one line.
  /// With `numeric`, values are written as plain numbers (owner load in cores), not durations.
  package static func distribution(_ distribution: Distribution, numeric: Bool = false) -> String {
    written(distribution, numeric: numeric).flowText
  }

  /// A distribution as `describe` writes it: a constant as a plain scalar, any other family as
  /// a flow mapping `{FAMILY: {PARAMETER: value, …}}`.
  static func written(_ distribution: Distribution, numeric: Bool = false) -> WrittenValue {
    written(distribution, duration: numeric ? Units.numberText : Units.durationText, number: Units.numberText)
  }

  /// A distribution in the scenario grammar, its durations written by `duration` and its plain
  /// numbers (shapes, weights, `mu`, `sigma`) by `number`: `describe` writes every value exactly,
  /// `trace-stats --emit-scenario` to six significant digits (``CalibrationYAML``).
  static func written(
    _ distribution: Distribution, duration: (Double) -> String, number: (Double) -> String
  ) -> WrittenValue {
    func d(_ value: Double) -> WrittenValue { .scalar(duration(value)) }
    func n(_ value: Double) -> WrittenValue { .scalar(number(value)) }
    func family(_ parameters: [(key: String, value: WrittenValue)]) -> WrittenValue {
      .mapping([(distribution.family, .mapping(parameters, flow: true))], flow: true)
    }
    switch distribution {
    case .constant(let value): return d(value)
    case .uniform(let low, let high): return family([("low", d(low)), ("high", d(high))])
    case .exponential(let mean): return family([("mean", d(mean))])
    case .weibull(let shape, let scale): return family([("shape", n(shape)), ("scale", d(scale))])
    case .logNormal(let mu, let sigma): return family([("mu", n(mu)), ("sigma", n(sigma))])
    case .gamma(let shape, let scale): return family([("shape", n(shape)), ("scale", d(scale))])
    case .hyperexponential(let weights, let means):
      return family([("weights", .list(weights.map(n), flow: true)), ("means", .list(means.map(d), flow: true))])
    case .empirical(let values):
      return family([("values", .list(values.map(d), flow: true))])
    }
  }

  /// `node` as a YAML document, as Yams emits it: UTF-8 text kept as it is (control
  /// characters, line breaks and a byte-order mark inside a string are escaped), two-space
  /// indents, no line wrapping, LF line ends, no `---`.
  static func emit(_ node: Node) -> String {
    do {
      return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, lineBreak: .ln)
    } catch {
      // Only an event sequence libyaml refuses fails, and a node tree always makes a valid one.
      preconditionFailure("Yams could not emit the scenario: \(error)")
    }
  }
}
