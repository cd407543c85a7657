/// The batch queue: job slots in (re)submission order, with removal from the middle.
///
/// Removed entries become tombstones; the array is compacted when they
/// outnumber the live entries, so a pass costs O(live entries scanned).
struct JobQueue {
  private var entries: [Int32] = []
  private var head = 0
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  mutating func append(_ slot: Int32) {
    entries.append(slot)
    count += 1
  }

  /// The first live position at or after `index`, or nil.
  func live(from index: Int) -> Int? {
    var i = Swift.max(index, head)
    while i < entries.count {
      if entries[i] >= 0 { return i }
      i += 1
    }
    return nil
  }

  subscript(position: Int) -> Int32 { entries[position] }

  var firstPosition: Int { head }

  mutating func remove(at position: Int) {
    precondition(entries[position] >= 0, "removing a tombstone")
    entries[position] = -1
    count -= 1
    if position == head {
      while head < entries.count && entries[head] < 0 { head += 1 }
    }
  }

  /// The live slots, front first.
  var slots: [Int] {
    var result: [Int] = []
    var index = live(from: head)
    while let position = index {
      result.append(Int(entries[position]))
      index = live(from: position + 1)
    }
    return result
  }

  /// Drops tombstones when they dominate; invalidates positions.
  mutating func compactIfWorthIt() {
    let dead = entries.count - count
    guard dead > 64 && dead > count else { return }
    entries = entries.filter { $0 >= 0 }
    head = 0
  }
}
