/// What Ganglia hears from one PC's gmond.
enum GmondState: Equatable {
  /// gmond runs and heartbeats, since `since`.
  case beating(since: Double)
  /// gmond is dead (or never ran): it started at `startedAt` and sent its last heartbeat at
  /// `lastHeartbeat` (both −∞ if it never ran).
  case silent(startedAt: Double, lastHeartbeat: Double)
}
