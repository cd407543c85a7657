import Model

/// Streams a run's attempts and samples into `jobs.csv` and `timeseries.csv`,
/// and forwards progress. It is the model's ``RunObserver``.
///
/// The model's callbacks cannot throw: the first write error is kept in ``failure``,
/// nothing more is written, and the run is to be stopped (``SingleRun`` asks).
final class RunRecorder: RunObserver {
  private let identity: RunIdentity
  /// The `hosts_total,slots_total` cells of every time-series row: the lab's PCs and cores.
  private let capacity: String
  private let jobs: AtomicFileWriter?
  private let timeseries: AtomicFileWriter?
  private let progress: ((Double) -> Void)?
  private let suffix = ",\(ProgramVersion.current)\n"
  /// The first write error, if any.
  private(set) var failure: OutputError?

  static let jobsHeader = CSVFormat.row([
    "scenario", "seed", "replication", "job_id", "attempt", "host", "submit_s", "start_s", "end_s", "outcome",
    "core_seconds", "loss_cause", "version",
  ])
  static let timeseriesHeader = CSVFormat.row([
    "scenario", "seed", "replication", "time_s", "hosts_total", "slots_total", "hosts_up", "wns_usable", "busy_slots",
    "queue_length", "version",
  ])

  init(identity: RunIdentity, capacity: (hosts: Int, slots: Int), jobs: AtomicFileWriter?,
       timeseries: AtomicFileWriter?, progress: ((Double) -> Void)?) {
    self.identity = identity
    self.capacity = "\(capacity.hosts),\(capacity.slots)"
    self.jobs = jobs
    self.timeseries = timeseries
    self.progress = progress
    if let jobs { record(Self.jobsHeader, to: jobs) }
    if let timeseries { record(Self.timeseriesHeader, to: timeseries) }
  }

  func attemptEnded(_ record: AttemptRecord) {
    guard let jobs else { return }
    let n = CSVFormat.number
    self.record(identity.prefix + ",\(record.jobID),\(record.attempt),\(record.host),\(n(record.submit)),"
      + "\(n(record.start)),\(n(record.end)),\(record.outcome.rawValue),\(n(record.coreSeconds)),"
      + (record.cause?.rawValue ?? "") + suffix, to: jobs)
  }

  func sampled(_ sample: TimeSample) {
    guard let timeseries else { return }
    record(identity.prefix + ",\(CSVFormat.number(sample.time)),\(capacity),\(sample.hostsUp),\(sample.wnsUsable),"
      + "\(sample.busySlots),\(sample.queueLength)" + suffix, to: timeseries)
  }

  /// Writes `line`, unless a write failed before; keeps the first failure.
  private func record(_ line: String, to writer: AtomicFileWriter) {
    guard failure == nil else { return }
    do {
      try writer.write(line)
    } catch {
      failure = error
    }
  }

  func progressed(to simulatedTime: Double) {
    progress?(simulatedTime)
  }
}
