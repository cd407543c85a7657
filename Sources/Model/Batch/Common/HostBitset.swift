/// A set of host indices as a bit set with summary levels: O(log₆₄ n) insert and remove,
/// and the lowest member (or the next one after a given host) in a few word operations.
struct HostBitset {
  /// `levels[0]` has a bit per host; each level above has a bit per non-empty word below.
  private var levels: [[UInt64]]

  init(capacity: Int) {
    var levels: [[UInt64]] = []
    var count = max(capacity, 1)
    repeat {
      let words = (count + 63) / 64
      levels.append(Array(repeating: 0, count: words))
      count = words
    } while count > 1
    self.levels = levels
  }

  /// Whether the set is empty.
  var isEmpty: Bool { levels[levels.count - 1][0] == 0 }

  func contains(_ host: Int) -> Bool { levels[0][host >> 6] & (1 << UInt64(host & 63)) != 0 }

  mutating func insert(_ host: Int) {
    var index = host
    for level in levels.indices {
      let word = index >> 6
      let wasEmpty = levels[level][word] == 0
      levels[level][word] |= 1 << UInt64(index & 63)
      guard wasEmpty else { return }
      index = word
    }
  }

  mutating func remove(_ host: Int) {
    var index = host
    for level in levels.indices {
      let word = index >> 6
      levels[level][word] &= ~(1 << UInt64(index & 63))
      guard levels[level][word] == 0 else { return }
      index = word
    }
  }

  /// The lowest member, or nil.
  func first() -> Int? { next(atOrAfter: 0) }

  /// The lowest member ≥ `host`, or nil.
  func next(atOrAfter host: Int) -> Int? {
    // Climb while the rest of the current word is empty, then descend to the lowest bit.
    var level = 0
    var index = host
    while true {
      guard level < levels.count else { return nil }
      let word = index >> 6
      guard word < levels[level].count else { return nil }
      let bits = levels[level][word] & (~0 << UInt64(index & 63))
      if bits != 0 {
        index = (word << 6) | bits.trailingZeroBitCount
        break
      }
      level += 1
      index = word + 1
    }
    while level > 0 {
      level -= 1
      index = (index << 6) | levels[level][index].trailingZeroBitCount
    }
    return index
  }
}
