import Dispatch
import Experiments
import Foundation

/// How harvestsim answers SIGINT (Ctrl-C) and SIGTERM (`kill`, a batch system's time limit).
///
/// Inside ``stoppingGently(_:message:_:)`` (sweeps and comparisons) the first signal raises
/// the given ``StopSignal``: the work stops at its next check, keeping what is finished.
/// Any other signal (outside, or a second one) deletes every temporary output file of this
/// process (``PartialFileRegistry``) and exits at once with status 128 + the signal
/// number (130, 143). Either way no `.NAME.partial-…` file is left behind.
///
/// SIGXFSZ is ignored, so that a file size limit (`ulimit -f`) makes a write fail with
/// EFBIG, reported as an error, instead of killing the program.
enum Interruption {
  private struct State {
    /// The stop signal of the running gentle stop, and its message.
    var gentleStop: (signal: StopSignal, message: String)?
    /// The first signal received.
    var received: Int32?
  }

  private static let state = Locked(State())
  /// The signal sources, kept alive; set once by ``install()``, before any other thread runs.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  /// Installs the handlers; called once, before any command runs.
  static func install() {
    signal(SIGXFSZ, SIG_IGN)
    for number in [SIGINT, SIGTERM] {
      // The default action would kill the process at once: the dispatch source sees the signal instead.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { received(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// Runs `body` so that the first SIGINT or SIGTERM raises `stop` and prints `message`.
  static func stoppingGently<T>(_ stop: StopSignal, message: String, _ body: () throws -> T) rethrows -> T {
    state.withLock { $0.gentleStop = (stop, message) }
    defer { state.withLock { $0.gentleStop = nil } }
    return try body()
  }

  /// 128 + the first signal received (130 for SIGINT when none was).
  static var exitStatus: Int32 { 128 + (state.withLock { $0.received } ?? SIGINT) }

  private static func received(_ number: Int32) {
    let gentleMessage = state.withLock { state -> String? in
      if state.received == nil { state.received = number }
      guard let gentle = state.gentleStop, !gentle.signal.isRaised else { return nil }
      gentle.signal.raise()
      return gentle.message
    }
    if let gentleMessage {
      CommandFailure.printError(gentleMessage)
      return
    }
    let removed = PartialFileRegistry.shared.removeAllAndClose()
    CommandFailure.printError("\ninterrupted by \(number == SIGTERM ? "SIGTERM" : "SIGINT")"
      + (removed > 0 ? "; removed the \(removed) unfinished output file\(removed == 1 ? "" : "s")" : ""))
    _exit(128 + number)
  }
}
