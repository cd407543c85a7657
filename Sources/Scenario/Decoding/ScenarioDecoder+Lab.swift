import Model
import Stochastics

extension ScenarioDecoder {
  static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  static let weekGroups: [String: [Int]] = ["weekdays": [0, 1, 2, 3, 4], "weekend": [5, 6], "every_day": Array(0..<7)]

  /// `timetable: {start, week, closed, power}`.
  func timetable(_ node: ScenarioNode, _ path: String) throws -> Timetable {
    let reader = try MappingReader(node, path: path, keys: ["start", "week", "closed", "power"])
    let start = try reader.value("start", default: Timetable.alwaysOpen.start) { try date($0, $1) }
    let week = try reader.value("week", default: Timetable.alwaysOpen.week) { try self.week($0, $1) }
    let closed = try reader.value("closed", default: []) { node, path in
      try ValueReader.list(node, path).enumerated().map { try date($1, KeyPath.join(path, index: $0)) }
    }
    let power = try reader.value("power", default: PowerPolicy.alwaysOn) { try self.power($0, $1) }
    return Timetable(start: start, week: week, closedDates: closed, power: power)
  }

  func date(_ node: ScenarioNode, _ path: String) throws -> CalendarDate {
    let text = try ValueReader.scalar(node, path, expected: "a date like 2006-10-02")
    guard let date = CalendarDate(text) else {
      throw ScenarioError(location: node.location, path: path, message: "expected a date like 2006-10-02, got '\(text)'")
    }
    return date
  }

  /// `{mon: 08:00-20:00, …, sat: closed}`; `weekdays`, `weekend` and `every_day` set several days.
  func week(_ node: ScenarioNode, _ path: String) throws -> [OpeningHours?] {
    let keys = Self.weekdayNames + ["weekdays", "weekend", "every_day"]
    let reader = try MappingReader(node, path: path, keys: keys)
    var week: [OpeningHours?] = Array(repeating: nil, count: 7)
    // Groups first, then single days, so `weekdays: …` with `fri: …` means Friday differs.
    for key in ["every_day", "weekdays", "weekend"] + Self.weekdayNames {
      guard let value = reader.optional(key) else { continue }
      let hours = try openingHours(value, reader.path(key))
      for day in Self.weekGroups[key] ?? [Self.weekdayNames.firstIndex(of: key)!] { week[day] = hours }
    }
    return week
  }

  /// `08:00-20:00` or `closed`.
  func openingHours(_ node: ScenarioNode, _ path: String) throws -> OpeningHours? {
    let expected = "opening hours like 08:00-20:00, or closed"
    let text = try ValueReader.scalar(node, path, expected: expected)
    if text == "closed" { return nil }
    let parts = text.split(separator: "-")
    guard parts.count == 2, let open = LabUnits.timeOfDay(String(parts[0])), let close = LabUnits.timeOfDay(String(parts[1])),
      open < close
    else {
      throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got '\(text)'")
    }
    return OpeningHours(open: open, close: close)
  }

  func power(_ node: ScenarioNode, _ path: String) throws -> PowerPolicy {
    let names = ["always-on", "off-when-closed"]
    if let text = node.scalar {
      switch text {
      case "always-on": return .alwaysOn
      case "off-when-closed": return .offWhenClosed
      default:
        throw ScenarioError(location: node.location, path: path,
                            message: "expected always-on, off-when-closed or {wake-on-lan: HH:MM}, got '\(text)'",
                            suggestion: Suggestion.closest(to: text, among: names + ["wake-on-lan"]))
      }
    }
    let reader = try MappingReader(node, path: path, keys: ["wake-on-lan"])
    return .wakeOnLAN(wakeAt: try reader.value("wake-on-lan") { try timeOfDay($0, $1) })
  }

  func timeOfDay(_ node: ScenarioNode, _ path: String) throws -> Double {
    let text = try ValueReader.scalar(node, path, expected: "a time of day like 21:30")
    guard let seconds = LabUnits.timeOfDay(text), seconds < 86_400 else {
      throw ScenarioError(location: node.location, path: path, message: "expected a time of day like 21:30, got '\(text)'")
    }
    return seconds
  }

