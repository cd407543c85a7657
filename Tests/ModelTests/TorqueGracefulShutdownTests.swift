import Testing
@testable import Model

/// A graceful power-off under TORQUE 2.5: pbs_mom's SIGTERM handler (`stop_me`, `mom_main.c`)
/// exits "leaving jobs running" without a last status to pbs_server, so a node switched off
/// by the timetable is found by `check_nodes` exactly as a crashed one is, and its jobs stay R
/// until a fresh MOM answers for them (docs/model.md §5). Boot 60 s, configure 10 s, default
/// timers; a 3 h job is submitted at 18:00 and the lab closes at 20:00 (72,000 s).
struct TorqueGracefulShutdownTests {
  /// One single-core PC; open 08:00–20:00 every day and off when closed (`shutdown`), or
  /// always on and crashing at 72,000 s for good (`crash`).
  static func config(shutdown: Bool) -> ModelConfig {
    var config = ModelConfig(
      name: "graceful", duration: 2 * 86_400,
      hostGroups: [HostGroup(name: "pc", count: 1,
                             availability: shutdown ? .always : .alternating(up: .constant(72_000), down: .constant(1e9)))],
      vm: VMLifecycleConfig(boot: .constant(60), configure: .constant(10)),
      workload: WorkloadConfig(arrival: .constant(18 * 3600), runtime: .constant(3 * 3600),
                               resubmit: .after(.constant(100), maxAttempts: nil)))
    if shutdown {
      config.timetable = Timetable(
        start: CalendarDate(year: 2006, month: 10, day: 2)!,
        week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 7), power: .offWhenClosed)
    }
    return config
  }

  @Test func aSwitchOffIsDetectedByCheckNodesAsACrashIs() {
    // Switched on at 08:00 (28,800 s), the MOM starts at 28,870 s: its statuses fall on
    // 28,870 + 45k, the last before 72,000 s at 71,980 s. The crashing PC's MOM starts at 70 s:
    // 70 + 45k also gives 71,980 s. check_nodes marks both down at the first multiple of 150 s
    // at or after 71,980 + 150 = 72,130 s: 72,150 s, 150 s after the power-off.
    for shutdown in [true, false] {
      let model = TorqueLab.started(Self.config(shutdown: shutdown))
      model.advance(through: 72_000)
      #expect(!model.hosts[0].isUp)
      #expect(model.hosts[0].server == .up)  // a ghost: pbs_server was told nothing
      #expect(model.hosts[0].lastStatus == 71_980)
      #expect(model.jobs[0].state == .awaitingRequeue)  // still R in pbs_server's view
      model.advance(through: 72_149.9)
      #expect(model.hosts[0].server == .up)
      model.advance(through: 72_150)
      #expect(model.hosts[0].server == .markedDown)
      let summary = { model.advance(through: 80_000); return model.finish() }()
      #expect(summary.detectionSamples == 1)
      #expect(summary.meanDetectionLatency == 150)
      #expect((summary.attemptsLostShutdown == 1) == shutdown)
      #expect((summary.attemptsLostCrash == 1) == !shutdown)
    }
  }

  @Test func theShutDownJobIsHandedBackWhenTheMOMReturnsInTheMorning() {
    // The node is removed at the 72,300 s clean-up. Day 2 opens at 115,200 s; the fresh MOM
    // starts at 115,270 s (class 115,270 mod 45 = 25) and its first status ends the job: the
    // user learns then and resubmits at 115,370 s. The join cron at 115,320 s restarts
    // pbs_server (back at 115,325 s) and class 25 reports at 115,360 s, so the resubmission's
    // pass starts the job at once: 115,370 s to 126,170 s. Job 2 arrives at 129,600 s.
    let observer = RecordingObserver()
    let model = TorqueLab.started(Self.config(shutdown: true), observer: observer)
    model.advance(through: 72_300)
    #expect(model.hosts[0].server == .absent)
    model.advance(through: 115_269.9)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 115_270)
    #expect(model.jobs[0].state == .awaitingResubmission)
    _ = { model.advance(through: 2 * 86_400); return model.finish() }()
    let rows = observer.attempts.map { ($0.jobID, $0.attempt, $0.submit, $0.start, $0.end) }
    #expect(rows.count == 3)
    #expect(rows[0] == (1, 1, 64_800, 64_800, 72_000))
    #expect(rows[1] == (1, 2, 115_370, 115_370, 126_170))
    #expect(rows[2] == (2, 1, 129_600, 129_600, 140_400))  // day 2 at 12:00
  }
}
