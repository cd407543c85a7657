/// Nodes the batch system sees as up with free cores, by free-core count and status phase
/// class (TORQUE hides whole classes while pbs_server restarts).
///
/// A job gets the tightest fit: a node with the fewest free cores that still hold it; among
/// those, the lowest host index. A 64-bit mask per free-core count records which phase
/// classes have members, so a lookup is a few bit operations even right after a restart.
struct FreeNodeIndex {
  private let classCount: Int
  private let maxCores: Int
  /// The listed nodes with each free-core count.
  private var nodes: [HostBitset]
  /// Members per (free cores, phase class).
  private var counts: [Int32]
  /// The phase classes with members, per free-core count.
  private var masks: [UInt64]
  /// Each node's listed free cores (0: not listed) and phase class.
  private var freeOf: [Int32]
  private var classOf: [Int32]

  init(hostCount: Int, maxCores: Int, classCount: Int) {
    precondition(classCount >= 1 && classCount <= 64)
    self.classCount = classCount
    self.maxCores = maxCores
    nodes = (0...maxCores).map { $0 == 0 ? HostBitset(capacity: 1) : HostBitset(capacity: hostCount) }
    counts = Array(repeating: 0, count: (maxCores + 1) * classCount)
    masks = Array(repeating: 0, count: maxCores + 1)
    freeOf = Array(repeating: 0, count: hostCount)
    classOf = Array(repeating: 0, count: hostCount)
  }

  func contains(_ host: Int) -> Bool { freeOf[host] > 0 }

  /// The free-core count `host` is listed under (nil: not listed).
  func listedFreeCores(_ host: Int) -> Int? { freeOf[host] > 0 ? Int(freeOf[host]) : nil }

  mutating func insert(_ host: Int, freeCores: Int, phaseClass: Int) {
    precondition(freeOf[host] == 0 && freeCores >= 1 && freeCores <= maxCores)
    freeOf[host] = Int32(freeCores)
    classOf[host] = Int32(phaseClass)
    nodes[freeCores].insert(host)
    counts[freeCores * classCount + phaseClass] += 1
    masks[freeCores] |= 1 << UInt64(phaseClass)
  }

  mutating func remove(_ host: Int) {
    let free = Int(freeOf[host])
    guard free > 0 else { return }
    let phaseClass = Int(classOf[host])
    freeOf[host] = 0
    nodes[free].remove(host)
    counts[free * classCount + phaseClass] -= 1
    if counts[free * classCount + phaseClass] == 0 { masks[free] &= ~(1 << UInt64(phaseClass)) }
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
      let mask = masks[free]
      if mask & activeClasses != 0 {
        let everyClassActive = mask & ~activeClasses == 0
        var candidate = nodes[free].first()
        while let host = candidate {
          if host != excluded && (everyClassActive || activeClasses & (1 << UInt64(classOf[host])) != 0) {
            return host
          }
          candidate = nodes[free].next(atOrAfter: host + 1)
        }
      }
      free += 1
    }
    return nil
  }

  /// Recomputes the counts and masks from the listed nodes and compares.
  func checkInvariants() {
    var expected = Array(repeating: Int32(0), count: counts.count)
    for host in freeOf.indices where freeOf[host] > 0 {
      let free = Int(freeOf[host])
      precondition(nodes[free].contains(host), "FreeNodeIndex: node \(host) missing from its set")
      expected[free * classCount + Int(classOf[host])] += 1
    }
    precondition(expected == counts, "FreeNodeIndex: counts disagree with the listed nodes")
    for free in 1...max(1, maxCores) where free <= maxCores {
      var mask: UInt64 = 0
      for phaseClass in 0..<classCount where counts[free * classCount + phaseClass] > 0 { mask |= 1 << UInt64(phaseClass) }
      precondition(mask == masks[free], "FreeNodeIndex: class mask disagrees at \(free) free cores")
      var member = nodes[free].first()
      var members = 0
      while let host = member {
        precondition(Int(freeOf[host]) == free, "FreeNodeIndex: node \(host) listed under the wrong count")
        members += 1
        member = nodes[free].next(atOrAfter: host + 1)
      }
      precondition(members == Int(counts[(free * classCount)..<((free + 1) * classCount)].reduce(0, +)),
                   "FreeNodeIndex: set size disagrees at \(free) free cores")
    }
  }
}
