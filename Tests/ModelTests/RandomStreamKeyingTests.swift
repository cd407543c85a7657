import Stochastics
import Testing
@testable import Model

/// Common random numbers: each host's draws are keyed by its group's name and its place
/// in the group, so changing one group leaves every other host's draws alone.
struct RandomStreamKeyingTests {
  static func lab(firstGroupCount: Int) -> ModelConfig {
    let churn = Availability.alternating(up: .exponential(mean: 3600), down: .exponential(mean: 600))
    var config = Fixtures.cyclingHost(hostCount: firstGroupCount)
    config.hostGroups[0].availability = churn
    config.hostGroups.append(HostGroup(name: "second", count: 4, availability: churn))
    return config
  }

  @Test func resizingOneGroupDoesNotShiftAnotherGroupsDraws() {
    let small = TorqueLab.started(Self.lab(firstGroupCount: 3)).lab
    let large = TorqueLab.started(Self.lab(firstGroupCount: 9)).lab
    for member in 0..<4 {
      let a = small.pcs.availabilityStreams[3 + member]!, b = large.pcs.availabilityStreams[9 + member]!
      #expect(a.seedUsed == b.seedUsed)
      #expect(small.vms.streams[3 + member].seedUsed == large.vms.streams[9 + member].seedUsed)
      #expect(a.uniform() == b.uniform())
    }
    // The first group's shared hosts keep their streams too.
    #expect(small.pcs.availabilityStreams[0]!.seedUsed == large.pcs.availabilityStreams[0]!.seedUsed)
  }

  @Test func everyHostHasItsOwnStreams() {
    let lab = TorqueLab.started(Self.lab(firstGroupCount: 3)).lab
    let seeds = lab.pcs.availabilityStreams.compactMap { $0?.seedUsed } + lab.vms.streams.map(\.seedUsed)
    #expect(Set(seeds).count == seeds.count)
  }
}
