import Stochastics

/// One variant in the Pareto analysis: a line of pareto.csv.
package struct ParetoEntry: Sendable, Equatable {
  /// The variant's name.
  package var variant: String
  /// Whether every constraint holds and every objective and constrained metric has a value.
  package var feasible: Bool
  /// Whether it is feasible and no feasible variant dominates it.
  package var pareto: Bool
  /// Why it is not feasible: each constraint it breaks (as ``DecisionConstraint/text``), and
  /// `no value of METRIC` for an objective or constrained metric it has no value of.
  package var violated: [String]
  /// Its mean and 95% CI of each objective, in objective order.
  package var objectives: [ConfidenceInterval]
  /// The first feasible variant (in file order) that dominates it, if any.
  package var dominatedBy: Int?
}
