/// Streaming mean/variance (Welford), constant memory. Value type.
package struct RunningStatistics: Sendable {
  // Internal (not private) so that `add`, inlined into the model's event loop, can reach them.
  @usableFromInline var n = 0
  @usableFromInline var runningMean = 0.0
  /// Sum of squared deviations from the running mean.
  @usableFromInline var m2 = 0.0

  /// An empty accumulator.
  package init() {}

  /// Adds one observation (Welford's update).
  @inlinable
  package mutating func add(_ x: Double) {
    n += 1
    let delta = x - runningMean
    runningMean += delta / Double(n)
    m2 += delta * (x - runningMean)
  }

  /// Folds in another accumulator (Chan et al.'s parallel update), as if its
  /// observations had been added to this one.
  package mutating func merge(_ other: RunningStatistics) {
    guard other.n > 0 else { return }
    guard n > 0 else {
      self = other
      return
    }
    let total = n + other.n
    let delta = other.runningMean - runningMean
    runningMean += delta * Double(other.n) / Double(total)
    m2 += other.m2 + delta * delta * Double(n) * Double(other.n) / Double(total)
    n = total
  }

  /// The number of observations.
  package var count: Int { n }

  /// The mean; nan if count == 0.
  package var mean: Double { n == 0 ? .nan : runningMean }

  /// The sample variance (divisor n−1); nan if count < 2.
  package var variance: Double { n < 2 ? .nan : m2 / Double(n - 1) }

  /// The sample standard deviation; nan if count < 2.
  package var standardDeviation: Double { variance.squareRoot() }

  /// The Student-t 95% confidence interval of the mean.
  package var confidenceInterval95: ConfidenceInterval {
    ConfidenceInterval(mean: mean, standardDeviation: standardDeviation, count: n)
  }
}
