import Kernel
import Stochastics

/// The lab's PCs: their power, failures and reboots, and the timetable that switches them.
///
/// Each PC's state is a ``PCState``, changed only here. A change reports what it did
/// (``PCChange``); the lab then tells the parts that live on the PC.
struct PCs {
  private(set) var states: [PCState]
  /// PCs that are up.
  private(set) var upCount = 0
  let calendar: LabCalendar
  private let layout: LabLayout
  private let groupAvailability: [Availability]
  private(set) var availabilityStreams: [RandomStream?]
  /// Each PC's position in its trace timeline, counting laps.
  private var traceCursor: [Int]
  /// When each PC's pending failure (H3) comes, while one is pending; infinity otherwise.
  private var failures: [Double]

  init(config: ModelConfig, layout: LabLayout, streams: RandomStreamFactory) {
    self.layout = layout
    calendar = layout.calendar
    groupAvailability = config.hostGroups.map(\.availability)
    var availabilityStreams: [RandomStream?] = []
    for group in config.hostGroups {
      for member in 0..<group.count {
        if case .alternating = group.availability {
          availabilityStreams.append(streams.stream("host-availability/\(group.name)", entity: member))
        } else {
          availabilityStreams.append(nil)
        }
      }
    }
    self.availabilityStreams = availabilityStreams
    states = Array(repeating: .down(.switchedOff), count: layout.hostCount)
    traceCursor = Array(repeating: 0, count: layout.hostCount)
    failures = Array(repeating: .infinity, count: layout.hostCount)
  }

  /// When `pc`'s next failure comes (it takes the PC down, whatever else happens before; a
  /// time after the run's end is kept too, though its event is dropped), or nil when no
  /// failure is drawn: the PC is crashed, or follows a trace or no availability process.
  func nextFailure(_ pc: Int) -> Double? { failures[pc].isFinite ? failures[pc] : nil }

  /// Whether `pc` is up.
  @inline(__always)
  func isUp(_ pc: Int) -> Bool { states[pc].isUp }

  /// When `pc` came up (nil while it is down).
  func upSince(_ pc: Int) -> Double? {
    if case .up(let since) = states[pc] { since } else { nil }
  }

  /// Schedules the lab-wide timetable events (opening and closing, wake-on-LAN).
  func startTimetable<B>(_ sim: inout Simulator<LabEvent<B>>) {
    guard !calendar.alwaysOpen else { return }
    if let change = calendar.nextChange(after: 0) { sim.schedule(.pc(.labChanges), at: change) }
    if case .wakeOnLAN(let wakeAt) = calendar.timetable.power {
      sim.schedule(.pc(.labWakes), at: wakeAt > 0 ? wakeAt : 86_400)
    }
  }

  /// H0: time 0 for `pc`. It is switched on or not by the power policy, and its availability
  /// process (or trace) starts.
  mutating func start<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> PCChange {
    let now = sim.now
    var reasons: PCDownReasons = calendar.powerIsOn(at: now) ? [] : .switchedOff
    switch groupAvailability[Int(layout.group[pc])] {
    case .alternating(let up, _):
      scheduleFailure(pc, after: up.sample(availabilityStreams[pc]!), &sim)
    case .trace:
      if !advanceTrace(pc, &sim) { reasons.insert(.crashed) }
    case .always:
      break
    }
    return set(pc, reasons, at: now, cause: .crash)
  }

  /// H3: the availability process takes the PC down; the next repair is drawn.
  mutating func crashBegan<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> PCChange {
    failures[pc] = .infinity
    if case .alternating(_, let down) = groupAvailability[Int(layout.group[pc])] {
      sim.schedule(.pc(.crashEnds(pc: Int32(pc))), after: down.sample(availabilityStreams[pc]!))
    }
    return set(pc, states[pc].downReasons.union(.crashed), at: sim.now, cause: .crash)
  }

  /// H4: the availability process brings the PC back; the next failure is drawn.
  mutating func crashEnded<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> PCChange {
    if case .alternating(let up, _) = groupAvailability[Int(layout.group[pc])] {
      scheduleFailure(pc, after: up.sample(availabilityStreams[pc]!), &sim)
    }
    return set(pc, states[pc].downReasons.subtracting(.crashed), at: sim.now, cause: .crash)
  }

