import Model

/// How a variant brings back a job whose execution was lost: who does it, and how many
/// executions a job may have in all. Variants that differ in this differ in `jobs_lost` by
/// construction, whatever their batch systems do otherwise.
package struct LossHandling: Sendable, Equatable {
  /// Who brings a lost job back.
  package enum Agent: String, Sendable {
    /// The batch system requeues it (HTCondor's schedd, Slurm's `JobRequeue=1`, rerunnable TORQUE jobs).
    case batchSystem = "requeued by the batch system"
    /// Its user resubmits it (`workload.resubmit`).
    case users = "resubmitted by users"
    /// Nobody: it stays lost (`workload.resubmit: never`).
    case nobody = "never brought back"
  }

  /// Who brings it back.
  package var agent: Agent
  /// The most executions a job may have, the first included; nil for no limit.
  package var maxExecutions: Int?

  /// A handling given by its parts.
  package init(agent: Agent, maxExecutions: Int?) {
    self.agent = agent
    self.maxExecutions = maxExecutions
  }

  /// The handling of `config`'s batch system and workload.
  package init(_ config: ModelConfig) {
    let requeues: (Bool, Int?) =
      switch config.batch.system {
      case .condor(let condor): (true, condor.maxAttempts)
      case .slurm(let slurm): (slurm.jobRequeue, nil)
      case .torque(let torque): (torque.rerunnable, nil)
      }
    if requeues.0 {
      agent = .batchSystem
      maxExecutions = requeues.1
    } else {
      switch config.workload.resubmit {
      case .never:
        agent = .nobody
        maxExecutions = 1
      case .after(_, let maxAttempts):
        agent = .users
        maxExecutions = maxAttempts
      }
    }
  }

  /// "at most 3 executions, resubmitted by users", "any number of executions, requeued by the batch system".
  package var text: String {
    if agent == .nobody { return "one execution, " + agent.rawValue }
    let limit = maxExecutions.map { "at most \($0) executions" } ?? "any number of executions"
    return limit + ", " + agent.rawValue
  }

  /// A note for the comparison when its variants allow different numbers of executions, naming
  /// the variants of each kind; nil when they all allow the same.
  package static func note(variants: [(name: String, config: ModelConfig)]) -> String? {
    var groups: [(handling: LossHandling, names: [String])] = []
    for (name, config) in variants {
      let handling = LossHandling(config)
      if let index = groups.firstIndex(where: { $0.handling == handling }) {
        groups[index].names.append(name)
      } else {
        groups.append((handling, [name]))
      }
    }
    guard Set(groups.map(\.handling.maxExecutions)).count > 1 else { return nil }
    let kinds = groups.map { "\($0.handling.text): \($0.names.joined(separator: ", "))" }
    return "note: the variants bring a lost job back differently, so jobs_lost compares these policies as well "
      + "as the batch systems (" + kinds.joined(separator: "; ") + ")."
  }
}
