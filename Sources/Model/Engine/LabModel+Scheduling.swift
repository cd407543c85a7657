import Kernel

extension LabModel {
  /// One pbs_sched pass: walks the queue in (re)submission order and starts
  /// every job that fits on a node TORQUE believes free. With `fifo` a job
  /// that does not fit is skipped; with `strict-fifo` the pass stops there.
  /// Nothing is scheduled while pbs_server restarts.
  func schedulingPass() {
    // A pass can mark a node down, which can requeue jobs and ask for a pass: the
    // running pass reaches them anyway (it walks to the end of the queue).
    guard !restartInProgress, !queue.isEmpty, !passInProgress, !condor || negotiating else { return }
    passInProgress = true
    defer { passInProgress = false }
    var largestFree = largestFreeNode()
    var cursor = queue.firstPosition
    while largestFree > 0, let position = queue.live(from: cursor) {
      cursor = position + 1
      let slot = Int(queue[position])
      let cores = Int(jobs[slot].cores)
      if cores > largestFree {
        if policy == .strictFifo { break }
        continue
      }
      var started = false
      while let host = findNode(cores: cores) {
        if hosts[host].vm == .running {
          queue.remove(at: position)
          startAttempt(slot, on: host)
          started = true
          break
        }
        // The node is dead but not yet marked down: the start fails, the job
        // stays queued, and pbs_server marks the unreachable node down.
        metrics.dispatchFailed(at: sim.now)
        markDown(host)
      }
      largestFree = largestFreeNode()
      if !started && policy == .strictFifo { break }
    }
    queue.compactIfWorthIt()
  }

  /// The largest free-core count of any node the scheduler may use now.
  func largestFreeNode() -> Int {
    let away = freeNodes.largestFree(activeClasses: activeClasses)
    return ownerAwarePlacement ? max(away, freeNodesOwnerPresent.largestFree(activeClasses: activeClasses)) : away
  }

  /// A node with `cores` free cores: with `owner-away` placement, a PC without a student if any.
  func findNode(cores: Int) -> Int? {
    if let host = freeNodes.find(cores: cores, activeClasses: activeClasses) { return host }
    return ownerAwarePlacement ? freeNodesOwnerPresent.find(cores: cores, activeClasses: activeClasses) : nil
  }
}
