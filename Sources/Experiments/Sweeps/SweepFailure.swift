/// A run that did not finish, with its point and replication.
package struct SweepFailure: Sendable, Equatable, CustomStringConvertible {
  /// Which run.
  package var key: RunKey
  /// The point's varied values, `hosts.0.count=40, registration.mode=live`.
  package var values: String
  /// Why.
  package var reason: String

  /// `point 3 (hosts.0.count=40), replication 2: reason`.
  package var description: String {
    "point \(key.point) (\(values)), replication \(key.replication): \(reason)"
  }
}
