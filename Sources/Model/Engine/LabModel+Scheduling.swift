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
    var reservation: (host: Int, shadow: Double)?
    defer {
      if let reservation {  // the reserved node goes back into the free-node index
        detach(reservation.host)
        attach(reservation.host)
      }
    }
    var cursor = queue.firstPosition
    while largestFree > 0, let position = queue.live(from: cursor) {
      cursor = position + 1
      let slot = Int(queue[position])
      let cores = Int(jobs[slot].cores)
      if cores > largestFree {
        if policy == .strictFifo { break }
        if policy == .easyBackfill && reservation == nil, let reserved = reserveNode(for: slot) {
          // EASY: the first job that does not fit holds its node; later jobs go elsewhere,
          // or there only if they end (by their estimate) before it is needed.
          reservation = reserved
          freeNodes.remove(reserved.host)
          if ownerAwarePlacement { freeNodesOwnerPresent.remove(reserved.host) }
        }
        continue
      }
      var started = false
      if let reserved = reservation, findNode(cores: cores) == nil,
        Int(hosts[reserved.host].serverFreeCores) >= cores,
        sim.now + estimatedWalltime(slot, on: reserved.host) <= reserved.shadow
      {
        if hosts[reserved.host].vm == .running {
          queue.remove(at: position)
          startAttempt(slot, on: reserved.host)
          largestFree = max(largestFreeNode(), Int(hosts[reserved.host].serverFreeCores))
          continue
        }
      }
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
      if let reserved = reservation { largestFree = max(largestFree, Int(hosts[reserved.host].serverFreeCores)) }
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

  /// The estimated wall time of the job in `slot` on `host` (its requested walltime).
  func estimatedWalltime(_ slot: Int, on host: Int) -> Double {
    jobs[slot].estimatedNative * slowdown[Int(hosts[host].group) * jobClassCount + Int(jobs[slot].jobClass)]
  }

  /// EASY's reservation for the job in `slot`: the usable node that will have its cores
  /// free soonest, by the running jobs' estimated ends, and that time (the shadow time).
  func reserveNode(for slot: Int) -> (host: Int, shadow: Double)? {
    let cores = Int(jobs[slot].cores)
    var best: (host: Int, shadow: Double)?
    for host in hosts.indices where hosts[host].server == .up && Int(hosts[host].cores) >= cores
      && isActive(hosts[host].phaseClass) && hosts[host].startdAccepting
    {
      var free = Int(hosts[host].serverFreeCores)
      var ends: [(time: Double, cores: Int)] = []
      var running = hosts[host].firstJob
      while running >= 0 {
        let job = Int(running)
        ends.append((jobs[job].start + estimatedWalltime(job, on: host), Int(jobs[job].cores)))
        running = jobs[job].nextOnHost
      }
      ends.sort { $0.time < $1.time }
      var shadow = sim.now
      for end in ends where free < cores {
        free += end.cores
        shadow = max(shadow, end.time)
      }
      guard free >= cores else { continue }  // cores held by dead jobs never free up
      if best.map({ shadow < $0.shadow }) ?? true { best = (host, shadow) }
    }
    return best
  }
}
