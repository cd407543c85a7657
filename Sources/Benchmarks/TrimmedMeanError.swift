import Stochastics

/// The standard error of a trimmed mean from the winsorized variance (Tukey & McLaughlin
/// 1963; Yuen 1974; Wilcox, *Introduction to Robust Estimation and Hypothesis Testing*,
/// 4th ed., §3.6 and §5.3): with g = ⌊trim·n⌋ values cut from each tail and h = n − 2g kept,
/// the g smallest values are set to the (g+1)-th smallest and the g largest to the
/// (g+1)-th largest; with s²_w the sample variance (divisor n − 1) of that winsorized sample,
/// the squared standard error is d = (n − 1)·s²_w / (h·(h − 1)), on h − 1 degrees of freedom.
package struct TrimmedMeanError: Sendable, Equatable {
  /// d, the squared standard error of the trimmed mean.
  package var variance: Double
  /// h − 1.
  package var degreesOfFreedom: Double

  /// The error of the `trim`-trimmed mean of `values`; nan fields when fewer than two values are kept.
  package init(_ values: [Double], trim: Double) {
    let n = values.count
    let g = Int((trim * Double(n)).rounded(.down))
    let h = n - 2 * g
    guard n >= 2, h >= 2 else {
      variance = .nan
      degreesOfFreedom = .nan
      return
    }
    let sorted = values.sorted()
    let winsorized = sorted.indices.map { sorted[min(max($0, g), n - 1 - g)] }
    let spread = Statistics.standardDeviation(winsorized)
    variance = Double(n - 1) * spread * spread / (Double(h) * Double(h - 1))
    degreesOfFreedom = Double(h - 1)
  }
}
