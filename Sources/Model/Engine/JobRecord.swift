/// A live job (queued, running or waiting to be resubmitted), in a reusable slot.
struct JobRecord {
  /// Where the job is.
  enum State: UInt8 {
    case free, queued, running, awaitingResubmission, awaitingRequeue
  }

  var state = State.free
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
  /// Current (re)submission time.
  var submit = 0.0
  /// Start of the current execution.
  var start = 0.0
  /// Work left in the current execution, in seconds at full VM speed.
  var remaining = 0.0
  /// When `remaining` was last brought up to date.
  var resumedAt = 0.0
  /// Wall seconds per native second on the current host (profile and speed).
  var factor = 1.0
  /// Native seconds of work saved by the last checkpoint (HTCondor standard universe).
  var savedNative = 0.0
  /// When the current execution last checkpointed (its start until then).
  var lastCheckpoint = 0.0
  /// Stamp of the current execution's checkpoint timer (speed changes do not touch it).
  var checkpointGeneration: UInt32 = 0
  /// Host of the current execution.
  var host: Int32 = -1
  /// Stamp of the current execution; bumped to cancel its end event.
  var generation: UInt32 = 0
  /// Doubly linked list of the jobs running on one host.
  var nextOnHost: Int32 = -1
  var previousOnHost: Int32 = -1
}
