/// What a sweep invocation did.
package struct SweepOutcome: Sendable {
  /// Runs that failed (their point and replication, and why).
  package var failures: [SweepFailure]
  /// Points that reached `--until-ci`'s MAX without meeting the target.
  package var stoppedAtMaximum: [Int]
  /// Whether Ctrl-C (SIGINT) or SIGTERM stopped it before the end.
  package var interrupted: Bool
  /// Whether runs.csv and points.csv were written (all planned runs of an unsharded sweep finished).
  package var wroteResults: Bool
  /// Runs executed in this invocation.
  package var executed: Int
  /// Runs found already finished.
  package var resumed: Int
}
