/// A deterministic slice of a sweep's runs: shard `index` of `count` (1-based), for
/// spreading one sweep over several machines or cluster jobs.
package struct Shard: Sendable, Equatable, CustomStringConvertible {
  /// Which slice, from 1.
  package var index: Int
  /// How many slices.
  package var count: Int

  /// Parses `i/n` with 1 ≤ i ≤ n.
  package init?(_ text: String) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  /// Whether the run at position `ordinal` of the canonical order (points, then replications) is this shard's.
  package func owns(ordinal: Int) -> Bool { ordinal % count == index - 1 }

  /// `i/n`.
  package var description: String { "\(index)/\(count)" }
}
