/// How a workload trace is turned into simulated jobs.
///
/// Times are in seconds. The **trace origin** is the submit time of the first job line in
/// the file that has a known submit time (whether or not that job is used). For PWA logs
/// that is usually 0; for logs with absolute Unix times it makes times relative. The window
/// is `[windowStart, windowEnd)` in seconds after the origin, on the unscaled submit time.
/// A job used has the arrival time `(submit − origin − windowStart) × arrivalScale`, so the
/// window start is time 0 of the simulation and a scale of 0.5 packs the same jobs into half
/// the time (twice the load).
package struct WorkloadOptions: Equatable, Sendable {
  /// The most serial tasks one job may become under ``MultiProcessorPolicy/split``: one
  /// million. The tasks of a job all arrive at its submit time and wait in the queue
  /// together, so the bag's size is the least number of jobs the model holds at once. The
  /// widest machines in the Parallel Workloads Archive have some 10⁵ processors (ANL
  /// Intrepid: 163,840), so no real log reaches a million, while a corrupt width (10⁹ and
  /// more) is stopped at its line instead of exhausting memory.
  package static let defaultMaximumTasksPerJob = 1_000_000

  /// The start of the window, in seconds after the trace origin (inclusive).
  package var windowStart: Double
  /// The end of the window, in seconds after the trace origin (exclusive); infinite means
  /// no end.
  package var windowEnd: Double
  /// The factor arrival times (measured from the window start) are multiplied by; must be
  /// positive and finite.
  package var arrivalScale: Double
  /// What to do with jobs of more than one processor.
  package var multiProcessor: MultiProcessorPolicy
  /// Which field gives a job's processors.
  package var processorField: ProcessorField
  /// Whether a bad line stops reading with an error (true) or is skipped and counted as a
  /// warning (false).
  package var strict: Bool
  /// The size of the read buffer, in bytes; every line must fit in it.
  package var chunkSize: Int
  /// The most tasks one job may become under ``MultiProcessorPolicy/split``; a wider job
  /// is an error at its line (``SWFLineProblem/tooManyTasks(job:processors:maximum:)``).
  package var maximumTasksPerJob: Int

  /// Creates options; the defaults read the whole trace at its own pace, reject
  /// multi-processor jobs, use allocated processors and stop at the first bad line.
  package init(
    windowStart: Double = 0, windowEnd: Double = .infinity, arrivalScale: Double = 1,
    multiProcessor: MultiProcessorPolicy = .reject, processorField: ProcessorField = .allocated,
    strict: Bool = true, chunkSize: Int = SWFReader.defaultChunkSize,
    maximumTasksPerJob: Int = WorkloadOptions.defaultMaximumTasksPerJob
  ) {
    self.windowStart = windowStart
    self.windowEnd = windowEnd
    self.arrivalScale = arrivalScale
    self.multiProcessor = multiProcessor
    self.processorField = processorField
    self.strict = strict
    self.chunkSize = chunkSize
    self.maximumTasksPerJob = maximumTasksPerJob
  }

  /// Checks that the options are consistent.
  ///
  /// - Throws: ``SWFError/invalidOptions(_:)`` naming the first problem.
  package func validate() throws(SWFError) {
    guard windowStart.isFinite else {
      throw SWFError.invalidOptions("window start must be finite, got \(windowStart)")
    }
    guard !windowEnd.isNaN, windowEnd > windowStart else {
      throw SWFError.invalidOptions(
        "window end (\(windowEnd)) must be after window start (\(windowStart))")
    }
    guard arrivalScale.isFinite, arrivalScale > 0 else {
      throw SWFError.invalidOptions(
        "arrival scale must be positive and finite, got \(arrivalScale)")
    }
    if case .cap(let hostCores) = multiProcessor, hostCores < 1 {
      throw SWFError.invalidOptions("host cores must be at least 1, got \(hostCores)")
    }
    guard chunkSize >= 1 else {
      throw SWFError.invalidOptions("chunk size must be at least 1 byte, got \(chunkSize)")
    }
    guard maximumTasksPerJob >= 1 else {
      throw SWFError.invalidOptions(
        "the maximum tasks per job must be at least 1, got \(maximumTasksPerJob)")
    }
  }
}
