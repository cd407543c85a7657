/// How far a sweep has come, reported after every finished run.
public struct SweepProgress: Sendable {
  /// Runs finished in this invocation or found finished in the journal.
  public var done: Int
  /// Runs planned so far (it grows under `--until-ci`).
  public var total: Int
  /// Runs that failed.
  public var failed: Int
  /// Runs found finished when the sweep started (resumed).
  public var resumed: Int
}
