/// One varied parameter of a sweep: a key path and the values it takes.
///
/// An axis may instead be a **named-variant axis** (``variantOverrides`` set): its
/// values are labels (variant names), and position i applies the override set
/// `variantOverrides[i]` rather than `path: values[i]`.
package struct SweepAxis: Sendable, Equatable {
  /// The dotted key path, e.g. `hosts.0.count` (for a variant axis, the label column, `variant`).
  package var path: String
  /// The values, as YAML nodes located in the plan file.
  package var values: [ScenarioNode]
  /// Where the axis is written.
  package var location: ScenarioLocation
  /// For a named-variant axis: the overrides each position applies, one set per value.
  package var variantOverrides: [[ScenarioOverride]]? = nil

  /// The overrides that position `index` of the axis applies.
  package func overrides(at index: Int) -> [ScenarioOverride] {
    if let variantOverrides { return variantOverrides[index] }
    let value = values[index]
    return [ScenarioOverride(path: path, value: value, location: value.location)]
  }
}
