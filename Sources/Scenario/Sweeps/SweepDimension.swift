/// A dimension of the sweep's grid: one axis, or several axes that move together (`zip`).
public struct SweepDimension: Sendable, Equatable {
  /// The axes; all have the same number of values.
  public var axes: [SweepAxis]

  /// How many positions this dimension has.
  public var count: Int { axes.first?.values.count ?? 0 }
}