  /// Schedules `pc`'s next failure `delay` seconds from now, and remembers when it comes.
  private mutating func scheduleFailure<B>(_ pc: Int, after delay: Double, _ sim: inout Simulator<LabEvent<B>>) {
    failures[pc] = sim.now + delay
    sim.schedule(.pc(.crashBegins(pc: Int32(pc))), at: failures[pc])
  }

  /// H9: the trace's state for `pc` at this instant.
  mutating func traceChanged<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> PCChange {
    var reasons = states[pc].downReasons
    if advanceTrace(pc, &sim) { reasons.remove(.crashed) } else { reasons.insert(.crashed) }
    return set(pc, reasons, at: sim.now, cause: .crash)
  }

  /// H7: a student reboots the PC. The lab then schedules its end (``scheduleRebootEnd(_:after:_:)``),
  /// once the PC's parts have gone down.
  mutating func rebootBegan(_ pc: Int, at now: Double) -> PCChange {
    set(pc, states[pc].downReasons.union(.rebooting), at: now, cause: .reboot)
  }

  /// Schedules the end of `pc`'s reboot.
  func scheduleRebootEnd<B>(_ pc: Int, after duration: Double, _ sim: inout Simulator<LabEvent<B>>) {
    sim.schedule(.pc(.rebootEnds(pc: Int32(pc))), after: duration)
  }

  /// H8: the reboot is over.
  mutating func rebootEnded(_ pc: Int, at now: Double) -> PCChange {
    set(pc, states[pc].downReasons.subtracting(.rebooting), at: now, cause: .reboot)
  }

  /// H5, H6: switches `pc` on or off.
  mutating func setPower(_ pc: Int, on: Bool, at now: Double) -> PCChange {
    let reasons = states[pc].downReasons
    return set(pc, on ? reasons.subtracting(.switchedOff) : reasons.union(.switchedOff), at: now, cause: .shutdown)
  }

  /// H10, H11: the batch system's power saving switches `pc` off (`suspended`) or on again
  /// (its resume, or a student at the PC). Switching off is a clean power-off (cause `shutdown`).
  mutating func setSuspendedByBatch(_ pc: Int, _ suspended: Bool, at now: Double) -> PCChange {
    let reasons = states[pc].downReasons
    let new = suspended ? reasons.union(.suspendedByBatch) : reasons.subtracting(.suspendedByBatch)
    return set(pc, new, at: now, cause: .shutdown)
  }

  /// Whether `pc` is down only because the batch system powered it down (a student at it can
  /// switch it on).
  func isOnlySuspendedByBatch(_ pc: Int) -> Bool { states[pc].downReasons == .suspendedByBatch }

  /// The one place a PC's state changes: down exactly when a reason keeps it down.
  private mutating func set(_ pc: Int, _ reasons: PCDownReasons, at now: Double, cause: LossCause) -> PCChange {
    switch (states[pc], reasons.isEmpty) {
    case (.up, true):
      return .none
    case (.up, false):
      states[pc] = .down(reasons)
      upCount -= 1
      return .wentDown(cause)
    case (.down, true):
      states[pc] = .up(since: now)
      upCount += 1
      return .cameUp
    case (.down, false):
      states[pc] = .down(reasons)
      return .none
    }
  }

  /// Moves `pc` to its trace's next change, schedules the one after, and returns whether
  /// the trace says the PC is up from now (the trace repeats with its own duration).
  private mutating func advanceTrace<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) -> Bool {
    guard case .trace(let schedule) = groupAvailability[Int(layout.group[pc])] else { return true }
    let timeline = schedule.timelines[layout.indexInGroup[pc]]
    let count = timeline.times.count
    let cursor = traceCursor[pc]
    traceCursor[pc] = cursor + 1
    let next = Double((cursor + 1) / count) * schedule.duration + timeline.times[(cursor + 1) % count]
    sim.schedule(.pc(.traceChanges(pc: Int32(pc))), at: max(next, sim.now))
    return timeline.up[cursor % count]
  }

  /// Recomputes the up count from the states (for ``Lab/checkInvariants()``).
  func checkInvariants() {
    var up = 0
    var pc = 0
    while pc < states.count {
      switch states[pc] {
      case .up: up += 1
      case .down(let reasons): precondition(!reasons.isEmpty, "PCs: down without a reason")
      }
      pc += 1
    }
    precondition(upCount == up, "PCs: up count \(upCount) disagrees with the states")
  }
}
