/// Makes the random streams of one run, and guarantees that no two of them share a seed.
///
/// Streams take 32-bit seeds, so among the ~20,000 streams of a 10,000-host lab two
/// derived seeds coincide with probability about 5%; two processes would then draw
/// the same numbers. The factory remembers the seeds it handed out and, on a clash,
/// derives again from the stream name with a `#1`, `#2`, ... suffix. The result is
/// deterministic for a given order of requests.
package final class RandomStreamFactory {
  private let seed: UInt64
  private let replication: Int
  private var used: Set<UInt32> = []

  /// Seeds clashed and were derived again (for diagnostics).
  package private(set) var clashes = 0

  /// A factory for the streams of replication `replication` under master seed `seed`.
  package init(seed: UInt64, replication: Int) {
    self.seed = seed
    self.replication = replication
  }

  /// The stream for `name` and `entity`, seeded by
  /// ``RandomStream/derivedSeed(seed:replication:stream:entity:)`` unless that seed is taken.
  package func stream(_ name: String, entity: Int = 0) -> RandomStream {
    var candidate = RandomStream.derivedSeed(seed: seed, replication: replication, stream: name, entity: entity)
    var salt = 0
    while !used.insert(candidate).inserted {
      salt += 1
      clashes += 1
      candidate = RandomStream.derivedSeed(
        seed: seed, replication: replication, stream: "\(name)#\(salt)", entity: entity)
    }
    return RandomStream(seed32: candidate)
  }
}
