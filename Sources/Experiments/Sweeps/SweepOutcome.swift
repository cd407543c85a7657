/// What a sweep invocation did.
public struct SweepOutcome: Sendable {
  /// Runs that failed (their point and replication, and why).
  public var failures: [SweepFailure]
  /// Points that reached `--until-ci`'s MAX without meeting the target.
  public var stoppedAtMaximum: [Int]
  /// Whether Ctrl-C stopped it before the end.
  public var interrupted: Bool
  /// Whether runs.csv and points.csv were written (all planned runs of an unsharded sweep finished).
  public var wroteResults: Bool
  /// Runs executed in this invocation.
  public var executed: Int
  /// Runs found already finished.
  public var resumed: Int
}
