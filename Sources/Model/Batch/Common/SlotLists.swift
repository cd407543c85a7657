/// One list of job slots per node, doubly linked through the slots: O(1) push at the front
/// and removal, iteration from the most recently pushed. A slot is on at most one list.
struct SlotLists {
  /// A slot's place: its node (−1: on no list) and its neighbours.
  private struct Link {
    var node: Int32 = -1
    var next: Int32 = -1
    var previous: Int32 = -1
  }

  /// The first slot of each node's list (−1: empty).
  private(set) var first: [Int32]
  private var links: [Link] = []

  init(nodeCount: Int) {
    first = Array(repeating: -1, count: nodeCount)
  }

  /// Whether `node`'s list is empty.
  @inline(__always)
  func isEmpty(_ node: Int) -> Bool { first[node] < 0 }

  /// Whether `slot` is on a list.
  func contains(_ slot: Int) -> Bool { slot < links.count && links[slot].node >= 0 }

  /// The node whose list holds `slot` (−1: none).
  @inline(__always)
  func node(of slot: Int) -> Int { slot < links.count ? Int(links[slot].node) : -1 }

  /// The slot after `slot` on its list (−1: the last).
  @inline(__always)
  func after(_ slot: Int32) -> Int32 { links[Int(slot)].next }

  /// Every slot on a list, node by node, each node's from its front (for invariant checks).
  var allSlots: [Int] {
    var slots: [Int] = []
    for node in first.indices {
      var slot = first[node]
      while slot >= 0 {
        slots.append(Int(slot))
        slot = links[Int(slot)].next
      }
    }
    return slots
  }

  /// Puts `slot` at the front of `node`'s list.
  mutating func push(_ slot: Int, on node: Int) {
    while links.count <= slot { links.append(Link()) }
    precondition(links[slot].node < 0, "slot \(slot) is already on a list")
    let head = first[node]
    links[slot] = Link(node: Int32(node), next: head, previous: -1)
    if head >= 0 { links[Int(head)].previous = Int32(slot) }
    first[node] = Int32(slot)
  }

  /// Takes `slot` off its list.
  mutating func remove(_ slot: Int) {
    let link = links[slot]
    precondition(link.node >= 0, "slot \(slot) is on no list")
    if link.previous >= 0 { links[Int(link.previous)].next = link.next } else { first[Int(link.node)] = link.next }
    if link.next >= 0 { links[Int(link.next)].previous = link.previous }
    links[slot] = Link()
  }

  /// Takes the first slot off `node`'s list and returns it (nil when empty).
  mutating func popFirst(_ node: Int) -> Int? {
    let head = first[node]
    guard head >= 0 else { return nil }
    remove(Int(head))
    return Int(head)
  }

  /// Checks the links.
  func checkInvariants() {
    var seen = 0
    for owner in first.indices {
      var slot = first[owner]
      var before: Int32 = -1
      while slot >= 0 {
        let link = links[Int(slot)]
        precondition(link.node == Int32(owner) && link.previous == before, "SlotLists: broken list \(owner)")
        seen += 1
        before = slot
        slot = link.next
      }
    }
    var marked = 0
    var index = 0
    while index < links.count {
      if links[index].node >= 0 { marked += 1 }
      index += 1
    }
    precondition(seen == marked, "SlotLists: a slot is marked on a list it is not on")
  }
}
