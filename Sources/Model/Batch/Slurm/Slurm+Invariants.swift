extension Slurm {
  /// Recomputes the free-node index, the usable count, the powered-down set and each node's
  /// allocated and ghost cores from the nodes and their jobs, and compares.
  func checkInvariants() {
    placement.checkInvariants()
    running.checkInvariants()
    configuring.checkInvariants()
    held.checkInvariants()
    queue.checkInvariants()
    var usable = 0
    for pc in nodes.indices {
      let node = nodes[pc]
      var busy: Int32 = 0
      for list in [running, configuring] {
        var job = list.first[pc]
        while job >= 0 {
          busy += jobs[Int(job)].cores
          job = list.after(job)
        }
      }
      precondition(busy == node.busyCores, "Slurm: node \(pc) counts \(node.busyCores) busy cores, its jobs \(busy)")
      var ghosts: Int32 = 0
      var dead = held.first[pc]
      while dead >= 0 {
        ghosts += jobs[Int(dead)].cores
        dead = held.after(dead)
      }
      precondition(ghosts == node.ghostCores,
                   "Slurm: node \(pc) counts \(node.ghostCores) ghost cores, its dead jobs \(ghosts)")
      let free = freeCores(pc)
      precondition(free >= 0, "Slurm: node \(pc) has \(free) free cores")
      placement.checkListing(pc, expected: node.state == .up && free > 0 ? free : nil,
                             ownerPresent: owners[pc].isPresent, "Slurm")
      let counted = node.state == .up && node.slurmd.isRegistered
      precondition(node.countedUsable == counted, "Slurm: node \(pc) usable flag is stale")
      if counted { usable += 1 }
      let idle = node.state == .up && node.slurmd.isRegistered && node.busyCores == 0 && node.ghostCores == 0
        && !owners[pc].isPresent
      precondition(node.countedIdle == idle, "Slurm: node \(pc) idle flag is stale")
      precondition(poweredDown.contains(pc) == (node.state == .poweredDown), "Slurm: powered-down set is stale")
      if node.state != .up { precondition(node.ghostCores == 0, "Slurm: node \(pc) keeps ghost cores while not up") }
      if node.state != .poweringUp {
        precondition(configuring.isEmpty(pc), "Slurm: node \(pc) configures jobs while not resuming")
      }
      // Jobs that died with a node wait only while slurmctld still believes it up.
      if !held.isEmpty(pc) { precondition(node.state == .up, "Slurm: dead jobs held on node \(pc), which is not up") }
      if !running.isEmpty(pc) { precondition(node.state == .up, "Slurm: jobs run on node \(pc), which is not up") }
    }
    precondition(usable == usableNodes, "Slurm: \(usableNodes) usable nodes counted, \(usable) in fact")
  }
}
