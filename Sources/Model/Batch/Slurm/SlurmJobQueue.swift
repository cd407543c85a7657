/// Slurm's pending jobs in priority order. With `priority/basic` (Slurm 22.05's default
/// `PriorityType`) jobs are considered first in, first out: each job's priority comes from its
/// submission, and a requeued job keeps it, so it goes back to its old place (slurm.conf(5)
/// `PriorityType`). A job resubmitted by its user is a new job, at the tail.
///
/// Entries are (priority key, slot), sorted by key; removed entries become tombstones that
/// keep their key, and the array is compacted when they outnumber the live ones.
struct SlurmJobQueue {
  private var keys: [UInt64] = []
  private var slots: [Int32] = []
  private var head = 0
  private(set) var count = 0

  /// Whether no job is pending.
  var isEmpty: Bool { count == 0 }

  /// Appends a job whose key is larger than every key so far (a new submission).
  mutating func append(_ slot: Int, key: UInt64) {
    precondition(keys.last.map { $0 < key } ?? true, "SlurmJobQueue: keys must grow")
    keys.append(key)
    slots.append(Int32(slot))
    count += 1
  }

  /// Puts a requeued job back at the place its key gives it.
  mutating func insert(_ slot: Int, key: UInt64) {
    var low = head, high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    keys.insert(key, at: low)
    slots.insert(Int32(slot), at: low)
    count += 1
  }

  /// The first live position at or after `position` (nil: none).
  func live(from position: Int) -> Int? {
    var index = Swift.max(position, head)
    while index < slots.count {
      if slots[index] >= 0 { return index }
      index += 1
    }
    return nil
  }

  /// The first live position.
  var firstPosition: Int? { live(from: head) }

  /// The slot at a live `position`.
  subscript(position: Int) -> Int { Int(slots[position]) }

  /// Removes the job at a live `position`.
  mutating func remove(at position: Int) {
    precondition(slots[position] >= 0, "SlurmJobQueue: removing a tombstone")
    slots[position] = -1
    count -= 1
    if position == head {
      while head < slots.count && slots[head] < 0 { head += 1 }
    }
  }

  /// Removes `slot`, wherever it is.
  mutating func remove(slot: Int) {
    var position = head
    while position < slots.count {
      if slots[position] == Int32(slot) {
        remove(at: position)
        return
      }
      position += 1
    }
    preconditionFailure("SlurmJobQueue: slot \(slot) is not queued")
  }

  /// The live slots, first first.
  var liveSlots: [Int] {
    var result: [Int] = []
    var position = live(from: head)
    while let index = position {
      result.append(Int(slots[index]))
      position = live(from: index + 1)
    }
    return result
  }

  /// Drops tombstones when they dominate (invalidates positions).
  mutating func compactIfWorthIt() {
    let dead = slots.count - count
    guard dead > 64 && dead > count else { return }
    var newKeys: [UInt64] = [], newSlots: [Int32] = []
    newKeys.reserveCapacity(count)
    newSlots.reserveCapacity(count)
    for index in head..<slots.count where slots[index] >= 0 {
      newKeys.append(keys[index])
      newSlots.append(slots[index])
    }
    keys = newKeys
    slots = newSlots
    head = 0
  }

  /// Checks that the live keys are in order and the count is right.
  func checkInvariants() {
    var live = 0
    var last: UInt64? = nil
    for index in head..<slots.count {
      if let previous = last { precondition(previous <= keys[index], "SlurmJobQueue: keys out of order") }
      last = keys[index]
      if slots[index] >= 0 { live += 1 }
    }
    precondition(live == count, "SlurmJobQueue: \(count) counted, \(live) live")
  }
}
