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

  /// A node with at least `cores` free cores in an active phase class: the
  /// tightest fit, then the lowest phase class, then the most recently freed.
  func find(cores: Int, activeClasses: UInt64) -> Int? {
    var free = cores
    while free <= maxCores {
      let mask = masks[free] & activeClasses
      if mask != 0 {
        let phaseClass = mask.trailingZeroBitCount
        return Int(buckets[free * classCount + phaseClass].last!)
      }
      free += 1
    }
    return nil
  }
}
