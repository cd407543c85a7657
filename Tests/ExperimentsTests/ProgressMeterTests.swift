import Testing

@testable import Experiments

/// The one progress display of run, sweep and compare (``ProgressMeter``), driven with
/// elapsed times by hand.
struct ProgressMeterTests {
  static func runs(done: Int, total: Int, failed: Int = 0, resumed: Int = 0) -> ProgressAmount {
    .runs(SweepProgress(done: done, total: total, failed: failed, resumed: resumed))
  }

  @Test func etaIsTheTimedRateAppliedToWhatRemains() {
    // 10 of 40 runs found done, 6 more done in 30 s (5 s each), 2 failed: 40 − 18 = 22 remain → 110 s.
    let amount = Self.runs(done: 16, total: 40, failed: 2, resumed: 10)
    #expect(amount.completed == 18)
    #expect(amount.timed == 6)
    #expect(amount.secondsRemaining(elapsed: 30) == 110)
    #expect(abs(amount.fraction - 0.45) < 1e-15)
    // Nothing done by this invocation yet: no rate, no ETA.
    #expect(Self.runs(done: 10, total: 40, resumed: 10).secondsRemaining(elapsed: 30) == nil)
    // One run: 7 of 28 simulated days in 12 s → 21 days more take 36 s.
    let run = ProgressAmount.simulated(reached: 7 * 86_400, end: 28 * 86_400)
    #expect(abs((run.secondsRemaining(elapsed: 12) ?? 0) - 36) < 1e-9)
    #expect(run.detail == "simulated 7.0 of 28.0 d")
    #expect(ProgressAmount.simulated(reached: 1800, end: 6 * 3600).detail == "simulated 0.5 of 6.0 h")
  }

  @Test func clockShowsMinutesThenHours() {
    #expect(ProgressMeter.clock(0) == "0:00")
    #expect(ProgressMeter.clock(59.6) == "1:00")
    #expect(ProgressMeter.clock(754) == "12:34")
    #expect(ProgressMeter.clock(3 * 3600 + 4 * 60 + 5) == "3:04:05")
    #expect(ProgressMeter.clock(.infinity) == "?")
  }

  @Test func plainLinesEveryTenthAndAtTheEndInOneWording() {
    var meter = ProgressMeter(style: .lines)
    // Within the first 2 s nothing is shown, whatever the progress.
    #expect(meter.update(Self.runs(done: 5, total: 10), elapsed: 1.9) == nil)
    // 6/10 at 4 s: a new tenth → a line. ETA: 6 runs in 4 s, 4 remain → 2.67 s → "0:03".
    #expect(meter.update(Self.runs(done: 6, total: 10), elapsed: 4)
      == "progress: 60%  6/10 runs  elapsed 0:04  ETA 0:03\n")
    // Same tenth, 10 s later: nothing (not yet 60 s).
    #expect(meter.update(Self.runs(done: 6, total: 10), elapsed: 14) == nil)
    // A report accounting for less than one shown (out of order) is ignored.
    #expect(meter.update(Self.runs(done: 5, total: 10), elapsed: 15) == nil)
    // A minute without a new tenth: a line anyway (ETA: 6 runs in 64 s, 4 left → 42.7 s).
    #expect(meter.update(Self.runs(done: 6, total: 10, failed: 0), elapsed: 64) == nil)  // same amount: not shown twice
    #expect(meter.update(ProgressAmount.simulated(reached: 6.5, end: 10), elapsed: 64)
      == "progress: 65%  simulated 6.5 of 10.0 s  elapsed 1:04  ETA 0:34\n")
    // The end: always a line.
    #expect(meter.update(Self.runs(done: 9, total: 10, failed: 1), elapsed: 70)
      == "progress: 100%  9/10 runs, 1 failed  elapsed 1:10  ETA 0:00\n")
    #expect(meter.finish() == nil)  // lines need no clean-up
  }

  @Test func workEndingWithinTwoSecondsShowsNothing() {
    var meter = ProgressMeter(style: .lines)
    #expect(meter.update(Self.runs(done: 10, total: 10), elapsed: 1.5) == nil)
    #expect(!meter.hasShown)
    var bar = ProgressMeter(style: .bar)
    #expect(bar.update(Self.runs(done: 10, total: 10), elapsed: 1.5) == nil)
    #expect(bar.finish() == nil)
  }

  @Test func barIsRedrawnInPlaceAtMostFiveTimesASecondAndErasedAtTheEnd() {
    var meter = ProgressMeter(style: .bar)
    // 1/4 of 10 characters, rounded down, filled = 2; 25%; 1 run in 3 s, 3 remain → 9 s.
    #expect(meter.update(Self.runs(done: 1, total: 4), elapsed: 3)
      == "\r[##--------] 25%  1/4 runs  elapsed 0:03  ETA 0:09\u{1B}[K")
    #expect(meter.update(Self.runs(done: 2, total: 4), elapsed: 3.1) == nil)  // within 0.2 s
    #expect(meter.update(Self.runs(done: 2, total: 4), elapsed: 3.3)?.hasPrefix("\r[#####-----] 50%") == true)
    // The last report is drawn however soon it comes.
    #expect(meter.update(Self.runs(done: 4, total: 4), elapsed: 3.35)?.contains("100%  4/4 runs") == true)
    #expect(meter.finish() == "\r\u{1B}[2K")
  }

  @Test func barLineFitsEightyColumnsForSweepsOfThousandsOfRunsOverHours() {
    let meter = ProgressMeter(style: .bar)
    // 1,234 runs in 9 h, 3,754 to go: ETA 27:22:47, the widest a 4-digit sweep needs.
    let long = Self.runs(done: 1_234, total: 5_000, failed: 12)
    let text = meter.text(long, elapsed: 9 * 3600)
    let visible = text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\u{1B}[K", with: "")
    #expect(visible.count <= 80, "\(visible.count): \(visible)")
  }
}
