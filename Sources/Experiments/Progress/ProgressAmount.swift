/// How far one piece of long work has come, in whatever it counts (runs of a sweep or a
/// comparison, simulated seconds of one run), as ``ProgressMeter`` shows it.
package struct ProgressAmount: Sendable, Equatable {
  /// Work accounted for (done, failed or found done when resuming).
  package var completed: Double
  /// All the work planned.
  package var total: Double
  /// The part of ``completed`` done by this invocation, which took wall time: the ETA
  /// is the rate of this part over the elapsed time, applied to what remains. Runs found
  /// finished when resuming, and failures recorded without running, are not in it.
  package var timed: Double
  /// What is counted, for people: `12/30 runs, 1 failed`, `simulated 9.3 of 28 d`.
  package var detail: String

  /// An amount; `timed` is at most `completed`.
  package init(completed: Double, total: Double, timed: Double, detail: String) {
    self.completed = completed
    self.total = total
    self.timed = timed
    self.detail = detail
  }

  /// A sweep's or a comparison's runs: done and failed runs count as completed; the
  /// ETA rests on the runs this invocation finished (``SweepProgress/done`` less
  /// ``SweepProgress/resumed``).
  package static func runs(_ progress: SweepProgress) -> ProgressAmount {
    ProgressAmount(
      completed: Double(progress.done + progress.failed), total: Double(progress.total),
      timed: Double(progress.done - progress.resumed),
      detail: "\(progress.done)/\(progress.total) runs" + (progress.failed > 0 ? ", \(progress.failed) failed" : ""))
  }

  /// One run: `reached` of `end` simulated seconds.
  package static func simulated(reached: Double, end: Double) -> ProgressAmount {
    let (unit, size): (String, Double) =
      end >= 72 * 3600 ? ("d", 86_400) : end >= 2 * 3600 ? ("h", 3600) : end >= 120 ? ("min", 60) : ("s", 1)
    let clamped = min(max(reached, 0), end)
    return ProgressAmount(
      completed: clamped, total: end, timed: clamped,
      detail: "simulated \(MetricFormat.grouped(clamped / size, decimals: 1)) of "
        + "\(MetricFormat.grouped(end / size, decimals: 1)) \(unit)")
  }

  /// Completed ÷ total in 0...1 (1 when there is nothing to do).
  package var fraction: Double {
    total > 0 ? min(1, max(0, completed / total)) : 1
  }

  /// Whether everything is accounted for.
  package var isComplete: Bool { completed >= total }

  /// Seconds still to go at the rate so far (`elapsed ÷ timed × (total − completed)`);
  /// nil before any timed work.
  package func secondsRemaining(elapsed: Double) -> Double? {
    guard timed > 0, elapsed >= 0 else { return nil }
    return elapsed / timed * max(0, total - completed)
  }
}
