import Foundation
import Stochastics
import Testing
@testable import Model

/// HTCondor's core (issue 5, first part): collector ads, negotiation cycles, claim delay,
/// job leases and vanilla restarts.
struct CondorTests {
  static func condorize(_ config: ModelConfig, claimDelay: Double = 5) -> ModelConfig {
    var copy = config
    copy.batch.system = .condor(CondorConfig())
    copy.batch.condor.claimDelay = claimDelay
    return copy
  }

  @Test func aMachineJoinsWhenItsAdArrivesAndJobsStartAtNegotiation() throws {
    // VM at 70 s: the startd's ad reaches the collector at once (no cron, no restart).
    // A job submitted at 100 s starts at the 120 s negotiation cycle plus the 5 s claim.
    let observer = RecordingObserver()
    let config = Self.condorize(Fixtures.cyclingHost(up: 1e6, arrivalEvery: 100, runtime: 50, duration: 300))
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 70)
    #expect(model.hosts[0].server == .up && model.isUsable(0))
    model.advance(through: 119)
    #expect(model.queue.count == 1)
    let summary = { model.advance(through: 300); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.start == 120)
    #expect(attempt.end == 175)  // 120 + 5 s claim + 50 s of work
    #expect(summary.meanRegistrationLatency == 70)
    #expect(summary.batchRestarts == 0)
  }

  @Test func theCollectorForgetsAVanishedMachineAfterTheAdLifetime() {
    // Startd up at 70 s: ads at 70, 370, 670, 970 s. The PC dies at 1000 s; the ad
    // expires at 970 + 900 = 1870 s (detection latency 870 s).
    let config = Self.condorize(Fixtures.cyclingHost(up: 1000, down: 10_000, duration: 3000))
    let model = CondorLab.started(config)
    model.advance(through: 1869)
    #expect(model.hosts[0].server == .up)
    model.advance(through: 1870)
    #expect(model.hosts[0].server == .absent)
    let summary = { model.advance(through: 3000); return model.finish() }()
    #expect(summary.meanDetectionLatency == 870)
  }

  @Test func aJobOnAVanishedMachineIsRequeuedWhenItsLeaseRunsOut() throws {
    // Job 1 is matched at the 900 s cycle and dies with the PC at 1000 s. Its lease
    // (2400 s) runs out at 3400 s: it is requeued (no user resubmission, not lost).
    let observer = RecordingObserver()
    let config = Self.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 900, runtime: 200, duration: 3500), claimDelay: 0)
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 1000)
    #expect(observer.attempts.map { ($0.start, $0.end, $0.outcome) }.first! == (900, 1000, .lost))
    model.advance(through: 3399)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 3400)
    #expect(model.jobs[0].state == .queued)
    let summary = { model.advance(through: 3500); return model.finish() }()
    #expect(summary.requeues == 1 && summary.jobsLost == 0 && summary.resubmissions == 0)
  }

  @Test func aLeasedJobIsRequeuedAtOnceWhenTheStartdReturns() {
    // Down at 1000 s for 30 s: the fresh startd (1100 s) no longer knows the job, so the
    // shadow's reconnect fails and the job is requeued then, long before its lease ends.
    let config = Self.condorize(
      Fixtures.cyclingHost(up: 1000, down: 30, arrivalEvery: 900, runtime: 200, duration: 1500), claimDelay: 0)
    let model = CondorLab.started(config)
    model.advance(through: 1099)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1100)
    #expect(model.jobs[0].state == .queued)  // requeued now; the next negotiation cycle is at 1140 s
  }

  @Test func withoutChurnCondorAndTorqueGiveTheSameThroughput() {
    // Always-up hosts, no owners: every job is done either way; only the start delays differ.
    var torque = TheoryTests.instantLab(
      hosts: 10, availability: .always, arrivalMean: 900, runtime: .exponential(mean: 7200),
      duration: 60 * 86_400, warmup: 86_400)
    torque.registration.mode = .live
    let condor = Self.condorize(torque)
    let a = LabModel(config: torque).run(), b = LabModel(config: condor).run()
    // Jobs completed in the window differ only by those near its edges.
    let n = Double(a.jobsCompleted)
    #expect(abs(Double(b.jobsCompleted) - n) <= 4 * n.squareRoot())
    #expect(a.attemptsLost == 0 && b.attemptsLost == 0 && b.jobsLost == 0)
  }

  @Test func vanillaRestartsWasteTheExpectedWorkPerEviction() {
    // A job of fixed work W on a machine whose remaining up time is Exp(U) is killed with
    // probability 1 − e^{−W/U}; the work lost given a kill is the truncated mean
    // U − W e^{−W/U} / (1 − e^{−W/U}). Condor restarts vanilla jobs from scratch.
    let work = 3600.0, up = 4 * 3600.0
    var config = TheoryTests.instantLab(
      hosts: 100, availability: .alternating(up: .exponential(mean: up), down: .exponential(mean: 1800)),
      arrivalMean: 300, runtime: .constant(work), duration: 120 * 86_400, warmup: 86_400)
    config = Self.condorize(config, claimDelay: 0)
    config.batch.condor.jobLeaseDuration = 60
    let observer = RecordingObserver()
    _ = LabModel.statistical(config, observer: observer).run()
    let lost = observer.attempts.filter { $0.outcome == .lost && $0.start >= config.warmup }.map { $0.end - $0.start }
    let q = exp(-work / up)
    let theory = up - work * q / (1 - q)
    let mean = lost.reduce(0, +) / Double(lost.count)
    let sd = (lost.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(lost.count - 1)).squareRoot()
    let tolerance = 4 * sd / Double(lost.count).squareRoot()
    print("validation | vanilla lost work per eviction | theory \(theory) | measured \(mean) | ±4 SE \(tolerance) | n = \(lost.count)")
    #expect(abs(mean - theory) <= tolerance)
    // And the eviction probability.
    let ended = observer.attempts.filter { $0.start >= config.warmup }
    let p = Double(lost.count) / Double(ended.count)
    #expect(abs(p - (1 - q)) <= 4 * ((1 - q) * q / Double(ended.count)).squareRoot())
  }
}

