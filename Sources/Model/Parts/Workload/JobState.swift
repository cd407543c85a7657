/// Where a job is.
enum JobState: Equatable {
  /// The slot holds no job.
  case free
  /// Waiting in the batch queue.
  case queued
  /// Running on a PC.
  case running(on: Int32)
  /// Lost with its PC; its user will resubmit it.
  case awaitingResubmission
  /// Lost with its PC; the batch system will put it back in the queue (a rerunnable TORQUE
  /// job, an HTCondor job whose lease runs, a Slurm job under `JobRequeue`), or hand it to
  /// its user once the loss becomes known (TORQUE's `loss_known`, J10).
  case awaitingRequeue
}
