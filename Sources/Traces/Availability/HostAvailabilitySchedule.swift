/// The up/down timeline one simulated host follows, taken from one trace node.
///
/// Times are seconds since the trace's ``AvailabilityTrace/origin``. The
/// intervals cover [0, ``duration``] without gaps: stretches the node's record
/// does not cover (before its first interval, between intervals, after its last)
/// are unknown and get the ``gapState`` (down by default). Adjacent intervals
/// with the same state are merged and empty ones dropped, so consecutive
/// intervals always alternate between up and down.
package struct HostAvailabilitySchedule: Sendable, Equatable {
  /// The host index, 0..<hostCount.
  package let hostIndex: Int
  /// The trace node this host follows.
  package let nodeName: String
  /// The length of the trace, `trace.end − trace.origin`, in seconds.
  package let duration: Double
  /// The state given to uncovered stretches, and to times outside [0, duration).
  package let gapState: AvailabilityState
  /// Alternating intervals covering [0, duration], in seconds since the origin.
  package let intervals: [AvailabilityInterval]

  /// Creates the schedule for `hostIndex` from `node`, re-based to `origin`.
  package init(hostIndex: Int, node: AvailabilityNode, origin: Double, end: Double, gapState: AvailabilityState) {
    self.hostIndex = hostIndex
    self.nodeName = node.name
    self.duration = end - origin
    self.gapState = gapState
    var merged: [AvailabilityInterval] = []
    func append(_ start: Double, _ stop: Double, _ state: AvailabilityState) {
      guard stop > start else { return }
      if let last = merged.last, last.state == state, last.end == start {
        merged[merged.count - 1] = AvailabilityInterval(start: last.start, end: stop, state: state)
      } else {
        merged.append(AvailabilityInterval(start: start, end: stop, state: state))
      }
    }
    var covered = 0.0
    for interval in node.intervals {
      let start = interval.start - origin
      let stop = interval.end - origin
      append(covered, start, gapState)
      append(start, stop, interval.state)
      covered = max(covered, stop)
    }
    append(covered, end - origin, gapState)
    self.intervals = merged
  }

  /// The same timeline for another host (shared by hosts that reuse one node).
  func reassigned(to host: Int) -> HostAvailabilitySchedule {
    HostAvailabilitySchedule(hostIndex: host, nodeName: nodeName, duration: duration,
                             gapState: gapState, intervals: intervals)
  }

  private init(
    hostIndex: Int, nodeName: String, duration: Double, gapState: AvailabilityState, intervals: [AvailabilityInterval]
  ) {
    self.hostIndex = hostIndex
    self.nodeName = nodeName
    self.duration = duration
    self.gapState = gapState
    self.intervals = intervals
  }

  /// The state at `time` seconds since the origin (binary search); the
  /// ``gapState`` outside [0, duration).
  package func state(at time: Double) -> AvailabilityState {
    var low = 0
    var high = intervals.count
    while low < high {
      let mid = (low + high) / 2
      if intervals[mid].end <= time { low = mid + 1 } else { high = mid }
    }
    guard low < intervals.count, intervals[low].start <= time else { return gapState }
    return intervals[low].state
  }
}
