import Stochastics

/// How the jobs of the configured universe checkpoint, as the schedd and startd handle them:
/// the standard universe (historical) or a self-checkpointing vanilla job. Plain vanilla jobs
/// have none.
struct CondorCheckpointing {
  /// Time from the start of an execution's work to its first checkpoint, and from the end of
  /// each checkpoint to the next.
  let interval: Distribution
  /// Seconds a periodic checkpoint stands the job still (writing the image, or the checkpoint
  /// exit and the transfer to the access point).
  let cost: Double
  /// Seconds the checkpoint on vacate costs; nil when a vacated job is not checkpointed and
  /// keeps only its last periodic checkpoint (`ON_EXIT`, or a checkpoint longer than
  /// `MachineMaxVacateTime`).
  let vacateCost: Double?
  /// Seconds a new execution of a job with a checkpoint at the access point waits for it to be
  /// transferred back before its work starts (self-checkpointing only; 0 for the standard
  /// universe, whose restart transfer the model does not count).
  let restoreCost: Double

  /// The checkpointing of `universe`, or nil for plain vanilla jobs; `maxVacateTime` is
  /// `MachineMaxVacateTime`, the longest a checkpoint on vacate may take.
  init?(_ universe: CondorUniverse, maxVacateTime: Double) {
    switch universe {
    case .vanilla:
      return nil
    case .standard(let image):
      interval = image.interval
      cost = image.cost
      vacateCost = image.cost <= maxVacateTime ? image.cost : nil
      restoreCost = 0
    case .selfCheckpointing(let job):
      interval = job.interval
      cost = job.cost
      vacateCost = job.whenToTransferOutput == .onExitOrEvict && job.cost <= maxVacateTime ? job.cost : nil
      restoreCost = job.cost
    }
  }
}
