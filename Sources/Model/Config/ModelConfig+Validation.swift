import Stochastics

extension ModelConfig {
  /// Checks every rule a planner can break, and returns all problems found.
  ///
  /// Each problem names the scenario key path it belongs to, so the Scenario
  /// layer can point at the offending line. An empty result means valid.
  public func validate() -> [ConfigIssue] {
    var issues: [ConfigIssue] = []
    func check(_ ok: Bool, _ path: String, _ message: @autoclosure () -> String) {
      if !ok { issues.append(ConfigIssue(path: path, message: message())) }
    }
    func checkDistribution(_ distribution: Distribution, _ path: String) {
      do { try distribution.validate() } catch {
        issues.append(ConfigIssue(path: "\(path).\(error.family).\(error.parameter)", message: error.message))
      }
    }
    check(duration.isFinite && duration > 0, "duration", "must be a positive duration, got \(DurationText.format(duration))")
    check(warmup.isFinite && warmup >= 0 && warmup < duration, "warmup",
          "must be at least 0 and shorter than duration (\(DurationText.format(duration))), got \(DurationText.format(warmup))")
    check(replication >= 0, "replication", "must be 0 or more, got \(replication)")
    check(sampleEvery.isFinite && sampleEvery > 0, "output.sample_every", "must be a positive duration, got \(DurationText.format(sampleEvery))")
    check(!hostGroups.isEmpty, "hosts", "must list at least one host group")
    for (index, group) in hostGroups.enumerated() {
      let path = "hosts[\(index)]"
      if let first = hostGroups.firstIndex(where: { $0.name == group.name }), first < index {
        issues.append(ConfigIssue(
          path: "\(path).name",
          message: "'\(group.name)' is already the name of hosts[\(first)]; group names key the random streams, so they must differ"))
      }
      check(group.count >= 1, "\(path).count", "must be a positive integer, got \(group.count)")
      check(group.cores >= 1 && group.cores <= HostGroup.maximumCores, "\(path).cores",
            "must be an integer from 1 to \(HostGroup.maximumCores), got \(group.cores)")
      check(group.speed.isFinite && group.speed > 0, "\(path).speed", "must be a positive number, got \(group.speed)")
      check(group.profile.ownerImpact.isFinite && group.profile.ownerImpact >= 0 && group.profile.ownerImpact <= 1,
            "\(path).vm_profile.owner_impact", "must be a fraction in [0, 1], got \(group.profile.ownerImpact)")
      let power = group.power
      check([power.idle, power.busy, power.off].allSatisfy { $0.isFinite && $0 >= 0 } && power.busy >= power.idle,
            "\(path).power", "watts must be 0 or more, with busy at least idle")
      for (subsystem, value) in group.profile.relativePerformance {
        check(value.isFinite && value > 0 && value <= 1, "\(path).vm_profile.\(subsystem)",
              "relative performance must be in (0, 1], got \(value)")
      }
      if case .trace(let schedule) = group.availability {
        check(schedule.timelines.count == group.count, "\(path).availability.trace",
              "the trace gives \(schedule.timelines.count) timelines for \(group.count) hosts")
        check(schedule.duration > 0, "\(path).availability.trace", "the trace covers no time")
      }
      if case .alternating(let up, let down) = group.availability {
        checkDistribution(up, "\(path).availability.up")
        checkDistribution(down, "\(path).availability.down")
        check(up.mean > 0, "\(path).availability.up", "up periods must have a positive mean")
      }
    }
    checkDistribution(vm.boot, "vm.boot")
    checkDistribution(vm.configure, "vm.configure")
    check(monitoring.heartbeat.isFinite && monitoring.heartbeat > 0, "monitoring.heartbeat", "must be a positive duration")
    check(monitoring.hostTmax.isFinite && monitoring.hostTmax > 0, "monitoring.host_tmax", "must be a positive duration")
    check(monitoring.gmetadPoll.isFinite && monitoring.gmetadPoll > 0, "monitoring.gmetad_poll", "must be a positive duration")
    check(registration.addPeriod.isFinite && registration.addPeriod > 0, "registration.add_period", "must be a positive duration")
    check(registration.cleanupPeriod.isFinite && registration.cleanupPeriod > 0, "registration.cleanup_period",
          "must be a positive duration")
    checkDistribution(registration.restartDuration, "registration.restart_duration")
    switch batch.system {
    case .torque(let torque):
      check(torque.statusUpdate >= 1 && torque.statusUpdate == torque.statusUpdate.rounded(), "batch.torque.status_update",
            "must be a whole number of seconds, at least 1 s (pbs_mom counts in seconds), got \(DurationText.format(torque.statusUpdate))")
      check(torque.nodeCheckRate.isFinite && torque.nodeCheckRate > 0, "batch.torque.node_check_rate", "must be a positive duration")
      check(!(torque.nodeCheckRate <= torque.statusUpdate), "batch.torque.node_check_rate",
            "must be longer than status_update (\(DurationText.format(torque.statusUpdate))), or every live node "
              + "would be marked down between two status reports")
      check(torque.schedulerIteration.isFinite && torque.schedulerIteration > 0, "batch.torque.scheduler_iteration",
            "must be a positive duration")
    case .condor(let condor):
      for (value, key) in [(condor.updateInterval, "update_interval"), (condor.classadLifetime, "classad_lifetime"),
                           (condor.negotiatorInterval, "negotiator_interval"), (condor.jobLeaseDuration, "job_lease_duration")] {
        check(value.isFinite && value > 0, "batch.condor.\(key)", "must be a positive duration")
      }
      check(condor.claimDelay.isFinite && condor.claimDelay >= 0, "batch.condor.claim_delay", "must be 0 or more")
      check((condor.maxAttempts ?? 1) >= 1, "batch.condor.max_attempts", "must be at least 1")
      let limits = condor.thresholds
      check([limits.startIdleTime, limits.continueIdleTime, limits.maxSuspendTime, limits.maxVacateTime,
             limits.keyboardBusyTime].allSatisfy { $0.isFinite && $0 >= 0 }, "batch.condor.desktop",
            "times must be 0 or more")
      check(limits.backgroundLoad >= 0 && limits.highLoad >= limits.backgroundLoad, "batch.condor.desktop",
            "needs 0 <= background_load <= high_load")
      if case .standard(let checkpoint) = condor.universe {
        checkDistribution(checkpoint.interval, "batch.condor.universe.standard.interval")
        check(checkpoint.interval.mean > 0, "batch.condor.universe.standard.interval", "must have a positive mean")
        check(checkpoint.imageSize > 0 && checkpoint.bandwidth > 0, "batch.condor.universe.standard",
              "image_size and bandwidth must be positive")
      }
    }
    if let trace = workload.trace {
      check(trace.scale.isFinite && trace.scale > 0, "workload.trace.scale", "must be a positive number")
      check(trace.from >= 0 && trace.to > trace.from, "workload.trace", "the window needs 0 <= from < to")
      check(workload.classes.indices.contains(trace.jobClass), "workload.trace.class", "must name one of the job classes")
    }
    check(workload.walltimeFactor.isFinite && workload.walltimeFactor >= 1, "workload.walltime_factor",
          "must be at least 1 (a job cannot ask for less than it uses), got \(workload.walltimeFactor)")
    checkDistribution(workload.arrival, "workload.arrival")
    check(workload.arrival.mean > 0, "workload.arrival", "inter-arrival times must have a positive mean")
    checkDistribution(workload.runtime, "workload.runtime")
    check(workload.cores >= 1, "workload.cores", "must be a positive integer, got \(workload.cores)")
    let everyClassOverrides = !workload.classes.isEmpty && workload.classes.allSatisfy { $0.cores != nil }
    if workload.cores > maxCoresPerHost && !hostGroups.isEmpty && !everyClassOverrides {
      issues.append(ConfigIssue(
        path: "workload.cores",
        message: "jobs need \(workload.cores) cores but the largest host has \(maxCoresPerHost); no job could ever run"))
    }
    check(!workload.classes.isEmpty, "workload.classes", "must list at least one job class")
    for (index, jobClass) in workload.classes.enumerated() {
      let path = "workload.classes[\(index)]"
      check(jobClass.weight.isFinite && jobClass.weight > 0, "\(path).weight", "must be a positive number, got \(jobClass.weight)")
      let fractions = jobClass.fractions
      for (subsystem, value) in zip(VMProfile.subsystems, fractions) {
        check(value.isFinite && value >= 0 && value <= 1, "\(path).\(subsystem)", "must be a fraction in [0, 1], got \(value)")
      }
      if let cores = jobClass.cores {
        check(cores >= 1, "\(path).cores", "must be a positive integer, got \(cores)")
        if cores > maxCoresPerHost && !hostGroups.isEmpty {
          issues.append(ConfigIssue(
            path: "\(path).cores",
            message: "jobs of class '\(jobClass.name)' need \(cores) cores but the largest host has \(maxCoresPerHost)"))
        }
      }
      let total = fractions.reduce(0, +)
      check(abs(total - 1) <= 1e-9, path, "cpu + memory + disk + network must add up to 1, got \(total)")
    }
    validateLab(check, checkDistribution)
    if case .after(let delay, let maxAttempts) = workload.resubmit {
      checkDistribution(delay, "workload.resubmit.after")
      if let maxAttempts {
        check(maxAttempts >= 1, "workload.resubmit.max_attempts", "must be at least 1, got \(maxAttempts)")
      }
    }
    return issues
  }
}
