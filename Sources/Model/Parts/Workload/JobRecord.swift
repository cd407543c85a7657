/// A live job (queued, running, or waiting to go back in the queue), in a reusable slot.
struct JobRecord {
  /// Where the job is.
  var state = JobState.free
  /// Job number, from 1.
  var id: UInt64 = 0
  /// Native runtime on the reference machine, drawn once per job.
  var nativeRuntime = 0.0
  /// The walltime the user requested, in native seconds (EASY backfill plans with it).
  var estimatedNative = 0.0
  /// Index into the workload's job classes.
  var jobClass: Int32 = 0
  /// Cores needed.
  var cores: Int32 = 1
  /// Executions started so far.
  var attempts: Int32 = 0
  /// First submission time.
  var firstSubmit = 0.0
  /// When the current (re)submission entered the queue.
  var submit = 0.0
  /// Native seconds of work saved by the last checkpoint (HTCondor self-checkpointing or standard universe).
  var savedNative = 0.0
}
