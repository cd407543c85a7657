import Foundation
import Model
import Scenario

/// Runs one scenario and writes `summary.csv`, `jobs.csv` and `timeseries.csv` into a folder.
package enum SingleRun {
  /// Runs `scenario` and writes its files into `directory` (created if missing).
  ///
  /// Every file is written under a temporary name and renamed when all are complete;
  /// if anything fails (a full disk, a file size limit, …), no new file and no
  /// temporary file is left behind, and the old files are untouched.
  ///
  /// - Parameters:
  ///   - scenario: A loaded, validated scenario.
  ///   - directory: The output folder.
  ///   - progress: Called now and then with the simulated time reached.
  /// - Returns: The run's summary metrics.
  /// - Throws: ``OutputError`` if a file cannot be written.
  @discardableResult
  package static func execute(_ scenario: Scenario, into directory: String,
                             progress: ((Double) -> Void)? = nil) throws -> RunSummary {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw OutputError(message: "cannot create output folder '\(directory)': \(error.localizedDescription)")
    }
    func file(_ name: String) -> String { URL(fileURLWithPath: directory).appendingPathComponent(name).path }
    let identity = RunIdentity(scenario.config)
    var writers: [AtomicFileWriter] = []
    do {
      let summaryFile = try AtomicFileWriter(path: file("summary.csv"))
      writers.append(summaryFile)
      let jobs = scenario.output.jobs ? try AtomicFileWriter(path: file("jobs.csv")) : nil
      if let jobs { writers.append(jobs) }
      let timeseries = scenario.output.timeseries ? try AtomicFileWriter(path: file("timeseries.csv")) : nil
      if let timeseries { writers.append(timeseries) }
      let groups = scenario.config.hostGroups
      let capacity = (hosts: groups.reduce(0) { $0 + $1.count }, slots: groups.reduce(0) { $0 + $1.count * $1.cores })
      let recorder = RunRecorder(identity: identity, capacity: capacity, jobs: jobs, timeseries: timeseries,
                                 progress: progress)
      let model = try ModelFactory.model(scenario.config, observer: recorder)
      // A failed write stops the run at the model's next check (within 65,536 events).
      let finished = model.run(stoppingWhen: { recorder.failure != nil })
      if let failure = recorder.failure { throw failure }
      guard let summary = finished else { throw OutputError(message: "the run stopped before its end") }
      if let error = model.traceError { throw OutputError(message: "the workload trace stopped early: \(error)") }
      if let exceeded = model.jobLimitExceeded { throw OutputError(message: exceeded.explanation) }
      try summaryFile.write(SummaryColumns.header)
      try summaryFile.write(SummaryColumns.row(identity, summary))
      // All files, or (if one cannot be completed) none.
      try AtomicFileWriter.commit(writers)
      return summary
    } catch {
      for writer in writers { writer.abandon() }
      throw error
    }
  }
}
