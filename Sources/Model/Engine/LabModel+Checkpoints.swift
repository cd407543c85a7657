import Kernel

extension LabModel {
  /// Saves the running job's progress (HTCondor standard universe): the native work done
  /// so far, as of now. The checkpoint's cost is counted in `checkpoint_core_hours`.
  func saveCheckpoint(_ slot: Int) {
    let now = sim.now
    let host = Int(jobs[slot].host)
    let speed = hosts[host].speed
    let remaining = max(0, jobs[slot].remaining - max(0, now - jobs[slot].resumedAt) * speed)
    jobs[slot].savedNative = max(jobs[slot].savedNative, jobs[slot].nativeRuntime - remaining / jobs[slot].factor)
    jobs[slot].lastCheckpoint = now
    metrics.checkpointTaken(at: now, coreSeconds: Double(jobs[slot].cores) * (standardUniverse?.cost ?? 0))
  }

  /// The periodic checkpoint: progress is saved, and the job stands still while the image
  /// is written (its end moves later by the checkpoint's cost).
  func checkpointDue(_ slot: Int, _ generation: UInt32) {
    guard jobs[slot].checkpointGeneration == generation, jobs[slot].state == .running,
      let checkpoint = standardUniverse
    else { return }
    let now = sim.now
    let host = Int(jobs[slot].host)
    let speed = hosts[host].speed
    jobs[slot].remaining = max(0, jobs[slot].remaining - max(0, now - jobs[slot].resumedAt) * speed)
    jobs[slot].resumedAt = max(now, jobs[slot].resumedAt)
    saveCheckpoint(slot)
    jobs[slot].resumedAt = now + checkpoint.cost
    jobs[slot].generation &+= 1
    scheduleEnd(slot, speed: speed)
    sim.schedule(.checkpointDue(slot: Int32(slot), generation: jobs[slot].checkpointGeneration),
                 after: checkpoint.cost + checkpoint.interval.sample(checkpointStream))
  }
}
