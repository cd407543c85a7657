/// One job line of a Standard Workload Format (SWF 2.2) file, exactly as written.
///
/// The 18 fields follow the Parallel Workloads Archive definition. A value of `-1` means
/// "unknown" and is read as `nil`; every other value, including other negative numbers, is
/// kept as written. Times are in seconds, memory in kilobytes per processor. Fields 1, 5, 8
/// and 11–17 must be integers; the others may have a fractional part (field 6, the average
/// CPU time, often has).
package struct SWFRecord: Equatable, Sendable {
  /// The number of fields on an SWF 2.2 job line.
  package static let fieldCount = 18

  /// The 1-based line number of this job in its file.
  package var lineNumber: Int
  /// Field 1: the job number (kept as written, even if it is `-1`).
  package var jobNumber: Int
  /// Field 2: the submit time, in seconds from the start of the log (or an absolute time,
  /// for logs that use one).
  package var submitTime: Double?
  /// Field 3: the time the job waited in the queue, in seconds.
  package var waitTime: Double?
  /// Field 4: the run time (wall clock), in seconds.
  package var runTime: Double?
  /// Field 5: the number of processors allocated to the job.
  package var allocatedProcessors: Int?
  /// Field 6: the average CPU time used per processor, in seconds.
  package var averageCPUTime: Double?
  /// Field 7: the memory used, in kilobytes per processor.
  package var usedMemory: Double?
  /// Field 8: the number of processors requested.
  package var requestedProcessors: Int?
  /// Field 9: the requested (wall-clock limit) time, in seconds.
  package var requestedTime: Double?
  /// Field 10: the requested memory, in kilobytes per processor.
  package var requestedMemory: Double?
  /// Field 11: the status: 1 completed, 0 failed, 5 cancelled; 2–4 checkpointed or partial.
  package var status: Int?
  /// Field 12: the user identifier.
  package var userID: Int?
  /// Field 13: the group identifier.
  package var groupID: Int?
  /// Field 14: the executable (application) number.
  package var executableNumber: Int?
  /// Field 15: the queue number.
  package var queueNumber: Int?
  /// Field 16: the partition number.
  package var partitionNumber: Int?
  /// Field 17: the number of the job this one depends on.
  package var precedingJobNumber: Int?
  /// Field 18: the think time after the preceding job, in seconds.
  package var thinkTime: Double?

  /// The SWF status code of a cancelled job.
  package static let cancelledStatus = 5

  /// Whether the job was cancelled (status 5).
  package var isCancelled: Bool { status == Self.cancelledStatus }

  /// Creates a record with the given fields; the ones not given are unknown.
  package init(
    lineNumber: Int, jobNumber: Int, submitTime: Double? = nil, waitTime: Double? = nil,
    runTime: Double? = nil, allocatedProcessors: Int? = nil, averageCPUTime: Double? = nil,
    usedMemory: Double? = nil, requestedProcessors: Int? = nil, requestedTime: Double? = nil,
    requestedMemory: Double? = nil, status: Int? = nil, userID: Int? = nil,
    groupID: Int? = nil, executableNumber: Int? = nil, queueNumber: Int? = nil,
    partitionNumber: Int? = nil, precedingJobNumber: Int? = nil, thinkTime: Double? = nil
  ) {
    self.lineNumber = lineNumber
    self.jobNumber = jobNumber
    self.submitTime = submitTime
    self.waitTime = waitTime
    self.runTime = runTime
    self.allocatedProcessors = allocatedProcessors
    self.averageCPUTime = averageCPUTime
    self.usedMemory = usedMemory
    self.requestedProcessors = requestedProcessors
    self.requestedTime = requestedTime
    self.requestedMemory = requestedMemory
    self.status = status
    self.userID = userID
    self.groupID = groupID
    self.executableNumber = executableNumber
    self.queueNumber = queueNumber
    self.partitionNumber = partitionNumber
    self.precedingJobNumber = precedingJobNumber
    self.thinkTime = thinkTime
  }

  /// The PWA name of a field, by its 1-based position (e.g. 4 → "run time").
  package static func fieldName(_ field: Int) -> String {
    guard field >= 1 && field <= fieldNames.count else { return "field \(field)" }
    return fieldNames[field - 1]
  }

  private static let fieldNames = [
    "job number", "submit time", "wait time", "run time", "allocated processors",
    "average CPU time", "used memory", "requested processors", "requested time",
    "requested memory", "status", "user ID", "group ID", "executable number", "queue number",
    "partition number", "preceding job number", "think time",
  ]

  /// The 1-based positions of the fields that must hold integers.
  static let integerFields: Set<Int> = [1, 5, 8, 11, 12, 13, 14, 15, 16, 17]
}
