/// Nodes pbs_server sees as up with free cores, bucketed by (free cores, phase class).
///
/// A 64-bit mask per free-core count records which phase classes have
/// members, so finding a node for a job is O(max cores) bit operations,
/// and a restart (which hides whole phase classes) costs nothing here.
struct FreeNodeIndex {
  private let classCount: Int
  private let maxCores: Int
  private var buckets: [[Int32]]
  private var masks: [UInt64]
  private var bucketOf: [Int32]
  private var position: [Int32]

  init(hostCount: Int, maxCores: Int, classCount: Int) {
    precondition(classCount >= 1 && classCount <= 64)
    self.classCount = classCount
    self.maxCores = maxCores
    buckets = Array(repeating: [], count: (maxCores + 1) * classCount)
    masks = Array(repeating: 0, count: maxCores + 1)
    bucketOf = Array(repeating: -1, count: hostCount)
    position = Array(repeating: -1, count: hostCount)
  }

  func contains(_ host: Int) -> Bool { bucketOf[host] >= 0 }

  mutating func insert(_ host: Int, freeCores: Int, phaseClass: Int) {
    precondition(bucketOf[host] < 0 && freeCores >= 1 && freeCores <= maxCores)
    let bucket = freeCores * classCount + phaseClass
    bucketOf[host] = Int32(bucket)
    position[host] = Int32(buckets[bucket].count)
    buckets[bucket].append(Int32(host))
    masks[freeCores] |= 1 << UInt64(phaseClass)
  }

  mutating func remove(_ host: Int) {
    let bucket = Int(bucketOf[host])
    guard bucket >= 0 else { return }
    let index = Int(position[host])
    let last = buckets[bucket].removeLast()
    if index < buckets[bucket].count {
      buckets[bucket][index] = last
      position[Int(last)] = Int32(index)
    }
    if buckets[bucket].isEmpty {
      masks[bucket / classCount] &= ~(1 << UInt64(bucket % classCount))
    }
    bucketOf[host] = -1
    position[host] = -1
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

  /// A node other than `excluded` with at least `cores` free cores in an active phase
  /// class: the tightest fit, then the lowest phase class, then the most recently freed.
  func find(cores: Int, activeClasses: UInt64, excluding excluded: Int? = nil) -> Int? {
    var free = cores
    while free <= maxCores {
      var mask = masks[free] & activeClasses
      while mask != 0 {
        let phaseClass = mask.trailingZeroBitCount
        let bucket = buckets[free * classCount + phaseClass]
        for host in bucket.reversed() where Int(host) != excluded { return Int(host) }
        mask &= mask - 1
      }
      free += 1
    }
    return nil
  }

  /// Checks that every listed node is where `bucketOf` and `position` say, and the masks.
  func checkInvariants() {
    for (bucket, members) in buckets.enumerated() {
      for (index, host) in members.enumerated() {
        precondition(bucketOf[Int(host)] == Int32(bucket) && position[Int(host)] == Int32(index), "FreeNodeIndex: misplaced node")
      }
      let free = bucket / classCount
      let bit = (masks[free] >> UInt64(bucket % classCount)) & 1
      precondition((bit == 1) == !members.isEmpty, "FreeNodeIndex: mask disagrees with bucket \(bucket)")
    }
    precondition(bucketOf.count(where: { $0 >= 0 }) == buckets.reduce(0) { $0 + $1.count }, "FreeNodeIndex: stray node")
  }

  /// The free-core count `host` is listed under (nil: not listed).
  func listedFreeCores(_ host: Int) -> Int? {
    bucketOf[host] >= 0 ? Int(bucketOf[host]) / classCount : nil
  }
}
