import Foundation
import Model
import Stochastics

/// Turns a scenario syntax tree into a ``ModelConfig``, strictly: unknown keys,
/// wrong types and missing required keys are errors with locations.
struct ScenarioDecoder {
  /// Directory against which relative file references (VM profiles) resolve.
  let baseDirectory: URL

  static let topLevelKeys = [
    "name", "description", "seed", "replication", "duration", "warmup", "hosts", "vm", "monitoring",
    "registration", "batch", "workload", "output", "timetable", "owners", "deployment",
  ]

  func decode(_ root: ScenarioNode) throws -> (ModelConfig, OutputOptions) {
    let top = try MappingReader(root, path: "", keys: Self.topLevelKeys)
    let hostsNode = try top.require("hosts")
    let hostGroups = try ValueReader.list(hostsNode, "hosts").enumerated().map { index, node in
      try hostGroup(node, KeyPath.join("hosts", index: index))
    }
    let output = try top.value("output", default: (OutputOptions(), 300.0)) { try self.output($0, $1) }
    var config = ModelConfig(
      name: try top.value("name", ValueReader.string),
      description: try top.value("description", default: "", ValueReader.string),
      seed: try top.value("seed", default: 1, ValueReader.seed),
      replication: try top.value("replication", default: 0, ValueReader.integer),
      duration: try top.value("duration", ValueReader.duration),
      warmup: try top.value("warmup", default: 0, ValueReader.duration),
      hostGroups: hostGroups,
      workload: try top.value("workload") { try self.workload($0, $1) },
      sampleEvery: output.1)
    config.vm = try top.value("vm", default: VMLifecycleConfig()) { try self.vm($0, $1) }
    config.monitoring = try top.value("monitoring", default: MonitoringConfig()) { try self.monitoring($0, $1) }
    config.registration = try top.value("registration", default: RegistrationConfig()) { try self.registration($0, $1) }
    config.batch = try top.value("batch", default: BatchConfig()) { try self.batch($0, $1) }
    config.timetable = try top.value("timetable", default: .alwaysOpen) { try self.timetable($0, $1) }
    config.owners = try top.value("owners", default: nil) { try self.owners($0, $1) }
    config.deployment = try top.value("deployment", default: nil) { try self.deployment($0, $1) }
    return (config, output.0)
  }

  func hostGroup(_ node: ScenarioNode, _ path: String) throws -> HostGroup {
    let reader = try MappingReader(
      node, path: path, keys: ["name", "count", "cores", "speed", "os", "vm_profile", "availability", "power"])
    let index = path.split(separator: "[").last.map { String($0.dropLast()) } ?? "0"
    var group = HostGroup(
      name: try reader.value("name", default: "group-\(index)", ValueReader.string),
      count: try reader.value("count", ValueReader.positiveInteger),
      cores: try reader.value("cores", default: 1, ValueReader.positiveInteger),
      speed: try reader.value("speed", default: 1, ValueReader.number),
      os: try reader.value("os", default: "linux", ValueReader.string),
      profile: try reader.value("vm_profile", default: .native) { try self.profile($0, $1) },
      availability: try reader.value("availability", default: .always) { node, path in
        try self.availability(node, path, hosts: try reader.value("count", ValueReader.positiveInteger))
      })
    group.power = try reader.value("power", default: HostPower()) { try self.hostPower($0, $1) }
    return group
  }

  static let profileKeys = ["name", "cpu", "memory", "disk", "network", "source", "owner_impact"]

