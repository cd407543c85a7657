/// Where a variant stands on one metric (the `verdict` column of ranking.csv).
package enum RankingVerdict: String, Sendable, Equatable {
  /// The best mean in the metric's better direction (the first in file order on equal means).
  case best
  /// Cannot be told apart from the best (``DifferenceVerdict/isTie``).
  case indistinguishable
  /// Told apart from the best, and behind it.
  case worse
  /// Not ranked: the metric has no better direction, or the variant has no value.
  case notRanked = "not-ranked"
}
