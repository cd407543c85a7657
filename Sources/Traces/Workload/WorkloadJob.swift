/// One job (or, with ``MultiProcessorPolicy/split``, one task of a job) to simulate.
public struct WorkloadJob: Equatable, Sendable {
  /// The trace record the job comes from, unchanged.
  public var record: SWFRecord
  /// The arrival time in seconds after the window start, scaled by
  /// ``WorkloadOptions/arrivalScale``.
  public var arrivalTime: Double
  /// The run time in seconds (positive).
  public var runTime: Double
  /// The processors to simulate: as in the trace, capped by ``MultiProcessorPolicy/cap(hostCores:)``,
  /// or 1 for a task of a split job.
  public var processors: Int
  /// The processors the trace gives (the field chosen by ``WorkloadOptions/processorField``).
  public var traceProcessors: Int
  /// The 0-based index of this task within its job (0 unless the job was split).
  public var taskIndex: Int
  /// The number of tasks the job became (1 unless the job was split).
  public var taskCount: Int

  /// Creates a job.
  public init(
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
  public var jobNumber: Int { record.jobNumber }
  /// The requested (wall-clock limit) time in seconds, if the trace gives it.
  public var requestedTime: Double? { record.requestedTime }
  /// The user identifier, if the trace gives it.
  public var userID: Int? { record.userID }
  /// The queue number, if the trace gives it.
  public var queueNumber: Int? { record.queueNumber }
}
