import Testing
@testable import Model

/// `batch.drain_before_shutdown` in pbs_sched's pass (J11): a job whose requested walltime on
/// the chosen node would end after the next scheduled switch-off is not started and stays
/// queued. The lab is open 08:00–20:00 every day with the PCs off when closed (time 0 is
/// Monday 00:00: on at 28,800 s, off at 72,000 s, on again at 115,200 s), and nodes are
/// usable while their PC is up (`instant` registration; a PC coming up asks for a pass).
struct TorqueDrainTests {
  /// PCs of `cores` cores under `policy`, with the timetable and the drain on or off.
  static func config(cores: [Int], policy: SchedulingPolicy, drain: Bool = true) -> ModelConfig {
    var config = TraceRun.config(cores: cores, policy: policy, duration: 2 * 86_400)
    config.timetable = Timetable(
      start: CalendarDate(year: 2006, month: 10, day: 2)!,
      week: Array(repeating: OpeningHours(open: 8 * 3600, close: 20 * 3600), count: 7), power: .offWhenClosed)
    config.batch.drainBeforeShutdown = drain
    return config
  }

  /// Each job's first start, in arrival order.
  static func starts(_ jobs: [TraceJob], _ config: ModelConfig) -> [Double] {
    let records = TraceRun.starts(jobs, config: config)
    return (1...jobs.count).map { records[UInt64($0)]?.start ?? .nan }
  }

  /// At 18:00 a 3 h job (it would end at 21:00, after the 20:00 switch-off), then a 30 min one.
  static let evening = [TraceRun.job(64_800, cores: 1, runtime: 10_800), TraceRun.job(64_801, cores: 1, runtime: 1800)]

  @Test func aJobThatWouldRunPastTheSwitchOffStaysQueued() {
    // fifo: the 3 h job is passed over at 64,800 s and again at 64,801 s, where the 30 min job
    // (ending 66,601 s) starts. The PC comes on at 115,200 s and its pass starts the 3 h job
    // (ending 126,000 s, before the next switch-off at 158,400 s).
    let starts = Self.starts(Self.evening, Self.config(cores: [1], policy: .fifo))
    #expect(starts == [115_200, 64_801])
  }

  @Test func strictFifoStopsAtADrainedJob() {
    // strict-fifo: the pass stops at the drained 3 h job, so the 30 min job waits behind it:
    // the 3 h job starts at 115,200 s and the 30 min job when it ends, at 126,000 s.
    let starts = Self.starts(Self.evening, Self.config(cores: [1], policy: .strictFifo))
    #expect(starts == [115_200, 126_000])
  }

  @Test func easyBackfillNeitherStartsNorBackfillsADrainedJob() {
    // One 3-core PC. R (2 cores, 60,000–70,000 s) runs; W (2 cores, 1000 s) arrives at 64,800 s
    // and is blocked: it reserves the PC at the shadow time 70,000 s, with 1 extra core.
    // D (1 core, 8000 s, to 72,801 s) would backfill on the extra core, but it would run past
    // the 72,000 s switch-off: it neither starts nor backfills, and E (1 core, 600 s) takes the
    // free core at once instead. W starts at 70,000 s; D waits for the next day's 115,200 s.
    let jobs = [
      TraceRun.job(60_000, cores: 2, runtime: 10_000), TraceRun.job(64_800, cores: 2, runtime: 1000),
      TraceRun.job(64_801, cores: 1, runtime: 8000), TraceRun.job(64_802, cores: 1, runtime: 600),
    ]
    #expect(Self.starts(jobs, Self.config(cores: [3], policy: .easyBackfill)) == [60_000, 70_000, 115_200, 64_802])
    // Without the drain D backfills at 64,801 s on the extra core and E, finding no free core,
    // waits until W ends at 71,000 s.
    let undrained = Self.starts(jobs, Self.config(cores: [3], policy: .easyBackfill, drain: false))
    #expect(undrained == [60_000, 70_000, 64_801, 71_000])
  }

  @Test func easyBackfillReservesNothingForAJobTheDrainWillRefuse() {
    // One 4-core PC. R (3 cores, 60,000–70,000 s) runs; W (4 cores, 3000 s) arrives at 64,800 s
    // and is blocked. Its shadow time is 70,000 s, but it would then end at 73,000 s, after the
    // 72,000 s switch-off: the drain would refuse that start, so W gets no reservation, and
    // B (1 core, 6000 s, to 70,801 s, before the switch-off) takes the free core at 64,801 s.
    // W runs the next day, when the PC comes on at 115,200 s.
    let jobs = [
      TraceRun.job(60_000, cores: 3, runtime: 10_000), TraceRun.job(64_800, cores: 4, runtime: 3000),
      TraceRun.job(64_801, cores: 1, runtime: 6000),
    ]
    #expect(Self.starts(jobs, Self.config(cores: [4], policy: .easyBackfill)) == [60_000, 115_200, 64_801])
    // A reservation for W would have kept B off the core (B ends after the shadow time and
    // the shadow leaves no extra core); at 70,000 s B would then run past the switch-off
    // too, and both would wait for the next day.
    var reserved = ShutdownDrain(enabled: true, calendar: LabCalendar(Self.config(cores: [4], policy: .easyBackfill).timetable))
    let wAtShadow = reserved.allowsLater(start: 70_000, walltime: 3000, now: 64_800)
    let bNow = reserved.allowsLater(start: 64_801, walltime: 6000, now: 64_801)
    #expect(!wAtShadow && bNow)
  }

  @Test func withoutTheOptionTheJobStarts() {
    // The 3 h job starts at 18:00 and is lost at the 20:00 switch-off; the 30 min job waits.
    let starts = Self.starts(Self.evening, Self.config(cores: [1], policy: .fifo, drain: false))
    #expect(starts[0] == 64_800)
    #expect(starts[1] > 64_801)
  }
}
