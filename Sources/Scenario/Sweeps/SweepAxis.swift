/// One varied parameter of a sweep: a key path and the values it takes.
public struct SweepAxis: Sendable, Equatable {
  /// The dotted key path, e.g. `hosts.0.count`.
  public var path: String
  /// The values, as YAML nodes located in the plan file.
  public var values: [ScenarioNode]
  /// Where the axis is written.
  public var location: ScenarioLocation
}
