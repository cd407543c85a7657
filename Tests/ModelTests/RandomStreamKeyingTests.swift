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
    let small = LabModel(config: Self.lab(firstGroupCount: 3))
    let large = LabModel(config: Self.lab(firstGroupCount: 9))
    for member in 0..<4 {
      let a = small.availabilityStreams[3 + member]!, b = large.availabilityStreams[9 + member]!
      #expect(a.seedUsed == b.seedUsed)
      #expect(small.vmStreams[3 + member].seedUsed == large.vmStreams[9 + member].seedUsed)
      #expect(a.uniform() == b.uniform())
    }
    // The first group's shared hosts keep their streams too.
    #expect(small.availabilityStreams[0]!.seedUsed == large.availabilityStreams[0]!.seedUsed)
  }

  @Test func everyHostHasItsOwnStreams() {
    let model = LabModel(config: Self.lab(firstGroupCount: 3))
    let seeds = model.availabilityStreams.compactMap { $0?.seedUsed } + model.vmStreams.map(\.seedUsed)
    #expect(Set(seeds).count == seeds.count)
  }
}
