import Kernel

/// The event queue's lanes: streams of events that are usually scheduled in time order,
/// which then wait in a first-in, first-out lane instead of the heap (``Kernel/EventQueue``).
/// A lane changes what scheduling costs, never when an event fires.
enum QueueLane: Int, CaseIterable {
  /// The next job arrival: each is scheduled after the one before.
  case arrivals
  /// Resubmissions of lost jobs: in time order whenever the users' delay is constant.
  case resubmissions
  /// The batch system's series of events scheduled in time order (``BatchAction/scheduleInSeries(_:at:)``):
  /// TORQUE's phase-class reports after a pbs_server restart.
  case batchSeries
}

extension Simulator {
  /// Schedules `payload` at `time` in `lane` (the heap when it would come before the lane's last).
  @inline(__always)
  mutating func schedule(_ payload: Payload, at time: Double, in lane: QueueLane) {
    schedule(payload, at: time, lane: lane.rawValue)
  }

  /// Schedules `payload` `delay` seconds from now in `lane` (the heap when it would come before the lane's last).
  @inline(__always)
  mutating func schedule(_ payload: Payload, after delay: Double, in lane: QueueLane) {
    schedule(payload, after: delay, lane: lane.rawValue)
  }
}
