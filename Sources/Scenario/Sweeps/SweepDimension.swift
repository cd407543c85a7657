/// A dimension of the sweep's grid: one axis, or several axes that move together (`zip`).
package struct SweepDimension: Sendable, Equatable {
  /// The axes; all have the same number of values.
  package var axes: [SweepAxis]

  /// How many positions this dimension has.
  package var count: Int { axes.first?.values.count ?? 0 }
}
