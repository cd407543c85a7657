/// The actions a batch system asks for during one call, with the time of the call.
///
/// The buffer is reused from call to call: ``count`` says how many of its entries are this
/// call's, so asking costs no allocation.
struct BatchEffects<Event> {
  /// The simulated time of the call.
  var now = 0.0
  /// The actions asked for, in order: the first ``count`` entries.
  private(set) var actions: [BatchAction<Event>] = []
  /// How many actions this call asked for.
  private(set) var count = 0

  /// Asks for `action`.
  @inline(__always)
  mutating func append(_ action: BatchAction<Event>) {
    if count < actions.count { actions[count] = action } else { actions.append(action) }
    count += 1
  }

  /// Schedules the batch system's own `event` at `time`.
  @inline(__always)
  mutating func schedule(_ event: Event, at time: Double) { append(.schedule(event, at: time)) }

  /// Schedules the batch system's own `event` at `time`, one of a series scheduled in time
  /// order (an event out of order is still handled at its time, at a heap's cost).
  @inline(__always)
  mutating func scheduleInSeries(_ event: Event, at time: Double) { append(.scheduleInSeries(event, at: time)) }

  /// Schedules the batch system's own `event` `delay` seconds from now.
  @inline(__always)
  mutating func schedule(_ event: Event, after delay: Double) { append(.schedule(event, at: now + delay)) }

  /// Starts a new call at `time`, forgetting the last call's actions.
  @inline(__always)
  mutating func begin(at time: Double) {
    now = time
    count = 0
  }
}
