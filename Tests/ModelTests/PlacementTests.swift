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
    let model = TorqueLab.started(Self.lab(.ownerAway))
    model.advance(through: 10)
    model.startSession(student, until: 5000)
    let slot = model.submitTestJob(cores: 1, runtime: 100)
    model.schedulingPass()
    #expect(model.jobs[slot].host == Int32(1 - student))
    // With no student-free PC left, the next job goes to the student's PC.
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
