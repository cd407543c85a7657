import Testing
@testable import Model

/// pbs_sched's queue walk: `fifo` skips a job that does not fit, `strict-fifo` stops at it.
struct SchedulingPolicyTests {
  /// One usable 2-core node running a 1-core job, then a 2-core job and a 1-core job queued.
  func queueBlockedByABigJob(_ policy: SchedulingPolicy) -> LabModel {
    var config = Fixtures.cyclingHost(up: 1e6, cores: 2)
    config.batch.torque.policy = policy
    let model = LabModel.started(config)
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
    #expect(model.jobs[Int(model.queue[model.queue.firstPosition])].cores == 2)
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
    let model = LabModel.started(config)
    model.advance(through: 200)
    let slot = model.submitTestJob(cores: 1)
    model.schedulingPass()
    #expect(model.jobs[slot].host == 1)
  }
}