  /// A built-in profile name, `{file: path}`, or an inline mapping.
  func profile(_ node: ScenarioNode, _ path: String) throws -> VMProfile {
    if let name = node.scalar {
      guard let profile = VMProfile.builtIn[name] else {
        let names = VMProfile.builtIn.keys.sorted()
        throw ScenarioError(
          location: node.location, path: path,
          message: "unknown VM profile '\(name)'; built-in profiles are \(names.joined(separator: ", ")), "
            + "or give {file: profiles/NAME.yaml} or an inline mapping",
          suggestion: Suggestion.closest(to: name, among: names))
      }
      return profile
    }
    if let fileNode = node["file"] {
      _ = try MappingReader(node, path: path, keys: ["file"])
      let relative = try ValueReader.string(fileNode, KeyPath.join(path, "file"))
      // Resolve against the directory itself even when the URL lacks a trailing slash
      // (relativeTo: would otherwise resolve against its parent).
      let directory = URL(fileURLWithPath: baseDirectory.path, isDirectory: true)
      let url = URL(fileURLWithPath: relative, relativeTo: directory).standardizedFileURL
      let text = try ScenarioText.read(url, what: "VM profile file '\(url.path)'", location: fileNode.location,
                                       path: KeyPath.join(path, "file"))
      let profileFile = url.path
      let tree = try ScenarioNode.parse(yaml: text) { .file(path: profileFile, line: $0, column: $1) }
      return try inlineProfile(tree, "", defaultName: url.deletingPathExtension().lastPathComponent)
    }
    return try inlineProfile(node, path, defaultName: "custom")
  }

  func inlineProfile(_ node: ScenarioNode, _ path: String, defaultName: String) throws -> VMProfile {
    let reader = try MappingReader(node, path: path, keys: Self.profileKeys)
    return VMProfile(
      name: try reader.value("name", default: defaultName, ValueReader.string),
      cpu: try reader.value("cpu", ValueReader.number),
      memory: try reader.value("memory", ValueReader.number),
      disk: try reader.value("disk", ValueReader.number),
      network: try reader.value("network", ValueReader.number),
      source: try reader.value("source", default: "", ValueReader.string),
      ownerImpact: try reader.value("owner_impact", default: 0, ValueReader.number))
  }

  func availability(_ node: ScenarioNode, _ path: String, hosts: Int) throws -> Availability {
    if try ValueReader.isKeyword(node, path, "always", orElse: "{up: DISTRIBUTION, down: DISTRIBUTION}") {
      return .always
    }
    if node["trace"] != nil { return try traceAvailability(node, path, hosts: hosts) }
    let reader = try MappingReader(node, path: path, keys: ["up", "down"])
    return .alternating(up: try reader.value("up", DistributionReader.read),
                        down: try reader.value("down", DistributionReader.read))
  }

  func vm(_ node: ScenarioNode, _ path: String) throws -> VMLifecycleConfig {
    let reader = try MappingReader(node, path: path, keys: ["boot", "configure", "priority"])
    let defaults = VMLifecycleConfig()
    var vm = VMLifecycleConfig(
      boot: try reader.value("boot", default: defaults.boot, DistributionReader.read),
      configure: try reader.value("configure", default: defaults.configure, DistributionReader.read))
    vm.priority = try reader.value("priority", default: .normal) { try ValueReader.choice($0, $1, as: VMPriority.self) }
    return vm
  }

  func monitoring(_ node: ScenarioNode, _ path: String) throws -> MonitoringConfig {
    let reader = try MappingReader(node, path: path, keys: ["heartbeat", "host_tmax", "gmetad_poll"])
    let defaults = MonitoringConfig()
    return MonitoringConfig(
      heartbeat: try reader.value("heartbeat", default: defaults.heartbeat, ValueReader.duration),
      hostTmax: try reader.value("host_tmax", default: defaults.hostTmax, ValueReader.duration),
      gmetadPoll: try reader.value("gmetad_poll", default: defaults.gmetadPoll, ValueReader.duration))
  }

  func registration(_ node: ScenarioNode, _ path: String) throws -> RegistrationConfig {
    let reader = try MappingReader(
      node, path: path, keys: ["mode", "add_period", "restart_duration", "cleanup_period"])
    let defaults = RegistrationConfig()
    return RegistrationConfig(
      mode: try reader.value("mode", default: defaults.mode) { try ValueReader.choice($0, $1, as: RegistrationMode.self) },
      addPeriod: try reader.value("add_period", default: defaults.addPeriod, ValueReader.duration),
      restartDuration: try reader.value("restart_duration", default: defaults.restartDuration, DistributionReader.read),
      cleanupPeriod: try reader.value("cleanup_period", default: defaults.cleanupPeriod, ValueReader.duration))
  }

