internal import CGSL

/// Summary statistics through GSL (`gsl_stats_*`, `gsl_cdf_*`), guarding small
/// and invalid inputs: where GSL would return 0, −nan or raise an error, these
/// return `.nan`.
package enum Statistics {
  /// Arithmetic mean (`gsl_stats_mean`); nan if `xs` is empty.
  package static func mean(_ xs: [Double]) -> Double {
    guard !xs.isEmpty else { return .nan }
    GSL.configure()
    return xs.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
  }

  /// Sample standard deviation with divisor n−1 (`gsl_stats_sd`); nan if n < 2.
  package static func standardDeviation(_ xs: [Double]) -> Double {
    guard xs.count >= 2 else { return .nan }
    GSL.configure()
    return xs.withUnsafeBufferPointer { gsl_stats_sd($0.baseAddress, 1, $0.count) }
  }

  /// The p-quantile (`gsl_stats_quantile_from_sorted_data` on a sorted copy).
  ///
  /// Rank convention: with sorted values x₀…x₍ₙ₋₁₎ and r = (n−1)·p, the result
  /// interpolates linearly between x⌊r⌋ and x⌊r⌋₊₁. nan if `xs` is empty or
  /// `p` is outside 0...1.
  package static func quantile(_ xs: [Double], _ p: Double) -> Double {
    guard !xs.isEmpty, p >= 0, p <= 1 else { return .nan }
    GSL.configure()
    let sorted = xs.sorted()
    return sorted.withUnsafeBufferPointer {
      gsl_stats_quantile_from_sorted_data($0.baseAddress, 1, $0.count, p)
    }
  }

  /// The mean after discarding the fraction `trim` (0...0.5) of values from each
  /// tail (`gsl_stats_trmean_from_sorted_data` on a sorted copy).
  ///
  /// GSL drops ⌊trim·n⌋ values per tail; trim 0.5 gives the median. nan if `xs`
  /// is empty or `trim` is outside 0...0.5.
  package static func trimmedMean(_ xs: [Double], trim: Double) -> Double {
    guard !xs.isEmpty, trim >= 0, trim <= 0.5 else { return .nan }
    GSL.configure()
    let sorted = xs.sorted()
    return sorted.withUnsafeBufferPointer {
      gsl_stats_trmean_from_sorted_data(trim, $0.baseAddress, 1, $0.count)
    }
  }

  /// The Student-t quantile: t with P(T ≤ t) = `probability` (`gsl_cdf_tdist_Pinv`).
  ///
  /// nan if `probability` is outside 0...1 or `degreesOfFreedom` is not > 0;
  /// infinite degrees of freedom give the normal quantile.
  package static func studentTQuantile(probability: Double, degreesOfFreedom: Double) -> Double {
    guard probability >= 0, probability <= 1, degreesOfFreedom > 0 else { return .nan }
    if degreesOfFreedom == .infinity { return normalQuantile(probability) }
    GSL.configure()
    return gsl_cdf_tdist_Pinv(probability, degreesOfFreedom)
  }

  /// The standard normal quantile (`gsl_cdf_ugaussian_Pinv`); nan outside 0...1.
  package static func normalQuantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1 else { return .nan }
    GSL.configure()
    return gsl_cdf_ugaussian_Pinv(p)
  }

  /// The chi-squared upper tail P(X > x) (`gsl_cdf_chisq_Q`), i.e. the p-value
  /// of a chi-squared statistic `x`; nan if `x` is nan or `degreesOfFreedom` is
  /// not a positive finite number.
  package static func chiSquaredUpperTail(_ x: Double, degreesOfFreedom: Double) -> Double {
    guard !x.isNaN, degreesOfFreedom > 0, degreesOfFreedom.isFinite else { return .nan }
    GSL.configure()
    return gsl_cdf_chisq_Q(x, degreesOfFreedom)
  }

  /// Mean with a Student-t 95% two-sided confidence half-width
  /// (t₀.₉₇₅,ₙ₋₁ · sd/√n); the half-width is nan if n < 2.
  package static func confidenceInterval95(_ xs: [Double]) -> ConfidenceInterval {
    ConfidenceInterval(mean: mean(xs), standardDeviation: standardDeviation(xs), count: xs.count)
  }
}
