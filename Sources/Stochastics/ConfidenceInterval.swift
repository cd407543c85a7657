/// Mean with a Student-t 95% two-sided confidence half-width.
package struct ConfidenceInterval: Sendable, Equatable {
  /// The sample mean.
  package let mean: Double
  /// The sample standard deviation (divisor n−1).
  package let standardDeviation: Double
  /// The number of observations.
  package let count: Int
  /// t₀.₉₇₅,ₙ₋₁ · sd/√n; nan if count < 2.
  package let halfWidth: Double

  /// Builds the 95% interval from summary statistics, computing the half-width
  /// from the Student-t quantile with count−1 degrees of freedom.
  package init(mean: Double, standardDeviation: Double, count: Int) {
    self.mean = mean
    self.standardDeviation = standardDeviation
    self.count = count
    if count >= 2 {
      let t = Statistics.studentTQuantile(probability: 0.975, degreesOfFreedom: Double(count - 1))
      halfWidth = t * standardDeviation / Double(count).squareRoot()
    } else {
      halfWidth = .nan
    }
  }

  /// mean − halfWidth.
  package var lower: Double { mean - halfWidth }

  /// mean + halfWidth.
  package var upper: Double { mean + halfWidth }

  /// Whether `value` lies in [lower, upper] (false when the half-width is nan).
  package func contains(_ value: Double) -> Bool {
    lower <= value && value <= upper
  }
}