  /// `batch: {system, placement, torque: {…}}` or `{system: condor, placement, condor: {…}}`: the
  /// settings section of a system that does not run is an error at its key.
  func batch(_ node: ScenarioNode, _ path: String) throws -> BatchConfig {
    let reader = try MappingReader(node, path: path, keys: ["system"] + BatchSystemConfig.names + ["placement"])
    let systemName = try reader.value("system", default: "torque") { node, path in
      let text = try ValueReader.scalar(node, path, expected: "one of \(BatchSystemConfig.names.joined(separator: ", "))")
      guard BatchSystemConfig.names.contains(text) else {
        throw ScenarioError(location: node.location, path: path,
                            message: "expected one of \(BatchSystemConfig.names.joined(separator: ", ")), got '\(text)'",
                            suggestion: Suggestion.closest(to: text, among: BatchSystemConfig.names))
      }
      return text
    }
    for entry in reader.entries where BatchSystemConfig.names.contains(entry.key) && entry.key != systemName {
      throw ScenarioError(
        location: entry.keyLocation, path: reader.path(entry.key),
        message: "settings for \(entry.key), but batch.system is \(systemName); remove this section, or replace the "
          + "whole batch mapping (e.g. --set 'batch={system: \(systemName)}')")
    }
    let system: BatchSystemConfig
    switch systemName {
    case "condor": system = .condor(try reader.value("condor", default: CondorConfig()) { try condor($0, $1) })
    default: system = .torque(try reader.value("torque", default: TorqueConfig()) { try torque($0, $1) })
    }
    let placement = try reader.value("placement", default: .loadBlind) { try ValueReader.choice($0, $1, as: PlacementPolicy.self) }
    return BatchConfig(system: system, placement: placement)
  }

  func torque(_ node: ScenarioNode, _ path: String) throws -> TorqueConfig {
    let torque = try MappingReader(
      node, path: path, keys: ["status_update", "node_check_rate", "scheduler_iteration", "policy", "rerunnable"])
    let defaults = TorqueConfig()
    var config = TorqueConfig(
      statusUpdate: try torque.value("status_update", default: defaults.statusUpdate, ValueReader.duration),
      nodeCheckRate: try torque.value("node_check_rate", default: defaults.nodeCheckRate, ValueReader.duration),
      schedulerIteration: try torque.value(
        "scheduler_iteration", default: defaults.schedulerIteration, ValueReader.duration),
      policy: try torque.value("policy", default: defaults.policy) { try ValueReader.choice($0, $1, as: SchedulingPolicy.self) })
    config.rerunnable = try torque.value("rerunnable", default: false, ValueReader.boolean)
    return config
  }

  func condor(_ node: ScenarioNode, _ path: String) throws -> CondorConfig {
    let condor = try MappingReader(node, path: path, keys: [
      "update_interval", "classad_lifetime", "negotiator_interval", "claim_delay", "job_lease_duration",
      "policy", "host_aware", "max_attempts", "universe", "desktop",
    ])
    let defaults = CondorConfig()
    var config = CondorConfig(
      updateInterval: try condor.value("update_interval", default: defaults.updateInterval, ValueReader.duration),
      classadLifetime: try condor.value("classad_lifetime", default: defaults.classadLifetime, ValueReader.duration),
      negotiatorInterval: try condor.value(
        "negotiator_interval", default: defaults.negotiatorInterval, ValueReader.duration),
      claimDelay: try condor.value("claim_delay", default: defaults.claimDelay, ValueReader.duration),
      jobLeaseDuration: try condor.value("job_lease_duration", default: defaults.jobLeaseDuration, ValueReader.duration))
    config.policy = try condor.value("policy", default: .desktop) { try ValueReader.choice($0, $1, as: CondorPolicy.self) }
    config.hostAware = try condor.value("host_aware", default: false, ValueReader.boolean)
    config.universe = try condor.value("universe", default: .vanilla) { try self.universe($0, $1) }
    config.thresholds = try condor.value("desktop", default: DesktopThresholds()) { node, path in
      let desk = try MappingReader(node, path: path, keys: [
        "start_idle_time", "continue_idle_time", "max_suspend_time", "max_vacate_time", "keyboard_busy_time",
        "background_load", "high_load", "cpu_busy_time",
      ])
      var limits = DesktopThresholds()
      limits.startIdleTime = try desk.value("start_idle_time", default: limits.startIdleTime, ValueReader.duration)
      limits.continueIdleTime = try desk.value("continue_idle_time", default: limits.continueIdleTime, ValueReader.duration)
      limits.maxSuspendTime = try desk.value("max_suspend_time", default: limits.maxSuspendTime, ValueReader.duration)
      limits.maxVacateTime = try desk.value("max_vacate_time", default: limits.maxVacateTime, ValueReader.duration)
      limits.keyboardBusyTime = try desk.value("keyboard_busy_time", default: limits.keyboardBusyTime, ValueReader.duration)
      limits.backgroundLoad = try desk.value("background_load", default: limits.backgroundLoad, ValueReader.number)
      limits.highLoad = try desk.value("high_load", default: limits.highLoad, ValueReader.number)
      limits.cpuBusyTime = try desk.value("cpu_busy_time", default: limits.cpuBusyTime, ValueReader.duration)
      return limits
    }
    config.maxAttempts = try condor.value("max_attempts", default: nil) { node, path in
      if node.scalar == "unlimited" { return nil }
      return try ValueReader.positiveInteger(node, path)
    }
    return config
  }

