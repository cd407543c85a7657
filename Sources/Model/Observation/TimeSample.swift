/// A snapshot of the lab at one instant, for the time series.
public struct TimeSample: Sendable, Equatable {
  /// Simulated time (s).
  public var time: Double
  /// Hosts that are up.
  public var hostsUp: Int
  /// Worker nodes the batch system can use (registered, up in TORQUE, VM running).
  public var wnsUsable: Int
  /// Cores running jobs.
  public var busySlots: Int
  /// Jobs waiting in the batch queue.
  public var queueLength: Int
}
