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
      "duration_s", .seconds, "Simulated duration (warm-up included)", better: .neither, aggregation: .wholeRun,
      threshold: .relative(0.01),
      definition: "The scenario's `duration`: the simulated span of the whole run, warm-up included (not the window)."
    ) { $0.duration },
    SummaryMetric(
      "jobs_submitted", .count, "Jobs submitted (first submissions)", better: .neither, aggregation: .windowTotal,
      threshold: .relative(0.01),
      definition: "Jobs whose first submission falls in the window. Resubmissions and requeues are not counted here."
    ) { Double($0.jobsSubmitted) },
    SummaryMetric(
      "jobs_completed", .count, "Jobs completed", better: .higher, aggregation: .windowTotal,
      threshold: .relative(0.01),
      definition: "Jobs whose completing execution ends in the window."
    ) { Double($0.jobsCompleted) },
    SummaryMetric(
      "jobs_lost", .count, "Jobs lost for good", better: .lower, aggregation: .windowTotal,
      threshold: .absolute(1),
      definition: "Jobs lost for good (J7, C9) at a moment in the window: under TORQUE the moment the user learns of "
        + "the loss (`loss_known`, J10), not the moment the host went down; under HTCondor when `max_attempts` stops a requeue."
    ) { Double($0.jobsLost) },
    SummaryMetric(
      "jobs_queued_at_end", .count, "Jobs queued at the end", better: .lower, aggregation: .atEnd,
      threshold: .relative(0.05),
      definition: "Jobs waiting in the batch queue when the run ends (at `duration`, or when `limits.jobs_in_system` "
        + "stops it): submitted or put back in the queue, and not started. Part of the backlog: jobs_completed + jobs_lost "
        + "+ jobs_queued_at_end + jobs_running_at_end + jobs_interrupted_at_end = jobs_submitted + jobs_in_system_at_warmup."
    ) { Double($0.jobsQueuedAtEnd) },
    SummaryMetric(
      "jobs_running_at_end", .count, "Jobs running at the end", better: .neither, aggregation: .atEnd,
      threshold: .relative(0.05),
      definition: "Jobs with an execution running (suspended and stalled ones included) when the run ends. Part of the backlog."
    ) { Double($0.jobsRunningAtEnd) },
    SummaryMetric(
      "jobs_interrupted_at_end", .count, "Jobs interrupted at the end (lost execution, not yet requeued)", better: .lower,
      aggregation: .atEnd, threshold: .relative(0.05),
      definition: "Jobs whose execution was lost and that, when the run ends, are neither back in the queue nor lost for "
        + "good: waiting for their user's resubmission delay (J3), for the batch system's requeue (a rerunnable TORQUE job, "
        + "an HTCondor job whose lease runs, a Slurm job held until its node is marked down), or for the loss to become "
        + "known to the user (TORQUE's `loss_known`, J10). Part of the backlog."
    ) { Double($0.jobsInterruptedAtEnd) },
    SummaryMetric(
      "jobs_in_system_at_warmup", .count, "Jobs carried into the window", better: .neither, aggregation: .atWarmup,
      threshold: .relative(0.05),
      definition: "Jobs in the system when the window opens, at `warmup`: submitted before it and neither completed nor "
        + "lost for good before it (queued, running or interrupted). They are not in jobs_submitted but may complete, be "
        + "lost or stay in the backlog within the window. 0 without a warm-up."
    ) { Double($0.jobsInSystemAtWarmup) },
    SummaryMetric(
      "attempts_lost", .count, "Executions lost", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Executions that ended without completing at a moment in the window: killed by a host going down (J3, "
        + "J7, J9, C6), or, under HTCondor's DESKTOP policy, vacated by the startd (S4). The sum of the three "
        + "attempts_lost_* columns and attempts_evicted."
    ) { Double($0.attemptsLost) },
    SummaryMetric(
      "dispatch_failures", .count, "Dispatches to dead nodes", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Failed starts on dead nodes (J6/N13) in the window; the job went back to the queue. Under HTCondor: "
        + "failed matches to machines whose VM is dead but whose ad is still listed (C3)."
    ) { Double($0.dispatchFailures) },
    SummaryMetric(
      "resubmissions", .count, "Resubmissions by users", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Resubmissions entering the queue (J4) in the window, counted when the job re-enters the queue, not "
        + "when it was lost."
    ) { Double($0.resubmissions) },
    SummaryMetric(
      "throughput_per_hour", .jobsPerHour, "Throughput (jobs completed per hour)", better: .higher, aggregation: .ratio,
      threshold: .relative(0.01),
      definition: "jobs_completed ÷ the window length in hours."
    ) { $0.throughputPerHour },
    SummaryMetric(
      "goodput_core_hours", .coreHours, "Goodput (native core-hours of finished or checkpointed work)", better: .higher,
      aggregation: .windowTotal, threshold: .relative(0.01),
      definition: "Work made safe in the window, in native core-hours (the job's runtime on the reference machine, "
        + "not wall time): when an execution completes, cores × (the job's native runtime − the native work its "
        + "checkpoints had already saved) ÷ 3600; when an HTCondor checkpoint is taken (periodic C10, or on vacate S4; "
        + "self-checkpointing or standard universe), cores × (the native work it saves beyond the previous checkpoint) "
        + "÷ 3600. Each amount counts if its moment (the completion or the checkpoint) is in the window, wholly, even for "
        + "an execution that started before `warmup`; work of executions still running at `duration` and not yet "
        + "checkpointed counts nothing. A job of R native seconds on c cores that completes contributes c × R ÷ 3600 in "
        + "all, however long it waited, was suspended (DESKTOP policy), slowed by the VM or a student, or restarted; "
        + "without checkpoints, goodput = Σ cores × native runtime ÷ 3600 over jobs_completed."
    ) { $0.goodputCoreHours },
    SummaryMetric(
      "occupied_core_hours", .coreHours, "Core-hours held by executions (wall time)", better: .neither,
      aggregation: .windowTotal, threshold: .relative(0.01),
      definition: "∫ (cores held by executions) dt over the window ÷ 3600: each execution's cores from its start (under "
        + "HTCondor its match, the claim delay included) to its end, completed, lost and still running at `duration` "
        + "alike, with time suspended, stalled, slowed or writing a checkpoint included. harvested_core_hours ≤ "
        + "occupied_core_hours; the difference is the time the held cores ran below full speed (suspended, stalled, or "
        + "sharing the CPU with a student)."
    ) { $0.occupiedCoreHours },
    SummaryMetric(
      "wasted_core_hours", .coreHours, "Wasted core-hours (lost executions, wall time)", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "Σ cores × (the part of [last checkpoint, end] inside the window) ÷ 3600 over lost executions, in wall "
        + "time (suspension and slowdown included), whatever the moment they were lost: only the part inside the window "
        + "counts. The last checkpoint is the start of the last checkpoint the execution took (periodic or on vacate), "
        + "or its start if it took none. The sum of the four wasted_core_hours_* columns."
    ) { $0.wastedCoreHours },
    SummaryMetric(
      "mean_job_wait_s", .seconds, "Mean wait per job (first submission to the completing start)", better: .lower,
      aggregation: .meanOverJobs, threshold: .relative(0.05),
      definition: "Mean of (start of the execution that completed − the job's first submission), over jobs completed in "
        + "the window: each job counted once, every lost execution, resubmission delay and requeue before its last "
        + "start included. Under HTCondor the start is the match. Empty when no job completed."
    ) { $0.meanJobWait },
    SummaryMetric(
      "mean_attempt_wait_s", .seconds, "Mean wait per execution (from its own (re)submission)", better: .lower,
      aggregation: .meanOverAttempts, threshold: .relative(0.05),
      definition: "Mean of (start − this execution's (re)submission time) over executions started in the window: a job "
        + "started three times counts three times, and for a resubmitted or requeued job the wait runs from the "
        + "resubmission or requeue. Many quick restarts pull it down; mean_job_wait_s counts each job once."
    ) { $0.meanAttemptWait },
    SummaryMetric(
      "p95_attempt_wait_s", .seconds, "95th percentile wait per execution", better: .lower,
      aggregation: .percentileOverAttempts, threshold: .relative(0.05),
      definition: "95th percentile of the waits of mean_attempt_wait_s, from a log-bucketed histogram within 0.1 % of "
        + "the exact sample quantile (see Details)."
    ) { $0.p95AttemptWait },
    SummaryMetric(
      "mean_response_s", .seconds, "Mean response time (first submission to completion)", better: .lower,
      aggregation: .meanOverJobs, threshold: .relative(0.05),
      definition: "Mean of (completion − first submission) over jobs completed in the window, every lost execution and "
        + "resubmission delay included."
    ) { $0.meanResponse },
    SummaryMetric(
      "host_availability", .fraction, "PCs up (fraction of the lab)", better: .higher, aggregation: .timeAverage,
      threshold: .absolute(0.01),
      definition: "∫ (hosts up) dt over the window ÷ (number of hosts × window length). A host is up only while it is "
        + "powered on, not crashed and not rebooting (§12), so time switched off by the power policy counts as down. "
        + "Summed only when a host comes up or goes down (and once at the end), not at every event, so variants that share "
        + "the hosts' up and down times (two registration modes, or two batch systems, on one replication) give "
        + "bit-identical values."
    ) { $0.hostAvailability },
    SummaryMetric(
      "wn_usable_fraction", .fraction, "Worker nodes usable (fraction of the lab)", better: .higher,
      aggregation: .timeAverage, threshold: .absolute(0.01),
      definition: "∫ (usable nodes) dt over the window ÷ (number of hosts × window length). A node is usable when "
        + "pbs_server lists it as up, its VM is running, and its phase class is not hidden by a restart (under "
        + "HTCondor: when the collector lists its ad and its VM is running; under Slurm: registered and not DOWN). "
        + "Busy nodes count; ghosts do not."
    ) { $0.wnUsableFraction },
    SummaryMetric(
      "mean_registration_latency_s", .seconds, "Mean registration latency (PC up to node usable)", better: .lower,
      aggregation: .meanOverLatencies, threshold: .relative(0.05),
      definition: "Mean of (moment the node first becomes usable in this up period − moment the host came up), over "
        + "nodes that became usable in the window; at most one sample per up period, none for an up period that ends "
        + "before its node is usable. 0 in `instant` mode. Under HTCondor, the time to the startd's first ad (C1)."
    ) { $0.meanRegistrationLatency },
    SummaryMetric(
      "mean_detection_latency_s", .seconds, "Mean detection latency (PC down to node marked down)", better: .lower,
      aggregation: .meanOverLatencies, threshold: .relative(0.05),
      definition: "Mean of (mark-down moment − the death of the node's MOM), over mark-downs in the window. The MOM's "
        + "death is the last host-down while the VM was running; a later failure of the host while the VM is still booting "
        + "or configuring does not move it. A mark-down delayed by a restart (§5) includes the wait; "
        + "mark-downs by check_nodes (N11, N12) and by failed dispatch (N13) both count. Empty in `instant` mode. Under "
        + "HTCondor the mark-down is the collector dropping the machine's ad, at its expiry (C2) or a failed match (C3)."
    ) { $0.meanDetectionLatency },
    SummaryMetric(
      "batch_restarts", .count, "Batch server restarts", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "pbs_server restarts begun in the window; under Slurm, slurmctld restarts (static nodes joining in "
        + "`restart` mode, §15). Always 0 under HTCondor."
    ) { Double($0.batchRestarts) },
    SummaryMetric(
      "events", .count, "Events simulated (whole run)", better: .neither, aggregation: .wholeRun,
      threshold: .relative(0.01),
      definition: "Events handled over the whole run that changed something (`Lab.step`: the part that handled the "
        + "event did not find it stale). Stale events, popped and ignored because they had been cancelled or overtaken "
        + "(a boot or configuration of an earlier VM life, a voided check_nodes mark-down or ad expiry, a superseded "
        + "restart end or class report, an execution end replaced at a speed change or whose job was lost first, a "
        + "keyboard toggle or session end after the session ended, a replaced startd wake-up, a void PREEMPT, lease "
        + "expiry or checkpoint), are not counted; the run summary keeps them apart as `staleEvents` (`harvestsim perf` "
        + "prints them as `stale_pops`). Events due after `duration` are never popped."
    ) { Double($0.events) },
    SummaryMetric(
      "attempts_lost_crash", .count, "Executions lost to PC failures", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Executions lost in the window because the availability process took their host down (H3, then H2)."
    ) { Double($0.attemptsLostCrash) },
    SummaryMetric(
      "attempts_lost_shutdown", .count, "Executions lost at switch-off", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Executions lost in the window because the power policy switched their host off at closing (H5, then H2)."
    ) { Double($0.attemptsLostShutdown) },
    SummaryMetric(
      "attempts_lost_reboot", .count, "Executions lost to reboots by students", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "Executions lost in the window because a student's reboot took their host down (H7, then H2)."
    ) { Double($0.attemptsLostReboot) },
    SummaryMetric(
      "attempts_evicted", .count, "Executions evicted by HTCondor", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Executions vacated in the window by HTCondor's startd under the DESKTOP policy (PREEMPT after "
        + "MaxSuspendTime, S4). The PC stays up and the job is requeued (C9 applies). 0 under TORQUE and Slurm, with "
        + "`always-run`, and with `host_aware: false`."
    ) { Double($0.attemptsEvicted) },
    SummaryMetric(
      "requeues", .count, "Requeues by the batch system", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "Jobs put back in the queue by the batch system in the window, counted when they re-enter it: "
        + "rerunnable jobs requeued by pbs_server (J9), Slurm jobs under JobRequeue, or HTCondor jobs requeued when "
        + "their lease runs out, their startd comes back, or the startd vacated them (C7, C8, S4). A job that "
        + "`max_attempts` stops is lost instead (C9) and not counted."
    ) { Double($0.requeues) },
    SummaryMetric(
      "attempts_restarted", .count, "Executions restarted by requeueing", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.05),
      definition: "The same count as requeues, under the name the TORQUE-vs-HTCondor comparison uses: executions the "
        + "batch system restarted by requeueing the job."
    ) { Double($0.requeues) },
    SummaryMetric(
      "wasted_core_hours_crash", .coreHours, "Core-hours lost to PC failures", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "The part of wasted_core_hours from executions lost with cause `crash` (H3 or H9, then H2)."
    ) { $0.wastedCoreHoursCrash },
    SummaryMetric(
      "wasted_core_hours_shutdown", .coreHours, "Core-hours lost at switch-off", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "The part of wasted_core_hours from executions lost with cause `shutdown` (H5, then H2)."
    ) { $0.wastedCoreHoursShutdown },
    SummaryMetric(
      "wasted_core_hours_reboot", .coreHours, "Core-hours lost to reboots by students", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "The part of wasted_core_hours from executions lost with cause `reboot` (H7, then H2)."
    ) { $0.wastedCoreHoursReboot },
    SummaryMetric(
      "wasted_core_hours_eviction", .coreHours, "Core-hours lost to HTCondor evictions", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "The part of wasted_core_hours from executions vacated by the HTCondor startd (cause `eviction`, S4): "
        + "the wall time from the match (plain vanilla) or the last checkpoint to the eviction, the claim and the "
        + "suspension included. A job that checkpoints on vacate wastes nothing here."
    ) { $0.wastedCoreHoursEviction },
    SummaryMetric(
      "mean_time_to_first_start_s", .seconds, "Mean time to first start (first submission to first start)",
      better: .lower, aggregation: .meanOverJobs, threshold: .relative(0.05),
      definition: "Mean of (start of the job's first execution − its first submission), over jobs whose first execution "
        + "starts in the window. Later executions do not count, and a job that never starts gives no sample. Under "
        + "HTCondor the start is the match (before the claim delay). Empty without samples."
    ) { $0.meanTimeToFirstStart },
    SummaryMetric(
      "checkpoint_core_hours", .coreHours, "Core-hours spent checkpointing", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "Σ cores × checkpoint cost ÷ 3600 over the HTCondor checkpoints (periodic, C10, and on vacate, S4; "
        + "self-checkpointing or standard universe) taken at a moment in the window, with cost = size ÷ bandwidth. The "
        + "whole cost counts at the checkpoint's start. A periodic checkpoint's time is also part of its execution's "
        + "wall time (occupied_core_hours, wasted_core_hours); a checkpoint on vacate takes no wall time. 0 under "
        + "TORQUE, Slurm and for plain vanilla jobs. A self-checkpointing job's transfer back to a new machine is not "
        + "counted."
    ) { $0.checkpointCoreHours },
    SummaryMetric(
      "owner_hours", .hours, "Student hours at the PCs", better: .neither, aggregation: .windowTotal,
      threshold: .relative(0.01),
      definition: "∫ (students logged in) dt over the window ÷ 3600, summed over PCs."
    ) { $0.ownerHours },
    SummaryMetric(
      "owner_impaired_hours", .hours, "Student hours beside a computing VM", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.05),
      definition: "∫ (PCs with a student logged in and harvested cores h > 0) dt over the window ÷ 3600: the "
        + "student-hours during which the PC's VM was computing."
    ) { $0.ownerImpairedHours },
    SummaryMetric(
      "mean_owner_slowdown", .fraction, "Mean slowdown of students' work", better: .lower,
      aggregation: .timeAverage, threshold: .absolute(0.01),
      definition: "∫ Σ (owner_impact × h ÷ cores) dt ÷ ∫ (students logged in) dt, both over the window, the sum over "
        + "PCs with a student logged in: the time average, over logged-in student time, of the slowdown a student "
        + "suffers (time logged in while the VM does not compute counts as 0). Empty when nobody was logged in."
    ) { $0.meanOwnerSlowdown },
    SummaryMetric(
      "harvested_core_hours", .coreHours, "Harvested core-hours (grid work done at full speed)", better: .higher,
      aggregation: .windowTotal, threshold: .relative(0.01),
      definition: "∫ Σ h dt over the window ÷ 3600, over hosts that are up, with h = (cores of the jobs running on the "
        + "VM) × (the VM's current speed, §12): the grid work done, in full-VM-speed core-hours (the VM profile's "
        + "slowdown not removed), whether the execution later completes, is lost, or is still running at `duration`."
    ) { $0.harvestedCoreHours },
    SummaryMetric(
      "idle_core_hours_unharvested", .coreHours, "Idle core-hours nobody used", better: .lower,
      aggregation: .windowTotal, threshold: .relative(0.01),
      definition: "∫ Σ max(0, cores − min(owner load, cores) − h) dt over the window ÷ 3600, over hosts that are up: "
        + "cores neither a student nor the grid used. Cores of hosts that are down do not count; cores of a PC whose "
        + "VM is still booting or not yet registered, and suspended cores, do."
    ) { $0.idleCoreHoursUnharvested },
    SummaryMetric(
      "lab_integration_time_s", .seconds, "Time to integrate the lab (first switch-on to 95% of nodes usable)",
      better: .lower, aggregation: .instant, threshold: .relative(0.05),
      definition: "The time from the first moment any PC comes up (the first switch-on, H1) to the moment ⌈0.95 × number of hosts⌉ distinct worker nodes have each been usable at least "
        + "once (usable as in wn_usable_fraction). Not limited to the window. A deployment's copy, which the model starts at t = 0 "
        + "(§12), is included when the PCs are up from t = 0. Empty if that never happens within the run."
    ) { $0.labIntegrationTime },
    SummaryMetric(
      "energy_kwh", .kilowattHours, "Energy drawn by the lab's PCs", better: .lower, aggregation: .windowTotal,
      threshold: .relative(0.01),
      definition: "∫ (watts drawn by all PCs) dt over the window ÷ 3.6 × 10⁶. A PC that is up draws idle + (busy − "
        + "idle) × min(1, (min(owner load, cores) + h) ÷ cores) watts; a PC that is down draws `off` watts (§12)."
    ) { $0.energyKWh },
    SummaryMetric(
      "energy_kwh_per_completed_job", .kilowattHoursPerJob, "Energy per completed job", better: .lower,
      aggregation: .ratio, threshold: .relative(0.01),
      definition: "energy_kwh ÷ jobs_completed. Empty when no job completed in the window."
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
