/// One job (or, with ``MultiProcessorPolicy/split``, one task of a job) to simulate.
package struct WorkloadJob: Equatable, Sendable {
  /// The trace record the job comes from, unchanged.
  package var record: SWFRecord
  /// The arrival time in seconds after the window start, scaled by
  /// ``WorkloadOptions/arrivalScale``.
  package var arrivalTime: Double
  /// The run time in seconds (positive).
  package var runTime: Double
  /// The processors to simulate: as in the trace, capped by ``MultiProcessorPolicy/cap(hostCores:)``,
  /// or 1 for a task of a split job.
  package var processors: Int
  /// The processors the trace gives (the field chosen by ``WorkloadOptions/processorField``).
  package var traceProcessors: Int
  /// The 0-based index of this task within its job (0 unless the job was split).
  package var taskIndex: Int
  /// The number of tasks the job became (1 unless the job was split).
  package var taskCount: Int

  /// Creates a job.
  package init(
    record: SWFRecord, arrivalTime: Double, runTime: Double, processors: Int,
    traceProcessors: Int, taskIndex: Int = 0, taskCount: Int = 1
  ) {
    self.record = record
    self.arrivalTime = arrivalTime
    self.runTime = runTime
    self.processors = processors
    self.traceProcessors = traceProcessors
    self.taskIndex = taskIndex
    self.taskCount = taskCount
  }

  /// The job number in the trace.
  package var jobNumber: Int { record.jobNumber }
  /// The requested (wall-clock limit) time in seconds, if the trace gives it.
  package var requestedTime: Double? { record.requestedTime }
  /// The user identifier, if the trace gives it.
  package var userID: Int? { record.userID }
  /// The queue number, if the trace gives it.
  package var queueNumber: Int? { record.queueNumber }
}
