/// What runs on one PC, as the executions see it.
struct ExecutionHost {
  /// The first execution on the PC (−1: none); the others follow its links.
  var first: Int32 = -1
  /// Cores running executions.
  var busyCores: Int32 = 0
  /// Fraction of full speed the PC gives its executions.
  var speed = 1.0
  /// A time by which the PC is certain to go down, taking its executions with it
  /// (infinity when unknown): an end at or after it would pop stale, so it is not scheduled.
  var lostBy = Double.infinity
}
