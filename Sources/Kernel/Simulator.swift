/// The simulated clock and its event queue: the whole discrete-event kernel.
///
/// Public (not package), like ``EventQueue``: its methods are `@inlinable` so the model's
/// event loop is inlined and specialized across the module boundary; a package
/// declaration's body is not, and the loop then runs through generic metadata (about
/// five times slower, measured).
///
/// The kernel knows nothing of what events mean. A model owns a `Simulator`,
/// schedules payloads on it, and pulls them in time order with ``next()``
/// until the end time is reached. Time is in seconds.
///
/// ```swift
/// var sim = Simulator<MyEvent>(endTime: 3600)
/// sim.schedule(.arrival, at: 0)
/// while let event = sim.next() { handle(event, now: sim.now) }
/// ```
public struct Simulator<Payload> {
  /// The current simulated time in seconds.
  @inlinable
  public var now: Double { currentTime }

  @usableFromInline
  internal var currentTime: Double

  /// The time at which the run stops; events after it never fire.
  public let endTime: Double

  /// The number of events handed out by ``next()`` so far.
  @inlinable
  public var eventsFired: UInt64 { firedCount }

  @usableFromInline
  internal var firedCount: UInt64 = 0

  @usableFromInline
  internal var queue: EventQueue<Payload>

  /// Creates a simulator whose clock starts at `startTime` and stops at `endTime`, with
  /// `laneCount` queue lanes for streams of events usually scheduled in time order
  /// (``EventQueue``; lanes change what a push costs, never the order of events).
  ///
  /// - Precondition: `0 <= startTime <= endTime`, both finite.
  @inlinable
  public init(startTime: Double = 0, endTime: Double, laneCount: Int = 0) {
    precondition(startTime.isFinite && endTime.isFinite && startTime >= 0 && startTime <= endTime,
                 "simulation window must be finite, ordered and start at 0 or later")
    self.currentTime = startTime
    self.endTime = endTime
    queue = EventQueue(laneCount: laneCount)
  }

  /// The firing time of the next pending event, or `nil` when none is pending.
  @inlinable
  public var nextEventTime: Double? { queue.peekTime }

  /// Whether another event is pending at the current time.
  @inlinable
  public var hasEventNow: Bool { queue.hasEvent(atOrBefore: currentTime) }

  /// The number of events still pending.
  @inlinable
  public var pendingCount: Int { queue.count }

  /// Schedules `payload` to fire at absolute time `time`.
  ///
  /// Events later than ``endTime`` are dropped at once: they could never fire.
  /// - Precondition: `time >= now` (no event may be scheduled in the past).
  @inlinable
  public mutating func schedule(_ payload: Payload, at time: Double) {
    precondition(time >= now, "event scheduled in the past: \(time) < \(now)")
    if time <= endTime { queue.push(payload, at: time) }
  }

  /// Schedules `payload` to fire `delay` seconds from now.
  ///
  /// - Precondition: `delay >= 0`.
  @inlinable
  public mutating func schedule(_ payload: Payload, after delay: Double) {
    schedule(payload, at: now + delay)
  }

  /// Schedules `payload` to fire at `time`, in queue lane `lane` if it is not earlier than
  /// the lane's last event (the heap otherwise). The event fires exactly when it would
  /// without the lane.
  ///
  /// - Precondition: `time >= now`; `lane` is below the simulator's lane count.
  @inlinable
  public mutating func schedule(_ payload: Payload, at time: Double, lane: Int) {
    precondition(time >= now, "event scheduled in the past: \(time) < \(now)")
    if time <= endTime { queue.push(payload, at: time, lane: lane) }
  }

  /// Schedules `payload` to fire `delay` seconds from now, in queue lane `lane` when it can.
  @inlinable
  public mutating func schedule(_ payload: Payload, after delay: Double, lane: Int) {
    schedule(payload, at: now + delay, lane: lane)
  }

  /// Moves the clock forward to `time` without firing anything (nothing may be pending before it).
  ///
  /// - Precondition: `now <= time <= endTime`, and no event is due before `time`.
  @inlinable
  public mutating func advanceClock(to time: Double) {
    precondition(time >= currentTime && time <= endTime, "the clock only moves forward, within the run")
    precondition((queue.peekTime ?? .infinity) >= time, "an event is due before \(time)")
    currentTime = time
  }

  /// Advances the clock to the earliest pending event and returns its payload.
  ///
  /// Returns `nil` once no event is due at or before ``endTime``; the clock
  /// then stands at ``endTime``.
  @inlinable
  public mutating func next() -> Payload? {
    guard let entry = queue.popMin() else {
      currentTime = endTime
      return nil
    }
    currentTime = entry.time
    firedCount &+= 1
    return entry.payload
  }
}
