import Stochastics

/// One variant's place on one metric: a line of ranking.csv.
package struct RankingEntry: Sendable, Equatable {
  /// The variant's name.
  package var variant: String
  /// The variant's position in file order.
  package var position: Int
  /// Mean and 95% CI over the variant's runs where the metric is defined.
  package var value: ConfidenceInterval
  /// 1 for the best and the variants indistinguishable from it; a worse variant's rank is
  /// 1 + the number of ranked variants ahead of it (equal means share a rank). Nil when not ranked.
  package var rank: Int?
  /// (variant − best) paired by replication; for the best itself mean 0 and no CI; nil when not ranked.
  package var differenceFromBest: ConfidenceInterval?
  /// How that difference reads; nil when not ranked.
  package var differenceVerdict: DifferenceVerdict?
  /// Where the variant stands.
  package var verdict: RankingVerdict
}
