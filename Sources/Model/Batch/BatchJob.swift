/// What a batch system knows of a job from its submission: what the user asked for.
struct BatchJob {
  /// Cores on one node.
  var cores: Int32 = 1
  /// The requested walltime in native seconds (EASY backfill plans with it).
  var estimatedNative = 0.0
  /// The job's class (its requested walltime on a node depends on the node's VM profile).
  var jobClass: Int32 = 0
  /// Executions started so far (the batch system counts its own starts from here).
  var attempts: Int32 = 0
}
