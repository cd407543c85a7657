import Model

/// The columns of `summary.csv`, in order: the run's identity, the metrics,
/// the warm-up and the program version.
package enum SummaryColumns {
  /// The metrics, in file order.
  package static let metrics: [SummaryMetric] = [
    SummaryMetric(name: "duration_s", isCount: false) { $0.duration },
    SummaryMetric(name: "jobs_submitted", isCount: true) { Double($0.jobsSubmitted) },
    SummaryMetric(name: "jobs_completed", isCount: true) { Double($0.jobsCompleted) },
    SummaryMetric(name: "jobs_lost", isCount: true) { Double($0.jobsLost) },
    SummaryMetric(name: "attempts_lost", isCount: true) { Double($0.attemptsLost) },
    SummaryMetric(name: "dispatch_failures", isCount: true) { Double($0.dispatchFailures) },
    SummaryMetric(name: "resubmissions", isCount: true) { Double($0.resubmissions) },
    SummaryMetric(name: "throughput_per_hour", isCount: false) { $0.throughputPerHour },
    SummaryMetric(name: "goodput_core_hours", isCount: false) { $0.goodputCoreHours },
    SummaryMetric(name: "wasted_core_hours", isCount: false) { $0.wastedCoreHours },
    SummaryMetric(name: "mean_wait_s", isCount: false) { $0.meanWait },
    SummaryMetric(name: "p95_wait_s", isCount: false) { $0.p95Wait },
    SummaryMetric(name: "mean_response_s", isCount: false) { $0.meanResponse },
    SummaryMetric(name: "host_availability", isCount: false) { $0.hostAvailability },
    SummaryMetric(name: "wn_usable_fraction", isCount: false) { $0.wnUsableFraction },
    SummaryMetric(name: "mean_registration_latency_s", isCount: false) { $0.meanRegistrationLatency },
    SummaryMetric(name: "mean_detection_latency_s", isCount: false) { $0.meanDetectionLatency },
    SummaryMetric(name: "batch_restarts", isCount: true) { Double($0.batchRestarts) },
    SummaryMetric(name: "events", isCount: true) { Double($0.events) },
    SummaryMetric(name: "attempts_lost_crash", isCount: true) { Double($0.attemptsLostCrash) },
    SummaryMetric(name: "attempts_lost_shutdown", isCount: true) { Double($0.attemptsLostShutdown) },
    SummaryMetric(name: "attempts_lost_reboot", isCount: true) { Double($0.attemptsLostReboot) },
    SummaryMetric(name: "attempts_evicted", isCount: true) { Double($0.attemptsEvicted) },
    SummaryMetric(name: "requeues", isCount: true) { Double($0.requeues) },
    // The name for the same count: executions the batch system restarted by requeueing.
    SummaryMetric(name: "attempts_restarted", isCount: true) { Double($0.requeues) },
    SummaryMetric(name: "wasted_core_hours_crash", isCount: false) { $0.wastedCoreHoursCrash },
    SummaryMetric(name: "wasted_core_hours_shutdown", isCount: false) { $0.wastedCoreHoursShutdown },
    SummaryMetric(name: "wasted_core_hours_reboot", isCount: false) { $0.wastedCoreHoursReboot },
    SummaryMetric(name: "wasted_core_hours_eviction", isCount: false) { $0.wastedCoreHoursEviction },
    SummaryMetric(name: "mean_time_to_first_start_s", isCount: false) { $0.meanTimeToFirstStart },
    SummaryMetric(name: "checkpoint_core_hours", isCount: false) { $0.checkpointCoreHours },
    SummaryMetric(name: "owner_hours", isCount: false) { $0.ownerHours },
    SummaryMetric(name: "owner_impaired_hours", isCount: false) { $0.ownerImpairedHours },
    SummaryMetric(name: "mean_owner_slowdown", isCount: false) { $0.meanOwnerSlowdown },
    SummaryMetric(name: "harvested_core_hours", isCount: false) { $0.harvestedCoreHours },
    SummaryMetric(name: "idle_core_hours_unharvested", isCount: false) { $0.idleCoreHoursUnharvested },
    SummaryMetric(name: "lab_integrated_after_s", isCount: false) { $0.labIntegratedAfter },
    SummaryMetric(name: "energy_kwh", isCount: false) { $0.energyKWh },
    SummaryMetric(name: "energy_kwh_per_completed_job", isCount: false) { $0.energyKWhPerCompletedJob },
  ]

  /// Column names, in file order.
  package static let names: [String] =
    ["scenario", "seed", "replication"] + metrics.map(\.name) + ["warmup_s", "version"]

  /// The header line.
  package static var header: String { CSVFormat.row(names) }

  /// The metric cells of one run, in ``metrics`` order.
  package static func metricCells(_ summary: RunSummary) -> [String] {
    metrics.map { $0.cell(summary) }
  }

  /// The data cells of one run, in ``names`` order.
  package static func cells(_ identity: RunIdentity, _ summary: RunSummary) -> [String] {
    [CSVFormat.text(identity.scenario), String(identity.seed), String(identity.replication)]
      + metricCells(summary) + [CSVFormat.number(identity.warmup), ProgramVersion.current]
  }

  /// The data line for one run.
  package static func row(_ identity: RunIdentity, _ summary: RunSummary) -> String {
    CSVFormat.row(cells(identity, summary))
  }
}
