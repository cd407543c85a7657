import Foundation
import Model

extension JobLimitExceeded {
  /// What happened, why, and which keys to change, in the planner's words.
  public var explanation: String {
    var text = "the run stopped at \(CostRules.span(time)) of simulated time: \(limit) jobs were in the system "
      + "(limits.jobs_in_system). Jobs arrived at about \(CostRules.approximate(arrivalsPerHour)) per hour"
    guard capacityPerHour > 0 else {
      return text + ". Lower the arrival rate (workload.arrival), add PCs (hosts), or raise limits.jobs_in_system"
    }
    text += ", while the lab's \(cores) cores can finish about \(CostRules.approximate(capacityPerHour)) per hour "
      + "at the mean runtime of \(CostRules.span(meanRuntime))"
    if arrivalsPerHour < capacityPerHour {
      return text + ". The lab keeps up, but it holds this many jobs at once: raise limits.jobs_in_system "
        + "(about 200 bytes a job)"
    }
    return text + ". The lab cannot keep up: lower the arrival rate (workload.arrival), add PCs (hosts), "
      + "or raise limits.jobs_in_system"
  }
}
