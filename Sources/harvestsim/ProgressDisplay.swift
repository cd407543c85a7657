import Foundation

/// Shows a long run's progress on stderr, when stderr is a terminal: the
/// simulated time reached, the elapsed wall time and an ETA. Silent for runs
/// that end within two seconds, and when stderr is a file or a pipe.
final class ProgressDisplay {
  private let endTime: Double
  private let started = Date()
  private var lastDrawn = Date.distantPast
  private var shown = false
  private let enabled = isatty(STDERR_FILENO) != 0

  init(endTime: Double) {
    self.endTime = endTime
  }

  func update(_ simulated: Double) {
    guard enabled else { return }
    let now = Date()
    let elapsed = now.timeIntervalSince(started)
    guard elapsed >= 2, now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
    lastDrawn = now
    shown = true
    let fraction = endTime > 0 ? min(1, simulated / endTime) : 1
    let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : .infinity
    let line = String(format: "\rsimulated %.1f of %.1f days (%4.1f%%)  elapsed %.0f s  ETA %@   ",
                      simulated / 86_400, endTime / 86_400, fraction * 100, elapsed,
                      eta.isFinite ? String(format: "%.0f s", eta) : "?")
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    guard shown else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
  }
}
