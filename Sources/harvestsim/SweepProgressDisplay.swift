import Experiments
import Foundation

/// A sweep's progress on stderr: a redrawn bar when stderr is a terminal, a plain
/// line every 10 seconds (and at the end) otherwise.
///
/// Safe to call from any thread: what it remembers sits behind a `Mutex` (``Locked``), and a
/// report older than one already drawn (fewer runs accounted for) is ignored, so the
/// bar never moves backwards.
final class SweepProgressDisplay: Sendable {
  private let enabled: Bool
  private let terminal = isatty(STDERR_FILENO) != 0
  private let started = Date()
  private let state = Locked(DrawState())

  /// What the display remembers between reports.
  private struct DrawState {
    var lastDrawn = Date.distantPast
    var last: SweepProgress?
  }

  init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Called after finished runs.
  func update(_ progress: SweepProgress) {
    guard enabled else { return }
    let now = Date()
    let text: String? = state.withLock { state in
      if let last = state.last, last.done + last.failed > progress.done + progress.failed { return nil }
      state.last = progress
      let interval: Double = terminal ? 0.2 : 10
      guard now.timeIntervalSince(state.lastDrawn) >= interval || progress.done + progress.failed >= progress.total else {
        return nil
      }
      state.lastDrawn = now
      return line(progress, now: now)
    }
    if let text { FileHandle.standardError.write(Data(text.utf8)) }
  }

  private func line(_ progress: SweepProgress, now: Date) -> String {
    let elapsed = now.timeIntervalSince(started)
    let fresh = progress.done - progress.resumed
    let remaining = progress.total - progress.done - progress.failed
    let eta = fresh > 0 ? elapsed / Double(fresh) * Double(remaining) : .nan
    let fraction = progress.total > 0 ? Double(progress.done + progress.failed) / Double(progress.total) : 1
    let counts = "\(progress.done)/\(progress.total) runs" + (progress.failed > 0 ? ", \(progress.failed) failed" : "")
    let times = String(format: "elapsed %@  ETA %@", Self.clock(elapsed), eta.isFinite ? Self.clock(eta) : "?")
    if terminal {
      let width = 30
      let filled = Int((fraction * Double(width)).rounded(.down))
      let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
      return "\r[\(bar)] \(counts)  \(times)  "
    } else {
      return "progress: \(counts) (\(Int(fraction * 100))%)  \(times)\n"
    }
  }

  /// Ends the bar's line.
  func finish() {
    guard enabled, terminal, state.withLock({ $0.last != nil }) else { return }
    FileHandle.standardError.write(Data("\n".utf8))
  }

  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600 ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }
}