/// HTCondor's DESKTOP policy with a host-aware startd.
struct CondorDesktopTests {
  /// One always-up PC, Condor with no claim delay, a student whose keyboard is active
  /// for 100 s and then idle for a long time, and load 0.1 core.
  static func desk(hostAware: Bool, policy: CondorPolicy = .desktop, typing: Double = 100) -> ModelConfig {
    var config = CondorTests.condorize(
      ModelConfig(name: "desk", duration: 20_000, hostGroups: [HostGroup(name: "pc", count: 1)],
                  registration: RegistrationConfig(mode: .instant),
                  workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1))), claimDelay: 0)
    config.batch.condor.hostAware = hostAware
    config.batch.condor.policy = policy
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(0.1),
                                activity: KeyboardActivity(active: .constant(typing), idle: .constant(1e6)))
    return config
  }

  /// A model of `config` with a 5000 s job submitted at 0 s (it starts at the 60 s cycle)
  /// and a student logging in at 1000 s until `end`. With `checkRunning`, the job must be
  /// running between the cycle and the student's arrival.
  static func studentArrives(_ config: ModelConfig, observer: RecordingObserver? = nil, until end: Double,
                             checkRunning: Bool = false) -> CondorLab {
    let model = CondorLab.started(config, observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 5000)
    if checkRunning {
      model.advance(through: 60)
      #expect(model.busySlots == 1)
    }
    model.advance(through: 1000)
    model.startSession(0, until: end)
    return model
  }

  @Test func theOwnerReturningSuspendsThenVacatesTheJob() {
    // A 5000 s job runs from the 60 s cycle. A student logs in at 1000 s and types until
    // 2000 s: the job is suspended (speed 0); 10 min later (1600 s) it is vacated and
    // requeued. The student leaves at 2500 s; the machine takes jobs again once the
    // keyboard has been idle 15 min (2000 + 900 = 2900 s); the job restarts from scratch
    // at the 2940 s cycle and ends 5000 s later.
    let observer = RecordingObserver()
    let model = CondorDesktopTests.studentArrives(Self.desk(hostAware: true, typing: 1000), observer: observer, until: 2500, checkRunning: true)
    #expect(model.hosts[0].suspended && model.hosts[0].speed == 0)
    model.advance(through: 1599)
    #expect(model.busySlots == 1)
    model.advance(through: 1600)
    #expect(model.busySlots == 0 && model.queue.count == 1)
    #expect(!model.hosts[0].startdAccepting)
    model.advance(through: 2899)
    #expect(!model.hosts[0].startdAccepting)
    model.advance(through: 2900)
    #expect(model.hosts[0].startdAccepting)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.attemptsEvicted == 1 && summary.requeues == 1 && summary.jobsLost == 0)
    #expect(observer.attempts.map { ($0.start, $0.end, $0.outcome) }.first! == (60, 1600, .lost))
    #expect(observer.attempts.last.map { ($0.start, $0.end, $0.outcome) }! == (2940, 7940, .completed))
  }

  @Test func aShortAbsenceOnlySuspends() {
    // The student leaves at 1200 s; CONTINUE needs 5 min of idle keyboard after typing
    // stopped (1100 + 300 = 1400 s) — before PREEMPT (1600 s): the job resumes and loses
    // 400 s of wall time, no work.
    let observer = RecordingObserver()
    let model = CondorDesktopTests.studentArrives(Self.desk(hostAware: true), observer: observer, until: 1200)
    model.advance(through: 1400)
    #expect(!model.hosts[0].suspended)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.attemptsEvicted == 0)
    #expect(observer.attempts.first.map { ($0.start, $0.end) }! == (60, 5460))
  }

  @Test func aGuestStartdCannotSeeTheOwner() {
    // Without host_aware (and with always-run) the job runs through the session, sharing the CPU.
    for config in [Self.desk(hostAware: false), Self.desk(hostAware: true, policy: .alwaysRun)] {
      let model = CondorLab.started(config)
      model.advance(through: 0)
      model.submitTestJob(cores: 1, runtime: 5000)
      model.advance(through: 1000)
      model.startSession(0, until: 3000)
      #expect(!model.hosts[0].suspended && model.hosts[0].speed > 0)
      let summary = { model.advance(through: 20_000); return model.finish() }()
      #expect(summary.attemptsEvicted == 0 && summary.ownerImpairedHours > 0)
    }
  }
}

