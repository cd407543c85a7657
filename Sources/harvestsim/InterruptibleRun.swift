import Dispatch
import Experiments
import Foundation

/// Runs a sweep-like job with Ctrl-C turned into a clean stop and the progress display.
enum InterruptibleRun {
  /// Calls `body` with a stop signal raised by SIGINT and a progress callback; the display
  /// is closed and the signal handler removed afterwards.
  static func run<T>(quiet: Bool, _ body: (StopSignal, @escaping @Sendable (SweepProgress) -> Void) throws -> T) throws -> T {
    let stop = StopSignal()
    signal(SIGINT, SIG_IGN)
    let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    interrupt.setEventHandler {
      stop.raise()
      CommandFailure.printError("\ninterrupted: finishing nothing more; run the same command again to resume")
    }
    interrupt.resume()
    defer { interrupt.cancel() }
    let display = SweepProgressDisplay(enabled: !quiet)
    defer { display.finish() }
    return try CommandFailure.reporting { try body(stop, display.update) }
  }
}
