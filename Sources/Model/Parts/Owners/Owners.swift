import Kernel
import Stochastics

/// The students who use the lab's PCs: arrivals (hourly profile or timetabled classes),
/// sessions with their CPU load, keyboard spells, and reboots at the end of a session.
///
/// The lab decides whether a student can start a session (the PC must be up and the lab
/// open); this part draws and keeps what the student does.
struct Owners {
  private(set) var states: [OwnerState]
  /// Each PC's session counter; an event of an earlier session is stale.
  private var sessions: GenerationTable
  private var streams: [RandomStream?]
  private var keyboardStreams: [RandomStream?]
  let config: OwnerConfig?
  private let calendar: LabCalendar

  init(config: ModelConfig, layout: LabLayout, streams factory: RandomStreamFactory) {
    self.config = config.owners
    calendar = layout.calendar
    var streams: [RandomStream?] = []
    var keyboardStreams: [RandomStream?] = []
    for group in config.hostGroups {
      for member in 0..<group.count {
        streams.append(config.owners == nil ? nil : factory.stream("owners/\(group.name)", entity: member))
        keyboardStreams.append(config.owners == nil ? nil : factory.stream("keyboard/\(group.name)", entity: member))
      }
    }
    self.streams = streams
    self.keyboardStreams = keyboardStreams
    states = Array(repeating: .away(keyboardIdleSince: -.infinity), count: layout.hostCount)
    sessions = GenerationTable(count: layout.hostCount)
  }

  /// Whether a student is logged in at `pc`.
  @inline(__always)
  func isPresent(_ pc: Int) -> Bool { states[pc].isPresent }

  // MARK: - Arrivals

  /// Schedules the next student arrival at `pc` (hourly profile). Called when the PC starts
  /// and after each arrival, so one arrival is pending at a time.
  func scheduleArrival<B>(_ pc: Int, _ sim: inout Simulator<LabEvent<B>>) {
    guard let config, case .hourly(let profile) = config.arrivals, let stream = streams[pc] else { return }
    let work = Distribution.exponential(mean: 1).sample(stream)
    guard let time = nextArrival(after: sim.now, profile: profile, work: work) else { return }
    sim.schedule(.owner(.arrives(pc: Int32(pc))), at: time)
  }

  /// O1's trigger: a student arrives at `pc`. Returns the length of the session to start,
  /// if the PC can take one (`available`: up, free of students, lab open).
  func arrived(_ pc: Int, available: Bool) -> Double? {
    guard let config, let stream = streams[pc], available, !states[pc].isPresent else { return nil }
    return config.session.sample(stream)
  }

  /// Inverts the integrated rate: the time after `time` at which `work` units of the
  /// piecewise-constant rate (per hour, only while the lab is open) have passed.
  /// Nil when no arrival comes within 400 days.
  func nextArrival(after time: Double, profile: [[Double]], work initial: Double) -> Double? {
    var work = initial
    var now = time
    let limit = time + 400 * 86_400
    while now < limit {
      let day = Int((now / 86_400).rounded(.down))
      let dayStart = Double(day) * 86_400
      guard let hours = calendar.openingHours(onDay: day) else {
        now = dayStart + 86_400
        continue
      }
      let weekday = calendar.weekday(ofDay: day)
      var cursor = max(now, dayStart + hours.open)
      let close = dayStart + hours.close
      while cursor < close {
        let hour = Int(((cursor - dayStart) / 3600).rounded(.down))
        let segmentEnd = min(close, dayStart + Double(hour + 1) * 3600)
        let rate = profile[weekday][min(hour, 23)] / 3600
        if rate > 0 && rate * (segmentEnd - cursor) >= work { return cursor + work / rate }
        work -= rate * (segmentEnd - cursor)
        cursor = segmentEnd
      }
      now = dayStart + 86_400
    }
    return nil
  }

  // MARK: - Timetabled classes

  /// The class blocks, when students come to classes.
  var classBlocks: [ClassBlock] {
    if let config, case .classes(let blocks) = config.arrivals { blocks } else { [] }
  }

  /// Schedules the next occurrence of class block `index` on or after day `first`.
  func scheduleClassBlock<B>(_ index: Int, fromDay first: Int, _ sim: inout Simulator<LabEvent<B>>) {
    let block = classBlocks[index]
    for day in first..<(first + 400) {
      guard block.weekdays.contains(calendar.weekday(ofDay: day)), calendar.openingHours(onDay: day) != nil
      else { continue }
      let time = Double(day) * 86_400 + block.start
      if time >= sim.now {
        sim.schedule(.owner(.classBegins(block: Int32(index), day: Int32(day))), at: time)
        return
      }
    }
  }

  /// O2's draw at `pc` when class block `index` begins: whether a student takes the PC
  /// (drawn for every PC, so the draws do not depend on the PCs' states).
  mutating func takesPlaceInClass(_ pc: Int, block index: Int) -> Bool {
    guard let stream = streams[pc] else { return false }
    return stream.uniform() < classBlocks[index].occupancy
  }

  // MARK: - Sessions

  /// O1, O2: a student logs in at `pc` until `end`; their load and first typing spell are drawn.
  mutating func startSession<B>(_ pc: Int, until end: Double, _ sim: inout Simulator<LabEvent<B>>) {
    guard let config, let stream = streams[pc], let keyboardStream = keyboardStreams[pc] else { return }
    let now = sim.now
    let load = max(0, config.load.sample(stream))
    states[pc] = .present(since: now, load: load, keyboard: .typing)
    let session = sessions.bump(pc)
    sim.schedule(.owner(.sessionEnds(pc: Int32(pc), session: session)), at: max(now, end))
    sim.schedule(.owner(.keyboardToggles(pc: Int32(pc), session: session)),
                 after: config.activity.active.sample(keyboardStream))
  }

  /// Whether a `sessionEnds` or `keyboardToggles` event of `session` is still current.
  func isCurrent(_ pc: Int, session: UInt32) -> Bool { sessions.isCurrent(pc, generation: session) && states[pc].isPresent }

  /// O3–O5: the session at `pc` ends (if there is one); returns whether there was one.
  mutating func endSession(_ pc: Int, at now: Double) -> Bool {
    guard case .present(_, _, let keyboard) = states[pc] else { return false }
    if case .idle(let since) = keyboard {
      states[pc] = .away(keyboardIdleSince: since)
    } else {
      states[pc] = .away(keyboardIdleSince: now)
    }
    sessions.bump(pc)
    return true
  }

  /// O3's reboot draw at a natural session end: how long the student's reboot takes, if they reboot.
  mutating func rebootAfterSession(_ pc: Int) -> Double? {
    guard let config, let stream = streams[pc] else { return nil }
    guard stream.uniform() < config.reboot.probability else { return nil }
    return config.reboot.duration.sample(stream)
  }

  /// O6: typing stops or starts; the next spell is drawn. False for a stale event.
  mutating func keyboardToggled<B>(_ pc: Int, session: UInt32, _ sim: inout Simulator<LabEvent<B>>) -> Bool {
    guard isCurrent(pc, session: session), let config, let stream = keyboardStreams[pc],
      case .present(let since, let load, let keyboard) = states[pc]
    else { return false }
    let typing = keyboard != .typing
    states[pc] = .present(since: since, load: load, keyboard: typing ? .typing : .idle(since: sim.now))
    let spell = typing ? config.activity.active : config.activity.idle
    sim.schedule(.owner(.keyboardToggles(pc: Int32(pc), session: session)), after: spell.sample(stream))
    return true
  }
}
