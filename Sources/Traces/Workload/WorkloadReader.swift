/// Streams the jobs of an SWF workload trace as simulated jobs, applying
/// ``WorkloadOptions``: a submit-time window, arrival scaling, the multi-processor policy,
/// and skipping of unusable records.
///
/// Records are checked in this order and the first failing check is the reason counted
/// (see ``WorkloadSkipReason``): unknown submit time; before the window; at or after the
/// window's end; cancelled (status 5); unknown run time; run time ≤ 0; no processors;
/// more than one processor under ``MultiProcessorPolicy/reject``. A job that passes them
/// all but would become more tasks under ``MultiProcessorPolicy/split`` than
/// ``WorkloadOptions/maximumTasksPerJob`` is not skipped: it is an error at its line
/// (strict or not), because dropping it would silently change the workload.
///
/// Memory is constant: the file is read through ``SWFReader``'s fixed buffer, and a split
/// job's tasks are produced one by one from a counter as ``next()`` is called, never stored
/// (``pendingTasks`` is what is left of the current bag). The whole file is read even when
/// the window ends early, because a trace need not be sorted by submit time.
///
/// Call ``next()`` until it returns nil (or use ``readAll(_:)``); ``summary`` is then
/// complete. To check a trace without simulating it, ``scan()`` reads it job by job and
/// counts each bag's tasks without handing them out.
package final class WorkloadReader {
  /// The options the trace is read with.
  package let options: WorkloadOptions
  /// The counts so far; complete once ``next()`` has returned nil.
  package private(set) var summary = WorkloadSummary()
  /// Whether the end of the file has been reached.
  package private(set) var isFinished = false

  /// The header lines of the trace.
  package var header: SWFHeader { records.header }
  /// The bad lines skipped so far (non-strict mode; see ``SWFReader/warnings``).
  package var warnings: [SWFLineError] { records.warnings }
  /// The most file bytes held in the read buffer at once.
  var maximumBufferedBytes: Int { records.maximumBufferedBytes }
  /// The bytes read from the file so far.
  var bytesRead: Int { records.bytesRead }
  /// The jobs and tasks ``next()`` has returned (``scan()`` returns none).
  private(set) var handedOut = 0

  /// The tasks of the current split job still to be handed out by ``next()`` (0 when the
  /// last job returned was not split or its last task has been returned).
  package var pendingTasks: Int {
    guard let splitting else { return 0 }
    return splitting.taskCount - splitting.taskIndex - 1
  }

  private let records: SWFReader
  /// The job whose remaining split tasks are still to be handed out.
  private var splitting: WorkloadJob?

  /// Opens the trace at `path` and reads its header.
  ///
  /// - Throws: ``SWFError/invalidOptions(_:)`` if the options are inconsistent, and the
  ///   errors of ``SWFReader/init(path:chunkSize:strict:)``.
  package init(path: String, options: WorkloadOptions = WorkloadOptions()) throws(SWFError) {
    try options.validate()
    self.options = options
    records = try SWFReader(path: path, chunkSize: options.chunkSize, strict: options.strict)
  }

  /// The next job or task, or nil at the end of the trace.
  ///
  /// - Throws: ``SWFError/badLine(_:)`` for a bad line when reading strictly or for a job
  ///   too wide to split, and ``SWFError/readFailed(path:reason:)``.
  package func next() throws(SWFError) -> WorkloadJob? {
    if var task = splitting {
      task.taskIndex += 1
      splitting = task.taskIndex + 1 < task.taskCount ? task : nil
      summary.tasksEmitted += 1
      handedOut += 1
      return task
    }
    guard let job = try nextJob() else { return nil }
    summary.tasksEmitted += 1
    handedOut += 1
    if job.taskCount > 1 { splitting = job }
    return job
  }

  /// Reads the rest of the trace, calling `body` with each job or task, and returns the
  /// complete summary.
  package func readAll(_ body: (WorkloadJob) -> Void = { _ in }) throws(SWFError)
    -> WorkloadSummary
  {
    while let job = try next() { body(job) }
    return summary
  }

  /// Reads the rest of the trace job by job, as validation needs it: every line is parsed
  /// and checked as by ``readAll(_:)``, and the summary is the same, but the tasks of a
  /// split job are counted, not handed out one by one, so a bag of a million tasks costs
  /// what one job does. Tasks of a bag that ``next()`` had begun are counted too.
  ///
  /// - Throws: the errors of ``next()``.
  package func scan() throws(SWFError) -> WorkloadSummary {
    summary.tasksEmitted += pendingTasks
    splitting = nil
    while let job = try nextJob() { summary.tasksEmitted += job.taskCount }
    return summary
  }

  /// The next record's job (a split job's first task), with the summary updated for the
  /// record, or nil at the end of the trace.
  private func nextJob() throws(SWFError) -> WorkloadJob? {
    while let record = try records.nextRecord() {
      summary.recordsRead += 1
      summary.badLines = records.badLineCount
      guard let job = try use(record) else { continue }
      summary.use(runTime: job.runTime, processors: job.traceProcessors, arrival: job.arrivalTime)
      return job
    }
    summary.badLines = records.badLineCount
    isFinished = true
    return nil
  }

  /// The job `record` becomes, or nil after counting why it is skipped.
  ///
  /// - Throws: ``SWFLineProblem/tooManyTasks(job:processors:maximum:)`` at the record's
  ///   line for a job wider than ``WorkloadOptions/maximumTasksPerJob`` under `split`.
  private func use(_ record: SWFRecord) throws(SWFError) -> WorkloadJob? {
    guard let submit = record.submitTime else { return skip(.missingSubmitTime) }
    let origin = summary.traceOrigin ?? submit
    summary.traceOrigin = origin
    let relative = submit - origin
    if relative < options.windowStart { return skip(.beforeWindow) }
    if relative >= options.windowEnd { return skip(.afterWindow) }
    if record.isCancelled { return skip(.cancelled) }
    guard let runTime = record.runTime else { return skip(.missingRunTime) }
    guard runTime > 0 else { return skip(.nonPositiveRunTime) }
    let chosen: Int?
    switch options.processorField {
    case .allocated: chosen = record.allocatedProcessors ?? record.requestedProcessors
    case .requested: chosen = record.requestedProcessors ?? record.allocatedProcessors
    }
    guard let traceProcessors = chosen, traceProcessors > 0 else {
      return skip(.missingProcessors)
    }
    var processors = traceProcessors
    var taskCount = 1
    if traceProcessors > 1 {
      summary.multiProcessorJobs += 1
      switch options.multiProcessor {
      case .reject:
        return skip(.multiProcessor)
      case .cap(let hostCores):
        if traceProcessors > hostCores {
          processors = hostCores
          summary.cappedJobs += 1
        }
      case .split:
        guard traceProcessors <= options.maximumTasksPerJob else {
          throw SWFError.badLine(SWFLineError(
            file: records.path, line: record.lineNumber,
            problem: .tooManyTasks(
              job: record.jobNumber, processors: traceProcessors,
              maximum: options.maximumTasksPerJob)))
        }
        processors = 1
        taskCount = traceProcessors
        summary.splitJobs += 1
        summary.splitTasks += traceProcessors
      }
    }
    let arrival = (relative - options.windowStart) * options.arrivalScale
    return WorkloadJob(
      record: record, arrivalTime: arrival, runTime: runTime, processors: processors,
      traceProcessors: traceProcessors, taskIndex: 0, taskCount: taskCount)
  }

  private func skip(_ reason: WorkloadSkipReason) -> WorkloadJob? {
    summary.skip(reason)
    return nil
  }
}
