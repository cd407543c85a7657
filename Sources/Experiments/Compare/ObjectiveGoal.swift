/// Which way a planner wants an objective to go.
package enum ObjectiveGoal: String, Sendable, Equatable {
  /// More is better.
  case max
  /// Less is better.
  case min
}
