/// Counts and simple statistics of one pass over a workload trace. It is updated as jobs
/// are read, and is complete once ``WorkloadReader/next()`` has returned nil.
///
/// Every job record read is either used or skipped for exactly one reason, so
/// `recordsRead == jobsUsed + skippedTotal`, and
/// `tasksEmitted == jobsUsed − splitJobs + splitTasks`.
package struct WorkloadSummary: Equatable, Sendable {
  /// The job records read (job lines parsed; header, comment, blank and bad lines excluded).
  package internal(set) var recordsRead = 0
  /// The job records turned into simulated jobs.
  package internal(set) var jobsUsed = 0
  /// The jobs and tasks handed out (a split job counts once per task; ``WorkloadReader/scan()``
  /// counts the tasks it reads past, so its summary is that of a full read).
  package internal(set) var tasksEmitted = 0
  /// The records skipped, by reason (every reason is present, possibly with 0).
  package internal(set) var skipped: [WorkloadSkipReason: Int] = Dictionary(
    uniqueKeysWithValues: WorkloadSkipReason.allCases.map { ($0, 0) })
  /// The records with more than one processor that passed every other check (whether they
  /// were then rejected, capped, split or kept).
  package internal(set) var multiProcessorJobs = 0
  /// The jobs whose processors were reduced to the host's cores.
  package internal(set) var cappedJobs = 0
  /// The jobs split into serial tasks.
  package internal(set) var splitJobs = 0
  /// The serial tasks made from split jobs.
  package internal(set) var splitTasks = 0
  /// The bad lines skipped (non-strict reading only).
  package internal(set) var badLines = 0
  /// The trace origin: the first known submit time in the file (nil if there is none).
  package internal(set) var traceOrigin: Double?
  /// The earliest arrival time of a used job (seconds after the window start, scaled).
  package internal(set) var earliestArrival: Double?
  /// The latest arrival time of a used job (seconds after the window start, scaled).
  package internal(set) var latestArrival: Double?
  /// The sum of the run times of the used jobs (each job once, even if split).
  package internal(set) var totalRunTime = 0.0
  /// The sum of the trace processors of the used jobs (before capping or splitting); it
  /// stops at `Int.max` rather than overflow (only absurd widths under `cap` get there).
  package internal(set) var totalProcessors = 0

  /// The number of records skipped for `reason`.
  package func skipped(_ reason: WorkloadSkipReason) -> Int { skipped[reason] ?? 0 }

  /// The number of records skipped for any reason.
  package var skippedTotal: Int { skipped.values.reduce(0, +) }

  /// `latestArrival − earliestArrival`, or 0 when fewer than one job was used.
  package var arrivalSpan: Double {
    guard let earliestArrival, let latestArrival else { return 0 }
    return latestArrival - earliestArrival
  }

  /// The mean run time of the used jobs in seconds (each job once), or nil if none was used.
  package var meanRunTime: Double? {
    jobsUsed == 0 ? nil : totalRunTime / Double(jobsUsed)
  }

  /// The mean number of trace processors of the used jobs (before capping or splitting), or
  /// nil if none was used.
  package var meanProcessors: Double? {
    jobsUsed == 0 ? nil : Double(totalProcessors) / Double(jobsUsed)
  }

  mutating func skip(_ reason: WorkloadSkipReason) {
    skipped[reason, default: 0] += 1
  }

  mutating func use(runTime: Double, processors: Int, arrival: Double) {
    jobsUsed += 1
    totalRunTime += runTime
    let (sum, overflow) = totalProcessors.addingReportingOverflow(processors)
    totalProcessors = overflow ? Int.max : sum
    earliestArrival = min(earliestArrival ?? arrival, arrival)
    latestArrival = max(latestArrival ?? arrival, arrival)
  }
}