/// The remaining HTCondor transitions: a failed match (C3) and the attempt cap (C9).
struct CondorEdgeTests {
  @Test func aMatchToAVanishedMachineFailsAndDropsItsAd() {
    // The PC dies at 1000 s; its ad is listed until 1870 s. A job submitted at 1050 s is
    // matched to it at the 1080 s cycle: the claim fails and the ad is dropped at once.
    let config = CondorTests.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 1050, runtime: 100, duration: 1500))
    let model = CondorLab.started(config)
    model.advance(through: 1079)
    #expect(model.hosts[0].server == .up && model.queue.count == 1)
    model.advance(through: 1080)
    #expect(model.hosts[0].server == .absent && model.queue.count == 1)
    let summary = { model.advance(through: 1500); return model.finish() }()
    #expect(summary.dispatchFailures == 1)
    #expect(summary.meanDetectionLatency == 80)
  }

  @Test func maxAttemptsCapsTheRequeues() {
    // With batch.condor.max_attempts: 1 the job whose machine vanished is lost at its lease's
    // end; the user's resubmit policy (here: unlimited) does not apply under HTCondor.
    var config = CondorTests.condorize(
      Fixtures.cyclingHost(up: 1000, down: 10_000, arrivalEvery: 900, runtime: 200,
                           resubmit: .after(.constant(60), maxAttempts: nil), duration: 3500), claimDelay: 0)
    config.batch.condor.maxAttempts = 1
    let summary = LabModel(config: config).run()
    #expect(summary.jobsLost == 1 && summary.requeues == 0 && summary.resubmissions == 0)
  }

  @Test func inInstantModeAReturningMachineRequeuesItsLeasedJobsAtOnce() {
    var config = CondorTests.condorize(
      Fixtures.cyclingHost(mode: .instant, up: 1000, down: 30, arrivalEvery: 900, runtime: 200, duration: 1500),
      claimDelay: 0)
    config.batch.condor.jobLeaseDuration = 2400
    let model = CondorLab.started(config)
    model.advance(through: 1029)
    #expect(model.jobs[0].state == .awaitingRequeue)
    model.advance(through: 1030)
    #expect(model.jobs[0].state == .queued)
  }
}

/// HTCondor's standard universe: periodic checkpoints, checkpoint on vacate, resuming from
/// the last checkpoint, and the bound it puts on lost work.
struct CondorStandardUniverseTests {
  static let checkpoint = CheckpointConfig(interval: .constant(3600), imageSize: 1e8, bandwidth: 1e7)  // 10 s

