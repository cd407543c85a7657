import Foundation
import Stochastics
import Testing
@testable import Model

/// Self-checkpointing vanilla jobs (HTCondor 8.4 and later, `checkpoint_exit_code`): periodic
/// checkpoint exits and transfers (C10), the checkpoint brought back before a new execution
/// (C5), what an eviction keeps under `ON_EXIT` and `ON_EXIT_OR_EVICT` (S4), and the bound they
/// put on the work a crash loses.
struct CondorSelfCheckpointTests {
  /// 10⁸ bytes over 10⁷ B/s: every transfer takes 10 s.
  static func settings(_ transfer: OutputTransferTime = .onExit) -> SelfCheckpointConfig {
    SelfCheckpointConfig(interval: .constant(3600), size: 1e8, bandwidth: 1e7, whenToTransferOutput: transfer)
  }

  /// One always-up PC in `instant` mode, no claim delay, self-checkpointing jobs.
  static func alwaysUp(_ transfer: OutputTransferTime = .onExit) -> ModelConfig {
    var config = CondorTests.condorize(
      ModelConfig(name: "ckpt", duration: 40_000, hostGroups: [HostGroup(name: "pc", count: 1)],
                  registration: RegistrationConfig(mode: .instant),
                  workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1))), claimDelay: 0)
    config.batch.condor.universe = .selfCheckpointing(settings(transfer))
    return config
  }

  @Test func theDefaultsFollowTheManual() {
    // "taking a checkpoint about once an hour works well"; HTCondor's when_to_transfer_output
    // default is ON_EXIT; size and bandwidth are assumptions (256 MiB over 100 Mbit/s).
    let defaults = SelfCheckpointConfig()
    #expect(defaults.interval == .constant(3600))
    #expect(defaults.whenToTransferOutput == .onExit)
    #expect(abs(defaults.cost - 268_435_456 / 12_500_000) < 1e-12)
  }

  @Test func checkpointExitsCostTheirTransfer() throws {
    // 20,000 s of work from the 60 s cycle. The job exits to checkpoint every 3600 s of wall
    // time and stands still for the 10 s transfer: at 3660, 7270, 10,880, 14,490 and
    // 18,100 s. Its first execution has nothing to bring back, so it ends at
    // 60 + 20,000 + 5 × 10 s.
    let observer = RecordingObserver()
    let model = CondorLab.started(Self.alwaysUp(), observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 20_000)
    model.advance(through: 3665)
    #expect(model.jobs[0].state == .running && model.jobs[0].host == 0)
    let summary = { model.advance(through: 40_000); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 60 && attempt.end == 60 + 20_000 + 50)
    #expect(abs(summary.checkpointCoreHours * 3600 - 50) < 1e-9)
  }

  @Test func aCrashedJobResumesElsewhereAfterItsCheckpointComesBack() throws {
    // PC 0 (up 5000 s, then down for good) and PC 1 (always up). The job runs on PC 0 from
    // the 60 s cycle, checkpoints at 3660 s (3600 s of work saved at the access point) and
    // dies with the PC at 5000 s: 5000 − 3660 = 1340 s of wall time wasted (1330 s of work,
    // less than one interval). Its 60 s lease ends at 5060 s; at the 5100 s cycle it is
    // matched to PC 1, waits 10 s for its checkpoint and has 16,400 s of work left, with
    // checkpoints at 8710, 12,320, 15,930 and 19,540 s: it ends at 5110 + 16,400 + 4 × 10 s.
    var config = Self.alwaysUp()
    config.hostGroups = [
      HostGroup(name: "fails", count: 1, availability: .alternating(up: .constant(5000), down: .constant(1e6))),
      HostGroup(name: "stays", count: 1),
    ]
    config.batch.condor.jobLeaseDuration = 60
    let observer = RecordingObserver()
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 20_000)
    model.advance(through: 5100)
    #expect(model.jobs[0].state == .running && model.jobs[0].host == 1)
    #expect(model.hosts[1].speed == 1)
    let summary = { model.advance(through: 40_000); return model.finish() }()
    #expect(observer.attempts.count == 2)
    let lost = try #require(observer.attempts.first), resumed = try #require(observer.attempts.last)
    #expect(lost.start == 60 && lost.end == 5000 && lost.outcome == .lost && lost.cause == .crash)
    #expect(resumed.start == 5100 && resumed.outcome == .completed && resumed.host == 1)
    #expect(resumed.end == 5110 + 16_400 + 40)
    #expect(abs(summary.wastedCoreHours * 3600 - 1340) < 1e-9)
    // One checkpoint in the first execution, four in the second; the restore is not one.
    #expect(abs(summary.checkpointCoreHours * 3600 - 50) < 1e-9)
  }

  /// The vacate example of the standard universe (model.md §14) with a self-checkpointing job
  /// under `transfer`: the student types from 5000 s to 6000 s, the job is suspended at
  /// 5000 s and vacated at 5600 s; START holds again at 6900 s.
  static func vacated(_ transfer: OutputTransferTime) -> (RunSummary, [AttemptRecord]) {
    CondorVacateExample.run(Self.alwaysUp(transfer))
  }


  @Test func onExitAnEvictedJobKeepsOnlyItsLastCheckpoint() throws {
    // ON_EXIT (the default): no transfer at the vacate. The attempt wastes 5600 − 3660 =
    // 1940 s; the job has the 3600 s of its 3660 s checkpoint. Matched again at the 6900 s
    // cycle, it waits 10 s for the checkpoint, needs 16,400 s more and checkpoints at
    // 10,510, 14,120, 17,730 and 21,340 s: it ends at 6910 + 16,400 + 4 × 10 s.
    let (summary, attempts) = Self.vacated(.onExit)
    #expect(summary.attemptsEvicted == 1)
    #expect(abs(summary.wastedCoreHoursEviction * 3600 - 1940) < 1e-9)
    let last = try #require(attempts.last)
    #expect(last.outcome == .completed && last.start == 6900)
    #expect(last.end == 6910 + 16_400 + 40)
  }

  @Test func onExitOrEvictTheVacateSavesTheJobsState() throws {
    // ON_EXIT_OR_EVICT: the job checkpoints at the soft kill and the 10 s transfer fits in
    // MachineMaxVacateTime: it keeps the 5000 − 60 − 10 = 4930 s it had done when suspended,
    // and nothing is wasted. From 6910 s it needs 15,070 s more, with checkpoints at 10,510,
    // 14,120, 17,730 and 21,340 s: it ends at 6910 + 15,070 + 4 × 10 s.
    let (summary, attempts) = Self.vacated(.onExitOrEvict)
    #expect(summary.attemptsEvicted == 1)
    #expect(summary.wastedCoreHoursEviction == 0)
    let last = try #require(attempts.last)
    #expect(last.outcome == .completed && last.start == 6900)
    #expect(last.end == 6910 + 15_070 + 40)
    // The vacate's transfer is counted with the five periodic ones (1 + 4).
    #expect(abs(summary.checkpointCoreHours * 3600 - 60) < 1e-9)
  }

  @Test func aCrashWastesTheTimeSinceTheLastCheckpointExit() {
    // One endless job per PC on PCs whose up times are exponential (mean U = 4 h). A job whose
    // checkpoint is at the access point starts each execution with the 10 s transfer back, so
    // its checkpoints begin every p = I + c = 3610 s from the match, and the execution's last
    // checkpoint is the last multiple of p before the crash. The time to the crash is Exp(U)
    // from the match (memoryless), so the wall time wasted per lost execution is
    // (Exp(U) mod p), whose mean is U − p e^(−p/U) / (1 − e^(−p/U)), and never more than p:
    // at most one interval of work is lost. (A job's first executions start without a
    // transfer; they are a few dozen of thousands and move the mean by well under a second.)
    let hosts = 40, up = 4 * 3600.0, period = 3610.0
    var config = TheoryTests.instantLab(
      hosts: hosts, availability: .alternating(up: .exponential(mean: up), down: .exponential(mean: 1800)),
      arrivalMean: 1e12, runtime: .constant(1), duration: 150 * 86_400, warmup: 0)
    config = CondorTests.condorize(config, claimDelay: 0)
    config.batch.condor.jobLeaseDuration = 60
    config.batch.condor.universe = .selfCheckpointing(Self.settings())
    let model = CondorLab.started(config)
    model.lab.checksInvariants = false
    model.advance(through: 0)
    for _ in 0..<hosts { model.submitTestJob(cores: 1, runtime: 1e12) }
    let summary = { model.advance(through: config.duration); return model.finish() }()
    let lost = Double(summary.attemptsLost)
    let mean = summary.wastedCoreHours * 3600 / lost
    let q = exp(-period / up)
    let theory = up - period * q / (1 - q)
    // Exp mod p is at most p, so its standard deviation is below p / 2.
    let tolerance = 4 * (period / 2) / lost.squareRoot()
    print("validation | self-checkpointing waste per crash | theory \(theory) | measured \(mean) | ±4 SE \(tolerance) | n = \(Int(lost))")
    #expect(lost > 5000)
    #expect(abs(mean - theory) <= tolerance)
    #expect(summary.wastedCoreHours * 3600 <= lost * period)
    #expect(summary.jobsLost == 0 && summary.jobsCompleted == 0)
  }
}
