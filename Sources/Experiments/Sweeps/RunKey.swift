/// One run of a sweep: a point and a replication.
package struct RunKey: Sendable, Hashable, Comparable {
  /// The point's index in the grid.
  package var point: Int
  /// The replication index (it selects the random streams; the same for every point).
  package var replication: Int

  /// Creates a key.
  package init(point: Int, replication: Int) {
    self.point = point
    self.replication = replication
  }

  /// Points first, then replications: the order of runs.csv.
  package static func < (a: RunKey, b: RunKey) -> Bool {
    (a.point, a.replication) < (b.point, b.replication)
  }
}
