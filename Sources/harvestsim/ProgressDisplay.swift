import Experiments
import Foundation

/// The progress of `run`, `sweep` and `compare` on stderr, as ``ProgressMeter`` decides:
/// a bar redrawn in place when stderr is a terminal, plain periodic lines when it is a pipe
/// or a file, nothing when disabled (`--quiet`).
///
/// Safe to call from any thread: the meter sits behind a `Mutex` (``Locked``).
final class ProgressDisplay: Sendable {
  private let enabled: Bool
  private let started = Date()
  private let meter: Locked<ProgressMeter>

  /// A display writing to stderr, unless `enabled` is false.
  init(enabled: Bool) {
    self.enabled = enabled
    meter = Locked(ProgressMeter(style: isatty(STDERR_FILENO) != 0 ? .bar : .lines))
  }

  /// Shows `amount` if the meter says it is time.
  func update(_ amount: ProgressAmount) {
    guard enabled else { return }
    let elapsed = Date().timeIntervalSince(started)
    if let text = meter.withLock({ $0.update(amount, elapsed: elapsed) }) { Self.write(text) }
  }

  /// Shows a sweep's or a comparison's runs.
  func update(_ progress: SweepProgress) {
    update(ProgressAmount.runs(progress))
  }

  /// Ends the display (erases the bar).
  func finish() {
    guard enabled else { return }
    if let text = meter.withLock({ $0.finish() }) { Self.write(text) }
  }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
