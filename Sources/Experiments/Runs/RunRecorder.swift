import Model

/// Streams a run's attempts and samples into `jobs.csv` and `timeseries.csv`,
/// and forwards progress. It is the model's ``RunObserver``.
final class RunRecorder: RunObserver {
  private let identity: RunIdentity
  private let jobs: AtomicFileWriter?
  private let timeseries: AtomicFileWriter?
  private let progress: ((Double) -> Void)?
  private let suffix = ",\(ProgramVersion.current)\n"

  static let jobsHeader = CSVFormat.row([
    "scenario", "seed", "replication", "job_id", "attempt", "host", "submit_s", "start_s", "end_s", "outcome",
    "core_seconds", "loss_cause", "version",
  ])
  static let timeseriesHeader = CSVFormat.row([
    "scenario", "seed", "replication", "time_s", "hosts_up", "wns_usable", "busy_slots", "queue_length", "version",
  ])

  init(identity: RunIdentity, jobs: AtomicFileWriter?, timeseries: AtomicFileWriter?,
       progress: ((Double) -> Void)?) {
    self.identity = identity
    self.jobs = jobs
    self.timeseries = timeseries
    self.progress = progress
    jobs?.write(Self.jobsHeader)
    timeseries?.write(Self.timeseriesHeader)
  }

  func attemptEnded(_ record: AttemptRecord) {
    guard let jobs else { return }
    let n = CSVFormat.number
    jobs.write(identity.prefix + ",\(record.jobID),\(record.attempt),\(record.host),\(n(record.submit)),"
      + "\(n(record.start)),\(n(record.end)),\(record.outcome.rawValue),\(n(record.coreSeconds)),"
      + (record.cause?.rawValue ?? "") + suffix)
  }

  func sampled(_ sample: TimeSample) {
    guard let timeseries else { return }
    timeseries.write(identity.prefix + ",\(CSVFormat.number(sample.time)),\(sample.hostsUp),\(sample.wnsUsable),"
      + "\(sample.busySlots),\(sample.queueLength)" + suffix)
  }

  func progressed(to simulatedTime: Double) {
    progress?(simulatedTime)
  }
}
