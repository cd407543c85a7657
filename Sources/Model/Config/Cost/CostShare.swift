/// One driver's part of an estimate.
public struct CostShare: Sendable, Equatable {
  /// What causes it.
  public var driver: CostDriver
  /// Its amount: events, or bytes.
  public var amount: Double
}
