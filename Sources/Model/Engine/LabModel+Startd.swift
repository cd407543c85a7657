import Kernel

extension LabModel {
  /// Whether the HTCondor startd of `host` applies the DESKTOP policy to the owner:
  /// only when it can see the owner (`host_aware`).
  @inline(__always)
  var ownerAwareStartd: Bool { condor && condorPolicy == .desktop && condorConfig.hostAware }

  /// Re-evaluates the DESKTOP policy at `host` (START, SUSPEND, CONTINUE) and schedules
  /// the next moment a threshold will be crossed. PREEMPT comes from its own timer.
  func evaluateStartd(_ host: Int) {
    guard ownerAwareStartd, hosts[host].isUp else { return }  // a down PC has no startd
    let now = sim.now
    let limits = condorConfig.thresholds
    let inSession = hosts[host].inSession
    let idle = inSession ? keyboardIdle(host, at: now) : now - hosts[host].keyboardIdleSince
    let load = inSession ? hosts[host].ownerLoad : 0
    let keyboardBusy = inSession && idle < limits.keyboardBusyTime
    let cpuIdle = load <= limits.backgroundLoad
    let start = idle >= limits.startIdleTime && cpuIdle
    let busy = hosts[host].firstJob >= 0
    let cpuBusySince = inSession && load >= limits.highLoad ? hosts[host].sessionStart : Double.infinity
    let cpuBusy = now - cpuBusySince >= limits.cpuBusyTime
    if busy && !hosts[host].suspended && (keyboardBusy || cpuBusy) {
      hosts[host].suspended = true
      refreshHost(host)
      let generation = startdGenerations.bump(host)
      sim.schedule(.preemptDue(host: Int32(host), generation: generation), after: limits.maxSuspendTime)
    } else if hosts[host].suspended && idle >= limits.continueIdleTime && cpuIdle {
      hosts[host].suspended = false
      startdGenerations.bump(host)  // the pending PREEMPT is void
      refreshHost(host)
    }
    if start != hosts[host].startdAccepting {
      detach(host)
      hosts[host].startdAccepting = start
      attach(host)
    }
    // Wake up when the idle time crosses the next threshold that can change a decision.
    let since = inSession ? (hosts[host].keyboardActive ? .infinity : hosts[host].keyboardIdleSince)
      : hosts[host].keyboardIdleSince
    let thresholds = [limits.keyboardBusyTime, limits.continueIdleTime, limits.startIdleTime]
    let wakeUps = thresholds.map { since + $0 } + [cpuBusySince + limits.cpuBusyTime]
    if let next = wakeUps.filter({ $0 > now }).min() {
      sim.schedule(.startdEvaluates(host: Int32(host)), at: next)
    }
  }

  /// PREEMPT: the job has been suspended for `MaxSuspendTime`; it is vacated and requeued
  /// (vanilla: its work is lost).
  func preemptDue(_ host: Int, _ generation: UInt32) {
    guard startdGenerations.isCurrent(host, generation: generation), hosts[host].suspended else { return }
    hosts[host].suspended = false
    let now = sim.now
    while hosts[host].firstJob >= 0 {
      let slot = Int(hosts[host].firstJob)
      record(slot, end: now, outcome: .lost, cause: .eviction)
      if let checkpoint = standardUniverse, checkpoint.cost <= condorConfig.thresholds.maxVacateTime {
        // Checkpoint on vacate: the work done so far is saved; the checkpoint's cost is counted.
        saveCheckpoint(slot)
      }
      metrics.attemptSaved(start: jobs[slot].start, until: jobs[slot].lastCheckpoint, cores: Int(jobs[slot].cores))
      metrics.attemptLost(start: jobs[slot].lastCheckpoint, end: now, cores: Int(jobs[slot].cores), cause: .eviction)
      detach(host)
      unlinkFromHost(slot, keepServerView: false)
      attach(host)
      jobs[slot].generation &+= 1
      jobs[slot].checkpointGeneration &+= 1
      requeue(slot)
    }
    refreshHost(host)
    evaluateStartd(host)
  }
}
