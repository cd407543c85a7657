/// The planner's question for `compare`: the objectives the Pareto set is formed over,
/// and the constraints a variant must meet to be in it.
package struct DecisionCriteria: Sendable, Equatable {
  /// The objectives, in the order given; never empty.
  package var objectives: [DecisionObjective]
  /// The constraints, in the order given.
  package var constraints: [DecisionConstraint]

  /// The objectives when none are given: the grid's output (`throughput_per_hour:max`),
  /// what its users lose (`jobs_lost:min`), and what the PCs' owners pay
  /// (`owner_impaired_hours:min`).
  package static let defaultObjectives = ["throughput_per_hour:max", "jobs_lost:min", "owner_impaired_hours:min"]

  /// The default question: ``defaultObjectives``, no constraint.
  package static var standard: DecisionCriteria {
    // The default names are catalogue names (checked by a test).
    try! DecisionCriteria(objectives: [], constraints: [])
  }

  /// Reads `--objective` and `--constraint` values as typed; no objective means ``defaultObjectives``.
  ///
  /// - Throws: ``DecisionOptionError`` for the first one that cannot be read, or for a metric
  ///   given as an objective twice.
  package init(objectives: [String], constraints: [String]) throws(DecisionOptionError) {
    var parsed: [DecisionObjective] = []
    for text in objectives.isEmpty ? Self.defaultObjectives : objectives {
      let objective = try DecisionObjective(parsing: text)
      if parsed.contains(where: { $0.metricName == objective.metricName }) {
        throw DecisionOptionError(option: "--objective", typed: text, "\(objective.metricName) is already an objective")
      }
      parsed.append(objective)
    }
    self.objectives = parsed
    var limits: [DecisionConstraint] = []
    for text in constraints { limits.append(try DecisionConstraint(parsing: text)) }
    self.constraints = limits
  }

  /// The metrics the objectives and constraints name, each once, objectives first.
  package var metricNames: [String] {
    var names: [String] = []
    for name in objectives.map(\.metricName) + constraints.map(\.metricName) where !names.contains(name) {
      names.append(name)
    }
    return names
  }
}
