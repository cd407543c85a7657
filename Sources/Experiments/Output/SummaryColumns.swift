import Model

/// The columns of `summary.csv`, in order, with how each is computed.
public enum SummaryColumns {
  /// Column names, in file order.
  public static let names: [String] = columns.map(\.name)

  /// Each column and its value for one run.
  public static let columns: [(name: String, value: @Sendable (RunIdentity, RunSummary) -> String)] = [
    ("scenario", { id, _ in CSVFormat.text(id.scenario) }),
    ("seed", { id, _ in String(id.seed) }),
    ("replication", { id, _ in String(id.replication) }),
    ("duration_s", { _, s in CSVFormat.number(s.duration) }),
    ("jobs_submitted", { _, s in String(s.jobsSubmitted) }),
    ("jobs_completed", { _, s in String(s.jobsCompleted) }),
    ("jobs_lost", { _, s in String(s.jobsLost) }),
    ("attempts_lost", { _, s in String(s.attemptsLost) }),
    ("dispatch_failures", { _, s in String(s.dispatchFailures) }),
    ("resubmissions", { _, s in String(s.resubmissions) }),
    ("throughput_per_hour", { _, s in CSVFormat.number(s.throughputPerHour) }),
    ("goodput_core_hours", { _, s in CSVFormat.number(s.goodputCoreHours) }),
    ("wasted_core_hours", { _, s in CSVFormat.number(s.wastedCoreHours) }),
    ("mean_wait_s", { _, s in CSVFormat.number(s.meanWait) }),
    ("p95_wait_s", { _, s in CSVFormat.number(s.p95Wait) }),
    ("mean_response_s", { _, s in CSVFormat.number(s.meanResponse) }),
    ("host_availability", { _, s in CSVFormat.number(s.hostAvailability) }),
    ("wn_usable_fraction", { _, s in CSVFormat.number(s.wnUsableFraction) }),
    ("mean_registration_latency_s", { _, s in CSVFormat.number(s.meanRegistrationLatency) }),
    ("mean_detection_latency_s", { _, s in CSVFormat.number(s.meanDetectionLatency) }),
    ("batch_restarts", { _, s in String(s.batchRestarts) }),
    ("events", { _, s in String(s.events) }),
    ("warmup_s", { id, _ in CSVFormat.number(id.warmup) }),
    ("version", { _, _ in ProgramVersion.current }),
  ]

  /// The header line.
  public static var header: String { CSVFormat.row(names) }

  /// The data line for one run.
  public static func row(_ identity: RunIdentity, _ summary: RunSummary) -> String {
    CSVFormat.row(columns.map { $0.value(identity, summary) })
  }
}
