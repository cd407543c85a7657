import Stochastics

extension ModelConfig {
  /// Checks the timetable, the owners and the deployment.
  func validateLab(
    _ check: (Bool, String, @autoclosure () -> String) -> Void,
    _ checkDistribution: (Distribution, String) -> Void
  ) {
    check(timetable.week.count == 7, "timetable.week", "needs an entry for each of the 7 weekdays")
    for (index, hours) in timetable.week.enumerated() {
      guard let hours else { continue }
      check(hours.open >= 0 && hours.close <= 86_400 && hours.open < hours.close, "timetable.week[\(index)]",
            "opening hours must lie within the day and open before they close")
    }
    if case .wakeOnLAN(let wakeAt) = timetable.power {
      check(wakeAt >= 0 && wakeAt < 86_400, "timetable.power.wake-on-lan", "must be a time of day, 00:00 to 23:59")
    }
    if let owners {
      switch owners.arrivals {
      case .hourly(let profile):
        check(profile.count == 7 && profile.allSatisfy { $0.count == 24 }, "owners.arrivals",
              "a profile needs 7 weekdays × 24 hourly rates")
        check(profile.joined().allSatisfy { $0.isFinite && $0 >= 0 }, "owners.arrivals",
              "log-in rates must be 0 or more per hour")
      case .classes(let blocks):
        for (index, block) in blocks.enumerated() {
          let path = "owners.arrivals.classes[\(index)]"
          check(!block.weekdays.isEmpty && block.weekdays.allSatisfy { (0..<7).contains($0) }, "\(path).days",
                "list weekdays as mon … sun")
          check(block.start >= 0 && block.end <= 86_400 && block.start < block.end, path,
                "a class must start before it ends, within one day")
          check(block.occupancy >= 0 && block.occupancy <= 1, "\(path).occupancy", "must be a probability in [0, 1]")
        }
      }
      checkDistribution(owners.session, "owners.session")
      checkDistribution(owners.load, "owners.load")
      checkDistribution(owners.activity.active, "owners.activity.active")
      checkDistribution(owners.activity.idle, "owners.activity.idle")
      check(owners.activity.active.mean > 0 && owners.activity.idle.mean > 0, "owners.activity",
            "active and idle spells need positive means")
      check(owners.reboot.probability >= 0 && owners.reboot.probability <= 1, "owners.reboot.probability",
            "must be a probability in [0, 1]")
      checkDistribution(owners.reboot.duration, "owners.reboot.duration")
    }
    if let deployment {
      check(deployment.imageSize.isFinite && deployment.imageSize > 0, "deployment.image_size", "must be a positive size")
      check(deployment.serverBandwidth.isFinite && deployment.serverBandwidth > 0, "deployment.server_bandwidth",
            "must be a positive rate")
      check(deployment.hostBandwidth.isFinite && deployment.hostBandwidth > 0, "deployment.host_bandwidth",
            "must be a positive rate")
    }
  }
}
