import Experiments
import Foundation

/// A sweep's progress on stderr: a redrawn bar when stderr is a terminal, a plain
/// line every 10 seconds (and at the end) otherwise.
final class SweepProgressDisplay: @unchecked Sendable {
  private let enabled: Bool
  private let terminal = isatty(STDERR_FILENO) != 0
  private let started = Date()
  private let lock = NSLock()
  private var lastDrawn = Date.distantPast
  private var last: SweepProgress?

  init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Called after each finished run.
  func update(_ progress: SweepProgress) {
    guard enabled else { return }
    lock.withLock {
      last = progress
      let now = Date()
      let interval: Double = terminal ? 0.2 : 10
      guard now.timeIntervalSince(lastDrawn) >= interval || progress.done + progress.failed >= progress.total else {
        return
      }
      lastDrawn = now
      draw(progress, now: now)
    }
  }

  private func draw(_ progress: SweepProgress, now: Date) {
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
      FileHandle.standardError.write(Data("\r[\(bar)] \(counts)  \(times)  ".utf8))
    } else {
      FileHandle.standardError.write(Data("progress: \(counts) (\(Int(fraction * 100))%)  \(times)\n".utf8))
    }
  }

  /// Ends the bar's line.
  func finish() {
    guard enabled, terminal, last != nil else { return }
    FileHandle.standardError.write(Data("\n".utf8))
  }

  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    return total >= 3600 ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
      : String(format: "%d:%02d", total / 60, total % 60)
  }
}
