extension Torque {
  /// Recomputes every derived index from the nodes and compares: the free-node indexes,
  /// the usable counts, the ghosts, the nodes marked down; and each node's busy cores
  /// against the jobs pbs_server runs there. (Written to stay affordable in debug builds,
  /// which run it after every event: the arrays are read through local copies.)
  func checkInvariants() {
    placement.checkInvariants()
    running.checkInvariants()
    held.checkInvariants()
    unnoticed.checkInvariants()
    let nodes = self.nodes, jobs = self.jobs, owners = self.owners, cores = layout.cores
    let running = self.running, placement = self.placement
    let ghosts = self.ghosts, markedDown = self.markedDown
    var busy = Array(repeating: Int32(0), count: nodes.count)
    for pc in nodes.indices {
      var job = running.first[pc]
      while job >= 0 {
        busy[pc] += jobs[Int(job)].cores
        job = running.after(job)
      }
    }
    var usable = Array(repeating: 0, count: classCount)
    for pc in nodes.indices {
      let node = nodes[pc]
      precondition(busy[pc] == node.busyCores, "TORQUE: node \(pc) counts \(node.busyCores) busy cores, its jobs \(busy[pc])")
      let free = Int(cores[pc] - node.busyCores - node.ghostCores)
      precondition(free >= 0, "TORQUE: node \(pc) has \(free) free cores")
      let expected = node.state == .up && free > 0 ? free : nil
      placement.checkListing(pc, expected: expected, ownerPresent: owners[pc].isPresent, "TORQUE")
      let counted = node.state == .up && node.mom.isAlive
      precondition(node.countedUsable == counted, "TORQUE: node \(pc) usable flag is stale")
      if counted { usable[Int(node.phaseClass)] += 1 }
      if !instant {
        precondition(ghosts.contains(pc) == (node.state == .up && !node.mom.isAlive), "TORQUE: ghost set is stale at \(pc)")
        precondition(markedDown.contains(pc) == (node.state == .markedDown), "TORQUE: marked-down set is stale at \(pc)")
      }
      if node.state != .up { precondition(node.ghostCores == 0, "TORQUE: node \(pc) keeps ghost cores while \(node.state)") }
    }
    precondition(usable == usableInClass, "TORQUE: usable counts per class are stale")
    var visible = 0
    for phaseClass in usable.indices where activeClasses & (1 << UInt64(phaseClass)) != 0 { visible += usable[phaseClass] }
    precondition(visible == usableNodes, "TORQUE: \(usableNodes) usable nodes counted, \(visible) in fact")
  }
}

extension Torque {
  /// The jobs that died with their node and that pbs_server still keeps: the rerunnable ones
  /// waiting for the node to be marked down (`held`), and the others it still shows running
  /// until their users learn of the loss (`unnoticed`, J10).
  func heldSlots() -> [Int] { held.allSlots + unnoticed.allSlots }
}
