/// One point of a quantile–quantile plot: a probability, the sample's quantile and the fitted
/// law's quantile there.
package struct QuantilePair: Sendable, Equatable {
  /// The plotting position p in (0, 1).
  package let probability: Double
  /// The sample's quantile at p.
  package let observed: Double
  /// The fitted law's quantile F⁻¹(p).
  package let fitted: Double

  /// Creates a point.
  package init(probability: Double, observed: Double, fitted: Double) {
    self.probability = probability
    self.observed = observed
    self.fitted = fitted
  }

  /// The QQ points of the ascending sample `sorted` against `law`: at most `maximumPoints`
  /// plotting positions pⱼ = (j − ½)/m, j = 1…m, m = min(n, maximumPoints) (Hazen's positions),
  /// each with the ⌈pⱼ·n⌉-th smallest value. With m = n these are the order statistics
  /// themselves, x₍ⱼ₎ at (j − ½)/n.
  package static func points(sorted: [Double], law: Distribution, maximumPoints: Int = 1_000) -> [QuantilePair] {
    let n = sorted.count
    let m = min(n, max(1, maximumPoints))
    guard n > 0 else { return [] }
    return (1...m).map { j in
      let p = (Double(j) - 0.5) / Double(m)
      let rank = m == n ? j : min(n, max(1, Int((p * Double(n)).rounded(.up))))
      return QuantilePair(probability: p, observed: sorted[rank - 1], fitted: law.quantile(p))
    }
  }
}
