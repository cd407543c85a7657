import Testing
@testable import Stochastics

struct RandomStreamFactoryTests {
  @Test func firstRequestUsesTheDerivedSeed() {
    let factory = RandomStreamFactory(seed: 42, replication: 3)
    let stream = factory.stream("arrivals", entity: 7)
    #expect(stream.seedUsed == RandomStream.derivedSeed(seed: 42, replication: 3, stream: "arrivals", entity: 7))
    #expect(factory.clashes == 0)
  }

  @Test func aClashIsDerivedAgainDeterministically() {
    let factory = RandomStreamFactory(seed: 42, replication: 0)
    let first = factory.stream("same")
    let second = factory.stream("same")  // the same key twice: the second seed must differ
    #expect(first.seedUsed != second.seedUsed)
    #expect(factory.clashes == 1)
    #expect(second.seedUsed == RandomStream.derivedSeed(seed: 42, replication: 0, stream: "same#1", entity: 0))
  }

  @Test func manyStreamsNeverShareASeed() {
    let factory = RandomStreamFactory(seed: 1, replication: 0)
    var seeds = Set<UInt32>()
    for entity in 0..<20_000 { seeds.insert(factory.stream("host", entity: entity).seedUsed) }
    #expect(seeds.count == 20_000)
  }
}
