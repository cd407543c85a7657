/// Which files a run writes besides `summary.csv` (the `output` section).
public struct OutputOptions: Sendable, Equatable {
  /// Write `jobs.csv`, one row per execution attempt.
  public var jobs: Bool
  /// Write `timeseries.csv`.
  public var timeseries: Bool

  /// Creates output options; both files are on by default.
  public init(jobs: Bool = true, timeseries: Bool = true) {
    self.jobs = jobs
    self.timeseries = timeseries
  }
}
