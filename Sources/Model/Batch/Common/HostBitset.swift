/// A set of host indices as a bit set with summary levels: O(log₆₄ n) insert and remove,
/// and the lowest member (or the next one after a given host) in a few word operations.
struct HostBitset {
  /// Every level's words, the per-host level first; each level above has a bit per
  /// non-empty word below.
  private var words: [UInt64]
  /// Where each level starts in `words`, and how many words it has.
  private let offsets: [Int]
  private let counts: [Int]

  init(capacity: Int) {
    var offsets: [Int] = []
    var counts: [Int] = []
    var total = 0
    var count = max(capacity, 1)
    repeat {
      let level = (count + 63) / 64
      offsets.append(total)
      counts.append(level)
      total += level
      count = level
    } while count > 1
    self.offsets = offsets
    self.counts = counts
    words = Array(repeating: 0, count: total)
  }

  /// The number of members.
  var count: Int {
    var total = 0
    var index = 0
    let end = counts[0]
    while index < end {
      total += words[index].nonzeroBitCount
      index += 1
    }
    return total
  }

  func contains(_ host: Int) -> Bool { words[host >> 6] & (1 << UInt64(host & 63)) != 0 }

  mutating func insert(_ host: Int) {
    var index = host
    for level in offsets.indices {
      let word = offsets[level] + (index >> 6)
      let wasEmpty = words[word] == 0
      words[word] |= 1 << UInt64(index & 63)
      guard wasEmpty else { return }
      index >>= 6
    }
  }

  mutating func remove(_ host: Int) {
    var index = host
    for level in offsets.indices {
      let word = offsets[level] + (index >> 6)
      words[word] &= ~(1 << UInt64(index & 63))
      guard words[word] == 0 else { return }
      index >>= 6
    }
  }

  /// The lowest member ≥ `host`, or nil.
  func next(atOrAfter host: Int) -> Int? {
    // Climb while the rest of the current word is empty, then descend to the lowest bit.
    var level = 0
    var index = host
    while true {
      guard level < offsets.count else { return nil }
      let word = index >> 6
      guard word < counts[level] else { return nil }
      let bits = words[offsets[level] + word] & (~0 << UInt64(index & 63))
      if bits != 0 {
        index = (word << 6) | bits.trailingZeroBitCount
        break
      }
      level += 1
      index = word + 1
    }
    while level > 0 {
      level -= 1
      index = (index << 6) | words[offsets[level] + index].trailingZeroBitCount
    }
    return index
  }
}
