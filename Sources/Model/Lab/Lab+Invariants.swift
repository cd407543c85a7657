extension Lab {
  /// Recomputes every part's derived state from scratch and stops the program if it
  /// disagrees with what the part keeps: the PCs' up count, the executions' lists and busy
  /// cores, the rate totals, the batch system's indexes (free nodes, usable counts, ghosts,
  /// nodes marked down), and the agreement between parts (a running execution's job is
  /// running on the same PC; the VM runs where gmond beats).
  func checkInvariants() {
    pcs.checkInvariants()
    executions.checkInvariants()
    ledger.checkInvariants()
    batch.checkInvariants()
    for slot in batch.queuedSlots() {
      precondition(workload.jobs[slot].state == .queued, "Lab: the batch system queues the \(workload.jobs[slot].state) job in slot \(slot)")
    }
    for pc in 0..<layout.hostCount {
      let running = vms.isRunning(pc)
      if running { precondition(pcs.isUp(pc), "Lab: the VM of PC \(pc) runs while the PC is down") }
      if case .beating = ganglia.states[pc] {
        precondition(running, "Lab: gmond beats on PC \(pc) without a running VM")
      } else {
        precondition(!running, "Lab: the VM of PC \(pc) runs without gmond")
      }
      if executions.firstOnHost(pc) >= 0 { precondition(running, "Lab: executions on PC \(pc) without a VM") }
      if owners.isPresent(pc) { precondition(pcs.isUp(pc), "Lab: a student at PC \(pc), which is down") }
    }
    for (slot, job) in workload.jobs.enumerated() {
      if case .running(let pc) = job.state {
        precondition(executions.isRunning(slot) && Int(executions.executions[slot].host) == Int(pc),
                     "Lab: job in slot \(slot) runs on PC \(pc) but has no execution there")
      } else {
        precondition(!executions.isRunning(slot), "Lab: an execution runs for the \(job.state) job in slot \(slot)")
      }
    }
  }
}
