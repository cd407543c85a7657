import Foundation
import Model

extension JobLimitExceeded {
  /// What happened, why, and which keys to change, in the planner's words.
  public var explanation: String {
    var text = "the run stopped at \(Self.span(time)) of simulated time: \(limit) jobs were in the system "
      + "(limits.jobs_in_system). Jobs arrived at about \(CostRules.approximate(arrivalsPerHour)) per hour"
    guard capacityPerHour > 0 else {
      return text + ". Lower the arrival rate (workload.arrival), add PCs (hosts), or raise limits.jobs_in_system"
    }
    text += ", while the lab's \(cores) cores can finish about \(CostRules.approximate(capacityPerHour)) per hour "
      + "at the mean runtime of \(Self.span(meanRuntime))"
    if arrivalsPerHour < capacityPerHour {
      return text + ". The lab keeps up, but it holds this many jobs at once: raise limits.jobs_in_system "
        + "(about 200 bytes a job)"
    }
    return text + ". The lab cannot keep up: lower the arrival rate (workload.arrival), add PCs (hosts), "
      + "or raise limits.jobs_in_system"
  }

  /// A span of time in seconds, minutes, hours or days, to one decimal.
  static func span(_ seconds: Double) -> String {
    if seconds < 120 { return String(format: "%.0f s", seconds) }
    if seconds < 7_200 { return String(format: "%.1f min", seconds / 60) }
    if seconds < 172_800 { return String(format: "%.1f h", seconds / 3_600) }
    return String(format: "%.1f days", seconds / 86_400)
  }
}