  func workload(_ node: ScenarioNode, _ path: String) throws -> WorkloadConfig {
    let reader = try MappingReader(
      node, path: path, keys: ["arrival", "runtime", "cores", "classes", "resubmit", "trace", "walltime_factor"])
    let classes = try reader.value("classes", default: [JobClass.cpuBound]) { node, path in
      try ValueReader.list(node, path).enumerated().map { index, item in
        try jobClass(item, KeyPath.join(path, index: index))
      }
    }
    let traced = reader.optional("trace") != nil
    // With a trace, arrivals and runtimes come from it; the distributions are then unused.
    let unused = Distribution.constant(1)
    var workload = WorkloadConfig(
      arrival: traced ? try reader.value("arrival", default: unused, DistributionReader.read)
        : try reader.value("arrival", DistributionReader.read),
      runtime: traced ? try reader.value("runtime", default: unused, DistributionReader.read)
        : try reader.value("runtime", DistributionReader.read),
      cores: try reader.value("cores", default: 1, ValueReader.positiveInteger),
      classes: classes,
      resubmit: try reader.value("resubmit", default: .never) { try self.resubmit($0, $1) })
    workload.trace = try reader.value("trace", default: nil) { try self.workloadTrace($0, $1, classes: classes) }
    workload.walltimeFactor = try reader.value("walltime_factor", default: 2, ValueReader.number)
    return workload
  }

  func jobClass(_ node: ScenarioNode, _ path: String) throws -> JobClass {
    let reader = try MappingReader(
      node, path: path, keys: ["name", "weight", "cpu", "memory", "disk", "network", "cores"])
    return JobClass(
      name: try reader.value("name", ValueReader.string),
      weight: try reader.value("weight", default: 1, ValueReader.number),
      cpu: try reader.value("cpu", default: 0, ValueReader.number),
      memory: try reader.value("memory", default: 0, ValueReader.number),
      disk: try reader.value("disk", default: 0, ValueReader.number),
      network: try reader.value("network", default: 0, ValueReader.number),
      cores: try reader.value("cores", default: nil) { try ValueReader.positiveInteger($0, $1) })
  }

  func resubmit(_ node: ScenarioNode, _ path: String) throws -> ResubmitPolicy {
    if try ValueReader.isKeyword(node, path, "never", orElse: "{after: DISTRIBUTION, max_attempts: N | unlimited}") {
      return .never
    }
    let reader = try MappingReader(node, path: path, keys: ["after", "max_attempts"])
    let maxAttempts: Int? = try reader.value("max_attempts", default: nil) { node, path in
      if node.scalar == "unlimited" { return nil }
      return try ValueReader.positiveInteger(node, path)
    }
    return .after(try reader.value("after", DistributionReader.read), maxAttempts: maxAttempts)
  }

  func output(_ node: ScenarioNode, _ path: String) throws -> (OutputOptions, Double) {
    let reader = try MappingReader(node, path: path, keys: ["sample_every", "jobs", "timeseries"])
    let options = OutputOptions(
      jobs: try reader.value("jobs", default: true, ValueReader.boolean),
      timeseries: try reader.value("timeseries", default: true, ValueReader.boolean))
    return (options, try reader.value("sample_every", default: 300, ValueReader.duration))
  }
}
