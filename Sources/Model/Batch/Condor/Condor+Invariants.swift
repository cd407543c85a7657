extension Condor {
  /// Recomputes the free-machine indexes and the usable count from the machines and
  /// compares; and each machine's busy cores against the jobs running there.
  func checkInvariants() {
    placement.checkInvariants()
    running.checkInvariants()
    leased.checkInvariants()
    var usable = 0
    for pc in machines.indices {
      let machine = machines[pc]
      var busy: Int32 = 0
      var job = running.first[pc]
      while job >= 0 {
        busy += jobs[Int(job)].cores
        job = running.after(job)
      }
      precondition(busy == machine.busyCores, "HTCondor: machine \(pc) counts \(machine.busyCores) busy cores, its jobs \(busy)")
      let free = freeCores(pc)
      precondition(free >= 0, "HTCondor: machine \(pc) has \(free) free cores")
      let listed = machine.ad == .listed && free > 0 && machine.accepting
      placement.checkListing(pc, expected: listed ? free : nil, ownerPresent: owners[pc].isPresent, "HTCondor")
      let counted = machine.ad == .listed && machine.startd.isRunning
      precondition(machine.countedUsable == counted, "HTCondor: machine \(pc) usable flag is stale")
      if counted { usable += 1 }
      if machine.suspended { precondition(!running.isEmpty(pc), "HTCondor: machine \(pc) suspends no job") }
      if machine.ad == .absent { precondition(machine.ghostCores == 0, "HTCondor: an unlisted machine keeps claims") }
    }
    precondition(usable == usableNodes, "HTCondor: \(usableNodes) usable machines counted, \(usable) in fact")
  }
}

extension Condor {
  /// The jobs whose machine vanished, held by the schedd for their lease (`leased`).
  func heldSlots() -> [Int] { leased.allSlots }
}
