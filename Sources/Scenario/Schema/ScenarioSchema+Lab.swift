import Model
import Stochastics

extension ScenarioSchema {
  /// `timetable`: the lab's calendar.
  static var timetable: MappingSchema<Timetable> {
    MappingSchema(template: .alwaysOpen, keys: [
      .key("start", \.start, .date, doc: "The date at t = 0."),
      .key("week", \.week, week.kind, doc: "Opening hours per weekday; a day not set is closed."),
      .key("closed", \.closedDates, ValueKind<[CalendarDate]>.list(of: .date, typeName: "list of dates", flow: true),
           doc: "Dates on which the lab stays closed all day."),
      .key("power", \.power, powerPolicy, doc: "What happens to the PCs outside opening hours."),
    ])
  }

  /// `timetable.week`: opening hours per day; a group sets several days, and a single day
  /// overrides its group. A day the mapping does not set is closed.
  static var week: MappingSchema<[OpeningHours?]> {
    let groups: [ScenarioKey<[OpeningHours?]>] = Weekdays.groupNames.map { group in
      .shorthand(group, .openingHours, apply: { week, hours in
        for day in Weekdays.days(of: group) { week[day] = hours }
      }, doc: "Sets \(group == "every_day" ? "every day" : "the \(group)").")
    }
    let days: [ScenarioKey<[OpeningHours?]>] = Weekdays.names.enumerated().map { index, day in
      .key(day, \.[index], .openingHours, doc: "Opening hours on \(day).")
    }
    return MappingSchema(template: Array(repeating: nil, count: 7), keys: groups + days, flow: true)
  }

  /// `timetable.power`: `always-on`, `off-when-closed` or `{wake-on-lan: HH:MM}`.
  static var powerPolicy: ValueKind<PowerPolicy> {
    let wake = ValueKind<PowerPolicy>.mapped(.timeOfDay(), embed: { .wakeOnLAN(wakeAt: $0) }, extract: { policy in
      guard case .wakeOnLAN(let wakeAt) = policy else { return nil }
      return wakeAt
    })
    return .keywords(
      [("always-on", .alwaysOn, true), ("off-when-closed", .offWhenClosed, true)],
      expected: "always-on, off-when-closed or {wake-on-lan: HH:MM}",
      typeName: "`always-on`, `off-when-closed`, or `{wake-on-lan: HH:MM}`", alsoSuggest: ["wake-on-lan"],
      forms: [.oneKeyOf("mapping", [("wake-on-lan", wake, "Off at closing, woken every day at this time.")])])
  }

  /// `owners`: the students who use the PCs.
  static var owners: MappingSchema<OwnerConfig> {
    MappingSchema(template: OwnerConfig(arrivals: .constant(perHour: 0)), keys: [
      .key("arrivals", \.arrivals, arrivals, .required, doc: "When students log in."),
      .key("session", \.session, .distribution(), doc: "Session length."),
      .key("load", \.load, .numericDistribution, doc: "The student's CPU load in cores, drawn per session."),
      .key("activity", \.activity, activity.kind, doc: "Spells of keyboard use and of no input within a session."),
      .key("reboot", \.reboot, reboot.kind, doc: "Reboots at the end of a session."),
    ])
  }

  /// `owners.arrivals`: exactly one of `rate`, `profile` or `classes`.
  static var arrivals: ValueKind<OwnerArrivals> {
    let rate = ValueKind<OwnerArrivals>.mapped(
      ValueKind<Double>.number.rule({ $0 >= 0 }) { _ in "log-in rates must be 0 or more per hour" },
      embed: { .constant(perHour: $0) },
      extract: { arrivals in
        guard case .hourly(let profile) = arrivals, Set(profile.joined()).count == 1 else { return nil }
        return profile.first?.first
      })
    let profile = ValueKind<OwnerArrivals>.mapped(arrivalProfile.kind, embed: { .hourly($0) }, extract: { arrivals in
      guard case .hourly(let profile) = arrivals else { return nil }
      return profile
    })
    let classes = ValueKind<OwnerArrivals>.mapped(
      ValueKind<[ClassBlock]>.list(of: classBlock.kind, typeName: "list of class blocks", flow: false),
      embed: { .classes($0) },
      extract: { arrivals in
        guard case .classes(let blocks) = arrivals else { return nil }
        return blocks
      })
    return .oneKeyOf("mapping", [
      ("rate", rate, "Log-ins per PC per hour, at every hour the lab is open."),
      ("profile", profile, "Log-ins per PC per hour for each hour of the clock, per weekday."),
      ("classes", classes, "Timetabled classes."),
    ], otherwise: "give exactly one of rate: N (per PC per hour), profile: {mon: [24 rates], …} or classes: [...]")
  }

