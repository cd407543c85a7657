import Model
import Stochastics

extension ValueKind where Value == Double {
  /// A duration (`90s`, `15m`, `8h`, `2d`, `1w`) that obeys `rule`. Non-finite text is not a
  /// duration; negative values break every ``DurationRule``.
  static func duration(_ rule: DurationRule) -> ValueKind {
    ValueKind(
      typeName: "duration", category: .duration, read: { node, path, _ in try ValueReader.duration(node, path) },
      write: { value, _ in .scalar(Units.durationText(value)) },
      check: { value, path, config, issues in
        if !rule.holds(value, config) { issues.append(ValidationIssue(path: path, message: rule.message(value, config))) }
      })
  }
}

extension ValueKind where Value == Distribution {
  /// A distribution of durations (§4 of docs/scenario-reference.md); its parameters are
  /// checked, a problem reported at `KEY.FAMILY.PARAMETER`, and with `positiveMean` so is its mean.
  static func distribution(positiveMean: String? = nil) -> ValueKind {
    distribution(numeric: false, positiveMean: positiveMean)
  }

  /// A distribution of plain numbers (the owners' load, in cores), read and written without units.
  static var numericDistribution: ValueKind { distribution(numeric: true, positiveMean: nil) }

  private static func distribution(numeric: Bool, positiveMean: String?) -> ValueKind {
    ValueKind(
      typeName: "distribution", category: .distribution,
      read: { node, path, _ in try DistributionReader.read(node, path, values: numeric ? .cores : .durations) },
      write: { value, _ in ScenarioWriter.written(value, numeric: numeric) },
      check: { value, path, _, issues in
        do throws(DistributionError) { try value.validate() } catch {
          issues.append(ValidationIssue(path: "\(path).\(error.family).\(error.parameter)", message: error.message))
        }
        if let positiveMean, !(value.mean > 0) { issues.append(ValidationIssue(path: path, message: positiveMean)) }
      })
  }
}
