import Foundation
import Model

extension JobLimitExceeded {
  /// What happened, why, and which keys to change, in the planner's words.
  public var explanation: String {
    let when = time < 3_600 ? String(format: "%.0f s", time) : time < 172_800
      ? String(format: "%.1f h", time / 3_600) : String(format: "%.1f days", time / 86_400)
    var text = "the run stopped at \(when) of simulated time: \(limit) jobs were in the system "
      + "(limits.jobs_in_system). Jobs arrived at about \(CostRules.approximate(arrivalsPerHour)) per hour"
    if capacityPerHour > 0 {
      text += ", while the lab's \(cores) cores can finish about \(CostRules.approximate(capacityPerHour)) per hour "
        + "at the mean runtime of \(Units.durationText(meanRuntime))"
    }
    return text + ". The lab cannot keep up: lower the arrival rate (workload.arrival), add PCs (hosts), "
      + "or raise limits.jobs_in_system"
  }
}