  /// `owners.arrivals.profile`: 24 hourly rates per day; a group sets several days, and a
  /// single day overrides its group. A day not set has rate 0.
  static var arrivalProfile: MappingSchema<[[Double]]> {
    let groups: [ScenarioKey<[[Double]]>] = Weekdays.groupNames.map { group in
      .shorthand(group, .hourlyRates, apply: { profile, rates in
        for day in Weekdays.days(of: group) { profile[day] = rates }
      }, doc: "Sets \(group == "every_day" ? "every day" : "the \(group)").")
    }
    let days: [ScenarioKey<[[Double]]>] = Weekdays.names.enumerated().map { index, day in
      .key(day, \.[index], .hourlyRates, defaultDoc: "24 zeros", doc: "Log-ins per PC per hour on \(day).")
    }
    return MappingSchema(template: Array(repeating: Array(repeating: 0, count: 24), count: 7), keys: groups + days, rules: [
      .at("", { profile, _ in profile.joined().allSatisfy { $0.isFinite && $0 >= 0 } }) { _, _ in
        "log-in rates must be 0 or more per hour"
      },
    ])
  }

  /// `owners.arrivals.classes[i]`: a timetabled class.
  static var classBlock: MappingSchema<ClassBlock> {
    MappingSchema(template: ClassBlock(weekdays: [], start: 0, end: 0, occupancy: 1), keys: [
      .key("days", \.weekdays, ValueKind<[Int]>.weekdayList.rule({ !$0.isEmpty }) { _ in "list weekdays as mon … sun" },
           .required, doc: "The weekdays of the class."),
      .key("from", \.start, .timeOfDay(quoted: true), .required, doc: "When the class begins."),
      .key("to", \.end, .endTimeOfDay, .required, doc: "When it ends."),
      .key("occupancy", \.occupancy, ValueKind<Double>.probability.named("number in [0, 1]"),
           doc: "The probability that a given PC is taken by a student for the class."),
    ], rules: [
      .at("", { block, _ in block.start >= 0 && block.end <= 86_400 && block.start < block.end }) { _, _ in
        "a class must start before it ends, within one day"
      },
    ], flow: true)
  }

  /// `owners.activity: {active, idle}`.
  static var activity: MappingSchema<KeyboardActivity> {
    MappingSchema(template: KeyboardActivity(), keys: [
      .key("active", \.active, .distribution(), doc: "Length of a spell of typing."),
      .key("idle", \.idle, .distribution(), doc: "Length of a spell without input."),
    ], rules: [
      .at("", { activity, _ in activity.active.mean > 0 && activity.idle.mean > 0 }) { _, _ in
        "active and idle spells need positive means"
      },
    ], flow: true)
  }

  /// `owners.reboot: {probability, duration}`.
  static var reboot: MappingSchema<OwnerReboot> {
    MappingSchema(template: OwnerReboot(), keys: [
      .key("probability", \.probability, .probability, doc: "The probability that a session ends with a reboot."),
      .key("duration", \.duration, .distribution(), doc: "How long the PC is down."),
    ], flow: true)
  }

  /// `deployment`: copying the VM image to the PCs.
  static var deployment: MappingSchema<DeploymentConfig> {
    MappingSchema(template: DeploymentConfig(imageSize: 0, serverBandwidth: 0, hostBandwidth: 0), keys: [
      .key("image_size", \.imageSize, .size, .required, doc: "Size of the VM image."),
      .key("server_bandwidth", \.serverBandwidth, .rate, .required, doc: "The server's bandwidth, shared by all PCs."),
      .key("host_bandwidth", \.hostBandwidth, .rate, .required, doc: "Each PC's own bandwidth."),
    ], flow: true)
  }
}
