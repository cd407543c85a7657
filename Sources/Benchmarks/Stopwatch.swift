/// Wall-clock timing on the monotonic clock.
enum Stopwatch {
  /// Runs `body` and returns its result with the elapsed seconds.
  static func time<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (value: T, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    return (value, seconds(clock.now - start))
  }

  /// A duration in seconds.
  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }
}
