import Testing
@testable import Model

/// `batch.placement: owner-away`: the scheduler prefers PCs without a student.
struct PlacementTests {
  static func lab(_ placement: PlacementPolicy) -> ModelConfig {
    var config = ModelConfig(
      name: "placement", duration: 10_000, hostGroups: [HostGroup(name: "pc", count: 2)],
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .constant(1e9), runtime: .constant(1)))
    config.batch.placement = placement
    config.owners = OwnerConfig(arrivals: .constant(perHour: 0), load: .constant(0.2))
    return config
  }

  @Test(arguments: [0, 1])
  func ownerAwayPlacementAvoidsTheStudentsPC(student: Int) {
    Self.expectOwnerAwayPlacement(TorqueLab.started(Self.lab(.ownerAway)), student: student)
  }

  /// On the two-PC lab with `owner-away` placement and a student at PC `student` from 10 s,
  /// the first job goes to the other PC, and the second, with no student-free PC left, to the
  /// student's (under any batch system).
  static func expectOwnerAwayPlacement<Batch>(_ model: TestLab<Batch>, student: Int) {
    model.advance(through: 10)
    model.startSession(student, until: 5000)
    let slot = model.submitTestJob(cores: 1, runtime: 100)
    model.schedulingPass()
    #expect(model.jobs[slot].host == Int32(1 - student))
    let second = model.submitTestJob(cores: 1, runtime: 100)
    model.schedulingPass()
    #expect(model.jobs[second].host == Int32(student))
  }

  @Test func loadBlindPlacementIgnoresTheStudent() {
    // The same choice whether or not a student sits at a PC.
    var hosts: [Int32] = []
    for student in [0, 1] {
      let model = TorqueLab.started(Self.lab(.loadBlind))
      model.advance(through: 10)
      model.startSession(student, until: 5000)
      let slot = model.submitTestJob(cores: 1, runtime: 100)
      model.schedulingPass()
      hosts.append(model.jobs[slot].host)
    }
    #expect(hosts[0] == hosts[1])
  }
}
