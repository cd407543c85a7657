import Testing
import Stochastics

/// The generator behind every stream (GSL's taus2) passes the checks a simulation relies on:
/// uniform draws, no serial correlation, and no correlation between the streams of
/// neighbouring entities, whose seeds come from the same hash. Each bound follows from the
/// number of draws; mt19937, the generator it replaced, is held to the same bounds.
@Suite("Generator quality")
struct GeneratorQualityTests {
  static let draws = 200_000

  @Test("uniform draws fill 100 equal cells as a chi-squared test with 99 dof expects",
        arguments: RandomStream.Algorithm.allCases)
  func uniformity(_ algorithm: RandomStream.Algorithm) {
    let stream = RandomStream(seed32: RandomStream.derivedSeed(seed: 1, replication: 0, stream: "quality", entity: 0),
                              algorithm: algorithm)
    var cells = Array(repeating: 0, count: 100)
    for _ in 0..<Self.draws { cells[Int(stream.uniform() * 100)] += 1 }
    let expected = Double(Self.draws) / 100
    let statistic = cells.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
    // P(χ²₉₉ > statistic) below 0.001 would reject uniformity at that level.
    #expect(Statistics.chiSquaredUpperTail(statistic, degreesOfFreedom: 99) > 0.001, "\(algorithm): χ² = \(statistic)")
  }

  /// The sample correlation of n independent pairs has standard deviation ≈ 1/√n; 4.5 of
  /// them bound it with probability 1 − 7e-6 per check.
  static func expectUncorrelated(_ a: [Double], _ b: [Double], _ what: String) {
    let n = Double(a.count)
    let meanA = a.reduce(0, +) / n, meanB = b.reduce(0, +) / n
    var covariance = 0.0, varianceA = 0.0, varianceB = 0.0
    for (x, y) in zip(a, b) {
      covariance += (x - meanA) * (y - meanB)
      varianceA += (x - meanA) * (x - meanA)
      varianceB += (y - meanB) * (y - meanB)
    }
    let correlation = covariance / (varianceA * varianceB).squareRoot()
    #expect(abs(correlation) < 4.5 / n.squareRoot(), "\(what): correlation \(correlation)")
  }

  @Test("successive draws of one stream are uncorrelated", arguments: RandomStream.Algorithm.allCases)
  func serialCorrelation(_ algorithm: RandomStream.Algorithm) {
    let stream = RandomStream(seed32: RandomStream.derivedSeed(seed: 2, replication: 0, stream: "serial", entity: 0),
                              algorithm: algorithm)
    let values = (0...Self.draws).map { _ in stream.uniform() }
    Self.expectUncorrelated(Array(values.dropLast()), Array(values.dropFirst()), "\(algorithm) lag 1")
  }

  @Test("the streams of neighbouring entities are uncorrelated", arguments: RandomStream.Algorithm.allCases)
  func crossCorrelation(_ algorithm: RandomStream.Algorithm) {
    for entity in 0..<5 {
      let seed = { RandomStream.derivedSeed(seed: 3, replication: 0, stream: "host-availability/pc", entity: $0) }
      let a = RandomStream(seed32: seed(entity), algorithm: algorithm)
      let b = RandomStream(seed32: seed(entity + 1), algorithm: algorithm)
      let xs = (0..<20_000).map { _ in a.uniform() }
      let ys = (0..<20_000).map { _ in b.uniform() }
      Self.expectUncorrelated(xs, ys, "\(algorithm) entities \(entity), \(entity + 1)")
    }
  }

  @Test("streams use taus2")
  func streamsUseTaus2() {
    #expect(RandomStream(seed: 1, replication: 0, stream: "x").algorithm == .taus2)
    #expect(RandomStreamFactory(seed: 1, replication: 0).stream("x").algorithm == .taus2)
  }
}
