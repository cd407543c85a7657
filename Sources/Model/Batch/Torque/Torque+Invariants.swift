extension Torque {
  /// Recomputes every derived index from the nodes and compares: the free-node indexes,
  /// the usable counts, the ghosts, the nodes marked down; and each node's busy cores
  /// against the jobs pbs_server runs there.
  func checkInvariants() {
    freeNodes.checkInvariants()
    freeNodesOwnerPresent.checkInvariants()
    running.checkInvariants()
    held.checkInvariants()
    var usable = Array(repeating: 0, count: classCount)
    for pc in nodes.indices {
      let node = nodes[pc]
      var busy: Int32 = 0
      var job = running.first[pc]
      while job >= 0 {
        busy += jobs[Int(job)].cores
        job = running.after(job)
      }
      precondition(busy == node.busyCores, "TORQUE: node \(pc) counts \(node.busyCores) busy cores, its jobs \(busy)")
      let free = freeCores(pc)
      precondition(free >= 0, "TORQUE: node \(pc) has \(free) free cores")
      let listed = node.state == .up && free > 0
      let present = ownerAwarePlacement && owners[pc].isPresent
      let expected = listed ? free : nil
      precondition((present ? freeNodesOwnerPresent : freeNodes).listedFreeCores(pc) == expected
                   && (present ? freeNodes : freeNodesOwnerPresent).listedFreeCores(pc) == nil,
                   "TORQUE: node \(pc) is not in the free-node index as its state says")
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
    let visible = usable.indices.reduce(0) { $0 + (isActive(Int32($1)) ? usable[$1] : 0) }
    precondition(visible == usableNodes, "TORQUE: \(usableNodes) usable nodes counted, \(visible) in fact")
  }
}
