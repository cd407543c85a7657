/// Interval counts and up/down time of one node, or pooled over nodes.
///
/// Durations are in seconds. Only the time the trace covers counts: gaps
/// between intervals are neither up nor down here.
package struct AvailabilityStatistics: Sendable, Equatable {
  /// The node name, or `"all"` for pooled statistics.
  package let name: String
  /// The number of nodes summarised (1 for a node).
  package let nodeCount: Int
  /// The number of up intervals.
  package let upCount: Int
  /// The number of down intervals.
  package let downCount: Int
  /// Total up time, seconds.
  package let upTime: Double
  /// Total down time, seconds.
  package let downTime: Double

  /// Statistics of one node.
  package init(node: AvailabilityNode) {
    var upCount = 0
    var downCount = 0
    var upTime = 0.0
    var downTime = 0.0
    for interval in node.intervals {
      switch interval.state {
      case .up:
        upCount += 1
        upTime += interval.duration
      case .down:
        downCount += 1
        downTime += interval.duration
      }
    }
    self.init(name: node.name, nodeCount: 1, upCount: upCount, downCount: downCount, upTime: upTime, downTime: downTime)
  }

  /// Pools `parts`: counts and times add up (so pooled means weight every
  /// interval equally and pooled availability weights nodes by covered time).
  package init(pooling parts: [AvailabilityStatistics], name: String = "all") {
    self.init(
      name: name,
      nodeCount: parts.reduce(0) { $0 + $1.nodeCount },
      upCount: parts.reduce(0) { $0 + $1.upCount },
      downCount: parts.reduce(0) { $0 + $1.downCount },
      upTime: parts.reduce(0) { $0 + $1.upTime },
      downTime: parts.reduce(0) { $0 + $1.downTime })
  }

  /// Creates statistics from totals.
  package init(name: String, nodeCount: Int, upCount: Int, downCount: Int, upTime: Double, downTime: Double) {
    self.name = name
    self.nodeCount = nodeCount
    self.upCount = upCount
    self.downCount = downCount
    self.upTime = upTime
    self.downTime = downTime
  }

  /// Up time ÷ (up + down) time; nan when no time is covered.
  package var availability: Double {
    let covered = upTime + downTime
    return covered > 0 ? upTime / covered : .nan
  }

  /// Mean up-interval length in seconds; nan without up intervals.
  package var meanUp: Double {
    upCount > 0 ? upTime / Double(upCount) : .nan
  }

  /// Mean down-interval length in seconds; nan without down intervals.
  package var meanDown: Double {
    downCount > 0 ? downTime / Double(downCount) : .nan
  }
}
