/// A set of small integer ids with O(1) insert, remove and membership,
/// iterated in a deterministic order (insertion order, perturbed by removals).
struct IndexedSet {
  private(set) var members: [Int32] = []
  private var position: [Int32]

  init(capacity: Int) {
    position = Array(repeating: -1, count: capacity)
  }

  var isEmpty: Bool { members.isEmpty }
  var count: Int { members.count }

  func contains(_ id: Int) -> Bool { position[id] >= 0 }

  mutating func insert(_ id: Int) {
    guard position[id] < 0 else { return }
    position[id] = Int32(members.count)
    members.append(Int32(id))
  }

  mutating func remove(_ id: Int) {
    let index = Int(position[id])
    guard index >= 0 else { return }
    let last = members.removeLast()
    if index < members.count {
      members[index] = last
      position[Int(last)] = Int32(index)
    }
    position[id] = -1
  }

  mutating func set(_ id: Int, present: Bool) {
    if present { insert(id) } else { remove(id) }
  }
}
