import Stochastics

/// The lab's fixed facts, read by every part: which group each PC belongs to, its cores,
/// and the tables derived from the configuration once (slowdowns, classes' cores, the
/// constants of each PC's rates).
///
/// It never changes during a run, so parts may keep copies (its arrays are shared, not copied).
struct LabLayout {
  /// Number of PCs.
  let hostCount: Int
  /// Each PC's group index.
  let group: [Int32]
  /// Cores each PC's VM offers.
  let cores: [Int32]
  /// Each PC's index within its group (it selects the PC's timeline in an availability trace).
  let indexInGroup: [Int]
  /// The largest core count of any PC.
  let maxCores: Int
  /// Number of job classes.
  let jobClassCount: Int
  /// Cores a job of each class needs.
  let classCores: [Int]
  /// Wall seconds per native second, by `group * jobClassCount + jobClass` (VM profile ÷ PC speed).
  let slowdown: [Double]
  /// How the VM shares the CPU with a logged-in owner.
  let vmPriority: VMPriority
  /// What each PC's share of the lab-wide rates depends on besides its state.
  let rateConstants: [HostRateConstants]
  /// The timetable, as the PCs and the students ask it.
  let calendar: LabCalendar

  init(_ config: ModelConfig) {
    var group: [Int32] = []
    var cores: [Int32] = []
    for (index, hostGroup) in config.hostGroups.enumerated() {
      group += Array(repeating: Int32(index), count: hostGroup.count)
      cores += Array(repeating: Int32(hostGroup.cores), count: hostGroup.count)
    }
    self.group = group
    self.cores = cores
    hostCount = group.count
    indexInGroup = config.hostGroups.flatMap { Array(0..<$0.count) }
    maxCores = config.maxCoresPerHost
    let classes = config.workload.classes
    jobClassCount = classes.count
    classCores = classes.map { $0.cores ?? config.workload.cores }
    slowdown = config.hostGroups.flatMap { hostGroup in
      classes.map { hostGroup.profile.slowdown(for: $0) / hostGroup.speed }
    }
    vmPriority = config.vm.priority
    calendar = LabCalendar(config.timetable)
    rateConstants = zip(group, cores).map { group, cores in
      HostRateConstants(cores: cores, power: config.hostGroups[Int(group)].power,
                        ownerImpact: config.hostGroups[Int(group)].profile.ownerImpact)
    }
  }

  /// Wall seconds per native second for a job of `jobClass` on `host`.
  @inline(__always)
  func slowdown(jobClass: Int32, on host: Int) -> Double {
    slowdown[Int(group[host]) * jobClassCount + Int(jobClass)]
  }
}
