/// One running execution of a job: where it runs and how far it has come.
struct Execution {
  /// The PC it runs on (−1: the slot has no execution).
  var host: Int32 = -1
  /// Cores it uses.
  var cores: Int32 = 0
  /// When it started.
  var start = 0.0
  /// Work left, in seconds at full VM speed, as of `resumedAt`.
  var remaining = 0.0
  /// When `remaining` was last brought up to date (later than now while the job stands still).
  var resumedAt = 0.0
  /// Wall seconds per native second on its PC (VM profile and PC speed).
  var factor = 1.0
  /// When it last checkpointed (its start until then).
  var lastCheckpoint = 0.0
  /// Stamp of its end event; bumped whenever the end moves.
  var generation: UInt32 = 0
  /// Doubly linked list of the executions on one PC.
  var next: Int32 = -1
  var previous: Int32 = -1
}
