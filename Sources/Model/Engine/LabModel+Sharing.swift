import Kernel

extension LabModel {
  /// The speed of the VM's jobs on `host` given the owner's load: with `idle`
  /// priority the VM gets only the cores the owner leaves free; with `normal`
  /// priority owner and VM share the cores in proportion to their demand.
  func vmSpeed(_ host: Int) -> Double {
    if hosts[host].suspended { return 0 }
    // Without a student the VM has the PC to itself (a job never needs more cores than the host has).
    guard hosts[host].inSession, hosts[host].busyCores > 0 else { return 1 }
    let demand = Double(hosts[host].busyCores)
    let cores = Double(hosts[host].cores)
    let load = hosts[host].ownerLoad
    switch vmPriority {
    case .idle:
      return min(demand, max(0, cores - load)) / demand
    case .normal:
      return load + demand <= cores ? 1 : cores / (load + demand)
    }
  }

  /// Recomputes the host's job speed (carrying every running job's remaining work
  /// over to the new speed) and its share of the lab-wide rates.
  /// (Fields are read one by one: copying the whole host record is costly here.)
  func refreshHost(_ host: Int) {
    let speed = vmSpeed(host)
    if speed != hosts[host].speed { changeSpeed(host, to: speed) }
    let isUp = hosts[host].isUp
    let inSession = hosts[host].inSession
    let group = Int(hosts[host].group)
    let cores = Double(hosts[host].cores)
    let power = groupPower[group]
    let harvested = isUp ? Double(hosts[host].busyCores) * speed : 0
    let load = isUp && inSession ? min(hosts[host].ownerLoad, cores) : 0
    let idle = isUp ? max(0, cores - load - harvested) : 0
    let watts = isUp ? power.idle + (power.busy - power.idle) * min(1, (load + harvested) / cores) : power.off
    rates.harvestedCores += harvested - hosts[host].harvestedCores
    rates.idleCores += idle - hosts[host].idleCores
    rates.watts += watts - hosts[host].watts
    hosts[host].harvestedCores = harvested
    hosts[host].idleCores = idle
    hosts[host].watts = watts
    if inSession || hosts[host].ownerImpaired || hosts[host].ownerSlowdown != 0 {
      let slowdown = inSession ? groupOwnerImpact[group] * harvested / cores : 0
      let impaired = inSession && harvested > 0
      rates.ownerSlowdown += slowdown - hosts[host].ownerSlowdown
      rates.impairedOwners += (impaired ? 1 : 0) - (hosts[host].ownerImpaired ? 1 : 0)
      hosts[host].ownerSlowdown = slowdown
      hosts[host].ownerImpaired = impaired
    }
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
      jobs[index].remaining = max(0, jobs[index].remaining - max(0, now - jobs[index].resumedAt) * old)
      jobs[index].resumedAt = max(now, jobs[index].resumedAt)
      jobs[index].generation &+= 1
      scheduleEnd(index, speed: speed)
      slot = jobs[index].nextOnHost
    }
  }

  /// Schedules the end of the job in `slot` at `speed` (none while the job is stalled).
  func scheduleEnd(_ slot: Int, speed: Double) {
    guard speed > 0 else { return }
    sim.schedule(.attemptEnded(slot: Int32(slot), generation: jobs[slot].generation),
                 at: max(sim.now, jobs[slot].resumedAt) + jobs[slot].remaining / speed)
  }
}
