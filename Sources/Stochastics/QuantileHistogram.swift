#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Musl)
  internal import Musl
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Constant-memory quantile estimator: a log-bucketed histogram of non-negative
/// values with a stated relative precision.
///
/// Bucket i holds values in (γ^(i−1), γ^i] with γ = (1+α)/(1−α), α the
/// relative precision, and reports them as 2γ^i/(γ+1), which is within α·x of
/// every x in the bucket (the DDSketch construction). Values below
/// `resolution` go to a zero bucket reported as 0 (absolute error below
/// `resolution`). Buckets live in one array spanning the smallest to the
/// largest bucket index seen, so memory grows with the logarithm of the value
/// range, ⌈log_γ(max/resolution)⌉ + 1 counters at most, never with the number
/// of samples. Reported values are also clamped to the exact minimum and
/// maximum seen, which can only reduce the error. Deterministic: the result
/// depends only on the multiset of values added.
package struct QuantileHistogram: Sendable {
  /// The relative precision α: every quantile is within α of the exact
  /// sample quantile (for values ≥ ``resolution``).
  package let relativePrecision: Double
  /// Values below this go to the zero bucket.
  package let resolution: Double

  private let logGamma: Double
  private let representativeFactor: Double
  private var counts: [Int] = []
  private var firstIndex = 0
  private var zeroCount = 0
  private var total = 0
  private var minimum = Double.infinity
  private var maximum = -Double.infinity

  /// An empty histogram.
  ///
  /// - Precondition: 0 < `relativePrecision` < 1 and `resolution` is a
  ///   positive finite number.
  package init(relativePrecision: Double = 0.001, resolution: Double = 0.001) {
    precondition(relativePrecision > 0 && relativePrecision < 1,
                 "QuantileHistogram: relativePrecision must be in (0, 1), got \(relativePrecision)")
    precondition(resolution > 0 && resolution.isFinite,
                 "QuantileHistogram: resolution must be a positive finite number, got \(resolution)")
    self.relativePrecision = relativePrecision
    self.resolution = resolution
    let gamma = (1 + relativePrecision) / (1 - relativePrecision)
    logGamma = log(gamma)
    representativeFactor = 2 / (gamma + 1)
  }

  /// Adds one value.
  ///
  /// - Precondition: `x` is finite and ≥ 0.
  package mutating func add(_ x: Double) {
    precondition(x >= 0 && x.isFinite, "QuantileHistogram.add: value must be finite and >= 0, got \(x)")
    total += 1
    if x < minimum { minimum = x }
    if x > maximum { maximum = x }
    guard x >= resolution else {
      zeroCount += 1
      return
    }
    let index = Int((log(x) / logGamma).rounded(.up))
    if counts.isEmpty {
      counts = [0]
      firstIndex = index
    } else if index < firstIndex {
      counts.insert(contentsOf: repeatElement(0, count: firstIndex - index), at: 0)
      firstIndex = index
    } else if index >= firstIndex + counts.count {
      counts.append(contentsOf: repeatElement(0, count: index - firstIndex - counts.count + 1))
    }
    counts[index - firstIndex] += 1
  }

  /// The number of values added.
  package var count: Int { total }

  /// The number of logarithmic buckets currently stored (the zero bucket not
  /// included); depends only on the range of values seen, not on their number.
  package var bucketCount: Int { counts.count }

  /// The p-quantile (0...1), accurate to the relative precision; nan if empty
  /// or if `p` is outside 0...1.
  ///
  /// Uses the rank convention of GSL's `gsl_stats_quantile_from_sorted_data`:
  /// with r = (n−1)·p, it interpolates linearly between the values of rank
  /// ⌊r⌋ and ⌊r⌋+1 (0-based), each value replaced by its bucket's
  /// representative. Since that is a convex combination, the result is within
  /// α (relative) of the exact GSL quantile of the same data, plus at most
  /// `resolution` (absolute) when zero-bucket values are involved.
  package func quantile(_ p: Double) -> Double {
    guard total > 0, p >= 0, p <= 1 else { return .nan }
    let rank = Double(total - 1) * p
    let lower = Int(rank.rounded(.down))
    let delta = rank - Double(lower)
    let low = value(atRank: lower)
    guard lower + 1 < total, delta > 0 else { return low }
    return (1 - delta) * low + delta * value(atRank: lower + 1)
  }

  /// The representative value of the sample with 0-based rank `rank`.
  private func value(atRank rank: Int) -> Double {
    if rank < zeroCount { return clamped(0) }
    var seen = zeroCount
    for (offset, bucketCount) in counts.enumerated() {
      seen += bucketCount
      if rank < seen {
        return clamped(exp(Double(firstIndex + offset) * logGamma) * representativeFactor)
      }
    }
    return maximum
  }

  private func clamped(_ x: Double) -> Double {
    min(max(x, minimum), maximum)
  }
}
