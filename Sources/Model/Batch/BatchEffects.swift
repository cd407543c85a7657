/// The actions a batch system asks for during one call, with the time of the call.
struct BatchEffects<Event> {
  /// The simulated time of the call.
  var now = 0.0
  /// The actions asked for, in order.
  var actions: [BatchAction<Event>] = []

  /// Asks for `action`.
  @inline(__always)
  mutating func append(_ action: BatchAction<Event>) { actions.append(action) }

  /// Schedules the batch system's own `event` at `time`.
  @inline(__always)
  mutating func schedule(_ event: Event, at time: Double) { actions.append(.schedule(event, at: time)) }

  /// Schedules the batch system's own `event` `delay` seconds from now.
  @inline(__always)
  mutating func schedule(_ event: Event, after delay: Double) { actions.append(.schedule(event, at: now + delay)) }
}
