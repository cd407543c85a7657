/// Writes seconds the way scenario files write durations (`90s`, `15m`, `8h`, `2d`, `1w`),
/// so messages quote values in the planner's own units.
public enum DurationText {
  /// Seconds in the largest unit that divides them exactly, else in seconds.
  public static func format(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "\(seconds)" }
    for (suffix, scale) in [("w", 604_800.0), ("d", 86_400), ("h", 3600), ("m", 60)]
    where seconds != 0 && abs(seconds) >= scale {
      let count = seconds / scale
      if count == count.rounded() && abs(count) < 1e15 { return "\(Int(count))\(suffix)" }
    }
    if seconds == seconds.rounded() && abs(seconds) < 1e15 { return "\(Int(seconds))s" }
    return "\(seconds)s"
  }
}
