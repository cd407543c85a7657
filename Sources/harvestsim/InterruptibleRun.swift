import Experiments

/// Runs a sweep-like job (`sweep`, `compare`) with Ctrl-C (and SIGTERM) turned into a clean stop, and the
/// progress display ``ProgressDisplay`` that `run` shows too.
enum InterruptibleRun {
  /// Calls `body` with a stop signal raised by the first SIGINT or SIGTERM (``Interruption``)
  /// and a progress callback; the display is closed afterwards. A second signal stops the
  /// program at once.
  static func run<T>(quiet: Bool, _ body: (StopSignal, @escaping @Sendable (SweepProgress) -> Void) throws -> T) throws -> T {
    let stop = StopSignal()
    let display = ProgressDisplay(enabled: !quiet)
    defer { display.finish() }
    return try Interruption.stoppingGently(
      stop, message: "\ninterrupted: finishing nothing more; run the same command again to resume"
    ) {
      try CommandFailure.reporting { try body(stop, { display.update($0) }) }
    }
  }
}
