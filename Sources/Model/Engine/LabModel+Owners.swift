import Kernel
import Stochastics

extension LabModel {
  // MARK: - Arrivals from the 24 × 7 profile

  /// Schedules the next student arrival at `host` (hourly profile), if none is pending.
  func scheduleOwnerArrival(_ host: Int) {
    guard let owners = config.owners, case .hourly(let profile) = owners.arrivals,
      !ownerArrivalPending[host], let stream = ownerStreams[host]
    else { return }
    guard let time = nextArrival(after: sim.now, profile: profile, work: Distribution.exponential(mean: 1).sample(stream))
    else { return }
    ownerArrivalPending[host] = true
    sim.schedule(.ownerArrives(host: Int32(host)), at: time)
  }

  /// Inverts the integrated rate: the time after `time` at which `work` units of
  /// the piecewise-constant rate (per hour, only while the lab is open) have passed.
  /// Nil when no arrival comes within 400 days.
  func nextArrival(after time: Double, profile: [[Double]], work initial: Double) -> Double? {
    var work = initial
    var now = time
    let limit = time + 400 * 86_400
    while now < limit {
      let day = Int((now / 86_400).rounded(.down))
      let dayStart = Double(day) * 86_400
      guard let hours = timetableAlwaysOpen ? OpeningHours(open: 0, close: 86_400) : openingHours(onDay: day) else {
        now = dayStart + 86_400
        continue
      }
      let weekday = CalendarDate.weekday(ofDayNumber: config.timetable.start.dayNumber + day)
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

  /// A student arrives: if the PC is up and free, a session starts; then the next arrival is drawn.
  func ownerArrived(_ host: Int) {
    ownerArrivalPending[host] = false
    guard let owners = config.owners, let stream = ownerStreams[host] else { return }
    if hosts[host].isUp && !hosts[host].inSession && labIsOpen(at: sim.now) {
      startSession(host, until: sim.now + owners.session.sample(stream))
    }
    scheduleOwnerArrival(host)
  }

  // MARK: - Timetabled classes

  /// Schedules the next occurrence of every class block on or after day `day`.
  func scheduleClassBlocks(from day: Int) {
    guard let owners = config.owners, case .classes(let blocks) = owners.arrivals else { return }
    for index in blocks.indices { scheduleClassBlock(index, fromDay: day) }
  }

  func scheduleClassBlock(_ index: Int, fromDay first: Int) {
    guard let owners = config.owners, case .classes(let blocks) = owners.arrivals else { return }
    let block = blocks[index]
    for day in first..<(first + 400) {
      let weekday = CalendarDate.weekday(ofDayNumber: config.timetable.start.dayNumber + day)
      guard block.weekdays.contains(weekday), openingHours(onDay: day) != nil || timetableAlwaysOpen else { continue }
      let time = Double(day) * 86_400 + block.start
      if time >= sim.now {
        sim.schedule(.classBegins(block: Int32(index), day: Int32(day)), at: time)
        return
      }
    }
  }

  /// A class begins: each free PC that is up is taken with the block's occupancy probability.
  func classBegan(_ index: Int, day: Int) {
    guard let owners = config.owners, case .classes(let blocks) = owners.arrivals else { return }
    let block = blocks[index]
    let end = Double(day) * 86_400 + block.end
    for host in hosts.indices {
      guard let stream = ownerStreams[host] else { continue }
      let draw = stream.uniform()  // drawn for every PC, so the draws do not depend on the PCs' states
      if draw < block.occupancy && hosts[host].isUp && !hosts[host].inSession && labIsOpen(at: sim.now) {
        startSession(host, until: end)
      }
    }
    scheduleClassBlock(index, fromDay: day + 1)
  }

  // MARK: - Sessions

  /// A student logs in until `end`: their CPU load is drawn, the keyboard is in use.
  func startSession(_ host: Int, until end: Double) {
    guard let owners = config.owners, let stream = ownerStreams[host] else { return }
    if ownerAwarePlacement { detach(host) }  // it moves between the free-node indices
    hosts[host].inSession = true
    hosts[host].sessionStart = sim.now
    if ownerAwarePlacement { attach(host) }
    hosts[host].ownerLoad = max(0, owners.load.sample(stream))
    hosts[host].keyboardActive = true
    rates.sessions += 1
    let generation = ownerGenerations.bump(host)
    sim.schedule(.sessionEnds(host: Int32(host), generation: generation), at: max(sim.now, end))
    sim.schedule(.keyboardToggles(host: Int32(host), generation: generation),
                 after: owners.activity.active.sample(keyboardStreams[host] ?? stream))
    refreshHost(host)
    evaluateStartd(host)
  }

  /// The session ends on its own: the student may reboot the PC.
  func sessionEnded(_ host: Int, _ generation: UInt32) {
    guard ownerGenerations.isCurrent(host, generation: generation) else { return }
    endSession(host, allowReboot: true)
  }

  /// Ends the session at `host`, if any. With `allowReboot`, the student reboots the PC
  /// with the configured probability (the draw is made at every natural session end).
  func endSession(_ host: Int, allowReboot: Bool) {
    guard hosts[host].inSession, let owners = config.owners, let stream = ownerStreams[host] else { return }
    if ownerAwarePlacement { detach(host) }
    hosts[host].inSession = false
    if ownerAwarePlacement { attach(host) }
    hosts[host].ownerLoad = 0
    if hosts[host].keyboardActive { hosts[host].keyboardIdleSince = sim.now }
    hosts[host].keyboardActive = false
    rates.sessions -= 1
    ownerGenerations.bump(host)
    refreshHost(host)
    evaluateStartd(host)
    guard allowReboot else { return }
    let reboot = stream.uniform() < owners.reboot.probability
    if reboot {
      let duration = owners.reboot.duration.sample(stream)
      hosts[host].rebooting = true
      updateHostState(host, cause: .reboot)
      sim.schedule(.rebootEnds(host: Int32(host)), after: duration)
    }
  }

  /// The reboot is over: the PC is up again (if nothing else keeps it down).
  func rebootEnded(_ host: Int) {
    hosts[host].rebooting = false
    updateHostState(host, cause: .reboot)
  }

  /// Typing stops or starts; a policy can ask how long the keyboard has been idle.
  func keyboardToggled(_ host: Int, _ generation: UInt32) {
    guard ownerGenerations.isCurrent(host, generation: generation), let owners = config.owners,
      let stream = keyboardStreams[host]
    else { return }
    let active = !hosts[host].keyboardActive
    hosts[host].keyboardActive = active
    if !active { hosts[host].keyboardIdleSince = sim.now }
    let spell = active ? owners.activity.active : owners.activity.idle
    sim.schedule(.keyboardToggles(host: Int32(host), generation: generation), after: spell.sample(stream))
    evaluateStartd(host)
  }

  /// How long the keyboard at `host` has been idle at `time` (0 while typing).
  func keyboardIdle(_ host: Int, at time: Double) -> Double {
    hosts[host].keyboardActive ? 0 : time - hosts[host].keyboardIdleSince
  }
}
