/// Electrical power a PC draws, in watts: linear in CPU use between idle and busy.
public struct HostPower: Sendable, Equatable {
  /// Watts when on and idle.
  public var idle: Double
  /// Watts with every core busy.
  public var busy: Double
  /// Watts when off (standby).
  public var off: Double

  /// Creates a power model. Defaults: a 2006 desktop, 70 W idle, 110 W busy, 2 W off (assumption).
  public init(idle: Double = 70, busy: Double = 110, off: Double = 2) {
    self.idle = idle
    self.busy = busy
    self.off = off
  }
}
