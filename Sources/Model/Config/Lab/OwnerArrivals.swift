/// When students log in to the lab's PCs (only while the lab is open).
public enum OwnerArrivals: Sendable, Equatable {
  /// Log-ins per PC per hour, for each weekday (0 = Monday) and hour of the day:
  /// a Poisson process whose rate follows the 24 × 7 profile.
  case hourly([[Double]])
  /// Timetabled classes; sessions last until the class ends.
  case classes([ClassBlock])

  /// A 24 × 7 profile with one rate at every hour of every day.
  public static func constant(perHour rate: Double) -> OwnerArrivals {
    .hourly(Array(repeating: Array(repeating: rate, count: 24), count: 7))
  }
}
