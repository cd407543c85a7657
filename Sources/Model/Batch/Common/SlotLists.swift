/// One list of job slots per node, doubly linked through the slots: O(1) push at the front
/// and removal, iteration from the most recently pushed. A slot is on at most one list.
struct SlotLists {
  /// The first slot of each node's list (−1: empty).
  private(set) var first: [Int32]
  private var next: [Int32] = []
  private var previous: [Int32] = []
  /// The node whose list holds each slot (−1: none).
  private(set) var node: [Int32] = []

  init(nodeCount: Int) {
    first = Array(repeating: -1, count: nodeCount)
  }

  /// Whether `node`'s list is empty.
  @inline(__always)
  func isEmpty(_ node: Int) -> Bool { first[node] < 0 }

  /// Whether `slot` is on a list.
  func contains(_ slot: Int) -> Bool { slot < node.count && node[slot] >= 0 }

  /// The slot after `slot` on its list (−1: the last).
  @inline(__always)
  func after(_ slot: Int32) -> Int32 { next[Int(slot)] }

  /// Puts `slot` at the front of `node`'s list.
  mutating func push(_ slot: Int, on node: Int) {
    while self.node.count <= slot {
      next.append(-1)
      previous.append(-1)
      self.node.append(-1)
    }
    precondition(self.node[slot] < 0, "slot \(slot) is already on a list")
    let head = first[node]
    next[slot] = head
    previous[slot] = -1
    if head >= 0 { previous[Int(head)] = Int32(slot) }
    first[node] = Int32(slot)
    self.node[slot] = Int32(node)
  }

  /// Takes `slot` off its list.
  mutating func remove(_ slot: Int) {
    let owner = Int(node[slot])
    precondition(owner >= 0, "slot \(slot) is on no list")
    let before = previous[slot]
    let after = next[slot]
    if before >= 0 { next[Int(before)] = after } else { first[owner] = after }
    if after >= 0 { previous[Int(after)] = before }
    next[slot] = -1
    previous[slot] = -1
    node[slot] = -1
  }

  /// Takes the first slot off `node`'s list and returns it (nil when empty).
  mutating func popFirst(_ node: Int) -> Int? {
    let head = first[node]
    guard head >= 0 else { return nil }
    remove(Int(head))
    return Int(head)
  }

  /// The slots on `node`'s list, front first.
  func slots(on node: Int) -> [Int] {
    var result: [Int] = []
    var slot = first[node]
    while slot >= 0 {
      result.append(Int(slot))
      slot = next[Int(slot)]
    }
    return result
  }

  /// Checks the links.
  func checkInvariants() {
    var seen = 0
    for owner in first.indices {
      var slot = first[owner]
      var before: Int32 = -1
      while slot >= 0 {
        precondition(node[Int(slot)] == Int32(owner) && previous[Int(slot)] == before, "SlotLists: broken list \(owner)")
        seen += 1
        before = slot
        slot = next[Int(slot)]
      }
    }
    precondition(seen == node.count(where: { $0 >= 0 }), "SlotLists: a slot is marked on a list it is not on")
  }
}
