/// The CE's cron scripts.
enum RegistrationEvent {
  /// The join script runs: it adds the hosts Ganglia sees to the batch system.
  case joinCron
  /// The clean-up script runs: it removes the nodes the batch system has marked down.
  case cleanupCron
}
