import Stochastics

/// Shared helpers for the statistical tests.
enum Sampling {
  /// `n` draws of `distribution` from a fresh stream keyed by `stream`.
  static func draws(_ distribution: Distribution, n: Int, stream: String, seed: UInt64 = 20_240_601) -> [Double] {
    let random = RandomStream(seed: seed, replication: 0, stream: stream)
    var result: [Double] = []
    result.reserveCapacity(n)
    for _ in 0..<n { result.append(distribution.sample(random)) }
    return result
  }

  /// Four standard errors of the mean of `n` draws: 4·sqrt(variance/n).
  static func meanTolerance(_ distribution: Distribution, n: Int) -> Double {
    4 * (distribution.variance / Double(n)).squareRoot()
  }

  /// Pearson chi-squared goodness-of-fit p-value of `xs` against the
  /// distribution's CDF, on `bins` equiprobable bins (bin = ⌊bins·F(x)⌋, the
  /// probability-integral transform), with bins−1 degrees of freedom.
  static func chiSquaredPValue(_ xs: [Double], against distribution: Distribution, bins: Int = 20) -> Double {
    var observed = [Int](repeating: 0, count: bins)
    for x in xs {
      let bin = min(bins - 1, max(0, Int(distribution.cdf(x) * Double(bins))))
      observed[bin] += 1
    }
    let expected = Double(xs.count) / Double(bins)
    var statistic = 0.0
    for count in observed {
      let d = Double(count) - expected
      statistic += d * d / expected
    }
    return Statistics.chiSquaredUpperTail(statistic, degreesOfFreedom: Double(bins - 1))
  }
}