  /// `owners: {arrivals, session, load, activity, reboot}`.
  func owners(_ node: ScenarioNode, _ path: String) throws -> OwnerConfig {
    let reader = try MappingReader(node, path: path, keys: ["arrivals", "session", "load", "activity", "reboot"])
    let defaults = OwnerConfig(arrivals: .constant(perHour: 0))
    var owners = OwnerConfig(arrivals: try reader.value("arrivals") { try self.arrivals($0, $1) })
    owners.session = try reader.value("session", default: defaults.session, DistributionReader.read)
    owners.load = try reader.value("load", default: defaults.load, DistributionReader.read)
    owners.activity = try reader.value("activity", default: defaults.activity) { node, path in
      let activity = try MappingReader(node, path: path, keys: ["active", "idle"])
      return KeyboardActivity(
        active: try activity.value("active", default: defaults.activity.active, DistributionReader.read),
        idle: try activity.value("idle", default: defaults.activity.idle, DistributionReader.read))
    }
    owners.reboot = try reader.value("reboot", default: defaults.reboot) { node, path in
      let reboot = try MappingReader(node, path: path, keys: ["probability", "duration"])
      return OwnerReboot(
        probability: try reboot.value("probability", default: 0, ValueReader.number),
        duration: try reboot.value("duration", default: defaults.reboot.duration, DistributionReader.read))
    }
    return owners
  }

  /// `{rate: N}` (log-ins per PC per hour while open), `{profile: {mon: [24 rates], …}}`, or `{classes: […]}`.
  func arrivals(_ node: ScenarioNode, _ path: String) throws -> OwnerArrivals {
    let reader = try MappingReader(node, path: path, keys: ["rate", "profile", "classes"])
    switch (reader.optional("rate"), reader.optional("profile"), reader.optional("classes")) {
    case (let rate?, nil, nil):
      return .constant(perHour: try ValueReader.number(rate, reader.path("rate")))
    case (nil, let profile?, nil):
      let keys = Self.weekdayNames + ["weekdays", "weekend", "every_day"]
      let days = try MappingReader(profile, path: reader.path("profile"), keys: keys)
      var rates = Array(repeating: Array(repeating: 0.0, count: 24), count: 7)
      for key in ["every_day", "weekdays", "weekend"] + Self.weekdayNames {
        guard let value = days.optional(key) else { continue }
        let list = try ValueReader.list(value, days.path(key))
        guard list.count == 24 else {
          throw ScenarioError(location: value.location, path: days.path(key),
                              message: "expected 24 hourly rates (00:00 to 23:00), got \(list.count)")
        }
        let hourly = try list.enumerated().map { try ValueReader.number($1, KeyPath.join(days.path(key), index: $0)) }
        for day in Self.weekGroups[key] ?? [Self.weekdayNames.firstIndex(of: key)!] { rates[day] = hourly }
      }
      return .hourly(rates)
    case (nil, nil, let classes?):
      return .classes(try ValueReader.list(classes, reader.path("classes")).enumerated().map { index, item in
        let path = KeyPath.join(reader.path("classes"), index: index)
        let block = try MappingReader(item, path: path, keys: ["days", "from", "to", "occupancy"])
        let days = try block.value("days") { node, path in
          try ValueReader.list(node, path).enumerated().flatMap { index, day -> [Int] in
            let name = try ValueReader.choiceText(day, KeyPath.join(path, index: index),
                                                  among: Self.weekdayNames + ["weekdays", "weekend", "every_day"])
            return Self.weekGroups[name] ?? [Self.weekdayNames.firstIndex(of: name)!]
          }
        }
        return ClassBlock(
          weekdays: days, start: try block.value("from") { try timeOfDay($0, $1) },
          end: try block.value("to") { node, path in
            let text = try ValueReader.scalar(node, path, expected: "a time of day like 11:30")
            guard let seconds = LabUnits.timeOfDay(text) else {
              throw ScenarioError(location: node.location, path: path, message: "expected a time of day like 11:30, got '\(text)'")
            }
            return seconds
          },
          occupancy: try block.value("occupancy", default: 1, ValueReader.number))
      })
    default:
      throw ScenarioError(location: node.location, path: path,
                          message: "give exactly one of rate: N (per PC per hour), profile: {mon: [24 rates], …} or classes: [...]")
    }
  }

