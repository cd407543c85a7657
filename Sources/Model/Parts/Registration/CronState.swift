/// Whether a cron script has a run scheduled. The scripts run only while they have work,
/// on the ticks of their period.
enum CronState: Equatable {
  /// No run is scheduled: nothing to do.
  case idle
  /// A run is scheduled at `time`.
  case scheduled(at: Double)
}
