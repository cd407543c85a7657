import Kernel

extension Lab {
  mutating func ownerEvent(_ event: OwnerEvent) -> Bool {
    let now = sim.now
    switch event {
    case .arrives(let pc):
      let pc = Int(pc)
      let available = world.pcs.isUp(pc) && world.pcs.calendar.isOpen(at: now)
      if let length = world.owners.arrived(pc, available: available) { startSession(pc, until: now + length) }
      world.owners.scheduleArrival(pc, &sim)
      return true
    case .classBegins(let block, let day):
      let end = Double(day) * 86_400 + world.owners.classBlocks[Int(block)].end
      for pc in 0..<layout.hostCount {
        let takes = world.owners.takesPlaceInClass(pc, block: Int(block))
        if takes && world.pcs.isUp(pc) && !world.owners.isPresent(pc) && world.pcs.calendar.isOpen(at: now) {
          startSession(pc, until: end)
        }
      }
      world.owners.scheduleClassBlock(Int(block), fromDay: Int(day) + 1, &sim)
      return true
    case .sessionEnds(let pc, let session):
      guard world.owners.isCurrent(Int(pc), session: session) else { return false }
      endSession(Int(pc), allowReboot: true)
      return true
    case .keyboardToggles(let pc, let session):
      guard world.owners.keyboardToggled(Int(pc), session: session, &sim) else { return false }
      withBatch { batch, world, fx in batch.ownerChanged(Int(pc), .keyboard, world, &fx) }
      return true
    }
  }

  /// O1, O2: a student logs in at `pc` until `end`.
  mutating func startSession(_ pc: Int, until end: Double) {
    world.owners.startSession(pc, until: end, &sim)
    refreshHost(pc)
    withBatch { batch, world, fx in batch.ownerChanged(pc, .session, world, &fx) }
  }

  /// O3–O5: the session at `pc` ends, if there is one. With `allowReboot` (a natural end) the
  /// student may reboot the PC (H7).
  mutating func endSession(_ pc: Int, allowReboot: Bool) {
    guard world.owners.endSession(pc, at: sim.now) else { return }
    refreshHost(pc)
    withBatch { batch, world, fx in batch.ownerChanged(pc, .session, world, &fx) }
    guard allowReboot, let duration = world.owners.rebootAfterSession(pc) else { return }
    apply(world.pcs.rebootBegan(pc, at: sim.now), to: pc)
    world.pcs.scheduleRebootEnd(pc, after: duration, &sim)
  }
}