  static func alwaysUp(work: Double) -> ModelConfig {
    var config = CondorTests.condorize(
      ModelConfig(name: "std", duration: 40_000, hostGroups: [HostGroup(name: "pc", count: 1)],
                  registration: RegistrationConfig(mode: .instant),
                  workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(work))), claimDelay: 0)
    config.batch.condor.universe = .standard(checkpoint)
    return config
  }

  @Test func periodicCheckpointsCostTheirTime() throws {
    // 20,000 s of work from the 60 s cycle; checkpoints every 3600 s of wall time, 10 s each:
    // at 3660, 7270, 10880, 14490 and 18100 s. The job ends at 60 + 20,000 + 5 × 10 s.
    let observer = RecordingObserver()
    let model = CondorLab.started(Self.alwaysUp(work: 20_000), observer: observer)
    model.advance(through: 0)
    model.submitTestJob(cores: 1, runtime: 20_000)
    let summary = { model.advance(through: 40_000); return model.finish() }()
    let attempt = try #require(observer.attempts.first)
    #expect(attempt.end == 60 + 20_000 + 50)
    #expect(abs(summary.checkpointCoreHours * 3600 - 50) < 1e-9)
  }

  @Test func aVacatedJobResumesFromItsCheckpoint() throws {
    // DESKTOP with the host link: the student types from 5000 s to 6000 s; suspended at
    // 5000 s, vacated with a checkpoint at 5600 s (work done: 5000 − 60 − 10 = 4930 s).
    // Back at START (6000 + 900 = 6900 s), matched at the 6900 s cycle, it needs 20,000 − 4930 s more.
    let (summary, attempts) = CondorVacateExample.run(Self.alwaysUp(work: 20_000))
    #expect(summary.attemptsEvicted == 1)
    #expect(summary.wastedCoreHoursEviction == 0)  // the vacate checkpoint saved everything
    let last = try #require(attempts.last)
    #expect(last.outcome == .completed && last.start == 6900)
    // 15,070 s of work left and checkpoints at +3600 s (4 of them before it ends).
    #expect(last.end == 6900 + 15_070 + 4 * 10)
  }

  @Test func checkpointsBoundTheLostWork() {
    // Long jobs on failing PCs: every lost execution loses at most the checkpoint interval
    // plus one checkpoint's cost (here 3600 + 10 s), where vanilla loses the whole execution.
    func run(_ universe: CondorUniverse) -> RunSummary {
      var config = TheoryTests.instantLab(
        hosts: 50, availability: .alternating(up: .exponential(mean: 6 * 3600), down: .exponential(mean: 1800)),
        arrivalMean: 1800, runtime: .constant(8 * 3600), duration: 60 * 86_400, warmup: 86_400)
      config = CondorTests.condorize(config, claimDelay: 0)
      config.batch.condor.jobLeaseDuration = 60
      config.batch.condor.universe = universe
      return LabModel.statistical(config).run()
    }
    let standard = run(.standard(Self.checkpoint)), vanilla = run(.vanilla)
    #expect(standard.attemptsLost > 100)
    #expect(standard.wastedCoreHours * 3600 <= Double(standard.attemptsLost) * (3600 + 10))
    #expect(vanilla.wastedCoreHours > 2 * standard.wastedCoreHours)
    // The lab is not saturated, so both complete every job; resuming makes them finish sooner.
    #expect(standard.meanResponse < vanilla.meanResponse)
  }
}

struct CondorThresholdTests {
  @Test func aLongerMaxSuspendTimeDelaysPreemption() {
    // As in theOwnerReturningSuspendsThenVacatesTheJob, but MaxSuspendTime 30 min:
    // typing stops at 2000 s and CONTINUE comes at 2300 s, before PREEMPT (2800 s).
    var config = CondorDesktopTests.desk(hostAware: true, typing: 1000)
    config.batch.condor.thresholds.maxSuspendTime = 1800
    let model = CondorDesktopTests.studentArrives(config, until: 2500)
    model.advance(through: 2299)
    #expect(model.hosts[0].suspended)
    model.advance(through: 2300)
    #expect(!model.hosts[0].suspended)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.attemptsEvicted == 0)
  }

  @Test func aCheckpointLongerThanMaxVacateTimeIsNotSaved() {
    // A 2 GB image over 1 MB/s takes 2000 s > MaxVacateTime (600 s): the vacate loses the work.
    var config = CondorDesktopTests.desk(hostAware: true, typing: 1000)
    config.batch.condor.universe = .standard(CheckpointConfig(interval: .constant(1e6), imageSize: 2e9, bandwidth: 1e6))
    let model = CondorDesktopTests.studentArrives(config, until: 2500)
    let summary = { model.advance(through: 20_000); return model.finish() }()
    #expect(summary.attemptsEvicted == 1)
    #expect(abs(summary.wastedCoreHoursEviction * 3600 - 1540) < 1e-9)  // 60 s → 1600 s
  }
}

struct CondorCPUBusyTests {
  @Test func aHeavyStudentSuspendsTheJobAfterTwoMinutes() {
    // Load 0.8 cores (≥ HighLoad 0.5) with the keyboard never counted as busy: SUSPEND
    // comes only after the load has lasted CPUBusy time, 120 s after the session began.
    var config = CondorDesktopTests.desk(hostAware: true)
    config.owners?.load = .constant(0.8)
    config.batch.condor.thresholds.keyboardBusyTime = 0
    let model = CondorDesktopTests.studentArrives(config, until: 5000)
    model.advance(through: 1119)
    #expect(!model.hosts[0].suspended)
    model.advance(through: 1120)
    #expect(model.hosts[0].suspended)
  }
}
