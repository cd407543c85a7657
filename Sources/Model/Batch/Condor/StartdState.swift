/// The real condor_startd in a machine's VM.
enum StartdState: Equatable {
  /// Dead with its VM, or not started yet.
  case dead
  /// Running since `since` (it sent its first ad then, and every `UPDATE_INTERVAL` after).
  case running(since: Double)

  /// Whether the startd runs.
  var isRunning: Bool {
    if case .running = self { true } else { false }
  }
}
