/// A run that did not finish, with its point and replication.
public struct SweepFailure: Sendable, Equatable, CustomStringConvertible {
  /// Which run.
  public var key: RunKey
  /// The point's varied values, `hosts.0.count=40, registration.mode=live`.
  public var values: String
  /// Why.
  public var reason: String

  /// `point 3 (hosts.0.count=40), replication 2: reason`.
  public var description: String {
    "point \(key.point) (\(values)), replication \(key.replication): \(reason)"
  }
}
