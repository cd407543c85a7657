/// How one variant compares with another on one objective.
package enum ObjectiveOrder: Sendable, Equatable {
  /// Better, and told apart (``DifferenceVerdict/beyondThreshold``).
  case better
  /// Cannot be told apart (``DifferenceVerdict/isTie``).
  case tie
  /// Worse, and told apart.
  case worse
}
