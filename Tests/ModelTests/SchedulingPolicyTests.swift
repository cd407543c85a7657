import Testing
@testable import Model

/// pbs_sched's queue walk: `fifo` skips a job that does not fit, `strict-fifo` stops at it.
struct SchedulingPolicyTests {
  /// One usable 2-core node running a 1-core job, then a 2-core job and a 1-core job queued.
  func queueBlockedByABigJob(_ policy: SchedulingPolicy) -> TorqueLab {
    var config = Fixtures.cyclingHost(up: 1e6, cores: 2)
    config.batch.torque.policy = policy
    let model = TorqueLab.started(config)
    model.advance(through: 200)
    model.submitTestJob(cores: 1)
    model.schedulingPass()
    #expect(model.busySlots == 1)
    model.submitTestJob(cores: 2)
    model.submitTestJob(cores: 1)
    model.schedulingPass()
    return model
  }

  @Test func fifoSkipsTheJobThatDoesNotFit() {
    let model = queueBlockedByABigJob(.fifo)
    #expect(model.busySlots == 2)
    #expect(model.queue.count == 1)
    #expect(model.jobs[model.queue[0]].cores == 2)
  }

  @Test func strictFifoStopsAtTheJobThatDoesNotFit() {
    let model = queueBlockedByABigJob(.strictFifo)
    #expect(model.busySlots == 1)
    #expect(model.queue.count == 2)
  }

  @Test func tightestFitLeavesTheBigNodeForTheBigJob() {
    // Two usable nodes, 1 and 4 free cores: a 1-core job goes to the 1-core node.
    var config = Fixtures.cyclingHost(up: 1e6, cores: 4)
    config.hostGroups.append(HostGroup(name: "small", count: 1, cores: 1, availability: .alternating(up: .constant(1e6), down: .constant(1))))
    let model = TorqueLab.started(config)
    model.advance(through: 200)
    let slot = model.submitTestJob(cores: 1)
    model.schedulingPass()
    #expect(model.jobs[slot].host == 1)
  }
}

/// EASY backfill: the first job that does not fit reserves the node that frees up first;
/// later jobs may only use that node if they end (by their estimate) before the reservation.
struct EasyBackfillTests {
  /// Two 2-core PCs: A (2 cores, 1000 s) fills PC 0, B (1 core, 500 s) half of PC 1.
  /// Queued: C (2 cores) — it must wait until B ends at 500 s on PC 1 —, then D (1 core,
  /// 600 s) and E (1 core, 200 s).
  static func blocked(_ policy: SchedulingPolicy) -> (TorqueLab, c: Int, d: Int, e: Int) {
    var config = ModelConfig(
      name: "easy", duration: 10_000, hostGroups: [HostGroup(name: "pc", count: 2, cores: 2)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1)))
    config.batch.torque.policy = policy
    let model = TorqueLab.started(config)
    model.advance(through: 0)
    let a = model.submitTestJob(cores: 2, runtime: 1000)
    model.schedulingPass()
    let b = model.submitTestJob(cores: 1, runtime: 500)
    model.schedulingPass()
    #expect(model.jobs[a].host != model.jobs[b].host)
    let c = model.submitTestJob(cores: 2, runtime: 100)
    let d = model.submitTestJob(cores: 1, runtime: 600)
    let e = model.submitTestJob(cores: 1, runtime: 200)
    model.schedulingPass()
    return (model, c, d, e)
  }

  @Test func easyBackfillLetsOnlyTheJobThatEndsBeforeTheReservation() {
    let (model, c, d, e) = Self.blocked(.easyBackfill)
    #expect(model.jobs[c].state == .queued)
    #expect(model.jobs[d].state == .queued)  // 600 s would end after the 500 s reservation
    #expect(model.jobs[e].state == .running)  // 200 s ends before it
    // C then starts when B ends at 500 s.
    model.advance(through: 500)
    #expect(model.jobs[c].state == .running)
  }

  @Test func fifoFillsTheHoleAndDelaysTheWideJob() {
    let (model, c, d, e) = Self.blocked(.fifo)
    #expect(model.jobs[c].state == .queued)
    #expect(model.jobs[d].state == .running)  // takes the free core: C now waits until 600 s
    #expect(model.jobs[e].state == .queued)
    model.advance(through: 500)
    #expect(model.jobs[c].state == .queued)
  }
}
