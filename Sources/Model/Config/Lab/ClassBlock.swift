/// A timetabled class: on the given weekdays, from `start` to `end` (seconds after
/// midnight), each PC is taken by a student with probability `occupancy`.
public struct ClassBlock: Sendable, Equatable {
  /// Weekdays, 0 = Monday … 6 = Sunday.
  public var weekdays: [Int]
  /// Seconds after midnight the class begins.
  public var start: Double
  /// Seconds after midnight it ends.
  public var end: Double
  /// Probability that a given PC is in use during the class.
  public var occupancy: Double

  /// Creates a class block.
  public init(weekdays: [Int], start: Double, end: Double, occupancy: Double) {
    self.weekdays = weekdays
    self.start = start
    self.end = end
    self.occupancy = occupancy
  }
}
