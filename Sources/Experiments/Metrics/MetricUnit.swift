/// The unit a metric is measured in, as written in CSV (full precision, this unit).
package enum MetricUnit: String, Sendable, CaseIterable {
  /// A number of things (jobs, executions, restarts, events).
  case count
  /// Completed jobs per hour of the measurement window.
  case jobsPerHour = "jobs/h"
  /// Core-hours: one core for one hour.
  case coreHours = "core-h"
  /// Hours (summed over PCs where the definition says so).
  case hours = "h"
  /// Seconds.
  case seconds = "s"
  /// A number between 0 and 1.
  case fraction
  /// Kilowatt-hours of electricity.
  case kilowattHours = "kWh"
  /// Kilowatt-hours per completed job.
  case kilowattHoursPerJob = "kWh/job"
}
