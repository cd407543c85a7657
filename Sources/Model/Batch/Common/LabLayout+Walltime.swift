extension LabLayout {
  /// The walltime `job` requested, in wall seconds on `pc`: its native estimate stretched by
  /// the node's slowdown for the job's class. Every batch system plans with it (EASY and
  /// Slurm's backfill, the drain before a switch-off).
  @inline(__always)
  func requestedWalltime(_ job: BatchJob, on pc: Int) -> Double {
    job.estimatedNative * slowdown(jobClass: job.jobClass, on: pc)
  }
}
