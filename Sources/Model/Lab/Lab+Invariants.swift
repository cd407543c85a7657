extension Lab {
  /// Recomputes every part's derived state from scratch and stops the program if it
  /// disagrees with what the part keeps: the PCs' up count, the executions' lists and busy
  /// cores, each PC's job speed and share of the rates (from its student, busy cores and
  /// power), the rate totals, the batch system's indexes (free nodes, usable counts, ghosts,
  /// nodes marked down), and the agreement between parts (a running execution's job is
  /// running on the same PC; the batch system queues exactly the queued jobs and holds
  /// exactly those awaiting requeue; the VM runs where gmond beats; the executions know each
  /// PC's pending failure).
  func checkInvariants() {
    pcs.checkInvariants()
    executions.checkInvariants()
    ledger.checkInvariants()
    batch.checkInvariants()
    let jobs = workload.jobs, executions = self.executions.executions
    let vms = self.vms.states, pcs = self.pcs.states, gmonds = ganglia.states, owners = self.owners.states
    // The batch system queues exactly the queued jobs and holds exactly those awaiting requeue.
    var kept = Array(repeating: false, count: jobs.count)
    for slot in batch.queuedSlots() {
      precondition(jobs[slot].state == .queued, "Lab: the batch system queues the \(jobs[slot].state) job in slot \(slot)")
      kept[slot] = true
    }
    for slot in batch.heldSlots() {
      precondition(jobs[slot].state == .awaitingRequeue,
                   "Lab: the batch system holds the \(jobs[slot].state) job in slot \(slot) for a requeue")
      kept[slot] = true
    }
    for pc in 0..<layout.hostCount {
      let running = vms[pc].isRunning
      if running { precondition(pcs[pc].isUp, "Lab: the VM of PC \(pc) runs while the PC is down") }
      if case .beating = gmonds[pc] {
        precondition(running, "Lab: gmond beats on PC \(pc) without a running VM")
      } else {
        precondition(!running, "Lab: the VM of PC \(pc) runs without gmond")
      }
      if self.executions.firstOnHost(pc) >= 0 { precondition(running, "Lab: executions on PC \(pc) without a VM") }
      if owners[pc].isPresent { precondition(pcs[pc].isUp, "Lab: a student at PC \(pc), which is down") }
      let speed = jobSpeed(pc)
      precondition(self.executions.speed(pc) == speed,
                   "Lab: PC \(pc)'s jobs run at \(self.executions.speed(pc)), its state gives \(speed)")
      precondition(ledger.shares[pc] == rates(pc, speed: speed),
                   "Lab: PC \(pc)'s share of the rates \(ledger.shares[pc]) is not \(rates(pc, speed: speed))")
      precondition(self.executions.lostBy(pc) == (self.pcs.nextFailure(pc) ?? .infinity),
                   "Lab: PC \(pc)'s executions expect its failure at \(self.executions.lostBy(pc)), the PCs at \(String(describing: self.pcs.nextFailure(pc)))")
    }
    var slot = 0
    while slot < jobs.count {
      let job = jobs[slot]
      let host = slot < executions.count ? Int(executions[slot].host) : -1
      defer { slot += 1 }
      if job.state == .queued || job.state == .awaitingRequeue {
        precondition(kept[slot], "Lab: the \(job.state) job in slot \(slot) is not kept by the batch system")
      }
      if case .running(let pc) = job.state {
        precondition(host == Int(pc), "Lab: job in slot \(slot) runs on PC \(pc) but its execution is on \(host)")
      } else {
        precondition(host < 0, "Lab: an execution runs for the \(job.state) job in slot \(slot)")
      }
    }
  }
}
