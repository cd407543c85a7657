import Kernel

extension Lab {
  mutating func ownerEvent(_ event: OwnerEvent) -> Bool {
    let now = sim.now
    switch event {
    case .arrives(let pc):
      let pc = Int(pc)
      switchOnIfSuspended(pc)
      let available = pcs.isUp(pc) && pcs.calendar.isOpen(at: now)
      if let length = owners.arrived(pc, available: available) { startSession(pc, until: now + length) }
      owners.scheduleArrival(pc, &sim)
      return true
    case .classBegins(let block, let day):
      let end = Double(day) * 86_400 + owners.classBlocks[Int(block)].end
      for pc in 0..<layout.hostCount {
        let takes = owners.takesPlaceInClass(pc, block: Int(block))
        if takes { switchOnIfSuspended(pc) }
        if takes && pcs.isUp(pc) && !owners.isPresent(pc) && pcs.calendar.isOpen(at: now) {
          startSession(pc, until: end)
        }
      }
      owners.scheduleClassBlock(Int(block), fromDay: Int(day) + 1, &sim)
      return true
    case .sessionEnds(let pc, let session):
      guard owners.isCurrent(Int(pc), session: session) else { return false }
      endSession(Int(pc), allowReboot: true)
      return true
    case .keyboardToggles(let pc, let session):
      guard owners.keyboardToggled(Int(pc), session: session, &sim) else { return false }
      let owner = owners.states[Int(pc)]
      withBatch { batch, fx in batch.ownerChanged(Int(pc), .keyboard, owner, &fx) }
      return true
    }
  }

  /// A student who finds `pc` switched off by the batch system's power saving, while the lab
  /// is open, switches it on (H11), as at any PC that is off: it is up at once, and its VM boots.
  mutating func switchOnIfSuspended(_ pc: Int) {
    guard pcs.isOnlySuspendedByBatch(pc), pcs.calendar.isOpen(at: sim.now) else { return }
    apply(pcs.setSuspendedByBatch(pc, false, at: sim.now), to: pc)
  }

  /// O1, O2: a student logs in at `pc` until `end`.
  mutating func startSession(_ pc: Int, until end: Double) {
    owners.startSession(pc, until: end, &sim)
    refreshHost(pc)
    let owner = owners.states[pc]
    withBatch { batch, fx in batch.ownerChanged(pc, .session, owner, &fx) }
  }

  /// O3–O5: the session at `pc` ends, if there is one. With `allowReboot` (a natural end) the
  /// student may reboot the PC (H7).
  mutating func endSession(_ pc: Int, allowReboot: Bool) {
    guard owners.endSession(pc, at: sim.now) else { return }
    refreshHost(pc)
    let owner = owners.states[pc]
    withBatch { batch, fx in batch.ownerChanged(pc, .session, owner, &fx) }
    guard allowReboot, let duration = owners.rebootAfterSession(pc) else { return }
    apply(pcs.rebootBegan(pc, at: sim.now), to: pc)
    pcs.scheduleRebootEnd(pc, after: duration, &sim)
  }
}
