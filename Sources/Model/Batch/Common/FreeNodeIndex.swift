/// Nodes the batch system sees as up with free cores, by free-core count and status phase
/// class (TORQUE hides whole classes while pbs_server restarts).
///
/// A job gets the tightest fit: a node with the fewest free cores that still hold it; among
/// those, the lowest host index. Each (free cores, phase class) pair has a bit set of its
/// nodes and remembers its lowest member; a 64-bit mask per free-core count records which
/// classes have members. A lookup takes the lowest of the visible classes' lowest members:
/// a few bit operations, even right after a restart.
struct FreeNodeIndex {
  private let classCount: Int
  private let maxCores: Int
  /// The listed nodes of each (free cores, phase class), at `free × classCount + class`.
  private var nodes: [HostBitset]
  /// The lowest member of each set (−1: empty).
  private var lowest: [Int32]
  /// The phase classes with members, per free-core count.
  private var masks: [UInt64]
  /// Each node's listed free cores (0: not listed) and phase class.
  private var listing: [(free: Int32, phaseClass: Int32)]

  init(hostCount: Int, maxCores: Int, classCount: Int) {
    precondition(classCount >= 1 && classCount <= 64)
    self.classCount = classCount
    self.maxCores = maxCores
    nodes = (0..<((maxCores + 1) * classCount)).map {
      $0 < classCount ? HostBitset(capacity: 1) : HostBitset(capacity: hostCount)
    }
    lowest = Array(repeating: -1, count: (maxCores + 1) * classCount)
    masks = Array(repeating: 0, count: maxCores + 1)
    listing = Array(repeating: (0, 0), count: hostCount)
  }

  func contains(_ host: Int) -> Bool { listing[host].free > 0 }

  /// `host`'s listing: its free cores (0: not listed) and phase class.
  @inline(__always)
  func listing(_ host: Int) -> (free: Int32, phaseClass: Int32) { listing[host] }

  /// The free-core count `host` is listed under (nil: not listed).
  func listedFreeCores(_ host: Int) -> Int? { listing[host].free > 0 ? Int(listing[host].free) : nil }

  mutating func insert(_ host: Int, freeCores: Int, phaseClass: Int) {
    precondition(listing[host].free == 0 && freeCores >= 1 && freeCores <= maxCores)
    listing[host] = (Int32(freeCores), Int32(phaseClass))
    let set = freeCores * classCount + phaseClass
    nodes[set].insert(host)
    if lowest[set] < 0 || host < Int(lowest[set]) { lowest[set] = Int32(host) }
    masks[freeCores] |= 1 << UInt64(phaseClass)
  }

  mutating func remove(_ host: Int) {
    let (free, phaseClass) = listing[host]
    guard free > 0 else { return }
    listing[host] = (0, 0)
    let set = Int(free) * classCount + Int(phaseClass)
    nodes[set].remove(host)
    if Int(lowest[set]) == host {
      let next = nodes[set].next(atOrAfter: host + 1)
      lowest[set] = Int32(next ?? -1)
      if next == nil { masks[Int(free)] &= ~(1 << UInt64(phaseClass)) }
    }
  }

  /// The largest free-core count of any node in an active phase class (0: none).
  func largestFree(activeClasses: UInt64) -> Int {
    var cores = maxCores
    while cores > 0 {
      if masks[cores] & activeClasses != 0 { return cores }
      cores -= 1
    }
    return 0
  }

  /// The node other than `excluded` in an active phase class with the fewest free cores that
  /// still hold `cores`, the lowest host index among those; nil if none.
  func find(cores: Int, activeClasses: UInt64, excluding excluded: Int? = nil) -> Int? {
    var free = max(cores, 1)
    while free <= maxCores {
      var classes = masks[free] & activeClasses
      var best = Int.max
      while classes != 0 {
        let set = free * classCount + classes.trailingZeroBitCount
        classes &= classes - 1
        var host = Int(lowest[set])
        if host == excluded {
          guard let next = nodes[set].next(atOrAfter: host + 1) else { continue }
          host = next
        }
        if host < best { best = host }
      }
      if best != .max { return best }
      free += 1
    }
    return nil
  }

  /// Recomputes the sets' sizes, lowest members and the masks from the listed nodes and
  /// compares.
  func checkInvariants() {
    let listing = self.listing, nodes = self.nodes
    var expectedLowest = Array(repeating: Int32(-1), count: lowest.count)
    var members = Array(repeating: 0, count: lowest.count)
    for host in listing.indices where listing[host].free > 0 {
      let set = Int(listing[host].free) * classCount + Int(listing[host].phaseClass)
      precondition(nodes[set].contains(host), "FreeNodeIndex: node \(host) missing from its set")
      if expectedLowest[set] < 0 { expectedLowest[set] = Int32(host) }
      members[set] += 1
    }
    precondition(expectedLowest == lowest, "FreeNodeIndex: a set's lowest member is stale")
    for free in 0...maxCores {
      var mask: UInt64 = 0
      for phaseClass in 0..<classCount {
        let set = free * classCount + phaseClass
        if members[set] > 0 { mask |= 1 << UInt64(phaseClass) }
        // Every member is listed under this set (above), so equal sizes mean equal sets.
        precondition(nodes[set].count == members[set], "FreeNodeIndex: a set holds nodes that are not listed")
      }
      precondition(mask == masks[free], "FreeNodeIndex: class mask disagrees at \(free) free cores")
    }
  }
}
