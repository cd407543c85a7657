import Model

/// Settings a batch system accepts but that would make the lab misbehave in a way the planner
/// probably did not mean: warnings, not errors (the run is still valid).
enum BatchWarnings {
  /// Slurm's `ReturnToService` 0 or 1 on a lab whose PCs go down, and a `ResumeTimeout`
  /// shorter than a PC takes to start its VM under power saving.
  static func warnings(_ config: ModelConfig) -> [ValidationIssue] {
    guard let slurm = config.batch.system.slurm else { return [] }
    var warnings: [ValidationIssue] = []
    if slurm.returnToService != .always, let why = whyPCsGoDown(config) {
      warnings.append(ValidationIssue(
        path: "batch.slurm.return_to_service",
        message: "ReturnToService=\(slurm.returnToService.rawValue): a node that goes down never comes back ("
          + (slurm.returnToService == .never ? "until an administrator returns it" : "its VM always boots afresh")
          + "), and \(why), so the lab runs out of nodes; a harvested lab needs return_to_service: 2 "
          + "(docs/model.md §15)"))
    }
    if slurm.suspendTime != nil {
      let start = RunCostEstimate.finiteMean(config.vm.boot) + RunCostEstimate.finiteMean(config.vm.configure)
      if slurm.resumeTimeout <= start {
        warnings.append(ValidationIssue(
          path: "batch.slurm.resume_timeout",
          message: "\(Units.durationText(slurm.resumeTimeout)) is not longer than a VM's mean start (vm.boot + "
            + "vm.configure: \(Units.durationText(start))): most nodes that power saving resumes will be set DOWN; "
            + "raise it above the PCs' boot and the VM's start"))
      }
    }
    return warnings
  }

  /// Why this lab's PCs go down during a run (nil when they never do).
  static func whyPCsGoDown(_ config: ModelConfig) -> String? {
    if !config.timetable.isAlwaysOpen, config.timetable.power != .alwaysOn {
      return "the timetable switches the PCs off at closing"
    }
    if let index = config.hostGroups.firstIndex(where: { $0.availability != .always }) {
      return "the PCs of hosts[\(index)] fail or follow an availability trace"
    }
    if let owners = config.owners, owners.reboot.probability > 0 {
      return "students reboot the PCs"
    }
    if config.batch.system.slurm?.suspendTime != nil {
      return "power saving switches idle PCs off"
    }
    return nil
  }
}
