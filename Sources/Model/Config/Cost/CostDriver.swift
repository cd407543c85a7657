/// What makes a run cost events or memory: one of the scenario's sizes or rates.
public enum CostDriver: Sendable, Equatable, Hashable {
  /// A host group's PCs (memory) and their availability changes, boots and registrations (events).
  case hostGroup(Int)
  /// The jobs: their arrivals, starts and ends (events), and the jobs in the system (memory).
  case jobs
  /// The students: log-ins, session ends and keyboard activity.
  case owners
  /// The time-series samples.
  case samples
  /// The CE's join cron and the batch server restarts it causes.
  case registration
}