  /// `deployment: {image_size: 2GiB, server_bandwidth: 1Gbit/s, host_bandwidth: 100Mbit/s}`.
  func deployment(_ node: ScenarioNode, _ path: String) throws -> DeploymentConfig {
    let reader = try MappingReader(node, path: path, keys: ["image_size", "server_bandwidth", "host_bandwidth"])
    func size(_ node: ScenarioNode, _ path: String) throws -> Double {
      let text = try ValueReader.scalar(node, path, expected: "a size like 2GiB")
      guard let value = LabUnits.bytes(text) else {
        throw ScenarioError(location: node.location, path: path, message: "expected a size like 512MiB or 2GiB, got '\(text)'")
      }
      return value
    }
    func rate(_ node: ScenarioNode, _ path: String) throws -> Double {
      let text = try ValueReader.scalar(node, path, expected: "a rate like 100Mbit/s")
      guard let value = LabUnits.bytesPerSecond(text) else {
        throw ScenarioError(location: node.location, path: path,
                            message: "expected a rate like 100Mbit/s, 1Gbit/s or 50MB/s, got '\(text)'")
      }
      return value
    }
    return DeploymentConfig(
      imageSize: try reader.value("image_size", size), serverBandwidth: try reader.value("server_bandwidth", rate),
      hostBandwidth: try reader.value("host_bandwidth", rate))
  }

  /// `power: {idle: 70, busy: 110, off: 2}` in watts.
  func hostPower(_ node: ScenarioNode, _ path: String) throws -> HostPower {
    let reader = try MappingReader(node, path: path, keys: ["idle", "busy", "off"])
    let defaults = HostPower()
    return HostPower(
      idle: try reader.value("idle", default: defaults.idle, ValueReader.number),
      busy: try reader.value("busy", default: defaults.busy, ValueReader.number),
      off: try reader.value("off", default: defaults.off, ValueReader.number))
  }
}

extension ScenarioDecoder {
  /// `vanilla`, `standard`, or `{standard: {interval: DIST, image_size: 256MiB, bandwidth: 100Mbit/s}}`.
  func universe(_ node: ScenarioNode, _ path: String) throws -> CondorUniverse {
    if let text = node.scalar {
      switch text {
      case "vanilla": return .vanilla
      case "standard": return .standard(CheckpointConfig())
      default:
        throw ScenarioError(location: node.location, path: path,
                            message: "expected vanilla, standard or {standard: {interval, image_size, bandwidth}}, got '\(text)'",
                            suggestion: Suggestion.closest(to: text, among: ["vanilla", "standard"]))
      }
    }
    let outer = try MappingReader(node, path: path, keys: ["standard"])
    return .standard(try outer.value("standard") { node, path in
      let reader = try MappingReader(node, path: path, keys: ["interval", "image_size", "bandwidth"])
      let defaults = CheckpointConfig()
      return CheckpointConfig(
        interval: try reader.value("interval", default: defaults.interval, DistributionReader.read),
        imageSize: try reader.value("image_size", default: defaults.imageSize) { node, path in
          let text = try ValueReader.scalar(node, path, expected: "a size like 256MiB")
          guard let value = LabUnits.bytes(text) else {
            throw ScenarioError(location: node.location, path: path, message: "expected a size like 256MiB, got '\(text)'")
          }
          return value
        },
        bandwidth: try reader.value("bandwidth", default: defaults.bandwidth) { node, path in
          let text = try ValueReader.scalar(node, path, expected: "a rate like 100Mbit/s")
          guard let value = LabUnits.bytesPerSecond(text) else {
            throw ScenarioError(location: node.location, path: path, message: "expected a rate like 100Mbit/s, got '\(text)'")
          }
          return value
        })
    })
  }
}
