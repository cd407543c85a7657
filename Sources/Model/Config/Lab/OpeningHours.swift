/// One opening interval of a day: from `open` to `close`, in seconds after midnight.
public struct OpeningHours: Sendable, Equatable {
  /// Seconds after midnight the lab opens.
  public var open: Double
  /// Seconds after midnight it closes (after `open`, at most 24 h).
  public var close: Double

  /// Creates an interval.
  public init(open: Double, close: Double) {
    self.open = open
    self.close = close
  }
}
