/// How one run's value of a metric is formed from what happened in the run.
/// Across replications every metric is averaged, with a Student-t 95% CI.
package enum MetricAggregation: String, Sendable, CaseIterable {
  /// A count or sum over the measurement window.
  case windowTotal = "total over the window"
  /// A time average over the measurement window.
  case timeAverage = "time average over the window"
  /// A mean over jobs (each job counted once).
  case meanOverJobs = "mean over jobs"
  /// A mean over executions (a job started three times counts three times).
  case meanOverAttempts = "mean over executions"
  /// A percentile over executions.
  case percentileOverAttempts = "95th percentile over executions"
  /// A mean over measured latencies (one per host up or down).
  case meanOverLatencies = "mean over host transitions"
  /// A ratio of two window totals.
  case ratio = "ratio of window totals"
  /// A state when the measurement window opens, at the warm-up's end.
  case atWarmup = "when the window opens"
  /// A state at the end of the run.
  case atEnd = "at the end of the run"
  /// A single time in the run.
  case instant = "one time in the run"
  /// Over the whole run, warm-up included.
  case wholeRun = "whole run, warm-up included"
}
