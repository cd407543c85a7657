import Model

/// The columns of `summary.csv`, in order: the run's identity, the metrics,
/// the warm-up and the program version.
package enum SummaryColumns {
  /// The metric catalogue, in file order: every metric's name, unit, label, definition,
  /// better direction, aggregation and practical threshold. The CSV, the console, the
  /// plots (via `Analysis/harvestplots/metrics.json`), the reports and docs/model.md's
  /// metric table all come from it.
  package static let metrics: [SummaryMetric] = [
    SummaryMetric(
      "duration_s", .seconds, "Simulated duration", better: .neither, aggregation: .wholeRun,
      definition: "Simulated span of the run, warm-up included."
    ) { $0.duration },
    SummaryMetric(
      "jobs_submitted", .count, "Jobs submitted", better: .neither, aggregation: .windowTotal,
      definition: "Jobs first submitted in the window."
    ) { Double($0.jobsSubmitted) },
    SummaryMetric(
      "jobs_completed", .count, "Jobs completed", better: .higher, aggregation: .windowTotal,
      definition: "Jobs whose last execution ended well in the window."
    ) { Double($0.jobsCompleted) },
    SummaryMetric(
      "jobs_lost", .count, "Jobs lost", better: .lower, aggregation: .windowTotal,
      definition: "Jobs that ended in the window without completing and will not be resubmitted."
    ) { Double($0.jobsLost) },
    SummaryMetric(
      "attempts_lost", .count, "Executions lost", better: .lower, aggregation: .windowTotal,
      definition: "Executions killed by node loss, or evicted by HTCondor, in the window."
    ) { Double($0.attemptsLost) },
    SummaryMetric(
      "dispatch_failures", .count, "Dispatch failures", better: .lower, aggregation: .windowTotal,
      definition: "Dispatches to a node that was already dead; the job went back to the queue."
    ) { Double($0.dispatchFailures) },
    SummaryMetric(
      "resubmissions", .count, "Resubmissions", better: .lower, aggregation: .windowTotal,
      definition: "Jobs a user resubmitted after a loss, in the window."
    ) { Double($0.resubmissions) },
    SummaryMetric(
      "throughput_per_hour", .jobsPerHour, "Throughput", better: .higher, aggregation: .ratio,
      definition: "Jobs completed in the window per hour of window."
    ) { $0.throughputPerHour },
    SummaryMetric(
      "goodput_core_hours", .coreHours, "Goodput", better: .higher, aggregation: .windowTotal,
      definition: "Core-hours of executions that completed in the window, plus the work HTCondor checkpoints saved from lost executions."
    ) { $0.goodputCoreHours },
    SummaryMetric(
      "wasted_core_hours", .coreHours, "Wasted work", better: .lower, aggregation: .windowTotal,
      definition: "Core-hours of executions lost in the window."
    ) { $0.wastedCoreHours },
    SummaryMetric(
      "mean_wait_s", .seconds, "Mean wait per execution", better: .lower, aggregation: .meanOverAttempts,
      definition: "Mean time from (re)submission to start, over executions started in the window."
    ) { $0.meanWait },
    SummaryMetric(
      "p95_wait_s", .seconds, "95th percentile wait per execution", better: .lower, aggregation: .percentileOverAttempts,
      definition: "95th percentile of the wait from (re)submission to start, over executions started in the window."
    ) { $0.p95Wait },
    SummaryMetric(
      "mean_response_s", .seconds, "Mean response time", better: .lower, aggregation: .meanOverJobs,
      definition: "Mean time from first submission to completion, over jobs completed in the window."
    ) { $0.meanResponse },
    SummaryMetric(
      "host_availability", .fraction, "Hosts up", better: .higher, aggregation: .timeAverage,
      definition: "Time-average fraction of the lab's PCs that were switched on."
    ) { $0.hostAvailability },
    SummaryMetric(
      "wn_usable_fraction", .fraction, "Worker nodes usable", better: .higher, aggregation: .timeAverage,
      definition: "Time-average fraction of PCs whose worker node the batch system could use."
    ) { $0.wnUsableFraction },
    SummaryMetric(
      "mean_registration_latency_s", .seconds, "Mean registration latency", better: .lower, aggregation: .meanOverLatencies,
      definition: "Mean time from a PC coming up to its worker node being usable."
    ) { $0.meanRegistrationLatency },
    SummaryMetric(
      "mean_detection_latency_s", .seconds, "Mean detection latency", better: .lower, aggregation: .meanOverLatencies,
      definition: "Mean time from a PC going down to the batch system finding out."
    ) { $0.meanDetectionLatency },
    SummaryMetric(
      "batch_restarts", .count, "Batch server restarts", better: .lower, aggregation: .windowTotal,
      definition: "Restarts of the batch server (pbs_server or slurmctld) begun in the window."
    ) { Double($0.batchRestarts) },
    SummaryMetric(
      "events", .count, "Events simulated", better: .neither, aggregation: .wholeRun,
      definition: "Events that changed something, over the whole run."
    ) { Double($0.events) },
    SummaryMetric(
      "attempts_lost_crash", .count, "Executions lost to PC failures", better: .lower, aggregation: .windowTotal,
      definition: "Executions lost because the PC failed."
    ) { Double($0.attemptsLostCrash) },
    SummaryMetric(
      "attempts_lost_shutdown", .count, "Executions lost at switch-off", better: .lower, aggregation: .windowTotal,
      definition: "Executions lost because the PC was switched off at closing."
    ) { Double($0.attemptsLostShutdown) },
    SummaryMetric(
      "attempts_lost_reboot", .count, "Executions lost to reboots", better: .lower, aggregation: .windowTotal,
      definition: "Executions lost because a student rebooted the PC."
    ) { Double($0.attemptsLostReboot) },
    SummaryMetric(
      "attempts_evicted", .count, "Executions evicted", better: .lower, aggregation: .windowTotal,
      definition: "Executions HTCondor vacated because the owner came back (the job is requeued)."
    ) { Double($0.attemptsEvicted) },
    SummaryMetric(
      "requeues", .count, "Requeues", better: .lower, aggregation: .windowTotal,
      definition: "Jobs the batch system requeued after their execution was lost."
    ) { Double($0.requeues) },
    SummaryMetric(
      "attempts_restarted", .count, "Executions restarted", better: .lower, aggregation: .windowTotal,
      definition: "The same count as requeues: executions the batch system restarted by requeueing."
    ) { Double($0.requeues) },
    SummaryMetric(
      "wasted_core_hours_crash", .coreHours, "Work lost to PC failures", better: .lower, aggregation: .windowTotal,
      definition: "Wasted core-hours of executions lost to PC failures."
    ) { $0.wastedCoreHoursCrash },
    SummaryMetric(
      "wasted_core_hours_shutdown", .coreHours, "Work lost at switch-off", better: .lower, aggregation: .windowTotal,
      definition: "Wasted core-hours of executions lost at closing."
    ) { $0.wastedCoreHoursShutdown },
    SummaryMetric(
      "wasted_core_hours_reboot", .coreHours, "Work lost to reboots", better: .lower, aggregation: .windowTotal,
      definition: "Wasted core-hours of executions lost to reboots by students."
    ) { $0.wastedCoreHoursReboot },
    SummaryMetric(
      "wasted_core_hours_eviction", .coreHours, "Work lost to evictions", better: .lower, aggregation: .windowTotal,
      definition: "Wasted core-hours of executions HTCondor evicted."
    ) { $0.wastedCoreHoursEviction },
    SummaryMetric(
      "mean_time_to_first_start_s", .seconds, "Mean time to first start", better: .lower, aggregation: .meanOverJobs,
      definition: "Mean time from a job's first submission to the start of its first execution, over jobs first started in the window."
    ) { $0.meanTimeToFirstStart },
    SummaryMetric(
      "checkpoint_core_hours", .coreHours, "Checkpointing work", better: .lower, aggregation: .windowTotal,
      definition: "Core-hours spent taking HTCondor checkpoints."
    ) { $0.checkpointCoreHours },
    SummaryMetric(
      "owner_hours", .hours, "Student hours", better: .neither, aggregation: .windowTotal,
      definition: "Hours students spent logged in, summed over PCs."
    ) { $0.ownerHours },
    SummaryMetric(
      "owner_impaired_hours", .hours, "Student hours beside a busy VM", better: .lower, aggregation: .windowTotal,
      definition: "Hours students spent logged in while their PC's VM computed, summed over PCs."
    ) { $0.ownerImpairedHours },
    SummaryMetric(
      "mean_owner_slowdown", .fraction, "Mean slowdown of students' work", better: .lower, aggregation: .timeAverage,
      definition: "Time-average slowdown of logged-in students' work (VM profile owner_impact times the VM's share of the CPU)."
    ) { $0.meanOwnerSlowdown },
    SummaryMetric(
      "harvested_core_hours", .coreHours, "Harvested core-hours", better: .higher, aggregation: .windowTotal,
      definition: "Core-hours the VMs computed (busy cores times their share of the CPU), lost work included."
    ) { $0.harvestedCoreHours },
    SummaryMetric(
      "idle_core_hours_unharvested", .coreHours, "Idle core-hours not harvested", better: .lower, aggregation: .windowTotal,
      definition: "Core-hours of cores idle on PCs that were on: neither a student nor the grid used them."
    ) { $0.idleCoreHoursUnharvested },
    SummaryMetric(
      "lab_integrated_after_s", .seconds, "Time to integrate the lab", better: .lower, aggregation: .instant,
      definition: "Seconds from time 0 until 95% of the worker nodes had been usable at least once."
    ) { $0.labIntegratedAfter },
    SummaryMetric(
      "energy_kwh", .kilowattHours, "Energy", better: .lower, aggregation: .windowTotal,
      definition: "Electricity the lab's PCs drew in the window."
    ) { $0.energyKWh },
    SummaryMetric(
      "energy_kwh_per_completed_job", .kilowattHoursPerJob, "Energy per completed job", better: .lower, aggregation: .ratio,
      definition: "Energy divided by jobs completed."
    ) { $0.energyKWhPerCompletedJob },
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
