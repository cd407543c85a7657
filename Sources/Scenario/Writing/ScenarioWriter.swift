import Model
import Stochastics

/// Writes a configuration back as a complete scenario file, every default
/// filled in (`harvestsim describe`). The output loads to the same configuration.
public enum ScenarioWriter {
  /// The scenario as YAML text.
  public static func yaml(_ config: ModelConfig, output: OutputOptions) -> String {
    var lines: [String] = []
    func add(_ text: String) { lines.append(text) }
    let d = Units.durationText
    add("name: \(quoted(config.name))")
    add("description: \(quoted(config.description))")
    add("seed: \(config.seed)")
    add("replication: \(config.replication)")
    add("duration: \(d(config.duration))")
    add("warmup: \(d(config.warmup))")
    add("hosts:")
    for group in config.hostGroups {
      add("  - name: \(quoted(group.name))")
      add("    count: \(group.count)")
      add("    cores: \(group.cores)")
      add("    speed: \(Units.numberText(group.speed))")
      add("    os: \(quoted(group.os))")
      let profile = group.profile
      add("    vm_profile: {name: \(quoted(profile.name)), cpu: \(Units.numberText(profile.cpu)), "
        + "memory: \(Units.numberText(profile.memory)), disk: \(Units.numberText(profile.disk)), "
        + "network: \(Units.numberText(profile.network)), owner_impact: \(Units.numberText(profile.ownerImpact)), "
        + "source: \(quoted(profile.source))}")
      switch group.availability {
      case .always: add("    availability: always")
      case .alternating(let up, let down):
        add("    availability: {up: \(distribution(up)), down: \(distribution(down))}")
      case .trace(let schedule):
        add("    availability: \(schedule.source)")
      }
      add("    power: {idle: \(Units.numberText(group.power.idle)), busy: \(Units.numberText(group.power.busy)), "
        + "off: \(Units.numberText(group.power.off))}")
    }
    add("vm:")
    add("  boot: \(distribution(config.vm.boot))")
    add("  configure: \(distribution(config.vm.configure))")
    add("  priority: \(config.vm.priority.rawValue)")
    add("monitoring:")
    add("  heartbeat: \(d(config.monitoring.heartbeat))")
    add("  host_tmax: \(d(config.monitoring.hostTmax))")
    add("  gmetad_poll: \(d(config.monitoring.gmetadPoll))")
    add("registration:")
    add("  mode: \(config.registration.mode.rawValue)")
    add("  add_period: \(d(config.registration.addPeriod))")
    add("  restart_duration: \(distribution(config.registration.restartDuration))")
    add("  cleanup_period: \(d(config.registration.cleanupPeriod))")
    add("batch:")
    add("  system: \(config.batch.system.name)")
    add("  placement: \(config.batch.placement.rawValue)")
    switch config.batch.system {
    case .torque(let torque):
      add("  torque:")
      add("    status_update: \(d(torque.statusUpdate))")
      add("    node_check_rate: \(d(torque.nodeCheckRate))")
      add("    scheduler_iteration: \(d(torque.schedulerIteration))")
      add("    policy: \(torque.policy.rawValue)")
      add("    rerunnable: \(torque.rerunnable)")
    case .condor(let condor):
      add("  condor:")
      add("    update_interval: \(d(condor.updateInterval))")
      add("    classad_lifetime: \(d(condor.classadLifetime))")
      add("    negotiator_interval: \(d(condor.negotiatorInterval))")
      add("    claim_delay: \(d(condor.claimDelay))")
      add("    job_lease_duration: \(d(condor.jobLeaseDuration))")
      add("    policy: \(condor.policy.rawValue)")
      add("    host_aware: \(condor.hostAware)")
      add("    max_attempts: \(condor.maxAttempts.map(String.init) ?? "unlimited")")
      let limits = condor.thresholds
      add("    desktop: {start_idle_time: \(d(limits.startIdleTime)), continue_idle_time: \(d(limits.continueIdleTime)), "
        + "max_suspend_time: \(d(limits.maxSuspendTime)), max_vacate_time: \(d(limits.maxVacateTime)), "
        + "keyboard_busy_time: \(d(limits.keyboardBusyTime)), background_load: \(Units.numberText(limits.backgroundLoad)), "
        + "high_load: \(Units.numberText(limits.highLoad)), cpu_busy_time: \(d(limits.cpuBusyTime))}")
      switch condor.universe {
      case .vanilla: add("    universe: vanilla")
      case .standard(let checkpoint):
        add("    universe: {standard: {interval: \(distribution(checkpoint.interval)), "
          + "image_size: \(Units.numberText(checkpoint.imageSize)), bandwidth: \(Units.numberText(checkpoint.bandwidth))}}")
      }
    }
    add("workload:")
    add("  arrival: \(distribution(config.workload.arrival))")
    add("  runtime: \(distribution(config.workload.runtime))")
    add("  cores: \(config.workload.cores)")
    add("  walltime_factor: \(Units.numberText(config.workload.walltimeFactor))")
    add("  classes:")
    for jobClass in config.workload.classes {
      add("    - {name: \(quoted(jobClass.name)), weight: \(Units.numberText(jobClass.weight)), "
        + "cpu: \(Units.numberText(jobClass.cpu)), memory: \(Units.numberText(jobClass.memory)), "
        + "disk: \(Units.numberText(jobClass.disk)), network: \(Units.numberText(jobClass.network))"
        + (jobClass.cores.map { ", cores: \($0)" } ?? "") + "}")
    }
    if let trace = config.workload.trace {
      add("  trace: {file: \(quoted(trace.path)), from: \(d(trace.from)), "
        + (trace.to.isFinite ? "to: \(d(trace.to)), " : "") + "scale: \(Units.numberText(trace.scale)), "
        + "multiprocessor: \(trace.multiProcessor.rawValue), class: \(quoted(config.workload.classes[trace.jobClass].name))}")
    }
    switch config.workload.resubmit {
    case .never: add("  resubmit: never")
    case .after(let delay, let maxAttempts):
      add("  resubmit: {after: \(distribution(delay)), max_attempts: \(maxAttempts.map(String.init) ?? "unlimited")}")
    }
    lines += labLines(config)
    add("output:")
    add("  sample_every: \(d(config.sampleEvery))")
    add("  jobs: \(output.jobs)")
    add("  timeseries: \(output.timeseries)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The `timetable`, `owners` and `deployment` sections.
  static func labLines(_ config: ModelConfig) -> [String] {
    var lines: [String] = []
    let timetable = config.timetable
    let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    let week = zip(days, timetable.week).map { day, hours in
      "\(day): " + (hours.map { "\(LabUnits.timeOfDayText($0.open))-\(LabUnits.timeOfDayText($0.close))" } ?? "closed")
    }
    lines.append("timetable:")
    lines.append("  start: \(timetable.start)")
    lines.append("  week: {\(week.joined(separator: ", "))}")
    lines.append("  closed: [\(timetable.closedDates.map(\.description).joined(separator: ", "))]")
    switch timetable.power {
    case .alwaysOn: lines.append("  power: always-on")
    case .offWhenClosed: lines.append("  power: off-when-closed")
    case .wakeOnLAN(let wakeAt): lines.append("  power: {wake-on-lan: \(LabUnits.timeOfDayText(wakeAt))}")
    }
    if let owners = config.owners {
      lines.append("owners:")
      switch owners.arrivals {
      case .hourly(let profile):
        if Set(profile.joined()).count == 1 {
          lines.append("  arrivals: {rate: \(Units.numberText(profile[0][0]))}")
        } else {
          lines.append("  arrivals:")
          lines.append("    profile:")
          for (day, rates) in zip(days, profile) {
            lines.append("      \(day): [\(rates.map(Units.numberText).joined(separator: ", "))]")
          }
        }
      case .classes(let blocks):
        lines.append("  arrivals:")
        lines.append("    classes:")
        for block in blocks {
          lines.append("      - {days: [\(block.weekdays.map { days[$0] }.joined(separator: ", "))], "
            + "from: \(quoted(LabUnits.timeOfDayText(block.start))), to: \(quoted(LabUnits.timeOfDayText(block.end))), "
            + "occupancy: \(Units.numberText(block.occupancy))}")
        }
      }
      lines.append("  session: \(distribution(owners.session))")
      lines.append("  load: \(distribution(owners.load, numeric: true))")
      lines.append("  activity: {active: \(distribution(owners.activity.active)), idle: \(distribution(owners.activity.idle))}")
      lines.append("  reboot: {probability: \(Units.numberText(owners.reboot.probability)), "
        + "duration: \(distribution(owners.reboot.duration))}")
    }
    if let deployment = config.deployment {
      lines.append("deployment: {image_size: \(Units.numberText(deployment.imageSize)), "
        + "server_bandwidth: \(Units.numberText(deployment.serverBandwidth)), "
        + "host_bandwidth: \(Units.numberText(deployment.hostBandwidth))}")
    }
    return lines
  }

  /// A distribution in scenario syntax, e.g. `{exponential: {mean: 8h}}`.
  /// With `numeric`, values are written as plain numbers (owner load in cores), not durations.
  public static func distribution(_ distribution: Distribution, numeric: Bool = false) -> String {
    func d(_ value: Double) -> String { numeric ? Units.numberText(value) : Units.durationText(value) }
    let n = Units.numberText
    switch distribution {
    case .constant(let value): return d(value)
    case .uniform(let low, let high): return "{uniform: {low: \(d(low)), high: \(d(high))}}"
    case .exponential(let mean): return "{exponential: {mean: \(d(mean))}}"
    case .weibull(let shape, let scale): return "{weibull: {shape: \(n(shape)), scale: \(d(scale))}}"
    case .logNormal(let mu, let sigma): return "{lognormal: {mu: \(n(mu)), sigma: \(n(sigma))}}"
    case .gamma(let shape, let scale): return "{gamma: {shape: \(n(shape)), scale: \(d(scale))}}"
    case .hyperexponential(let weights, let means):
      return "{hyperexponential: {weights: [\(weights.map(n).joined(separator: ", "))], "
        + "means: [\(means.map(d).joined(separator: ", "))]}}"
    case .empirical(let values):
      return "{empirical: {values: [\(values.map(d).joined(separator: ", "))]}}"
    }
  }

  /// A YAML double-quoted string.
  ///
  /// Works on Unicode scalars, not Characters: `"\r\n"` is one Character and
  /// must still be escaped. Line breaks YAML would fold (CR, NEL, LS, PS) and
  /// characters YAML does not allow unescaped are written as escapes.
  static func quoted(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": escaped += "\\\\"
      case "\"": escaped += "\\\""
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
          || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
          let hex = String(value, radix: 16, uppercase: true)
          escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return "\"\(escaped)\""
  }
}
