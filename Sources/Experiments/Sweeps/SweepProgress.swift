/// How far a sweep has come, reported after every finished run.
package struct SweepProgress: Sendable {
  /// Runs finished in this invocation or found finished in the journal.
  package var done: Int
  /// Runs planned so far (it grows under `--until-ci`).
  package var total: Int
  /// Runs that failed.
  package var failed: Int
  /// Runs found finished when the sweep started (resumed).
  package var resumed: Int
}
