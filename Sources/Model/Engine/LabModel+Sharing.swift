import Kernel

extension LabModel {
  /// The speed of the VM's jobs on `host` given the owner's load: with `idle`
  /// priority the VM gets only the cores the owner leaves free; with `normal`
  /// priority owner and VM share the cores in proportion to their demand.
  func vmSpeed(_ host: Int) -> Double {
    let record = hosts[host]
    // Without a student the VM has the PC to itself (a job never needs more cores than the host has).
    guard record.inSession, record.busyCores > 0 else { return 1 }
    let demand = Double(record.busyCores)
    let cores = Double(record.cores)
    let load = record.ownerLoad
    switch vmPriority {
    case .idle:
      return min(demand, max(0, cores - load)) / demand
    case .normal:
      return load + demand <= cores ? 1 : cores / (load + demand)
    }
  }

  /// Recomputes the host's job speed (carrying every running job's remaining work
  /// over to the new speed) and its share of the lab-wide rates.
  func refreshHost(_ host: Int) {
    let speed = vmSpeed(host)
    if speed != hosts[host].speed { changeSpeed(host, to: speed) }
    let record = hosts[host]
    let cores = Double(record.cores)
    let power = groupPower[Int(record.group)]
    let harvested = record.isUp ? Double(record.busyCores) * record.speed : 0
    let load = record.isUp && record.inSession ? min(record.ownerLoad, cores) : 0
    let idle = record.isUp ? max(0, cores - load - harvested) : 0
    let watts = record.isUp
      ? power.idle + (power.busy - power.idle) * min(1, (load + harvested) / cores)
      : power.off
    let slowdown = record.inSession ? groupOwnerImpact[Int(record.group)] * harvested / cores : 0
    let impaired = record.inSession && harvested > 0
    rates.harvestedCores += harvested - record.harvestedCores
    rates.idleCores += idle - record.idleCores
    rates.watts += watts - record.watts
    rates.ownerSlowdown += slowdown - record.ownerSlowdown
    rates.impairedOwners += (impaired ? 1 : 0) - (record.ownerImpaired ? 1 : 0)
    hosts[host].harvestedCores = harvested
    hosts[host].idleCores = idle
    hosts[host].watts = watts
    hosts[host].ownerSlowdown = slowdown
    hosts[host].ownerImpaired = impaired
  }

  /// Every job on `host` continues at `speed`: its remaining work is brought up
  /// to date at the old speed and its end is rescheduled (never recomputed from scratch).
  func changeSpeed(_ host: Int, to speed: Double) {
    let now = sim.now
    let old = hosts[host].speed
    hosts[host].speed = speed
    var slot = hosts[host].firstJob
    while slot >= 0 {
      let index = Int(slot)
      jobs[index].remaining = max(0, jobs[index].remaining - (now - jobs[index].resumedAt) * old)
      jobs[index].resumedAt = now
      jobs[index].generation &+= 1
      scheduleEnd(index, speed: speed)
      slot = jobs[index].nextOnHost
    }
  }

  /// Schedules the end of the job in `slot` at `speed` (none while the job is stalled).
  func scheduleEnd(_ slot: Int, speed: Double) {
    guard speed > 0 else { return }
    sim.schedule(.attemptEnded(slot: Int32(slot), generation: jobs[slot].generation),
                 after: jobs[slot].remaining / speed)
  }
}
