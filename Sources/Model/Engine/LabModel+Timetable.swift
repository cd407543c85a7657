import Kernel

extension LabModel {
  /// Whether the PCs are switched on at `time` under the timetable's power policy.
  /// Wake-on-LAN PCs count as on at time 0 (woken during the night before).
  func powerIsOn(at time: Double) -> Bool {
    switch config.timetable.power {
    case .alwaysOn: return true
    case .offWhenClosed: return labIsOpen(at: time)
    case .wakeOnLAN: return time == 0 || labIsOpen(at: time)
    }
  }

  /// Whether the lab is open at `time`.
  func labIsOpen(at time: Double) -> Bool {
    if timetableAlwaysOpen { return true }
    let day = Int((time / 86_400).rounded(.down))
    guard let hours = openingHours(onDay: day) else { return false }
    let clock = time - Double(day) * 86_400
    return clock >= hours.open && clock < hours.close
  }

  /// The opening hours of simulated day `day`, or nil when closed all day.
  func openingHours(onDay day: Int) -> OpeningHours? {
    let dayNumber = config.timetable.start.dayNumber + day
    if closedDayNumbers.contains(dayNumber) { return nil }
    return config.timetable.week[CalendarDate.weekday(ofDayNumber: dayNumber)]
  }

  /// The next time after `time` at which the lab opens or closes.
  func nextLabChange(after time: Double) -> Double? {
    let openNow = labIsOpen(at: time)
    var day = Int((time / 86_400).rounded(.down))
    for _ in 0..<800 {
      if let hours = openingHours(onDay: day) {
        for boundary in [hours.open, hours.close] {
          let candidate = Double(day) * 86_400 + boundary
          if candidate > time && labIsOpen(at: candidate) != openNow { return candidate }
        }
      }
      day += 1
    }
    return nil
  }

  /// Schedules the first timetable events.
  func startTimetable() {
    scheduleClassBlocks(from: 0)
    guard !timetableAlwaysOpen else { return }
    if let change = nextLabChange(after: 0) { sim.schedule(.labChanges, at: change) }
    if case .wakeOnLAN(let wakeAt) = config.timetable.power {
      sim.schedule(.labWakes, at: wakeAt > 0 ? wakeAt : 86_400)
    }
  }

  /// The lab opens or closes: students leave at closing, and the PCs are switched
  /// on or off as the power policy says (a shutdown loses the jobs running).
  func labChanged() {
    let open = labIsOpen(at: sim.now)
    if let change = nextLabChange(after: sim.now) { sim.schedule(.labChanges, at: change) }
    for host in hosts.indices {
      if !open { endSession(host, allowReboot: false) }
      setPower(host, on: open || config.timetable.power == .alwaysOn)
    }
  }

  /// Wake-on-LAN: every PC is switched on.
  func labWoke() {
    sim.schedule(.labWakes, after: 86_400)
    for host in hosts.indices { setPower(host, on: true) }
  }

  /// Switches one PC on or off.
  func setPower(_ host: Int, on: Bool) {
    guard hosts[host].poweredOn != on else { return }
    hosts[host].poweredOn = on
    updateHostState(host, cause: .shutdown)
  }
}
